"""The printed report's tables are laid out to their content (issue 8, item 6): words are
never broken inside (names, headers, chips), and dates read as dates in the reader's locale."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from analysis_helpers import ARTICLE_A, import_article
from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextTable

from reader.core.reports import build_report
from reader.ui.analysis.report_export import localised, report_document
from reader.ui.analysis.report_tables import column_widths

NAMES = ("Maria Lopez-Fernandez", "محمد عبد الرحمن", "editor")
BREAKS = " \u2028\n-"  # a line may start after a space, a line separator or a hyphen


def _report(opened, locale: QLocale):
    doc = import_article(opened.window, ARTICLE_A, "خطة لخفض العجز")
    analysis = opened.open(doc)
    claims = analysis.claims
    trail = [SimpleNamespace(claim_key=claims[i % len(claims)].key, at=f"2026-03-0{i + 1}T09:1{i}:00.000Z",
                             author=name, status=status, note=note)
             for i, (name, status, note) in enumerate(zip(
                 NAMES, ("verified", "disputed", "needs_second_source"),
                 ("checked against the FT article", "المصدر غير واضح في النص الأصلي", "")))]
    reviews = {t.claim_key: SimpleNamespace(claim_key=t.claim_key, status=t.status, note=t.note,
                                            author=t.author, updated=t.at, exact="") for t in trail}
    return localised(build_report(doc, claims, reviews, trail), locale)


def _laid_out(report):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    doc = report_document(report, writer)
    doc.documentLayout().documentSize()  # lay it all out
    return doc, writer, buffer


def _cells(table: QTextTable):
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().position()
            while block.isValid() and block.position() <= end:
                yield row, column, block
                block = block.next()


def test_table_cells_break_lines_only_between_words(opened):
    report = _report(opened, QLocale("en_US"))
    doc, _writer, _buffer = _laid_out(report)
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 4  # summary, kinds, claims, trail
    broken = []
    for table in tables:
        for row, column, block in _cells(table):
            text, layout = block.text(), block.layout()
            for i in range(1, layout.lineCount()):
                start = layout.lineAt(i).textStart()
                if start > 0 and text[start - 1] not in BREAKS:
                    broken.append((row, column, text[:start] + "|" + text[start:]))
    assert broken == []
    block = doc.begin()  # and every paragraph is on the page (a heading between two tables
    while block.isValid():  # once lost its lines when they were re-formatted)
        assert not block.text().strip() or block.layout().lineCount() > 0, block.text()
        block = block.next()
    trail_text = tables[-1].firstCursorPosition().block().document().toPlainText()
    for name in NAMES:  # each name whole, its letters joined in one run
        assert name.split()[0] in trail_text


def test_dates_are_written_in_the_readers_locale(opened):
    english = _report(opened, QLocale("en_US"))
    whens = [h.at for c in english.claims for h in c.history]
    assert whens and not any(re.search(r"\d{4}-\d\d-\d\dT", w) for w in whens)
    assert whens[0].startswith("March 1, 2026, ")
    assert not re.search(r"\d{4}-\d\d-\d\dT", english.generated)
    arabic = _report(opened, QLocale("ar_EG"))
    assert [h.at for c in arabic.claims for h in c.history][0].startswith("١ مارس ٢٠٢٦، ")


@pytest.mark.parametrize("mins, maxs, available, expected", [
    ([10, 10], [20, 60], 100, [25, 75]),  # all fits: the room shared by natural width
    ([10, 40], [20, 200], 100, [13, 87]),  # between: what is left goes by how much more they want
    ([60, 60], [80, 80], 100, [60, 60]),  # too narrow: the longest words still whole
])
def test_column_widths_follow_the_content(mins, maxs, available, expected):
    assert [round(w) for w in column_widths(mins, maxs, available)] == expected
