"""Whether the library is saved, as far as the window can tell: what an error dialog may say.

"Your library is saved" is said only when it is true: the library answers a read, no write
transaction is left open on the window's connection, and the last write the window asked
for was committed (a refused write is remembered until a later one succeeds). Otherwise
the sentence says what is not known, or what was not saved.

A window registers its session with :func:`watch`; services that write (reviews, entity
teachings) add their ``changed``/``failed`` signals with :meth:`LibraryWatch.track`.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QObject


_watches: list["LibraryWatch"] = []



class LibraryWatch(QObject):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent or session)
        self.session = session
        self.last_failure = ""
        self.track(session.annotations.changed, session.annotations.failed)
        session.saveFailed.connect(self._failed)

    def track(self, changed, failed) -> None:
        """Follow a writer: ``changed`` after a commit, ``failed(message)`` after a refusal."""
        changed.connect(self._saved)
        failed.connect(self._failed)

    def _saved(self, *_args) -> None:
        self.last_failure = ""

    def _failed(self, message: str) -> None:
        self.last_failure = message or "?"

    def _connection(self) -> sqlite3.Connection | None:
        store = getattr(self.session, "store", None)
        return getattr(getattr(store, "db", None), "conn", None)

    def describe(self) -> tuple[bool | None, str]:
        """(saved: True, False or None for unknown, one sentence for the user)."""
        from .error_text import translated_error
        from .errors import file_label

        name = file_label(getattr(self.session, "db_path", "") or "?")
        conn = self._connection()
        if conn is None:
            text = QCoreApplication.translate(
                "LibraryState", "Whether your library “%1” is saved is not known.")
            return None, text.replace("%1", name)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            open_write = conn.in_transaction
        except sqlite3.Error as exc:
            text = QCoreApplication.translate(
                "LibraryState",
                "Your library “%1” cannot be read now (%2): whether your latest changes are "
                "saved is not known. Keep the file, quit and open the reader again.")
            return None, text.replace("%1", name).replace("%2", str(exc))
        if open_write:
            text = QCoreApplication.translate(
                "LibraryState",
                "A change to your library “%1” was being written and was not finished: it may "
                "not be saved. Changes saved before it are kept.")
            return False, text.replace("%1", name)
        if self.last_failure:
            text = QCoreApplication.translate(
                "LibraryState",
                "Your last change to the library “%1” could not be saved (%2); changes saved "
                "before it are kept.")
            return False, text.replace("%1", name).replace("%2", translated_error(self.last_failure))
        text = QCoreApplication.translate(
            "LibraryState",
            "Your library “%1” is saved: every change shown as saved has been written to it.")
        return True, text.replace("%1", name)


def watch(session) -> LibraryWatch:
    """Follow ``session``'s library (one watch per session; the same one when called again)."""
    for existing in _watches:
        if existing.session is session:
            return existing
    result = LibraryWatch(session)
    _watches.append(result)
    return result


def forget(session) -> None:
    """Stop following ``session`` (its window closed)."""
    _watches[:] = [w for w in _watches if w.session is not session]


def watches() -> list[LibraryWatch]:
    return list(_watches)


def library_sentences() -> list[str]:
    """What can be said of every watched library (none open: nothing to say)."""
    return [w.describe()[1] for w in _watches]
