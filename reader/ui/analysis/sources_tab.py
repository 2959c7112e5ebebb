"""The Sources tab: who the article's claims come from. One row per source (its resolved
name, and the chain through which it was reported, e.g. "مصدر مقرب … ← الأوقات المالية")
with a badge for its kind, and its claims under it; a click goes to the claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reader.core.model import Claim
from reader.core.reports.scorecard import claim_kind, source_name

from ..bidi_text import alignment_for, mark_direction
from .badges import BADGE_COLOR_ROLE, BADGE_NOTE_ROLE, BADGE_TEXT_ROLE, BadgedTextDelegate
from .labels import kind_color, kind_label, status_icon, status_label
from .presentation import snippet, via_chain
from .slices import BATCH

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SourceGroup:
    name: str  # resolved ("" for claims with no source)
    kind: str
    chains: tuple[str, ...]  # "name ← via" for each outlet it came through, else the name
    claims: tuple[Claim, ...]


def group_sources(claims) -> list[SourceGroup]:
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.start):
        groups.setdefault((source_name(c), claim_kind(c)), []).append(c)
    out = []
    for (name, kind), members in groups.items():
        chains = tuple(dict.fromkeys(via_chain(c) for c in members))
        out.append(SourceGroup(name, kind, chains, tuple(members)))
    return out


def claims_count(translated: str, n: int) -> str:
    """The translated count; the untranslated English source text gets its plural here."""
    if "claim(s)" in translated:
        return f"{n} claim" if n == 1 else f"{n} claims"
    return translated


class SourcesTab(QWidget):
    #: Go to this claim (its key).
    claimActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourcesTab")
        self._groups: list[SourceGroup] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status = QLabel(self)
        self.status.setObjectName("sourcesStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sourceTree")
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(BadgedTextDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        layout.addWidget(self.tree, 1)
        self.set_message(self.tr("No article is open."))

    def set_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_claims(self, claims, statuses: dict[str, str]) -> None:
        for _ in self.fill(claims, statuses):
            pass

    def fill(self, claims, statuses: dict[str, str]):
        """:meth:`set_claims` as a generator that yields every ``BATCH`` rows (see
        :mod:`.slices`)."""
        self._groups = group_sources(claims)
        self.tree.clear()
        for g in self._groups:
            label = "\n".join(g.chains) if g.name else self.tr("No source given")
            top = QTreeWidgetItem([label])
            top.setData(0, BADGE_COLOR_ROLE, kind_color(g.kind))
            top.setData(0, BADGE_TEXT_ROLE, kind_label(g.kind))
            top.setData(0, BADGE_NOTE_ROLE, claims_count(self.tr("%n claim(s)", "", len(g.claims)), len(g.claims)))
            top.setData(0, KEY_ROLE, g.claims[0].key)
            top.setToolTip(0, label)
            self.tree.addTopLevelItem(top)
            for first in range(0, len(g.claims), BATCH):
                top.addChildren([self._claim_item(c, statuses) for c in g.claims[first:first + BATCH]])
                if not first:
                    top.setExpanded(True)
                yield
        self.set_message("" if self._groups else self.tr("No claims found."))

    @staticmethod
    def _claim_item(c: Claim, statuses: dict[str, str]) -> QTreeWidgetItem:
        status = statuses.get(c.key, "unreviewed")
        text = snippet(c.text)
        child = QTreeWidgetItem([mark_direction(text)])
        child.setIcon(0, status_icon(status))
        child.setTextAlignment(0, alignment_for(text))
        child.setData(0, KEY_ROLE, c.key)
        child.setToolTip(0, status_label(status) + "\n" + c.text)
        return child

    def groups(self) -> list[SourceGroup]:
        return list(self._groups)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.claimActivated.emit(key)
