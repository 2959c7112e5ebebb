"""The window and other programs on one library (issue: the window lost the library when
`reader` commands ran beside it).

- The window's write-ahead log survives commands run beside it, and its writes keep working.
- What a command saves appears in the open window without a restart.
- A write that finds the library busy waits in a queue and is saved when it can be; the GUI
  thread never waits more than the window's short busy timeout.
- Undo never overwrites a change made elsewhere.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from reader.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _reader(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def _range_of(doc, phrase: str) -> tuple[int, int]:
    start = doc.text.index(phrase)
    return start, start + len(phrase)


def test_commands_beside_the_window_do_not_take_its_library(qtbot, window, db_path, tmp_path):
    doc = window.current_document()
    service = window.session.annotations
    # Let the analysis worker open (and close) its own connection, as at every start.
    qtbot.waitUntil(lambda: window.session.store is not None, timeout=2000)
    qtbot.wait(800)
    article = tmp_path / "article.txt"
    article.write_text("قالت مصادر إن السوق ارتفعت اليوم.\n", encoding="utf-8")
    for args in (("list",), ("analyze", str(article)), ("import", str(article)),
                 ("annotate", doc.id, "--quote", "جاك ما", "--occurrence", "1")):
        result = _reader(*args, "--db", str(db_path))
        assert result.returncode == 0, result.stderr
        assert Path(str(db_path) + "-wal").exists(), f"`reader {args[0]}` deleted the window's WAL"
    start, end = _range_of(doc, "مشروع مشترك")
    with qtbot.waitSignal(service.changed):
        service.add(doc.id, start, end, color="green")
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store.open(db_path) as store:
        assert {a.color for a in store.annotations(doc.id)} == {"yellow", "green"}


def test_a_note_saved_by_a_command_appears_in_the_open_window(qtbot, window, db_path, tmp_path):
    doc = window.current_document()
    result = _reader("annotate", doc.id, "--quote", "علي بابا", "--occurrence", "1",
                     "--note", "from the terminal", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    uuid = result.stdout.split()[1]
    with qtbot.waitSignal(window.session.changedElsewhere, timeout=5000):
        pass  # the watch timer notices within a second
    assert uuid in [r.key for r in window.reader.highlight_ranges()]
    assert uuid in window.annotations_panel.uuids()

    other = tmp_path / "other.txt"
    other.write_text("خبر آخر\n\nقال الوزير إن الموازنة تحقق فائضا.\n", encoding="utf-8")
    assert _reader("import", str(other), "--db", str(db_path)).returncode == 0
    assert "library" in window.session.check_for_changes()
    with Store.open(db_path) as store:
        new_id = next(e.id for e in store.library() if e.title == "خبر آخر")
    assert new_id in window.library_pane.entry_ids()


def test_a_write_that_finds_the_library_busy_is_queued_then_saved(qtbot, window, db_path):
    doc = window.current_document()
    service = window.session.annotations
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    start, end = _range_of(doc, "مشروع مشترك")
    try:
        assert service.add(doc.id, start, end, color="blue") is None  # not saved yet
        assert window.session.writes.pending == 1
        assert "busy" in window.statusBar().currentMessage()
        assert window.reader.highlight_ranges() == []  # nothing shown as saved
    finally:
        holder.execute("COMMIT")
        holder.close()
    with qtbot.waitSignal(service.changed, timeout=5000):
        pass  # the queue retries
    assert window.session.writes.pending == 0
    (a,) = service.annotations(doc.id)
    assert a.color == "blue"
    assert [r.key for r in window.reader.highlight_ranges()] == [a.uuid]


def test_queued_writes_are_saved_when_the_window_closes(qtbot, make_window, db_path):
    w = make_window()
    doc = w.open_sample()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    start, end = _range_of(doc, "جاك ما")
    w.session.annotations.add(doc.id, start, end, color="pink")
    assert w.session.writes.pending == 1
    holder.execute("COMMIT")
    holder.close()
    make_window.close(w)  # closeEvent flushes the queue before the library closes
    with Store.open(db_path) as store:
        assert [a.color for a in store.annotations(doc.id)] == ["pink"]


def test_undo_does_not_overwrite_a_colleagues_note(qtbot, window, db_path):
    doc = window.current_document()
    service = window.session.annotations
    start, end = _range_of(doc, "علي بابا")
    with qtbot.waitSignal(service.changed):
        a = service.add(doc.id, start, end, note="my note")
    with qtbot.waitSignal(service.changed):
        service.edit(a.uuid, note="my note, edited")
    with Store.open(db_path) as other:  # a colleague's note imported by another program
        other.update_annotation(a.uuid, note="a colleague's note")
    window.session.check_for_changes()
    with qtbot.waitSignal(service.failed) as refused:
        window.undo_action.trigger()
    assert "changed elsewhere" in refused.args[0]
    assert service.get(a.uuid).note == "a colleague's note"


def test_a_read_only_library_opens_and_says_so(qtbot, make_window, db_path):
    w = make_window()
    w.open_sample()
    make_window.close(w)
    from reader.ui.app import create_window
    from reader.ui.session import Session

    session = Session(Store.open(db_path, read_only=True))
    window, _lang, _tr = create_window(session, "en", analysis=False)
    qtbot.addWidget(window)
    try:
        assert "read-only" in window.statusBar().currentMessage()
        doc = window.open_sample()  # already in the library: opens without writing
        assert doc is not None
        with qtbot.waitSignal(session.annotations.failed) as refused:
            session.annotations.add(doc.id, 0, 4)
        assert "read-only" in refused.args[0]
    finally:
        window.close()
        session.close()
