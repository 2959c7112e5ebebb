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
import unicodedata
from dataclasses import dataclass

from .sqlite import Database

from ..errors import ReaderError
from ..text import TATWEEL, fold, strip_proclitics, tokenize, variant_pattern, words

SNIPPET_CONTEXT = 60
#: Most results one search returns.
MAX_RESULTS = 1000
#: Longest query (characters) and most different words in it: every word is one more FTS5
#: clause and one more pattern run over each hit's text.
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 32


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
    # Folding the whole text first and then splitting gives the same words as folding
    # each token (folding only removes marks inside words), in a fraction of the time.
    folded = words(fold(text))
    return " ".join(folded), " ".join(strip_proclitics(w) for w in folded)


def _unindex(db: Database, kind: str, ref: str) -> None:
    row = db.execute(
        "SELECT fts_rowid FROM search_refs WHERE kind = ? AND ref = ?", [kind, ref]
    ).fetchone()
    if row is not None:
        db.execute("DELETE FROM search_index WHERE rowid = ?", [row[0]])
        db.execute("DELETE FROM search_refs WHERE kind = ? AND ref = ?", [kind, ref])


def _index(db: Database, kind: str, ref: str, doc_id: str, text: str) -> None:
    words, bases = _columns(text)
    cursor = db.execute(
        "INSERT INTO search_index (words, bases, kind, ref, doc_id) VALUES (?, ?, ?, ?, ?)",
        [words, bases, kind, ref, doc_id],
    )
    db.execute(
        "INSERT OR REPLACE INTO search_refs (kind, ref, doc_id, fts_rowid) VALUES (?, ?, ?, ?)",
        [kind, ref, doc_id, cursor.lastrowid],
    )


def index_document(db: Database, doc) -> None:
    _unindex(db, "document", doc.id)
    _index(db, "document", doc.id, doc.id, doc.title + "\n" + doc.text)


def index_note(db: Database, annotation) -> None:
    _unindex(db, "note", annotation.uuid)
    body = " ".join(filter(None, [annotation.note, " ".join(annotation.tags)]))
    if annotation.deleted or not body.strip():
        return
    _index(db, "note", annotation.uuid, annotation.doc_id, body)


def remove_document(db: Database, doc_id: str) -> None:
    rows = db.execute("SELECT fts_rowid FROM search_refs WHERE doc_id = ?", [doc_id]).fetchall()
    for (rowid,) in rows:
        db.execute("DELETE FROM search_index WHERE rowid = ?", [rowid])
    db.execute("DELETE FROM search_refs WHERE doc_id = ?", [doc_id])


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def check_query(query: str) -> None:
    """Refuse a query longer than MAX_QUERY_CHARS, with a message saying what to do."""
    if len(query) > MAX_QUERY_CHARS:
        raise ReaderError(
            f"the search is too long ({len(query)} characters; at most {MAX_QUERY_CHARS}); "
            "search for fewer words"
        )


def build_match(query: str) -> str:
    """Turn what the user typed into an FTS5 MATCH expression (all parts must match).

    A word or phrase given twice is one clause; more than MAX_QUERY_TERMS different ones
    are refused (ReaderError)."""
    check_query(query)
    clauses: dict[str, None] = {}  # ordered and without repeats
    for m in re.finditer(r'"([^"]*)"|(\S+)', query):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            bases = [strip_proclitics(t.norm) for t in tokenize(phrase) if t.norm]
            if bases:
                clauses["bases : " + _quote(" ".join(bases))] = None
            continue
        prefix = word.endswith("*")
        for tok in tokenize(word.rstrip("*")):
            norm = tok.norm
            if not norm:
                continue
            base = strip_proclitics(norm)
            if prefix:
                clauses[f"({{words bases}} : {_quote(base)}*)"] = None
            else:
                clauses[f"(words : {_quote(norm)} OR bases : {_quote(base)})"] = None
        if len(clauses) > MAX_QUERY_TERMS:
            raise ReaderError(
                f"the search has too many different words (more than {MAX_QUERY_TERMS}); "
                "search for fewer words"
            )
    return " AND ".join(clauses)


def _patterns(query: str) -> list[re.Pattern]:
    """One pattern per different word of the query (at most MAX_QUERY_TERMS)."""
    patterns = []
    seen: set[str] = set()
    for tok in tokenize(query.replace('"', " ").replace("*", " ")):
        base = strip_proclitics(tok.norm)
        if base in seen:
            continue
        seen.add(base)
        try:
            # Without the optional clitic group the pattern starts with a character class,
            # which the regex engine scans for quickly; the hit is widened to the word after.
            patterns.append(variant_pattern(base, clitics=False))
        except ValueError:
            continue
        if len(patterns) == MAX_QUERY_TERMS:
            break
    return patterns


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) == "Mn" or ch == TATWEEL


def _whole_word(text: str, a: int, b: int) -> tuple[int, int]:
    while a > 0 and _is_word_char(text[a - 1]):
        a -= 1
    while b < len(text) and _is_word_char(text[b]):
        b += 1
    return a, b


def _snippet(text: str, patterns: list[re.Pattern]) -> tuple[str, int, int]:
    best: tuple[int, int] | None = None
    for pattern in patterns:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = _whole_word(text, m.start(), m.end())
    if best is None:
        head = text[: 2 * SNIPPET_CONTEXT].replace("\n", " ")
        return head, -1, -1
    a = max(0, best[0] - SNIPPET_CONTEXT)
    b = min(len(text), best[1] + SNIPPET_CONTEXT)
    snippet = ("…" if a > 0 else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")
    return snippet, best[0], best[1]


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Documents and notes matching ``query``, best first, with a snippet of the real text.

    The index holds only live documents and notes (deleting removes their entries), so the
    ranking query touches the FTS table alone; titles and texts are fetched for the hits.
    """
    match = build_match(query)
    if not match:
        raise ReaderError("the search is empty: type at least one word (Arabic or Latin)")
    limit = max(1, min(int(limit), MAX_RESULTS))
    rows = db.execute(
        """SELECT kind, ref, doc_id, bm25(search_index) AS score FROM search_index
           WHERE search_index MATCH ? ORDER BY score LIMIT ?""",
        [match, limit],
    ).fetchall()
    doc_ids = sorted({r[2] for r in rows})
    docs = {}
    if doc_ids:
        marks = ",".join("?" * len(doc_ids))
        for doc_id, title, text in db.execute(
            f"SELECT id, title, text FROM documents WHERE deleted = 0 AND id IN ({marks})", doc_ids
        ).fetchall():
            docs[doc_id] = (title, text)
    patterns = _patterns(query)
    hits = []
    for kind, ref, doc_id, score in rows:
        if doc_id not in docs:
            continue
        title, text = docs[doc_id]
        if kind == "note":
            row = db.execute(
                'SELECT note, tags, start, "end" FROM annotations WHERE uuid = ?', [ref]
            ).fetchone()
            if row is None:
                continue
            snippet, _, _ = _snippet(row[0] or row[1], patterns)
            start, end = row[2], row[3]
        else:
            snippet, start, end = _snippet(text, patterns)
        hits.append(SearchHit(doc_id, title, kind, ref, snippet, start, end, -score))
    return hits
