"""Roles come from PostgreSQL (row-level security), not from checks in the client: the tests
also write to the desk directly with SQL, as a tampered client would."""

from __future__ import annotations

import psycopg
import pytest

from reader.core import desk as api
from reader.core.desk import DeskRefusedError
from reader.core.model import ImportedDocument

TEXT = "قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة شركات التكنولوجيا على البيانات."


def joined(desk_library, desk_url, user, name=None):
    store = desk_library(name or user)
    api.join(store, desk_url(user))
    return store


def article(store):
    return store.import_document(ImportedDocument(text=TEXT, title="خبر")).document


def test_anyone_may_change_only_their_own_annotations(desk, desk_library):
    alice, bob = joined(desk_library, desk, "alice"), joined(desk_library, desk, "bob")
    doc = article(alice)
    ann = alice.add_annotation(doc.id, 0, 4, note="alice's note")
    api.sync(alice), api.sync(bob)
    bob.update_annotation(ann.uuid, note="bob was here")
    mine = bob.add_annotation(bob.find_document_by_hash(doc.sha256).id, 5, 9, note="bob's own")
    report = api.sync(bob)
    assert report.sent == 1  # his own annotation
    assert len(report.refused) == 1 and "belongs to another desk user" in report.refused[0]
    # Kept locally, said in the status, and still refused at the next sync.
    assert bob.annotation(ann.uuid).note == "bob was here"
    status = api.status(bob)
    assert status.refused == 1 and "belongs to another desk user" in status.last_error
    assert len(api.sync(bob).refused) == 1
    api.sync(alice)
    assert alice.annotation(ann.uuid).note == "alice's note"
    assert alice.annotation(mine.uuid).note == "bob's own"


def test_only_reviewers_change_claim_reviews(desk, desk_library):
    bob, rita = joined(desk_library, desk, "bob"), joined(desk_library, desk, "rita")
    doc = article(bob)
    api.sync(bob), api.sync(rita)
    bob.set_claim_review(doc.id, "0:4:5:20", "verified", "bob says so")
    report = api.sync(bob)
    assert {r.split(":")[0] for r in report.refused} == {"review", "trail"}
    assert all("only a desk reviewer" in r for r in report.refused)
    rdoc = rita.find_document_by_hash(doc.sha256)
    rita.set_claim_review(rdoc.id, "0:4:5:20", "disputed", "no second source", author="rita")
    assert api.sync(rita).refused == []
    api.sync(bob)
    # Bob's own refused decision stays in his library until someone with the right wins.
    assert bob.claim_reviews(doc.id)["0:4:5:20"].status == "disputed"
    assert [t.status for t in bob.review_trail(doc.id)] == ["verified", "disputed"]


def test_a_read_only_role_pulls_but_cannot_push(desk, desk_library):
    alice, rob = joined(desk_library, desk, "alice"), joined(desk_library, desk, "rob")
    doc = article(alice)
    alice.add_annotation(doc.id, 0, 4, note="for everyone")
    api.sync(alice)
    report = api.sync(rob)
    assert report.received == 2
    rdoc = rob.find_document_by_hash(doc.sha256)
    assert [a.note for a in rob.annotations(rdoc.id)] == ["for everyone"]
    rob.add_annotation(rdoc.id, 5, 9, note="rob's private note")
    report = api.sync(rob)
    assert report.sent == 0 and "may only read" in report.refused[0]
    assert [a.note for a in rob.annotations(rdoc.id)][-1] == "rob's private note"
    # The engine refuses it too, not only the client.
    with psycopg.connect(desk("rob")) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO desk.changes (change_id, entity, key, node, hlc, fields) "
                     "VALUES (gen_random_uuid(), 'teaching', 'k', 'n', '0', '{}')")


def test_no_one_pushes_in_someone_elses_name(desk):
    with psycopg.connect(desk("bob")) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO desk.changes (change_id, entity, key, node, author, hlc, fields) "
                     "VALUES (gen_random_uuid(), 'teaching', 'k', 'n', 'alice', '0', '{}')")


def test_a_user_without_a_desk_role_gets_a_clear_message(desk, desk_library):
    store = desk_library("nobody")
    with pytest.raises(DeskRefusedError, match="no role on this desk.*GRANT desk_writer"):
        api.join(store, desk("nobody"))
    assert api.status(store).url is None  # nothing was tied


def test_the_cli_says_the_desk_refused_and_keeps_the_change(desk, desk_library, capsys):
    from reader.cli import main

    bob = joined(desk_library, desk, "bob")
    doc = article(bob)
    bob.set_claim_review(doc.id, "0:4:5:20", "verified")
    assert main(["desk", "sync", "--db", str(bob.path)]) == 0
    captured = capsys.readouterr()
    assert "2 refused by the desk and kept here" in captured.out
    assert "only a desk reviewer may change claim reviews" in captured.err
    assert main(["desk", "status", "--db", str(bob.path)]) == 0
    assert "2 refused by the desk, kept here" in capsys.readouterr().out
