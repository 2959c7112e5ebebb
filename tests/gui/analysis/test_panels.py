"""The analysis panels after everyday use (issue 8, item 6): the review panel forgets the
previous article, amounts read as the article writes them, an entity clicked is centred."""

from __future__ import annotations

import re

from analysis_helpers import ARTICLE_B, import_article
from PySide6.QtGui import QTextCursor

from reader.ui.analysis.entities_tab import display_name


def test_review_panel_keeps_no_status_from_the_previous_article(qtbot, opened):
    _doc, analysis = opened.sample()
    tab = opened.feature.claims_tab
    claim = analysis.claims[0]
    assert tab.select_claim(claim.key)
    tab.note_edit.setPlainText("checked")
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("disputed"))
    with qtbot.waitSignal(opened.feature.reviews.changed):
        tab.save_button.click()
    assert tab.status_combo.currentData() == "disputed"
    (line,) = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert "T" not in line.split()[0] and re.search(r"[A-Z][a-z]+ \d+, 20\d\d, ", line), line

    other = import_article(opened.window, ARTICLE_B, "الصادرات")
    opened.open(other)
    assert tab.current_key() == ""
    assert tab.status_combo.currentIndex() == -1  # no status shown for no claim
    assert tab.note_edit.toPlainText() == "" and tab.history.count() == 0
    assert tab.meta_label.text() == ""
    first = opened.feature.analysis.claims[0]
    assert tab.select_claim(first.key)
    assert tab.status_combo.currentData() == "unreviewed"


def test_amounts_read_as_the_article_writes_them(opened):
    _doc, analysis = opened.sample()
    tab = opened.feature.entities_tab
    money = [g for g in tab.groups() if g.type == "MONEY"]
    assert money and money[0].canonical.endswith("USD")
    assert display_name(money[0]) == money[0].forms[0] == "37 مليار دولار"
    texts = []
    for i in range(tab.tree.topLevelItemCount()):
        top = tab.tree.topLevelItem(i)
        texts += [top.child(j).text(0) for j in range(top.childCount())]
    assert any("37 مليار دولار" in t for t in texts)
    assert not any("USD" in t for t in texts)


def test_clicking_an_entity_centres_it_in_the_view(qtbot, opened):
    opened.window.resize(1200, 520)
    _doc, analysis = opened.sample()
    view = opened.window.reader
    tab = opened.feature.entities_tab
    far = max((g for g in tab.groups()), key=lambda g: g.occurrences[-1][0])
    view.verticalScrollBar().setValue(0)
    item = tab.item_for(far.canonical, far.type)
    for _ in far.occurrences:  # the last occurrence, far down the article
        tab.tree.itemClicked.emit(item, 0)
    start, end = far.occurrences[-1]
    assert view.selected_range() == (start, end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.display.qt_position(view.display.to_display(start)))
    rect = view.cursorRect(cursor)
    height = view.viewport().height()
    bar = view.verticalScrollBar()
    if bar.value() < bar.maximum():  # the end of the text cannot come up to the middle
        assert abs(rect.center().y() - height / 2) < height * 0.15
    else:
        assert height * 0.2 <= rect.top() and rect.bottom() <= height
