"""Showing problems to the user: their errors clearly, bugs loudly.

A :class:`ReaderError` (bad file, locked library...) is shown in a message box that names
the file and the problem, and in the status bar; the window keeps running. Any other
exception reaching the event loop is a bug: :func:`install_excepthook` prints its traceback
to standard error and shows it in a dialog; it is never swallowed.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.core.errors import ReaderError



def describe_error(path: str | None, message: str) -> str:
    """One line: the file's name and what is wrong with it."""
    if not path:
        return message
    pattern = QCoreApplication.translate("Errors", "%1: %2")
    return pattern.replace("%1", Path(path).name).replace("%2", message)


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
    details = "\n".join(f"{path}: {message}" for path, message in errors)
    return show_message(parent, QCoreApplication.translate("Errors", "Import"), text, details)


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
        QCoreApplication.translate(
            "Errors",
            "Something went wrong inside the reader (a bug). Your library is saved; you can "
            "keep working. Please report the details below.",
        ),
        text,
        QMessageBox.Icon.Critical,
    )


def install_excepthook() -> None:
    """Show bugs that reach the event loop instead of losing them (not used under tests,
    where pytest-qt turns them into failures)."""
    sys.excepthook = _excepthook
