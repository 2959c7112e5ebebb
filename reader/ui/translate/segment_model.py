"""The segments of an article as a table: number, source, target, status."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from reader.core.translation.model import Segment, is_rtl

from .labels import status_label

COLUMNS = ("number", "source", "target", "status")
_STATUS_COLORS = {"draft": None, "translated": "#d7ecd9", "reviewed": "#a8d5b0"}


class SegmentModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.segments: list[Segment] = []
        self.target_lang = "en"
        self._targets: dict[str, str] = {}  # typed, shown before they are saved

    def set_segments(self, segments: list[Segment], target_lang: str) -> None:
        self.beginResetModel()
        self.segments = [s for s in segments if not s.orphan and not s.deleted]
        self.target_lang = target_lang
        self._targets = {}
        self.endResetModel()

    def show_typed(self, uuid: str, text: str) -> None:
        self._targets[uuid] = text
        row = self.row_of(uuid)
        if row >= 0:
            index = self.index(row, 2)
            self.dataChanged.emit(index, index)

    def replace_segment(self, seg: Segment) -> None:
        row = self.row_of(seg.uuid)
        if row >= 0:
            self.segments[row] = seg
            self._targets.pop(seg.uuid, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, uuid: str) -> int:
        return next((i for i, s in enumerate(self.segments) if s.uuid == uuid), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.segments)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("#"), self.tr("Source"), self.tr("Translation"), self.tr("Status"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        seg = self.segments[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return str(index.row() + 1)
            if column == "source":
                return seg.source
            if column == "target":
                return self._targets.get(seg.uuid, seg.target)
            text = status_label(seg.status)
            return text + (" ⚠" if seg.needs_review else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column == "source" or (column == "target" and is_rtl(self.target_lang))
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            if column == "number":
                horizontal = Qt.AlignmentFlag.AlignCenter
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignAbsolute)
        if role == Qt.ItemDataRole.BackgroundRole and column == "status":
            color = "#f6d7a7" if seg.needs_review else _STATUS_COLORS[seg.status]
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and (
                seg.needs_review or _STATUS_COLORS[seg.status]):
            return QBrush(QColor("#202020"))  # on the light status colours
        if role == Qt.ItemDataRole.ToolTipRole and seg.needs_review:
            return self.tr("The source changed in a revised article; it was:\n%1").replace(
                "%1", seg.previous_source)
        if role == Qt.ItemDataRole.UserRole:
            return seg.uuid
        return None
