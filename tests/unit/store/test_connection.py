import sqlite3

import pytest

from reader.core.errors import StoreError
from reader.core.store import Store
from reader.core.store.migrations import SCHEMA_VERSION


def test_new_library_is_created_with_wal_and_current_schema(tmp_path):
    path = tmp_path / "lib" / "library.sqlite3"
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"documents", "annotations", "search_index", "claim_reviews"} <= tables
    # Reopening applies nothing twice.
    with Store.open(path) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")]
        assert len(names) == len(set(names)) == SCHEMA_VERSION


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("READER_DB", str(target))
    with Store.open() as store:
        assert store.path == target
    assert target.exists()


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def test_unknown_migration_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('reader', '0099_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is my shopping list, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a reader library") as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "notes.sqlite3-wal").exists()


def test_a_damaged_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    with Store.open(path) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    # Keep the header, scribble over the schema page and beyond.
    for i in range(100, min(len(data), 100 + 4000)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_connection_knows_the_migration_steps():
    """connection.STEPS lets an up-to-date library open without importing sqlite-utils."""
    from reader.core.store import connection, migrations

    assert connection.STEPS == migrations.STEPS
    assert connection.SCHEMA_VERSION == migrations.SCHEMA_VERSION


def test_opening_an_up_to_date_library_does_not_import_sqlite_utils(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "lib.sqlite3"
    with Store.open(path):
        pass
    code = ("import sys; from reader.core.store import Store; s = Store.open(sys.argv[1]); "
            "s.close(); print('sqlite_utils' in sys.modules, 'rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
