"""The window as a whole: library search, sidebar tabs, the sample on a fresh profile,
the Arabic interface, and many Qt calls in one process."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reader.core.model import ImportedDocument
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.reader_view import ReaderView


def test_fresh_profile_opens_the_sample(make_window):
    window = make_window()
    window.open_initial([])
    doc = window.current_document()
    assert doc is not None and "Alipay" in doc.text
    window.open_initial([])  # idempotent: still one article
    assert len(window.library_pane.entry_ids()) == 1


def test_sidebar_tab_is_one_call_and_document_changes_are_signalled(qtbot, window):
    label = QLabel("entities")
    index = window.add_sidebar_tab(label, "Entities")
    assert window.sidebar.widget(index) is label and window.sidebar.tabText(index) == "Entities"
    imported = ImportedDocument(text="خبر عن الاقتصاد.\n\nوقال الوزير إن النمو مستمر.", title="خبر")
    doc = window.session.store.import_document(imported).document
    with qtbot.waitSignal(window.documentChanged) as changed:
        window.open_document(doc.id)
    assert changed.args[0].id == doc.id
    assert window.current_document().id == doc.id


def test_library_lists_articles_and_searches(qtbot, window):
    doc = window.current_document()
    start = doc.text.index("احتكار")
    window.session.annotations.add(doc.id, start, start + 6, note="monopoly")
    item_text = window.library_pane.list.item(0).text()
    assert "annotations: 1" in item_text and "Alipay" in item_text
    imported = ImportedDocument(text="البنك المركزي يرفع الفائدة.\n\nقال المحافظ إن التضخم مرتفع.",
                                title="الفائدة", outlet="وكالة الأنباء", date="2024-03-01")
    other = window.session.store.import_document(imported).document
    window.refresh_library()
    texts = [window.library_pane.list.item(i).text() for i in range(window.library_pane.list.count())]
    assert any("وكالة الأنباء · 2024-03-01 · annotations: 0" in t for t in texts)

    pane = window.library_pane
    pane.search_box.setText("احتكار")
    hits = pane.run_search()
    assert [h.doc_id for h in hits if h.kind == "document"] == [doc.id]
    assert pane.stack.currentWidget() is pane.hits
    window.open_document(other.id)
    with qtbot.waitSignal(window.documentChanged):
        pane.hits.itemClicked.emit(pane.hits.item(0))
    assert window.current_document().id == doc.id
    s, e = window.reader.selected_range()
    assert doc.text[s:e] == "احتكار"
    pane.search_box.setText("")
    assert pane.stack.currentWidget() is pane.list


def test_arabic_interface_is_mirrored_and_translated(make_window):
    window = make_window(lang="ar")
    window.open_sample()
    app = QApplication.instance()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&ملف", "&تحرير", "&تعليقات", "ت&رجمة", "ت&حليل", "الم&فردات", "&عرض"]
    assert window.actions.highlight["yellow"].text() == "تظليل بالأصفر"
    assert window.sidebar.tabText(0) == "التعليقات"
    # Qt's own strings (standard dialogs, context menus) come from qtbase_ar.qm
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"
    # the article stays right to left
    block = window.reader.document().begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_english_interface_is_left_to_right_with_a_right_to_left_article(make_window):
    window = make_window(lang="en")
    window.open_sample()
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.menuBar().actions()[0].text() == "&File"
    block = window.reader.document().begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_language_comes_from_the_argument_the_setting_or_the_system(monkeypatch):
    from PySide6.QtCore import QLocale

    from reader.ui.i18n import choose_language

    assert choose_language("ar_EG", "en") == "ar"
    assert choose_language(None, "ar") == "ar"
    assert choose_language("fr", None) in ("en", "ar")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ar_SA")))
    assert choose_language(None, None) == "ar"


def test_qt_translations_folder_has_arabic():
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert (__import__("pathlib").Path(folder) / "qtbase_ar.qm").is_file()


def test_many_qt_calls_and_widgets_do_not_crash(qtbot):
    """PySide6 6.12.0 on Python 3.11 aborts (none_dealloc) after a few thousand Qt calls
    returning None; the dependency pin keeps it away. This makes sure it stays away."""
    assert sys.version_info >= (3, 12) or tuple(int(x) for x in __import__("PySide6").__version__.split(".")[:2]) < (6, 12)
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20000):
        label.setText("نص")  # returns None
        label.setToolTip("x")
        label.update()
    for _ in range(60):
        view = ReaderView()
        panel = AnnotationsPanel()
        holder = QWidget()
        view.setParent(holder)
        panel.setParent(holder)
        holder.deleteLater()
    QCoreApplication.sendPostedEvents(None, 0)
    QApplication.processEvents()
    assert label.text() == "نص"


def test_a_library_that_is_not_a_database_is_refused_with_a_message(monkeypatch, tmp_path):
    from reader.ui import app as app_module

    bad = tmp_path / "library.sqlite3"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    assert app_module.run([], db=str(bad)) == 1
    assert "not a reader library" in shown[0] and str(bad) in shown[0]
    assert bad.read_text() == "not a database"  # left untouched


def test_the_command_line_turns_the_garbage_collector_back_on_after_start_up(monkeypatch):
    """`reader` switches the collector off while it starts; run() must switch it on again
    (a reader left without one would grow without bound)."""
    import gc

    from reader import cli
    from reader.ui import app as app_module

    seen = {}

    def fake_run(files, db=None, lang=None):
        seen["disabled while starting"] = not gc.isenabled()
        app_module.end_of_startup()
        seen["enabled after"] = gc.isenabled()
        return 0

    monkeypatch.setattr(app_module, "run", fake_run)
    try:
        assert cli.main([]) == 0
    finally:
        gc.enable()
    assert seen == {"disabled while starting": True, "enabled after": True}


def test_run_ends_the_start_up_before_the_event_loop(monkeypatch, tmp_path):
    import gc

    from reader.ui import app as app_module

    class Stub:
        def show(self):
            pass

        def open_initial(self, paths):
            pass

        def exec(self):
            return 0 if gc.isenabled() else 99

    monkeypatch.setattr(app_module, "application", lambda: Stub())
    monkeypatch.setattr(app_module, "create_window", lambda *a, **k: (Stub(), "en", []))
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    gc.disable()
    try:
        assert app_module.run([], db=str(tmp_path / "lib.sqlite3")) == 0
    finally:
        gc.enable()
