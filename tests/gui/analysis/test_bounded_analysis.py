"""Long analyses never hold up the window: they run in pieces off the GUI thread, stop
between pieces when cancelled or when the window closes, and their results are shown a
slice at a time (bench/bench_large.py has the figures for a 10 MB book)."""

from __future__ import annotations

import threading
import time

from analysis_helpers import ARTICLE_A, ARTICLE_B, import_article, wait_for_analysis
from PySide6.QtCore import Qt

import reader.core.analysis as core_analysis
from reader.core import pieces
from reader.core.importers import import_file
from reader.core.model import ImportedDocument
from reader.core.resources import sample_article


def _long_article(window, copies: int = 8):
    text = "\n\n".join([import_file(sample_article()).text.strip()] * copies) + "\n"
    doc = window.session.store.import_document(ImportedDocument(text=text, title="كتاب")).document
    window.refresh_library()
    return doc


def _count_pieces(monkeypatch, block: int = 3000, delay: float = 0.0):
    """Pieces of ``block`` characters, each taking ``delay`` s more; returns the list of
    pieces analysed (their sizes)."""
    monkeypatch.setattr(pieces, "BLOCK_CHARS", block)
    seen = []
    real = core_analysis._analyze_piece

    def spy(text, *args):
        seen.append(len(text))
        time.sleep(delay)
        return real(text, *args)

    monkeypatch.setattr(core_analysis, "_analyze_piece", spy)
    return seen


def test_the_worker_stops_between_the_pieces_of_an_article(qtbot, window, monkeypatch):
    from reader.ui.analysis.analysis_worker import AnalysisWorker

    seen = _count_pieces(monkeypatch)
    doc = _long_article(window)
    total = len(list(pieces.blocks(doc.text, 3000)))
    worker = AnalysisWorker([doc.id], str(window.session.db_path), use_cache=False)
    worker.progress.connect(lambda done, _t, _n: done > 0 and worker.cancel(),
                            Qt.ConnectionType.DirectConnection)
    reports = []
    worker.finished.connect(reports.append, Qt.ConnectionType.DirectConnection)
    worker.run()  # here, for the check
    assert reports[0].cancelled and not reports[0].results
    assert 1 <= len(seen) < total > 4
    assert max(seen) <= 3000


def test_closing_the_window_stops_a_long_analysis(qtbot, make_window, monkeypatch):
    seen = _count_pieces(monkeypatch, delay=0.05)
    window = make_window()
    f = window.analysis_feature
    doc = _long_article(window)
    window.open_document(doc.id)
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=30000)
    jobs = list(f.analyses._jobs)
    make_window.close(window)
    assert jobs and not any(job.thread.isRunning() for job in jobs)
    assert len(seen) < len(list(pieces.blocks(doc.text, 3000)))  # it did not run to the end


def test_a_large_analysis_fills_the_tabs_a_slice_at_a_time(qtbot, window, monkeypatch):
    import reader.ui.analysis.integration as integration
    from reader.ui.analysis.slices import SlicedWork

    f = window.analysis_feature
    doc = _long_article(window, copies=3)
    window.open_document(doc.id)
    whole = wait_for_analysis(qtbot, f, doc.id)
    at_once = (len(f.entities_tab.groups()), f.claims_tab.list.count(),
               len(window.reader.marks("entities")), len(window.reader.marks("claims")))
    monkeypatch.setattr(integration, "FILL_AT_ONCE", 10)
    slices = []
    real = SlicedWork._slice
    monkeypatch.setattr(SlicedWork, "_slice", lambda self: slices.append(1) or real(self))
    f.filling.slice_ms = 0  # one step per slice: the event loop runs between all of them
    window.open_sample()
    window.open_document(doc.id)  # its analysis is in memory: shown at once, but in slices
    assert f.analysis is None and f.filling.busy
    wait_for_analysis(qtbot, f, doc.id)
    assert len(slices) > 10
    assert f.analysis is whole
    assert (len(f.entities_tab.groups()), f.claims_tab.list.count(),
            len(window.reader.marks("entities")), len(window.reader.marks("claims"))) == at_once


def test_who_said_what_gathers_the_sources_in_the_worker(qtbot, window, monkeypatch):
    from reader.core.reports.who_said_what import SourceCollector

    threads = []
    real = SourceCollector.add
    monkeypatch.setattr(SourceCollector, "add", lambda self, *args: threads.append(
        threading.current_thread() is threading.main_thread()) or real(self, *args))
    import_article(window, ARTICLE_A, "خطة العجز")
    import_article(window, ARTICLE_B, "الصادرات")
    dialog = window.analysis_feature.show_who_said_what()
    with qtbot.waitSignal(dialog.loaded, timeout=60000):
        pass
    assert threads and not any(threads)  # never on the GUI thread
    assert len(threads) == len(window.session.library())
    report_results = dialog.entries
    assert report_results and sum(e.claims for e in report_results) > 0


def test_the_analyses_kept_in_memory_are_bounded(qtbot, window, monkeypatch):
    import reader.ui.analysis.analysis_service as service

    monkeypatch.setattr(service, "MAX_KEPT", 2)
    f = window.analysis_feature
    docs = [import_article(window, ARTICLE_A, "أ"), import_article(window, ARTICLE_B, "ب")]
    docs.append(window.open_sample())
    for doc in docs:
        window.open_document(doc.id)
        wait_for_analysis(qtbot, f, doc.id)
    assert [d for d in (doc.id for doc in docs) if f.analyses.analysis(d) is not None] == [
        docs[1].id, docs[2].id]
