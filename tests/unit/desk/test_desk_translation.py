"""Translations travel through a real PostgreSQL desk: segments cut by two people are one
set, offline edits converge, a conflicting translation is kept and restorable, a merged-away
segment is never revived, terms and memory units are shared, a revised article carries its
segments along."""

from __future__ import annotations

import time

import pytest

from desk_helpers import assert_converged, joined, sync_all
from reader.core import desk as api
from reader.core.model import ImportedDocument
from reader.core.translation.library import Translations
from reader.core.translation.model import MemoryUnit

TEXT = ("قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة شركات التكنولوجيا الكبيرة "
        "على البيانات. وأضافت المصادر أن أعمال القروض الصغيرة ستنتقل إلى مشروع مشترك جديد. "
        "وقال المتحدث باسم الوزارة إن المنظمين طلبوا من الشركات التوقف عن منع الروابط.")


def article(store, text=TEXT, **meta):
    return store.import_document(ImportedDocument(text=text, title="الهيئات التنظيمية", **meta)).document


def segments(store, text=TEXT, author=""):
    """The article's translation in ``store`` (cut into segments when first opened)."""
    from reader.core.store import text_hash

    doc = store.find_document_by_hash(text_hash(text))
    t = Translations(store, author)
    return doc, t, [s for s in t.ensure_segments(doc) if not s.orphan]


def test_two_translators_offline_share_one_set_of_segments(desk, desk_library):
    alice, bob, carol = joined(desk_library, desk, "alice", "bob", "carol")
    article(alice), article(bob)  # each imports the article and opens it before any sync
    _, ta, sa = segments(alice, author="alice")
    time.sleep(0.01)
    _, tb, sb = segments(bob, author="bob")
    assert [s.uuid for s in sa] == [s.uuid for s in sb] and len(sa) == 3
    ta.update(sa[0], target="Sources told AFP", status="translated")
    ta.set_target_lang(sa[0].doc_id, "fr")
    tb.update(sb[2], target="The spokesman said", note="check the ministry's name")
    sync_all(alice, bob, carol)
    assert_converged(alice, bob, carol)
    _, tc, sc = segments(carol)
    # Bob cut his segments later, with blank translations: they do not wipe alice's work,
    # nor her language; nothing of this is a conflict.
    assert [(s.target, s.status) for s in sc] == [("Sources told AFP", "translated"), ("", "draft"),
                                                  ("The spokesman said", "draft")]
    assert sc[2].note == "check the ministry's name"
    assert tc.info(sc[0].doc_id).target_lang == "fr"
    assert len(tc.segments(sc[0].doc_id, include_deleted=True)) == 3
    assert all(api.conflicts(s.db) == [] for s in (alice, bob, carol))


def test_conflicting_translations_later_wins_and_the_loser_is_restorable(desk, desk_library):
    alice, bob = joined(desk_library, desk, "alice", "bob")
    article(alice)
    _, ta, sa = segments(alice)
    sync_all(alice, bob)
    _, tb, sb = segments(bob)
    ta.update(sa[1], target="Alice's translation")
    time.sleep(0.01)
    tb.update(sb[1], target="Bob's translation", status="translated")  # later
    sync_all(alice, bob)
    assert_converged(alice, bob)
    won = ta.segment(sa[1].uuid)
    assert (won.target, won.status) == ("Bob's translation", "translated")
    for store in (alice, bob):
        lost = [c for c in api.conflicts(store.db) if c.entity == "segment"]
        assert [(c.field, c.lost_value, c.won_value, c.lost_author) for c in lost] == [
            ("target", "Alice's translation", "Bob's translation", "alice")]
    conflict = api.conflicts(alice.db)[0]
    from reader.core.desk.engine import conflict_list

    assert conflict_list(alice)[0][1] == f"segment “{sa[1].source[:40]}”"  # as listed
    assert api.restore_conflict(alice, conflict.id) == "restored the segment's target"
    sync_all(alice, bob)
    assert tb.segment(sa[1].uuid).target == "Alice's translation"
    assert_converged(alice, bob)
    # A value that can no longer go back says why (a message, not a crash).
    doc = bob.find_document_by_hash(alice.document(sa[0].doc_id).sha256)
    tb.merge_with_next(doc, tb.segment(sb[0].uuid), tb.segment(sb[1].uuid))
    lost = [c for c in api.conflicts(bob.db) if c.entity == "segment"][0]
    with pytest.raises(api.DeskError, match=f"conflict {lost.id} was not restored: .*merged into another"):
        api.restore_conflict(bob, lost.id)


