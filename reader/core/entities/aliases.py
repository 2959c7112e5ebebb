"""One canonical name per entity: gazetteer aliases, spelling variants, short mentions.

- A form the gazetteer knows takes its canonical name (أليباي and Alipay -> "Alipay";
  الأوقات المالية, فايننشال تايمز, Financial Times -> "Financial Times").
- Other names lose their proclitic (والصين -> الصين), diacritics and tatweel; forms that
  fold alike (أليباي / اليباي) share the first one's spelling.
- A person named in full (تشاو تشيجو, جاك ما) is the canonical name of later one-word
  mentions of a part of the name (تشاو), which are tagged even where the tagger missed them.
  A part that is also a common Arabic word (ما, لي, من ...) is only taken as the name where
  the context makes it one: after a noun it completes (أعمال ما، بشركة ما) or a reporting
  verb or title, and before punctuation, a preposition or the end of the sentence. Anywhere
  else it is never tagged.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from reader.core.model import Entity
from reader.core.text import fold, strip_diacritics

from .clitics import bare_name, clitic_variants
from .gazetteer import gazetteer, trigger_classes
from .numwords import FUNCTION_WORDS

#: Parts of a name that never stand for the person alone: connectors, and the second half
#: of compound names (عبد الله، نور الدين، عبد الرحمن).
_CONNECTORS = frozenset(fold(w) for w in (
    "بن ابن بنت أبو أبي أم آل عبد دي دو فان فون لا دا الدين الله الرحمن الرحيم العزيز "
    "الكريم الحميد الملك الإله").split())
#: After these nouns, ما is the indefinite "some" (لسبب ما، بشكل ما، إلى حد ما), not a name.
_INDEFINITE_MA = frozenset(fold(w) for w in (
    "سبب شكل حد نوع يوم وقت مكان شيء شيئا شخص أمر مدى نحو درجة طريقة حين لحظة مرحلة "
    "جهة جانب مستوى قدر ناحية").split())
_AFTER_NAME = frozenset(fold(w) for w in (
    "في على من إلى الى عن مع منذ الذي التي و أو ، , . : ؛ ; ) ' \" » ” - – قد لم لن").split())
_THAT = frozenset(fold(w) for w in "إن أن إنه أنه".split())  # وقال ما إن ...


def display_name(surface: str, known: Callable[[str], bool] | None = None,
                 whole: Callable[[str], bool] | None = None) -> str:
    """The name as written, without a proclitic, diacritics, tatweel or extra spaces."""
    return " ".join(strip_diacritics(bare_name(surface, known, whole)).text.split())


@dataclass
class DocTokens:
    text: str
    words: Sequence[str]
    norms: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]


def name_context(doc: DocTokens, k: int) -> bool:
    """Whether the word at token k reads as a name rather than a function word."""
    prev = doc.norms[k - 1] if k > 0 else ""
    nxt = doc.norms[k + 1] if k + 1 < len(doc.norms) else ""
    before_ok = said = False
    if prev:
        variants = clitic_variants(prev)
        trig = trigger_classes()
        if any(trig.get(v) in ("SAY", "TITLE", "ROLE") for v in variants):
            before_ok = True
            said = any(trig.get(v) == "SAY" for v in variants)
        elif prev[0].isalpha() and prev not in FUNCTION_WORDS and not any(
                v in _INDEFINITE_MA for v in variants) and not prev.startswith("ال") \
                and not any(v in FUNCTION_WORDS for v in variants[1:]):
            before_ok = True  # a noun in construct: أعمال ما، بشركة ما
    if not before_ok:
        return False
    if k + 1 >= len(doc.norms):
        return True
    if "\n" in doc.text[doc.ends[k]:doc.starts[k + 1]]:
        return True
    return nxt in _AFTER_NAME or (said and nxt in _THAT)


class AliasResolver:
    def __init__(self, doc: DocTokens, known: Callable[[str], bool],
                 common: Callable[[str], bool], whole: Callable[[str], bool] | None = None):
        self.doc = doc
        self.known = known
        self.whole = whole  # words listed as they are written (كريم): no proclitic to take off
        self.common = common
        self.gaz = gazetteer()

    def canonical(self, e: Entity) -> str:
        if e.origin in ("gazetteer", "number", "user") and e.canonical:
            return e.canonical
        name = display_name(e.text, self.known, self.whole)
        entry = self.gaz.lookup(name)
        if entry is not None and not entry.weak and (entry.type == e.type or e.type == "ORG"):
            return entry.canonical
        return name

    def resolve(self, entities: list[Entity], token_of: Callable[[int], int]) -> list[Entity]:
        # 1. Canonical names, spelling variants sharing the first spelling.
        first_spelling: dict[tuple[str, str], str] = {}
        out = []
        for e in entities:
            canon = self.canonical(e)
            key = (e.type, fold(canon))
            canon = first_spelling.setdefault(key, canon)
            out.append(replace(e, canonical=canon) if canon != e.canonical else e)
        # 2. People: full names and the parts that can stand for them.
        full: list[tuple[int, str, list[str]]] = []  # (start offset, canonical, parts)
        for e in out:
            if e.type == "PER":
                parts = [p for p in fold(e.canonical).split() if p not in _CONNECTORS]
                if len(parts) >= 2:
                    full.append((e.start, e.canonical, parts))
        if not full:
            return [e for e in out if not self._lone_function_word(e)]
        named = _NamesByPart(full)
        resolved = []
        for e in out:
            if e.type == "PER" and len(fold(e.canonical).split()) == 1:
                part = fold(e.canonical)
                target = named.full_name(part, e.start)
                if target and (part in FUNCTION_WORDS or len(part) <= 2) and \
                        not name_context(self.doc, token_of(e.start)):
                    continue  # ما as a function word, even if the tagger said PER
                if target:
                    e = replace(e, canonical=target)
                elif self._lone_function_word(e):
                    continue
            elif self._lone_function_word(e):
                continue
            resolved.append(e)
        return self._new_mentions(resolved, named, token_of)

    def _lone_function_word(self, e: Entity) -> bool:
        n = fold(e.text)
        return " " not in n and (n in FUNCTION_WORDS or len(n) < 2)

    def _new_mentions(self, entities: list[Entity], named: "_NamesByPart", token_of
                      ) -> list[Entity]:
        doc = self.doc
        covered = bytearray(len(doc.words))
        for e in entities:
            for k in range(token_of(e.start), token_of(e.end - 1) + 1):
                covered[k] = 1
        added = []
        for k, n in enumerate(doc.norms):
            if covered[k] or not n or not n[0].isalpha():
                continue
            risky = n in FUNCTION_WORDS or len(n) <= 2
            candidates = [n] if risky else clitic_variants(n)
            for v in candidates:
                if v not in named.parts:
                    continue
                canon = named.only_one_before(v, doc.starts[k])
                if canon is None:
                    break
                if risky and not name_context(doc, k):
                    break
                if not risky and self.common(v):
                    break
                s, e = doc.starts[k], doc.ends[k]
                added.append(Entity(s, e, doc.text[s:e], "PER", canon, origin="pattern",
                                    score=0.6))
                break
        if not added:
            return entities
        return sorted(entities + added, key=lambda x: x.start)


class _NamesByPart:
    """The full names of people (:meth:`AliasResolver.resolve`'s ``full``: start offset,
    canonical name, parts) indexed by their parts, for the questions asked of each short
    mention: the look-ups no longer go through every name of a long text."""

    def __init__(self, full: list[tuple[int, str, list[str]]]):
        uses: dict[str, list[tuple[int, str]]] = {}
        for start, canon, parts in full:
            for p in parts:
                uses.setdefault(p, []).append((start, canon))
        self._uses = {p: sorted(u) for p, u in uses.items()}  # by start, then name
        self.parts = self._uses.keys()
        self._starts = {p: [start for start, _ in u] for p, u in self._uses.items()}
        self._names = {p: {canon for _, canon in u} for p, u in self._uses.items()}
        #: part -> (the first name that has it, the offset of the first other name with it)
        self._first: dict[str, tuple[str, float]] = {}
        for p, u in self._uses.items():
            first = u[0][1]
            other = next((start for start, canon in u if canon != first), float("inf"))
            self._first[p] = (first, other)

    def full_name(self, part: str, offset: int) -> str | None:
        """The one full name with this part; where several have it, the one named last
        before ``offset`` (None if none is)."""
        names = self._names.get(part)
        if not names:
            return None
        if len(names) == 1:
            return next(iter(names))
        before = bisect_left(self._starts[part], offset)
        return self._uses[part][before - 1][1] if before else None

    def only_one_before(self, part: str, offset: int) -> str | None:
        """The full name with this part named before ``offset``; None where none is, or
        several are."""
        uses = self._uses[part]
        first, other = self._first[part]
        return first if uses[0][0] < offset and not other < offset else None
