"""The sourcing scorecard of one article: who its claims come from, in numbers.

Plain data, computed from the claims alone (and, if given, their review statuses): counts
and shares by source kind, direct quotes, claims with no named source (anonymous, unnamed
official or none at all), and the via chains (a source reported through an outlet, e.g.
"مصدر مقرب … ← الأوقات المالية").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from reader.core.model import Claim

from .labels import NO_SOURCE, REPORT_KINDS, STATUS_LABELS, UNNAMED_KINDS

CHAIN_ARROW = "←"


@dataclass(frozen=True)
class KindCount:
    kind: str
    count: int
    share: float  # of all claims, 0..1


@dataclass(frozen=True)
class ViaChain:
    """A source quoted through an outlet, and how many claims took that road."""

    source: str  # the resolved name of the source
    kind: str
    via: str  # the outlet as written
    claims: int

    @property
    def text(self) -> str:
        return f"{self.source} {CHAIN_ARROW} {self.via}"


@dataclass(frozen=True)
class Scorecard:
    total: int
    by_kind: tuple[KindCount, ...]  # every kind of REPORT_KINDS, in that order (zeros too)
    direct_quotes: int
    unnamed: int  # anonymous + unnamed official + no source
    with_via: int
    via_chains: tuple[ViaChain, ...]
    distinct_sources: int
    by_status: tuple[tuple[str, int], ...] = ()  # review status -> claims

    def count(self, kind: str) -> int:
        return next((k.count for k in self.by_kind if k.kind == kind), 0)

    def share(self, kind: str) -> float:
        return next((k.share for k in self.by_kind if k.kind == kind), 0.0)

    @property
    def named(self) -> int:
        return self.total - self.unnamed

    @property
    def unnamed_share(self) -> float:
        return _share(self.unnamed, self.total)

    @property
    def direct_quote_share(self) -> float:
        return _share(self.direct_quotes, self.total)

    @property
    def via_share(self) -> float:
        return _share(self.with_via, self.total)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def claim_kind(claim: Claim) -> str:
    return claim.source.kind if claim.source is not None else NO_SOURCE


def source_name(claim: Claim) -> str:
    """Who the claim comes from, resolved ("" when it has no source)."""
    if claim.source is None:
        return ""
    return claim.source.resolved or claim.source.text


def outlet_name(via_text: str) -> str:
    """How a via is shown: its words, with the outlet's canonical name when the gazetteer
    knows it under another spelling ("الأوقات المالية (Financial Times)"), so that the
    calque and the usual name count as one outlet."""
    try:
        from reader.core.entities.gazetteer import lookup

        entry = lookup(via_text)
    except Exception:  # the report must not fail for want of the gazetteer
        entry = None
    if entry is None or not entry.canonical or entry.canonical == via_text:
        return via_text
    return f"{via_text} ({entry.canonical})"


def build_scorecard(claims: Iterable[Claim], statuses: Mapping[str, str] | None = None) -> Scorecard:
    """The scorecard of ``claims``; ``statuses`` maps claim keys to review statuses
    (claims missing from it count as unreviewed)."""
    claims = list(claims)
    total = len(claims)
    kinds = Counter(claim_kind(c) for c in claims)
    by_kind = tuple(KindCount(k, kinds.get(k, 0), _share(kinds.get(k, 0), total)) for k in REPORT_KINDS)
    chains: Counter = Counter()
    order: dict = {}
    for c in claims:
        if c.via is not None:
            key = (source_name(c) or "—", claim_kind(c), outlet_name(c.via.text))
            chains[key] += 1
            order.setdefault(key, len(order))
    via_chains = tuple(
        ViaChain(source, kind, via, chains[(source, kind, via)])
        for source, kind, via in sorted(chains, key=order.__getitem__)
    )
    status_counts: Counter = Counter()
    if statuses is not None:
        for c in claims:
            status_counts[statuses.get(c.key, "unreviewed")] += 1
    return Scorecard(
        total=total,
        by_kind=by_kind,
        direct_quotes=sum(1 for c in claims if c.direct_quote),
        unnamed=sum(1 for c in claims if claim_kind(c) in UNNAMED_KINDS),
        with_via=sum(1 for c in claims if c.via is not None),
        via_chains=via_chains,
        distinct_sources=len({source_name(c) for c in claims if source_name(c)}),
        by_status=tuple(sorted(status_counts.items(), key=lambda kv: _status_order(kv[0]))),
    )


def _status_order(status: str) -> int:
    order = list(STATUS_LABELS)
    return order.index(status) if status in order else len(order)
