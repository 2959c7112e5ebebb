"""Reviewing saved words: the sentence with the word as a cloze, the answer on a key, and a
rating (Again, Hard, Good, Easy) that the service writes through FSRS.

Keys: Space or Enter shows the answer; 1-4 rate; Escape closes. Each rating is an undo step
of the window (Edit > Undo), like every other change.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from reader.core.vocab.review import RATINGS, interval_text, intervals

from ..fonts import reader_font


def cloze(sentence: str, word: str) -> str:
    """The sentence as HTML with the word hidden (the first place it occurs)."""
    i = sentence.find(word) if word else -1
    if i < 0:
        return html.escape(sentence) + " … [ ___ ]"
    return (html.escape(sentence[:i]) + "<span style='color:#888'>[ ___ ]</span>"
            + html.escape(sentence[i + len(word):]))


def revealed(sentence: str, word: str) -> str:
    i = sentence.find(word) if word else -1
    if i < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:i]) + "<b style='color:#a0522d'>" + html.escape(word) + "</b>"
            + html.escape(sentence[i + len(word):]))


class ReviewDialog(QDialog):
    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review Saved Words"))
        self.service = service
        self.queue = list(service.due_words())
        self.current = None
        self.reviewed = 0
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        self.progress = QLabel(self)
        layout.addWidget(self.progress)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("reviewSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setFont(reader_font(None, 18))
        self.sentence.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.sentence, 1)
        self.answer = QLabel(self)
        self.answer.setObjectName("reviewAnswer")
        self.answer.setWordWrap(True)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setFont(reader_font(None, 16))
        layout.addWidget(self.answer, 1)
        self.show_button = QPushButton(self.tr("Show Answer (Space)"), self)
        self.show_button.setObjectName("showAnswer")
        self.show_button.clicked.connect(self.reveal)
        layout.addWidget(self.show_button)
        row = QHBoxLayout()
        names = {1: self.tr("Again"), 2: self.tr("Hard"), 3: self.tr("Good"), 4: self.tr("Easy")}
        self.rate_buttons = {}
        for rating in RATINGS:
            button = QPushButton(self)
            button.setObjectName(f"rate{rating}")
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            self.rate_buttons[rating] = (button, names[rating])
            row.addWidget(button)
        layout.addLayout(row)
        for button in (self.show_button, *(b for b, _n in self.rate_buttons.values())):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and 1-4 are the dialog's keys
        self.next_card()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.reveal()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.rate(int(key - Qt.Key.Key_0))
        else:
            super().keyPressEvent(event)

    def next_card(self) -> None:
        self.current = self.queue.pop(0) if self.queue else None
        w = self.current
        total = self.reviewed + len(self.queue) + (1 if w is not None else 0)
        if w is None:
            self.progress.setText(self.tr("Reviewed: %n", "", self.reviewed))
            self.sentence.setText(self.tr("Nothing more is due. Well done."))
            self.answer.setText("")
            self.show_button.setEnabled(False)
            for button, _name in self.rate_buttons.values():
                button.setEnabled(False)
            return
        self.progress.setText(self.tr("Card %1 of %2").replace("%1", str(self.reviewed + 1))
                              .replace("%2", str(total)))
        self.sentence.setText(cloze(w.sentence or w.word, w.word))
        self.answer.setText("")
        self.show_button.setEnabled(True)
        spans = intervals(w.card)
        for rating, (button, name) in self.rate_buttons.items():
            button.setText(f"{name} ({rating}) · {interval_text(spans[rating])}")
            button.setEnabled(False)

    def reveal(self) -> None:
        w = self.current
        if w is None:
            return
        self.sentence.setText(revealed(w.sentence or w.word, w.word))
        parts = [f"<span style='font-size:22pt'>{html.escape(w.vowelled or w.word)}</span>",
                 html.escape(w.gloss or self.tr("(no gloss)")),
                 html.escape(" · ".join(x for x in (w.lemma, w.root) if x))]
        self.answer.setText("<br>".join(parts))
        self.show_button.setEnabled(False)
        for button, _name in self.rate_buttons.values():
            button.setEnabled(True)

    def rate(self, rating: int) -> None:
        if self.current is None or self.show_button.isEnabled():
            return  # rate after seeing the answer
        self.service.review(self.current, rating)
        self.reviewed += 1
        self.next_card()
