"""What the article's context menu offers about the claim or entity under the mouse:
review the claim (set its status), teach the entity, or add the selected text as an entity.

The actions are added once to the reader's context actions; before each menu shows, the
text marks report the offset that was right-clicked and the actions are rebuilt for it
(hidden when there is no claim or entity there).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from reader.core.model import ENTITY_TYPES

from .entities_tab import EntitiesTab
from .labels import REVIEW_STATUSES, dot_icon, entity_color, entity_type_name, status_icon, status_label
from .marks import TextMarks


class TextMenu(QObject):
    #: (claim key, status) chosen from the text's menu.
    reviewRequested = Signal(str, str)
    #: Show this claim's review in the Claims tab.
    claimOpened = Signal(str)
    #: Add the selected text as an entity of this type.
    addSelectionRequested = Signal(str)

    def __init__(self, marks: TextMarks, entities_tab: EntitiesTab, has_selection, parent: QObject):
        super().__init__(parent)
        self.marks = marks
        self.entities_tab = entities_tab
        self.has_selection = has_selection
        self.claim_action = QAction(self.tr("Review Claim"), self)
        self.claim_action.setObjectName("reviewClaimMenu")
        self.claim_menu = QMenu()
        self.claim_action.setMenu(self.claim_menu)
        self.entity_action = QAction(self.tr("Entity"), self)
        self.entity_action.setObjectName("entityMenu")
        self.add_action = QAction(self.tr("Mark Selection as Entity"), self)
        self.add_action.setObjectName("addEntityMenu")
        self.add_menu = QMenu()
        for type_ in ENTITY_TYPES:
            self.add_menu.addAction(dot_icon(entity_color(type_)), entity_type_name(type_),
                                    lambda t=type_: self.addSelectionRequested.emit(t))
        self.add_action.setMenu(self.add_menu)
        self._entity_menu: QMenu | None = None
        self.claim_key = ""
        marks.contextOffsetChanged.connect(self.update_for)
        self.update_for(-1)

    def actions(self) -> list[QAction]:
        return [self.claim_action, self.entity_action, self.add_action]

    def update_for(self, offset: int) -> None:
        """Rebuild the actions for the claim and entity at ``offset`` (-1: none)."""
        claim = self.marks.claim_at(offset) if offset >= 0 else None
        self.claim_key = claim.key if claim is not None else ""
        self.claim_menu.clear()
        if claim is not None:
            current = self.marks.status(claim.key)
            group = QActionGroup(self.claim_menu)
            for status in REVIEW_STATUSES:
                action = self.claim_menu.addAction(status_icon(status), status_label(status))
                action.setCheckable(True)
                action.setChecked(status == current)
                action.setData(status)
                group.addAction(action)
                action.triggered.connect(lambda _=False, k=claim.key, s=status: self.reviewRequested.emit(k, s))
            self.claim_menu.addSeparator()
            self.claim_menu.addAction(self.tr("Note and History…"), lambda k=claim.key: self.claimOpened.emit(k))
        self.claim_action.setVisible(claim is not None)

        entity = self.marks.entity_at(offset) if offset >= 0 else None
        group = None
        if entity is not None:
            group = next((g for g in self.entities_tab.groups()
                          if g.type == entity.type and g.canonical == (entity.canonical or entity.text)), None)
        if self._entity_menu is not None:
            self.entity_action.setMenu(None)
            self._entity_menu.deleteLater()
            self._entity_menu = None
        if group is not None:
            self._entity_menu = self.entities_tab.build_menu(group)
            self.entity_action.setMenu(self._entity_menu)
            self.entity_action.setText(self.tr("Entity: %1").replace("%1", group.canonical))
        self.entity_action.setVisible(group is not None)
        self.add_action.setEnabled(bool(self.has_selection()))
