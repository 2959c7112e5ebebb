"""The termbase: own terms through clitics and plural forms, canonical entity names in Latin
spelling, and the small source interface another source (the glossary) plugs into."""

from reader.core.translation.model import Term
from reader.core.translation.term_match import word_match
from reader.core.translation.termbase import (
    ArticleEntity,
    EntityNames,
    OwnTerms,
    Termbase,
    TermHit,
    default_sources,
    latin_name,
)


def term(source, target, **kw):
    return Term(f"id-{source}", source, target, **kw)


def test_words_match_through_clitics_and_plurals():
    cases = {
        ("والقروض", "قرض"): "inflected",  # broken plural, with و and ال
        ("قروض", "قرض"): "inflected",
        ("بالأسواق", "سوق"): "inflected",  # أفعال
        ("المصارف", "مصرف"): "inflected",
        ("الشركات", "شركة"): "inflected",  # sound feminine plural
        ("المالية", "مالي"): "inflected",
        ("وللمستثمرين", "مستثمر"): "inflected",
        ("بالإقراض", "الإقراض"): "clitic",
        ("الاقراض", "الإقراض"): "exact",  # folded alike
    }
    from reader.core.text import fold

    for (word, t), kind in cases.items():
        assert word_match(fold(word), fold(t)) == kind, (word, t)
    for word, t in (("الصين", "صين"), ("قرار", "قرض"), ("مستخدم", "خدمة")):
        assert word_match(fold(word), fold(t)) in (None, "clitic"), (word, t)


def test_own_terms_in_a_sentence():
    own = OwnTerms([term("قرض صغير", "microloan", note="n", domain="finance"),
                    term("مشروع مشترك", "joint venture"),
                    term("ائتمان", "credit", target_lang="fr"),
                    term("مزود خدمات", "provider", deleted=True)], "en")
    text = "وتشمل القروض الصغيرة غير المضمونة مشروعا مشتركا جديدا."
    hits = {h.text: h for h in own.find(text)}
    assert set(hits) == {"القروض الصغيرة", "مشروعا مشتركا"}
    h = hits["القروض الصغيرة"]
    assert (h.target, h.kind, h.note, h.domain, h.origin) == ("microloan", "inflected", "n", "finance", "own")
    assert text[h.start:h.end] == h.text


def test_entity_names_in_latin_spelling():
    assert latin_name("جاك ما") == "Jack Ma"
    assert latin_name("Financial Times") == "Financial Times"
    text = "حسبما قال مصدران مطلعان لـ الأوقات المالية إن أليباي ستتغير."
    hits = {h.text: h.target for h in EntityNames().find(text)}
    assert hits["الأوقات المالية"] == "Financial Times"
    assert hits["أليباي"] == "Alipay"
    # The article's own entities (document offsets) are used too, with what the user taught.
    entity = ArticleEntity(100 + 6, 100 + 9, "قال", "PER", "Kal Person")
    taught = EntityNames([entity], use_gazetteer=False).find(text, start=100)
    assert [(h.text, h.target) for h in taught] == [("قال", "Kal Person")]


def test_sources_combine_own_terms_first():
    text = "قرارات الإقراض الخاصة بها، حسبما ذكرت الأوقات المالية"
    own = term("الإقراض", "lending")
    hits = Termbase(default_sources([own], "en")).hits(text)
    lending = [h for h in hits if h.target == "lending"]
    assert len(lending) == 1 and lending[0].origin == "own"  # the glossary's same target once
    assert ("الأوقات المالية", "Financial Times", "entity") in [(h.text, h.target, h.origin) for h in hits]
    # Into Arabic, no Latin names and no English glosses are offered.
    assert [h.origin for h in Termbase(default_sources([], "ar")).hits(text)] == []


def test_the_bundled_glossary_is_a_source_for_english():
    text = "وأعلن البنك عن منح القروض الصغيرة للشركات"
    hits = {h.text: h for h in Termbase(default_sources([], "en")).hits(text)}
    assert hits["القروض الصغيرة"].origin == "glossary"
    assert "loan" in hits["القروض الصغيرة"].target
    assert hits["القروض الصغيرة"].kind == "clitic"  # the term is listed without ال
    assert hits["البنك"].target == "bank"
    assert not [h for h in Termbase(default_sources([], "fr")).hits(text) if h.origin == "glossary"]
