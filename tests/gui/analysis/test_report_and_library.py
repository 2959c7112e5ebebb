"""The attribution report (HTML, Markdown, PDF) and the library's "who said what"."""

from __future__ import annotations

import html

from analysis_helpers import ARTICLE_A, ARTICLE_B, import_article

from PySide6.QtWidgets import QMessageBox

from reader.core.store import Store
from reader.ui.analysis.report_export import write_report


def test_report_files_from_the_store(opened, tmp_path, db_path):
    doc, analysis = opened.sample()
    f = opened.feature
    claim = analysis.claims[1]
    f.review(claim.key, "disputed", "needs the FT article")
    with Store.open(db_path) as store:  # as the command line does: its own connection
        doc = store.document(doc.id)
        for fmt in ("html", "md", "pdf"):
            write_report(store, doc, fmt, tmp_path / f"r.{fmt}")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    for c in analysis.claims:
        assert html.escape(c.text) in page
    assert "needs the FT article" in page
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert md.count("\n### ") == len(analysis.claims)
    assert f"| Claims · الأقوال | {len(analysis.claims)} | |" in md
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    # laid out at the PDF's own size: 11 claims fit in a few A4 pages (10 when the text
    # was laid out for the screen and scaled up)
    import re

    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert 2 <= pages <= 6, pages


def test_export_action_writes_the_report(opened, tmp_path, qtbot):
    opened.sample()
    f = opened.feature
    with qtbot.waitSignal(f.reports.done, timeout=60000) as done:
        job = f.export_report(str(tmp_path / "report"), "pdf")
        # written by another process: the window is free meanwhile, and can cancel it
        assert job.running and f.reports.cancel_button.isVisible()
    assert done.args == [True, str(tmp_path / "report.pdf")]
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "Report written" in opened.window.statusBar().currentMessage()
    assert not f.reports.cancel_button.isVisible()


def test_a_report_being_written_can_be_cancelled(opened, tmp_path, qtbot):
    opened.sample()
    f = opened.feature
    job = f.export_report(str(tmp_path / "report.pdf"), "pdf")
    assert job.running
    f.reports.cancel_button.click()
    assert not job.running and f.reports.job is None
    assert "cancelled" in opened.window.statusBar().currentMessage()
    assert not (tmp_path / "report.pdf").exists()


def test_a_report_that_cannot_be_written_says_why(opened, tmp_path, qtbot):
    opened.sample()
    f = opened.feature
    with qtbot.waitSignal(f.reports.done, timeout=60000) as done:
        f.export_report(str(tmp_path / "missing" / "r.html"), "html")
    assert done.args[0] is False
    box = opened.window.findChild(QMessageBox, "errorMessage")
    assert "cannot write the report" in box.text() and "\n" not in box.text().strip()
    box.close()


def test_unwritable_report_path_is_a_clear_error(opened, tmp_path, qtbot):
    from reader.ui.analysis.report_export import ReportError

    doc, _ = opened.sample()
    store = opened.window.session.store
    try:
        write_report(store, doc, "html", tmp_path / "missing" / "r.html")
    except ReportError as exc:
        assert "cannot write the report" in exc.message and exc.path.endswith("r.html")
    else:
        raise AssertionError("no error for a folder that does not exist")


def test_who_said_what_across_articles(opened, qtbot):
    window = opened.window
    f = opened.feature
    doc_a = import_article(window, ARTICLE_A, "خطة العجز")
    doc_b = import_article(window, ARTICLE_B, "الصادرات")
    opened.open(doc_a)  # B has never been analysed: the dialog analyses it
    dialog = f.show_who_said_what()
    with qtbot.waitSignal(dialog.loaded, timeout=60000):
        pass
    entries = dialog.entries
    docs = {m.doc_id for e in entries for m in e.mentions}
    assert docs == {doc_a.id, doc_b.id}
    analyses = (f.analyses.analysis(doc_a.id), _analysis(window, doc_b))
    assert sum(e.claims for e in entries) == sum(
        1 for a in analyses for c in a.claims if c.source is not None)
    assert dialog.tree.topLevelItemCount() == len(entries)
    # a claim opens its article, selected
    top = next(dialog.tree.topLevelItem(i) for i in range(len(entries))
               if entries[i].mentions[0].doc_id == doc_b.id)
    assert top.childCount() == 0  # a source's claims are made when it is opened
    top.setExpanded(True)
    child = top.child(0).child(0)  # source > article > claim
    mention = child.data(0, 0x0100)
    dialog.tree.itemActivated.emit(child, 0)
    assert window.current_document().id == doc_b.id
    assert window.reader.selected_range() == (mention.claim.start, mention.claim.end)
    dialog.filter.setText(entries[0].name)
    assert not dialog.tree.topLevelItem(0).isHidden()


def _analysis(window, doc):
    from reader.core.analysis import analyze_document

    return analyze_document(window.session.store, window.session.store.document(doc.id))
