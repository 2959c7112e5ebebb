"""The open library and the article being read: what the window's parts share.

One :class:`Session` per window. It owns the GUI thread's Store (workers open their own),
the :class:`AnnotationService`, the current document (with :attr:`documentChanged`) and the
small settings the interface keeps (recent files, language).
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.core.errors import ReaderError
from reader.core.model import Document
from reader.core.resources import sample_article
from reader.core.store import LibraryEntry, SearchHit, Store

from .annotation_service import AnnotationService
from .view_settings import ViewSettings, load_view_settings, save_view_settings

RECENT_KEY = "ui.recent_files"
LANGUAGE_KEY = "ui.language"
AUTHOR_KEY = "ui.author"
MAX_RECENT = 10


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

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        author = store.setting(AUTHOR_KEY, None) or _default_author()
        self.annotations = AnnotationService(store, author, self)
        self.annotations.changed.connect(lambda *_: self.libraryChanged.emit())
        self._current: Document | None = None

    @classmethod
    def open(cls, db: str | Path | None = None, parent: QObject | None = None) -> "Session":
        return cls(Store.open(db), parent)

    @property
    def db_path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    # --- documents -------------------------------------------------------------------------

    @property
    def current_document(self) -> Document | None:
        return self._current

    def open_document(self, doc_id: str) -> Document:
        doc = self.store.document(doc_id)
        self._current = doc
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
        return self._save(self.store.set_reading_position, doc_id, position)

    def _save(self, write, *args) -> bool:
        """Run a small write; a refusal (disk full, locked) is reported, not raised: the
        reader keeps working and tries again next time."""
        try:
            write(*args)
        except ReaderError as exc:
            self.saveFailed.emit(str(exc))
            return False
        return True

    # --- settings --------------------------------------------------------------------------

    def view_settings(self) -> ViewSettings:
        return load_view_settings(self.store)

    def save_view_settings(self, settings: ViewSettings) -> bool:
        return self._save(save_view_settings, self.store, settings)

    def set_setting(self, key: str, value) -> bool:
        return self._save(self.store.set_setting, key, value)

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
