"""Beside the editor: translation-memory matches, the termbase's hits and the orphans."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.translation.memory import MemoryMatch
from reader.core.translation.model import Segment, is_rtl
from reader.core.translation.termbase import TermHit

from .labels import kind_label, origin_label

#: Matches that have a key to insert them (Ctrl+1 ...).
KEYED_MATCHES = 3


def _box(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{escape(title)}</b>", box)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class HelperPanel(QSplitter):
    #: A term's target to insert.
    termActivated = Signal(str)
    #: An orphaned segment chosen (its uuid).
    orphanActivated = Signal(str)
    #: The translator asks to remove one of their terms (its uuid).
    termRemoveRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("translationHelpers")
        self.matches_view = QTextBrowser(self)
        self.matches_view.setObjectName("memoryMatches")
        self.terms_view = QTreeWidget(self)
        self.terms_view.setObjectName("termHits")
        self.terms_view.setHeaderLabels([self.tr("In the segment"), self.tr("Translation"),
                                         self.tr("From"), self.tr("Note")])
        self.terms_view.setRootIsDecorated(False)
        self.terms_view.itemActivated.connect(
            lambda item, _col: self.termActivated.emit(item.data(1, Qt.ItemDataRole.UserRole)))
        self.terms_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.terms_view.customContextMenuRequested.connect(self._term_menu)
        self.orphans_view = QListWidget(self)
        self.orphans_view.setObjectName("orphanSegments")
        self.orphans_view.itemActivated.connect(
            lambda item: self.orphanActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.addWidget(_box(self.tr("Translation memory (Ctrl+1, Ctrl+2, Ctrl+3 insert)"),
                            self.matches_view, self))
        self.addWidget(_box(self.tr("Terms (double-click inserts)"), self.terms_view, self))
        self.orphans_box = _box(self.tr("Orphaned segments (no longer in the article)"),
                                self.orphans_view, self)
        self.addWidget(self.orphans_box)
        self.matches: list[MemoryMatch] = []

    def show_matches(self, matches: list[MemoryMatch], target_lang: str) -> None:
        self.matches = matches
        if not matches:
            none = self.tr("No similar segment in the memory.")
            self.matches_view.setHtml(f"<p><i>{escape(none)}</i></p>")
            return
        tdir = "rtl" if is_rtl(target_lang) else "ltr"
        parts = []
        for number, m in enumerate(matches, 1):
            key = f"Ctrl+{number} · " if number <= KEYED_MATCHES else ""
            score = self.tr("exact") if m.exact else f"{m.score:.0f}%"
            words = []
            for op, text in m.diff:
                if op == "equal":
                    words.append(escape(text))
                elif op == "delete":
                    words.append(f'<span style="background:#fecaca;text-decoration:line-through">{escape(text)}</span>')
                else:
                    words.append(f'<span style="background:#bbf7d0">{escape(text)}</span>')
            parts.append(
                f'<p style="margin:0"><b>{escape(key)}{escape(score)}</b> '
                f'<span style="color:#666">{escape(m.unit.origin)}</span></p>'
                f'<p dir="rtl" align="right" style="margin:0">{" ".join(words)}</p>'
                f'<p dir="{tdir}" style="margin:0 0 8px 0">{escape(m.unit.target)}</p>')
        self.matches_view.setHtml("".join(parts))

    def show_terms(self, hits: list[TermHit]) -> None:
        self.terms_view.clear()
        for h in hits:
            origin = origin_label(h.origin) + ("" if h.kind == "exact" else f", {kind_label(h.kind)}")
            item = QTreeWidgetItem([h.text, h.target, origin, " · ".join(x for x in (h.domain, h.note) if x)])
            item.setData(1, Qt.ItemDataRole.UserRole, h.target)
            item.setData(0, Qt.ItemDataRole.UserRole, h.ref if h.origin == "own" else "")
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.terms_view.addTopLevelItem(item)
        for column in range(3):
            self.terms_view.resizeColumnToContents(column)

    def _term_menu(self, point) -> None:
        item = self.terms_view.itemAt(point)
        if item is None:
            return
        menu = QMenu(self)
        insert = menu.addAction(self.tr("Insert the Translation"))
        insert.triggered.connect(lambda: self.termActivated.emit(item.data(1, Qt.ItemDataRole.UserRole)))
        ref = item.data(0, Qt.ItemDataRole.UserRole)
        if ref:
            remove = menu.addAction(self.tr("Remove This Term"))
            remove.triggered.connect(lambda: self.termRemoveRequested.emit(ref))
        menu.popup(self.terms_view.viewport().mapToGlobal(point))

    def show_orphans(self, orphans: list[Segment]) -> None:
        self.orphans_view.clear()
        for seg in orphans:
            text = seg.source + (f"\n→ {seg.target}" if seg.target else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, seg.uuid)
            self.orphans_view.addItem(item)
        self.orphans_box.setVisible(bool(orphans))
