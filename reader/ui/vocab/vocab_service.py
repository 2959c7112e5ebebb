"""The one place that changes the learner's vocabulary: statuses, saved words, reviews.

Widgets ask; this service writes through the session's write queue (a busy library queues
the write and retries), and once the write has committed pushes an undo step on the
window's undo stack and emits :attr:`changed`. Undo and redo write through the same path
and only over the state this window left (a change made meanwhile by another program is
kept and the user told).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.core.errors import ConflictError
from reader.core.vocab import library as lib
from reader.core.vocab.library import SavedWord
from reader.core.vocab.review import review as fsrs_review

from ..undo import CommittedCommand
from ..write_queue import WriteQueue


class VocabService(QObject):
    #: What changed: "status", "saved" or "review".
    changed = Signal(str)
    #: A user message when the library refused a write; nothing was changed.
    failed = Signal(str)

    def __init__(self, store, undo_stack, writes: WriteQueue | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.writes = writes if writes is not None else WriteQueue(self)

    # --- reading ---------------------------------------------------------------------------

    def statuses(self, keys=None) -> dict[str, str]:
        return lib.statuses(self.store, keys)

    def saved_words(self) -> list[SavedWord]:
        return lib.saved_words(self.store)

    def saved_for_key(self, key: str) -> SavedWord | None:
        return lib.saved_for_key(self.store, key)

    def due_count(self) -> int:
        return lib.due_count(self.store)

    def due_words(self) -> list[SavedWord]:
        return lib.due_words(self.store)

    # --- statuses --------------------------------------------------------------------------

    def set_statuses(self, changes: dict[str, tuple[str, str]], label: str | None = None) -> bool:
        """Give each lemma key (key -> (lemma, status)) its status, as one undo step."""
        current = lib.statuses(self.store, list(changes))
        changes = {k: v for k, v in changes.items() if current.get(k, "new") != v[1]}
        if not changes:
            return False
        label = label or QCoreApplication.translate("VocabService", "Change word status")
        done: list = []

        def committed(before: dict[str, str]) -> None:
            done.append(before)
            old = {k: (changes[k][0], s) for k, s in before.items()}
            self.undo_stack.push(_StatusChange(self, old, changes, label))
            self.changed.emit("status")

        self.writes.submit(lambda: lib.set_statuses(self.store, changes), committed, self.failed.emit)
        return bool(done)

    def _write_statuses(self, target, expected, command) -> None:
        def failed(message: str) -> None:
            command.setObsolete(True)
            self.failed.emit(message)

        self.writes.submit(
            lambda: lib.set_statuses(self.store, target, expected={k: v[1] for k, v in expected.items()}),
            lambda _before: self.changed.emit("status"), failed)

    # --- saved words -----------------------------------------------------------------------

    def save_word(self, word: SavedWord) -> bool:
        """Save a new word (its status becomes learning 1 if it was new)."""
        label = QCoreApplication.translate("VocabService", "Save word")

        def write():
            before = lib.status(self.store, word.lemma_key)
            lib.put_saved(self.store, word)
            return before

        def committed(status_before: str) -> None:
            self.undo_stack.push(_SavedChange(self, None, word, label, status_before))
            self.changed.emit("saved")

        return self.writes.submit(write, committed, self.failed.emit)

    def edit_gloss(self, uuid: str, gloss: str) -> bool:
        before = lib.saved_word(self.store, uuid)
        if before is None or before.gloss == gloss.strip():
            return False
        return self._change(before, before.evolve(gloss=gloss.strip()), QCoreApplication.translate("VocabService", "Edit gloss"))

    def delete(self, uuid: str) -> bool:
        before = lib.saved_word(self.store, uuid)
        if before is None or before.deleted:
            return False
        return self._change(before, before.evolve(deleted=True), QCoreApplication.translate("VocabService", "Delete saved word"))

    def _change(self, before: SavedWord, after: SavedWord, label: str) -> bool:
        from reader.core.model import now_iso

        after = after.evolve(updated=now_iso())

        def committed(_saved) -> None:
            self.undo_stack.push(_SavedChange(self, before, after, label, None))
            self.changed.emit("saved")

        return self.writes.submit(lambda: lib.put_saved(self.store, after, expected=before,
                                                        status_if_new=None),
                                  committed, self.failed.emit)

    def _restore(self, state: SavedWord, expected: SavedWord, command, status=None) -> None:
        def write():
            lib.put_saved(self.store, state, expected=expected, status_if_new=None)
            if status is not None:
                lib.set_statuses(self.store, {state.lemma_key: (state.lemma or state.word, status)})

        def failed(message: str) -> None:
            command.setObsolete(True)
            self.failed.emit(message)

        self.writes.submit(write, lambda _r: self.changed.emit("saved"), failed)

    def import_words(self, words: list[SavedWord]) -> bool:
        """Add words read from a list (one undo step removes them all)."""
        if not words:
            return False
        label = QCoreApplication.translate("VocabService", "Import word list")

        def committed(_r) -> None:
            self.undo_stack.push(_ImportChange(self, words, label))
            self.changed.emit("saved")

        return self.writes.submit(lambda: lib.add_saved_batch(self.store, words), committed,
                                  self.failed.emit)

    # --- reviews ---------------------------------------------------------------------------

    def review(self, word: SavedWord, rating: int) -> SavedWord | None:
        """Rate a card (1 again .. 4 easy); returns the word as rescheduled."""
        card, due = fsrs_review(word.card, rating)
        after = word.evolve(card=card, due=due)
        done: list = []

        def committed(review_id: int) -> None:
            done.append(after)
            self.undo_stack.push(_ReviewChange(self, word, after, review_id, rating,
                                               QCoreApplication.translate("VocabService", "Review word")))
            self.changed.emit("review")

        self.writes.submit(lambda: lib.record_review(self.store, word, after, rating), committed,
                           self.failed.emit)
        return done[0] if done else None


class _StatusChange(CommittedCommand):
    def __init__(self, service, old, new, text):
        super().__init__(text)
        self._service, self._old, self._new = service, old, new

    def apply(self) -> None:
        self._service._write_statuses(self._new, self._old, self)

    def undo(self) -> None:
        self._service._write_statuses(self._old, self._new, self)


class _SavedChange(CommittedCommand):
    """A saved word going from ``before`` (None: not saved yet) to ``after``."""

    def __init__(self, service, before, after, text, status_before):
        super().__init__(text)
        self._service, self._before, self._after = service, before, after
        self._status_before = status_before

    def apply(self) -> None:
        expected = self._before if self._before is not None else self._after.evolve(deleted=True)
        status = "learning1" if self._before is None and self._status_before == "new" else None
        self._service._restore(self._after, expected, self, status)

    def undo(self) -> None:
        if self._before is None:
            status = self._status_before if self._status_before == "new" else None
            self._service._restore(self._after.evolve(deleted=True), self._after, self, status)
        else:
            self._service._restore(self._before, self._after, self)


class _ImportChange(CommittedCommand):
    def __init__(self, service, words, text):
        super().__init__(text)
        self._service, self._words = service, words

    def _set(self, deleted: bool) -> None:
        service = self._service

        def write():
            lib.add_saved_batch(service.store, [w.evolve(deleted=deleted) for w in self._words],
                                status_if_new="learning1")

        service.writes.submit(write, lambda _r: service.changed.emit("saved"), service.failed.emit)

    def apply(self) -> None:
        self._set(False)

    def undo(self) -> None:
        self._set(True)


class _ReviewChange(CommittedCommand):
    def __init__(self, service, before, after, review_id, rating, text):
        super().__init__(text)
        self._service, self._before, self._after, self._id = service, before, after, review_id
        self._rating = rating

    def apply(self) -> None:
        service = self._service

        def write():
            self._id = lib.record_review(service.store, self._before, self._after, self._rating)

        service.writes.submit(write, lambda _r: service.changed.emit("review"),
                              lambda m: (self.setObsolete(True), service.failed.emit(m)))

    def undo(self) -> None:
        service = self._service
        service.writes.submit(
            lambda: lib.undo_review(service.store, self._id, self._before, self._after),
            lambda _r: service.changed.emit("review"),
            lambda m: (self.setObsolete(True), service.failed.emit(m)))


__all__ = ["VocabService", "ConflictError"]
