"""Full-text search over documents and notes that ignores diacritics and letter variants.

SQLite's FTS5 does not strip Arabic diacritics and knows nothing of clitics, so the index
holds two columns built by :mod:`reader.core.text`: ``words`` (each word folded: no
diacritics or tatweel, alef/hamza/ya/ta-marbuta variants unified) and ``bases`` (each word's
folded form with و ف ب ل ك ال removed from its front). A query word matches a document when
its folded form is among the words or its base among the bases, so قروض finds القروض and
وبالقروض. Quoted phrases match consecutive bases; a trailing * searches a prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from ..errors import ReaderError
from ..text import fold, strip_proclitics, tokenize, variant_pattern

SNIPPET_CONTEXT = 60


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    title: str
    kind: str  # "document" or "note"
    ref: str  # the document id, or the annotation's uuid for a note
    snippet: str
    start: int  # where the first match is in the document text (-1 when not found)
    end: int
    score: float


def _columns(text: str) -> tuple[str, str]:
    words, bases = [], []
    for tok in tokenize(text):
        norm = tok.norm
        if norm:
            words.append(norm)
            bases.append(strip_proclitics(norm))
    return " ".join(words), " ".join(bases)


def index_document(db: Database, doc) -> None:
    db.execute("DELETE FROM search_index WHERE kind = 'document' AND ref = ?", [doc.id])
    words, bases = _columns(doc.title + "\n" + doc.text)
    db.execute(
        "INSERT INTO search_index (words, bases, kind, ref, doc_id) VALUES (?, ?, 'document', ?, ?)",
        [words, bases, doc.id, doc.id],
    )


def index_note(db: Database, annotation) -> None:
    db.execute("DELETE FROM search_index WHERE kind = 'note' AND ref = ?", [annotation.uuid])
    body = " ".join(filter(None, [annotation.note, " ".join(annotation.tags)]))
    if annotation.deleted or not body.strip():
        return
    words, bases = _columns(body)
    db.execute(
        "INSERT INTO search_index (words, bases, kind, ref, doc_id) VALUES (?, ?, 'note', ?, ?)",
        [words, bases, annotation.uuid, annotation.doc_id],
    )


def remove_document(db: Database, doc_id: str) -> None:
    db.execute("DELETE FROM search_index WHERE doc_id = ?", [doc_id])


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def build_match(query: str) -> str:
    """Turn what the user typed into an FTS5 MATCH expression (all parts must match)."""
    clauses: list[str] = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', query):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            bases = [strip_proclitics(t.norm) for t in tokenize(phrase) if t.norm]
            if bases:
                clauses.append("bases : " + _quote(" ".join(bases)))
            continue
        prefix = word.endswith("*")
        for tok in tokenize(word.rstrip("*")):
            norm = tok.norm
            if not norm:
                continue
            base = strip_proclitics(norm)
            if prefix:
                clauses.append(f"({{words bases}} : {_quote(base)}*)")
            else:
                clauses.append(f"(words : {_quote(norm)} OR bases : {_quote(base)})")
    return " AND ".join(clauses)


def _snippet(text: str, query: str) -> tuple[str, int, int]:
    words = [t.text for t in tokenize(query.replace('"', " ").replace("*", " "))]
    best: tuple[int, int] | None = None
    for word in words:
        try:
            m = variant_pattern(strip_proclitics(fold(word))).search(text)
        except ValueError:
            continue
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is None:
        head = text[: 2 * SNIPPET_CONTEXT].replace("\n", " ")
        return head, -1, -1
    a = max(0, best[0] - SNIPPET_CONTEXT)
    b = min(len(text), best[1] + SNIPPET_CONTEXT)
    snippet = ("…" if a > 0 else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")
    return snippet, best[0], best[1]


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    match = build_match(query)
    if not match:
        raise ReaderError("the search is empty: type at least one word (Arabic or Latin)")
    rows = db.execute(
        """SELECT s.kind, s.ref, s.doc_id, bm25(search_index) AS score, d.title
           FROM search_index s JOIN documents d ON d.id = s.doc_id
           WHERE search_index MATCH ? AND d.deleted = 0
           ORDER BY score LIMIT ?""",
        [match, limit],
    ).fetchall()
    hits = []
    for kind, ref, doc_id, score, title in rows:
        if kind == "note":
            row = db.execute(
                "SELECT note, tags, start, \"end\" FROM annotations WHERE uuid = ?", [ref]
            ).fetchone()
            note = row[0] if row else ""
            snippet, _, _ = _snippet(note or (row[1] if row else ""), query)
            start, end = (row[2], row[3]) if row else (-1, -1)
        else:
            text = db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
            snippet, start, end = _snippet(text, query)
        hits.append(SearchHit(doc_id, title, kind, ref, snippet, start, end, -score))
    return hits
