"""Opening the library database safely, also while other programs use it.

Everything about the file is learnt through SQLite: the library file is never opened with
``open()`` (closing such a descriptor drops every SQLite lock this process holds on it, and
another process may then delete the write-ahead log under a live connection; see
:mod:`.guard`, which refuses such opens). Before anything is written the database is
identified:

- a file that is not an SQLite database, or a damaged one, is reported and left untouched;
- an SQLite database of another program (its ``application_id`` is not ours and it is not an
  empty new file or a library made before libraries were marked) is refused, untouched;
- a library written by a newer version of the reader is refused rather than migrated;
- a library the user may read but not write (permissions, a read-only folder or medium) is
  opened read-only: listing, showing, searching and exporting work, changes are refused
  with a message that says why;
- a library another program keeps locked is waited for, then reported as busy.

Connections run in SQLite's autocommit mode (``isolation_level=None``): a single statement
commits by itself and every multi-statement write starts with ``BEGIN IMMEDIATE``
(:meth:`.sqlite.Database.atomic`), so that waiting for the write lock goes through the busy
timeout instead of failing at once with SQLITE_BUSY when a read transaction upgrades.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from ..errors import LibraryBusyError, ReadOnlyLibraryError, StoreError
from . import guard
from .sqlite import Database

#: The numbered steps of :mod:`.migrations`, in order (a test keeps the two in step). Known
#: here so that opening an up-to-date library does not import sqlite-utils.
STEPS = (
    "0001_documents_annotations_search",
    "0002_reading_state",
    "0003_analysis_reviews_teachings",
    "0004_search_refs",
    "0005_vocabulary",
    "0006_translation",
    "0007_desk",
    "0008_document_chars",
)
SCHEMA_VERSION = len(STEPS)
_MIGRATION_SET = "reader"

#: ``PRAGMA application_id`` of a reader library: "RDAR" in ASCII.
APPLICATION_ID = 0x52444152

#: How long a connection waits for another program's write lock before giving up (ms).
DEFAULT_BUSY_MS = 10_000

#: Databases up to this size get a full ``quick_check`` on open; larger ones a cheap one.
_QUICK_CHECK_LIMIT = 64 * 1024 * 1024


def _fail(path: Path, message: str) -> StoreError:
    return StoreError(message, path)


def _busy(path: Path) -> LibraryBusyError:
    return LibraryBusyError(
        "the library is busy: another program is writing to it or keeps it locked; wait until "
        "it has finished and try again", path)


def _is_busy(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _writable(path: Path) -> bool:
    """Whether this process may write the library and create files beside it (checked with
    ``access()``, which opens nothing)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise _fail(path, "this is a folder, not a library database; give a file path with --db")
    if path.exists():
        return
    parent = path.parent
    if not parent.exists():
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _fail(path, f"cannot create the folder for the library ({exc.strerror})") from exc
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _fail(path, "cannot create the library: its folder is read-only; choose another "
                          "file with --db")


