"""The library: one SQLite database holding documents, annotations, search and state.

:class:`Store` is the one entry point. Every method that changes something runs in its own
transaction and has committed when it returns, so a caller may tell the user "saved".
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .sqlite import Database

from ..errors import StoreError
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


class Store:
    """The user's library. Open with :meth:`Store.open`; close when done."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None) -> "Store":
        resolved = database_path(path)
        return cls(open_database(resolved), resolved)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """All changes inside commit together, or not at all."""
        try:
            with self.db.atomic():
                yield self
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if "locked" in message or "busy" in message:
                raise StoreError("the library is locked by another program; try again", self.path) from exc
            if "full" in message:
                raise StoreError("the disk is full; nothing was saved. Free some space", self.path) from exc
            if "readonly" in message:
                raise StoreError("the library is read-only; nothing was saved", self.path) from exc
            raise

    # --- documents -------------------------------------------------------------------------

    def import_document(self, imported: ImportedDocument) -> ImportResult:
        """Store an imported document: idempotent for the same text; a revised version of a
        stored article replaces its text (the old one is kept) and re-anchors its notes."""
        existing = _docs.find_by_hash(self.db, text_hash(imported.text))
        if existing is not None:
            return ImportResult(existing, "unchanged")
        with self.transaction():
            previous = _docs.find_previous_version(self.db, imported)
            if previous is None:
                return ImportResult(_docs.insert(self.db, imported), "new")
            doc = _docs.replace_text(self.db, previous, imported)
            report = _ann.reanchor_document(self.db, doc.id, doc.text)
            return ImportResult(doc, "revised", report)

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

    def save_annotation(self, a: Annotation, *, touch: bool = True) -> Annotation:
        """Insert or replace ``a`` as given (the undo stack uses this to restore states)."""
        if touch:
            a = a.evolve(updated=now_iso())
        with self.transaction():
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

    def merge_annotations(self, incoming: list[Annotation]) -> list[MergeOutcome]:
        with self.transaction():
            return [_ann.merge_incoming(self.db, a) for a in incoming]

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
