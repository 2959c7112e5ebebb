"""Translations on the desk: an article's languages, its segments, the translator's terms
and imported translation-memory units (see :mod:`.tables` for what a shared table is).

All are ``shared``: a translation is the team's, so any desk writer may change any segment
of it, and terms and memory units are a glossary and a memory everyone uses.

- ``translation`` (``translations``, keyed on the article's desk key): source and target
  language. A new translation starts as Arabic into English; that default never replaces a
  language someone chose.
- ``segment`` (``segments``, by uuid): the source (anchored like an annotation, in the
  article by its desk key), target, status, note, the review flag and the source it was made
  for, and the tombstone of a segment merged into another (never revived; a translation made
  apart from the merge waits in the conflicts list). Segments cut from the same text get the
  same uuids in every library (:func:`reader.core.translation.segmentation.segment_uuid`), so
  two people who open an article before syncing share one set of segments, and a blank
  translation never replaces one someone typed. Where a segment lies and who made it follow
  the latest change without a conflict entry (merging and splitting decide the place).
- ``term`` (``terms``, by uuid): the translator's terms, with tombstones.
- ``tm_unit`` (``tm_units``): imported memory units, a log keyed on their source, target and
  languages (the same unit imported by two people is one).
"""

from __future__ import annotations

from ..model import TextSelector, new_uuid, now_iso
from ..translation import segment_rows as _segs
from ..translation import term_rows as _terms
from ..translation.model import Segment, TranslationInfo
from .tables import Table, _row, content_key, register, save_changed, touched


class Languages(Table):
    """The languages of an article's translation."""

    defaults = {"source_lang": "ar", "target_lang": "en"}

    def read(self, db, links, local_key):
        info = _segs.info(db, local_key[0])
        if info is None:
            return None
        return links.doc_key(db, info.doc_id), {"source_lang": info.source_lang,
                                                "target_lang": info.target_lang}

    def write(self, db, links, desk_key, local_key, fields):
        doc_id = links.doc_id(db, desk_key)
        if doc_id is None:
            return None
        current = _segs.info(db, doc_id)
        now = now_iso()
        new = TranslationInfo(doc_id, fields.get("source_lang") or "ar", fields.get("target_lang") or "en",
                              current.created if current else now, now)
        if current is None or (current.source_lang, current.target_lang) != (new.source_lang, new.target_lang):
            _segs.save_info(db, new)
        return [doc_id]

    def restore(self, store, local_key, field, value):
        if field not in self.defaults:
            raise ValueError(f"a translation's {field} cannot be restored from the conflicts list")
        with store.transaction():
            info = _segs.ensure_info(store.db, local_key[0])
            _segs.save_info(store.db, TranslationInfo(info.doc_id, **{
                "source_lang": info.source_lang, "target_lang": info.target_lang, field: value},
                created=info.created, updated=now_iso()))
        return f"restored the translation's {field.replace('_', ' ')}"

    def describe(self, db, local_key, fields):
        row = _row(db, "SELECT title FROM documents WHERE id = ?", local_key or [""])
        return f"translation of “{(row or {}).get('title', '')}”"


class Segments(Table):
    """The segments of a translation; merged-away segments are tombstones."""

    TEXT = ("target", "status", "note", "needs_review", "previous_source")
    quiet = frozenset({"selector", "orphan", "author", "created"})
    defaults = {"target": "", "status": "draft", "note": "", "needs_review": False,
                "previous_source": ""}
    lists_edits_of_deleted = True

    def read(self, db, links, local_key):
        s = _segs.find(db, local_key[0])
        if s is None:
            return None
        sel = s.selector
        fields = {k: getattr(s, k) for k in self.TEXT}
        fields.update(doc=links.doc_key(db, s.doc_id), selector=[sel.start, sel.end, sel.exact, sel.prefix, sel.suffix],
                      author=s.author, created=s.created, orphan=s.orphan, deleted=s.deleted)
        return s.uuid, fields

    def write(self, db, links, desk_key, local_key, fields):
        if any(f not in fields for f in ("doc", "selector", "created")):
            return None
        doc_id = links.doc_id(db, fields["doc"])
        if doc_id is None:
            return None
        current = _segs.find(db, desk_key)
        seg = Segment(
            desk_key, doc_id, TextSelector(*fields["selector"]),
            **{k: fields.get(k, self.defaults[k]) for k in self.TEXT},
            author=fields.get("author", ""), created=fields["created"], updated=touched(current),
            deleted=bool(fields.get("deleted")), orphan=bool(fields.get("orphan")))
        save_changed(_segs.save, db, current, _fit(db, seg))
        return [desk_key]

    def restore(self, store, local_key, field, value):
        from ..translation.library import Translations

        translations = Translations(store)
        seg = translations.segment(local_key[0])
        if field == "deleted":
            return self._bring_back(store, translations, seg, value)
        if field not in self.TEXT:
            raise ValueError(f"a segment's {field} cannot be restored from the conflicts list")
        if seg.deleted:
            raise ValueError("this segment was merged into another since; copy the lost "
                             "translation into it by hand")
        translations.update(seg, **{field: value})
        return f"restored the segment's {field.replace('_', ' ')}"

    def _bring_back(self, store, translations, seg: Segment, value: dict) -> str:
        """A translation made apart from a merge: it goes where its source now is."""
        start, end, *_ = value["selector"]
        live = [s for s in translations.segments(seg.doc_id) if not s.orphan and s.start < end and start < s.end]
        lost = (value.get("target") or "").strip()
        if live and (not lost or any(lost in s.target for s in live)):
            return "nothing to bring back: the segment that holds its source has its translation"
        if len(live) == 1:
            into = live[0]
            target = (into.target.rstrip() + " " + lost).strip()
            translations.update(into, target=target, status="draft")
            return ("the segment was merged into another on the desk; its lost translation was "
                    "added to that segment's translation, to edit")
        if live:
            raise ValueError("the place of this segment is now shared by other segments; copy "
                             "the lost translation by hand")
        now = now_iso()
        copy = seg.evolve(uuid=new_uuid(), deleted=False, created=now, updated=now,
                          **{k: value[k] for k in self.TEXT if k in value})
        translations.restore([(copy, None)])
        return "the segment was merged away on the desk; restored it as a new segment"

    def describe(self, db, local_key, fields):
        s = _segs.find(db, local_key[0]) if local_key else None
        source = s.source if s else (fields.get("selector") or ["", "", ""])[2]
        return f"segment “{source[:40]}”"


