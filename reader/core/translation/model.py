"""Plain data of a translation: segments, terms and translation-memory units.

Offsets are Python ``str`` indices into the document text, as everywhere in the core.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import TextSelector

#: A segment's workflow: ``draft`` (not confirmed yet, with or without a target),
#: ``translated`` (confirmed by the translator), ``reviewed`` (checked by a reviewer).
STATUSES = ("draft", "translated", "reviewed")
DONE = ("translated", "reviewed")

#: Languages offered for the target; any BCP 47 tag is accepted.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})


def is_rtl(lang: str) -> bool:
    """Whether text in ``lang`` (a BCP 47 tag such as ``en``, ``ar-EG``) runs right to left."""
    return lang.split("-")[0].split("_")[0].lower() in RTL_LANGUAGES


@dataclass(frozen=True)
class Segment:
    uuid: str
    doc_id: str
    selector: TextSelector  # the source: range, quote and context in the current text
    target: str = ""
    status: str = "draft"
    note: str = ""
    needs_review: bool = False  # the source changed in a revised article since it was translated
    previous_source: str = ""  # the source the translation was made for, when it changed
    author: str = ""
    created: str = ""
    updated: str = ""
    deleted: bool = False  # merged into another segment (kept as a tombstone)
    orphan: bool = False  # its source is no longer in the current text

    @property
    def start(self) -> int:
        return self.selector.start

    @property
    def end(self) -> int:
        return self.selector.end

    @property
    def source(self) -> str:
        return self.selector.exact

    @property
    def done(self) -> bool:
        return self.status in DONE

    def evolve(self, **changes) -> "Segment":
        return replace(self, **changes)


@dataclass(frozen=True)
class TranslationInfo:
    doc_id: str
    source_lang: str = "ar"
    target_lang: str = "en"
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class Term:
    """One of the translator's own terms."""

    uuid: str
    source: str
    target: str
    source_lang: str = "ar"
    target_lang: str = "en"
    note: str = ""
    domain: str = ""
    author: str = ""
    created: str = ""
    updated: str = ""
    deleted: bool = False

    def evolve(self, **changes) -> "Term":
        return replace(self, **changes)


@dataclass(frozen=True)
class MemoryUnit:
    """A source sentence and its translation, from a confirmed segment or a TMX file."""

    source: str
    target: str
    source_lang: str
    target_lang: str
    note: str = ""
    origin: str = ""  # "segment" (this library's work) or "tmx" (imported)
    ref: str = ""  # the segment's uuid, or the unit's row id
    doc_id: str = ""
    author: str = ""
    created: str = ""
    updated: str = ""
