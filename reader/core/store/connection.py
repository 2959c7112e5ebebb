"""Opening the library database safely.

The file is checked before anything is written to it: a file that is not an SQLite
database, or a damaged one, is reported and left exactly as it was; a database written by a
newer version of the reader is refused rather than migrated backwards or damaged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from .sqlite import Database

#: The numbered steps of :mod:`.migrations`, in order (a test keeps the two in step). Known
#: here so that opening an up-to-date library does not import sqlite-utils.
STEPS = (
    "0001_documents_annotations_search",
    "0002_reading_state",
    "0003_analysis_reviews_teachings",
)
SCHEMA_VERSION = len(STEPS)
_MIGRATION_SET = "reader"

_HEADER = b"SQLite format 3\x00"
#: Databases up to this size get a full ``quick_check`` on open; larger ones a cheap one.
_QUICK_CHECK_LIMIT = 64 * 1024 * 1024


def _fail(path: Path, message: str) -> StoreError:
    return StoreError(message, path)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise _fail(path, "this is a folder, not a library database; give a file path with --db")
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _fail(path, f"cannot create the folder for the library ({exc.strerror})") from exc
        return
    if path.stat().st_size == 0:
        return  # an empty file is a new database
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_HEADER))
    except OSError as exc:
        raise _fail(path, f"cannot read the library database ({exc.strerror})") from exc
    if header != _HEADER:
        raise _fail(
            path,
            "this file is not a reader library (not an SQLite database); it was left untouched. "
            "Move it away or choose another file with --db",
        )


def _integrity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        size = path.stat().st_size if path.exists() else 0
        pragma = "PRAGMA quick_check" if size <= _QUICK_CHECK_LIMIT else "PRAGMA quick_check(1)"
        rows = conn.execute(pragma).fetchall()
    except sqlite3.DatabaseError as exc:
        raise _fail(
            path,
            f"the library database is damaged ({exc}); it was left untouched. Restore a backup "
            "or choose another file with --db",
        ) from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise _fail(
            path,
            f"the library database is damaged ({problems[0]}); it was left untouched. Restore a "
            "backup or choose another file with --db",
        )


def _applied_steps(db: Database) -> list[str]:
    """The steps recorded as applied (the table sqlite-utils' ``Migrations`` keeps)."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    rows = db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [_MIGRATION_SET],
    ).fetchall()
    return [r[0] for r in rows]


def _schema_check(db: Database, path: Path) -> list[str]:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    applied = _applied_steps(db)
    unknown = sorted(set(applied) - set(STEPS))
    if version > SCHEMA_VERSION or unknown:
        raise _fail(
            path,
            f"this library was written by a newer version of the reader (schema {version}, this "
            f"version knows up to {SCHEMA_VERSION}); it was left untouched. Upgrade the reader, "
            "or open another library with --db",
        )
    return applied


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the library at ``path``, check it, and bring it up to date."""
    path = Path(path)
    _check_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=5.0)
    except sqlite3.Error as exc:
        raise _fail(path, f"cannot open the library database ({exc})") from exc
    try:
        _integrity(conn, path)
        db = Database(conn)
        applied = _schema_check(db, path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal" and str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = NORMAL")
        if migrate and (applied != list(STEPS)
                        or db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION):
            import sqlite_utils

            from .migrations import MIGRATIONS

            MIGRATIONS.apply(sqlite_utils.Database(conn, execute_plugins=False))
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.OperationalError as exc:
        conn.close()
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise _fail(path, "the library is locked by another program; close it and try again") from exc
        if "readonly" in message or "read-only" in message:
            raise _fail(path, "the library is read-only; check the file's permissions") from exc
        if "disk" in message and "full" in message:
            raise _fail(path, "the disk is full; free some space and try again") from exc
        raise _fail(path, f"cannot open the library database ({message})") from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _fail(path, f"the library database is damaged ({exc}); it was left untouched") from exc
    except StoreError:
        conn.close()
        raise
    return db
