"""Teaching the entity recogniser from the Entities tab: stored, re-analysed, applied to
other articles, undoable."""

from __future__ import annotations

from analysis_helpers import ARTICLE_A, ARTICLE_B, import_article

from reader.core.text import fold


def _forms(analysis, form: str) -> list:
    key = fold(form)
    return [e for e in analysis.entities if key in (fold(e.text), fold(e.canonical))
            or fold(e.text).endswith(key) and len(e.text) <= len(form) + 2]


def _group(feature, canonical: str):
    return next(g for g in feature.entities_tab.groups() if g.canonical == canonical)


def _wait_reanalysed(qtbot, feature, doc_id, before):
    qtbot.waitUntil(lambda: feature.analysis is not None and feature.analysis is not before
                    and feature.doc.id == doc_id, timeout=60000)
    return feature.analysis


def test_reject_applies_to_the_next_analysis_of_another_article(qtbot, opened):
    f = opened.feature
    doc_a = import_article(opened.window, ARTICLE_A, "خطة العجز")
    doc_b = import_article(opened.window, ARTICLE_B, "الصادرات")
    b = opened.open(doc_b)
    assert _forms(b, "الصين"), "the recogniser finds الصين in article B"
    a = opened.open(doc_a)
    china = next(g for g in f.entities_tab.groups() if fold(g.canonical) == fold("الصين"))
    with qtbot.waitSignal(f.entities.changed):
        f.entities_tab.teachRequested.emit("reject", china, "", "")
    decisions = opened.window.session.store.entity_decisions()
    assert [(d.action, d.form) for d in decisions] == [("reject", china.canonical)]
    a2 = _wait_reanalysed(qtbot, f, doc_a.id, a)
    assert not _forms(a2, "الصين")
    assert len(a2.entities) < len(a.entities)
    b2 = opened.open(doc_b)
    assert not _forms(b2, "الصين")
    assert len(b2.entities) < len(b.entities)


def test_add_rename_and_undo(qtbot, opened):
    f = opened.feature
    window = opened.window
    doc = import_article(window, ARTICLE_A, "خطة العجز")
    a = opened.open(doc)
    phrase = "مشروعات البنية التحتية"
    start = doc.text.index(phrase)
    window.reader.select_range(start, start + len(phrase))
    with qtbot.waitSignal(f.entities.changed):
        assert f.add_selection("MISC")
    a2 = _wait_reanalysed(qtbot, f, doc.id, a)
    added = [e for e in a2.entities if e.text == phrase]
    assert added and added[0].type == "MISC" and added[0].origin == "user"

    group = _group(f, phrase)
    dialog = f.entities_tab.ask_rename(group)
    dialog.setTextValue("البنية التحتية")
    with qtbot.waitSignal(f.entities.changed):
        dialog.accept()
    a3 = _wait_reanalysed(qtbot, f, doc.id, a2)
    assert [e.canonical for e in a3.entities if e.text == phrase] == ["البنية التحتية"]
    assert any(g.canonical == "البنية التحتية" for g in f.entities_tab.groups())

    with qtbot.waitSignal(f.entities.changed):
        window.undo_action.trigger()  # undo the rename
    a4 = _wait_reanalysed(qtbot, f, doc.id, a3)
    assert [e.canonical for e in a4.entities if e.text == phrase] == [phrase]
    with qtbot.waitSignal(f.entities.changed):
        window.undo_action.trigger()  # undo the add
    a5 = _wait_reanalysed(qtbot, f, doc.id, a4)
    assert not [e for e in a5.entities if e.origin == "user"]
    assert window.session.store.entity_decisions() == []


def test_retype_and_merge(qtbot, opened):
    f = opened.feature
    _doc, a = opened.sample()
    doc = opened.window.current_document()
    groups = f.entities_tab.groups()
    person = next(g for g in groups if g.type == "PER")
    with qtbot.waitSignal(f.entities.changed):
        f.entities_tab.teachRequested.emit("retype", person, "", "MISC")
    a2 = _wait_reanalysed(qtbot, f, doc.id, a)
    assert any(g.canonical == person.canonical and g.type == "MISC" for g in f.entities_tab.groups())
    orgs = [g for g in f.entities_tab.groups() if g.type == "ORG"]
    source, target = orgs[0], orgs[1]
    dialog = f.entities_tab.ask_merge(source)
    label = next(x for x in dialog.comboBoxItems() if x.startswith(target.canonical + " ("))
    dialog.setTextValue(label)
    with qtbot.waitSignal(f.entities.changed):
        dialog.accept()
    _wait_reanalysed(qtbot, f, doc.id, a2)
    merged = next(g for g in f.entities_tab.groups() if g.canonical == target.canonical and g.type == "ORG")
    assert len(merged.occurrences) == len(source.occurrences) + len(target.occurrences)
