"""The Vocabulary tab: the saved words, filtered by status, domain and article; the gloss
is edited in place, words are deleted, and the review, export and import start here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from reader.core.vocab.library import LEARNING, STATUSES

from ..bidi_text import mark_direction
from ..dates import format_timestamp
from .labels import domain_label, status_label

COLUMNS = ("word", "lemma", "gloss", "status", "due", "article")
_GLOSS = COLUMNS.index("gloss")


class VocabularyTab(QWidget):
    glossEdited = Signal(str, str)  # uuid, gloss
    deleteRequested = Signal(str)  # uuid
    reviewRequested = Signal()
    exportRequested = Signal(str)  # "apkg" or "csv"
    importRequested = Signal()
    wordActivated = Signal(str)  # uuid

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vocabularyTab")
        self._words = []
        self._statuses: dict[str, str] = {}
        self._filling = False
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("vocabStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(self.tr("Learning"), "learning")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.domain_filter = QComboBox(self)
        self.domain_filter.setObjectName("vocabDomainFilter")
        self.article_filter = QComboBox(self)
        self.article_filter.setObjectName("vocabArticleFilter")
        for combo in (self.status_filter, self.domain_filter, self.article_filter):
            combo.currentIndexChanged.connect(self._refill)
            filters.addWidget(combo)
        layout.addLayout(filters)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("vocabList")
        self.tree.setHeaderLabels([self.tr("Word"), self.tr("Lemma"), self.tr("Gloss"),
                                   self.tr("Status"), self.tr("Due"), self.tr("Article")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeWidget.EditTrigger.DoubleClicked
                                  | QTreeWidget.EditTrigger.EditKeyPressed)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(
            lambda item, _c: self.wordActivated.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.tree, 1)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        buttons = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Review"), self)
        self.review_button.setObjectName("vocabReview")
        self.review_button.clicked.connect(self.reviewRequested)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("vocabDelete")
        self.delete_button.clicked.connect(self._delete_selected)
        anki = QPushButton(self.tr("Anki…"), self)
        anki.setToolTip(self.tr("Export the saved words as an Anki deck"))
        anki.clicked.connect(lambda: self.exportRequested.emit("apkg"))
        csv_button = QPushButton(self.tr("CSV…"), self)
        csv_button.setToolTip(self.tr("Export the saved words as CSV"))
        csv_button.clicked.connect(lambda: self.exportRequested.emit("csv"))
        import_button = QPushButton(self.tr("Import…"), self)
        import_button.setToolTip(self.tr("Import a CSV word list (word, gloss)"))
        import_button.clicked.connect(self.importRequested)
        for b in (self.review_button, self.delete_button, anki, csv_button, import_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

    def set_words(self, words, statuses: dict[str, str], due: int) -> None:
        self._words = list(words)
        self._statuses = dict(statuses)
        self._fill_combo(self.domain_filter, self.tr("All domains"),
                         sorted({w.domain for w in words if w.domain}), domain_label)
        titles = {}
        for w in words:
            if w.doc_id:
                titles.setdefault(w.doc_id, w.doc_title or w.doc_id[:8])
        self._fill_combo(self.article_filter, self.tr("All articles"), list(titles), titles.get)
        self.review_button.setText(self.tr("Review (%n due)", "", due))
        self.review_button.setEnabled(due > 0)
        self._refill()

    def _fill_combo(self, combo: QComboBox, everything: str, values, label) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for v in values:
            combo.addItem(label(v), v)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def visible_words(self):
        status, domain, doc = (self.status_filter.currentData(), self.domain_filter.currentData(),
                               self.article_filter.currentData())
        out = []
        for w in self._words:
            s = self._statuses.get(w.lemma_key, "new")
            if status == "learning" and s not in LEARNING or status not in ("", "learning") and s != status:
                continue
            if domain and w.domain != domain or doc and w.doc_id != doc:
                continue
            out.append(w)
        return out

    def _refill(self) -> None:
        self._filling = True
        self.tree.clear()
        shown = self.visible_words()
        for w in shown:
            item = QTreeWidgetItem([mark_direction(w.word), w.lemma, w.gloss,
                                    status_label(self._statuses.get(w.lemma_key, "new")),
                                    format_timestamp(w.due) if w.due else "", w.doc_title])
            item.setData(0, Qt.ItemDataRole.UserRole, w.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(0, w.sentence)
            self.tree.addTopLevelItem(item)
        self.count.setText(self.tr("%n saved word(s) shown", "", len(shown)))
        self._filling = False

    def _on_item_changed(self, item, column: int) -> None:
        if self._filling:
            return
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if column == _GLOSS:
            self.glossEdited.emit(uuid, item.text(_GLOSS))
        else:  # only the gloss is editable: put the cell back
            self._refill()

    def _delete_selected(self) -> None:
        for item in self.tree.selectedItems():
            self.deleteRequested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def select(self, uuid: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == uuid:
                self.tree.setCurrentItem(item)
                return
