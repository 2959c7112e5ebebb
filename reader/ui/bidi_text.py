"""Arabic text in item views that follow the interface's direction (library, annotations).

Qt's item views lay every item out in the view's direction, so in the English interface an
Arabic quote that starts with a Latin name ("Alipay أكثر من مليار") came out left to right,
the words in the wrong order, and in the Arabic interface an English title would be right
to left. :class:`DirectionDelegate` gives each item the direction of its own first line,
and :func:`mark_direction` holds the other lines of an item (an English note under an
Arabic quote) between LEFT-TO-RIGHT MARKs so their final full stop stays at their end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from reader.core.text import arabic_ratio

RLM, LRM = "\u200f", "\u200e"
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
#: A model may give an item's direction under this role (else it is read from the text).
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 10


def is_rtl(text: str) -> bool:
    return arabic_ratio(text) >= 0.5


def mark_direction(text: str) -> str:
    """``text`` for an item: a mostly Arabic first line starts with an RLM, and the
    lines that are not mostly Arabic are held between LRMs (an item's lines are one
    paragraph for Qt's bidi algorithm)."""
    lines = text.split("\n")
    if not is_rtl(lines[0]):
        return text
    return "\n".join(RLM + line if is_rtl(line) else LRM + line + LRM for line in lines)


def tag_line(tags) -> str:
    """Tags as "#finance  #مالية", each isolated in its own direction (FSI ... PDI): in a
    right-to-left line a bare "#finance  #term" came out as "finance  #term#"."""
    return "  ".join(f"{FSI}#{t}{PDI}" for t in tags)


def ltr_isolate(text: str) -> str:
    """``text`` (a shortcut, a file name, a number) kept left to right wherever it is shown."""
    return f"{LRI}{text}{PDI}" if text else text


def alignment_for(text: str) -> Qt.AlignmentFlag:
    """Right for mostly Arabic text, left otherwise (absolute: not mirrored in Arabic)."""
    side = Qt.AlignmentFlag.AlignRight if is_rtl(text) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class DirectionDelegate(QStyledItemDelegate):
    """Lays each item out in its own text's direction, whatever the interface's direction:
    Qt's item views otherwise use the view's direction for every item."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE)
        if direction is None:
            first_line = option.text.replace("\u2028", "\n").split("\n", 1)[0]
            rtl = is_rtl(first_line)
            direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option.direction = direction
        option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
