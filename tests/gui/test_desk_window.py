"""The desk in the window: the settings dialog, background sync off the GUI thread, the
status bar, the conflicts list with Restore; in English and Arabic."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QThread

from reader.core import desk as api
from reader.core.importers import import_file
from reader.core.resources import sample_article
from reader.core.store import Store


def _wait_synced(qtbot, window, timeout=20000):
    with qtbot.waitSignal(window.desk.synced, timeout=timeout) as blocker:
        window.desk.sync_now()
    return blocker.args[0]


def test_without_a_desk_nothing_runs_and_the_dialog_says_so(make_window):
    window = make_window()
    assert window.desk._thread is None and not window.desk.label.isVisible()
    dialog = window.open_desk_dialog()
    assert "not joined" in dialog.status.text()
    assert dialog.join_button.isEnabled() and not dialog.sync_button.isEnabled()
    dialog.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_join_from_the_dialog_and_sync_in_the_background(make_window, qtbot, desk, tmp_path, lang):
    other = Store.open(tmp_path / "other.sqlite3")
    api.join(other, desk("alice"))
    window = make_window(lang)
    window.open_sample()
    dialog = window.open_desk_dialog()
    dialog.address.setText(desk("bob"))
    with qtbot.waitSignal(window.desk.synced, timeout=30000):
        dialog.join_button.click()  # joins on the desk's thread, then syncs soon after
    assert window.desk.worker.thread() is not QThread.currentThread()
    assert window.desk.label.isVisible()
    # Someone else annotates the same article; the next background sync shows it.
    doc = window.current_document()
    other.import_document(import_file(sample_article()))
    odoc = other.find_document_by_hash(doc.sha256)
    other.add_annotation(odoc.id, 0, 5, note="from alice's desk", author="alice")
    api.sync(other)
    _wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: any(a.note == "from alice's desk"
                                for a in window.session.store.annotations(doc.id)), timeout=5000)
    # The window shows it (the panel), not only the library.
    qtbot.waitUntil(lambda: "from alice's desk" in
                    [a.note for a in window.annotations_panel.visible_annotations()], timeout=5000)
    qtbot.waitUntil(lambda: "Asking" not in dialog.status.text() and "…" not in dialog.status.text(),
                    timeout=10000)
    dialog.grab().save(str(tmp_path.parent / f"desk-dialog-{lang}.png"))
    window.grab().save(str(tmp_path.parent / f"desk-window-{lang}.png"))
    if lang == "ar":
        assert "المكتب" in window.desk.label.text()
    other.close()


def test_conflicts_are_listed_and_restored_from_the_dialog(make_window, qtbot, desk, tmp_path):
    other = Store.open(tmp_path / "other.sqlite3")
    api.join(other, desk("alice"))
    window = make_window()
    doc = window.open_sample()
    store = window.session.store
    api.join(store, desk("alice"))  # the same user on two machines
    window.desk.refresh_settings()
    ann = store.add_annotation(doc.id, 0, 5, note="first")
    _wait_synced(qtbot, window)
    api.sync(other)
    other.update_annotation(ann.uuid, note="edited on the laptop")
    time.sleep(0.01)
    store.update_annotation(ann.uuid, note="edited here, later")
    api.sync(other)
    report = _wait_synced(qtbot, window)
    assert report.conflicts == 1
    dialog = window.open_desk_dialog()
    qtbot.waitUntil(lambda: dialog.conflicts.topLevelItemCount() == 1, timeout=10000)
    item = dialog.conflicts.topLevelItem(0)
    assert item.text(1) == "note" and item.text(3) == "edited on the laptop"
    dialog.grab().save(str(tmp_path.parent / "desk-conflicts-en.png"))
    dialog.conflicts.setCurrentItem(item)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: store.annotation(ann.uuid).note == "edited on the laptop", timeout=10000)
    qtbot.waitUntil(lambda: not dialog.restore_button.isEnabled(), timeout=10000)
    other.close()


def test_an_unreachable_desk_keeps_changes_and_says_so(make_window, qtbot, desk, cluster):
    window = make_window()
    doc = window.open_sample()
    store = window.session.store
    api.join(store, desk("bob"))
    window.desk.refresh_settings()
    _wait_synced(qtbot, window)
    store.add_annotation(doc.id, 0, 5, note="made offline")
    cluster.stop("fast")
    try:
        with qtbot.waitSignal(window.desk.syncFailed, timeout=30000) as failed:
            window.desk.sync_now()
        assert "cannot reach the desk" in failed.args[0]
        assert "changes are kept" in window.desk.label.text()
        assert window.desk._timer.isActive()  # retried later
    finally:
        cluster.start()
    report = _wait_synced(qtbot, window)
    assert report.sent == 1
