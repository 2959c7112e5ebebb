"""Printing Arabic to a terminal, and a progress bar. No Qt here.

Terminals do not shape Arabic or apply the bidi algorithm, so when standard output is a
terminal each line is reshaped (arabic-reshaper) and put in visual order (python-bidi).
When output goes to a pipe or a file, text stays in logical order: that is what other
programs expect. ``--visual``/``--logical`` force either.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def visual_line(line: str) -> str:
    import arabic_reshaper
    from bidi import get_display

    if not line.strip():
        return line
    return get_display(arabic_reshaper.reshape(line), base_dir="R")


def render(text: str, visual: bool) -> str:
    if not visual:
        return text
    return "\n".join(visual_line(line) for line in text.split("\n"))


def wants_visual(stream: TextIO, force: str | None) -> bool:
    if force == "visual":
        return True
    if force == "logical":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class Progress:
    """A one-line progress bar on stderr when it is a terminal; plain lines otherwise."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None):
        self.total = max(total, 1)
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self.started = time.monotonic()

    def step(self, name: str = "") -> None:
        self.done += 1
        if self.tty:
            width = 30
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            short = (name[-40:]) if name else ""
            self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} {short:<40}")
            if self.done >= self.total:
                self.stream.write("\n")
            self.stream.flush()

    def finish(self) -> float:
        if self.tty and self.done < self.total:
            self.stream.write("\n")
        return time.monotonic() - self.started
