"""The one place that changes editorial reviews of claims.

Widgets ask (the Claims tab's status and note, the text's context menu); this service
writes to the library (``Store.set_claim_review`` commits and appends to the trail before it
returns) and only then emits :attr:`changed`. Every change is pushed on the window's undo
stack; an undo writes the previous status and note back through the same path, so the
trail records it too (nothing is ever erased from the trail). An undo or redo writes only if
the review is still what this window left: a colleague's review made meanwhile from another
program is kept and the user told. A write that finds the library busy waits in the
session's write queue and is retried.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.errors import ConflictError
from reader.core.model import Claim
from reader.core.reports import match_reviews
from reader.core.store import ClaimReview, Store, TrailEntry

from ..undo import CommittedCommand
from ..write_queue import WriteQueue
from .labels import REVIEW_STATUSES


class ReviewService(QObject):
    #: (doc id, claim key) after a review was committed.
    changed = Signal(str, str)
    #: A user message when the library refused a write; nothing was changed.
    failed = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None, author: str = "",
                 parent: QObject | None = None, writes: WriteQueue | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.writes = writes if writes is not None else WriteQueue(self)

    # --- reading ---------------------------------------------------------------------------

    def reviews(self, doc_id: str, claims: list[Claim]) -> dict[str, ClaimReview]:
        """Claim key -> its review, for the claims of one analysis (reviews made before a
        revision follow their claim by its text)."""
        return match_reviews(claims, self.store.claim_reviews(doc_id))

    def review(self, doc_id: str, claim: Claim) -> ClaimReview | None:
        return self.reviews(doc_id, [claim]).get(claim.key)

    def status(self, doc_id: str, claim: Claim) -> str:
        r = self.review(doc_id, claim)
        return r.status if r is not None else "unreviewed"

    def trail(self, doc_id: str, claim: Claim) -> list[TrailEntry]:
        r = self.review(doc_id, claim)
        key = r.claim_key if r is not None else claim.key
        entries = self.store.review_trail(doc_id, key)
        if key != claim.key:
            entries += self.store.review_trail(doc_id, claim.key)
        return sorted(entries, key=lambda t: t.at)

    # --- changes ---------------------------------------------------------------------------

    def set_review(self, doc_id: str, claim: Claim, status: str, note: str | None = None
                   ) -> ClaimReview | None:
        """Give ``claim`` a status (and a note; None keeps the current one)."""
        if status not in REVIEW_STATUSES:
            raise ValueError(f"unknown review status {status!r}")
        before = self.review(doc_id, claim)
        old = (before.status, before.note) if before is not None else ("unreviewed", "")
        new = (status, old[1] if note is None else note.strip())
        if before is not None and old == new:
            return before
        label = QCoreApplication.translate("ReviewService", "Review claim")
        done: list[ClaimReview] = []

        def committed(saved: ClaimReview) -> None:
            done.append(saved)
            self.undo_stack.push(_ReviewChange(self, doc_id, claim, old, new, label))

        self._write(doc_id, claim, *new, expected=old, committed=committed)
        return done[0] if done else None

    def _write(self, doc_id: str, claim: Claim, status: str, note: str, *, expected=None,
               committed=None, failed=None) -> None:
        """Write (status, note) if the review is still ``expected`` (status, note)."""

        def write() -> ClaimReview:
            with self.store.transaction():
                if expected is not None:
                    r = self.review(doc_id, claim)
                    now = (r.status, r.note) if r is not None else ("unreviewed", "")
                    if now != tuple(expected):
                        raise ConflictError(QCoreApplication.translate(
                            "ReviewService",
                            "The review of this claim was changed elsewhere (another window "
                            "or program) in the meantime; it was left as it is now."),
                            self.store.path)
                return self.store.set_claim_review(
                    doc_id, claim.key, status, note, exact=claim.text, author=self.author)

        def done(saved: ClaimReview) -> None:
            if committed is not None:
                committed(saved)
            self.changed.emit(doc_id, claim.key)

        def refused(message: str) -> None:
            if failed is not None:
                failed()
            self.failed.emit(message)

        self.writes.submit(write, done, refused)


class _ReviewChange(CommittedCommand):
    """A claim's (status, note) going from ``old`` to ``new``; already written when pushed."""

    def __init__(self, service: ReviewService, doc_id: str, claim: Claim, old, new, text: str):
        super().__init__(text)
        self._service = service
        self._doc_id = doc_id
        self._claim = claim
        self._old = old
        self._new = new

    def apply(self) -> None:
        self._service._write(self._doc_id, self._claim, *self._new, expected=self._old,
                             failed=lambda: self.setObsolete(True))

    def undo(self) -> None:
        self._service._write(self._doc_id, self._claim, *self._old, expected=self._new,
                             failed=lambda: self.setObsolete(True))
