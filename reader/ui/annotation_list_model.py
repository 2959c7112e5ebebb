"""The annotations of an article as a list model (text order), for the annotations panel.

A model rather than one widget item per annotation: an article with 2,000 highlights
opens without building 2,000 items, an item's text is only made when it is shown, and
every item is two lines high, so the view need not measure them all (uniform sizes).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.model import Annotation

from .actions import color_icon
from .bidi_text import DIRECTION_ROLE, is_rtl, mark_direction, tag_line

QUOTE_CHARS = 90
NOTE_CHARS = 200
UUID_ROLE = Qt.ItemDataRole.UserRole


def item_text(a: Annotation) -> tuple[str, bool]:
    """Two lines: the quote, then the note's first line and the tags (the view elides
    them; the tooltip has the whole note), and whether the item reads right to left."""
    quote = " ".join(a.quote.split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS] + "…"
    note = a.note.strip().split("\n", 1)[0]
    if len(note) > NOTE_CHARS:
        note = note[:NOTE_CHARS] + "…"
    second = "  ".join(filter(None, [note, tag_line(a.tags)]))
    return mark_direction(quote + "\n" + second), is_rtl(quote)


class AnnotationListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self._texts: dict[int, tuple[str, bool]] = {}

    def set_annotations(self, rows: list[Annotation]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def uuids(self) -> list[str]:
        return [a.uuid for a in self._rows]

    def row_of(self, uuid: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.uuid == uuid), -1)

    def _text(self, row: int) -> tuple[str, bool]:
        cached = self._texts.get(row)
        if cached is None:
            cached = self._texts[row] = item_text(self._rows[row])
        return cached

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row())[0]
        if role == Qt.ItemDataRole.DecorationRole:
            return color_icon(a.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(filter(None, [a.quote, a.note, tag_line(a.tags)]))
        if role == UUID_ROLE:
            return a.uuid
        if role == DIRECTION_ROLE:
            rtl = self._text(index.row())[1]
            return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        return None
