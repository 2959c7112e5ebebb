"""Reading settings from the View menu and the reading toolbar: zoom, font, line spacing,
theme, diacritics, noise, invisible characters and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFontComboBox, QMainWindow, QToolBar

from .actions import AppActions
from .display_map import NOISE_DIM, NOISE_HIDE
from .errors import show_message
from .fonts import DEFAULT_POINT_SIZE, font_chain, primary_family, reader_font
from .reader_view import ReaderView
from .session import Session
from .themes import apply_app_palette, get_theme
from .view_settings import ViewSettings

ZOOM_STEP = 1.1


class ViewController(QObject):
    settingsChanged = Signal(object)  # ViewSettings

    def __init__(self, session: Session, view: ReaderView, actions: AppActions,
                 window: QMainWindow, language: str):
        super().__init__(window)
        self.session = session
        self.view = view
        self.actions = actions
        self.window = window
        self.language = language
        app = QApplication.instance()
        self._default_palette = app.palette()
        self.settings = session.view_settings()
        self.toolbar = self._make_toolbar(window)

        actions.zoom_in.triggered.connect(self.zoom_in)
        actions.zoom_out.triggered.connect(self.zoom_out)
        actions.zoom_reset.triggered.connect(self.zoom_reset)
        actions.choose_font.triggered.connect(self.font_box.showPopup)
        actions.show_diacritics.toggled.connect(lambda on: self.update(show_diacritics=on))
        actions.hide_noise.toggled.connect(
            lambda on: self.update(noise=NOISE_HIDE if on else NOISE_DIM))
        actions.show_invisibles.toggled.connect(lambda on: self.update(show_invisibles=on))
        for value, action in actions.line_spacing.items():
            action.triggered.connect(lambda _=False, v=value: self.update(line_spacing=v))
        for name, action in actions.themes.items():
            action.triggered.connect(lambda _=False, n=name: self.update(theme=n))
        for code, action in actions.languages.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.apply(self.settings, save=False)

    def _make_toolbar(self, window: QMainWindow) -> QToolBar:
        toolbar = QToolBar(self.tr("Reading"), window)
        toolbar.setObjectName("readingToolbar")
        self.font_box = QFontComboBox(toolbar)
        self.font_box.setObjectName("fontChooser")
        self.font_box.setWritingSystem(QFontDatabase.WritingSystem.Arabic)
        self.font_box.setToolTip(self.tr("Font for the article (Arabic fonts only)"))
        self.font_box.setCurrentFont(QFont(primary_family(reader_font(self.settings.font_family or None))))
        self.font_box.currentFontChanged.connect(lambda f: self.update(font_family=f.family()))
        toolbar.addWidget(self.font_box)
        toolbar.addAction(self.actions.zoom_out)
        toolbar.addAction(self.actions.zoom_in)
        toolbar.addSeparator()
        toolbar.addAction(self.actions.show_diacritics)
        toolbar.addAction(self.actions.hide_noise)
        window.addToolBar(toolbar)
        return toolbar

    # --- changes ---------------------------------------------------------------------------

    def update(self, **changes) -> ViewSettings:
        return self.apply(self.settings.evolve(**changes))

    def apply(self, settings: ViewSettings, save: bool = True) -> ViewSettings:
        self.settings = settings
        self.view.set_view_settings(settings)
        apply_app_palette(QApplication.instance(), get_theme(settings.theme), self._default_palette)
        self._sync_actions()
        if save:
            self.session.save_view_settings(settings)
        self.settingsChanged.emit(settings)
        return settings

    def zoom_in(self) -> None:
        self.update(point_size=round(self.settings.point_size * ZOOM_STEP, 1))

    def zoom_out(self) -> None:
        self.update(point_size=round(self.settings.point_size / ZOOM_STEP, 1))

    def zoom_reset(self) -> None:
        self.update(point_size=DEFAULT_POINT_SIZE)

    def set_language(self, code: str) -> None:
        self.session.set_language(code)
        self._sync_actions()
        if code != self.language:
            show_message(
                self.window, self.tr("Interface language"),
                self.tr("The interface language will change the next time you start the reader."),
            )

    def _sync_actions(self) -> None:
        s = self.settings
        a = self.actions
        for action, checked in (
            (a.show_diacritics, s.show_diacritics),
            (a.hide_noise, s.noise == NOISE_HIDE),
            (a.show_invisibles, s.show_invisibles),
        ):
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)
        if s.line_spacing in a.line_spacing:
            a.line_spacing[s.line_spacing].setChecked(True)
        a.themes[s.theme].setChecked(True)
        language = self.session.language() or self.language
        if language in a.languages:
            a.languages[language].setChecked(True)
        family = s.font_family or (font_chain() or [""])[0]
        if family and self.font_box.currentFont().family() != family:
            self.font_box.blockSignals(True)
            self.font_box.setCurrentFont(QFont(family))
            self.font_box.blockSignals(False)
