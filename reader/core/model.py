"""Plain data shared by the core: documents, noise, annotations, entities and claims.

All offsets are Python ``str`` indices (code points) into the document text as imported
(decoded, line endings normalised to ``\\n``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone


def now_iso() -> str:
    """The current UTC time as ISO 8601 with milliseconds, e.g. 2026-11-28T04:08:01.123Z."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_uuid() -> str:
    import uuid  # here, not at the top: it costs 3 ms of every start-up

    return str(uuid.uuid4())


# --- documents ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NoiseSpan:
    """Text a scraper left in (captions, "read also", share lines): dimmed, never deleted."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Invisible:
    """A bidi control or zero-width character kept in the text, flagged for display."""

    offset: int
    char: str
    name: str


@dataclass(frozen=True)
class ImportedDocument:
    """What an importer produces from one file, before it is stored."""

    text: str
    title: str
    outlet: str = ""
    date: str = ""  # ISO 8601 date (YYYY-MM-DD) where known, else as written, else ""
    author: str = ""
    url: str = ""
    source_path: str = ""
    format: str = "txt"  # txt, html, md, docx, epub
    encoding: str = "utf-8"
    noise: tuple[NoiseSpan, ...] = ()
    invisibles: tuple[Invisible, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A stored article."""

    id: str
    text: str
    sha256: str
    title: str
    outlet: str = ""
    date: str = ""
    author: str = ""
    url: str = ""
    source_path: str = ""
    format: str = "txt"
    encoding: str = "utf-8"
    imported: str = ""
    updated: str = ""
    revision: int = 1
    noise: tuple[NoiseSpan, ...] = ()


# --- annotations -------------------------------------------------------------------------


@dataclass(frozen=True)
class TextSelector:
    """Where an annotation sits, said in several ways (as Hypothesis does).

    ``start``/``end`` is the TextPositionSelector; ``exact`` with ``prefix`` and ``suffix``
    is the TextQuoteSelector. ``exact`` is always the real text, never a normalised form.
    """

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Annotation:
    """A highlight or note on a document. Deleting sets ``deleted``; rows are never removed,
    so an import or a merge cannot bring back what the user removed."""

    uuid: str
    doc_id: str
    selector: TextSelector
    kind: str = "highlight"  # highlight | note | bookmark
    color: str = "yellow"
    note: str = ""
    tags: tuple[str, ...] = ()
    author: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    deleted: bool = False
    orphan: bool = False  # could not be re-attached after the text changed

    @property
    def start(self) -> int:
        return self.selector.start

    @property
    def end(self) -> int:
        return self.selector.end

    @property
    def quote(self) -> str:
        return self.selector.exact

    def evolve(self, **changes) -> "Annotation":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["tags"] = list(self.tags)
        return d


# --- analysis ----------------------------------------------------------------------------

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC", "MONEY", "PERCENT", "DATE", "QUANTITY")
SOURCE_KINDS = (
    "named_person",
    "named_organization",
    "media",
    "document",
    "anonymous",
    "unnamed_official",
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    canonical: str
    origin: str = "model"  # model | gazetteer | pattern | number | user
    score: float = 1.0

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "canonical": self.canonical,
        }


@dataclass(frozen=True)
class Source:
    start: int
    end: int
    text: str  # as written; "" when only implied (وأضاف)
    kind: str  # one of SOURCE_KINDS
    resolved: str  # the full name after resolving short forms and implied subjects

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "resolved": self.resolved,
        }


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    cue: Span
    source: Source | None
    via: Span | None
    direct_quote: bool

    @property
    def key(self) -> str:
        """Stable identity of a claim within a text, for review records."""
        return f"{self.cue.start}:{self.cue.end}:{self.start}:{self.end}"

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cue": self.cue.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "via": self.via.to_dict() if self.via else None,
            "direct_quote": self.direct_quote,
        }
