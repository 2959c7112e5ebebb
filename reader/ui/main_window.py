"""The main window: library on one side, the article in the middle, a sidebar of tabs.

The window only assembles the parts and routes between them; each part lives in its own
module (library pane, reader view, annotations panel, find bar) and the work is done by the
controllers (annotations, view settings, imports) and the session.

Other features add a sidebar tab with one call, :meth:`MainWindow.add_sidebar_tab`, and
follow the article being read with :meth:`current_document` and :attr:`documentChanged`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.model import Document

from .actions import AppActions
from .annotation_controller import AnnotationController
from .annotations_panel import AnnotationsPanel
from .desk_sync import DeskSync
from .dialogs import open_file_names
from .error_text import translated_error
from .errors import about_file, show_reader_error
from .find_bar import FindBar
from .import_controller import ImportController
from .library_state import forget, watch
from .library_pane import LibraryPane
from .reader_view import ReaderView
from .session import Session
from .view_controller import ViewController

LAST_DOCUMENT_KEY = "ui.last_document"


class MainWindow(QMainWindow):
    #: The article now shown (a Document), or None.
    documentChanged = Signal(object)

    def __init__(self, session: Session, language: str = "en"):
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.language = language
        self.setWindowTitle(self.tr("Arabic News Reader"))
        self.setAcceptDrops(True)
        self.actions = AppActions(self)
        stack = session.annotations.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.menus = self.actions.build_menus(self, self.undo_action, self.redo_action)

        self.library_pane = LibraryPane(session.search, self)
        self.reader = ReaderView(self)
        self.find_bar = FindBar(self.reader, self)
        reader_column = QWidget(self)
        column = QVBoxLayout(reader_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.reader)
        self.sidebar = QTabWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setDocumentMode(True)
        self.annotations_panel = AnnotationsPanel(self)
        self.add_sidebar_tab(self.annotations_panel, self.tr("Annotations"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget, stretch in ((self.library_pane, 0), (reader_column, 1), (self.sidebar, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([230, 730, 440])  # room for four sidebar tabs
        self.setCentralWidget(self.splitter)

        self.imports = ImportController(session, self, self.statusBar())
        self.annotator = AnnotationController(
            self.reader, self.annotations_panel, session.annotations, self.actions,
            self.statusBar(), self)
        self.view_controller = ViewController(session, self.reader, self.actions, self, language)
        self.desk = DeskSync(session, self.statusBar(), self)
        watch(session)  # what an error dialog may say of the library
        self._connect()
        self._shown_id: str | None = None
        self.refresh_library()
        self.resize(1400, 900)
        if session.read_only:
            self.statusBar().showMessage(self.tr(
                "This library is read-only (its file or folder cannot be written): you can "
                "read, search and export, but changes are not saved."))

    def _connect(self) -> None:
        a = self.actions
        a.import_files.triggered.connect(self.choose_files)
        a.open_sample.triggered.connect(self.open_sample)
        a.search_library.triggered.connect(self.library_pane.focus_search)
        a.quit.triggered.connect(self.close)
        a.desk.triggered.connect(self.open_desk_dialog)
        a.sync_desk.triggered.connect(self.desk.sync_now)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(self.find_bar.next)
        a.find_previous.triggered.connect(self.find_bar.previous)
        self.menus["recent"].aboutToShow.connect(self._fill_recent_menu)
        self.library_pane.openRequested.connect(self.open_document)
        self.library_pane.hitActivated.connect(self._open_hit)
        self.reader.readingPositionChanged.connect(self._save_position)
        self.session.documentChanged.connect(self._on_document_changed)
        self.session.libraryChanged.connect(self.refresh_library)
        self.session.saveFailed.connect(
            lambda message: self.statusBar().showMessage(translated_error(message), 10000))
        self.session.changedElsewhere.connect(self._on_changed_elsewhere)
        self.session.writes.pendingChanged.connect(self._on_pending_writes)

    # --- extension points ----------------------------------------------------------------

    def add_sidebar_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab to the sidebar (Entities, Sources, Claims ...); returns its index."""
        return self.sidebar.addTab(widget, title)

    def current_document(self) -> Document | None:
        return self.session.current_document

    # --- documents -------------------------------------------------------------------------

    def open_document(self, doc_id: str) -> Document | None:
        try:
            with about_file(lambda: self._document_label(doc_id)):
                return self.session.open_document(doc_id)
        except ReaderError as exc:
            show_reader_error(self, self.tr("Open"), exc)
            return None

    def _document_label(self, doc_id: str) -> str:
        """What an article is called in an error message: its file, else its title."""
        entry = next((e for e in self.session.library() if e.id == doc_id), None)
        return (entry.source_path or entry.title) if entry is not None else doc_id

    def open_sample(self) -> Document | None:
        try:
            doc = self.session.ensure_sample()
        except ReaderError as exc:
            show_reader_error(self, self.tr("Open"), exc)
            return None
        return self.open_document(doc.id)

    def open_initial(self, paths: list[str]) -> None:
        """At start: import ``paths`` (the last one opens), else reopen the last article,
        else the sample."""
        if paths:
            self.imports.import_paths(paths)
            return
        last = self.session.store.setting(LAST_DOCUMENT_KEY, None)
        if last and any(e.id == last for e in self.session.library()):
            self.open_document(last)
        else:
            self.open_sample()

    def _on_document_changed(self, doc: Document | None) -> None:
        self._save_current_position()
        position = self.session.reading_position(doc.id) if doc else 0
        annotations = self.annotator.set_document(doc)
        self.reader.show_document(doc, annotations, position)
        self.find_bar.set_document(doc)
        self._shown_id = doc.id if doc else None
        title = self.tr("Arabic News Reader")
        self.setWindowTitle(f"{doc.title} — {title}" if doc and doc.title else title)
        if doc is not None:
            self.session.set_setting(LAST_DOCUMENT_KEY, doc.id)
        self.refresh_library()
        self.documentChanged.emit(doc)

    def _open_hit(self, doc_id: str, start: int, end: int) -> None:
        current = self.current_document()
        if current is None or current.id != doc_id:
            if self.open_document(doc_id) is None:
                return
        if 0 <= start < end:
            self.reader.select_range(start, end)

    def _save_position(self, position: int) -> None:
        if self._shown_id is not None:
            self.session.save_reading_position(self._shown_id, position)

    def _save_current_position(self) -> None:
        if self._shown_id is not None and self.reader.document_shown is not None:
            self.session.save_reading_position(self._shown_id, self.reader.reading_position())

    # --- other programs on the same library ---------------------------------------------------

    def _on_changed_elsewhere(self, kinds: set) -> None:
        """Another program (a command in a terminal, another window) changed the library:
        show its changes rather than keep (and later write back) stale state."""
        current = self.current_document()
        if current is not None and "text" in kinds:
            try:
                self.session.reload_current()
            except ReaderError as exc:  # removed elsewhere
                self.statusBar().showMessage(str(exc), 10000)
            else:
                self.statusBar().showMessage(
                    self.tr("This article was changed by another program; it was reloaded."), 8000)
        elif current is not None and "annotations" in kinds:
            self.annotator.reload()
            self.statusBar().showMessage(
                self.tr("Annotations changed by another program are shown."), 5000)
        if kinds & {"library", "notes"}:
            self.refresh_library()

    def _on_pending_writes(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(
                self.tr("The library is busy (another program is writing to it): %n "
                        "change(s) waiting to be saved…", "", count))
        else:
            self.statusBar().showMessage(self.tr("Saved."), 3000)

    def refresh_library(self) -> None:
        current = self.current_document()
        self.library_pane.set_entries(self.session.library(), current.id if current else None)

    def open_desk_dialog(self):
        """The editorial desk's settings, status and conflicts (not modal: syncs go on)."""
        from .desk_dialog import DeskDialog

        dialog = getattr(self, "_desk_dialog", None)
        if dialog is None:
            dialog = self._desk_dialog = DeskDialog(self.desk, self)
        elif dialog.isVisible():
            dialog.raise_()  # already open behind the window
        else:
            dialog.refresh()
        dialog.show()
        return dialog

    # --- importing -------------------------------------------------------------------------

    def import_files(self, paths: list[str]):
        return self.imports.import_paths([str(p) for p in paths])

    def choose_files(self) -> None:
        from reader.core.importers import SUPPORTED_SUFFIXES  # not needed until now

        patterns = " ".join("*" + s for s in SUPPORTED_SUFFIXES)
        paths = open_file_names(
            self, self.tr("Import Articles"), str(Path.home()),
            self.tr("Articles (%1);;All files (*)").replace("%1", patterns))
        if paths:
            self.import_files(paths)

    def _fill_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        recent = self.session.recent_files()
        if not recent:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
            return
        for path in recent:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.import_files([p]))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # --- closing ---------------------------------------------------------------------------

    def _confirm_unsaved_writes(self) -> bool:
        """Changes still wait for a busy library: wait for it (a few seconds), and if it is
        still busy let the user choose to keep waiting or quit without them."""
        from PySide6.QtWidgets import QMessageBox

        while self.session.flush_writes(5000):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved yet"), self.tr(
                "The library is still busy (another program is writing to it), so %n "
                "change(s) could not be saved yet. Wait and try again, or quit without "
                "them?", "", self.session.writes.pending), parent=self)
            retry = box.addButton(self.tr("Wait and Try Again"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Quit Without Them"), QMessageBox.ButtonRole.DestructiveRole)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is cancel:
                return False
            if box.clickedButton() is not retry:
                return True
        return True

    def closeEvent(self, event) -> None:
        self._save_current_position()
        if self.session.writes.pending and not self._confirm_unsaved_writes():
            event.ignore()
            return
        self.reader.cancel_position_report()
        self._shown_id = None
        self.imports.shutdown()
        self.desk.shutdown()
        forget(self.session)
        super().closeEvent(event)
