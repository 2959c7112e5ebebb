"""Importing Web Annotations into the library: find each one's article, then merge."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..errors import ReaderError
from ..model import Document, now_iso
from . import webannotation as wa


@dataclass
class ImportSummary:
    counts: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        order = ["added", "updated", "unchanged", "deleted", "kept-deleted", "orphan", "skipped"]
        parts = [f"{self.counts[k]} {k}" for k in order if self.counts.get(k)]
        return ", ".join(parts) if parts else "nothing to import"


def _find_document(store, item: dict, cache: dict) -> Document | None:
    doc_id, sha, url = wa.target_keys(item)
    key = (doc_id, sha, url)
    if key in cache:
        return cache[key]
    doc = None
    if doc_id:
        try:
            doc = store.document(doc_id)
        except ReaderError:
            doc = None
    if doc is None and sha:
        doc = store.find_document_by_hash(sha)
        if doc is None:
            row = store.db.execute(
                "SELECT doc_id FROM document_revisions WHERE sha256 = ? LIMIT 1", [sha]
            ).fetchone()
            doc = store.document(row[0]) if row else None
    if doc is None and url:
        row = store.db.execute(
            "SELECT id FROM documents WHERE url = ? AND deleted = 0 LIMIT 1", [url]
        ).fetchone()
        doc = store.document(row[0]) if row else None
    cache[key] = doc
    return doc


def import_annotations(store, items: list[dict], *, document: Document | None = None) -> ImportSummary:
    """Merge ``items`` into the library. With ``document``, every item goes onto it."""
    summary = ImportSummary()
    cache: dict = {}
    now = now_iso()
    incoming = []
    for item in items:
        doc = document or _find_document(store, item, cache)
        if doc is None:
            summary.counts["skipped"] += 1
            summary.problems.append(
                f"{item.get('id', '?')}: no article in the library matches its target; import the article first"
            )
            continue
        try:
            a = wa.annotation_from_jsonld(item, doc, now)
        except (ReaderError, KeyError, TypeError, ValueError) as exc:
            summary.counts["skipped"] += 1
            summary.problems.append(f"{item.get('id', '?')}: {exc}")
            continue
        if a.orphan:
            summary.counts["orphan"] += 1
        incoming.append(a)
    for outcome in store.merge_annotations(incoming):
        summary.counts[outcome.status] += 1
    return summary
