"""The window's morphological analyser runs in a helper process its vocabulary worker owns:
started on the first words that need it (after the quick pass is painted), ended when the
window closes (also while it loads), restarted once with a message in the status bar when it
dies, and a one-line message when it cannot start; the quick pass is kept then."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.vocab import morph_client


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _open_sample(qtbot, window, complete=True):
    doc = window.open_sample()
    feature = window.vocabulary
    qtbot.waitUntil(lambda: feature.vocabulary is not None and (feature.complete or not complete),
                    timeout=120000)
    return doc, feature


def test_the_analyser_runs_in_its_own_process_and_ends_with_the_window(qtbot, make_window):
    window = make_window()
    feature = window.vocabulary
    passes = []  # (complete, helpers started) as the worker sends each pass
    feature.worker.worker.articleReady.connect(
        lambda _id, _v, complete: passes.append((complete, feature.worker.analyser.started)),
        Qt.ConnectionType.DirectConnection)
    doc, feature = _open_sample(qtbot, window)
    # the worker thread records its pass after posting it to the window: wait for the record too
    qtbot.waitUntil(lambda: bool(passes) and passes[-1][0], timeout=20000)
    client = feature.worker.analyser
    assert isinstance(client, morph_client.AnalyserClient)
    pid = client.pid
    assert pid is not None and pid != os.getpid() and _alive(pid)
    assert passes[0][0] is False and passes[-1] == (True, 1)  # the quick pass first
    assert client.batches >= 1 and feature.vocabulary.analyses["والقروض"].source == "glossary"
    assert any(a.source == "analyser" for a in feature.vocabulary.analyses.values())
    # the word panel reads the worker's memory cache
    assert feature.worker.morphology.cached("والقروض") is not None
    make_window.close(window)
    qtbot.waitUntil(lambda: not _alive(pid), timeout=20000)
    assert feature.worker.thread.isFinished()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_helper_that_dies_is_restarted_once_with_a_message(qtbot, make_window, lang):
    window = make_window(lang)
    _doc, feature = _open_sample(qtbot, window)
    worker = feature.worker
    pid = worker.analyser.pid
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not _alive(pid), timeout=20000)
    with qtbot.waitSignal(worker.wordReady, timeout=60000) as ready:
        worker.request_word("يكتبون")
    word, analysis = ready.args
    assert (word, analysis.lemma, analysis.root, analysis.source) == ("يكتبون", "كتب", "ك ت ب", "analyser")
    assert worker.analyser.started == 2 and worker.analyser.pid not in (None, pid)
    message = window.statusBar().currentMessage()
    if lang == "en":
        assert message == "The word analyser stopped (ended by signal SIGKILL) and was restarted."
    else:
        assert message.startswith("توقف المحلل الصرفي (أُنهي بالإشارة SIGKILL)")
    window.grab().save(f"/tmp/vocab-analyser-restarted-{lang}.png")
    # a second death: said once, in one line; the window goes on without the analyser
    said = []
    worker.failed.connect(said.append)
    os.kill(worker.analyser.pid, signal.SIGKILL)
    for word in ("والمعلمون", "فسيكتبونها"):
        worker.request_word(word)
    qtbot.waitUntil(lambda: worker.worker.taken == worker.worker.posted and len(said) == 1,
                    timeout=60000)
    assert "\n" not in said[0] and ("stopped again" in said[0] or "مرة أخرى" in said[0])
    assert worker.analyser.started == 2


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_helper_that_cannot_start_says_so_and_the_quick_pass_stays(qtbot, make_window,
                                                                     monkeypatch, lang):
    monkeypatch.setattr(morph_client, "server_command", lambda: [
        sys.executable, "-c", "import sys; sys.exit('farahidi: no module named farahidi')"])
    window = make_window(lang)
    said = []
    window.vocabulary.worker.failed.connect(said.append)
    _doc, feature = _open_sample(qtbot, window, complete=False)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=60000)
    cause = "\u2068farahidi: no module named farahidi\u2069"
    if lang == "en":
        assert said == [f"The word analyser could not start (exit code 1: {cause}); words are "
                        "shown without their lemma until the window is reopened."]
    else:
        assert said == [f"تعذّر تشغيل المحلل الصرفي (رمز الخروج 1: {cause})؛ تُعرض الكلمات دون "
                        "أصلها المعجمي حتى تُفتح النافذة من جديد."]
    assert window.statusBar().currentMessage() == said[0]
    window.grab().save(f"/tmp/vocab-analyser-cannot-start-{lang}.png")
    assert feature.vocabulary is not None and not feature.complete  # the quick pass is shown
    assert len(feature.vocabulary.words) > 100
    worker = feature.worker
    worker.request_word("يكتبون")  # no second message, no second try
    qtbot.waitUntil(lambda: worker.worker.taken == worker.worker.posted, timeout=20000)
    assert len(said) == 1 and worker.analyser.started == 1


def test_closing_the_window_while_the_helper_loads_ends_it(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(morph_client, "server_command", lambda: [
        sys.executable, "-c", "import time; time.sleep(600)"])  # never ready
    window = make_window()
    _doc, feature = _open_sample(qtbot, window, complete=False)
    client = feature.worker.analyser
    qtbot.waitUntil(lambda: client.pid is not None, timeout=20000)
    pid = client.pid
    make_window.close(window)
    assert feature.worker.thread.isFinished()
    qtbot.waitUntil(lambda: not _alive(pid), timeout=20000)
