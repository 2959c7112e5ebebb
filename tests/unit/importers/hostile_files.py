"""Hostile files, generated: small on disk, huge or slow once read. Shared by the limit tests
and bench/bench_hostile_import.py (which builds the full-size ones)."""

from __future__ import annotations

import io
import zipfile

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)
#: One paragraph of a chapter: 27 characters of Arabic text in 50 bytes of markup.
PARAGRAPH = "<p>كلمة عربية في فقرة قصيرة</p>\n"


def epub(chapter_bodies: list[str]) -> bytes:
    """An EPUB book whose chapters have these bodies (compressed: repeats take no room)."""
    items = "".join(
        f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
        for i in range(len(chapter_bodies))
    )
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapter_bodies)))
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>كتاب</dc:title>'
        f"</metadata><manifest>{items}</manifest><spine>{spine}</spine></package>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml", CONTAINER)
        zf.writestr("OEBPS/content.opf", opf)
        for i, body in enumerate(chapter_bodies):
            zf.writestr(
                f"OEBPS/c{i}.xhtml",
                f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>',
            )
    return buf.getvalue()


def epub_expanding(chapters: int, chapter_bytes: int, unit: str = PARAGRAPH) -> bytes:
    """A book of ``chapters`` chapters of about ``chapter_bytes`` each, made of ``unit``."""
    body = unit * max(1, chapter_bytes // len(unit.encode("utf-8")))
    return epub([body] * chapters)


def html_many_tags(elements: int, unit: str = "<span>ب</span>") -> bytes:
    """A web page of ``elements`` tiny elements (16 bytes each with the default unit)."""
    return f"<html><body><article>{unit * elements}</article></body></html>".encode("utf-8")


def html_long_text(chars: int) -> bytes:
    """A web page of one long article: ``chars`` characters in paragraphs of about 500."""
    para = "نص " * 166  # 498 characters
    count = max(1, chars // len(para))
    return f"<html><body><article>{('<p>' + para + '</p>') * count}</article></body></html>".encode()


def docx(paragraphs: int, runs: int = 3, numbered: bool = False) -> bytes:
    """A Word document of ``paragraphs`` paragraphs, each of ``runs`` formatted runs
    (``numbered``: each run ends with its number, so that it compresses like real text)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    run = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">كلمة عربية {}</w:t></w:r>'
    body = "".join(
        "<w:p>" + "".join(run.format(p * runs + r if numbered else "") for r in range(runs))
        + "</w:p>"
        for p in range(paragraphs)
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}">'
        f"<w:body>{body}</w:body></w:document>"
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", document)
    return buf.getvalue()


def markdown_stars(repeats: int) -> bytes:
    """One Markdown line of ``*a `` repeated: every ``*`` opens emphasis that never closes."""
    return ("*a " * repeats).encode("ascii")
