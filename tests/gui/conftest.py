"""Fixtures for the GUI tests: a main window on a fresh library, reopened at will.

Every test here fails on a Qt warning (qt_log_level_fail), except the offscreen platform's
own notice that it cannot resize native windows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

GUI_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if GUI_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(r"propagateSizeHints"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "library.sqlite3"


class WindowFactory:
    def __init__(self, qtbot, db_path: Path):
        self.qtbot = qtbot
        self.db_path = db_path
        self.open_windows: list = []

    def __call__(self, lang: str = "en", db: Path | None = None, show: bool = True):
        from reader.ui.app import application, create_window
        from reader.ui.session import Session

        application()
        session = Session.open(db or self.db_path)
        window, _language, translators = create_window(session, lang)
        window._test_translators = translators
        self.qtbot.addWidget(window)
        if show:
            window.show()
            self.qtbot.waitExposed(window)
        self.open_windows.append(window)
        return window

    def close(self, window) -> None:
        from PySide6.QtWidgets import QApplication

        from reader.ui.i18n import remove_language

        if window not in self.open_windows:
            return
        self.open_windows.remove(window)
        window.close()
        remove_language(QApplication.instance(), window._test_translators)
        window.session.close()

    def close_all(self) -> None:
        for window in list(self.open_windows):
            self.close(window)


@pytest.fixture
def make_window(qtbot, db_path):
    factory = WindowFactory(qtbot, db_path)
    yield factory
    factory.close_all()


@pytest.fixture
def window(make_window):
    """A main window (English) with the sample article open."""
    w = make_window()
    w.open_sample()
    return w
