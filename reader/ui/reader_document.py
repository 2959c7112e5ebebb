"""Building the QTextDocument the reader view shows.

The article is right to left as a whole: the document's default text option and every
block are RightToLeft and aligned to the right edge (``AlignAbsolute``: in a right-to-left
paragraph a plain AlignRight would be mirrored to the left). Qt's bidi algorithm then orders
Latin names and digits inside the Arabic lines from the logical text; the text given to Qt
is never reshaped or reordered by us.

A fresh document is built for every change and handed to the view with ``setDocument``,
which lets Qt lay it out lazily (what is on screen first): the same path a bare
``setPlainText`` takes, so a 1 MB book opens as fast as in a bare QTextBrowser.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from .display_map import DisplayText
from .themes import Theme
from .view_settings import ViewSettings

DOCUMENT_MARGIN = 28
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


def text_option() -> QTextOption:
    option = QTextOption(RIGHT)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def block_format(settings: ViewSettings) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    fmt.setAlignment(RIGHT)
    fmt.setLineHeight(
        float(settings.line_spacing), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    return fmt


def build_document(
    display: DisplayText,
    font: QFont,
    settings: ViewSettings,
    theme: Theme,
    parent: QObject | None = None,
) -> QTextDocument:
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)  # the article is read-only; an undo copy would double memory
    doc.setDefaultFont(font)
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setDefaultTextOption(text_option())
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.setBlockFormat(block_format(settings))
    cursor.insertText(display.text)  # new blocks take the block format above
    _format_ranges(cursor, display, display.dimmed, _dimmed_format(theme))
    if display.markers:
        marker = _marker_format(font, theme)
        _format_ranges(cursor, display, [(a, b) for a, b, _ in display.markers], marker)
    cursor.endEditBlock()
    return doc


def _format_ranges(cursor: QTextCursor, display: DisplayText, spans, fmt: QTextCharFormat):
    for a, b in spans:
        cursor.setPosition(display.qt_position(a))
        cursor.setPosition(display.qt_position(b), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def _dimmed_format(theme: Theme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(theme.dimmed))
    fmt.setProperty(QTextCharFormat.Property.UserProperty, "noise")
    return fmt


def _marker_format(font: QFont, theme: Theme) -> QTextCharFormat:
    fmt = QTextCharFormat()
    small = QFont("DejaVu Sans")
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.55))
    small.setBold(True)
    fmt.setFont(small)
    fmt.setForeground(QColor(theme.marker_text))
    fmt.setBackground(QColor(theme.marker_back))
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    fmt.setProperty(QTextCharFormat.Property.UserProperty, "invisible")
    return fmt

