"""Who said what, across the library: every source of every article, merged by name
(canonical where an entity matches), with its kind and how many claims and articles it
has; a source opens to its articles and their claims, and a claim opens its article at
the claim.

The analyses come from the library's cache; articles never analysed are analysed here, off
the GUI thread, with a progress bar, and the sources are gathered there too. The list is
filled a slice at a time and a source's claims only when it is opened, so that a library
with a book in it never holds up the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.reports.who_said_what import SourceCollector, SourceEntry, SourceMention
from reader.core.text import fold

from ..bidi_text import DirectionDelegate, alignment_for, mark_direction
from .analysis_service import AnalysisService
from .analysis_worker import STEPS_PER_DOCUMENT
from .slices import BATCH, SlicedWork
from .badges import BADGE_COLOR_ROLE, BadgeDelegate
from .labels import kind_color, kind_label
from .presentation import snippet

MENTION_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # on a source's row: its index in ``entries``


class WhoSaidWhatDialog(QDialog):
    #: Open this article at this claim: (doc id, start, end).
    claimRequested = Signal(str, int, int)
    #: The list is filled (after the analyses came in).
    loaded = Signal()

    def __init__(self, analyses: AnalysisService, library, parent: QWidget | None = None):
        """``library()`` lists the articles (``Session.library``)."""
        super().__init__(parent)
        self.setObjectName("whoSaidWhat")
        self.setWindowTitle(self.tr("Who Said What"))
        self.analyses = analyses
        self.library = library
        self.entries: list[SourceEntry] = []
        self.job = None
        self._wanted = ""  # the filter, folded
        self.filling = SlicedWork(self)
        self.filling.finished.connect(self.loaded)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("whoSummary")
        layout.addWidget(self.summary)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("whoProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("whoFilter")
        self.filter.setPlaceholderText(self.tr("Filter sources…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("whoTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Source"), self.tr("Kind"), self.tr("Claims"), self.tr("Articles")])
        self.tree.setItemDelegateForColumn(0, DirectionDelegate(self.tree))  # sources' own direction
        self.tree.setItemDelegateForColumn(1, BadgeDelegate(self.tree))
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemExpanded.connect(self._fill_mentions)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemDoubleClicked.connect(self._on_activated)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)

    # --- loading ---------------------------------------------------------------------------

    def load(self):
        """Analyse (or read from the cache) every article, then list the sources."""
        entries = self.library()
        self._titles = {e.id: e.title or e.id for e in entries}
        if self.job is not None:
            return self.job
        self.summary.setText(self.tr("Reading the analyses of %1 articles…").replace("%1", str(len(entries))))
        self.progress.setRange(0, max(1, len(entries) * STEPS_PER_DOCUMENT))
        self.progress.setValue(0)
        self.progress.show()
        job = self.job = self.analyses.analyze_batch([e.id for e in entries], SourceCollector())
        job.progress.connect(self._on_progress)
        job.finished.connect(lambda report: self._on_finished(job, report))
        return job

    def _on_progress(self, done: int, total: int, title: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if title:
            self.summary.setText(self.tr("Analysing %1…").replace("%1", title))

    def _on_finished(self, job, report) -> None:
        if job is not self.job:
            return  # a reading cancelled when the dialog was closed, since started again
        self.job = None
        self.progress.hide()
        if report.cancelled:
            return
        self.set_entries(report.summary or [], len(self._titles) - len(report.errors))
        if report.errors:
            self.summary.setText(self.summary.text() + "\n" + "\n".join(
                f"{self._titles.get(doc_id, doc_id)}: {message}" for doc_id, message in report.errors))

    def set_entries(self, entries: list[SourceEntry], articles: int) -> None:
        """List ``entries``; the rows are added a slice at a time, then :attr:`loaded`."""
        self.entries = entries
        claims = sum(e.claims for e in entries)
        self.summary.setText(self.tr("Sources: %1 · claims: %2 · articles: %3").replace(
            "%1", str(len(entries))).replace("%2", str(claims)).replace("%3", str(articles)))
        self.tree.clear()
        self._wanted = self._filter_key(self.filter.text())
        self.filling.start(self._fill_rows())

    def _fill_rows(self):
        for first in range(0, len(self.entries), BATCH):
            items = [self._source_item(i) for i in range(first, min(first + BATCH, len(self.entries)))]
            self.tree.addTopLevelItems(items)
            for i, item in enumerate(items, first):  # (only an item in a tree can be hidden)
                item.setHidden(not self._matches(self.entries[i], self._wanted))
            yield

    def _source_item(self, index: int) -> QTreeWidgetItem:
        e = self.entries[index]
        top = QTreeWidgetItem([mark_direction(e.name), kind_label(e.kind), str(e.claims), str(e.articles)])
        top.setData(0, ENTRY_ROLE, index)
        top.setTextAlignment(0, alignment_for(e.name))
        top.setData(1, BADGE_COLOR_ROLE, kind_color(e.kind))
        top.setToolTip(0, "، ".join(e.forms))
        for column in (2, 3):
            top.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return top

    def _fill_mentions(self, top: QTreeWidgetItem) -> None:
        """A source's articles and claims, made when it is first opened."""
        index = top.data(0, ENTRY_ROLE)
        if index is None or top.childCount():
            return
        by_article: dict[str, QTreeWidgetItem] = {}
        for m in self.entries[index].mentions:
            article = by_article.get(m.doc_id)
            if article is None:
                article = QTreeWidgetItem([mark_direction(m.title)])
                article.setTextAlignment(0, alignment_for(m.title))
                article.setToolTip(0, m.title)
                top.addChild(article)
                article.setFirstColumnSpanned(True)
                by_article[m.doc_id] = article
            text = snippet(m.claim.text, 120)
            child = QTreeWidgetItem([mark_direction(text)])
            child.setData(0, MENTION_ROLE, m)
            child.setTextAlignment(0, alignment_for(text))
            child.setToolTip(0, m.claim.text)
            article.addChild(child)
            child.setFirstColumnSpanned(True)
        for article in by_article.values():
            article.setExpanded(True)

    @staticmethod
    def _filter_key(text: str) -> str:
        return " ".join(fold(text).split())

    @staticmethod
    def _matches(entry: SourceEntry, wanted: str) -> bool:
        return not wanted or any(wanted in fold(n) for n in (entry.name, *entry.forms))

    def _apply_filter(self, text: str) -> None:
        self._wanted = wanted = self._filter_key(text)
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setHidden(not self._matches(self.entries[i], wanted))

    # --- opening a claim -------------------------------------------------------------------

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        m = item.data(0, MENTION_ROLE)
        if isinstance(m, SourceMention):
            self.claimRequested.emit(m.doc_id, m.claim.start, m.claim.end)

    def done(self, result: int) -> None:
        if self.job is not None:  # closed while reading: stop at the next piece of text
            self.job.cancel()
        self.filling.cancel()
        super().done(result)
