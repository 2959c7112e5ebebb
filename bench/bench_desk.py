"""The editorial desk at scale, on a throwaway PostgreSQL server (a real one, Unix socket).

    python bench/bench_desk.py                       # everything, default sizes
    python bench/bench_desk.py --only sync1000       # push and pull 1,000 annotations
    python bench/bench_desk.py --only words --words 5000   # saved words, statuses, segments
    python bench/bench_desk.py --users 20 --changes 500 --articles 10000 --bulk 10000

1. sync1000: one library pushes 1,000 new annotations, another pulls them.
2. bulk: push and pull N changes (annotations with notes) in one sync each.
3. users: U simulated users, each making C changes (add, edit, delete their own notes) with
   random offline periods and syncs in between; at the end every library is compared with
   every other (all must equal what the desk holds).
4. articles: the desk's size in PostgreSQL after N articles (texts of the sample's length).
5. words: a learner's N saved words and statuses between their two libraries (a colleague
   receives none of them), and N translated segments pushed and pulled.

Prints figures; nothing is asserted except that the libraries converged.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pg_cluster  # noqa: E402
from desk_helpers import differences, snapshot  # noqa: E402
from reader.core import desk  # noqa: E402
from reader.core.importers import import_file  # noqa: E402
from reader.core.model import ImportedDocument  # noqa: E402
from reader.core.resources import sample_article  # noqa: E402
from reader.core.store import Store  # noqa: E402
from reader.core.store import annotation_rows  # noqa: E402


class Bench:
    def __init__(self, cluster: pg_cluster.Cluster, folder: Path):
        self.cluster = cluster
        self.folder = folder
        self.n = 0

    def new_desk(self, users: list[str]):
        self.n += 1
        name = f"bench{self.n}"
        self.cluster.create_database(name)
        desk.init(self.cluster.url(name))
        for user in users:
            self.cluster.create_login(user)
        self.cluster.superuser_sql(f"GRANT desk_writer TO {', '.join(users)}")
        return name

    def library(self, name: str, dbname: str, user: str) -> Store:
        store = Store.open(self.folder / f"{dbname}-{name}.sqlite3")
        desk.join(store, self.cluster.url(dbname, user))
        return store

    def size(self, dbname: str) -> tuple[int, int]:
        import psycopg

        with psycopg.connect(self.cluster.url(dbname)) as conn:
            return conn.execute("SELECT pg_database_size(current_database()), "
                                "pg_total_relation_size('desk.changes')").fetchone()


def add_notes(store: Store, doc, n: int, rng: random.Random) -> None:
    with store.transaction():
        for i in range(n):
            start = rng.randrange(0, len(doc.text) - 20)
            annotation_rows.save(store.db, annotation_rows.new_annotation(
                doc.id, doc.text, start, start + 8, note=f"ملاحظة {i} عن القروض", tags=("bench",)))


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def bench_push_pull(b: Bench, n: int, label: str) -> None:
    dbname = b.new_desk(["alice", "bob"])
    a, p = b.library("a", dbname, "alice"), b.library("b", dbname, "bob")
    doc = a.import_document(import_file(sample_article())).document
    desk.sync(a)
    desk.sync(p)
    add_notes(a, doc, n, random.Random(1))
    report, push_s = timed(lambda: desk.sync(a))
    pulled, pull_s = timed(lambda: desk.sync(p))
    print(f"{label}: push {report.sent} changes {push_s:.2f} s ({report.sent / push_s:,.0f}/s); "
          f"pull {pulled.received} changes {pull_s:.2f} s ({pulled.received / pull_s:,.0f}/s)")
    assert differences(snapshot(a), snapshot(p)) == []
    a.close()
    p.close()


def bench_users(b: Bench, users: int, changes: int, seed: int) -> None:
    names = [f"user{i:02d}" for i in range(users)]
    dbname = b.new_desk(names)
    rng = random.Random(seed)
    stores = [b.library(name, dbname, name) for name in names]
    doc = stores[0].import_document(import_file(sample_article())).document
    desk.sync(stores[0])
    docs = {}
    left = {i: changes for i in range(users)}
    online = {i: True for i in range(users)}
    syncs = 0
    started = time.perf_counter()
    while any(left.values()):
        i = rng.choice([k for k, v in left.items() if v])
        store = stores[i]
        if i not in docs:
            desk.sync(store)
            syncs += 1
            docs[i] = store.find_document_by_hash(doc.sha256)
        step = min(left[i], rng.randint(5, 40))
        mine = [a for a in store.annotations(docs[i].id) if a.author == names[i]]
        for _ in range(step):
            roll = rng.random()
            if roll < 0.6 or not mine:
                start = rng.randrange(0, len(doc.text) - 10)
                mine.append(store.add_annotation(docs[i].id, start, start + 6, author=names[i],
                                                 note=f"{names[i]} {rng.random():.4f}"))
            elif roll < 0.9:
                a = rng.choice(mine)
                store.update_annotation(a.uuid, note=a.note + " +")
            else:
                a = mine.pop(rng.randrange(len(mine)))
                store.delete_annotation(a.uuid)
        left[i] -= step
        if rng.random() < 0.2:
            online[i] = not online[i]  # goes offline (or comes back)
        if online[i]:
            desk.sync(store)
            syncs += 1
    work_s = time.perf_counter() - started
    t = time.perf_counter()
    for _ in range(2):
        for store in stores:
            desk.sync(store)
    final_s = time.perf_counter() - t
    first = snapshot(stores[0])
    unequal = sum(1 for s in stores[1:] if differences(first, snapshot(s)))
    total = users * changes
    print(f"users: {users} users x {changes} changes = {total:,}; {syncs} syncs during the work "
          f"({work_s:.1f} s with the edits); final two rounds of syncs {final_s:.1f} s; "
          f"annotations {len(first['annotations']):,}; libraries unlike the first: {unequal}")
    size, changes_size = b.size(dbname)
    print(f"users: desk database {size / 1e6:.1f} MB (changes table {changes_size / 1e6:.1f} MB)")
    for store in stores:
        store.close()


def bench_articles(b: Bench, n: int) -> None:
    dbname = b.new_desk(["alice"])
    store = b.library("articles", dbname, "alice")
    base = import_file(sample_article())
    t = time.perf_counter()
    for i in range(n):
        # Each its own outlet: importing looks for an earlier version among the articles of
        # the same outlet and title, which would make this benchmark quadratic.
        store.import_document(ImportedDocument(text=f"{i}\n" + base.text, title=f"{base.title} {i}",
                                               outlet=f"{base.outlet} {i}"))
    import_s = time.perf_counter() - t
    report, push_s = timed(lambda: desk.sync(store))
    size, changes_size = b.size(dbname)
    print(f"articles: {n:,} articles of {len(base.text):,} characters: imported in {import_s:.1f} s, "
          f"pushed in {push_s:.1f} s; desk database {size / 1e6:.1f} MB (changes table "
          f"{changes_size / 1e6:.1f} MB, {changes_size / n / 1e3:.1f} kB an article)")
    store.close()


def bench_words_segments(b: Bench, n: int) -> None:
    """A learner's N saved words (each with its status) pushed and pulled by their other
    library; a colleague pulls the same desk and receives none of them (row-level security).
    Then N segments of translations (N / 19 copies of the sample, translated), pushed and
    pulled by a colleague."""
    from reader.core.translation import segment_rows
    from reader.core.translation.library import Translations
    from reader.core.vocab import library as lib

    dbname = b.new_desk(["alice", "bob"])
    laptop, desktop = b.library("laptop", dbname, "alice"), b.library("desktop", dbname, "alice")
    colleague = b.library("colleague", dbname, "bob")
    words = [lib.new_saved_word(f"k{i}", f"كلمة{i}", gloss=f"word {i}") for i in range(n)]
    lib.add_saved_batch(laptop, words)
    report, push_s = timed(lambda: desk.sync(laptop))
    pulled, pull_s = timed(lambda: desk.sync(desktop))
    other, other_s = timed(lambda: desk.sync(colleague))
    assert differences(snapshot(laptop), snapshot(desktop)) == [] and lib.saved_words(colleague) == []
    print(f"words: {n:,} saved words with their statuses: push {report.sent:,} changes {push_s:.2f} s; "
          f"the learner's other library pulls {pulled.received:,} in {pull_s:.2f} s; a colleague "
          f"pulls {other.received} of them in {other_s:.2f} s")
    base = import_file(sample_article())
    translations = Translations(laptop, "alice")
    made, copies = 0, 0
    while made < n:
        copies += 1
        doc = laptop.import_document(ImportedDocument(text=base.text + f"\n\n{copies}", title=f"{base.title} {copies}")).document
        segments = translations.ensure_segments(doc)
        with laptop.transaction():
            for seg in segments:
                segment_rows.save(laptop.db, seg.evolve(target=f"translation {made}", status="translated"))
                made += 1
    report, push_s = timed(lambda: desk.sync(laptop))
    pulled, pull_s = timed(lambda: desk.sync(colleague))
    assert snapshot(laptop)["segments"] == snapshot(colleague)["segments"]
    print(f"segments: {made:,} translated segments of {copies} articles: push {report.sent:,} changes "
          f"(articles included) {push_s:.2f} s; a colleague pulls {pulled.received:,} in {pull_s:.2f} s")
    for store in (laptop, desktop, colleague):
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("sync1000", "bulk", "users", "articles", "words"))
    parser.add_argument("--words", type=int, default=5_000)
    parser.add_argument("--bulk", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    bin_dir, why = pg_cluster.find_binaries()
    if bin_dir is None:
        print(f"bench_desk: {why}", file=sys.stderr)
        return 1
    cluster = pg_cluster.Cluster(bin_dir).init()
    cluster.start()
    os.environ["PGPASSFILE"] = str(cluster.pgpass)
    try:
        with tempfile.TemporaryDirectory() as folder:
            b = Bench(cluster, Path(folder))
            if args.only in (None, "sync1000"):
                bench_push_pull(b, 1000, "sync1000")
            if args.only in (None, "bulk"):
                bench_push_pull(b, args.bulk, f"bulk{args.bulk}")
            if args.only in (None, "users"):
                bench_users(b, args.users, args.changes, args.seed)
            if args.only in (None, "articles"):
                bench_articles(b, args.articles)
            if args.only in (None, "words"):
                bench_words_segments(b, args.words)
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
