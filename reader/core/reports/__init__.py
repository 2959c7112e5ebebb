"""Reports built from an article's analysis: the attribution report (a sourcing scorecard
and every claim with its review), as HTML, Markdown (and PDF, drawn by the window's side),
and the library-wide index of who said what. Plain Python, no Qt.
"""

from .html import render_html
from .markdown import render_markdown
from .report import AttributionReport, ClaimRow, HistoryEntry, build_report, match_reviews, report_for
from .scorecard import KindCount, Scorecard, ViaChain, build_scorecard

__all__ = [
    "AttributionReport", "ClaimRow", "HistoryEntry", "KindCount", "Scorecard", "ViaChain",
    "build_report", "build_scorecard", "match_reviews", "render_html", "render_markdown",
    "report_for",
]
