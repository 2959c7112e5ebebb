"""The termbase: what the terms of the current segment are in the target language.

Hits come from *sources*, each a small object with a ``name`` and a
``find(text, start=0) -> list[TermHit]`` method (``text`` is the segment's source, ``start``
its offset in the article, for sources that know the article's positions). Two are built in:

- :class:`OwnTerms`: the translator's own terms (source term, target term, note, domain),
  matched through clitics and plural forms (:mod:`.term_match`);
- :class:`EntityNames`: canonical names of the people, organisations and outlets named in the
  segment, in their Latin spelling where it is known (الأوقات المالية → Financial Times,
  أليباي → Alipay, جاك ما → Jack Ma): from the gazetteer, and from the article's entities
  (the analysis, with what the user taught it).

- :class:`~.glossary_source.GlossaryTerms`: the bundled finance glossary
  (``reader.core.vocab.glossary``) with its English glosses, for English targets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from ..text import fold, is_arabic_letter, tokenize
from .model import Term
from .term_match import KINDS, index_keys, match_at, term_words, text_words

#: Which source's hit is listed first when two give the same span.
ORDER = ("own", "glossary", "entity")


@dataclass(frozen=True)
class TermHit:
    start: int  # in the segment's text
    end: int
    text: str  # the words as written in the segment
    source: str  # the term as listed
    target: str
    origin: str  # the source's name: "own", "entity", "glossary"...
    kind: str = "exact"  # exact | clitic | inflected
    note: str = ""
    domain: str = ""
    ref: str = ""  # the term's uuid, for the translator's own terms


class TermSource(Protocol):
    name: str

    def find(self, text: str, start: int = 0) -> list[TermHit]: ...


class OwnTerms:
    """The translator's terms, found through clitics and plural forms."""

    name = "own"

    def __init__(self, terms: Iterable[Term], target_lang: str | None = None):
        self._index: dict[str, list[tuple[tuple[str, ...], Term]]] = {}
        for t in terms:
            if t.deleted or (target_lang and _base(t.target_lang) != _base(target_lang)):
                continue
            words = term_words(t.source)
            if not words:
                continue
            for key in index_keys(words[0]):
                self._index.setdefault(key, []).append((words, t))

    def find(self, text: str, start: int = 0) -> list[TermHit]:
        words = text_words(text)
        out = []
        for i, w in enumerate(words):
            seen: set[str] = set()
            for key in index_keys(w.norm):
                for term_key, term in self._index.get(key, ()):
                    if term.uuid in seen:
                        continue
                    seen.add(term.uuid)
                    kind = match_at(words, i, term_key)
                    if kind is None:
                        continue
                    last = words[i + len(term_key) - 1]
                    out.append(TermHit(w.start, last.end, text[w.start:last.end], term.source,
                                       term.target, self.name, kind, term.note, term.domain,
                                       term.uuid))
        return out


def _base(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].lower()


def _is_latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and not any(is_arabic_letter(c) for c in letters)


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, str]:
    """Folded canonical name -> its Latin spelling, from the gazetteer's Latin forms."""
    from ..entities.gazetteer import gazetteer

    out: dict[str, str] = {}
    for _key, entry in gazetteer().items():
        if _is_latin(entry.form) and not _is_latin(entry.canonical):
            out.setdefault(fold(entry.canonical), entry.form)
    return out


def latin_name(canonical: str) -> str:
    """The Latin spelling of a canonical entity name, or '' when none is known."""
    if _is_latin(canonical):
        return canonical
    return _latin_names().get(fold(canonical), "")


@dataclass(frozen=True)
class ArticleEntity:
    """An entity the analysis found in the article (document offsets)."""

    start: int
    end: int
    text: str
    type: str
    canonical: str


NAME_TYPES = ("PER", "ORG", "LOC", "MISC")


class EntityNames:
    """Canonical names (in Latin spelling where known) of the names in a segment."""

    name = "entity"

    def __init__(self, entities: Sequence[ArticleEntity] = (), use_gazetteer: bool = True):
        self._entities = sorted((e for e in entities if e.type in NAME_TYPES), key=lambda e: e.start)
        self._use_gazetteer = use_gazetteer

    def find(self, text: str, start: int = 0) -> list[TermHit]:
        out: dict[tuple[int, int], TermHit] = {}
        end = start + len(text)
        for e in self._entities:
            if start <= e.start and e.end <= end:
                latin = latin_name(e.canonical)
                if latin and fold(latin) != fold(e.text):
                    s, t = e.start - start, e.end - start
                    out[(s, t)] = TermHit(s, t, text[s:t], e.canonical, latin, self.name,
                                          "exact", domain=e.type)
        if self._use_gazetteer:
            for hit in _gazetteer_hits(text):
                if not any(hit.start < t and s < hit.end for s, t in out):
                    out[(hit.start, hit.end)] = hit
        return list(out.values())


def _gazetteer_hits(text: str) -> list[TermHit]:
    from ..entities.gazetteer import gazetteer

    tokens = tokenize(text, punctuation=True)
    hits = []
    for m in gazetteer().matches([t.text for t in tokens]):
        entry = m.entry
        latin = latin_name(entry.canonical)
        if not latin or entry.type not in NAME_TYPES:
            continue
        s, e = tokens[m.first].start, tokens[m.last].end
        if fold(latin) == fold(text[s:e]):
            continue  # already in Latin script
        kind = "exact" if fold(text[s:e]) == fold(entry.form) else "clitic"
        hits.append(TermHit(s, e, text[s:e], entry.form, latin, "entity", kind, domain=entry.type))
    return hits


class Termbase:
    """Several sources asked together; hits sorted by position, the same target for the
    same words given once (the first source in :data:`ORDER` wins)."""

    def __init__(self, sources: Sequence[TermSource]):
        self.sources = list(sources)

    def hits(self, text: str, start: int = 0) -> list[TermHit]:
        found = [h for source in self.sources for h in source.find(text, start)]
        rank = {name: i for i, name in enumerate(ORDER)}
        found.sort(key=lambda h: (h.start, -(h.end - h.start), rank.get(h.origin, len(ORDER)),
                                  KINDS.index(h.kind) if h.kind in KINDS else 9))
        out, seen = [], set()
        for h in found:
            key = (h.start, h.end, fold(h.target))
            if key not in seen:
                seen.add(key)
                out.append(h)
        return out


def default_sources(terms: Iterable[Term], target_lang: str,
                    entities: Sequence[ArticleEntity] = ()) -> list[TermSource]:
    """The termbase's sources for one article: the translator's terms, the bundled glossary
    (its glosses are English) and the names of the article."""
    from .glossary_source import GlossaryTerms

    sources: list[TermSource] = [OwnTerms(terms, target_lang)]
    if _base(target_lang) == "en":
        sources.append(GlossaryTerms())
    if _base(target_lang) != "ar":
        sources.append(EntityNames(entities))
    return sources
