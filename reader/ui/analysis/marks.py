"""Claims and entities marked in the article: claims tinted by review status, entities
underlined in the colour of their type, and a tooltip for each on hover.

Marks are given to the reader view in document offsets (``ReaderView.set_marks``), which
places them through its display map (diacritics or noise may be hidden), on the view's
"claims" and "entities" selection layers. The tooltip and the offset of the last right-click
come from an event filter on the view's viewport, installed after the view's own handling,
so it sees the events first and passes on what is not about a claim or an entity (a
highlight's note keeps its own tooltip).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QToolTip

from reader.core.model import Claim, Entity

from .labels import entity_color, status_color
from .presentation import claim_tooltip, entity_tooltip

CLAIMS_LAYER, ENTITIES_LAYER = "claims", "entities"


@lru_cache(maxsize=None)
def entity_format(type_: str) -> QTextCharFormat:
    """Shared by every mark of the type (a book has thousands of entities)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(entity_color(type_))
    return fmt


@lru_cache(maxsize=None)
def claim_format(status: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(status_color(status))
    return fmt


class _Index:
    """Ranges sorted by start, to find those holding an offset."""

    def __init__(self, items, key=lambda x: (x.start, x.end)):
        self.items = sorted(items, key=lambda x: key(x)[0])
        self.starts = [key(x)[0] for x in self.items]
        self.key = key

    def at(self, offset: int) -> list:
        hits = []
        for x in self.items[: bisect_right(self.starts, offset)]:
            start, end = self.key(x)
            if start <= offset < end:
                hits.append(x)
        return sorted(hits, key=lambda x: self.key(x)[1] - self.key(x)[0])


class TextMarks(QObject):
    #: The user right-clicked at this document offset (before the menu shows).
    contextOffsetChanged = Signal(int)

    def __init__(self, view, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self._claims = _Index([])
        self._entities = _Index([])
        self._statuses: dict[str, str] = {}
        self._notes: dict[str, str] = {}
        self.context_offset = -1
        view.viewport().installEventFilter(self)

    # --- content ---------------------------------------------------------------------------

    def set_analysis(self, entities, claims, reviews: dict) -> None:
        """Mark ``entities`` and ``claims`` (``reviews``: claim key -> review)."""
        for _ in self.fill(entities, claims, reviews):
            pass

    def fill(self, entities, claims, reviews: dict):
        """:meth:`set_analysis` as a generator that yields every few thousand marks (see
        :mod:`.slices`)."""
        self._entities = _Index(list(entities))
        self._claims = _Index(list(claims))
        self.set_reviews(reviews, apply=False)
        yield
        keys: dict[tuple[str, str], str] = {}  # one key string per entity, not per mark
        yield from self.view.set_marks_in_steps(ENTITIES_LAYER, [
            (e.start, e.end, entity_format(e.type),
             keys.setdefault((e.type, e.canonical), f"{e.type}:{e.canonical}")) for e in entities
        ])
        yield from self.view.set_marks_in_steps(CLAIMS_LAYER, self._claim_marks())

    def set_reviews(self, reviews: dict, apply: bool = True) -> None:
        self._statuses = {k: r.status for k, r in reviews.items()}
        self._notes = {k: r.note for k, r in reviews.items()}
        if apply:
            self._apply_claims()

    def _apply_claims(self) -> None:
        self.view.set_marks(CLAIMS_LAYER, self._claim_marks())

    def _claim_marks(self) -> list:
        return [(c.start, c.end, claim_format(self.status(c.key)), c.key) for c in self._claims.items]

    def clear(self) -> None:
        self._claims = _Index([])
        self._entities = _Index([])
        self.view.set_marks(CLAIMS_LAYER, [])
        self.view.set_marks(ENTITIES_LAYER, [])

    def status(self, key: str) -> str:
        return self._statuses.get(key, "unreviewed")

    # --- hit testing -----------------------------------------------------------------------

    def claim_at(self, offset: int) -> Claim | None:
        """The shortest claim holding ``offset`` (its cue and source count as part of it)."""
        hits = self._claims.at(offset)
        if not hits:
            hits = _Index(self._claims.items, key=_claim_extent).at(offset)
        return hits[0] if hits else None

    def entity_at(self, offset: int) -> Entity | None:
        hits = self._entities.at(offset)
        return hits[0] if hits else None

    def tooltip_at(self, offset: int) -> str:
        parts = []
        claim = self.claim_at(offset)
        if claim is not None:
            parts.append(claim_tooltip(claim, self.status(claim.key), self._notes.get(claim.key, "")))
        entity = self.entity_at(offset)
        if entity is not None:
            parts.append(entity_tooltip(entity))
        return "<hr>".join(parts)

    # --- events ----------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            self.context_offset = self.view.offset_at(event.pos())
            self.contextOffsetChanged.emit(self.context_offset)
        elif kind == QEvent.Type.ToolTip:
            offset = self.view.offset_at(event.pos())
            note = self.view.annotation_at(offset)
            if note is not None and (note.note or note.tags):
                return False  # the highlight's note has the view's own tooltip
            text = self.tooltip_at(offset)
            if text:
                QToolTip.showText(event.globalPos(), text, self.view)
                return True
        return False


def _claim_extent(c: Claim) -> tuple[int, int]:
    points = [c.start, c.end, c.cue.start, c.cue.end]
    if c.source is not None and c.source.end > c.source.start:
        points += [c.source.start, c.source.end]
    return min(points), max(points)
