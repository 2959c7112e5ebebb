"""The vocabulary layer of the article: glossary terms underlined (can be turned off), saved
words highlighted in every article, and in learner reading mode the new and learning words
tinted (learning 1 strongest, learning 4 faintest; known and ignored words plain)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QTextCharFormat

from .labels import SAVED_COLOR, TERM_COLOR, TINTS

LAYER = "vocabulary"


@lru_cache(maxsize=None)
def term_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(TERM_COLOR)
    return fmt


@lru_cache(maxsize=None)
def saved_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    color = SAVED_COLOR.lighter(160)
    color.setAlpha(120)
    fmt.setBackground(color)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(SAVED_COLOR)
    return fmt


@lru_cache(maxsize=None)
def tint_format(status: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(TINTS[status])
    return fmt


def build_marks(vocabulary, statuses: dict[str, str], saved: set[str], *, learner: bool,
                underline: bool) -> list:
    """The marks (start, end, format, key) of the vocabulary layer for one article."""
    if vocabulary is None:
        return []
    marks = []
    for m in vocabulary.terms:
        key = m.entry.key
        if underline:
            marks.append((m.start, m.end, term_format(), "term:" + key))
        if key in saved:
            marks.append((m.start, m.end, saved_format(), "saved:" + key))
    for w in vocabulary.words:
        if w.key in saved:
            marks.append((w.start, w.end, saved_format(), "saved:" + w.key))
        elif learner:
            status = statuses.get(w.key, "new")
            if status in TINTS:
                marks.append((w.start, w.end, tint_format(status), status + ":" + w.key))
    return marks
