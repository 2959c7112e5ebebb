"""Translation memory across every article of the library: exact and fuzzy matches.

The memory is every confirmed segment (translated or reviewed, with a target) of every
article, plus the units imported from TMX files. Sources are compared on their normalised
form (:func:`reader.core.text.fold`: diacritics, tatweel and letter variants ignored; words
only, so punctuation and spacing do not count) with rapidfuzz's ``fuzz.ratio``. A match
carries its score (0-100), whether the source is exactly the same text, and the differences
between its source and the segment's, word by word, for the translator to see.

The index is built once from the library and kept while the library does not change
(:func:`memory_fingerprint`); a look-up over 10,000 units takes a few milliseconds
(``bench/bench_translation_memory.py``).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz, process

from ..text import fold, tokenize, words
from .model import DONE, MemoryUnit

#: Matches below this score are not shown.
DEFAULT_CUTOFF = 60.0
DEFAULT_LIMIT = 5


def memory_key(text: str) -> str:
    """What the memory compares: the folded words of ``text``, one space apart."""
    return " ".join(words(fold(text)))


@dataclass(frozen=True)
class MemoryMatch:
    unit: MemoryUnit
    score: float  # 0-100 (fuzz.ratio on the normalised sources)
    exact: bool  # the very same source text
    diff: tuple[tuple[str, str], ...]  # ("equal" | "delete" | "insert", text), see word_diff


def word_diff(current: str, remembered: str) -> tuple[tuple[str, str], ...]:
    """How the remembered source differs from the current one, word by word: runs of
    ``equal`` words, ``delete`` (in the remembered source only) and ``insert`` (in the
    current source only). Words are compared folded; the texts shown are as written."""
    a = tokenize(remembered, punctuation=True)
    b = tokenize(current, punctuation=True)
    matcher = SequenceMatcher(None, [t.norm for t in a], [t.norm for t in b], autojunk=False)
    out: list[tuple[str, str]] = []

    def add(op: str, tokens, text: str) -> None:
        if not tokens:
            return
        piece = text[tokens[0].start:tokens[-1].end]
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + " " + piece)
        else:
            out.append((op, piece))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", a[i1:i2], remembered)
            continue
        add("delete", a[i1:i2], remembered)
        add("insert", b[j1:j2], current)
    return tuple(out)


class MemoryIndex:
    """Memory units indexed for look-up by target language."""

    def __init__(self, units: Iterable[MemoryUnit]):
        # Per target language: units, their keys and the keys' lengths, shortest first, so
        # that a look-up scores only the keys whose length can reach the cutoff.
        self._by_lang: dict[str, tuple[list[MemoryUnit], list[str], list[int]]] = {}
        grouped: dict[str, list[tuple[str, MemoryUnit]]] = {}
        self.size = 0
        for u in units:
            if not u.source.strip() or not u.target.strip():
                continue
            grouped.setdefault(_lang(u.target_lang), []).append((memory_key(u.source), u))
            self.size += 1
        for lang, pairs in grouped.items():
            pairs.sort(key=lambda p: len(p[0]))
            self._by_lang[lang] = ([u for _k, u in pairs], [k for k, _u in pairs],
                                   [len(k) for k, _u in pairs])

    def lookup(self, source: str, target_lang: str, *, limit: int = DEFAULT_LIMIT,
               cutoff: float = DEFAULT_CUTOFF, exclude: Sequence[str] = ()) -> list[MemoryMatch]:
        """The best matches for ``source`` among units into ``target_lang``, best first.
        ``exclude``: refs (segment uuids) not to offer (the segment itself)."""
        units, keys, lengths = self._by_lang.get(_lang(target_lang), ([], [], []))
        query = memory_key(source)
        if not query or not keys:
            return []
        # fuzz.ratio = 2 * common / (len(a) + len(b)) * 100, and common <= the shorter length:
        # keys much shorter or longer than the query cannot reach the cutoff.
        c = max(cutoff, 1.0) / 100
        lo = bisect_left(lengths, math.ceil(len(query) * c / (2 - c)))
        hi = bisect_right(lengths, math.floor(len(query) * (2 - c) / c))
        found = process.extract(query, keys[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff,
                                limit=limit + len(exclude) + 8)
        out: list[MemoryMatch] = []
        seen: set[tuple[str, str]] = set()
        for _key, score, i in found:
            u = units[lo + i]
            if u.ref in exclude or (u.source, u.target) in seen:
                continue
            seen.add((u.source, u.target))
            out.append(MemoryMatch(u, float(score), u.source.strip() == source.strip(),
                                   word_diff(source, u.source)))
        out.sort(key=lambda m: (-m.exact, -m.score, -_stamp(m.unit.updated)))
        return out[:limit]


def _stamp(iso: str) -> float:
    digits = "".join(ch for ch in iso if ch.isdigit())
    return float(digits or 0)


def _lang(tag: str) -> str:
    return tag.split("-")[0].split("_")[0].lower()


# --- from the library --------------------------------------------------------------------


def memory_units(db) -> list[MemoryUnit]:
    """Every unit of the memory: confirmed segments (orphans too: their pair is still a
    translation) and imported units."""
    out = []
    placeholders = ", ".join("?" for _ in DONE)
    rows = db.execute(
        f"""SELECT s.uuid, s.doc_id, s.exact, s.target, s.note, s.author, s.created, s.updated,
                   coalesce(t.source_lang, 'ar'), coalesce(t.target_lang, 'en')
            FROM segments s LEFT JOIN translations t ON t.doc_id = s.doc_id
            WHERE s.deleted = 0 AND s.target != '' AND s.status IN ({placeholders})""",
        list(DONE)).fetchall()
    for uuid, doc_id, source, target, note, author, created, updated, sl, tl in rows:
        out.append(MemoryUnit(source, target, sl, tl, note, "segment", uuid, doc_id, author,
                              created, updated))
    for row in db.execute("SELECT id, source, target, source_lang, target_lang, note, origin, "
                          "author, created, updated FROM tm_units ORDER BY id"):
        rid, source, target, sl, tl, note, origin, author, created, updated = row
        out.append(MemoryUnit(source, target, sl, tl, note, origin or "tmx", str(rid), "",
                              author, created, updated))
    return out


def memory_fingerprint(db) -> tuple:
    """Changes whenever the memory may have changed."""
    a = db.execute("SELECT count(*), max(updated), max(rowid) FROM segments").fetchone()
    b = db.execute("SELECT count(*), max(updated), max(id) FROM tm_units").fetchone()
    c = db.execute("SELECT count(*), max(updated) FROM translations").fetchone()
    return tuple(a) + tuple(b) + tuple(c)


def imported_units(db) -> list[MemoryUnit]:
    return [u for u in memory_units(db) if u.origin != "segment"]


def add_units(db, units: Iterable[MemoryUnit]) -> tuple[int, int]:
    """Add imported units (the same source, target and languages only once): (added, known)."""
    added = known = 0
    for u in units:
        cursor = db.execute(
            "INSERT OR IGNORE INTO tm_units (source, target, source_lang, target_lang, note, origin, "
            "author, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [u.source, u.target, u.source_lang, u.target_lang, u.note, u.origin or "tmx",
             u.author, u.created, u.updated])
        if cursor.rowcount:
            added += 1
        else:
            known += 1
    return added, known
