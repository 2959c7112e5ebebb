"""Word analysis off the GUI thread.

One long-lived worker thread with its own Store (an SQLite connection belongs to its thread)
does all the morphology: an article's words (glossary terms and lemma keys, first a quick
pass without the analyser, then the full one), single words for the word panel, and the
summaries behind the library's counts. Analyses are read from and written to the library
(``vocab_analyses``), so a word met once is answered at once, also after a restart. The
analyser itself loads on the first request, in this thread.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from reader.core.errors import ReaderError
from reader.core.store import Store
from reader.core.vocab import library as lib
from reader.core.vocab.morphology import ANALYSER_VERSION, WordAnalysis, default_morphology
from reader.core.vocab.words import VOCAB_VERSION, article_vocabulary

from ..workers import WorkerCrashed

SUMMARY_KEY = f"{ANALYSER_VERSION}+vocab-{VOCAB_VERSION}"


class _Worker(QObject):
    articleReady = Signal(str, object, bool)  # doc id, ArticleVocabulary, complete
    wordReady = Signal(str, object)  # word, WordAnalysis
    summaryReady = Signal(str)  # doc id
    progress = Signal(int, int)
    failed = Signal(str)
    crashed = Signal(str)

    def __init__(self, db_path: str):
        super().__init__()
        self.db_path = db_path
        self.store: Store | None = None
        self.current = ""  # the article the window shows: older requests give way
        self.closing = threading.Event()

    def _store(self) -> Store:
        if self.store is None:
            self.store = Store.open(self.db_path)
        return self.store

    def _guard(self, work) -> None:
        if self.closing.is_set():
            return
        try:
            work()
        except ReaderError as exc:
            self.failed.emit(exc.message)
        except Exception:  # a bug: raised on the GUI thread with this traceback
            self.crashed.emit(traceback.format_exc())

    def _warm(self, words) -> None:
        """Put the library's cached analyses of ``words`` in the analyser's memory cache."""
        morphology = default_morphology()
        missing = [w for w in words if morphology.cached(w) is None]
        for word, data in lib.cached_analyses(self._store(), missing, ANALYSER_VERSION).items():
            morphology.remember(WordAnalysis.from_dict(data))

    def _keep(self, vocabulary) -> None:
        new = [a.to_dict() for a in vocabulary.analyses.values() if a.source != "none"]
        known = lib.cached_analyses(self._store(), [a["word"] for a in new], ANALYSER_VERSION)
        lib.save_analyses(self._store(), [a for a in new if a["word"] not in known], ANALYSER_VERSION)

    @Slot(str, str, str)
    def article(self, doc_id: str, sha256: str, text: str) -> None:
        def work():
            from reader.core.text import words

            quick = article_vocabulary(text, use_analyser=False)
            if quick is None or doc_id != self.current:
                return
            self.articleReady.emit(doc_id, quick, False)
            self._warm(list(dict.fromkeys(words(text))))
            full = article_vocabulary(
                text, progress=lambda d, t: self.progress.emit(d, t),
                cancelled=lambda: doc_id != self.current or self.closing.is_set())
            if full is None:
                return
            self._keep(full)
            lib.save_article_summary(self._store(), sha256, SUMMARY_KEY, list(full.lemma_keys()),
                                     list(full.term_keys()))
            self.articleReady.emit(doc_id, full, True)
            self.summaryReady.emit(doc_id)

        self._guard(work)

    @Slot(str)
    def word(self, word: str) -> None:
        def work():
            self._warm([word])
            analysis = default_morphology().analyse(word)
            if analysis.source == "analyser":
                lib.save_analyses(self._store(), [analysis.to_dict()], ANALYSER_VERSION)
            self.wordReady.emit(word, analysis)

        self._guard(work)

    @Slot(object)
    def summaries(self, docs) -> None:
        """Summaries for the library's counts: (doc id, sha256) of articles without one."""
        def work():
            store = self._store()
            for doc_id, sha in docs:
                if self.closing.is_set():
                    return
                if lib.article_summary(store, sha, SUMMARY_KEY) is not None:
                    continue
                doc = store.document(doc_id)
                from reader.core.text import words

                self._warm(list(dict.fromkeys(words(doc.text))))
                vocab = article_vocabulary(doc.text, cancelled=self.closing.is_set)
                if vocab is None:
                    return
                self._keep(vocab)
                lib.save_article_summary(store, sha, SUMMARY_KEY, list(vocab.lemma_keys()),
                                         list(vocab.term_keys()))
                self.summaryReady.emit(doc_id)

        self._guard(work)

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class VocabWorker(QObject):
    """The worker and its thread; call :meth:`shutdown` when the window closes."""

    articleReady = Signal(str, object, bool)
    wordReady = Signal(str, object)
    summaryReady = Signal(str)
    progress = Signal(int, int)
    failed = Signal(str)
    _article = Signal(str, str, str)
    _word = Signal(str)
    _summaries = Signal(object)
    _close = Signal()

    def __init__(self, db_path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = _Worker(str(db_path))
        self.thread = QThread()
        self.thread.setObjectName("vocabulary-worker")
        self.worker.moveToThread(self.thread)
        self._article.connect(self.worker.article)
        self._word.connect(self.worker.word)
        self._summaries.connect(self.worker.summaries)
        self._close.connect(self.worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        for name in ("articleReady", "wordReady", "summaryReady", "progress", "failed"):
            getattr(self.worker, name).connect(getattr(self, name))
        self.worker.crashed.connect(self._on_crashed)
        self.thread.start()
        self._closed = False

    def request_article(self, doc_id: str, sha256: str, text: str) -> None:
        self.worker.current = doc_id
        self._article.emit(doc_id, sha256, text)

    def request_word(self, word: str) -> None:
        self._word.emit(word)

    def request_summaries(self, docs: list[tuple[str, str]]) -> None:
        if docs:
            self._summaries.emit(list(docs))

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.worker.closing.set()
        self.worker.current = ""
        if self.thread.isRunning():
            self._close.emit()
            self.thread.quit()
            self.thread.wait(30000)

    def _on_crashed(self, text: str) -> None:
        raise WorkerCrashed("the vocabulary worker failed:\n" + text)
