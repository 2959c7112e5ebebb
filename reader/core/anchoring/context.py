"""How well a candidate's surroundings agree with the stored prefix and suffix, and the
rules that pick one candidate or none.

A side's score looks hardest at the characters next to the quote: it averages the
similarity (normalised Levenshtein) of the nearest 8, 16 and 32 characters, so an edit a
few words away costs little and a different place in the text scores low. Position never
places an annotation on its own: among candidates confirmed by their context, distance
from the old place costs a little (logarithmically), so the nearer of two that agree
about as well wins, and a recurring phrase far away is not taken on a partial match.

Figures from Arabic news (ANERcorp), for the record: other occurrences of a quote score
0.18 at the median and 0.40 at the 99th percentile; the right place with a word replaced
on both sides scores 0.55 (median) when the words are adjacent to the quote, 0.74 one word
away, 0.87 two words away.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

#: Window sizes, nearest first, that a side's score averages over.
WINDOWS = (8, 16, 32)
#: Score of a side with no stored context (the quote touched the edge of the text) when
#: the candidate is not at that edge any more: neither for nor against.
NEUTRAL = 0.5
#: Stands for the edge of the text in a side cut by it (never in real text).
EDGE = "\x00"
#: A candidate whose context agrees this well (mean of both sides, weighted by their
#: length), or with one side of at least INTACT_SIDE characters wholly intact, is
#: "confirmed" by its context.
CONTEXT_STRONG = 0.8
INTACT_SIDE = 8
#: Confirmed candidates compete on context agreement less POSITION_WEIGHT times
#: log(1 + distance from the old place / 32): the same place with an edit beside it wins
#: over a passage repeating the same phrase hundreds of characters away, not over one
#: whose context agrees much better. A candidate with both sides intact beats all others.
POSITION_WEIGHT = 0.2
#: The chosen occurrence (context not intact) must score at least this after the distance
#: penalty: a phrase that recurs in the text is not followed thousands of characters away
#: on a partial match of its context (at 0.8 of context agreement, up to about 1,700
#: characters from the old place; long quotes that occur once are placed by the rules
#: below whatever the distance).
PLACED_MIN = 0.0
#: What a quote's lost similarity (edits) costs when a fuzzy match competes with an exact
#: occurrence placed with less confidence.
QUOTE_WEIGHT = 1.0
#: A quote that occurs once in the whole text is placed on weaker context: from this many
#: folded characters when the context still agrees reasonably (CONTEXT_OK)...
UNIQUE_LONG = 20
CONTEXT_OK = 0.55
#: ...and from this many whatever happened around it (the sentence around it was
#: rewritten), as long as the context is not wholly different (CONTEXT_FLOOR).
DISTINCTIVE = 40
CONTEXT_FLOOR = 0.2
#: A fuzzy match needs each side at least this good, and the mean at least CONTEXT_FUZZY;
#: among those, the nearest within FUZZY_MARGIN of the best (context + quote) wins.
SIDE_FUZZY = 0.6
CONTEXT_FUZZY = 0.7
FUZZY_MARGIN = 0.1


@dataclass(frozen=True)
class Candidate:
    start: int  # in the real text
    end: int
    prefix: float  # how well each side agrees, in [0, 1]
    suffix: float
    quote: float = 1.0  # similarity of the quote itself (1.0: equal after folding)
    prefix_len: int = 1  # how much stored context each side had: the weight of its score
    suffix_len: int = 1

    @property
    def context(self) -> float:
        """Both sides' agreement, each weighted by how much context it had."""
        total = self.prefix_len + self.suffix_len
        return (self.prefix * self.prefix_len + self.suffix * self.suffix_len) / total

    @property
    def strong(self) -> bool:
        """Confirmed by its context: it agrees well, or one side of some length is intact."""
        if self.context >= CONTEXT_STRONG:
            return True
        return (self.prefix == 1.0 and self.prefix_len >= INTACT_SIDE) or (
            self.suffix == 1.0 and self.suffix_len >= INTACT_SIDE
        )


