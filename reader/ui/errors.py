"""Showing problems to the user: their errors clearly, bugs loudly.

A :class:`ReaderError` (bad file, locked library...) is shown in a message box that names
the file and the problem in the interface's language (:mod:`.error_text`), and in the
status bar; the window keeps running. Any other exception reaching the event loop is a bug:
:func:`install_excepthook` prints its traceback to standard error and shows a dialog that
names the file it concerns and the cause, says whether the library is saved only when that
is known (:mod:`.library_state`), and has the traceback under "details"; it is never
swallowed. Code working on a file says so with :func:`about_file`.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.core.errors import ReaderError

from .bidi_text import FSI, LRM, PDI, RLM
from .error_text import translated_error
from .library_state import library_sentences

_CONTROLS = {ord(c): f"\\x{ord(c):02x}" for c in map(chr, range(32))}
_CONTROLS.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def file_label(path: str | Path, whole: bool = False) -> str:
    """A file's name (``whole``: its whole path) for one line of text: line breaks and
    control characters made visible, bytes that are not UTF-8 shown as \ufffd, and the
    whole isolated in its own direction (an Arabic name in an English sentence, a Latin
    one in an Arabic sentence)."""
    name = str(path) if whole else (Path(path).name or str(path))
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return FSI + name.translate(_CONTROLS) + PDI


def describe_error(path: str | None, message: str, whole_path: bool = False) -> str:
    """One line: the file's name (or whole path) and what is wrong with it, in the
    interface's language."""
    message = translated_error(message)
    if not path:
        return message
    pattern = QCoreApplication.translate("Errors", "%1: %2")
    # the line reads in the interface's direction, whatever script the file's name is in
    mark = RLM if QGuiApplication.isRightToLeft() else LRM
    return mark + pattern.replace("%1", file_label(path, whole_path)).replace("%2", message)


def show_message(
    parent: QWidget | None, title: str, text: str, details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A window-modal message box that does not block the event loop (``open``)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_reader_error(parent: QWidget | None, title: str, error: ReaderError) -> QMessageBox:
    return show_message(parent, title, describe_error(error.path, error.message), error.path or "")


def show_import_errors(parent: QWidget | None, errors: list[tuple[str, str]]) -> QMessageBox:
    """One box for all files that could not be imported, each named with its problem."""
    lines = [describe_error(path, message) for path, message in errors]
    if len(lines) == 1:
        text = QCoreApplication.translate("Errors", "Could not import a file.") + "\n\n" + lines[0]
    else:
        text = QCoreApplication.translate("Errors", "Could not import %1 files.")
        text = text.replace("%1", str(len(lines)))
        text += "\n\n" + "\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else "")
    details = "\n".join(f"{path}: {translated_error(message)}" for path, message in errors)
    return show_message(parent, QCoreApplication.translate("Errors", "Import"), text, details)


@contextmanager
def about_file(path):
    """Code inside works on ``path`` (a path, or a function giving it when needed): a bug
    escaping it is reported as about that file."""
    try:
        yield
    except Exception as exc:
        if not hasattr(exc, "reader_file"):
            name = path() if callable(path) else path
            if name:
                exc.reader_file = str(name)
        raise



def _file_of(exc: BaseException) -> str | None:
    """The file an exception concerns: its own (OSError, ReaderError), the one it was
    raised about (:func:`about_file`), or the library for a database error."""
    for candidate in (getattr(exc, "reader_file", None), getattr(exc, "filename", None),
                      getattr(exc, "path", None) if isinstance(exc, ReaderError) else None):
        if candidate:
            return str(candidate)
    if isinstance(exc, sqlite3.Error):
        from .library_state import watches

        for w in watches():
            return str(w.session.db_path)
    return None


_SQLITE_CAUSES = (
    ("not a database", QT_TRANSLATE_NOOP("Errors", "the library file is not a database (it may have been overwritten or damaged)")),
    ("malformed", QT_TRANSLATE_NOOP("Errors", "the library file is damaged")),
    ("locked", QT_TRANSLATE_NOOP("Errors", "the library is busy in another program")),
    ("busy", QT_TRANSLATE_NOOP("Errors", "the library is busy in another program")),
    ("readonly", QT_TRANSLATE_NOOP("Errors", "the library cannot be written (it is read-only)")),
    ("disk i/o", QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written")),
    ("unable to open", QT_TRANSLATE_NOOP("Errors", "the library file cannot be opened")),
    ("full", QT_TRANSLATE_NOOP("Errors", "the disk is full")),
)


def describe_cause(exc: BaseException) -> str:
    """What went wrong, in the interface's language where it is a known cause."""
    if isinstance(exc, ReaderError):
        return translated_error(exc.message)
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for needle, cause in _SQLITE_CAUSES:
            if needle in text:
                return QCoreApplication.translate("Errors", cause)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Errors", "the computer ran out of memory")
    if isinstance(exc, OSError) and exc.strerror:
        return translated_error(exc.strerror)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return QCoreApplication.translate("Errors", "a bug in the reader (%1)").replace("%1", detail)


def unexpected_error_text(exc: BaseException) -> str:
    """The dialog's text: the file and the cause, what is known of the library, and what to do."""
    path = _file_of(exc)
    cause = describe_cause(exc)
    if path:
        first = QCoreApplication.translate("Errors", "Something went wrong with “%1”: %2.")
        first = first.replace("%1", file_label(path)).replace("%2", cause)
    else:
        first = QCoreApplication.translate("Errors", "Something went wrong: %1.").replace("%1", cause)
    parts = [first, *library_sentences()]
    parts.append(QCoreApplication.translate("Errors", "You can keep working. Please report the details below."))
    return "\n\n".join(parts)


def _excepthook(exc_type, exc, tb) -> None:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(text)
    sys.stderr.flush()
    if QApplication.instance() is None:
        return
    parent = QApplication.activeWindow()
    show_message(
        parent,
        QCoreApplication.translate("Errors", "Unexpected error"),
        unexpected_error_text(exc),
        text,
        QMessageBox.Icon.Critical,
    )


def install_excepthook() -> None:
    """Show bugs that reach the event loop instead of losing them (not used under tests,
    where pytest-qt turns them into failures)."""
    sys.excepthook = _excepthook
