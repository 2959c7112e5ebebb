"""Where Qt draws the characters of a line: to test bidi order by what is on screen."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption


def glyph_x(text: str, direction=Qt.LayoutDirection.RightToLeft) -> dict[int, float]:
    """String index -> x of its glyph, for ``text`` laid out in one line."""
    layout = QTextLayout(text, QFont("DejaVu Sans", 12))
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    flags = (QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
             | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
             | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes)
    x: dict[int, float] = {}
    for run in line.glyphRuns(-1, -1, flags):
        for index, position in zip(run.stringIndexes(), run.positions()):
            x.setdefault(index, position.x())
    return x


def visual_order(text: str, direction=Qt.LayoutDirection.RightToLeft) -> str:
    """The visible characters of ``text`` from left to right as drawn (bidi controls,
    which Qt gives an empty glyph, left out)."""
    x = glyph_x(text, direction)
    shown = [i for i in x if unicodedata.category(text[i]) != "Cf"]
    return "".join(text[i] for i in sorted(shown, key=lambda i: (x[i], i)))
