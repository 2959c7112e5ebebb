"""Checking a Web Annotation before it is imported: every field the reader uses must have
the type and range it must have, or the item is refused (and counted, not imported).

A file from another tool, or edited by hand, may say ``"reader:deleted": "false"`` (a string,
which Python would take as true and delete the annotation for good), a position of 2**63, a
colour nobody can draw, a lone surrogate that cannot be stored. Nothing is guessed: the item
is skipped with the name of the field and the rule it breaks.
"""

from __future__ import annotations

from datetime import datetime

from ..display import has_surrogates

#: Largest character offset accepted in a TextPositionSelector (any real text is shorter).
MAX_POSITION = 2**31 - 1
#: Longest annotation id accepted (characters).
MAX_ID_CHARS = 2048
KINDS = ("highlight", "note", "bookmark")
#: How deep the walk for lone surrogates goes (an annotation is a few levels deep).
_MAX_DEPTH = 20


class BadItem(ValueError):
    """One annotation that cannot be imported: which field, and the rule it breaks."""

    def __init__(self, field: str, rule: str):
        self.field = field
        self.rule = rule
        super().__init__(self.reason)

    @property
    def reason(self) -> str:
        return f"with a bad '{self.field}' ({self.rule})"


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def parse_time(value: str) -> datetime | None:
    """An ISO 8601 date and time, or None if ``value`` is not one."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def check_item(item: dict) -> None:
    """Raise BadItem for the first field of ``item`` that does not fit."""
    _check_text(item, "", 0)
    ident = item.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise BadItem("id", "every annotation needs a text id, to import it only once")
    if len(ident) > MAX_ID_CHARS:
        raise BadItem("id", f"at most {MAX_ID_CHARS} characters")
    for key in ("type", "motivation"):
        _strings(item, key)
    for key in ("created", "modified"):
        value = item.get(key)
        if value is not None and (not isinstance(value, str) or parse_time(value) is None):
            raise BadItem(key, "must be an ISO 8601 date and time")
    for key in ("reader:deleted", "reader:orphan"):
        if key in item and not isinstance(item[key], bool):
            raise BadItem(key, "must be true or false")
    kind = item.get("reader:kind", "highlight")
    if kind not in KINDS:
        raise BadItem("reader:kind", f"must be one of {', '.join(KINDS)}")
    _check_body(item.get("body"))
    _check_creator(item.get("creator"))
    _check_target(item.get("target"))
    if "reader:type" in item:
        check_record(item)


def _check_text(value, where: str, depth: int) -> None:
    """No string anywhere in the item (keys included) may hold a lone surrogate."""
    if depth > _MAX_DEPTH:
        raise BadItem(where or "item", "nested too deeply")
    if isinstance(value, str):
        if has_surrogates(value):
            raise BadItem(where or "item", "holds a lone surrogate, which is not text")
    elif isinstance(value, dict):
        for key, inner in value.items():
            if has_surrogates(key):
                raise BadItem(where or "item", "a key holds a lone surrogate")
            _check_text(inner, key if depth == 0 else where, depth + 1)
    elif isinstance(value, list):
        for inner in value:
            _check_text(inner, where, depth + 1)


def _strings(obj: dict, key: str, field: str | None = None) -> None:
    value = obj.get(key)
    if value is not None and not all(isinstance(v, str) for v in as_list(value)):
        raise BadItem(field or key, "must be text or a list of texts")


def _string(obj: dict, key: str, field: str) -> None:
    if key in obj and not isinstance(obj[key], str):
        raise BadItem(field, "must be text")


def _check_body(body) -> None:
    for b in as_list(body):
        if isinstance(b, str):
            continue
        if not isinstance(b, dict):
            raise BadItem("body", "must be text, an object or a list of them")
        for key in ("value", "purpose", "type", "format", "language"):
            _string(b, key, f"body.{key}")


def _check_creator(creator) -> None:
    for c in as_list(creator):
        if isinstance(c, dict):
            _string(c, "name", "creator.name")
        elif not isinstance(c, str):
            raise BadItem("creator", "must be text, an object with a name or a list of them")


def _check_target(target) -> None:
    targets = as_list(target)
    if not targets:
        raise BadItem("target", "every annotation needs one")
    for t in targets:
        if isinstance(t, str):
            continue
        if not isinstance(t, dict):
            raise BadItem("target", "must be text, an object or a list of them")
        for key in ("source", "reader:sha256", "reader:url"):
            _string(t, key, f"target.{key}")
        # Other tools name their own CSS classes here (Hypothesis, Recogito): a class that
        # is not one of our colours is shown in the default colour; only its type is checked.
        _string(t, "styleClass", "target.styleClass")
        _check_selectors(t.get("selector"))
    first = next((t for t in targets if isinstance(t, dict)), None)
    selectors = as_list(first.get("selector")) if first else []
    if not any(s.get("type") in ("TextQuoteSelector", "TextPositionSelector") for s in selectors):
        raise BadItem("target.selector", "needs a TextQuoteSelector or a TextPositionSelector")


def _check_selectors(selectors) -> None:
    for s in as_list(selectors):
        if not isinstance(s, dict):
            raise BadItem("target.selector", "must be an object or a list of objects")
        _string(s, "type", "target.selector.type")
        if s.get("type") == "TextQuoteSelector":
            if not isinstance(s.get("exact"), str) or not s["exact"]:
                raise BadItem("TextQuoteSelector.exact", "must be the quoted text")
            for key in ("prefix", "suffix"):
                _string(s, key, f"TextQuoteSelector.{key}")
        elif s.get("type") == "TextPositionSelector":
            start, end = s.get("start"), s.get("end")
            for key, value in (("start", start), ("end", end)):
                if type(value) is not int or not 0 <= value <= MAX_POSITION:
                    raise BadItem(f"TextPositionSelector.{key}",
                                  f"must be a whole number from 0 to {MAX_POSITION}")
            if start > end:
                raise BadItem("TextPositionSelector.end", "must not be before start")


# --- claim reviews and translation segments (reader:type) -------------------------------

RECORD_TYPES = ("ClaimReview", "Segment")
#: Longest review trail accepted on one claim.
MAX_TRAIL = 10_000
_CLAIM_KEY_PARTS = 4


def check_record(item: dict) -> None:
    """The fields of a claim review or a translation segment (``reader:type``)."""
    kind = item.get("reader:type")
    if kind not in RECORD_TYPES:
        raise BadItem("reader:type", f"must be one of {', '.join(RECORD_TYPES)}")
    for key in ("created", "modified") if kind == "Segment" else ("modified",):
        if not isinstance(item.get(key), str):
            raise BadItem(key, "must be an ISO 8601 date and time")
    if kind == "ClaimReview":
        _check_review(item)
    else:
        _check_segment(item)


def _check_review(item: dict) -> None:
    from ..store.review_rows import REVIEW_STATUSES

    key = item.get("reader:claimKey")
    parts = key.split(":") if isinstance(key, str) else []
    if len(parts) != _CLAIM_KEY_PARTS or not all(p.isascii() and p.isdigit() and len(p) <= 10
                                                   for p in parts):
        raise BadItem("reader:claimKey", "must be four whole numbers joined by ':'")
    if item.get("reader:status") not in REVIEW_STATUSES:
        raise BadItem("reader:status", f"must be one of {', '.join(REVIEW_STATUSES)}")
    trail = item.get("reader:trail", [])
    if not isinstance(trail, list) or len(trail) > MAX_TRAIL:
        raise BadItem("reader:trail", f"must be a list of at most {MAX_TRAIL} entries")
    for entry in trail:
        if not isinstance(entry, dict):
            raise BadItem("reader:trail", "each entry must be an object")
        if entry.get("status") not in REVIEW_STATUSES:
            raise BadItem("reader:trail.status", f"must be one of {', '.join(REVIEW_STATUSES)}")
        for field in ("note", "author"):
            if not isinstance(entry.get(field, ""), str):
                raise BadItem(f"reader:trail.{field}", "must be text")
        at = entry.get("at")
        if not isinstance(at, str) or parse_time(at) is None:
            raise BadItem("reader:trail.at", "must be an ISO 8601 date and time")


def _check_segment(item: dict) -> None:
    from ..translation.model import STATUSES

    if item.get("reader:status") not in STATUSES:
        raise BadItem("reader:status", f"must be one of {', '.join(STATUSES)}")
    if not isinstance(item.get("reader:needsReview", False), bool):
        raise BadItem("reader:needsReview", "must be true or false")
    if not isinstance(item.get("reader:previousSource", ""), str):
        raise BadItem("reader:previousSource", "must be text")
    targets = [t for t in as_list(item.get("target")) if isinstance(t, dict)]
    kinds = {s.get("type") for s in as_list(targets[0].get("selector"))} if targets else set()
    if not {"TextQuoteSelector", "TextPositionSelector"} <= kinds:
        raise BadItem("target.selector", "a segment needs a TextQuoteSelector and a "
                                         "TextPositionSelector")
    translations = [b for b in as_list(item.get("body"))
                    if isinstance(b, dict) and b.get("purpose") == "describing"]
    if len(translations) > 1:
        raise BadItem("body", "a segment has at most one translation (purpose describing)")
