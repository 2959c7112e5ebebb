"""Importing files from the window: off the GUI thread, with a progress bar and Cancel.

Files come from the File menu, from Open Recent, from drag and drop and from the command
line; all go through :meth:`ImportController.import_paths`. When the worker is done, files
that failed are listed in one message (each named with its problem), the library is
refreshed and the last imported article is opened.

Whatever happens to an import, the controller is ready for the next one: a worker that
crashed (a bug, shown as such) ends its import, and Cancel ends it for the user even when a
file's parse does not return. The worker stops between files and never saves a file it
was reading when cancelled; one that has not stopped ``ABANDON_AFTER_MS`` after Cancel is
ended for the user, and the next import starts at once. Its thread is interrupted: an
:class:`ImportCancelled` error is raised in it at its next Python instruction (so a parse
looping in Python stops; one inside a long C call stops when that call returns), and it is
kept referenced until it ends, since a QThread destroyed while it runs aborts the program.
"""

from __future__ import annotations

import ctypes
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from reader.core.errors import ReaderError

from .errors import show_import_errors
from .session import Session
from .workers import ImportJob, ImportReport


#: How long a cancelled import may take to stop before it is left to end in the background.
ABANDON_AFTER_MS = 1500
#: How long closing the window waits for a running import to stop, then for an
#: interrupted one.
SHUTDOWN_WAIT_MS = 3000
INTERRUPTED_WAIT_MS = 1000

#: Cancelled imports still running, kept referenced until their thread ends (a QThread must
#: not be destroyed while it runs).
_ABANDONED: list[ImportJob] = []


class ImportCancelled(ReaderError):
    """Raised inside the parse of a cancelled import that did not stop (see the module)."""

    def __init__(self, message: str = "the import was cancelled", path=None):
        super().__init__(message, path)


def _interrupt(ident: int | None) -> bool:
    """Raise :class:`ImportCancelled` in the thread ``ident`` (a documented C-API call)."""
    if ident is None:
        return False
    found = ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident),
                                                       ctypes.py_object(ImportCancelled))
    return found == 1


class _Keeper(QObject):
    """Holds abandoned imports (in :data:`_ABANDONED`) and lets each go when it ends. One,
    made on the GUI thread, outliving any window: the slots run there (a worker's signals
    reach a plain function on the worker's own thread)."""

    instance: "_Keeper | None" = None

    @classmethod
    def keep(cls, job: ImportJob) -> None:
        if cls.instance is None:
            cls.instance = cls()
        _ABANDONED.append(job)
        job.finished.connect(cls.instance._ended)
        job.worker.crashed.connect(cls.instance._ended)

    def _ended(self, *_args) -> None:
        sender = self.sender()
        for job in list(_ABANDONED):
            if sender is job or sender is job.worker:
                _ABANDONED.remove(job)
                job.deleteLater()


