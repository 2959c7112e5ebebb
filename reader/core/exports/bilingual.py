"""The translation as a bilingual table: HTML (a page) and DOCX (a Word table).

One row per segment in text order: number, source (right to left), target (in its
language's direction), status and note; orphaned segments (no longer in the article) follow
under their own heading, so nothing the translator wrote is left out. A reviewer can read
and print either; the DOCX opens in Word and LibreOffice with Arabic shaped and right-aligned.
"""

from __future__ import annotations

import io
from html import escape

from ..model import Document
from ..translation.model import Segment, TranslationInfo, is_rtl

HEADINGS = ("#", "Source", "Translation", "Status", "Note")
STATUS_LABELS = {"draft": "draft", "translated": "translated", "reviewed": "reviewed"}


def _rows(segments: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    live = [s for s in segments if not s.deleted]
    placed = sorted((s for s in live if not s.orphan), key=lambda s: s.start)
    return placed, [s for s in live if s.orphan]


def _status(s: Segment) -> str:
    label = STATUS_LABELS[s.status]
    return label + (" (source changed)" if s.needs_review else "")


def export_bilingual_html(doc: Document, segments: list[Segment], info: TranslationInfo) -> str:
    placed, orphans = _rows(segments)
    tdir = "rtl" if is_rtl(info.target_lang) else "ltr"
    title = escape(doc.title or "Translation")
    lines = [
        "<!doctype html>",
        f'<html lang="{escape(info.target_lang)}"><head><meta charset="utf-8">',
        f"<title>{title}</title>",
        "<style>body{font-family:'Noto Naskh Arabic','Amiri','DejaVu Sans',sans-serif;margin:2em}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4em;"
        "vertical-align:top}th{background:#eee}.n{text-align:center;color:#666}"
        ".changed{color:#b45309}.note{font-size:.9em;color:#444}</style></head><body>",
        f'<h1 dir="auto">{title}</h1>',
        f"<p>{escape(doc.outlet)} {escape(doc.date)} · {escape(info.source_lang)} → "
        f"{escape(info.target_lang)}</p>",
    ]
    lines += _html_table(placed, info, tdir)
    if orphans:
        lines += ["<h2>Segments no longer in the article</h2>"]
        lines += _html_table(orphans, info, tdir)
    lines.append("</body></html>")
    return "\n".join(lines) + "\n"


def _html_table(segments: list[Segment], info: TranslationInfo, tdir: str) -> list[str]:
    out = ["<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in HEADINGS) + "</tr></thead><tbody>"]
    for number, s in enumerate(segments, 1):
        css = ' class="changed"' if s.needs_review else ""
        out.append(
            f'<tr id="{escape(s.uuid)}"><td class="n">{number}</td>'
            f'<td dir="rtl" lang="{escape(info.source_lang)}">{escape(s.source)}</td>'
            f'<td dir="{tdir}" lang="{escape(info.target_lang)}">{escape(s.target)}</td>'
            f"<td{css}>{escape(_status(s))}</td>"
            f'<td class="note" dir="auto">{escape(s.note)}</td></tr>')
    out.append("</tbody></table>")
    return out


def export_bilingual_docx(doc: Document, segments: list[Segment], info: TranslationInfo) -> bytes:
    from docx import Document as DocxDocument

    placed, orphans = _rows(segments)
    book = DocxDocument()
    heading = book.add_heading(doc.title or "Translation", level=1)
    _direction(heading, True)
    book.add_paragraph(f"{doc.outlet} {doc.date} · {info.source_lang} → {info.target_lang}".strip())
    _docx_table(book, placed, info)
    if orphans:
        book.add_heading("Segments no longer in the article", level=2)
        _docx_table(book, orphans, info)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _docx_table(book, segments: list[Segment], info: TranslationInfo) -> None:
    table = book.add_table(rows=1, cols=len(HEADINGS))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADINGS):
        cell.text = text
    target_rtl = is_rtl(info.target_lang)
    for number, s in enumerate(segments, 1):
        cells = table.add_row().cells
        values = (str(number), s.source, s.target, _status(s), s.note)
        rtl = (False, True, target_rtl, False, is_rtl(info.source_lang) and _mostly_arabic(s.note))
        for cell, text, right_to_left in zip(cells, values, rtl):
            cell.text = text
            for paragraph in cell.paragraphs:
                _direction(paragraph, right_to_left)


def _mostly_arabic(text: str) -> bool:
    from ..text import arabic_ratio

    return arabic_ratio(text) > 0.5


def _direction(paragraph, rtl: bool) -> None:
    """Mark a paragraph (and its runs) right to left for Word: ``w:bidi`` and ``w:rtl``."""
    if not rtl:
        return
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, OxmlElement("w:bidi"))
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))
        run.font.complex_script = True
