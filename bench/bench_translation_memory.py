"""Translation memory look-ups over 10,000 stored segments (the target: under 50 ms each).

    python bench/bench_translation_memory.py [--units 10000] [--lookups 200]

Builds a library whose memory holds N confirmed segments (sentences made from the sample
article's words, so their lengths and vocabulary are those of real news), then times:
building the index from the library, and look-ups of sentences that are in the memory with a
few words changed (fuzzy), exactly, and not at all. Prints median, p95 and worst in ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.model import new_uuid, now_iso  # noqa: E402
from reader.core.resources import sample_article  # noqa: E402
from reader.core.store import Store  # noqa: E402
from reader.core.text import words  # noqa: E402
from reader.core.translation.memory import MemoryIndex, memory_units  # noqa: E402


def _sentences(n: int, rng: random.Random) -> list[str]:
    vocab = words(Path(sample_article()).read_text(encoding="utf-8"))
    return [" ".join(rng.choice(vocab) for _ in range(rng.randint(8, 40))) + "." for _ in range(n)]


def _fill(store: Store, sentences: list[str]) -> None:
    now = now_iso()
    with store.transaction():
        store.db.execute("INSERT INTO documents (id, sha256, text, imported, updated) VALUES ('bench', 'x', '', ?, ?)",
                         [now, now])
        for i, source in enumerate(sentences):
            store.db.execute(
                'INSERT INTO segments (uuid, doc_id, start, "end", exact, target, status, created, updated) '
                "VALUES (?, 'bench', ?, ?, ?, ?, 'translated', ?, ?)",
                [new_uuid(), i, i + 1, source, f"translation {i}", now, now])


def _times(index: MemoryIndex, queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        t = time.perf_counter()
        index.lookup(q, "en")
        out.append((time.perf_counter() - t) * 1000)
    return out


def _line(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return f"{name:28} median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   worst {ms[-1]:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    sentences = _sentences(args.units, rng)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.sqlite3") as store:
        _fill(store, sentences)
        t = time.perf_counter()
        index = MemoryIndex(memory_units(store.db))
        build = (time.perf_counter() - t) * 1000
    print(f"memory of {index.size} segments; index built from the library in {build:.0f} ms")
    picks = [rng.choice(sentences) for _ in range(args.lookups)]
    fuzzy = []
    for s in picks:
        w = s.split()
        w[rng.randrange(len(w))] = "تغيير"
        fuzzy.append(" ".join(w))
    print(_line("fuzzy (one word changed)", _times(index, fuzzy)))
    print(_line("exact", _times(index, picks)))
    print(_line("no match", _times(index, _sentences(args.lookups, random.Random(99)))))


if __name__ == "__main__":
    main()
