"""Importers: turn a file (or dropped bytes) into an :class:`ImportedDocument`.

``import_file(path)`` checks the file (exists, is a file, readable, at most MAX_FILE_BYTES),
reads it and dispatches on its suffix; a file with another suffix is imported as plain text
if its content is text, and refused with a clear message otherwise. ``import_bytes`` does the
same for content that has no file (drag and drop, paste), with ``name`` giving the suffix.

Every error is a :class:`reader.core.errors.DocumentError` with a one-line message saying
what is wrong and what to do. Nothing is fetched from the network.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from reader.core.display import display_name, storable_path
from reader.core.errors import DocumentError
from reader.core.importers.base import Extracted, finish
from reader.core.importers.detect import decode_text
from reader.core.importers.limits import refuse_past
from reader.core.model import ImportedDocument

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "decode_text",
    "import_bytes",
    "import_file",
]

#: Largest file accepted (20 MB); a news article is a few kilobytes, a long book ~2 MB.
MAX_FILE_BYTES = 20 * 1024 * 1024

SUPPORTED_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown", ".docx", ".epub",
)


def _extractor(suffix: str) -> Callable[[bytes, str], Extracted] | None:
    if suffix in (".txt", ".text"):
        from reader.core.importers.txt import extract_txt

        return extract_txt
    if suffix in (".html", ".htm", ".xhtml"):
        from reader.core.importers.html import extract_html

        return extract_html
    if suffix in (".md", ".markdown"):
        from reader.core.importers.markdown import extract_markdown

        return extract_markdown
    if suffix == ".docx":
        from reader.core.importers.docx import extract_docx

        return extract_docx
    if suffix == ".epub":
        from reader.core.importers.epub import extract_epub

        return extract_epub
    return None


def import_file(path: str | os.PathLike[str]) -> ImportedDocument:
    """Import the file at ``path``; raises DocumentError with a user-facing message.

    A name that is not valid UTF-8 is fine: messages show it with U+FFFD (and quoted when it
    holds a line break), and the stored source path spells the odd bytes as ``\\xff``."""
    p = Path(path).expanduser()
    name = display_name(p)
    data = _read(p, name)
    return _import(data, name, storable_path(os.path.abspath(p)), p.suffix)


def import_bytes(data: bytes, name: str) -> ImportedDocument:
    """Import content that has no file; ``name`` gives the suffix and names it in errors."""
    return _import(data, display_name(name), "", Path(name).suffix)


def _import(data: bytes, name: str, source_path: str, suffix: str) -> ImportedDocument:
    _check_size(len(data), name)
    suffix = suffix.lower()
    extractor = _extractor(suffix)
    if extractor is None:
        from reader.core.importers.magic import describe, sniff_binary

        what = sniff_binary(data)
        if what:
            raise DocumentError(
                f"this kind of file cannot be imported (it looks like {describe(what)}); "
                f"the reader opens {', '.join(SUPPORTED_SUFFIXES)} files",
                name,
            )
        from reader.core.importers.txt import extract_txt

        extractor = extract_txt
    return finish(extractor(data, name), name, source_path)


def _check_size(size: int, name: str) -> None:
    refuse_past(size, MAX_FILE_BYTES, name, "the file is too large", _megabytes)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def _read(p: Path, name: str) -> bytes:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise DocumentError("the file does not exist; check its name and folder", name) from None
    except PermissionError:
        raise DocumentError(
            "the file cannot be reached (permission denied); check the folder's permissions",
            name,
        ) from None
    except OSError as exc:
        raise DocumentError(f"the file cannot be read ({exc.strerror or exc})", name) from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError("this is a folder, not a file; choose a file inside it", name)
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError("this is not a regular file; choose an article file", name)
    _check_size(st.st_size, name)
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise DocumentError(
            "the file cannot be read (permission denied); check its permissions", name
        ) from None
    except IsADirectoryError:
        raise DocumentError("this is a folder, not a file; choose a file inside it", name) from None
    except OSError as exc:
        raise DocumentError(f"the file cannot be read ({exc.strerror or exc})", name) from None
    _check_size(len(data), name)
    return data
