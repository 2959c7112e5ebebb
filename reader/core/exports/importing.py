"""Importing Web Annotations into the library: check each one, find its article, then merge.

Items that cannot be imported are counted by reason, and reported in one line however many
there are ("5000 items skipped: 4998 with a bad 'reader:deleted' (must be true or false),
2 with no matching article ...; first: urn:uuid:...").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..display import one_line
from ..errors import ReaderError
from ..model import Document, now_iso
from . import webannotation as wa
from .validate import BadItem, check_item
from .webannotation_records import merge_record

#: Reviews and segments merged per transaction.
MERGE_BATCH = 250

NO_ARTICLE = "with no matching article (import the article first)"
NOT_OBJECT = "that are not JSON objects"
#: Longest id quoted in the summary line.
_ID_CHARS = 80


@dataclass
class ImportSummary:
    counts: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)  # reason -> number of items
    first_skipped: str = ""  # the id of the first item skipped

    def line(self) -> str:
        order = ["added", "updated", "unchanged", "deleted", "kept-deleted", "orphan", "skipped"]
        parts = [f"{self.counts[k]} {k}" for k in order if self.counts.get(k)]
        return ", ".join(parts) if parts else "nothing to import"

    def skip(self, item, reason: str) -> None:
        self.counts["skipped"] += 1
        self.skipped[reason] += 1
        if not self.first_skipped:
            ident = item.get("id") if isinstance(item, dict) else None
            ident = ident if isinstance(ident, str) and ident else "(no id)"
            if len(ident) > _ID_CHARS:
                ident = ident[: _ID_CHARS - 1] + "…"
            self.first_skipped = one_line(ident)

    def problem_line(self) -> str:
        """One line for every item skipped ('' when none was)."""
        total = sum(self.skipped.values())
        if not total:
            return ""
        reasons = ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
        items = "item" if total == 1 else "items"
        return f"{total} {items} skipped: {reasons}; first: {self.first_skipped}"


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


def import_annotations(store, items: list, *, document: Document | None = None) -> ImportSummary:
    """Merge ``items`` into the library. With ``document``, every item goes onto it."""
    summary = ImportSummary()
    cache: dict = {}
    now = now_iso()
    incoming = []
    records = []
    for item in items:
        if not isinstance(item, dict):
            summary.skip(item, NOT_OBJECT)
            continue
        try:
            check_item(item)
        except BadItem as exc:
            summary.skip(item, exc.reason)
            continue
        doc = document or _find_document(store, item, cache)
        if doc is None:
            summary.skip(item, NO_ARTICLE)
            continue
        if "reader:type" in item:  # a claim review or a translation segment
            records.append((item, doc))
            continue
        a = wa.annotation_from_jsonld(item, doc, now)
        if a.orphan:
            summary.counts["orphan"] += 1
        incoming.append(a)
    for outcome in store.merge_annotations(incoming):
        summary.counts[outcome.status] += 1
    for start in range(0, len(records), MERGE_BATCH):
        with store.transaction():
            for item, doc in records[start:start + MERGE_BATCH]:
                summary.counts[merge_record(store.db, item, doc)] += 1
    return summary
