"""Describe a span of text, and find it again after the text changed (as Hypothesis does).

The steps, each tried only when the one before could not place the annotation:

1. ``position``: the stored range still holds the quote, with its context intact (or
   still agreeing reasonably, when no other place has the quote with its context intact).
2. (``anchor_many`` only) where its neighbours moved to, when the quote is there with its
   context intact and no place as good is nearer the old one: what step 3 would answer.
3. ``quote`` / ``normalized``: every occurrence of the quote in the folded text
   (diacritics, tatweel, alef/hamza/ya/ta marbuta forms, digits, Latin case) as whole
   words if it was whole words; the nearest with both sides of its context intact wins,
   else the best confirmed by its context (see :mod:`.context` for the rules). The span
   is mapped back to the real text; the method says whether the real text is the quote.
4. ``fuzzy``: the quote with at most ``max_edit_ratio`` of its length in edits, found
   next to where its context still is, and kept only when both sides agree (:mod:`.fuzzy`).
   Quotes of 1-3 characters are never fuzzy-matched.

Anything else is an orphan (``None``): an annotation is never moved onto words because
they look alike; position only breaks ties between places whose context agrees.
Everything here is pure: no I/O, no Qt.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from reader.core.model import TextSelector
from reader.core.text import TATWEEL, fold

from .context import (
    CONTEXT_OK,
    Candidate,
    Context,
    better,
    choose_exact,
    choose_fuzzy,
    score,
)
from .folded import FoldedText
from .fuzzy import find_all, fuzzy_spans

METHODS = ("position", "quote", "normalized", "fuzzy")
#: Quotes this short (characters, ignoring surrounding spaces) are never fuzzy-matched.
SHORTEST_FUZZY = 4
#: Places tried for a zero-length selector (where its prefix or suffix occurs).
MAX_POINTS = 1000
_IN_WORD = {TATWEEL, "\u200c", "\u200d"}


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    method: str  # one of METHODS
    score: float  # confidence in [0, 1]


def describe(text: str, start: int, end: int, context: int = 32) -> TextSelector:
    """The selectors to store for ``text[start:end]``: the range, the real quote, and up to
    ``context`` characters before and after it."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}:{end} is outside a text of {len(text)} characters")
    if context < 0:
        raise ValueError(f"context must be >= 0, got {context}")
    return TextSelector(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def anchor(text: str, selector: TextSelector, *, max_edit_ratio: float = 0.2) -> Anchor | None:
    """Where ``selector`` sits in ``text`` now, or None when it cannot be placed confidently."""
    _check_ratio(max_edit_ratio)
    return _anchor(_Doc(text), selector, 0, max_edit_ratio)


def anchor_many(
    text: str, selectors: Sequence[TextSelector], *, max_edit_ratio: float = 0.2
) -> list[Anchor | None]:
    """``[anchor(text, s) for s in selectors]``, faster: the text is folded once, and each
    annotation is first looked for where its neighbours (in old order) moved to. That
    guess is only taken when :func:`anchor` would take it too (context intact and nothing
    as good nearer the old place), so the results are the same."""
    _check_ratio(max_edit_ratio)
    doc = _Doc(text)
    out: list[Anchor | None] = [None] * len(selectors)
    delta = 0
    for i in sorted(range(len(selectors)), key=lambda i: (selectors[i].start, selectors[i].end)):
        sel = selectors[i]
        found = _anchor(doc, sel, delta, max_edit_ratio)
        out[i] = found
        if found is not None:
            delta = found.start - sel.start
    return out


# --- the steps ---------------------------------------------------------------------------


class _Doc:
    """The text being anchored into, with its folded form built on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: FoldedText | None = None

    @property
    def folded(self) -> FoldedText:
        if self._folded is None:
            self._folded = FoldedText(self.text)
        return self._folded


def _check_ratio(ratio: float) -> None:
    if not 0.0 <= ratio < 1.0:
        raise ValueError(f"max_edit_ratio must be in [0, 1), got {ratio}")


def _anchor(doc: _Doc, sel: TextSelector, delta: int, ratio: float) -> Anchor | None:
    text, exact = doc.text, sel.exact
    raw = _Search(text, exact, sel.prefix, sel.suffix, None, exact)
    if not exact:
        return _anchor_point(raw, sel)
    # 1. The stored range, when it still holds the quote in the same context.
    end = sel.start + len(exact)
    here = raw.holds(sel.start)
    if here and (raw.ctx.perfect(text, sel.start, end) or not (sel.prefix or sel.suffix)):
        return Anchor(sel.start, end, "position", 1.0)
    q = fold(exact)
    if not q:  # nothing but marks or invisibles: only the raw text can place it
        return _make(raw.scan(sel.start, 0), sel, text, "quote")
    ft = doc.folded
    fz = _Search(
        ft.text, q, fold(sel.prefix), fold(sel.suffix), ft, exact, sel.suffix, raw.ctx.edges
    )
    # ...or with the context changed but still agreeing reasonably, as long as no other
    # place has the quote with its context intact.
    if here:
        c = raw.candidate(sel.start, end)
        if c.context >= CONTEXT_OK and not fz.perfect_starts():
            return Anchor(sel.start, end, "position", score(c))
    # 2. Where the neighbours moved to, if that is where step 3 would look first.
    guess = sel.start + delta
    if delta and raw.holds(guess) and raw.ctx.perfect(text, guess, guess + len(exact)):
        dist = abs(delta)
        around = fz.perfect_starts(ft.to_folded(sel.start - dist), ft.to_folded(sel.start + dist))
        nearer = [s for s in around if (abs(s - sel.start), s) < (dist, guess)]
        if not nearer:
            return Anchor(guess, guess + len(exact), "quote", 1.0)
    # 3. Every occurrence of the quote, exact or after folding, scored on folded context.
    found = fz.scan(sel.start, len(q))
    if found is not None and found.context == 1.0:
        return _make(found, sel, text, "normalized")
    # 4. Approximately, where the context still is; this also wins over an occurrence
    # from step 3 whose context agrees less, further away (see .context.better).
    max_edits = int(ratio * len(q))
    if len(exact.strip()) < SHORTEST_FUZZY or len(q) < SHORTEST_FUZZY or max_edits < 1:
        return _make(found, sel, text, "normalized")
    near = ft.to_folded(sel.start)
    spans = fuzzy_spans(ft.text, q, fz.ctx.prefix, fz.ctx.suffix, max_edits, fz.ctx.edges, near)
    cands = [
        fz.candidate(s, e, 1.0 - d / max(len(q), e - s))
        for s, e, d in spans
        if not _context_moved(fz, s, e) and not fz.overlaps_seen(s, e)
    ]
    approx = choose_fuzzy(cands, sel.start)
    if approx is not None and (found is None or better(approx, found, sel.start)):
        return _make(approx, sel, text, "fuzzy")
    return _make(found, sel, text, "normalized")


class _Search:
    """One quote with its context, looked for in one form of the text: the real text
    (``folded`` None) or the folded one (offsets mapped back through ``folded``)."""

    def __init__(
        self,
        t: str,
        quote: str,
        prefix: str,
        suffix: str,
        folded: FoldedText | None,
        exact: str,
        suffix_raw: str = "",
        edges: tuple[bool, bool] | None = None,
    ) -> None:
        self.t = t
        self.q = quote
        self.exact = exact  # the real quote
        # Spans found in the folded text are widened over the marks after their last letter
        # (the revision added diacritics), unless the quote stopped short of one on purpose.
        self.keep_marks_out = folded is not None and _starts_with_mark(suffix_raw)
        self.ctx = Context(prefix, suffix, edges)
        self.folded = folded
        self.seen: list[int] = []  # where step 3 found the quote (whole words if it was)
        # A quote that began (ended) at a word edge must still do so: "الدول" is not placed
        # inside "الدولية", nor "إلى" on the start of "اليوم".
        self.edge_start = bool(quote) and _wordy(quote[0]) and not (prefix and _wordy(prefix[-1]))
        self.edge_end = bool(quote) and _wordy(quote[-1]) and not (suffix and _wordy(suffix[0]))

    def holds(self, s: int) -> bool:
        return s >= 0 and self.t.startswith(self.q, s) and self.edges_ok(s, s + len(self.q))

    def edges_ok(self, s: int, e: int) -> bool:
        t = self.t
        if self.edge_start and s > 0 and _wordy(t[s - 1]):
            return False
        return not (self.edge_end and e < len(t) and _wordy(t[e]))

    def original(self, s: int, e: int) -> tuple[int, int]:
        if self.folded is None:
            return s, e
        start, end = self.folded.span_to_original(s, e)
        if self.keep_marks_out and self.folded.original.startswith(self.exact, start):
            end = start + len(self.exact)
        return start, end

    def candidate(self, s: int, e: int, quote: float | None = None) -> Candidate:
        start, end = self.original(s, e)
        if self.folded is not None and quote is None:
            real = self.folded.original[start:end]
            quote = Levenshtein.normalized_similarity(self.exact, real)
        return self.ctx.candidate(self.t, s, e, start, end, 1.0 if quote is None else quote)

    def overlaps_seen(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` overlaps a place where step 3 found the quote itself and did
        not take it: a fuzzy match there would only trim the quote to suit the context."""
        i = bisect_right(self.seen, s - len(self.q))
        return i < len(self.seen) and self.seen[i] < e

    def perfect_starts(self, lo: int = 0, hi: int | None = None) -> list[int]:
        """Original starts of the occurrences with both sides exactly as stored, for the
        quote starting in ``[lo, hi]`` of this text."""
        t, q, ctx = self.t, self.q, self.ctx
        hi = len(t) if hi is None else hi
        fp, fs = ctx.prefix, ctx.suffix
        needle = fp + q + fs
        found = [
            x + len(fp)
            for x in find_all(t, needle, lo - len(fp), hi + len(q) + len(fs))
            if (x == 0 or not ctx.p_edge) and (x + len(needle) == len(t) or not ctx.s_edge)
        ]
        return [self.original(s, s + len(q))[0] for s in found if lo <= s <= hi]

    def scan(self, old_start: int, quote_len: int) -> Candidate | None:
        """Step 3: the nearest occurrence with both sides intact, else the choice among
        the occurrences confirmed by their context (see :func:`.context.choose_exact`)."""
        t, q, ctx = self.t, self.q, self.ctx
        perfect = self.perfect_starts()
        if perfect:
            start = min(perfect, key=lambda s: (abs(s - old_start), s))
            s = start if self.folded is None else self.folded.to_folded(start)
            return self.candidate(s, s + len(q))
        occurrences = [s for s in find_all(t, q) if self.edges_ok(s, s + len(q))]
        self.seen = occurrences
        confirmed = []
        for s in occurrences:
            if ctx.may_be_strong(t, s, s + len(q)):
                c = self.candidate(s, s + len(q))
                if c.strong:
                    confirmed.append(c)
        only = None
        if len(occurrences) == 1:
            only = self.candidate(occurrences[0], occurrences[0] + len(q))
        return choose_exact(confirmed, only, old_start, quote_len)


def _wordy(ch: str) -> bool:
    """Part of a word: letters, digits, and the marks and joiners written inside words."""
    return ch.isalnum() or ch in _IN_WORD or unicodedata.category(ch) in ("Mn", "Mc")


def _starts_with_mark(s: str) -> bool:
    return bool(s) and (s[0] in _IN_WORD or unicodedata.category(s[0]) in ("Mn", "Mc"))


def _context_moved(fz: _Search, s: int, e: int) -> bool:
    """Whether a fuzzy match is really the context itself: the stored suffix fits better
    at its start than after it (the quote was deleted and the next words look alike), or
    the stored prefix fits better at its end than before it."""
    t = fz.t
    before, after = fz.ctx.sides(t, s, e)
    head, tail = fz.ctx.suffix.lstrip(), fz.ctx.prefix.rstrip()
    if head and Context("", head).sides(t, s, s)[1] > after:
        return True
    return bool(tail) and Context(tail, "").sides(t, e, e)[0] > before


def _anchor_point(raw: _Search, sel: TextSelector) -> Anchor | None:
    """A zero-length selector (a point between two characters): placed by its context,
    where its prefix ends or its suffix begins."""
    t = raw.t
    if not sel.prefix and not sel.suffix:
        ok = 0 <= sel.start <= len(t)
        return Anchor(sel.start, sel.start, "position", 1.0) if ok else None
    points = {x + len(sel.prefix) for x in find_all(t, sel.prefix, limit=MAX_POINTS)}
    points.update(find_all(t, sel.suffix, limit=MAX_POINTS))
    if 0 <= sel.start <= len(t):
        points.add(sel.start)
    cands = [raw.candidate(p, p) for p in sorted(points)]
    found = choose_exact([c for c in cands if c.strong], None, sel.start, 0)
    return _make(found, sel, t, "quote")


def _make(c: Candidate | None, sel: TextSelector, text: str, method: str) -> Anchor | None:
    if c is None:
        return None
    if text[c.start : c.end] == sel.exact:
        method = "position" if (c.start, c.end) == (sel.start, sel.end) else "quote"
    return Anchor(c.start, c.end, method, score(c))
