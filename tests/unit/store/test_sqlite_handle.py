"""The store's database handle: writes commit at once, atomic blocks all-or-nothing."""

import sqlite3

import pytest

from reader.core.store.sqlite import Database


@pytest.fixture
def dbs(tmp_path):
    path = tmp_path / "x.sqlite3"
    db = Database(sqlite3.connect(path))
    db.executescript("CREATE TABLE t (x INTEGER);")
    other = sqlite3.connect(path)
    yield db, other
    db.close()
    other.close()


def count(conn):
    return conn.execute("SELECT count(*) FROM t").fetchone()[0]


def test_a_write_outside_a_transaction_is_committed(dbs):
    db, other = dbs
    db.execute("INSERT INTO t VALUES (?)", [1])
    assert count(other) == 1


def test_atomic_rolls_back_everything_on_error(dbs):
    db, other = dbs
    with pytest.raises(RuntimeError):
        with db.atomic():
            db.execute("INSERT INTO t VALUES (1)")
            with db.atomic():
                db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("boom")
    assert count(other) == 0 and not db.conn.in_transaction


def test_nested_block_rolls_back_alone(dbs):
    db, other = dbs
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError):
            with db.atomic():
                db.execute("INSERT INTO t VALUES (2)")
                raise ValueError
        assert count(other) == 0  # not committed yet
    assert [r[0] for r in other.execute("SELECT x FROM t")] == [1]


def test_failed_statement_leaves_no_open_transaction(dbs):
    db, _ = dbs
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO missing VALUES (1)")
    assert not db.conn.in_transaction


def test_executescript_inside_a_transaction_does_not_commit_early(dbs):
    db, other = dbs
    with pytest.raises(RuntimeError):
        with db.atomic():
            db.executescript("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);")
            raise RuntimeError
    assert count(other) == 0
