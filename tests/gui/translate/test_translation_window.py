"""The segment view, in English and Arabic: source right to left beside the target editor,
keyboard navigation, Ctrl+Enter, saving as typed through the write queue, undo, merge and
split, memory matches with one key, terms, the target language's direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.translation.library import Translations
from reader.core.translation.model import MemoryUnit
from reader.ui.translate.translation_service import SAVE_DELAY_MS


@pytest.fixture(params=["en", "ar"])
def tw(request, make_window, qtbot):
    window = make_window(request.param)
    window.open_sample()
    translation_window = window.translation_feature.open()
    qtbot.addWidget(translation_window)
    translation_window.lang = request.param
    yield translation_window
    translation_window.close()


def _stored(tw, uuid):
    return Translations(tw.service.session.store).segment(uuid)


def _type(qtbot, tw, text):
    tw.editor.target.setFocus()
    qtbot.keyClicks(tw.editor.target, text)


def test_the_view_lays_out_source_and_target(tw, qtbot):
    assert tw.model.rowCount() == 19
    assert tw.editor.source.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tw.editor.target.layoutDirection() == Qt.LayoutDirection.LeftToRight  # English target
    block = tw.editor.source.document().firstBlock().blockFormat()
    assert block.alignment() & Qt.AlignmentFlag.AlignRight
    assert tw.editor.source.toPlainText() == tw.current.source
    text = tw.progress.text()
    assert ("0 of 19" in text) if tw.lang == "en" else ("19" in text)
    menus = [a.text() for a in tw.menuBar().actions()]
    assert len(menus) == 3
    if tw.lang == "ar":
        assert tw.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert tw.editor.heading.text().startswith("المقطع 1 من 19")
        assert tw.model.headerData(1, Qt.Orientation.Horizontal) == "النص الأصلي"


def test_typing_is_saved_debounced_and_ctrl_enter_confirms(tw, qtbot):
    first = tw.current
    _type(qtbot, tw, "China targets Alipay")
    assert _stored(tw, first.uuid).target == ""  # not yet: the save waits for a pause
    qtbot.waitUntil(lambda: _stored(tw, first.uuid).target == "China targets Alipay",
                    timeout=SAVE_DELAY_MS * 10)
    qtbot.keyClick(tw.editor.target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _stored(tw, first.uuid).status == "translated"
    assert tw.current.uuid != first.uuid and tw.model.row_of(tw.current.uuid) == 1
    assert "1" in tw.progress.text()


def test_keyboard_navigation(tw, qtbot):
    store = Translations(tw.service.session.store)
    segs = [s for s in store.segments(tw.doc.id)]
    store.confirm(store.update(segs[1], target="done"))
    store.confirm(store.update(segs[2], target="done too"), "reviewed")
    tw.reload()
    tw.select_row(0)
    qtbot.keyClick(tw.editor.target, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert tw.model.row_of(tw.current.uuid) == 1
    qtbot.keyClick(tw.editor.target, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert tw.model.row_of(tw.current.uuid) == 0
    tw.next_untranslated_action.trigger()  # skips the translated and the reviewed one
    assert tw.model.row_of(tw.current.uuid) == 3
    tw.select_row(0)
    tw.next_unreviewed_action.trigger()  # the translated one is not reviewed yet
    assert tw.model.row_of(tw.current.uuid) == 1


def test_undo_typing_merge_and_split(tw, qtbot):
    first = tw.current
    _type(qtbot, tw, "Typed")
    tw.service.flush()
    assert _stored(tw, first.uuid).target == "Typed"
    tw.undo_action.trigger()
    qtbot.waitUntil(lambda: _stored(tw, first.uuid).target == "")
    assert tw.editor.target.toPlainText() == ""
    tw.redo_action.trigger()
    qtbot.waitUntil(lambda: tw.editor.target.toPlainText() == "Typed")
    tw.merge_action.trigger()
    assert tw.model.rowCount() == 18
    merged = tw.model.segments[0]
    assert merged.uuid == first.uuid and merged.end > first.end
    tw.undo_action.trigger()
    qtbot.waitUntil(lambda: tw.model.rowCount() == 19)
    # Split the first segment at a word chosen in the source view.
    cursor = tw.editor.source.textCursor()
    cursor.setPosition(first.source.index("Alipay"))
    tw.editor.source.setTextCursor(cursor)
    tw.split_action.trigger()
    assert tw.model.rowCount() == 20
    assert tw.model.segments[1].source.startswith("Alipay")
    tw.undo_action.trigger()
    qtbot.waitUntil(lambda: tw.model.rowCount() == 19)


def test_memory_match_inserted_with_one_key_and_terms_shown(tw, qtbot):
    segs = tw.model.segments
    Translations(tw.service.session.store).add_memory_units(
        [MemoryUnit(segs[5].source.replace("الاثنين", "الثلاثاء"), "Told on Tuesday", "ar", "en")])
    tw.service.translations.add_term("أكثر من مليار مستخدم", "over a billion users")
    tw.select_row(5)
    assert tw.helpers.matches and not tw.helpers.matches[0].exact
    html = tw.helpers.matches_view.toHtml()
    assert "Told on Tuesday" in html and "line-through" in html
    qtbot.keyClick(tw.editor.target, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tw.editor.target.toPlainText() == "Told on Tuesday"
    targets = {tw.helpers.terms_view.topLevelItem(i).text(1)
               for i in range(tw.helpers.terms_view.topLevelItemCount())}
    assert {"over a billion users", "Financial Times", "Alipay"} & targets == {"over a billion users", "Financial Times"} or \
        "Financial Times" in targets


def test_target_direction_follows_the_language(tw, qtbot):
    tw.language.setEditText("fa")
    tw._language_chosen()
    assert tw.editor.target.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert Translations(tw.service.session.store).info(tw.doc.id).target_lang == "fa"


def test_a_busy_library_queues_the_save(tw, qtbot, db_path):
    """Typing while another program holds the write lock: queued, saved when it is free."""
    from reader.core.store import Store

    other = Store.open(db_path)
    first = tw.current
    with other.transaction():
        _type(qtbot, tw, "Queued")
        tw.service.flush()
        assert tw.service.writes.pending == 1
    qtbot.waitUntil(lambda: _stored(tw, first.uuid).target == "Queued", timeout=3000)
    other.close()


def test_add_and_remove_a_term_with_undo(tw, qtbot, monkeypatch):
    from reader.ui.translate.term_dialog import TermDialog

    monkeypatch.setattr(TermDialog, "exec", lambda self: True)
    monkeypatch.setattr(TermDialog, "values", lambda self: ("مستخدم", "platform member", "", "tech"))
    tw.select_row(1)
    tw.add_term_action.trigger()
    store = Translations(tw.service.session.store)
    (term,) = store.terms()
    targets = lambda: [tw.helpers.terms_view.topLevelItem(i).text(1)  # noqa: E731
                       for i in range(tw.helpers.terms_view.topLevelItemCount())]
    assert "platform member" in targets()
    tw.helpers.termRemoveRequested.emit(term.uuid)
    assert store.terms() == [] and "platform member" not in targets()
    tw.undo_action.trigger()
    qtbot.waitUntil(lambda: len(store.terms()) == 1)
    assert "platform member" in targets()
