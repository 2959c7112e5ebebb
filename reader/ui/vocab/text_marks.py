"""The vocabulary layer of the article: glossary terms underlined (can be turned off), saved
words highlighted in every article, and in learner reading mode the new and learning words
tinted (learning 1 strongest, learning 4 faintest; known and ignored words plain).

The marks are built and placed a slice at a time on the GUI thread (:func:`fill_marks`, run
by :class:`~reader.ui.analysis.slices.SlicedWork`): the part of a long text read around the
reading position has tens of thousands of words."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QTextCharFormat

from ..analysis.slices import BATCH
from .labels import SAVED_COLOR, TERM_COLOR, TINTS

LAYER = "vocabulary"
#: Lemma keys whose statuses are read from the library in one query (between two yields).
STATUS_CHUNK = 2000


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


def fill_marks(view, vocabulary, statuses_of, saved: set[str], *, learner: bool, underline: bool):
    """Put the vocabulary layer of ``vocabulary`` on ``view``, as a generator that yields
    every few hundred marks (see :mod:`reader.ui.analysis.slices`). ``statuses_of(keys)``
    reads the learner's statuses of those lemma keys from the library."""
    statuses: dict[str, str] = {}
    if learner and vocabulary is not None:
        keys = list(vocabulary.lemma_keys())
        for i in range(0, len(keys), STATUS_CHUNK):
            statuses.update(statuses_of(keys[i:i + STATUS_CHUNK]))
            yield
    marks: list = []
    yield from _marks_in_steps(vocabulary, statuses, saved, marks, learner=learner, underline=underline)
    yield from view.set_marks_in_steps(LAYER, marks, every=BATCH * 10)


def _marks_in_steps(vocabulary, statuses, saved, marks: list, *, learner: bool, underline: bool):
    if vocabulary is None:
        return
    keys: dict[str, str] = {}  # one key string per status and lemma, not per mark
    for i, m in enumerate(vocabulary.terms):
        key = m.entry.key
        if underline:
            marks.append((m.start, m.end, term_format(), keys.setdefault("term:" + key, "term:" + key)))
        if key in saved:
            marks.append((m.start, m.end, saved_format(), "saved:" + key))
        if i % BATCH == BATCH - 1:
            yield
    for i, w in enumerate(vocabulary.words):
        if w.key in saved:
            marks.append((w.start, w.end, saved_format(), "saved:" + w.key))
        elif learner:
            status = statuses.get(w.key, "new")
            if status in TINTS:
                label = status + ":" + w.key
                marks.append((w.start, w.end, tint_format(status), keys.setdefault(label, label)))
        if i % (BATCH * 5) == BATCH * 5 - 1:
            yield
