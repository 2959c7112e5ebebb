"""What travels through a desk: the one registry of shared tables.

Each :class:`Table` says which local table it is, its key, how it merges and who may push
it, and turns a row into the fields that travel (and back). Everything else is generic: the
triggers that capture local changes (:mod:`.capture`), the merge (:mod:`.merge`), the desk's
row-level security (a rule per entity, :mod:`.server`). To share a new table (saved words,
translations), write one class here and add it with :func:`register`; `reader desk init`
then tells the desk who may push it.

Two ways to merge:

- ``fields``: a row with a stable key whose fields change (an annotation, a claim review, an
  article's metadata and text). The later change wins per field (hybrid logical clocks);
  the losing value is kept in the conflicts list. Fields in ``sticky`` (``deleted``) never go
  back once set: a tombstone is never revived by an older or newer edit.
- ``log``: entries that are only added or removed (a review's trail, entity teachings),
  identified by their content; merging keeps every entry (ordered by time).

Rules (enforced by the desk, not the client): ``shared`` any writer may push; ``owner`` only
the desk user who created the row may change it; ``reviewer`` only the reviewer role;
``personal`` each desk user's own rows, which no one else even sees (a learner's word
statuses and saved words travel between that person's own libraries only).

A table may also name ``quiet`` fields (the later change wins without a conflict entry) and
``defaults`` (a blank that never replaces work made apart), see :mod:`.merge`. The tables of
saved words and translations are in :mod:`.vocab_tables` and :mod:`.translation_tables`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import ClassVar

from ..model import ImportedDocument, NoiseSpan, TextSelector
from ..store import annotation_rows as _ann
from ..store import documents as _docs
from ..store import search as _search
from ..store.sqlite import Database
from .local import Links

RULES = ("shared", "owner", "reviewer", "personal")


def content_key(*parts) -> str:
    """The desk key of an entry identified by its content."""
    raw = json.dumps(list(parts), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Table:
    entity: str  # its name on the desk
    table: str  # the local table
    key_columns: tuple[str, ...]
    mode: str  # "fields" or "log"
    rule: str  # "shared", "owner" or "reviewer"
    rank: int  # sent and applied in this order (articles before what refers to them)
    sticky: frozenset = frozenset()
    #: Fields whose losing value is not kept in the conflicts list (who made a row...).
    quiet: ClassVar[frozenset] = frozenset()
    #: Field -> its blank value, which never replaces another value made apart.
    defaults: ClassVar[dict] = {}
    #: An edit made apart from the row's deletion goes into the conflicts list.
    lists_edits_of_deleted: ClassVar[bool] = False

    def read(self, db: Database, links: Links, local_key: list) -> tuple[str, dict] | None:
        """(desk key, fields) of the local row, or None when it no longer exists."""
        raise NotImplementedError

    def write(self, db: Database, links: Links, desk_key: str, local_key: list | None,
              fields: dict) -> list | None:
        """Make the local row hold ``fields`` (all known fields); returns its local key, or
        None when it cannot be written yet (what it refers to has not arrived)."""
        raise NotImplementedError

    def delete(self, db: Database, local_key: list) -> None:
        """Remove a log entry (its tombstone arrived)."""
        raise NotImplementedError

    def restore(self, store, local_key: list, field: str, value) -> str:
        """Put a value that lost a conflict back, as a new local change; says what it did."""
        raise NotImplementedError

    def describe(self, db: Database, local_key: list | None, fields: dict) -> str:
        """A short label for the conflicts list."""
        return self.entity


def _row(db: Database, sql: str, args: list):
    cursor = db.execute(sql, args)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row))


def save_changed(save, db: Database, current, new) -> None:
    """Write a row pulled from the desk only when it differs from the one held (its time of
    change aside): a change applied twice writes nothing."""
    if current is None or current.evolve(updated="") != new.evolve(updated=""):
        save(db, new)


def touched(current) -> str:
    """The local time of change of a row the desk changes (never earlier than it was)."""
    from ..model import now_iso

    return max(now_iso(), current.updated if current else "")


class Articles(Table):
    """Articles, by content hash: the same text imported by two people is one article."""

    META = ("title", "outlet", "date", "author", "url", "format", "encoding")

    def read(self, db, links, local_key):
        row = _row(db, "SELECT * FROM documents WHERE id = ?", local_key)
        if row is None:
            return None
        fields = {k: row[k] for k in self.META}
        fields["text"] = row["text"]
        fields["noise"] = json.loads(row["noise"] or "[]")
        return links.doc_key(db, row["id"]), fields

    def write(self, db, links, desk_key, local_key, fields):
        if "text" not in fields:
            return None
        noise = tuple(NoiseSpan(int(a), int(b), str(r)) for a, b, r in fields.get("noise", []))
        imported = ImportedDocument(
            text=fields["text"], noise=noise,
            **{k: fields.get(k) or ("txt" if k == "format" else "utf-8" if k == "encoding" else "")
               for k in self.META})
        if local_key is None:
            same = _docs.find_by_hash(db, _docs.text_hash(fields["text"]))
            if same is not None:
                local_key = [same.id]
            else:
                return [_docs.insert(db, imported).id]
        doc_id = local_key[0]
        current = _row(db, "SELECT * FROM documents WHERE id = ?", [doc_id])
        if current is None:
            return None
        if current["text"] != fields["text"]:
            old = _docs.row_to_document(current)
            doc = _docs.replace_text(db, old, imported)
            _ann.reanchor_document(db, doc.id, doc.text)
            _reattach_translation(db, doc)
        meta = {k: imported.__dict__[k] for k in self.META}
        sets = ", ".join(f"{k} = ?" for k in meta)
        db.execute(f"UPDATE documents SET {sets}, noise = ? WHERE id = ?",
                   [*meta.values(), json.dumps(fields.get("noise", []), ensure_ascii=False), doc_id])
        if current["title"] != meta["title"] and not current["deleted"]:
            _search.index_document(db, _docs.get(db, doc_id))
        return [doc_id]

    def restore(self, store, local_key, field, value):
        if field in ("title", "outlet", "date", "author", "url"):
            store.update_metadata(local_key[0], **{field: value})
            return f"restored the article's {field}"
        raise ValueError(f"the article's {field} cannot be restored from the conflicts list")

    def describe(self, db, local_key, fields):
        row = _row(db, "SELECT title FROM documents WHERE id = ?", local_key or [""])
        return f"article “{(row or fields).get('title', '')}”"


def _reattach_translation(db: Database, doc) -> None:
    """A revised text arrived: its translation's segments follow it, as at an import. What
    moves is sent on as this library's changes (a segment made here that the reviser did
    not have yet is placed too); the same segments moved the same way elsewhere agree."""
    from ..translation.revision import reattach_document
    from .local import set_applying

    applying = db.execute("SELECT applying FROM desk_clock").fetchone()[0]
    set_applying(db, False)
    try:
        reattach_document(db, doc.id, doc.text, doc.noise)
    finally:
        set_applying(db, bool(applying))


class Annotations(Table):
    """Highlights and notes with their tags; deleting leaves a tombstone that travels."""

    FIELDS = ("doc", "selector", "kind", "color", "note", "tags", "author", "created",
              "orphan", "deleted")

    def read(self, db, links, local_key):
        a = _ann.find(db, local_key[0])
        if a is None:
            return None
        s = a.selector
        return a.uuid, {
            "doc": links.doc_key(db, a.doc_id), "selector": [s.start, s.end, s.exact, s.prefix, s.suffix],
            "kind": a.kind, "color": a.color, "note": a.note, "tags": list(a.tags),
            "author": a.author, "created": a.created, "orphan": a.orphan, "deleted": a.deleted,
        }

    def write(self, db, links, desk_key, local_key, fields):
        if any(f not in fields for f in ("doc", "selector", "created")):
            return None
        doc_id = links.doc_id(db, fields["doc"])
        if doc_id is None:
            return None
        uuid = desk_key
        from ..model import Annotation, now_iso

        start, end, exact, prefix, suffix = fields["selector"]
        current = _ann.find(db, uuid)
        a = Annotation(
            uuid=uuid, doc_id=doc_id, selector=TextSelector(start, end, exact, prefix, suffix),
            kind=fields.get("kind", "highlight"), color=fields.get("color", "yellow"),
            note=fields.get("note", ""), tags=tuple(fields.get("tags", ())),
            author=fields.get("author", ""), created=fields["created"],
            updated=max(now_iso(), current.updated if current else ""),
            deleted=bool(fields.get("deleted")), orphan=bool(fields.get("orphan")))
        if current is None or current != a.evolve(updated=current.updated):
            _ann.save(db, a)
        return [uuid]

    def restore(self, store, local_key, field, value):
        a = store.annotation(local_key[0])
        if field == "deleted":  # brought back after its tombstone reached the desk
            start, end, exact, prefix, suffix = value["selector"]
            value = {k: value[k] for k in ("kind", "color", "note", "author") if k in value}
            copy = a.evolve(selector=TextSelector(start, end, exact, prefix, suffix), **value)
            return self._copy(store, copy, {})
        changes = {"tags": tuple(value)} if field == "tags" else {}
        if field == "selector":
            changes = {"selector": TextSelector(*value)}
        elif field in ("note", "color", "kind", "author"):
            changes = {field: value}
        elif field != "tags":
            raise ValueError(f"the annotation's {field} cannot be restored")
        if a.deleted:
            return self._copy(store, a, changes)
        store.save_annotation(a.evolve(**changes))
        return f"restored the annotation's {field}"

    @staticmethod
    def _copy(store, a, changes) -> str:
        """A tombstone is never revived: what was lost comes back as a new annotation."""
        from ..model import new_uuid, now_iso

        now = now_iso()
        store.save_annotation(a.evolve(uuid=new_uuid(), deleted=False, created=now, updated=now,
                                       **changes), touch=False)
        return "the annotation was deleted on the desk; restored it as a new annotation"

    def describe(self, db, local_key, fields):
        a = _ann.find(db, local_key[0]) if local_key else None
        quote = a.quote if a else (fields.get("selector") or ["", "", ""])[2]
        return f"annotation “{quote[:40]}”"


class Reviews(Table):
    """The current review of each claim (status and note); its trail travels separately."""

    FIELDS = ("status", "note", "exact", "author", "updated")

    def read(self, db, links, local_key):
        row = _row(db, "SELECT * FROM claim_reviews WHERE doc_id = ? AND claim_key = ?", local_key)
        if row is None:
            return None
        doc = links.doc_key(db, row["doc_id"])
        return json.dumps([doc, row["claim_key"]]), {k: row[k] for k in self.FIELDS}

    def write(self, db, links, desk_key, local_key, fields):
        doc, claim_key = json.loads(desk_key)
        doc_id = links.doc_id(db, doc)
        if doc_id is None or "status" not in fields:
            return None
        db.execute(
            """INSERT OR REPLACE INTO claim_reviews (doc_id, claim_key, status, note, exact, author, updated)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [doc_id, claim_key, fields["status"], fields.get("note", ""), fields.get("exact", ""),
             fields.get("author", ""), fields.get("updated", "")])
        return [doc_id, claim_key]

    def restore(self, store, local_key, field, value):
        current = store.claim_reviews(local_key[0]).get(local_key[1])
        status = value if field == "status" else (current.status if current else "unreviewed")
        note = value if field == "note" else (current.note if current else "")
        store.set_claim_review(local_key[0], local_key[1], status, note,
                               current.exact if current else "", current.author if current else "")
        return f"restored the review's {field}"

    def describe(self, db, local_key, fields):
        row = _row(db, "SELECT exact FROM claim_reviews WHERE doc_id = ? AND claim_key = ?",
                   local_key or ["", ""])
        return f"review of “{((row or fields).get('exact') or '')[:40]}”"