class Context:
    """A selector's prefix and suffix (in the same form as the text they are compared to),
    ready to score places in that text.

    ``describe`` takes as much context on both sides, so a side shorter than the other was
    cut by the edge of the text: that edge is part of what it says. Such a side only
    agrees exactly with a place as near the edge (a quote that began the text, seen after
    a new headline, has its prefix as "neither for nor against" when that side is empty).
    """

    __slots__ = ("prefix", "suffix", "p_edge", "s_edge", "_want_p", "_want_s")

    def __init__(self, prefix: str, suffix: str, edges: tuple[bool, bool] | None = None) -> None:
        """``edges``: whether each side was cut by the edge of the text, when known (a
        folded context is shorter than the real one it was folded from)."""
        self.prefix = prefix
        self.suffix = suffix
        self.p_edge, self.s_edge = edges if edges is not None else cut_by_edges(prefix, suffix)
        # Nearest character first; the edge is one more character, EDGE.
        self._want_p = prefix[::-1] + (EDGE if self.p_edge else "")
        self._want_s = suffix + (EDGE if self.s_edge else "")

    @property
    def edges(self) -> tuple[bool, bool]:
        return self.p_edge, self.s_edge

    def _before(self, t: str, s: int) -> str:
        """The text before ``s`` to compare with the prefix, nearest character first."""
        n = len(self._want_p)
        got = t[max(0, s - n) : s][::-1]
        return got + EDGE if self.p_edge and s < n else got

    def _after(self, t: str, e: int) -> str:
        n = len(self._want_s)
        got = t[e : e + n]
        return got + EDGE if self.s_edge and e + n > len(t) else got

    def perfect(self, t: str, s: int, e: int) -> bool:
        """Both sides exactly as stored (a side cut by the edge of the text: as near it)."""
        return self._before(t, s) == self._want_p and self._after(t, e) == self._want_s

    def sides(self, t: str, s: int, e: int) -> tuple[float, float]:
        """(prefix score, suffix score) of the place ``t[s:e]``, each in [0, 1]."""
        return (_side(self._want_p, self._before(t, s)), _side(self._want_s, self._after(t, e)))

    def may_be_strong(self, t: str, s: int, e: int) -> bool:
        """False when the place surely is not confirmed by its context (a cheap bound:
        one comparison per side instead of three)."""
        p = _side_bound(self._want_p, self._before(t, s))
        x = _side_bound(self._want_s, self._after(t, e))
        return Candidate(0, 0, p, x, 1.0, len(self._want_p), len(self._want_s)).strong

    def candidate(self, t: str, s: int, e: int, start: int, end: int, quote: float = 1.0):
        ps, xs = self.sides(t, s, e)
        return Candidate(start, end, ps, xs, quote, len(self._want_p), len(self._want_s))



def cut_by_edges(prefix: str, suffix: str) -> tuple[bool, bool]:
    """Which sides were cut by the edge of the text (shorter than the other side)."""
    full = max(len(prefix), len(suffix))
    return len(prefix) < full or full == 0, len(suffix) < full or full == 0


def _side(want: str, got: str) -> float:
    """``want``/``got``: stored and found context, nearest character first."""
    if got == want:
        return 1.0
    if want == EDGE:  # empty side, cut by the edge, and the place is not at the edge
        return NEUTRAL
    total = 0.0
    count = 0
    last = -1
    for w in WINDOWS:
        w = min(w, len(want))
        if w != last:
            total += Levenshtein.normalized_similarity(want[:w], got[:w])
            count += 1
            last = w
    if len(want) > WINDOWS[-1]:
        total += Levenshtein.normalized_similarity(want, got)
        count += 1
    return total / count


def _side_bound(want: str, got: str) -> float:
    """An upper bound of :func:`_side` from the widest window alone: the first w
    characters cannot need fewer than (edits in the widest window) - (its other chars)."""
    if got == want or want == EDGE or len(want) > WINDOWS[-1]:
        return _side(want, got)
    widest = len(want)
    edits = Levenshtein.distance(want, got)
    total = 0.0
    count = 0
    last = -1
    for w in WINDOWS:
        w = min(w, widest)
        if w != last:
            total += 1.0 - max(0, edits - (widest - w)) / w
            count += 1
            last = w
    return total / count


def nearest(cands: list[Candidate], old_start: int) -> Candidate:
    return min(cands, key=lambda c: (abs(c.start - old_start), c.start))


def placed(c: Candidate, old_start: int) -> float:
    """Context agreement, less a little for distance from the old place (logarithmic: a
    few characters cost nothing, a few hundred cost about 0.5)."""
    return c.context - POSITION_WEIGHT * math.log1p(abs(c.start - old_start) / WINDOWS[-1])


def choose_exact(
    confirmed: list[Candidate], only: Candidate | None, old_start: int, quote_len: int
) -> Candidate | None:
    """Pick among the occurrences of the quote: ``confirmed`` are those confirmed by their
    context; ``only`` is the single occurrence when the quote occurs once in the text."""
    if confirmed:
        perfect = [c for c in confirmed if c.context == 1.0]
        if perfect:
            return nearest(perfect, old_start)
        best = max(
            confirmed, key=lambda c: (placed(c, old_start), -abs(c.start - old_start), -c.start)
        )
        if placed(best, old_start) >= PLACED_MIN:
            return best
    if only is not None:
        if quote_len >= UNIQUE_LONG and only.context >= CONTEXT_OK:
            return only
        if quote_len >= DISTINCTIVE and only.context >= CONTEXT_FLOOR:
            return only
    return None


def choose_fuzzy(cands: list[Candidate], old_start: int) -> Candidate | None:
    """Pick among approximate matches: both sides of the context must agree."""
    good = [
        c
        for c in cands
        if min(c.prefix, c.suffix) >= SIDE_FUZZY and c.context >= CONTEXT_FUZZY
    ]
    if not good:
        return None
    best = max(c.context + c.quote for c in good)
    return nearest([c for c in good if c.context + c.quote >= best - FUZZY_MARGIN], old_start)


def better(a: Candidate, b: Candidate, old_start: int) -> bool:
    """Whether ``a`` is a better place than ``b``: context agreement, less the distance
    penalty of :func:`placed`, less QUOTE_WEIGHT times what the quote lost to edits (a
    fuzzy match with its context intact beats the same words with some context elsewhere)."""

    def value(c: Candidate) -> float:
        return placed(c, old_start) - QUOTE_WEIGHT * (1.0 - c.quote)

    return value(a) > value(b)


def score(c: Candidate) -> float:
    """The confidence reported on an Anchor: the quote weighs as much as both sides."""
    return round((2 * c.quote + c.prefix + c.suffix) / 4, 4)
