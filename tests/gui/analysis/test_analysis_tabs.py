"""The Entities, Sources and Claims tabs fill from an analysis made off the GUI thread."""

from __future__ import annotations

import threading

from analysis_helpers import ARTICLE_A, import_article, wait_for_analysis

from reader.core.analysis import analyzer_key
from reader.core.model import ENTITY_TYPES
from reader.core.text import fold
from reader.core.reports.scorecard import source_name
from reader.ui.analysis.analysis_worker import STEPS_PER_DOCUMENT


def test_tabs_fill_after_analysing_the_sample(opened):
    doc, analysis = opened.sample()
    f = opened.feature
    assert analysis.claims and analysis.entities
    # Entities: grouped by type, one row per canonical entity with its count
    tree = f.entities_tab.tree
    types = [tree.topLevelItem(i).data(0, 0x0100) for i in range(tree.topLevelItemCount())]
    assert types == [t for t in ENTITY_TYPES if any(e.type == t for e in analysis.entities)]
    groups = f.entities_tab.groups()
    assert sum(len(g.occurrences) for g in groups) == len(analysis.entities)
    assert len(groups) == len({(e.type, fold(e.canonical)) for e in analysis.entities})
    # Sources: one row per resolved source, with the via chain
    names = {g.name for g in f.sources_tab.groups()}
    assert names == {source_name(c) for c in analysis.claims}
    chains = [chain for g in f.sources_tab.groups() for chain in g.chains]
    assert "مصدر مقرب من المنظمين الماليين ← الأوقات المالية (Financial Times)" in chains
    assert f.sources_tab.tree.topLevelItemCount() == len(names)
    # Claims: in text order, all unreviewed
    assert f.claims_tab.visible_keys() == [c.key for c in sorted(analysis.claims, key=lambda c: c.start)]
    assert {f.claims_tab.status_of(c.key) for c in analysis.claims} == {"unreviewed"}
    sidebar = opened.window.sidebar
    titles = [sidebar.tabText(i) for i in range(sidebar.count())]
    assert f"Claims ({len(analysis.claims)})" in titles
    assert f.export_action.isEnabled()


def test_analysis_runs_off_the_gui_thread_and_is_cached(opened, monkeypatch):
    from reader.ui.analysis import analysis_worker

    threads = []
    real = analysis_worker.analyze_document

    def spy(store, doc, progress=None, **kw):
        threads.append(threading.current_thread())
        return real(store, doc, progress=progress, **kw)

    monkeypatch.setattr(analysis_worker, "analyze_document", spy)
    doc = import_article(opened.window, ARTICLE_A, "خطة العجز")
    analysis = opened.open(doc)
    assert threads and all(t is not threading.main_thread() for t in threads)
    store = opened.window.session.store
    cached = store.cached_analysis(doc.sha256, analyzer_key(store.teachings()))
    assert cached is not None and len(cached["claims"]) == len(analysis.claims)
    assert any(c.source and c.source.resolved == "محمد الخطيب" for c in analysis.claims)


def test_progress_is_shown_while_analysing(opened, qtbot):
    f = opened.feature
    seen = []
    f.analyses.progress.connect(lambda done, total, title: seen.append((done, total)))
    doc = import_article(opened.window, ARTICLE_A, "خطة العجز")
    opened.window.open_document(doc.id)
    wait_for_analysis(qtbot, f, doc.id)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] == STEPS_PER_DOCUMENT
    qtbot.waitUntil(lambda: not f.progress.isVisible())


def test_switching_articles_shows_each_ones_claims(opened):
    doc_a = import_article(opened.window, ARTICLE_A, "خطة العجز")
    a = opened.open(doc_a)
    doc, sample = opened.sample()
    assert opened.feature.claims_tab.visible_keys() == [c.key for c in sample.claims]
    again = opened.open(doc_a)
    assert [c.key for c in again.claims] == [c.key for c in a.claims]


def test_spelling_variants_of_a_canonical_name_are_one_entity():
    from reader.core.model import Entity
    from reader.ui.analysis.entities_tab import display_name, group_entities, value_label

    entities = [
        Entity(0, 11, "يوم الاثنين", "DATE", "يوم الاثنين"),
        Entity(20, 31, "يوم الإثنين", "DATE", "يوم الإثنين"),
        Entity(40, 45, "الصين", "LOC", "الصين"),
        Entity(50, 60, "37 مليار دولار", "MONEY", "37000000000 USD"),
    ]
    groups = {g.type: g for g in group_entities(entities)}
    assert len(group_entities(entities)) == 3
    assert groups["DATE"].canonical == "يوم الاثنين" and len(groups["DATE"].occurrences) == 2
    assert display_name(groups["MONEY"]) == "37 مليار دولار"  # as the article writes it
    from PySide6.QtCore import QLocale

    english, arabic = QLocale("en_US"), QLocale("ar_EG")
    assert value_label(groups["MONEY"].canonical, english) == "\u206637,000,000,000 USD\u2069"
    assert value_label(groups["MONEY"].canonical, arabic) == "\u2066٣٧٬٠٠٠٬٠٠٠٬٠٠٠ USD\u2069"
    assert display_name(groups["LOC"]) == "الصين"


def test_source_claim_counts_read_as_english():
    from reader.ui.analysis.sources_tab import claims_count

    assert claims_count("1 claim(s)", 1) == "1 claim"
    assert claims_count("3 claim(s)", 3) == "3 claims"
    assert claims_count("٣ أقوال", 3) == "٣ أقوال"


def test_arabic_rows_are_laid_out_right_to_left_in_an_english_window(opened):
    """A claim or source that mixes Arabic and Latin ("تم إخبار Alipay - مع ...") is one
    right-to-left paragraph, not Arabic runs ordered left to right by the English window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui.analysis.badges import BADGE_COLOR_ROLE, BADGE_NOTE_ROLE, BADGE_TEXT_ROLE
    from reader.ui.bidi_text import DIRECTION_ROLE

    assert DIRECTION_ROLE not in (BADGE_COLOR_ROLE, BADGE_TEXT_ROLE, BADGE_NOTE_ROLE)
    doc, analysis = opened.sample()
    f = opened.feature
    assert opened.window.layoutDirection() == Qt.LayoutDirection.LeftToRight

    def direction(view, index):
        option = QStyleOptionViewItem()
        view.itemDelegateForIndex(index).initStyleOption(option, index)
        return option.direction

    claims = f.claims_tab.list
    mixed = 0
    for row in range(claims.count()):
        index = claims.model().index(row, 0)
        assert direction(claims, index) == Qt.LayoutDirection.RightToLeft, index.data()
        mixed += "Alipay" in index.data()
    assert mixed, "the sample has claims that name Alipay"
    tree = f.sources_tab.tree
    rows = 0
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for k in range(top.childCount()):
            index = tree.indexFromItem(top.child(k))
            assert direction(tree, index) == Qt.LayoutDirection.RightToLeft, index.data()
            rows += 1
    assert rows == len(analysis.claims)
