"""Qt's standard dialogs in the interface's language.

Qt's own strings come from its Arabic catalogue, qtbase_ar.qm (:mod:`.i18n` loads it;
qt_ar.qm, the catalogue that includes it, does not load from PySide6-Essentials because it
also wants qtmultimedia_ar.qm, which is not shipped). Two labels of Qt 6's file dialog
("&Look in:" and "Files of &type:") gained a shortcut letter and lost their translation,
and the type "Folder" has none: they are given here, in Qt's own contexts, and the
reader's catalogue supplies them.

A native file dialog (GTK, the desktop portal) speaks the desktop's language, not the
reader's: when the two differ, Qt's own dialog is used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

def qt_strings() -> list[str]:
    """The Qt strings missing from qtbase_ar.qm that the reader's catalogue supplies, as
    Qt will show them (written out so that the translation tool finds them)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]


def native_dialogs_match() -> bool:
    """True when a native dialog would speak the interface's language (the default locale,
    set from it) as the desktop's (the system locale)."""
    interface, desktop = QLocale().language(), QLocale.system().language()
    english_desktop = desktop in (QLocale.Language.English, QLocale.Language.C)
    return interface == desktop or (interface == QLocale.Language.English and english_desktop)


def file_dialog_options() -> QFileDialog.Option:
    if native_dialogs_match():
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def open_file_names(parent: QWidget, title: str, folder: str, filters: str) -> list[str]:
    paths, _chosen = QFileDialog.getOpenFileNames(parent, title, folder, filters,
                                                  options=file_dialog_options())
    return paths


def save_file_name(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
    return QFileDialog.getSaveFileName(parent, title, start, filters, options=file_dialog_options())
