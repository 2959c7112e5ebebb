"""Starting the desktop application (``reader`` with no sub-command)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.errors import ReaderError

from .errors import install_excepthook
from .fonts import interface_font
from .i18n import choose_language, install_language
from .main_window import MainWindow
from .session import Session

APP_NAME = "Arabic News Reader"


def application() -> QApplication:
    """The QApplication (created on first use), set up once for the reader."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "reader"])
    if not app.property("readerConfigured"):
        app.setProperty("readerConfigured", True)
        app.setApplicationName(APP_NAME)
        app.setOrganizationName("arabic-news-reader")
        app.setDesktopFileName("arabic-news-reader")
        app.setFont(interface_font(app.font()))
    return app


def create_window(session: Session, lang: str | None = None, analysis: bool = True,
                  ) -> tuple[MainWindow, str, list]:
    """A main window on ``session`` in the chosen language (translators installed), with
    the analysis tabs unless ``analysis`` is false."""
    app = application()
    language = choose_language(lang, session.language())
    translators = install_language(app, language)
    window = MainWindow(session, language)
    window._translators = translators  # keep them alive as long as the window
    if analysis:
        # The Entities, Sources and Claims tabs; analysers load in a worker on first use.
        from .analysis import install_analysis

        install_analysis(window)
    return window, language, translators


def run(paths: list[str], db: str | None = None, lang: str | None = None) -> int:
    """Start the reader; import and open ``paths`` (the last one is shown), or on a fresh
    profile the bundled sample. Returns the exit code."""
    app = application()
    try:
        session = Session.open(db)
    except ReaderError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the library"), str(exc))
        return 1
    install_excepthook()
    try:
        window, _language, _translators = create_window(session, lang)
        window.show()
        window.open_initial(list(paths))
        return app.exec()
    finally:
        session.close()
