"""Importing from the window: off the GUI thread, cancellable, with clear errors."""

from __future__ import annotations

import threading

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui.workers import ImportJob, ImportWorker

ARTICLE = "قال وزير المالية يوم الأحد إن الاقتصاد سينمو هذا العام بنسبة 3%.\n\nوأضاف أن التضخم تراجع."


def _write(tmp_path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_files_opens_the_last_one(qtbot, window, tmp_path):
    first = _write(tmp_path, "one.txt", ARTICLE)
    second = _write(tmp_path, "two.txt", "خبر ثان عن البنك المركزي والفائدة.\n\nتفاصيل الخبر.")
    with qtbot.waitSignal(window.imports.finished, timeout=20000) as done:
        window.import_files([first, second])
    report = done.args[0]
    assert [p for p, _id, _s in report.imported] == [first, second]
    assert window.current_document().id == report.imported[-1][1]
    assert len(window.library_pane.entry_ids()) == 3  # the sample and the two files
    assert window.session.recent_files()[:2] == [second, first]


def test_bad_file_shows_an_error_and_nothing_is_lost(qtbot, window, tmp_path):
    doc = window.current_document()
    start = doc.text.index("علي بابا")
    kept = window.session.annotations.add(doc.id, start, start + 8, color="green")
    bad = _write(tmp_path, "broken.docx", b"PK\x03\x04 this is not really a docx")
    missing = str(tmp_path / "missing.txt")
    with qtbot.waitSignal(window.imports.finished, timeout=20000) as done:
        window.import_files([bad, missing])
    report = done.args[0]
    assert [p for p, _m in report.errors] == [bad, missing]
    box = window.imports.last_error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "broken.docx" in box.text() and "missing.txt" in box.text()
    assert window.statusBar().currentMessage() == "Files imported: 0; could not import: 2."
    box.close()
    # the window still works and what was saved is still there
    assert window.current_document().id == doc.id
    assert window.session.store.annotation(kept.uuid).deleted is False
    assert [r.key for r in window.reader.highlight_ranges()] == [kept.uuid]
    good = _write(tmp_path, "good.txt", ARTICLE)
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        window.import_files([good])
    assert window.current_document().text.startswith("قال وزير المالية")


def test_worker_can_be_cancelled(qtbot, tmp_path, db_path):
    paths = [_write(tmp_path, f"a{i}.txt", f"خبر رقم {i}\n\n" + ARTICLE) for i in range(40)]
    job = ImportJob(paths, str(db_path))
    seen = []

    def on_progress(done, total, name):
        seen.append(done)
        if done == 3:
            job.cancel()
    job.worker.progress.connect(on_progress, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.finished, timeout=20000) as finished:
        job.start()
    report = finished.args[0]
    assert report.cancelled
    assert len(report.imported) == 3
    assert job.wait(5000)
    assert not job.thread.isRunning()


def test_cancel_button_stops_an_import(qtbot, window, tmp_path, monkeypatch):
    import reader.ui.import_controller as controller

    paths = [_write(tmp_path, f"b{i}.txt", f"خبر رقم {i}\n\n" + ARTICLE) for i in range(60)]
    before = set(window.library_pane.entry_ids())
    gate = threading.Event()

    class HeldJob(ImportJob):
        """Holds the worker at its third file until Cancel has been clicked."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.worker.progress.connect(lambda done, _t, _n: done == 2 and gate.wait(10),
                                         Qt.ConnectionType.DirectConnection)

    monkeypatch.setattr(controller, "ImportJob", HeldJob)
    job = window.import_files(paths)
    assert isinstance(job, HeldJob) and window.imports.cancel_button.isVisible()
    with qtbot.waitSignal(window.imports.finished, timeout=20000) as done:
        window.imports.cancel_button.click()
        gate.set()
    report = done.args[0]
    assert report.cancelled
    assert len(report.imported) <= 2
    assert not window.imports.progress.isVisible()
    assert len(set(window.library_pane.entry_ids()) - before) == len(report.imported)


def test_worker_opens_its_own_store(qtbot, tmp_path, db_path):
    worker = ImportWorker([_write(tmp_path, "c.txt", ARTICLE)], str(db_path))
    reports = []
    worker.finished.connect(reports.append)
    worker.run()  # on this thread, for the check: it uses a Store of its own
    assert reports[0].imported and not reports[0].errors


def test_drop_files_on_the_window(qtbot, window, tmp_path):
    path = _write(tmp_path, "dropped.txt", ARTICLE)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    args = (QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        QApplication.sendEvent(window, QDropEvent(*args))
    assert window.current_document().source_path.endswith("dropped.txt")


def test_recent_files_menu_reimports(qtbot, window, tmp_path):
    path = _write(tmp_path, "recent.txt", ARTICLE)
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        window.import_files([path])
    recent_id = window.current_document().id
    window.open_sample()
    menu = window.menus["recent"]
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.text() == "recent.txt"]
    assert len(actions) == 1
    with qtbot.waitSignal(window.imports.finished, timeout=20000) as done:
        actions[0].trigger()
    assert done.args[0].imported[0][2] == "unchanged"  # idempotent by content
    assert window.current_document().id == recent_id


def _stuck_import(monkeypatch, name: str, release: threading.Event) -> threading.Event:
    """Reading a file called ``name`` does not return until ``release`` is set; the event
    returned is set once such a read has begun."""
    import reader.core.importers as importers

    real = importers.import_file
    entered = threading.Event()

    def import_file(path, *args, **kwargs):
        if str(path).endswith(name):
            entered.set()
            release.wait(60)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(importers, "import_file", import_file)
    return entered


def test_cancel_ends_an_import_whose_parse_does_not_return(qtbot, window, tmp_path, monkeypatch):
    import reader.ui.import_controller as controller

    monkeypatch.setattr(controller, "ABANDON_AFTER_MS", 200)
    release = threading.Event()
    reading = _stuck_import(monkeypatch, "stuck.txt", release)
    stuck = _write(tmp_path, "stuck.txt", "خبر عالق\n\n" + ARTICLE)
    imports = window.imports
    job = window.import_files([stuck])
    assert imports.busy and reading.wait(10)
    queued = _write(tmp_path, "queued.txt", "خبر في الطابور\n\n" + ARTICLE)
    assert window.import_files([queued]) is None  # waits behind the stuck one
    with qtbot.waitSignal(imports.finished, timeout=10000) as done:
        imports.cancel_button.click()
    assert done.args[0].cancelled
    assert not imports.busy and not imports.progress.isVisible()
    assert job.thread.isRunning()  # still reading, in the background
    assert "background" in window.statusBar().currentMessage()
    # the next import works without a restart (the queued one was cancelled with it)
    good = _write(tmp_path, "good.txt", "خبر جديد\n\n" + ARTICLE)
    with qtbot.waitSignal(imports.finished, timeout=20000) as done:
        window.import_files([good])
    assert [p for p, _id, _s in done.args[0].imported] == [good]
    assert window.current_document().source_path == good
    # the abandoned parse returns: nothing of it is saved, and its thread ends
    titles = lambda: {e.title for e in window.session.library()}  # noqa: E731
    release.set()
    qtbot.waitUntil(lambda: not job.thread.isRunning(), timeout=10000)
    qtbot.waitUntil(lambda: job not in controller._ABANDONED, timeout=10000)
    assert "خبر عالق" not in titles() and "خبر في الطابور" not in titles()


def test_import_works_again_after_the_worker_crashed(qtbot, window, tmp_path, monkeypatch):
    import reader.core.importers as importers

    from reader.ui.workers import WorkerCrashed

    real = importers.import_file

    def import_file(path, *args, **kwargs):
        if str(path).endswith("bug.txt"):
            raise ZeroDivisionError("a bug in an importer")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(importers, "import_file", import_file)
    imports = window.imports
    with qtbot.capture_exceptions() as raised:
        with qtbot.waitSignal(imports.finished, timeout=20000) as done:
            window.import_files([_write(tmp_path, "bug.txt", ARTICLE)])
        qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    assert done.args[0].cancelled
    assert any(isinstance(exc, WorkerCrashed) for _type, exc, _tb in raised)  # not swallowed
    assert not imports.busy and not imports.progress.isVisible()
    good = _write(tmp_path, "after.txt", "خبر بعد الخطأ\n\n" + ARTICLE)
    with qtbot.waitSignal(imports.finished, timeout=20000) as done:
        window.import_files([good])
    assert [p for p, _id, _s in done.args[0].imported] == [good]


def test_closing_the_window_does_not_wait_for_a_stuck_import(qtbot, make_window, tmp_path,
                                                             monkeypatch):
    import time

    import reader.ui.import_controller as controller

    monkeypatch.setattr(controller, "SHUTDOWN_WAIT_MS", 300)
    release = threading.Event()
    reading = _stuck_import(monkeypatch, "stuck.txt", release)
    window = make_window()
    job = window.import_files([_write(tmp_path, "stuck.txt", ARTICLE)])
    assert reading.wait(10)
    started = time.monotonic()
    make_window.close(window)
    assert time.monotonic() - started < 10  # generous: it waits 0.3 s, not for the parse
    assert job in controller._ABANDONED
    release.set()
    qtbot.waitUntil(lambda: job not in controller._ABANDONED, timeout=10000)


def test_a_parse_looping_in_python_is_interrupted_after_cancel(qtbot, window, tmp_path, monkeypatch):
    import time

    import reader.core.importers as importers
    import reader.ui.import_controller as controller

    monkeypatch.setattr(controller, "ABANDON_AFTER_MS", 200)
    reading = threading.Event()
    loops = []

    def import_file(path, *args, **kwargs):
        reading.set()
        while True:  # a parse that never returns, but runs Python
            loops.append(1)
            time.sleep(0.01)

    monkeypatch.setattr(importers, "import_file", import_file)
    job = window.import_files([_write(tmp_path, "loop.txt", ARTICLE)])
    assert reading.wait(10)
    with qtbot.waitSignal(window.imports.finished, timeout=10000):
        window.imports.cancel()
    qtbot.waitUntil(lambda: not job.thread.isRunning(), timeout=10000)  # interrupted
    qtbot.waitUntil(lambda: job not in controller._ABANDONED, timeout=10000)
    stopped_at = len(loops)
    time.sleep(0.1)
    assert len(loops) == stopped_at


QUIT_WHILE_STUCK = r"""
import os, sys, tempfile, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import reader.core.importers as importers
def import_file(path, *args, **kwargs):
    while True:
        time.sleep(0.01)
importers.import_file = import_file
import reader.ui.import_controller as controller
controller.SHUTDOWN_WAIT_MS = 200
from PySide6.QtCore import QTimer
from reader.ui.app import application, create_window
from reader.ui.session import Session
app = application()
folder = tempfile.mkdtemp()
session = Session.open(os.path.join(folder, "library.sqlite3"))
window, _language, _tr = create_window(session, "en", analysis=False)
window.show()
path = os.path.join(folder, "x.txt")
open(path, "w", encoding="utf-8").write("نص")
window.import_files([path])
QTimer.singleShot(300, window.close)
code = app.exec()
session.close()
print("quit", code, flush=True)
"""


def test_quitting_while_an_import_hangs_neither_hangs_nor_crashes(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", QUIT_WHILE_STUCK], capture_output=True,
                          text=True, timeout=120, env=env)
    assert "Destroyed while thread" not in proc.stderr
    assert proc.returncode == 0 and "quit 0" in proc.stdout, proc.stderr[-2000:]
