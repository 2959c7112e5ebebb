"""`reader desk ...`: share the library's work with a team through a PostgreSQL desk.

    reader desk init URL        create (or upgrade) the desk schema in a PostgreSQL database
    reader desk join URL        tie this library to a desk
    reader desk sync            push this library's changes, pull everyone else's
    reader desk status          what waits in each direction, and the last sync
    reader desk conflicts       values that lost a conflict (restore one with `restore N`)
    reader desk restore N       put a lost value back (as a new change)
    reader desk leave           untie the library from its desk

URL is a libpq address: a service name, ``postgresql://user@host/db?sslmode=...`` or
``key=value`` settings. Passwords come from ~/.pgpass or the service file, never stored.
"""

from __future__ import annotations

import argparse
import json
import sys

from .core.errors import ReaderError

_PGPASS_HINT = ("the password in the address was used for this command only and not saved; "
                "put it in ~/.pgpass (host:port:database:user:password, mode 0600) or a "
                "service file so that syncs can log in")


def add_parser(sub, add_db) -> None:
    p = sub.add_parser("desk", help="share annotations, reviews and teachings through a "
                       "PostgreSQL desk (offline first)")
    actions = p.add_subparsers(dest="desk_command", metavar="ACTION", required=True)
    a = actions.add_parser("init", help="create or upgrade the desk schema in a PostgreSQL database")
    a.add_argument("url", metavar="URL", help="libpq address: service name, postgresql:// URL or key=value")
    a = actions.add_parser("join", help="tie this library to a desk")
    a.add_argument("url", metavar="URL")
    add_db(a)
    a = actions.add_parser("sync", help="push this library's changes and pull everyone else's")
    add_db(a)
    a = actions.add_parser("status", help="what waits in each direction and when the last sync ran")
    a.add_argument("--json", action="store_true", help="print JSON")
    add_db(a)
    a = actions.add_parser("conflicts", help="values that lost a conflict, to see and restore")
    a.add_argument("--all", action="store_true", help="also those already restored")
    a.add_argument("--json", action="store_true", help="print JSON")
    add_db(a)
    a = actions.add_parser("restore", help="put a value that lost a conflict back")
    a.add_argument("conflict", type=int, metavar="N", help="its number in `reader desk conflicts`")
    add_db(a)
    a = actions.add_parser("leave", help="untie this library from its desk (nothing is deleted)")
    add_db(a)


def run(args, open_store) -> int:
    from .core import desk

    command = args.desk_command
    if command == "init":
        address, desk_id, before, now = desk.init(args.url)
        verb = "created" if before == 0 else ("upgraded" if before < now else "checked")
        print(f"{verb} the desk {desk_id} (desk schema {now}) at {address.shown()}")
        print("grant roles with psql: GRANT desk_writer TO <user>; GRANT desk_reviewer TO "
              "<user>; GRANT desk_reader TO <user> (read only)")
        if address.had_password:
            print(f"reader: {_PGPASS_HINT}", file=sys.stderr)
        return 0
    with open_store(args) as store:
        if command == "join":
            address, info, queued = desk.join(store, args.url)
            role = ("reviewer" if info.reviewer else "writer" if info.can_push else "reader (read only)")
            print(f"joined the desk {info.desk_id} as {info.user}, {role}; {queued} rows to "
                  "send at the first sync (`reader desk sync`)")
            if address.had_password:
                print(f"reader: {_PGPASS_HINT}", file=sys.stderr)
            return 0
        if command == "sync":
            report = desk.sync(store, progress=None)
            print(report.line())
            for line in report.refused[:10]:
                print(f"reader: {store.path}: {line}", file=sys.stderr)
            return 0
        if command == "status":
            return _status(store, args.json)
        if command == "conflicts":
            return _conflicts(store, args.all, args.json)
        if command == "restore":
            print(desk.restore_conflict(store, args.conflict))
            return 0
        if command == "leave":
            desk.leave(store)
            print("left the desk; the library keeps everything it has")
            return 0
    raise ReaderError(f"unknown desk action {command}")


def _status(store, as_json: bool) -> int:
    from .core import desk

    s = desk.status(store)
    if as_json:
        print(json.dumps(s.__dict__, ensure_ascii=False, indent=2))
        return 0
    if s.url is None:
        print("This library has not joined a desk (`reader desk join URL`).")
        return 0
    print(f"desk:      {s.url} (as {s.user})")
    print(f"to send:   {s.outgoing}" + (f" ({s.refused} refused by the desk, kept here)" if s.refused else ""))
    print("to receive: " + (str(s.incoming) if s.incoming is not None
                            else f"unknown ({s.offline_reason})"))
    print(f"last sync: {s.last_sync or 'never'}")
    if s.last_error:
        print(f"last problem: {s.last_error}")
    if s.conflicts:
        print(f"conflicts: {s.conflicts} (`reader desk conflicts`)")
    return 0


def _conflicts(store, include_restored: bool, as_json: bool) -> int:
    from .core.desk.engine import conflict_list, short_value

    items = conflict_list(store, include_restored)
    if as_json:
        print(json.dumps([dict(c.__dict__, what=what) for c, what in items], ensure_ascii=False,
                         indent=2))
        return 0
    if not items:
        print("No conflicts.")
    for c, what in items:
        mark = "restored " if c.restored else ""
        print(f"{c.id:4}  {mark}{what}, {c.field}: kept {short_value(c.won_value)!r} "
              f"({c.won_author}), lost {short_value(c.lost_value)!r} ({c.lost_author})")
    return 0
