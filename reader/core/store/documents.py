"""Documents in the library: adding, revising, listing, fetching."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .sqlite import Database

from ..errors import NotFoundError
from ..model import Document, ImportedDocument, NoiseSpan, new_uuid, now_iso
from ..text import fold, words
from . import search


def text_hash(text: str) -> str:
    import hashlib  # here: hashlib loads OpenSSL and blake2 (about 7 ms of every start-up)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(words(text))


def _noise_to_json(noise) -> str:
    return json.dumps([[n.start, n.end, n.reason] for n in noise], ensure_ascii=False)


def _noise_from_json(raw: str) -> tuple[NoiseSpan, ...]:
    return tuple(NoiseSpan(int(a), int(b), str(r)) for a, b, r in json.loads(raw or "[]"))


def row_to_document(row: dict) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        sha256=row["sha256"],
        title=row["title"],
        outlet=row["outlet"],
        date=row["date"],
        author=row["author"],
        url=row["url"],
        source_path=row["source_path"],
        format=row["format"],
        encoding=row["encoding"],
        imported=row["imported"],
        updated=row["updated"],
        revision=row["revision"],
        noise=_noise_from_json(row["noise"]),
    )


@dataclass(frozen=True)
class LibraryEntry:
    """One line of the library list (no text)."""

    id: str
    title: str
    outlet: str
    date: str
    imported: str
    chars: int
    words: int
    annotations: int
    source_path: str


def get(db: Database, doc_id: str) -> Document:
    row = db.execute("SELECT * FROM documents WHERE id = ? AND deleted = 0", [doc_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no document with id {doc_id}; `reader list` shows the library")
    cols = [d[0] for d in db.execute("SELECT * FROM documents LIMIT 0").description]
    return row_to_document(dict(zip(cols, row)))


def _fetch(db: Database, where: str, params: list) -> Document | None:
    cursor = db.execute(f"SELECT * FROM documents WHERE deleted = 0 AND {where} LIMIT 1", params)
    row = cursor.fetchone()
    if row is None:
        return None
    cols = [d[0] for d in cursor.description]
    return row_to_document(dict(zip(cols, row)))


def find_by_hash(db: Database, sha256: str) -> Document | None:
    return _fetch(db, "sha256 = ?", [sha256])


def find_previous_version(db: Database, imported: ImportedDocument) -> Document | None:
    """The stored document that ``imported`` is a revision of, if any.

    Same source file first; then the same canonical URL; then the same title and outlet
    (titles of a few words are too common to identify an article on their own).
    """
    if imported.source_path:
        doc = _fetch(db, "source_path = ? ORDER BY updated DESC", [imported.source_path])
        if doc:
            return doc
    if imported.url:
        doc = _fetch(db, "url = ? ORDER BY updated DESC", [imported.url])
        if doc:
            return doc
    title_key = fold(imported.title).strip()
    if len(title_key.split()) >= 4:
        cursor = db.execute(
            "SELECT id, title, outlet FROM documents WHERE deleted = 0 AND outlet = ?",
            [imported.outlet],
        )
        for doc_id, title, _outlet in cursor.fetchall():
            if fold(title).strip() == title_key:
                return get(db, doc_id)
    return None


def insert(db: Database, imported: ImportedDocument) -> Document:
    now = now_iso()
    doc = Document(
        id=new_uuid(),
        text=imported.text,
        sha256=text_hash(imported.text),
        title=imported.title,
        outlet=imported.outlet,
        date=imported.date,
        author=imported.author,
        url=imported.url,
        source_path=imported.source_path,
        format=imported.format,
        encoding=imported.encoding,
        imported=now,
        updated=now,
        revision=1,
        noise=tuple(imported.noise),
    )
    db.execute(
        """INSERT INTO documents (id, sha256, title, outlet, date, author, url, source_path,
               format, encoding, text, noise, words, imported, updated, revision, chars)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            doc.id, doc.sha256, doc.title, doc.outlet, doc.date, doc.author, doc.url,
            doc.source_path, doc.format, doc.encoding, doc.text, _noise_to_json(doc.noise),
            word_count(doc.text), doc.imported, doc.updated, doc.revision, len(doc.text),
        ],
    )
    search.index_document(db, doc)
    return doc


