"""Helpers for the attribution tests: records as plain tuples that read like the gold files."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


from reader.core.attribution import detect_claims
from reader.core.model import Claim, Entity, NoiseSpan


class Rec(NamedTuple):
    cue: str
    source: str  # as written ("" when implied)
    kind: str
    resolved: str
    via: str
    claim: str
    direct: bool


def as_rec(c: Claim) -> Rec:
    s = c.source
    return Rec(c.cue.text, s.text if s else "", s.kind if s else "", s.resolved if s else "",
               c.via.text if c.via else "", c.text, c.direct_quote)


def recs(text: str, entities: Sequence[Entity] | None = None, noise: Sequence[NoiseSpan] = ()) -> list[Rec]:
    return [as_rec(c) for c in detect_claims(text, entities, noise)]


