"""Printing Arabic to a terminal, and a progress bar. No Qt here.

Terminals do not shape Arabic or apply the bidi algorithm, so when standard output is a
terminal each line is reshaped (arabic-reshaper) and put in visual order (python-bidi).
When output goes to a pipe or a file, text stays in logical order: that is what other
programs expect. ``--visual``/``--logical`` force either.

Everything the commands print goes through :func:`write_out` and :func:`error`: text is made
printable first (undecodable bytes of file names become U+FFFD), and a standard output that
cannot be written (a full disk, ``/dev/full``) becomes one :class:`OutputError` line instead of
a traceback.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from typing import TextIO

from reader.core.display import display_name, one_line, replace_surrogates
from reader.core.errors import ReaderError


class OutputError(ReaderError):
    """Standard output cannot be written (disk full, device error)."""


def write_out(text: str) -> None:
    """Write ``text`` to standard output; a write that fails becomes an OutputError.

    A closed pipe (``reader list | head``) is not an error: BrokenPipeError goes through."""
    try:
        sys.stdout.write(replace_surrogates(text))
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _output_error(exc) from None


def write_json_out(data, chunk_chars: int = 1 << 16) -> None:
    """``json.dumps(data, ensure_ascii=False, indent=2)`` and a line break, written while it
    is encoded: the analysis of a 10 MB text is 90 MB of JSON, ten million small strings
    before they are joined into one."""
    import json

    parts: list[str] = []
    size = 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data):
        parts.append(chunk)
        size += len(chunk)
        if size >= chunk_chars:
            write_out("".join(parts))
            parts, size = [], 0
    write_out("".join(parts) + "\n")


def flush_out() -> None:
    """Flush standard output, with the same errors as :func:`write_out`."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _output_error(exc) from None


def _output_error(exc: OSError) -> OutputError:
    discard_output()
    reason = exc.strerror or os.strerror(exc.errno or errno.EIO)
    return OutputError(f"cannot write the output ({reason})")


def discard_output() -> None:
    """Point standard output at /dev/null, so that Python's last flush when it exits does not
    fail a second time (and print a traceback) on what could not be written."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (tests capture output): nothing is flushed at exit
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def error(message: str) -> None:
    """One line on standard error (made printable and kept on one line)."""
    try:
        print(one_line(message), file=sys.stderr, flush=True)
    except OSError:
        pass  # standard error itself is gone: there is nowhere left to say anything


def count(n: int, word: str, plural: str | None = None) -> str:
    """"1 annotation", "2 annotations"."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


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
            short = display_name(name)[-40:] if name else ""
            self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} {short:<40}")
            if self.done >= self.total:
                self.stream.write("\n")
            self.stream.flush()

    def finish(self) -> float:
        if self.tty and self.done < self.total:
            self.stream.write("\n")
        return time.monotonic() - self.started
