"""Texts whose shape costs Qt more than linear time open in bounded time: a million short
lines, one very long word (bench/bench_large.py has the figures)."""

from __future__ import annotations

from PySide6.QtGui import QTextOption

from reader.core.model import ImportedDocument
from reader.ui import reader_document
from reader.ui.reader_document import LINE_SEPARATOR, MIN_BLOCK_CHARS, qt_text


def _open(window, text: str):
    doc = window.session.store.import_document(ImportedDocument(text=text, title="x")).document
    window.open_document(doc.id)
    return doc


def test_very_many_short_lines_make_few_blocks(window):
    lines = [f"{i} {'قال الوزير' if i % 3 else ''}" for i in range(60_000)]
    text = "\n".join(lines) + "\n"
    doc = _open(window, text)
    view = window.reader
    qdoc = view.document()
    # Qt's cost per block grows with the number of blocks: far fewer blocks than lines
    assert qdoc.blockCount() <= len(text) // MIN_BLOCK_CHARS + 2
    # the same characters, the same positions: a line break inside a block is a line separator
    raw = qdoc.toRawText().replace("\u2029", "\n")  # (Qt's block separator)
    assert raw == qt_text(view.display.text)
    assert raw.replace(LINE_SEPARATOR, "\n") == doc.text
    start = doc.text.index("\n40000 ") + 1
    view.select_range(start, start + len("40000 قال الوزير"))
    assert view.textCursor().selectedText() == "40000 قال الوزير"
    assert view.selected_range() == (start, start + len("40000 قال الوزير"))


def test_an_article_keeps_one_block_per_line(window):
    text = "عنوان\n\nقال الوزير إن الاقتصاد ينمو.\nسطر قصير\n"
    _open(window, text)
    assert window.reader.document().blockCount() == text.count("\n") + 1
    assert qt_text(text) == text


def test_a_very_long_word_is_wrapped_anywhere(window):
    view = window.reader
    assert view.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    _open(window, "قال الوزير إن " + "ب" * (reader_document.LONG_WORD + 1) + " انتهى.\n")
    # wrapping "at word boundaries or anywhere" searches such a word again for each line
    assert view.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert view.document().defaultTextOption().wrapMode() == QTextOption.WrapMode.WrapAnywhere
    _open(window, "قال الوزير إن " + "ب" * reader_document.LONG_WORD + " انتهى.\n")
    assert view.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
