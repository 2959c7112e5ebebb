"""Plain text files: the decoded text as it is (line endings normalised, BOM removed)."""

from __future__ import annotations

from reader.core.importers.base import Extracted
from reader.core.importers.detect import decode


def extract_txt(data: bytes, name: str) -> Extracted:
    decoded = decode(data, name)
    return Extracted(
        text=decoded.text,
        format="txt",
        encoding=decoded.encoding,
        warnings=list(decoded.warnings),
    )
