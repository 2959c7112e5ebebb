"""W3C Web Annotation Data Model (JSON-LD): export and idempotent import.

Each annotation is written with both a TextQuoteSelector (exact, prefix, suffix) and a
TextPositionSelector (start, end, in code points of the document text), its note as a
commenting TextualBody, each tag as a tagging TextualBody, and its colour as the target's
``styleClass``. The target's ``source`` is ``urn:uuid:<document id>``; the document's
SHA-256 and URL are given as well, so another library can find the same article.

A deleted annotation is exported (with ``--include-deleted``) as a tombstone carrying
``"reader:deleted": true``, so that a merge elsewhere removes it too.

Import is idempotent by ``id``: the same file imported twice changes nothing; for an
annotation already in the library the newer ``modified`` wins, and a tombstone is never
revived. Ids that are not ``urn:uuid:`` (other tools' URLs) map to a stable UUID 5.
Every item is checked first (validate.py): one whose fields do not have the right types is
skipped, never imported half-understood.

Reading the file is bounded: at most MAX_FILE_BYTES, numbers of at most MAX_NUMBER_DIGITS
digits, no ``NaN``/``Infinity`` (not JSON), and nesting as deep as Python's JSON parser allows;
past any of these the file is refused with one line.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from datetime import timezone
from pathlib import Path

from ..anchoring import anchor, describe
from ..colors import DEFAULT_COLOR, HIGHLIGHT_COLORS
from ..display import display_name
from ..errors import DocumentError
from ..model import Annotation, Document, TextSelector
from .validate import as_list as _as_list
from .validate import check_item, parse_time

#: Largest annotation file read (20,000 annotations take about 20 MB).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: Longest number accepted in the file (positions need ten digits).
MAX_NUMBER_DIGITS = 30

CONTEXT = [
    "http://www.w3.org/ns/anno.jsonld",
    {"reader": "https://github.com/arabic-news-reader/reader/ns#"},
]
COLORS_CSS = {
    "yellow": "#fff59d",
    "green": "#c5e1a5",
    "blue": "#90caf9",
    "pink": "#f48fb1",
    "orange": "#ffcc80",
    "purple": "#ce93d8",
}


def annotation_to_jsonld(a: Annotation, doc: Document) -> dict:
    body = []
    if a.note:
        body.append({"type": "TextualBody", "value": a.note, "purpose": "commenting", "format": "text/plain"})
    for tag in a.tags:
        body.append({"type": "TextualBody", "value": tag, "purpose": "tagging"})
    motivation = "commenting" if a.note else ("tagging" if a.tags else "highlighting")
    target = {
        "source": f"urn:uuid:{doc.id}",
        "reader:sha256": doc.sha256,
        "styleClass": a.color,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": a.selector.exact,
                "prefix": a.selector.prefix,
                "suffix": a.selector.suffix,
            },
            {"type": "TextPositionSelector", "start": a.selector.start, "end": a.selector.end},
        ],
    }
    if doc.url:
        target["reader:url"] = doc.url
    out = {
        "id": f"urn:uuid:{a.uuid}",
        "type": "Annotation",
        "motivation": motivation,
        "created": a.created,
        "modified": a.updated,
        "target": target,
    }
    if body:
        out["body"] = body if len(body) > 1 else body[0]
    if a.author:
        out["creator"] = {"type": "Person", "name": a.author}
    if a.deleted:
        out["reader:deleted"] = True
    if a.orphan:
        out["reader:orphan"] = True
    if a.kind != "highlight":
        out["reader:kind"] = a.kind
    return out


def export_jsonld(doc: Document, annotations: list[Annotation], records: list[dict] = ()) -> str:
    """The annotations, and ``records`` (claim reviews and translation segments as made by
    :mod:`.webannotation_records`), as one AnnotationCollection."""
    items = [annotation_to_jsonld(a, doc) for a in annotations] + list(records)
    css = " ".join(f".{name} {{ background-color: {value}; }}" for name, value in COLORS_CSS.items())
    collection = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{doc.id}#annotations",
        "type": "AnnotationCollection",
        "label": doc.title,
        "total": len(items),
        "reader:document": {
            "id": f"urn:uuid:{doc.id}",
            "title": doc.title,
            "outlet": doc.outlet,
            "date": doc.date,
            "sha256": doc.sha256,
            "url": doc.url,
        },
        "stylesheet": {"type": "CssStylesheet", "value": css},
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2)


# --- import ------------------------------------------------------------------------------


def _timestamp(value, fallback: str) -> str:
    if not value:
        return fallback
    parsed = parse_time(str(value))
    if parsed is None:
        return fallback
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def annotation_uuid(identifier: str) -> str:
    identifier = str(identifier)
    if identifier.startswith("urn:uuid:"):
        return identifier[len("urn:uuid:"):]
    try:
        return str(uuidlib.UUID(identifier))
    except ValueError:
        return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, identifier))


def items_from_json(data) -> list:
    """The annotations in a parsed file: one annotation, a list, a page or a collection.
    Items of a list or page that are not objects are kept, for the import to count them."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    kind = data.get("type")
    if kind == "AnnotationCollection" or "first" in data:
        first = data.get("first")
        return items_from_json(first) if isinstance(first, dict) else []
    if kind == "AnnotationPage" or "items" in data:
        return _as_list(data.get("items"))
    return [data]


