"""Reading: right-to-left layout, noise, diacritics, invisible characters, find, position,
zoom, spacing, themes and the font."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.model import ImportedDocument, NoiseSpan
from reader.ui.display_map import NOISE_DIM
from reader.ui.themes import get_theme

CAPTION = "صورة تمثيلية. الصورة: ملف"
BODY = "قالَ الوزيرُ يومَ الإثنين إنَّ النموَّ سيستمرُّ حاليًا في Alipay بنسبة 5.47%."
TEXT = f"عنوان الخبر\n{CAPTION}\n{BODY}\nوقال مصدر آخر يوم الاثنين\u200f إن الأمر\u200cمهم.\nموصى به"


def _open(window, text: str = TEXT, noise=None):
    if noise is None:
        a = text.index(CAPTION)
        b = text.index("موصى به")
        noise = (NoiseSpan(a, a + len(CAPTION), "image caption"), NoiseSpan(b, b + 7, "recommended"))
    imported = ImportedDocument(text=text, title="عنوان الخبر", outlet="وكالة", date="2024-01-02",
                                noise=tuple(noise))
    doc = window.session.store.import_document(imported).document
    window.open_document(doc.id)
    return doc


def _selected_texts(view) -> list[str]:
    selections = view.extraSelections()
    return [s.cursor.selectedText() for s in selections]


def test_article_is_right_to_left_and_right_aligned(window):
    doc = window.reader.document()
    block = doc.begin()
    count = 0
    while block.isValid():
        fmt = block.blockFormat()
        assert fmt.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert fmt.alignment() & Qt.AlignmentFlag.AlignRight
        assert fmt.alignment() & Qt.AlignmentFlag.AlignAbsolute
        count += 1
        block = block.next()
    assert count > 10
    assert doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    # the text given to Qt is the logical text, never reshaped (no presentation forms)
    assert not any("\uFB50" <= ch <= "\uFEFF" for ch in doc.toPlainText())
    assert doc.defaultFont().families()[0] == "Noto Naskh Arabic"


def test_noise_is_dimmed_then_hidden(qtbot, window):
    doc = _open(window)
    view = window.reader
    theme = get_theme(view.settings.theme)
    caption_at = view.display.qt_position(view.display.to_display(doc.text.index(CAPTION)))
    body_at = view.display.qt_position(view.display.to_display(doc.text.index(BODY)))
    qdoc = view.document()

    def colour_at(pos: int) -> str:
        cursor = view.textCursor()
        cursor.setPosition(pos + 1)
        return cursor.charFormat().foreground().color().name()

    assert view.settings.noise == NOISE_DIM
    assert colour_at(caption_at) == QColor(theme.dimmed).name()
    assert colour_at(body_at) != QColor(theme.dimmed).name()
    assert CAPTION in qdoc.toPlainText()

    start = doc.text.index("الوزيرُ")
    window.session.annotations.add(doc.id, start, start + len("الوزيرُ"))
    window.actions.hide_noise.trigger()
    shown = view.document().toPlainText()
    assert CAPTION not in shown and "موصى به" not in shown
    assert "عنوان الخبر" in shown and BODY in shown
    assert _selected_texts(view) == ["الوزيرُ"]
    window.actions.hide_noise.trigger()
    assert CAPTION in view.document().toPlainText()
    assert doc.text == window.session.store.document(doc.id).text  # nothing was deleted


def test_hidden_diacritics_keep_highlights_on_their_letters(qtbot, window):
    doc = _open(window)
    view = window.reader
    start = doc.text.index("النموَّ")
    a = window.session.annotations.add(doc.id, start, start + len("النموَّ"))
    assert _selected_texts(view) == ["النموَّ"]
    window.actions.show_diacritics.trigger()  # turn them off
    assert not view.settings.show_diacritics
    shown = view.document().toPlainText()
    assert "قال الوزير يوم الإثنين إن النمو سيستمر حاليا" in shown
    assert _selected_texts(view) == ["النمو"]
    # selecting the bare word in the view selects the word with its marks in the text
    bare = shown.index("الوزير")
    cursor = view.textCursor()
    cursor.setPosition(bare)
    cursor.setPosition(bare + len("الوزير"), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    s, e = view.selected_range()
    assert doc.text[s:e] == "الوزيرُ"
    assert window.session.store.annotation(a.uuid).quote == "النموَّ"
    window.actions.show_diacritics.trigger()
    assert BODY in view.document().toPlainText()


def test_invisible_characters_shown_on_request(qtbot, window):
    doc = _open(window)
    view = window.reader
    start = doc.text.index("مهم")
    window.session.annotations.add(doc.id, start, start + 3)
    assert "RLM" not in view.document().toPlainText()
    window.actions.show_invisibles.trigger()
    shown = view.document().toPlainText()
    assert "RLM" in shown and "ZWNJ" in shown
    assert _selected_texts(view) == ["مهم"]
    marker_at = view.display.markers[0][0]
    cursor = view.textCursor()
    cursor.setPosition(view.display.qt_position(marker_at) + 2)
    assert cursor.charFormat().property(QTextCharFormat.Property.UserProperty) == "invisible"
    window.actions.show_invisibles.trigger()
    assert "RLM" not in view.document().toPlainText()


def test_find_ignores_diacritics_and_letter_variants(qtbot, window):
    doc = _open(window)
    bar = window.find_bar
    window.actions.find.trigger()
    assert bar.isVisible()
    bar.edit.setText("الاثنين")  # bare alef: finds الإثنين (hamza below) and الاثنين
    found = [doc.text[a:b] for a, b in bar.matches]
    assert found == ["الإثنين", "الاثنين"]
    assert bar.count.text() == "1 of 2"
    bar.edit.setText("حاليا")  # the text has حاليًا (with tanwin)
    assert [doc.text[a:b] for a, b in bar.matches] == ["حاليًا"]
    bar.edit.setText("alipay")
    assert [doc.text[a:b] for a, b in bar.matches] == ["Alipay"]
    bar.edit.setText("الاثنين")
    window.actions.find_next.trigger()
    assert bar.count.text() == "2 of 2"
    view = window.reader
    current = view._layers.ranges("find_current")
    assert [(r.start, r.end) for r in current] == [view.display.qt_range(*bar.matches[1])]
    # the same places when diacritics are hidden, without searching again
    window.actions.show_diacritics.trigger()
    current = view._layers.ranges("find_current")
    (qa, qb), = [(r.start, r.end) for r in current]
    assert view.document().toPlainText()[qa:qb] == "الاثنين"
    assert (qa, qb) == view.display.qt_range(*bar.matches[1])
    bar.edit.setText("النمو")
    (a, b), = bar.matches
    assert doc.text[a:b] == "النموَّ"
    qa, qb = view.display.qt_range(a, b)
    assert view.document().toPlainText()[qa:qb] == "النمو"
    bar.close_bar()
    assert not bar.isVisible() and view._layers.ranges("find") == []


def test_reading_position_is_remembered(qtbot, make_window, db_path):
    window = make_window()
    sample = window.open_sample()
    long_text = "\n\n".join(f"فقرة رقم {i}: " + sample.text[:300] for i in range(120))
    doc = _open(window, long_text, noise=())
    target = long_text.index("فقرة رقم 80:")
    with qtbot.waitSignal(window.reader.readingPositionChanged, timeout=5000):
        window.reader.scroll_to_offset(target)
    saved = window.session.store.reading_position(doc.id)
    assert abs(saved - target) < 350
    make_window.close(window)

    again = make_window(db=db_path)
    again.open_initial([])
    assert again.current_document().id == doc.id
    assert abs(again.reader.reading_position() - target) < 350
    assert again.reader.verticalScrollBar().value() > 0


def test_reading_position_of_a_long_text_is_the_first_line_on_screen(qtbot, window):
    """Right after opening a long text (Qt's layout not finished) the position is the top,
    not the end of the text, and it follows jumps up and down the text."""
    paragraphs = [f"فقرة رقم {i}: " + BODY * 3 for i in range(3000)]
    text = "\n".join(paragraphs)
    _open(window, text, noise=())
    view = window.reader
    assert view.reading_position() < 50
    for n in (2000, 150, 2500, 1):
        target = text.index(f"فقرة رقم {n}:")
        view.scroll_to_offset(target)
        qtbot.wait(10)
        got = view.reading_position()
        assert target - 5 <= got < target + len(paragraphs[n]), (n, target, got)


def test_zoom_spacing_theme_and_font(qtbot, window):
    view = window.reader
    size = view.document().defaultFont().pointSizeF()
    window.actions.zoom_in.trigger()
    assert view.document().defaultFont().pointSizeF() > size
    window.actions.zoom_out.trigger()
    window.actions.zoom_out.trigger()
    assert view.document().defaultFont().pointSizeF() < size
    window.actions.zoom_reset.trigger()
    assert view.document().defaultFont().pointSizeF() == size
    window.actions.line_spacing[200].trigger()
    assert view.document().begin().blockFormat().lineHeight() == 200
    window.actions.themes["dark"].trigger()
    assert view.palette().base().color().name() == get_theme("dark").page
    from PySide6.QtGui import QGuiApplication, QPalette

    app_palette = QGuiApplication.palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        enabled = app_palette.color(QPalette.ColorGroup.Active, role)
        disabled = app_palette.color(QPalette.ColorGroup.Disabled, role)
        assert disabled != enabled, "disabled controls look disabled in the dark theme too"
    window.actions.themes["sepia"].trigger()
    assert view.palette().base().color().name() == get_theme("sepia").page
    window.view_controller.font_box.setCurrentFont("Amiri")
    assert view.document().defaultFont().families()[0] == "Amiri"
    # all of it is kept in the library's settings
    stored = window.session.view_settings()
    assert (stored.theme, stored.line_spacing, stored.font_family) == ("sepia", 200, "Amiri")


def test_marks_from_other_features_follow_the_display(qtbot, window):
    doc = _open(window)
    view = window.reader
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    start = doc.text.index("الوزيرُ")
    view.set_marks("entities", [(start, start + len("الوزيرُ"), fmt, "PER:الوزير")])
    assert "الوزيرُ" in _selected_texts(view)
    window.actions.show_diacritics.trigger()  # hide them: the mark moves with its letters
    assert "الوزير" in _selected_texts(view)
    assert [r.key for r in view._layers.ranges("entities")] == ["PER:الوزير"]
    window.open_sample()
    assert view.marks("entities") == [] and view._layers.ranges("entities") == []
    with pytest.raises(ValueError):
        view.set_marks("nonsense", [])


def test_marks_and_highlights_stay_on_screen_when_the_theme_changes(qtbot, window):
    """At the top of an article (no scrolling to redo them) the rebuilt text used to come
    back with no highlights or marks until the next scroll."""
    long_text = TEXT + "\n" + "\n".join(f"فقرة رقم {i}: " + BODY * 3 for i in range(2000))
    _open(window, long_text, noise=())
    view = window.reader
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#cccccc"))
    view.set_marks("claims", [(TEXT.index("النمو"), TEXT.index("النمو") + 5, fmt, "k")])
    assert view.verticalScrollBar().value() == 0
    for theme in ("dark", "light", "sepia", "light"):
        window.actions.themes[theme].trigger()
        qtbot.wait(5)
        shown = _selected_texts(view)
        assert any("النمو" in t for t in shown), (theme, shown)
