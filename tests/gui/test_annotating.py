"""Annotating in the window: highlight with a note, reopen, undo/redo, delete."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _range_of(doc, phrase: str) -> tuple[int, int]:
    start = doc.text.index(phrase)
    return start, start + len(phrase)


def _extra_ranges(view) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()]


def _highlight_with_note(qtbot, window, start: int, end: int, note: str, tags: str):
    view = window.reader
    view.select_range(start, end)
    assert view.selected_range() == (start, end)
    with qtbot.waitSignal(window.annotator.dialogOpened) as opened:
        window.actions.add_note.trigger()
    dialog = opened.args[0]
    dialog.note_edit.setPlainText(note)
    dialog.tags_edit.setText(tags)
    dialog.color_box.setCurrentIndex(dialog.color_box.findData("green"))
    with qtbot.waitSignal(window.session.annotations.changed):
        dialog.accept()


def test_highlight_with_note_survives_reopening(qtbot, make_window, db_path):
    window = make_window()
    doc = window.open_sample()
    # "القروض الصغيرة" starts inside the word after "ال": a range starting mid-word.
    start, end = _range_of(doc, "قروض الصغيرة")
    _highlight_with_note(qtbot, window, start, end, "small loans — ملاحظة", "finance، قروض")

    stored = window.session.store.annotations(doc.id)
    assert len(stored) == 1
    a = stored[0]
    assert (a.start, a.end, a.quote) == (start, end, "قروض الصغيرة")
    assert a.note == "small loans — ملاحظة"
    assert a.tags == ("finance", "قروض")
    assert a.color == "green"
    assert window.annotations_panel.uuids() == [a.uuid]
    make_window.close(window)

    again = make_window(db=db_path)
    again.open_initial([])  # reopens the last article read
    assert again.current_document().id == doc.id
    view = again.reader
    view.scroll_to_offset(start)
    qt_range = view.display.qt_range(start, end)
    assert qt_range in _extra_ranges(view)
    selections = view.extraSelections()
    texts = [s.cursor.selectedText() for s in selections
             if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == qt_range]
    assert texts == ["قروض الصغيرة"]
    assert again.session.store.annotation(a.uuid).quote == "قروض الصغيرة"
    assert again.annotations_panel.uuids() == [a.uuid]


def test_undo_and_redo_every_change(qtbot, window):
    service = window.session.annotations
    doc = window.current_document()
    start, end = _range_of(doc, "مشروع مشترك")
    window.reader.select_range(start, end)
    with qtbot.waitSignal(service.changed):
        window.actions.highlight["yellow"].trigger()
    (a,) = service.annotations(doc.id)
    assert a.color == "yellow"
    assert window.reader.selected_range() is None  # the selection became the highlight

    window.reader.set_active_annotation(a.uuid)
    with qtbot.waitSignal(service.changed):
        window.actions.highlight["blue"].trigger()
    assert service.get(a.uuid).color == "blue"

    with qtbot.waitSignal(service.changed):
        window.undo_action.trigger()
    assert service.get(a.uuid).color == "yellow"
    with qtbot.waitSignal(service.changed):
        window.undo_action.trigger()
    assert service.get(a.uuid).deleted  # undoing the highlight leaves a tombstone
    assert window.reader.highlight_ranges() == []
    assert window.annotations_panel.uuids() == []
    assert not window.undo_action.isEnabled()

    with qtbot.waitSignal(service.changed):
        window.redo_action.trigger()
    assert not service.get(a.uuid).deleted
    assert [r.key for r in window.reader.highlight_ranges()] == [a.uuid]
    with qtbot.waitSignal(service.changed):
        window.redo_action.trigger()
    assert service.get(a.uuid).color == "blue"
    assert not window.redo_action.isEnabled()


def test_deleted_highlight_stays_deleted_after_reopening(qtbot, make_window, db_path):
    window = make_window()
    doc = window.open_sample()
    service = window.session.annotations
    start, end = _range_of(doc, "جاك ما")
    kept_start, kept_end = _range_of(doc, "علي بابا")
    gone = service.add(doc.id, start, end, color="pink")
    kept = service.add(doc.id, kept_start, kept_end, color="yellow")
    window.annotator.activate(gone.uuid)
    with qtbot.waitSignal(service.changed):
        window.actions.delete_annotation.trigger()
    assert service.get(gone.uuid).deleted
    # undo brings it back, redo deletes it again
    with qtbot.waitSignal(service.changed):
        window.undo_action.trigger()
    assert not service.get(gone.uuid).deleted
    with qtbot.waitSignal(service.changed):
        window.redo_action.trigger()
    make_window.close(window)

    again = make_window(db=db_path)
    again.open_initial([])
    assert [a.uuid for a in again.session.annotations.annotations(doc.id)] == [kept.uuid]
    assert [r.key for r in again.reader.highlight_ranges()] == [kept.uuid]
    assert again.session.store.annotation(gone.uuid).deleted


def test_panel_requests_go_through_the_service(qtbot, window):
    service = window.session.annotations
    doc = window.current_document()
    first = service.add(doc.id, *_range_of(doc, "الهيئات التنظيمية"), color="green", tags=("x",))
    second = service.add(doc.id, *_range_of(doc, "أليباي"), color="pink")
    panel = window.annotations_panel
    assert panel.uuids() == [first.uuid, second.uuid]  # text order
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("pink"))
    assert panel.uuids() == [second.uuid]
    panel.color_filter.setCurrentIndex(0)
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("x"))
    assert panel.uuids() == [first.uuid]
    panel.tag_filter.setCurrentIndex(0)
    assert panel.author_filter.count() == 1 + len({first.author} - {""})

    panel.activated.emit(second.uuid)  # a click in the list
    assert window.reader.active_annotation == second.uuid
    with qtbot.waitSignal(service.changed):
        panel.delete_requested.emit(second.uuid)
    assert service.get(second.uuid).deleted
    assert panel.uuids() == [first.uuid]


def test_click_on_highlight_activates_it_and_offers_the_toolbar(qtbot, window):
    service = window.session.annotations
    doc = window.current_document()
    start, end = _range_of(doc, "مليار مستخدم")
    a = service.add(doc.id, start, end, color="yellow", note="users")
    view = window.reader
    view.scroll_to_offset(start)
    cursor = view.textCursor()
    cursor.setPosition(view.display.qt_range(start, end)[0] + 2)
    point = view.cursorRect(cursor).center()
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(view.annotationClicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [a.uuid]
    assert view.active_annotation == a.uuid
    assert window.annotator.toolbar.isVisible()
    with qtbot.waitSignal(service.changed):
        window.annotator.toolbar.color_buttons["purple"].click()
    assert service.get(a.uuid).color == "purple"


def test_copy_with_citation(qtbot, window):
    doc = window.current_document()
    start, end = _range_of(doc, "أكبر تطبيق للدفع")
    window.reader.select_range(start, end)
    window.actions.copy_citation.trigger()
    text = QApplication.clipboard().text()
    assert text.startswith("“أكبر تطبيق للدفع”")
    assert doc.title in text
