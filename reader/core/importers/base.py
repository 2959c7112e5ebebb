"""What every importer hands back, and the last steps shared by all formats: title
fallback, date normalisation, noise and invisible characters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from reader.core.errors import DocumentError
from reader.core.importers.limits import check_text
from reader.core.model import ImportedDocument, Invisible, NoiseSpan
from reader.core.noise import detect_noise
from reader.core.text import INVISIBLES, find_invisibles

#: Longest title kept (in characters); longer ones are cut at a word boundary.
MAX_TITLE_CHARS = 200

_INVISIBLE_RE = re.compile("[" + "".join(INVISIBLES) + "]")
_SPACES_RE = re.compile(r"\s+")


@dataclass
class Extracted:
    """Text and metadata an importer found in one file."""

    text: str
    format: str
    encoding: str = "utf-8"
    title: str = ""
    heading: str = ""  # first heading of the body, for the title fallback
    outlet: str = ""
    date: str = ""
    author: str = ""
    url: str = ""
    warnings: list[str] = field(default_factory=list)
    noise: list[NoiseSpan] = field(default_factory=list)  # found by the importer itself


def finish(extracted: Extracted, name: str, source_path: str = "") -> ImportedDocument:
    """Turn what an importer extracted into an :class:`ImportedDocument`."""
    text = extracted.text
    check_text(text, name)
    if not text.strip():
        raise DocumentError(
            f"no text was found in this {extracted.format.upper()} file; check that it is "
            "the article you meant to open",
            name,
        )
    title = clean_title(extracted.title) or clean_title(extracted.heading) or first_line(text)
    invisibles: tuple[Invisible, ...] = ()
    if _INVISIBLE_RE.search(text):
        invisibles = tuple(Invisible(o, c, n) for o, c, n in find_invisibles(text))
    return ImportedDocument(
        text=text,
        title=title,
        outlet=clean_line(extracted.outlet),
        date=normalize_date(extracted.date),
        author=clean_line(extracted.author),
        url=extracted.url.strip(),
        source_path=source_path,
        format=extracted.format,
        encoding=extracted.encoding,
        noise=merge_noise(detect_noise(text), extracted.noise),
        invisibles=invisibles,
        warnings=tuple(extracted.warnings),
    )


def merge_noise(found: list[NoiseSpan], own: list[NoiseSpan]) -> tuple[NoiseSpan, ...]:
    """The importer's own spans, and the text's where they do not overlap them; sorted."""
    if not own:
        return tuple(found)
    kept = [n for n in found if not any(n.start < o.end and o.start < n.end for o in own)]
    return tuple(sorted(kept + list(own), key=lambda n: (n.start, n.end)))


def clean_line(value: str) -> str:
    """Collapse white space (line breaks included) to single spaces."""
    return _SPACES_RE.sub(" ", value or "").strip()


def clean_title(value: str) -> str:
    """One line, trimmed, at most MAX_TITLE_CHARS characters (cut at a word, with …)."""
    value = clean_line(value)
    if len(value) <= MAX_TITLE_CHARS:
        return value
    cut = value[:MAX_TITLE_CHARS]
    space = cut.rfind(" ")
    if space > MAX_TITLE_CHARS // 2:
        cut = cut[:space]
    return cut.rstrip(" ,،;؛:-–—") + "…"


def first_line(text: str) -> str:
    """The first non-empty line of ``text``, without list bullets, as a title."""
    for line in text.split("\n"):
        line = line.strip().lstrip("•·▪◦●■*-–— ").strip()
        if line:
            return clean_title(line)
    return ""


_ISO_DATE_RE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+)?(?:Z|[+-]\d{2}:?\d{2})?\s*$"
)
_SLASH_DATE_RE = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\s*$")
_COMPACT_DATE_RE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})(\d{2})(?:\d{6})?")


def normalize_date(value: object) -> str:
    """ISO 8601 date (YYYY-MM-DD) where the value is a recognisable date, else as written."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    text = clean_line(str(value))
    for regex in (_ISO_DATE_RE, _SLASH_DATE_RE, _COMPACT_DATE_RE):
        m = regex.match(text)
        if m:
            year, month, day = (int(g) for g in m.groups()[:3])
            try:
                return datetime(year, month, day).date().isoformat()
            except ValueError:
                return text
    for fmt in ("%a, %d %b %Y %H:%M:%S %z", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text
