"""What the desk brings in is shown: saved words and statuses in the Vocabulary tab and the
text, segments and languages in an open translation window; in English and Arabic."""

from __future__ import annotations

import pytest

from reader.core import desk as api
from reader.core.importers import import_file
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.core.translation.library import Translations
from reader.core.vocab import library as lib


def _joined_window(make_window, qtbot, desk, lang, user="alice"):
    window = make_window(lang)
    doc = window.open_sample()
    api.join(window.session.store, desk(user))
    window.desk.refresh_settings()
    return window, doc


def _wait_synced(qtbot, window, timeout=30000):
    with qtbot.waitSignal(window.desk.synced, timeout=timeout) as blocker:
        window.desk.sync_now()
    return blocker.args[0]


def _other(tmp_path, desk, user, name="other"):
    other = Store.open(tmp_path / f"{name}.sqlite3")
    api.join(other, desk(user))
    doc = other.import_document(import_file(sample_article())).document
    return other, doc


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_saved_words_and_statuses_pulled_from_the_desk_are_shown(make_window, qtbot, desk, tmp_path, lang):
    window, doc = _joined_window(make_window, qtbot, desk, lang)
    feature = window.vocabulary
    laptop, ldoc = _other(tmp_path, desk, "alice")  # the same learner's other machine
    start = ldoc.text.index("القروض")
    word = lib.new_saved_word("قرض", "القروض", lemma="قرض", gloss="loans (from the laptop)",
                              doc_id=ldoc.id, doc_title=ldoc.title, start=start, end=start + 6)
    lib.put_saved(laptop, word)
    lib.set_statuses(laptop, {"حكومة": ("حكومة", "known")})
    api.sync(laptop)
    _wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: [w.gloss for w in feature.tab.visible_words()] == ["loans (from the laptop)"],
                    timeout=10000)
    assert feature.service.statuses(["قرض", "حكومة"]) == {"قرض": "learning1", "حكومة": "known"}
    shown = feature.tab.tree.topLevelItem(0)
    assert shown.text(2) == "loans (from the laptop)" and shown.text(5) == doc.title
    # The word points into this library's copy of the article.
    assert lib.saved_word(window.session.store, word.uuid).doc_id == doc.id
    window.sidebar.setCurrentIndex(feature.tab_index)
    window.grab().save(str(tmp_path.parent / f"desk-vocab-{lang}.png"))
    laptop.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_open_translation_window_shows_what_a_colleague_translated(make_window, qtbot, desk, tmp_path, lang):
    window, doc = _joined_window(make_window, qtbot, desk, lang)
    tw = window.translation_feature.open()
    qtbot.addWidget(tw)
    first = tw.current
    _wait_synced(qtbot, window)  # the segments are on the desk
    bob, bdoc = _other(tmp_path, desk, "bob")
    api.sync(bob)
    translations = Translations(bob, "bob")
    segs = [s for s in translations.ensure_segments(bdoc) if not s.orphan]
    assert segs[0].uuid == first.uuid  # one set of segments
    translations.update(segs[0], target="China targets Alipay", status="translated")
    translations.update(segs[1], note="bob: check the name")
    translations.set_target_lang(bdoc.id, "fr")
    api.sync(bob)
    _wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: tw.model.segments[0].target == "China targets Alipay", timeout=10000)
    assert tw.model.segments[0].status == "translated"
    assert tw.model.segments[1].note == "bob: check the name"
    assert tw.target_lang == "fr" and tw.language.currentText() == "fr"
    qtbot.waitUntil(lambda: tw.editor.target.toPlainText() == "China targets Alipay", timeout=5000)
    tw.grab().save(str(tmp_path.parent / f"desk-translation-{lang}.png"))
    tw.close()
    bob.close()
