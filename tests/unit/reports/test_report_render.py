"""The HTML and Markdown reports carry every claim, the right counts and the reviews."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from report_fixtures import FakeDoc, FakeReview, FakeTrail

from reader.core.reports import build_report, match_reviews, render_html, render_markdown
from reader.core.reports.chart import bar_chart_svg, kind_chart_svg


class _Tables(HTMLParser):
    """Text of every table cell, per table class: {class: [[cell, ...], ...]}."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table = None
        self._row = None
        self._cell = None
        self.svg = 0
        self.root_attrs = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.root_attrs = attrs
        if tag == "svg":
            self.svg += 1
        if tag == "table":
            self._table = self.tables.setdefault(attrs.get("class", ""), [])
        elif tag == "tr" and self._table is not None:
            self._row = []
            self._table.append(self._row)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _report(handmade, reviews=None, trail=()):
    return build_report(FakeDoc(), handmade.claims, reviews or {}, trail, generated="2026-11-03T00:00:00Z")


def test_html_is_rtl_arabic_and_has_every_claim(handmade):
    page = render_html(_report(handmade))
    parsed = _Tables()
    parsed.feed(page)
    assert parsed.root_attrs == {"lang": "ar", "dir": "rtl"}
    assert "Noto Naskh Arabic" in page
    assert parsed.svg == 1  # the chart, inline
    claims = parsed.tables["claims"][1:]
    assert len(claims) == len(handmade.claims)
    for row, claim in zip(claims, handmade.claims):
        assert row[1] == claim.text
    # the implied source is shown by its resolved name
    assert claims[3][2] == "تشاو تشيجو"
    assert "src=" not in page and "<script" not in page  # nothing to fetch or run


def test_html_counts(handmade):
    parsed = _Tables()
    parsed.feed(render_html(_report(handmade)))
    summary = {row[0].split(" · ")[0]: row[1:] for row in parsed.tables["summary"]}
    assert summary["Claims"][0] == "7"
    assert summary["Direct quotes"] == ["2", "29%"]
    assert summary["No named source"] == ["4", "57%"]
    assert summary["Reported via an outlet"] == ["2", "29%"]
    assert summary["Unreviewed"] == ["7", "100%"]
    # kind cells read "<Arabic badge> <English label>"
    kinds = {row[0]: row[1:] for row in parsed.tables["kinds"][1:]}
    assert len(kinds) == 7
    assert kinds["مصدر مجهول Anonymous"] == ["2", "29%"]
    assert kinds["بلا مصدر No source"] == ["1", "14%"]
    assert kinds["وسيلة إعلام Media"] == ["0", "0%"]


def test_reviews_and_trail_appear(handmade):
    c = handmade.claims
    reviews = {c[1].key: FakeReview(c[1].key, "disputed", "المصدر غير موثوق", c[1].text)}
    trail = [FakeTrail(c[1].key, "needs_second_source", "", "editor", "2026-11-02T09:00:00Z"),
             FakeTrail(c[1].key, "disputed", "المصدر غير موثوق", "editor", "2026-11-02T10:00:00Z")]
    report = _report(handmade, reviews, trail)
    assert report.claims[1].status == "disputed"
    assert [h.status for h in report.claims[1].history] == ["needs_second_source", "disputed"]
    page = render_html(report)
    parsed = _Tables()
    parsed.feed(page)
    row = parsed.tables["claims"][2]
    assert "Disputed" in row[6] and row[7] == "المصدر غير موثوق"
    assert len(parsed.tables["trail"]) == 3  # header and two changes
    md = render_markdown(report)
    assert "Status · الحالة: Disputed · موضع خلاف" in md
    assert "Note · ملاحظة: المصدر غير موثوق" in md


def test_markdown_has_every_claim_and_counts(handmade):
    md = render_markdown(_report(handmade))
    headings = re.findall(r"^### (\d+)\. (.+)$", md, flags=re.M)
    assert [h[1] for h in headings] == [c.text for c in handmade.claims]
    assert "| Claims · الأقوال | 7 | |" in md
    assert "| No named source · بلا مصدر مسمّى | 4 | 57% |" in md
    assert "| Direct quotes · اقتباسات مباشرة | 2 | 29% |" in md
    assert "- مصادر ← وكالة فرانس برس (AFP) (1)" in md
    assert md.startswith('<div dir="rtl" lang="ar">')


def test_markdown_cells_escape_pipes(handmade):
    c = handmade.claims[0]
    reviews = {c.key: FakeReview(c.key, "verified", "a | b", c.text)}
    trail = [FakeTrail(c.key, "verified", "a | b", "ed", "t")]
    md = render_markdown(_report(handmade, reviews, trail))
    assert "| 1 | t | ed | Verified · تم التحقق | a \\| b |" in md


def test_review_follows_the_claim_when_offsets_move(handmade):
    c = handmade.claims[2]
    stale = FakeReview("1:2:3:4", "verified", "checked", c.text)
    assert match_reviews(handmade.claims, {"1:2:3:4": stale}) == {c.key: stale}
    wrong = FakeReview(c.key, "verified", "", "نص آخر")
    assert match_reviews(handmade.claims, {c.key: wrong}) == {}


def test_chart_bars():
    svg = bar_chart_svg([("A", 3, "#ff0000"), ("B", 1, "#00ff00")], title="T")
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert abs(widths[0] - 3 * widths[1]) <= 1.5  # rounded to whole pixels
    assert "3 (75%)" in svg and "1 (25%)" in svg


def test_kind_chart_leaves_out_empty_kinds(handmade):
    report = _report(handmade)
    svg = kind_chart_svg(report.scorecard)
    assert svg.count("<rect") == 5
    assert "Media" not in svg
