"""The Entities tab: the article's entities grouped by type, one row per canonical entity
with its count. A click on a row goes to its next occurrence in the text (it cycles); the
context menu teaches the recogniser (accept, reject, rename, retype, merge, add the
selected text). Like the annotations panel, the tab only emits what the user asked for.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import ENTITY_TYPES, Entity
from reader.core.text import fold

from ..bidi_text import alignment_for, ltr_isolate, mark_direction
from .labels import dot_icon, entity_color, entity_type_label, entity_type_name
from .slices import BATCH

GROUP_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class EntityGroup:
    """One canonical entity of an article and where it occurs."""

    type: str
    canonical: str
    forms: tuple[str, ...]
    occurrences: tuple[tuple[int, int], ...]  # document offsets, in text order

    @property
    def key(self) -> str:
        return f"{self.type}:{self.canonical}"


def group_entities(entities) -> list[EntityGroup]:
    """One group per type and canonical name; canonical names that differ only in
    diacritics, hamza seats or ى/ي (يوم الاثنين، يوم الإثنين) are one entity, shown under the
    spelling met first."""
    groups: list[EntityGroup] = []
    for _ in _grouping(entities, groups):
        pass
    return groups


def _grouping(entities, out: list[EntityGroup]):
    """:func:`group_entities` into ``out``, as a generator that yields every few thousand
    entities (a book has a hundred thousand: see :mod:`.slices`)."""
    groups: dict[tuple[str, str], list[Entity]] = {}
    names: dict[tuple[str, str], str] = {}
    for i, e in enumerate(sorted(entities, key=lambda e: e.start)):
        name = e.canonical or e.text
        key = (e.type, " ".join(fold(name).split()) or name)
        names.setdefault(key, name)
        groups.setdefault(key, []).append(e)
        if i % (20 * BATCH) == 20 * BATCH - 1:
            yield
    out.extend(
        EntityGroup(key[0], names[key], tuple(dict.fromkeys(e.text for e in members)),
                    tuple((e.start, e.end) for e in members))
        for key, members in groups.items()
    )


_AMOUNT = re.compile(r"^(\d+)(\.\d+)?(?: ([A-Z]{3}))?$")
#: Types whose canonical name is a normalised value (37000000000 USD), not a name.
VALUE_TYPES = ("MONEY", "QUANTITY", "PERCENT", "DATE")


def display_name(group: "EntityGroup") -> str:
    """The name shown for a group: a name as canonical; an amount, a percentage or a date as
    the article writes it (37 مليار دولار, not USD 37,000,000,000)."""
    if group.type in VALUE_TYPES and group.forms:
        return group.forms[0]
    return group.canonical


def value_label(canonical: str, locale: QLocale | None = None) -> str:
    """A canonical amount in the interface's locale (٣٧٬٠٠٠٬٠٠٠٬٠٠٠ USD in Arabic), the
    currency kept after the number in either direction; other names as they are."""
    m = _AMOUNT.match(canonical)
    if not m:
        return canonical
    locale = locale or QLocale()
    number = locale.toString(int(m.group(1))) if not m.group(2) else locale.toString(float(m.group(1) + m.group(2)))
    return ltr_isolate(f"{number} {m.group(3)}" if m.group(3) else number)


class EntitiesTab(QWidget):
    #: Select and show this document range (start, end).
    occurrenceRequested = Signal(int, int)
    #: (action, EntityGroup, value, type): accept/reject/rename/retype/merge asked.
    teachRequested = Signal(str, object, str, str)
    #: Add the text selected in the article as an entity of this type.
    addSelectionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entitiesTab")
        self._groups: list[EntityGroup] = []
        self._next: dict[str, int] = {}
        self._has_selection = lambda: False
        self.dialog: QInputDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status = QLabel(self)
        self.status.setObjectName("entitiesStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("entityTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree, 1)
        self.position = QLabel(self)
        self.position.setObjectName("entityPosition")
        layout.addWidget(self.position)
        self.set_message(self.tr("No article is open."))

    def set_selection_check(self, has_selection) -> None:
        """``has_selection()`` says whether text is selected in the article (for "Add")."""
        self._has_selection = has_selection

    # --- content ---------------------------------------------------------------------------

    def set_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_entities(self, entities) -> None:
        for _ in self.fill(entities):
            pass

    def fill(self, entities):
        """:meth:`set_entities` as a generator that yields every ``BATCH`` rows (see
        :mod:`.slices`)."""
        self._groups = []
        yield from _grouping(entities, self._groups)
        keys = {g.key for g in self._groups}
        self._next = {k: v for k, v in self._next.items() if k in keys}
        collapsed = {self.tree.topLevelItem(i).data(0, GROUP_ROLE)
                    for i in range(self.tree.topLevelItemCount())
                    if not self.tree.topLevelItem(i).isExpanded()}
        self.tree.clear()
        by_type: dict[str, list[EntityGroup]] = {}
        for g in self._groups:
            by_type.setdefault(g.type, []).append(g)
        for type_ in ENTITY_TYPES:
            members = sorted(by_type.get(type_, ()), key=lambda g: (-len(g.occurrences), g.canonical))
            if not members:
                continue
            top = QTreeWidgetItem([entity_type_label(type_), str(sum(len(g.occurrences) for g in members))])
            top.setIcon(0, dot_icon(entity_color(type_)))
            top.setData(0, GROUP_ROLE, type_)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for first in range(0, len(members), BATCH):
                top.addChildren([self._group_item(g) for g in members[first:first + BATCH]])
                if not first:
                    top.setExpanded(type_ not in collapsed)
                yield
        self.set_message("" if self._groups else self.tr("No entities found."))
        self.position.clear()

    @staticmethod
    def _group_item(g: EntityGroup) -> QTreeWidgetItem:
        item = QTreeWidgetItem([mark_direction(display_name(g)), str(len(g.occurrences))])
        item.setData(0, GROUP_ROLE, g)
        item.setTextAlignment(0, alignment_for(display_name(g)))
        forms = "، ".join(g.forms)
        item.setToolTip(0, f"{forms}\n{value_label(g.canonical)}" if g.type in VALUE_TYPES else forms)
        return item

    def groups(self) -> list[EntityGroup]:
        return list(self._groups)

    def item_for(self, canonical: str, type_: str | None = None) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                g = top.child(j).data(0, GROUP_ROLE)
                if g.canonical == canonical and (type_ is None or g.type == type_):
                    return top.child(j)
        return None

    # --- going through occurrences ---------------------------------------------------------

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        g = item.data(0, GROUP_ROLE)
        if isinstance(g, EntityGroup):
            self.show_next(g)

    def show_next(self, g: EntityGroup) -> tuple[int, int]:
        """Go to the next occurrence of ``g`` (the first after the last one)."""
        i = self._next.get(g.key, 0) % len(g.occurrences)
        self._next[g.key] = i + 1
        start, end = g.occurrences[i]
        self.position.setText(self.tr("%1: %2 of %3").replace("%1", display_name(g))
                              .replace("%2", str(i + 1)).replace("%3", str(len(g.occurrences))))
        self.occurrenceRequested.emit(start, end)
        return start, end

    # --- teaching --------------------------------------------------------------------------

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        g = item.data(0, GROUP_ROLE) if item is not None else None
        menu = self.build_menu(g if isinstance(g, EntityGroup) else None)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_menu(self, g: EntityGroup | None) -> QMenu:
        menu = QMenu(self)
        if g is not None:
            menu.addAction(self.tr("Go to Next Occurrence"), lambda: self.show_next(g))
            menu.addSeparator()
            menu.addAction(self.tr("Accept"), lambda: self.teachRequested.emit("accept", g, "", ""))
            menu.addAction(self.tr("Reject (Not an Entity)"),
                           lambda: self.teachRequested.emit("reject", g, "", ""))
            menu.addAction(self.tr("Rename…"), lambda: self.ask_rename(g))
            retype = menu.addMenu(self.tr("Change Type"))
            for type_ in ENTITY_TYPES:
                action = retype.addAction(dot_icon(entity_color(type_)), entity_type_name(type_),
                                          lambda t=type_: self.teachRequested.emit("retype", g, "", t))
                action.setEnabled(type_ != g.type)
            merge = menu.addAction(self.tr("Merge With…"), lambda: self.ask_merge(g))
            merge.setEnabled(len(self._groups) > 1)
            menu.addSeparator()
        add = menu.addMenu(self.tr("Add Selected Text As"))
        add.setEnabled(bool(self._has_selection()))
        for type_ in ENTITY_TYPES:
            add.addAction(dot_icon(entity_color(type_)), entity_type_name(type_),
                          lambda t=type_: self.addSelectionRequested.emit(t))
        return menu

    def ask_rename(self, g: EntityGroup) -> QInputDialog:
        dialog = self._dialog(self.tr("Rename Entity"), self.tr("Canonical name for “%1”:").replace("%1", g.canonical))
        dialog.setTextValue(g.canonical)
        dialog.textValueSelected.connect(
            lambda text: text.strip() and text.strip() != g.canonical
            and self.teachRequested.emit("rename", g, text.strip(), ""))
        dialog.open()
        return dialog

    def ask_merge(self, g: EntityGroup) -> QInputDialog:
        others = [o for o in self._groups if o.key != g.key]
        labels = [f"{o.canonical} ({entity_type_name(o.type)})" for o in others]
        dialog = self._dialog(self.tr("Merge Entities"), self.tr("Make “%1” the same entity as:").replace("%1", g.canonical))
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)

        def chosen(label: str) -> None:
            if label in labels:
                other = others[labels.index(label)]
                self.teachRequested.emit("merge", g, other.canonical, other.type)

        dialog.textValueSelected.connect(chosen)
        dialog.open()
        return dialog

    def _dialog(self, title: str, label: str) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("entityDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        return dialog
