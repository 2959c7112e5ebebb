"""The word panel: everything about the word that was clicked.

The word, its normalised and vowelled forms, lemma, root, part of speech and gloss; its
status (new, learning 1-4, known, ignored) as a row of buttons; saving it; every occurrence
in this article (in a long text: in the part read around the reading position, as the
panel says) and the other articles of the library that contain it. The panel only
shows and asks (signals); the feature does the work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget)

from reader.core.vocab.library import STATUSES

from ..bidi_text import mark_direction
from ..fonts import reader_font
from .labels import domain_label, pos_label, status_label, status_short


@dataclass
class WordInfo:
    word: str
    start: int
    end: int
    norm: str = ""
    analysis: object = None  # WordAnalysis, or None while it is being looked up
    entry: object = None  # GlossaryEntry of the word or the term it is part of
    key: str = ""
    lemma: str = ""
    status: str = "new"
    saved: object = None  # SavedWord
    occurrences: list = field(default_factory=list)  # (start, end, snippet)
    partial: bool = False  # the occurrences are those of the part of a long text read
    articles: list = field(default_factory=list)  # (doc id, title, start, end, snippet)


class WordPanel(QWidget):
    statusRequested = Signal(str)
    saveRequested = Signal()
    occurrenceActivated = Signal(int, int)
    articleActivated = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wordPanel")
        self.info: WordInfo | None = None
        layout = QVBoxLayout(self)
        self.word = QLabel(self)
        self.word.setObjectName("wordPanelWord")
        font = reader_font(None, 22)
        self.word.setFont(font)
        self.word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.word)
        self.hint = QLabel(self.tr("Click a word in the article to look it up."), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for name, label in (("norm", self.tr("Normalised")), ("vowelled", self.tr("Vowelled")),
                            ("lemma", self.tr("Lemma")), ("root", self.tr("Root")),
                            ("pos", self.tr("Part of speech")), ("gloss", self.tr("Gloss")),
                            ("domain", self.tr("Domain"))):
            value = QLabel(self)
            value.setObjectName(f"wordPanel-{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[name] = value
        layout.addLayout(form)
        row = QHBoxLayout()
        self.status_buttons = QButtonGroup(self)
        self.status_buttons.setExclusive(True)
        for status in STATUSES:
            button = QPushButton(status_short(status), self)
            button.setObjectName(f"status-{status}")
            button.setCheckable(True)
            button.setToolTip(status_label(status))
            button.setMinimumWidth(28)
            self.status_buttons.addButton(button)
            button.clicked.connect(lambda _=False, s=status: self.statusRequested.emit(s))
            row.addWidget(button)
        layout.addLayout(row)
        self.save_button = QPushButton(self.tr("Save Word"), self)
        self.save_button.setObjectName("saveWord")
        self.save_button.clicked.connect(self.saveRequested)
        layout.addWidget(self.save_button)
        self.occ_label = QLabel(self)
        layout.addWidget(self.occ_label)
        self.occ_note = QLabel(self.tr("This text is long: only the part around the reading "
                                       "position is counted."), self)
        self.occ_note.setObjectName("wordOccurrencesNote")
        self.occ_note.setWordWrap(True)
        self.occ_note.hide()
        layout.addWidget(self.occ_note)
        self.occurrences = QListWidget(self)
        self.occurrences.setObjectName("wordOccurrences")
        self.occurrences.setWordWrap(True)
        self.occurrences.itemActivated.connect(self._on_occurrence)
        self.occurrences.itemClicked.connect(self._on_occurrence)
        layout.addWidget(self.occurrences, 1)
        self.art_label = QLabel(self)
        layout.addWidget(self.art_label)
        self.articles = QListWidget(self)
        self.articles.setObjectName("wordArticles")
        self.articles.setWordWrap(True)
        self.articles.itemActivated.connect(self._on_article)
        self.articles.itemClicked.connect(self._on_article)
        layout.addWidget(self.articles, 1)
        self.show_info(None)

    def show_info(self, info: WordInfo | None) -> None:
        self.info = info
        empty = info is None
        self.hint.setVisible(empty)
        for widget in (self.save_button, self.occurrences, self.articles, self.occ_label,
                       self.art_label, *self.status_buttons.buttons()):
            widget.setEnabled(not empty)
        if empty:
            self.word.setText("")
            for value in self.fields.values():
                value.setText("—")
            self.occurrences.clear()
            self.articles.clear()
            self.occ_label.setText(self.tr("In this article"))
            self.occ_note.hide()
            self.art_label.setText(self.tr("In other articles"))
            return
        a, e = info.analysis, info.entry
        self.word.setText(info.word)
        waiting = self.tr("looking up…")
        self.fields["norm"].setText(info.norm)
        # The word's own vowels come from the analyser; a glossary word shows its lemma's.
        own = a.vowelled if a is not None and a.source == "analyser" else ""
        self.fields["vowelled"].setText(own or ("—" if a is not None or e is not None else waiting))
        lemma = info.lemma
        if e is not None and e.vowelled and e.words == 1 and e.key == info.key:
            lemma = e.vowelled
        self.fields["lemma"].setText(lemma or (waiting if a is None else "—"))
        root = (e.root if e is not None and e.root else "") or (a.root if a is not None else "")
        self.fields["root"].setText(root or (waiting if a is None else "—"))
        pos = e.pos if e is not None else (a.pos if a is not None else "")
        self.fields["pos"].setText(pos_label(pos) if pos else (waiting if a is None else "—"))
        gloss = info.saved.gloss if info.saved is not None and info.saved.gloss else \
            (e.gloss if e is not None else "")
        self.fields["gloss"].setText(gloss or self.tr("not in the glossary"))
        self.fields["domain"].setText(domain_label(e.domain) if e is not None else "—")
        for button in self.status_buttons.buttons():
            button.setChecked(button.objectName() == f"status-{info.status}")
        saved = info.saved is not None
        self.save_button.setText(self.tr("Saved") if saved else self.tr("Save Word"))
        self.save_button.setEnabled(not saved)
        self.occurrences.clear()
        for start, end, snippet in info.occurrences:
            item = QListWidgetItem(mark_direction(snippet))
            item.setData(Qt.ItemDataRole.UserRole, (start, end))
            self.occurrences.addItem(item)
        self.occ_label.setText(self.tr("In this article: %n time(s)", "", len(info.occurrences)))
        self.occ_note.setVisible(info.partial)
        self.articles.clear()
        for doc_id, title, start, end, snippet in info.articles:
            item = QListWidgetItem(mark_direction(f"{title}\n{snippet}"))
            item.setData(Qt.ItemDataRole.UserRole, (doc_id, start, end))
            self.articles.addItem(item)
        self.art_label.setText(self.tr("In other articles: %n", "", len(info.articles)))

    def _on_occurrence(self, item) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole)
        self.occurrenceActivated.emit(start, end)

    def _on_article(self, item) -> None:
        doc_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.articleActivated.emit(doc_id, start, end)
