"""The window's desk: syncing in the background, never on the GUI thread.

A :class:`DeskWorker` lives in its own QThread with its own Store (an SQLite connection
belongs to the thread that made it) and runs desk jobs one at a time: a sync, joining,
leaving, reading the status or the conflicts, restoring a conflict. :class:`DeskSync` owns
it from the GUI thread: a timer syncs every few minutes when the library has joined a desk
and background sync is on, and a label in the status bar says how the desk is ("Desk:
synced 14:03", "Desk: offline, changes kept"). What a sync brings in is committed by the
worker's connection, so the window shows it through :attr:`Session.changedElsewhere`.

A job that fails with a :class:`ReaderError` (the desk is unreachable, refused, not a desk)
reports its message; anything else is a bug and is raised on the GUI thread.
"""

from __future__ import annotations

import itertools
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from reader.core.errors import ReaderError
from reader.core.store import Store

from .workers import WorkerCrashed

#: Background sync interval when none is set (seconds).
DEFAULT_INTERVAL_S = 120
#: After a failed sync (offline), the next try comes sooner.
RETRY_S = 60


class DeskWorker(QObject):
    done = Signal(int, object)  # job number, result
    failed = Signal(int, str)  # job number, message for the user
    crashed = Signal(str)  # traceback of a bug

    def __init__(self, db_path: str):
        super().__init__()
        self.db_path = db_path
        self._store: Store | None = None

    @Slot(int, object)
    def run(self, number: int, job: Callable[[Store], object]) -> None:
        try:
            if self._store is None:
                self._store = Store.open(self.db_path)
            result = job(self._store)
        except ReaderError as exc:
            self.failed.emit(number, str(exc))
        except Exception:  # a bug: raised again on the GUI thread, never swallowed
            self.crashed.emit(traceback.format_exc())
        else:
            self.done.emit(number, result)

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class DeskSync(QObject):
    #: A short line on the desk's state for the status bar ("" when not joined).
    statusChanged = Signal(str)
    #: A sync finished (a SyncReport) or failed (a message).
    synced = Signal(object)
    syncFailed = Signal(str)
    _submit = Signal(int, object)
    _close = Signal()

    def __init__(self, session, status_bar: QStatusBar | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._numbers = itertools.count(1)
        self._callbacks: dict[int, tuple] = {}
        self._syncing = False
        self._thread: QThread | None = None  # started on first use: none without a desk
        self.worker: DeskWorker | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.label = QLabel(self.tr("Desk"))
        self.label.setObjectName("deskStatus")
        self.label.hide()
        if status_bar is not None:
            status_bar.addPermanentWidget(self.label)
        self.statusChanged.connect(self._show)
        self.refresh_settings()

    # --- settings kept in the library -----------------------------------------------------------

    def settings(self) -> dict:
        """Joined or not, the address, background sync and its interval (a cheap local read)."""
        from reader.core.desk import local

        db = self.session.store.db
        url = local.get(db, local.URL)
        return {"url": url, "auto": local.get(db, local.AUTO, "1") == "1",
                "interval": int(local.get(db, local.INTERVAL, str(DEFAULT_INTERVAL_S))),
                "user": local.get(db, local.USER) or "", "last_sync": local.get(db, local.LAST_SYNC)}

    def refresh_settings(self) -> None:
        """Start or stop the background sync after the settings changed."""
        s = self.settings()
        if s["url"] is None:
            self._timer.stop()
            self.statusChanged.emit("")
            return
        if s["auto"] and not self.session.read_only:
            if not self._syncing and not self._timer.isActive():
                self._timer.start(1000)  # soon after the window opens or the settings change
        else:
            self._timer.stop()
        if not self._syncing:
            self.statusChanged.emit(self._idle_line(s))

    def _idle_line(self, s: dict) -> str:
        if s["last_sync"]:
            return self.tr("Desk: last synced %1").replace("%1", clock_text(s["last_sync"]))
        return self.tr("Desk: not synced yet")

    # --- jobs -------------------------------------------------------------------------------------

    def call(self, job: Callable[[Store], object], done: Callable[[object], None] | None = None,
             failed: Callable[[str], None] | None = None) -> int:
        """Run ``job(store)`` on the desk's thread; ``done(result)`` or ``failed(message)``
        are called on the GUI thread."""
        self._start()
        number = next(self._numbers)
        self._callbacks[number] = (done, failed)
        self._submit.emit(number, job)
        return number

    def _start(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._thread.setObjectName("deskSync")
        self.worker = DeskWorker(str(self.session.db_path))
        self.worker.moveToThread(self._thread)
        self._submit.connect(self.worker.run)
        self._close.connect(self.worker.close)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.crashed.connect(self._on_crashed)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.start()

    def sync_now(self) -> None:
        if self._syncing or self.settings()["url"] is None:
            return
        from reader.core.desk import sync

        self._syncing = True
        self._timer.stop()
        self.statusChanged.emit(self.tr("Desk: syncing…"))
        self.call(lambda store: sync(store), self._on_synced, self._on_sync_failed)

    @property
    def syncing(self) -> bool:
        return self._syncing

    def _on_synced(self, report) -> None:
        self._syncing = False
        line = self.tr("Desk: synced %1 (sent %2, received %3)").replace(
            "%1", time.strftime("%H:%M")).replace("%2", str(report.sent)).replace(
            "%3", str(report.received))
        if report.refused:
            line += " · " + self.tr("%n change(s) refused by the desk, kept here", "",
                                    len(report.refused))
        if report.conflicts:
            line += " · " + self.tr("%n new conflict(s)", "", report.conflicts)
        self.statusChanged.emit(line)
        self.label.setToolTip("\n".join(report.refused[:5]))
        self._schedule(self.settings()["interval"])
        self.synced.emit(report)
        self.session.check_for_changes()  # show what arrived now, not at the next tick

    def _on_sync_failed(self, message: str) -> None:
        self._syncing = False
        self.statusChanged.emit(self.tr("Desk: not synced, your changes are kept; retrying later"))
        self.label.setToolTip(message)
        self._schedule(min(RETRY_S, self.settings()["interval"]))
        self.syncFailed.emit(message)

    def _schedule(self, seconds: int) -> None:
        if self.settings()["auto"]:
            self._timer.start(max(5, seconds) * 1000)

    def _on_done(self, number: int, result) -> None:
        done, _ = self._callbacks.pop(number, (None, None))
        if done is not None:
            done(result)

    def _on_failed(self, number: int, message: str) -> None:
        _, failed = self._callbacks.pop(number, (None, None))
        if failed is not None:
            failed(message)

    def _on_crashed(self, details: str) -> None:
        self._syncing = False
        raise WorkerCrashed("the desk's worker failed:\n" + details)

    def _show(self, line: str) -> None:
        self.label.setText(line)
        self.label.setVisible(bool(line))

    def shutdown(self) -> None:
        """Stop the timer and the thread (waits for a job that is running to end)."""
        self._timer.stop()
        if self._thread is None:
            return
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
        self._thread = None


def clock_text(iso: str) -> str:
    """An ISO time (UTC) as the local hour and minute, with the date when not today."""
    import calendar

    try:
        t = calendar.timegm(time.strptime(iso, "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        return iso
    local_t = time.localtime(t)
    if time.strftime("%Y-%m-%d", local_t) == time.strftime("%Y-%m-%d"):
        return time.strftime("%H:%M", local_t)
    return time.strftime("%Y-%m-%d %H:%M", local_t)
