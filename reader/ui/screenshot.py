"""A picture of the window with an article open (for the README and for checking by eye).

Everything happens in a throw-away copy of the library in a temporary folder: the file is
imported there and, when asked and the article has no highlights, two or three example
highlights are added there. The user's library is only read (to copy it), never written.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from reader.core.errors import ReaderError
from reader.core.importers import import_file
from reader.core.model import Document
from reader.core.paths import database_path
from reader.core.text import sentences, tokenize



def _copy_library(source: Path, target: Path) -> None:
    """Copy the library with SQLite's backup API (safe while another reader has it open)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def demo_ranges(doc: Document, count: int = 3) -> list[tuple[int, int]]:
    """A few word ranges in the first sentences of the body (noise and the title skipped)."""
    noise = [(n.start, n.end) for n in doc.noise]
    first_line_end = doc.text.find("\n")
    ranges: list[tuple[int, int]] = []
    for sentence in sentences(doc.text):
        if sentence.start < first_line_end or len(sentence.text) < 40:
            continue
        if any(a < sentence.end and sentence.start < b for a, b in noise):
            continue
        words = tokenize(sentence.text)
        if len(words) < 6:
            continue
        first, last = (1, 4) if len(ranges) % 2 == 0 else (len(words) - 4, len(words) - 1)
        ranges.append((sentence.start + words[first].start, sentence.start + words[last].end))
        if len(ranges) == count:
            break
    return ranges


def add_demo_highlights(session, doc: Document) -> int:
    colors = ("yellow", "green", "pink")
    example = QCoreApplication.translate(
        "Screenshot", "Example note: check this figure against the source.")
    notes = (example, "", "")
    added = 0
    for (start, end), color, note in zip(demo_ranges(doc), colors, notes):
        if session.annotations.add(doc.id, start, end, color=color, note=note) is not None:
            added += 1
    return added


def _wait_for_analysis(app, window, timeout_s: float = 60.0) -> None:
    """Let the analysis worker finish so the picture shows the claims and entities."""
    import time

    feature = getattr(window, "analysis_feature", None)
    if feature is None:
        return
    deadline = time.monotonic() + timeout_s
    while feature.analysis is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _show_tab(window, name: str) -> None:
    """Bring the sidebar tab whose title starts with ``name`` (any language) to the front."""
    sidebar = window.sidebar
    feature = getattr(window, "analysis_feature", None)
    index = getattr(feature, "tab_index", {}).get(name.lower()) if feature else None
    if index is None:
        for i in range(sidebar.count()):
            if sidebar.tabText(i).replace("&", "").lower().startswith(name.lower()):
                index = i
                break
    if index is not None:
        sidebar.setCurrentIndex(index)


def run(
    file: str,
    out: str,
    size: tuple[int, int] = (1400, 900),
    db: str | None = None,
    lang: str | None = None,
    highlights: bool = True,
    tab: str | None = None,
) -> int:
    """Render the main window with ``file`` open and save it as a PNG at ``out``."""
    if QApplication.instance() is None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed for a picture
    from .app import application, create_window
    from .i18n import remove_language
    from .session import Session

    app = application()
    with tempfile.TemporaryDirectory(prefix="reader-screenshot-") as tmp:
        work_db = Path(tmp) / "library.sqlite3"
        source = database_path(db)
        try:
            if source.is_file() and source.stat().st_size > 0:
                _copy_library(source, work_db)
            session = Session.open(work_db)
        except (ReaderError, sqlite3.Error) as exc:
            print(f"reader: cannot read the library {source}: {exc}", file=sys.stderr)
            return 1
        window = None
        translators: list = []
        try:
            try:
                doc = session.store.import_document(import_file(file)).document
            except ReaderError as exc:
                print(f"reader: {exc}", file=sys.stderr)
                return 1
            if highlights and not session.store.annotations(doc.id):
                add_demo_highlights(session, doc)
            session.store.set_reading_position(doc.id, 0)
            window, _language, translators = create_window(session, lang)
            window.resize(*size)
            window.show()
            window.open_document(doc.id)
            _wait_for_analysis(app, window)
            if tab:
                _show_tab(window, tab)
            for _ in range(3):
                app.processEvents()
            image = window.grab()
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(out), "PNG"):
                print(f"reader: cannot write the picture {out}", file=sys.stderr)
                return 1
        finally:
            if window is not None:
                window.close()
                window.deleteLater()
            remove_language(app, translators)
            session.close()
    return 0
