"""Fixtures for the desk tests (unit and GUI): a real PostgreSQL server (see pg_cluster.py),
one per test session and started only by a test that asks for it, and a new desk database
for each test. tests/conftest.py imports them."""

import itertools
import os

import pytest

import pg_cluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def cluster():
    bin_dir, why = pg_cluster.find_binaries()
    if bin_dir is None:
        if os.environ.get("CI") == "true":
            pytest.fail(why)  # CI installs PostgreSQL: a missing server there is a failure
        pytest.skip(why)
    c = pg_cluster.Cluster(bin_dir).init()
    c.start()
    for user in ("alice", "bob", "carol", "rita", "rob", "nobody"):
        c.create_login(user)
    yield c
    c.remove()


@pytest.fixture
def desk(cluster, monkeypatch):
    """A new desk: alice, bob and carol write, rita reviews, rob reads only, nobody has no
    role. Returns a function user -> URL."""
    from reader.core.desk import engine

    monkeypatch.setenv("PGPASSFILE", str(cluster.pgpass))
    name = f"desk{next(_numbers)}"
    cluster.create_database(name)
    cluster.superuser_sql(f"ALTER DATABASE {name} OWNER TO {cluster.superuser}")
    engine.init(cluster.url(name))
    cluster.superuser_sql("GRANT desk_writer TO alice, bob, carol; GRANT desk_reviewer TO rita; "
                          "GRANT desk_reader TO rob")
    return lambda user: cluster.url(name, user)


@pytest.fixture
def desk_library(tmp_path):
    """A function making a new library file: library("a") -> Store (closed at the end)."""
    from reader.core.store import Store

    opened = []

    def make(name: str) -> Store:
        store = Store.open(tmp_path / f"{name}.sqlite3")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
