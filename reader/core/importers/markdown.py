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

Every step is linear in the length of the text, whatever it holds: no regular expression
scans from each opening mark to the end of the line (a line of 60 kB of ``*a *a …`` took
24 s when emphasis was a lazy ``[*](.+?)[*]``). Emphasis, strong and strike-through are matched
with a stack of opening delimiter runs, as CommonMark does; link and image texts cannot hold
brackets, and their targets hold at most one level of parentheses.
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
_QUOTE_RE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_HTML_BREAK_RE = re.compile(r"<br\s*/?>", re.I)
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")

# Inline markup, applied in this order. Link texts hold no brackets and targets at most one
# level of parentheses, so that each match stops at the next bracket: linear time.
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"
_INLINE = (
    (re.compile(r"!\[[^\[\]]*\]" + _TARGET), ""),  # images
    (re.compile(r"!\[[^\[\]]*\]\[[^\[\]]*\]"), ""),
    (re.compile(r"\[([^\[\]]+)\]" + _TARGET), r"\1"),  # links
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),  # autolinks
)
_BACKTICKS_RE = re.compile(r"`+")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# Runs of emphasis delimiters, and escapes (which are skipped: "\*" is a star).
_DELIMITER_RE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|>~]|\*+|_+|~~+")


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
            pieces = []
            for piece in para:
                hard = piece.endswith("  ") or piece.endswith("\\")
                pieces.append(piece.rstrip("\\").strip() + ("\n" if hard else " "))
            text = inline("".join(pieces).strip())
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
        line = _QUOTE_RE.sub("", line, count=1)
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
    text = _code_spans(text, codes)
    text = _HTML_BREAK_RE.sub("\n", text)
    text = _HTML_TAG_RE.sub("", text)
    for regex, repl in _INLINE:
        text = regex.sub(repl, text)
    text = strip_emphasis(text)
    text = _ESCAPE_RE.sub(r"\1", text)
    if codes:
        text = re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], text)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _code_spans(text: str, codes: list[str]) -> str:
    """Replace each code span (a run of backticks up to the next run as long) by a
    placeholder \\x00N\\x00, its content appended to ``codes``. Linear: runs are paired by
    looking up, for each run, the next run of the same length."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS_RE.finditer(text)]
    if len(runs) < 2:
        return text
    following: dict[int, int] = {}  # run length -> index of the next run that long
    next_same = [0] * len(runs)
    for i in range(len(runs) - 1, -1, -1):
        length = runs[i][1] - runs[i][0]
        next_same[i] = following.get(length, -1)
        following[length] = i
    out: list[str] = []
    pos = i = 0
    while i < len(runs):
        j = next_same[i]
        start, end = runs[i]
        if j < 0 or runs[j][0] == end:  # no closing run, or nothing between the two
            i += 1
            continue
        out.append(text[pos:start])
        codes.append(text[end:runs[j][0]].strip())
        out.append(f"\x00{len(codes) - 1}\x00")
        pos = runs[j][1]
        i = j + 1
    out.append(text[pos:])
    return "".join(out)


def strip_emphasis(text: str) -> str:
    """Remove the delimiters of emphasis (``*a*``, ``_a_``), strong (``**a**``, ``__a__``)
    and strike-through (``~~a~~``) that pair up; unpaired ones stay as text.

    A run of delimiters can open when the next character is not a space and close when the
    previous one is not; a single ``*`` or ``_`` also needs no letter or digit on its outer
    side (``snake_case`` stays), while doubled ones may touch a word (Arabic ``و__خط__``).
    Each closing run pairs with the nearest opening run of its character (CommonMark's
    "process emphasis", simplified): every run is pushed and popped once, so this is linear.
    """
    runs: list[list] = []  # [start, end, char, left to open with, strip left, strip right]
    stacks: dict[str, list[int]] = {"*": [], "_": [], "~": []}
    size = len(text)
    for m in _DELIMITER_RE.finditer(text):
        start, end = m.span()
        char = text[start]
        if char == "\\":
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < size else " "
        single = end - start == 1
        can_open = not after.isspace() and not (single and before.isalnum())
        can_close = not before.isspace() and not (single and after.isalnum())
        index = len(runs)
        runs.append([start, end, char, end - start, 0, 0])
        remaining = end - start
        stack = stacks[char]
        while can_close and remaining and stack:
            opened = stack[-1]
            opener = runs[opened]
            take = 2 if remaining >= 2 and opener[3] >= 2 else 1
            if char == "~" and take < 2:
                break
            opener[3] -= take
            opener[5] += take
            remaining -= take
            runs[index][4] += take
            if opener[3] == 0:
                stack.pop()
            for other, other_stack in stacks.items():  # openers inside the pair are text
                while other != char and other_stack and other_stack[-1] > opened:
                    other_stack.pop()
        runs[index][3] = remaining
        if remaining and can_open:
            stack.append(index)
    if not any(run[4] or run[5] for run in runs):
        return text
    out: list[str] = []
    pos = 0
    for start, end, _char, _left, strip_left, strip_right in runs:
        out.append(text[pos:start])
        out.append(text[start + strip_left:end - strip_right])
        pos = end
    out.append(text[pos:])
    return "".join(out)
