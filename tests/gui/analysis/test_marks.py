"""Claims and entities marked in the text, on the right words; clicking goes there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.core.text import strip_diacritics
from reader.ui.analysis.labels import entity_color


def _shown(view, start: int, end: int) -> str:
    """What the reader view draws between two document offsets (through its display map)."""
    qa, qb = view.display.qt_range(start, end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(qa)
    cursor.setPosition(qb, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_claim_marks_sit_on_the_claim_text(opened):
    doc, analysis = opened.sample()
    view = opened.window.reader
    marks = {key: (start, end, fmt) for start, end, fmt, key in view.marks("claims")}
    assert set(marks) == {c.key for c in analysis.claims}
    for c in analysis.claims:
        start, end, _fmt = marks[c.key]
        assert (start, end) == (c.start, c.end)
        assert _shown(view, start, end) == c.text.replace("\n", "\u2029")
    entity_marks = sorted(view.marks("entities"), key=lambda m: m[0])
    assert len(entity_marks) == len(analysis.entities)
    for (start, end, fmt, _key), e in zip(entity_marks, sorted(analysis.entities, key=lambda e: e.start)):
        assert _shown(view, start, end) == e.text
        assert fmt.underlineColor() == entity_color(e.type)


def test_marks_follow_the_display_when_diacritics_are_hidden(opened):
    from analysis_helpers import import_article

    text = "قالَ وزيرُ الماليةِ محمد الخطيب إنَّ الحكومةَ ستخفضُ العجزَ.\nوأضافَ أنَّ الصين شريكٌ مهمٌّ."
    doc = import_article(opened.window, text, "تشكيل")
    analysis = opened.open(doc)
    assert analysis.claims
    window = opened.window
    window.actions.show_diacritics.setChecked(False)  # hide them
    view = window.reader
    assert not view.settings.show_diacritics
    assert len(view.marks("claims")) == len(analysis.claims)  # kept across the new display
    for start, end, _fmt, key in view.marks("claims"):
        claim = next(c for c in analysis.claims if c.key == key)
        assert _shown(view, start, end) == strip_diacritics(claim.text).text


def test_clicking_an_entity_cycles_through_its_occurrences(opened, qtbot):
    _doc, _analysis = opened.sample()
    tab = opened.feature.entities_tab
    view = opened.window.reader
    opened.window.sidebar.setCurrentWidget(tab)
    group = max(tab.groups(), key=lambda g: len(g.occurrences))
    assert len(group.occurrences) >= 2
    item = tab.item_for(group.canonical, group.type)
    rect = tab.tree.visualItemRect(item)
    seen = []
    for _ in range(len(group.occurrences) + 1):
        qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        seen.append(view.selected_range())
    assert seen == [*group.occurrences, group.occurrences[0]]  # and round again


def test_clicking_a_claim_or_source_selects_the_claim(opened, qtbot):
    _doc, analysis = opened.sample()
    f = opened.feature
    view = opened.window.reader
    claim = analysis.claims[3]
    tab = f.claims_tab
    opened.window.sidebar.setCurrentWidget(tab)
    row = tab.visible_keys().index(claim.key)
    tab.list.scrollToItem(tab.list.item(row))
    rect = tab.list.visualItemRect(tab.list.item(row))
    qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_range() == (claim.start, claim.end)
    assert tab.current_key() == claim.key
    other = analysis.claims[0]
    f.sources_tab.claimActivated.emit(other.key)
    assert view.selected_range() == (other.start, other.end)


def test_tooltips_name_source_kind_status_and_entity_type(opened):
    _doc, analysis = opened.sample()
    marks = opened.feature.marks
    claim = next(c for c in analysis.claims if c.via is not None)
    tip = marks.tooltip_at(claim.start + 1)
    assert claim.source.resolved in tip and claim.via.text in tip
    assert "Anonymous" in tip and "Unreviewed" in tip
    entity = analysis.entities[0]
    tip = marks.tooltip_at(entity.start)
    assert entity.canonical in tip


@pytest.mark.qt_log_ignore(r"propagateSizeHints", r"does not support raise\(\)")  # offscreen platform
def test_hovering_a_claim_shows_its_tooltip(opened, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    _doc, analysis = opened.sample()
    view = opened.window.reader
    claim = next(c for c in analysis.claims if c.via is not None)
    view.scroll_to_offset(claim.start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.display.qt_range(claim.start + 2, claim.start + 3)[0])
    pos = view.cursorRect(cursor).center() + QPoint(1, 0)
    assert opened.feature.marks.claim_at(view.offset_at(pos)) == claim
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert claim.via.text in QToolTip.text() and "Unreviewed" in QToolTip.text()
    QToolTip.hideText()
