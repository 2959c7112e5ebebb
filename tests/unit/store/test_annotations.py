import pytest

from reader.core.model import ImportedDocument
from reader.core.store import Store

TEXT = "قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة شركات التكنولوجيا على البيانات."


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as s:
        yield s


@pytest.fixture
def doc(store):
    return store.import_document(ImportedDocument(text=TEXT, title="t")).document


def test_add_stores_real_quote_and_context(store, doc):
    start = TEXT.index("الحكومة")
    a = store.add_annotation(doc.id, start, start + 7, color="green", note="n", tags=("x", "y"))
    got = store.annotation(a.uuid)
    assert got.quote == "الحكومة"
    assert got.selector.prefix.endswith("إن ") and got.selector.suffix.startswith(" تريد")
    assert got.color == "green" and got.tags == ("x", "y")


def test_delete_is_a_tombstone(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Store.open(path) as store:
        d = store.import_document(ImportedDocument(text=TEXT, title="t")).document
        a = store.add_annotation(d.id, 0, 4)
        store.delete_annotation(a.uuid)
    with Store.open(path) as store:
        assert store.annotations(d.id) == []
        (tomb,) = store.annotations(d.id, include_deleted=True)
        assert tomb.uuid == a.uuid and tomb.deleted


def test_merge_newer_wins_and_tombstones_stay(store, doc):
    a = store.add_annotation(doc.id, 0, 4, note="old")
    older = a.evolve(note="older", updated="2000-01-01T00:00:00.000Z")
    newer = a.evolve(note="newer", updated="2999-01-01T00:00:00.000Z")
    assert store.merge_annotations([older])[0].status == "unchanged"
    assert store.annotation(a.uuid).note == "old"
    assert store.merge_annotations([newer])[0].status == "updated"
    assert store.annotation(a.uuid).note == "newer"
    store.delete_annotation(a.uuid)
    revived = a.evolve(note="back", updated="3999-01-01T00:00:00.000Z")
    assert store.merge_annotations([revived])[0].status == "kept-deleted"
    assert store.annotation(a.uuid).deleted


def test_update_rejects_unknown_fields(store, doc):
    a = store.add_annotation(doc.id, 0, 4)
    with pytest.raises(ValueError):
        store.update_annotation(a.uuid, start=3)
    b = store.update_annotation(a.uuid, note="ملاحظة", tags=["t"])
    assert b.note == "ملاحظة" and b.tags == ("t",) and b.updated >= a.updated


def test_out_of_range_annotation_is_refused(store, doc):
    with pytest.raises(ValueError):
        store.add_annotation(doc.id, 5, 5)
    with pytest.raises(ValueError):
        store.add_annotation(doc.id, 0, len(TEXT) + 1)
