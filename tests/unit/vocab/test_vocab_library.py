"""Statuses, saved words, reviews and caches in the library (migration 0005)."""

import pytest

from reader.core.errors import ConflictError
from reader.core.store import Store
from reader.core.vocab import library as lib
from reader.core.vocab.review import card_state, intervals, review


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as s:
        yield s


def test_statuses_are_shared_by_lemma_and_new_is_no_row(store):
    assert lib.status(store, "قرض") == "new"
    before = lib.set_statuses(store, {"قرض": ("قرض", "learning2"), "سهم": ("سهم", "known")})
    assert before == {"قرض": "new", "سهم": "new"}
    assert lib.statuses(store, ["قرض", "سهم", "نفط"]) == {"قرض": "learning2", "سهم": "known"}
    lib.set_statuses(store, {"قرض": ("قرض", "new")})
    assert lib.status(store, "قرض") == "new"
    with pytest.raises(ValueError):
        lib.set_statuses(store, {"قرض": ("قرض", "famous")})


def test_an_undo_does_not_overwrite_a_change_made_elsewhere(store):
    lib.set_statuses(store, {"قرض": ("قرض", "known")})
    with pytest.raises(ConflictError):
        lib.set_statuses(store, {"قرض": ("قرض", "new")}, expected={"قرض": "learning1"})
    assert lib.status(store, "قرض") == "known"


def test_saving_a_word_makes_it_learning_and_due_and_delete_keeps_a_tombstone(store):
    w = lib.new_saved_word("قرض", "القروض", lemma="قرض", gloss="loan", sentence="منح القروض.")
    lib.put_saved(store, w)
    assert lib.status(store, "قرض") == "learning1"
    assert lib.saved_for_key(store, "قرض").gloss == "loan"
    assert lib.due_count(store) == 1
    gone = lib.put_saved(store, w.evolve(deleted=True), expected=w)
    assert lib.saved_words(store) == []
    assert lib.saved_words(store, include_deleted=True)[0].deleted
    with pytest.raises(ConflictError):  # another window's state is not overwritten
        lib.put_saved(store, w, expected=w.evolve(gloss="other"))
    lib.put_saved(store, w, expected=gone)
    assert lib.saved_words(store)[0].uuid == w.uuid


def test_a_review_moves_the_card_and_its_undo_restores_it(store):
    w = lib.new_saved_word("سهم", "الأسهم", lemma="سهم")
    lib.put_saved(store, w)
    card, due = review(w.card, 4)
    after = w.evolve(card=card, due=due)
    review_id = lib.record_review(store, w, after, 4)
    assert lib.due_count(store) == 0 and card_state(card) == "review"
    assert lib.review_count(store, w.uuid) == 1
    with pytest.raises(ConflictError):
        lib.record_review(store, w, after, 3)  # the card is no longer what was shown
    lib.undo_review(store, review_id, w, after)
    assert lib.due_count(store) == 1 and lib.review_count(store, w.uuid) == 0


def test_easy_is_longer_than_good_than_again(store):
    w = lib.new_saved_word("سهم", "سهم")
    spans = intervals(w.card)
    assert spans[1] < spans[3] < spans[4]


def test_caches_of_analyses_and_article_summaries(store):
    lib.save_analyses(store, [{"word": "القروض", "lemma": "قرض"}], "a1")
    assert lib.cached_analyses(store, ["القروض", "x"], "a1") == {"القروض": {"word": "القروض", "lemma": "قرض"}}
    assert lib.cached_analyses(store, ["القروض"], "a2") == {}
    lib.save_article_summary(store, "sha", "a1", ["قرض", "قرض"], ["سهم"])
    assert lib.article_summary(store, "sha", "a1") == (["قرض"], ["سهم"])
