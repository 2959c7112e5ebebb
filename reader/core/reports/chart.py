"""A small horizontal bar chart as inline SVG (no Qt, no plotting library).

The report embeds it in HTML as it is; the PDF export renders the same SVG to an image.
Labels are drawn left to right (``direction="ltr"``) whatever the page's direction, since
they are English and the bars grow from the left.
"""

from __future__ import annotations

from html import escape
from typing import Sequence

from .labels import KIND_COLORS, REPORT_KINDS, kind_label
from .scorecard import Scorecard


def bar_chart_svg(
    bars: Sequence[tuple[str, int, str]],
    *,
    title: str = "",
    width: int = 520,
    bar_height: int = 20,
    gap: int = 8,
    label_width: int = 150,
    font_family: str = "DejaVu Sans, Arial, sans-serif",
) -> str:
    """``bars`` as (label, value, colour) rows; each bar shows its value and share."""
    total = sum(value for _label, value, _color in bars)
    biggest = max((value for _label, value, _color in bars), default=0)
    top = 24 if title else 4
    height = top + len(bars) * (bar_height + gap) + 4
    value_width = 80
    span = max(1, width - label_width - value_width - 12)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" direction="ltr" '
        f'font-family="{escape(font_family)}" font-size="12">'
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
        out.append(f'<text x="0" y="15" font-weight="bold">{escape(title)}</text>')
    for i, (label, value, color) in enumerate(bars):
        y = top + i * (bar_height + gap)
        length = round(span * value / biggest) if biggest else 0
        share = round(100 * value / total) if total else 0
        middle = y + bar_height / 2 + 4
        out.append(f'<text x="0" y="{middle:g}">{escape(label)}</text>')
        out.append(
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" '
            f'fill="{escape(color)}" rx="2"/>'
        )
        out.append(
            f'<text x="{label_width + length + 6}" y="{middle:g}">{value} ({share}%)</text>'
        )
    out.append("</svg>")
    return "".join(out)


def kind_chart_svg(scorecard: Scorecard, *, title: str = "Claims by source kind", **kwargs) -> str:
    """The scorecard's claims per source kind (kinds with no claim are left out)."""
    bars = [
        (kind_label(k.kind), k.count, KIND_COLORS[k.kind])
        for k in scorecard.by_kind
        if k.count and k.kind in REPORT_KINDS
    ]
    return bar_chart_svg(bars, title=title, **kwargs)
