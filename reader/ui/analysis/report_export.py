"""Writing an article's attribution report to a file: HTML, Markdown or PDF.

HTML and Markdown come from :mod:`reader.core.reports` (no Qt). PDF is drawn by Qt: the
same HTML laid out by a QTextDocument (right to left, the Arabic font chain) and printed
with QPdfWriter; the chart's SVG is rendered to an image first, since Qt's rich text does
not draw inline SVG. It works without a display (the offscreen platform). QtGui is imported
only for PDF, so ``reader report --format html`` starts fast; dates are written with
QtCore's locale data in every format.

This is what ``reader report DOC --format html|md|pdf [-o FILE]`` calls.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from reader.core.analysis import Analysis, analyze_document
from reader.core.errors import ReaderError
from reader.core.reports import AttributionReport, ClaimRow, render_html, render_markdown, report_for

FORMATS = ("html", "md", "pdf")
SUFFIXES = {"html": ".html", "md": ".md", "pdf": ".pdf"}
CHART_URL = "reader-chart:kinds"
CHART_SCALE = 3  # the chart image is drawn at three times its size, for print


class ReportError(ReaderError):
    """A report cannot be written (bad format, unwritable file)."""


def build(store, doc, analysis: Analysis | None = None) -> AttributionReport:
    """The report of a stored document (analysed from the cache when possible), its dates
    written for a reader (:func:`localised`)."""
    if analysis is None:
        analysis = analyze_document(store, doc)
    return localised(report_for(store, doc, analysis.claims))


def localised(report: AttributionReport, locale=None) -> AttributionReport:
    """``report`` with its stored timestamps in local time and the reading locale (the
    window's interface language; the user's locale on the command line)."""
    from ..dates import format_date, format_timestamp  # QtCore only, no display needed

    def row(c: ClaimRow) -> ClaimRow:
        history = tuple(replace(h, at=format_timestamp(h.at, locale)) for h in c.history)
        return replace(c, reviewed_at=format_timestamp(c.reviewed_at, locale), history=history)

    return replace(report, generated=format_timestamp(report.generated, locale),
                   date=format_date(report.date, locale), claims=tuple(row(c) for c in report.claims))


def write_report(store, doc, fmt: str, path: str | Path | None, analysis: Analysis | None = None
                 ) -> bytes:
    """Write ``doc``'s attribution report as ``fmt`` (html, md or pdf) to ``path``
    (None: only return it). Returns the bytes written (UTF-8 for HTML and Markdown)."""
    fmt = fmt.lower().lstrip(".")
    if fmt == "markdown":
        fmt = "md"
    if fmt not in FORMATS:
        raise ReportError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    report = build(store, doc, analysis)
    if fmt == "html":
        data = render_html(report).encode("utf-8")
    elif fmt == "md":
        data = render_markdown(report).encode("utf-8")
    else:
        data = pdf_bytes(report)
    if path is not None:
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            raise ReportError(f"cannot write the report ({exc.strerror}); choose another place",
                              path) from exc
    return data


# --- PDF ---------------------------------------------------------------------------------


def _gui_application():
    """An application for drawing (the running one, or an offscreen one for the CLI). It is
    a QApplication, not a bare QGuiApplication, so that a window can still be opened later in
    the same process (Qt aborts on a widget without a QApplication)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["reader"])
        _keep.append(app)
    return app


_keep: list = []


def chart_image(svg: str, scale: int = CHART_SCALE):
    """The SVG chart as a QImage at ``scale`` times its size (for print)."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


def report_document(report: AttributionReport, device=None):
    """The report laid out as a QTextDocument (what the PDF prints; also for a preview):
    for ``device`` (a QPdfWriter: its resolution and page size) when given, with its table
    columns sized by their content."""
    from PySide6.QtCore import QSizeF, Qt, QUrl
    from PySide6.QtGui import QFont, QTextDocument, QTextOption

    from reader.core.reports.chart import kind_chart_svg

    from ..fonts import reader_font
    from .report_tables import fit_tables

    _gui_application()
    doc = QTextDocument()
    font: QFont = reader_font(point_size=10)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    # words are broken only when one is wider than the page (a long URL)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    if report.scorecard.total:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL),
                        chart_image(kind_chart_svg(report.scorecard)))
    doc.setHtml(render_html(report, chart_src=CHART_URL, mirror_tables=True))
    if device is not None:
        # Lay the text out at the PDF's resolution and page size: laid out for the screen
        # and scaled, every letter came out half as large again and the tables too narrow.
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(QSizeF(device.width(), device.height()))
    fit_tables(doc, scale=device.logicalDpiX() / 96 if device is not None else 1.0)
    return doc


def pdf_bytes(report: AttributionReport) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(f"Attribution report: {report.title or report.doc_id}")
    writer.setCreator("Arabic News Reader")
    doc = report_document(report, writer)
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
