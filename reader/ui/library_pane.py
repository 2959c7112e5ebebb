"""The library: the imported articles, and a search over all of them.

Each article shows its title, outlet, date and number of annotations. Typing in the search
box runs the library's search (diacritics, letter variants and clitics ignored) and lists
the hits with a snippet; choosing a hit opens the article at the match. The pane only asks
to open things (:attr:`openRequested`, :attr:`hitActivated`); the window does it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.store import LibraryEntry, SearchHit

from .bidi_text import DirectionDelegate, mark_direction

SEARCH_DELAY_MS = 300


class LibraryPane(QWidget):
    openRequested = Signal(str)  # document id
    hitActivated = Signal(str, int, int)  # document id, start, end (-1 when unknown)

    def __init__(self, search_function, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self._search_function = search_function
        #: Another feature's line for an entry (the vocabulary's counts), or None.
        self.details_provider = None
        self._entries: list[LibraryEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("librarySearch")
        self.search_box.setPlaceholderText(self.tr("Search the library…"))
        self.search_box.setClearButtonEnabled(True)
        layout.addWidget(self.search_box)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.stack = QStackedWidget(self)
        self.list = QListWidget(self)
        self.list.setObjectName("libraryList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(DirectionDelegate(self.list))
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        self.hits = QListWidget(self)
        self.hits.setObjectName("searchHits")
        self.hits.setWordWrap(True)
        self.hits.setAlternatingRowColors(True)
        self.hits.setItemDelegate(DirectionDelegate(self.hits))
        self.hits.itemActivated.connect(self._on_hit_activated)
        self.hits.itemClicked.connect(self._on_hit_activated)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.hits)
        layout.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._on_text_changed)
        self.search_box.returnPressed.connect(self.run_search)

    # --- the list --------------------------------------------------------------------------

    def set_entries(self, entries: list[LibraryEntry], current_id: str | None = None) -> None:
        """One item per article: its title, then outlet · date · number of annotations."""
        self._entries = list(entries)
        self.list.clear()
        for entry in entries:
            title = entry.title or self.tr("(untitled)")
            details = [part for part in (entry.outlet, entry.date) if part]
            details.append(self.tr("annotations: %1").replace("%1", str(entry.annotations)))
            extra = self.details_provider(entry) if self.details_provider is not None else ""
            if extra:
                details.append(extra)
            item = QListWidgetItem(mark_direction(title + "\n" + " · ".join(details)))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.source_path or entry.title)
            self.list.addItem(item)
            if entry.id == current_id:
                item.setSelected(True)

    def refresh_details(self) -> None:
        """Show the entries again with what :attr:`details_provider` says of them now,
        without listing the library again (that reads every text's length)."""
        selected = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        self.set_entries(self._entries, selected[0] if selected else None)

    def entry_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(item.data(Qt.ItemDataRole.UserRole))

    # --- search ----------------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.message.hide()
            self.stack.setCurrentWidget(self.list)
            return
        self._timer.start()

    def run_search(self) -> list[SearchHit]:
        self._timer.stop()
        query = self.search_box.text().strip()
        if not query:
            return []
        try:
            hits = self._search_function(query)
        except ReaderError as exc:
            self._show_message(exc.message)
            self.hits.clear()
            self.stack.setCurrentWidget(self.hits)
            return []
        self.hits.clear()
        for hit in hits:
            kind = self.tr("note") if hit.kind == "note" else ""
            title = hit.title + (f" · {kind}" if kind else "")
            item = QListWidgetItem(mark_direction(f"{title}\n{hit.snippet}"))
            item.setData(Qt.ItemDataRole.UserRole, (hit.doc_id, hit.start, hit.end))
            item.setToolTip(hit.snippet)
            self.hits.addItem(item)
        if hits:
            self.message.hide()
        else:
            self._show_message(self.tr("Nothing found for “%1”.").replace("%1", query))
        self.stack.setCurrentWidget(self.hits)
        return hits

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_hit_activated(self, item: QListWidgetItem) -> None:
        doc_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.hitActivated.emit(doc_id, start, end)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
