"""The interface language: English (the source strings) or Arabic.

The language comes from, in order: the ``lang`` argument, the library's setting, the
system locale. Arabic loads the reader's own translation (resources/translations/
reader_ar.qm) and Qt's (qtbase_ar.qm, for standard dialogs and context menus), and mirrors
the whole window (``setLayoutDirection(RightToLeft)``). The article itself is right to left
in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from reader.core.resources import resource_path

SUPPORTED = ("en", "ar")


def choose_language(explicit: str | None = None, stored: str | None = None) -> str:
    for candidate in (explicit, stored):
        if candidate:
            code = candidate.strip().lower().replace("-", "_").split("_")[0]
            if code in SUPPORTED:
                return code
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def interface_locale(code: str) -> QLocale:
    """The locale numbers and dates are shown in: the user's own locale when it speaks the
    interface's language (their variant of Arabic, their date order), else a plain one for
    that language (Arabic: Egypt's, with Arabic-Indic digits; English: the United States')."""
    system = QLocale.system()
    if code == "ar":
        wanted = QLocale.Language.Arabic
        fallback = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    else:
        wanted = QLocale.Language.English
        fallback = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if system.language() == wanted:
        return system
    if code == "en" and system.language() not in (QLocale.Language.C, QLocale.Language.Arabic):
        return system  # an English interface with, say, German dates and numbers
    return fallback


def translation_file(code: str):
    return resource_path(f"translations/reader_{code}.qm")


def install_language(app: QApplication, code: str) -> list[QTranslator]:
    """Install the translators for ``code`` on ``app`` and set its layout direction.

    Returns the translators (keep a reference: a collected translator stops translating).
    """
    translators: list[QTranslator] = []
    if code != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            translators.append(qt)
        own = QTranslator(app)
        path = translation_file(code)
        if not own.load(str(path)):
            raise FileNotFoundError(f"the interface translation {path} is missing; reinstall the reader")
        app.installTranslator(own)
        translators.append(own)
    direction = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    QLocale.setDefault(interface_locale(code))
    return translators


def remove_language(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.system())
