"""Editorial review from the Claims tab: it commits, keeps a trail, filters, undoes."""

from __future__ import annotations

from reader.core.store import Store
from reader.ui.analysis.labels import status_color


def _review_in_tab(qtbot, feature, key: str, status: str, note: str) -> None:
    tab = feature.claims_tab
    assert tab.select_claim(key)
    tab.note_edit.setPlainText(note)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(status))
    with qtbot.waitSignal(feature.reviews.changed):
        tab.save_button.click()


def test_review_status_commits_and_appears_in_the_trail(qtbot, opened, db_path):
    doc, analysis = opened.sample()
    f = opened.feature
    claim = analysis.claims[2]
    _review_in_tab(qtbot, f, claim.key, "needs_second_source", "only one anonymous source")
    _review_in_tab(qtbot, f, claim.key, "verified", "confirmed with the regulator's statement")

    with Store.open(db_path) as other:  # another connection sees it: it was committed
        review = other.claim_reviews(doc.id)[claim.key]
        assert (review.status, review.note, review.exact) == (
            "verified", "confirmed with the regulator's statement", claim.text)
        trail = other.review_trail(doc.id, claim.key)
    assert [t.status for t in trail] == ["needs_second_source", "verified"]
    assert trail[0].author == f.reviews.author
    history = [f.claims_tab.history.item(i).text() for i in range(f.claims_tab.history.count())]
    assert len(history) == 2 and "confirmed with the regulator" in history[1]
    assert f.claims_tab.status_of(claim.key) == "verified"
    # the claim's mark in the text takes the status colour
    (fmt,) = [fmt for _s, _e, fmt, key in opened.window.reader.marks("claims") if key == claim.key]
    assert fmt.background().color() == status_color("verified")


def test_filter_by_status(qtbot, opened):
    _doc, analysis = opened.sample()
    f = opened.feature
    first, second, third = analysis.claims[:3]
    _review_in_tab(qtbot, f, first.key, "disputed", "")
    _review_in_tab(qtbot, f, third.key, "disputed", "")
    _review_in_tab(qtbot, f, second.key, "verified", "")
    tab = f.claims_tab
    tab.set_status_filter("disputed")
    assert tab.visible_keys() == [first.key, third.key]
    tab.set_status_filter("verified")
    assert tab.visible_keys() == [second.key]
    tab.set_status_filter("unreviewed")
    assert len(tab.visible_keys()) == len(analysis.claims) - 3
    assert tab.count_label.text() == f"{len(analysis.claims) - 3} of {len(analysis.claims)}"
    tab.set_status_filter("")
    assert len(tab.visible_keys()) == len(analysis.claims)


def test_review_from_the_text_menu_and_undo(qtbot, opened):
    doc, analysis = opened.sample()
    f = opened.feature
    window = opened.window
    claim = analysis.claims[0]
    f.marks.contextOffsetChanged.emit(claim.start + 1)  # as a right-click on the claim does
    assert f.text_menu.claim_action.isVisible()
    action = next(a for a in f.text_menu.claim_menu.actions() if a.data() == "disputed")
    with qtbot.waitSignal(f.reviews.changed):
        action.trigger()
    assert window.session.store.claim_reviews(doc.id)[claim.key].status == "disputed"
    with qtbot.waitSignal(f.reviews.changed):
        window.undo_action.trigger()
    assert window.session.store.claim_reviews(doc.id)[claim.key].status == "unreviewed"
    assert f.claims_tab.status_of(claim.key) == "unreviewed"
    with qtbot.waitSignal(f.reviews.changed):
        window.redo_action.trigger()
    assert f.claims_tab.status_of(claim.key) == "disputed"
    statuses = [t.status for t in window.session.store.review_trail(doc.id, claim.key)]
    assert statuses == ["disputed", "unreviewed", "disputed"]  # the trail keeps the undo
