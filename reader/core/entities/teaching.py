"""What the user taught the recogniser, applied to every later article.

Decisions are keyed on the normalised surface form (reader.core.text.fold, spaces
collapsed). A decision about a form also covers the same form with a proclitic (rejecting
"الصين" also rejects "والصين") and every entity whose canonical name has that form (renaming
"تشاو تشيجو" also renames the short mention "تشاو" that points to it).

The lead stores :meth:`Teachings.to_dict` in SQLite and passes :meth:`Teachings.from_dict`
back in; the dict holds only strings, lists and dicts, so it is JSON-safe.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from reader.core.model import ENTITY_TYPES, Entity
from reader.core.text import TATWEEL, find_all, fold, normalize

from .clitics import bare_name

FORMAT_VERSION = 1


def teaching_key(form: str) -> str:
    """The key a decision about ``form`` is stored under."""
    return " ".join(fold(form).split())


@dataclass
class Teachings:
    """User decisions about entities. Use the methods to record one (they keep the sets
    consistent: a form is either accepted or rejected, never both)."""

    accepted: set[str] = field(default_factory=set)
    rejected: set[str] = field(default_factory=set)  # never tag this form again
    renamed: dict[str, str] = field(default_factory=dict)  # form -> new canonical
    retyped: dict[str, str] = field(default_factory=dict)  # form -> type
    merged: dict[str, str] = field(default_factory=dict)  # form -> canonical of another entity
    added: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (type, canonical)

    # --- recording decisions --------------------------------------------------------------

    def accept(self, form: str) -> None:
        k = teaching_key(form)
        self.accepted.add(k)
        self.rejected.discard(k)

    def reject(self, form: str) -> None:
        k = teaching_key(form)
        self.rejected.add(k)
        self.accepted.discard(k)
        self.added.pop(k, None)

    def rename(self, form: str, canonical: str) -> None:
        self.renamed[teaching_key(form)] = canonical.strip()

    def retype(self, form: str, type_: str) -> None:
        _check_type(type_)
        self.retyped[teaching_key(form)] = type_

    def merge(self, form: str, into_canonical: str) -> None:
        self.merged[teaching_key(form)] = into_canonical.strip()

    def add(self, form: str, type_: str, canonical: str | None = None) -> None:
        _check_type(type_)
        k = teaching_key(form)
        self.added[k] = (type_, (canonical or form).strip())
        self.rejected.discard(k)

    def is_empty(self) -> bool:
        return not (self.accepted or self.rejected or self.renamed or self.retyped
                    or self.merged or self.added)

    # --- storage --------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "version": FORMAT_VERSION,
            "accepted": sorted(self.accepted),
            "rejected": sorted(self.rejected),
            "renamed": dict(sorted(self.renamed.items())),
            "retyped": dict(sorted(self.retyped.items())),
            "merged": dict(sorted(self.merged.items())),
            "added": {k: {"type": t, "canonical": c} for k, (t, c) in sorted(self.added.items())},
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> "Teachings":
        if not data:
            return cls()
        added = {}
        for k, v in (data.get("added") or {}).items():
            if isinstance(v, dict):
                added[teaching_key(k)] = (v["type"], v.get("canonical") or k)
            else:  # [type, canonical]
                added[teaching_key(k)] = (v[0], v[1])
        return cls(
            accepted={teaching_key(k) for k in data.get("accepted") or ()},
            rejected={teaching_key(k) for k in data.get("rejected") or ()},
            renamed={teaching_key(k): v for k, v in (data.get("renamed") or {}).items()},
            retyped={teaching_key(k): v for k, v in (data.get("retyped") or {}).items()},
            merged={teaching_key(k): v for k, v in (data.get("merged") or {}).items()},
            added=added,
        )


def _check_type(type_: str) -> None:
    if type_ not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {type_!r}; expected one of {ENTITY_TYPES}")


def _keys(entity: Entity) -> list[str]:
    """The forms a decision may have been made about, most specific first."""
    keys = [teaching_key(entity.text), teaching_key(bare_name(entity.text)),
            teaching_key(entity.canonical)]
    return list(dict.fromkeys(k for k in keys if k))


def _first(mapping, keys: list[str]):
    for k in keys:
        if k in mapping:
            return mapping[k]
    return None


def apply_teachings(entities: list[Entity], text: str, teachings: Teachings | None
                    ) -> list[Entity]:
    """The entities after the user's decisions: rejected ones dropped, renames, retypes and
    merges applied, accepted ones marked sure, added forms found in ``text`` and tagged
    (origin "user"; they replace whatever overlapped them)."""
    if teachings is None or teachings.is_empty():
        return list(entities)
    out: list[Entity] = []
    for e in entities:
        keys = _keys(e)
        if any(k in teachings.rejected for k in keys) and not any(
                k in teachings.accepted for k in keys[:2]):
            continue
        changes: dict = {}
        new_type = _first(teachings.retyped, keys)
        if new_type:
            changes["type"] = new_type
        canonical = _first(teachings.renamed, keys) or _first(teachings.merged, keys)
        if canonical:
            changes["canonical"] = canonical
        if any(k in teachings.accepted for k in keys):
            changes["score"] = 1.0
        out.append(replace(e, **changes) if changes else e)
    if teachings.added:
        out = _add_forms(out, text, teachings)
    return out


def _add_forms(entities: list[Entity], text: str, teachings: Teachings) -> list[Entity]:
    norm = normalize(text)
    found: list[Entity] = []
    for key, (type_, canonical) in teachings.added.items():
        for s, e in find_all(norm, key):
            s = _word_start(text, s)
            if s is None or (e < len(text) and _letter(text[e])):
                continue
            canon = teachings.renamed.get(key) or teachings.merged.get(key) or canonical
            found.append(Entity(s, e, text[s:e], teachings.retyped.get(key, type_), canon,
                                origin="user", score=1.0))
    if not found:
        return entities
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    chosen: list[Entity] = []
    for f in found:
        if not chosen or f.start >= chosen[-1].end:
            chosen.append(f)
    kept = [e for e in entities if not any(e.start < c.end and c.start < e.end for c in chosen)]
    return sorted(kept + chosen, key=lambda x: x.start)


def _letter(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) == "Mn" or ch == TATWEEL


def _word_start(text: str, s: int) -> int | None:
    """Where the word holding offset ``s`` starts, if only a proclitic comes before ``s``."""
    k = s
    while k > 0 and _letter(text[k - 1]):
        k -= 1
    if k == s:
        return s
    prefix = fold(text[k:s])
    if prefix in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "لل", "ال"):
        return k
    return None
