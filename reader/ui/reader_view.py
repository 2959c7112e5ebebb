"""The article view: a read-only QTextBrowser laid out right to left.

Why QTextBrowser (a read-only QTextEdit) and not QPlainTextEdit: the reader needs per-block
line height, right alignment, document margins and mixed formats (dimmed noise, invisible
markers), which QPlainTextEdit's simplified layout ignores; and a document built off-screen
and handed over with ``setDocument`` is laid out lazily, so even a 1 MB book opens at once.

The view knows nothing of the library: it shows a :class:`Document` with its annotations and
says what the user did (selected text, clicked a highlight, scrolled). Offsets in and out are
document offsets; :class:`DisplayText` converts them to what is shown.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.core.model import Annotation, Document

from .display_map import DisplayText, build_display
from .fonts import reader_font
from .reader_document import build_document
from .reader_view_layers import LayersMixin
from .reader_view_mouse import MouseMixin
from .selection_layers import MARK_LAYERS, LayerRange, SelectionLayers
from .themes import Theme, get_theme, reader_palette
from .view_settings import ViewSettings

POSITION_SAVE_DELAY_MS = 800
#: A range shown on request is centred unless it is this far (share of the height) inside.
CENTRE_BAND = 0.2


class ReaderView(MouseMixin, LayersMixin, QTextBrowser):
    #: The user clicked a highlight (its uuid), or clicked where there is none ("").
    annotationClicked = Signal(str)
    #: A mouse selection was completed (button released over a non-empty selection).
    selectionFinished = Signal()
    #: The active annotation changed (its uuid, "" for none).
    activeAnnotationChanged = Signal(str)
    #: The first character on screen, in document offsets (after scrolling settles).
    readingPositionChanged = Signal(int)
    #: The shown text was rebuilt (another document, or diacritics/noise/invisibles or the
    #: font changed); marks and highlights have been placed again already.
    displayChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # files dropped here go to the main window
        self.viewport().setAcceptDrops(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._doc: Document | None = None
        self._own_document = None
        self._display = DisplayText("", 0)
        self._annotations: list[Annotation] = []
        self._starts: list[int] = []
        self._active = ""
        self._layers = SelectionLayers()
        self._marks: dict[str, list] = {}  # layer -> marks in document offsets
        self._find: tuple[list[tuple[int, int]], int] = ([], -1)
        self._settings = ViewSettings()
        self._theme: Theme = get_theme("light")
        self._context_actions: list[QAction] = []
        self._press_pos: QPoint | None = None
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._position_timer.timeout.connect(self._emit_position)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.setPalette(reader_palette(self.palette(), self._theme))

    # --- what is shown -------------------------------------------------------------------

    @property
    def document_shown(self) -> Document | None:
        return self._doc

    @property
    def display(self) -> DisplayText:
        return self._display

    @property
    def settings(self) -> ViewSettings:
        return self._settings

    def show_document(self, doc: Document | None, annotations: list[Annotation] = (),
                      position: int = 0) -> None:
        """Show ``doc`` with its annotations, scrolled to ``position`` (a document offset)."""
        self._doc = doc
        self._active = ""
        self._layers.clear()
        self._marks.clear()  # marks and find matches belong to the document they were made for
        self._find = ([], -1)
        self._rebuild()
        self.set_annotations(list(annotations))
        if position > 0:
            self.scroll_to_offset(position)
        else:
            self.verticalScrollBar().setValue(0)
        self.displayChanged.emit()

    def set_view_settings(self, settings: ViewSettings) -> None:
        """Apply font, spacing, theme and display options, keeping the reading position."""
        if settings == self._settings:
            return
        position = self.reading_position() if self._doc else 0
        self._settings = settings
        self._theme = get_theme(settings.theme)
        self.setPalette(reader_palette(self.palette(), self._theme))
        if self._doc is None:
            return
        self._rebuild()
        self._apply_marks()
        self._apply_find()
        self._apply_highlights()
        if position:
            self.scroll_to_offset(position)
        self.refresh_selections()  # the rebuilt document has none yet, even at the top
        self.displayChanged.emit()

    def _rebuild(self) -> None:
        text = self._doc.text if self._doc else ""
        noise = self._doc.noise if self._doc else ()
        self._display = build_display(text, noise, self._settings.display_options())
        font = reader_font(self._settings.font_family or None, self._settings.point_size)
        old = self._own_document  # Qt deletes its own default document itself
        self.setExtraSelections([])
        doc = build_document(self._display, font, self._settings, self._theme, self)
        # (QTextEdit gives its document its own wrap mode: the same as the document's.)
        self.setWordWrapMode(doc.defaultTextOption().wrapMode())
        self.setDocument(doc)
        self._own_document = doc
        if old is not None:
            old.deleteLater()

    def set_marks_in_steps(self, layer: str, marks, every: int = 2000):
        """:meth:`set_marks` as a generator that yields every ``every`` marks (a book has a
        hundred thousand entities; each is placed through the display map): for filling
        a slice at a time on the GUI thread."""
        if layer not in MARK_LAYERS:
            raise ValueError(f"unknown mark layer {layer!r}; use one of {MARK_LAYERS}")
        marks = list(marks)
        display = self._display
        ranges = []
        for i, (start, end, fmt, key) in enumerate(marks):
            qa, qb = display.qt_range(start, end)
            ranges.append(LayerRange(qa, qb, fmt, key))
            if i % every == every - 1:
                yield
        if self._display is not display:  # the display changed meanwhile: place them again
            self.set_marks(layer, marks)
            return
        self._marks[layer] = marks
        self._layers.set(layer, ranges)
        self.refresh_selections()

    # --- annotations -----------------------------------------------------------------------

    def set_annotations(self, annotations: list[Annotation]) -> None:
        live = [a for a in annotations if not a.deleted and not a.orphan]
        live.sort(key=lambda a: (a.start, a.end))
        self._annotations = live
        self._starts = [a.start for a in live]
        if self._active and not any(a.uuid == self._active for a in live):
            self.set_active_annotation("")
        else:
            self._apply_highlights()

    def set_active_annotation(self, uuid: str) -> None:
        changed = uuid != self._active
        self._active = uuid
        self._apply_highlights()
        if changed:
            self.activeAnnotationChanged.emit(uuid)

    @property
    def active_annotation(self) -> str:
        return self._active

    def annotation_at(self, offset: int) -> Annotation | None:
        """The shortest live highlight containing the character at ``offset``."""
        hits = [a for a in self._annotations[: bisect_right(self._starts, offset)]
                if a.start <= offset < a.end]
        return min(hits, key=lambda a: a.end - a.start) if hits else None

    def _apply_highlights(self) -> None:
        ranges, active = [], []
        formats: dict[tuple[str, bool], QTextCharFormat] = {}  # 2,000 highlights, 10 formats
        spans = self._display.qt_ranges([(a.start, a.end) for a in self._annotations])
        for a, (start, end) in zip(self._annotations, spans):
            key = (a.color, bool(a.note))
            fmt = formats.get(key)
            if fmt is None:
                fmt = formats[key] = self._highlight_format(a)
            ranges.append(LayerRange(start, end, fmt, a.uuid))
            if a.uuid == self._active:
                active.append(LayerRange(start, end, self._active_format(a), a.uuid))
        self._layers.set("highlight", ranges)
        self._layers.set("active", active)
        self.refresh_selections()

    def _highlight_format(self, a: Annotation) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self._theme.highlight(a.color))
        if a.note:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(self._theme.text))
        return fmt

    def _active_format(self, a: Annotation) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self._theme.highlight(a.color).darker(125))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(self._theme.text))
        return fmt

    def highlight_ranges(self) -> list[LayerRange]:
        """Every highlight as Qt positions (also those off screen)."""
        return self._layers.ranges("highlight")

    # --- selection and position --------------------------------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in document offsets, or None."""
        selected = self.snapped_selection()  # whole clusters and ligatures, as drawn
        if selected is None:
            return None
        start, end = self._display.doc_range(*selected)
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        qa, qb = self._display.qt_range(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qa)
        cursor.setPosition(qb, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._ensure_qt_range_visible(qa, qb)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def selection_rect(self):
        """Viewport rectangle of the selection's end (where a toolbar can go)."""
        cursor = QTextCursor(self.textCursor())
        cursor.setPosition(cursor.selectionStart())
        return self.cursorRect(cursor)

    def offset_at(self, point: QPoint) -> int:
        """The document offset of the character under a viewport point."""
        qt = self.cursorForPosition(point).position()
        return self._display.doc_start(self._display.display_index(qt))

    def reading_position(self) -> int:
        """The document offset of the first line on screen.

        Found by walking the blocks from the one found last time to the first line whose
        bottom is below the top of the viewport: only blocks already laid out are touched.
        (``cursorForPosition`` lays out a whole long book first, 0.2 s for 1 MB, and before
        Qt's layout has finished it answers with the end of the text.)"""
        if self._doc is None:
            return 0
        layout = self.document().documentLayout()
        y = self.verticalScrollBar().value() + 4
        block = self.block_at_y(y)
        qt = block.position()
        lines = block.layout()
        top = layout.blockBoundingRect(block).top()
        if lines is not None:
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                if top + line.y() + line.height() > y:
                    qt = block.position() + line.textStart()
                    break
        return self._display.doc_start(self._display.display_index(qt))

    def scroll_to_offset(self, offset: int) -> None:
        qt = self._display.qt_position(self._display.to_display(offset))
        self._scroll_to_qt(qt)

    def _scroll_to_qt(self, qt: int, margin: int = 0) -> None:
        doc = self.document()
        block = doc.findBlock(qt)
        if not block.isValid():
            return
        rect = doc.documentLayout().blockBoundingRect(block)  # lays out up to here
        layout = block.layout()
        line = layout.lineForTextPosition(qt - block.position()) if layout else None
        y = rect.top() + (line.y() if line is not None and line.isValid() else 0.0)
        bar = self.verticalScrollBar()
        # Laying out up to the block grew the document, but QTextEdit widens the scroll
        # range only later: widen it now, or a jump into a long text just opened stops short.
        height = doc.documentLayout().documentSize().height()
        bar.setMaximum(max(bar.maximum(), int(height - self.viewport().height())))
        bar.setValue(int(max(0.0, y - margin)))
        self.refresh_selections()

    def _ensure_qt_range_visible(self, qa: int, qb: int) -> None:
        """Centre the range unless it is already well inside the view (setting the cursor
        has scrolled just enough to show it, at the very edge)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(qb)
        self.document().documentLayout().blockBoundingRect(cursor.block())  # lays out to here
        last = self.cursorRect(cursor)
        cursor.setPosition(qa)
        first = self.cursorRect(cursor)
        top, bottom = min(first.top(), last.top()), max(first.bottom(), last.bottom())
        height = self.viewport().height()
        if top < height * CENTRE_BAND or bottom > height * (1 - CENTRE_BAND):
            margin = (height - (bottom - top)) // 2 if bottom - top < height else height // 10
            self._scroll_to_qt(qa, margin=max(0, margin))

    def _on_scrolled(self, _value: int) -> None:
        self.refresh_selections()
        if self._doc is not None:
            self._position_timer.start()

    def cancel_position_report(self) -> None:
        """Forget a pending reading-position report (the window is closing)."""
        self._position_timer.stop()

    def _emit_position(self) -> None:
        if self._doc is not None:
            self.readingPositionChanged.emit(self.reading_position())

    # --- resizing ----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refresh_selections()
