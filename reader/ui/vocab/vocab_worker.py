"""Word analysis off the GUI thread.

One long-lived worker thread with its own Store (an SQLite connection belongs to its thread)
does all the morphology: an article's words (glossary terms and lemma keys, first a quick
pass without the analyser, then the full one), single words for the word panel, and the
summaries behind the library's counts. Analyses are read from and written to the library
(``vocab_analyses``) and kept in memory, so a word met once is answered at once, also after a
restart. The analyser itself runs in a helper process this worker owns
(:class:`~reader.core.vocab.morph_client.AnalyserClient`): it starts on the first words that
need it, is asked a batch of words at a time, is started again once if it dies (the status
bar says so) and is stopped when the window closes. So neither its tables (about 250 MB) nor
its pure-Python work are in the window's process; this thread only waits for its answers.

Work is bounded however long the text: a long text's words are read only in the window the
window asks for (around the reading position), and a summary is built a piece at a time
(:mod:`reader.core.vocab.summary`) as a background job that gives way, between two steps,
to any request the window has sent meanwhile (a click on a word, the next window).
"""

from __future__ import annotations

import threading
import traceback
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from reader.core.errors import ReaderError
from reader.core.store import Store
from reader.core.text import words
from reader.core.vocab import library as lib
from reader.core.vocab.morph_client import AnalyserClient, AnalyserClosed, AnalyserUnavailable
from reader.core.vocab.morphology import ANALYSER_VERSION, Morphology, WordAnalysis
from reader.core.vocab.summary import Summary, summary_steps
from reader.core.vocab.words import VOCAB_VERSION, article_vocabulary

from ..workers import WorkerCrashed
from .analyser_messages import restarted_message, unavailable_message

SUMMARY_KEY = f"{ANALYSER_VERSION}+vocab-{VOCAB_VERSION}"


@dataclass(frozen=True)
class ArticleRequest:
    token: int  # the request's number: a newer one makes it stale
    doc_id: str
    sha256: str
    text: str
    window: tuple[int, int] | None  # the part to read (a long text), None: all of it


