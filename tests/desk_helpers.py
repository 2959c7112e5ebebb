"""What the desk tests compare: a library's shared content, independent of local ids."""

from __future__ import annotations

import json


def snapshot(store) -> dict:
    """Everything that travels, keyed by what is the same in every library (text hashes,
    annotation uuids), with nothing local (row ids, local document ids, import times)."""
    db = store.db
    sha = dict(db.execute("SELECT id, sha256 FROM documents").fetchall())
    docs = {r[0]: r[1:] for r in db.execute(
        "SELECT sha256, title, outlet, date, author, url FROM documents")}
    notes = {}
    for a in store.all_annotations(include_deleted=True):
        notes[a.uuid] = (sha[a.doc_id], a.selector, a.kind, a.color, a.note, a.tags, a.author,
                         a.created, a.deleted)
    reviews = {(sha[r[0]], r[1]): r[2:] for r in db.execute(
        "SELECT doc_id, claim_key, status, note, exact, author, updated FROM claim_reviews")}
    trail = sorted((sha[r[0]], *r[1:]) for r in db.execute(
        "SELECT doc_id, claim_key, status, note, author, at FROM claim_review_trail"))
    teachings = sorted(db.execute(
        "SELECT action, form, value, type, author, at FROM entity_decisions").fetchall())
    return {"documents": docs, "annotations": notes, "reviews": reviews, "trail": trail,
            "teachings": teachings}


def desk_duplicates(conn) -> list:
    """Changes the desk holds more than once (the same edit pushed twice under two ids)."""
    return conn.execute(
        "SELECT entity, key, hlc, count(*) FROM desk.changes GROUP BY entity, key, hlc, node "
        "HAVING count(*) > 1").fetchall()


def differences(a: dict, b: dict) -> list[str]:
    out = []
    for part in a:
        if a[part] != b[part]:
            if isinstance(a[part], dict):
                keys = set(a[part]) ^ set(b[part])
                keys |= {k for k in set(a[part]) & set(b[part]) if a[part][k] != b[part][k]}
                out.append(f"{part}: {len(keys)} differ, e.g. {json.dumps(str(sorted(map(str, keys))[:2]))}")
            else:
                out.append(f"{part}: {len(a[part])} vs {len(b[part])} entries")
    return out
