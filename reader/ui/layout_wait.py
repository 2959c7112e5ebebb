"""Starting work on a long text once the reader view has laid it out.

Qt lays out a long text in the background, 200,000 characters a step, and a worker thread
running Python beside it lengthens each step (it holds the interpreter the view's event
handlers need): the window would stop answering for a few hundred milliseconds at a time.
Workers on a text longer than ``LAYOUT_FIRST_CHARS`` (the analysis, the vocabulary) start
once the view has laid all of it out (its last block has lines), checked every
``LAYOUT_POLL_MS``, or after ``LAYOUT_WAIT_MS`` at most.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

LAYOUT_FIRST_CHARS = 400_000
LAYOUT_POLL_MS = 200
LAYOUT_WAIT_MS = 15_000


def when_laid_out(view, parent: QObject, callback: Callable[[], None],
                  wanted: Callable[[], bool] = lambda: True) -> QTimer:
    """Call ``callback`` once ``view`` (a text view) has laid out its whole document, or
    after ``LAYOUT_WAIT_MS``; not at all if ``wanted()`` answers False first (another
    document was shown meanwhile). Returns the polling timer."""
    poll = QTimer(parent)
    poll.setInterval(LAYOUT_POLL_MS)
    waited = [0]

    def check() -> None:
        waited[0] += LAYOUT_POLL_MS
        if not wanted():
            poll.stop()
            poll.deleteLater()
            return
        last = view.document().lastBlock().layout()
        if (last is not None and last.lineCount() > 0) or waited[0] >= LAYOUT_WAIT_MS:
            poll.stop()
            poll.deleteLater()
            callback()

    poll.timeout.connect(check)
    poll.start()
    return poll
