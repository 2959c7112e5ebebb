"""Selections follow what the reader sees: whole letters with their marks, whole lam-alef
ligatures, and words without the punctuation around them (issue 8, item 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.model import ImportedDocument
from reader.ui.selection_snap import snap_range, word_at

TEXT = ("أكبر تطبيق للدفع في البلاد، «الصين» وَالْعَالَمِ؟ ثم Alipay؛ وبالبنك.\n\n"
        "قال المتحدث: لا تعليق.")


@pytest.fixture
def view(window):
    doc = window.session.store.import_document(ImportedDocument(text=TEXT, title="t")).document
    window.open_document(doc.id)
    return window.reader


def _caret(view, index: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.display.qt_position(index))
    return view.cursorRect(cursor).center()


def _drag(view, a: QPoint, b: QPoint) -> None:
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(port, b)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_drag_ending_inside_lam_alef_stores_the_whole_ligature(qtbot, window, view):
    word = TEXT.index("البلاد")
    inside = word + len("البل")  # between the lam and the alef: one glyph on screen
    _drag(view, _caret(view, word), _caret(view, inside))
    start, end = view.selected_range()
    assert TEXT[start:end] == "البلا"
    cursor = view.textCursor()  # the selection drawn is the one stored
    assert view.display.doc_range_from_qt(cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
    window.actions.highlight["yellow"].trigger()
    stored = window.session.annotations.annotations(window.current_document().id)
    assert [a.quote for a in stored] == ["البلا"]


def test_selection_starting_inside_lam_alef_takes_the_lam(view):
    a = TEXT.index("لا تعليق") + 1  # after the lam
    view.select_range(a, a + 6)
    start, end = view.selected_range()
    assert TEXT[start:end].startswith("لا ") and start == a - 1


def test_double_click_selects_the_word_without_arabic_punctuation(qtbot, view):
    port = view.viewport()
    for word in ("البلاد", "الصين", "وَالْعَالَمِ", "Alipay", "وبالبنك"):
        k = TEXT.index(word)
        QTest.mouseDClick(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          _caret(view, k + 2))
        start, end = view.selected_range()
        assert TEXT[start:end] == word
        view.clear_selection()
        qtbot.wait(QApplication.doubleClickInterval() + 20)  # not a triple click


def test_drag_after_a_double_click_extends_by_whole_words(qtbot, view):
    port = view.viewport()
    first = TEXT.index("للدفع")
    last = TEXT.index("البلاد")
    press = _caret(view, first + 2)
    QTest.mouseDClick(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    target = _caret(view, last + 2)
    QTest.mouseMove(port, target)
    # QTest.mouseMove sends no buttons: send a move with the left button held
    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(target), QPointF(port.mapToGlobal(target)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(port, move)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    start, end = view.selected_range()
    assert TEXT[start:end] == "للدفع في البلاد"


@pytest.mark.parametrize("text, start, end, expected", [
    ("البلاد", 0, 4, "البلا"),  # lam | alef
    ("قال لَا أحد", 4, 5, "لَا"),  # a diacritic between the lam and the alef
    ("قال لأن", 5, 7, "لأن"),  # starting on the hamza-alef pulls the lam in
    ("مُحَمَّد", 0, 3, "مُحَ"),  # not between a letter and its marks
    ("ردّ", 0, 2, "ردّ"),  # the shadda belongs to its letter
    ("كلمة", 1, 1, ""),  # an empty selection stays empty
])
def test_snap_range(text, start, end, expected):
    a, b = snap_range(text, start, end)
    assert text[a:b] == expected


def test_word_at_keeps_clitics_and_marks_and_drops_punctuation():
    text = "قال: «وبالبنكِ»، ثم."
    k = text.index("وبالبنكِ")
    assert word_at(text, k + 3) == (k, k + len("وبالبنكِ"))
    assert word_at(text, text.index("«")) is None
    assert word_at(text, k + len("وبالبنكِ")) == (k, k + len("وبالبنكِ"))  # just after it
