"""Saved words as CSV, and word lists read from CSV.

Export: one row per saved word (UTF-8 with a byte-order mark, so that spreadsheet programs
read the Arabic right). Import: a list of words with their glosses, with or without a
header; the columns are ``word`` and ``gloss`` (first and second when there is no header),
any others (``lemma``, ``root``, ``sentence``) are used when present.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReaderError
from .library import SavedWord

EXPORT_COLUMNS = ("word", "vowelled", "lemma", "root", "pos", "gloss", "domain", "status",
                  "sentence", "article", "due", "created")


def export_csv(words: list[SavedWord], statuses: dict[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for w in words:
        writer.writerow([w.word, w.vowelled, w.lemma, w.root, w.pos, w.gloss, w.domain,
                         statuses.get(w.lemma_key, "new"), w.sentence, w.doc_title, w.due, w.created])
    return "\ufeff" + out.getvalue()


@dataclass(frozen=True)
class CsvWord:
    word: str
    gloss: str
    lemma: str = ""
    root: str = ""
    sentence: str = ""


def read_csv(path: str | Path) -> list[CsvWord]:
    """The words of a CSV word list (comma, semicolon or tab separated)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ReaderError(f"cannot read the word list ({exc.strerror})", path) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1256")
        except UnicodeDecodeError:
            raise ReaderError("the word list is not text in UTF-8 or Windows-1256", path) from None
    if not text.strip():
        raise ReaderError("the word list is empty", path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    names = [c.strip().lower() for c in rows[0]]
    if "word" in names:
        rows = rows[1:]
    else:
        names = ["word", "gloss"]
    out = []
    for number, row in enumerate(rows, start=1):
        values = {names[i]: c.strip() for i, c in enumerate(row) if i < len(names)}
        word = values.get("word", "")
        if not word:
            raise ReaderError(f"row {number} has no word", path)
        out.append(CsvWord(word, values.get("gloss", ""), values.get("lemma", ""),
                           values.get("root", ""), values.get("sentence", "")))
    if not out:
        raise ReaderError("the word list has a header but no words", path)
    return out
