"""The merge, both ways: local rows become changes to send (:func:`prepare`), and changes from
the desk are merged into the library (:func:`apply`).

A change carries its id, its author, the hybrid logical clock of the edit, the fields that
changed, and for each field the clock of the value it replaced (``base``). Per field:

- a change made after seeing the value it replaces (``base`` is the clock we hold) simply
  wins;
- otherwise the two edits were made apart (offline, or between syncs): the later clock wins
  and the other value goes into the conflicts list, on every library that sees both;
- a ``sticky`` field (an annotation's ``deleted``) once true stays true: a tombstone is never
  revived, not by an older edit and not by an undo after the delete reached the desk;
- log entries (the review trail, teachings) are kept as they come; a removal is a tombstone.

Two refinements a table may ask for (annotations, reviews and articles use neither): fields
in ``quiet`` (who made a row, where a segment lies) follow the later change without a
conflict entry; fields in ``defaults`` (a segment's empty translation) never let their
blank value, made apart, replace another value: work beats a blank on every library,
whatever the order changes arrive in.

Applying the same change twice changes nothing (its clock equals the one held), so a sync
interrupted anywhere is completed by the next one.
"""

from __future__ import annotations

import json
import uuid

from ..store.sqlite import Database
from . import local
from .local import Links, dumps
from .tables import TABLES, Table


def _same(a, b) -> bool:
    return dumps(a) == dumps(b)


def _blank_against(table: Table, field: str, incoming, held) -> str | None:
    """Of two values made apart, which one is the field's blank default while the other is
    not ("incoming", "held"), or None. Such a blank is what a row is made with (an empty
    translation of a segment two people cut the same way): it loses to the work, whatever
    the clocks, and is no conflict."""
    if field not in table.defaults:
        return None
    blank = table.defaults[field]
    a, b = _same(incoming, blank), _same(held, blank)
    return "incoming" if a and not b else "held" if b and not a else None


def _refuse_revival(db: Database, links: Links, table: Table, s: local.Shadow, local_key: list,
                    fields: dict, field: str, hlc: str, user: str) -> None:
    """The row was brought back locally after its tombstone reached the desk: keep it
    deleted, and keep what was brought back in the conflicts list (restoring it makes a new
    row)."""
    local.set_applying(db, True)
    try:
        table.write(db, links, s.desk_key, local_key, {**s.vals, **fields, field: True})
    finally:
        local.set_applying(db, False)
    local.record_conflict(db, table.entity, s.desk_key, field, {**s.vals, **fields, field: False},
                          hlc, user, True, s.clocks.get(field, ""), s.authors.get(field, ""))


def prepare(db: Database) -> int:
    """Turn the rows in the outbox into changes waiting to be sent (inside the caller's
    transaction). Returns how many changes were made."""
    links = Links()
    node = local.get(db, local.NODE) or ""
    user = local.get(db, local.USER) or ""
    rank = {name: i for i, name in enumerate(TABLES)}
    made = 0
    for _ in range(3):  # a pass may queue the article an annotation refers to
        rows = db.execute("SELECT entity, rowkey, hlc FROM desk_outbox").fetchall()
        if not rows:
            break
        rows.sort(key=lambda r: (rank.get(r[0], 99), r[2]))
        for entity, rowkey, hlc in rows:
            db.execute("DELETE FROM desk_outbox WHERE entity = ? AND rowkey = ?", [entity, rowkey])
            table = TABLES.get(entity)
            if table is not None:
                made += _prepare_row(db, links, table, json.loads(rowkey), f"{hlc}.{node}", user)
    return made


def _prepare_row(db: Database, links: Links, table: Table, local_key: list, hlc: str,
                 user: str) -> int:
    got = table.read(db, links, local_key)
    if got is None:  # removed locally: a tombstone, if the desk knows the row
        s = local.shadow_for_local(db, table.entity, local_key)
        if s is None or s.vals.get("deleted") or (table.mode != "log" and "deleted" not in table.sticky):
            return 0
        changed = {"deleted": True}
    else:
        desk_key, fields = got
        s = local.shadow(db, table.entity, desk_key)
        if table.mode == "log":
            if s.vals:
                return 0  # already on the desk (an entry never changes)
            changed = fields
        else:
            changed = {f: v for f, v in fields.items() if f not in s.vals or not _same(s.vals[f], v)}
            for f in table.sticky:
                if s.vals.get(f) and not fields.get(f):
                    _refuse_revival(db, links, table, s, local_key, fields, f, hlc, user)
                    changed.pop(f, None)
    if not changed:
        return 0
    base = {f: s.clocks.get(f, "") for f in changed}
    if table.lists_edits_of_deleted and any(changed.get(f) for f in table.sticky):
        base = {**s.clocks, **base}  # what the deletion saw: an edit it did not see is listed
    db.execute(
        "INSERT INTO desk_pending (change_id, entity, desk_key, hlc, base, fields) VALUES (?, ?, ?, ?, ?, ?)",
        [str(uuid.uuid4()), table.entity, s.desk_key, hlc, dumps(base), dumps(changed)])
    s.local_key = local_key
    for f, v in changed.items():
        s.vals[f] = v
        s.clocks[f] = hlc
        s.authors[f] = user
    local.save_shadow(db, s)
    return 1


