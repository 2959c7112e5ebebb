"""The map between document offsets and what the reader view shows (plain Python)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.model import NoiseSpan
from reader.ui.display_map import DisplayOptions, build_display

TEXT = "كَتَبَ الوَلَدُ\u200f الدرسَ\nصورة: ملف\n\n\n\nالنص 😀 هنا"


def test_identity_when_nothing_is_hidden():
    d = build_display("abc\n\nd", (), DisplayOptions(collapse_blank_lines=True))
    assert d.identity and d.text == "abc\n\nd"
    assert d.display_range(1, 3) == (1, 3) and d.doc_range(1, 3) == (1, 3)


def test_hidden_diacritics_belong_to_their_letter():
    d = build_display(TEXT, (), DisplayOptions(show_diacritics=False))
    assert d.text.startswith("كتب الولد\u200f الدرس\n")
    word = TEXT.index("الوَلَدُ")
    a, b = d.display_range(word, word + len("الوَلَدُ"))
    assert d.text[a:b] == "الولد"
    assert d.doc_range(a, b) == (word, word + len("الوَلَدُ"))


def test_hidden_noise_takes_its_line_and_blank_runs_collapse():
    caption = TEXT.index("صورة")
    noise = (NoiseSpan(caption, caption + len("صورة: ملف"), "caption"),)
    d = build_display(TEXT, noise, DisplayOptions(noise="hide"))
    assert "صورة" not in d.text
    assert "الدرسَ\n\nالنص" in d.text  # the caption line gone, four breaks shown as two
    end = TEXT.index("النص")
    a, b = d.display_range(end, end + 4)
    assert d.text[a:b] == "النص"
    hidden = d.display_range(caption, caption + 9)
    assert hidden[0] == hidden[1]  # a range inside hidden noise shows as nothing


def test_dimmed_noise_spans():
    caption = TEXT.index("صورة")
    d = build_display(TEXT, (NoiseSpan(caption, caption + 9, "caption"),), DisplayOptions())
    (a, b), = d.dimmed
    assert d.text[a:b] == "صورة: ملف"


def test_invisible_markers_are_inserted_before_the_character():
    d = build_display(TEXT, (), DisplayOptions(show_invisibles=True))
    (start, end, label), = d.markers
    assert label == "RLM" and d.text[start:end] == "\u2066RLM\u2069"
    assert d.text[end] == "\u200f"
    rlm = TEXT.index("\u200f")
    assert d.doc_range(start, end + 1) == (rlm, rlm + 1)


def test_utf16_positions_for_characters_outside_the_bmp():
    d = build_display(TEXT, (), DisplayOptions(collapse_blank_lines=False))
    assert d.identity
    emoji = TEXT.index("😀")
    assert d.qt_position(emoji) == emoji
    assert d.qt_position(emoji + 1) == emoji + 2  # the emoji takes two UTF-16 units
    assert d.qt_range(emoji + 2, emoji + 5) == (emoji + 3, emoji + 6)
    assert d.doc_range_from_qt(emoji + 3, emoji + 6) == (emoji + 2, emoji + 5)
    assert d.display_index(emoji + 1) == emoji  # inside the surrogate pair


alphabet = st.sampled_from(list("كتبَُِّ ًاـلو\u200f\u200c\n😀ab"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet, max_size=60), st.booleans(), st.booleans(), st.data())
def test_ranges_round_trip(text, show_diacritics, show_invisibles, data):
    options = DisplayOptions(show_diacritics=show_diacritics, show_invisibles=show_invisibles,
                             noise="hide")
    noise = ()
    if len(text) > 4:
        a = data.draw(st.integers(0, len(text) - 2))
        noise = (NoiseSpan(a, data.draw(st.integers(a + 1, len(text))), "x"),)
    d = build_display(text, noise, options)
    starts = d.starts if d.starts is not None else range(len(text))
    assert list(starts) == sorted(starts)  # monotone: bisect works
    for i, ch in enumerate(d.text):
        s, e = d.doc_range(i, i + 1)
        if e > s:
            assert text[s] == ch  # a shown character comes from that place in the text
    # document range -> display range -> document range -> the same display range
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    a, b = d.display_range(s, e)
    assert 0 <= a <= b <= len(d.text)
    assert d.display_range(*d.doc_range(a, b)) == (a, b)
    assert d.qt_ranges([(s, e)]) == [d.qt_range(s, e)]
