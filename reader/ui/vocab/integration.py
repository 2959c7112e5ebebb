"""The learner's side of the window, attached with :func:`install_vocabulary`: the Word and
Vocabulary tabs, the Vocabulary menu (learner reading mode, glossary underlines, statuses,
saving, review, export and import), the due count in the status bar, the vocabulary marks
in the article, and per-article counts in the library.

A click on a word (no drag, no selection) shows it in the Word panel. Everything heavy
(morphology) runs in :class:`VocabWorker`; the panel is built from what is known already
and completed when the worker answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from reader.core.errors import ReaderError
from reader.core.model import Document
from reader.core.vocab import library as lib
from reader.core.vocab.saving import make_saved_word

from ..dialogs import open_file_names, save_file_name
from ..error_text import translated_error
from ..errors import show_message, show_reader_error
from ..library_state import watch
from . import lookup
from .article_layer import ArticleLayer
from .library_counts import LibraryCounts
from .review_dialog import ReviewDialog
from .vocab_service import VocabService
from .vocab_tab import VocabularyTab
from .vocab_worker import VocabWorker
from .word_panel import WordPanel

LEARNER_KEY = "vocab.learner_mode"
UNDERLINE_KEY = "vocab.underline_terms"
DUE_REFRESH_MS = 60_000


class VocabFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        session = window.session
        self.session = session
        self.service = VocabService(session.store, session.annotations.undo_stack,
                                    getattr(session, "writes", None), self)
        watch(session).track(self.service.changed, self.service.failed)
        self.worker = VocabWorker(str(session.db_path), self)
        self.layer = ArticleLayer(window, self.worker, self.service, self._alive, self)
        self.doc: Document | None = None
        self.info = None
        self.panel = WordPanel(window)
        self.tab = VocabularyTab(window)
        self.word_index = window.add_sidebar_tab(self.panel, self.tr("Word"))
        self.tab_index = window.add_sidebar_tab(self.tab, self.tr("Vocabulary"))
        self.learner = bool(session.store.setting(LEARNER_KEY, False))
        self.underline = bool(session.store.setting(UNDERLINE_KEY, True))
        self._make_actions()
        self.due_button = QPushButton(window.statusBar())
        self.due_button.setObjectName("vocabDue")
        self.due_button.setFlat(True)
        self.due_button.setToolTip(self.tr("Review the saved words that are due"))
        self.due_button.clicked.connect(self.review)
        window.statusBar().addPermanentWidget(self.due_button)
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(DUE_REFRESH_MS)
        self._due_timer.timeout.connect(self.refresh_words)
        self._due_timer.start()
        self._press = None
        self._closed = False
        self._connect()
        window.reader.viewport().installEventFilter(self)
        window.installEventFilter(self)
        self.refresh_words()
        self.set_document(window.current_document())
        self.counts = LibraryCounts(window, self.worker, self.service, self._alive, self)

    # --- set-up ----------------------------------------------------------------------------

    def _action(self, text: str, shortcut=None, name: str = "", checkable=False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.learner_action = a(self.tr("&Learner Reading Mode"), "Ctrl+Shift+L", "learnerMode", True)
        self.learner_action.setChecked(self.learner)
        self.underline_action = a(self.tr("&Underline Glossary Terms"), None, "underlineTerms", True)
        self.underline_action.setChecked(self.underline)
        self.known_action = a(self.tr("Mark Word &Known"), "K", "markKnown")
        self.learning_action = a(self.tr("Mark Word &Learning (next level)"), "L", "markLearning")
        self.ignore_action = a(self.tr("&Ignore Word"), "I", "markIgnored")
        self.new_action = a(self.tr("Mark Word &New"), "N", "markNew")
        self.save_action = a(self.tr("&Save Word"), "S", "saveWordAction")
        self.page_action = a(self.tr("Mark the Rest of the &Page Known"), "Shift+K", "markPageKnown")
        self.review_action = a(self.tr("&Review Saved Words…"), "Ctrl+Shift+V", "reviewWords")
        self.anki_action = a(self.tr("Export Saved Words as &Anki Deck…"), None, "exportAnki")
        self.csv_action = a(self.tr("Export Saved Words as &CSV…"), None, "exportVocabCsv")
        self.import_action = a(self.tr("&Import Word List (CSV)…"), None, "importWords")
        w = self.window
        menu = w.menuBar().addMenu(self.tr("V&ocabulary"))
        menu.setObjectName("vocabularyMenu")
        view = w.menus.get("view")
        if view is not None:
            w.menuBar().insertMenu(view.menuAction(), menu)
        for action in (self.learner_action, self.underline_action, None, self.known_action,
                       self.learning_action, self.ignore_action, self.new_action,
                       self.save_action, self.page_action, None, self.review_action, None,
                       self.anki_action, self.csv_action, self.import_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        w.menus["vocabulary"] = menu
        w.reader.add_context_actions([self.known_action, self.save_action])

    def _connect(self) -> None:
        w = self.window
        w.documentChanged.connect(self.set_document)
        self.layer.updated.connect(self._on_article)
        self.worker.wordReady.connect(self._on_word)
        self.worker.failed.connect(lambda m: w.statusBar().showMessage(m, 8000))
        self.service.changed.connect(self._on_changed)
        self.service.failed.connect(self._on_failed)
        self.learner_action.toggled.connect(self.set_learner_mode)
        self.underline_action.toggled.connect(self.set_underline)
        self.known_action.triggered.connect(lambda: self.set_status("known"))
        self.ignore_action.triggered.connect(lambda: self.set_status("ignored"))
        self.new_action.triggered.connect(lambda: self.set_status("new"))
        self.learning_action.triggered.connect(self.next_learning_level)
        self.save_action.triggered.connect(self.save_word)
        self.page_action.triggered.connect(self.mark_page_known)
        self.review_action.triggered.connect(self.review)
        self.anki_action.triggered.connect(lambda: self.export("apkg"))
        self.csv_action.triggered.connect(lambda: self.export("csv"))
        self.import_action.triggered.connect(self.import_list)
        self.panel.statusRequested.connect(self.set_status)
        self.panel.saveRequested.connect(self.save_word)
        self.panel.occurrenceActivated.connect(w.reader.select_range)
        self.panel.articleActivated.connect(self._open_article)
        self.tab.glossEdited.connect(self.service.edit_gloss)
        self.tab.deleteRequested.connect(self.service.delete)
        self.tab.reviewRequested.connect(self.review)
        self.tab.exportRequested.connect(self.export)
        self.tab.importRequested.connect(self.import_list)
        self.tab.wordActivated.connect(self._go_to_saved)
        changed_elsewhere = getattr(self.session, "changedElsewhere", None)
        if changed_elsewhere is not None:
            changed_elsewhere.connect(lambda _kinds: self._on_changed("elsewhere"))

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.window:
            if kind == QEvent.Type.Close:
                self._closed = True
                self._due_timer.stop()
                self.layer.close()
                self.worker.shutdown()
            return False
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            moved = self._press is None or (event.position().toPoint() - self._press).manhattanLength() > 4
            if not moved and not self.window.reader.textCursor().hasSelection():
                self.look_up_at(self.window.reader.offset_at(event.position().toPoint()))
        return False

    # --- the article -----------------------------------------------------------------------

    # The layer knows the article's words and whether the analyser has been through them.
    vocabulary = property(lambda self: self.layer.vocabulary)
    complete = property(lambda self: self.layer.complete)
    learner = property(lambda self: self.layer.learner, lambda self, on: setattr(self.layer, "learner", on))
    underline = property(lambda self: self.layer.underline,
                         lambda self, on: setattr(self.layer, "underline", on))

    def set_document(self, doc: Document | None) -> None:
        self.doc = doc
        self.info = None
        self.panel.show_info(None)
        position = self.session.reading_position(doc.id) if doc is not None else 0
        self.layer.set_document(doc, position)

    def _alive(self) -> bool:
        """False once the window closed or its library did (a worker's answer may still
        arrive then)."""
        return not self._closed and not getattr(self.session, "_closed", False)

    def _on_article(self, complete: bool) -> None:
        if self.info is not None and complete and self.doc is not None:
            self._show(self.info.start, self.info.end, keep=True)

    def apply_marks(self) -> None:
        self.layer.apply_marks()

    def set_learner_mode(self, on: bool) -> None:
        self.learner = on
        self.session.set_setting(LEARNER_KEY, on)
        self.apply_marks()

    def set_underline(self, on: bool) -> None:
        self.underline = on
        self.session.set_setting(UNDERLINE_KEY, on)
        self.apply_marks()

    # --- the word panel --------------------------------------------------------------------

    def look_up_at(self, offset: int) -> bool:
        """Show the word (or glossary term) at ``offset`` in the Word panel."""
        if self.doc is None or offset < 0:
            return False
        found = lookup.word_span(self.doc.text, offset, self.vocabulary)
        if found is None:
            return False
        start, end, term = found
        self._show(start, end, term=term)
        sidebar = self.window.sidebar
        if self.learner or sidebar.currentIndex() == self.tab_index:
            sidebar.setCurrentIndex(self.word_index)
        return True

    def _show(self, start: int, end: int, term=None, keep: bool = False) -> None:
        if keep and self.vocabulary is not None:
            term = self.vocabulary.term_at(start)
            if term is not None and (term.start, term.end) != (start, end) and term.entry.words > 1:
                term = None
        info = lookup.build_info(self.doc, start, end, term, self.vocabulary, self.service.statuses,
                                 self.service.saved_for_key, self.session.store.search,
                                 self.worker.morphology)
        self.info = info
        self.panel.show_info(info)
        if info.analysis is None and (info.entry is None or info.entry.words == 1):
            self.worker.request_word(info.word)

    def _on_word(self, word: str, _analysis) -> None:
        if not self._alive():
            return
        if self.info is not None and self.info.word == word and self.doc is not None:
            self._show(self.info.start, self.info.end, keep=True)

    def _open_article(self, doc_id: str, start: int, end: int) -> None:
        if self.window.open_document(doc_id) is not None and 0 <= start < end:
            self.window.reader.select_range(start, end)

    def _go_to_saved(self, uuid: str) -> None:
        w = lib.saved_word(self.session.store, uuid)
        if w is not None and w.doc_id:
            self._open_article(w.doc_id, w.start, w.end)

    # --- statuses and saving ---------------------------------------------------------------

    def set_status(self, status: str) -> bool:
        info = self.info
        if info is None:
            self.window.statusBar().showMessage(self.tr("Click a word first."), 4000)
            return False
        return self.service.set_statuses({info.key: (info.lemma or info.word, status)})

    def next_learning_level(self) -> bool:
        if self.info is None:
            return self.set_status("learning1")
        order = ["new", "learning1", "learning2", "learning3", "learning4", "known"]
        current = self.info.status if self.info.status in order else "new"
        return self.set_status(order[min(order.index(current) + 1, len(order) - 1)])

    def mark_page_known(self) -> int:
        """Every word on screen that is still new becomes known (one undo step)."""
        v, reader = self.vocabulary, self.window.reader
        if v is None or self.doc is None:
            return 0
        qa, qb = reader.visible_qt_range()
        display = reader.display
        a, b = display.doc_range(display.display_index(qa), display.display_index(qb))
        if not self.layer.ensure(a, b):
            self.window.statusBar().showMessage(
                self.tr("The words on this page are still being looked up; try again in a moment."), 5000)
            return 0
        keys = {w.key: w.lemma or w.text for w in v.words if a <= w.start and w.end <= b}
        statuses = self.service.statuses(list(keys))
        changes = {k: (lemma, "known") for k, lemma in keys.items() if statuses.get(k, "new") == "new"}
        if changes:
            self.service.set_statuses(changes, self.tr("Mark the rest of the page known"))
        self.window.statusBar().showMessage(
            self.tr("%n word(s) marked known.", "", len(changes)), 4000)
        return len(changes)

    def save_word(self) -> bool:
        info = self.info
        if info is None or self.doc is None:
            self.window.statusBar().showMessage(self.tr("Click a word first."), 4000)
            return False
        if info.saved is not None:
            return False
        entry = info.entry if info.entry is not None and (
            info.entry.words == 1 or (info.start, info.end) == (info.start, info.end)) else None
        try:
            word = make_saved_word(self.doc, info.start, info.end, info.analysis, entry)
        except ReaderError as exc:
            show_reader_error(self.window, self.tr("Save Word"), exc)
            return False
        if word.lemma_key != info.key:
            word = word.evolve(lemma_key=info.key)
        return self.service.save_word(word)

    # --- after changes ---------------------------------------------------------------------

    def _on_changed(self, _kind: str) -> None:
        if not self._alive():
            return
        self.refresh_words()
        self.apply_marks()
        if self.info is not None and self.doc is not None:
            self._show(self.info.start, self.info.end, keep=True)
        self.counts.refresh_soon()

    def _on_failed(self, message: str) -> None:
        message = translated_error(message)
        self.window.statusBar().showMessage(message, 10000)
        show_message(self.window, self.tr("Not saved"), message)

    def refresh_words(self) -> None:
        if not self._alive():
            return
        words = self.service.saved_words()
        due = self.service.due_count()
        self.tab.set_words(words, self.service.statuses([w.lemma_key for w in words]), due)
        self.due_button.setText(self.tr("Due: %n", "", due))
        self.window.sidebar.setTabText(
            self.tab_index, self.tr("Vocabulary (%n due)", "", due) if due else self.tr("Vocabulary"))

    # --- review, export, import ------------------------------------------------------------

    def review(self) -> None:
        dialog = ReviewDialog(self.service, self.window)
        dialog.exec()
        dialog.deleteLater()

    def export(self, kind: str) -> str | None:
        words = self.service.saved_words()
        if not words:
            show_message(self.window, self.tr("Export"), self.tr("There are no saved words yet."))
            return None
        filters = self.tr("Anki deck (*.apkg)") if kind == "apkg" else self.tr("CSV (*.csv)")
        path, _ = save_file_name(self.window, self.tr("Export Saved Words"),
                                 str(Path.home() / f"arabic-words.{kind}"), filters)
        if not path:
            return None
        return self.export_to(kind, path)

    def export_to(self, kind: str, path: str) -> str | None:
        words = self.service.saved_words()
        try:
            if kind == "apkg":
                from reader.core.vocab.anki import write_apkg

                write_apkg(words, path)
            else:
                from reader.core.vocab.csv_io import export_csv

                data = export_csv(words, self.service.statuses([w.lemma_key for w in words]))
                try:
                    Path(path).write_text(data, encoding="utf-8", newline="")
                except OSError as exc:
                    raise ReaderError(f"cannot write the export ({exc.strerror})", path) from exc
        except ReaderError as exc:
            show_reader_error(self.window, self.tr("Export"), exc)
            return None
        self.window.statusBar().showMessage(
            self.tr("%n word(s) exported.", "", len(words)), 5000)
        return path

    def import_list(self) -> None:
        paths = open_file_names(self.window, self.tr("Import Word List"), str(Path.home()),
                                self.tr("Word lists (*.csv *.txt *.tsv);;All files (*)"))
        if paths:
            self.import_from(paths[0])

    def import_from(self, path: str) -> int:
        from reader.core.vocab.csv_io import read_csv
        from reader.core.vocab.glossary import default_glossary
        from reader.core.vocab.morphology import lemma_key

        try:
            rows = read_csv(path)
        except ReaderError as exc:
            show_reader_error(self.window, self.tr("Import Word List"), exc)
            return 0
        known = lib.saved_keys(self.session.store)
        words = []
        for row in rows:
            entry = default_glossary().lookup(row.word)
            key = entry.key if entry is not None else lemma_key(row.word)
            if key in known:
                continue
            known.add(key)
            words.append(lib.new_saved_word(
                key, row.word, lemma=row.lemma or (entry.term if entry else ""),
                root=row.root or (entry.root if entry else ""), pos=entry.pos if entry else "",
                gloss=row.gloss or (entry.gloss if entry else ""),
                domain=entry.domain if entry else "", vowelled=entry.vowelled if entry else "",
                sentence=row.sentence))
        self.service.import_words(words)
        self.window.statusBar().showMessage(
            self.tr("%n word(s) imported.", "", len(words)), 5000)
        return len(words)


def install_vocabulary(window) -> VocabFeature:
    """Add the learner's tabs, menu and marks to ``window`` (once)."""
    existing = getattr(window, "vocabulary", None)
    if existing is not None:
        return existing
    window.vocabulary = VocabFeature(window)
    return window.vocabulary
