"""Many programs on one library: the window and the command line at the same time.

The bug these tests keep fixed: opening the library file outside SQLite (to read its header)
in a process that already had a connection dropped that connection's POSIX locks; the next
command-line program to close then deleted the window's write-ahead log, and the library was
lost. Each test runs real processes on one library file.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.errors import ConflictError, LibraryBusyError
from reader.core.store import Store

WORKER = Path(__file__).with_name("library_worker.py")
ARTICLE = (
    "قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء سيطرة الشركات على البيانات.\n\n"
    "وأضافت المصادر أن القروض الصغيرة غير المضمونة ستنتقل إلى شركة جديدة.\n"
)
#: SIGKILL rounds per kind of writer (READER_KILL_ROUNDS=200 for a long run by hand).
KILL_ROUNDS = int(os.environ.get("READER_KILL_ROUNDS", "5"))


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[3]) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _worker(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.PIPE, text=True, env=_env(), **kw)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          env=_env(), timeout=120)


def _tell(window: subprocess.Popen, command: str) -> str:
    window.stdin.write(command + "\n")
    window.stdin.flush()
    return window.stdout.readline().strip()


def _quit(window: subprocess.Popen) -> None:
    window.stdin.write("quit\n")
    window.stdin.flush()
    assert window.wait(30) == 0, window.stderr.read()


def _library_with_article(tmp_path) -> tuple[Path, str]:
    db = tmp_path / "library.sqlite3"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    from reader.core.importers import import_file

    with Store.open(db) as store:
        doc = store.import_document(import_file(article)).document
    return db, doc.id


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# --- the guard ------------------------------------------------------------------------------


def test_an_open_library_cannot_be_opened_outside_sqlite(tmp_path):
    db = tmp_path / "library.sqlite3"
    with Store.open(db):
        for name in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
            with pytest.raises(PermissionError, match="outside SQLite"):
                open(name, "rb")
        with pytest.raises(PermissionError):
            os.open(db, os.O_RDONLY)
        with pytest.raises(PermissionError):
            db.read_bytes()
        other = tmp_path / "notes.txt"
        other.write_text("fine")  # other files are not affected
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"  # closed: no connection to protect


def test_opening_a_second_connection_keeps_the_first_ones_locks(tmp_path):
    """The exact sequence that lost libraries: a long-lived connection, a second one opened
    and closed in the same process (a worker thread), then another process that opens and
    closes the library. The first connection's write-ahead log must survive."""
    db, _doc = _library_with_article(tmp_path)
    window = _worker("window", str(db))
    try:
        assert window.stdout.readline().strip() == "ready"
        time.sleep(0.3)  # the window's worker thread opens and closes its own connections
        for i in range(3):
            result = _cli("list", "--db", str(db))
            assert result.returncode == 0, result.stderr
            assert Path(str(db) + "-wal").exists(), "the window's write-ahead log was deleted"
            assert _tell(window, "write") == f"ok {i + 1}"
        _quit(window)
    finally:
        window.kill()
    assert _integrity(db) == "ok"
    with Store.open(db) as store:
        assert [store.setting(f"window.{i}") for i in (1, 2, 3)] == [1, 2, 3]


def test_command_line_writes_while_the_window_holds_the_library(tmp_path):
    db, doc = _library_with_article(tmp_path)
    window = _worker("window", str(db))
    saved = []
    try:
        assert window.stdout.readline().strip() == "ready"
        for n in range(6):
            result = _cli("annotate", doc, "--quote", "القروض", "--note", f"cli {n}", "--db", str(db))
            assert result.returncode == 0, result.stderr
            saved.append(result.stdout.split()[1])
            result = _cli("analyze" if n % 2 else "list", str(tmp_path / "article.txt") if n % 2 else "--json",
                          "--db", str(db))
            assert result.returncode == 0, result.stderr
            assert _tell(window, "write").startswith("ok")
        _quit(window)
    finally:
        window.kill()
    assert _integrity(db) == "ok"
    with Store.open(db) as store:
        notes = {a.uuid: a.note for a in store.annotations(doc)}
    assert all(u in notes for u in saved), "an annotation the command line saved was lost"


def test_two_writers_at_once_both_succeed(tmp_path):
    db, doc = _library_with_article(tmp_path)
    folder = tmp_path / "articles"
    folder.mkdir()
    writers = [_worker("annotate", str(db), doc), _worker("import", str(db), str(folder))]
    time.sleep(4)
    acks = []
    for w in writers:
        w.send_signal(signal.SIGKILL)
        out, err = w.communicate(timeout=30)
        assert "locked" not in err and "busy" not in err, err
        acks += _complete_acks(out)
    assert sum(1 for a in acks if a[0] == "ack-annotation") > 3
    assert sum(1 for a in acks if a[0] == "ack-document") > 3
    _check_acknowledged(db, acks)


