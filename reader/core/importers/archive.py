"""Opening ZIP-based documents (DOCX, EPUB) safely: damaged archives give a clear error and
archives that would expand to far more than they weigh (zip bombs) are refused before
anything is decompressed. Python's zipfile never inflates a member past its declared size,
so checking the declared sizes bounds the memory used."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from reader.core.errors import DocumentError
from reader.core.importers.magic import is_zip, sniff_binary

#: Most bytes all members of an archive may expand to.
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
#: Most members an archive may have.
MAX_MEMBERS = 10_000
#: A member this large may not be compressed more than this many times.
_RATIO_FLOOR = 10 * 1024 * 1024
MAX_RATIO = 200

_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError)


def damaged(kind: str, name: str, detail: str = "") -> DocumentError:
    extra = f" ({detail})" if detail else ""
    return DocumentError(
        f"the file is damaged or not a complete {kind} archive{extra}; "
        "save or download it again",
        name,
    )


def open_zip(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    """Open and check a ZIP archive held in memory; raise DocumentError if unusable."""
    if not data:
        raise DocumentError(f"the file is empty; it is not a {kind} document", name)
    if not is_zip(data):
        what = sniff_binary(data)
        looks = f"it looks like {what}" if what else "it is not a ZIP archive"
        raise DocumentError(f"the file is not a {kind} document ({looks})", name)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise damaged(kind, name) from None
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise DocumentError(
            f"the {kind} archive has {len(infos)} files inside, more than the {MAX_MEMBERS} "
            "allowed; it is probably not a real document",
            name,
        )
    total = sum(info.file_size for info in infos)
    suspicious = any(
        info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size)
        for info in infos
    )
    if total > MAX_UNCOMPRESSED_BYTES or suspicious:
        raise DocumentError(
            f"the {kind} archive would expand to {total / 1048576:.0f} MB "
            f"(the limit is {MAX_UNCOMPRESSED_BYTES // 1048576} MB, compression at most "
            f"{MAX_RATIO} times); it may be a zip bomb and was not opened",
            name,
        )
    try:
        bad = zf.testzip()
    except _ZIP_ERRORS as exc:
        raise damaged(kind, name, str(exc)) from None
    if bad is not None:
        raise damaged(kind, name, f"{bad} is corrupt")
    return zf


def read_member(zf: zipfile.ZipFile, member: str, name: str, kind: str) -> bytes:
    """One member's bytes; a missing member means a damaged archive."""
    try:
        return zf.read(member)
    except KeyError:
        raise damaged(kind, name, f"{member} is missing") from None
    except _ZIP_ERRORS as exc:
        raise damaged(kind, name, str(exc)) from None


def parse_xml(data: bytes, name: str, kind: str, member: str):
    """Parse XML without DTDs, external entities or network access."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise damaged(kind, name, f"{member} is not valid XML: {exc.msg}") from None
