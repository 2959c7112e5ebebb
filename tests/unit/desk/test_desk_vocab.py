"""Saved words, word statuses and review cards travel through a real PostgreSQL desk between
one learner's libraries, and are seen by no one else."""

from __future__ import annotations

import time

import psycopg
import pytest

from desk_helpers import assert_converged, joined, sync_all
from reader.core import desk as api
from reader.core.model import ImportedDocument
from reader.core.vocab import library as lib

TEXT = ("قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة شركات التكنولوجيا الكبيرة "
        "على البيانات. وأضافت المصادر أن أعمال القروض الصغيرة ستنتقل إلى مشروع مشترك جديد.")


def save(store, doc, word, gloss=""):
    start = doc.text.index(word)
    w = lib.new_saved_word(f"key:{word}", word, lemma=word, gloss=gloss, doc_id=doc.id,
                           doc_title=doc.title, start=start, end=start + len(word),
                           sentence=doc.text[:40])
    return lib.put_saved(store, w)


def review(store, uuid, rating):
    from reader.core.vocab.review import review as fsrs_review

    before = lib.saved_word(store, uuid)
    card, due = fsrs_review(before.card, rating)
    lib.record_review(store, before, before.evolve(card=card, due=due), rating)
    return lib.saved_word(store, uuid)


def article(store):
    return store.import_document(ImportedDocument(text=TEXT, title="خبر")).document


def test_one_learners_libraries_converge_on_words_statuses_and_cards(desk, desk_library):
    laptop, desktop, tablet = joined(desk_library, desk, "alice", "alice", "alice")
    doc = article(laptop)
    loans = save(laptop, doc, "القروض", "loans")
    lib.set_statuses(laptop, {"key:مصادر": ("مصادر", "known")})
    sync_all(laptop, desktop, tablet)
    ddoc = desktop.find_document_by_hash(doc.sha256)
    got = lib.saved_word(desktop, loans.uuid)
    assert got.gloss == "loans" and got.doc_id == ddoc.id  # the article by its desk key
    assert ddoc.text[got.start:got.end] == "القروض"
    assert lib.statuses(desktop) == {"key:القروض": "learning1", "key:مصادر": "known"}
    # Offline on each: a review here, a new word and a status there, "new" again on the third.
    reviewed = review(laptop, loans.uuid, 3)
    project = save(desktop, ddoc, "مشروع", "project")
    lib.set_statuses(desktop, {"key:الحكومة": ("الحكومة", "learning3")})
    lib.set_statuses(tablet, {"key:مصادر": ("مصادر", "new")})
    sync_all(laptop, desktop, tablet)
    assert_converged(laptop, desktop, tablet)
    for store in (desktop, tablet):
        got = lib.saved_word(store, loans.uuid)
        assert (got.card, got.due) == (reviewed.card, reviewed.due)  # the FSRS state
        assert lib.review_count(store, loans.uuid) == 1
        assert lib.saved_word(store, project.uuid).gloss == "project"
    assert lib.statuses(laptop) == {"key:القروض": "learning1", "key:مشروع": "learning1",
                                    "key:الحكومة": "learning3"}  # مصادر is new again
    assert api.conflicts(laptop.db) == []


def test_conflicting_reviews_and_glosses_later_wins_and_the_loser_is_restorable(desk, desk_library):
    laptop, desktop = joined(desk_library, desk, "alice", "alice")
    doc = article(laptop)
    loans = save(laptop, doc, "القروض", "loans")
    sync_all(laptop, desktop)
    again = review(laptop, loans.uuid, 1)
    lib.put_saved(laptop, again.evolve(gloss="credit"), status_if_new=None)
    time.sleep(0.01)
    easy = review(desktop, loans.uuid, 4)  # later: its card and due time win together
    sync_all(laptop, desktop)
    assert_converged(laptop, desktop)
    merged = lib.saved_word(laptop, loans.uuid)
    assert (merged.card, merged.due, merged.gloss) == (easy.card, easy.due, "credit")
    lost = [c for c in api.conflicts(laptop.db) if c.entity == "saved_word"]
    assert [(c.field, c.lost_value) for c in lost] == [("review", [again.card, again.due])]
    assert "restored the saved word's review state" in api.restore_conflict(laptop, lost[0].id)
    sync_all(laptop, desktop)
    assert lib.saved_word(desktop, loans.uuid).card == again.card
    assert_converged(laptop, desktop)


