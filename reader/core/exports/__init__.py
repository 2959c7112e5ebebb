"""Exports of annotations and reports (JSON-LD, CSV, Markdown) and their import."""

from __future__ import annotations

from ..model import Annotation, Document
from .csv_export import export_csv
from .markdown import export_markdown
from .webannotation import export_jsonld

FORMATS = {"jsonld": export_jsonld, "csv": export_csv, "md": export_markdown}
SUFFIXES = {"jsonld": ".jsonld", "csv": ".csv", "md": ".md"}


def export(doc: Document, annotations: list[Annotation], fmt: str, records: list[dict] = ()) -> str:
    """``records``: claim reviews and translation segments, carried by JSON-LD only."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(doc, annotations, records) if fmt == "jsonld" else writer(doc, annotations)
