"""recognize(): the tagger, the gazetteer, the patterns and the numbers, combined.

Who wins where they overlap:

1. The gazetteer's (strong) matches over the tagger: a listed name has known boundaries
   ("وكالة فرانس برس" whole, not "فرانس برس") and a known type. Only a tagger span that
   strictly contains a gazetteer match is kept instead ("مجموعة آنت المالية").
2. The tagger over the patterns: a pattern only fills a gap, except that an ORG pattern may
   absorb ORG spans it contains ("وزارة الصناعة وتكنولوجيا المعلومات").
3. Numbers over MISC (ANERcorp tags currency words MISC: "دولار" inside "37 مليار دولار" is
   part of the MONEY); PER/LOC/ORG over numbers ("فرانس 24").

Spans cover whole tokens, as ANERcorp's do: "والصين" is the entity's text, "الصين" its
canonical name (clitics.name_span gives the bare name's offsets).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from reader.core.model import Entity
from reader.core.text import fold, tokenize

from .aliases import AliasResolver, DocTokens
from .clitics import clitic_variants
from .gazetteer import gazetteer
from .numbers import find_numeric
from .patterns import PatternFinder
from .tagger import Tagger, get_tagger, segment
from .teaching import Teachings, apply_teachings


@dataclass
class _Span:
    first: int
    last: int
    type: str
    origin: str
    score: float
    canonical: str = ""

    def overlaps(self, o: "_Span") -> bool:
        return self.first <= o.last and o.first <= self.last

    def contains(self, o: "_Span") -> bool:
        return self.first <= o.first and o.last <= self.last


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word)


def recognize(text: str, *, teachings: Teachings | None = None) -> list[Entity]:
    """Named and numeric entities in ``text``: sorted by start, non-overlapping.

    ``type`` is one of PER, ORG, LOC, MISC, MONEY, PERCENT, DATE, QUANTITY; ``canonical``
    merges aliases; offsets are ``str`` indices into ``text``.
    """
    if not text.strip():
        return []
    return recognize_with(get_tagger(), text, teachings)


def recognize_with(tagger: Tagger, text: str, teachings: Teachings | None = None,
                   anercorp: bool = False) -> list[Entity]:
    """:func:`recognize` with a given tagger (tools/train_ner.py passes a fold's model).

    ``anercorp``: follow ANERcorp's conventions where the reader deliberately parts from
    them, for scoring against that corpus: a currency word stays the MISC it is there
    ("دولار" in "37 مليار دولار"; no MONEY is made of the amount), and the organisation
    head pattern (وزارة الخارجية، مجلس النواب: O in ANERcorp) is not applied."""
    tokens = tokenize(text, punctuation=True)
    if not tokens:
        return []
    words = [t.text for t in tokens]
    norms = [_fold_word(w) for w in words]
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]

    sentences = segment(text, tokens)
    gaz = gazetteer()
    matches = [gaz.matches(words[b:e], norms[b:e]) for b, e in sentences]
    layout = _Layout(len(tokens), [_Span(s.first, s.last, s.type, "model", s.score)
                                   for s in tagger.spans(text, tokens, sentences, matches)])
    _add_gazetteer(layout, sentences, matches, norms)
    finder = PatternFinder(words, norms, tagger.common_word, tagger.plain_word,
                           org_heads=not anercorp, line_starts=frozenset(b for b, _ in sentences))
    _add_patterns(layout, finder.find())

    def token_of(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    numeric = _merge_numbers(layout, find_numeric(text, tokens, norms), token_of,
                             misc_wins=anercorp)
    spans = layout.spans()
    entities = [Entity(starts[s.first], ends[s.last], text[starts[s.first]:ends[s.last]],
                       s.type, s.canonical, origin=s.origin, score=round(s.score, 3))
                for s in spans]
    doc = DocTokens(text, words, norms, starts, ends)
    resolver = AliasResolver(doc, tagger.known_word, tagger.common_word)
    entities = resolver.resolve(entities, token_of)
    entities = sorted(entities + numeric, key=lambda e: e.start)
    if teachings is not None:
        entities = apply_teachings(entities, text, teachings)
    return entities


class _Layout:
    """Non-overlapping spans over a document's tokens, with an owner per token (so that
    finding what a new span overlaps costs its length, not the number of spans)."""

    def __init__(self, n_tokens: int, spans: list[_Span]):
        self.owner: list[_Span | None] = [None] * n_tokens
        for s in spans:
            self.add(s)

    def hits(self, span: _Span) -> list[_Span]:
        out: list[_Span] = []
        for k in range(span.first, span.last + 1):
            s = self.owner[k]
            if s is not None and (not out or out[-1] is not s):
                out.append(s)
        return out

    def add(self, span: _Span) -> None:
        for k in range(span.first, span.last + 1):
            self.owner[k] = span

    def remove(self, span: _Span) -> None:
        for k in range(span.first, span.last + 1):
            if self.owner[k] is span:
                self.owner[k] = None

    def replace(self, old: list[_Span], new: _Span) -> None:
        for s in old:
            self.remove(s)
        self.add(new)

    def spans(self) -> list[_Span]:
        out: list[_Span] = []
        for s in self.owner:
            if s is not None and (not out or out[-1] is not s):
                out.append(s)
        return out


#: Generic heads left out of a name's span when the rest is a name of its own: "لوكالة
#: فرانس برس" -> "فرانس برس", "قناة الجزيرة" -> "الجزيرة" (ANERcorp tags them so too).
_GENERIC_HEADS = frozenset(fold(w) for w in "وكالة صحيفة جريدة مجلة قناة شبكة موقع حركة".split())


def _add_gazetteer(layout: _Layout, sentences, matches, norms) -> None:
    gaz = gazetteer()
    for (begin, _), found in zip(sentences, matches):
        for m in found:
            if m.entry.weak:
                continue
            first = begin + m.first
            if m.last > m.first and any(v in _GENERIC_HEADS for v in clitic_variants(
                    norms[first])) and gaz.get(tuple(norms[first + 1:begin + m.last + 1])):
                first += 1
            g = _Span(first, begin + m.last, m.entry.type, "gazetteer", 1.0, m.entry.canonical)
            hits = layout.hits(g)
            if any(s.contains(g) and (s.first, s.last) != (g.first, g.last) for s in hits):
                continue  # the tagger found a longer name around it
            layout.replace(hits, g)


def _add_patterns(layout: _Layout, candidates) -> None:
    for c in candidates:
        p = _Span(c.first, c.last, c.type, c.origin, 0.6)
        hits = layout.hits(p)
        if not hits:
            layout.add(p)
        elif p.type == "ORG" and all(s.type == "ORG" and p.contains(s) and s.origin == "model"
                                      for s in hits):
            layout.replace(hits, p)
        elif c.origin == "quoted" and all(s.origin == "model" and p.contains(s) for s in hits):
            layout.replace(hits, p)  # its place makes a quoted name an outlet or a company
        elif c.origin == "dateline" and all(s.origin == "model" and s.type in ("PER", "MISC")
                                            and p.contains(s) for s in hits):
            layout.replace(hits, p)  # the first words of a wire dateline are its place


def _merge_numbers(layout: _Layout, numeric: list[Entity], token_of, misc_wins: bool = False
                   ) -> list[Entity]:
    kept = []
    for n in numeric:
        ns = _Span(token_of(n.start), token_of(n.end - 1), n.type, "number", 1.0)
        hits = layout.hits(ns)
        if misc_wins and hits:
            continue
        if all(s.type == "MISC" and ns.contains(s) for s in hits):
            # The amount is MONEY (or a QUANTITY) as a whole; a currency inside it stays the
            # MISC entity it is in standard Arabic NER corpora ("دولار" in "37 مليار دولار"),
            # so both are reported and the two overlap.
            kept.append(n)
    return kept
