"""The attribution report in Markdown: the scorecard as tables with a text bar chart, then
every claim with its source, kind, via, status and note, then the review trail.

The body is wrapped in ``<div dir="rtl" lang="ar">`` for renderers that allow HTML (most
do), so the Arabic reads right to left; without it the text is still all there.
"""

from __future__ import annotations

from .labels import KIND_LABELS, STATUS_LABELS, both
from .report import AttributionReport, ClaimRow

BAR_WIDTH = 20


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|") or "—"


def _pct(share: float) -> str:
    return f"{round(share * 100)}%"


def _bar(count: int, biggest: int) -> str:
    return "█" * (round(BAR_WIDTH * count / biggest) if biggest else 0)


def render_markdown(report: AttributionReport) -> str:
    s = report.scorecard
    title = report.title or report.doc_id
    out = ['<div dir="rtl" lang="ar">', "", f"# {_cell(title)}", ""]
    meta = [x for x in (report.outlet, report.date, report.url) if x]
    meta.append(f"Generated · أُنشئ: {report.generated}")
    out += [" — ".join(meta), ""]

    out += [f"## {both(('Sourcing scorecard', 'بطاقة المصادر'))}", ""]
    out += ["| | Count · العدد | Share · النسبة |", "|---|---:|---:|"]
    out.append(f"| {both(('Claims', 'الأقوال'))} | {s.total} | |")
    out.append(f"| {both(('Distinct sources', 'مصادر مختلفة'))} | {s.distinct_sources} | |")
    out.append(f"| {both(('Direct quotes', 'اقتباسات مباشرة'))} | {s.direct_quotes} | {_pct(s.direct_quote_share)} |")
    out.append(f"| {both(('No named source', 'بلا مصدر مسمّى'))} | {s.unnamed} | {_pct(s.unnamed_share)} |")
    out.append(f"| {both(('Reported via an outlet', 'عبر وسيلة أخرى'))} | {s.with_via} | {_pct(s.via_share)} |")
    for status, count in s.by_status:
        share = count / s.total if s.total else 0.0
        out.append(f"| {both(STATUS_LABELS.get(status, (status, status)))} | {count} | {_pct(share)} |")
    out.append("")

    biggest = max((k.count for k in s.by_kind), default=0)
    out += ["| Source kind · نوع المصدر | Claims · الأقوال | Share · النسبة | |", "|---|---:|---:|---|"]
    for k in s.by_kind:
        label = both(KIND_LABELS.get(k.kind, (k.kind, k.kind)))
        out.append(f"| {label} | {k.count} | {_pct(k.share)} | {_bar(k.count, biggest)} |")
    out.append("")

    out += [f"## {both(('Via chains', 'سلاسل النقل'))}", ""]
    if s.via_chains:
        out += [f"- {_cell(c.text)} ({c.claims})" for c in s.via_chains]
    else:
        out.append(both(("None", "لا يوجد")))
    out.append("")

    out += [f"## {both(('Claims', 'الأقوال'))}", ""]
    if not report.claims:
        out += [both(("No claims were found.", "لم يُعثر على أقوال.")), ""]
    for c in report.claims:
        out += _claim(c)

    trail = [(c, h) for c in report.claims for h in c.history]
    if trail:
        out += [f"## {both(('Review trail', 'سجل المراجعة'))}", "",
                "| # | When · متى | Who · من | Status · الحالة | Note · ملاحظة |", "|---:|---|---|---|---|"]
        for c, h in trail:
            status = both(STATUS_LABELS.get(h.status, (h.status, h.status)))
            out.append(f"| {c.number} | {_cell(h.at)} | {_cell(h.author)} | {status} | {_cell(h.note)} |")
        out.append("")
    out += ["</div>", ""]
    return "\n".join(out)


def _claim(c: ClaimRow) -> list[str]:
    source = c.resolved or "—"
    if c.source and c.source != c.resolved:
        source += f" ({c.source})"
    lines = [
        f"### {c.number}. {_cell(c.text)}",
        "",
        f"- Source · المصدر: {_cell(source)}",
        f"- Kind · النوع: {both(KIND_LABELS.get(c.kind, (c.kind, c.kind)))}",
        f"- Via · عبر: {_cell(c.via)}",
        f"- Cue · أداة الإسناد: {_cell(c.cue)}",
        f"- Direct quote · اقتباس مباشر: {'yes · نعم' if c.direct_quote else 'no · لا'}",
        f"- Status · الحالة: {both(STATUS_LABELS.get(c.status, (c.status, c.status)))}",
    ]
    if c.note:
        lines.append(f"- Note · ملاحظة: {_cell(c.note)}")
    if c.reviewer:
        lines.append(f"- Reviewed by · راجعه: {_cell(c.reviewer)} ({c.reviewed_at})")
    return lines + [""]
