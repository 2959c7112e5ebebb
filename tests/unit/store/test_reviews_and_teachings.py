"""Claim reviews keep a trail; entity decisions survive reopening and replay in order."""

import pytest

from reader.core.model import ImportedDocument
from reader.core.store import Store

TEXT = "وقال مسؤول في البنك المركزي إن الأسعار سترتفع."


@pytest.fixture
def path(tmp_path):
    return tmp_path / "lib.sqlite3"


def test_review_status_and_trail_survive_reopening(path):
    with Store.open(path) as store:
        doc = store.import_document(ImportedDocument(text=TEXT, title="t")).document
        store.set_claim_review(doc.id, "c1", "needs_second_source", note="من؟", author="rana")
        store.set_claim_review(doc.id, "c1", "verified", note="تم", author="omar")
    with Store.open(path) as store:
        review = store.claim_reviews(doc.id)["c1"]
        assert (review.status, review.note, review.author) == ("verified", "تم", "omar")
        trail = store.review_trail(doc.id, "c1")
        assert [(t.status, t.author) for t in trail] == [
            ("needs_second_source", "rana"), ("verified", "omar")]


def test_unknown_review_status_is_refused(path):
    with Store.open(path) as store:
        doc = store.import_document(ImportedDocument(text=TEXT, title="t")).document
        with pytest.raises(ValueError, match="unknown review status"):
            store.set_claim_review(doc.id, "c1", "maybe")
        assert store.claim_reviews(doc.id) == {}


def test_teachings_replay_decisions_in_order(path):
    with Store.open(path) as store:
        store.add_entity_decision("add", "البنك المركزي", type="ORG", value="Central Bank")
        store.add_entity_decision("reject", "الأسعار")
        store.add_entity_decision("accept", "الأسعار")  # changed their mind: accept wins
        store.add_entity_decision("rename", "تشاو", value="تشاو تشيجو")
        store.add_entity_decision("retype", "أليباي", type="ORG")
    with Store.open(path) as store:
        taught = store.teachings()
    assert any(t == ("ORG", "Central Bank") for t in taught.added.values())
    assert taught.rejected == set()
    assert len(taught.accepted) == 1
    assert list(taught.renamed.values()) == ["تشاو تشيجو"]
    assert list(taught.retyped.values()) == ["ORG"]


def test_removed_decision_is_no_longer_applied(path):
    with Store.open(path) as store:
        d = store.add_entity_decision("reject", "الأسعار")
        assert store.teachings().rejected
        store.remove_entity_decision(d.id)
        assert store.teachings().is_empty()
