"""Cutting a long text into pieces of bounded size, so that work on it is bounded too.

The analysers (noise, entities, claims) hold several objects per character and per word of
what they read: on a whole 10 MB book that is gigabytes, and one call can hold the
interpreter for seconds. They read a long text one piece at a time instead, and the spans
found in a piece are shifted back by the piece's start. An article (the longest of the
attribution test sets is under 8,000 characters) is one piece, so its results are exactly
those of reading it whole; a book loses only what links one piece to the next (an implied
speaker resolved to a name in the piece before).

Pieces end after a blank line where there is one in the second half of the window, else
after a line break, a sentence end or a space, and only as a last resort in a word.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import replace
from typing import Iterator

#: The longest piece read at once (characters): about 3,500 words, 36 kB of UTF-8, four
#: times the longest article of the test sets. A piece takes about 0.2 s to analyse, so a
#: cancelled analysis stops within that.
BLOCK_CHARS = 20_000

_SENTENCE_END_RE = re.compile(r"[.!?؟…][\"'»”’)\]]*\s")


def blocks(text: str, limit: int = BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    """Consecutive spans (start, end) of at most ``limit`` characters that cover ``text``."""
    if limit < 2:
        raise ValueError("a piece must be allowed at least 2 characters")
    start, n = 0, len(text)
    while n - start > limit:
        yield start, (end := _cut(text, start, start + limit))
        start = end
    if start < n or n == 0:
        yield start, n


def around(text: str, position: int, reach: int, slack: int = 4000) -> tuple[int, int]:
    """The part of ``text`` read around ``position``: (start, end) holding at least
    ``reach`` characters on each side of it (less at the ends of the text), cut as pieces
    are (after a blank line, a line break, a sentence end or a space) within ``slack``
    further characters."""
    if slack < 2:
        raise ValueError("the slack must be at least 2 characters")
    n = len(text)
    position = max(0, min(position, n))
    lo, hi = position - reach, position + reach
    start = 0 if lo - slack <= 0 else _cut(text, lo - slack, lo)
    end = n if hi + slack >= n else _cut(text, hi, hi + slack)
    return start, end


def _cut(text: str, start: int, stop: int) -> int:
    """Where a piece that starts at ``start`` and may not pass ``stop`` ends."""
    half = start + (stop - start) // 2
    for sep in ("\n\n", "\n"):
        at = text.rfind(sep, half, stop)
        if at >= 0:
            return at + len(sep)
    last = None
    for last in _SENTENCE_END_RE.finditer(text, half, stop):
        pass
    if last is not None:
        return last.end()
    for i in range(stop - 1, half - 1, -1):
        if text[i].isspace():
            return i + 1
    # One very long word: cut it, but not between a letter and its marks.
    end = stop
    while end > half and unicodedata.combining(text[end]):
        end -= 1
    return end


def spans_in(spans, starts: list[int], a: int, b: int) -> list:
    """The spans (sorted by start, ``starts`` their starts) lying in [a, b), shifted to the
    piece: offsets relative to ``a``, clipped to the piece."""
    out = []
    i = bisect_left(starts, a)
    while i > 0 and spans[i - 1].end > a:  # one that began in the piece before
        i -= 1
    for s in spans[i:bisect_left(starts, b)]:
        if s.end > a:
            out.append(replace(s, start=max(s.start, a) - a, end=min(s.end, b) - a))
    return out


def shifted(span, by: int):
    """``span`` (anything with start and end, or None) moved ``by`` characters."""
    if span is None or by == 0:
        return span
    return replace(span, start=span.start + by, end=span.end + by)
