"""The desk's database and addresses: versioned schema, refusing what is not a desk or is
newer, libpq addresses (service names, ~/.pgpass, no stored password), and a server that
stops in the middle of a sync."""

from __future__ import annotations

import psycopg
import pytest

from desk_helpers import differences, snapshot
from pg_cluster import PASSWORD
from reader.core import desk as api
from reader.core.desk import DeskError, DeskOfflineError, DeskRefusedError, local
from reader.core.model import ImportedDocument

TEXT = "ذكرت صحيفة فايننشال تايمز نقلا عن شخص على علم بالموضوع أن الشركة ستعيد هيكلة أعمالها."


def test_init_refuses_a_database_of_another_program(cluster):
    cluster.create_database("shop")
    cluster.superuser_sql("CREATE TABLE orders (id int)", dbname="shop")
    with pytest.raises(DeskError, match="not a desk and holds other tables \\(public.orders\\)"):
        api.init(cluster.url("shop"))
    with psycopg.connect(cluster.url("shop")) as conn:
        assert conn.execute("SELECT to_regnamespace('desk')").fetchone()[0] is None


def test_init_is_versioned_and_refuses_a_newer_desk(desk, cluster, desk_library):
    url = desk("postgres" if cluster.superuser == "postgres" else cluster.superuser)
    _, desk_id, before, now = api.init(url)
    assert before == now == 2  # already there: checked, nothing applied twice
    store = desk_library("a")
    api.join(store, desk("alice"))
    dbname = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    cluster.superuser_sql("UPDATE desk.meta SET value = '99' WHERE key = 'schema_version'", dbname)
    with pytest.raises(DeskError, match="newer reader"):
        api.init(url)
    with pytest.raises(DeskError, match="newer reader"):
        api.sync(store)
    assert "newer reader" in api.status(store).offline_reason


def test_join_refuses_a_database_that_is_not_a_desk(cluster, desk_library, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(cluster.pgpass))
    cluster.create_database("plain")
    cluster.superuser_sql("GRANT CONNECT ON DATABASE plain TO alice")
    with pytest.raises(DeskError, match="not a desk"):
        api.join(desk_library("a"), cluster.url("plain", "alice"))


def test_a_password_in_the_address_is_used_once_and_never_stored(desk, cluster, desk_library, monkeypatch, tmp_path):
    empty = tmp_path / "pgpass-empty"
    empty.write_text("")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))
    store = desk_library("a")
    url = desk("alice").replace("alice@", f"alice:{PASSWORD}@")
    address, info, _ = api.join(store, url)
    assert address.had_password and info.user == "alice"
    saved = local.get(store.db, local.URL)
    assert PASSWORD not in saved and "password" not in saved
    everything = "".join(str(r) for r in store.db.execute("SELECT * FROM desk_state"))
    assert PASSWORD not in everything
    with pytest.raises(DeskRefusedError, match="~/.pgpass"):
        api.sync(store)
    monkeypatch.setenv("PGPASSFILE", str(cluster.pgpass))  # libpq's password file
    api.sync(store)


def test_a_service_name_is_an_address(desk, cluster, desk_library, monkeypatch, tmp_path):
    conninfo = psycopg.conninfo.conninfo_to_dict(desk("bob"))
    services = tmp_path / "pg_service.conf"
    services.write_text("[newsroom]\n" + "".join(f"{k}={v}\n" for k, v in conninfo.items()))
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    store = desk_library("b")
    address, info, _ = api.join(store, "newsroom")
    assert address.conninfo == "service=newsroom" and info.user == "bob"
    api.sync(store)


def test_tls_settings_pass_through(desk_library):
    address = api.engine.server.parse_address(
        "postgresql://ed@db.example.org:6432/desk?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    params = psycopg.conninfo.conninfo_to_dict(address.conninfo)
    assert params == {"user": "ed", "host": "db.example.org", "port": "6432", "dbname": "desk",
                      "sslmode": "verify-full", "sslrootcert": "/etc/ca.pem"}
    with pytest.raises(DeskError, match="not a libpq address"):
        api.engine.server.parse_address("postgresql://[bad")


def test_the_server_stopped_mid_sync(desk, cluster, desk_library, capsys):
    from reader.cli import main

    a, b = desk_library("a"), desk_library("b")
    api.join(a, desk("alice"))
    api.join(b, desk("bob"))
    doc = a.import_document(ImportedDocument(text=TEXT, title="هيكلة")).document
    for i in range(30):
        a.add_annotation(doc.id, i, i + 3, note=f"note {i}")
    api.sync(a)

    def stop_when_receiving(step):
        if step == "receiving":
            cluster.stop("fast")

    b.add_annotation(b.import_document(ImportedDocument(text="نص آخر للاختبار", title="آخر")).document.id,
                     0, 2, note="bob's")
    try:
        with pytest.raises(DeskOfflineError, match="nothing is lost|cannot reach"):
            api.sync(b, progress=stop_when_receiving)
        assert "the desk" in api.status(b, reach=False).last_error
        # While it is down: a clear one-line message and exit status 1, changes kept.
        assert main(["desk", "sync", "--db", str(b.path)]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("reader: ") and "cannot reach the desk" in err and "\n" not in err
        b.add_annotation(b.library()[0].id, 3, 5, note="made while offline")
        status = api.status(b)
        assert status.incoming is None and "cannot reach" in status.offline_reason
    finally:
        cluster.start()
    api.sync(b)  # retried later: carries on
    api.sync(a)
    assert differences(snapshot(a), snapshot(b)) == []
    assert len(a.all_annotations()) == 32
