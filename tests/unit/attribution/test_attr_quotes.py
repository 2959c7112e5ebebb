"""Pairing quotation marks."""

from reader.core.attribution.quotes import find_quotes


def _inner(text):
    return [text[q.open + 1:q.close] for q in find_quotes(text)]


def test_guillemets_curly_and_straight_quotes():
    assert _inner("قال «أ» ثم “ب” ثم \"ج\" و 'د'.") == ["أ", "ب", "ج", "د"]


def test_apostrophe_in_latin_is_not_a_quote():
    assert _inner("Alipay's app 'النمو الجامح' ok") == ["النمو الجامح"]


def test_unbalanced_marks_are_ignored_and_quotes_do_not_cross_lines():
    assert _inner("قال «أ\nثم »ب") == []
    assert _inner("\"واحد\" \"اثنان") == ["واحد"]


def test_nested_guillemets():
    assert sorted(_inner("«قال «نعم» ثم مضى»")) == ["قال «نعم» ثم مضى", "نعم"]
