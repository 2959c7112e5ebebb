"""The matching form of a whole document, built fast, with maps back to the real text.

``reader.core.text.normalize`` is the definition of the matching form, with a map entry
per character built in Python (about half a second for a megabyte). Anchoring many
annotations needs the folded form of the whole document, so this module builds the same
thing another way: the text comes from ``text.fold`` (one ``str.translate``), and the
offset map is kept only for the characters whose folded form is not exactly one character
(diacritics, tatweel, invisibles, ligatures), which are few in most news text. The tests
(``tests/unit/test_anchoring*.py``) check that it agrees with ``normalize`` character for
character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from reader.core.text import DIACRITICS, TATWEEL, fold

_TRAILING_MARKS = DIACRITICS | {TATWEEL}


class FoldedText:
    """``text`` folded for matching (``self.text``) and the maps between the two."""

    __slots__ = ("original", "text", "_odd", "_odd_nstart", "_odd_nend", "_adj")

    def __init__(self, original: str) -> None:
        odd = [ch for ch in set(original) if len(fold(ch)) != 1]
        self.original = original
        self.text = fold(original)
        # Original positions of "odd" characters (folded length != 1), their span in the
        # folded text, and the running sum of (folded length - 1) up to and including each.
        self._odd: list[int] = []
        self._odd_nstart: list[int] = []
        self._odd_nend: list[int] = []
        self._adj: list[int] = []
        if odd:
            pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(odd)) + "]")
            lengths = {c: len(fold(c)) for c in odd}
            adj = 0
            for m in pattern.finditer(original):
                i = m.start()
                length = lengths[m.group()]
                nstart = i + adj
                adj += length - 1
                self._odd.append(i)
                self._odd_nstart.append(nstart)
                self._odd_nend.append(nstart + length)
                self._adj.append(adj)

    def __len__(self) -> int:
        return len(self.text)

    def to_folded(self, index: int) -> int:
        """First folded index whose source starts at or after original ``index``."""
        index = max(0, min(index, len(self.original)))
        k = bisect_left(self._odd, index)  # odd characters strictly before index
        return index + (self._adj[k - 1] if k else 0)

    def source(self, n: int) -> int:
        """Original index of the character that produced folded character ``n``."""
        # Odd characters that end at or before n are wholly before the source of n.
        k = bisect_right(self._odd_nend, n)
        if k < len(self._odd) and self._odd_nstart[k] <= n:
            return self._odd[k]  # n is inside the expansion of an odd character
        return n - (self._adj[k - 1] if k else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded ``[start, end)``, widened over the diacritics and
        tatweel that follow its last letter (they belong to it on screen)."""
        n = len(self.text)
        if start >= n:
            return len(self.original), len(self.original)
        o_start = self.source(start)
        if end <= start:
            return o_start, o_start
        o_end = self.source(min(end, n) - 1) + 1
        original = self.original
        while o_end < len(original) and original[o_end] in _TRAILING_MARKS:
            o_end += 1
        return o_start, o_end
