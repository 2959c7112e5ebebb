"""Filling views on the GUI thread a slice at a time, so that a book never freezes the window.

Widgets must be filled on the GUI thread. A view that fills itself from a generator, which
yields every few rows (``BATCH``), can be run here: a small analysis (an article) is
filled at once, as before; a large one a slice of at most ``SLICE_MS`` at a time, with the
event loop running between slices, so the window keeps painting and answering.
"""

from __future__ import annotations

import time
from typing import Iterator

from PySide6.QtCore import QObject, QTimer, Signal

#: Rows a filling generator adds between two yields.
BATCH = 100
#: How long one slice may hold the GUI thread (ms).
SLICE_MS = 25


class SlicedWork(QObject):
    #: The work ran to its end (not emitted when it was cancelled or replaced).
    finished = Signal()

    def __init__(self, parent: QObject | None = None, slice_ms: int = SLICE_MS):
        super().__init__(parent)
        self.slice_ms = slice_ms
        self._steps: Iterator | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def busy(self) -> bool:
        return self._steps is not None

    def start(self, steps: Iterator, at_once: bool = False) -> None:
        """Run ``steps`` (a generator), replacing the work under way. With ``at_once`` it
        runs to the end now; otherwise a first slice runs now and the rest later."""
        self.cancel()
        self._steps = steps
        if at_once:
            for _ in steps:
                pass
            self._done()
        else:
            self._slice()

    def cancel(self) -> None:
        self._timer.stop()
        steps, self._steps = self._steps, None
        if steps is not None:
            steps.close()

    def finish(self) -> None:
        """Run what is left now (someone needs the views complete)."""
        steps = self._steps
        if steps is None:
            return
        self._timer.stop()
        for _ in steps:
            pass
        self._done()

    def _slice(self) -> None:
        steps = self._steps
        if steps is None:
            return
        deadline = time.monotonic() + self.slice_ms / 1000
        for _ in steps:
            if time.monotonic() >= deadline:
                self._timer.start()
                return
        self._done()

    def _done(self) -> None:
        self._steps = None
        self.finished.emit()
