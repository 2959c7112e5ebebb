"""A long text's vocabulary layer is bounded: its words are read around the reading position
(read again when the reader moves on), its marks are placed a slice at a time, the status
bar and the word panel say that only that part is covered, and the library's counts come
from a summary read in pieces. An article is read whole, its marks placed at once, and
nothing is said (bench/bench_large.py has the figures for a 10 MB text)."""

from __future__ import annotations

import pytest

from reader.core.importers import import_file
from reader.core.model import ImportedDocument
from reader.core.pieces import BLOCK_CHARS
from reader.core.resources import sample_article
from reader.core.text import token_spans
from reader.core.vocab import library as lib
from reader.core.vocab.summary import summarise
from reader.core.vocab.words import is_learnable
from reader.ui.analysis.slices import SlicedWork
from reader.ui.layout_wait import LAYOUT_FIRST_CHARS
from reader.ui.vocab import reading_window
from reader.ui.vocab.vocab_worker import SUMMARY_KEY, _Worker

#: The most characters a window may hold: the reach on each side and a cut on each side.
WINDOW_MAX = 2 * (reading_window.REACH + 4000)


def _long_text() -> str:
    """Longer than the layout wait's threshold too (the words are asked for once Qt has
    laid the text out)."""
    article = import_file(sample_article()).text.strip()
    longest = max(reading_window.LONG_TEXT_CHARS, LAYOUT_FIRST_CHARS)
    copies = longest // len(article) + 20
    return "\n\n".join(f"{i}. {article}" for i in range(copies)) + "\n"


def _open_long(qtbot, window):
    text = _long_text()
    doc = window.session.store.import_document(ImportedDocument(text=text, title="كتاب")).document
    window.refresh_library()
    window.open_document(doc.id)
    feature = window.vocabulary
    assert feature.worker.worker.held  # no summary runs beside Qt's layout of the text
    qtbot.waitUntil(lambda: feature.vocabulary is not None and feature.complete, timeout=120000)
    assert not feature.worker.worker.held
    qtbot.waitUntil(lambda: not feature.layer.filling.busy, timeout=30000)
    return doc, feature


def _spy_fills(monkeypatch) -> list[bool]:
    """Record how each vocabulary fill runs: at once (True) or a slice at a time."""
    runs: list[bool] = []
    real = SlicedWork.start

    def start(self, steps, at_once=False):
        runs.append(at_once)
        return real(self, steps, at_once)

    monkeypatch.setattr(SlicedWork, "start", start)
    return runs


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_long_text_is_read_around_the_reading_position(qtbot, make_window, lang, monkeypatch):
    runs = _spy_fills(monkeypatch)
    window = make_window(lang)
    window.resize(1200, 800)
    feature = window.vocabulary
    feature.learner_action.setChecked(True)
    doc, feature = _open_long(qtbot, window)
    v = feature.vocabulary
    total_words = len(token_spans(doc.text)[2])
    start, end = v.window
    assert v.partial and start == 0 and end - start <= WINDOW_MAX < len(doc.text) // 4
    assert len(v.words) < total_words // 4
    assert all(start <= w.start and w.end <= end for w in v.words)
    marks = window.reader.marks("vocabulary")
    assert marks and len(marks) <= len(v.words) + 2 * len(v.terms)
    assert all(start <= a and b <= end for a, b, _f, _k in marks)
    assert any(k.startswith("new:") for *_r, k in marks)  # learner tints
    assert False in runs  # a slice at a time, not all at once
    note = feature.layer.note
    assert note.isVisible() and note.text()
    if lang == "en":
        assert "reading position" in note.text()

    # a word: its occurrences are those of the part read, and the panel says so
    word = v.words[len(v.words) // 2]
    assert feature.look_up_at(word.start)
    panel = feature.panel
    assert panel.occ_note.isVisible() and 1 <= panel.occurrences.count() <= len(v.words)
    window.grab().save(f"/tmp/vocab-long-{lang}.png")

    # the reader moves on: the part around the new position is read, the old one let go
    far = len(doc.text) - 5000
    window.reader.scroll_to_offset(far)
    qtbot.waitUntil(lambda: feature.vocabulary is not None and feature.vocabulary.window != (start, end)
                    and feature.complete, timeout=120000)
    qtbot.waitUntil(lambda: not feature.layer.filling.busy, timeout=30000)
    a, b = feature.vocabulary.window
    assert a <= far - reading_window.REACH and b == len(doc.text) and b - a <= WINDOW_MAX
    marks = window.reader.marks("vocabulary")
    assert marks and all(a <= m[0] and m[1] <= b for m in marks)
    # marking the page known covers the words on screen, which are now read
    assert feature.mark_page_known() > 0


def test_the_library_counts_of_a_long_text_come_from_its_summary(qtbot, make_window):
    window = make_window()
    doc, feature = _open_long(qtbot, window)
    store = window.session.store
    qtbot.waitUntil(lambda: lib.article_summary(store, doc.sha256, SUMMARY_KEY) is not None,
                    timeout=120000)
    lemmas, terms = lib.article_summary(store, doc.sha256, SUMMARY_KEY)
    whole = summarise(doc.text)
    assert set(lemmas) == whole.lemmas and set(terms) == whole.terms
    assert set(lemmas) >= feature.vocabulary.lemma_keys()  # the whole text, not the window
    window.refresh_library()
    assert "unknown words:" in window.library_pane.list.item(0).text() or \
        "unknown words:" in window.library_pane.list.item(1).text()


def test_an_article_is_read_whole_and_marked_at_once(qtbot, make_window, monkeypatch):
    runs = _spy_fills(monkeypatch)
    window = make_window()
    feature = window.vocabulary
    window.open_sample()
    qtbot.waitUntil(lambda: feature.vocabulary is not None and feature.complete, timeout=120000)
    v = feature.vocabulary
    assert not v.partial and v.window is None
    assert len(v.words) == sum(map(is_learnable, token_spans(window.current_document().text)[2]))
    assert runs and all(runs)  # every fill at once, as before
    assert not feature.layer.note.isVisible()
    assert feature.look_up_at(v.words[3].start) and not feature.panel.occ_note.isVisible()


def test_summaries_give_way_to_what_the_window_asks(qtbot, db_path):
    """Between two steps of a summary, a request the window has sent is answered first."""
    worker = _Worker(str(db_path))
    text = _long_text()[:3 * BLOCK_CHARS]
    steps = []
    real = worker._summary_steps

    def counted(doc_id, sha, text):
        for step in real(doc_id, sha, text):
            steps.append(step)
            yield step

    worker._summary_steps = counted
    worker._add_job("doc", "sha", text)
    worker.posted = 1  # a request is waiting
    worker._run_jobs()
    assert not steps and worker.jobs  # nothing done: the request goes first
    worker.taken = 1  # answered, but the window holds the jobs (it lays out a long text)
    worker.held = True
    worker._run_jobs()
    assert not steps and worker.jobs
    with qtbot.waitSignal(worker.summaryReady, timeout=120000) as ready:
        worker.held = False  # let go (VocabWorker.hold_jobs): the job goes on, by itself
        worker._resume.emit()
    assert ready.args == ["doc"] and len(steps) >= 3 and not worker.jobs
    assert lib.article_summary(worker._store(), "sha", SUMMARY_KEY) is not None
    worker.close()
