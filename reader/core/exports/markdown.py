"""Annotations as a Markdown report: the article's details, then each note in text order."""

from __future__ import annotations

from ..model import Annotation, Document


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def export_markdown(doc: Document, annotations: list[Annotation]) -> str:
    lines = [f"# {doc.title or 'بلا عنوان'}", ""]
    details = [
        ("Outlet", doc.outlet), ("Date", doc.date), ("Author", doc.author), ("URL", doc.url),
        ("Source file", doc.source_path),
    ]
    for label, value in details:
        if value:
            lines.append(f"- **{label}:** {value}")
    live = [a for a in annotations if not a.deleted]
    placed = sorted((a for a in live if not a.orphan), key=lambda a: (a.start, a.end))
    orphans = [a for a in live if a.orphan]
    lines += [f"- **Annotations:** {len(live)}", ""]
    for number, a in enumerate(placed, 1):
        lines += _entry(number, a)
    if orphans:
        lines += ["## Orphaned annotations", "",
                  "These could not be placed on the current text of the article.", ""]
        for number, a in enumerate(orphans, len(placed) + 1):
            lines += _entry(number, a)
    return "\n".join(lines).rstrip() + "\n"


def _entry(number: int, a: Annotation) -> list[str]:
    head = f"## {number}. ({a.color}, {a.start}–{a.end})"
    out = [head, "", _quote_block(a.quote), ""]
    if a.note:
        out += [a.note, ""]
    if a.tags:
        out += ["Tags: " + ", ".join(f"`{t}`" for t in a.tags), ""]
    meta = ", ".join(x for x in [a.author, a.updated] if x)
    if meta:
        out += [f"*{meta}*", ""]
    return out
