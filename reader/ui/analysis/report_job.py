"""Writing an attribution report from the window in another process.

A book's report takes long (a PDF of a 1 MB article: 8 s of Qt laying out and printing,
which no thread can interrupt and which holds the interpreter). The window runs
``reader report DOC --format FMT -o FILE --db LIBRARY`` instead, the command line's own
path: the window stays responsive, Cancel (or closing the window) ends the process at
once, and what it used is given back when it ends. The analysis comes from the library's
cache, which the window's analysis filled.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, Signal

#: How long closing the window waits for a cancelled report process to end (ms).
KILL_WAIT_MS = 2000


class ReportJob(QObject):
    #: The process ended: (written, message): message is the command's error, one line.
    finished = Signal(bool, str)

    def __init__(self, db_path: str, doc_id: str, fmt: str, path: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self.cancelled = False
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "reader", "report", doc_id, "--format", fmt,
                                   "-o", path, "--db", str(db_path)])
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)
        self._ended = False

    def start(self) -> None:
        self.process.start()

    @property
    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def cancel(self) -> None:
        """End the process now (nothing is written unless it had finished)."""
        self.cancelled = True
        if self.running:
            self.process.kill()
            self.process.waitForFinished(KILL_WAIT_MS)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._end(False, self.process.errorString())

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self._end(True, "")
            return
        lines = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace").splitlines()
        message = next((line for line in reversed(lines) if line.strip()), f"exit status {code}")
        self._end(False, message.removeprefix("reader: ").strip())

    def _end(self, written: bool, message: str) -> None:
        if not self._ended:
            self._ended = True
            self.finished.emit(written, message)


class ReportExport(QObject):
    """The window's side: a busy bar and Cancel in the status bar while a report is being
    written, then "Report written to …" or the error."""

    #: A report job ended: (written, path).
    done = Signal(bool, str)

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QProgressBar, QPushButton

        self.window = window
        self.job: ReportJob | None = None
        bar = window.statusBar()
        self.busy_bar = QProgressBar(bar)
        self.busy_bar.setObjectName("reportProgress")
        self.busy_bar.setRange(0, 0)  # the command says nothing until it is done
        self.busy_bar.setMaximumWidth(120)
        self.cancel_button = QPushButton(self.tr("Cancel"), bar)
        self.cancel_button.setObjectName("cancelReport")
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.busy_bar, self.cancel_button):
            bar.addPermanentWidget(widget)
            widget.hide()

    def start(self, doc_id: str, fmt: str, path: str) -> ReportJob:
        """Write ``doc_id``'s report (cancelling one under way)."""
        self.cancel()
        job = self.job = ReportJob(str(self.window.session.db_path), doc_id, fmt, path, self)
        job.finished.connect(lambda written, message: self._on_finished(job, written, message))
        self.busy_bar.show()
        self.cancel_button.show()
        self.window.statusBar().showMessage(self.tr("Writing the report…"))
        job.start()
        return job

    def cancel(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.cancel()
            self._idle()
            self.window.statusBar().showMessage(self.tr("Report cancelled."), 5000)
            job.deleteLater()

    def _idle(self) -> None:
        self.busy_bar.hide()
        self.cancel_button.hide()

    def _on_finished(self, job: ReportJob, written: bool, message: str) -> None:
        if job is not self.job:
            return  # cancelled
        self.job = None
        self._idle()
        job.deleteLater()
        if written:
            self.window.statusBar().showMessage(
                self.tr("Report written to %1").replace("%1", job.path), 8000)
        else:
            from ..errors import show_message

            self.window.statusBar().clearMessage()
            show_message(self.window, self.tr("Export Attribution Report"), message)
        self.done.emit(written, job.path)
