"""attribution-3.4, from the cue words the annotated ANERcorp dev passages miss (every sentence
here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_an_unclosed_straight_quote_after_a_fronted_phrase_and_the_verb():
    rs = _all('ومن جهته قال محمد العلي مدير الشركة "حققنا أرباحا قياسية. لكن المهم هو الاستمرار. '
              'ويرى المحللون أن السوق ستتحسن.')
    assert [(r.cue, r.source) for r in rs] == [("قال", "محمد العلي"), ("ويرى", "المحللون")]
    assert rs[0].direct and rs[0].claim == "حققنا أرباحا قياسية. لكن المهم هو الاستمرار"
    # a quote mark inside an ordinary sentence opens no speech
    assert _all('وتراجع مؤشر السوق "تاسي" بنسبة 2 في المئة.') == []