def replace_text(db: Database, old: Document, imported: ImportedDocument) -> Document:
    """Store ``imported`` as the next revision of ``old``, keeping the old text."""
    db.execute(
        """INSERT OR REPLACE INTO document_revisions (doc_id, revision, sha256, text, noise, imported)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [old.id, old.revision, old.sha256, old.text, _noise_to_json(old.noise), old.updated],
    )
    now = now_iso()
    new = Document(
        id=old.id,
        text=imported.text,
        sha256=text_hash(imported.text),
        title=imported.title or old.title,
        outlet=imported.outlet or old.outlet,
        date=imported.date or old.date,
        author=imported.author or old.author,
        url=imported.url or old.url,
        source_path=imported.source_path or old.source_path,
        format=imported.format,
        encoding=imported.encoding,
        imported=old.imported,
        updated=now,
        revision=old.revision + 1,
        noise=tuple(imported.noise),
    )
    db.execute(
        """UPDATE documents SET sha256 = ?, title = ?, outlet = ?, date = ?, author = ?, url = ?,
               source_path = ?, format = ?, encoding = ?, text = ?, noise = ?, words = ?,
               updated = ?, revision = ?, chars = ?
           WHERE id = ?""",
        [
            new.sha256, new.title, new.outlet, new.date, new.author, new.url, new.source_path,
            new.format, new.encoding, new.text, _noise_to_json(new.noise), word_count(new.text),
            new.updated,
            new.revision, len(new.text), new.id,
        ],
    )
    search.index_document(db, new)
    return new


def update_metadata(db: Database, doc_id: str, **fields: str) -> None:
    allowed = {"title", "outlet", "date", "author", "url"}
    bad = set(fields) - allowed
    if bad:
        raise ValueError(f"cannot edit {', '.join(sorted(bad))}")
    if not fields:
        return
    sets = ", ".join(f"{k} = ?" for k in fields)
    db.execute(
        f"UPDATE documents SET {sets}, updated = ? WHERE id = ?",
        [*fields.values(), now_iso(), doc_id],
    )


def mark_deleted(db: Database, doc_id: str) -> None:
    """Hide a document from the library; its text and annotations stay in the database."""
    db.execute("UPDATE documents SET deleted = 1, updated = ? WHERE id = ?", [now_iso(), doc_id])
    search.remove_document(db, doc_id)


def list_entries(db: Database) -> list[LibraryEntry]:
    cursor = db.execute(
        # chars is kept beside the text: length(text) read every text in full (a 10 MB
        # article held the window's library list up for 150 ms).
        """SELECT d.id, d.title, d.outlet, d.date, d.imported,
                  CASE WHEN d.chars >= 0 THEN d.chars ELSE length(d.text) END,
                  d.words,
                  (SELECT count(*) FROM annotations a WHERE a.doc_id = d.id AND a.deleted = 0),
                  d.source_path
           FROM documents d WHERE d.deleted = 0
           ORDER BY d.imported DESC, d.title"""
    )
    return [LibraryEntry(*row) for row in cursor.fetchall()]


def like_prefix(text: str) -> str:
    """A LIKE pattern (with ``ESCAPE '\\'``) matching what starts with ``text`` literally:
    ``%`` and ``_`` in ``text`` are not wildcards."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def resolve_reference(db: Database, ref: str) -> Document:
    """A document by id, unique id prefix, or (folded) title; for the command line."""
    ref = ref.strip()
    doc = _fetch(db, "id = ?", [ref])
    if doc:
        return doc
    if len(ref) >= 4:
        rows = db.execute(
            "SELECT id FROM documents WHERE deleted = 0 AND id LIKE ? ESCAPE '\\'",
            [like_prefix(ref)],
        ).fetchall()
        if len(rows) == 1:
            return get(db, rows[0][0])
        if len(rows) > 1:
            raise NotFoundError(f"'{ref}' matches {len(rows)} documents; give more of the id")
    key = fold(ref).strip()
    matches = [
        row[0]
        for row in db.execute("SELECT id, title FROM documents WHERE deleted = 0").fetchall()
        if key and key in fold(row[1])
    ]
    if len(matches) == 1:
        return get(db, matches[0])
    if len(matches) > 1:
        raise NotFoundError(f"'{ref}' matches {len(matches)} titles; use the id from `reader list`")
    raise NotFoundError(f"no document matches '{ref}'; `reader list` shows the library")
