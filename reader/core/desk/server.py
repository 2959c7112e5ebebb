"""Talking to the desk's PostgreSQL server (psycopg 3, libpq underneath).

Addresses follow libpq: a service name (``newsroom``, looked up in ``~/.pg_service.conf``),
a URL (``postgresql://alice@db.example.org/desk?sslmode=verify-full``) or ``key=value``
settings. Passwords come from ``~/.pgpass``, the service file or ``PGPASSWORD``, as for
``psql``; a password written in the address is used for that command and never stored.
TLS settings (``sslmode``, ``sslrootcert``, ...) pass through untouched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .errors import DeskError, DeskOfflineError, DeskRefusedError
from . import server_schema as schema

CONNECT_TIMEOUT_S = 10


@dataclass(frozen=True)
class Address:
    conninfo: str  # libpq key=value settings, without a password
    password: str | None = None  # given in the address: used for this command, never stored

    @property
    def had_password(self) -> bool:
        return self.password is not None

    def shown(self) -> str:
        return self.conninfo


def parse_address(target: str) -> Address:
    """A desk address as libpq reads it; a bare word is a service name."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    target = target.strip()
    if not target:
        raise DeskError("the desk address is empty: give a service name or a postgresql:// URL")
    raw = target if ("://" in target or "=" in target) else f"service={target}"
    try:
        params = conninfo_to_dict(raw)
    except Exception as exc:  # psycopg.ProgrammingError: libpq could not parse it
        raise DeskError(f"the desk address {target!r} is not a libpq address ({_first_line(exc)})") from exc
    password = params.pop("password", None)
    return Address(make_conninfo("", **params), password)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def connect(conninfo: str, password: str | None = None):
    """An autocommit connection to the desk, or :class:`DeskOfflineError`."""
    import psycopg

    extra = {"password": password} if password else {}
    try:
        return psycopg.connect(conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="arabic-news-reader", **extra)
    except psycopg.OperationalError as exc:
        message = _first_line(exc)
        reason = message.split("FATAL:", 1)[-1].strip()
        if "password" in reason or "authentication" in reason:
            raise DeskRefusedError(
                f"the desk refused the login ({reason}); put the password in ~/.pgpass or "
                "the service file (the reader never stores it)") from exc
        if "permission denied for database" in reason:
            raise DeskRefusedError(
                f"your database user has no role on this desk ({reason}); ask its owner to "
                f"run GRANT {schema.WRITER} TO <you> (or {schema.READER} to read only)") from exc
        if "does not exist" in reason:
            raise DeskError(f"the desk cannot be used: {reason}") from exc
        raise DeskOfflineError(f"cannot reach the desk ({message}); your changes are kept "
                               "and sent at the next sync") from exc


def translate(exc: BaseException, doing: str) -> Exception:
    """A psycopg error during ``doing`` as a message for the user."""
    import psycopg

    message = _first_line(exc)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return DeskRefusedError(f"the desk refused {doing}: {message}")
    if isinstance(exc, (psycopg.OperationalError, psycopg.errors.AdminShutdown)) or (
            isinstance(exc, psycopg.InterfaceError)):
        return DeskOfflineError(f"the desk went away while {doing} ({message}); nothing is "
                                "lost: the next sync carries on")
    return DeskError(f"the desk failed while {doing}: {message}")


# --- identity and version ----------------------------------------------------------------------

@dataclass(frozen=True)
class DeskInfo:
    desk_id: str
    version: int
    user: str
    roles: tuple[str, ...]

    @property
    def can_push(self) -> bool:
        return schema.WRITER in self.roles

    @property
    def reviewer(self) -> bool:
        return schema.REVIEWER in self.roles


def _other_tables(conn) -> list[str]:
    rows = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'desk') "
        "AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1 LIMIT 6").fetchall()
    return [r[0] for r in rows]


def _meta(conn) -> dict[str, str] | None:
    """desk.meta, None when the database has no desk schema."""
    if conn.execute("SELECT to_regclass('desk.meta')").fetchone()[0] is None:
        if conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'desk'").fetchone():
            return {}  # a schema named desk that is not ours (or one we may not see)
        return None
    return dict(conn.execute("SELECT key, value FROM desk.meta").fetchall())


def identify(conn) -> DeskInfo:
    """Check that the database is a desk this reader can use."""
    import psycopg

    try:
        meta = _meta(conn)
        user = conn.execute("SELECT current_user").fetchone()[0]
        roles = tuple(r for (r,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) "
            "AND pg_has_role(current_user, oid, 'MEMBER')",
            [[schema.READER, schema.WRITER, schema.REVIEWER]]).fetchall())
    except psycopg.errors.InsufficientPrivilege as exc:
        raise DeskRefusedError(
            "your database user has no role on this desk; ask its owner to run "
            f"GRANT {schema.WRITER} TO <you> (or {schema.READER} to read only)") from exc
    except psycopg.Error as exc:
        raise translate(exc, "reading what the database is") from exc
    if meta is None or meta.get("application") != schema.APPLICATION:
        raise DeskError("this database is not a desk (it has no desk schema); create one with "
                        "`reader desk init URL` on an empty database")
    version = int(meta.get("schema_version", "0"))
    if version > schema.VERSION:
        raise DeskError(f"this desk was made by a newer reader (desk schema {version}, this "
                        f"version knows up to {schema.VERSION}); upgrade the reader")
    if version < schema.VERSION:
        raise DeskError(f"this desk is older (desk schema {version}); its owner should run "
                        "`reader desk init URL` with this version to upgrade it")
    if schema.READER not in roles:
        raise DeskRefusedError(
            f"your database user {user} has no role on this desk; ask its owner to run "
            f"GRANT {schema.WRITER} TO {user} (or {schema.READER} to read only)")
    return DeskInfo(meta["desk_id"], version, user, roles)


