"""The bundled finance glossary and the matcher that finds its terms in a text.

The glossary is ``resources/glossary/*.tsv``, one file per domain (banking, markets ...),
written for this project. Each row: ``term``, ``vowelled``, ``gloss``, ``pos``, ``root``
(letters separated by spaces, empty for loanwords), ``forms`` (other forms separated by
``|``: broken plurals, a verb's present tense, other spellings of a multi-word term) and
``example`` (a sentence of our own).

Public API (also used by the translators' termbase)::

    entries = load_glossary()              # list[GlossaryEntry], cached
    matches = find_terms(text)             # list[TermMatch]: start, end, entry
    Glossary(entries).find(text)           # the same with your own entries

Matching works on folded text (diacritics, tatweel and letter variants ignored, see
:mod:`reader.core.text`), through clitics and attached pronouns, feminine, dual and plural
endings and listed broken plurals (:mod:`.affixes`). Multi-word terms win over the single
words inside them; matches never overlap and never cross a line break or punctuation.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ReaderError
from ..resources import resource_path
from ..text import DIACRITICS, fold, token_spans
from .affixes import candidates, strip_article, word_forms

COLUMNS = ("term", "vowelled", "gloss", "pos", "root", "forms", "example")
#: Parts of speech the glossary uses.
POS = ("noun", "verb", "adj", "phrase", "adv")
GLOSSARY_DIR = "glossary"

#: What may stand between two words of one term: spaces and invisible characters only.
_GAP = re.compile(r"[ \t\u00a0\u200b-\u200f\u2066-\u2069\u0640]*")


@dataclass(frozen=True)
class GlossaryEntry:
    term: str  # as written, e.g. "سوق الأوراق المالية"
    vowelled: str  # with diacritics where given, else ""
    gloss: str  # English
    pos: str  # one of POS
    root: str  # "ق ر ض", or "" for loanwords and most multi-word terms
    domain: str  # the file it comes from: banking, markets, ...
    example: str  # an Arabic sentence using the term
    forms: tuple[str, ...] = ()  # broken plurals, present tense, other spellings

    @property
    def key(self) -> str:
        """The folded term: what saved words and statuses of this term are keyed on."""
        return " ".join(strip_article(w) for w in fold(self.term).split())

    @property
    def words(self) -> int:
        return len(self.term.split())


@dataclass(frozen=True)
class TermMatch:
    start: int  # offsets into the text (Python str indices)
    end: int
    entry: GlossaryEntry

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


def glossary_files(folder: Path | None = None) -> list[Path]:
    folder = folder or resource_path(GLOSSARY_DIR)
    return sorted(folder.glob("*.tsv"))


def read_glossary_file(path: Path) -> list[GlossaryEntry]:
    """The entries of one glossary file; its name (without .tsv) is their domain."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReaderError(f"cannot read the glossary ({exc})", path) from exc
    lines = [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(c.strip() for c in rows[0]) != COLUMNS:
        raise ReaderError("a glossary file must start with the columns " + ", ".join(COLUMNS), path)
    entries = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(COLUMNS):
            raise ReaderError(f"row {number} has {len(row)} columns, not {len(COLUMNS)}: "
                              f"{' | '.join(row)[:80]}", path)
        term, vowelled, gloss, pos, root, forms, example = (c.strip() for c in row)
        if not term or not gloss or pos not in POS:
            raise ReaderError(f"row {number} ({term or '?'}) needs a term, a gloss and a part of "
                              f"speech ({', '.join(POS)})", path)
        entries.append(GlossaryEntry(term, vowelled, gloss, pos, root, path.stem, example,
                                     tuple(f.strip() for f in forms.split("|") if f.strip())))
    return entries


@lru_cache(maxsize=1)
def load_glossary() -> list[GlossaryEntry]:
    """Every entry of the bundled glossary, in file and row order (cached)."""
    entries: list[GlossaryEntry] = []
    for path in glossary_files():
        entries.extend(read_glossary_file(path))
    return entries


class Glossary:
    """An index of entries by their inflected forms, and a matcher over texts."""

    def __init__(self, entries: list[GlossaryEntry]):
        self.entries = list(entries)
        # first word's form -> [(entry index, forms of each later word)]
        self._index: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
        self._by_key: dict[str, GlossaryEntry] = {}
        self._listed: list[frozenset[str]] = []  # each entry's headword and listed forms
        for i, entry in enumerate(self.entries):
            self._by_key.setdefault(entry.key, entry)
            self._listed.append(frozenset(strip_article(fold(v)) for v in (entry.term, *entry.forms)))
            for variant in (entry.term, *entry.forms):
                words = fold(variant).split()
                if not words:
                    continue
                pos = entry.pos if len(words) == 1 else "phrase"
                sets = [frozenset(word_forms(w, pos)) for w in words]
                for form in sets[0]:
                    self._index.setdefault(form, []).append((i, tuple(sets[1:])))
        self.max_words = max((e.words for e in self.entries), default=1) + 2

    def entry(self, key: str) -> GlossaryEntry | None:
        """The entry whose :attr:`GlossaryEntry.key` is ``key``."""
        return self._by_key.get(key)

    def lookup(self, word: str) -> GlossaryEntry | None:
        """The single-word entry a word of text belongs to (clitics and endings allowed)."""
        for stem in word_candidates(word):
            hits = [i for i, rest in self._index.get(stem, ()) if not rest]
            if hits:  # an entry that has this as its headword or a listed form first
                best = next((i for i in hits if stem in self._listed[i]), hits[0])
                return self.entries[best]
        return None

    def find(self, text: str) -> list[TermMatch]:
        """Every glossary term in ``text``, longest first, left to right, not overlapping."""
        starts, ends, raw = token_spans(text)
        folded = [word_candidates(w) for w in raw]
        out: list[TermMatch] = []
        i = 0
        n = len(raw)
        while i < n:
            best = self._best_at(text, starts, ends, folded, i)
            if best is None:
                i += 1
                continue
            length, entry_index = best
            out.append(TermMatch(starts[i], ends[i + length - 1], self.entries[entry_index]))
            i += length
        return out

    def _best_at(self, text, starts, ends, folded, i) -> tuple[int, int] | None:
        """(number of words, entry index) of the best term starting at token ``i``: the
        longest, then the one reached with the fewest letters stripped, then the entry whose
        headword this is (اقتصادية before اقتصادي, which lists it as a form)."""
        best: tuple[int, int, int, int] | None = None
        for cost, stem in enumerate(folded[i]):
            for entry_index, rest in self._index.get(stem, ()):
                length = 1 + len(rest)
                if best is not None and length < best[0]:
                    continue
                exact = int(not rest and stem in self._listed[entry_index])
                rank = (length, -cost, exact, -entry_index)
                if best is not None and rank <= best:
                    continue
                if rest and not self._rest_matches(text, starts, ends, folded, i, rest):
                    continue
                best = rank
        return (best[0], -best[3]) if best is not None else None

    @staticmethod
    def _rest_matches(text, starts, ends, folded, i, rest) -> bool:
        if i + len(rest) >= len(folded):
            return False
        for k, forms in enumerate(rest, start=1):
            j = i + k
            gap = text[ends[j - 1]:starts[j]]
            if _GAP.fullmatch(gap) is None:
                return False
            if not any(stem in forms for stem in folded[j]):
                return False
        return True


@lru_cache(maxsize=200_000)
def word_candidates(word: str) -> tuple[str, ...]:
    """:func:`.affixes.candidates` of a written word. Folding makes ة and ه one letter; a
    word written with ة never loses it as the pronoun ه (مدينة is not مدين + ه)."""
    folded = fold(word)
    bare = word.rstrip("".join(DIACRITICS))
    if not bare.endswith("ة") or not folded.endswith("ه"):
        return candidates(folded)
    marked = candidates(folded[:-1] + "ة")
    return tuple(dict.fromkeys(c[:-1] + "ه" if c.endswith("ة") else c for c in marked))


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return Glossary(load_glossary())


def find_terms(text: str) -> list[TermMatch]:
    """Every term of the bundled glossary in ``text`` (see :meth:`Glossary.find`)."""
    return default_glossary().find(text)
