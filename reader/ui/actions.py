"""Every command of the main window as a QAction with its shortcut, and the menus.

The actions only exist and are enabled or checked here; what they do is connected by the
controllers (annotations, view, import). Keeping them in one place gives one list of
shortcuts and one place to translate.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu

from .themes import HIGHLIGHT_COLORS, THEME_NAMES, THEMES, color_label, theme_label
from .view_settings import LINE_SPACINGS

LANGUAGES = (("en", "English"), ("ar", "العربية"))


@lru_cache(maxsize=32)
def color_icon(name: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#555555"))
    painter.setBrush(THEMES["light"].highlight(name))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class AppActions(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._make_file_actions()
        self._make_annotation_actions()
        self._make_view_actions()

    def _action(self, text: str, shortcut=None, *, checkable: bool = False, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.setObjectName(name or text)
        return action

    def _make_file_actions(self) -> None:
        self.import_files = self._action(self.tr("&Import Files…"), QKeySequence.StandardKey.Open, name="import")
        self.open_sample = self._action(self.tr("Open the &Sample Article"), name="sample")
        self.search_library = self._action(self.tr("Search the &Library"), "Ctrl+Shift+F", name="searchLibrary")
        self.desk = self._action(self.tr("Editorial &Desk…"), name="desk")
        self.sync_desk = self._action(self.tr("S&ync with the Desk"), "Ctrl+Shift+Y", name="syncDesk")
        self.quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, name="quit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def _make_annotation_actions(self) -> None:
        self.highlight: dict[str, QAction] = {}
        for i, name in enumerate(HIGHLIGHT_COLORS, start=1):
            action = self._action(
                self.tr("Highlight in %1").replace("%1", color_label(name)), f"Ctrl+{i}",
                name=f"highlight-{name}",
            )
            action.setIcon(color_icon(name))
            action.setData(name)
            self.highlight[name] = action
        self.add_note = self._action(self.tr("Add &Note…"), "Ctrl+Shift+N", name="addNote")
        self.edit_annotation = self._action(self.tr("&Edit Note and Tags…"), "Ctrl+E", name="editAnnotation")
        self.delete_annotation = self._action(self.tr("&Delete Highlight"), "Ctrl+Shift+D", name="deleteAnnotation")
        self.copy_citation = self._action(self.tr("Copy with &Citation"), "Ctrl+Shift+C", name="copyCitation")
        self.find = self._action(self.tr("&Find in Article…"), QKeySequence.StandardKey.Find, name="find")
        self.find_next = self._action(self.tr("Find &Next"), QKeySequence.StandardKey.FindNext, name="findNext")
        self.find_previous = self._action(self.tr("Find &Previous"), QKeySequence.StandardKey.FindPrevious, name="findPrevious")

    def _make_view_actions(self) -> None:
        self.zoom_in = self._action(self.tr("Zoom &In"), ["Ctrl++", "Ctrl+="], name="zoomIn")
        self.zoom_out = self._action(self.tr("Zoom &Out"), "Ctrl+-", name="zoomOut")
        self.zoom_reset = self._action(self.tr("&Actual Size"), "Ctrl+0", name="zoomReset")
        self.choose_font = self._action(self.tr("Choose &Font…"), name="chooseFont")
        self.show_diacritics = self._action(self.tr("Show &Diacritics"), "Ctrl+Shift+H", checkable=True, name="diacritics")
        self.hide_noise = self._action(self.tr("&Hide Noise"), "Ctrl+Shift+J", checkable=True, name="hideNoise")
        self.show_invisibles = self._action(self.tr("Show &Invisible Characters"), "Ctrl+Shift+I", checkable=True, name="invisibles")
        self.spacing_group = QActionGroup(self)
        self.line_spacing: dict[int, QAction] = {}
        for value in LINE_SPACINGS:
            action = self._action(self.tr("%1%").replace("%1", str(value)), checkable=True, name=f"spacing-{value}")
            action.setData(value)
            self.spacing_group.addAction(action)
            self.line_spacing[value] = action
        self.theme_group = QActionGroup(self)
        self.themes: dict[str, QAction] = {}
        for name in THEME_NAMES:
            action = self._action(theme_label(name), checkable=True, name=f"theme-{name}")
            action.setData(name)
            self.theme_group.addAction(action)
            self.themes[name] = action
        self.language_group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for code, label in LANGUAGES:
            action = self._action(label, checkable=True, name=f"language-{code}")
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action

    def annotation_actions(self) -> list[QAction | None]:
        """The actions for the reader's context menu (None is a separator)."""
        return [*self.highlight.values(), None, self.add_note, self.edit_annotation,
                self.delete_annotation, None, self.copy_citation]

    def build_menus(self, window: QMainWindow, undo, redo) -> dict[str, QMenu]:
        bar = window.menuBar()
        menus: dict[str, QMenu] = {}
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.import_files)
        menus["recent"] = file_menu.addMenu(self.tr("Open &Recent"))
        menus["recent"].setObjectName("recentMenu")
        file_menu.addAction(self.open_sample)
        file_menu.addSeparator()
        file_menu.addAction(self.search_library)
        file_menu.addSeparator()
        file_menu.addAction(self.desk)
        file_menu.addAction(self.sync_desk)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        menus["file"] = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.find_next)
        edit_menu.addAction(self.find_previous)
        menus["edit"] = edit_menu

        annotate = bar.addMenu(self.tr("&Annotate"))
        annotate.setObjectName("annotateMenu")
        for action in self.annotation_actions():
            annotate.addSeparator() if action is None else annotate.addAction(action)
        menus["annotate"] = annotate

        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("viewMenu")
        for action in (self.zoom_in, self.zoom_out, self.zoom_reset, None, self.choose_font):
            view.addSeparator() if action is None else view.addAction(action)
        spacing = view.addMenu(self.tr("&Line Spacing"))
        spacing.addActions(list(self.line_spacing.values()))
        theme = view.addMenu(self.tr("&Theme"))
        theme.addActions(list(self.themes.values()))
        view.addSeparator()
        view.addAction(self.show_diacritics)
        view.addAction(self.hide_noise)
        view.addAction(self.show_invisibles)
        view.addSeparator()
        language = view.addMenu(self.tr("Interface &Language"))
        language.addActions(list(self.languages.values()))
        menus["view"] = view
        return menus
