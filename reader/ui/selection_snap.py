"""Where a selection in the article may begin and end: what the reader sees as one thing.

A mouse selection is made of Qt cursor positions, and Qt allows a position between the lam
and the alef of لا (two characters, two grapheme clusters) although the font draws them as
one glyph: the screen showed "البلا" selected while the quote stored ended "البل". So the
ends of a selection are moved outwards to:

- whole grapheme clusters: a letter with its diacritics and joiners (a boundary never falls
  before a combining mark, a ZWJ/ZWNJ or a variation selector);
- whole lam-alef ligatures: ل, any diacritics, then ا أ إ or آ (لا لأ لإ لآ), which Qt draws as
  one glyph.

A double click selects a word as an Arabic reader counts it: the letters with their clitics
(وبالبنك), diacritics and tatweel, and without the punctuation around it (، ؛ ؟ « » ( )),
which Qt's own word selection keeps. Words come from :func:`reader.core.text.tokenize`, the
one tokeniser of the project.

Plain functions on the displayed text (code point indices), no Qt: tested on their own.
"""

from __future__ import annotations

import re
import unicodedata

from reader.core.text import tokenize

#: Characters that belong to the grapheme cluster before them (besides combining marks).
_CLUSTER_TAIL = frozenset("\u200c\u200d\u034f") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
#: Lam, its diacritics, then an alef that forms a ligature with it.
LAM_ALEF = re.compile("\u0644[\u064B-\u065F\u0670]*[\u0627\u0623\u0625\u0622]")
#: How far around a position words and ligatures are looked for (a very long line).
_WINDOW = 400


def _inside_cluster(text: str, i: int) -> bool:
    """True when a boundary at ``i`` would cut a grapheme cluster."""
    if i <= 0 or i >= len(text):
        return False
    ch = text[i]
    if ch in _CLUSTER_TAIL or unicodedata.category(ch) in ("Mn", "Mc", "Me"):
        return True
    # an emoji ZWJ sequence: a symbol joined to the one before it
    return text[i - 1] == "\u200d" and unicodedata.category(ch) == "So"


def _ligature_around(text: str, i: int) -> tuple[int, int] | None:
    """The lam-alef ligature that ``i`` falls strictly inside, if any."""
    lo = max(0, i - 8)
    for m in LAM_ALEF.finditer(text, lo, min(len(text), i + 8)):
        if m.start() < i < m.end():
            return m.span()
    return None


def snap_start(text: str, i: int) -> int:
    """``i`` moved back to the start of the cluster or ligature it falls inside."""
    i = max(0, min(i, len(text)))
    while _inside_cluster(text, i):
        i -= 1
    ligature = _ligature_around(text, i)
    return ligature[0] if ligature else i


def snap_end(text: str, i: int) -> int:
    """``i`` moved forward to the end of the cluster or ligature it falls inside."""
    i = max(0, min(i, len(text)))
    while _inside_cluster(text, i):
        i += 1
    ligature = _ligature_around(text, i)
    if ligature:
        i = ligature[1]
        while _inside_cluster(text, i):  # the alef's own diacritics
            i += 1
    return i


def snap_range(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened to whole clusters and ligatures (an empty one stays empty)."""
    if end <= start:
        return start, end
    return snap_start(text, start), snap_end(text, end)


def word_at(text: str, i: int) -> tuple[int, int] | None:
    """The word at index ``i`` (the character there, or the one just before when ``i`` is
    at a word's end), or None on a space or punctuation."""
    if not text:
        return None
    lo = text.rfind("\n", max(0, i - _WINDOW), i) + 1 or max(0, i - _WINDOW)
    hi = text.find("\n", i, i + _WINDOW)
    hi = hi if hi >= 0 else min(len(text), i + _WINDOW)
    before = None
    for token in tokenize(text[lo:hi]):
        a, b = lo + token.start, lo + token.end
        if a <= i < b:
            return a, b
        if b == i:
            before = (a, b)
    return before
