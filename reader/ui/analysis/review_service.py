"""The one place that changes editorial reviews of claims.

Widgets ask (the Claims tab's status and note, the text's context menu); this service
writes to the library (``Store.set_claim_review`` commits and appends to the trail before it
returns) and only then emits :attr:`changed`. Every change is pushed on the window's undo
stack; an undo writes the previous status and note back through the same path, so the
trail records it too (nothing is ever erased from the trail).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.errors import ReaderError
from reader.core.model import Claim
from reader.core.reports import match_reviews
from reader.core.store import ClaimReview, Store, TrailEntry

from ..undo import CommittedCommand
from .labels import REVIEW_STATUSES


class ReviewService(QObject):
    #: (doc id, claim key) after a review was committed.
    changed = Signal(str, str)
    #: A user message when the library refused a write; nothing was changed.
    failed = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack | None = None, author: str = "",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.author = author
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

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
        saved = self._write(doc_id, claim, *new)
        if saved is None:
            return None
        label = QCoreApplication.translate("ReviewService", "Review claim")
        self.undo_stack.push(_ReviewChange(self, doc_id, claim, old, new, label))
        return saved

    def _write(self, doc_id: str, claim: Claim, status: str, note: str) -> ClaimReview | None:
        try:
            saved = self.store.set_claim_review(
                doc_id, claim.key, status, note, exact=claim.text, author=self.author)
        except ReaderError as exc:
            self.failed.emit(str(exc))
            return None
        self.changed.emit(doc_id, claim.key)
        return saved


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
        self._service._write(self._doc_id, self._claim, *self._new)

    def undo(self) -> None:
        self._service._write(self._doc_id, self._claim, *self._old)