def apply(db: Database, change: dict) -> bool:
    """Merge one change from the desk (inside a transaction with the applying flag set).
    Returns False when it cannot be applied yet (what it refers to has not arrived)."""
    table = TABLES.get(change["entity"])
    if table is None:
        return True  # shared by a newer reader; this version does not keep it
    local.observe(db, change["hlc"])
    links = Links()
    s = local.shadow(db, table.entity, change["key"])
    if table.mode == "log":
        return _apply_log(db, links, table, s, change)
    return _apply_fields(db, links, table, s, change)


def _apply_log(db: Database, links: Links, table: Table, s: local.Shadow, change: dict) -> bool:
    fields, hlc, author = change["fields"], change["hlc"], change["author"]
    if fields.get("deleted"):
        if s.exists and s.local_key and not s.vals.get("deleted"):
            table.delete(db, s.local_key)
        s.vals = {**s.vals, "deleted": True}
    elif s.exists:
        return True  # already here (or removed since)
    else:
        local_key = table.write(db, links, s.desk_key, None, fields)
        if local_key is None:
            return False
        s.local_key, s.vals = local_key, dict(fields)
    s.clocks = {**s.clocks, "_": max(hlc, s.clocks.get("_", ""))}
    s.authors = {**s.authors, "_": author}
    local.save_shadow(db, s)
    return True


def _apply_fields(db: Database, links: Links, table: Table, s: local.Shadow, change: dict) -> bool:
    fields, hlc, author, base = change["fields"], change["hlc"], change["author"], change["base"]
    vals, clocks, authors = dict(s.vals), dict(s.clocks), dict(s.authors)
    lost: list[tuple] = []
    changed = False
    for f, v in fields.items():
        held = clocks.get(f, "")
        if f in table.sticky:
            if (v and not vals.get(f)) or f not in vals:
                vals[f], clocks[f], authors[f], changed = v, hlc, author, True
            continue
        if hlc == held:
            continue  # this very change, applied before
        apart = base.get(f, "") != held and f in vals and not _same(vals[f], v)
        blank = _blank_against(table, f, v, vals.get(f)) if apart else None
        if blank == "incoming":
            continue  # a blank made apart never replaces work (see Table.defaults)
        if blank == "held" or hlc > held:
            if apart and held and blank is None and f not in table.quiet:
                lost.append((f, vals[f], held, authors.get(f, ""), v, hlc, author))
            vals[f], clocks[f], authors[f], changed = v, hlc, author, True
        elif apart and f not in table.quiet:
            lost.append((f, v, hlc, author, vals[f], held, authors.get(f, "")))
    if changed and table.lists_edits_of_deleted:
        lost.extend(_edits_of_deleted(table, s, vals, fields, base, hlc, author))
    if changed:
        local_key = table.write(db, links, s.desk_key, s.local_key, vals)
        if local_key is None:
            return False
        s.local_key = local_key
        s.vals, s.clocks, s.authors = vals, clocks, authors
        local.save_shadow(db, s)
    for f, lost_value, lost_hlc, lost_author, won, won_hlc, won_author in lost:
        local.record_conflict(db, table.entity, s.desk_key, f, lost_value, lost_hlc, lost_author,
                              won, won_hlc, won_author)
    return True


def _edits_of_deleted(table: Table, s: local.Shadow, vals: dict, fields: dict, base: dict,
                      hlc: str, author: str) -> list[tuple]:
    """An edit and a deletion made apart (a segment translated on one machine and merged
    away on another): the row stays deleted and the edit goes into the conflicts list as a
    ``deleted`` conflict, whichever arrives first. Restoring it brings the edit back the
    way the table knows (see its ``restore``)."""
    out = []
    for flag in table.sticky:
        editable = [f for f in vals if f not in table.sticky and f not in table.quiet]
        if s.vals.get(flag):  # already deleted here: an edit arrives
            if any(f in fields and not _same(vals[f], s.vals.get(f)) for f in editable):
                out.append((flag, {**vals, flag: False}, hlc, author, True,
                            s.clocks.get(flag, ""), s.authors.get(flag, "")))
        elif vals.get(flag):  # the deletion arrives: did it see every edit held here?
            unseen = [f for f in editable if f in base and s.clocks.get(f, "") != base[f]]
            if unseen:
                last = max(unseen, key=lambda f: s.clocks.get(f, ""))
                out.append((flag, {**s.vals, flag: False}, s.clocks.get(last, ""),
                            s.authors.get(last, ""), True, hlc, author))
    return out
