"""What the reader view shows for a document, and the map between the two.

The view may hide diacritics, hide noise and insert small visible markers for bidi controls
and zero-width characters; annotations are stored in document offsets (Python ``str``
indices). :class:`DisplayText` holds the text given to Qt and converts in both directions,
including to Qt's UTF-16 positions (a character outside the BMP takes two positions in a
QTextDocument). Diacritics are hidden with :func:`reader.core.text.strip_diacritics`' rule,
and a hidden diacritic belongs to the letter before it, so a highlight chosen on the bare
letters covers their marks in the stored text.

No Qt here: this is plain data, tested on its own. When nothing is hidden or inserted (the
default) the map is the identity and costs nothing, which matters for a 1 MB book.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from reader.core.model import NoiseSpan
from reader.core.text import DIACRITICS, INVISIBLES, TATWEEL

#: Short labels shown for invisible characters when they are made visible.
INVISIBLE_LABELS = {
    "\u061C": "ALM", "\u200E": "LRM", "\u200F": "RLM", "\u202A": "LRE", "\u202B": "RLE",
    "\u202C": "PDF", "\u202D": "LRO", "\u202E": "RLO", "\u2066": "LRI", "\u2067": "RLI",
    "\u2068": "FSI", "\u2069": "PDI", "\u200B": "ZWSP", "\u200C": "ZWNJ", "\u200D": "ZWJ",
    "\u2060": "WJ", "\uFEFF": "BOM", "\u00AD": "SHY",
}
# A marker is isolated left-to-right (LRI ... PDI) so that an override in the text around it
# cannot reverse its letters.
_MARK_OPEN, _MARK_CLOSE = "\u2066", "\u2069"

_HIDDEN_MARKS = re.compile("[" + re.escape("".join(sorted(DIACRITICS | {TATWEEL}))) + "]+")
_INVISIBLE_RE = re.compile("[" + re.escape("".join(sorted(INVISIBLES))) + "]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010FFFF]")
_BLANK_RUN_RE = re.compile("\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+")

NOISE_SHOW, NOISE_DIM, NOISE_HIDE = "show", "dim", "hide"


@dataclass(frozen=True)
class DisplayOptions:
    show_diacritics: bool = True
    noise: str = NOISE_DIM  # show | dim | hide
    show_invisibles: bool = False
    collapse_blank_lines: bool = True  # show runs of empty lines as one empty line


@dataclass
class DisplayText:
    """The displayed text and the offset maps; build it with :func:`build_display`."""

    text: str
    doc_length: int
    starts: array | None = None  # per displayed char: document offset where it begins
    ends: array | None = None  # per displayed char: document offset just past it
    markers: list[tuple[int, int, str]] = field(default_factory=list)  # display spans, label
    dimmed: list[tuple[int, int]] = field(default_factory=list)  # display spans of noise
    _astral: list[int] = field(default_factory=list)  # display indices of non-BMP chars
    _astral_qt: list[int] = field(default_factory=list)  # their Qt positions

    def __post_init__(self) -> None:
        if _ASTRAL_RE.search(self.text):
            self._astral = [m.start() for m in _ASTRAL_RE.finditer(self.text)]
            self._astral_qt = [a + i for i, a in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        return self.starts is None

    # --- document <-> display ------------------------------------------------------------

    def to_display(self, doc_offset: int) -> int:
        """The display index of the first shown character at or after ``doc_offset``."""
        if self.starts is None:
            return max(0, min(doc_offset, len(self.text)))
        return bisect_left(self.starts, doc_offset)

    def display_range(self, start: int, end: int) -> tuple[int, int]:
        """A document range as a display range (empty when all of it is hidden)."""
        a = self.to_display(start)
        b = self.to_display(end)
        return a, max(a, b)

    def doc_start(self, display_index: int) -> int:
        if self.starts is None:
            return max(0, min(display_index, self.doc_length))
        if display_index >= len(self.starts):
            return self.doc_length
        return self.starts[max(0, display_index)]

    def doc_end(self, display_end: int) -> int:
        """The document offset just past the displayed characters before ``display_end``."""
        if self.ends is None:
            return max(0, min(display_end, self.doc_length))
        if display_end <= 0:
            return self.starts[0] if self.starts else 0
        return self.ends[min(display_end, len(self.ends)) - 1]

    def doc_range(self, display_start: int, display_end: int) -> tuple[int, int]:
        a = self.doc_start(display_start)
        b = self.doc_end(display_end) if display_end > display_start else a
        return a, max(a, b)

    # --- display <-> Qt (UTF-16) positions -------------------------------------------------

    def qt_position(self, display_index: int) -> int:
        if not self._astral:
            return display_index
        return display_index + bisect_left(self._astral, display_index)

    def display_index(self, qt_position: int) -> int:
        if not self._astral:
            return qt_position
        before = bisect_left(self._astral_qt, qt_position)
        if before and self._astral_qt[before - 1] + 1 == qt_position:
            return self._astral[before - 1]  # inside a surrogate pair: the character itself
        return qt_position - before

    def qt_range(self, doc_start: int, doc_end: int) -> tuple[int, int]:
        a, b = self.display_range(doc_start, doc_end)
        return self.qt_position(a), self.qt_position(b)

    def qt_ranges(self, spans) -> list[tuple[int, int]]:
        """:meth:`qt_range` for many (start, end) pairs; cheap when nothing is hidden."""
        if self.starts is None and not self._astral:
            n = len(self.text)
            return [(min(a, n), min(max(a, b), n)) for a, b in spans]
        return [self.qt_range(a, b) for a, b in spans]

    def doc_range_from_qt(self, qt_start: int, qt_end: int) -> tuple[int, int]:
        return self.doc_range(self.display_index(qt_start), self.display_index(qt_end))


def _hidden_runs(text: str, noise: tuple[NoiseSpan, ...]) -> list[tuple[int, int]]:
    """Noise spans to hide; a span that fills its line takes the line break with it."""
    spans = []
    n = len(text)
    for span in noise:
        a, b = max(0, span.start), min(n, span.end)
        if a >= b:
            continue
        line_start = a == 0 or text[a - 1] == "\n"
        if line_start and b < n and text[b] == "\n":
            b += 1
        spans.append((a, b))
    return _merge(spans)


def _blank_runs(text: str) -> list[tuple[int, int]]:
    """Runs of three or more line breaks with only spaces between: all but one empty line."""
    spans = []
    for m in _BLANK_RUN_RE.finditer(text):
        second = text.index("\n", m.start() + 1)
        spans.append((second + 1, m.end()))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def build_display(
    text: str, noise: tuple[NoiseSpan, ...] = (), options: DisplayOptions = DisplayOptions()
) -> DisplayText:
    """The text to show for ``text`` under ``options``, with its offset maps."""
    hidden_runs = _hidden_runs(text, noise) if options.noise == NOISE_HIDE else []
    if hidden_runs:
        # hidden noise takes no room: the empty lines it leaves next to each other go too
        hidden_runs = _merge(hidden_runs + _blank_lines_left(text, hidden_runs, options.collapse_blank_lines))
    elif options.collapse_blank_lines:
        hidden_runs = _blank_runs(text)
    marks = [] if options.show_diacritics else [m.span() for m in _HIDDEN_MARKS.finditer(text)]
    invisibles = (
        [m.start() for m in _INVISIBLE_RE.finditer(text)] if options.show_invisibles else []
    )
    if not hidden_runs and not marks and not invisibles:
        display = DisplayText(text, len(text))
        if options.noise == NOISE_DIM:
            display.dimmed = [(s.start, s.end) for s in noise if s.start < s.end]
        return display
    return _build_mapped(text, noise, options, hidden_runs, marks, invisibles)


def _blank_lines_left(text: str, hidden: list[tuple[int, int]], collapse: bool) -> list[tuple[int, int]]:
    """Empty lines to hide once the ``hidden`` spans are gone: an empty line right after
    another empty line (or at the very top) when only hidden lines were between them, and,
    with ``collapse``, every empty line after an empty line. Each comes with its line break."""
    out: list[tuple[int, int]] = []
    k = 0  # next hidden span
    previous_blank = True  # the top of the text counts as a blank line
    hidden_between = False
    n = len(text)
    start = 0
    while start < n:
        end = text.find("\n", start)
        end = n if end < 0 else end
        while k < len(hidden) and hidden[k][1] <= start:
            k += 1
        if k < len(hidden) and hidden[k][0] <= start and end + 1 <= hidden[k][1]:
            hidden_between = True  # this whole line (with its break) is hidden
        elif text[start:end].strip(" \t\u00a0"):
            previous_blank, hidden_between = False, False
        else:
            if previous_blank and (hidden_between or (collapse and start > 0)):
                out.append((start, min(n, end + 1)))
            else:
                previous_blank, hidden_between = True, False
        start = end + 1
    return out


def _build_mapped(text, noise, options, hidden_runs, marks, invisibles) -> DisplayText:
    noise_starts = [a for a, _ in hidden_runs]

    def in_noise(i: int) -> bool:
        k = bisect_right(noise_starts, i) - 1
        return k >= 0 and hidden_runs[k][0] <= i < hidden_runs[k][1]

    # Events along the text: hidden runs (noise, marks) and marker insertion points.
    hidden = _merge(hidden_runs + marks)
    inserts = [i for i in invisibles if not in_noise(i)]
    parts: list[str] = []
    starts, ends = array("q"), array("q")
    markers: list[tuple[int, int, str]] = []
    pos = 0
    ins = 0
    length = 0

    def keep(a: int, b: int) -> None:
        nonlocal ins, length
        while a < b:
            nxt = inserts[ins] if ins < len(inserts) else b
            if a <= nxt < b:
                if nxt > a:
                    _emit(a, nxt)
                label = INVISIBLE_LABELS.get(text[nxt], "?")
                marker = _MARK_OPEN + label + _MARK_CLOSE
                parts.append(marker)
                starts.extend([nxt] * len(marker))
                ends.extend([nxt] * len(marker))
                markers.append((length, length + len(marker), label))
                length += len(marker)
                ins += 1
                a = nxt
                # the invisible character itself is kept after its marker
                _emit(a, a + 1)
                a += 1
            else:
                _emit(a, b)
                a = b

    def _emit(a: int, b: int) -> None:
        nonlocal length
        parts.append(text[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))
        length += b - a

    for a, b in hidden:
        if a > pos:
            keep(pos, a)
        # hidden diacritics after a shown letter belong to that letter
        if length and ends[-1] == a and not in_noise(a):
            ends[-1] = _mark_run_end(text, a, b)
        pos = max(pos, b)
    if pos < len(text):
        keep(pos, len(text))
    display = DisplayText("".join(parts), len(text), starts, ends, markers)
    if options.noise == NOISE_DIM:
        display.dimmed = [display.display_range(s.start, s.end) for s in noise]
        display.dimmed = [(a, b) for a, b in display.dimmed if a < b]
    return display


def _mark_run_end(text: str, a: int, b: int) -> int:
    """End of the diacritics/tatweel run starting at ``a`` (within the hidden span a..b)."""
    m = _HIDDEN_MARKS.match(text, a)
    return min(b, m.end()) if m else a
