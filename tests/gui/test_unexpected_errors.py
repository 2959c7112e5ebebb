"""The "Unexpected error" dialog (issue 8, item 4): it names the file and the cause in the
interface's language, and says the library is saved only when that is true."""

from __future__ import annotations

import io
import sqlite3
import sys

import pytest

from reader.ui import errors
from reader.ui.errors import about_file


def _plain(text: str) -> str:
    """``text`` without the isolates around file names (they only steer the display)."""
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.fixture
def shown(monkeypatch):
    """What the error hook would show: (title, text, details) of each dialog."""
    boxes = []
    monkeypatch.setattr(errors, "show_message",
                        lambda parent, title, text, details="", icon=None:
                        boxes.append((title, _plain(text), details)))
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # the hook prints the traceback
    return boxes


def _raise_through_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException as caught:  # the hook gets what reaches the event loop
        errors._excepthook(type(caught), caught, caught.__traceback__)


def test_healthy_library_is_said_to_be_saved(window, shown):
    _raise_through_hook(ValueError("bad value"))
    (title, text, details), = shown
    assert title == "Unexpected error"
    assert "ValueError: bad value" in text and "Traceback" in details
    assert "library.sqlite3” is saved" in text


def test_an_unfinished_write_is_not_called_saved(window, shown):
    conn = window.session.store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        _raise_through_hook(RuntimeError("in the middle of a change"))
    finally:
        conn.execute("ROLLBACK")
    text = shown[0][1]
    assert "is saved" not in text
    assert "was being written and was not finished: it may not be saved" in text


def test_a_refused_write_is_said_until_a_later_one_succeeds(window, shown):
    window.session.saveFailed.emit("library.sqlite3: the disk is full; nothing was saved. Free some space")
    _raise_through_hook(KeyError("x"))
    assert "could not be saved (library.sqlite3: the disk is full" in shown[-1][1]
    assert "is saved" not in shown[-1][1]
    doc = window.current_document()
    window.session.annotations.add(doc.id, 0, 5)  # committed: the library is saved again
    _raise_through_hook(KeyError("x"))
    assert "is saved" in shown[-1][1]


def test_an_unreadable_library_is_not_known_to_be_saved(window, shown, monkeypatch):
    from reader.ui.library_state import watch

    closed = sqlite3.connect(":memory:")
    closed.close()
    monkeypatch.setattr(watch(window.session), "_connection", lambda: closed)
    _raise_through_hook(sqlite3.DatabaseError("file is not a database"))
    text = shown[0][1]
    assert "is saved" not in text and "is not known" in text
    # a database error names the library file and says what it means
    assert "“library.sqlite3”: the library file is not a database" in text


def test_the_file_being_worked_on_is_named(window, shown, tmp_path):
    target = tmp_path / "report\nsecond line.pdf"
    try:
        with about_file(target):
            raise TypeError("unsupported operand")
    except TypeError as exc:
        errors._excepthook(TypeError, exc, exc.__traceback__)
    text = shown[0][1]
    assert text.startswith("Something went wrong with “report\\nsecond line.pdf”: a bug in the reader")
    _raise_through_hook(PermissionError(13, "Permission denied", "/data/notes.jsonld"))
    assert shown[1][1].startswith("Something went wrong with “notes.jsonld”: Permission denied.")


def test_the_dialog_speaks_arabic(make_window, shown):
    window = make_window(lang="ar")
    window.open_sample()
    _raise_through_hook(PermissionError(13, "Permission denied", "/data/notes.jsonld"))
    title, text, _details = shown[0]
    assert title == "خطأ غير متوقع"
    assert text.startswith("حدث خطأ في «notes.jsonld»: الإذن مرفوض.")
    assert "مكتبتك «library.sqlite3» محفوظة" in text
