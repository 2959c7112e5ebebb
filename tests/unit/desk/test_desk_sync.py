"""Libraries converge through a real PostgreSQL desk: offline edits, conflicts, tombstones,
trails, teachings and articles by content hash."""

from __future__ import annotations

import time

import pytest

from desk_helpers import assert_converged, joined, snapshot, sync_all
from reader.core import desk
from reader.core.model import ImportedDocument

TEXT = ("قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة شركات التكنولوجيا الكبيرة "
        "على البيانات. وأضافت المصادر أن أعمال القروض الصغيرة ستنتقل إلى مشروع مشترك جديد.")
OTHER = "وقال المتحدث باسم الوزارة إن المنظمين طلبوا من الشركات التوقف عن منع الروابط."


def article(store, text=TEXT, title="الهيئات التنظيمية", **meta):
    return store.import_document(ImportedDocument(text=text, title=title, **meta)).document


def doc_in(store, text=TEXT):
    from reader.core.store import text_hash

    return store.find_document_by_hash(text_hash(text))


@pytest.fixture
def desk_url(desk):
    return desk


def test_two_libraries_converge_after_offline_edits_on_each(desk_url, desk_library):
    a, b = joined(desk_library, desk_url, "alice", "bob")
    doc = article(a)
    a.add_annotation(doc.id, 0, 4, note="مصادر", tags=("sources",), author="alice")
    sync_all(a, b)
    bdoc = doc_in(b)
    assert bdoc is not None and bdoc.title == "الهيئات التنظيمية"
    # Both offline: each edits, adds and imports.
    b.add_annotation(bdoc.id, 10, 20, note="from bob", color="green", author="bob")
    article(b, OTHER, "بيان الوزارة", outlet="Reuters")
    a_note = a.annotations(doc.id)[0]
    a.update_annotation(a_note.uuid, note="anonymous sources")
    a.add_entity_decision("accept", "أليباي", author="alice")
    sync_all(a, b)
    assert_converged(a, b)
    assert [x.note for x in b.annotations(bdoc.id)] == ["anonymous sources", "from bob"]
    assert doc_in(a, OTHER).outlet == "Reuters"
    assert [d.form for d in b.entity_decisions()] == ["أليباي"]
    status = desk.status(a)
    assert (status.outgoing, status.incoming, status.refused) == (0, 0, 0)
    assert status.last_sync


def test_three_libraries_converge(desk_url, desk_library):
    a, b, c = joined(desk_library, desk_url, "alice", "bob", "carol")
    docs = [article(s, TEXT) for s in (a, b, c)]  # the same article, imported by each
    for store, doc, n in zip((a, b, c), docs, range(3)):
        store.add_annotation(doc.id, n * 5, n * 5 + 4, note=f"note {n}", author=store.path.stem.split("-")[0])
    article(c, OTHER, "بيان")
    sync_all(a, b, c)
    assert_converged(a, b, c)
    assert len(a.library()) == 2  # one article, not three copies
    assert len(a.annotations(doc_in(a).id)) == 3


def test_conflicting_edits_later_wins_per_field_and_the_loser_is_kept(desk_url, desk_library):
    a, b = joined(desk_library, desk_url, "alice", "alice")  # one user, two machines
    doc = article(a)
    ann = a.add_annotation(doc.id, 0, 4, note="first", color="yellow")
    sync_all(a, b)
    # Offline on both: the note on both (a conflict), the colour only on a.
    a.update_annotation(ann.uuid, note="alice's laptop", color="red")
    time.sleep(0.01)  # in another millisecond: the same one would leave the order to chance
    b.update_annotation(ann.uuid, note="alice's desktop")  # later: wins
    sync_all(a, b)
    assert_converged(a, b)
    merged = a.annotation(ann.uuid)
    assert (merged.note, merged.color) == ("alice's desktop", "red")  # per field
    for store in (a, b):
        lost = [c for c in desk.conflicts(store.db) if c.field == "note"]
        assert [(c.lost_value, c.won_value) for c in lost] == [("alice's laptop", "alice's desktop")]
    # Restoring the loser is a new change that wins everywhere.
    conflict_id = desk.conflicts(b.db)[0].id
    assert "restored" in desk.restore_conflict(b, conflict_id)
    sync_all(a, b)
    assert a.annotation(ann.uuid).note == "alice's laptop"
    assert_converged(a, b)
    assert desk.conflicts(b.db)[0].restored


