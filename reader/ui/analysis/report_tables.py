"""Table columns of the printed report sized by their content, as a browser does.

Qt's rich text gives a table's columns their minimum (the longest word) and then shares
what is left out evenly, so in the claims table the column of long claims got the same
width as the column of "Kind" chips and every claim ran down the page a word per line.
Here each column's natural widths are measured (narrowest: its longest word; widest: its
longest line unbroken) and the width of the page is shared as CSS's automatic table layout
does: every column gets its narrowest, and the rest goes to the columns in proportion to
how much wider their text would like to be. The result is given to Qt as percentages.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextOption,
    QTextTable,
)


def column_widths(mins: list[float], maxs: list[float], available: float) -> list[float]:
    """Widths for columns with these narrowest and widest natural widths in ``available``."""
    low, high = sum(mins), sum(maxs)
    if high <= available:  # everything fits on one line: share the extra by width
        return [m + (available - high) * m / high for m in maxs] if high else list(maxs)
    if low >= available:  # too narrow even for the longest words
        return list(mins)
    flex = [b - a for a, b in zip(mins, maxs)]
    room = available - low
    return [a + room * f / sum(flex) for a, f in zip(mins, flex)]


class _Measure:
    """Natural widths of table cells, in the units of the document they come from."""

    def __init__(self, doc: QTextDocument):
        self.scratch = QTextDocument()
        self.scratch.setDefaultFont(doc.defaultFont())
        option = QTextOption(doc.defaultTextOption())
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
        self.scratch.setDefaultTextOption(option)
        self.scratch.setDocumentMargin(0)
        device = doc.documentLayout().paintDevice()
        if device is not None:
            self.scratch.documentLayout().setPaintDevice(device)

    def widths(self, table: QTextTable, row: int, column: int) -> tuple[float, float]:
        cell = table.cellAt(row, column)
        cursor = QTextCursor(cell.firstCursorPosition())
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        self.scratch.clear()
        QTextCursor(self.scratch).insertFragment(cursor.selection())
        self.scratch.setTextWidth(1)
        narrowest = self.scratch.idealWidth()
        self.scratch.setTextWidth(-1)
        return narrowest, self.scratch.idealWidth()


def _padding(table: QTextTable, column: int, scale: float) -> float:
    """What a cell of ``column`` adds around its text: padding, and half of each collapsed
    border."""
    fmt = table.cellAt(0, column).format().toTableCellFormat()
    sides = fmt.leftPadding() + fmt.rightPadding() + (fmt.leftBorder() + fmt.rightBorder()) / 2
    return sides * scale


def fit_tables(doc: QTextDocument, scale: float = 1.0) -> int:
    """Size the columns of every full-width table of ``doc`` (laid out for its page size
    and paint device; ``scale``: device pixels per CSS pixel). Returns how many."""
    measure = _Measure(doc)
    layout = doc.documentLayout()
    fitted = 0
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        fmt = frame.format()
        if fmt.width().type() != QTextLength.Type.PercentageLength:
            continue  # a small table keeps Qt's own (narrow) layout
        columns, rows = frame.columns(), frame.rows()
        pads = [_padding(frame, column, scale) for column in range(columns)]
        # the width Qt shares among the columns: what it gives them now (whatever the split)
        shared = sum(layout.blockBoundingRect(frame.cellAt(0, c).firstCursorPosition().block()).width()
                     for c in range(columns)) + sum(pads)
        mins, maxs = [0.0] * columns, [0.0] * columns
        for column in range(columns):
            for row in range(rows):
                low, high = measure.widths(frame, row, column)
                mins[column] = max(mins[column], low + pads[column])
                maxs[column] = max(maxs[column], high + pads[column])
        # a little slack: a column a pixel narrower than its longest word would break it
        mins = [m + 2 * scale for m in mins]
        maxs = [max(a, b) for a, b in zip(mins, maxs)]
        widths = column_widths(mins, maxs, shared * 0.99)
        total = sum(widths) or 1.0
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in widths])
        frame.setFormat(fmt)
        fitted += 1
    if fitted:
        # lay everything out again: incrementally, Qt left the heading between two re-formatted
        # tables empty (no lines), and it went missing from the page
        doc.markContentsDirty(0, doc.characterCount())
    return fitted
