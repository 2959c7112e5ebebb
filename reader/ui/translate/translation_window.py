"""The translation window: an article segment by segment.

Left, the segments as a table (number, source, translation, status); under it the current
segment's source beside the target editor, and its note; right, the translation memory's
matches, the terms of the segment and the orphaned segments. Keyboard: Ctrl+Enter confirms
and moves to the next untranslated segment, Ctrl+Shift+Enter marks reviewed and moves to the
next unreviewed one, Ctrl+Down / Ctrl+Up the next and previous segment, Ctrl+Shift+U and
Ctrl+Shift+R the next untranslated and unreviewed ones, Ctrl+1..3 insert a memory match.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
)

from reader.core.errors import ReaderError
from reader.core.model import Document
from reader.core.translation.library import progress_of
from reader.core.translation.model import Segment
from reader.core.translation.termbase import Termbase, default_sources

from ..error_text import translated_error
from ..errors import show_message
from .exchange_actions import ExchangeActions
from .helper_panel import KEYED_MATCHES, HelperPanel
from .segment_editor import SegmentEditor
from .segment_model import SegmentModel
from .term_dialog import TermDialog
from .window_menus import build_menus

TARGET_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "ru", "tr", "zh", "fa", "he", "ur")
#: How often the window checks whether another program changed the translation (ms).
WATCH_MS = 1000


class TranslationWindow(QMainWindow):
    def __init__(self, service, doc: Document, entities=lambda: (), parent=None):
        super().__init__(parent)
        self.setObjectName("translationWindow")
        self.service = service
        self.doc = doc
        self._entities = entities
        self.segments: list[Segment] = []
        self.current: Segment | None = None
        self.model = SegmentModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("segmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.editor = SegmentEditor(self)
        self.helpers = HelperPanel(self)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        left.addWidget(self.editor)
        left.setSizes([420, 300])
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("translationSplitter")
        main.addWidget(left)
        main.addWidget(self.helpers)
        main.setSizes([880, 400])
        self.setCentralWidget(main)
        self.progress = QLabel(self)
        self.progress.setObjectName("translationProgress")
        self.statusBar().addPermanentWidget(self.progress)
        self.language = QComboBox(self)
        self.language.setObjectName("targetLanguage")
        self.language.setEditable(True)
        self.language.addItems(TARGET_LANGUAGES)
        self.exchange = ExchangeActions(self)
        self._make_actions()
        self._connect()
        self.resize(1300, 820)
        self._fingerprint = None
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_for_changes)
        self._watch.start()
        self.load(doc)

    # --- set-up ----------------------------------------------------------------------------

    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            shortcuts = shortcut if isinstance(shortcut, (list, tuple)) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.confirm_action = self._action(self.tr("&Confirm and Go to Next Untranslated"),
                                           ["Ctrl+Return", "Ctrl+Enter"], self.confirm_and_next, "confirm")
        self.review_action = self._action(self.tr("Mark &Reviewed and Go to Next Unreviewed"),
                                          ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], self.review_and_next, "review")
        self.draft_action = self._action(self.tr("Set Back to &Draft"), None,
                                         lambda: self.set_status("draft"), "draft")
        self.next_action = self._action(self.tr("&Next Segment"), "Ctrl+Down", lambda: self.move(1), "next")
        self.previous_action = self._action(self.tr("&Previous Segment"), "Ctrl+Up", lambda: self.move(-1), "previous")
        self.next_untranslated_action = self._action(self.tr("Next &Untranslated"), "Ctrl+Shift+U",
                                                     self.next_untranslated, "nextUntranslated")
        self.next_unreviewed_action = self._action(self.tr("Next Un&reviewed"), "Ctrl+Shift+R",
                                                   self.next_unreviewed, "nextUnreviewed")
        self.merge_action = self._action(self.tr("&Merge with Next Segment"), "Ctrl+Shift+M",
                                         self.merge_with_next, "merge")
        self.split_action = self._action(self.tr("&Split at the Source Cursor"), "Ctrl+Shift+S",
                                         self.split_here, "split")
        self.copy_source_action = self._action(self.tr("Copy Source to Target"), "Ctrl+Shift+I",
                                               lambda: self.editor.insert_in_target(self.current.source, True)
                                               if self.current else None, "copySource")
        self.add_term_action = self._action(self.tr("Add &Term from Selection…"), "Ctrl+Shift+T",
                                            self.add_term, "addTerm")
        self.match_actions = [
            self._action(self.tr("Insert Memory Match %1").replace("%1", str(n)), f"Ctrl+{n}",
                         lambda _=False, i=n - 1: self.insert_match(i), f"insertMatch{n}")
            for n in range(1, KEYED_MATCHES + 1)]
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.service.undo, "undo")
        self.redo_action = self._action(self.tr("&Redo"), QKeySequence.StandardKey.Redo, self.service.redo, "redo")
        stack = self.service.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.close_action = self._action(self.tr("&Close"), QKeySequence.StandardKey.Close, self.close, "closeTranslation")

        build_menus(self)

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.editor.targetTyped.connect(self._typed)
        self.editor.noteEdited.connect(self._note)
        self.helpers.termActivated.connect(lambda text: self.editor.insert_in_target(text))
        self.helpers.orphanActivated.connect(self._show_orphan)
        self.helpers.termRemoveRequested.connect(
            lambda uuid: self.service.remove_term(self.service.translations.term(uuid)))
        self.service.changed.connect(self._on_changed)
        self.service.termsChanged.connect(self._show_helpers)
        self.service.failed.connect(self._on_failed)
        self.language.activated.connect(lambda _i: self._language_chosen())
        self.language.lineEdit().editingFinished.connect(self._language_chosen)

    # --- loading ---------------------------------------------------------------------------

    def load(self, doc: Document) -> None:
        self.doc = doc
        self.setWindowTitle(self.tr("Translate: %1").replace("%1", doc.title or doc.id[:8]))
        try:
            self.segments = self.service.load(doc)
        except ReaderError as exc:
            self._on_failed(str(exc))
            self.segments = self.service.translations.planned(doc)
        info = self.service.translations.info(doc.id)
        self.target_lang = info.target_lang
        self.language.setEditText(info.target_lang)
        self.editor.set_target_language(info.target_lang)
        self._fingerprint = self.service.translations.fingerprint(doc.id)
        uuid = self.current.uuid if self.current is not None else None
        self.model.set_segments(self.segments, info.target_lang)
        self._rows_timer.start()
        self.helpers.show_orphans([s for s in self.segments if s.orphan])
        row = self.model.row_of(uuid) if uuid else -1
        if row < 0:
            row = self._find(lambda s: not s.done, 0) if self.model.segments else -1
        self.select_row(max(row, 0) if self.model.segments else -1)
        self._show_progress()

    def reload(self) -> None:
        try:
            self.load(self.service.session.store.document(self.doc.id))
        except ReaderError as exc:
            self._on_failed(str(exc))

    def check_for_changes(self) -> None:
        """Another program (or window) changed this translation or the article: show it."""
        if self.service.pending_target(self.current.uuid if self.current else "") is not None:
            return  # the translator is typing; look again after the save
        if self.service.translations.fingerprint(self.doc.id) != self._fingerprint:
            self.reload()

    # --- the current segment ---------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if row < 0:
            self.current = None
            self.editor.show_segment(None, 0, 0)
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show(row)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and (self.current is None or self.model.segments[current.row()].uuid != self.current.uuid):
            self._show(current.row())

    def _show(self, row: int) -> None:
        if self.current is not None:
            self.service.flush_segment(self.current.uuid)
        seg = self.model.segments[row]
        self.current = seg
        self.editor.show_segment(seg, row + 1, len(self.model.segments), self.service.pending_target(seg.uuid))
        self.editor.target.setFocus()
        self._show_helpers()

    def _show_helpers(self) -> None:
        seg = self.current
        if seg is None:
            return
        self.helpers.show_matches(self.service.translations.lookup(seg, self.target_lang), self.target_lang)
        termbase = Termbase(default_sources(self.service.translations.terms(), self.target_lang,
                                            self._entities()))
        self.helpers.show_terms(termbase.hits(seg.source, seg.start))

    def _show_progress(self) -> None:
        p = progress_of(self.segments)
        text = self.tr("%1 of %2 segments · %3 of %4 words · %5 reviewed")
        for key, value in (("%1", p.done), ("%2", p.segments), ("%3", p.words_done),
                           ("%4", p.words), ("%5", p.reviewed)):
            text = text.replace(key, str(value))
        if p.needs_review:
            text += " · " + self.tr("%n to check after a revision", "", p.needs_review)
        if p.orphans:
            text += " · " + self.tr("%n orphaned", "", p.orphans)
        self.progress.setText(text)

    # --- navigation ------------------------------------------------------------------------

    def _row(self) -> int:
        return self.model.row_of(self.current.uuid) if self.current is not None else -1

    def _find(self, wanted, start: int) -> int:
        segs = self.model.segments
        for offset in range(len(segs)):
            row = (start + offset) % len(segs)
            if wanted(segs[row]):
                return row
        return -1

    def move(self, step: int) -> None:
        row = self._row() + step
        if 0 <= row < len(self.model.segments):
            self.select_row(row)

    def next_untranslated(self) -> bool:
        row = self._find(lambda s: not s.done or s.needs_review, self._row() + 1)
        if row < 0:
            self.statusBar().showMessage(self.tr("Every segment is translated."), 5000)
            return False
        self.select_row(row)
        return True

    def next_unreviewed(self) -> bool:
        row = self._find(lambda s: s.status != "reviewed" or s.needs_review, self._row() + 1)
        if row < 0:
            self.statusBar().showMessage(self.tr("Every segment is reviewed."), 5000)
            return False
        self.select_row(row)
        return True

    # --- changes ---------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self.current is not None:
            self.service.type_target(self.current.uuid, text)
            self.model.show_typed(self.current.uuid, text)

    def _note(self, text: str) -> None:
        if self.current is not None:
            self.service.update(self.current, self.tr("Edit note"), note=text)

    def confirm_and_next(self) -> None:
        if self.current is None:
            return
        if not self.editor.target.toPlainText().strip():
            self.statusBar().showMessage(self.tr("Type a translation before confirming it."), 5000)
            return
        self.service.confirm(self.current, "reviewed" if self.current.status == "reviewed" else "translated")
        self.next_untranslated()

    def review_and_next(self) -> None:
        if self.current is not None and self.editor.target.toPlainText().strip():
            self.service.confirm(self.current, "reviewed")
            self.next_unreviewed()

    def set_status(self, status: str) -> None:
        if self.current is not None:
            self.service.update(self.current, self.tr("Change status"), status=status)

    def merge_with_next(self) -> None:
        row = self._row()
        if self.current is None or row + 1 >= len(self.model.segments):
            return
        self.service.merge(self.doc, self.current, self.model.segments[row + 1])

    def split_here(self) -> None:
        position = self.editor.source_cursor()
        if self.current is None or position is None:
            self.statusBar().showMessage(self.tr("Click in the source where the segment should be split."), 6000)
            return
        target_cursor = self.editor.target.textCursor().position()
        target = self.editor.target.toPlainText()
        try:
            self.service.split(self.doc, self.current, self.current.start + position,
                               target_cursor if 0 < target_cursor < len(target) else None)
        except ValueError:
            self.statusBar().showMessage(self.tr("A segment is split between words, with words on both sides."), 6000)

    def insert_match(self, index: int) -> None:
        matches = self.helpers.matches
        if self.current is not None and index < len(matches):
            self.editor.insert_in_target(matches[index].unit.target, replace=True)

    def add_term(self) -> None:
        dialog = TermDialog(self.editor.selected_source(), self.editor.selected_target(), self)
        if dialog.exec():
            source, target, note, domain = dialog.values()
            self.service.add_term(source, target, note, domain, self.target_lang)

    def _language_chosen(self) -> None:
        lang = self.language.currentText().strip()
        if not lang or lang == self.target_lang:
            return
        try:
            self.service.translations.set_target_lang(self.doc.id, lang)
        except (ValueError, ReaderError) as exc:
            self._on_failed(str(exc))
            self.language.setEditText(self.target_lang)
            return
        self.reload()

    def _show_orphan(self, uuid: str) -> None:
        seg = next((s for s in self.segments if s.uuid == uuid), None)
        if seg is not None:
            show_message(self, self.tr("Orphaned segment"), self.tr(
                "This segment is no longer in the article's text. Its translation is kept:\n\n"
                "%1\n\n→ %2").replace("%1", seg.source).replace("%2", seg.target or "—"))

    def _on_changed(self, doc_id: str, uuids) -> None:
        if doc_id != self.doc.id:
            return
        current = self.current.uuid if self.current is not None else None
        typing = self.service.pending_target(current) is not None if current else False
        structural = len(uuids) > 1 or any(self.model.row_of(u) < 0 for u in uuids)
        if structural:
            self.reload()
            return
        fresh = {u: self.service.known(u) for u in uuids}
        self.segments = [fresh.get(s.uuid, s) for s in self.segments]
        for seg in fresh.values():
            self.model.replace_segment(seg)
        self._fingerprint = self.service.translations.fingerprint(self.doc.id)
        self._show_progress()
        if current in fresh:
            row = self.model.row_of(current)
            self.current = fresh[current]
            if not typing:
                self.editor.refresh(self.current, row + 1, len(self.model.segments))
            self._show_helpers()

    def _on_failed(self, message: str) -> None:
        message = translated_error(message)
        self.statusBar().showMessage(message, 10000)

    def closeEvent(self, event) -> None:
        self.service.flush()
        self._watch.stop()
        super().closeEvent(event)