def _connect(path: Path, busy_ms: int, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    timeout = busy_ms / 1000
    if not read_only:
        return sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    uri = "file:" + quote(str(path.absolute())) + "?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


def _open_connection(path: Path, busy_ms: int, read_only: bool) -> tuple[sqlite3.Connection, bool]:
    """A connection that can read the library: (connection, whether it is read-only)."""
    try:
        conn = _connect(path, busy_ms, read_only)
    except sqlite3.Error as exc:
        raise _fail(path, f"cannot open the library database ({exc})") from exc
    if not read_only:
        return conn, False
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn, True
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_busy(exc):
            raise _busy(path) from exc
    # A library in WAL mode whose folder is read-only: SQLite cannot create the shared-memory
    # file it reads through. Nobody can write there either, so it is read as immutable.
    try:
        return _connect(path, busy_ms, True, immutable=True), True
    except sqlite3.Error as exc:
        raise _fail(path, f"cannot open the library database ({exc})") from exc


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        size = path.stat().st_size if path.exists() else 0
        pragma = "PRAGMA quick_check" if size <= _QUICK_CHECK_LIMIT else "PRAGMA quick_check(1)"
        rows = conn.execute(pragma).fetchall()
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if "not a database" in message:
            raise _fail(
                path,
                "this file is not a reader library (not an SQLite database); it was left "
                "untouched. Move it away or choose another file with --db",
            ) from exc
        if isinstance(exc, sqlite3.OperationalError) and _is_busy(exc):
            raise _busy(path) from exc
        if isinstance(exc, sqlite3.OperationalError) and ("unable to open" in message
                                                          or "readonly" in message):
            raise _fail(path, f"cannot read the library ({message}); check the permissions of "
                              "the file and its folder") from exc
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


def _identify(db: Database, path: Path) -> str:
    """"library", "new" (an empty database) or "legacy" (a library made before libraries were
    marked with ``application_id``); anything else is refused, untouched."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return "library"
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' "
        "ESCAPE '!' ORDER BY name")]
    if app_id == 0 and not tables:
        return "new"
    if app_id == 0 and "_sqlite_migrations" in tables and "documents" in tables \
            and _applied_steps(db)[:1] == [STEPS[0]]:
        return "legacy"
    shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
    raise _fail(
        path,
        "this SQLite database belongs to another program"
        + (f" (its tables: {shown})" if tables else "")
        + "; it is not a reader library and was left untouched. Choose another file with --db",
    )


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


def _up_to_date(db: Database, applied: list[str]) -> bool:
    return (sorted(applied) == sorted(STEPS)
            and db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            and db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID)


def _migrate(db: Database, path: Path) -> None:
    """Apply the missing steps under the write lock, so that two programs opening an old
    library at once do not both migrate it."""
    import sqlite_utils

    from .migrations import MIGRATIONS

    with db.atomic():
        # Another program may have identified or migrated it while we waited for the lock.
        kind = _identify(db, path)
        applied = _schema_check(db, path)
        if kind != "library" or not _up_to_date(db, applied):
            MIGRATIONS.apply(sqlite_utils.Database(db.conn, execute_plugins=False))
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def open_database(path: str | Path, *, migrate: bool = True, busy_ms: int = DEFAULT_BUSY_MS,
                  read_only: bool = False) -> Database:
    """Open (creating if needed) the library at ``path``, check it, and bring it up to date.

    ``busy_ms`` is how long a write waits for another program's lock. ``read_only`` opens it
    for reading only; a library this process may not write is opened read-only anyway.
    """
    path = Path(path)
    _check_path(path)
    read_only = read_only or not _writable(path)
    conn, read_only = _open_connection(path, busy_ms, read_only)
    guard.register(path)
    db = Database(conn, path=path, read_only=read_only)
    try:
        _quick_check(conn, path)
        kind = _identify(db, path)
        applied = _schema_check(db, path)
        if read_only:
            if kind == "new" or not _up_to_date(db, applied):
                raise ReadOnlyLibraryError(
                    "the library is read-only and was made by an older version of the reader, "
                    "which must update it once; open it once where it can be written", path)
        else:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    conn.execute("PRAGMA journal_mode = DELETE")
            if migrate and (kind != "library" or not _up_to_date(db, applied)):
                _migrate(db, path)
    except sqlite3.OperationalError as exc:
        db.close()
        message = str(exc)
        if _is_busy(exc):
            raise _busy(path) from exc
        if "readonly" in message or "read-only" in message:
            raise ReadOnlyLibraryError(
                "the library is read-only; check the permissions of the file and its folder",
                path) from exc
        if "disk" in message and "full" in message:
            raise _fail(path, "the disk is full; free some space and try again") from exc
        raise _fail(path, f"cannot open the library database ({message})") from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _fail(path, f"the library database is damaged ({exc}); it was left untouched") from exc
    except BaseException:
        db.close()
        raise
    return db
