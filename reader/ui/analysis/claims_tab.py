"""The Claims tab: the article's claims in text order with their review status, a filter
by status, and the selected claim's review (status, note) with its history.

A click goes to the claim in the text. Changing the status or saving the note asks for a
review (:attr:`reviewRequested`); the review service writes it and the tab is refreshed
from what was saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Claim
from reader.core.reports.scorecard import claim_kind

from ..bidi_text import DirectionDelegate, alignment_for, mark_direction
from ..dates import format_timestamp
from .labels import REVIEW_STATUSES, kind_label, status_icon, status_label
from .presentation import snippet, source_text
from .slices import BATCH

KEY_ROLE = Qt.ItemDataRole.UserRole


class ClaimsTab(QWidget):
    #: Go to this claim in the text (its key).
    claimActivated = Signal(str)
    #: (claim key, status, note): the user set a review.
    reviewRequested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("claimsTab")
        self._claims: list[Claim] = []
        self._reviews: dict = {}
        self._current = ""
        self._history = lambda _claim: []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in REVIEW_STATUSES:
            self.status_filter.addItem(status_icon(status), status_label(status), status)
        self.status_filter.currentIndexChanged.connect(self._refill)
        top.addWidget(self.status_filter, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("claimCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.list = QListWidget(splitter)
        self.list.setItemDelegate(DirectionDelegate(self.list))  # each claim in its direction
        self.list.setObjectName("claimList")
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        self.list.currentItemChanged.connect(lambda item, _prev: self._show_detail(item))
        splitter.addWidget(self.list)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._make_detail(scroll))
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 420])
        layout.addWidget(splitter, 1)
        self._show_detail(None)

    def _make_detail(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Review"), parent)
        box.setObjectName("reviewBox")
        form = QFormLayout(box)
        self.claim_label = QLabel(box)
        self.claim_label.setObjectName("claimText")
        self.claim_label.setWordWrap(True)
        self.claim_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.claim_label)
        self.meta_label = QLabel(box)
        self.meta_label.setObjectName("claimMeta")
        self.meta_label.setWordWrap(True)
        form.addRow(self.meta_label)
        self.status_combo = QComboBox(box)
        self.status_combo.setObjectName("reviewStatus")
        for status in REVIEW_STATUSES:
            self.status_combo.addItem(status_icon(status), status_label(status), status)
        self.status_combo.activated.connect(lambda _i: self._request_review())
        form.addRow(self.tr("Status:"), self.status_combo)
        self.note_edit = QPlainTextEdit(box)
        self.note_edit.setObjectName("reviewNote")
        self.note_edit.setPlaceholderText(self.tr("Why? What was checked, with whom…"))
        self.note_edit.setMaximumHeight(70)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.save_button = QPushButton(self.tr("Save Note"), box)
        self.save_button.setObjectName("saveReview")
        self.save_button.clicked.connect(self._request_review)
        form.addRow("", self.save_button)
        self.history = QListWidget(box)
        self.history.setObjectName("reviewHistory")
        self.history.setMinimumHeight(90)
        self.history.setWordWrap(True)
        form.addRow(self.tr("History:"), self.history)
        return box

    def set_history_provider(self, provider) -> None:
        """``provider(claim)`` gives the claim's review trail (oldest first)."""
        self._history = provider

    # --- content ---------------------------------------------------------------------------

    def set_claims(self, claims, reviews: dict) -> None:
        """``reviews``: claim key -> its review (ClaimReview), for claims that have one."""
        for _ in self.fill(claims, reviews):
            pass

    def fill(self, claims, reviews: dict):
        """:meth:`set_claims` as a generator that yields every ``BATCH`` rows (see
        :mod:`.slices`)."""
        self._claims = sorted(claims, key=lambda c: (c.start, c.cue.start))
        self._reviews = dict(reviews)
        yield from self._fill_list()

    def status_of(self, key: str) -> str:
        r = self._reviews.get(key)
        return r.status if r is not None else "unreviewed"

    def claim(self, key: str) -> Claim | None:
        return next((c for c in self._claims if c.key == key), None)

    def visible_keys(self) -> list[str]:
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def set_status_filter(self, status: str) -> None:
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))

    def _refill(self) -> None:
        for _ in self._fill_list():
            pass

    def _fill_list(self):
        wanted = self.status_filter.currentData() or ""
        current = self._current
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        shown = 0
        for number, c in enumerate(self._claims, start=1):
            status = self.status_of(c.key)
            if wanted and status != wanted:
                continue
            text = snippet(c.text)
            lines = [f"{number}. {text}", f"{source_text(c)} — {kind_label(claim_kind(c))}"]
            item = QListWidgetItem(status_icon(status), mark_direction("\n".join(lines)))
            item.setData(KEY_ROLE, c.key)
            item.setTextAlignment(alignment_for(text))
            item.setToolTip(status_label(status))
            self.list.blockSignals(True)
            self.list.addItem(item)
            shown += 1
            if c.key == current:
                self.list.setCurrentItem(item)
            self.list.blockSignals(False)
            if shown % BATCH == 0:
                yield
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(len(self._claims))))
        self._show_detail(self.list.currentItem())

    def select_claim(self, key: str) -> bool:
        """Show ``key``'s review (clearing the filter if it hides the claim)."""
        if self.claim(key) is None:
            return False
        if key not in self.visible_keys():
            self.set_status_filter("")
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                self.list.setCurrentRow(i)
                self.list.scrollToItem(self.list.item(i))
        return True

    # --- detail ----------------------------------------------------------------------------

    def _show_detail(self, item: QListWidgetItem | None) -> None:
        c = self.claim(item.data(KEY_ROLE)) if item is not None else None
        self._current = c.key if c is not None else ""
        for w in (self.status_combo, self.note_edit, self.save_button, self.history):
            w.setEnabled(c is not None)
        self.history.clear()
        if c is None:
            self.claim_label.setText(self.tr("Select a claim to review it."))
            self.claim_label.setAlignment(Qt.AlignmentFlag.AlignLeading)
            self.meta_label.clear()
            self.note_edit.clear()
            self.status_combo.setCurrentIndex(-1)  # no claim, no status (not the last one's)
            return
        self.claim_label.setText(mark_direction(c.text))
        self.claim_label.setAlignment(alignment_for(c.text))
        parts = [self.tr("Source: %1").replace("%1", source_text(c)),
                 self.tr("Kind: %1").replace("%1", kind_label(claim_kind(c)))]
        if c.via is not None:
            parts.append(self.tr("Via: %1").replace("%1", c.via.text))
        parts.append(self.tr("Cue: %1").replace("%1", c.cue.text))
        if c.direct_quote:
            parts.append(self.tr("Direct quote"))
        self.meta_label.setText("\n".join(parts))
        r = self._reviews.get(c.key)
        self.status_combo.setCurrentIndex(self.status_combo.findData(r.status if r else "unreviewed"))
        self.note_edit.setPlainText(r.note if r else "")
        for entry in self._history(c):
            line = f"{format_timestamp(entry.at)}  {entry.author or '—'}: {status_label(entry.status)}"
            if entry.note:
                line += "\n" + entry.note
            self.history.addItem(QListWidgetItem(status_icon(entry.status), mark_direction(line)))

    def current_key(self) -> str:
        return self._current

    def _request_review(self) -> None:
        if self._current:
            self.reviewRequested.emit(self._current, self.status_combo.currentData(),
                                      self.note_edit.toPlainText())

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.claimActivated.emit(item.data(KEY_ROLE))
