"""The hand-written gazetteer: aliases, outlets, capitals, clitics, weak forms."""

import pytest

from reader.core.entities.clitics import bare_name, clitic_variants, name_span
from reader.core.entities.gazetteer import gazetteer, is_media, lookup


@pytest.mark.parametrize(
    "form, canonical",
    [
        ("Alipay", "Alipay"),
        ("أليباي", "Alipay"),
        ("اليباي", "Alipay"),
        ("الأوقات المالية", "Financial Times"),
        ("فايننشال تايمز", "Financial Times"),
        ("الفاينانشال تايمز", "Financial Times"),
        ("Financial Times", "Financial Times"),
        ("وكالة فرانس برس", "AFP"),
        ("لوكالة فرانس برس", "AFP"),
        ("أ ف ب", "AFP"),
        ("رويترز", "Reuters"),
        ("بلومبيرغ", "Bloomberg"),
        ("صندوق النقد الدولي", "International Monetary Fund"),
        ("أوبك", "OPEC"),
        ("مجموعة آنت", "Ant Group"),
        ("علي بابا", "Alibaba"),
        ("والصين", "الصين"),
        ("China", "الصين"),
    ],
)
def test_aliases_resolve_to_one_canonical_name(form, canonical):
    entry = lookup(form)
    assert entry is not None, form
    assert entry.canonical == canonical


def test_outlets_are_media_and_companies_are_not():
    for name in ("Financial Times", "الأوقات المالية", "وكالة فرانس برس", "AFP", "شينخوا",
                 "BBC", "صحيفة الشرق الأوسط", "Al Jazeera"):
        assert is_media(name), name
    for name in ("Alipay", "أليباي", "الصين", "صندوق النقد الدولي", "نص عادي"):
        assert not is_media(name), name


def test_types():
    assert lookup("الهند").type == "LOC"
    assert lookup("رويترز").type == "ORG"
    assert lookup("جاك ما").type == "PER"


def test_short_capital_forms_need_capitals():
    assert lookup("AP").canonical == "Associated Press"
    assert lookup("ap") is None
    assert lookup("us") is None and lookup("US").canonical == "الولايات المتحدة"


def test_weak_forms_are_looked_up_but_not_matched_alone():
    assert lookup("العربية").canonical == "Al Arabiya" and lookup("العربية").weak
    words = "تحدث باللغة العربية وقناة العربية".split()
    strong = gazetteer().matches(words, include_weak=False)
    assert [(m.first, m.last, m.entry.canonical) for m in strong] == [(3, 4, "Al Arabiya")]


def test_longest_match_wins():
    words = "قال مجلس الأمن الدولي أمس".split()
    (m,) = gazetteer().matches(words, include_weak=False)
    assert (m.first, m.last, m.entry.canonical) == (1, 3, "UN Security Council")


def test_clitics():
    assert clitic_variants("والصين") == ("والصين", "الصين")
    assert "الامم" in clitic_variants("للامم")
    assert bare_name("والصين") == "الصين"
    assert bare_name("للأمم المتحدة") == "الأمم المتحدة"
    assert bare_name("لبنان") == "لبنان"  # the ل is part of the name
    assert bare_name("وبريطانيا", known=lambda f: f == "بريطانيا") == "بريطانيا"
    text = "قالت مصادر لوكالة فرانس برس"
    start = text.index("لوكالة")
    assert name_span(text, start, len(text), known=lambda f: f == "وكاله") == (start + 1, len(text))