def test_a_deleted_saved_word_stays_deleted_and_an_edit_apart_is_listed(desk, desk_library):
    laptop, desktop = joined(desk_library, desk, "alice", "alice")
    doc = article(laptop)
    loans = save(laptop, doc, "القروض", "loans")
    sync_all(laptop, desktop)
    lib.put_saved(laptop, loans.evolve(deleted=True), status_if_new=None)
    time.sleep(0.01)
    lib.put_saved(desktop, loans.evolve(gloss="small loans"), status_if_new=None)  # later, offline
    sync_all(laptop, desktop)
    assert lib.saved_word(laptop, loans.uuid).deleted and lib.saved_word(desktop, loans.uuid).deleted
    assert_converged(laptop, desktop)
    for store in (laptop, desktop):
        listed = [c for c in api.conflicts(store.db) if c.entity == "saved_word"]
        assert [(c.field, c.lost_value["gloss"]) for c in listed] == [("deleted", "small loans")]
    # Restoring makes a new saved word with the edit; the tombstone stays.
    said = api.restore_conflict(desktop, api.conflicts(desktop.db)[0].id)
    assert "restored it as a new saved word" in said
    sync_all(laptop, desktop)
    live = lib.saved_words(laptop)
    assert [(w.word, w.gloss) for w in live] == [("القروض", "small loans")] and live[0].uuid != loans.uuid
    assert lib.saved_word(laptop, loans.uuid).deleted
    assert_converged(laptop, desktop)


def test_words_and_statuses_are_personal(desk, desk_library):
    alice, bob = joined(desk_library, desk, "alice", "bob")
    doc = article(alice)
    loans = save(alice, doc, "القروض", "loans")
    lib.set_statuses(alice, {"key:مصادر": ("مصادر", "known")})
    sync_all(alice, bob)
    assert bob.find_document_by_hash(doc.sha256) is not None  # the article is shared
    assert lib.saved_words(bob, include_deleted=True) == [] and lib.statuses(bob) == {}
    # The desk itself hides them from bob, and records no owner he could read.
    with psycopg.connect(desk("bob")) as conn:
        seen = conn.execute("SELECT DISTINCT entity FROM desk.changes").fetchall()
        assert {e for (e,) in seen} == {"article"}
        assert conn.execute("SELECT count(*) FROM desk.owners WHERE entity IN "
                            "('saved_word', 'word_status')").fetchone()[0] == 0
    # A tampered client pushing under alice's key (and later than her) changes nothing of
    # hers: she never sees it.
    later = "%015d.00000.x" % (time.time() * 1000 + 3_600_000)
    with psycopg.connect(desk("bob")) as conn:
        conn.execute("INSERT INTO desk.changes (change_id, entity, key, node, hlc, fields) "
                     "VALUES (gen_random_uuid(), 'saved_word', %s, 'x', %s, "
                     "'{\"gloss\": \"bob was here\"}')", [loans.uuid, later])
        conn.execute("INSERT INTO desk.changes (change_id, entity, key, node, hlc, fields) "
                     "VALUES (gen_random_uuid(), 'word_status', 'key:مصادر', 'x', %s, "
                     "'{\"status\": \"ignored\"}')", [later])
    with psycopg.connect(desk("alice")) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO desk.changes (change_id, entity, key, node, author, hlc, fields) "
                     "VALUES (gen_random_uuid(), 'saved_word', 'k', 'n', 'bob', '0', '{}')")
    sync_all(alice)
    assert lib.saved_word(alice, loans.uuid).gloss == "loans"
    assert lib.statuses(alice)["key:مصادر"] == "known"
    # Bob's own words travel between his libraries all the same.
    bob2 = desk_library("bob-laptop")
    api.join(bob2, desk("bob"))
    mine = save(bob, bob.find_document_by_hash(doc.sha256), "مصادر", "sources")
    sync_all(bob, bob2)
    assert [w.uuid for w in lib.saved_words(bob2)] == [mine.uuid]
    assert_converged(bob, bob2)
