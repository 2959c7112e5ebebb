"""Recognise binary files by their first bytes, to say what a file looks like when it is
not text ("the file is not text (it looks like a PDF document)").

Only signatures that cannot begin a sensible text file are checked on their own; short or
printable ones (``MZ``, ``BM``) count only when the file also holds NUL bytes.
"""

from __future__ import annotations

import io
import zipfile

# (signature, offset, description); checked in order.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x7fELF", 0, "an executable program (ELF)"),
    (b"\xcf\xfa\xed\xfe", 0, "an executable program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", 0, "a compiled program (Java class or Mach-O)"),
    (b"\x00asm", 0, "a WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document (.doc/.xls)"),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"OggS", 0, "an Ogg audio or video file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"ftyp", 4, "an MP4/QuickTime video or HEIC image"),
    (b"wOFF", 0, "a web font"),
    (b"wOF2", 0, "a web font"),
    (b"{\\rtf", 0, "an RTF document (save it as .docx or plain text)"),
    (b"%!PS", 0, "a PostScript document"),
)
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# Signatures too short or too printable to trust without other signs of binary data.
_WEAK_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "an executable program (Windows)"),
    (b"BM", "a BMP image"),
    (b"RIFF", "a RIFF media file (WAV, AVI or WebP)"),
)


#: Formats the reader imports under another suffix: what to rename a misnamed file to.
SUFFIX_FOR = {"a DOCX document": ".docx", "an EPUB book": ".epub"}


def describe(what: str) -> str:
    """``what`` plus, for a format the reader can import, how to get it imported."""
    suffix = SUFFIX_FOR.get(what)
    return f"{what}; rename it to end in {suffix} to import it" if suffix else what


def is_zip(data: bytes) -> bool:
    return data[:4] in _ZIP_SIGNATURES


def zip_kind(data: bytes) -> str:
    """What a ZIP-based file is (DOCX, EPUB, ...), from its member names."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError):
        return "a ZIP archive (possibly damaged)"
    if mimetype.startswith(b"application/epub+zip"):
        return "an EPUB book"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        return "an OpenDocument text (save it as .docx)"
    if any(n.startswith("word/") for n in names):
        return "a DOCX document"
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook"
    if any(n.startswith("ppt/") for n in names):
        return "a PowerPoint presentation"
    return "a ZIP archive"


def sniff_binary(data: bytes) -> str | None:
    """A description of the binary format ``data`` starts with, or None if none is known."""
    for signature, offset, description in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return description
    if is_zip(data):
        return zip_kind(data)
    if b"\x00" in data[:1024]:
        for signature, description in _WEAK_SIGNATURES:
            if data.startswith(signature):
                return description
    return None
