"""The vocabulary's work on long texts is bounded: the library's summary is read in pieces
(the same keys as reading the article whole, each distinct word analysed once), a long
text's words are read in a window with the offsets of the whole text, and the analysis the
window and the report use leaves the glossary terms out (`reader analyze --json` keeps
them, in a compact form that reads as the contract's dicts)."""

from __future__ import annotations

import pytest

from reader.core import pieces
from reader.core.analysis import analyze, analyze_document, to_contract
from reader.core.importers import import_file
from reader.core.model import ImportedDocument
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.core.text import token_spans
from reader.core.vocab.morphology import default_morphology
from reader.core.vocab.summary import Summary, summarise, summary_steps
from reader.core.vocab.words import TermItem, article_vocabulary, is_learnable


@pytest.fixture(scope="module")
def article() -> str:
    return import_file(sample_article()).text


def test_the_piecewise_summary_has_the_keys_of_the_whole_article(article):
    whole = article_vocabulary(article)
    assert len(list(pieces.blocks(article, 600))) >= 4
    summary = summarise(article, block_chars=600)
    assert summary.lemmas == whole.lemma_keys() and len(summary.lemmas) > 100
    assert summary.terms == whole.term_keys() and len(summary.terms) > 30
    # an article is one piece by default: the same keys again
    assert summarise(article) == Summary(whole.lemma_keys(), whole.term_keys())


class _Counting:
    """The default morphology, counting the words it is asked about, and the batches."""

    def __init__(self):
        self.asked: list[str] = []
        self.batches = 0
        self.real = default_morphology()

    def analyse_many(self, words, **kw):
        self.asked.extend(words)
        self.batches += 1
        return self.real.analyse_many(words, **kw)


def test_a_long_summary_analyses_each_distinct_word_once_and_steps(article):
    book = "\n\n".join([article] * 40)
    counting = _Counting()
    summary = Summary()
    warmed, kept = [], []
    steps = summary_steps(book, summary, morphology=counting, block_chars=3000, batch=40,
                          warm=warmed.extend, keep=kept.extend)
    first = next(steps)
    assert first[1] == len(book) and not summary.terms  # it stops after a first batch
    done = [first, *steps]
    distinct = {w for w in token_spans(book)[2] if is_learnable(w)}
    assert sorted(counting.asked) == sorted(distinct)  # once each, not once per occurrence
    assert counting.batches < len(distinct) / 10  # in batches, not a word at a time
    assert warmed == counting.asked and len(kept) == len(distinct)
    assert len(done) >= len(list(pieces.blocks(book, 3000)))
    assert done[-1] == (len(book), len(book))
    assert summary == summarise(article)


def test_a_window_of_a_long_text_keeps_the_offsets_of_the_whole_text(article):
    book = "\n".join([article] * 12)
    start, end = pieces.around(book, len(book) // 2, 3000, slack=400)
    assert start <= len(book) // 2 - 3000 and end >= len(book) // 2 + 3000
    assert end - start <= 2 * (3000 + 400) and book[start - 1] in "\n " and book[end - 1] in "\n "
    part = article_vocabulary(book, window=(start, end), use_analyser=False)
    assert part.partial and part.window == (start, end)
    assert part.words and all(start <= w.start and w.end <= end for w in part.words)
    assert all(book[w.start:w.end] == w.text for w in part.words)
    assert all(start <= m.start and m.end <= end for m in part.terms) and part.terms
    whole = article_vocabulary(book, use_analyser=False)
    inside = [w for w in whole.words if start <= w.start and w.end <= end]
    assert [(w.start, w.key) for w in part.words] == [(w.start, w.key) for w in inside]
    assert part.covers(start, end) and not part.covers(start - 1, start + 5)
    assert not whole.partial and whole.covers(0, len(book))
    # at the ends of the text the window stops there; the whole text is no window
    assert pieces.around(book, 10, 3000)[0] == 0 and pieces.around(book, len(book), 3000)[1] == len(book)
    assert article_vocabulary(article, window=(0, len(article)), use_analyser=False).window is None


def test_the_window_and_report_analysis_leaves_the_terms_out(article, tmp_path):
    with Store.open(tmp_path / "lib.sqlite3") as store:
        doc = store.import_document(ImportedDocument(text=article, title="t")).document
        assert analyze_document(store, doc).vocabulary == ()
    assert analyze(article, vocabulary=False).vocabulary == ()
    full = analyze(article)
    assert full.vocabulary and all(isinstance(v, TermItem) for v in full.vocabulary)
    first = full.vocabulary[0]
    as_dict = to_contract(full)["vocabulary"][0]
    assert first == as_dict and list(as_dict) == list(TermItem.FIELDS)
    assert as_dict["text"] == article[as_dict["start"]:as_dict["end"]]


def test_terms_of_a_long_text_are_shifted_to_their_piece(article):
    book = "\n\n".join([article] * 6)
    in_pieces = to_contract(analyze(book, noise=(), block_chars=3000))["vocabulary"]
    assert len(list(pieces.blocks(book, 3000))) > 4
    assert in_pieces == to_contract(analyze(book, noise=(), block_chars=len(book)))["vocabulary"]
    assert len(in_pieces) > 6 * 40 and all(book[v["start"]:v["end"]] == v["text"] for v in in_pieces)