class ImportController(QObject):
    #: The report of a finished (or cancelled) import.
    finished = Signal(object)

    def __init__(self, session: Session, window: QWidget, status_bar: QStatusBar):
        super().__init__(window)
        self.session = session
        self.window = window
        self.status_bar = status_bar
        self.job: ImportJob | None = None
        self._queue: list[tuple[list[str], bool]] = []
        self._abandon_timer = QTimer(self)
        self._abandon_timer.setSingleShot(True)
        self._abandon_timer.setInterval(ABANDON_AFTER_MS)
        self._abandon_timer.timeout.connect(self._abandon)
        self.last_error_box = None
        self.progress = QProgressBar(status_bar)
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), status_bar)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def import_paths(self, paths: list[str], open_last: bool = True) -> ImportJob | None:
        """Start importing ``paths`` (queued after an import that is running)."""
        paths = [str(p) for p in paths if str(p)]
        if not paths:
            return None
        if self.job is not None:
            self._queue.append((paths, open_last))
            return None
        self._open_last = open_last
        job = self.job = ImportJob(paths, str(self.session.db_path), self)
        job.ident = None  # the worker's thread, noted from the thread itself (to interrupt it)
        job.worker.progress.connect(lambda *_: setattr(job, "ident", threading.get_ident()),
                                    Qt.ConnectionType.DirectConnection)
        job.progress.connect(lambda *args: job is self.job and self._on_progress(*args))
        job.finished.connect(lambda report: self._on_finished(job, report))
        # A bug in the worker is raised on the GUI thread by the job; the import ends too.
        job.worker.crashed.connect(self._on_crashed)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Importing %v of %m"))
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.status_bar.showMessage(self.tr("Importing…"))
        self.job.start()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.status_bar.showMessage(self.tr("Cancelling the import…"))
            self.job.cancel()
            self._abandon_timer.start()
        self._queue.clear()

    def _abandon(self) -> None:
        """The cancelled import has not stopped (a file that takes too long to read): end it
        for the user now and let its thread end in the background."""
        job = self.job
        if job is None or not job.worker.cancelled:
            return
        job.setParent(None)  # outlives the window if it must; dropped when its thread ends
        _Keeper.keep(job)
        _interrupt(job.ident)
        job.finished.connect(self._on_abandoned_finished)  # (not called once self is gone)
        self._end(job)
        self.status_bar.showMessage(self.tr(
            "Import cancelled. The file being read is left to finish in the background; "
            "it will not be saved."), 8000)
        self.finished.emit(ImportReport(cancelled=True))
        self._next()

    def _on_abandoned_finished(self, report: ImportReport) -> None:
        """An abandoned import ended: show what it saved before it was cancelled."""
        if report.imported:
            self.session.add_recent_files([path for path, _doc, _status in report.imported])
            self.session.libraryChanged.emit()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name:
            self.status_bar.showMessage(self.tr("Importing %1…").replace("%1", name))

    def _end(self, job: ImportJob) -> None:
        """``job`` is no longer the import under way."""
        self._abandon_timer.stop()
        if job is self.job:
            self.job = None
        self.progress.hide()
        self.cancel_button.hide()

    def _next(self) -> None:
        if self._queue and self.job is None:
            paths, open_last = self._queue.pop(0)
            self.import_paths(paths, open_last)

    def _on_crashed(self, _traceback: str) -> None:
        job = self.job
        if job is None or self.sender() is not job.worker:
            return
        self._end(job)
        self.status_bar.showMessage(self.tr("The import stopped on an error."), 8000)
        self.finished.emit(ImportReport(cancelled=True))
        self._next()

    def _on_finished(self, job: ImportJob, report: ImportReport) -> None:
        if job is not self.job:
            return  # abandoned after Cancel: see _forget
        self._end(job)
        job.deleteLater()
        paths = [path for path, _doc, _status in report.imported]
        if paths:
            self.session.add_recent_files(paths)
        self.session.libraryChanged.emit()
        self._report(report)
        if self._open_last and report.last_doc_id and not report.cancelled:
            current = self.session.current_document
            if current is not None and current.id == report.last_doc_id:
                self.session.reload_current()
            else:
                self.session.open_document(report.last_doc_id)
        self.finished.emit(report)
        self._next()

    def _report(self, report: ImportReport) -> None:
        count = len(report.imported)
        if report.cancelled:
            message = self.tr("Import cancelled; files imported before: %1.").replace("%1", str(count))
        elif report.errors:
            message = self.tr("Files imported: %1; could not import: %2.").replace(
                "%1", str(count)).replace("%2", str(len(report.errors)))
        else:
            message = self.tr("Files imported: %1.").replace("%1", str(count))
        self.status_bar.showMessage(message, 8000)
        if report.errors:
            self.last_error_box = show_import_errors(self.window, report.errors)

    def shutdown(self) -> None:
        """Cancel a running import and wait a while for it to stop (the window is closing);
        one that does not stop is abandoned like a cancelled import that hangs."""
        self._queue.clear()
        job = self.job
        if job is not None:
            job.cancel()
            if not job.wait(SHUTDOWN_WAIT_MS):
                self._abandon()
                job.wait(INTERRUPTED_WAIT_MS)

