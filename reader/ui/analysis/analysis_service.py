"""The analyses the window shows: asked for here, computed by workers, kept in memory.

:meth:`AnalysisService.request` answers at once from memory or starts a worker (the
worker answers from the library's cache when it can); :attr:`ready` says when a result is
there. After the user teaches the entity recogniser, :meth:`invalidate` forgets every
result (a result still being computed with the old teachings is dropped when it arrives)
and emits :attr:`invalidated`, so views ask again. :meth:`analyze_batch` analyses many
articles for the library view, with progress.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, Signal

from reader.core.analysis import Analysis

from .analysis_worker import AnalysisJob, AnalysisReport


#: How many analyses are kept in memory (the library's cache has them all).
MAX_KEPT = 16


class AnalysisService(QObject):
    #: An analysis is ready: (doc id, Analysis).
    ready = Signal(str, object)
    #: Work started or progressed: steps done, steps in all, the article's title.
    progress = Signal(int, int, str)
    #: No analysis is running any more.
    idle = Signal()
    #: Every result was dropped (the teachings changed); ask again.
    invalidated = Signal()
    #: An article could not be analysed: (doc id, message).
    failed = Signal(str, str)

    def __init__(self, db_path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = str(db_path)
        self._results: OrderedDict[str, Analysis] = OrderedDict()  # the last MAX_KEPT
        self._pending: dict[str, AnalysisJob] = {}
        self._jobs: list[AnalysisJob] = []
        self.generation = 0
        self._closed = False

    # --- asking ----------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True once :meth:`shutdown` ran (the window is closing)."""
        return self._closed

    def analysis(self, doc_id: str) -> Analysis | None:
        """The result in memory for ``doc_id`` (None: not analysed yet, or outdated)."""
        if doc_id in self._results:
            self._results.move_to_end(doc_id)
        return self._results.get(doc_id)

    def request(self, doc_id: str, text: str | None = None) -> AnalysisJob | None:
        """Make sure ``doc_id`` is analysed; :attr:`ready` follows (at once when known).
        ``text``: the article's text now (a result for an older version is not used)."""
        known = self._results.get(doc_id)
        if known is not None and (text is None or known.text == text):
            self.ready.emit(doc_id, known)
            return None
        if doc_id in self._pending:
            return self._pending[doc_id]
        job = self._start([doc_id])
        self._pending[doc_id] = job
        return job

    def analyze_batch(self, doc_ids: list[str], collector=None) -> AnalysisJob:
        """Analyse ``doc_ids`` in one worker (cached ones are fast); its ``finished``
        carries an :class:`AnalysisReport` with every result, or with ``collector``
        (see :class:`AnalysisWorker`) only the collector's summary. The analyses held in
        memory are handed to the worker, not read again."""
        known = {d: self._results[d] for d in doc_ids if d in self._results}
        return self._start(list(doc_ids), collector, known)

    def invalidate(self) -> None:
        """Forget every result: the teachings changed, so the entities (and the claims'
        canonical sources) may differ."""
        self.generation += 1
        self._results.clear()
        self._pending.clear()
        self.invalidated.emit()

    @property
    def busy(self) -> bool:
        return any(not job.done for job in self._jobs)

    def shutdown(self) -> None:
        """Cancel and wait for every worker (the window is closing). Results still queued
        for the GUI thread are dropped: the library may be closed by the time they arrive."""
        self._closed = True
        for job in list(self._jobs):
            job.cancel()
        for job in list(self._jobs):
            job.wait()

    # --- workers ---------------------------------------------------------------------------

    def _start(self, doc_ids: list[str], collector=None, known=None) -> AnalysisJob:
        job = AnalysisJob(doc_ids, self.db_path, generation=self.generation,
                          collector=collector, known=known, parent=self)
        job.progress.connect(self.progress)
        job.analyzed.connect(lambda doc_id, result, j=job: self._on_analyzed(j, doc_id, result))
        job.finished.connect(lambda report, j=job: self._on_finished(j, report))
        self._jobs.append(job)
        job.start()
        return job

    def _on_analyzed(self, job: AnalysisJob, doc_id: str, result: Analysis) -> None:
        if self._closed:
            return
        if job.generation != self.generation:
            return  # computed with teachings that have changed since
        self._results[doc_id] = result
        self._results.move_to_end(doc_id)
        while len(self._results) > MAX_KEPT:
            self._results.popitem(last=False)
        if self._pending.get(doc_id) is job:
            del self._pending[doc_id]
        self.ready.emit(doc_id, result)

    def _on_finished(self, job: AnalysisJob, report: AnalysisReport) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        for doc_id, pending in list(self._pending.items()):
            if pending is job:
                del self._pending[doc_id]
        job.deleteLater()
        if self._closed:
            return
        for doc_id, message in report.errors:
            self.failed.emit(doc_id, message)
        if not self.busy:
            self.idle.emit()
