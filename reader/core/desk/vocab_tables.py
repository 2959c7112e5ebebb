"""The learner's vocabulary on the desk: word statuses, saved words with their review cards,
and the review log (see :mod:`.tables` for what a shared table is).

All three are ``personal``: a learner's statuses and saved words are their own. They travel
between the libraries of one desk user (a laptop and a desktop) and the desk shows them to
no one else: its row-level security hides another user's personal changes from every pull,
so no one can read them, and a change someone else pushes under the same key is invisible to
the owner (it can never change their words).

- ``word_status`` (``vocab_status``, keyed on the folded lemma, the same on every library):
  the status; "new" has no row here, so marking a word new travels as the status "new".
- ``saved_word`` (``vocab_saved``, by uuid): the word, its analysis and gloss, where it was
  met (the article by its desk key, so an article imported by two people is one), and its
  FSRS card with the time it is due as one field (``review``): two reviews made apart do not
  mix one card with the other's due time. A deleted word is a tombstone that never comes
  back; an edit made apart from a deletion waits in the conflicts list.
- ``word_review`` (``vocab_reviews``): each review (rating, cards before and after), a log;
  undoing a review removes it everywhere.
"""

from __future__ import annotations

from ..model import new_uuid, now_iso
from ..vocab import library as _lib
from .local import shadow
from .tables import Table, _row, content_key, register, save_changed, touched


def _doc_key(db, links, doc_id: str) -> str:
    """The article's desk key, or "" when the word was not met in an article here."""
    if not doc_id or db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is None:
        return ""
    return links.doc_key(db, doc_id)


class WordStatuses(Table):
    """A learner's status of each word (lemma key -> learning1..4, known, ignored, new)."""

    quiet = frozenset({"lemma"})

    def read(self, db, links, local_key):
        row = _row(db, "SELECT lemma, status FROM vocab_status WHERE lemma_key = ?", local_key)
        if row is None:  # marked new again: that travels, once the desk knows the word
            return (local_key[0], {"status": "new"}) if shadow(db, self.entity, local_key[0]).exists else None
        return local_key[0], row

    def write(self, db, links, desk_key, local_key, fields):
        status = fields.get("status")
        if status is None:
            return None
        if status == "new":
            db.execute("DELETE FROM vocab_status WHERE lemma_key = ?", [desk_key])
        else:
            db.execute("INSERT OR REPLACE INTO vocab_status (lemma_key, lemma, status, updated) "
                       "VALUES (?, ?, ?, ?)", [desk_key, fields.get("lemma") or "", status, now_iso()])
        return [desk_key]

    def restore(self, store, local_key, field, value):
        if field != "status":
            raise ValueError(f"a word's {field} cannot be restored from the conflicts list")
        saved = _lib.saved_for_key(store, local_key[0])
        row = _row(store.db, "SELECT lemma FROM vocab_status WHERE lemma_key = ?", local_key)
        shown = (row or {}).get("lemma") or (saved.lemma if saved else "") or local_key[0]
        _lib.set_statuses(store, {local_key[0]: (shown, _lib.check_status(value))})
        return "restored the word's status"

    def describe(self, db, local_key, fields):
        row = _row(db, "SELECT lemma FROM vocab_status WHERE lemma_key = ?", local_key or [""])
        return f"status of “{(row or fields).get('lemma') or (local_key or [''])[0]}”"


class SavedWords(Table):
    """Saved words with their review cards; deleting leaves a tombstone that travels."""

    WORD = ("lemma_key", "word", "lemma", "vowelled", "root", "pos", "gloss", "domain")
    quiet = frozenset({"created"})
    lists_edits_of_deleted = True

    def read(self, db, links, local_key):
        w = _lib.find_row(db, local_key[0])
        if w is None:
            return None
        fields = {k: getattr(w, k) for k in self.WORD}
        fields["context"] = [_doc_key(db, links, w.doc_id), w.doc_title, w.sentence, w.start, w.end]
        fields["review"] = [w.card, w.due]
        fields["created"] = w.created
        fields["deleted"] = w.deleted
        return w.uuid, fields

    def write(self, db, links, desk_key, local_key, fields):
        if any(f not in fields for f in ("lemma_key", "word", "context", "review", "created")):
            return None
        doc, title, sentence, start, end = fields["context"]
        doc_id = links.doc_id(db, doc) if doc else ""
        if doc_id is None:
            return None  # the article has not arrived yet
        current = _lib.find_row(db, desk_key)
        card, due = fields["review"]
        w = _lib.SavedWord(
            uuid=desk_key, **{k: fields.get(k) or "" for k in self.WORD}, sentence=sentence,
            doc_id=doc_id, doc_title=title, start=int(start), end=int(end), card=card, due=due,
            created=fields["created"], updated=touched(current), deleted=bool(fields.get("deleted")))
        save_changed(_lib.save_row, db, current, w)
        return [desk_key]

    def restore(self, store, local_key, field, value):
        w = _lib.saved_word(store, local_key[0])
        if field == "deleted":  # an edit made apart from the deletion: a new saved word
            fields = {k: value[k] for k in self.WORD if k in value}
            if "review" in value:
                fields["card"], fields["due"] = value["review"]
            now = now_iso()
            _lib.put_saved(store, w.evolve(uuid=new_uuid(), deleted=False, created=now,
                                           updated=now, **fields))
            return "the word was deleted on the desk; restored it as a new saved word"
        if field == "review":
            changes = {"card": value[0], "due": value[1]}
        elif field in self.WORD:
            changes = {field: value}
        else:
            raise ValueError(f"a saved word's {field} cannot be restored from the conflicts list")
        if w.deleted:
            raise ValueError("this saved word was deleted since; save the word again")
        _lib.put_saved(store, w.evolve(updated=now_iso(), **changes), status_if_new=None)
        return f"restored the saved word's {'review state' if field == 'review' else field}"

    def describe(self, db, local_key, fields):
        w = _lib.find_row(db, local_key[0]) if local_key else None
        return f"saved word “{w.word if w else fields.get('word', '')}”"


class WordReviews(Table):
    """Each review of a saved word (its rating and the card before and after)."""

    COLUMNS = ("saved_uuid", "rating", "reviewed", "card_before", "card_after")

    def read(self, db, links, local_key):
        row = _row(db, "SELECT saved_uuid, rating, reviewed, card_before, card_after "
                       "FROM vocab_reviews WHERE id = ?", local_key)
        if row is None:
            return None
        return content_key(*row.values()), row

    def write(self, db, links, desk_key, local_key, fields):
        cursor = db.execute(
            "INSERT INTO vocab_reviews (saved_uuid, rating, reviewed, card_before, card_after) "
            "VALUES (?, ?, ?, ?, ?)", [fields[k] for k in self.COLUMNS])
        return [cursor.lastrowid]

    def delete(self, db, local_key):
        db.execute("DELETE FROM vocab_reviews WHERE id = ?", local_key)


register(WordStatuses("word_status", "vocab_status", ("lemma_key",), "fields", "personal", 60))
register(SavedWords("saved_word", "vocab_saved", ("uuid",), "fields", "personal", 61,
                    frozenset({"deleted"})))
register(WordReviews("word_review", "vocab_reviews", ("id",), "log", "personal", 62))
