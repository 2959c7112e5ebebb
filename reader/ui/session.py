"""The open library and the article being read: what the window's parts share.

One :class:`Session` per window. It owns the GUI thread's Store (workers open their own),
the :class:`AnnotationService`, the current document (with :attr:`documentChanged`) and the
small settings the interface keeps (recent files, language).

Other programs may use the same library at the same time (the command line, another
window). The GUI thread's connection waits at most 50 ms for their write lock; a write that
finds the library busy waits in :attr:`Session.writes` and is retried (it is shown only once
it has committed). What the others commit is noticed through ``PRAGMA data_version``, checked
every second and whenever the window becomes active, and announced with
:attr:`Session.changedElsewhere` (what changed: "library", "notes", "annotations", "text",
"reviews", "teachings", "vocabulary"), so the views reload instead of overwriting it with
stale state.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from reader.core.errors import ReaderError
from reader.core.model import Document
from reader.core.resources import sample_article
from reader.core.store import LibraryEntry, SearchHit, Store

from .annotation_service import AnnotationService
from .view_settings import ViewSettings, load_view_settings, save_view_settings
from .write_queue import GUI_BUSY_MS, WriteQueue

RECENT_KEY = "ui.recent_files"
LANGUAGE_KEY = "ui.language"
AUTHOR_KEY = "ui.author"
MAX_RECENT = 10
#: How often the window checks whether another program changed the library (ms).
WATCH_MS = 1000


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return ""


class Session(QObject):
    #: The document now shown (a Document), or None when none is open.
    documentChanged = Signal(object)
    #: Documents were added, removed or their counts changed.
    libraryChanged = Signal()
    #: A user message: a small save (position, setting) was refused by the library.
    saveFailed = Signal(str)
    #: Another program (or a worker's connection) committed changes: a set of what changed,
    #: among "library", "notes", "annotations", "text", "reviews", "teachings", "vocabulary"
    #: ("annotations", "text" and "reviews" are about the current document).
    changedElsewhere = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.writes = WriteQueue(self)
        author = store.setting(AUTHOR_KEY, None) or _default_author()
        self.annotations = AnnotationService(store, author, self, writes=self.writes)
        self.annotations.changed.connect(lambda *_: self.libraryChanged.emit())
        self._current: Document | None = None
        self._data_version = store.data_version()
        self._fingerprint = store.fingerprint(None)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_for_changes)
        self._watch.start()
        self._closed = False
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_application_state)

    @classmethod
    def open(cls, db: str | Path | None = None, parent: QObject | None = None) -> "Session":
        store = Store.open(db)  # opening may wait for a migration another program runs
        store.set_busy_timeout(GUI_BUSY_MS)  # from now on the GUI thread never waits long
        return cls(store, parent)

    @property
    def db_path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._watch.stop()
        self.store.close()

    def flush_writes(self, wait_ms: int = 5000) -> int:
        """Save what waits for the library, waiting up to ``wait_ms`` (at quit). Returns the
        number of writes still not saved."""
        return self.writes.flush(wait_ms, self.store.set_busy_timeout)

    # --- changes made by other programs ------------------------------------------------------

    def _on_application_state(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_for_changes()  # the user may have run a command in a terminal

    def check_for_changes(self) -> set[str]:
        """If another connection committed since the last check, work out what changed and
        emit :attr:`changedElsewhere`. Cheap when nothing changed (one PRAGMA)."""
        if self._closed:
            return set()
        version = self.store.data_version()
        if version == self._data_version:
            return set()
        self._data_version = version
        doc_id = self._current.id if self._current is not None else None
        now = self.store.fingerprint(doc_id)
        before = self._fingerprint
        self._fingerprint = now
        changed = {k for k, v in now.items() if before.get(k) != v}
        if changed:
            self.changedElsewhere.emit(changed)
        return changed

    def _remember_state(self) -> None:
        """What this window shows now is up to date (after it changed or reloaded it)."""
        self._data_version = self.store.data_version()
        self._fingerprint = self.store.fingerprint(
            self._current.id if self._current is not None else None)

    # --- documents -------------------------------------------------------------------------

    @property
    def current_document(self) -> Document | None:
        return self._current

    def open_document(self, doc_id: str) -> Document:
        doc = self.store.document(doc_id)
        self.check_for_changes()  # news about the previous article or the library first
        self._current = doc
        self._remember_state()
        self.documentChanged.emit(doc)
        return doc

    def reload_current(self) -> None:
        """Read the current document again (after a revised version was imported)."""
        if self._current is not None:
            self.open_document(self._current.id)

    def library(self) -> list[LibraryEntry]:
        return self.store.library()

    def search(self, query: str) -> list[SearchHit]:
        return self.store.search(query)

    def ensure_sample(self) -> Document:
        """The bundled sample article, imported on first use (idempotent by text hash)."""
        from reader.core.importers import import_file  # kept off the start-up path

        result = self.store.import_document(import_file(sample_article()))
        if result.status != "unchanged":
            self.libraryChanged.emit()
        return result.document

    # --- reading position ------------------------------------------------------------------

    def reading_position(self, doc_id: str) -> int:
        return self.store.reading_position(doc_id)

    def save_reading_position(self, doc_id: str, position: int) -> bool:
        return self._save(self.store.set_reading_position, doc_id, position,
                          key=f"position:{doc_id}")

    def _save(self, write, *args, key: str | None = None) -> bool:
        """Run a small write; when the library is busy it waits in :attr:`writes` (the
        latest write with the same ``key`` wins); a refusal (disk full, read-only) is
        reported, not raised: the reader keeps working."""
        if self.store.read_only:
            return False  # said once when the library was opened; positions are not news
        return self.writes.submit(lambda: write(*args), failed=self.saveFailed.emit, key=key)

    # --- settings --------------------------------------------------------------------------

    def view_settings(self) -> ViewSettings:
        return load_view_settings(self.store)

    def save_view_settings(self, settings: ViewSettings) -> bool:
        return self._save(save_view_settings, self.store, settings, key="view-settings")

    def set_setting(self, key: str, value) -> bool:
        return self._save(self.store.set_setting, key, value, key=f"setting:{key}")

    def recent_files(self) -> list[str]:
        value = self.store.setting(RECENT_KEY, [])
        return [str(p) for p in value] if isinstance(value, list) else []

    def add_recent_files(self, paths: list[str]) -> None:
        recent = self.recent_files()
        for path in paths:
            path = str(Path(path).expanduser().resolve())
            if path in recent:
                recent.remove(path)
            recent.insert(0, path)
        self.set_setting(RECENT_KEY, recent[:MAX_RECENT])

    def language(self) -> str | None:
        value = self.store.setting(LANGUAGE_KEY, None)
        return value if isinstance(value, str) else None

    def set_language(self, code: str) -> bool:
        return self.set_setting(LANGUAGE_KEY, code)
