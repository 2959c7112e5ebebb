"""Who said what, across the library: every source of every analysed article, merged by
name, with its claims.

A source is named by the entity it is (its canonical name, so "أليباي" and "Alipay" are
one) where the article's entities say so, else by its resolved name. Names are compared
folded (diacritics, hamza and ta marbuta variants ignored). Plain data, no Qt.
"""

from __future__ import annotations

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
    src = claim.source
    if src is None:
        return ""
    name = (src.resolved or src.text).strip()
    if not name:
        return ""
    speakers = [e for e in entities if e.type in SPEAKER_TYPES]
    wanted = _key(name)
    for e in speakers:
        if _key(e.text) == wanted or _key(e.canonical) == wanted:
            return e.canonical or e.text
    if src.end > src.start and _key(src.text) == wanted:
        length = src.end - src.start
        best, cover = None, 0
        for e in speakers:
            overlap = min(e.end, src.end) - max(e.start, src.start)
            if overlap > cover:
                best, cover = e, overlap
        if best is not None and cover / length >= MIN_COVER:
            return best.canonical or best.text
    return name


def collect_sources(analyses: Iterable[tuple[str, str, object]]) -> list[SourceEntry]:
    """``analyses``: (doc id, title, Analysis) of each article. Sources with the most
    claims first."""
    groups: dict[str, dict] = {}
    for doc_id, title, analysis in analyses:
        entities = tuple(analysis.entities)
        for claim in analysis.claims:
            name = canonical_source(claim, entities)
            if not name:
                continue
            g = groups.setdefault(_key(name), {"names": Counter(), "kinds": Counter(),
                                                "forms": {}, "mentions": []})
            g["names"][name] += 1
            g["kinds"][claim.source.kind] += 1
            for form in (claim.source.resolved, claim.source.text):
                if form.strip():
                    g["forms"].setdefault(form.strip(), None)
            g["mentions"].append(SourceMention(doc_id, title, claim))
    entries = [
        SourceEntry(
            name=g["names"].most_common(1)[0][0],
            kind=g["kinds"].most_common(1)[0][0],
            forms=tuple(g["forms"]),
            mentions=tuple(g["mentions"]),
        )
        for g in groups.values()
    ]
    entries.sort(key=lambda e: (-e.claims, -e.articles, e.name))
    return entries
