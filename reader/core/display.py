"""Showing names and messages to the user safely: one line, always printable.

File names on Linux are bytes; Python hands the ones that are not valid UTF-8 over as
strings with "surrogate escapes" (``'\\udcff'``), which cannot be printed, stored in SQLite
or shown by Qt. A name may also hold a line break or a control character, which would split
an error message or move the terminal's cursor. These helpers turn either into text that can
go anywhere: undecodable bytes become U+FFFD (the replacement character), and a name holding
control characters is quoted with escapes (``'no\\nsuch.txt'``).
"""

from __future__ import annotations

import os
import re
import unicodedata

#: Unicode categories that may not appear in one line of output: controls, line and
#: paragraph separators, and (lone) surrogates.
_UNPRINTABLE = frozenset({"Cc", "Zl", "Zp", "Cs"})
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds surrogate escapes (bytes that were not valid UTF-8)."""
    return _SURROGATE_RE.search(text) is not None


def replace_surrogates(text: str) -> str:
    """``text`` with each undecodable byte (a surrogate escape) or lone surrogate as U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", text)


def _unprintable(ch: str) -> bool:
    return unicodedata.category(ch) in _UNPRINTABLE


def display_name(path: str | os.PathLike[str] | bytes) -> str:
    """A file name as the user should see it: printable, on one line, quoted if it must be."""
    text = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path)
    text = replace_surrogates(str(text))
    if any(_unprintable(ch) for ch in text):
        return repr(text)
    return text


def storable_path(path: str | os.PathLike[str]) -> str:
    """A path as a string SQLite can store and that still tells different names apart:
    undecodable bytes are written as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def one_line(text: str) -> str:
    """A message made printable and kept on one line (controls shown as escapes)."""
    text = replace_surrogates(text)
    if not any(_unprintable(ch) for ch in text):
        return text
    return "".join(repr(ch)[1:-1] if _unprintable(ch) else ch for ch in text)
