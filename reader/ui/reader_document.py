"""Building the QTextDocument the reader view shows.

The article is right to left as a whole: the document's default text option and every
block are RightToLeft and aligned to the right edge (``AlignAbsolute``: in a right-to-left
paragraph a plain AlignRight would be mirrored to the left). Qt's bidi algorithm then orders
Latin names and digits inside the Arabic lines from the logical text; the text given to Qt
is never reshaped or reordered by us.

A fresh document is built for every change and handed to the view with ``setDocument``,
which lets Qt lay it out lazily (what is on screen first): the same path a bare
``setPlainText`` takes, so a 1 MB book opens as fast as in a bare QTextBrowser.

Two shapes of text cost Qt more than linear time, and are given to it differently (the
characters, and so every Qt position, stay as they are):

- very many lines: Qt's cost per block grows with the number of blocks (a million one-letter
  lines took 8 s). In a text of more than ``MANY_LINES`` lines, a line break only ends a
  block once the block holds ``MIN_BLOCK_CHARS`` characters; the other line breaks become
  LINE SEPARATORs, which break the line the same way inside one block.
- a very long word: wrapping at word boundaries "or anywhere" searches the whole word again
  for each line (60,000 letters: 0.3 s, 240,000: 6 s). A text with a word of more than
  ``LONG_WORD`` characters is wrapped anywhere, which is linear.
"""

from __future__ import annotations

import re

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
#: A text with more lines than this has its short lines joined into blocks (see above).
MANY_LINES = 20_000
#: In such a text, a line break ends a block once the block has this many characters.
MIN_BLOCK_CHARS = 400
#: A text with a word longer than this is wrapped anywhere (see above).
LONG_WORD = 2_000
LINE_SEPARATOR = "\u2028"
_LONG_WORD_RE = re.compile(r"\S{%d}" % (LONG_WORD + 1))
_SPACE_RE = re.compile(r"\s")


def has_long_words(text: str) -> bool:
    """Whether ``text`` has a run of more than LONG_WORD characters without white space.
    Such a run fills one of the windows of LONG_WORD // 2 characters laid end to end, so
    only a window without white space (found at its first space, a few characters in) is
    searched closely: 2 ms for 10 MB, where one regex over it all takes 0.1 s."""
    half = LONG_WORD // 2
    for at in range(0, len(text), half):
        if _SPACE_RE.search(text, at, at + half) is None and _LONG_WORD_RE.search(
                text, max(0, at - LONG_WORD), at + half + LONG_WORD):
            return True
    return False


def wrap_mode(long_words: bool) -> QTextOption.WrapMode:
    return (QTextOption.WrapMode.WrapAnywhere if long_words
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def text_option(long_words: bool = False) -> QTextOption:
    option = QTextOption(RIGHT)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(wrap_mode(long_words))
    return option


def qt_text(text: str) -> str:
    """``text`` as given to Qt: the same characters, short lines of a text with very many
    lines joined into blocks by LINE SEPARATORs (see above). Linear, and looped per block."""
    if text.count("\n") <= MANY_LINES:
        return text
    out = []
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos + MIN_BLOCK_CHARS - 1)
        if end < 0:
            end = n
        out.append(text[pos:end].replace("\n", LINE_SEPARATOR))
        out.append(text[end:end + 1])
        pos = end + 1
    return "".join(out)


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
    doc.setDefaultTextOption(text_option(has_long_words(display.text)))
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.setBlockFormat(block_format(settings))
    cursor.insertText(qt_text(display.text))  # new blocks take the block format above
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

