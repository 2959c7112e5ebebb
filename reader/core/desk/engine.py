"""Joining a desk, syncing with it, and what waits: the steps behind `reader desk` and the
window's background sync.

A sync is: prepare (the outbox's rows become changes with ids, in one local transaction);
push (the waiting changes go to the desk in batches; each batch commits on the desk, then
the library forgets it); pull (the desk's changes after the last one pulled, in batches,
each merged and recorded as pulled in one local transaction). Killed at any point, nothing
is lost and nothing doubles: an unsent change is sent again (the desk ignores an id it has),
an unrecorded pull is pulled again (merging it again changes nothing).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from ..store import Store
from . import capture, local, merge, server
from .errors import DeskError, DeskOfflineError, DeskRefusedError
from .tables import TABLES

PUSH_BATCH = 500
PULL_BATCH = 500


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    refused: list[str] = field(default_factory=list)  # one line per refused change
    conflicts: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        parts = [f"sent {self.sent}", f"received {self.received}"]
        if self.conflicts:
            parts.append(f"{self.conflicts} new conflict{'s' if self.conflicts != 1 else ''} "
                         "(see `reader desk conflicts`)")
        if self.refused:
            parts.append(f"{len(self.refused)} refused by the desk and kept here")
        return ", ".join(parts) + f" in {self.seconds:.1f} s"


@dataclass(frozen=True)
class Status:
    url: str | None
    user: str
    outgoing: int  # local changes not yet on the desk
    refused: int  # of which the desk refused
    incoming: int | None  # changes waiting on the desk (None: not reachable)
    last_sync: str | None
    last_error: str | None
    conflicts: int
    offline_reason: str = ""


def _require_joined(store: Store) -> str:
    url = local.get(store.db, local.URL)
    if url is None:
        raise DeskError("this library has not joined a desk; use `reader desk join URL`",
                        store.path)
    return url


def init(target: str) -> tuple[server.Address, str, int, int]:
    """Create or upgrade the desk at ``target``: (address, desk id, version before, now)."""
    address = server.parse_address(target)
    with server.connect(address.conninfo, address.password) as conn:
        desk_id, before, now = server.initialise(conn, {t.entity: t.rule for t in TABLES.values()})
    return address, desk_id, before, now


def join(store: Store, target: str) -> tuple[server.Address, server.DeskInfo, int]:
    """Tie the library to the desk at ``target``; returns how many rows wait to be sent."""
    address = server.parse_address(target)
    with server.connect(address.conninfo, address.password) as conn:
        info = server.identify(conn)
    with store.transaction():
        db = store.db
        current = local.get(db, local.DESK_ID)
        if current is not None and current != info.desk_id:
            raise DeskError("this library has joined another desk; leave it first with "
                            "`reader desk leave`", store.path)
        local.put(db, local.URL, address.conninfo)
        local.put(db, local.DESK_ID, info.desk_id)
        local.put(db, local.USER, info.user)
        if local.get(db, local.NODE) is None:
            local.put(db, local.NODE, uuid.uuid4().hex[:12])
            local.put(db, local.LAST_SEQ, 0)
        queued = capture.install(db)
    return address, info, queued


def leave(store: Store) -> None:
    """Untie the library from its desk: no more capture; what the desk knew is forgotten
    (the library's own rows stay as they are)."""
    _require_joined(store)
    with store.transaction():
        capture.remove(store.db)
        for table in ("desk_state", "desk_outbox", "desk_pending", "desk_shadow", "desk_parked"):
            store.db.execute(f"DELETE FROM {table}")


def sync(store: Store, progress=None) -> SyncReport:
    """Push this library's changes and pull everyone else's. ``progress(text)`` is told
    each step. Raises :class:`DeskOfflineError` when the desk cannot be reached (the
    changes stay, the next sync carries on)."""
    started = time.monotonic()
    url = _require_joined(store)
    report = SyncReport()
    say = progress or (lambda text: None)
    conflicts_before = _count_conflicts(store)
    try:
        with server.connect(url) as conn:
            info = server.identify(conn)
            if info.desk_id != local.get(store.db, local.DESK_ID):
                raise DeskError("the desk at this address is not the one this library joined "
                                "(it was made again?); leave and join again", store.path)
            with store.transaction():
                if not capture.up_to_date(store.db):
                    capture.install(store.db)
                merge.prepare(store.db)
            say("sending")
            _push_all(store, conn, report, info)
            say("receiving")
            _pull_all(store, conn, report)
            if _pending_count(store) and info.can_push:
                _push_all(store, conn, report, info)  # edits made while receiving
    except DeskError as exc:
        _note_error(store, exc)
        raise
    with store.transaction():
        local.put(store.db, local.LAST_SYNC, local.now_iso_seconds())
        local.put(store.db, local.LAST_ERROR, "; ".join(report.refused[:1]) or None)
    report.conflicts = _count_conflicts(store) - conflicts_before
    report.seconds = time.monotonic() - started
    return report


def _note_error(store: Store, exc: Exception) -> None:
    try:
        with store.transaction():
            local.put(store.db, local.LAST_ERROR, getattr(exc, "message", str(exc)))
    except DeskError:
        pass


def _pending_count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM desk_pending WHERE refused IS NULL").fetchone()[0]


def _count_conflicts(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM desk_conflicts").fetchone()[0]


def _push_all(store: Store, conn, report: SyncReport, info: server.DeskInfo) -> None:
    db = store.db
    node = local.get(db, local.NODE)
    with store.transaction():  # changes refused before are tried again: rights may have changed
        db.execute("UPDATE desk_pending SET refused = NULL")
    last = 0
    while True:
        rows = db.execute(
            "SELECT seq, change_id, entity, desk_key, hlc, base, fields FROM desk_pending "
            "WHERE seq > ? AND refused IS NULL ORDER BY seq LIMIT ?", [last, PUSH_BATCH]).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        if not info.can_push:
            refused = {r[1]: "the desk refused it: your role may only read this desk" for r in rows}
        else:
            refused = server.push(conn, node, [r[1:] for r in rows])
        with store.transaction():
            for seq, change_id, entity, *_ in rows:
                if change_id in refused:
                    db.execute("UPDATE desk_pending SET refused = ? WHERE seq = ?",
                               [refused[change_id], seq])
                else:
                    db.execute("DELETE FROM desk_pending WHERE seq = ?", [seq])
        report.sent += len(rows) - len(refused)
        report.refused.extend(f"{TABLES[e].entity if e in TABLES else e}: {refused[cid]}"
                              for _, cid, e, *_ in rows if cid in refused)


def _pull_all(store: Store, conn, report: SyncReport) -> None:
    db = store.db
    node = local.get(db, local.NODE)
    while True:
        after = int(local.get(db, local.LAST_SEQ) or 0)
        changes = server.pull(conn, after, PULL_BATCH)
        if not changes:
            break
        with store.transaction():
            merge.prepare(db)  # local edits made meanwhile take part in the merge
            local.set_applying(db, True)
            for change in changes:
                if change["node"] == node:
                    local.observe(db, change["hlc"])
                    continue
                if not merge.apply(db, change):
                    db.execute("INSERT OR IGNORE INTO desk_parked (change_id, seq, payload) "
                               "VALUES (?, ?, ?)", [change["change_id"], change["seq"], local.dumps(change)])
                report.received += 1
            local.put(db, local.LAST_SEQ, changes[-1]["seq"])
            local.set_applying(db, False)
    _retry_parked(store)


def _retry_parked(store: Store) -> None:
    import json

    db = store.db
    rows = db.execute("SELECT change_id, payload FROM desk_parked ORDER BY seq").fetchall()
    if not rows:
        return
    with store.transaction():
        local.set_applying(db, True)
        for change_id, payload in rows:
            if merge.apply(db, json.loads(payload)):
                db.execute("DELETE FROM desk_parked WHERE change_id = ?", [change_id])
        local.set_applying(db, False)


def status(store: Store, reach: bool = True) -> Status:
    """What waits in each direction; ``reach`` asks the desk how much waits there."""
    db = store.db
    url = local.get(db, local.URL)
    with store.transaction() if url and not store.read_only else _nothing():
        if url and not store.read_only:
            merge.prepare(db)  # count changes, not rows touched
    outgoing = db.execute("SELECT count(*) FROM desk_pending").fetchone()[0] + \
        db.execute("SELECT count(*) FROM desk_outbox").fetchone()[0]
    refused = db.execute("SELECT count(*) FROM desk_pending WHERE refused IS NOT NULL").fetchone()[0]
    open_conflicts = db.execute("SELECT count(*) FROM desk_conflicts WHERE restored IS NULL").fetchone()[0]
    incoming, reason = None, ""
    if url and reach:
        try:
            with server.connect(url) as conn:
                server.identify(conn)
                incoming = server.waiting(conn, int(local.get(db, local.LAST_SEQ) or 0),
                                          local.get(db, local.NODE) or "")
        except (DeskOfflineError, DeskRefusedError, DeskError) as exc:
            reason = exc.message
    return Status(url, local.get(db, local.USER) or "", outgoing, refused, incoming,
                  local.get(db, local.LAST_SYNC), local.get(db, local.LAST_ERROR),
                  open_conflicts, reason)


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def conflict_list(store: Store, include_restored: bool = True) -> list[tuple[local.Conflict, str]]:
    """The conflicts, each with a short label of what it is about (an article, a note...)."""
    out = []
    for c in local.conflicts(store.db, include_restored):
        table = TABLES.get(c.entity)
        s = local.shadow(store.db, c.entity, c.desk_key)
        out.append((c, table.describe(store.db, s.local_key, s.vals) if table else c.entity))
    return out


def short_value(value, width: int = 40) -> str:
    """A value of a conflict, short enough for a line."""
    import json

    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[:width - 1] + "…"


def restore_conflict(store: Store, conflict_id: int) -> str:
    """Put a value that lost a conflict back, as a new change (which then wins everywhere)."""
    import json

    db = store.db
    row = db.execute("SELECT entity, desk_key, field, lost_value, restored FROM desk_conflicts "
                     "WHERE id = ?", [conflict_id]).fetchone()
    if row is None:
        raise DeskError(f"no conflict number {conflict_id}; `reader desk conflicts` lists them")
    entity, desk_key, field_name, lost, restored = row
    table = TABLES.get(entity)
    s = local.shadow(db, entity, desk_key)
    if table is None or s.local_key is None:
        raise DeskError(f"conflict {conflict_id} is about something this library does not have")
    try:
        said = table.restore(store, s.local_key, field_name, json.loads(lost))
    except ValueError as exc:  # what cannot be put back (a segment merged away since...)
        raise DeskError(f"conflict {conflict_id} was not restored: {exc}", store.path) from exc
    with store.transaction():
        db.execute("UPDATE desk_conflicts SET restored = ? WHERE id = ?",
                   [local.now_iso_seconds(), conflict_id])
    return said