def test_a_deleted_annotation_is_never_brought_back(desk_url, desk_library):
    a, b = joined(desk_library, desk_url, "alice", "alice")
    doc = article(a)
    ann = a.add_annotation(doc.id, 0, 4, note="to delete")
    sync_all(a, b)
    a.delete_annotation(ann.uuid)
    time.sleep(0.01)
    b.update_annotation(ann.uuid, note="edited later, offline")  # newer than the delete
    sync_all(a, b)
    assert a.annotation(ann.uuid).deleted and b.annotation(ann.uuid).deleted
    assert_converged(a, b)
    # An undo of the delete after it reached the desk does not revive it either; what was
    # brought back waits in the conflicts list and is restored as a new annotation.
    tomb = b.annotation(ann.uuid)
    b.save_annotation(tomb.evolve(deleted=False))
    sync_all(a, b)
    assert b.annotation(ann.uuid).deleted
    revived = [c for c in desk.conflicts(b.db) if c.field == "deleted"]
    assert len(revived) == 1
    desk.restore_conflict(b, revived[0].id)
    sync_all(a, b)
    live = a.annotations(doc_in(a).id)
    assert len(live) == 1 and live[0].uuid != ann.uuid and live[0].quote == ann.quote
    assert_converged(a, b)


def test_review_trail_merges_every_entry_in_order(desk_url, desk_library):
    rita, alice = joined(desk_library, desk_url, "rita", "rita")
    doc = article(rita)
    sync_all(rita, alice)
    other = doc_in(alice)
    rita.set_claim_review(doc.id, "0:4:5:30", "needs_second_source", "one source", author="rita")
    time.sleep(0.01)
    alice.set_claim_review(other.id, "0:4:5:30", "disputed", "denied by the ministry", author="rita")
    time.sleep(0.01)
    rita.set_claim_review(doc.id, "0:4:5:30", "verified", "two sources now", author="rita")
    sync_all(rita, alice)
    assert_converged(rita, alice)
    trail = [(t.status, t.note) for t in alice.review_trail(other.id, "0:4:5:30")]
    assert trail == [("needs_second_source", "one source"), ("disputed", "denied by the ministry"),
                     ("verified", "two sources now")]
    assert alice.claim_reviews(other.id)["0:4:5:30"].status == "verified"


def test_teachings_travel_and_removals_too(desk_url, desk_library):
    a, b = joined(desk_library, desk_url, "alice", "bob")
    d = a.add_entity_decision("rename", "الأوقات المالية", "فايننشال تايمز", author="alice")
    a.add_entity_decision("reject", "ما", author="alice")
    sync_all(a, b)
    assert [x.form for x in b.entity_decisions()] == ["الأوقات المالية", "ما"]
    a.remove_entity_decision(d.id)
    sync_all(a, b)
    assert [x.form for x in b.entity_decisions()] == ["ما"]
    assert_converged(a, b)


def test_a_revised_text_travels_and_annotations_follow(desk_url, desk_library):
    a, b = joined(desk_library, desk_url, "alice", "bob")
    doc = article(a, source_path="/news/a.txt")
    ann = a.add_annotation(doc.id, TEXT.index("القروض"), TEXT.index("القروض") + 6, note="loans")
    sync_all(a, b)
    revised = "عاجل: " + TEXT
    result = a.import_document(ImportedDocument(text=revised, title=doc.title, source_path="/news/a.txt"))
    assert result.status == "revised"
    sync_all(a, b)
    bdoc = doc_in(b, revised)
    assert bdoc is not None and bdoc.revision == 2
    moved = b.annotation(ann.uuid)
    assert revised[moved.start:moved.end] == "القروض"
    assert_converged(a, b)


def test_sync_is_idempotent(desk_url, desk_library, cluster):
    a, b = joined(desk_library, desk_url, "alice", "bob")
    doc = article(a)
    a.add_annotation(doc.id, 0, 4, note="once")
    sync_all(a, b)
    before = snapshot(b)
    # Pull everything again from the start: applying each change twice changes nothing.
    with b.transaction():
        b.db.execute("UPDATE desk_state SET value = '0' WHERE key = 'last_seq'")
    report = desk.sync(b)
    assert report.received > 0 and snapshot(b) == before
    assert desk.conflicts(b.db) == []


def test_the_cli_lists_and_restores_conflicts(desk_url, desk_library, capsys):
    from reader.cli import main

    a, b = joined(desk_library, desk_url, "alice", "alice")
    doc = article(a)
    ann = a.add_annotation(doc.id, 0, 4, note="base")
    sync_all(a, b)
    b.update_annotation(ann.uuid, note="older edit")
    time.sleep(0.01)
    a.update_annotation(ann.uuid, note="newer edit")
    sync_all(a, b)
    capsys.readouterr()
    assert main(["desk", "conflicts", "--db", str(b.path)]) == 0
    line = capsys.readouterr().out.strip()
    assert "annotation “قالت”, note: kept 'newer edit'" in line and "lost 'older edit'" in line
    number = line.split()[0]
    assert main(["desk", "restore", number, "--db", str(b.path)]) == 0
    assert "restored the annotation's note" in capsys.readouterr().out
    assert b.annotation(ann.uuid).note == "older edit"
    assert main(["desk", "status", "--db", str(b.path)]) == 0
    out = capsys.readouterr().out
    assert "to send:   1" in out and "to receive: 0" in out
