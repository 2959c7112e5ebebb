"""Annotations as CSV, one row each, for spreadsheets and CAT tools.

Written with a UTF-8 byte order mark, which spreadsheet programs need to recognise Arabic.
"""

from __future__ import annotations

import csv
import io

from ..model import Annotation, Document

FIELDS = [
    "id", "document", "title", "outlet", "start", "end", "quote", "prefix", "suffix",
    "color", "note", "tags", "author", "created", "modified", "orphan", "deleted",
]


def export_csv(doc: Document, annotations: list[Annotation]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for a in annotations:
        writer.writerow([
            a.uuid, doc.id, doc.title, doc.outlet, a.start, a.end, a.quote, a.selector.prefix,
            a.selector.suffix, a.color, a.note, "; ".join(a.tags), a.author, a.created,
            a.updated, int(a.orphan), int(a.deleted),
        ])
    return out.getvalue()
