"""The attribution report of one article as plain data: its scorecard and every claim with
its source, kind, via, review status and note (and the review history).

Reviews are stored per claim key (offsets); when an article was revised, a review whose key
no longer fits is matched to a claim with the same text (its ``exact``), so an editor's
decision follows the claim. :func:`build_report` takes review and trail records from the
store (``Store.claim_reviews`` / ``Store.review_trail``) or any objects with the same fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from reader.core.model import Claim, now_iso

from .scorecard import Scorecard, build_scorecard, claim_kind, source_name


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    author: str
    status: str
    note: str


@dataclass(frozen=True)
class ClaimRow:
    number: int  # 1-based, in text order
    key: str
    start: int
    end: int
    text: str
    cue: str
    source: str  # as written ("" when only implied)
    resolved: str  # who it is ("" when there is no source)
    kind: str  # a source kind, or "none"
    via: str
    direct_quote: bool
    status: str
    note: str
    reviewer: str
    reviewed_at: str
    history: tuple[HistoryEntry, ...] = ()


@dataclass(frozen=True)
class AttributionReport:
    title: str
    outlet: str
    date: str
    url: str
    doc_id: str
    generated: str
    scorecard: Scorecard
    claims: tuple[ClaimRow, ...]


def match_reviews(claims: Iterable[Claim], reviews: Mapping[str, object]) -> dict[str, object]:
    """Claim key -> its review. A review on the same key wins when its quote still fits;
    otherwise a left-over review is matched by the claim's text."""
    claims = list(claims)
    matched: dict[str, object] = {}
    used: set[str] = set()
    for c in claims:
        r = reviews.get(c.key)
        if r is not None and (not getattr(r, "exact", "") or r.exact == c.text):
            matched[c.key] = r
            used.add(c.key)
    leftovers = [r for k, r in reviews.items() if k not in used and getattr(r, "exact", "")]
    for c in claims:
        if c.key in matched:
            continue
        for r in leftovers:
            if r.exact == c.text:
                matched[c.key] = r
                leftovers.remove(r)
                break
    return matched


def build_report(doc, claims: Iterable[Claim], reviews: Mapping[str, object] | None = None,
                 trail: Iterable[object] = (), generated: str | None = None) -> AttributionReport:
    """The report of ``doc`` (a :class:`reader.core.model.Document` or anything with
    title/outlet/date/url/id) for its ``claims``."""
    claims = sorted(claims, key=lambda c: (c.start, c.cue.start))
    matched = match_reviews(claims, reviews or {})
    history: dict[str, list[HistoryEntry]] = {}
    for t in trail:
        history.setdefault(t.claim_key, []).append(HistoryEntry(t.at, t.author, t.status, t.note))
    rows = []
    for number, c in enumerate(claims, start=1):
        r = matched.get(c.key)
        review_key = getattr(r, "claim_key", c.key) if r is not None else c.key
        rows.append(ClaimRow(
            number=number, key=c.key, start=c.start, end=c.end, text=c.text, cue=c.cue.text,
            source=c.source.text if c.source else "", resolved=source_name(c), kind=claim_kind(c),
            via=c.via.text if c.via else "", direct_quote=c.direct_quote,
            status=r.status if r is not None else "unreviewed",
            note=r.note if r is not None else "",
            reviewer=r.author if r is not None else "",
            reviewed_at=r.updated if r is not None else "",
            history=tuple(history.get(review_key, ())),
        ))
    statuses = {row.key: row.status for row in rows}
    return AttributionReport(
        title=getattr(doc, "title", "") or "",
        outlet=getattr(doc, "outlet", "") or "",
        date=getattr(doc, "date", "") or "",
        url=getattr(doc, "url", "") or "",
        doc_id=getattr(doc, "id", "") or "",
        generated=generated or now_iso(),
        scorecard=build_scorecard(claims, statuses),
        claims=tuple(rows),
    )


def report_for(store, doc, claims: Iterable[Claim]) -> AttributionReport:
    """The report of a stored document, with the reviews and trail kept in ``store``."""
    return build_report(doc, claims, store.claim_reviews(doc.id), store.review_trail(doc.id))
