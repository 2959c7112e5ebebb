"""Claim reviews and translation segments as Web Annotations, beside the notes.

An editor's review of a claim is an Annotation with motivation ``assessing`` whose target is
the claim's text; a translator's segment is one with motivation ``describing`` (its
translation, in the target language) or ``commenting`` (when it has a translator's note),
whose target is the segment's source. ``reader:type`` tells them from notes, and the fields
the reader needs to give them back exactly are ``reader:`` properties:

- review: ``reader:claimKey``, ``reader:status``, ``reader:trail`` (every change: status,
  note, author, time), the note as a commenting body, the author as ``creator``;
- segment: ``reader:status`` (draft, translated, reviewed), ``reader:needsReview``,
  ``reader:previousSource``, ``reader:orphan``, ``reader:deleted``, the translation as a
  describing body with its ``language``, the note as a commenting body.

Importing merges: a review newer than the library's replaces it and trail entries are added
once; a segment merges by id like a note (newer wins, a tombstone stays).
"""

from __future__ import annotations

import uuid as uuidlib

from ..anchoring import anchor, describe
from ..model import Document, TextSelector
from ..store import review_rows as _reviews
from ..store.review_rows import ClaimReview, TrailEntry
from ..translation import segment_rows as _segments
from ..translation.model import Segment, TranslationInfo
from .validate import as_list


def review_id(doc: Document, claim_key: str) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"urn:uuid:{doc.id}#claim={claim_key}"))


def _target(doc: Document, start: int, end: int, exact: str, prefix="", suffix="") -> dict:
    selectors = []
    if exact:
        selectors.append({"type": "TextQuoteSelector", "exact": exact, "prefix": prefix,
                          "suffix": suffix})
    selectors.append({"type": "TextPositionSelector", "start": start, "end": end})
    target = {"source": f"urn:uuid:{doc.id}", "reader:sha256": doc.sha256, "selector": selectors}
    if doc.url:
        target["reader:url"] = doc.url
    return target


def review_to_jsonld(review: ClaimReview, trail: list[TrailEntry], doc: Document) -> dict:
    _cue_start, _cue_end, start, end = (int(p) for p in review.claim_key.split(":"))
    body = [{"type": "TextualBody", "purpose": "assessing", "value": review.status}]
    if review.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": review.note,
                     "format": "text/plain"})
    out = {
        "id": f"urn:uuid:{review_id(doc, review.claim_key)}",
        "type": "Annotation",
        "motivation": "assessing",
        "reader:type": "ClaimReview",
        "reader:claimKey": review.claim_key,
        "reader:status": review.status,
        "modified": review.updated,
        "body": body,
        "target": _target(doc, start, end, review.exact),
        "reader:trail": [{"status": t.status, "note": t.note, "author": t.author, "at": t.at}
                         for t in trail],
    }
    if review.author:
        out["creator"] = {"type": "Person", "name": review.author}
    return out


def segment_to_jsonld(seg: Segment, doc: Document, info: TranslationInfo) -> dict:
    body = []
    if seg.target:
        body.append({"type": "TextualBody", "purpose": "describing", "value": seg.target,
                     "language": info.target_lang, "format": "text/plain"})
    if seg.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": seg.note,
                     "format": "text/plain"})
    sel = seg.selector
    out = {
        "id": f"urn:uuid:{seg.uuid}",
        "type": "Annotation",
        "motivation": "commenting" if seg.note else "describing",
        "reader:type": "Segment",
        "reader:status": seg.status,
        "created": seg.created,
        "modified": seg.updated,
        "target": _target(doc, sel.start, sel.end, sel.exact, sel.prefix, sel.suffix),
    }
    if body:
        out["body"] = body
    if seg.author:
        out["creator"] = {"type": "Person", "name": seg.author}
    if seg.needs_review:
        out["reader:needsReview"] = True
    if seg.previous_source:
        out["reader:previousSource"] = seg.previous_source
    if seg.orphan:
        out["reader:orphan"] = True
    if seg.deleted:
        out["reader:deleted"] = True
    return out


