"""Many hands on one library: bulk import-annotations beside a window saving highlights.

    python bench/bench_concurrency.py [--annotations 20000]

1. ``reader import-annotations`` of N W3C annotations with notes (a whole process, as a user
   runs it), timed, and the longest single write transaction it held.
2. The same import while a "window" connection (busy timeout 50 ms, as the window's own
   connection has) saves a highlight every 100 ms: how long each save waited, and how many
   had to be queued for a retry because the library was busy.

Prints figures; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.errors import LibraryBusyError  # noqa: E402
from reader.core.importers import import_file  # noqa: E402
from reader.core.resources import sample_article  # noqa: E402
from reader.core.store import Store  # noqa: E402


def make_file(doc, n: int, path: Path) -> None:
    text = doc.text
    items = []
    for i in range(n):
        start = (i * 37) % (len(text) - 30)
        end = start + 12
        items.append({
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "Annotation",
            "created": "2026-01-01T00:00:00.000Z",
            "modified": "2026-01-01T00:00:00.000Z",
            "body": {"type": "TextualBody", "value": f"ملاحظة المترجم رقم {i} عن القروض",
                     "purpose": "commenting"},
            "target": {"reader:sha256": doc.sha256, "selector": [
                {"type": "TextQuoteSelector", "exact": text[start:end],
                 "prefix": text[max(0, start - 32):start], "suffix": text[end:end + 32]},
                {"type": "TextPositionSelector", "start": start, "end": end}]},
        })
    path.write_text(json.dumps({"type": "AnnotationPage", "items": items}, ensure_ascii=False),
                    encoding="utf-8")


def run_import(db: Path, file: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "reader", "import-annotations", str(file),
                          "--db", str(db)], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return elapsed


def longest_transaction(db: Path, file: Path) -> float:
    """Merge in-process and time each batch transaction."""
    from reader.core.exports import importing
    from reader.core.exports.webannotation import read_file

    items = read_file(file)
    with Store.open(db) as store:
        marks = [time.perf_counter()]
        importing_store = store

        def progress(done, total):
            marks.append(time.perf_counter())

        orig = importing_store.merge_annotations
        importing_store.merge_annotations = lambda incoming: orig(incoming, progress=progress)
        importing.import_annotations(importing_store, items)
    # The first interval also holds anchoring of every item (outside any transaction).
    gaps = [b - a for a, b in zip(marks[1:], marks[2:])]
    return max(gaps) if gaps else 0.0


def window_beside_import(db: Path, file: Path, doc_id: str) -> None:
    waits, queued = [], 0
    stop = threading.Event()

    def window():
        nonlocal queued
        with Store.open(db, busy_ms=50) as store:
            while not stop.is_set():
                t0 = time.perf_counter()
                try:
                    store.add_annotation(doc_id, 0, 5, note="from the window")
                except LibraryBusyError:
                    queued += 1
                waits.append(time.perf_counter() - t0)
                time.sleep(0.1)

    thread = threading.Thread(target=window)
    thread.start()
    elapsed = run_import(db, file)
    stop.set()
    thread.join()
    waits.sort()
    print(f"  beside it, a window saved {len(waits)} highlights: wait p50 "
          f"{statistics.median(waits) * 1000:.1f} ms, max {waits[-1] * 1000:.1f} ms; "
          f"{queued} found the library busy after 50 ms (queued for a retry); "
          f"import took {elapsed:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotations", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        article = tmp / "article.txt"
        article.write_text((sample_article().read_text(encoding="utf-8") + "\n\n") * 8, encoding="utf-8")
        dbs = [tmp / f"lib{i}.sqlite3" for i in range(3)]
        for db in dbs:
            with Store.open(db) as store:
                doc = store.import_document(import_file(article)).document
        file = tmp / "notes.jsonld"
        make_file(doc, args.annotations, file)
        print(f"{args.annotations} W3C annotations with notes ({file.stat().st_size / 1e6:.1f} MB):")
        print(f"  reader import-annotations (whole process): {run_import(dbs[0], file):.1f} s")
        print(f"  again (all unchanged): {run_import(dbs[0], file):.1f} s")
        print(f"  longest write transaction: {longest_transaction(dbs[1], file) * 1000:.0f} ms")
        window_beside_import(dbs[2], file, doc.id)


if __name__ == "__main__":
    main()