def test_a_merged_away_segment_is_never_revived_and_its_translation_is_kept(desk, desk_library):
    alice, bob = joined(desk_library, desk, "alice", "bob")
    article(alice)
    doc, ta, sa = segments(alice)
    sync_all(alice, bob)
    _, tb, sb = segments(bob)
    merged, tomb = ta.merge_with_next(doc, sa[0], sa[1])  # alice merges the first two
    tb.update(sb[1], target="Bob translated the second one offline")
    sync_all(alice, bob)
    assert_converged(alice, bob)
    for t in (ta, tb):
        assert t.segment(tomb.uuid).deleted
        here = t.store.find_document_by_hash(doc.sha256)
        assert [s.uuid for s in t.segments(here.id) if not s.orphan] == [merged.uuid, sa[2].uuid]
    # Bob's translation went into the conflicts list on both, and comes back into the
    # segment that now holds its source.
    for store in (alice, bob):
        kept = [c for c in api.conflicts(store.db) if c.field == "deleted"]
        assert [c.lost_value["target"] for c in kept] == ["Bob translated the second one offline"]
    said = api.restore_conflict(bob, api.conflicts(bob.db)[0].id)
    assert "added to that segment's translation" in said
    sync_all(alice, bob)
    assert ta.segment(merged.uuid).target == "Bob translated the second one offline"
    # Undoing the merge after it reached the desk does not revive the tombstone either.
    ta.restore([(sa[0], ta.segment(merged.uuid)), (sa[1], ta.segment(tomb.uuid))])
    sync_all(alice, bob)
    assert ta.segment(tomb.uuid).deleted and tb.segment(tomb.uuid).deleted
    # The text it covered gets a segment again, a new one, the same on both libraries.
    _, _, again = segments(alice)
    _, _, again_b = segments(bob)
    assert [s.uuid for s in again] == [s.uuid for s in again_b] and tomb.uuid not in [s.uuid for s in again]
    sync_all(alice, bob)
    assert_converged(alice, bob)


def test_terms_and_memory_units_are_shared(desk, desk_library):
    alice, bob = joined(desk_library, desk, "alice", "bob")
    ta, tb = Translations(alice, "alice"), Translations(bob, "bob")
    loan = ta.add_term("قرض", "loan", note="finance")
    ta.add_term("مصادر", "sources")
    unit = MemoryUnit("قالت مصادر", "Sources said", "ar", "en", origin="tmx")
    ta.add_memory_units([unit])
    tb.add_memory_units([unit, MemoryUnit("وقال المتحدث", "The spokesman said", "ar", "en", origin="tmx")])
    sync_all(alice, bob)
    assert [(t.source, t.target) for t in tb.terms()] == [("قرض", "loan"), ("مصادر", "sources")]
    assert len(ta.memory().lookup("قالت مصادر", "en")) == 1  # the same unit imported twice is one
    assert ta.memory().size == tb.memory().size == 2
    tb.save_term(tb.term(loan.uuid).evolve(target="credit"), tb.term(loan.uuid))  # anyone may
    sync_all(alice, bob)
    assert ta.term(loan.uuid).target == "credit"
    ta.save_term(ta.term(loan.uuid).evolve(deleted=True), ta.term(loan.uuid))
    sync_all(alice, bob)
    assert [t.source for t in tb.terms()] == ["مصادر"]
    assert_converged(alice, bob)


def test_a_revised_article_carries_its_segments_to_every_library(desk, desk_library):
    alice, bob = joined(desk_library, desk, "alice", "bob")
    article(alice, source_path="/news/a.txt")
    _, ta, sa = segments(alice)
    ta.update(sa[1], target="It added that the small loans business would move")
    sync_all(alice, bob)
    _, tb, sb = segments(bob)
    # Bob splits the last segment offline while alice imports a revised text.
    doc_b = bob.find_document_by_hash(alice.document(sa[0].doc_id).sha256)
    cut = doc_b.text.index("إن المنظمين")
    first, second = tb.split(doc_b, sb[2], cut)
    revised = TEXT.replace("الصغيرة", "المتوسطة") + " وهذا خبر جديد."
    alice.import_document(ImportedDocument(text=revised, title="الهيئات التنظيمية",
                                           source_path="/news/a.txt"))
    sync_all(alice, bob)
    assert_converged(alice, bob)
    doc_b = bob.find_document_by_hash(alice.document(sa[0].doc_id).sha256)
    placed = [s for s in tb.segments(doc_b.id) if not s.orphan]
    assert all(doc_b.text[s.start:s.end] == s.source for s in placed)  # on the new text
    changed = tb.segment(sa[1].uuid)
    assert changed.needs_review and "المتوسطة" in changed.source and changed.target.startswith("It added")
    assert {first.uuid, second.uuid} <= {s.uuid for s in placed}  # bob's split, moved too
    assert placed[-1].source == "وهذا خبر جديد."  # the new sentence: one segment, not two
    assert api.conflicts(alice.db) == [] and api.conflicts(bob.db) == []
