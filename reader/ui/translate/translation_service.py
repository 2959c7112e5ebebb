"""The one place that changes a translation from the window.

Widgets ask (a target typed, a status, a merge); this service writes through the session's
write queue (``session.writes``: a busy library queues the write and retries it), and only
when the write has committed pushes an undo step and emits :attr:`changed`. The target is
saved *as it is typed*: each keystroke restarts a short timer (:data:`SAVE_DELAY_MS`) and the
text is written when it runs out, when the segment changes and when the window closes, so a
crash or a kill loses at most the last fraction of a second of typing.

Undo and redo write earlier states back only over the state this window left (another
program's change is kept, the user is told, the step is dropped); consecutive typing in one
segment is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.errors import ConflictError
from reader.core.model import Document
from reader.core.translation.library import Translations
from reader.core.translation.model import Segment, Term

from ..undo import CommittedCommand

#: How long after the last keystroke the target is written (ms).
SAVE_DELAY_MS = 300
_TYPING_ID = 7301


class TranslationService(QObject):
    #: (document id, segment uuids) after a change was committed (or undone).
    changed = Signal(str, object)
    #: A term was added, edited or removed.
    termsChanged = Signal()
    #: A user message: the library refused a write; nothing was changed.
    failed = Signal(str)

    def __init__(self, session, author: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.writes = session.writes
        self.translations = Translations(session.store, author)
        self.undo_stack = QUndoStack(self)
        self._pending: dict[str, str] = {}  # segment uuid -> target typed, not yet written
        self._known: dict[str, Segment] = {}  # the state last read or written, per uuid
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    # --- reading ---------------------------------------------------------------------------

    def load(self, doc: Document) -> list[Segment]:
        segments = self.translations.ensure_segments(doc)
        self._known.update({s.uuid: s for s in segments})
        return segments

    def known(self, uuid: str) -> Segment:
        return self._known.get(uuid) or self.translations.segment(uuid)

    def pending_target(self, uuid: str) -> str | None:
        return self._pending.get(uuid)

    # --- the target, as it is typed -----------------------------------------------------------

    def type_target(self, uuid: str, text: str) -> None:
        self._pending[uuid] = text
        self._timer.start()

    def flush(self) -> None:
        """Write every target typed and not yet written."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for uuid, text in pending.items():
            before = self.known(uuid)
            if before.target == text:
                continue
            self._submit(lambda b=before, t=text: self.translations.update(b, target=t),
                         lambda saved, b=before: self._typed(b, saved), key=f"target:{uuid}")

    def _typed(self, before: Segment, saved: Segment) -> None:
        self.undo_stack.push(_TypingCommand(self, before, saved))

    # --- other changes ---------------------------------------------------------------------

    def update(self, seg: Segment, label: str, **changes) -> None:
        self.flush_segment(seg.uuid)
        before = self.known(seg.uuid)
        if all(getattr(before, k) == v for k, v in changes.items()):
            return
        self._submit(lambda: self.translations.update(before, **changes),
                     lambda saved: self._pushed([before], [saved], label))

    def confirm(self, seg: Segment, status: str = "translated") -> None:
        self.flush_segment(seg.uuid)
        before = self.known(seg.uuid)
        self._submit(lambda: self.translations.confirm(before, status),
                     lambda saved: self._pushed([before], [saved], QCoreApplication.translate("TranslationService", "Confirm segment")))

    def merge(self, doc: Document, first: Segment, second: Segment) -> None:
        self.flush()
        a, b = self.known(first.uuid), self.known(second.uuid)
        self._submit(lambda: self.translations.merge_with_next(doc, a, b),
                     lambda result: self._pushed([a, b], list(result), QCoreApplication.translate("TranslationService", "Merge segments")))

    def split(self, doc: Document, seg: Segment, offset: int, target_offset: int | None) -> None:
        self.flush()
        before = self.known(seg.uuid)

        def done(result) -> None:
            first, second = result
            self._pushed([before, second.evolve(deleted=True)], [first, second], QCoreApplication.translate("TranslationService", "Split segment"))

        self._submit(lambda: self.translations.split(doc, before, offset, target_offset), done)

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def flush_segment(self, uuid: str) -> None:
        if uuid in self._pending:
            self.flush()

    def _pushed(self, before: list[Segment], after: list[Segment], label: str) -> None:
        self.undo_stack.push(_SegmentsCommand(self, before, after, label))

    # --- writing ---------------------------------------------------------------------------

    def _submit(self, write, done, key: str | None = None) -> None:
        def committed(result) -> None:
            saved = list(result) if isinstance(result, (tuple, list)) else [result]
            for s in saved:
                if isinstance(s, Segment):
                    self._known[s.uuid] = s
            done(result)
            first = next((s for s in saved if isinstance(s, Segment)), None)
            if first is not None:
                self.changed.emit(first.doc_id, [s.uuid for s in saved])

        def refused(message: str) -> None:
            self._known.clear()  # read again: another program may have changed them
            self.failed.emit(message)

        self.writes.submit(write, committed, refused, key=key)

    def restore(self, states: list[Segment], expected: list[Segment], command: QUndoCommand) -> None:
        """Undo/redo: write ``states`` if the library still holds ``expected`` (the window
        flushes the typing before it undoes)."""

        def write():
            try:
                return self.translations.restore(list(zip(states, expected)))
            except ConflictError:
                raise ConflictError(QCoreApplication.translate("TranslationService", 
                    "This segment was changed elsewhere (another window or program) after your "
                    "change, so undoing or redoing it would overwrite that change. It was left "
                    "as it is now."), self.session.store.path) from None

        def refused(message: str) -> None:
            command.setObsolete(True)
            self._known.clear()
            self.failed.emit(message)

        def committed(saved) -> None:
            for s in saved:
                self._known[s.uuid] = s
            command.written(saved)
            self.changed.emit(saved[0].doc_id, [s.uuid for s in saved])

        self.writes.submit(write, committed, refused)

    # --- terms -----------------------------------------------------------------------------

    def add_term(self, source: str, target: str, note: str, domain: str, target_lang: str) -> None:
        def done(term: Term) -> None:
            self.undo_stack.push(_TermCommand(self, None, term, QCoreApplication.translate("TranslationService", "Add term")))
            self.termsChanged.emit()

        self.writes.submit(lambda: self.translations.add_term(source, target, note, domain,
                                                              target_lang=target_lang),
                           done, self.failed.emit)

    def remove_term(self, term: Term) -> None:
        def done(saved: Term) -> None:
            self.undo_stack.push(_TermCommand(self, term, saved, QCoreApplication.translate("TranslationService", "Remove term")))
            self.termsChanged.emit()

        self.writes.submit(lambda: self.translations.save_term(term.evolve(deleted=True), term),
                           done, self.failed.emit)

    def write_term(self, state: Term, expected: Term | None, command: "_TermCommand") -> None:
        def refused(message: str) -> None:
            command.setObsolete(True)
            self.failed.emit(message)

        def done(saved: Term) -> None:
            command.written(saved)
            self.termsChanged.emit()

        self.writes.submit(lambda: self.translations.save_term(state, expected), done, refused)


