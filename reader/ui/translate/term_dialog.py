"""Adding a term from a selection: source term, target term, note, domain."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit


class TermDialog(QDialog):
    def __init__(self, source: str, target: str, parent=None):
        super().__init__(parent)
        self.setObjectName("termDialog")
        self.setWindowTitle(self.tr("Add Term"))
        self.source = QLineEdit(source, self)
        self.source.setObjectName("termSource")
        self.target = QLineEdit(target, self)
        self.target.setObjectName("termTarget")
        self.note = QLineEdit(self)
        self.note.setObjectName("termNote")
        self.domain = QLineEdit(self)
        self.domain.setObjectName("termDomain")
        self.domain.setPlaceholderText(self.tr("e.g. finance, law"))
        form = QFormLayout(self)
        form.addRow(self.tr("Source term"), self.source)
        form.addRow(self.tr("Target term"), self.target)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Domain"), self.domain)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for field in (self.source, self.target):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.source.text().strip() and self.target.text().strip()))

    def values(self) -> tuple[str, str, str, str]:
        return (self.source.text().strip(), self.target.text().strip(), self.note.text().strip(),
                self.domain.text().strip())
