"""Annotations in the library: rows, tombstones, merging imported ones, re-anchoring.

Rows are never removed: deleting sets ``deleted`` (a tombstone), so that an import or a
merge can never bring back what the user removed. When the same annotation (same uuid)
arrives from elsewhere, the newer ``updated`` wins, and a tombstone always wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .sqlite import Database

from ..errors import NotFoundError
from ..model import Annotation, TextSelector, now_iso
from . import search

def _describe(text: str, start: int, end: int):
    from ..anchoring import describe  # rapidfuzz stays off the start-up path

    return describe(text, start, end)


_COLUMNS = (
    "uuid, doc_id, kind, start, \"end\", exact, prefix, suffix, color, note, tags, author, "
    "created, updated, deleted, orphan"
)


def _row_to_annotation(row) -> Annotation:
    (uuid, doc_id, kind, start, end, exact, prefix, suffix, color, note, tags, author,
     created, updated, deleted, orphan) = row
    return Annotation(
        uuid=uuid,
        doc_id=doc_id,
        selector=TextSelector(start, end, exact, prefix, suffix),
        kind=kind,
        color=color,
        note=note,
        tags=tuple(json.loads(tags)) if tags and tags != "[]" else (),  # most have none
        author=author,
        created=created,
        updated=updated,
        deleted=bool(deleted),
        orphan=bool(orphan),
    )


def save(db: Database, a: Annotation) -> None:
    """Insert or replace one annotation row and its entry in the search index."""
    s = a.selector
    db.execute(
        f"""INSERT OR REPLACE INTO annotations ({_COLUMNS})
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            a.uuid, a.doc_id, a.kind, s.start, s.end, s.exact, s.prefix, s.suffix, a.color,
            a.note, json.dumps(list(a.tags), ensure_ascii=False), a.author, a.created,
            a.updated, int(a.deleted), int(a.orphan),
        ],
    )
    search.index_note(db, a)


def get(db: Database, uuid: str) -> Annotation:
    row = db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        raise NotFoundError(f"no annotation with id {uuid}")
    return _row_to_annotation(row)


def find(db: Database, uuid: str) -> Annotation | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE uuid = ?", [uuid]).fetchone()
    return _row_to_annotation(row) if row else None


def for_document(db: Database, doc_id: str, *, include_deleted: bool = False) -> list[Annotation]:
    where = "doc_id = ?" + ("" if include_deleted else " AND deleted = 0")
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE {where} ORDER BY start, \"end\", created",
        [doc_id],
    ).fetchall()
    return [_row_to_annotation(r) for r in rows]


def all_annotations(db: Database, *, include_deleted: bool = True) -> list[Annotation]:
    where = "" if include_deleted else "WHERE deleted = 0"
    rows = db.execute(f"SELECT {_COLUMNS} FROM annotations {where} ORDER BY doc_id, start").fetchall()
    return [_row_to_annotation(r) for r in rows]


def new_annotation(
    doc_id: str,
    text: str,
    start: int,
    end: int,
    *,
    kind: str = "highlight",
    color: str = "yellow",
    note: str = "",
    tags: tuple[str, ...] = (),
    author: str = "",
) -> Annotation:
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"range {start}-{end} is outside the text (0-{len(text)})")
    now = now_iso()
    from ..model import new_uuid

    return Annotation(
        uuid=new_uuid(),
        doc_id=doc_id,
        selector=_describe(text, start, end),
        kind=kind,
        color=color,
        note=note,
        tags=tuple(tags),
        author=author,
        created=now,
        updated=now,
    )


@dataclass(frozen=True)
class MergeOutcome:
    status: str  # added | updated | unchanged | kept-deleted | deleted
    annotation: Annotation


def merge_incoming(db: Database, incoming: Annotation) -> MergeOutcome:
    """Merge an annotation from an import: newer wins, tombstones are never revived."""
    current = find(db, incoming.uuid)
    if current is None:
        save(db, incoming)
        return MergeOutcome("added", incoming)
    if current.deleted:
        return MergeOutcome("kept-deleted", current)
    if incoming.deleted:
        tomb = current.evolve(deleted=True, updated=max(current.updated, incoming.updated))
        save(db, tomb)
        return MergeOutcome("deleted", tomb)
    if incoming.updated > current.updated:
        save(db, incoming)
        return MergeOutcome("updated", incoming)
    return MergeOutcome("unchanged", current)


@dataclass(frozen=True)
class ReanchorReport:
    kept: int = 0
    moved: int = 0
    orphaned: int = 0


def reanchor_document(db: Database, doc_id: str, new_text: str) -> ReanchorReport:
    """Re-attach every live annotation of a document to its new text.

    Annotations that cannot be placed with confidence become orphans: their old selector is
    kept (so nothing is lost and the user can place them by hand), never moved to other words.
    """
    items = for_document(db, doc_id)
    from ..anchoring import anchor_many, describe

    results = anchor_many(new_text, [a.selector for a in items])
    kept = moved = orphaned = 0
    for a, result in zip(items, results):
        if result is None:
            if not a.orphan:
                save(db, a.evolve(orphan=True))
            orphaned += 1
            continue
        if result.method == "position" and not a.orphan:
            kept += 1
            selector = describe(new_text, result.start, result.end)
            if selector != a.selector:
                save(db, a.evolve(selector=selector))
            continue
        moved += 1
        save(db, a.evolve(selector=describe(new_text, result.start, result.end), orphan=False))
    return ReanchorReport(kept, moved, orphaned)
