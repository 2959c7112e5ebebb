"""A small toolbar that floats over the article next to a selection or a clicked highlight.

It only says what the user chose (a colour, note, copy, delete); the annotation controller
decides what that means.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from .actions import color_icon
from .themes import HIGHLIGHT_COLORS, color_label


class SelectionToolbar(QFrame):
    colorChosen = Signal(str)
    noteRequested = Signal()
    copyRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.color_buttons: dict[str, QToolButton] = {}
        for name in HIGHLIGHT_COLORS:
            button = QToolButton(self)
            button.setIcon(color_icon(name, 18))
            button.setToolTip(self.tr("Highlight in %1").replace("%1", color_label(name)))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setObjectName(f"color-{name}")
            button.clicked.connect(lambda _=False, n=name: self.colorChosen.emit(n))
            layout.addWidget(button)
            self.color_buttons[name] = button
        self.note_button = self._text_button(self.tr("Note…"), self.noteRequested, "note")
        self.copy_button = self._text_button(self.tr("Copy"), self.copyRequested, "copy")
        self.copy_button.setToolTip(self.tr("Copy with citation"))
        self.delete_button = self._text_button(self.tr("Delete"), self.deleteRequested, "delete")
        for button in (self.note_button, self.copy_button, self.delete_button):
            layout.addWidget(button)
        self.hide()

    def _text_button(self, text: str, signal, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.setObjectName(name)
        button.clicked.connect(signal)
        return button

    def show_for_selection(self, anchor: QRect) -> None:
        for button in self.color_buttons.values():
            button.setChecked(False)
        self.delete_button.hide()
        self._show_at(anchor)

    def show_for_annotation(self, anchor: QRect, color: str) -> None:
        for name, button in self.color_buttons.items():
            button.setChecked(name == color)
        self.delete_button.show()
        self._show_at(anchor)

    def _show_at(self, anchor: QRect) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        x = anchor.center().x() - self.width() // 2
        y = anchor.top() - self.height() - 6
        if y < 0:
            y = anchor.bottom() + 6
        x = max(2, min(x, parent.width() - self.width() - 2))
        y = max(2, min(y, parent.height() - self.height() - 2))
        self.move(x, y)
        self.show()
        self.raise_()