class _Worker(QObject):
    articleReady = Signal(str, object, bool)  # doc id, ArticleVocabulary, complete
    wordReady = Signal(str, object)  # word, WordAnalysis
    summaryReady = Signal(str)  # doc id
    progress = Signal(int, int)
    failed = Signal(str)
    crashed = Signal(str)
    _resume = Signal()  # go on with the background jobs (queued to this thread)

    def __init__(self, db_path: str, analyser=None):
        super().__init__()
        self.db_path = db_path
        self.store: Store | None = None
        self.analyser = analyser if analyser is not None else AnalyserClient(on_restart=self._restarted)
        self.morphology = Morphology(analyser=self.analyser)
        self.current = 0  # the token of the article request the window waits for
        self.closing = threading.Event()
        self.posted = 0  # requests sent by the window (written by the GUI thread only)
        self.taken = 0  # requests this thread has started (written by this thread only)
        self.jobs: deque = deque()  # (sha256, steps): summaries being built
        self.held = False  # the window asks the jobs to wait (it lays out a long text)
        self._resuming = False
        self._told_unavailable = False
        self._resume.connect(self._run_jobs, Qt.ConnectionType.QueuedConnection)

    def _store(self) -> Store:
        if self.store is None:
            self.store = Store.open(self.db_path)
        return self.store

    def _guard(self, work) -> None:
        self.taken += 1
        if self.closing.is_set():
            return
        try:
            work()
        except ReaderError as exc:
            self._report(exc)
        except Exception:  # a bug: raised on the GUI thread with this traceback
            self.crashed.emit(traceback.format_exc())
        self._schedule()

    def _report(self, exc: ReaderError) -> None:
        """A failure the user can act on, in the status bar; the analyser's end is said once."""
        if self.closing.is_set() or isinstance(exc, AnalyserClosed):
            return
        if isinstance(exc, AnalyserUnavailable):
            if not self._told_unavailable:
                self._told_unavailable = True
                self.failed.emit(unavailable_message(exc))
            return
        self.failed.emit(exc.message)

    def _restarted(self, cause: str) -> None:
        """The helper died and was started again (called in this thread)."""
        if not self.closing.is_set():
            self.failed.emit(restarted_message(cause))

    def _warm(self, words) -> None:
        """Put the library's cached analyses of ``words`` in the analyser's memory cache."""
        morphology = self.morphology
        missing = [w for w in words if morphology.cached(w) is None]
        for word, data in lib.cached_analyses(self._store(), missing, ANALYSER_VERSION).items():
            morphology.remember(WordAnalysis.from_dict(data))

    def _keep(self, analyses) -> None:
        """Save the analyses the library does not have yet."""
        new = [a.to_dict() for a in analyses if a.source != "none"]
        known = lib.cached_analyses(self._store(), [a["word"] for a in new], ANALYSER_VERSION)
        lib.save_analyses(self._store(), [a for a in new if a["word"] not in known], ANALYSER_VERSION)

    # --- requests from the window ----------------------------------------------------------

    @Slot(object)
    def article(self, request: ArticleRequest) -> None:
        def work():
            stale = lambda: request.token != self.current or self.closing.is_set()  # noqa: E731
            text, window = request.text, request.window
            quick = article_vocabulary(text, use_analyser=False, window=window,
                                       morphology=self.morphology)
            if stale():
                return
            self.articleReady.emit(request.doc_id, quick, False)
            part = text[window[0]:window[1]] if window is not None else text
            self._warm(list(dict.fromkeys(words(part))))
            full = article_vocabulary(
                text, window=window, morphology=self.morphology, cancelled=stale,
                progress=lambda d, t: self.progress.emit(d, t))
            if full is None:
                return
            self._keep(full.analyses.values())
            if window is None:
                lib.save_article_summary(self._store(), request.sha256, SUMMARY_KEY,
                                         list(full.lemma_keys()), list(full.term_keys()))
            self.articleReady.emit(request.doc_id, full, True)
            if window is None:
                self.summaryReady.emit(request.doc_id)
            else:  # the counts of a long text come from its summary, read in pieces
                self._add_job(request.doc_id, request.sha256, text, first=True)

        self._guard(work)

    @Slot(str)
    def word(self, word: str) -> None:
        def work():
            self._warm([word])
            analysis = self.morphology.analyse(word)
            if analysis.source == "analyser":
                lib.save_analyses(self._store(), [analysis.to_dict()], ANALYSER_VERSION)
            self.wordReady.emit(word, analysis)

        self._guard(work)

    @Slot(object)
    def summaries(self, docs) -> None:
        """Summaries for the library's counts: (doc id, sha256) of articles without one."""
        def work():
            for doc_id, sha in docs:
                self._add_job(doc_id, sha)

        self._guard(work)

    # --- summaries in the background --------------------------------------------------------

    def _add_job(self, doc_id: str, sha256: str, text: str | None = None, first: bool = False) -> None:
        if any(sha == sha256 for sha, _steps in self.jobs):
            return
        job = (sha256, self._summary_steps(doc_id, sha256, text))
        self.jobs.appendleft(job) if first else self.jobs.append(job)

    def _summary_steps(self, doc_id: str, sha256: str, text: str | None):
        """A generator: the summary of one article, a step at a time, then saved."""
        store = self._store()
        if lib.article_summary(store, sha256, SUMMARY_KEY) is not None:
            return
        if text is None:
            text = store.document(doc_id).text
        summary = Summary()
        yield from summary_steps(text, summary, morphology=self.morphology, warm=self._warm,
                                 keep=self._keep)
        lib.save_article_summary(store, sha256, SUMMARY_KEY, list(summary.lemmas),
                                 list(summary.terms))
        self.summaryReady.emit(doc_id)

    def _schedule(self) -> None:
        """Go on with the jobs once the requests already queued have been answered."""
        if self.jobs and not self._resuming and not self.held and not self.closing.is_set():
            self._resuming = True
            self._resume.emit()

    @Slot()
    def _run_jobs(self) -> None:
        self._resuming = False
        while self.jobs and not self.held and not self.closing.is_set():
            if self.posted != self.taken:  # the window asked for something: that first
                self._schedule()
                return
            _sha, steps = self.jobs[0]
            try:
                next(steps)
            except StopIteration:
                self.jobs.popleft()
            except ReaderError as exc:  # the library is busy, the analyser gone: job dropped
                self.jobs.popleft()
                self._report(exc)
            except Exception:
                self.jobs.popleft()
                self.crashed.emit(traceback.format_exc())

    @Slot()
    def close(self) -> None:
        self.analyser.close()
        for _sha, steps in self.jobs:
            steps.close()
        self.jobs.clear()
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
    _article = Signal(object)
    _word = Signal(str)
    _summaries = Signal(object)
    _close = Signal()

    def __init__(self, db_path: str, parent: QObject | None = None, analyser=None):
        super().__init__(parent)
        self.worker = _Worker(str(db_path), analyser)
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
        self._tokens = 0

    def request_article(self, doc_id: str, sha256: str, text: str,
                        window: tuple[int, int] | None = None) -> None:
        """The words of an article, or of the part ``window`` (start, end) of a long one;
        an earlier request still under way gives way."""
        self._tokens += 1
        self.worker.current = self._tokens
        self.worker.posted += 1
        self._article.emit(ArticleRequest(self._tokens, doc_id, sha256, text, window))

    def hold_jobs(self, held: bool) -> None:
        """Let the background jobs (summaries) wait, or go on: Qt lays out a long text in
        steps that a worker running Python beside them lengthens (see layout_wait)."""
        self.worker.held = held
        if not held:
            self.worker._resume.emit()

    def forget_article(self) -> None:
        """No article is shown: a request under way stops."""
        self._tokens += 1
        self.worker.current = self._tokens

    @property
    def morphology(self) -> Morphology:
        """The analyses known so far (its memory cache is read on the GUI thread)."""
        return self.worker.morphology

    @property
    def analyser(self):
        return self.worker.analyser

    def request_word(self, word: str) -> None:
        self.worker.posted += 1
        self._word.emit(word)

    def request_summaries(self, docs: list[tuple[str, str]]) -> None:
        if docs:
            self.worker.posted += 1
            self._summaries.emit(list(docs))

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.worker.closing.set()
        self.forget_article()
        self.worker.analyser.close()  # a batch under way ends now, the helper process too
        if self.thread.isRunning():
            self._close.emit()
            self.thread.quit()
            self.thread.wait(30000)

    def _on_crashed(self, text: str) -> None:
        raise WorkerCrashed("the vocabulary worker failed:\n" + text)
