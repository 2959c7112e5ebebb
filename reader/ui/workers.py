"""Work that must not run on the GUI thread: importing files (one or many, small or a book).

A worker runs in its own QThread and opens its own Store (an SQLite connection belongs to
the thread that made it). It reports progress, can be cancelled between files and before a
parsed file is saved, and ends with an :class:`ImportReport`. A file the user can fix
(:class:`ReaderError`) is listed in the report; any other exception is a bug: it is sent to
the GUI thread with its traceback and raised there, never swallowed.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from reader.core.errors import ReaderError
from reader.core.store import Store


@dataclass
class ImportReport:
    imported: list[tuple[str, str, str]] = field(default_factory=list)  # path, doc id, status
    errors: list[tuple[str, str]] = field(default_factory=list)  # path, message
    cancelled: bool = False

    @property
    def last_doc_id(self) -> str | None:
        return self.imported[-1][1] if self.imported else None


class WorkerCrashed(RuntimeError):
    """A bug in a worker thread, re-raised on the GUI thread with the worker's traceback."""


class ImportWorker(QObject):
    #: files done, files in all, the name of the file being read
    progress = Signal(int, int, str)
    finished = Signal(object)  # ImportReport
    crashed = Signal(str)  # traceback of a bug

    def __init__(self, paths: list[str], db_path: str):
        super().__init__()
        self.paths = [str(p) for p in paths]
        self.db_path = str(db_path)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next file, and do not save a file that is being read."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        report = ImportReport()
        try:
            with Store.open(self.db_path) as store:
                self._import_all(store, report)
        except ReaderError as exc:  # the library itself cannot be opened
            report.errors.append((self.db_path, exc.message))
        except Exception:  # a bug: hand it to the GUI thread, which raises it
            self.crashed.emit(traceback.format_exc())
            return
        self.finished.emit(report)

    def _import_all(self, store: Store, report: ImportReport) -> None:
        from reader.core.importers import import_file  # loaded on first import, not at start

        total = len(self.paths)
        for done, path in enumerate(self.paths):
            if self.cancelled:
                report.cancelled = True
                return
            self.progress.emit(done, total, Path(path).name)
            try:
                imported = import_file(path)
                if self.cancelled:
                    report.cancelled = True
                    return
                result = store.import_document(imported)
            except ReaderError as exc:
                report.errors.append((path, exc.message))
                continue
            report.imported.append((path, result.document.id, result.status))
        self.progress.emit(total, total, "")


class ImportJob(QObject):
    """An :class:`ImportWorker` on its own thread; owns both and cleans them up."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # ImportReport

    def __init__(self, paths: list[str], db_path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = ImportWorker(paths, db_path)
        self.thread = QThread()
        self.thread.setObjectName("import-worker")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Stop the thread's event loop from the worker's side, so that waiting for the
        # thread never depends on the GUI thread's event loop.
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.crashed.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.crashed.connect(self._on_crashed)
        self.report: ImportReport | None = None

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, ms: int = 30000) -> bool:
        return self.thread.wait(ms)

    def _stop_thread(self) -> None:
        self.thread.wait()

    def _on_finished(self, report: ImportReport) -> None:
        self._stop_thread()
        self.report = report
        self.finished.emit(report)

    def _on_crashed(self, text: str) -> None:
        self._stop_thread()
        raise WorkerCrashed("the import worker failed:\n" + text)
