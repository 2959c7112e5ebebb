"""Analysing articles off the GUI thread.

An :class:`AnalysisWorker` runs in its own QThread with its own Store (an SQLite connection
belongs to the thread that opened it) and calls ``analyze_document``, which answers from
the library's cache when the same text was analysed with the same analysers and teachings.
It reports progress per stage, can be cancelled between articles, and sends each result as
it is ready. An article the user can do something about (:class:`ReaderError`) is listed in
the report; any other exception is a bug, raised on the GUI thread with its traceback.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QThread, Signal

from reader.core.analysis import analyze_document
from reader.core.errors import ReaderError
from reader.core.store import Store

from ..workers import WorkerCrashed

STEPS_PER_DOCUMENT = 3  # noise, entities, claims (what analyze() reports)


@dataclass
class AnalysisReport:
    results: dict = field(default_factory=dict)  # doc id -> Analysis
    errors: list[tuple[str, str]] = field(default_factory=list)  # doc id, message
    cancelled: bool = False


class AnalysisWorker(QObject):
    #: steps done, steps in all, what is being done
    progress = Signal(int, int, str)
    #: (doc id, Analysis) for each article, as soon as it is done
    analyzed = Signal(str, object)
    finished = Signal(object)  # AnalysisReport
    crashed = Signal(str)

    def __init__(self, doc_ids: list[str], db_path: str, use_cache: bool = True):
        super().__init__()
        self.doc_ids = list(doc_ids)
        self.db_path = str(db_path)
        self.use_cache = use_cache
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

                def step(done: int, _steps: int, _label: str, base=base, title=title) -> None:
                    self.progress.emit(base + min(done, STEPS_PER_DOCUMENT), total, title)

                step(0, STEPS_PER_DOCUMENT, "")
                result = analyze_document(store, doc, progress=step, use_cache=self.use_cache)
            except ReaderError as exc:
                report.errors.append((doc_id, exc.message))
                continue
            report.results[doc_id] = result
            self.analyzed.emit(doc_id, result)
        self.progress.emit(total, total, "")


class AnalysisJob(QObject):
    """An :class:`AnalysisWorker` on its own thread; owns both and cleans them up."""

    progress = Signal(int, int, str)
    analyzed = Signal(str, object)
    finished = Signal(object)  # AnalysisReport

    def __init__(self, doc_ids: list[str], db_path: str, *, generation: int = 0,
                 use_cache: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.doc_ids = list(doc_ids)
        self.generation = generation
        self.worker = AnalysisWorker(doc_ids, db_path, use_cache)
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
