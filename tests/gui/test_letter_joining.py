"""Highlights must not break Arabic letter joining, also when they start or end mid-word.

Compared at the level of glyphs: a word laid out with a highlight format over part of it
must produce the same glyphs, at the same positions, as the word laid out without it (a
broken join would turn a medial form into an initial or final one: another glyph index).
The negative control shows the comparison notices a broken join. Then the same is checked
on the reader view itself, down to the pixels.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextLayout, QTextOption

from reader.ui.fonts import reader_font
from reader.ui.themes import get_theme

WORDS = [
    # (word, highlight start, highlight end) — starts and ends inside the word
    ("بالتفرغ", 2, 5),
    ("المستخدمين", 3, 7),
    ("القروض", 2, 6),
    ("الائتمان", 0, 4),
    ("وتكنولوجيا", 5, 10),
]


def _layout(text: str, font, formats=()) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.setFormats(list(formats))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10000)
    layout.endLayout()
    return layout


def _glyphs(layout: QTextLayout, start: int = -1, length: int = -1):
    """(x, glyph index, font) of every glyph, in visual order."""
    out = []
    for run in layout.glyphRuns(start, length):
        family = run.rawFont().familyName()
        for index, pos in zip(run.glyphIndexes(), run.positions()):
            out.append((round(pos.x(), 2), index, family))
    return sorted(out)


def _range(start: int, end: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, end - start, fmt
    return r


def _highlight_format(note: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#fff176"))
    if note:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    return fmt


@pytest.mark.parametrize("word,start,end", WORDS)
@pytest.mark.parametrize("note", [False, True])
def test_mid_word_highlight_keeps_the_glyphs(qapp, word, start, end, note):
    font = reader_font()
    plain = _layout(word, font)
    highlighted = _layout(word, font, [_range(start, end, _highlight_format(note))])
    assert _glyphs(highlighted) == _glyphs(plain)
    # the glyphs painted for the highlighted letters are the joined forms
    assert _glyphs(highlighted, start, end - start) == _glyphs(plain, start, end - start)


@pytest.mark.parametrize("word,start,end", WORDS[:3])
def test_the_comparison_notices_a_broken_join(qapp, word, start, end):
    """Laying the highlighted part out on its own (what breaks joining in some tools)
    gives other glyphs: the check above would fail for such an implementation."""
    font = reader_font()
    joined = [g for _x, g, _f in _glyphs(_layout(word, font))]
    pieces = [word[:start], word[start:end], word[end:]]
    split = [g for piece in pieces if piece for _x, g, _f in _glyphs(_layout(piece, font))]
    assert sorted(joined) != sorted(split)


def _ink(image: QImage, rect) -> list[bool]:
    """The letters' pixels inside ``rect``, on white or on the yellow highlight: both have
    a full red channel, so a glyph's anti-aliased pixels have the same red value on either."""
    out = []
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            out.append(QColor(image.pixel(x, y)).red() < 128)
    return out


def test_reader_view_highlight_keeps_joining_glyphs_and_pixels(qtbot, window):
    view = window.reader
    assert view.document().defaultFont().families()[0] == "Noto Naskh Arabic"
    assert get_theme(view.settings.theme).highlight("yellow").red() == 255  # see _ink
    doc = window.current_document()
    vocabulary = getattr(window, "vocabulary", None)
    if vocabulary is not None:  # the glossary's underlines (they come from a worker, maybe
        vocabulary.underline = False  # between the two pictures) are not the word's ink
        view.set_marks("vocabulary", [])
    word_start = doc.text.index("القروض")
    start, end = word_start + 2, word_start + 6 - 1  # "قرو": starts and ends mid-word
    view.scroll_to_offset(word_start)
    qa, qb = view.display.qt_range(start, end)
    block = view.document().findBlock(qa)
    layout = block.layout()
    local = qa - block.position()
    before_glyphs = _glyphs(layout)
    word_rect = _word_rect(view, word_start, word_start + len("القروض"))
    before = view.viewport().grab().toImage()

    window.session.annotations.add(doc.id, start, end, color="yellow")
    highlight = [r for r in view.highlight_ranges()][0]
    assert (highlight.start, highlight.end) == (qa, qb)
    # What Qt paints: the block's shaped glyphs with the highlight's format as a selection.
    fresh = _layout(block.text(), view.document().defaultFont(),
                    [_range(local, local + (qb - qa), highlight.format)])
    plain = _layout(block.text(), view.document().defaultFont())
    assert _glyphs(fresh) == _glyphs(plain)
    assert _glyphs(fresh, local, qb - qa) == _glyphs(plain, local, qb - qa)
    assert _glyphs(block.layout()) == before_glyphs  # the document itself is unchanged

    after = view.viewport().grab().toImage()
    if os.environ.get("READER_TEST_SHOTS"):
        before.copy(word_rect.adjusted(-60, -10, 60, 10)).scaled(word_rect.width() * 4 + 480, word_rect.height() * 4 + 80).save(os.environ["READER_TEST_SHOTS"] + "/joining_before.png")
        after.copy(word_rect.adjusted(-60, -10, 60, 10)).scaled(word_rect.width() * 4 + 480, word_rect.height() * 4 + 80).save(os.environ["READER_TEST_SHOTS"] + "/joining_after.png")
    assert before.size() == after.size()
    ink_before, ink_after = _ink(before, word_rect), _ink(after, word_rect)
    assert sum(ink_before) > 50  # the word is there
    changed = sum(a != b for a, b in zip(ink_before, ink_after))
    assert changed <= 0.01 * sum(ink_before)
    # and the highlight is really painted there
    colours = {QColor(after.pixel(x, word_rect.center().y())).name()
               for x in range(word_rect.left(), word_rect.right())}
    assert any(QColor(c).lightness() > 150 and QColor(c).saturation() > 60 for c in colours)


def _word_rect(view, start: int, end: int):
    qa, qb = view.display.qt_range(start, end)
    cursor = view.textCursor()
    cursor.setPosition(qa)
    first = view.cursorRect(cursor)
    cursor.setPosition(qb)
    last = view.cursorRect(cursor)
    left, right = min(first.left(), last.left()), max(first.right(), last.right())
    top = min(first.top(), last.top())
    bottom = max(first.bottom(), last.bottom())
    from PySide6.QtCore import QRect

    return QRect(QPoint(left + 1, top), QPoint(right - 1, bottom))
