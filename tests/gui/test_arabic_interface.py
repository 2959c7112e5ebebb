"""The Arabic interface all through (issue 8, item 6): shortcuts read left to right, Qt's own
dialogs speak Arabic, and the core's English error messages are shown in Arabic."""

from __future__ import annotations

import re

import pytest
from layout_helpers import visual_order
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reader.ui.dialogs import file_dialog_options, qt_strings
from reader.ui.error_text import translated_error
from reader.ui.shortcut_style import ShortcutStyle, menu_item_text

ARABIC = re.compile("[\u0600-\u06FF]")


@pytest.fixture
def arabic(make_window):
    window = make_window(lang="ar")
    window.open_sample()
    return window


def test_menu_shortcuts_read_left_to_right_in_arabic(arabic):
    assert isinstance(QApplication.style(), ShortcutStyle)
    for action in (arabic.actions.zoom_in, arabic.actions.zoom_out, arabic.actions.add_note):
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        drawn = menu_item_text(f"{action.text()}\t{shortcut}").split("\t")[1]
        assert visual_order(drawn) == shortcut  # "Ctrl++", never "++Ctrl"
    assert visual_order("Ctrl++") == "++Ctrl"  # what the bare text gave in a right-to-left menu


def test_qt_dialogs_speak_arabic(arabic):
    assert QLocale().language() == QLocale.Language.Arabic
    dialog = QFileDialog(arabic, "import")
    dialog.setOptions(file_dialog_options())
    # the desktop here does not speak Arabic: Qt's own dialog, which does
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    for label in QFileDialog.DialogLabel:
        assert ARABIC.search(dialog.labelText(label)), label
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "x",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, arabic)
    assert all(ARABIC.search(b.text()) for b in box.buttons())
    assert all(ARABIC.search(text) for text in qt_strings())  # what qtbase_ar.qm lacks
    dialog.deleteLater()
    box.deleteLater()


def test_import_errors_are_shown_in_arabic(qtbot, arabic, tmp_path):
    pdf = tmp_path / "تقرير.txt"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    missing = tmp_path / "missing.txt"
    with qtbot.waitSignal(arabic.imports.finished, timeout=20000) as done:
        arabic.import_files([str(pdf), str(missing)])
    assert len(done.args[0].errors) == 2
    box = arabic.imports.last_error_box
    text, details = box.text(), box.detailedText()
    assert "الملف ليس نصًا (يبدو أنه مستند PDF)" in text and "تقرير.txt" in text
    assert "الملف غير موجود" in text and "missing.txt" in text
    assert "الملف ليس نصًا" in details and "the file" not in details
    box.close()


def test_core_messages_stay_english_in_the_english_interface(make_window):
    make_window(lang="en")
    message = "the file is not text (it looks like a PDF document)"
    assert translated_error(message) == message


def test_core_messages_in_arabic(arabic):
    assert translated_error("/x/a.docx: the file is damaged or not a complete DOCX archive; "
                            "save or download it again") == \
        "/x/a.docx: الملف تالف أو ليس أرشيف \u2068DOCX\u2069 كاملًا؛ احفظه أو نزّله من جديد"
    assert translated_error("the file cannot be read (Permission denied)") == "لا يمكن قراءة الملف (الإذن مرفوض)"
    unknown = "a message the core will add one day"
    assert translated_error(unknown) == unknown
