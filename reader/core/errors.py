"""Errors of the environment and of the user's input, as opposed to bugs.

Anything raised as a :class:`ReaderError` carries a message written for the user: it says
what failed, for which file, and what to do. The command line prints it on one line and
exits non-zero; the GUI shows it in a message box. Everything else is a bug and is not
swallowed.
"""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, message: str, path: str | Path | None = None):
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class DocumentError(ReaderError):
    """A file cannot be opened or imported (missing, unreadable, not text, damaged...)."""


class StoreError(ReaderError):
    """The database cannot be used (corrupt, locked, from a newer version, disk full...)."""


class NotFoundError(ReaderError):
    """A document or annotation the user named does not exist."""


class LibraryBusyError(StoreError):
    """Another program holds the library's write lock longer than we waited: try again."""


class ReadOnlyLibraryError(StoreError):
    """The library can be read but not written (permissions, read-only folder or medium)."""


class ConflictError(StoreError):
    """A change would overwrite a newer change made elsewhere (another program or window)."""
