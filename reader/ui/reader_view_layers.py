"""The reader view's coloured layers: find matches, marks from other features (entities,
claims, vocabulary), and handing Qt only what is on screen.

A mixin of :class:`reader.ui.reader_view.ReaderView`, kept apart so that the view's file
stays about showing a document and the user's gestures. Ranges come in document offsets and
are placed through the view's :class:`DisplayText`, so they stay on the right characters
when diacritics or noise are hidden; they are kept in document offsets and placed again
whenever the display changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from .selection_layers import MARK_LAYERS, LayerRange

#: A mark: document start, end, the format to draw it with, and a key (e.g. a claim's).
Mark = tuple[int, int, QTextCharFormat, str]


class LayersMixin:
    """Needs ``self._layers``, ``self._display``, ``self._theme``, ``self._marks`` and
    ``self._find`` (the find matches in document offsets, and the current one)."""

    # --- find matches --------------------------------------------------------------------

    def set_find_matches(self, matches: list[tuple[int, int]], current: int = -1) -> None:
        """Show document ranges found by find-in-article; ``current`` is scrolled to."""
        self._find = (list(matches), current)
        self._apply_find()
        ranges = self._layers.ranges("find_current")
        if ranges:
            self._ensure_qt_range_visible(ranges[0].start, ranges[0].end)
        self.refresh_selections()

    def _apply_find(self) -> None:
        matches, current = self._find
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self._theme.find_back))
        cur = QTextCharFormat()
        cur.setBackground(QColor(self._theme.find_current_back))
        ranges = []
        current_range = []
        for i, (a, b) in enumerate(matches):
            qa, qb = self._display.qt_range(a, b)
            ranges.append(LayerRange(qa, qb, fmt))
            if i == current:
                current_range.append(LayerRange(qa, qb, cur))
        self._layers.set("find", ranges)
        self._layers.set("find_current", current_range)

    # --- marks from other features (claims, entities) ------------------------------------------

    def set_marks(self, layer: str, marks: list[Mark]) -> None:
        """Mark document ranges on ``layer`` (one of ``MARK_LAYERS``: "entities",
        "claims", "vocabulary"); [] clears it. Marks are drawn under the user's highlights
        and are cleared when another document is shown."""
        if layer not in MARK_LAYERS:
            raise ValueError(f"unknown mark layer {layer!r}; use one of {MARK_LAYERS}")
        self._marks[layer] = list(marks)
        self._apply_marks(layer)
        self.refresh_selections()

    def marks(self, layer: str) -> list[Mark]:
        return list(self._marks.get(layer, []))

    def _apply_marks(self, layer: str | None = None) -> None:
        layers = [layer] if layer else list(self._marks)
        qt_range = self._display.qt_range
        for name in layers:
            ranges = []
            for start, end, fmt, key in self._marks.get(name, []):
                qa, qb = qt_range(start, end)
                ranges.append(LayerRange(qa, qb, fmt, key))
            self._layers.set(name, ranges)

    # --- extra selections for what is on screen ----------------------------------------------

    def block_at_y(self, y: float):
        """The first block whose bottom is below ``y`` (document coordinates), found by
        walking from the one found last time, or from where it would be if all blocks were
        as tall, so that only blocks Qt has laid out are touched. (A hit test at the top of
        a long text just shown lays all of it out, 0.2 s for 1 MB, and answers with its
        end until that layout is done.)"""
        doc = self.document()
        layout = doc.documentLayout()
        count = doc.blockCount()
        hint = getattr(self, "_block_hint", 0)
        block = doc.findBlockByNumber(min(hint, count - 1))
        if not block.isValid():
            block = doc.firstBlock()
        if abs(layout.blockBoundingRect(block).top() - y) > 3 * max(1, self.viewport().height()):
            height = max(1.0, layout.documentSize().height())
            guess = int(count * min(1.0, max(0.0, y) / height))
            block = doc.findBlockByNumber(max(0, min(guess, count - 1)))
        while block.previous().isValid() and layout.blockBoundingRect(block).top() > y:
            block = block.previous()
        while block.next().isValid() and layout.blockBoundingRect(block).bottom() <= y:
            block = block.next()
        self._block_hint = block.blockNumber()
        return block

    def visible_qt_range(self) -> tuple[int, int]:
        """Qt positions of the blocks on screen."""
        doc = self.document()
        layout = doc.documentLayout()
        top = float(self.verticalScrollBar().value())
        bottom = top + self.viewport().height()
        block = self.block_at_y(top)
        if not block.isValid():
            return 0, 0
        a = block.position()
        # Walk down to the bottom of the screen; blockBoundingRect lays each block out if
        # Qt's lazy layout has not reached it yet (only the blocks on screen).
        end = block
        while block.isValid():
            end = block
            if layout.blockBoundingRect(block).bottom() >= bottom:
                break
            block = block.next()
        return a, end.position() + end.length()

    def refresh_selections(self) -> None:
        """Give Qt the extra selections of every layer that fall in the blocks on screen."""
        a, b = self.visible_qt_range()
        doc = self.document()
        selections = []
        for r in self._layers.visible(a, b):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(r.start)
            cursor.setPosition(r.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = r.format
            selections.append(sel)
        self.setExtraSelections(selections)
