"""The window's writes never wait long for the library.

The window's connection waits at most :data:`GUI_BUSY_MS` for another program's write lock
(``reader import-annotations`` writing 20,000 notes, another window). A write that finds the
library busy is queued here and retried on a timer, in the order it was asked for, until it
commits; only then is its ``done`` callback run (which updates the views and the undo
stack), so the window never shows as saved what is not on disk. While writes wait, the
status bar says so (:attr:`WriteQueue.pendingChanged`). A write refused for another reason
(read-only library, disk full, a conflict) calls ``failed`` with the message.

Writes with a ``key`` replace an earlier queued write with the same key (the reading
position of one article: only the latest one matters).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.errors import LibraryBusyError, ReaderError

#: How long the GUI thread waits for another program's write lock before queueing (ms).
GUI_BUSY_MS = 50
#: How often queued writes are retried (ms).
RETRY_MS = 250


@dataclass
class _Write:
    write: Callable[[], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[str], None] | None
    key: str | None
    since: float


class WriteQueue(QObject):
    #: Number of writes waiting for the library (0 when all are saved).
    pendingChanged = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: list[_Write] = []
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)

    @property
    def pending(self) -> int:
        return len(self._queue)

    def submit(self, write: Callable[[], Any], done: Callable[[Any], None] | None = None,
               failed: Callable[[str], None] | None = None, key: str | None = None) -> bool:
        """Run ``write`` now if the library lets us; otherwise queue it. Returns True when it
        committed now (``done`` has run), False when it is queued or failed."""
        if key is not None:
            self._queue = [w for w in self._queue if w.key != key]
        item = _Write(write, done, failed, key, time.monotonic())
        if self._queue:  # keep the order: behind what already waits
            self._queue.append(item)
            self._changed()
            return False
        outcome = self._attempt(item)
        if outcome == "busy":
            self._queue.append(item)
            self._changed()
        return outcome == "done"

    def _attempt(self, item: _Write) -> str:
        try:
            result = item.write()
        except LibraryBusyError:
            return "busy"
        except ReaderError as exc:
            if item.failed is not None:
                item.failed(str(exc))
            return "failed"
        if item.done is not None:
            item.done(result)
        return "done"

    def retry(self) -> None:
        """Try the queued writes in order; stop at the first that still finds the library
        busy."""
        while self._queue:
            if self._attempt(self._queue[0]) == "busy":
                break
            self._queue.pop(0)
        self._changed()

    def flush(self, wait_ms: int, set_busy_ms: Callable[[int], None] | None = None) -> int:
        """Try to save everything queued, waiting up to ``wait_ms`` for the lock (at quit).
        Returns how many writes are still waiting."""
        if not self._queue:
            return 0
        if set_busy_ms is not None:
            set_busy_ms(wait_ms)
        try:
            self.retry()
        finally:
            if set_busy_ms is not None:
                set_busy_ms(GUI_BUSY_MS)
        return len(self._queue)

    def _changed(self) -> None:
        if self._queue and not self._timer.isActive():
            self._timer.start()
        elif not self._queue:
            self._timer.stop()
        self.pendingChanged.emit(len(self._queue))
