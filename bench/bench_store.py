"""Store benchmarks: importing a 1 MB Arabic text, and search over 1,000 articles.

    python bench/bench_store.py [--articles 1000] [--queries 200]

Prints timings; nothing is asserted. Texts are generated from a vocabulary of Arabic news
words written for this benchmark (plus the bundled sample), so every run is the same.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from reader.core.importers import import_file
from reader.core.model import ImportedDocument
from reader.core.resources import sample_article
from reader.core.store import Store

WORDS = (
    "الحكومة البنك المركزي القروض الصغيرة أسعار الفائدة التضخم الاقتصاد الوزير قال أضاف "
    "إن الشركة الأسهم السوق المالية الاستثمار النفط الغاز الطاقة المصارف الإقراض الائتمان "
    "الدولار اليورو الريال الجنيه مليار مليون النمو الصادرات الواردات العجز الموازنة "
    "الضرائب الرسوم الجمركية التجارة الإلكترونية التكنولوجيا المالية الاحتكار المنافسة "
    "الهيئة التنظيمية المستثمرين البورصة الأرباح الخسائر الديون السندات الصكوك العقارات "
    "البطالة الأجور الرواتب الدعم الأسعار المستهلكين الفقر التنمية المشاريع البنية التحتية "
    "مصادر مطلعة وكالة رويترز فرانس برس الصحيفة التقرير البيانات الإحصاءات المسؤولين"
).split()


def make_article(rng: random.Random, words: int) -> str:
    paras = []
    while words > 0:
        n = min(words, rng.randint(30, 80))
        paras.append(" ".join(rng.choice(WORDS) for _ in range(n)) + ".")
        words -= n
    return "\n\n".join(paras)


def bench_import(tmp: Path) -> None:
    sample = sample_article().read_text(encoding="utf-8")
    text = (sample + "\n\n") * (1_000_000 // len(sample.encode("utf-8")) + 1)
    path = tmp / "book.txt"
    path.write_text(text, encoding="utf-8")
    size = path.stat().st_size / 1e6
    times = []
    for i in range(3):
        with Store.open(tmp / f"import{i}.sqlite3") as store:
            t0 = time.perf_counter()
            store.import_document(import_file(path))
            times.append(time.perf_counter() - t0)
    print(f"import + store {size:.2f} MB Arabic text: best {min(times) * 1000:.0f} ms, "
          f"median {statistics.median(times) * 1000:.0f} ms (of 3)")


def bench_search(tmp: Path, articles: int, queries: int) -> None:
    rng = random.Random(7)
    with Store.open(tmp / "search.sqlite3") as store:
        t0 = time.perf_counter()
        for i in range(articles):
            text = make_article(rng, rng.randint(300, 900))
            store.import_document(ImportedDocument(text=text, title=f"مقال {i}"))
        built = time.perf_counter() - t0
        print(f"library of {articles} articles built in {built:.1f} s")
        terms = [w for w in WORDS if len(w) > 3]
        samples = []
        for _ in range(queries):
            kind = rng.random()
            if kind < 0.5:
                q = rng.choice(terms)
            elif kind < 0.8:
                q = f"{rng.choice(terms)} {rng.choice(terms)}"
            else:
                q = f'"{rng.choice(terms)} {rng.choice(terms)}"'
            t0 = time.perf_counter()
            store.search(q, limit=50)
            samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        p50 = samples[len(samples) // 2]
        p95 = samples[int(len(samples) * 0.95) - 1]
        print(f"search over {articles} articles, {queries} queries (limit 50): "
              f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {samples[-1]:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        bench_import(Path(d))
        bench_search(Path(d), args.articles, args.queries)


if __name__ == "__main__":
    main()
