"""The Web Annotation export carries notes, tags, claim reviews (with their trail) and the
translation (targets, statuses, translator notes): exported, then imported into an empty
library holding the same article, everything comes back exactly. Imported fields are
checked strictly."""

import json
from dataclasses import replace

import pytest

from reader.cli import main
from reader.core.exports.importing import import_annotations
from reader.core.exports.validate import BadItem, check_item
from reader.core.exports.webannotation import export_jsonld
from reader.core.exports.webannotation_records import record_items
from reader.core.importers import import_file
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.core.translation.library import Translations


def _everything(store, doc_id):
    """What must come back: annotations, reviews, trail, segments (doc id left out)."""
    t = Translations(store)
    return {
        "annotations": sorted((replace(a, doc_id="") for a in store.annotations(doc_id, include_deleted=True)),
                              key=lambda a: a.uuid),
        "reviews": sorted((replace(r, doc_id="") for r in store.claim_reviews(doc_id).values()),
                          key=lambda r: r.claim_key),
        "trail": [replace(e, doc_id="") for e in store.review_trail(doc_id)],
        "segments": sorted((replace(s, doc_id="") for s in t.segments(doc_id, include_deleted=True)),
                           key=lambda s: s.uuid),
        "target_lang": t.info(doc_id).target_lang,
    }


def _work(store, doc):
    a = store.add_annotation(doc.id, 0, 5, note="عنوان", tags=("headline", "مالية"), color="green")
    store.add_annotation(doc.id, 233, 237, kind="bookmark", color="blue", author="someone")
    gone = store.add_annotation(doc.id, 240, 245, note="to delete")
    store.delete_annotation(gone.uuid)
    store.update_annotation(a.uuid, note="عنوان المقال")
    store.set_claim_review(doc.id, "233:237:238:328", "needs_second_source", "one source", "claim text", "ed")
    store.set_claim_review(doc.id, "233:237:238:328", "verified", "two sources now", "claim text", "ed")
    store.set_claim_review(doc.id, "995:999:1000:1125", "disputed", "", "", "")
    t = Translations(store, "translator")
    t.set_target_lang(doc.id, "fr")
    segs = t.ensure_segments(doc)
    t.update(segs[0], target="La Chine cible Alipay", note="titre", status="translated")
    t.update(segs[1], target="Plus d'un milliard", status="reviewed", needs_review=True,
             previous_source="قديم")
    merged, _tomb = t.merge_with_next(doc, t.segment(segs[4].uuid), t.segment(segs[5].uuid))
    t.update(merged, note="merged, check")


def test_export_then_import_into_an_empty_library_is_exact(tmp_path):
    with Store.open(tmp_path / "a.sqlite3") as mine:
        doc = mine.import_document(import_file(sample_article())).document
        _work(mine, doc)
        expected = _everything(mine, doc.id)
        data = export_jsonld(doc, mine.annotations(doc.id, include_deleted=True),
                             record_items(mine, doc, include_deleted=True))
    assert len(expected["trail"]) == 3 and len(expected["segments"]) > 10
    items = json.loads(data)["first"]["items"]
    with Store.open(tmp_path / "b.sqlite3") as theirs:
        their_doc = theirs.import_document(import_file(sample_article())).document
        import_annotations(theirs, items)
        assert _everything(theirs, their_doc.id) == expected
        again = import_annotations(theirs, items)
        assert set(again.counts) <= {"unchanged", "kept-deleted"}
        assert _everything(theirs, their_doc.id) == expected


def test_the_command_line_exports_reviews_and_segments(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite3")
    with Store.open(db) as store:
        doc = store.import_document(import_file(sample_article())).document
        _work(store, doc)
    out = tmp_path / "all.jsonld"
    assert main(["export", doc.id, "--format", "jsonld", "-o", str(out), "--db", db]) == 0
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    kinds = {i.get("reader:type", "note") for i in items}
    assert kinds == {"note", "ClaimReview", "Segment"}
    review = next(i for i in items if i.get("reader:status") == "verified")
    assert review["motivation"] == "assessing" and len(review["reader:trail"]) == 2


def _segment_item():
    return {
        "id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation",
        "motivation": "describing", "reader:type": "Segment", "reader:status": "translated",
        "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
        "body": [{"type": "TextualBody", "purpose": "describing", "value": "x", "language": "en"}],
        "target": {"source": "urn:uuid:d", "selector": [
            {"type": "TextQuoteSelector", "exact": "abc"},
            {"type": "TextPositionSelector", "start": 0, "end": 3}]},
    }


def _review_item():
    return {
        "id": "urn:uuid:21111111-2222-4333-8444-555555555555", "type": "Annotation",
        "motivation": "assessing", "reader:type": "ClaimReview", "reader:claimKey": "1:2:3:4",
        "reader:status": "verified", "modified": "2024-01-01T00:00:00.000Z",
        "target": {"source": "urn:uuid:d", "selector": [
            {"type": "TextPositionSelector", "start": 3, "end": 4}]},
        "reader:trail": [{"status": "verified", "note": "", "author": "", "at": "2024-01-01T00:00:00Z"}],
    }


@pytest.mark.parametrize("make, change, field", [
    (_segment_item, {"reader:type": "Translation"}, "reader:type"),
    (_segment_item, {"reader:status": "done"}, "reader:status"),
    (_segment_item, {"reader:needsReview": "true"}, "reader:needsReview"),
    (_segment_item, {"reader:previousSource": 5}, "reader:previousSource"),
    (_segment_item, {"created": None}, "created"),
    (_segment_item, {"target": {"source": "urn:uuid:d", "selector": [
        {"type": "TextPositionSelector", "start": 0, "end": 3}]}}, "target.selector"),
    (_review_item, {"reader:claimKey": "1:2:3"}, "reader:claimKey"),
    (_review_item, {"reader:claimKey": "1:2:3:٤"}, "reader:claimKey"),
    (_review_item, {"reader:status": "true"}, "reader:status"),
    (_review_item, {"reader:trail": {"status": "verified"}}, "reader:trail"),
    (_review_item, {"reader:trail": [{"status": "verified", "at": "yesterday"}]}, "reader:trail.at"),
    (_review_item, {"reader:trail": [{"status": "ok", "at": "2024-01-01T00:00:00Z"}]}, "reader:trail.status"),
    (_review_item, {"reader:trail": [{"status": "verified", "note": 1, "at": "2024-01-01T00:00:00Z"}]},
     "reader:trail.note"),
])
def test_bad_records_are_refused(make, change, field):
    good = make()
    check_item(good)
    with pytest.raises(BadItem) as info:
        check_item({**good, **change})
    assert info.value.field == field
