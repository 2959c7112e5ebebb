"""The learner's vocabulary in the library: word statuses, saved words with their review
cards, the review log, and caches of word analyses and per-article word lists.

Every function that changes something runs in one ``Store.transaction()`` and has
committed when it returns. Saved words are never deleted: a tombstone (``deleted``) keeps
an export or an undo from bringing back the wrong thing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace

from ..model import new_uuid, now_iso

#: Word statuses, as in LingQ and LUTE. "new": never marked (no row is stored).
STATUSES = ("new", "learning1", "learning2", "learning3", "learning4", "known", "ignored")
LEARNING = ("learning1", "learning2", "learning3", "learning4")


@dataclass(frozen=True)
class SavedWord:
    uuid: str
    lemma_key: str
    word: str  # as met in the text
    lemma: str = ""
    vowelled: str = ""
    root: str = ""
    pos: str = ""
    gloss: str = ""
    domain: str = ""
    sentence: str = ""  # the sentence it was met in
    doc_id: str = ""  # where: the article and the word's offsets in it
    doc_title: str = ""
    start: int = -1
    end: int = -1
    card: str = "{}"  # the FSRS card, as JSON
    due: str = ""  # ISO time the card is due
    created: str = ""
    updated: str = ""
    deleted: bool = False

    def evolve(self, **changes) -> "SavedWord":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return asdict(self)


_COLUMNS = [f.name for f in fields(SavedWord)]
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in _COLUMNS) + " FROM vocab_saved"


def _row(row) -> SavedWord:
    values = dict(zip(_COLUMNS, row))
    values["deleted"] = bool(values["deleted"])
    return SavedWord(**values)


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValueError(f"unknown word status {status!r}; use one of {', '.join(STATUSES)}")
    return status


# --- statuses ------------------------------------------------------------------------------


def statuses(store, keys=None) -> dict[str, str]:
    """Lemma key -> status for the keys given (all stored ones when None); a key that is
    not there is "new"."""
    if keys is None:
        rows = store.db.execute("SELECT lemma_key, status FROM vocab_status").fetchall()
        return dict(rows)
    keys = list(dict.fromkeys(keys))
    out: dict[str, str] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(store.db.execute(
            f"SELECT lemma_key, status FROM vocab_status WHERE lemma_key IN ({marks})", chunk
        ).fetchall())
    return out


def status(store, key: str) -> str:
    return statuses(store, [key]).get(key, "new")


def set_statuses(store, changes: dict[str, tuple[str, str]], expected: dict[str, str] | None = None
                 ) -> dict[str, str]:
    """Set each lemma key's status: ``changes`` maps key -> (lemma as shown, status).
    Returns the statuses before. With ``expected`` (key -> status), nothing is written
    unless the library still holds those (an undo over another program's change)."""
    from ..errors import ConflictError

    now = now_iso()
    with store.transaction():
        before = statuses(store, list(changes))
        previous = {k: before.get(k, "new") for k in changes}
        if expected is not None and any(previous.get(k) != v for k, v in expected.items()):
            raise ConflictError("these words' statuses were changed elsewhere (another window or "
                                "program) in the meantime; they were left as they are now",
                                store.path)
        for key, (lemma, new) in changes.items():
            check_status(new)
            if new == "new":
                store.db.execute("DELETE FROM vocab_status WHERE lemma_key = ?", [key])
            else:
                store.db.execute(
                    "INSERT OR REPLACE INTO vocab_status (lemma_key, lemma, status, updated) "
                    "VALUES (?, ?, ?, ?)", [key, lemma, new, now])
    return previous


# --- saved words ---------------------------------------------------------------------------


def saved_words(store, *, include_deleted: bool = False) -> list[SavedWord]:
    sql = _SELECT + ("" if include_deleted else " WHERE deleted = 0") + " ORDER BY created"
    return [_row(r) for r in store.db.execute(sql).fetchall()]


def saved_word(store, uuid: str) -> SavedWord | None:
    return find_row(store.db, uuid)


def saved_for_key(store, key: str) -> SavedWord | None:
    row = store.db.execute(_SELECT + " WHERE lemma_key = ? AND deleted = 0 LIMIT 1", [key]).fetchone()
    return _row(row) if row else None


def saved_keys(store) -> set[str]:
    return {r[0] for r in store.db.execute(
        "SELECT lemma_key FROM vocab_saved WHERE deleted = 0").fetchall()}


def new_saved_word(lemma_key: str, word: str, **fields_) -> SavedWord:
    from .review import new_card

    card, due = new_card()
    now = now_iso()
    return SavedWord(uuid=new_uuid(), lemma_key=lemma_key, word=word, card=card, due=due,
                     created=now, updated=now, **fields_)


def _write(store, w: SavedWord) -> None:
    save_row(store.db, w)


def save_row(db, w: SavedWord) -> None:
    """Insert or replace the row of ``w`` (inside the caller's transaction)."""
    values = asdict(w)
    values["deleted"] = int(w.deleted)
    cols = ", ".join(f'"{c}"' for c in _COLUMNS)
    db.execute(f"INSERT OR REPLACE INTO vocab_saved ({cols}) VALUES "
               f"({', '.join('?' * len(_COLUMNS))})", [values[c] for c in _COLUMNS])


def find_row(db, uuid: str) -> SavedWord | None:
    row = db.execute(_SELECT + " WHERE uuid = ?", [uuid]).fetchone()
    return _row(row) if row else None


def put_saved(store, w: SavedWord, *, expected: SavedWord | None = None,
              status_if_new: str | None = "learning1") -> SavedWord:
    """Insert or replace a saved word as given (undo uses it to restore states). A word
    saved for the first time gets ``status_if_new`` when its lemma is still "new". With
    ``expected``, the library must still hold that state (else ConflictError)."""
    from ..errors import ConflictError

    with store.transaction():
        if expected is not None:
            current = saved_word(store, w.uuid)
            if current is None or current.evolve(updated="") != expected.evolve(updated=""):
                raise ConflictError("this saved word was changed elsewhere (another window or "
                                    "program) in the meantime; it was left as it is now",
                                    store.path)
        _write(store, w)
        if status_if_new and not w.deleted and status(store, w.lemma_key) == "new":
            store.db.execute(
                "INSERT OR REPLACE INTO vocab_status (lemma_key, lemma, status, updated) "
                "VALUES (?, ?, ?, ?)", [w.lemma_key, w.lemma or w.word, status_if_new, now_iso()])
    return w


def add_saved_batch(store, words: list[SavedWord], status_if_new: str = "learning1") -> None:
    """Insert many saved words in one transaction (a CSV import); a word whose lemma is
    still "new" becomes ``status_if_new``."""
    with store.transaction():
        now = now_iso()
        for w in words:
            _write(store, w)
            store.db.execute(
                "INSERT OR IGNORE INTO vocab_status (lemma_key, lemma, status, updated) "
                "VALUES (?, ?, ?, ?)", [w.lemma_key, w.lemma or w.word, status_if_new, now])


def due_words(store, now: str | None = None) -> list[SavedWord]:
    now = now or now_iso()
    rows = store.db.execute(_SELECT + " WHERE deleted = 0 AND due <= ? ORDER BY due",
                            [now]).fetchall()
    return [_row(r) for r in rows]


def due_count(store, now: str | None = None) -> int:
    return store.db.execute("SELECT count(*) FROM vocab_saved WHERE deleted = 0 AND due <= ?",
                            [now or now_iso()]).fetchone()[0]


def record_review(store, before: SavedWord, after: SavedWord, rating: int) -> int:
    """Save a reviewed card and log the review, if the card is still ``before``."""
    from ..errors import ConflictError

    with store.transaction():
        current = saved_word(store, before.uuid)
        if current is None or current.card != before.card:
            raise ConflictError("this word was reviewed elsewhere in the meantime", store.path)
        _write(store, after)
        cursor = store.db.execute(
            "INSERT INTO vocab_reviews (saved_uuid, rating, reviewed, card_before, card_after) "
            "VALUES (?, ?, ?, ?, ?)", [before.uuid, rating, now_iso(), before.card, after.card])
        return cursor.lastrowid


def undo_review(store, review_id: int, before: SavedWord, after: SavedWord) -> None:
    """Put the card back as it was before a review and drop the review from the log."""
    from ..errors import ConflictError

    with store.transaction():
        current = saved_word(store, before.uuid)
        if current is None or current.card != after.card:
            raise ConflictError("this word was reviewed elsewhere after that review; it was left "
                                "as it is now", store.path)
        _write(store, before)
        store.db.execute("DELETE FROM vocab_reviews WHERE id = ?", [review_id])


def review_count(store, uuid: str) -> int:
    return store.db.execute("SELECT count(*) FROM vocab_reviews WHERE saved_uuid = ?",
                            [uuid]).fetchone()[0]


# --- caches --------------------------------------------------------------------------------


def cached_analyses(store, words, analyser: str) -> dict[str, dict]:
    words = list(dict.fromkeys(words))
    out: dict[str, dict] = {}
    for i in range(0, len(words), 500):
        chunk = words[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for word, result in store.db.execute(
                f"SELECT word, result FROM vocab_analyses WHERE analyser = ? AND word IN ({marks})",
                [analyser, *chunk]).fetchall():
            out[word] = json.loads(result)
    return out


def save_analyses(store, analyses: list[dict], analyser: str) -> None:
    if not analyses:
        return
    with store.transaction():
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO vocab_analyses (word, analyser, result) VALUES (?, ?, ?)",
            [(a["word"], analyser, json.dumps(a, ensure_ascii=False)) for a in analyses])


def article_summary(store, sha256: str, analyser: str) -> tuple[list[str], list[str]] | None:
    row = store.db.execute("SELECT lemmas, terms FROM vocab_articles WHERE sha256 = ? AND "
                           "analyser = ?", [sha256, analyser]).fetchone()
    return (json.loads(row[0]), json.loads(row[1])) if row else None


def summarised(store, analyser: str) -> set[str]:
    """The hashes of the articles that have a summary by ``analyser``."""
    return {r[0] for r in store.db.execute("SELECT sha256 FROM vocab_articles WHERE analyser = ?",
                                           [analyser]).fetchall()}


def save_article_summary(store, sha256: str, analyser: str, lemmas: list[str],
                         terms: list[str]) -> None:
    with store.transaction():
        store.db.execute(
            "INSERT OR REPLACE INTO vocab_articles (sha256, analyser, lemmas, terms) "
            "VALUES (?, ?, ?, ?)", [sha256, analyser, json.dumps(sorted(set(lemmas)), ensure_ascii=False),
                                    json.dumps(sorted(set(terms)), ensure_ascii=False)])
