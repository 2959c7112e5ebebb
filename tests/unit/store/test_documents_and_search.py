import pytest

from reader.core.errors import NotFoundError, ReaderError
from reader.core.model import ImportedDocument
from reader.core.store import Store

ARTICLE = (
    "البنك المركزي يرفع سعر الفائدة\n\n"
    "قال البنك المركزي إن القُرُوض الصغيرة ارتفعت بنسبة 5.47 في المئة هذا العام.\n\n"
    "وأضاف أن المصارف ستلتزم بالقواعد الجديدة وبالقروض المضمونة."
)
OTHER = "وزارة الصحة تعلن خطة جديدة\n\nأعلنت وزارة الصحة عن خطة لتطعيم الأطفال في المدارس."


def _doc(text, title=None, path="", **kw):
    return ImportedDocument(text=text, title=title or text.split("\n")[0], source_path=path, **kw)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as s:
        yield s


def test_import_is_idempotent(store):
    first = store.import_document(_doc(ARTICLE, path="/a.txt"))
    again = store.import_document(_doc(ARTICLE, path="/a.txt"))
    assert first.status == "new" and again.status == "unchanged"
    assert again.document.id == first.document.id
    assert len(store.library()) == 1


def test_library_lists_counts(store):
    doc = store.import_document(_doc(ARTICLE, outlet="الأهرام", date="2024-03-01")).document
    store.add_annotation(doc.id, 0, 5, note="عنوان")
    (entry,) = store.library()
    assert entry.title == "البنك المركزي يرفع سعر الفائدة"
    assert entry.outlet == "الأهرام" and entry.date == "2024-03-01"
    assert entry.annotations == 1
    assert entry.words == len(ARTICLE.split())


@pytest.mark.parametrize(
    "query",
    ["قروض", "القروض", "وبالقروض", "القُرُوض", "المئه", "المركزى", "5.47", "البنك المركزي", "مصارف"],
)
def test_search_ignores_diacritics_variants_and_clitics(store, query):
    a = store.import_document(_doc(ARTICLE)).document
    store.import_document(_doc(OTHER))
    hits = store.search(query)
    assert [h.doc_id for h in hits] == [a.id]


def test_search_snippet_points_at_the_real_text(store):
    a = store.import_document(_doc(ARTICLE)).document
    (hit,) = store.search("قروض")
    assert a.text[hit.start:hit.end] in ("القُرُوض", "وبالقروض")
    assert "القُرُوض" in hit.snippet


def test_search_phrase_and_prefix(store):
    store.import_document(_doc(ARTICLE))
    b = store.import_document(_doc(OTHER)).document
    assert [h.doc_id for h in store.search('"وزارة الصحة"')] == [b.id]
    assert store.search('"الصحة وزارة"') == []
    assert [h.doc_id for h in store.search("تطعي*")] == [b.id]


def test_search_finds_notes(store):
    doc = store.import_document(_doc(OTHER)).document
    a = store.add_annotation(doc.id, 0, 5, note="مصطلح الائتمان المهم", tags=("مالية",))
    hits = store.search("ائتمان")
    assert [(h.kind, h.ref) for h in hits] == [("note", a.uuid)]
    store.delete_annotation(a.uuid)
    assert store.search("ائتمان") == []


def test_empty_search_is_a_user_error(store):
    with pytest.raises(ReaderError):
        store.search("  ،  ")


def test_revised_article_keeps_its_annotations(store):
    doc = store.import_document(_doc(ARTICLE, path="/news/a.txt")).document
    start = ARTICLE.index("القُرُوض")
    ann = store.add_annotation(doc.id, start, start + len("القُرُوض الصغيرة"), note="مصطلح")
    gone_start = ARTICLE.index("المصارف")
    gone = store.add_annotation(doc.id, gone_start, gone_start + len("المصارف ستلتزم"))
    revised = "تحديث: " + ARTICLE.replace("وأضاف أن المصارف ستلتزم بالقواعد الجديدة", "وأضاف أن الحكومة راضية")
    result = store.import_document(_doc(revised, title=doc.title, path="/news/a.txt"))
    assert result.status == "revised" and result.document.id == doc.id
    assert result.document.revision == 2
    moved = store.annotation(ann.uuid)
    assert revised[moved.start:moved.end] == "القُرُوض الصغيرة"
    assert moved.note == "مصطلح" and not moved.orphan
    orphan = store.annotation(gone.uuid)
    assert orphan.orphan and orphan.quote == "المصارف ستلتزم"
    old = store.db.execute("SELECT text FROM document_revisions WHERE doc_id = ?", [doc.id]).fetchone()
    assert old[0] == ARTICLE


def test_resolve_by_id_prefix_and_title(store):
    doc = store.import_document(_doc(ARTICLE)).document
    assert store.resolve(doc.id[:8]).id == doc.id
    assert store.resolve("سعر الفائده").id == doc.id
    with pytest.raises(NotFoundError):
        store.resolve("لا يوجد")


def test_reading_position_and_settings_persist(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Store.open(path) as s:
        doc = s.import_document(_doc(ARTICLE)).document
        s.set_reading_position(doc.id, 42)
        s.set_setting("theme", "sepia")
    with Store.open(path) as s:
        assert s.reading_position(doc.id) == 42
        assert s.setting("theme") == "sepia"
        assert s.setting("missing", "x") == "x"


def test_the_library_list_counts_characters_without_reading_texts(tmp_path):
    """The list gives each text's length from a column kept beside it (reading a 10 MB
    text in full to count it held the window up), also for a revised text."""
    from reader.core.model import ImportedDocument

    with Store.open(tmp_path / "lib.sqlite3") as s:
        doc = s.import_document(ImportedDocument(text="نص قصير.", title="t",
                                                 source_path="/x.txt")).document
        assert s.library()[0].chars == len("نص قصير.")
        s.import_document(ImportedDocument(text="نص أطول قليلا من الأول.", title="t",
                                           source_path="/x.txt"))
        (entry,) = s.library()
        assert entry.id == doc.id and entry.chars == len("نص أطول قليلا من الأول.")
        assert s.db.execute("SELECT chars FROM documents").fetchone()[0] == entry.chars
