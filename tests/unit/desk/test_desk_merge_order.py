"""The merge's refinements for translations and saved words give the same result whatever
order the changes arrive in (no server: changes are applied as a pull would)."""

from __future__ import annotations

import itertools

import pytest

from reader.core.desk import local, merge
from reader.core.model import ImportedDocument
from reader.core.store import Store

TEXT = "قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة شركات التكنولوجيا على البيانات."
SEG = "5b0c8f7e-0000-4000-8000-000000000001"


def _library(path, n):
    store = Store.open(path / f"lib{n}.sqlite3")
    doc = store.import_document(ImportedDocument(text=TEXT, title="خبر")).document
    with store.transaction():
        local.put(store.db, local.NODE, f"node{n}")
        key = local.Links().doc_key(store.db, doc.id)  # the article, as if pulled
        store.db.execute("DELETE FROM desk_outbox")
    return store, key


def _change(n, hlc, fields, base=None, key=SEG, entity="segment"):
    return {"entity": entity, "key": key, "hlc": f"{hlc:015d}.00000.n{n}", "author": f"user{n}",
            "base": base or {}, "fields": fields, "change_id": f"c{n}", "node": f"n{n}", "seq": n}


def _apply(store, changes):
    with store.transaction():
        local.set_applying(store.db, True)
        for c in changes:
            assert merge.apply(store.db, c)
        local.set_applying(store.db, False)
    row = store.db.execute("SELECT target, status, deleted FROM segments WHERE uuid = ?", [SEG]).fetchone()
    lost = sorted((c.field, local.dumps(c.lost_value)) for c in local.conflicts(store.db))
    return tuple(row), tuple(lost)


def _created(doc_key, hlc, n, **fields):
    selector = [0, 4, "قالت", "", TEXT[4:36]]
    base = {"doc": doc_key, "selector": selector, "target": "", "status": "draft", "note": "",
            "needs_review": False, "previous_source": "", "author": f"user{n}",
            "created": "2026-01-01T00:00:00.000Z", "orphan": False, "deleted": False}
    return _change(n, hlc, {**base, **fields})


@pytest.mark.parametrize("case", ["blanks", "deleted"])
def test_every_order_gives_the_same_segment_and_the_same_conflicts(tmp_path, case):
    _, key = _library(tmp_path, 0)
    if case == "blanks":
        # Two people cut the same segment apart: one typed (early), one left it blank (late);
        # a third typed something else in between.
        changes = [_created(key, 1000, 1, target="typed early", status="translated"),
                   _created(key, 3000, 2),
                   _created(key, 2000, 3, target="typed between")]
    else:
        # Made once, then merged away on one machine and translated on another, apart.
        made = _created(key, 1000, 1)
        clocks = {f: made["hlc"] for f in made["fields"]}
        changes = [made, _change(2, 2000, {"deleted": True}, clocks),
                   _change(3, 3000, {"target": "translated offline"}, {"target": made["hlc"]})]
    orders = list(itertools.permutations(changes)) if case == "blanks" else [
        (changes[0], *rest) for rest in itertools.permutations(changes[1:])]  # made first
    results = set()
    for n, order in enumerate(orders):
        store, _ = _library(tmp_path, 10 + n)
        results.add(_apply(store, list(order)))
        store.close()
    assert len(results) == 1, results
    (row, lost), = results
    if case == "blanks":
        assert row == ("typed between", "translated", 0)  # work beats a blank; later work wins
        assert [f for f, _ in lost] == ["target"] and "typed early" in lost[0][1]
    else:
        assert row[2] == 1 and row[0] == "translated offline"  # still deleted, edit kept in it
        assert [f for f, _ in lost] == ["deleted"] and "translated offline" in lost[0][1]