def record_items(store, doc: Document, *, include_deleted: bool = False) -> list[dict]:
    """The claim reviews (with their trail) and the translation segments of ``doc``."""
    items = []
    for key, review in sorted(_reviews.reviews_for(store.db, doc.id).items()):
        items.append(review_to_jsonld(review, _reviews.trail(store.db, doc.id, key), doc))
    info = _segments.info(store.db, doc.id) or TranslationInfo(doc.id)
    for seg in _segments.for_document(store.db, doc.id, include_deleted=include_deleted):
        items.append(segment_to_jsonld(seg, doc, info))
    return items


# --- import ------------------------------------------------------------------------------


def _bodies(item: dict, purpose: str) -> list[dict]:
    return [b for b in as_list(item.get("body")) if isinstance(b, dict) and b.get("purpose") == purpose]


def _creator(item: dict) -> str:
    names = [c.get("name", "") if isinstance(c, dict) else c for c in as_list(item.get("creator"))]
    return ", ".join(n for n in names if n)


def _selectors(item: dict) -> tuple[dict | None, dict | None]:
    target = next((t for t in as_list(item.get("target")) if isinstance(t, dict)), {})
    sels = [s for s in as_list(target.get("selector")) if isinstance(s, dict)]
    quote = next((s for s in sels if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in sels if s.get("type") == "TextPositionSelector"), None)
    return quote, position


def merge_record(db, item: dict, doc: Document) -> str:
    """Merge one checked review or segment item into ``doc`` (inside a transaction)."""
    if item["reader:type"] == "ClaimReview":
        return _merge_review(db, item, doc)
    return _merge_segment(db, item, doc)


def _merge_review(db, item: dict, doc: Document) -> str:
    key = item["reader:claimKey"]
    notes = _bodies(item, "commenting")
    quote, _position = _selectors(item)
    incoming = ClaimReview(doc.id, key, item["reader:status"], notes[0].get("value", "") if notes else "",
                           quote.get("exact", "") if quote else "", _creator(item), item["modified"])
    current = _reviews.reviews_for(db, doc.id).get(key)
    known = {(t.status, t.note, t.author, t.at) for t in _reviews.trail(db, doc.id, key)}
    added_trail = 0
    for entry in item.get("reader:trail", []):
        row = (entry["status"], entry.get("note", ""), entry.get("author", ""), entry["at"])
        if row not in known:
            known.add(row)
            added_trail += 1
            db.execute("INSERT INTO claim_review_trail (doc_id, claim_key, status, note, author, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", [doc.id, key, *row])
    if current is None or incoming.updated > current.updated:
        db.execute("INSERT OR REPLACE INTO claim_reviews (doc_id, claim_key, status, note, exact, "
                   "author, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [doc.id, key, incoming.status, incoming.note, incoming.exact, incoming.author,
                    incoming.updated])
        return "added" if current is None else "updated"
    return "updated" if added_trail else "unchanged"


def _merge_segment(db, item: dict, doc: Document) -> str:
    from .webannotation import annotation_uuid

    quote, position = _selectors(item)
    selector = TextSelector(position["start"], position["end"], quote["exact"],
                            quote.get("prefix", ""), quote.get("suffix", ""))
    orphan = bool(item.get("reader:orphan", False))
    if not orphan and doc.text[selector.start:selector.end] != selector.exact:
        placed = anchor(doc.text, selector)
        orphan = placed is None
        if placed is not None:
            selector = describe(doc.text, placed.start, placed.end)
    translation = _bodies(item, "describing")
    notes = _bodies(item, "commenting")
    incoming = Segment(
        uuid=annotation_uuid(item["id"]), doc_id=doc.id, selector=selector,
        target=translation[0].get("value", "") if translation else "",
        status=item["reader:status"], note=notes[0].get("value", "") if notes else "",
        needs_review=item.get("reader:needsReview", False),
        previous_source=item.get("reader:previousSource", ""), author=_creator(item),
        created=item["created"], updated=item["modified"],
        deleted=item.get("reader:deleted", False), orphan=orphan)
    if translation and translation[0].get("language") and _segments.info(db, doc.id) is None:
        _segments.ensure_info(db, doc.id, translation[0]["language"])
    current = _segments.find(db, incoming.uuid)
    if current is None:
        _segments.save(db, incoming)
        return "added"
    if current.deleted:
        return "kept-deleted"
    if incoming.deleted:
        _segments.save(db, current.evolve(deleted=True, updated=max(current.updated, incoming.updated)))
        return "deleted"
    if incoming.updated > current.updated:
        _segments.save(db, incoming)
        return "updated"
    return "unchanged"