def _target(item: dict) -> dict:
    targets = _as_list(item.get("target"))
    for t in targets:
        if isinstance(t, dict):
            return t
    return {"source": targets[0]} if targets and isinstance(targets[0], str) else {}


def target_keys(item: dict) -> tuple[str, str, str]:
    """(document id, sha256, url) named by an annotation's target, each '' when absent."""
    t = _target(item)
    source = str(t.get("source", ""))
    doc_id = source[len("urn:uuid:"):] if source.startswith("urn:uuid:") else ""
    url = t.get("reader:url", "") or ("" if doc_id else source)
    return doc_id, str(t.get("reader:sha256", "")), str(url)


def _colour(style) -> str:
    """Our colour for a target's styleClass: other tools' CSS classes become the default."""
    return style if style in HIGHLIGHT_COLORS else DEFAULT_COLOR


def annotation_from_jsonld(item: dict, doc: Document, now: str) -> Annotation:
    """Turn one JSON-LD annotation into ours, placed on ``doc``'s current text.

    Raises validate.BadItem for an item whose fields do not fit."""
    check_item(item)
    selectors = _as_list(_target(item).get("selector"))
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)
    start = position["start"] if position else 0
    end = position["end"] if position else 0
    exact = quote.get("exact", "") if quote else doc.text[start:end]
    selector = TextSelector(start, end, exact, quote.get("prefix", "") if quote else "",
                            quote.get("suffix", "") if quote else "")
    placed = anchor(doc.text, selector)
    orphan = placed is None
    if placed is not None:
        selector = describe(doc.text, placed.start, placed.end)
    note, tags = "", []
    for b in _as_list(item.get("body")):
        if isinstance(b, str):
            note = note + ("\n" if note else "") + b
        elif b.get("purpose") == "tagging":
            tags.append(b.get("value", ""))
        elif b.get("type", "TextualBody") == "TextualBody":
            note = note + ("\n" if note else "") + b.get("value", "")
    names = [c.get("name", "") if isinstance(c, dict) else c for c in _as_list(item.get("creator"))]
    author = ", ".join(n for n in names if n)
    created = _timestamp(item.get("created"), now)
    return Annotation(
        uuid=annotation_uuid(item["id"]),
        doc_id=doc.id,
        selector=selector,
        kind=item.get("reader:kind", "highlight"),
        color=_colour(_target(item).get("styleClass")),
        note=note,
        tags=tuple(t for t in tags if t),
        author=author,
        created=created,
        updated=_timestamp(item.get("modified"), created),
        deleted=item.get("reader:deleted", False),
        orphan=orphan,
    )


class _NotAllowed(ValueError):
    """A number the reader does not accept (too long, NaN, Infinity)."""


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NotAllowed(f"a number of {len(text)} digits (at most {MAX_NUMBER_DIGITS} are read)")
    return int(text)


def _parse_constant(name: str):
    raise _NotAllowed(f"{name}, which is not a JSON number")


def parse_json(raw: str, name: str):
    """Parse an annotation file's text; DocumentError naming ``name`` if it is not JSON we
    accept (numbers too long, NaN or Infinity, nesting too deep)."""
    try:
        return json.loads(raw, parse_int=_parse_int, parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"the file is not valid JSON (line {exc.lineno}: {exc.msg})",
                            name) from None
    except _NotAllowed as exc:
        raise DocumentError(f"the file holds {exc}", name) from None
    except RecursionError:
        raise DocumentError("the file's JSON is nested too deeply to be annotations",
                            name) from None


def read_file(path: str | Path) -> list[dict]:
    path = Path(path)
    name = display_name(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError("the file does not exist", name) from None
    except IsADirectoryError:
        raise DocumentError("this is a folder; give a .jsonld or .json file", name) from None
    except OSError as exc:
        raise DocumentError(f"cannot read the file ({exc.strerror or exc})", name) from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(
            f"the file is too large (the limit is {MAX_FILE_BYTES // 1048576} MB); "
            "split it into smaller files", name)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError("the file is not UTF-8 JSON", name) from None
    items = items_from_json(parse_json(raw, name))
    if not items:
        raise DocumentError("the file holds no Web Annotations (expected an Annotation, a list, an AnnotationPage or an AnnotationCollection)", name)
    return items
