"""recognize(): the tagger, the gazetteer, the patterns and the numbers, combined.

Who wins where they overlap:

1. The gazetteer's (strong) matches over the tagger: a listed name has known boundaries
   ("وكالة فرانس برس" whole, not "فرانس برس") and a known type. Only a tagger span that
   strictly contains a gazetteer match is kept instead ("مجموعة آنت المالية").
2. The tagger over the patterns: a pattern only fills a gap, except that an ORG pattern may
   absorb ORG spans it contains ("وزارة الصناعة وتكنولوجيا المعلومات").
3. The repairs of repair.py (currency words, compound names, acronyms, heads, مالي,
   newspapers in quotation marks).
4. Money over names: a currency word is never a name; it stays the MISC it is in ANERcorp
   inside the MONEY ("دولار" in "37 مليار دولار"). Dates over the month words they hold.
   PER/LOC/ORG over other numbers ("فرانس 24").

The tagger works on whole tokens, as ANERcorp's are ("والصين" one token); the entities
leave out a leading proclitic و ف ب ل: "الصين" is the entity's text (and canonical name)
in "والصين".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from reader.core.model import Entity
from reader.core.text import fold, tokenize

from .aliases import AliasResolver, DocTokens
from .clitics import clitic_variants, name_span
from .gazetteer import first_names, gazetteer
from .layout import Layout, Span
from .numbers import find_numeric
from .numwords import MONTH_WORDS
from .patterns import PatternFinder
from .repair import Repairs, is_currency_run
from .tagger import Tagger, get_tagger, segment
from .teaching import Teachings, apply_teachings

NAME_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
#: The proclitics a name's span leaves out (not ك: كريمي، كامل are names).
_CLITIC_LETTERS = frozenset("وفبل")


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
    layout = Layout(len(tokens), [Span(s.first, s.last, s.type, "model", s.score)
                                   for s in tagger.spans(text, tokens, sentences, matches)])
    _add_gazetteer(layout, sentences, matches, norms)
    finder = PatternFinder(words, norms, tagger.common_word, tagger.plain_word,
                           org_heads=not anercorp, line_starts=frozenset(b for b, _ in sentences))
    _add_patterns(layout, finder.find())
    Repairs(text, words, norms, starts, ends, layout).run()

    def token_of(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    numeric = _merge_numbers(layout, find_numeric(text, tokens, norms), token_of, norms,
                             misc_wins=anercorp)
    spans = layout.spans()
    entities = [Entity(starts[s.first], ends[s.last], text[starts[s.first]:ends[s.last]],
                       s.type, s.canonical, origin=s.origin, score=round(s.score, 3))
                for s in spans]
    doc = DocTokens(text, words, norms, starts, ends)
    resolver = AliasResolver(doc, tagger.known_word, tagger.common_word, whole=_listed)
    in_text = frozenset(n for n in norms if len(n) >= 4)

    def known_here(f: str) -> bool:  # ("مساعد لسوكساوات" after "برايون سوكساوات": the name the text gives bare)
        return tagger.known_word(f) or f in in_text

    entities = _without_proclitics(resolver.resolve(entities, token_of), known_here)
    entities = sorted(entities + numeric, key=lambda e: e.start)
    if teachings is not None:
        entities = apply_teachings(entities, text, teachings)
    return entities


#: Generic heads left out of a name's span when the rest is a name of its own: "لوكالة
#: فرانس برس" -> "فرانس برس", "قناة الجزيرة" -> "الجزيرة" (ANERcorp tags them so too).
_GENERIC_HEADS = frozenset(fold(w) for w in "وكالة صحيفة جريدة مجلة قناة شبكة موقع حركة".split())


def _add_gazetteer(layout: Layout, sentences, matches, norms) -> None:
    gaz = gazetteer()
    for (begin, _), found in zip(sentences, matches):
        for m in found:
            if m.entry.weak:
                continue
            first = begin + m.first
            if m.last > m.first and any(v in _GENERIC_HEADS for v in clitic_variants(
                    norms[first])) and gaz.get(tuple(norms[first + 1:begin + m.last + 1])):
                first += 1
            g = Span(first, begin + m.last, m.entry.type, "gazetteer", 1.0, m.entry.canonical)
            hits = layout.hits(g)
            if any(s.contains(g) and (s.first, s.last) != (g.first, g.last) for s in hits):
                continue  # the tagger found a longer name around it
            layout.replace(hits, g)


def _add_patterns(layout: Layout, candidates) -> None:
    for c in candidates:
        p = Span(c.first, c.last, c.type, c.origin, 0.6)
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


def _merge_numbers(layout: Layout, numeric: list[Entity], token_of, norms,
                   misc_wins: bool = False) -> list[Entity]:
    """The numeric entities that stay, with the name spans they overlap repaired.

    - An amount of money wins over the names it overlaps: a currency word is never a
      person, an organisation or a place (the tagger learnt ريال from ريال مدريد). The
      currency words inside the amount stay the MISC entity they are in ANERcorp ("دولار"
      in "37 مليار دولار"; the two overlap); a name's words before the amount stay a name,
      its words after it are dropped ("ريال شهريا"). A name that goes on past the currency
      word as an organisation or a person ("3 ريال مدريد") wins instead.
    - A date wins over names made of its month words (نيسان is April, not Nissan, in "في
      أبريل (نيسان) الماضي").
    - Otherwise a number is kept only where it overlaps nothing but MISC spans it contains
      (the currency case above), and names win ("فرانس 24").

    ``misc_wins`` (ANERcorp's conventions): the names are repaired the same way, but no
    amount overlapping a name is reported."""
    kept = []
    for n in numeric:
        ns = Span(token_of(n.start), token_of(n.end - 1), n.type, "number", 1.0)
        hits = layout.hits(ns)
        if n.type == "MONEY" and hits and _money_over_names(layout, ns, hits, norms):
            hits = layout.hits(ns)
        elif n.type == "DATE" and hits and all(
                ns.contains(h) and all(_month_word(norms[k]) for k in range(h.first, h.last + 1))
                for h in hits):
            for h in hits:
                layout.remove(h)
            hits = []
        if misc_wins and hits:
            continue
        if all(s.type == "MISC" and ns.contains(s) for s in hits):
            kept.append(n)
    return kept


def _money_over_names(layout: Layout, money: Span, hits: list[Span], norms) -> bool:
    """Repair the name spans an amount of money overlaps (see :func:`_merge_numbers`);
    False when a name wins over the amount."""
    for h in hits:
        if h.last > money.last and h.type in ("ORG", "PER") and any(
                is_currency_run([norms[k]]) for k in range(max(h.first, money.first),
                                                          money.last + 1)):
            return False
    for h in hits:
        layout.remove(h)
        if h.first < money.first:
            layout.add(Span(h.first, money.first - 1, h.type, h.origin, h.score))
    for k in range(money.first, money.last + 1):
        if is_currency_run([norms[k]]):  # the currency word, not its adjective (دولار أمريكي)
            layout.add(Span(k, k, "MISC", "model", 1.0))
    return True


def _month_word(norm: str) -> bool:
    return norm in "()/" or any(v in MONTH_WORDS for v in clitic_variants(norm))


def _listed(f: str) -> bool:
    """A word the given-name list or the gazetteer knows as it is written (كريم، بكين)."""
    return f in first_names() or gazetteer().starts_a_name(f)


def _without_proclitics(entities: list[Entity], known) -> list[Entity]:
    """Name spans without a leading و ف ب ل (والصين -> الصين, لوكالة فرانس برس ->
    وكالة فرانس برس), as the reader highlights and reports them. A proclitic is cut where
    the rest starts with the article or is a known name (clitics.split_proclitic)."""
    listed = _listed

    def is_known(f: str) -> bool:
        return known(f) or listed(f)

    out = []
    for e in entities:
        if e.type in NAME_TYPES and e.origin != "user":
            start, _ = name_span(e.text, 0, len(e.text), is_known, whole=listed)
            if start == 0 and len(e.text) > 3 and e.text[0] in "وف" and e.text[1] in "أإآ":
                start = 1  # وأتسوتوشي: no name starts with و + hamza
            if 0 < start < len(e.text) and set(fold(e.text[:start])) <= _CLITIC_LETTERS:
                e = replace(e, start=e.start + start, text=e.text[start:])
        out.append(e)
    return out
