"""The current segment: its source (right to left) beside the target editor, and its note.

The target editor's direction follows the target language. Its own undo is off: Ctrl+Z goes
to the translation window's undo stack, which holds the typing (saved as it is typed) with
every other change, so one undo history covers everything the translator did.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.translation.memory import word_diff
from reader.core.translation.model import Segment, is_rtl

from .labels import status_label


def _alignment(rtl: bool) -> Qt.AlignmentFlag:
    return (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute


def _direction(widget, document, rtl: bool) -> None:
    """Lay out ``widget``'s text right to left (or left to right), whatever the interface's
    direction: the default for new text and every block already there."""
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option = document.defaultTextOption()
    option.setTextDirection(direction)
    option.setAlignment(_alignment(rtl))
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    widget.setLayoutDirection(direction)
    widget.viewport().setLayoutDirection(direction)
    _blocks(document, rtl)


def _blocks(document, rtl: bool) -> None:
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setAlignment(_alignment(rtl))
    block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    cursor.mergeBlockFormat(block)


class TargetEdit(QPlainTextEdit):
    """A plain-text editor whose Undo/Redo keys reach the window's actions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setObjectName("targetEditor")

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        return super().event(event)


class SegmentEditor(QWidget):
    #: The target text as typed.
    targetTyped = Signal(str)
    #: The note, when the translator leaves the field.
    noteEdited = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.segment: Segment | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("segmentHeading")
        self.changed = QLabel(self)
        self.changed.setObjectName("sourceChanged")
        self.changed.setWordWrap(True)
        self.changed.setTextFormat(Qt.TextFormat.RichText)
        self.changed.hide()
        self.source = QTextBrowser(self)
        self.source.setObjectName("sourceView")
        self.source.setOpenLinks(False)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        _direction(self.source, self.source.document(), True)
        self.target = TargetEdit(self)
        self.target.setPlaceholderText(self.tr("Type the translation here. Ctrl+Enter confirms it "
                                               "and moves to the next untranslated segment."))
        self.note = QLineEdit(self)
        self.note.setObjectName("segmentNote")
        self.note.setPlaceholderText(self.tr("Translator's note for this segment"))
        self.note.setClearButtonEnabled(True)
        pair = QSplitter(Qt.Orientation.Horizontal, self)
        pair.setObjectName("sourceTargetSplitter")
        pair.addWidget(self.source)
        pair.addWidget(self.target)
        pair.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.changed)
        layout.addWidget(pair, 1)
        layout.addWidget(self.note)
        self._loading = False
        self._target_rtl = False
        self.target.textChanged.connect(self._typed)
        self.note.editingFinished.connect(self._note_done)

    def set_target_language(self, lang: str) -> None:
        # Laying out the text again is no typing: the text shown may be a segment's old
        # target while the window reloads what another program (a desk sync) changed.
        self._loading = True
        try:
            self._target_rtl = is_rtl(lang)
            _direction(self.target, self.target.document(), self._target_rtl)
        finally:
            self._loading = False

    def show_segment(self, seg: Segment | None, number: int, total: int, typed: str | None = None) -> None:
        self._loading = True
        try:
            same = seg is not None and self.segment is not None and seg.uuid == self.segment.uuid
            self.segment = seg
            self.setEnabled(seg is not None)
            if seg is None:
                self.heading.setText(self.tr("No segment"))
                self.source.clear()
                self.target.setPlainText("")
                self.note.setText("")
                self.changed.hide()
                return
            self.heading.setText(self.tr("Segment %1 of %2 · %3").replace("%1", str(number))
                                 .replace("%2", str(total)).replace("%3", status_label(seg.status)))
            self.source.setPlainText(seg.source)
            _blocks(self.source.document(), True)
            text = seg.target if typed is None else typed
            if self.target.toPlainText() != text:
                self.target.setPlainText(text)
                _blocks(self.target.document(), self._target_rtl)
                self.target.moveCursor(QTextCursor.MoveOperation.End)
            elif not same:
                self.target.moveCursor(QTextCursor.MoveOperation.End)
            self.note.setText(seg.note)
            self._show_change(seg)
        finally:
            self._loading = False

    def _show_change(self, seg: Segment) -> None:
        if not seg.needs_review:
            self.changed.hide()
            return
        parts = []
        for op, text in word_diff(seg.source, seg.previous_source or seg.source):
            if op == "equal":
                parts.append(escape(text))
            elif op == "delete":
                parts.append(f'<s style="color:#b91c1c">{escape(text)}</s>')
            else:
                parts.append(f'<u style="color:#15803d">{escape(text)}</u>')
        self.changed.setText(
            "<b>" + escape(self.tr("The source changed in a revised article; check the "
                                   "translation (was → now):")) + f'</b><p dir="rtl">{" ".join(parts)}</p>')
        self.changed.show()

    def refresh(self, seg: Segment, number: int, total: int) -> None:
        """The same segment changed in the library (undo, another program): show it, keeping
        the cursor when the target is the same."""
        self.show_segment(seg, number, total)

    def _typed(self) -> None:
        if not self._loading and self.segment is not None:
            self.targetTyped.emit(self.target.toPlainText())

    def _note_done(self) -> None:
        if self.segment is not None and self.note.text().strip() != self.segment.note:
            self.noteEdited.emit(self.note.text().strip())

    def source_cursor(self) -> int | None:
        """The position of the cursor (or the start of the selection) in the source, or None."""
        cursor = self.source.textCursor()
        return cursor.selectionStart() if cursor.position() or cursor.hasSelection() else None

    def selected_source(self) -> str:
        return self.source.textCursor().selectedText().strip()

    def selected_target(self) -> str:
        return self.target.textCursor().selectedText().strip()

    def insert_in_target(self, text: str, replace: bool = False) -> None:
        if replace:
            self.target.selectAll()
        self.target.insertPlainText(text)
        self.target.setFocus()
