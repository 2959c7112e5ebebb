"""A hand-made article with known claims, so every number in a report can be checked
(the ``handmade`` fixture of conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.analysis import Analysis
from reader.core.model import Claim, Entity, Source, Span

TEXT = (
    "قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء الاحتكار. "
    "وقال مصدر مقرب من المنظمين لصحيفة فايننشال تايمز: 'نريد المنافسة'. "
    "وقال تشاو تشيجو إن القواعد جديدة. "
    "وأضاف: 'لن نتراجع'. "
    "وقالت وزارة المالية إن العجز تراجع. "
    "وقال مسؤول في الوزارة إن الخطة جاهزة. "
    "ويُقال إن السوق تعافت."
)


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def make_claim(text, cue, source, kind, claim, *, via=None, quote=False, resolved=None, after=0):
    cue_span = span(text, cue, after)
    claim_span = span(text, claim, cue_span.end)
    if source is None:
        src = None
    elif source == "":
        src = Source(cue_span.end, cue_span.end, "", kind, resolved)
    else:
        s = span(text, source, cue_span.start)
        src = Source(s.start, s.end, s.text, kind, resolved or source)
    via_span = span(text, via, cue_span.start) if via else None
    return Claim(claim_span.start, claim_span.end, claim_span.text, cue_span, src, via_span, quote)


@dataclass
class Handmade:
    text: str
    analysis: Analysis
    entities: tuple

    @property
    def claims(self):
        return self.analysis.claims


def handmade_article() -> Handmade:
    t = TEXT
    claims = (
        make_claim(t, "قالت", "مصادر", "anonymous", "الحكومة تريد إنهاء الاحتكار", via="وكالة فرانس برس"),
        make_claim(t, "وقال", "مصدر مقرب من المنظمين", "anonymous", "نريد المنافسة",
                   via="فايننشال تايمز", quote=True),
        make_claim(t, "وقال تشاو", "تشاو تشيجو", "named_person", "القواعد جديدة"),
        make_claim(t, "وأضاف", "", "named_person", "لن نتراجع", quote=True, resolved="تشاو تشيجو"),
        make_claim(t, "وقالت", "وزارة المالية", "named_organization", "العجز تراجع"),
        make_claim(t, "وقال مسؤول", "مسؤول في الوزارة", "unnamed_official", "الخطة جاهزة"),
        make_claim(t, "ويُقال", None, None, "السوق تعافت"),
    )
    # "وقال تشاو" / "وقال مسؤول" were used to find the right cue; keep only the verb.
    fixed = []
    for c in claims:
        if c.cue.text.startswith("وقال "):
            c = Claim(c.start, c.end, c.text, Span(c.cue.start, c.cue.start + 4, "وقال"),
                      c.source, c.via, c.direct_quote)
        fixed.append(c)
    e_start = t.index("تشاو تشيجو")
    m_start = t.index("وزارة المالية")
    entities = (
        Entity(e_start, e_start + 10, "تشاو تشيجو", "PER", "تشاو تشيجو"),
        Entity(m_start, m_start + 13, "وزارة المالية", "ORG", "وزارة المالية"),
    )
    return Handmade(t, Analysis(text=t, entities=entities, claims=tuple(fixed)), entities)


@dataclass(frozen=True)
class FakeDoc:
    id: str = "doc-1"
    title: str = "الحكومة والاحتكار"
    outlet: str = "Example News"
    date: str = "2026-11-01"
    url: str = ""


@dataclass(frozen=True)
class FakeReview:
    claim_key: str
    status: str
    note: str = ""
    exact: str = ""
    author: str = "editor"
    updated: str = "2026-11-02T10:00:00.000Z"


@dataclass(frozen=True)
class FakeTrail:
    claim_key: str
    status: str
    note: str
    author: str
    at: str
