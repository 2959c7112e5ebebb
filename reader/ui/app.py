"""Starting the desktop application (``reader`` with no sub-command)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.errors import ReaderError

from .errors import describe_error, install_excepthook
from .fonts import interface_font
from .i18n import choose_language, install_language, remove_language
from .main_window import MainWindow
from .session import Session
from .shortcut_style import ShortcutStyle

APP_NAME = "Arabic News Reader"
#: How often a thread holding the interpreter lock is asked to let another one run (s).
SWITCH_INTERVAL_S = 0.001


def application() -> QApplication:
    """The QApplication (created on first use), set up once for the reader."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "reader"])
    elif not isinstance(app, QApplication):
        raise RuntimeError("a QGuiApplication without widgets already runs in this process; "
                           "the reader's window needs a QApplication")
    if not app.property("readerConfigured"):
        app.setProperty("readerConfigured", True)
        # Worker threads (analysis, vocabulary) run Python; with the default 5 ms switch
        # interval the GUI thread waited for the interpreter lock in long runs of them.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        app.setApplicationName(APP_NAME)
        app.setOrganizationName("arabic-news-reader")
        app.setDesktopFileName("arabic-news-reader")
        app.setFont(interface_font(app.font()))
        app.setStyle(ShortcutStyle())  # the platform's style; shortcuts left to right
    return app


def create_window(session: Session, lang: str | None = None, analysis: bool = True,
                  defer_analysis: bool = False) -> tuple[MainWindow, str, list]:
    """A main window on ``session`` in the chosen language (translators installed), with
    the analysis tabs unless ``analysis`` is false. With ``defer_analysis`` the tabs are
    added just after the window first shows (what ``reader`` does, so the article paints
    sooner); otherwise at once."""
    app = application()
    language = choose_language(lang, session.language())
    translators = install_language(app, language)
    window = MainWindow(session, language)
    window._translators = translators  # keep them alive as long as the window
    from .translate import install_translation

    install_translation(window)
    if analysis and defer_analysis:
        QTimer.singleShot(ANALYSIS_DELAY_MS, window, lambda: _install_analysis(window))
    elif analysis:
        _install_analysis(window)
    return window, language, translators


#: With ``defer_analysis``, how long after the window is created its analysis tabs are added.
ANALYSIS_DELAY_MS = 60


def _install_analysis(window) -> None:
    # The Entities, Sources and Claims tabs; the analysers load in a worker on first use.
    from .analysis import install_analysis

    install_analysis(window)
    from .vocab import install_vocabulary

    install_vocabulary(window)


def end_of_startup() -> None:
    """The modules and the window are built: what exists now lives as long as the app, so
    the garbage collector stops scanning it (``gc.freeze``; about 17 ms less when a 1 MB
    article with 2,000 highlights opens) and runs again (the command line turned it off
    while the reader started)."""
    gc.freeze()
    gc.enable()


def run(paths: list[str], db: str | None = None, lang: str | None = None) -> int:
    """Start the reader; import and open ``paths`` (the last one is shown), or on a fresh
    profile the bundled sample. Returns the exit code."""
    app = application()
    try:
        session = Session.open(db)
    except ReaderError as exc:
        # no library, so no stored language: the argument's or the system's
        translators = install_language(app, choose_language(lang, None))
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the library"),
            describe_error(exc.path, exc.message, whole_path=True))
        remove_language(app, translators)
        return 1
    install_excepthook()
    try:
        window, _language, _translators = create_window(session, lang, defer_analysis=True)
        end_of_startup()
        window.show()
        window.open_initial(list(paths))
        return app.exec()
    finally:
        session.close()