class _SegmentsCommand(CommittedCommand):
    """Segments going from ``before`` to ``after`` (already written when pushed)."""

    def __init__(self, service: TranslationService, before: list[Segment], after: list[Segment],
                 text: str):
        super().__init__(text)
        self._service = service
        self._before = before
        self._after = after
        self._in_library = after

    def written(self, saved: list[Segment]) -> None:
        self._in_library = saved

    def apply(self) -> None:
        self._service.restore(self._after, self._in_library, self)

    def undo(self) -> None:
        self._service.restore(self._before, self._in_library, self)


class _TypingCommand(_SegmentsCommand):
    """Typing in one segment; consecutive typing in the same segment is one step."""

    def __init__(self, service: TranslationService, before: Segment, after: Segment):
        super().__init__(service, [before], [after], QCoreApplication.translate("TranslationService", "Typing"))

    def id(self) -> int:
        return _TYPING_ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, _TypingCommand) or other._after[0].uuid != self._after[0].uuid:
            return False
        self._after = other._after
        self._in_library = other._in_library
        return True


class _TermCommand(CommittedCommand):
    def __init__(self, service: TranslationService, before: Term | None, after: Term, text: str):
        super().__init__(text)
        self._service = service
        self._before = before
        self._after = after
        self._in_library = after

    def written(self, saved: Term) -> None:
        self._in_library = saved

    def apply(self) -> None:
        self._service.write_term(self._after, self._in_library, self)

    def undo(self) -> None:
        state = self._after.evolve(deleted=True) if self._before is None else self._before
        self._service.write_term(state, self._in_library, self)
