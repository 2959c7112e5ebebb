"""Word documents (.docx): paragraphs and tables in document order, core properties for
title, author and date. python-docx parses the XML without resolving entities."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from lxml import etree

from reader.core.importers.archive import damaged, open_zip, read_member
from reader.core.importers.base import Extracted, clean_line
from reader.core.importers.limits import Budget

# python-docx's own template carries these; they say nothing about the article.
_TEMPLATE_AUTHOR = "python-docx"
_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def extract_docx(data: bytes, name: str) -> Extracted:
    zf = open_zip(data, name, "DOCX")
    if "word/document.xml" not in zf.namelist():
        raise damaged("DOCX", name, "word/document.xml is missing")
    budget = Budget(name, "DOCX document")
    budget.add_markup(zf.getinfo("word/document.xml").file_size)
    budget.add_elements(read_member(zf, "word/document.xml", name, "DOCX"))
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise damaged("DOCX", name, str(exc).splitlines()[0] if str(exc) else "") from None

    parts: list[str] = []
    heading = ""
    prev_item = False
    for block in document.iter_inner_content():
        if block.__class__.__name__ == "Table":
            text, is_item = _table_text(block._tbl), False
        else:
            text = _paragraph_text(block.text)
            style = (block.style.name if block.style is not None else "") or ""
            is_item = "List" in style
            if text and is_item:
                text = "• " + text
            if text and not heading and (style.startswith("Heading") or style == "Title"):
                heading = text
        if not text:
            continue
        if parts:
            parts.append("\n" if is_item and prev_item else "\n\n")
        parts.append(text)
        prev_item = is_item

    props = document.core_properties
    author = props.author or ""
    created = props.created
    if author == _TEMPLATE_AUTHOR and created and created.replace(tzinfo=None) == _TEMPLATE_CREATED:
        author, created = "", None
    return Extracted(
        text="".join(parts),
        format="docx",
        title=props.title or "",
        heading=heading,
        author=author,
        date=created.date().isoformat() if created else "",
        outlet="",
    )


def _paragraph_text(text: str) -> str:
    lines = [clean_line(line) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _table_text(tbl) -> str:
    """Rows of "cell | cell" lines, read from the XML (merged cells appear once)."""
    rows = []
    for tr in tbl.iter(f"{_W}tr"):
        cells = []
        for tc in tr.iterchildren(f"{_W}tc"):
            paras = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iter(f"{_W}p")]
            cell = clean_line(" ".join(paras))
            if cell:
                cells.append(cell)
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)
