"""Re-attaching annotations after the text changed (reader.core.anchoring)."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from reader.core.anchoring import METHODS, Anchor, anchor, anchor_many, describe
from reader.core.anchoring.folded import FoldedText
from reader.core.model import TextSelector
from reader.core.text import normalize

ARTICLE = (
    "أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم قطاع الزراعة في المناطق الريفية. "
    "وقال وزير المالية إن الحكومة ستخصص مبلغ 250 مليون دولار للمزارعين الصغار خلال العام المقبل. "
    "وأضاف أن الخطة تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة.\n"
    "من جهتها، رحبت نقابة المزارعين بالقرار، لكنها طالبت الحكومة بمراجعة أسعار الأسمدة. "
    "وقالت رئيسة النقابة إن ارتفاع الأسعار أضر بآلاف الأسر خلال الموسم الماضي.\n"
    "ويرى خبراء أن نجاح الخطة يتوقف على سرعة التنفيذ وعلى الرقابة الصارمة على توزيع الأموال."
)

INSERTED = "عاجل: اجتماع طارئ لمجلس الوزراء مساء اليوم لبحث الأوضاع الاقتصادية.\n"


def span_of(text: str, quote: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``quote`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def selector(text: str, quote: str, nth: int = 0) -> TextSelector:
    return describe(text, *span_of(text, quote, nth))


# --- describe ----------------------------------------------------------------------------


def test_describe_keeps_the_real_quote_and_context_cut_at_the_edges():
    s, e = span_of(ARTICLE, "وزير المالية")
    sel = describe(ARTICLE, s, e)
    assert (sel.start, sel.end, sel.exact) == (s, e, "وزير المالية")
    assert sel.prefix == ARTICLE[s - 32 : s] and sel.suffix == ARTICLE[e : e + 32]
    head = describe(ARTICLE, 0, 5, context=10)
    assert head.prefix == "" and head.suffix == ARTICLE[5:15]
    tail = describe(ARTICLE, len(ARTICLE) - 4, len(ARTICLE))
    assert tail.suffix == "" and tail.exact == ARTICLE[-4:] and tail.prefix == ARTICLE[-36:-4]


def test_describe_never_normalises_the_quote():
    text = "قالَ الوزيرُ إنّ الخطةَ جاهزة"
    sel = describe(text, 0, 12)
    assert sel.exact == text[:12] and "َ" in sel.exact


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 2), (0, 10_000)])
def test_describe_rejects_a_span_outside_the_text(start, end):
    with pytest.raises(ValueError):
        describe(ARTICLE, start, end)


# --- the four methods --------------------------------------------------------------------


def test_unchanged_text_is_placed_by_position():
    sel = selector(ARTICLE, "قروضا ميسرة وتدريبا")
    a = anchor(ARTICLE, sel)
    assert a == Anchor(sel.start, sel.end, "position", 1.0)


def test_text_inserted_before_moves_the_annotation_by_quote():
    sel = selector(ARTICLE, "نقابة المزارعين بالقرار")
    new = INSERTED + ARTICLE
    a = anchor(new, sel)
    assert a is not None and a.method == "quote"
    assert (a.start, a.end) == (sel.start + len(INSERTED), sel.end + len(INSERTED))
    assert new[a.start : a.end] == sel.exact and a.score == 1.0


def test_repeated_word_goes_to_the_occurrence_its_context_names():
    # "الحكومة" occurs three times; the annotation is on the second.
    assert ARTICLE.count("الحكومة") == 3
    sel = selector(ARTICLE, "الحكومة", nth=1)
    new = INSERTED + ARTICLE
    a = anchor(new, sel)
    assert (a.start, a.end) == span_of(new, "الحكومة", nth=1)
    # Also when the word right before it was edited (one side of the context intact).
    edited = new.replace("وقال وزير المالية إن", "وقال وزير المالية والاقتصاد إن")
    a = anchor(edited, sel)
    assert a is not None and (a.start, a.end) == span_of(edited, "الحكومة", nth=1)


def test_repeated_word_whose_context_is_gone_is_an_orphan_not_a_guess():
    sel = selector(ARTICLE, "الحكومة", nth=1)
    # Rewrite both sides of the second occurrence: nothing says which "الحكومة" it was.
    edited = ARTICLE.replace(
        "وقال وزير المالية إن الحكومة ستخصص مبلغ", "وتابع مصدر رسمي الحكومة تنوي رصد"
    )
    assert anchor(edited, sel) is None


def test_diacritics_added_in_the_revision_are_normalized_and_covered():
    sel = selector(ARTICLE, "خطة جديدة لدعم قطاع الزراعة")
    vowelled = "خُطَّةٍ جَدِيدَةٍ لِدَعْمِ قِطَاعِ الزِّرَاعَةِ"
    new = INSERTED + ARTICLE.replace("خطة جديدة لدعم قطاع الزراعة", vowelled)
    a = anchor(new, sel)
    assert a is not None and a.method == "normalized"
    assert new[a.start : a.end] == vowelled  # the real text, up to its last diacritic
    assert 0 < a.score < 1


def test_hamza_and_alef_forms_changed_are_normalized():
    sel = selector(ARTICLE, "أعلنت الحكومة يوم الاثنين")
    new = ARTICLE.replace("أعلنت الحكومة يوم الاثنين", "اعلنت الحكومة يوم الإثنين")
    a = anchor(new, sel)
    assert a is not None and a.method == "normalized"
    assert new[a.start : a.end] == "اعلنت الحكومة يوم الإثنين"


def test_small_typo_fixed_inside_the_quote_is_fuzzy():
    typo = ARTICLE.replace("أساليب الري الحديثة", "أساليب الرى الحدثية")
    sel = selector(typo, "تدريبا على أساليب الرى الحدثية")
    fixed = INSERTED + ARTICLE
    a = anchor(fixed, sel)
    assert a is not None and a.method == "fuzzy"
    assert fixed[a.start : a.end] == "تدريبا على أساليب الري الحديثة"
    assert 0.5 < a.score < 1


def test_a_word_added_inside_a_long_quote_is_fuzzy():
    sel = selector(ARTICLE, "ارتفاع الأسعار أضر بآلاف الأسر خلال الموسم الماضي")
    new = ARTICLE.replace("أضر بآلاف الأسر", "أضر كثيرا بآلاف الأسر")
    a = anchor(new, sel)
    assert a is not None and a.method == "fuzzy"
    assert new[a.start : a.end] == "ارتفاع الأسعار أضر كثيرا بآلاف الأسر خلال الموسم الماضي"


def test_deleted_sentence_is_an_orphan():
    sentence = "وأضاف أن الخطة تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة."
    sel = selector(ARTICLE, "الخطة تشمل قروضا ميسرة")
    assert anchor(ARTICLE.replace(sentence, ""), sel) is None
    # A quote of common words that still occur elsewhere: orphan too.
    sel = selector(ARTICLE, "وأضاف أن الخطة")
    assert anchor(ARTICLE.replace(sentence, ""), sel) is None


def test_quote_replaced_by_different_words_is_an_orphan():
    sel = selector(ARTICLE, "قروضا ميسرة وتدريبا")
    new = ARTICLE.replace("قروضا ميسرة وتدريبا", "منحا مالية ودورات")
    assert anchor(new, sel) is None


LEAD = "وقال المتحدث باسم الوزارة إن المفاوضات ما زالت مستمرة مع الجانب الآخر"
FILLER = " ".join(
    [
        "وشهدت العاصمة أمس حركة مرور كثيفة بسبب الأعمال الجارية في الطرق الرئيسية.",
        "ودعت البلدية السكان إلى استخدام وسائل النقل العام خلال الأسبوع المقبل.",
        "وتوقعت الأرصاد الجوية أن تنخفض درجات الحرارة في نهاية الأسبوع.",
        "وأعلنت الجامعة عن فتح باب التسجيل في برامج الدراسات العليا.",
    ]
    * 12
)


def test_a_fuzzy_match_in_place_beats_the_same_phrase_elsewhere():
    text = f"{LEAD} حول ملف الحدود.\n{FILLER}\n{LEAD} بشأن تبادل الأسرى.\n{FILLER}"
    sel = selector(text, "إن المفاوضات ما زالت مستمرة", nth=1)
    new = text.replace("ما زالت مستمرة مع الجانب الآخر بشأن", "مازالت مستمرة مع الجانب الآخر بشأن")
    a = anchor(new, sel)
    assert a is not None and a.method == "fuzzy"
    assert new[a.start : a.end] == "إن المفاوضات مازالت مستمرة"
    assert a.start > len(new) // 2  # the second lead, not the first


def test_a_recurring_phrase_far_away_is_not_taken_on_a_partial_context():
    first = LEAD.replace("مستمرة مع الجانب الآخر", "متعثرة بسبب الخلاف على الأولويات")
    text = f"{first} حول ملف الحدود.\n{FILLER}\n{LEAD} بشأن تبادل الأسرى.\n{FILLER}"
    sel = selector(text, "المفاوضات ما زالت", nth=1)
    # The annotated words are rewritten; the first lead, thousands of characters away,
    # still has the same words with the same words before them (not after them).
    new = text.replace("إن المفاوضات ما زالت مستمرة مع الجانب الآخر بشأن", "إن الحوار متواصل بشأن")
    assert len(FILLER) > 2000 and new.count("المفاوضات ما زالت") == 1
    assert anchor(new, sel) is None
    # Nearby, the same partial agreement is enough: a new sentence went in right before it.
    near = text.replace(
        "\nوقال المتحدث باسم الوزارة إن المفاوضات ما زالت مستمرة مع الجانب الآخر بشأن",
        "\nوقال المتحدث باسم الوزارة إن المفاوضات ما زالت صعبة. وأضاف أنها مستمرة بشأن",
    )
    a = anchor(near, sel)
    assert a is not None and a.start == sel.start


def test_deleted_word_is_not_moved_onto_a_similar_neighbour():
    text = "وقد شارك في الاجتماع ممثلون عن الدولة والدول المجاورة لبحث ملف المياه المشتركة."
    sel = selector(text, "الدولة")
    assert anchor(text.replace("الدولة ", ""), sel) is None


def test_short_quotes_are_never_fuzzy():
    sel = selector(ARTICLE, "250")
    assert anchor(ARTICLE.replace("250", "350"), sel) is None
    sel = selector(ARTICLE, "يوم")
    assert anchor(ARTICLE.replace("يوم الاثنين", "جمع الاثنين"), sel) is None


def test_max_edit_ratio_bounds_the_fuzzy_step():
    sel = selector(ARTICLE, "تدريبا على أساليب الري الحديثة")
    # Two of five words reworded: 6 edits in 30 characters.
    new = ARTICLE.replace("أساليب الري الحديثة", "أساليب السقي العصرية")
    assert anchor(new, sel).method == "fuzzy"
    assert anchor(new, sel, max_edit_ratio=0.1) is None
    new = ARTICLE.replace("أساليب الري الحديثة", "طرق السقي بالتنقيط")
    assert anchor(new, sel) is None
    typo = ARTICLE.replace("الحديثة", "الحدثية")
    assert anchor(typo, sel, max_edit_ratio=0.0) is None
    assert anchor(typo, sel).method == "fuzzy"
    with pytest.raises(ValueError):
        anchor(typo, sel, max_edit_ratio=1.5)


# --- word edges, mixed scripts, edges of the text ---------------------------------------


def test_a_whole_word_is_not_placed_inside_a_longer_word():
    text = "اجتمع وزراء الدول في القاهرة. وحضر الاجتماع ممثلو المنظمات الدولية والإقليمية."
    sel = selector(text, "الدول")
    new = text.replace("وزراء الدول في", "وزراء خارجية في")
    assert anchor(new, sel) is None  # not "الدولية"


def test_quotes_that_start_and_end_inside_words():
    s = ARTICLE.index("ستخصص") + 2
    e = ARTICLE.index("مليون") + 3
    sel = describe(ARTICLE, s, e)
    assert sel.exact.startswith("خصص") and sel.exact.endswith("ملي")
    new = INSERTED + ARTICLE
    a = anchor(new, sel)
    assert (a.start, a.end, a.method) == (s + len(INSERTED), e + len(INSERTED), "quote")


def test_latin_and_digits_mixed_with_arabic():
    text = (
        "قالت شركة Alipay في بيان نشرته Reuters إن عدد مستخدميها تجاوز 1.2 مليار في 2021، "
        "مقارنة بـ 900 مليون في 2019."
    )
    sel = selector(text, "Alipay في بيان نشرته Reuters")
    a = anchor("تحديث: " + text, sel)
    assert a is not None and a.method == "quote" and a.start == sel.start + len("تحديث: ")
    # Arabic-Indic digits in the revision match ASCII digits after folding.
    sel = selector(text, "1.2 مليار في 2021")
    new = text.replace("في 2021", "في ٢٠٢١")
    a = anchor(new, sel)
    assert a is not None and a.method == "normalized"
    assert new[a.start : a.end] == "1.2 مليار في ٢٠٢١"
    # Latin case is folded too.
    sel = selector(text, "نشرته Reuters إن")
    a = anchor(text.replace("Reuters", "REUTERS"), sel)
    assert a is not None and a.method == "normalized"


def test_empty_text_and_empty_quote():
    sel = selector(ARTICLE, "وزير المالية")
    assert anchor("", sel) is None
    assert anchor("", describe("", 0, 0)) == Anchor(0, 0, "position", 1.0)
    # A point (empty quote) between two words is placed by its context.
    at = ARTICLE.index(" يوم الاثنين")
    point = describe(ARTICLE, at, at)
    a = anchor(INSERTED + ARTICLE, point)
    assert a is not None and a.start == a.end == at + len(INSERTED)


def test_selector_beyond_the_end_of_the_text():
    # Described on a longer revision; the long introduction was then cut.
    longer = FILLER + "\n" + FILLER + "\n" + ARTICLE
    sel = selector(longer, "وزير المالية")
    assert sel.start > len(ARTICLE)
    a = anchor(ARTICLE, sel)
    assert a is not None and a.method == "quote"
    assert (a.start, a.end) == span_of(ARTICLE, "وزير المالية")
    gone = TextSelector(start=10_000, end=10_009, exact="غير موجود", prefix="", suffix="")
    assert anchor(ARTICLE, gone) is None
    odd = TextSelector(start=10_000, end=9_000, exact="", prefix="", suffix="")
    assert anchor(ARTICLE, odd) is None


def test_quote_at_the_start_of_the_text_after_a_headline_was_added():
    sel = describe(ARTICLE, 0, len("أعلنت الحكومة"))
    assert sel.prefix == ""
    a = anchor(INSERTED + ARTICLE, sel)
    assert a is not None and a.start == len(INSERTED) and a.method == "quote"


def test_anchor_is_a_frozen_value_with_a_known_method():
    a = anchor(ARTICLE, selector(ARTICLE, "الرقابة الصارمة"))
    assert a.method in METHODS and 0.0 <= a.score <= 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 3  # type: ignore[misc]


# --- many at once -------------------------------------------------------------------------


def _revision(text: str) -> str:
    return (
        INSERTED
        + text.replace("وأضاف أن الخطة تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة.", "")
        .replace("رحبت نقابة", "رحّبت نقابة")
        .replace("الموسم الماضي", "الموسم الفائت")
    )


def test_anchor_many_gives_what_anchor_gives_one_by_one():
    rng = random.Random(4)
    words = [i for i, ch in enumerate(ARTICLE) if ch == " "]
    selectors = []
    for _ in range(150):
        i = rng.randrange(len(words) - 6)
        selectors.append(describe(ARTICLE, words[i] + 1, words[i + rng.randrange(1, 6)]))
    new = _revision(ARTICLE)
    many = anchor_many(new, selectors)
    assert many == [anchor(new, s) for s in selectors]
    assert {a.method for a in many if a} >= {"quote", "normalized"}
    assert None in many  # the deleted sentence
    assert anchor_many(new, []) == []


def test_anchor_many_on_the_sample_article():
    path = Path(__file__).resolve().parents[2] / "resources" / "sample" / "alipay-regulators.ar.txt"
    text = path.read_text(encoding="utf-8")
    from reader.core.text import sentences

    spans = [(s.start, s.end) for s in sentences(text) if len(s.text) > 20]
    selectors = [describe(text, s, e) for s, e in spans]
    cut = spans[len(spans) // 2]
    new = INSERTED + text[: cut[0]] + text[cut[1] :]
    found = anchor_many(new, selectors)
    for (s, e), a in zip(spans, found):
        if (s, e) == cut:
            continue  # deleted: the same sentence may occur twice in this scraped text
        shift = len(INSERTED) - (cut[1] - cut[0] if s >= cut[1] else 0)
        assert a is not None and new[a.start : a.end] == text[s:e]
        if text.count(text[s:e]) == 1:
            assert a.start == s + shift


# --- the folded text is the one reader.core.text defines ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "نصّ بلا تغيير",
        "إِنَّ الْمُؤْتَمَرَ ـــ انعقد\u200f في ﻻ مكان ٢٠٢١ Alipay مسئول مسؤول\u200dى ة",
        "\u064e\u064e بداية بعلامات و\ufefb\ufefb نهاية\u0670",
    ],
)
def test_folded_text_agrees_with_text_normalize(text):
    ft, n = FoldedText(text), normalize(text)
    assert ft.text == n.text
    for i in range(len(n.text)):
        assert ft.source(i) == n.starts[i]
    for i in range(len(text) + 1):
        assert ft.to_folded(i) == n.original_to_normalized(i)


def test_a_letter_added_at_the_edge_of_an_edited_quote_stays_inside_it():
    """Found by the property test: with a letter inserted at the start of the quote (next to
    a prefix cut by the start of the text) and two more inside it, aligning from one side
    stopped at an equally close shorter span; the span between both contexts is taken."""
    from reader.core.anchoring import anchor, describe

    text = ("القاهرة المالية الأسبوع بغداد محافظة حتى غدا المركزي مفاوضات عن المقبل - AFP. "
            "مسؤول قال - النواب\nارتفاع بعد خطة مليار.")
    sel = describe(text, 3, 33)
    quote = sel.exact
    for i in (28, 0, 29):
        quote = quote[:i] + "ب" + quote[i:]
    new = text[:3] + quote + text[33:]
    a = anchor(new, sel)
    assert a is not None and (a.start, a.end) == (3, 3 + len(quote)) and a.method == "fuzzy"
