"""Our own HTML-to-text walk over an lxml tree: blocks become paragraphs, ``<br>`` a line
break, list items bulleted lines, table rows "cell | cell" lines.

Used for EPUB chapters (where everything is content), as the fallback when trafilatura finds
too little in a web page, and to turn trafilatura's XML output into text (same walk, its
own tag names). A paragraph is a line; paragraphs are separated by a blank line; the items
of a list and the rows of a table follow each other on consecutive lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

_WS_RE = re.compile(r"[ \t\n\r\f\v]+")
_BOILERPLATE_RE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|comments?|breadcrumbs?|newsletter|"
    r"advert\w*|ads?|promo\w*|cookies?|subscribe|sidebar|widget|popup|modal|menu|navbar|nav|"
    r"footer|tags)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

#: Never text: code, media, embedded documents, forms.
NON_TEXT_TAGS = frozenset(
    "script style noscript template iframe frame frameset object embed applet form input "
    "button select textarea option optgroup datalist svg math canvas audio video source "
    "track picture img map area dialog head title meta link base param".split()
)
#: Page furniture that is dropped from web pages (not from EPUB chapters).
WEB_BOILERPLATE_TAGS = frozenset("nav aside footer menu figure".split())

HTML_BLOCKS = frozenset(
    "p div section article main header footer aside h1 h2 h3 h4 h5 h6 ul ol dl dt dd "
    "blockquote pre table thead tbody tfoot tr caption figcaption figure address hr center "
    "details summary body html fieldset legend hgroup".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


@dataclass(frozen=True)
class Profile:
    """Which tags mean what, for HTML or for trafilatura's XML."""

    blocks: frozenset[str]
    items: frozenset[str]
    cells: frozenset[str]
    breaks: frozenset[str]
    rows: frozenset[str]
    preformatted: frozenset[str]
    headings: frozenset[str]
    drop: frozenset[str] = frozenset()


HTML_PROFILE = Profile(
    blocks=HTML_BLOCKS | {"li"},
    items=frozenset({"li"}),
    cells=frozenset({"td", "th"}),
    breaks=frozenset({"br"}),
    rows=frozenset({"tr"}),
    preformatted=frozenset({"pre"}),
    headings=HEADINGS,
    drop=NON_TEXT_TAGS,
)
TRAFILATURA_PROFILE = Profile(
    blocks=frozenset("doc main head p list item quote table row code".split()),
    items=frozenset({"item"}),
    cells=frozenset({"cell"}),
    breaks=frozenset({"lb"}),
    rows=frozenset({"row"}),
    preformatted=frozenset({"code"}),
    headings=frozenset({"head"}),
    drop=frozenset({"comments", "graphic"}),
)


@dataclass
class _Builder:
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (text, kind)
    current: list[str] = field(default_factory=list)
    kind: str = "p"

    def write(self, text: str | None, raw: bool = False) -> None:
        if text:
            self.current.append(text if raw else _WS_RE.sub(" ", text))

    def end_block(self, kind: str = "p") -> None:
        text = "".join(self.current)
        lines = [ln.strip() for ln in text.split("\n")]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            self.blocks.append((text, self.kind))
        self.current = []
        self.kind = kind


@dataclass
class Walked:
    text: str
    heading: str  # the first heading's text
    blocks: int
    letters: int


def tag_name(el) -> str:
    """Local, lower-case tag name ('' for comments and processing instructions)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return etree.QName(tag).localname.lower() if "}" in tag else tag.lower()


def walk(root, profile: Profile = HTML_PROFILE, skip=None) -> Walked:
    """Text of ``root``; ``skip(el)`` may drop further elements (boilerplate)."""
    b = _Builder()
    headings: list[str] = []
    _walk(root, profile, b, skip, headings, pre=False)
    b.end_block()
    parts: list[str] = []
    prev_kind = ""
    for text, kind in b.blocks:
        sep = "\n" if kind in ("item", "row") and prev_kind == kind and parts else "\n\n"
        if parts:
            parts.append(sep)
        parts.append(text)
        prev_kind = kind
    text = "".join(parts)
    letters = sum(1 for ch in text if ch.isalpha())
    return Walked(text, headings[0] if headings else "", len(b.blocks), letters)


def _walk(el, profile: Profile, b: _Builder, skip, headings: list[str], pre: bool) -> None:
    tag = tag_name(el)
    if not tag or tag in profile.drop or (skip is not None and skip(el)):
        b.write(el.tail, raw=pre)
        return
    if tag in profile.breaks:
        b.write("\n", raw=True)
        b.write(el.tail, raw=pre)
        return
    is_pre = pre or tag in profile.preformatted
    if tag in profile.cells:
        if b.current and "".join(b.current).strip():
            b.write(" | ", raw=True)
        b.write(el.text, raw=is_pre)
        for child in el:
            _walk(child, profile, b, skip, headings, is_pre)
        b.write(el.tail, raw=pre)
        return
    block = tag in profile.blocks
    if block:
        kind = "item" if tag in profile.items else "row" if tag in profile.rows else "p"
        b.end_block(kind)
        if tag in profile.items:
            b.write("• ", raw=True)
    start = len(b.blocks)
    b.write(el.text, raw=is_pre)
    for child in el:
        _walk(child, profile, b, skip, headings, is_pre)
    if block:
        b.end_block()
        if tag in profile.headings and not headings and len(b.blocks) > start:
            headings.append(b.blocks[start][0])
    b.write(el.tail, raw=pre)


# --- web pages ---------------------------------------------------------------------------


def main_root(tree):
    """The element holding the article: the longest <article>, else <main>, else <body>."""
    best, best_len = None, 0
    for el in tree.iter("article"):
        n = len(el.text_content())
        if n > best_len:
            best, best_len = el, n
    if best is not None and best_len >= 200:
        return best
    for el in tree.iter("main"):
        return el
    for el in tree.iter():
        if tag_name(el) and el.get("role") == "main":
            return el
    body = tree.find(".//body")
    return body if body is not None else tree


def web_skipper(root):
    """A ``skip`` for :func:`walk` that drops page furniture and hidden elements."""
    total = max(1, len(root.text_content()))

    def skip(el) -> bool:
        tag = tag_name(el)
        if el is root:
            return False
        if tag in WEB_BOILERPLATE_TAGS:
            return True
        if tag == "header" and not _has_heading(el):
            return True
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            return True
        if _HIDDEN_STYLE_RE.search(el.get("style") or ""):
            return True
        role = el.get("role") or ""
        if role in ("navigation", "complementary", "contentinfo", "banner", "search"):
            return True
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if marks.strip() and _BOILERPLATE_RE.search(marks):
            # Only small parts: a wrapper named "has-sidebar" may hold the whole article.
            return len(el.text_content()) < 0.3 * total and not _has_heading(el, "h1")
        return False

    return skip


def _has_heading(el, only: str | None = None) -> bool:
    names = (only,) if only else tuple(sorted(HEADINGS))
    return any(True for _ in el.iter(*names))


def web_text(tree) -> Walked:
    root = main_root(tree)
    return walk(root, HTML_PROFILE, web_skipper(root))
