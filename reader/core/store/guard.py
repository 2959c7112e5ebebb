"""No file of an open library is ever opened outside SQLite.

SQLite keeps its locks as POSIX advisory locks, and POSIX drops *every* lock a process holds
on a file when *any* descriptor of that file is closed. Reading a library's header with
``open()`` while a connection to it exists in the same process therefore silently unlocks
that connection; another process then believes it is the last user, checkpoints and deletes
the write-ahead log under it, and the library is lost ("How To Corrupt An SQLite Database
File", section 2.2). This is what corrupted libraries shared by the window and the command
line.

:func:`register` is called for every connection the store opens and :func:`unregister` when
it closes. While a library is registered, an audit hook (``sys.addaudithook``) refuses any
``open()``/``os.open()`` in this process of the library file or of its ``-wal``, ``-shm`` and
``-journal`` files with a :class:`PermissionError` naming the danger, so that the whole class
of bug fails loudly (in tests, and for a user as a clear error) instead of corrupting data.
SQLite's own opens happen in C and are not audited.
"""

from __future__ import annotations

import os
import sys
import threading

_SUFFIXES = ("", "-wal", "-shm", "-journal")
_lock = threading.Lock()
_open: dict[str, int] = {}  # real path of a registered file -> number of connections
_installed = False


def _real(path) -> str:
    return os.path.realpath(os.fspath(path))


def _hook(event: str, args: tuple) -> None:
    if event != "open" or not _open:
        return
    target = args[0] if args else None
    if isinstance(target, int) or target is None:
        return
    try:
        real = _real(target)
    except (TypeError, ValueError, OSError):
        return
    if real in _open:
        raise PermissionError(
            f"{real}: refusing to open a file of an open library outside SQLite (it would drop "
            "SQLite's locks and could corrupt the library)"
        )


def register(path) -> None:
    """A connection to the library at ``path`` is open in this process."""
    global _installed
    base = _real(path)
    with _lock:
        if not _installed:
            sys.addaudithook(_hook)
            _installed = True
        for suffix in _SUFFIXES:
            _open[base + suffix] = _open.get(base + suffix, 0) + 1


def unregister(path) -> None:
    """One connection to the library at ``path`` was closed."""
    base = _real(path)
    with _lock:
        for suffix in _SUFFIXES:
            count = _open.get(base + suffix, 0) - 1
            if count > 0:
                _open[base + suffix] = count
            else:
                _open.pop(base + suffix, None)


def is_open(path) -> bool:
    """Whether a connection to the library (or one of its files) at ``path`` is open here."""
    return _real(path) in _open


def library_files(path) -> tuple[str, ...]:
    """The real paths of the library file and the files SQLite keeps beside it."""
    base = _real(path)
    return tuple(base + s for s in _SUFFIXES)
