"""The bundled glossary and the matcher: forms through clitics, endings, broken plurals."""

from collections import Counter

import pytest

from reader.core.resources import sample_article
from reader.core.text import fold
from reader.core.vocab.glossary import (
    POS, Glossary, GlossaryEntry, TermMatch, find_terms, load_glossary)

#: The sample's financial vocabulary, as PRODUCT.md lists it.
SAMPLE_TERMS = ["قروضًا صغيرة غير مضمونة", "الإقراض", "ببطاقة ائتمان", "بتسجيل نقاط الائتمان",
                "مشروع مشترك", "الهيئات التنظيمية", "احتكار", "مزود لخدمات المدفوعات",
                "سوق الأوراق المالية", "التكنولوجيا المالية", "لتكتل", "تقييمات الشركات",
                "مملوك جزئيًا للدولة", "التجارة الإلكترونية"]


def test_the_glossary_has_800_complete_entries_in_ten_domains():
    entries = load_glossary()
    assert len(entries) >= 800
    assert len({e.domain for e in entries}) >= 10
    for e in entries:
        assert e.term and e.gloss and e.pos in POS and e.example, e
        assert e.domain
        assert all(len(letter) == 1 for letter in e.root.split()), e  # "ق ر ض" or ""
        assert fold(e.example) != fold(e.term)
    multi = [e for e in entries if e.words > 1]
    assert len(multi) > 250
    # one entry per headword and part of speech
    twice = [k for k, n in Counter((e.key, e.pos) for e in entries).items() if n > 1]
    assert not twice


def _found(text):
    return [(text[m.start:m.end], m.entry.term) for m in find_terms(text)]


@pytest.mark.parametrize("written, term", [
    ("القروض", "قرض"), ("وبالقروض", "قرض"), ("قرضًا", "قرض"), ("قروضهم", "قرض"),
    ("الأسهم", "سهم"), ("لأسهمها", "سهم"), ("المصارف", "مصرف"), ("للمصارف", "مصرف"),
    ("الشركات", "شركة"), ("شركتها", "شركة"), ("شركتين", "شركة"), ("المستثمرين", "مستثمر"),
    ("مستثمرون", "مستثمر"), ("المضمونة", "مضمون"), ("اقتصادية", "اقتصادية"),
    ("ارتفعت", "ارتفع"), ("يرتفع", "ارتفع"), ("وسترتفع", "ارتفع"), ("اَلْقُرُوضُ", "قرض"),
    ("الإقراض", "إقراض"), ("الاقراض", "إقراض"), ("التضخم", "تضخم"),
])
def test_single_words_are_found_in_their_forms(written, term):
    assert _found(f"قال التقرير {written} اليوم") == [(written, term)] or \
        (written, term) in _found(f"قال التقرير {written} اليوم")


def test_multi_word_terms_win_over_their_words_and_take_their_forms():
    text = "رفعت البنوك المركزية أسعار الفائدة، وتراجعت أسواق الأوراق المالية."
    assert _found(text) == [("رفعت", "رفع"), ("البنوك المركزية", "البنك المركزي"), ("أسعار الفائدة", "سعر الفائدة"),
                            ("وتراجعت", "تراجع"), ("أسواق الأوراق المالية", "سوق الأوراق المالية")]


def test_a_term_does_not_run_across_punctuation_or_lines():
    assert ("سعر", "سعر") in _found("هذا سعر. الفائدة عالية")
    assert not any(t == "سعر الفائدة" for _s, t in _found("هذا سعر\nالفائدة"))


def test_matches_do_not_overlap_and_point_at_the_text():
    text = sample_article().read_text(encoding="utf-8")
    matches = find_terms(text)
    for a, b in zip(matches, matches[1:]):
        assert a.end <= b.start
    for m in matches:
        assert isinstance(m, TermMatch) and fold(m.text_in(text))


def test_every_finance_term_of_the_sample_is_glossed():
    text = sample_article().read_text(encoding="utf-8")
    matches = find_terms(text)
    for term in SAMPLE_TERMS:
        start = text.index(term)
        covering = [m for m in matches if m.start <= start and start + len(term) <= m.end]
        assert covering and covering[0].entry.gloss, term


def test_unrelated_words_are_not_matched():
    assert _found("ذهب الولد إلى المدرسة صباحا ولعب مع أصدقائه") == [("ذهب", "الذهب")] or \
        not _found("ذهب الولد إلى المدرسة صباحا ولعب مع أصدقائه")
    assert not _found("وزير الخارجية في زيارة")  # و of وزير is not a clitic of زير


def test_a_glossary_of_ones_own_entries():
    g = Glossary([GlossaryEntry("سند دين", "", "debt bond", "phrase", "س ن د", "test", "مثال.")])
    matches = g.find("اشترى سندات الدين أمس")
    assert [(m.start, m.end, m.entry.gloss) for m in matches] == [(6, 17, "debt bond")]
    assert g.lookup("الدين") is None