def _fit(db, seg: Segment) -> Segment:
    """A segment placed on another version of the article's text (split elsewhere before the
    revision arrived there) is placed on this one as a re-attachment would: found again,
    marked for review if its source changed, an orphan if it cannot be placed."""
    from ..anchoring import anchor, describe

    row = db.execute("SELECT text FROM documents WHERE id = ?", [seg.doc_id]).fetchone()
    if row is None or seg.deleted or seg.orphan:
        return seg
    text = row[0]
    if seg.end <= len(text) and text[seg.start:seg.end] == seg.source:
        here = describe(text, seg.start, seg.end)
        return seg if here == seg.selector else seg.evolve(selector=here)
    where = anchor(text, seg.selector)
    if where is None or where.end <= where.start:
        return seg.evolve(orphan=True)
    here = describe(text, where.start, where.end)
    if here.exact == seg.source:
        return seg.evolve(selector=here)
    return seg.evolve(selector=here, needs_review=True,
                      previous_source=seg.previous_source or seg.source)


class Terms(Table):
    """The translator's terms (a shared glossary); deleting leaves a tombstone."""

    TEXT = ("source", "target", "source_lang", "target_lang", "note", "domain")
    quiet = frozenset({"author", "created"})
    lists_edits_of_deleted = True

    def read(self, db, links, local_key):
        t = _terms.find(db, local_key[0])
        if t is None:
            return None
        return t.uuid, {**{k: getattr(t, k) for k in self.TEXT}, "author": t.author,
                        "created": t.created, "deleted": t.deleted}

    def write(self, db, links, desk_key, local_key, fields):
        if any(f not in fields for f in ("source", "target", "created")):
            return None
        from ..translation.model import Term

        current = _terms.find(db, desk_key)
        term = Term(desk_key, **{k: fields.get(k) or "" for k in self.TEXT},
                    author=fields.get("author", ""), created=fields["created"],
                    updated=touched(current), deleted=bool(fields.get("deleted")))
        save_changed(_terms.save, db, current, term)
        return [desk_key]

    def restore(self, store, local_key, field, value):
        from ..translation.library import Translations

        translations = Translations(store)
        term = translations.term(local_key[0])
        if field == "deleted":
            t = translations.add_term(**{k: value.get(k) or getattr(term, k) for k in self.TEXT})
            return f"the term was deleted on the desk; restored it as a new term ({t.source})"
        if field not in self.TEXT:
            raise ValueError(f"a term's {field} cannot be restored from the conflicts list")
        if term.deleted:
            raise ValueError("this term was deleted since; add it again")
        translations.save_term(term.evolve(**{field: value}), term)
        return f"restored the term's {field.replace('_', ' ')}"

    def describe(self, db, local_key, fields):
        t = _terms.find(db, local_key[0]) if local_key else None
        return f"term “{t.source if t else fields.get('source', '')}”"


class MemoryUnits(Table):
    """Translation-memory units imported from TMX files (only ever added)."""

    COLUMNS = ("source", "target", "source_lang", "target_lang", "note", "origin", "author",
               "created", "updated")

    def read(self, db, links, local_key):
        row = _row(db, f"SELECT {', '.join(self.COLUMNS)} FROM tm_units WHERE id = ?", local_key)
        if row is None:
            return None
        return content_key(row["source"], row["target"], row["source_lang"], row["target_lang"]), row

    def write(self, db, links, desk_key, local_key, fields):
        db.execute(f"INSERT OR IGNORE INTO tm_units ({', '.join(self.COLUMNS)}) VALUES "
                   f"({', '.join('?' * len(self.COLUMNS))})", [fields[k] for k in self.COLUMNS])
        row = db.execute("SELECT id FROM tm_units WHERE source = ? AND target = ? AND source_lang = ? "
                         "AND target_lang = ?", [fields[k] for k in self.COLUMNS[:4]]).fetchone()
        return [row[0]]

    def delete(self, db, local_key):
        db.execute("DELETE FROM tm_units WHERE id = ?", local_key)


register(Languages("translation", "translations", ("doc_id",), "fields", "shared", 50))
register(Segments("segment", "segments", ("uuid",), "fields", "shared", 51, frozenset({"deleted"})))
register(Terms("term", "terms", ("uuid",), "fields", "shared", 52, frozenset({"deleted"})))
register(MemoryUnits("tm_unit", "tm_units", ("id",), "log", "shared", 53))
