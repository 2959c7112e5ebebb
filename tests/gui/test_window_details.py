"""Small defects found by using the window (issue 8, item 6): hidden noise takes no room,
tags read "#finance" in a right-to-left line, a range asked for is centred in the view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from layout_helpers import glyph_x
from PySide6.QtGui import QTextCursor

from reader.core.model import ImportedDocument, NoiseSpan
from reader.ui.annotation_list_model import item_text
from reader.ui.bidi_text import tag_line
from reader.ui.display_map import DisplayOptions, build_display


def test_hidden_noise_takes_no_vertical_space(window):
    doc = window.current_document()  # the sample: three noise lines between title and body
    assert len(doc.noise) >= 3
    window.actions.hide_noise.trigger()
    shown = window.reader.display.text
    assert "\n\n\n" not in shown  # never two empty lines in a row
    title_end = shown.index("\n")
    assert shown[title_end:title_end + 3] == "\n\n " and shown[title_end + 3:].lstrip().startswith("•")
    # the gap under the title is one empty line, as between any two paragraphs
    qdoc = window.reader.document()
    layout = qdoc.documentLayout()

    def gap_around(empty: int) -> float:
        above, below = qdoc.findBlockByNumber(empty - 1), qdoc.findBlockByNumber(empty + 1)
        return layout.blockBoundingRect(below).top() - layout.blockBoundingRect(above).bottom()

    later = next(i for i in range(4, qdoc.blockCount() - 1)
                 if not qdoc.findBlockByNumber(i).text() and qdoc.findBlockByNumber(i - 1).text()
                 and qdoc.findBlockByNumber(i + 1).text())
    assert gap_around(1) <= gap_around(later) + 1


def test_hidden_noise_lines_take_their_blank_lines_with_them():
    text = "عنوان\n\nصورة: ملف\n\nصورة: ملف\n\nالنص.\nسطر\nموصى به\n\nآخر"
    noise = tuple(NoiseSpan(m, m + len("صورة: ملف"), "image caption")
                  for m in (text.index("صورة"), text.rindex("صورة")))
    noise += (NoiseSpan(text.index("موصى"), text.index("موصى") + 7, "recommended"),)
    for collapse in (True, False):
        shown = build_display(text, noise, DisplayOptions(noise="hide", collapse_blank_lines=collapse))
        assert shown.text == "عنوان\n\nالنص.\nسطر\n\nآخر"
        # offsets still map back to the stored text
        k = shown.text.index("النص")
        assert text[shown.doc_start(k):shown.doc_start(k) + 4] == "النص"


def test_tags_read_hash_first_in_a_right_to_left_line(qapp):
    line = "ملاحظة مهمة  " + tag_line(["finance", "term"])
    x = glyph_x(line)
    for tag in ("finance", "term"):  # each "#" just left of its word (it was right of it)
        word = line.index(tag)
        assert x[word - 1] < x[word] < x[word - 1] + 20


def test_annotation_list_and_tooltip_isolate_tags(window):
    doc = window.current_document()
    start = doc.text.index("احتكار")
    a = window.session.annotations.add(doc.id, start, start + 6, note="ملاحظة", tags=("finance", "term"))
    text, _rtl = item_text(a)
    assert tag_line(["finance", "term"]) in text
    model = window.annotations_panel.list.model()
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tag_line(["finance", "term"]) in tooltip


def test_a_range_asked_for_is_centred_in_the_view(qtbot, window):
    body = "\n\n".join(f"فقرة رقم {i} عن الاقتصاد والأسواق والمصارف في المنطقة." for i in range(120))
    text = body + "\n\nوقال المحافظ إن التضخم مرتفع.\n\n" + body
    doc = window.session.store.import_document(ImportedDocument(text=text, title="طويل")).document
    window.open_document(doc.id)
    view = window.reader
    for word in ("المحافظ", "فقرة رقم 30 "):
        start = text.index(word)
        view.select_range(start, start + len(word))
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.display.qt_position(start))
        rect = view.cursorRect(cursor)
        height = view.viewport().height()
        assert abs(rect.center().y() - height / 2) < height * 0.15, (word, rect, height)
