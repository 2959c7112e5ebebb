"""Annotating: turns what the user asks in the reader, the floating toolbar, the menus and
the annotations panel into calls on the :class:`AnnotationService`, and refreshes the views
when the service says something changed.

The "active" annotation is the one the user clicked (in the text or the panel): colour,
edit, delete and copy act on it when no text is selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

from reader.core.errors import ReaderError
from reader.core.model import Annotation, Document

from .actions import AppActions
from .annotation_service import AnnotationService
from .annotations_panel import AnnotationsPanel
from .citation import citation_text
from .error_text import translated_error
from .errors import show_message
from .reader_view import ReaderView
from .selection_toolbar import SelectionToolbar

if TYPE_CHECKING:  # the dialog's module loads when a note is first edited, not at start-up
    from .annotation_dialog import AnnotationDialog


class AnnotationController(QObject):
    #: A note dialog was opened (tests and the screenshot fill it in).
    dialogOpened = Signal(object)

    def __init__(self, view: ReaderView, panel: AnnotationsPanel, service: AnnotationService,
                 actions: AppActions, status_bar: QStatusBar, window: QWidget):
        super().__init__(window)
        self.view = view
        self.panel = panel
        self.service = service
        self.actions = actions
        self.status_bar = status_bar
        self.window = window
        self.doc: Document | None = None
        self.dialog: AnnotationDialog | None = None
        self.toolbar = SelectionToolbar(view.viewport())

        view.set_context_actions(actions.annotation_actions())
        view.selectionFinished.connect(self._show_toolbar_for_selection)
        view.selectionChanged.connect(self._update_actions)
        view.annotationClicked.connect(self.activate)
        view.activeAnnotationChanged.connect(lambda _uuid: self._update_actions())
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.toolbar.hide())
        self.toolbar.colorChosen.connect(self.highlight)
        self.toolbar.noteRequested.connect(self.note)
        self.toolbar.copyRequested.connect(self.copy_citation)
        self.toolbar.deleteRequested.connect(self.delete_active)
        for color, action in actions.highlight.items():
            action.triggered.connect(lambda _=False, c=color: self.highlight(c))
        actions.add_note.triggered.connect(self.note)
        actions.edit_annotation.triggered.connect(self.note)
        actions.delete_annotation.triggered.connect(self.delete_active)
        actions.copy_citation.triggered.connect(self.copy_citation)
        panel.activated.connect(self.jump_to)
        panel.edit_requested.connect(self.edit)
        panel.delete_requested.connect(self.delete)
        service.changed.connect(self._on_changed)
        service.failed.connect(self._on_failed)
        self._update_actions()

    # --- the document -----------------------------------------------------------------------

    def set_document(self, doc: Document | None) -> list[Annotation]:
        self.doc = doc
        self.toolbar.hide()
        annotations = self.service.annotations(doc.id) if doc else []
        self.panel.set_annotations(annotations)
        self._update_actions()
        return annotations

    def _on_changed(self, doc_id: str, uuid: str) -> None:
        if self.doc is None or doc_id != self.doc.id:
            return
        self.reload()
        self.status_bar.showMessage(self.tr("Saved."), 3000)

    def reload(self) -> None:
        """Show the current document's annotations as the library holds them now (after a
        change here, or one another program made)."""
        if self.doc is None:
            return
        annotations = self.service.annotations(self.doc.id)
        live = {a.uuid for a in annotations}
        if self.view.active_annotation and self.view.active_annotation not in live:
            self.view.set_active_annotation("")
        self.view.set_annotations(annotations)
        self.panel.set_annotations(annotations)
        self.panel.select(self.view.active_annotation)
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        message = translated_error(message)
        self.status_bar.showMessage(message, 10000)
        show_message(self.window, self.tr("Not saved"), message)

    # --- what the user asks -------------------------------------------------------------------

    def active(self) -> Annotation | None:
        uuid = self.view.active_annotation
        if not uuid:
            return None
        try:
            a = self.service.get(uuid)
        except ReaderError:
            return None
        return None if a.deleted else a

    def activate(self, uuid: str) -> None:
        """Make ``uuid`` the active annotation ("" clears it) and offer its toolbar."""
        self.view.set_active_annotation(uuid)
        self.panel.select(uuid)
        a = self.active()
        if a is not None and not a.orphan:
            qa, qb = self.view.display.qt_range(a.start, a.end)
            cursor = self.view.textCursor()
            cursor.setPosition(qa)
            self.toolbar.show_for_annotation(self.view.cursorRect(cursor), a.color)
        else:
            self.toolbar.hide()
        self._update_actions()

    def jump_to(self, uuid: str) -> None:
        a = self.service.get(uuid)
        if a.orphan:
            self.view.set_active_annotation("")
            self.status_bar.showMessage(
                self.tr("This note could not be placed in the revised article; its quote: %1")
                .replace("%1", a.quote[:120]), 10000)
            return
        self.view.scroll_to_offset(a.start)
        self.activate(uuid)

    def highlight(self, color: str) -> Annotation | None:
        selected = self.view.selected_range()
        if selected and self.doc is not None:
            created = self.service.add(self.doc.id, *selected, color=color)
            if created is not None:
                self.view.clear_selection()
                self.toolbar.hide()
            return created
        a = self.active()
        if a is not None:
            result = self.service.edit(a.uuid, color=color)
            self.toolbar.hide()
            return result
        return None

    def note(self) -> AnnotationDialog | None:
        """Open the note editor for the selection (new) or the active annotation."""
        from .annotation_dialog import AnnotationDialog

        selected = self.view.selected_range()
        if selected and self.doc is not None:
            quote = self.doc.text[selected[0]:selected[1]]
            dialog = AnnotationDialog(self.window, quote, new=True)
            dialog.accepted.connect(lambda d=dialog, r=selected, doc=self.doc.id: self._add_with_note(d, doc, r))
        else:
            a = self.active()
            if a is None:
                return None
            dialog = AnnotationDialog(self.window, a.quote, note=a.note, tags=a.tags,
                                      color=a.color, new=False)
            dialog.accepted.connect(lambda d=dialog, u=a.uuid: self.service.edit(u, **d.values()))
        self.toolbar.hide()
        return self._open(dialog)

    def edit(self, uuid: str) -> AnnotationDialog:
        self.view.set_active_annotation(uuid)
        self.view.clear_selection()
        return self.note()

    def _open(self, dialog: AnnotationDialog) -> AnnotationDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def _add_with_note(self, dialog: AnnotationDialog, doc_id: str, selected) -> None:
        values = dialog.values()
        if self.service.add(doc_id, *selected, **values) is not None:
            self.view.clear_selection()

    def delete(self, uuid: str) -> bool:
        ok = self.service.delete(uuid)
        if ok and self.view.active_annotation == uuid:
            self.view.set_active_annotation("")
        self.toolbar.hide()
        return ok

    def delete_active(self) -> bool:
        a = self.active()
        return self.delete(a.uuid) if a is not None else False

    def copy_citation(self) -> str:
        if self.doc is None:
            return ""
        selected = self.view.selected_range()
        if selected:
            quote = self.doc.text[selected[0]:selected[1]]
        else:
            a = self.active()
            if a is None:
                return ""
            quote = a.quote
        text = citation_text(quote, self.doc)
        QApplication.clipboard().setText(text)
        self.status_bar.showMessage(self.tr("Copied with citation."), 3000)
        self.toolbar.hide()
        return text

    # --- toolbar and enabled state -------------------------------------------------------------

    def _show_toolbar_for_selection(self) -> None:
        if self.doc is not None and self.view.selected_range():
            self.view.set_active_annotation("")
            self.toolbar.show_for_selection(self.view.selection_rect())

    def _update_actions(self) -> None:
        has_doc = self.doc is not None
        selected = has_doc and self.view.selected_range() is not None
        active = has_doc and bool(self.view.active_annotation)
        if not selected and not active:
            self.toolbar.hide()
        for action in self.actions.highlight.values():
            action.setEnabled(selected or active)
        self.actions.add_note.setEnabled(selected)
        self.actions.edit_annotation.setEnabled(active and not selected)
        self.actions.delete_annotation.setEnabled(active and not selected)
        self.actions.copy_citation.setEnabled(selected or active)

