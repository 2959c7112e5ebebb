#!/usr/bin/env python3
"""Benchmark the reader's window against a bare QTextBrowser showing the same text.

    python bench/bench_gui.py            # 5 runs of each, medians printed
    python bench/bench_gui.py --runs 9

Every measurement runs in a fresh subprocess on the offscreen platform:

* start to first paint with the sample article: from spawning the process to the first
  paint of the text view (the reader: main window, library, sample open; bare: a
  QTextBrowser with ``setPlainText``);
* opening a 1 MB Arabic text with 2,000 highlights: from asking to open it to the first
  paint of the text (the reader: from the library, with the annotations panel filled;
  bare: ``setPlainText``, and ``setPlainText`` + 2,000 extra selections);
* peak memory of the process (``ru_maxrss``) for each.

Targets: the reader within 1.5x bare Qt for both times; under 300 MB for the 1 MB case.
Wall times depend on the machine (and on what else runs on it); compare the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW = (1400, 900)
BOOK_BYTES = 1_000_000
HIGHLIGHTS = 2000

# --- what runs in the child process -----------------------------------------------------

CHILD_PRELUDE = r"""
import os, sys, time, json, resource
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.when = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.when is None:
            self.when = time.time()
            QTimer.singleShot(0, self.app.quit)
        return False

