"""The translator's own terms in the library (SQL only; callers hold the transaction)."""

from __future__ import annotations

from ..store.sqlite import Database
from .model import Term

COLUMNS = ("uuid, source, target, source_lang, target_lang, note, domain, author, created, "
           "updated, deleted")


def _row(row) -> Term:
    *fields, deleted = row
    return Term(*fields, deleted=bool(deleted))


def save(db: Database, t: Term) -> None:
    if not t.source.strip() or not t.target.strip():
        raise ValueError("a term needs a source term and a target term")
    db.execute(f"INSERT OR REPLACE INTO terms ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [t.uuid, t.source, t.target, t.source_lang, t.target_lang, t.note, t.domain,
                t.author, t.created, t.updated, int(t.deleted)])


def find(db: Database, uuid: str) -> Term | None:
    row = db.execute(f"SELECT {COLUMNS} FROM terms WHERE uuid = ?", [uuid]).fetchone()
    return _row(row) if row else None


def all_terms(db: Database, *, include_deleted: bool = False) -> list[Term]:
    where = "" if include_deleted else "WHERE deleted = 0"
    return [_row(r) for r in db.execute(f"SELECT {COLUMNS} FROM terms {where} ORDER BY source, target")]


def fingerprint(db: Database) -> tuple:
    return tuple(db.execute("SELECT count(*), max(updated) FROM terms").fetchone())


def merge(db: Database, incoming: Term) -> str:
    """Merge a term from a file: by uuid, newer wins, a deleted one stays deleted; a term with
    the same source, target and languages as a live one is not added twice."""
    current = find(db, incoming.uuid)
    if current is None:
        same = db.execute(
            "SELECT uuid FROM terms WHERE deleted = 0 AND source = ? AND target = ? AND "
            "source_lang = ? AND target_lang = ?",
            [incoming.source, incoming.target, incoming.source_lang, incoming.target_lang]).fetchone()
        if same:
            return "unchanged"
        save(db, incoming)
        return "added"
    if current.deleted or current == incoming:
        return "unchanged"
    if incoming.updated > current.updated:
        save(db, incoming)
        return "updated"
    return "unchanged"
