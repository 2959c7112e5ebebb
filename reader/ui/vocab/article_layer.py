"""The article's side of the vocabulary: its words as the worker found them, and the
vocabulary marks on the text (term underlines, saved words, learner tints).

An article is read whole; a long text only around the reading position (see
:mod:`.reading_window`), and the status bar says so while its marks are on. Marks are placed
a slice at a time (:class:`~reader.ui.analysis.slices.SlicedWork`), so that no slice holds
the GUI thread for long; an article's few thousand are placed at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from reader.core.model import Document
from reader.core.vocab import library as lib

from ..analysis.slices import SlicedWork
from ..layout_wait import LAYOUT_FIRST_CHARS, when_laid_out
from .reading_window import holds, window_for
from .text_marks import LAYER, fill_marks

# Words and terms whose marks are placed at once; more are placed a slice at a time.
MARKS_AT_ONCE = 3000


class ArticleLayer(QObject):
    # The worker's words of the article shown arrived (True: with the analyser's lemmas).
    updated = Signal(bool)

    def __init__(self, window, worker, service, alive, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.worker = worker
        self.service = service
        self._alive = alive
        self.doc: Document | None = None
        self.vocabulary = None  # ArticleVocabulary of the article or the part around the reader
        self.complete = False
        self.learner = False
        self.underline = True
        self.asked: tuple[int, int] | None = None  # the part asked for last (None: all)
        self.filling = SlicedWork(self)
        self.note = QLabel(window.statusBar())
        self.note.setObjectName("vocabPartNote")
        self.note.setToolTip(self.tr(
            "This text is long: its words are read around the reading position, and again "
            "when you move on. The word panel counts the occurrences in that part only."))
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)
        window.reader.readingPositionChanged.connect(self._on_position)
        worker.articleReady.connect(self._on_article)

    # --- which part is read ----------------------------------------------------------------

    def set_document(self, doc: Document | None, position: int = 0) -> None:
        self.filling.cancel()
        self.doc = doc
        self.vocabulary = None
        self.complete = False
        self.window.reader.set_marks(LAYER, [])
        self._update_note()
        self.worker.forget_article()
        if doc is None:
            self.worker.hold_jobs(False)
            return
        waits = len(doc.text) > LAYOUT_FIRST_CHARS  # until Qt has laid it out (see layout_wait)
        self.worker.hold_jobs(waits)
        if waits:
            when_laid_out(self.window.reader, self, lambda d=doc: self._ask_around_reader(d),
                          lambda d=doc: self.doc is d)
        else:
            self._ask(window_for(doc.text, position))

    def _ask_around_reader(self, doc: Document) -> None:
        if self._alive():
            self.worker.hold_jobs(False)
            self._ask(window_for(doc.text, self.window.reader.reading_position()))

    def _ask(self, part: tuple[int, int] | None) -> None:
        self.asked = part
        doc = self.doc
        self.worker.request_article(doc.id, doc.sha256, doc.text, part)

    def _on_position(self, position: int) -> None:
        doc = self.doc
        if doc is not None and self.asked is not None and not holds(self.asked, len(doc.text), position):
            self._ask(window_for(doc.text, position))

    def ensure(self, start: int, end: int) -> bool:
        """Whether the words of [start, end) are known with their lemmas; if they are not
        (a long text read elsewhere), the part around them is asked for."""
        v = self.vocabulary
        if v is not None and self.complete and v.covers(start, end):
            return True
        doc = self.doc
        if doc is not None and self.asked is not None and not holds(self.asked, len(doc.text), start, end):
            self._ask(window_for(doc.text, start))
        return False

    def _on_article(self, doc_id: str, vocabulary, complete: bool) -> None:
        if not self._alive() or self.doc is None or doc_id != self.doc.id:
            return
        if self.vocabulary is not None and vocabulary.window != self.asked:
            return  # a part the reader has left; the one asked for is coming
        if self.complete and not complete and vocabulary.partial:
            return  # keep the tints of the part before until this one has its lemmas
        self.vocabulary = vocabulary
        self.complete = complete
        self.apply_marks()
        self.updated.emit(complete)

    # --- marks -----------------------------------------------------------------------------

    def apply_marks(self) -> None:
        v = self.vocabulary
        self._update_note()
        if v is None:
            return
        saved = lib.saved_keys(self.service.store)
        steps = fill_marks(self.window.reader, v, self.service.statuses, saved,
                           learner=self.learner and self.complete, underline=self.underline)
        self.filling.start(steps, at_once=len(v.words) + len(v.terms) <= MARKS_AT_ONCE)

    def _update_note(self) -> None:
        v = self.vocabulary
        if v is None or not v.partial or not (self.learner or self.underline):
            self.note.hide()
            return
        self.note.setText(
            self.tr("Learner tints: around the reading position only (long text)") if self.learner
            else self.tr("Term underlines: around the reading position only (long text)"))
        self.note.show()

    def close(self) -> None:
        self.filling.cancel()