def report(start_open, painted, extra=None):
    out = {{"painted": painted, "open_to_paint": painted - start_open,
           "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}
    out.update(extra or {{}})
    print("RESULT " + json.dumps(out), flush=True)
"""

CHILD_APP = r"""
import gc
gc.disable()  # as `reader` does before it imports the window (reader/cli.py)
_t = time.time()
import reader.core.store  # the library's own dependencies (sqlite-utils, anchoring...)
core_import = time.time() - _t
from reader.ui.app import application, create_window
from reader.ui.session import Session
app = application()
session = Session.open({db!r})
window, _lang, _tr = create_window(session, "en", defer_analysis=True)  # as `reader` does
from reader.ui.app import end_of_startup
end_of_startup()
window.resize({w}, {h})
probe = FirstPaint(app)
window.reader.viewport().installEventFilter(probe)
window.show()
start_open = time.time()
if {doc_id!r}:
    window.open_document({doc_id!r})
else:
    window.open_initial([])
app.exec()
report(start_open, probe.when, {{"highlights": len(window.reader.highlight_ranges()),
                                 "core_import": core_import}})
"""

CHILD_BARE = r"""
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit
app = QApplication([])
view = QTextBrowser()
view.resize({w}, {h})
probe = FirstPaint(app)
view.viewport().installEventFilter(probe)
view.show()
start_open = time.time()
text = open({text_path!r}, encoding="utf-8").read()
view.setPlainText(text)
if {selections}:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#fff176"))
    doc = view.document()
    step = max(1, len(text) // {selections})
    sels = []
    for i in range({selections}):
        s = QTextEdit.ExtraSelection()
        c = QTextCursor(doc)
        c.setPosition(i * step)
        c.setPosition(min(len(text), i * step + 20), QTextCursor.MoveMode.KeepAnchor)
        s.cursor = c
        s.format = fmt
        sels.append(s)
    view.setExtraSelections(sels)
app.exec()
report(start_open, probe.when)
"""


def child_env() -> dict:
    """Offscreen, and with bytecode caching on: an installed reader has its .pyc files
    (pip compiles them), so a run must not recompile every module it imports."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(code: str) -> dict:
    started = time.time()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, env=child_env())
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
            result["start_to_paint"] = result["painted"] - started
            return result
    raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


# --- preparing the data (not timed) -----------------------------------------------------


def make_book(sample: str) -> str:
    """About 1 MB of Arabic news text: the sample's paragraphs, numbered, repeated."""
    paragraphs = [p.strip() for p in sample.split("\n") if len(p.strip()) > 30]
    out, size, i = [], 0, 0
    while size < BOOK_BYTES:
        p = f"{i + 1}. {paragraphs[i % len(paragraphs)]}"
        out.append(p)
        size += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out) + "\n"


def prepare(tmp: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from reader.core.anchoring import describe
    from reader.core.importers import import_bytes, import_file
    from reader.core.model import Annotation, new_uuid, now_iso
    from reader.core.resources import sample_article
    from reader.core.store import Store
    from reader.core.text import tokenize

    sample_text = import_file(sample_article()).text
    (tmp / "sample.txt").write_text(sample_text, encoding="utf-8")
    book = make_book(sample_text)
    (tmp / "book.txt").write_text(book, encoding="utf-8")

    warm = tmp / "warm.sqlite3"
    with Store.open(warm) as store:  # a profile that has been used: sample already in it
        sample_id = store.import_document(import_file(sample_article())).document.id
        store.set_setting("ui.last_document", sample_id)

    big = tmp / "big.sqlite3"
    with Store.open(big) as store:
        doc = store.import_document(import_bytes(book.encode("utf-8"), "book.txt")).document
        words = tokenize(doc.text)
        step = len(words) // HIGHLIGHTS
        colors = ("yellow", "green", "blue", "pink", "purple")
        stamp = now_iso()
        items = []
        for i in range(HIGHLIGHTS):
            first = words[i * step]
            last = words[min(len(words) - 1, i * step + 1 + i % 4)]
            items.append(Annotation(
                uuid=new_uuid(), doc_id=doc.id,
                selector=describe(doc.text, first.start, last.end),
                color=colors[i % 5], note="ملاحظة" if i % 7 == 0 else "",
                created=stamp, updated=stamp))
        store.merge_annotations(items)
        n = len(store.annotations(doc.id))
    return {"warm": str(warm), "big": str(big), "big_id": doc.id, "sample": str(tmp / "sample.txt"),
            "book": str(tmp / "book.txt"), "book_bytes": len(book.encode("utf-8")),
            "book_chars": len(book), "highlights": n}


# --- the measurements -------------------------------------------------------------------


def app_code(db: str, doc_id: str = "") -> str:
    return CHILD_PRELUDE.format(root=str(ROOT)) + CHILD_APP.format(
        db=db, doc_id=doc_id, w=WINDOW[0], h=WINDOW[1])


def bare_code(text_path: str, selections: int = 0) -> str:
    return CHILD_PRELUDE.format(root=str(ROOT)) + CHILD_BARE.format(
        text_path=text_path, selections=selections, w=WINDOW[0], h=WINDOW[1])


def summarise(label: str, results: list[dict]) -> dict:
    summary = {
        key: statistics.median(r[key] for r in results)
        for key in ("start_to_paint", "open_to_paint", "maxrss_mb", "core_import")
        if key in results[0]
    }
    core = (f"   (of which importing reader.core.store: {summary['core_import'] * 1000:.0f} ms)"
            if "core_import" in summary else "")
    print(f"  {label:<48} start->paint {summary['start_to_paint'] * 1000:6.0f} ms   "
          f"open->paint {summary['open_to_paint'] * 1000:5.0f} ms   "
          f"peak {summary['maxrss_mb']:4.0f} MB{core}", flush=True)
    summary["runs"] = results
    return summary


def run_interleaved(configs: dict, runs: int) -> dict[str, list[dict]]:
    """Each run measures every configuration once, in turn, so that load from other
    programs on the machine falls on all of them alike."""
    results: dict[str, list[dict]] = {name: [] for name in configs}
    for i in range(runs):
        for name, code_for_run in configs.items():
            results[name].append(run_child(code_for_run(i)))
    return results


def ratio(a: dict, b: dict, key: str) -> float:
    """The median of the per-run ratios (the runs were interleaved)."""
    return statistics.median(x[key] / y[key] for x, y in zip(a["runs"], b["runs"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp_name:
        tmp = Path(tmp_name)
        data = prepare(tmp)
        print(f"PySide6 on Python {sys.version.split()[0]}, offscreen, window {WINDOW[0]}x{WINDOW[1]}, "
              f"median of {args.runs} interleaved runs; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} CPUs")

        run_child(app_code(data["warm"]))  # untimed: writes the .pyc files, as pip would

        def fresh(i: int) -> str:
            return app_code(str(tmp / f"fresh{i}-{time.time_ns()}.sqlite3"))

        small = run_interleaved({
            "bare": lambda i: bare_code(data["sample"]),
            "fresh": fresh,
            "warm": lambda i: app_code(data["warm"]),
        }, args.runs)
        print("\nStart to first paint, sample article:")
        bare = summarise("bare QTextBrowser.setPlainText", small["bare"])
        app_fresh = summarise("reader, fresh profile (creates library, imports)", small["fresh"])
        app_warm = summarise("reader, library already has the sample", small["warm"])

        big = run_interleaved({
            "bare": lambda i: bare_code(data["book"]),
            "bare_sel": lambda i: bare_code(data["book"], HIGHLIGHTS),
            "app": lambda i: app_code(data["big"], data["big_id"]),
        }, args.runs)
        print(f"\nOpening {data['book_bytes'] / 1e6:.2f} MB of Arabic ({data['book_chars']:,} chars) "
              f"with {data['highlights']:,} highlights:")
        bare_big = summarise("bare QTextBrowser.setPlainText", big["bare"])
        bare_sel = summarise("bare + 2,000 extra selections", big["bare_sel"])
        app_big = summarise("reader (library -> view + annotations panel)", big["app"])

        print("\nRatios, median of per-run ratios (targets: within 1.5x bare; < 300 MB for 1 MB):")
        print(f"  start to first paint, sample: fresh profile "
              f"{ratio(app_fresh, bare, 'start_to_paint'):.2f}x, warm "
              f"{ratio(app_warm, bare, 'start_to_paint'):.2f}x bare")
        print(f"  1 MB + 2,000 highlights, open to paint: "
              f"{ratio(app_big, bare_big, 'open_to_paint'):.2f}x bare setPlainText, "
              f"{ratio(app_big, bare_sel, 'open_to_paint'):.2f}x bare with the 2,000 selections; "
              f"start to paint {ratio(app_big, bare_big, 'start_to_paint'):.2f}x")
        print(f"  peak memory, 1 MB: reader {app_big['maxrss_mb']:.0f} MB, "
              f"bare {bare_big['maxrss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
