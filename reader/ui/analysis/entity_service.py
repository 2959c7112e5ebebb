"""The one place that teaches the entity recogniser.

The Entities tab and the text's context menu ask; this service stores the decision
(``Store.add_entity_decision`` commits before it returns) and then emits :attr:`changed`,
on which the analyses are re-run: the teachings are part of the analysis cache key, so this
article and every other one get the decision. Each teaching is one step on the window's
undo stack (undo removes the decisions it stored).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.errors import ReaderError
from reader.core.model import ENTITY_TYPES
from reader.core.store import EntityDecision, Store

from ..undo import CommittedCommand



class EntityService(QObject):
    #: The teachings changed (a decision was stored, or removed by undo).
    changed = Signal()
    #: A user message when the library refused a write; nothing was changed.
    failed = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None, author: str = "",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    def decisions(self) -> list[EntityDecision]:
        return self.store.entity_decisions()

    # --- what the user can teach -----------------------------------------------------------

    def accept(self, form: str) -> bool:
        return self._teach(self.tr("Accept entity"), [("accept", form, "", "")])

    def reject(self, form: str) -> bool:
        return self._teach(self.tr("Reject entity"), [("reject", form, "", "")])

    def rename(self, form: str, canonical: str) -> bool:
        canonical = canonical.strip()
        if not canonical or canonical == form:
            return False
        return self._teach(self.tr("Rename entity"), [("rename", form, canonical, "")])

    def retype(self, form: str, type_: str) -> bool:
        _check_type(type_)
        return self._teach(self.tr("Change entity type"), [("retype", form, "", type_)])

    def merge(self, form: str, into: str, into_type: str = "", own_type: str = "") -> bool:
        """Make ``form`` one entity with ``into`` (its canonical name); when their types
        differ, ``form`` takes ``into``'s type too."""
        into = into.strip()
        if not into or into == form:
            return False
        steps = [("merge", form, into, "")]
        if into_type and into_type != own_type:
            _check_type(into_type)
            steps.append(("retype", form, "", into_type))
        return self._teach(self.tr("Merge entities"), steps)

    def add(self, form: str, type_: str, canonical: str = "") -> bool:
        """Tag ``form`` (e.g. the selected text) as an entity of ``type_`` everywhere."""
        _check_type(type_)
        form = " ".join(form.split())
        if not form:
            return False
        return self._teach(self.tr("Add entity"), [("add", form, canonical.strip(), type_)])

    # --- storing ---------------------------------------------------------------------------

    def _teach(self, label: str, steps: list[tuple[str, str, str, str]]) -> bool:
        stored = self._store(steps)
        if stored is None:
            return False
        self.undo_stack.push(_Teaching(self, steps, stored, label))
        return True

    def _store(self, steps) -> list[int] | None:
        ids: list[int] = []
        try:
            for action, form, value, type_ in steps:
                ids.append(self.store.add_entity_decision(action, form, value, type_, self.author).id)
        except ReaderError as exc:
            for decision_id in ids:  # leave nothing half-taught
                self.store.remove_entity_decision(decision_id)
            self.failed.emit(str(exc))
            return None
        self.changed.emit()
        return ids

    def _remove(self, ids: list[int]) -> bool:
        try:
            for decision_id in ids:
                self.store.remove_entity_decision(decision_id)
        except ReaderError as exc:
            self.failed.emit(str(exc))
            return False
        self.changed.emit()
        return True


def _check_type(type_: str) -> None:
    if type_ not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {type_!r}")


class _Teaching(CommittedCommand):
    def __init__(self, service: EntityService, steps, ids: list[int], text: str):
        super().__init__(text)
        self._service = service
        self._steps = steps
        self._ids = ids

    def apply(self) -> None:
        ids = self._service._store(self._steps)
        if ids is not None:
            self._ids = ids

    def undo(self) -> None:
        self._service._remove(self._ids)
