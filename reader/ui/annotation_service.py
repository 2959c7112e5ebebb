"""The one place that changes annotations.

Widgets only *ask* (a colour was chosen, delete was requested); this service writes to the
library (the Store commits before it returns), and only then emits :attr:`changed`, so a
view never shows as saved what is not on disk. Every change is pushed on :attr:`undo_stack`,
and undo/redo write through the same path: an undo restores the previous state with
``Store.save_annotation``; deleting sets the tombstone and its undo clears it.

A write that finds the library busy (another program writing) waits in the session's
:class:`~reader.ui.write_queue.WriteQueue` and is retried; it is pushed and shown only once
it has committed. A write the library refuses (disk full, read-only...) is reported with
:attr:`failed` and nothing is pushed or shown; any other exception is a bug and propagates.

Undo and redo never overwrite a change they did not make: each command remembers the state
it left in the library, and writes only if the library still holds exactly that state (an
annotation edited meanwhile by another program, a colleague's imported note, is kept, the
user is told, and the step leaves the undo stack).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.errors import ConflictError
from reader.core.model import Annotation
from reader.core.store import Store

from .themes import HIGHLIGHT_COLORS
from .undo import CommittedCommand
from .write_queue import WriteQueue



class AnnotationService(QObject):
    #: (document id, annotation uuid) after a change has been committed to the library.
    changed = Signal(str, str)
    #: A user message when the library refused a write; nothing was changed.
    failed = Signal(str)

    def __init__(self, store: Store, author: str = "", parent: QObject | None = None,
                 writes: WriteQueue | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author
        self.undo_stack = QUndoStack(self)
        self.writes = writes if writes is not None else WriteQueue(self)

    # --- reading ---------------------------------------------------------------------------

    def annotations(self, doc_id: str) -> list[Annotation]:
        """Live annotations of a document (orphans included), in text order."""
        return self.store.annotations(doc_id)

    def get(self, uuid: str) -> Annotation:
        return self.store.annotation(uuid)

    # --- changes the user asks for ------------------------------------------------------------

    def add(
        self,
        doc_id: str,
        start: int,
        end: int,
        *,
        color: str = "yellow",
        note: str = "",
        tags: tuple[str, ...] = (),
    ) -> Annotation | None:
        if color not in HIGHLIGHT_COLORS:
            raise ValueError(f"unknown highlight colour {color!r}")
        kind = "note" if note.strip() else "highlight"
        if kind == "note":
            label = QCoreApplication.translate("AnnotationService", "Add note")
        else:
            label = QCoreApplication.translate("AnnotationService", "Highlight")
        done: list[Annotation] = []

        def write() -> Annotation:
            return self.store.add_annotation(
                doc_id, start, end, kind=kind, color=color, note=note, tags=tuple(tags),
                author=self.author)

        def committed(created: Annotation) -> None:
            done.append(created)
            self.undo_stack.push(_Change(self, None, created, label))
            self.changed.emit(created.doc_id, created.uuid)

        self.writes.submit(write, committed, self.failed.emit)
        return done[0] if done else None

    def edit(self, uuid: str, **changes) -> Annotation | None:
        """Change colour, note and/or tags of an annotation."""
        before = self.get(uuid)
        if "color" in changes and changes["color"] not in HIGHLIGHT_COLORS:
            raise ValueError(f"unknown highlight colour {changes['color']!r}")
        if "tags" in changes:
            changes["tags"] = tuple(t for t in (s.strip() for s in changes["tags"]) if t)
        if "note" in changes:
            changes["kind"] = "note" if changes["note"].strip() else "highlight"
        if all(getattr(before, k) == v for k, v in changes.items()):
            return before
        if set(changes) == {"color"}:
            label = QCoreApplication.translate("AnnotationService", "Change colour")
        else:
            label = QCoreApplication.translate("AnnotationService", "Edit note")
        # The edit applies to the annotation as the user saw it; if another program changed
        # it since, the user is told instead of its change being overwritten.
        target = before.evolve(**changes)
        return self._change(before, target, label)

    def _change(self, before: Annotation, target: Annotation, label: str) -> Annotation | None:
        done: list[Annotation] = []

        def committed(after: Annotation) -> None:
            done.append(after)
            self.undo_stack.push(_Change(self, before, after, label))
            self.changed.emit(after.doc_id, after.uuid)

        self.writes.submit(lambda: self.store.save_annotation(target, expected=before),
                           committed, self.failed.emit)
        return done[0] if done else None

    def delete(self, uuid: str) -> bool:
        before = self.get(uuid)
        if before.deleted:
            return True
        label = QCoreApplication.translate("AnnotationService", "Delete highlight")
        return self._change(before, before.evolve(deleted=True), label) is not None

    # --- used by undo and redo --------------------------------------------------------------

    def restore(self, state: Annotation, expected: Annotation, command: "_Change",
                after_write) -> None:
        """Write ``state`` back (undo/redo) if the library still holds ``expected``, the
        state this window left; ``after_write(saved)`` records what was written. A conflict
        (another program changed it since) keeps their change, tells the user and drops the
        step from the undo stack."""

        def committed(saved: Annotation) -> None:
            after_write(saved)
            self.changed.emit(saved.doc_id, saved.uuid)

        def failed(message: str) -> None:
            command.setObsolete(True)
            self.failed.emit(message)

        def write() -> Annotation:
            try:
                return self.store.save_annotation(state, expected=expected)
            except ConflictError:
                raise ConflictError(QCoreApplication.translate(
                    "AnnotationService",
                    "This annotation was changed elsewhere (another window or program) after "
                    "your change, so undoing or redoing it would overwrite that change. It was "
                    "left as it is now."), self.store.path) from None

        self.writes.submit(write, committed, failed)


class _Change(CommittedCommand):
    """One annotation going from ``before`` (None: it did not exist) to ``after``.

    The change has already been written when the command is pushed, so the first redo,
    which QUndoStack.push calls, does nothing. ``_in_library`` is the state this command
    last wrote: undo and redo write only over exactly that state.
    """

    def __init__(self, service: AnnotationService, before, after: Annotation, text: str):
        super().__init__(text)
        self._service = service
        self._before = before
        self._after = after
        self._in_library = after

    def _wrote(self, saved: Annotation) -> None:
        self._in_library = saved

    def apply(self) -> None:
        self._service.restore(self._after, self._in_library, self, self._wrote)

    def undo(self) -> None:
        state = self._after.evolve(deleted=True) if self._before is None else self._before
        self._service.restore(state, self._in_library, self, self._wrote)
