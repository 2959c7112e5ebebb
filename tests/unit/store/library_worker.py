"""A program that uses a library the way the reader's processes do, for the concurrency tests.

    python library_worker.py window DB        hold the library open like the window does
    python library_worker.py annotate DB DOC  annotate DOC in a loop through the command line
    python library_worker.py import DB DIR    import new articles in a loop (command line)
    python library_worker.py import-annotations DB DOC DIR   merge JSON-LD files in a loop

Each line it prints to standard output is an acknowledgement given *after* the command line
said "saved" (the command has returned, so its transaction has committed): the tests check
that everything acknowledged is in the library, also after this process is killed.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import threading
import time
import uuid
from pathlib import Path


def _cli(*argv: str) -> str:
    from reader.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    if code != 0:
        raise SystemExit(f"reader {' '.join(argv[:1])} failed with {code}")
    return out.getvalue()


def window(db: str) -> None:
    """One long-lived connection (the GUI thread's) plus worker threads that open and close
    their own connections, as the import and analysis workers do; it writes a setting now
    and then. Prints "ready", then "ok N" after each write it made, until stdin closes."""
    from reader.core.store import Store

    main = Store.open(db, busy_ms=200)

    def worker() -> None:
        while not stop.is_set():
            with Store.open(db) as store:
                store.library()
            time.sleep(0.05)

    stop = threading.Event()
    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    print("ready", flush=True)
    n = 0
    for line in sys.stdin:
        if line.strip() == "write":
            n += 1
            main.set_setting(f"window.{n}", n)
            main.library()
            print(f"ok {n}", flush=True)
        elif line.strip() == "quit":
            break
    stop.set()
    thread.join()
    main.close()


def annotate(db: str, doc: str) -> None:
    words = ["القروض", "الصغيرة", "المصادر", "البيانات", "الحكومة"]
    n = 0
    while True:
        n += 1
        out = _cli("annotate", doc, "--quote", words[n % len(words)], "--occurrence", "1",
                   "--note", f"note {n}", "--db", db)
        print("ack-annotation", out.split()[1], flush=True)


def import_articles(db: str, folder: str) -> None:
    n = 0
    while True:
        n += 1
        path = Path(folder) / f"a{n}-{uuid.uuid4().hex[:6]}.txt"
        path.write_text(f"خبر رقم {n} {uuid.uuid4().hex}\n\nقالت مصادر إن السوق ارتفعت {n} مرة.\n",
                        encoding="utf-8")
        out = _cli("import", str(path), "--db", db)
        print("ack-document", out.split()[1], flush=True)


def import_annotations(db: str, doc: str, folder: str) -> None:
    from reader.core.store import Store

    with Store.open(db) as store:
        document = store.resolve(doc)
    n = 0
    while True:
        n += 1
        items = []
        for i in range(300):
            start = (i * 7) % max(1, len(document.text) - 10)
            items.append({
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": f"urn:uuid:{uuid.uuid4()}",
                "type": "Annotation",
                "created": "2026-01-01T00:00:00.000Z",
                "modified": "2026-01-01T00:00:00.000Z",
                "body": [{"type": "TextualBody", "value": f"bulk {n}.{i}", "purpose": "commenting"}],
                "target": {"source": f"urn:uuid:{document.id}", "selector": [
                    {"type": "TextPositionSelector", "start": start, "end": start + 5}]},
            })
        path = Path(folder) / f"batch{n}.jsonld"
        path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        _cli("import-annotations", str(path), "--doc", doc, "--db", db)
        print("ack-batch", " ".join(item["id"].split(":")[-1] for item in items), flush=True)


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    {"window": window, "annotate": annotate, "import": import_articles,
     "import-annotations": import_annotations}[mode](*rest)
