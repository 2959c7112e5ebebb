"""Local change capture, without a server: triggers made from the one registry of shared
tables catch every write path; a new table is shared by registering it, nothing else."""

from __future__ import annotations

import json

import pytest

from reader.core.desk import capture, local, merge, tables
from reader.core.model import ImportedDocument
from reader.core.store import Store

TEXT = "قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة شركات التكنولوجيا على البيانات."


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "lib.sqlite3")
    yield s
    s.close()


def _join_offline(store):
    """What `desk join` does locally (the desk itself is not needed to capture)."""
    with store.transaction():
        local.put(store.db, local.NODE, "node1")
        local.put(store.db, local.USER, "alice")
        return capture.install(store.db)


def _outbox(store):
    return sorted((e, json.loads(k)) for e, k, _ in store.db.execute("SELECT * FROM desk_outbox"))


def test_a_library_without_a_desk_has_no_triggers(store):
    store.import_document(ImportedDocument(text=TEXT, title="t"))
    assert capture.installed(store.db) == []
    assert _outbox(store) == []


def test_joining_queues_what_exists_and_every_write_path_is_captured(store, tmp_path):
    doc = store.import_document(ImportedDocument(text=TEXT, title="t")).document
    assert _join_offline(store) == 1
    assert _outbox(store) == [("article", [doc.id])]
    a = store.add_annotation(doc.id, 0, 4, note="n")
    store.set_claim_review(doc.id, "k", "verified")
    d = store.add_entity_decision("reject", "ما")
    # Another program (the command line) writing to the same library is captured too.
    from reader.cli import main

    main(["annotate", doc.id, "--quote", "مصادر", "--db", str(store.path)])
    entities = [e for e, _ in _outbox(store)]
    assert entities.count("annotation") == 2
    assert {"review", "trail", "teaching"} <= set(entities)
    with store.transaction():
        assert merge.prepare(store.db) == 6  # article, 2 annotations, review, trail, teaching
    assert _outbox(store) == []
    store.remove_entity_decision(d.id)  # a removal becomes a tombstone
    store.update_annotation(a.uuid, color="green")
    with store.transaction():
        merge.prepare(store.db)
    pending = [(e, json.loads(f)) for e, f in store.db.execute(
        "SELECT entity, fields FROM desk_pending ORDER BY seq DESC LIMIT 2")]
    assert ("annotation", {"color": "green"}) in pending  # only the field that changed
    assert ("teaching", {"deleted": True}) in pending


def test_changes_pulled_from_the_desk_are_not_sent_back(store):
    doc = store.import_document(ImportedDocument(text=TEXT, title="t")).document
    _join_offline(store)
    with store.transaction():
        merge.prepare(store.db)
        local.set_applying(store.db, True)
        store.db.execute("UPDATE documents SET title = 'from the desk' WHERE id = ?", [doc.id])
        local.set_applying(store.db, False)
    assert _outbox(store) == []


def test_a_new_table_is_shared_by_registering_it(store, monkeypatch):
    """A later feature adds one Table to the registry; the triggers and the first queueing
    of its rows follow on the next sync, with no other change."""
    with store.transaction():
        store.db.execute("CREATE TABLE saved_words_demo (id INTEGER PRIMARY KEY, lemma TEXT)")
        store.db.execute("INSERT INTO saved_words_demo (lemma) VALUES ('قرض')")
    _join_offline(store)
    assert capture.up_to_date(store.db)  # made from today's registry

    class SavedWords(tables.Table):
        def read(self, db, links, local_key):
            row = db.execute("SELECT lemma FROM saved_words_demo WHERE id = ?", local_key).fetchone()
            return (tables.content_key(row[0]), {"lemma": row[0]}) if row else None

    monkeypatch.setattr(tables, "TABLES", dict(tables.TABLES))
    monkeypatch.setattr(capture, "TABLES", tables.TABLES)
    monkeypatch.setattr(merge, "TABLES", tables.TABLES)
    tables.register(SavedWords("demo_word", "saved_words_demo", ("id",), "log", "owner", 50))
    assert not capture.up_to_date(store.db)
    with store.transaction():
        assert capture.install(store.db) == 1  # the row saved before it was shared
    with store.transaction():
        store.db.execute("INSERT INTO saved_words_demo (lemma) VALUES ('ائتمان')")
    assert [k for e, k in _outbox(store) if e == "demo_word"] == [[1], [2]]
    with store.transaction():
        merge.prepare(store.db)
    sent = [json.loads(f)["lemma"] for (f,) in store.db.execute(
        "SELECT fields FROM desk_pending WHERE entity = 'demo_word' ORDER BY seq")]
    assert sent == ["قرض", "ائتمان"]
