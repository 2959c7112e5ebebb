"""How a claim, a source and an entity are described in lists and tooltips."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from reader.core.model import Claim, Entity
from reader.core.reports.scorecard import CHAIN_ARROW, claim_kind, source_name

from .labels import entity_type_name, kind_label, status_label

SNIPPET_CHARS = 110



def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def source_text(claim: Claim) -> str:
    """Who the claim comes from, resolved, or "—" when it has no source."""
    return source_name(claim) or "—"


def via_chain(claim: Claim) -> str:
    """"مصدر مقرب … ← الأوقات المالية" (just the source when there is no via)."""
    from reader.core.reports.scorecard import outlet_name

    name = source_text(claim)
    return f"{name} {CHAIN_ARROW} {outlet_name(claim.via.text)}" if claim.via is not None else name


def claim_tooltip(claim: Claim, status: str, note: str = "") -> str:
    """Rich text: source, kind, via, status (and the review note)."""
    rows = [
        (QCoreApplication.translate("AnalysisText", "Source"), source_text(claim)),
        (QCoreApplication.translate("AnalysisText", "Kind"), kind_label(claim_kind(claim))),
    ]
    if claim.via is not None:
        rows.append((QCoreApplication.translate("AnalysisText", "Via"), claim.via.text))
    if claim.direct_quote:
        rows.append((QCoreApplication.translate("AnalysisText", "Quote"),
                     QCoreApplication.translate("AnalysisText", "direct quote")))
    rows.append((QCoreApplication.translate("AnalysisText", "Status"), status_label(status)))
    if note:
        rows.append((QCoreApplication.translate("AnalysisText", "Note"), snippet(note, 200)))
    return _table(rows)


def entity_tooltip(entity: Entity) -> str:
    rows = [
        (QCoreApplication.translate("AnalysisText", "Type"), entity_type_name(entity.type)),
        (QCoreApplication.translate("AnalysisText", "Canonical"), entity.canonical),
    ]
    if entity.text != entity.canonical:
        rows.append((QCoreApplication.translate("AnalysisText", "As written"), entity.text))
    return _table(rows)


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
    )
    return f"<table>{body}</table>"
