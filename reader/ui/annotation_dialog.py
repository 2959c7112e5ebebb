"""The note and tags editor for a highlight (new or existing)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from .actions import color_icon
from .themes import HIGHLIGHT_COLORS, color_label

_TAG_SPLIT = re.compile(r"[,،;؛\n]+")


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a list separated by commas (Latin or Arabic) or semicolons."""
    seen: list[str] = []
    for tag in (t.strip().lstrip("#") for t in _TAG_SPLIT.split(text)):
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


class AnnotationDialog(QDialog):
    def __init__(self, parent: QWidget | None, quote: str, *, note: str = "",
                 tags: tuple[str, ...] = (), color: str = "yellow", new: bool = True):
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.setWindowTitle(self.tr("Add Note") if new else self.tr("Edit Note and Tags"))
        form = QFormLayout(self)
        self.quote_label = QLabel(quote if len(quote) <= 300 else quote[:300] + "…", self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.quote_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Quote:"), self.quote_label)
        self.color_box = QComboBox(self)
        for name in HIGHLIGHT_COLORS:
            self.color_box.addItem(color_icon(name), color_label(name), name)
        self.color_box.setCurrentIndex(max(0, self.color_box.findData(color)))
        form.addRow(self.tr("Colour:"), self.color_box)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlainText(note)
        self.note_edit.setPlaceholderText(self.tr("Your note (Arabic or English)"))
        form.addRow(self.tr("Note:"), self.note_edit)
        self.tags_edit = QLineEdit(", ".join(tags), self)
        self.tags_edit.setPlaceholderText(self.tr("tags, separated by commas"))
        form.addRow(self.tr("Tags:"), self.tags_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 320)

    def values(self) -> dict:
        return {
            "color": self.color_box.currentData(),
            "note": self.note_edit.toPlainText().strip(),
            "tags": parse_tags(self.tags_edit.text()),
        }
