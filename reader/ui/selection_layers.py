"""Highlights, find matches and the active annotation, as layers of extra selections.

``QTextEdit.setExtraSelections`` is cheap to paint, but it computes the screen rectangle of
every selection it is given, which lays out the whole document: for a 1 MB book that is the
difference between opening at once and waiting. So the view keeps every range here, sorted,
and hands Qt only the ranges in the blocks on screen (recomputed when it scrolls).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from PySide6.QtGui import QTextCharFormat

#: Painting order: later layers are drawn over earlier ones. Marks from the analysis
#: (entities, claims, saved vocabulary) lie under the user's highlights and find matches.
LAYER_ORDER = ("entities", "claims", "vocabulary", "highlight", "find", "find_current", "active")
#: The layers other features fill through ``ReaderView.set_marks``.
MARK_LAYERS = ("entities", "claims", "vocabulary")


class LayerRange(NamedTuple):  # a tuple: thousands are made when a book opens
    start: int  # Qt positions
    end: int
    format: QTextCharFormat
    key: str = ""  # e.g. the annotation's uuid


def _start(r: LayerRange) -> int:
    return r.start


class _Layer:
    def __init__(self, ranges: list[LayerRange]):
        self.ranges = sorted((r for r in ranges if r.end > r.start), key=_start)
        self.starts = [r.start for r in self.ranges]
        self.longest = max((r.end - r.start for r in self.ranges), default=0)

    def overlapping(self, a: int, b: int) -> list[LayerRange]:
        lo = bisect_left(self.starts, a - self.longest)
        hi = bisect_left(self.starts, b)
        return [r for r in self.ranges[lo:hi] if r.end > a]


class SelectionLayers:
    def __init__(self) -> None:
        self._layers: dict[str, _Layer] = {}

    def set(self, name: str, ranges: list[LayerRange]) -> None:
        if name not in LAYER_ORDER:
            raise ValueError(f"unknown layer {name!r}")
        self._layers[name] = _Layer(ranges)

    def clear(self, name: str | None = None) -> None:
        if name is None:
            self._layers.clear()
        else:
            self._layers.pop(name, None)

    def ranges(self, name: str) -> list[LayerRange]:
        layer = self._layers.get(name)
        return list(layer.ranges) if layer else []

    def visible(self, a: int, b: int) -> list[LayerRange]:
        """Ranges of every layer that overlap [a, b), in painting order."""
        out: list[LayerRange] = []
        for name in LAYER_ORDER:
            layer = self._layers.get(name)
            if layer:
                out.extend(layer.overlapping(a, b))
        return out
