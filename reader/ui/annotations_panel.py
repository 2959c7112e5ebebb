"""The Annotations tab: the current article's highlights and notes in text order.

Filters by colour, tag and author; a click jumps to the highlight. Annotations that could
not be re-attached after the article was revised (orphans) are listed in their own section
with their quote, so nothing is lost. Like calibre's highlights panel, this widget only
emits what the user asked for (:attr:`activated`, :attr:`edit_requested`,
:attr:`delete_requested`); the annotation service makes the change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Annotation

from .actions import color_icon
from .annotation_list_model import UUID_ROLE, AnnotationListModel
from .bidi_text import DirectionDelegate
from .themes import HIGHLIGHT_COLORS, color_label


class AnnotationsPanel(QWidget):
    activated = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self._all: list[Annotation] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QFormLayout()
        self.color_filter = QComboBox(self)
        self.color_filter.setObjectName("colorFilter")
        self.color_filter.addItem(self.tr("All colours"), "")
        for name in HIGHLIGHT_COLORS:
            self.color_filter.addItem(color_icon(name), color_label(name), name)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.author_filter = QComboBox(self)
        self.author_filter.setObjectName("authorFilter")
        filters.addRow(self.tr("Colour:"), self.color_filter)
        filters.addRow(self.tr("Tag:"), self.tag_filter)
        filters.addRow(self.tr("Author:"), self.author_filter)
        layout.addLayout(filters)
        for combo in (self.color_filter, self.tag_filter, self.author_filter):
            combo.currentIndexChanged.connect(self._refill)

        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.list = self._make_list("annotationList")
        layout.addWidget(self.list, 3)
        self.orphan_label = QLabel(self.tr("Could not be placed in the revised text:"), self)
        self.orphan_label.setObjectName("orphanLabel")
        self.orphan_label.setWordWrap(True)
        layout.addWidget(self.orphan_label)
        self.orphan_list = self._make_list("orphanList")
        layout.addWidget(self.orphan_list, 1)
        self._update_orphan_section(0)

    def _make_list(self, name: str) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setModel(AnnotationListModel(view))
        # every item is two lines (quote; note and tags), elided: with uniform sizes the
        # view does not measure 2,000 items before it can paint
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setUniformItemSizes(True)
        view.setItemDelegate(DirectionDelegate(view))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.clicked.connect(self._on_clicked)
        view.activated.connect(self._on_clicked)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda v=view: self._request(v, self.delete_requested))
        return view

    # --- content ---------------------------------------------------------------------------

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self._all = sorted((a for a in annotations if not a.deleted), key=lambda a: (a.start, a.end))
        self._fill_combo(self.tag_filter, self.tr("All tags"),
                         sorted({t for a in self._all for t in a.tags}))
        self._fill_combo(self.author_filter, self.tr("All authors"),
                         sorted({a.author for a in self._all if a.author}))
        self._refill()

    def _fill_combo(self, combo: QComboBox, all_label: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, "")
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def visible_annotations(self) -> list[Annotation]:
        color = self.color_filter.currentData() or ""
        tag = self.tag_filter.currentData() or ""
        author = self.author_filter.currentData() or ""
        return [
            a for a in self._all
            if (not color or a.color == color)
            and (not tag or tag in a.tags)
            and (not author or a.author == author)
        ]

    def _refill(self) -> None:
        shown = self.visible_annotations()
        anchored = [a for a in shown if not a.orphan]
        orphans = [a for a in shown if a.orphan]
        self._fill_list(self.list, anchored)
        self._fill_list(self.orphan_list, orphans)
        self.count_label.setText(
            self.tr("Showing %1 of %2").replace("%1", str(len(shown))).replace("%2", str(len(self._all)))
        )
        self._update_orphan_section(len(orphans))

    def _fill_list(self, view: QListView, annotations: list[Annotation]) -> None:
        view.model().set_annotations(annotations)

    def _update_orphan_section(self, count: int) -> None:
        self.orphan_label.setVisible(count > 0)
        self.orphan_list.setVisible(count > 0)

    def uuids(self, orphans: bool = False) -> list[str]:
        view = self.orphan_list if orphans else self.list
        return view.model().uuids()

    def select(self, uuid: str) -> None:
        for view in (self.list, self.orphan_list):
            row = view.model().row_of(uuid) if uuid else -1
            if row >= 0:
                view.setCurrentIndex(view.model().index(row))
                return
            view.clearSelection()

    # --- requests --------------------------------------------------------------------------

    def _on_clicked(self, index) -> None:
        self.activated.emit(index.data(UUID_ROLE))

    def _request(self, view: QListView, signal) -> None:
        index = view.currentIndex()
        if index.isValid():
            signal.emit(index.data(UUID_ROLE))

    def _context_menu(self, view: QListView, pos) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        uuid = index.data(UUID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Go to Highlight"), lambda: self.activated.emit(uuid))
        menu.addAction(self.tr("Edit Note and Tags…"), lambda: self.edit_requested.emit(uuid))
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(uuid))
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()
