"""Setting up the desk from the window: the address, joining and leaving, background sync,
what waits in each direction, and the conflicts list with Restore.

Everything that talks to the desk or writes the library runs on the desk's thread
(:class:`~reader.ui.desk_sync.DeskSync`); the dialog only shows and asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from .bidi_text import FSI, PDI
from .desk_sync import DeskSync, clock_text


def _conflict_rows(store) -> list[tuple]:
    """(id, what, field, kept, lost, lost by, restored) for the list; on the desk's thread."""
    from reader.core.desk.engine import conflict_list, short_value

    return [(c.id, what, c.field, short_value(c.won_value, 60), short_value(c.lost_value, 60),
             c.lost_author, bool(c.restored)) for c, what in conflict_list(store)]


class DeskDialog(QDialog):
    def __init__(self, desk: DeskSync, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deskDialog")
        self.desk = desk
        self._joined = False
        self._loading = False
        self.setWindowTitle(self.tr("Editorial Desk"))
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "A desk is a PostgreSQL database your team shares. Your library stays the working "
            "copy; syncing sends your annotations, reviews, teachings and translations and "
            "brings everyone else's. Your saved words and word statuses go only to your own "
            "other libraries."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit(self)
        self.address.setObjectName("deskAddress")
        self.address.setPlaceholderText(self.tr("service name or postgresql://user@host/database"))
        form.addRow(self.tr("Address:"), self.address)
        hint = QLabel(self.tr("Passwords are read from ~/.pgpass or the service file; the "
                              "reader never stores them."))
        hint.setWordWrap(True)
        hint.setObjectName("deskPasswordHint")
        form.addRow("", hint)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.join_button = QPushButton(self.tr("&Join"), self)
        self.join_button.setObjectName("deskJoin")
        self.leave_button = QPushButton(self.tr("&Leave"), self)
        self.leave_button.setObjectName("deskLeave")
        self.sync_button = QPushButton(self.tr("&Sync Now"), self)
        self.sync_button.setObjectName("deskSyncNow")
        for b in (self.join_button, self.leave_button, self.sync_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        background = QHBoxLayout()
        self.auto = QCheckBox(self.tr("Sync in the &background every"), self)
        self.auto.setObjectName("deskAuto")
        self.interval = QSpinBox(self)
        self.interval.setObjectName("deskInterval")
        self.interval.setRange(1, 240)
        self.interval.setSuffix(self.tr(" min"))
        background.addWidget(self.auto)
        background.addWidget(self.interval)
        background.addStretch(1)
        layout.addLayout(background)

        self.status = QLabel(self)
        self.status.setObjectName("deskStatusText")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        group = QGroupBox(self.tr("Conflicts"), self)
        box = QVBoxLayout(group)
        explain = QLabel(self.tr("When the same field was changed on two machines, the later "
                                 "change was kept; the other is here. Restore puts it back."))
        explain.setWordWrap(True)
        box.addWidget(explain)
        self.conflicts = QTreeWidget(group)
        self.conflicts.setObjectName("deskConflicts")
        self.conflicts.setHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("Kept"),
                                        self.tr("Lost"), self.tr("Lost by")])
        self.conflicts.setRootIsDecorated(False)
        self.conflicts.setMinimumHeight(140)  # a few rows always show
        for column, width in enumerate((220, 70, 180, 180)):
            self.conflicts.setColumnWidth(column, width)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        box.addWidget(self.conflicts)
        self.restore_button = QPushButton(self.tr("&Restore the Lost Value"), group)
        self.restore_button.setObjectName("deskRestore")
        box.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(group, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.join_button.clicked.connect(self.join)
        self.leave_button.clicked.connect(self.leave)
        self.sync_button.clicked.connect(desk.sync_now)
        self.restore_button.clicked.connect(self.restore)
        self.auto.toggled.connect(self._save_background)
        self.interval.editingFinished.connect(self._save_background)
        self.conflicts.itemSelectionChanged.connect(self._update_buttons)
        desk.synced.connect(lambda _report: self.refresh())
        desk.syncFailed.connect(self._show_problem)
        desk.statusChanged.connect(lambda _line: self._update_buttons())
        self.resize(780, 680)
        self._loading = False
        self.refresh()

    # --- showing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the settings now, then the status and the conflicts from the desk's thread."""
        from reader.core.desk import status

        s = self.desk.settings()
        self._loading = True
        self.address.setText(s["url"] or self.address.text())
        self.auto.setChecked(s["auto"])
        self.interval.setValue(max(1, s["interval"] // 60))
        self._loading = False
        self._joined = s["url"] is not None
        self._update_buttons()
        if self._joined:
            self.status.setText(self.tr("Asking the desk…"))
            self.desk.call(lambda store: (status(store), _conflict_rows(store)), self._show_status,
                           self._show_problem)
        else:
            self.status.setText(self.tr("This library has not joined a desk."))
            self.conflicts.clear()

    def _show_status(self, result) -> None:
        s, rows = result
        lines = [self.tr("Connected as %1.").replace("%1", s.user)]
        lines.append(self.tr("To send: %n change(s)", "", s.outgoing)
                     + (" " + self.tr("(%n refused by the desk, kept here)", "", s.refused)
                        if s.refused else ""))
        if s.incoming is None:
            lines.append(self.tr("To receive: unknown, the desk cannot be reached (%1)")
                         .replace("%1", s.offline_reason))
        else:
            lines.append(self.tr("To receive: %n change(s)", "", s.incoming))
        when = f"{FSI}{clock_text(s.last_sync)}{PDI}" if s.last_sync else self.tr("never")
        lines.append(self.tr("Last sync: %1").replace("%1", when))
        if s.last_error:
            lines.append(self.tr("Last problem: %1").replace("%1", s.last_error))
        self.status.setText("\n".join(lines))
        self.conflicts.clear()
        for cid, what, field, kept, lost, by, restored in rows:
            item = QTreeWidgetItem([what, field, kept, lost, by])
            for column, text in enumerate((what, field, kept, lost, by)):
                item.setToolTip(column, text)
            item.setData(0, Qt.ItemDataRole.UserRole, cid)
            if restored:
                item.setToolTip(0, self.tr("Restored"))
                for column in range(5):
                    item.setForeground(column, self.palette().placeholderText())
            item.setData(1, Qt.ItemDataRole.UserRole, restored)
            self.conflicts.addTopLevelItem(item)
        self._update_buttons()

    def _show_problem(self, message: str) -> None:
        from .error_text import translated_error

        self.status.setText(self.tr("The desk said: %1").replace("%1", translated_error(message)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.desk.syncing
        self.join_button.setEnabled(not self._joined)
        self.address.setReadOnly(self._joined)
        self.leave_button.setEnabled(self._joined and not busy)
        self.sync_button.setEnabled(self._joined and not busy)
        item = self.conflicts.currentItem()
        self.restore_button.setEnabled(
            item is not None and not item.data(1, Qt.ItemDataRole.UserRole))

    # --- doing ------------------------------------------------------------------------------------

    def join(self) -> None:
        from reader.core.desk import join

        target = self.address.text().strip()
        if not target:
            self.status.setText(self.tr("Type the desk's address first."))
            return
        self.join_button.setEnabled(False)
        self.status.setText(self.tr("Joining…"))

        def joined(result) -> None:
            address, info, _queued = result
            self.desk.refresh_settings()
            self.refresh()
            if address.had_password:
                self.status.setText(self.status.text() + "\n" + self.tr(
                    "The password in the address was used once and not saved: put it in "
                    "~/.pgpass so that syncs can log in."))

        self.desk.call(lambda store: join(store, target), joined, self._join_failed)

    def _join_failed(self, message: str) -> None:
        self._show_problem(message)
        self.join_button.setEnabled(True)

    def leave(self) -> None:
        from reader.core.desk import leave

        def left(_result) -> None:
            self.desk.refresh_settings()
            self.address.setReadOnly(False)
            self.refresh()

        self.desk.call(leave, left, self._show_problem)

    def restore(self) -> None:
        from reader.core.desk import restore_conflict

        item = self.conflicts.currentItem()
        if item is None:
            return
        cid = item.data(0, Qt.ItemDataRole.UserRole)

        def restored(said: str) -> None:
            self.desk.session.check_for_changes()
            self.refresh()

        self.desk.call(lambda store: restore_conflict(store, cid), restored, self._show_problem)

    def _save_background(self, *_args) -> None:
        if self._loading:
            return
        from reader.core.desk import local

        auto, minutes = self.auto.isChecked(), self.interval.value()

        def save(store) -> None:
            with store.transaction():
                local.put(store.db, local.AUTO, "1" if auto else "0")
                local.put(store.db, local.INTERVAL, minutes * 60)

        self.desk.call(save, lambda _r: self.desk.refresh_settings(), self._show_problem)
