"""Search and references on odd input: repeated words count once, queries and limits are
bounded, and LIKE wildcards in a reference are plain characters."""

import pytest

from reader.core.errors import NotFoundError, ReaderError
from reader.core.model import ImportedDocument
from reader.core.store import Store
from reader.core.store import search as search_module
from reader.core.store.search import MAX_QUERY_TERMS, MAX_RESULTS, build_match

LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمن"
WORDS = [f"ك{a}{b}" for a in LETTERS for b in LETTERS]  # different words, no digits
ARTICLE = "البنك المركزي يرفع سعر الفائدة\n\nقال البنك إن القروض الصغيرة ارتفعت."


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as s:
        s.import_document(ImportedDocument(text=ARTICLE, title="البنك المركزي يرفع سعر الفائدة"))
        yield s


def test_a_word_repeated_is_one_clause():
    assert build_match("القروض " * 100) == build_match("القروض")
    assert build_match('"البنك المركزي" ' * 50) == build_match('"البنك المركزي"')


def test_too_many_different_words_are_refused():
    build_match(" ".join(WORDS[:MAX_QUERY_TERMS]))
    with pytest.raises(ReaderError, match="too many different words"):
        build_match(" ".join(WORDS[:MAX_QUERY_TERMS + 1]))


def test_a_query_too_long_is_refused(store):
    with pytest.raises(ReaderError, match="too long"):
        store.search("ا" * (search_module.MAX_QUERY_CHARS + 1))


def test_patterns_are_one_per_different_word():
    assert len(search_module._patterns("القروض " * 1000)) == 1
    many = " ".join(WORDS[:100])
    assert len(search_module._patterns(many)) == MAX_QUERY_TERMS


def test_the_limit_is_clamped(store):
    assert len(store.search("القروض", limit=10**20)) == 1
    assert len(store.search("القروض", limit=0)) == 1
    assert MAX_RESULTS == 1000


@pytest.mark.parametrize("ref", ["____", "%%%%", "____%", "\\\\\\\\"])
def test_like_wildcards_are_literal(store, ref):
    with pytest.raises(NotFoundError):
        store.resolve(ref)


def test_an_id_prefix_still_resolves(store):
    (entry,) = store.library()
    assert store.resolve(entry.id[:6]).id == entry.id
