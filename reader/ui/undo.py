"""Undo commands for changes that are committed before they reach the undo stack.

Every service writes to SQLite first and pushes the command only once the write has
committed (the user must never see "saved" for something that was not). ``QUndoStack.push``
calls ``redo()`` at once; for these commands that first call must do nothing.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class CommittedCommand(QUndoCommand):
    """Subclasses implement :meth:`apply` (redo after an undo) and ``undo``."""

    def __init__(self, text: str):
        super().__init__(text)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the change was written before the push
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError
