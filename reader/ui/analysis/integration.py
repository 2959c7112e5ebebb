"""The editor's side of the analysis, attached to a main window with one call:
:func:`install_analysis` adds the Entities, Sources and Claims tabs, the claim and entity
marks in the text with their tooltips and context menu, the Analysis menu (export the
attribution report, who said what) and a progress bar for analyses.

It follows the window's article (``documentChanged``), asks the :class:`AnalysisService`
for its analysis (off the GUI thread, cached), and routes what the tabs ask to the review
and entity services, which commit and then say what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar

from reader.core.analysis import Analysis
from reader.core.model import Claim, Document

from ..dialogs import save_file_name
from ..error_text import translated_error
from ..errors import show_message
from ..layout_wait import LAYOUT_FIRST_CHARS, when_laid_out
from ..library_state import watch
from .analysis_service import AnalysisService
from .claims_tab import ClaimsTab
from .entities_tab import EntitiesTab, EntityGroup
from .entity_service import EntityService
from .marks import TextMarks
from .report_export import SUFFIXES
from .report_job import ReportExport, ReportJob
from .review_service import ReviewService
from .slices import SlicedWork
from .sources_tab import SourcesTab
from .text_menu import TextMenu
from .who_said_what import WhoSaidWhatDialog


#: How long after an article is shown its analysis starts (ms).
START_DELAY_MS = 120
#: An analysis with more entities and claims than this fills the tabs a slice at a time.
FILL_AT_ONCE = 3000


class AnalysisFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        session = window.session
        stack = session.annotations.undo_stack
        author = session.annotations.author
        self.analyses = AnalysisService(str(session.db_path), self)
        self.reviews = ReviewService(session.store, stack, author, self,
                                     writes=getattr(session, "writes", None))
        self.entities = EntityService(session.store, stack, author, self)
        library = watch(session)  # what an error dialog may say of the library
        library.track(self.reviews.changed, self.reviews.failed)
        library.track(self.entities.changed, self.entities.failed)
        self.doc: Document | None = None
        self.analysis: Analysis | None = None
        self._pending_claim: tuple[str, int, int] | None = None
        self.dialog: WhoSaidWhatDialog | None = None
        self.filling = SlicedWork(self)  # the tabs being filled with an analysis
        self.reports = ReportExport(window, self)

        self.entities_tab = EntitiesTab(window)
        self.sources_tab = SourcesTab(window)
        self.claims_tab = ClaimsTab(window)
        self.tab_index = {
            "entities": window.add_sidebar_tab(self.entities_tab, self.tr("Entities")),
            "sources": window.add_sidebar_tab(self.sources_tab, self.tr("Sources")),
            "claims": window.add_sidebar_tab(self.claims_tab, self.tr("Claims")),
        }
        reader = window.reader
        self.entities_tab.set_selection_check(lambda: reader.selected_range() is not None)
        self.claims_tab.set_history_provider(self._history)
        self.marks = TextMarks(reader, self)
        self.text_menu = TextMenu(self.marks, self.entities_tab,
                                  lambda: reader.selected_range() is not None, self)
        reader.add_context_actions(self.text_menu.actions())

        self.progress = QProgressBar(window.statusBar())
        self.progress.setObjectName("analysisProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setFormat(self.tr("Analysing %p%"))
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        self._make_menu()
        self._connect()
        window.installEventFilter(self)
        self.set_document(window.current_document())

    # --- set-up ----------------------------------------------------------------------------

    def _make_menu(self) -> None:
        w = self.window
        self.export_action = QAction(self.tr("Export &Attribution Report…"), self)
        self.export_action.setObjectName("exportAttributionReport")
        self.export_action.setShortcut("Ctrl+Shift+R")
        self.export_action.triggered.connect(self.choose_report_file)
        self.who_action = QAction(self.tr("&Who Said What…"), self)
        self.who_action.setObjectName("whoSaidWhat")
        self.who_action.setShortcut("Ctrl+Shift+W")
        self.who_action.triggered.connect(self.show_who_said_what)
        menu = w.menuBar().addMenu(self.tr("A&nalysis"))
        menu.setObjectName("analysisMenu")
        view = w.menus.get("view")
        if view is not None:  # keep View last
            w.menuBar().insertMenu(view.menuAction(), menu)
        menu.addAction(self.export_action)
        menu.addAction(self.who_action)
        w.menus["analysis"] = menu
        file_menu = w.menus.get("file")
        if file_menu is not None:
            file_menu.insertAction(w.actions.search_library, self.export_action)
        self._update_actions()

    def _connect(self) -> None:
        w = self.window
        w.documentChanged.connect(self.set_document)
        self.analyses.ready.connect(self._on_ready)
        self.analyses.progress.connect(self._on_progress)
        self.analyses.idle.connect(self.progress.hide)
        self.analyses.invalidated.connect(self._reanalyse)
        self.analyses.failed.connect(self._on_failed)
        self.reviews.changed.connect(self._on_review_changed)
        changed_elsewhere = getattr(w.session, "changedElsewhere", None)
        if changed_elsewhere is not None:
            changed_elsewhere.connect(self._on_changed_elsewhere)
        self.reviews.failed.connect(self._on_write_failed)
        self.entities.changed.connect(self.analyses.invalidate)
        self.entities.failed.connect(self._on_write_failed)
        self.entities_tab.occurrenceRequested.connect(self._select)
        self.entities_tab.teachRequested.connect(self.teach)
        self.entities_tab.addSelectionRequested.connect(self.add_selection)
        self.sources_tab.claimActivated.connect(self.go_to_claim)
        self.claims_tab.claimActivated.connect(self.go_to_claim)
        self.claims_tab.reviewRequested.connect(self.review)
        self.text_menu.reviewRequested.connect(lambda key, status: self.review(key, status, None))
        self.text_menu.claimOpened.connect(self.open_claim_review)
        self.text_menu.addSelectionRequested.connect(self.add_selection)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.filling.cancel()
            self.reports.cancel()
            if self.dialog is not None:
                self.dialog.close()
            self.analyses.shutdown()
        return False

    # --- the article -----------------------------------------------------------------------

    def set_document(self, doc: Document | None) -> None:
        self.filling.cancel()
        self.doc = doc
        self.analysis = None
        self.marks.clear()
        waiting = self.tr("Analysing…") if doc is not None else self.tr("No article is open.")
        self.entities_tab.set_entities([])
        self.sources_tab.set_claims([], {})
        self.claims_tab.set_claims([], {})
        self.entities_tab.set_message(waiting)
        self.sources_tab.set_message(waiting)
        self._update_tab_titles()
        self._update_actions()
        if doc is None:
            return
        known = self.analyses.analysis(doc.id)
        if known is not None and known.text == doc.text:
            self.analyses.request(doc.id, doc.text)
        elif len(doc.text) > LAYOUT_FIRST_CHARS:  # once Qt has laid it out (see layout_wait)
            when_laid_out(self.window.reader, self, lambda d=doc: self._request_if_current(d),
                          lambda d=doc: self.doc is d)
        else:
            # Start the worker once the article is on screen: loading the models in another
            # thread would otherwise hold the interpreter while the first paint waits.
            QTimer.singleShot(START_DELAY_MS, self, lambda d=doc: self._request_if_current(d))

    def _request_if_current(self, doc: Document) -> None:
        if self.doc is not None and self.doc.id == doc.id and not self.analyses.closed:
            self.analyses.request(doc.id, doc.text)

    def _on_ready(self, doc_id: str, analysis: Analysis) -> None:
        if self.doc is None or doc_id != self.doc.id:
            return
        at_once = len(analysis.entities) + len(analysis.claims) <= FILL_AT_ONCE
        self.filling.start(self._show_analysis(doc_id, analysis), at_once)

    def _show_analysis(self, doc_id: str, analysis: Analysis):
        """Fill the tabs and marks with ``analysis`` (a generator: see :mod:`.slices`);
        :attr:`analysis` is set once all is shown."""
        reviews = self.reviews.reviews(doc_id, list(analysis.claims))
        statuses = {k: r.status for k, r in reviews.items()}
        yield from self.entities_tab.fill(analysis.entities)
        yield from self.sources_tab.fill(analysis.claims, statuses)
        yield from self.claims_tab.fill(analysis.claims, reviews)
        yield from self.marks.fill(analysis.entities, analysis.claims, reviews)
        self.analysis = analysis
        self._update_tab_titles()
        self._update_actions()
        if self._pending_claim is not None and self._pending_claim[0] == doc_id:
            _doc, start, end = self._pending_claim
            self._pending_claim = None
            claim = next((c for c in analysis.claims if c.start == start and c.end == end), None)
            if claim is not None:
                self.claims_tab.select_claim(claim.key)

    def _reanalyse(self) -> None:
        if self.doc is not None:
            self.entities_tab.set_message(self.tr("Analysing again with what you taught…"))
            self.analyses.request(self.doc.id, self.doc.text)

    def _on_progress(self, done: int, total: int, title: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setVisible(done < total)

    def _on_failed(self, doc_id: str, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("Could not analyse: %1").replace("%1", message), 10000)
        if self.doc is not None and doc_id == self.doc.id:
            for tab in (self.entities_tab, self.sources_tab):
                tab.set_message(message)

    def _on_write_failed(self, message: str) -> None:
        message = translated_error(message)
        self.window.statusBar().showMessage(message, 10000)
        show_message(self.window, self.tr("Not saved"), message)

    def _update_tab_titles(self) -> None:
        a = self.analysis
        counts = {
            "entities": len(self.entities_tab.groups()) if a else None,
            "sources": len(self.sources_tab.groups()) if a else None,
            "claims": len(a.claims) if a else None,
        }
        titles = {"entities": self.tr("Entities"), "sources": self.tr("Sources"), "claims": self.tr("Claims")}
        for name, index in self.tab_index.items():
            n = counts[name]
            self.window.sidebar.setTabText(index, titles[name] if n is None else f"{titles[name]} ({n})")

    def _update_actions(self) -> None:
        self.export_action.setEnabled(self.analysis is not None)

    # --- going to things -------------------------------------------------------------------

    def claim(self, key: str) -> Claim | None:
        if self.analysis is None:
            return None
        return next((c for c in self.analysis.claims if c.key == key), None)

    def _select(self, start: int, end: int) -> None:
        self.window.reader.select_range(start, end)

    def go_to_claim(self, key: str) -> None:
        c = self.claim(key)
        if c is not None:
            self._select(c.start, c.end)
            self.claims_tab.select_claim(key)

    def open_claim_review(self, key: str) -> None:
        self.window.sidebar.setCurrentIndex(self.tab_index["claims"])
        self.go_to_claim(key)

    def open_claim(self, doc_id: str, start: int, end: int) -> None:
        """Open an article (if needed) and select a claim's range in it."""
        current = self.window.current_document()
        if current is None or current.id != doc_id:
            if self.window.open_document(doc_id) is None:
                return
        self._select(start, end)
        claim = self.analysis and next((c for c in self.analysis.claims if c.start == start and c.end == end), None)
        if claim:
            self.claims_tab.select_claim(claim.key)
        else:
            self._pending_claim = (doc_id, start, end)

    # --- reviews and teaching ----------------------------------------------------------------

    def _history(self, claim: Claim):
        return self.reviews.trail(self.doc.id, claim) if self.doc is not None else []

    def review(self, key: str, status: str, note: str | None) -> None:
        c = self.claim(key)
        if c is not None and self.doc is not None:
            self.reviews.set_review(self.doc.id, c, status, note)

    def _on_review_changed(self, doc_id: str, _key: str) -> None:
        if self._refresh_reviews(doc_id):
            self.window.statusBar().showMessage(self.tr("Review saved."), 3000)

    def _refresh_reviews(self, doc_id: str) -> bool:
        if self.doc is None or doc_id != self.doc.id or self.analysis is None:
            return False
        self.filling.start(self._show_reviews(doc_id, self.analysis),
                           len(self.analysis.claims) <= FILL_AT_ONCE)
        return True

    def _on_changed_elsewhere(self, kinds: set) -> None:
        """Reviews or teachings another program saved: show them (and analyse again with
        what was taught)."""
        if "teachings" in kinds:
            self.analyses.invalidate()
        elif "reviews" in kinds and self.doc is not None:
            self._refresh_reviews(self.doc.id)

    def _show_reviews(self, doc_id: str, analysis: Analysis):
        reviews = self.reviews.reviews(doc_id, list(analysis.claims))
        yield from self.claims_tab.fill(analysis.claims, reviews)
        yield from self.sources_tab.fill(analysis.claims, {k: r.status for k, r in reviews.items()})
        self.marks.set_reviews(reviews)

    def teach(self, action: str, group: EntityGroup, value: str = "", type_: str = "") -> bool:
        form = group.canonical
        if action == "accept":
            return self.entities.accept(form)
        if action == "reject":
            return self.entities.reject(form)
        if action == "rename":
            return self.entities.rename(form, value)
        if action == "retype":
            return self.entities.retype(form, type_)
        if action == "merge":
            return self.entities.merge(form, value, into_type=type_, own_type=group.type)
        raise ValueError(f"unknown teaching {action!r}")

    def add_selection(self, type_: str) -> bool:
        selected = self.window.reader.selected_range()
        if selected is None or self.doc is None:
            self.window.statusBar().showMessage(self.tr("Select the entity's text in the article first."), 5000)
            return False
        return self.entities.add(self.doc.text[selected[0]:selected[1]], type_)

    # --- report and library view -----------------------------------------------------------

    def choose_report_file(self) -> None:
        if self.doc is None or self.analysis is None:
            return
        stem = "".join(ch for ch in (self.doc.title or "report") if ch.isalnum() or ch in " -_").strip()
        start = str(Path.home() / f"{stem[:60] or 'report'}.html")
        filters = {self.tr("HTML (*.html)"): "html", self.tr("Markdown (*.md)"): "md", self.tr("PDF (*.pdf)"): "pdf"}
        path, chosen = save_file_name(
            self.window, self.tr("Export Attribution Report"), start, ";;".join(filters))
        if path:
            fmt = filters.get(chosen) or Path(path).suffix.lstrip(".").lower() or "html"
            self.export_report(path, fmt)

    def export_report(self, path: str, fmt: str) -> ReportJob | None:
        """Start writing the current article's attribution report to ``path`` as ``fmt``,
        in another process (see :mod:`.report_job`); :attr:`ReportExport.done` follows."""
        if self.doc is None:
            return None
        if not Path(path).suffix:
            path += SUFFIXES.get(fmt, "")
        return self.reports.start(self.doc.id, fmt, path)

    def show_who_said_what(self) -> WhoSaidWhatDialog:
        if self.dialog is None:
            self.dialog = WhoSaidWhatDialog(self.analyses, self.window.session.library, self.window)
            self.dialog.claimRequested.connect(self.open_claim)
        if self.dialog.isVisible():
            self.dialog.raise_()
        else:
            self.dialog.show()
        self.dialog.load()
        return self.dialog


def install_analysis(window) -> AnalysisFeature:
    """Attach the analysis tabs, marks and menus to ``window`` (a MainWindow); call once,
    at the end of its constructor. The feature is kept as ``window.analysis_feature``."""
    existing = getattr(window, "analysis_feature", None)
    if existing is not None:
        return existing
    feature = AnalysisFeature(window)
    window.analysis_feature = feature
    return feature
