"""Orphaned annotations, keyboard shortcuts, translations kept complete, and bugs that
must not be swallowed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt

from reader.ui.workers import ImportJob, WorkerCrashed

ROOT = Path(__file__).resolve().parents[2]


def test_orphans_have_their_own_section(qtbot, window):
    service = window.session.annotations
    doc = window.current_document()
    placed = service.add(doc.id, doc.text.index("الصين"), doc.text.index("الصين") + 5)
    start = doc.text.index("تشاو")
    lost = service.add(doc.id, start, start + 4, note="who?")
    window.session.store.save_annotation(lost.evolve(orphan=True))  # as after a revision
    window.open_document(doc.id)
    panel = window.annotations_panel
    assert panel.uuids() == [placed.uuid]
    assert panel.uuids(orphans=True) == [lost.uuid]
    assert panel.orphan_label.isVisible() and panel.orphan_list.isVisible()
    assert [r.key for r in window.reader.highlight_ranges()] == [placed.uuid]  # not drawn
    panel.activated.emit(lost.uuid)
    assert "تشاو" in window.statusBar().currentMessage()
    assert window.reader.active_annotation == ""


def test_keyboard_shortcut_highlights_the_selection(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    doc = window.current_document()
    start = doc.text.index("سوق الأوراق المالية")
    view = window.reader
    view.setFocus()
    view.select_range(start, start + len("سوق الأوراق المالية"))
    service = window.session.annotations
    with qtbot.waitSignal(service.changed):
        qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    (a,) = service.annotations(doc.id)
    assert (a.color, a.quote) == ("green", "سوق الأوراق المالية")
    with qtbot.waitSignal(service.changed):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.get(a.uuid).deleted


def test_a_bug_in_the_import_worker_reaches_the_gui_thread(qtbot, tmp_path, db_path, monkeypatch):
    import reader.core.importers as importers

    def broken(path):
        raise ZeroDivisionError("a bug, not a bad file")

    monkeypatch.setattr(importers, "import_file", broken)
    path = tmp_path / "a.txt"
    path.write_text("نص", encoding="utf-8")
    job = ImportJob([str(path)], str(db_path))
    with qtbot.captureExceptions() as exceptions:
        job.start()
        qtbot.waitUntil(lambda: bool(exceptions), timeout=10000)
    assert job.wait(5000)
    (exc_type, exc, _tb), = exceptions
    assert exc_type is WorkerCrashed and "ZeroDivisionError" in str(exc)


def test_every_interface_string_has_an_arabic_translation():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.unfinished(tool.ts_path("ar")) == []
    qm = tool.ts_path("ar").with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_size > 1000


def test_startup_does_not_load_importers_or_analysis():
    """Parsers (lxml, trafilatura, docx) and analysers stay off the start-up path."""
    import subprocess
    import sys

    code = ("import sys, reader.ui.app; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('qalsadi', 'camel_tools', 'trafilatura', 'docx', 'lxml', 'pycrfsuite')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_refused_write_is_reported_and_not_shown_as_saved(qtbot, window, monkeypatch):
    from reader.core.errors import StoreError

    service = window.session.annotations
    store = window.session.store
    doc = window.current_document()

    def refuse(*args, **kwargs):
        raise StoreError("the disk is full; nothing was saved. Free some space", store.path)

    monkeypatch.setattr(store, "add_annotation", refuse)
    start = doc.text.index("الهند")
    window.reader.select_range(start, start + 5)
    with qtbot.waitSignal(service.failed) as failed:
        window.actions.highlight["yellow"].trigger()
    assert "disk is full" in failed.args[0]
    assert store.annotations(doc.id) == []
    assert window.reader.highlight_ranges() == []
    assert window.reader.selected_range() == (start, start + 5)  # the selection is kept
    assert not window.undo_action.isEnabled()
    assert "disk is full" in window.statusBar().currentMessage()

    monkeypatch.setattr(store, "set_reading_position", refuse)
    with qtbot.waitSignal(window.session.saveFailed):
        window.session.save_reading_position(doc.id, 10)
