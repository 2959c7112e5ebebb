"""The hand-written gazetteer: outlets, companies, institutions, places and people.

Entries live in ``resources/gazetteer/*.tsv`` (form, type, canonical, tags). Forms are matched
on folded tokens (reader.core.text.fold), so alef, hamza, ya and ta marbuta variants and
diacritics do not matter; the first word may carry a proclitic (و ف ب ل ك, and لل for ال), so
"لوكالة فرانس برس" and "والصين" are found. Short all-capital Latin forms (AP, UN, FT) only
match when written in capitals.

Tags: ``media`` marks news outlets and agencies (the attribution module asks
:func:`is_media`); ``weak`` marks forms that are often ordinary words (العربية، الجزيرة،
الأهرام): they feed the tagger as features but are never tagged on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from reader.core.resources import resource_path
from reader.core.text import fold, tokenize

from .clitics import clitic_variants

ENTITY_FILES = ("media.tsv", "organizations.tsv", "places.tsv", "people.tsv")
MAX_WORDS = 8


@dataclass(frozen=True)
class GazetteerEntry:
    form: str
    type: str  # PER, ORG, LOC or MISC
    canonical: str
    tags: frozenset[str] = frozenset()

    @property
    def is_media(self) -> bool:
        return "media" in self.tags

    @property
    def weak(self) -> bool:
        return "weak" in self.tags


@dataclass(frozen=True)
class Match:
    """Gazetteer entry found over tokens [first, last] (inclusive) of a token list."""

    first: int
    last: int
    entry: GazetteerEntry


def _key(form: str) -> tuple[str, ...]:
    return tuple(fold(t.text) for t in tokenize(form, punctuation=True))


def _needs_capitals(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isascii() and c.isupper() for c in letters) and len(letters) <= 4


class Gazetteer:
    """Entries indexed by their folded token sequence."""

    def __init__(self, entries: Iterable[GazetteerEntry]):
        self._by_key: dict[tuple[str, ...], list[GazetteerEntry]] = {}
        self._first_words: set[str] = set()
        self._longest: dict[str, int] = {}  # first word -> the words of its longest form
        self._media_canonicals: set[str] = set()
        self._capitals: set[tuple[str, ...]] = set()
        self._lookups: dict[str, GazetteerEntry | None] = {}
        self._starts: dict[str, tuple[str, ...]] = {}  # word -> its variants that start keys
        for e in entries:
            key = _key(e.form)
            if not key:
                continue
            self._by_key.setdefault(key, []).append(e)
            self._first_words.add(key[0])
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
            if _needs_capitals(e.form):
                self._capitals.add(key)
            if e.is_media:
                self._media_canonicals.add(fold(e.canonical))
        for key, found in self._by_key.items():
            found.sort(key=lambda e: e.weak)  # strong entries first

    def starts_a_name(self, folded_word: str) -> bool:
        """Whether some listed form begins with this (folded, clitic-free) word."""
        return folded_word in self._first_words

    def items(self):
        """(folded key, best entry) for every listed form."""
        return ((key, found[0]) for key, found in self._by_key.items())

    def get(self, key: tuple[str, ...]) -> GazetteerEntry | None:
        found = self._by_key.get(key)
        return found[0] if found else None

    def media_entry(self, key: tuple[str, ...]) -> GazetteerEntry | None:
        """A news outlet listed under these folded words (a proclitic allowed on the first),
        weak forms included: «الشرق الأوسط» the newspaper, not the region."""
        if not key:
            return None
        for first in clitic_variants(key[0]):
            for e in self._by_key.get((first,) + tuple(key[1:]), ()):
                if e.is_media:
                    return e
        return None

    def lookup(self, form: str) -> GazetteerEntry | None:
        if form in self._lookups:
            return self._lookups[form]
        found = self._lookup(form)
        if len(self._lookups) > 50_000:
            self._lookups.clear()
        self._lookups[form] = found
        return found

    def _lookup(self, form: str) -> GazetteerEntry | None:
        key = _key(form)
        if not key:
            return None
        for first in clitic_variants(key[0]):
            k = (first,) + key[1:]
            entry = self.get(k)
            if entry is not None:
                if k in self._capitals and not _all_capitals([form]):
                    continue
                return entry
        return None

    def is_media(self, form_or_canonical: str) -> bool:
        if fold(form_or_canonical).strip() in self._media_canonicals:
            return True
        entry = self.lookup(form_or_canonical)
        return entry is not None and entry.is_media

    def matches(self, words: Sequence[str], norms: Sequence[str] | None = None,
                include_weak: bool = True) -> list[Match]:
        """Longest matches over a sentence's words, left to right, without overlap.

        A match gives way to one that starts on its second word and reaches further
        ("شركة ميتا" in "شركة ميتا بلاتفورمز" ... ; "أرامكو السعودية" after "شركة")."""
        if norms is None:
            norms = [fold(w) for w in words]
        out: list[Match] = []
        n = len(words)
        starts = self._starts
        # Most words start no listed form: find those that may, once (a cached look-up).
        firsts = [starts.get(w) for w in norms]
        for k, f in enumerate(firsts):
            if f is None:
                firsts[k] = self._firsts(norms[k])
        i = 0
        while i < n:
            if not firsts[i]:
                i += 1
                continue
            best = self._longest_at(words, norms, i, include_weak, firsts[i])
            if best is not None and best.last > i:
                nxt = self._longest_at(words, norms, i + 1, include_weak,
                                       firsts[i + 1]) if firsts[i + 1] else None
                if nxt is not None and nxt.last > best.last:
                    best = None
            if best is not None:
                out.append(best)
                i = best.last + 1
            else:
                i += 1
        return out

    def _firsts(self, norm: str) -> tuple[str, ...]:
        """The variants of a word (with and without proclitics) that start a listed form."""
        starts = self._starts
        firsts = starts.get(norm)
        if firsts is None:
            if len(starts) > 200_000:
                starts.clear()
            firsts = starts[norm] = tuple(
                v for v in clitic_variants(norm) if v in self._first_words)
        return firsts

    def _longest_at(self, words: Sequence[str], norms: Sequence[str], i: int,
                    include_weak: bool, firsts: tuple[str, ...]) -> Match | None:
        n = len(words)
        best: Match | None = None
        for first in firsts:
            # no form starting with ``first`` is longer than its longest
            for j in range(min(n, i + MAX_WORDS, i + self._longest[first]), i, -1):
                if best is not None and j - 1 <= best.last:
                    break
                key = (first,) + tuple(norms[i + 1:j])
                found = self._by_key.get(key)
                if not found:
                    continue
                if key in self._capitals and not _all_capitals(words[i:j]):
                    continue
                entry = found[0]
                if entry.weak and not include_weak:
                    continue
                best = Match(i, j - 1, entry)
                break
        return best


def _all_capitals(words: Sequence[str]) -> bool:
    return all(not any(c.isalpha() and c.islower() for c in w) for w in words)


def _read_entries(name: str) -> list[GazetteerEntry]:
    path = resource_path(f"gazetteer/{name}")
    entries = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                raise ValueError(f"{path}:{lineno}: expected form, type, canonical[, tags]")
            tags = frozenset(t for t in (parts[3].split(",") if len(parts) > 3 else []) if t)
            entries.append(GazetteerEntry(parts[0], parts[1], parts[2], tags))
    return entries


def _read_words(name: str) -> list[str]:
    path = resource_path(f"gazetteer/{name}")
    with open(path, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    entries: list[GazetteerEntry] = []
    for name in ENTITY_FILES:
        entries.extend(_read_entries(name))
    return Gazetteer(entries)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(fold(w) for w in _read_words("first_names.txt"))


@lru_cache(maxsize=1)
def trigger_classes() -> dict[str, str]:
    """Folded trigger word -> class (TITLE, ROLE, ORGHEAD, LOCHEAD, MISCHEAD, SAY)."""
    out: dict[str, str] = {}
    for line in _read_words("triggers.tsv"):
        word, cls = line.split("\t")
        out.setdefault(fold(word), cls)
    return out


def lookup(form: str) -> GazetteerEntry | None:
    """The gazetteer entry for a surface form (any spelling variant listed), or None."""
    return gazetteer().lookup(form)


def is_media(form_or_canonical: str) -> bool:
    """Whether a surface form or a canonical name is a news outlet or agency."""
    return gazetteer().is_media(form_or_canonical)
