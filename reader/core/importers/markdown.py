"""Markdown files (.md, .markdown): markup stripped to readable text.

Headings, emphasis, strike-through and inline code keep their text; links keep their text
(bare URLs stay); images and link reference definitions are dropped; fenced and indented
code blocks are kept as text; block quotes lose their ">"; list items become "• item" lines
(numbered ones keep their number); table rows become "cell | cell" lines. A paragraph's
soft-wrapped lines are joined into one line (a paragraph is a line); a hard break (two
trailing spaces or a backslash) stays a line break. Front matter (YAML between ``---``
lines, or TOML between ``+++``) gives title, outlet (outlet/source/publisher/site), date,
author and url, and is not part of the text. Written here rather than using a Markdown
library: we need text, not HTML, and the rules above are all there is to it.
"""

from __future__ import annotations

import re

from reader.core.importers.base import Extracted
from reader.core.importers.detect import decode

_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
    "site_name": "outlet", "newspaper": "outlet",
    "date": "date", "published": "date", "pubdate": "date", "published_at": "date",
    "author": "author", "authors": "author", "by": "author", "byline": "author",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
}
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET_RE = re.compile(r"^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_ORDERED_RE = re.compile(r"^[ \t]*(\d{1,9})[.)][ \t]+")
_QUOTE_RE = re.compile(r"^ {0,3}>[ \t]?")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_HTML_BREAK_RE = re.compile(r"<br\s*/?>", re.I)
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")

# Inline markup, applied in this order.
_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
)
_CODE_SPAN_RE = re.compile(r"(`+)(.+?)\1")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def extract_markdown(data: bytes, name: str) -> Extracted:
    decoded = decode(data, name)
    meta, body = split_front_matter(decoded.text)
    text, heading = markdown_to_text(body)
    return Extracted(
        text=text,
        format="md",
        encoding=decoded.encoding,
        title=meta.get("title", ""),
        heading=heading,
        outlet=meta.get("outlet", ""),
        date=meta.get("date", ""),
        author=meta.get("author", ""),
        url=meta.get("url", ""),
        warnings=list(decoded.warnings),
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, the rest) for YAML (---) or TOML (+++) front matter at the very top."""
    lines = text.split("\n")
    if not lines or lines[0].strip() not in ("---", "+++"):
        return {}, text
    fence = lines[0].strip()
    closers = ("---", "...") if fence == "---" else ("+++",)
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in closers:
            break
    else:
        return {}, text
    meta: dict[str, str] = {}
    key = ""
    for line in lines[1:end]:
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item and key:  # a YAML list under the previous key (authors:)
            value = _unquote(item.group(1))
            if value:
                meta[key] = f"{meta[key]}, {value}" if meta.get(key) else value
            continue
        m = re.match(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$", line)
        if not m:
            continue
        key = _FRONT_KEYS.get(m.group(1).lower(), "")
        if not key:
            continue
        value = m.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        value = _unquote(value)
        if value and not meta.get(key):
            meta[key] = value
        elif not value:
            meta.setdefault(key, "")
    return meta, "\n".join(lines[end + 1 :])


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def markdown_to_text(md: str) -> tuple[str, str]:
    """(text, first heading) of a Markdown document."""
    blocks: list[tuple[str, str]] = []  # (text, kind: p | item | row | code | h)
    para: list[str] = []
    heading = ""

    def flush() -> None:
        if para:
            joined = ""
            for piece in para:
                hard = piece.endswith("  ") or piece.endswith("\\")
                piece = piece.rstrip("\\").strip()
                joined += piece + ("\n" if hard else " ")
            text = inline(joined.strip())
            if text:
                blocks.append((text, "p"))
            para.clear()

    lines = md.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE_RE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker):
                code.append(lines[i])
                i += 1
            text = "\n".join(code).strip("\n")
            if text.strip():
                blocks.append((text, "code"))
            i += 1
            continue
        if not line.strip():
            flush()
            i += 1
            continue
        if para == [] and line.startswith(("    ", "\t")) and not _BULLET_RE.match(line) \
                and not _ORDERED_RE.match(line):
            code = []
            while i < len(lines) and (lines[i].startswith(("    ", "\t")) or not lines[i].strip()):
                code.append(lines[i][4:] if lines[i].startswith("    ") else lines[i][1:])
                i += 1
            blocks.append(("\n".join(code).strip("\n"), "code"))
            continue
        line = _QUOTE_RE.sub("", line)
        while _QUOTE_RE.match(line):
            line = _QUOTE_RE.sub("", line)
        atx = _ATX_RE.match(line)
        if _RULE_RE.match(line) and not (para and _SETEXT_RE.match(line)):
            flush()
        elif para and _SETEXT_RE.match(line):
            text = inline(" ".join(p.strip() for p in para))
            para.clear()
            if text:
                blocks.append((text, "h"))
                heading = heading or text
        elif atx:
            flush()
            text = inline((atx.group(1) or "").strip())
            if text:
                blocks.append((text, "h"))
                heading = heading or text
        elif _REFDEF_RE.match(line):
            flush()
        elif _BULLET_RE.match(line) or _ORDERED_RE.match(line):
            flush()
            ordered = _ORDERED_RE.match(line)
            prefix = f"{ordered.group(1)}. " if ordered else "• "
            body = (_ORDERED_RE if ordered else _BULLET_RE).sub("", line, count=1)
            text = inline(body.strip())
            if text:
                blocks.append((prefix + text, "item"))
        elif "|" in line and (_TABLE_SEP_RE.match(line) or line.strip().startswith("|")):
            flush()
            if not _TABLE_SEP_RE.match(line):
                cells = [inline(c.strip()) for c in line.strip().strip("|").split("|")]
                row = " | ".join(c for c in cells if c)
                if row:
                    blocks.append((row, "row"))
        else:
            para.append(line)
        i += 1
    flush()

    out: list[str] = []
    prev = ""
    for text, kind in blocks:
        if out:
            out.append("\n" if kind == prev and kind in ("item", "row") else "\n\n")
        out.append(text)
        prev = kind
    return "".join(out), heading


def inline(text: str) -> str:
    """Strip inline markup; code spans keep their content verbatim."""
    codes: list[str] = []

    def keep(m: re.Match) -> str:
        codes.append(m.group(2).strip())
        return f"\x00{len(codes) - 1}\x00"

    text = _CODE_SPAN_RE.sub(keep, text)
    text = _HTML_BREAK_RE.sub("\n", text)
    text = _HTML_TAG_RE.sub("", text)
    for regex, repl in _INLINE:
        text = regex.sub(repl, text)
    text = _ESCAPE_RE.sub(r"\1", text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], text)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)
