"""Who said what, across the library: every source of every analysed article, merged by
name, with its claims.

A source is named by the entity it is (its canonical name, so "أليباي" and "Alipay" are
one) where the article's entities say so, else by its resolved name. Names are compared
folded (diacritics, hamza and ta marbuta variants ignored). Plain data, no Qt.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from reader.core.model import Claim, Entity
from reader.core.text import fold

#: Entity types a source can be (numbers and dates cannot speak).
SPEAKER_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
#: An entity names a source when it covers at least this share of the source's span.
MIN_COVER = 0.6


@dataclass(frozen=True)
class SourceMention:
    doc_id: str
    title: str
    claim: Claim


@dataclass(frozen=True)
class SourceEntry:
    name: str  # canonical where an entity matches, else the resolved name
    kind: str  # the kind most of its claims were given
    forms: tuple[str, ...]  # the names it went by (resolved, as written)
    mentions: tuple[SourceMention, ...]  # in library order, then text order

    @property
    def claims(self) -> int:
        return len(self.mentions)

    @property
    def articles(self) -> int:
        return len({m.doc_id for m in self.mentions})


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def canonical_source(claim: Claim, entities: Iterable[Entity]) -> str:
    """The name a claim's source goes by across articles ("" when it has none)."""
    return _Speakers(entities).name_of(claim)


class _Speakers:
    """An article's entities that can speak, indexed for :meth:`name_of` (a book has tens
    of thousands of entities and claims: each claim looks up a few, never all of them)."""

    def __init__(self, entities: Iterable[Entity]):
        self.by_key: dict[str, Entity] = {}  # folded text or canonical -> first such entity
        speakers = []
        for e in entities:
            if e.type in SPEAKER_TYPES:
                self.by_key.setdefault(_key(e.text), e)
                self.by_key.setdefault(_key(e.canonical), e)
                speakers.append(e)
        order = sorted(range(len(speakers)), key=lambda i: speakers[i].start)
        self.speakers = speakers
        self.order = order  # positions in ``speakers``, by start
        self.starts = [speakers[i].start for i in order]
        self.longest = max((e.end - e.start for e in speakers), default=0)

    def name_of(self, claim: Claim) -> str:
        src = claim.source
        if src is None:
            return ""
        name = (src.resolved or src.text).strip()
        if not name:
            return ""
        wanted = _key(name)
        e = self.by_key.get(wanted)
        if e is not None:
            return e.canonical or e.text
        if src.end > src.start and _key(src.text) == wanted:
            length = src.end - src.start
            best, cover = None, 0
            for e in self._overlapping(src.start, src.end):
                overlap = min(e.end, src.end) - max(e.start, src.start)
                if overlap > cover:
                    best, cover = e, overlap
            if best is not None and cover / length >= MIN_COVER:
                return best.canonical or best.text
        return name

    def _overlapping(self, start: int, end: int) -> list[Entity]:
        """The speakers overlapping [start, end), in the order they were given."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [self.speakers[i] for i in sorted(self.order[lo:hi])]


class SourceCollector:
    """Sources gathered one article at a time (:meth:`add`), so that the articles'
    analyses need not all be kept; :meth:`entries` lists them."""

    def __init__(self):
        self.groups: dict[str, dict] = {}
        self.articles = 0

    def add(self, doc_id: str, title: str, analysis) -> None:
        self.articles += 1
        speakers = _Speakers(analysis.entities)
        for claim in analysis.claims:
            name = speakers.name_of(claim)
            if not name:
                continue
            g = self.groups.setdefault(_key(name), {"names": Counter(), "kinds": Counter(),
                                                     "forms": {}, "mentions": []})
            g["names"][name] += 1
            g["kinds"][claim.source.kind] += 1
            for form in (claim.source.resolved, claim.source.text):
                if form.strip():
                    g["forms"].setdefault(form.strip(), None)
            g["mentions"].append(SourceMention(doc_id, title, claim))

    def entries(self) -> list[SourceEntry]:
        """Sources with the most claims first."""
        entries = [
            SourceEntry(
                name=g["names"].most_common(1)[0][0],
                kind=g["kinds"].most_common(1)[0][0],
                forms=tuple(g["forms"]),
                mentions=tuple(g["mentions"]),
            )
            for g in self.groups.values()
        ]
        entries.sort(key=lambda e: (-e.claims, -e.articles, e.name))
        return entries


def collect_sources(analyses: Iterable[tuple[str, str, object]]) -> list[SourceEntry]:
    """``analyses``: (doc id, title, Analysis) of each article. Sources with the most
    claims first."""
    collector = SourceCollector()
    for doc_id, title, analysis in analyses:
        collector.add(doc_id, title, analysis)
    return collector.entries()
