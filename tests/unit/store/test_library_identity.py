"""What a library is, and what happens with one the reader may not write or cannot lock.

- Another program's SQLite file is never migrated or switched to WAL (``application_id``).
- A library in a read-only place opens read-only: list, show, search and export work.
- A library another program keeps locked is reported as busy, never as damaged.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.errors import LibraryBusyError, ReadOnlyLibraryError, StoreError
from reader.core.store import Store
from reader.core.store.connection import APPLICATION_ID, STEPS

ARTICLE = "قالت مصادر إن الحكومة تريد إنهاء سيطرة الشركات على البيانات.\n"


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[3]) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _as_user(args: list[str]) -> list[str]:
    """Run ``args`` without the power to override file permissions (root has it; the tests
    need permissions to mean what they mean for a user)."""
    if os.geteuid() != 0:
        return args
    if not shutil.which("setpriv"):
        pytest.skip("root without setpriv cannot drop CAP_DAC_OVERRIDE")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *args]


def _reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(_as_user([sys.executable, "-m", "reader", *args]), capture_output=True,
                          text=True, env=_env(), timeout=120)


def _library(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "lib" / "library.sqlite3"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    from reader.core.importers import import_file

    with Store.open(db) as store:
        doc = store.import_document(import_file(article)).document
        store.add_annotation(doc.id, 0, 4, note="ملاحظة")
    return db, doc.id


def test_a_new_library_is_marked_as_ours(tmp_path):
    with Store.open(tmp_path / "new.sqlite3") as store:
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_another_programs_database_is_never_changed(tmp_path):
    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.executescript("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                       "CREATE TABLE documents (id TEXT);"  # a table with our name, even
                       "INSERT INTO moz_places (url) VALUES ('https://example.org');")
    conn.close()
    before = places.read_bytes()
    result = _reader("list", "--db", str(places))
    assert result.returncode == 1
    assert "another program" in result.stderr and "moz_places" in result.stderr
    assert "Traceback" not in result.stderr
    assert places.read_bytes() == before
    assert not Path(str(places) + "-wal").exists()


def test_a_database_with_another_application_id_is_refused(tmp_path):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store.open(other)


def test_an_empty_file_is_a_new_library(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with Store.open(empty) as store:
        assert store.library() == []


def test_a_library_made_before_the_mark_is_adopted(tmp_path):
    """Libraries written by earlier versions carry no application_id; they are recognised
    by their migration record and marked."""
    db, doc = _library(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 0")
    # As a library from before step 0004 (later steps may follow it in STEPS).
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", ["0004_search_refs"])
    conn.execute("DROP TABLE search_refs")
    conn.execute(f"PRAGMA user_version = {len(STEPS) - 1}")
    conn.commit()
    conn.close()
    with Store.open(db) as store:
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert [h.doc_id for h in store.search("ملاحظة")] == [doc]  # the note index moved over
        assert [h.doc_id for h in store.search("الحكومة")] == [doc]


def test_a_library_in_a_read_only_folder_opens_read_only(tmp_path):
    db, doc = _library(tmp_path)
    folder = db.parent
    folder.chmod(0o555)
    try:
        listed = _reader("list", "--db", str(db))
        assert listed.returncode == 0, listed.stderr
        assert doc[:8] in listed.stdout
        shown = _reader("show", doc[:8], "--logical", "--db", str(db))
        assert shown.returncode == 0 and "الحكومة" in shown.stdout
        found = _reader("search", "الحكومة", "--db", str(db))
        assert found.returncode == 0 and doc[:8] in found.stdout
        exported = _reader("export", doc[:8], "--format", "csv", "--db", str(db))
        assert exported.returncode == 0 and "ملاحظة" in exported.stdout
        annotated = _reader("annotate", doc[:8], "--quote", "الحكومة", "--db", str(db))
        assert annotated.returncode == 1
        assert "read-only" in annotated.stderr and "damaged" not in annotated.stderr
    finally:
        folder.chmod(0o755)
    with Store.open(db) as store:  # nothing was changed
        assert len(store.annotations(doc)) == 1


def test_a_read_only_library_file_opens_read_only(tmp_path):
    db, doc = _library(tmp_path)
    db.chmod(0o444)
    try:
        listed = _reader("list", "--db", str(db))
        assert listed.returncode == 0, listed.stderr
        annotated = _reader("annotate", doc[:8], "--quote", "الحكومة", "--db", str(db))
        assert annotated.returncode == 1 and "read-only" in annotated.stderr
    finally:
        db.chmod(0o644)


def test_the_store_refuses_writes_when_opened_read_only(tmp_path):
    db, doc = _library(tmp_path)
    with Store.open(db, read_only=True) as store:
        assert store.read_only
        assert store.library()[0].id == doc
        with pytest.raises(ReadOnlyLibraryError, match="read-only"):
            store.set_setting("x", 1)


def test_a_library_another_program_keeps_locked_is_busy_not_damaged(tmp_path):
    db, _doc = _library(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
         "c.execute('BEGIN EXCLUSIVE')\n"
         "c.execute('SELECT count(*) FROM documents').fetchone()\n"
         "print('locked', flush=True)\n"
         "time.sleep(30)\n", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(LibraryBusyError, match="busy") as info:
            Store.open(db, busy_ms=300)
        assert "damaged" not in str(info.value)
        assert time.monotonic() - started < 20
    finally:
        holder.kill()
        holder.wait()
    with Store.open(db) as store:
        assert store.library()
