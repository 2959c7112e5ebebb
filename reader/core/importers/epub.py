"""EPUB books: META-INF/container.xml -> the OPF package -> the spine's XHTML chapters in
reading order, each turned into text like a web page (chapter headings kept, nothing
dropped as boilerplate: in a book it is all content). Metadata from dc:title, dc:publisher,
dc:date and dc:creator. XML is parsed without DTDs, entities or network."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from reader.core.errors import DocumentError
from reader.core.importers.archive import damaged, open_zip, parse_xml, read_member
from reader.core.importers.base import Extracted, clean_line
from reader.core.importers.html import decode_html, parse_html
from reader.core.importers.html_text import HTML_PROFILE, tag_name, walk
from reader.core.importers.limits import Budget

_XHTML_TYPES = ("application/xhtml+xml", "text/html", "application/xml", "text/xml")


def extract_epub(data: bytes, name: str) -> Extracted:
    zf = open_zip(data, name, "EPUB")
    budget = Budget(name, "EPUB book")
    container = parse_xml(
        _read(zf, "META-INF/container.xml", name, budget), name, "EPUB", "container.xml"
    )
    opf_path = next(
        (el.get("full-path") for el in container.iter() if tag_name(el) == "rootfile"), None
    )
    if not opf_path:
        raise damaged("EPUB", name, "container.xml names no package file")
    opf = parse_xml(_read(zf, opf_path, name, budget), name, "EPUB", opf_path)
    meta = _dc_metadata(opf)
    base = posixpath.dirname(opf_path)

    manifest: dict[str, tuple[str, str, str]] = {}
    spine: list[tuple[str, bool]] = []
    for el in opf.iter():
        tag = tag_name(el)
        if tag == "item" and el.get("id") and el.get("href"):
            manifest[el.get("id")] = (
                el.get("href"), el.get("media-type") or "", el.get("properties") or ""
            )
        elif tag == "itemref" and el.get("idref"):
            spine.append((el.get("idref"), el.get("linear", "yes") != "no"))
    if not spine:
        raise damaged("EPUB", name, "the package lists no chapters")

    names = set(zf.namelist())
    chapters: list[str] = []
    heading = ""
    warnings: list[str] = []
    for idref, linear in spine:
        if not linear or idref not in manifest:
            continue
        href, media_type, properties = manifest[idref]
        if media_type and media_type not in _XHTML_TYPES or "nav" in properties.split():
            continue
        member = posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))
        if member not in names:
            warnings.append(f"chapter {member} is missing from the book and was skipped")
            continue
        raw = _read(zf, member, name, budget)
        if not raw.strip():
            continue
        markup = decode_html(raw, f"{name}:{member}").text
        del raw
        budget.add_elements(markup)
        tree = parse_html(markup, name)
        del markup
        body = tree.find(".//body")
        walked = walk(body if body is not None else tree, HTML_PROFILE)
        del tree
        budget.add_text(len(walked.text))
        if walked.text:
            chapters.append(walked.text)
            heading = heading or walked.heading
    if not chapters:
        raise DocumentError("no text was found in the EPUB book's chapters", name)
    return Extracted(
        text="\n\n".join(chapters),
        format="epub",
        title=meta.get("title", ""),
        heading=heading,
        outlet=meta.get("publisher", ""),
        date=meta.get("date", ""),
        author=meta.get("creator", ""),
        warnings=warnings,
    )


def _read(zf, member: str, name: str, budget: Budget) -> bytes:
    """A member's bytes, counted against the budget before it is decompressed."""
    try:
        size = zf.getinfo(member).file_size
    except KeyError:
        size = 0  # read_member says the member is missing
    budget.add_markup(size)
    return read_member(zf, member, name, "EPUB")


def _dc_metadata(opf) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    for el in opf.iter():
        tag = tag_name(el)
        if tag in ("title", "publisher", "date", "creator") and el.text and el.text.strip():
            if tag == "date" and found.get("date"):
                # Prefer the publication date when several are given (opf:event).
                event = next((v for k, v in el.attrib.items() if k.endswith("event")), "")
                if event == "publication":
                    found["date"] = [clean_line(el.text)]
                continue
            found.setdefault(tag, []).append(clean_line(el.text))
    out = {k: v[0] for k, v in found.items() if k != "creator"}
    creators = found.get("creator", [])
    if creators:
        arabic = any("\u0600" <= ch <= "\u06ff" for name in creators for ch in name)
        out["creator"] = ("، " if arabic else ", ").join(creators)
    return out