class Trail(Table):
    """Every change of a claim review; merging keeps every entry, ordered by time."""

    def read(self, db, links, local_key):
        row = _row(db, "SELECT * FROM claim_review_trail WHERE id = ?", local_key)
        if row is None:
            return None
        fields = {"doc": links.doc_key(db, row["doc_id"]), "claim_key": row["claim_key"],
                  "status": row["status"], "note": row["note"], "author": row["author"],
                  "at": row["at"]}
        return content_key(*fields.values()), fields

    def write(self, db, links, desk_key, local_key, fields):
        doc_id = links.doc_id(db, fields["doc"])
        if doc_id is None:
            return None
        cursor = db.execute(
            """INSERT INTO claim_review_trail (doc_id, claim_key, status, note, author, at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [doc_id, fields["claim_key"], fields["status"], fields["note"], fields["author"],
             fields["at"]])
        return [cursor.lastrowid]

    def delete(self, db, local_key):
        db.execute("DELETE FROM claim_review_trail WHERE id = ?", local_key)


class Teachings(Table):
    """What users taught the entity recogniser (accept, reject, rename, merge, add)."""

    COLUMNS = ("action", "form", "value", "type", "author", "at")

    def read(self, db, links, local_key):
        row = _row(db, "SELECT * FROM entity_decisions WHERE id = ?", local_key)
        if row is None:
            return None
        fields = {k: row[k] for k in self.COLUMNS}
        return content_key(*fields.values()), fields

    def write(self, db, links, desk_key, local_key, fields):
        cursor = db.execute(
            "INSERT INTO entity_decisions (action, form, value, type, author, at) VALUES (?, ?, ?, ?, ?, ?)",
            [fields[k] for k in self.COLUMNS])
        return [cursor.lastrowid]

    def delete(self, db, local_key):
        db.execute("DELETE FROM entity_decisions WHERE id = ?", local_key)


#: entity name -> table, in the order changes are sent and applied.
TABLES: dict[str, Table] = {}


def register(table: Table) -> None:
    """Share a table through the desk (see the module's documentation)."""
    if table.mode not in ("fields", "log") or table.rule not in RULES:
        raise ValueError(f"bad desk table {table.entity}: mode {table.mode}, rule {table.rule}")
    TABLES[table.entity] = table
    ordered = sorted(TABLES.values(), key=lambda t: t.rank)
    TABLES.clear()
    TABLES.update((t.entity, t) for t in ordered)


register(Articles("article", "documents", ("id",), "fields", "shared", 10))
register(Annotations("annotation", "annotations", ("uuid",), "fields", "owner", 20,
                     frozenset({"deleted"})))
register(Reviews("review", "claim_reviews", ("doc_id", "claim_key"), "fields", "reviewer", 30))
register(Trail("trail", "claim_review_trail", ("id",), "log", "reviewer", 31))
register(Teachings("teaching", "entity_decisions", ("id",), "log", "shared", 40))

# The learner's and the translator's tables register themselves (they build on the above).
from . import translation_tables, vocab_tables  # noqa: E402,F401
