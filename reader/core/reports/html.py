"""The attribution report as one self-contained HTML page: right to left, Arabic fonts,
the scorecard with an inline SVG chart, every claim, and the review trail.

The same page feeds the PDF export (Qt's rich-text engine reads a subset of HTML/CSS), so
the markup stays simple: tables, spans with a background, no scripts, nothing fetched.
Qt lays table columns out left to right whatever ``dir`` says, so for Qt the columns are
written in reverse (``mirror_tables``) to read right to left as in a browser.

Tables are laid out to their content: no column is given a share of the width, so each
gets at least its longest word and the rest is shared out by how much text it holds. (With
fixed shares, Qt gave the review trail's "who" column one letter's width and broke names
letter by letter.) A chip (a kind or a status) never breaks: its words are joined by
no-break spaces.
"""

from __future__ import annotations

from html import escape

from .chart import kind_chart_svg
from .labels import KIND_COLORS, KIND_LABELS, STATUS_COLORS, STATUS_LABELS, both
from .report import AttributionReport, ClaimRow

FONT_STACK = ('"Noto Naskh Arabic", "Amiri", "Scheherazade New", "Noto Sans Arabic", '
              '"Geeza Pro", "Arabic Typesetting", "Traditional Arabic", "Segoe UI", '
              '"DejaVu Sans", Tahoma, sans-serif')

CSS = """
body { font-family: %(fonts)s; font-size: 12pt; line-height: 1.5; color: #1a1a1a;
       margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #ccc; }
.meta { color: #555; font-size: 10pt; }
table { border-collapse: collapse; margin: 0.6em 0; }
table.claims, table.trail { width: 100%%; }
th, td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; }
th { background-color: #eeeeee; font-size: 10pt; }
td.num { text-align: center; white-space: nowrap; }
.badge { color: #ffffff; padding: 1px 6px; border-radius: 8px; font-size: 9pt;
         white-space: nowrap; }
.status { padding: 1px 6px; border-radius: 8px; font-size: 9pt; white-space: nowrap; }
.chart { direction: ltr; text-align: left; margin: 0.6em 0; }
.en { color: #555; font-size: 9pt; }
""" % {"fonts": FONT_STACK}


def ltr(text: str) -> str:
    """``text`` isolated left to right (a URL) inside the right-to-left page."""
    return f"\u2066{text}\u2069" if text else text


def isolated(text: str) -> str:
    """``text`` isolated in the direction of its first letter (a date that may be written
    in Arabic or in English) inside the right-to-left page."""
    return f"\u2068{text}\u2069" if text else text


def _pct(share: float) -> str:
    return f"{round(share * 100)}%"


def _label(pair: tuple[str, str]) -> str:
    return escape(both(pair))


def unbroken(text: str) -> str:
    """``text`` escaped, its words joined by no-break spaces (a chip, a short label)."""
    return "&nbsp;".join(escape(word) for word in text.split())


def kind_badge(kind: str) -> str:
    en, ar = KIND_LABELS.get(kind, (kind, kind))
    color = KIND_COLORS.get(kind, "#757575")
    return (f'<span class="badge" style="background-color:{color}">&nbsp;{unbroken(ar)}&nbsp;</span> '
            f'<span class="en">{escape(en)}</span>')


def status_badge(status: str) -> str:
    en, ar = STATUS_LABELS.get(status, (status, status))
    color = STATUS_COLORS.get(status, "#eeeeee")
    return (f'<span class="status" style="background-color:{color}">&nbsp;{unbroken(ar)}&nbsp;</span> '
            f'<span class="en">{escape(en)}</span>')


