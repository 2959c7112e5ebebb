"""The desk's memory inside the library: settings, clock, shadow rows, conflicts.

All of it lives in the tables of migration ``0007_desk`` and is read and written inside the
caller's transaction, so a sync interrupted at any point leaves the library consistent.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from ..store.sqlite import Database

#: Keys of ``desk_state``.
URL, DESK_ID, NODE, USER, LAST_SEQ, LAST_SYNC, LAST_ERROR, AUTO, INTERVAL, CAPTURE = (
    "url", "desk_id", "node", "user", "last_seq", "last_sync", "last_error", "auto_sync",
    "interval_s", "capture")


def get(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM desk_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put(db: Database, key: str, value) -> None:
    if value is None:
        db.execute("DELETE FROM desk_state WHERE key = ?", [key])
    else:
        db.execute("INSERT OR REPLACE INTO desk_state (key, value) VALUES (?, ?)", [key, str(value)])


def joined(db: Database) -> bool:
    return get(db, URL) is not None


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


# --- hybrid logical clock --------------------------------------------------------------------

#: The clock's text form sorts in time order: milliseconds, a counter, the node (a tie-break).
HLC_FORMAT = "%015d.%05d"
#: The SQL expression for "now" in milliseconds (the triggers use it too).
NOW_MS_SQL = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
TICK_SQL = (f"UPDATE desk_clock SET c = CASE WHEN {NOW_MS_SQL} > l THEN 0 ELSE c + 1 END, "
            f"l = max(l, {NOW_MS_SQL})")


def tick(db: Database) -> str:
    """A new local clock value (``HLC_FORMAT`` without the node)."""
    db.execute(TICK_SQL)
    l, c = db.execute("SELECT l, c FROM desk_clock").fetchone()
    return HLC_FORMAT % (l, c)


def observe(db: Database, hlc: str) -> None:
    """Move the clock past a clock seen on the desk, so later local changes come after it."""
    try:
        l, c = (int(x) for x in hlc.split(".")[:2])
    except ValueError:
        return
    db.execute("UPDATE desk_clock SET l = ?, c = ? WHERE l < ? OR (l = ? AND c < ?)",
               [l, c, l, l, c])


def hlc_time(hlc: str) -> float:
    """The wall-clock time (seconds) of a clock value."""
    try:
        return int(hlc.split(".")[0]) / 1000
    except ValueError:
        return 0.0


def set_applying(db: Database, on: bool) -> None:
    """While on (inside one transaction), the capture triggers ignore writes: changes that
    come from the desk are not sent back to it."""
    db.execute("UPDATE desk_clock SET applying = ?", [1 if on else 0])


def now_iso_seconds() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


# --- articles: local document ids and desk keys ------------------------------------------------

class Links:
    """Documents have a random id in each library and one key on the desk: the hash of the
    first text the desk saw of them. The mapping is the article's shadow row."""

    def doc_key(self, db: Database, doc_id: str) -> str:
        row = db.execute(
            "SELECT desk_key FROM desk_shadow WHERE entity = 'article' AND local_key = ? "
            "ORDER BY rowid LIMIT 1", [dumps([doc_id])]).fetchone()
        if row:
            return row[0]
        first = db.execute("SELECT sha256 FROM document_revisions WHERE doc_id = ? "
                           "ORDER BY revision LIMIT 1", [doc_id]).fetchone()
        if first is None:
            first = db.execute("SELECT sha256 FROM documents WHERE id = ?", [doc_id]).fetchone()
        key = first[0] if first else doc_id
        db.execute("INSERT OR IGNORE INTO desk_shadow (entity, desk_key, local_key) "
                   "VALUES ('article', ?, ?)", [key, dumps([doc_id])])
        # The article travels before what refers to it (the next pass of prepare).
        db.execute("INSERT OR IGNORE INTO desk_outbox (entity, rowkey, hlc) VALUES ('article', ?, ?)",
                   [dumps([doc_id]), tick(db)])
        return key

    def doc_id(self, db: Database, desk_key: str) -> str | None:
        row = db.execute("SELECT local_key FROM desk_shadow WHERE entity = 'article' AND desk_key = ?",
                         [desk_key]).fetchone()
        if row is None:
            return None
        doc_id = json.loads(row[0])[0]
        exists = db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return doc_id if exists else None


# --- shadow rows ---------------------------------------------------------------------------------

@dataclass
class Shadow:
    entity: str
    desk_key: str
    local_key: list | None
    vals: dict
    clocks: dict
    authors: dict
    exists: bool = False


def shadow(db: Database, entity: str, desk_key: str) -> Shadow:
    row = db.execute("SELECT local_key, vals, clocks, authors FROM desk_shadow "
                     "WHERE entity = ? AND desk_key = ?", [entity, desk_key]).fetchone()
    if row is None:
        return Shadow(entity, desk_key, None, {}, {}, {})
    return Shadow(entity, desk_key, json.loads(row[0]) if row[0] else None, json.loads(row[1]),
                  json.loads(row[2]), json.loads(row[3]), True)


def shadow_for_local(db: Database, entity: str, local_key: list) -> Shadow | None:
    row = db.execute("SELECT desk_key FROM desk_shadow WHERE entity = ? AND local_key = ? "
                     "ORDER BY rowid LIMIT 1", [entity, dumps(local_key)]).fetchone()
    return shadow(db, entity, row[0]) if row else None


def save_shadow(db: Database, s: Shadow) -> None:
    db.execute(
        "INSERT OR REPLACE INTO desk_shadow (entity, desk_key, local_key, vals, clocks, authors) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [s.entity, s.desk_key, dumps(s.local_key) if s.local_key is not None else "",
         dumps(s.vals), dumps(s.clocks), dumps(s.authors)])


# --- conflicts -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Conflict:
    id: int
    entity: str
    desk_key: str
    field: str
    lost_value: object
    lost_hlc: str
    lost_author: str
    won_value: object
    won_hlc: str
    won_author: str
    noticed: str
    restored: str | None


def record_conflict(db: Database, entity: str, desk_key: str, field: str, lost, lost_hlc: str,
                    lost_author: str, won, won_hlc: str, won_author: str) -> None:
    """Keep a value that lost (once: the same pair of changes is recorded once)."""
    db.execute(
        "INSERT OR IGNORE INTO desk_conflicts (entity, desk_key, field, lost_value, lost_hlc, "
        "lost_author, won_value, won_hlc, won_author, noticed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [entity, desk_key, field, dumps(lost), lost_hlc, lost_author, dumps(won), won_hlc,
         won_author, now_iso_seconds()])


def conflicts(db: Database, include_restored: bool = True) -> list[Conflict]:
    where = "" if include_restored else "WHERE restored IS NULL"
    rows = db.execute(
        "SELECT id, entity, desk_key, field, lost_value, lost_hlc, lost_author, won_value, "
        f"won_hlc, won_author, noticed, restored FROM desk_conflicts {where} ORDER BY id").fetchall()
    return [Conflict(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], json.loads(r[7]),
                     r[8], r[9], r[10], r[11]) for r in rows]
