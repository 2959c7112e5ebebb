"""Property tests for anchoring: random Arabic-ish texts, random spans, random edits.

The edits are tracked, so each test knows where the annotated text went (or that it is
gone) and checks that the anchor says exactly that, or, where nothing can tell two places
apart, that it at least never lands on other words.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from reader.core.anchoring import anchor, anchor_many, describe
from reader.core.anchoring.folded import FoldedText
from reader.core.text import fold, normalize

WORDS = """
الحكومة الوزير وزارة الخارجية الداخلية المالية رئيس الوزراء البرلمان النواب المجلس
الرئيس قال أكد أعلن أضاف أوضح مصدر مسؤول رسمي بيان تقرير صحيفة وكالة الأنباء
الاقتصاد الأسعار النفط الغاز الكهرباء المياه الزراعة الصناعة التجارة الاستثمار البنك
المركزي الدولار الدينار مليون مليار نسبة ارتفاع انخفاض أزمة خطة مشروع قانون قرار
القاهرة بيروت بغداد دمشق عمان الرباط تونس الخرطوم الرياض الدوحة مدينة منطقة محافظة
اليوم أمس غدا الأسبوع الشهر العام المقبل الماضي خلال بعد قبل منذ حتى على في من إلى
عن مع بين أن إن لم لن قد كان كانت سوف هذا هذه التي الذي الذين مؤتمر مفاوضات اتفاق
2021 2022 15 300 Reuters AFP
""".split()
SEPARATORS = [" "] * 8 + ["، ", ". ", "\n", " - "]
CONTEXT = 32


@st.composite
def texts(draw, min_words=12, max_words=70):
    """Words and separators chosen by a seeded generator, so that shrinking gives other
    plausible texts rather than one word repeated (where nothing can tell places apart)."""
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    count = draw(st.integers(min_words, max_words))
    return "".join(rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(count)).strip()


@st.composite
def filler(draw):
    """Text an edit puts in: a few words, maybe with punctuation."""
    return draw(texts(min_words=1, max_words=6)) + draw(st.sampled_from(["", " ", "، "]))


def _edit(draw, text, start, end, zones):
    """One random insertion, deletion or replacement inside one of ``zones`` (lists of
    allowed [lo, hi] ranges of the current text); returns the new text and span."""
    zones = [(lo, hi) for lo, hi in zones if hi >= lo]
    if not zones:
        return text, start, end
    lo, hi = draw(st.sampled_from(zones))
    a = draw(st.integers(lo, hi))
    b = draw(st.integers(a, min(hi, a + 40)))
    kind = draw(st.sampled_from(["insert", "delete", "replace"]))
    if kind == "insert":
        b = a
    new = "" if kind == "delete" else draw(filler())
    text = text[:a] + new + text[b:]
    if b <= start:
        shift = len(new) - (b - a)
        start, end = start + shift, end + shift
    return text, start, end


def _span(draw, text, min_len=1, max_len=60):
    assume(len(text) > min_len)
    start = draw(st.integers(0, len(text) - min_len))
    end = draw(st.integers(start + min_len, min(len(text), start + max_len)))
    return start, end


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.data(), text=texts())
def test_edits_outside_the_context_never_lose_the_annotation(data, text):
    start, end = _span(data.draw, text)
    sel = describe(text, start, end)
    new = text
    for _ in range(data.draw(st.integers(1, 4))):
        zones = [(0, start - CONTEXT), (end + CONTEXT, len(new))]
        new, start, end = _edit(data.draw, new, start, end, zones)
    # Only a second copy of quote + both contexts could make it ambiguous.
    assume(new.count(sel.prefix + sel.exact + sel.suffix) == 1)
    a = anchor(new, sel)
    assert a is not None
    assert (a.start, a.end) == (start, end)
    assert new[a.start : a.end] == sel.exact
    assert a.method == ("position" if (start, end) == (sel.start, sel.end) else "quote")


@SETTINGS
@given(data=st.data(), text=texts(), before=st.booleans())
def test_edits_on_one_side_even_next_to_the_quote(data, text, before):
    start, end = _span(data.draw, text, min_len=3)
    sel = describe(text, start, end)
    new = text
    for _ in range(data.draw(st.integers(1, 3))):
        # Up to the character next to the quote (an edit there would glue words to it).
        zones = [(0, start - 1)] if before else [(end + 1, len(new))]
        new, start, end = _edit(data.draw, new, start, end, zones)
    # The other side is intact and long enough to count; the quote is not elsewhere
    # (edits may copy nearby words, and then the copy can fit as well as the original).
    assume(len(sel.suffix if before else sel.prefix) >= 8)
    assume(fold(new).count(fold(sel.exact)) == 1)
    a = anchor(new, sel)
    assert a is not None
    assert (a.start, a.end) == (start, end)
    assert new[a.start : a.end] == sel.exact


@SETTINGS
@given(data=st.data(), text=texts())
def test_edits_anywhere_outside_never_move_it_onto_other_words(data, text):
    start, end = _span(data.draw, text, min_len=4)
    sel = describe(text, start, end)
    new = text
    for _ in range(data.draw(st.integers(1, 5))):
        zones = [(0, start - 1), (end + 1, len(new))]  # not gluing words onto the quote
        new, start, end = _edit(data.draw, new, start, end, zones)
    # The quote is in the new text once (where it was), and no edit copied most of it
    # elsewhere: any answer but that one is wrong.
    folded, quote = fold(new), fold(sel.exact)
    assume(folded.count(quote) == 1)
    assume(all(folded.count(quote[i : i + 12]) == 1 for i in range(0, len(quote) - 11, 6)))
    a = anchor(new, sel)
    assert a is None or (a.start, a.end) == (start, end)


@SETTINGS
@given(data=st.data(), text=texts())
def test_deleted_quote_is_an_orphan(data, text):
    start, end = _span(data.draw, text, min_len=2)
    sel = describe(text, start, end)
    a = data.draw(st.integers(max(0, start - 20), start))
    b = data.draw(st.integers(end, min(len(text), end + 20)))
    put = data.draw(st.sampled_from(["", " ", data.draw(filler())]))
    new = text[:a] + put + text[b:]
    assume(fold(sel.exact) not in fold(new))
    # What is put in its place is not a near copy of it (that would be an edit, not a
    # deletion): less than half of it in common.
    near = fold(new[max(0, a - 8) : a + len(put) + 8])
    assume(fuzz.partial_ratio(fold(sel.exact), near) < 70)
    assert anchor(new, sel) is None


@SETTINGS
@given(data=st.data(), text=texts(min_words=25))
def test_small_edits_inside_a_long_quote_stay_in_place(data, text):
    start, end = _span(data.draw, text, min_len=30, max_len=80)
    sel = describe(text, start, end)
    assume(text.count(sel.exact) == 1)
    quote = sel.exact
    budget = max(1, len(quote) // 10)
    for _ in range(data.draw(st.integers(1, budget))):
        i = data.draw(st.integers(0, len(quote) - 1))
        kind = data.draw(st.sampled_from(["insert", "delete", "replace"]))
        ch = data.draw(st.sampled_from("بتثجحخدذرزسشصضطظعغفقكلمنهوي"))
        quote = {
            "insert": quote[:i] + ch + quote[i:],
            "delete": quote[:i] + quote[i + 1 :],
            "replace": quote[:i] + ch + quote[i + 1 :],
        }[kind]
    new = text[:start] + quote + text[end:]
    assume(fold(sel.exact) not in fold(new))
    a = anchor(new, sel)
    assert a is not None, "a long quote with a few edits and its context intact is found"
    assert a.start < start + len(quote) and start < a.end  # on the edited quote, not elsewhere
    assert a.method == "fuzzy"


@SETTINGS
@given(data=st.data(), text=texts(min_words=30, max_words=90))
def test_anchor_many_equals_anchor_one_by_one(data, text):
    spans = [_span(data.draw, text, max_len=40) for _ in range(data.draw(st.integers(1, 12)))]
    selectors = [describe(text, s, e) for s, e in spans]
    new = text
    for _ in range(data.draw(st.integers(0, 4))):
        new, _, _ = _edit(data.draw, new, 0, 0, [(0, len(new))])
    assert anchor_many(new, selectors) == [anchor(new, s) for s in selectors]


#: Letters that fold, diacritics, dagger alef, ligatures and presentation forms, digits,
#: invisibles, Latin.
MARKED = (
    "ابتةىأإآؤئءلمنيوهـ"
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670"
    "\ufefb\ufef5ﺍ٠١٩۴"
    "\u200f\u200d aZ7"
)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=MARKED, max_size=60))
def test_folded_text_maps_like_normalize(text):
    ft, n = FoldedText(text), normalize(text)
    assert ft.text == n.text
    assert [ft.source(i) for i in range(len(n.text))] == list(n.starts)
    assert [ft.to_folded(i) for i in range(len(text) + 1)] == [
        n.original_to_normalized(i) for i in range(len(text) + 1)
    ]
