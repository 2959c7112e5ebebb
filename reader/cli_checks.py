"""Checks the command line makes before it does anything: arguments that are text must be
valid UTF-8, no output may land on the library, no input may be the library, a word that is
neither a command nor a file is a mistake, and the window needs a display.

The library is compared by path and by ``os.path.samefile`` (which only calls ``stat``):
never by opening it. Opening and closing a database file outside SQLite drops the POSIX locks
SQLite holds on it in this process, after which another process may delete its journal.
"""

from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path

from .core.display import display_name, has_surrogates, replace_surrogates
from .core.errors import ReaderError
from .core.paths import database_path

#: Arguments that name files: any bytes are allowed in them (shown with U+FFFD).
PATH_ARGUMENTS = frozenset({"files", "file", "out", "output", "db"})
#: The files SQLite keeps beside a library.
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal")
#: Smallest and largest side of a screenshot, in pixels.
MIN_SIDE, MAX_SIDE = 16, 8192


def check_text_arguments(args) -> None:
    """Refuse text arguments (a reference, a query, a note...) that are not valid UTF-8:
    Python hands them over with surrogate escapes, which cannot be stored or searched."""
    for key, value in sorted(vars(args).items()):
        if key in PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and has_surrogates(item):
                raise ReaderError(
                    f"{_argument_name(key)} is not valid UTF-8 text; "
                    "check the terminal's encoding (locale)"
                )


def _argument_name(key: str) -> str:
    if key in ("doc", "query"):
        return key.upper()
    return "--tag" if key == "tags" else "--" + key.replace("_", "-")


def library_files(db: str | None) -> list[Path]:
    base = database_path(db)
    return [Path(f"{base}{suffix}") for suffix in COMPANION_SUFFIXES]


def _same_file(a: Path, b: Path) -> bool:
    try:
        if os.path.realpath(a) == os.path.realpath(b):
            return True
    except (OSError, ValueError):
        pass  # a name the system cannot resolve is not the library's
    try:
        return os.path.samefile(a, b)  # stat only; False unless both exist
    except (OSError, ValueError):
        return False


def is_library_file(path: str | os.PathLike[str], db: str | None) -> bool:
    """Whether ``path`` is the library or one of the files SQLite keeps beside it."""
    target = Path(path).expanduser()
    return any(_same_file(target, lib) for lib in library_files(db))


def refuse_library_output(path: str | None, db: str | None) -> None:
    if path and is_library_file(path, db):
        raise ReaderError(
            "this is the library itself (or one of its -wal/-shm/-journal files); writing "
            "there would destroy it. Choose another output file",
            display_name(path),
        )


def refuse_library_input(path: str, db: str | None) -> None:
    if is_library_file(path, db):
        raise ReaderError(
            "this is the library itself, not an article; choose an article file",
            display_name(path),
        )


def check_window_arguments(files: list[str], db: str | None, commands: tuple[str, ...]) -> None:
    """What ``reader WORD...`` opens must be existing files, and a window needs a display."""
    for name in files:
        if not os.path.exists(name):
            close = difflib.get_close_matches(name, commands, n=1, cutoff=0.6)
            hint = f"; did you mean `reader {close[0]}`?" if close else ""
            raise ReaderError(
                f"{replace_surrogates(name)!r} is neither a command nor a file{hint} "
                f"(commands: {', '.join(commands)}; see `reader --help`)"
            )
        refuse_library_input(name, db)
    problem = display_problem()
    if problem:
        raise ReaderError(problem)


def display_problem() -> str:
    """Why the window cannot open here ('' when it can): Qt aborts the process when it finds
    no display, so the command line says so first."""
    if sys.platform in ("win32", "darwin"):
        return ""
    if any(os.environ.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return ""
    return (
        "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); run "
        "`reader` in a desktop session, or use a command such as `reader list` "
        "(see `reader --help`)"
    )


def screenshot_size(text: str) -> tuple[int, int]:
    """``WxH`` with each side between MIN_SIDE and MAX_SIDE pixels."""
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise ReaderError(f"--size must look like 1400x900, not {text!r}") from None
    if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
        raise ReaderError(
            f"--size must be between {MIN_SIDE}x{MIN_SIDE} and {MAX_SIDE}x{MAX_SIDE} pixels, "
            f"not {text}"
        )
    return w, h
