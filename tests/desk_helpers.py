"""What the desk tests compare: a library's shared content, independent of local ids."""

from __future__ import annotations

import json


def joined(desk_library, desk_url, *users) -> list:
    """A new library for each user, joined to the desk (``desk_url(user)``)."""
    from reader.core import desk

    stores = []
    for n, user in enumerate(users):
        store = desk_library(f"{user}-{n}")
        desk.join(store, desk_url(user))
        stores.append(store)
    return stores


def sync_all(*stores, rounds=2) -> None:
    from reader.core import desk

    for _ in range(rounds):
        for store in stores:
            desk.sync(store)


def assert_converged(*stores) -> None:
    first = snapshot(stores[0])
    for other in stores[1:]:
        assert differences(first, snapshot(other)) == []


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
            "teachings": teachings, **vocabulary(store, sha), **translation(store, sha)}


def vocabulary(store, sha: dict) -> dict:
    """Word statuses, saved words (with their FSRS card) and reviews: personal, so equal
    only between libraries of one desk user."""
    db = store.db
    statuses = dict(db.execute("SELECT lemma_key, status FROM vocab_status").fetchall())
    saved = {r[0]: (*r[1:-3], sha.get(r[-3], r[-3]), *r[-2:]) for r in db.execute(
        'SELECT uuid, lemma_key, word, lemma, gloss, sentence, start, "end", card, due, created, '
        "deleted, doc_id, doc_title, domain FROM vocab_saved")}
    reviews = sorted(db.execute(
        "SELECT saved_uuid, rating, reviewed, card_before, card_after FROM vocab_reviews").fetchall())
    return {"statuses": statuses, "saved": saved, "word_reviews": reviews}


def translation(store, sha: dict) -> dict:
    """Translations (languages), segments, terms and imported memory units."""
    db = store.db
    languages = {sha[r[0]]: r[1:] for r in db.execute(
        "SELECT doc_id, source_lang, target_lang FROM translations")}
    segments = {r[0]: (sha[r[1]], *r[2:]) for r in db.execute(
        'SELECT uuid, doc_id, start, "end", exact, prefix, suffix, target, status, note, '
        "needs_review, previous_source, author, created, deleted, orphan FROM segments")}
    terms = {r[0]: r[1:] for r in db.execute(
        "SELECT uuid, source, target, source_lang, target_lang, note, domain, author, created, "
        "deleted FROM terms")}
    units = sorted(db.execute(
        "SELECT source, target, source_lang, target_lang, note, origin FROM tm_units").fetchall())
    return {"languages": languages, "segments": segments, "terms": terms, "tm_units": units}


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
