"""Analysing articles off the GUI thread.

An :class:`AnalysisWorker` runs in its own QThread with its own Store (an SQLite connection
belongs to the thread that opened it) and calls ``analyze_document``, which answers from
the library's cache when the same text was analysed with the same analysers and teachings.
A long article is analysed in pieces (``reader.core.pieces``): the worker reports progress
per piece and stage, stops between them when cancelled (so closing the window or the dialog
never waits for a whole book), and sends each result as it is ready. An article the user
can do something about (:class:`ReaderError`) is listed in the report; any other
exception is a bug, raised on the GUI thread with its traceback.
"""

from __future__ import annotations

import gc
import threading
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QThread, Signal

from reader.core.analysis import AnalysisCancelled, analyze_document
from reader.core.errors import ReaderError
from reader.core.store import Store

from ..workers import WorkerCrashed

#: Progress units per article (an article's stages and pieces are a share of them).
STEPS_PER_DOCUMENT = 1000
#: Progress steps of one piece of text (noise, entities, claims: see ``analyze``).
PIECE_STEPS = 3


def _keep_out_of_gc() -> None:
    """Exempt what exists now from the cyclic garbage collector (``gc.freeze``), between
    the pieces of a long text. The results kept so far (plain data, freed by reference
    counting) would otherwise be scanned again at every full collection: with a 10 MB book,
    pauses of up to 0.2 s that hold the interpreter, and so the window, each time. The
    window does the same with what it built at start-up (``end_of_startup``). What the
    last piece left in reference cycles is collected first (frozen, it would never be:
    a million short lines then took 450 MB instead of 100); that collection only reads
    what was made since the last freeze, about one piece's worth."""
    gc.collect()
    gc.freeze()


@dataclass
class AnalysisReport:
    results: dict = field(default_factory=dict)  # doc id -> Analysis (none with a collector)
    errors: list[tuple[str, str]] = field(default_factory=list)  # doc id, message
    cancelled: bool = False
    summary: object = None  # what the collector made of the analyses, when there is one


class AnalysisWorker(QObject):
    #: steps done, steps in all, what is being done
    progress = Signal(int, int, str)
    #: (doc id, Analysis) for each article, as soon as it is done
    analyzed = Signal(str, object)
    finished = Signal(object)  # AnalysisReport
    crashed = Signal(str)

    def __init__(self, doc_ids: list[str], db_path: str, use_cache: bool = True,
                 collector=None, known: dict | None = None):
        super().__init__()
        self.doc_ids = list(doc_ids)
        self.db_path = str(db_path)
        self.use_cache = use_cache
        # With a collector (``add(doc_id, title, analysis)`` and ``entries()``), each
        # analysis is handed to it here, in the worker, and then dropped: a summary of the
        # whole library never holds every analysis at once, nor works on the GUI thread.
        self.collector = collector
        # Analyses the window holds already (doc id -> Analysis, only read here): used as
        # they are when the text is the same, not read again from the cache.
        self.known = dict(known or {})
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        report = AnalysisReport()
        try:
            with Store.open(self.db_path) as store:
                self._analyze_all(store, report)
        except ReaderError as exc:  # the library itself cannot be opened
            report.errors.append(("", exc.message))
        except Exception:  # a bug: hand it to the GUI thread, which raises it
            self.crashed.emit(traceback.format_exc())
            return
        self.finished.emit(report)

    def _analyze_all(self, store: Store, report: AnalysisReport) -> None:
        total = len(self.doc_ids) * STEPS_PER_DOCUMENT
        for i, doc_id in enumerate(self.doc_ids):
            if self._cancel.is_set():
                report.cancelled = True
                return
            base = i * STEPS_PER_DOCUMENT
            try:
                doc = store.document(doc_id)
                title = doc.title or doc_id

                def step(done: int, steps: int, _label: str, base=base, title=title) -> None:
                    share = STEPS_PER_DOCUMENT * min(done, steps) // max(1, steps)
                    self.progress.emit(base + share, total, title)
                    if steps > PIECE_STEPS and done % PIECE_STEPS == 0:
                        _keep_out_of_gc()

                step(0, 1, "")
                result = self.known.get(doc_id)
                if result is None or result.text != doc.text:
                    result = analyze_document(store, doc, progress=step, use_cache=self.use_cache,
                                              cancelled=self._cancel.is_set)
            except AnalysisCancelled:
                report.cancelled = True
                return
            except ReaderError as exc:
                report.errors.append((doc_id, exc.message))
                continue
            if self.collector is not None:
                self.collector.add(doc_id, title, result)
                continue
            report.results[doc_id] = result
            self.analyzed.emit(doc_id, result)
        if self.collector is not None:
            report.summary = self.collector.entries()
        self.progress.emit(total, total, "")


class AnalysisJob(QObject):
    """An :class:`AnalysisWorker` on its own thread; owns both and cleans them up."""

    progress = Signal(int, int, str)
    analyzed = Signal(str, object)
    finished = Signal(object)  # AnalysisReport

    def __init__(self, doc_ids: list[str], db_path: str, *, generation: int = 0,
                 use_cache: bool = True, collector=None, known: dict | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.doc_ids = list(doc_ids)
        self.generation = generation
        self.worker = AnalysisWorker(doc_ids, db_path, use_cache, collector, known)
        self.thread = QThread()
        self.thread.setObjectName("analysis-worker")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.crashed.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.progress.connect(self.progress)
        self.worker.analyzed.connect(self.analyzed)
        self.worker.finished.connect(self._on_finished)
        self.worker.crashed.connect(self._on_crashed)
        self.report: AnalysisReport | None = None
        self.done = False

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, ms: int = 60000) -> bool:
        return self.thread.wait(ms)

    def _on_finished(self, report: AnalysisReport) -> None:
        self.thread.wait()
        self.report = report
        self.done = True
        self.finished.emit(report)

    def _on_crashed(self, text: str) -> None:
        self.thread.wait()
        self.done = True
        raise WorkerCrashed("the analysis worker failed:\n" + text)
