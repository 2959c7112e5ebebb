"""A sync killed with SIGKILL at random points, pushing and pulling, while the libraries keep
changing: after the next complete sync nothing is lost and nothing is doubled."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import psycopg

from desk_helpers import desk_duplicates, differences, snapshot
from reader.core import desk as api
from reader.core.model import ImportedDocument
from reader.core.translation.library import Translations
from reader.core.vocab import library as lib

TEXT = ("أعلنت الهيئات التنظيمية أن أعمال القروض الصغيرة غير المضمونة ستنتقل إلى مشروع مشترك "
        "جديد، وقال مصدر مقرب من المنظمين للصحيفة إن الشركة ستخضع لرقابة أكبر. ") * 8


def _sync_process(store):
    return subprocess.Popen([sys.executable, "-m", "reader", "desk", "sync", "--db", str(store.path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))


def _edit(store, rng, made: set, words: set) -> None:
    docs = store.library()
    if not docs:
        return  # nothing pulled here yet
    doc = docs[0]
    # Translations and the learner's words travel with the same guarantees.
    translations = Translations(store, "alice")
    segments = [s for s in translations.ensure_segments(store.document(doc.id)) if not s.orphan]
    for seg in rng.sample(segments, min(4, len(segments))):
        translations.update(translations.segment(seg.uuid), target=f"t{rng.random():.6f}")
    for _ in range(rng.randint(1, 5)):
        w = lib.new_saved_word(f"k{rng.randrange(40)}", "قروض", gloss=f"g{rng.random():.6f}", doc_id=doc.id)
        words.add(lib.put_saved(store, w).uuid)
    lib.set_statuses(store, {f"s{rng.randrange(30)}": ("قرض", rng.choice(["known", "learning2", "new"]))
                             for _ in range(5)})
    for _ in range(rng.randint(5, 40)):
        start = rng.randrange(0, len(TEXT) - 10)
        made.add(store.add_annotation(doc.id, start, start + 5, note=f"n{rng.random():.6f}").uuid)
    live = store.annotations(doc.id)
    for a in rng.sample(live, min(5, len(live))):
        store.update_annotation(a.uuid, note=a.note + " (edited)")
    if live:
        store.delete_annotation(rng.choice(live).uuid)


def test_sync_killed_at_random_points_loses_nothing_and_doubles_nothing(desk, desk_library):
    seed = int(os.environ.get("READER_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    a, b = desk_library("a"), desk_library("b")
    api.join(a, desk("alice"))
    api.join(b, desk("alice"))  # one user on two machines: every edit is allowed
    a.import_document(ImportedDocument(text=TEXT, title="قروض"))
    made: set[str] = set()
    words: set[str] = set()
    killed = 0
    for round_ in range(8):
        target = (a, b)[round_ % 2]
        docs = target.library()
        if docs:
            with target.transaction():  # a large batch, so that the kill lands inside a sync
                for i in range(rng.randint(1000, 2000)):
                    made.add(_add(target, docs[0].id, rng.randrange(500)))
        _edit(target, rng, made, words)
        proc = _sync_process(target)
        time.sleep(rng.uniform(0.1, 0.9))  # a random point of the sync (or after it ended)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
    for _ in range(2):
        api.sync(a)
        api.sync(b)
    assert killed >= 1, f"no sync was interrupted (seed {seed})"
    assert differences(snapshot(a), snapshot(b)) == [], f"seed {seed}"
    assert {x.uuid for x in a.all_annotations()} == made, f"seed {seed}"  # none lost
    assert {w.uuid for w in lib.saved_words(a)} == words, f"seed {seed}"
    with psycopg.connect(desk("alice")) as conn:
        assert desk_duplicates(conn) == [], f"seed {seed}"
        on_desk = conn.execute("SELECT count(DISTINCT key) FROM desk.changes "
                               "WHERE entity = 'annotation'").fetchone()[0]
    assert on_desk == len(made)
    for store in (a, b):
        status = api.status(store)
        assert (status.outgoing, status.incoming) == (0, 0)


def _add(store, doc_id: str, start: int) -> str:
    from reader.core.store import annotation_rows

    a = annotation_rows.new_annotation(doc_id, TEXT, start, start + 4, note=f"bulk {start}")
    annotation_rows.save(store.db, a)
    return a.uuid
