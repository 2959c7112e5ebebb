"""The library: one SQLite database holding documents, annotations, search and state.

:class:`Store` is the one entry point. Every method that changes something runs in its own
transaction and has committed when it returns, so a caller may tell the user "saved".

Any number of programs may use one library at once (windows and commands): each write
transaction takes the write lock first (``BEGIN IMMEDIATE``) and waits for it up to the
store's busy timeout, then fails with :class:`~reader.core.errors.LibraryBusyError`; bulk
writes commit in short batches so that others get their turn; :meth:`Store.data_version`
tells a long-lived program that another one has committed something.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .sqlite import Database

from ..errors import ConflictError, LibraryBusyError, ReadOnlyLibraryError, StoreError
from ..model import Annotation, Document, ImportedDocument, now_iso
from ..paths import database_path
from . import annotation_rows as _ann
from . import documents as _docs
from . import review_rows as _reviews
from . import search as _search
from . import state as _state
from .annotation_rows import MergeOutcome, ReanchorReport
from .connection import open_database
from .documents import LibraryEntry, text_hash
from .review_rows import ENTITY_ACTIONS, REVIEW_STATUSES, ClaimReview, EntityDecision, TrailEntry
from .search import SearchHit

__all__ = [
    "Store", "ImportResult", "LibraryEntry", "SearchHit", "MergeOutcome", "ReanchorReport",
    "text_hash", "ClaimReview", "TrailEntry", "EntityDecision", "REVIEW_STATUSES",
    "ENTITY_ACTIONS",
]


@dataclass(frozen=True)
class ImportResult:
    document: Document
    status: str  # new | unchanged | revised
    reanchor: ReanchorReport | None = None
    #: How the article's translation re-attached (None when it had none).
    segments: object | None = None


#: Annotations merged per transaction by :meth:`Store.merge_annotations` (each batch takes a
#: few milliseconds, so that a window waiting to save a highlight is never held up long).
MERGE_BATCH = 250


class Store:
    """The user's library. Open with :meth:`Store.open`; close when done."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None, *, busy_ms: int | None = None,
             read_only: bool = False) -> "Store":
        """Open the library at ``path`` (default: see :mod:`reader.core.paths`).

        ``busy_ms``: how long a write waits for another program's lock before
        :class:`LibraryBusyError` (default 10 s; the window's own connection waits briefly
        and retries later instead of freezing). ``read_only``: open for reading only (a
        library this process may not write is opened read-only anyway).
        """
        from .connection import DEFAULT_BUSY_MS

        resolved = database_path(path)
        db = open_database(resolved, busy_ms=DEFAULT_BUSY_MS if busy_ms is None else busy_ms,
                           read_only=read_only)
        return cls(db, resolved)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def data_version(self) -> int:
        """A number that changes when another connection has committed a change."""
        return self.db.data_version()

    def set_busy_timeout(self, ms: int) -> None:
        """How long a write waits for another program's lock from now on."""
        self.db.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def fingerprint(self, doc_id: str | None = None) -> dict[str, tuple]:
        """Small summaries of what a window shows, to tell what another program changed:
        the library's documents, one document's annotations, text and reviews, the
        entity teachings and the vocabulary (word statuses, saved words). Each is cheap
        (indexed or small tables)."""
        def one(sql: str, args=()) -> tuple:
            row = self.db.execute(sql, list(args)).fetchone()
            return tuple(row) if row else ()

        # An annotation saved again gets a new rowid (INSERT OR REPLACE), so max(rowid)
        # changes even when a merge writes an older "updated" time.
        out = {
            "library": one("SELECT count(*), max(updated), max(rowid) FROM documents"),
            "notes": one("SELECT count(*), max(rowid) FROM annotations"),
            "teachings": one("SELECT count(*), max(id) FROM entity_decisions"),
            # Saved words and statuses are saved again with INSERT OR REPLACE (a new rowid),
            # so these change with every edit, a desk's pulled ones included.
            "vocabulary": one("SELECT (SELECT count(*) FROM vocab_status), "
                              "(SELECT max(rowid) FROM vocab_status), "
                              "(SELECT count(*) FROM vocab_saved), (SELECT max(rowid) FROM vocab_saved)"),
        }
        if doc_id is not None:
            out["annotations"] = one(
                "SELECT count(*), max(updated), max(rowid) FROM annotations WHERE doc_id = ?",
                [doc_id])
            out["text"] = one("SELECT revision, sha256, deleted FROM documents WHERE id = ?",
                              [doc_id])
            out["reviews"] = one(
                "SELECT count(*), max(id) FROM claim_review_trail WHERE doc_id = ?", [doc_id])
        return out

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """All changes inside commit together, or not at all. The write lock is taken at the
        start (waiting up to the busy timeout), so nothing read inside can go stale."""
        if self.db.read_only:
            raise ReadOnlyLibraryError(
                "the library was opened read-only (the file or its folder cannot be written); "
                "nothing was saved", self.path)
        try:
            with self.db.atomic():
                yield self
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if "locked" in message or "busy" in message:
                raise LibraryBusyError(
                    "the library is busy (another program is writing to it); nothing was saved, "
                    "try again in a moment", self.path) from exc
            if "full" in message:
                raise StoreError("the disk is full; nothing was saved. Free some space", self.path) from exc
            if "readonly" in message:
                raise ReadOnlyLibraryError("the library is read-only; nothing was saved", self.path) from exc
            raise

    # --- documents -------------------------------------------------------------------------

    def import_document(self, imported: ImportedDocument) -> ImportResult:
        """Store an imported document: idempotent for the same text; a revised version of a
        stored article replaces its text (the old one is kept) and re-anchors its notes."""
        sha = text_hash(imported.text)
        existing = _docs.find_by_hash(self.db, sha)
        if existing is not None:
            return ImportResult(existing, "unchanged")
        with self.transaction():
            # Another program may have imported the same text since the check above.
            existing = _docs.find_by_hash(self.db, sha)
            if existing is not None:
                return ImportResult(existing, "unchanged")
            previous = _docs.find_previous_version(self.db, imported)
            if previous is None:
                return ImportResult(_docs.insert(self.db, imported), "new")
            doc = _docs.replace_text(self.db, previous, imported)
            report = _ann.reanchor_document(self.db, doc.id, doc.text)
            from ..translation.revision import reattach_document

            segments = reattach_document(self.db, doc.id, doc.text, doc.noise)
            return ImportResult(doc, "revised", report, segments)

    def document(self, doc_id: str) -> Document:
        return _docs.get(self.db, doc_id)

    def resolve(self, ref: str) -> Document:
        return _docs.resolve_reference(self.db, ref)

    def library(self) -> list[LibraryEntry]:
        return _docs.list_entries(self.db)

    def find_document_by_hash(self, sha256: str) -> Document | None:
        return _docs.find_by_hash(self.db, sha256)

    def update_metadata(self, doc_id: str, **fields: str) -> None:
        with self.transaction():
            _docs.update_metadata(self.db, doc_id, **fields)

    def remove_document(self, doc_id: str) -> None:
        with self.transaction():
            _docs.mark_deleted(self.db, doc_id)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return _search.search(self.db, query, limit)

    # --- annotations -----------------------------------------------------------------------

    def annotations(self, doc_id: str, *, include_deleted: bool = False) -> list[Annotation]:
        return _ann.for_document(self.db, doc_id, include_deleted=include_deleted)

    def all_annotations(self, *, include_deleted: bool = True) -> list[Annotation]:
        return _ann.all_annotations(self.db, include_deleted=include_deleted)

    def annotation(self, uuid: str) -> Annotation:
        return _ann.get(self.db, uuid)

    def add_annotation(self, doc_id: str, start: int, end: int, **fields) -> Annotation:
        doc = self.document(doc_id)
        a = _ann.new_annotation(doc_id, doc.text, start, end, **fields)
        with self.transaction():
            _ann.save(self.db, a)
        return a

    def save_annotation(self, a: Annotation, *, touch: bool = True,
                        expected: Annotation | None = None) -> Annotation:
        """Insert or replace ``a`` as given (the undo stack uses this to restore states).

        With ``expected``, the annotation is saved only if the library still holds that
        state (its time of change aside: an undo restoring the same content is no news);
        otherwise :class:`ConflictError` (someone else changed it since, and saving would
        silently overwrite their change).
        """
        if touch:
            a = a.evolve(updated=now_iso())
        with self.transaction():
            if expected is not None:
                current = _ann.find(self.db, a.uuid)
                if current is None or current.evolve(updated="") != expected.evolve(updated=""):
                    raise ConflictError(
                        "this annotation was changed elsewhere (another window or program) "
                        "after your change; nothing was overwritten", self.path)
            _ann.save(self.db, a)
        return a

    def update_annotation(self, uuid: str, **changes) -> Annotation:
        allowed = {"color", "note", "tags", "kind", "author"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {', '.join(sorted(bad))} of an annotation")
        if "tags" in changes:
            changes["tags"] = tuple(changes["tags"])
        a = self.annotation(uuid).evolve(**changes, updated=now_iso())
        with self.transaction():
            _ann.save(self.db, a)
        return a

    def delete_annotation(self, uuid: str) -> Annotation:
        a = self.annotation(uuid).evolve(deleted=True, updated=now_iso())
        with self.transaction():
            _ann.save(self.db, a)
        return a

    def merge_annotations(self, incoming: list[Annotation], progress=None) -> list[MergeOutcome]:
        """Merge annotations from elsewhere (newer wins, tombstones stay), committing in
        batches of :data:`MERGE_BATCH` so that the write lock is never held long. Merging is
        idempotent, so an interrupted merge is completed by running it again.
        ``progress(done, total)`` is called after each batch."""
        import time

        outcomes: list[MergeOutcome] = []
        for start in range(0, len(incoming), MERGE_BATCH):
            if start:
                time.sleep(0.002)  # let a waiting writer (a window saving a note) in
            with self.transaction():
                outcomes.extend(_ann.merge_incoming(self.db, a)
                                for a in incoming[start:start + MERGE_BATCH])
            if progress is not None:
                progress(len(outcomes), len(incoming))
        return outcomes

    # --- state -----------------------------------------------------------------------------

    def reading_position(self, doc_id: str) -> int:
        return _state.reading_position(self.db, doc_id)

    def set_reading_position(self, doc_id: str, position: int) -> None:
        with self.transaction():
            _state.set_reading_position(self.db, doc_id, position)

    def setting(self, key: str, default=None):
        return _state.setting(self.db, key, default)

    def set_setting(self, key: str, value) -> None:
        with self.transaction():
            _state.set_setting(self.db, key, value)

    # --- analysis, reviews, entity decisions --------------------------------------------------

    def cached_analysis(self, sha256: str, analyzer: str) -> dict | None:
        return _reviews.cached_analysis(self.db, sha256, analyzer)

    def save_analysis(self, sha256: str, analyzer: str, result: dict) -> None:
        with self.transaction():
            _reviews.save_analysis(self.db, sha256, analyzer, result)

    def claim_reviews(self, doc_id: str) -> dict[str, ClaimReview]:
        return _reviews.reviews_for(self.db, doc_id)

    def set_claim_review(
        self, doc_id: str, claim_key: str, status: str, note: str = "", exact: str = "",
        author: str = "",
    ) -> ClaimReview:
        """Record an editor's decision on a claim; the trail keeps every change."""
        with self.transaction():
            return _reviews.set_review(self.db, doc_id, claim_key, status, note, exact, author)

    def review_trail(self, doc_id: str, claim_key: str | None = None) -> list[TrailEntry]:
        return _reviews.trail(self.db, doc_id, claim_key)

    def add_entity_decision(
        self, action: str, form: str, value: str = "", type: str = "", author: str = ""
    ) -> EntityDecision:
        """Remember what the user taught the entity recogniser (applied to later analyses)."""
        with self.transaction():
            return _reviews.add_decision(self.db, action, form, value, type, author)

    def entity_decisions(self) -> list[EntityDecision]:
        return _reviews.decisions(self.db)

    def remove_entity_decision(self, decision_id: int) -> None:
        with self.transaction():
            _reviews.remove_decision(self.db, decision_id)

    def teachings(self):
        """Every entity decision replayed in the order it was made, as the recogniser's
        :class:`~reader.core.entities.teaching.Teachings` (a later decision wins)."""
        from reader.core.entities.teaching import Teachings

        taught = Teachings()
        for d in self.entity_decisions():
            try:
                if d.action == "accept":
                    taught.accept(d.form)
                elif d.action == "reject":
                    taught.reject(d.form)
                elif d.action == "rename":
                    taught.rename(d.form, d.value)
                elif d.action == "retype":
                    taught.retype(d.form, d.type)
                elif d.action == "merge":
                    taught.merge(d.form, d.value)
                elif d.action == "add":
                    taught.add(d.form, d.type, d.value or None)
            except ValueError:
                # A decision naming a type this version no longer knows: skip it rather
                # than refuse to analyse anything.
                continue
        return taught