def initialise(conn, rules: dict[str, str]) -> tuple[str, int, int]:
    """Create or upgrade the desk schema; returns (desk id, version before, version now)."""
    import psycopg

    try:
        meta = _meta(conn)
        if meta is not None and meta.get("application") != schema.APPLICATION:
            raise DeskError("this database has a schema named desk that is not a reader desk; "
                            "it was left untouched")
        if meta is None:
            others = _other_tables(conn)
            if others:
                raise DeskError("this database is not a desk and holds other tables ("
                                + ", ".join(others[:5]) + "); it was left untouched. A desk "
                                "needs a database of its own (CREATE DATABASE desk)")
        before = int((meta or {}).get("schema_version", "0"))
        if before > schema.VERSION:
            raise DeskError(f"this desk was made by a newer reader (desk schema {before}); "
                            "it was left untouched. Upgrade the reader")
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [schema.PUSH_LOCK])
            conn.execute(schema.roles_sql())
            for version, sql in schema.STEPS:
                if version > before:
                    conn.execute(sql)
            conn.execute("INSERT INTO desk.meta VALUES ('schema_version', %s) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", [str(schema.VERSION)])
            for entity, rule in rules.items():
                conn.execute("INSERT INTO desk.entity_rules VALUES (%s, %s) ON CONFLICT (entity) "
                             "DO UPDATE SET rule = excluded.rule", [entity, rule])
            dbname = conn.execute("SELECT current_database()").fetchone()[0]
            conn.execute(schema.database_grants(dbname))
        desk_id = conn.execute("SELECT value FROM desk.meta WHERE key = 'desk_id'").fetchone()[0]
    except psycopg.errors.InsufficientPrivilege as exc:
        raise DeskRefusedError(f"cannot create the desk: {_first_line(exc)} (the user needs to "
                               "own the database and may create roles, e.g. its owner with "
                               "CREATEROLE)") from exc
    except psycopg.Error as exc:
        raise translate(exc, "creating the desk") from exc
    return desk_id, before, schema.VERSION


# --- changes -------------------------------------------------------------------------------------

_INSERT = ("INSERT INTO desk.changes (change_id, entity, key, node, hlc, base, fields) "
           "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (change_id) DO NOTHING")


def push(conn, node: str, rows: list[tuple]) -> dict[str, str]:
    """Send changes ``(change_id, entity, key, hlc, base_json, fields_json)`` in one
    transaction. Changes the desk refuses are left out and returned (id -> reason); the
    rest are committed. Raises :class:`DeskOfflineError` if the server goes away."""
    import psycopg

    params = [(cid, entity, key, node, hlc, base, fields) for cid, entity, key, hlc, base, fields in rows]
    try:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [schema.PUSH_LOCK])
                with conn.cursor() as cur:
                    cur.executemany(_INSERT, params)
            return {}
        except psycopg.errors.InsufficientPrivilege:
            pass
        refused: dict[str, str] = {}
        with conn.transaction():  # one by one, to tell which ones are refused
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [schema.PUSH_LOCK])
            for p in params:
                try:
                    with conn.transaction():
                        conn.execute(_INSERT, p)
                except psycopg.errors.InsufficientPrivilege as exc:
                    refused[p[0]] = _refusal(p[1], exc)
        return refused
    except psycopg.Error as exc:
        raise translate(exc, "sending changes") from exc


def _refusal(entity: str, exc: BaseException) -> str:
    message = _first_line(exc)
    if "row-level security" in message:
        why = {"annotation": "the annotation belongs to another desk user",
               "review": "only a desk reviewer may change claim reviews",
               "trail": "only a desk reviewer may change claim reviews"}.get(
            entity, "your role may not change this")
        return f"the desk refused it: {why}"
    if "permission denied" in message:
        return "the desk refused it: your role may only read this desk"
    return f"the desk refused it: {message}"


def pull(conn, after: int, limit: int) -> list[dict]:
    """Changes with ``seq`` > ``after``, oldest first."""
    import psycopg

    try:
        rows = conn.execute(
            "SELECT seq, change_id::text, entity, key, node, author, hlc, base, fields "
            "FROM desk.changes WHERE seq > %s ORDER BY seq LIMIT %s", [after, limit]).fetchall()
    except psycopg.Error as exc:
        raise translate(exc, "receiving changes") from exc
    names = ("seq", "change_id", "entity", "key", "node", "author", "hlc", "base", "fields")
    out = []
    for r in rows:
        d = dict(zip(names, r))
        for k in ("base", "fields"):
            if isinstance(d[k], str):
                d[k] = json.loads(d[k])
        out.append(d)
    return out


def waiting(conn, after: int, node: str) -> int:
    """How many changes by other libraries wait to be pulled."""
    import psycopg

    try:
        return conn.execute("SELECT count(*) FROM desk.changes WHERE seq > %s AND node <> %s",
                            [after, node]).fetchone()[0]
    except psycopg.Error as exc:
        raise translate(exc, "counting changes") from exc