class _Tables:
    """Writes tables; cells are (html, css class) and come in reading order."""

    def __init__(self, mirror: bool):
        self.mirror = mirror

    def table(self, cls: str, head: list[str], rows: list[list[tuple[str, str]]]) -> str:
        full = cls in ("claims", "trail")
        width = ' width="100%"' if full else ""
        # Qt's rich text floats a table with align="right": only the small ones are aligned.
        align = ' align="right"' if self.mirror and not full else ""
        out = [f'<table class="{cls}" dir="rtl"{width}{align}>']
        if head:
            out.append(self._row([(h, "") for h in head], "th"))
        out.extend(self._row(r, "td") for r in rows)
        out.append("</table>")
        return "".join(out)

    def _row(self, cells: list[tuple[str, str]], tag: str) -> str:
        if self.mirror:
            cells = list(reversed(cells))
        out = []
        for html, cls in cells:
            attr = f' class="{cls}"' if cls else ""
            out.append(f"<{tag}{attr}>{html}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"


def render_html(report: AttributionReport, *, chart_src: str | None = None,
                mirror_tables: bool = False) -> str:
    """The whole page. ``chart_src``: an image address for the chart instead of the inline
    SVG, and ``mirror_tables``: columns written in reverse (both for Qt's rich text, which
    neither draws inline SVG nor lays tables out right to left)."""
    s = report.scorecard
    t = _Tables(mirror_tables)
    title = report.title or report.doc_id
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape('Attribution report · تقرير الإسناد')}: {escape(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        '<body dir="rtl">',
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{_meta_line(report)}</p>',
        f"<h2>{_label(('Sourcing scorecard', 'بطاقة المصادر'))}</h2>",
        _summary_table(t, report),
        _kind_table(t, report),
    ]
    if s.total:
        if chart_src is None:
            parts.append(f'<div class="chart" dir="ltr">{kind_chart_svg(s)}</div>')
        else:
            parts.append(f'<p class="chart" dir="ltr"><img src="{escape(chart_src)}" alt="chart"></p>')
    parts.append(_chains(report))
    parts.append(f"<h2>{_label(('Claims', 'الأقوال'))}</h2>")
    parts.append(_claims_table(t, report.claims))
    parts.append(_trail(t, report.claims))
    parts.append("</body></html>")
    return "\n".join(parts)


def _meta_line(report: AttributionReport) -> str:
    first = " — ".join(escape(i) for i in (report.outlet, isolated(report.date), ltr(report.url)) if i)
    generated = escape(f"أُنشئ · Generated: {isolated(report.generated)}")
    return f"{first}<br>{generated}" if first else generated


def _summary_table(t: _Tables, report: AttributionReport) -> str:
    s = report.scorecard
    rows = [
        (("Claims", "الأقوال"), s.total, None),
        (("Distinct sources", "مصادر مختلفة"), s.distinct_sources, None),
        (("Direct quotes", "اقتباسات مباشرة"), s.direct_quotes, s.direct_quote_share),
        (("No named source", "بلا مصدر مسمّى"), s.unnamed, s.unnamed_share),
        (("Reported via an outlet", "عبر وسيلة أخرى"), s.with_via, s.via_share),
    ]
    for status, count in s.by_status:
        rows.append((STATUS_LABELS.get(status, (status, status)), count, count / s.total if s.total else 0.0))
    return t.table("summary", [], [
        [(_label(label), ""), (str(count), "num"), (_pct(share) if share is not None else "", "num")]
        for label, count, share in rows
    ])


def _kind_table(t: _Tables, report: AttributionReport) -> str:
    head = [_label(("Source kind", "نوع المصدر")), _label(("Claims", "الأقوال")),
            _label(("Share", "النسبة"))]
    return t.table("kinds", head, [
        [(kind_badge(k.kind), ""), (str(k.count), "num"), (_pct(k.share), "num")]
        for k in report.scorecard.by_kind
    ])


def _chains(report: AttributionReport) -> str:
    chains = report.scorecard.via_chains
    heading = f"<h2>{_label(('Via chains', 'سلاسل النقل'))}</h2>"
    if not chains:
        return heading + f"<p>{_label(('None', 'لا يوجد'))}</p>"
    items = "".join(f'<li>{escape(c.text)} <span class="en">({c.claims})</span></li>' for c in chains)
    return f"{heading}<ul>{items}</ul>"


def _claims_table(t: _Tables, claims: tuple[ClaimRow, ...]) -> str:
    if not claims:
        return f"<p>{_label(('No claims were found.', 'لم يُعثر على أقوال.'))}</p>"
    heads = [("#", "#"), ("Claim", "القول"), ("Source", "المصدر"), ("Kind", "النوع"),
             ("Via", "عبر"), ("Quote", "اقتباس"), ("Status", "الحالة"), ("Note", "ملاحظة")]
    head = [f"{escape(ar)}<br><span class='en'>{escape(en)}</span>" for en, ar in heads]
    rows = []
    for c in claims:
        source = escape(c.resolved) if c.resolved else "—"
        if c.source and c.source != c.resolved:
            source += f'<br><span class="en">{escape(c.source)}</span>'
        rows.append([
            (str(c.number), "num"), (escape(c.text), ""), (source, ""), (kind_badge(c.kind), ""),
            (escape(c.via) or "—", ""), ("نعم" if c.direct_quote else "—", "num"),
            (status_badge(c.status), ""), (escape(c.note), ""),
        ])
    return t.table("claims", head, rows)


def _trail(t: _Tables, claims: tuple[ClaimRow, ...]) -> str:
    rows = [
        [(str(c.number), "num"), (escape(isolated(h.at)), "when"), (escape(h.author), ""),
         (status_badge(h.status), ""), (escape(h.note), "")]
        for c in claims for h in c.history
    ]
    if not rows:
        return ""
    head = ["#", _label(("When", "متى")), _label(("Who", "من")), _label(("Status", "الحالة")),
            _label(("Note", "ملاحظة"))]
    return f"<h2>{_label(('Review trail', 'سجل المراجعة'))}</h2>" + t.table("trail", head, rows)
