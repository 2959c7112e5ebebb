"""Importing files from the window: off the GUI thread, with a progress bar and Cancel.

Files come from the File menu, from Open Recent, from drag and drop and from the command
line; all go through :meth:`ImportController.import_paths`. When the worker is done, files
that failed are listed in one message (each named with its problem), the library is
refreshed and the last imported article is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from .errors import show_import_errors
from .session import Session
from .workers import ImportJob, ImportReport


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
        self.job = ImportJob(paths, str(self.session.db_path), self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
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
        self._queue.clear()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name:
            self.status_bar.showMessage(self.tr("Importing %1…").replace("%1", name))

    def _on_finished(self, report: ImportReport) -> None:
        job, self.job = self.job, None
        self.progress.hide()
        self.cancel_button.hide()
        if job is not None:
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
        if self._queue:
            paths, open_last = self._queue.pop(0)
            self.import_paths(paths, open_last)

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
        """Cancel and wait for a running import (the window is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

