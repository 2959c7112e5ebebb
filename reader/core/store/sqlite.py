"""The small part of a database handle the store uses: execute, executescript, atomic, close.

It behaves as sqlite-utils' ``Database`` does for these calls (a write outside a transaction
commits at once; ``atomic`` nests with savepoints), without importing sqlite-utils, which
costs about 70 ms at start-up. sqlite-utils is still what runs the numbered migrations
(:mod:`.migrations`), and it is imported only when a step has to be applied.

The connection is in SQLite's autocommit mode (``isolation_level=None``, see
:mod:`.connection`). A transaction that writes starts with ``BEGIN IMMEDIATE``: it takes the
write lock first, waiting through the busy timeout if another program holds it. (A deferred
``BEGIN`` that reads and then writes fails at once with SQLITE_BUSY when another program has
committed in between, whatever the timeout.)
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

#: Savepoint names, unique in the process (a counter: `secrets` costs 4 ms at start-up).
_SAVEPOINTS = itertools.count(1)

_CONTROL = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")


class Database:
    def __init__(self, conn: sqlite3.Connection, path=None, read_only: bool = False):
        self.conn = conn
        #: The library file (None for a handle made on a bare connection).
        self.path = path
        #: Opened for reading only: :class:`~reader.core.store.Store` refuses changes.
        self.read_only = read_only
        self._closed = False

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # an implicit transaction nobody would commit
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and sql.lstrip().split(None, 1)[0].upper() not in _CONTROL):
            conn.execute("COMMIT")
        return cursor

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if self.conn.in_transaction:
            # sqlite3's executescript would COMMIT first; run the statements one by one.
            cursor = self.conn.cursor()
            for statement in _split(sql):
                cursor.execute(statement)
            return cursor
        return self.conn.executescript(sql)

    @contextmanager
    def atomic(self) -> Iterator["Database"]:
        """Everything inside commits together or not at all; nested blocks use savepoints."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"reader_{next(_SAVEPOINTS)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        else:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise

    def data_version(self) -> int:
        """Changes when another connection (another program, or another thread's connection)
        has committed since the last call: ``PRAGMA data_version``."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.conn.close()
        finally:
            if self.path is not None:
                from . import guard

                guard.unregister(self.path)


def _split(script: str) -> list[str]:
    """Statements of a script, cut at each ';' where sqlite3 says a statement is complete
    (so a ';' inside a string or a trigger body does not cut)."""
    out, start = [], 0
    for i, ch in enumerate(script):
        if ch == ";" and sqlite3.complete_statement(script[start:i + 1]):
            if script[start:i + 1].strip(" \t\r\n;"):
                out.append(script[start:i + 1])
            start = i + 1
    if script[start:].strip():
        out.append(script[start:])
    return out