def _complete_acks(out: str) -> list[list[str]]:
    """Acknowledgement lines written whole (a kill can cut the last line short)."""
    return [line.split() for line in out.splitlines(keepends=True)
            if line.startswith("ack") and line.endswith("\n")]


def _check_acknowledged(db: Path, acks: list[list[str]]) -> None:
    assert _integrity(db) == "ok"
    with Store.open(db) as store:
        uuids = {r[0] for r in store.db.execute("SELECT uuid FROM annotations")}
        docs = [r[0] for r in store.db.execute("SELECT id FROM documents")]
    for kind, *values in acks:
        if kind == "ack-document":
            assert any(d.startswith(values[0]) for d in docs), f"document {values[0]} lost"
        else:
            missing = [v for v in values if v not in uuids]
            assert not missing, f"{len(missing)} acknowledged annotations lost"


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["annotate", "import", "import-annotations"])
def test_killed_writers_lose_nothing_acknowledged(tmp_path, kind):
    db, doc = _library_with_article(tmp_path)
    folder = tmp_path / "work"
    folder.mkdir()
    rng = random.Random(kind)
    window = _worker("window", str(db))  # a window holds the library all along
    try:
        assert window.stdout.readline().strip() == "ready"
        acks: list[list[str]] = []
        for _round in range(KILL_ROUNDS):
            args = {"annotate": (str(db), doc), "import": (str(db), str(folder)),
                    "import-annotations": (str(db), doc, str(folder))}[kind]
            w = _worker(kind, *args)
            time.sleep(rng.uniform(0.3, 1.5))
            w.send_signal(signal.SIGKILL)
            out, err = w.communicate(timeout=30)
            assert "Traceback" not in err, err
            acks += _complete_acks(out)
            assert _integrity(db) == "ok"
        assert _tell(window, "write").startswith("ok")
        _quit(window)
    finally:
        window.kill()
    _check_acknowledged(db, acks)


# --- transactions ------------------------------------------------------------------------------


def test_a_write_waits_for_another_programs_lock_instead_of_failing(tmp_path):
    db, doc = _library_with_article(tmp_path)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
    with Store.open(db) as store:
        import threading

        threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()
        store.set_setting("mine", 2)  # waits for the holder, then commits
        assert store.setting("held") == 1 and store.setting("mine") == 2
    holder.close()


def test_a_write_that_cannot_get_the_lock_says_the_library_is_busy(tmp_path):
    db, _doc = _library_with_article(tmp_path)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(db, busy_ms=100) as store:
            with pytest.raises(LibraryBusyError, match="busy"):
                store.set_setting("x", 1)
            assert store.setting("x") is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_then_write_after_another_commit_does_not_fail_at_once(tmp_path):
    """A deferred transaction that read before another program committed could not upgrade
    to a write (SQLITE_BUSY at once, whatever the timeout); BEGIN IMMEDIATE avoids it."""
    import threading

    db, doc = _library_with_article(tmp_path)
    errors = []

    def other():
        try:
            with Store.open(db) as b:
                b.set_setting("other", 1)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    with Store.open(db) as a:
        with a.transaction():
            a.annotations(doc)  # a read inside the transaction
            t = threading.Thread(target=other)
            t.start()
            time.sleep(0.3)  # the other connection commits now (deferred) or waits (immediate)
            a.db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        t.join()
        assert a.setting("a") == 1 and a.setting("other") == 1
    assert not errors


def test_an_undo_does_not_overwrite_a_newer_change_made_elsewhere(tmp_path):
    db, doc = _library_with_article(tmp_path)
    with Store.open(db) as mine, Store.open(db) as theirs:
        a = mine.add_annotation(doc, 0, 4, note="mine")
        edited = mine.save_annotation(a.evolve(note="mine, edited"))
        theirs.update_annotation(a.uuid, note="a colleague's note")  # imported from elsewhere
        with pytest.raises(ConflictError):
            mine.save_annotation(a, expected=edited)  # what undo does
        assert mine.annotation(a.uuid).note == "a colleague's note"
        current = mine.annotation(a.uuid)
        mine.save_annotation(a, expected=current)  # with the right expectation it is saved
        assert mine.annotation(a.uuid).note == "mine"


def test_data_version_tells_of_another_programs_commit(tmp_path):
    db, doc = _library_with_article(tmp_path)
    with Store.open(db) as window:
        before = window.data_version()
        window.set_setting("own", 1)
        assert window.data_version() == before  # its own change is not news
        result = _cli("annotate", doc, "--quote", "القروض", "--db", str(db))
        assert result.returncode == 0, result.stderr
        assert window.data_version() != before
