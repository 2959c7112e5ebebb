"""A document's translation in the library: the one entry point for reading and changing it.

:class:`Translations` wraps a :class:`~reader.core.store.Store`. Every change runs in its own
transaction (``Store.transaction``: the write lock first) and has committed when the method
returns. Changes that start from a state the caller saw take ``expected``: if the library
holds something else (another window or program changed the segment since), nothing is
written and :class:`~reader.core.errors.ConflictError` says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import ConflictError, NotFoundError
from ..model import Document, new_uuid, now_iso
from ..text import words
from . import memory as _memory
from . import segment_rows as _rows
from . import term_rows as _terms
from .model import DONE, STATUSES, MemoryUnit, Segment, Term, TranslationInfo
from .segmentation import cut_segments, initial_segments, merge, split, uncovered_sentences


@dataclass(frozen=True)
class Progress:
    segments: int = 0
    done: int = 0  # translated or reviewed
    reviewed: int = 0
    needs_review: int = 0
    orphans: int = 0
    words: int = 0
    words_done: int = 0


def progress_of(segments: Iterable[Segment]) -> Progress:
    segs = [s for s in segments if not s.deleted]
    placed = [s for s in segs if not s.orphan]
    done = [s for s in placed if s.done]
    return Progress(
        segments=len(placed), done=len(done),
        reviewed=sum(s.status == "reviewed" for s in placed),
        needs_review=sum(s.needs_review for s in placed),
        orphans=len(segs) - len(placed),
        words=sum(len(words(s.source)) for s in placed),
        words_done=sum(len(words(s.source)) for s in done))


def _same(a: Segment | None, b: Segment | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.evolve(updated="") == b.evolve(updated="")


class Translations:
    def __init__(self, store, author: str = ""):
        self.store = store
        self.author = author
        self._memory: tuple[tuple, _memory.MemoryIndex] | None = None

    @property
    def db(self):
        return self.store.db

    # --- languages -------------------------------------------------------------------------

    def info(self, doc_id: str) -> TranslationInfo:
        return _rows.info(self.db, doc_id) or TranslationInfo(doc_id)

    def set_target_lang(self, doc_id: str, lang: str) -> TranslationInfo:
        lang = lang.strip()
        if not lang or len(lang) > 35 or not all(c.isalnum() or c in "-_" for c in lang):
            raise ValueError(f"{lang!r} is not a language tag (such as en, fr or en-GB)")
        with self.store.transaction():
            current = _rows.ensure_info(self.db, doc_id, lang)
            if current.target_lang != lang:
                current = TranslationInfo(doc_id, current.source_lang, lang, current.created, now_iso())
                _rows.save_info(self.db, current)
        return current

    # --- segments --------------------------------------------------------------------------

    def segments(self, doc_id: str, *, include_deleted: bool = False) -> list[Segment]:
        return _rows.for_document(self.db, doc_id, include_deleted=include_deleted)

    def segment(self, uuid: str) -> Segment:
        found = _rows.find(self.db, uuid)
        if found is None:
            raise NotFoundError(f"no segment with id {uuid}")
        return found

    def planned(self, doc: Document) -> list[Segment]:
        """The stored segments and, for text none covers, new ones (not stored)."""
        stored = self.segments(doc.id)
        if not stored:
            return _rows.with_free_uuids(self.db, initial_segments(doc.id, doc.text, doc.noise, self.author),
                                         doc.text)
        placed = [(s.start, s.end) for s in stored if not s.orphan]
        extra = cut_segments(doc.id, doc.text, uncovered_sentences(doc.text, placed, doc.noise), self.author)
        extra = _rows.with_free_uuids(self.db, extra, doc.text)
        return sorted(stored + extra, key=lambda s: (s.orphan, s.start, s.end))

    def ensure_segments(self, doc: Document) -> list[Segment]:
        """The article's segments, stored (made from its sentences the first time, and for any
        text no segment covers). A read-only library gets them unsaved."""
        planned = self.planned(doc)
        if self.store.read_only:
            return planned
        stored = {s.uuid for s in self.segments(doc.id)}
        new = [s for s in planned if s.uuid not in stored]
        if new or _rows.info(self.db, doc.id) is None:
            with self.store.transaction():
                _rows.ensure_info(self.db, doc.id)
                known = {s.uuid for s in _rows.for_document(self.db, doc.id)}
                if known != stored:  # another program segmented it meanwhile
                    return self.planned(doc)
                for s in new:
                    _rows.save(self.db, s)
        return planned

    def _write(self, states: list[tuple[Segment, Segment | None]]) -> list[Segment]:
        """Save each (state, expected) pair in one transaction if the library still holds
        every expected state (None: the segment must not exist yet)."""
        with self.store.transaction():
            for state, expected in states:
                if expected is not None or _rows.find(self.db, state.uuid) is not None:
                    if not _same(_rows.find(self.db, state.uuid), expected):
                        raise ConflictError(
                            "this segment was changed elsewhere (another window or program) "
                            "after you last saw it; nothing was overwritten", self.store.path)
            for state, _expected in states:
                _rows.save(self.db, state)
        return [s for s, _ in states]

    def update(self, expected: Segment, **changes) -> Segment:
        """Change target, status, note or needs_review of a segment the caller saw as
        ``expected``."""
        allowed = {"target", "status", "note", "needs_review", "previous_source"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {', '.join(sorted(bad))} of a segment")
        if changes.get("status", expected.status) not in STATUSES:
            raise ValueError(f"unknown status {changes['status']!r}; use one of {', '.join(STATUSES)}")
        if changes.get("needs_review") is False:
            changes.setdefault("previous_source", "")
        state = expected.evolve(**changes, updated=now_iso())
        return self._write([(state, expected)])[0]

    def confirm(self, expected: Segment, status: str = "translated") -> Segment:
        """Mark translated (or reviewed): the source change, if any, has been looked at."""
        return self.update(expected, status=status, needs_review=False)

    def restore(self, pairs: list[tuple[Segment, Segment | None]]) -> list[Segment]:
        """Write back earlier states (undo, redo), each only over the state expected."""
        now = now_iso()
        return self._write([(s.evolve(updated=now), e) for s, e in pairs])

    def merge_with_next(self, doc: Document, first: Segment, second: Segment) -> tuple[Segment, Segment]:
        merged, tomb = merge(first, second, doc.text)
        lo, hi = min(first.end, second.end), max(first.start, second.start)
        if any(lo <= s.start < hi for s in self.segments(doc.id) if not s.orphan):
            raise ValueError("only neighbouring segments can be merged")
        self._write([(merged, first if merged.uuid == first.uuid else second),
                     (tomb, second if tomb.uuid == second.uuid else first)])
        return merged, tomb

    def split(self, doc: Document, seg: Segment, offset: int,
              target_offset: int | None = None) -> tuple[Segment, Segment]:
        first, second = split(seg, doc.text, offset, target_offset, self.author)
        self._write([(first, seg), (second, None)])
        return first, second

    def progress(self, doc_id: str) -> Progress:
        return progress_of(self.segments(doc_id))

    def fingerprint(self, doc_id: str | None = None) -> tuple:
        """Changes when the segments, the languages (of ``doc_id``), the terms or the
        imported memory change (here, in another program, or pulled from a desk)."""
        info = _rows.info(self.db, doc_id) if doc_id is not None else None
        memory = self.db.execute("SELECT count(*), max(id) FROM tm_units").fetchone()
        return (_rows.fingerprint(self.db, doc_id) + _terms.fingerprint(self.db)
                + ((info.source_lang, info.target_lang) if info else ()) + tuple(memory))

    # --- translation memory ----------------------------------------------------------------

    def memory(self) -> _memory.MemoryIndex:
        """The memory's index, built again only when the library changed."""
        key = _memory.memory_fingerprint(self.db)
        if self._memory is None or self._memory[0] != key:
            self._memory = (key, _memory.MemoryIndex(_memory.memory_units(self.db)))
        return self._memory[1]

    def lookup(self, seg: Segment, target_lang: str, limit: int = _memory.DEFAULT_LIMIT):
        return self.memory().lookup(seg.source, target_lang, limit=limit, exclude=(seg.uuid,))

    def add_memory_units(self, units: list[MemoryUnit]) -> tuple[int, int]:
        with self.store.transaction():
            return _memory.add_units(self.db, units)

    # --- the translator's terms ------------------------------------------------------------

    def terms(self, *, include_deleted: bool = False) -> list[Term]:
        return _terms.all_terms(self.db, include_deleted=include_deleted)

    def term(self, uuid: str) -> Term:
        found = _terms.find(self.db, uuid)
        if found is None:
            raise NotFoundError(f"no term with id {uuid}")
        return found

    def add_term(self, source: str, target: str, note: str = "", domain: str = "",
                 source_lang: str = "ar", target_lang: str = "en") -> Term:
        now = now_iso()
        term = Term(new_uuid(), source.strip(), target.strip(), source_lang, target_lang,
                    note.strip(), domain.strip(), self.author, now, now)
        with self.store.transaction():
            _terms.save(self.db, term)
        return term

    def save_term(self, term: Term, expected: Term | None) -> Term:
        """Write ``term`` (an edit, a deletion, an undo) if the library holds ``expected``."""
        term = term.evolve(updated=now_iso())
        with self.store.transaction():
            current = _terms.find(self.db, term.uuid)
            if (current.evolve(updated="") if current else None) != (
                    expected.evolve(updated="") if expected else None):
                raise ConflictError("this term was changed elsewhere (another window or program); "
                                    "nothing was overwritten", self.store.path)
            _terms.save(self.db, term)
        return term

    def merge_terms(self, incoming: list[Term]) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self.store.transaction():
            for t in incoming:
                outcome = _terms.merge(self.db, t)
                counts[outcome] = counts.get(outcome, 0) + 1
        return counts
