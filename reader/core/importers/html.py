"""Web pages (.html, .htm, .xhtml): the article's text and metadata, nothing executed or
fetched.

Why trafilatura first, and our own walk as a fallback
-----------------------------------------------------
trafilatura (2.x) is a well-kept main-text extractor; ``trafilatura.extract`` on a string
fetches nothing. On Arabic pages it keeps headings, short paragraphs and ``<br>`` (as
``<lb/>`` in its XML output, which we read instead of its flat text), drops scripts, forms,
navigation, asides and footers. Where it goes wrong: on a short article (under its
MIN_EXTRACTED_SIZE, about 250 characters) it falls back to a "baseline" that flattens the
whole page into one paragraph, with iframe fallback text and button labels in it; and it may
return nothing at all for unusual markup. So we also walk the page ourselves (html_text.py:
the longest <article>, else <main>, else <body>, without nav/aside/footer/forms/scripts or
hidden and share/related/comment blocks), and take our text when trafilatura returned
nothing, flattened several of our paragraphs into one, or kept much less than our walk of
an <article>/<main> element (which marks the content reliably).

Parsing is lxml's HTML parser with network access off; it does not load DTDs or expand
external entities. The encoding comes from a BOM, else <meta charset> / http-equiv /
the XML declaration (checked against the text: pages that declare Latin-1 but are
Windows-1256, or Windows-1256 but are UTF-8, are common on Arabic sites), else detection
as for .txt files.
If the headline is not at the top of the extracted text, it is put there as the first
paragraph, as in a plain-text article.
"""

from __future__ import annotations

import codecs
import re

import lxml.etree as etree
import lxml.html

from reader.core.errors import DocumentError
from reader.core.importers.base import Extracted, clean_line
from reader.core.importers.detect import (
    MIN_PLAUSIBILITY,
    Decoded,
    decode,
    normalize_newlines,
    plausibility,
)
from reader.core.importers.html_meta import page_metadata
from reader.core.importers.html_noise import comment_policy_spans
from reader.core.importers.html_text import TRAFILATURA_PROFILE, Walked, walk, web_text
from reader.core.importers.limits import Budget
from reader.core.importers.magic import describe, sniff_binary
from reader.core.text import fold

_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL_STR_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# The HTML standard reads these labels as Windows-1252.
_AS_CP1252 = {"latin_1", "iso8859-1", "ascii", "iso8859_1", "cp1252"}
#: trafilatura takes about 70 microseconds per element (and a few hundred bytes): on pages
#: with more elements than this, only our own walk (about 4 microseconds each) runs.
TRAFILATURA_MAX_ELEMENTS = 50_000


def extract_html(data: bytes, name: str, fmt: str = "html") -> Extracted:
    decoded = decode_html(data, name)
    budget = Budget(name, "web page")
    budget.add_elements(decoded.text)
    tree = parse_html(decoded.text, name)
    meta = page_metadata(tree)
    ours = web_text(tree)
    budget.add_text(len(ours.text))
    theirs = None
    if budget.elements <= TRAFILATURA_MAX_ELEMENTS:
        theirs = _trafilatura_text(decoded.text)
    walked = _choose(theirs, ours, tree)
    text = walked.text
    title = meta.title or meta.h1 or walked.heading
    # Put the headline on top (the page's <h1> if it is not the site's name, else the
    # title), unless the text already opens with it or with a heading.
    h1 = meta.h1 if len(meta.h1.split()) >= 2 and fold(meta.h1) != fold(meta.outlet) else ""
    headline = h1 or title
    if headline and not any(_starts_with(text, t) for t in (headline, title, walked.heading)):
        text = f"{clean_line(headline)}\n\n{text}" if text else clean_line(headline)
    return Extracted(
        text=text,
        format=fmt,
        encoding=decoded.encoding,
        title=title,
        heading=walked.heading,
        outlet=meta.outlet,
        date=meta.date,
        author=meta.author,
        url=meta.url,
        warnings=list(decoded.warnings),
        noise=comment_policy_spans(text),
    )


def decode_html(data: bytes, name: str) -> Decoded:
    """Decode a web page: BOM, then the declared charset if the text agrees, else detection."""
    if not data.strip():
        raise DocumentError("the file is empty; choose a file that contains text", name)
    what = sniff_binary(data)
    if what:
        raise DocumentError(f"the file is not a web page (it looks like {describe(what)})", name)
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, name)
    declared = _declared_charset(data)
    if declared and declared != "utf-8" and not data.isascii():
        # Valid UTF-8 with non-ASCII text is never an accident: trust the bytes.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            note = f"the page says its encoding is {declared} but it is UTF-8; read as UTF-8"
            return Decoded(normalize_newlines(text), "utf-8", (note,))
    if declared:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            text = None
        if text is not None and (
            declared == "utf-8" or plausibility(text[:65536]) >= MIN_PLAUSIBILITY
        ):
            return Decoded(normalize_newlines(text), declared)
        found = decode(data, name)
        note = (
            f"the page says its encoding is {declared} but its text is {found.encoding}; "
            f"read as {found.encoding}"
        )
        return Decoded(found.text, found.encoding, found.warnings + (note,))
    return decode(data, name)


def _declared_charset(data: bytes) -> str:
    head = data[:4096]
    m = _XML_DECL_RE.search(head) or _CHARSET_RE.search(head)
    if not m:
        return ""
    label = m.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return ""
    if codec in _AS_CP1252:
        return "cp1252"
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return "utf-8"  # an ASCII-compatible page cannot really be UTF-16 (HTML standard)
    return "utf-8" if codec == "utf-8" else codec


def parse_html(text: str, name: str):
    """An lxml HTML tree; no network, no DTD, comments and processing instructions dropped."""
    text = _XML_DECL_STR_RE.sub("", text, count=1)
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, default_doctype=False,
        encoding="utf-8",
    )
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(
            f"the web page could not be read ({exc}); check the file", name
        ) from None
    return tree


def _trafilatura_text(html: str) -> Walked | None:
    import trafilatura

    xml = trafilatura.extract(
        _XML_DECL_STR_RE.sub("", html, count=1),
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
    )
    if not xml:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml.encode("utf-8"), parser=parser)
    main = root.find("main")
    return walk(main if main is not None else root, TRAFILATURA_PROFILE)


def _choose(theirs: Walked | None, ours: Walked, tree) -> Walked:
    """trafilatura's text unless it is missing, flattened or much shorter than ours."""
    if theirs is None or not theirs.letters:
        return ours
    if not ours.letters:
        return theirs
    if theirs.blocks == 1 and ours.blocks >= 3:
        return ours  # trafilatura's baseline flattened the page
    scoped = any(True for _ in tree.iter("article", "main"))
    if scoped and theirs.letters < 0.5 * ours.letters:
        return ours
    if theirs.letters < 0.15 * ours.letters:
        return ours
    return theirs


def _starts_with(text: str, title: str) -> bool:
    """Whether the title is (nearly) the first or second paragraph of the text."""
    key = fold(clean_line(title))
    if not key:
        return False
    for para in text.split("\n\n")[:2]:
        para_key = fold(clean_line(para))
        if para_key == key or (len(key) > 20 and para_key.startswith(key)):
            return True
    return False
