"""Local change capture: SQLite triggers on every shared table put the rows that change into
the outbox, whichever program or code path writes them (the window, the command line, an
import, an undo), with the hybrid logical clock of the change.

The triggers are made from the registry (:data:`.tables.TABLES`) when a library joins a
desk, and made again when the registry differs from the one they were made from (a newer
reader sharing a new table): :func:`install` then also puts the new table's existing rows in
the outbox, so nothing written before is missed. A library that never joined a desk has no
triggers and pays nothing.

Writes made while applying changes pulled from the desk are not captured (the ``applying``
flag in ``desk_clock``, set and cleared inside the applying transaction, so no other
connection ever sees it set).
"""

from __future__ import annotations

import hashlib

from ..store.sqlite import Database
from . import local
from .tables import TABLES, Table

_PREFIX = "desk_capture_"


def _key_sql(table: Table, row: str) -> str:
    return "json_array(" + ", ".join(f'{row}."{c}"' for c in table.key_columns) + ")"


def _trigger_sql(table: Table, event: str) -> str:
    row = "OLD" if event == "DELETE" else "NEW"
    return f"""
        CREATE TRIGGER {_PREFIX}{table.table}_{event.lower()} AFTER {event} ON {table.table}
        WHEN (SELECT applying FROM desk_clock) = 0
        BEGIN
            {local.TICK_SQL};
            INSERT INTO desk_outbox (entity, rowkey, hlc)
                SELECT '{table.entity}', {_key_sql(table, row)}, printf('{local.HLC_FORMAT}', l, c)
                FROM desk_clock WHERE true
                ON CONFLICT (entity, rowkey) DO UPDATE SET hlc = excluded.hlc;
        END
    """


def fingerprint() -> str:
    """What the triggers are made from; stored, so a changed registry is noticed."""
    spec = "|".join(f"{t.entity}:{t.table}:{','.join(t.key_columns)}" for t in TABLES.values())
    return hashlib.sha256(spec.encode()).hexdigest()[:16]


def installed(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", [_PREFIX + "%"])]


def remove(db: Database) -> None:
    for name in installed(db):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    local.put(db, local.CAPTURE, None)


def enqueue_all(db: Database, table: Table) -> int:
    """Put every existing row of ``table`` in the outbox (joining; a newly shared table)."""
    hlc = local.tick(db)
    cursor = db.execute(
        f"INSERT OR IGNORE INTO desk_outbox (entity, rowkey, hlc) "
        f"SELECT ?, {_key_sql(table, table.table)}, ? FROM {table.table}", [table.entity, hlc])
    return cursor.rowcount


def install(db: Database) -> int:
    """Make the triggers for every registered table (inside the caller's transaction).
    Tables that were not captured before get their rows queued; returns how many."""
    done = set((local.get(db, local.CAPTURE) or "").split(",")) - {""}
    remove(db)
    queued = 0
    for table in TABLES.values():
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(_trigger_sql(table, event))
        if table.entity not in done:
            queued += enqueue_all(db, table)
    local.put(db, local.CAPTURE, ",".join(TABLES))
    local.put(db, "capture_fingerprint", fingerprint())
    return queued


def up_to_date(db: Database) -> bool:
    return (local.get(db, "capture_fingerprint") == fingerprint()
            and len(installed(db)) == 3 * len(TABLES))
