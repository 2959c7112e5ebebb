"""Segments and translation settings in the library (SQL only; callers hold the transaction)."""

from __future__ import annotations

from ..model import TextSelector, now_iso
from ..store.sqlite import Database
from .model import STATUSES, Segment, TranslationInfo

COLUMNS = ('uuid, doc_id, start, "end", exact, prefix, suffix, target, status, note, '
           'needs_review, previous_source, author, created, updated, deleted, orphan')


def row_to_segment(row) -> Segment:
    (uuid, doc_id, start, end, exact, prefix, suffix, target, status, note, needs_review,
     previous_source, author, created, updated, deleted, orphan) = row
    return Segment(uuid, doc_id, TextSelector(start, end, exact, prefix, suffix), target,
                   status, note, bool(needs_review), previous_source, author, created,
                   updated, bool(deleted), bool(orphan))


def save(db: Database, s: Segment) -> None:
    if s.status not in STATUSES:
        raise ValueError(f"unknown segment status {s.status!r}; use one of {', '.join(STATUSES)}")
    sel = s.selector
    db.execute(
        f"INSERT OR REPLACE INTO segments ({COLUMNS}) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [s.uuid, s.doc_id, sel.start, sel.end, sel.exact, sel.prefix, sel.suffix, s.target,
         s.status, s.note, int(s.needs_review), s.previous_source, s.author, s.created,
         s.updated, int(s.deleted), int(s.orphan)])


def find(db: Database, uuid: str) -> Segment | None:
    row = db.execute(f"SELECT {COLUMNS} FROM segments WHERE uuid = ?", [uuid]).fetchone()
    return row_to_segment(row) if row else None


def for_document(db: Database, doc_id: str, *, include_deleted: bool = False) -> list[Segment]:
    """Placed segments in text order, then orphans."""
    where = "doc_id = ?" + ("" if include_deleted else " AND deleted = 0")
    rows = db.execute(
        f'SELECT {COLUMNS} FROM segments WHERE {where} ORDER BY orphan, start, "end", created',
        [doc_id]).fetchall()
    return [row_to_segment(r) for r in rows]


def with_free_uuids(db: Database, segments: list[Segment], text: str) -> list[Segment]:
    """New segments keep the uuids every library gives them unless one is already used here
    (by a merged-away segment's tombstone, which must never be revived): then the next free
    candidate, the same in every library in the same state."""
    from .segmentation import segment_uuid, text_key

    if not segments:
        return segments
    marks = ", ".join("?" * len(segments))
    taken = {r[0] for r in db.execute(f"SELECT uuid FROM segments WHERE uuid IN ({marks})",
                                      [s.uuid for s in segments])}
    if not taken:
        return segments
    key, out = text_key(text), []
    for s in segments:
        if s.uuid in taken:
            n = 1
            while find(db, segment_uuid(key, s.start, s.end, n)) is not None:
                n += 1
            s = s.evolve(uuid=segment_uuid(key, s.start, s.end, n))
        out.append(s)
    return out


def has_segments(db: Database, doc_id: str) -> bool:
    return db.execute("SELECT 1 FROM segments WHERE doc_id = ? LIMIT 1", [doc_id]).fetchone() is not None


def fingerprint(db: Database, doc_id: str | None = None) -> tuple:
    if doc_id is None:
        row = db.execute("SELECT count(*), max(updated), max(rowid) FROM segments").fetchone()
    else:
        row = db.execute("SELECT count(*), max(updated), max(rowid) FROM segments WHERE doc_id = ?",
                         [doc_id]).fetchone()
    return tuple(row)


# --- a document's languages --------------------------------------------------------------


def info(db: Database, doc_id: str) -> TranslationInfo | None:
    row = db.execute("SELECT doc_id, source_lang, target_lang, created, updated FROM translations "
                     "WHERE doc_id = ?", [doc_id]).fetchone()
    return TranslationInfo(*row) if row else None


def save_info(db: Database, t: TranslationInfo) -> None:
    db.execute("INSERT OR REPLACE INTO translations (doc_id, source_lang, target_lang, created, updated) "
               "VALUES (?, ?, ?, ?, ?)", [t.doc_id, t.source_lang, t.target_lang, t.created, t.updated])


def ensure_info(db: Database, doc_id: str, target_lang: str = "en") -> TranslationInfo:
    current = info(db, doc_id)
    if current is None:
        now = now_iso()
        current = TranslationInfo(doc_id, "ar", target_lang, now, now)
        save_info(db, current)
    return current
