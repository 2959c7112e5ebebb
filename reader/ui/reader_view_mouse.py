"""The reader view's mouse: selecting, clicking highlights, the context menu and tooltips.

A mixin of :class:`reader.ui.reader_view.ReaderView`. Selections follow what the reader
sees (:mod:`.selection_snap`): when the button is released the selection is widened to
whole grapheme clusters and lam-alef ligatures, so the highlight on screen and the quote
stored are the same letters; a double click selects the word without the punctuation
around it, and dragging after a double click extends word by word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QToolTip

from .bidi_text import tag_line
from .selection_snap import snap_range, word_at


class MouseMixin:
    """Needs ``self._display`` (a DisplayText), ``annotation_at``, ``offset_at`` and the
    signals ``selectionFinished`` and ``annotationClicked``."""

    _press_pos: QPoint | None = None
    _word_anchor: tuple[int, int] | None = None  # display range of a double-clicked word
    _context_actions: list = []

    # --- selections in display indices ----------------------------------------------------

    def _display_selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        d = self._display
        return d.display_index(cursor.selectionStart()), d.display_index(cursor.selectionEnd())

    def snapped_selection(self) -> tuple[int, int] | None:
        """The selection in display indices, widened to what is drawn as one (clusters,
        ligatures)."""
        selected = self._display_selection()
        if selected is None:
            return None
        return snap_range(self._display.text, *selected)

    def _select_display(self, start: int, end: int, forward: bool = True) -> None:
        """Select display range start..end; the cursor ends at ``end`` when ``forward``."""
        d = self._display
        qa, qb = d.qt_position(start), d.qt_position(end)
        anchor, position = (qa, qb) if forward else (qb, qa)
        cursor = QTextCursor(self.document())
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _snap_visible_selection(self) -> None:
        """Make the selection on screen the one that will be stored."""
        cursor = self.textCursor()
        snapped = self.snapped_selection()
        if snapped is None or snapped == self._display_selection():
            return
        self._select_display(*snapped, forward=cursor.position() >= cursor.anchor())

    def _word_under(self, point: QPoint) -> tuple[int, int] | None:
        qt = self.cursorForPosition(point).position()
        index = self._display.display_index(qt)
        return word_at(self._display.text, index)

    # --- mouse events ---------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        self._press_pos = event.position().toPoint()
        self._word_anchor = None
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        super().mouseDoubleClickEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        word = self._word_under(event.position().toPoint())
        if word is not None:
            self._word_anchor = word
            self._select_display(*word)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._word_anchor is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        a, b = self._word_anchor
        word = self._word_under(event.position().toPoint()) or (a, b)
        if word[0] < a:
            self._select_display(word[0], b, forward=False)
        else:
            self._select_display(a, max(b, word[1]))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self._word_anchor = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            self._snap_visible_selection()
            self.selectionFinished.emit()
            return
        moved = self._press_pos is not None and (
            (event.position().toPoint() - self._press_pos).manhattanLength() > 4
        )
        if not moved:
            hit = self.annotation_at(self.offset_at(event.position().toPoint()))
            self.annotationClicked.emit(hit.uuid if hit else "")

    # --- context menu and tooltips --------------------------------------------------------

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """The actions added to the standard context menu (None is a separator)."""
        self._context_actions = list(actions)

    def add_context_actions(self, actions: list[QAction | None]) -> None:
        """Add actions after the ones already there (another feature's commands)."""
        self._context_actions = [*self._context_actions, None, *actions]

    def contextMenuEvent(self, event) -> None:
        if not self.textCursor().hasSelection():
            hit = self.annotation_at(self.offset_at(event.pos()))
            if hit is not None:
                self.annotationClicked.emit(hit.uuid)
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            menu.addSeparator()
            for action in self._context_actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.annotation_at(self.offset_at(event.pos()))
            if hit is not None and (hit.note or hit.tags):
                text = "\n".join(filter(None, [hit.note, tag_line(hit.tags)]))
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
