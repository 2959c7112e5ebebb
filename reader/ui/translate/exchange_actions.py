"""The translation window's File menu: export the translation, the memory and the terms,
and import XLIFF, TMX, TBX or a terms CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from reader.cli_translate import export_translation
from reader.core.errors import ReaderError
from reader.core.exports.termbase_files import export_tbx, export_terms_csv
from reader.core.exports.tmx import export_tmx
from reader.core.exports.translation_import import import_translations
from reader.core.translation.memory import memory_units

from ..dialogs import open_file_names, save_file_name
from ..errors import about_file, show_reader_error


class ExchangeActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.formats = {
            "xliff": (self.tr("XLIFF 1.2…"), self.tr("XLIFF (*.xlf)"), ".xlf"),
            "xliff2": (self.tr("XLIFF 2.0…"), self.tr("XLIFF (*.xlf)"), ".xlf"),
            "tmx": (self.tr("TMX (This Article)…"), self.tr("TMX (*.tmx)"), ".tmx"),
            "html": (self.tr("Bilingual HTML…"), self.tr("HTML (*.html)"), ".html"),
            "docx": (self.tr("Bilingual Word Table…"), self.tr("Word (*.docx)"), ".docx"),
            "tbx": (self.tr("Terms of This Article (TBX)…"), self.tr("TBX (*.tbx)"), ".tbx"),
        }
        self.export_actions = {}
        for fmt, (label, _filter, _suffix) in self.formats.items():
            action = QAction(label, self)
            action.setObjectName(f"export-{fmt}")
            action.triggered.connect(lambda _=False, f=fmt: self.choose_export(f))
            self.export_actions[fmt] = action
        self.export_memory = QAction(self.tr("Whole Translation Memory (TMX)…"), self)
        self.export_memory.triggered.connect(lambda: self._choose("memory", self.tr("TMX (*.tmx)"), ".tmx"))
        self.export_terms = QAction(self.tr("All My Terms (TBX)…"), self)
        self.export_terms.triggered.connect(lambda: self._choose("terms-tbx", self.tr("TBX (*.tbx)"), ".tbx"))
        self.export_terms_csv = QAction(self.tr("All My Terms (CSV)…"), self)
        self.export_terms_csv.triggered.connect(lambda: self._choose("terms-csv", self.tr("CSV (*.csv)"), ".csv"))
        self.import_action = QAction(self.tr("&Import Translation, Memory or Terms…"), self)
        self.import_action.setObjectName("importTranslations")
        self.import_action.triggered.connect(self.choose_import)

    def build(self, menu) -> None:
        export = menu.addMenu(self.tr("&Export"))
        for action in self.export_actions.values():
            export.addAction(action)
        export.addSeparator()
        for action in (self.export_memory, self.export_terms, self.export_terms_csv):
            export.addAction(action)
        menu.addAction(self.import_action)

    def choose_export(self, fmt: str) -> None:
        _label, filter_, suffix = self.formats[fmt]
        self._choose(fmt, filter_, suffix)

    def _choose(self, fmt: str, filter_: str, suffix: str) -> None:
        doc = self.window.doc
        stem = "".join(ch for ch in (doc.title if doc else "translation") if ch.isalnum() or ch in " -_").strip()
        path, _chosen = save_file_name(self.window, self.tr("Export"),
                                       str(Path.home() / f"{stem[:60] or 'translation'}{suffix}"), filter_)
        if path:
            self.export(fmt, path if Path(path).suffix else path + suffix)

    def data(self, fmt: str) -> bytes:
        service = self.window.service
        store = service.session.store
        if fmt == "memory":
            return export_tmx(memory_units(store.db))
        if fmt == "terms-tbx":
            return export_tbx(service.translations.terms())
        if fmt == "terms-csv":
            return export_terms_csv(service.translations.terms()).encode("utf-8")
        return export_translation(store, self.window.doc, fmt)[0]

    def export(self, fmt: str, path: str) -> bool:
        self.window.service.flush()
        try:
            with about_file(path):
                data = self.data(fmt)
                try:
                    Path(path).write_bytes(data)
                except OSError as exc:
                    raise ReaderError(f"cannot write the export ({exc.strerror})", path) from None
        except ReaderError as exc:
            show_reader_error(self.window, self.tr("Export"), exc)
            return False
        self.window.statusBar().showMessage(self.tr("Written to %1").replace("%1", path), 8000)
        return True

    def choose_import(self) -> None:
        paths = open_file_names(self.window, self.tr("Import Translation, Memory or Terms"),
                                str(Path.home()),
                                self.tr("Translation files (*.xlf *.xliff *.tmx *.tbx *.csv);;All files (*)"))
        for path in paths:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        window = self.window
        window.service.flush()
        try:
            with about_file(path):
                result = import_translations(window.service.translations, path, window.doc)
        except ReaderError as exc:
            show_reader_error(window, self.tr("Import"), exc)
            return False
        window.reload()
        window.statusBar().showMessage(f"{Path(path).name}: {result.line()}", 10000)
        return True
