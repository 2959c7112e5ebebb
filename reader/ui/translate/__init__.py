"""The translator's window: segments, memory, terms, exchange. :func:`install_translation`
adds the Translate menu to a main window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication


class TranslationFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.service = None
        self.translation_window = None
        self.action = QAction(self.tr("&Translate This Article…"), self)
        self.action.setObjectName("translateArticle")
        self.action.setShortcut("Ctrl+T")
        self.action.triggered.connect(self.open)
        menu = window.menuBar().addMenu(self.tr("&Translate"))
        menu.setObjectName("translateMenu")
        view = window.menus.get("view")
        if view is not None:  # keep View last
            window.menuBar().insertMenu(view.menuAction(), menu)
        menu.addAction(self.action)
        window.menus["translate"] = menu
        window.documentChanged.connect(self._document_changed)
        self.action.setEnabled(window.current_document() is not None)

    def _entities(self):
        from reader.core.translation.termbase import ArticleEntity

        feature = getattr(self.window, "analysis_feature", None)
        analysis = getattr(feature, "analysis", None) if feature is not None else None
        if analysis is None:
            return ()
        return [ArticleEntity(e.start, e.end, e.text, e.type, e.canonical) for e in analysis.entities]

    def open(self):
        from .translation_service import TranslationService
        from .translation_window import TranslationWindow

        doc = self.window.current_document()
        if doc is None:
            return None
        if self.service is None:
            self.service = TranslationService(self.window.session,
                                              self.window.session.annotations.author, self)
        if self.translation_window is None:
            self.translation_window = TranslationWindow(self.service, doc, self._entities)
        elif self.translation_window.doc.id != doc.id:
            self.service.flush()
            self.translation_window.load(doc)
        tw = self.translation_window
        if tw.isVisible() and QGuiApplication.platformName() != "offscreen":
            tw.raise_()
            tw.activateWindow()
        tw.show()
        return tw

    def _document_changed(self, doc) -> None:
        self.action.setEnabled(doc is not None)
        tw = self.translation_window
        if tw is not None and tw.isVisible() and doc is not None and doc.id != tw.doc.id:
            self.service.flush()
            tw.load(doc)


def install_translation(window) -> TranslationFeature:
    """Add the Translate menu to ``window`` (a MainWindow); kept as
    ``window.translation_feature``."""
    existing = getattr(window, "translation_feature", None)
    if existing is None:
        existing = window.translation_feature = TranslationFeature(window)
    return existing
