"""Which part of the article the vocabulary layer is read for.

An article is read whole. A long text (a book, a 10 MB dump) is read only around the
reading position: every word there with its lemma, the glossary terms, the learner's tints,
the word panel's occurrences. When the reader leaves that part (the view reports its
reading position once scrolling has settled, which is the debounce), the part around the
new position is asked for; what was shown stays until it comes.
"""

from __future__ import annotations

from reader.core.pieces import around

#: A text longer than this (characters) is read around the reading position only.
LONG_TEXT_CHARS = 300_000
#: Characters read on each side of the reading position (a screen shows 2,000-3,000).
REACH = 30_000
#: The part around a position is asked for again once the position comes this close to
#: an edge of the part that was read (unless that edge is the start or end of the text).
MARGIN = 10_000


def is_long(text: str) -> bool:
    return len(text) > LONG_TEXT_CHARS


def window_for(text: str, position: int) -> tuple[int, int] | None:
    """The part of ``text`` to read when the reader is at ``position``: None for all of it."""
    if not is_long(text):
        return None
    return around(text, position, REACH)


def holds(window: tuple[int, int] | None, text_length: int, start: int, end: int | None = None) -> bool:
    """Whether a reader at ``start`` (seeing up to ``end``) is still well inside ``window``:
    at least ``MARGIN`` characters from an edge that is not an end of the text."""
    if window is None:
        return True
    a, b = window
    end = start if end is None else end
    low = a if a == 0 else a + MARGIN
    high = b if b >= text_length else b - MARGIN
    return low <= start and end <= high
