"""The one place that changes annotations.

Widgets only *ask* (a colour was chosen, delete was requested); this service writes to the
library (the Store commits before it returns), and only then emits :attr:`changed`, so a
view never shows as saved what is not on disk. Every change is pushed on :attr:`undo_stack`,
and undo/redo write through the same path: an undo restores the previous state with
``Store.save_annotation``; deleting sets the tombstone and its undo clears it.

A write the library refuses (disk full, database locked...) is reported with :attr:`failed`
and nothing is pushed or shown; any other exception is a bug and propagates.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.errors import ReaderError
from reader.core.model import Annotation
from reader.core.store import Store

from .themes import HIGHLIGHT_COLORS
from .undo import CommittedCommand



class AnnotationService(QObject):
    #: (document id, annotation uuid) after a change has been committed to the library.
    changed = Signal(str, str)
    #: A user message when the library refused a write; nothing was changed.
    failed = Signal(str)

    def __init__(self, store: Store, author: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author
        self.undo_stack = QUndoStack(self)

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
        try:
            created = self.store.add_annotation(
                doc_id, start, end, kind=kind, color=color, note=note, tags=tuple(tags),
                author=self.author,
            )
        except ReaderError as exc:
            self.failed.emit(str(exc))
            return None
        if kind == "note":
            label = QCoreApplication.translate("AnnotationService", "Add note")
        else:
            label = QCoreApplication.translate("AnnotationService", "Highlight")
        self.undo_stack.push(_Change(self, None, created, label))
        self.changed.emit(created.doc_id, created.uuid)
        return created

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
        try:
            after = self.store.update_annotation(uuid, **changes)
        except ReaderError as exc:
            self.failed.emit(str(exc))
            return None
        if set(changes) == {"color"}:
            label = QCoreApplication.translate("AnnotationService", "Change colour")
        else:
            label = QCoreApplication.translate("AnnotationService", "Edit note")
        self.undo_stack.push(_Change(self, before, after, label))
        self.changed.emit(after.doc_id, after.uuid)
        return after

    def delete(self, uuid: str) -> bool:
        before = self.get(uuid)
        if before.deleted:
            return True
        try:
            after = self.store.delete_annotation(uuid)
        except ReaderError as exc:
            self.failed.emit(str(exc))
            return False
        label = QCoreApplication.translate("AnnotationService", "Delete highlight")
        self.undo_stack.push(_Change(self, before, after, label))
        self.changed.emit(after.doc_id, after.uuid)
        return True

    # --- used by undo and redo --------------------------------------------------------------

    def restore(self, state: Annotation) -> bool:
        """Write ``state`` back as it is (undo/redo); False when the library refused it."""
        try:
            saved = self.store.save_annotation(state)
        except ReaderError as exc:
            self.failed.emit(str(exc))
            return False
        self.changed.emit(saved.doc_id, saved.uuid)
        return True


class _Change(CommittedCommand):
    """One annotation going from ``before`` (None: it did not exist) to ``after``.

    The change has already been written when the command is pushed, so the first redo,
    which QUndoStack.push calls, does nothing.
    """

    def __init__(self, service: AnnotationService, before, after: Annotation, text: str):
        super().__init__(text)
        self._service = service
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._service.restore(self._after)

    def undo(self) -> None:
        if self._before is None:
            self._service.restore(self._after.evolve(deleted=True))
        else:
            self._service.restore(self._before)
