"""Find in article (Ctrl+F): matches ignore diacritics, tatweel and letter variants, and a
word may carry و ف ب ل ك ال in front, as in the library search (``text.variant_pattern``).
Matching runs on the document's real text, so it finds the same places whether diacritics
are shown or hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.core.model import Document
from reader.core.text import INVISIBLES, variant_pattern

from .reader_view import ReaderView

MAX_MATCHES = 20000


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view: ReaderView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.doc: Document | None = None
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in article (diacritics and letter forms ignored)"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("Previous"))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next"))
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Close"))
        for widget in (self.edit, self.count, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()

    def set_document(self, doc: Document | None) -> None:
        self.doc = doc
        if self.isVisible() and self.edit.text():
            self.search(self.edit.text())
        else:
            self.matches, self.current = [], -1

    def open_bar(self) -> None:
        self.show()
        selected = self.view.selected_range()
        if selected and self.doc is not None and selected[1] - selected[0] < 80:
            self.edit.setText(self.doc.text[selected[0]:selected[1]])
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.matches, self.current = [], -1
        self.view.set_find_matches([])
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def search(self, query: str) -> list[tuple[int, int]]:
        self.matches, self.current = [], -1
        if self.doc is not None and query.strip():
            try:
                pattern = variant_pattern(query)
            except ValueError:  # only spaces, diacritics or tatweel: nothing to look for
                pattern = None
            if pattern is not None:
                text = self.doc.text
                for m in pattern.finditer(text):
                    start, end = m.span()
                    while end > start and text[end - 1] in INVISIBLES:
                        end -= 1  # a trailing RLM or ZWNJ is not part of the word found
                    if end > start:
                        self.matches.append((start, end))
                        if len(self.matches) >= MAX_MATCHES:
                            break
        if self.matches:
            position = self.view.reading_position()
            self.current = next((i for i, (a, _b) in enumerate(self.matches) if a >= position), 0)
        self._show()
        return self.matches

    def next(self) -> None:
        if self.matches:
            self.current = (self.current + 1) % len(self.matches)
            self._show()

    def previous(self) -> None:
        if self.matches:
            self.current = (self.current - 1) % len(self.matches)
            self._show()

    def _show(self) -> None:
        self.view.set_find_matches(self.matches, self.current)
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                               .replace("%2", str(len(self.matches))))
