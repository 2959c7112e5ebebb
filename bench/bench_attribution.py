"""Benchmark: detect_claims on about 1 MB of Arabic news text.

The text is the bundled sample article and the evaluation texts of tests/data/attribution,
repeated until it reaches the target size. Prints the size, the number of claims and the
best of a few runs.

    python bench/bench_attribution.py [--mb 1.0] [--runs 3] [--entities]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.attribution import detect_claims  # noqa: E402


def corpus() -> str:
    parts = [(ROOT / "resources" / "sample" / "alipay-regulators.ar.txt").read_text(encoding="utf-8")]
    for path in sorted((ROOT / "tests" / "data" / "attribution").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "text" in data:  # news/ holds offsets only (tools/news_gold.py)
            parts.append(data["text"])
    return "\n\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--entities", action="store_true",
                    help="first run the NER module (reader.core.entities) and pass its entities")
    args = ap.parse_args()
    unit = corpus()
    target = int(args.mb * 1_000_000)
    text = (unit + "\n\n") * (target // (len(unit) + 2) + 1)
    text = text[:target]
    entities = None
    if args.entities:
        from reader.core.entities import recognize
        from reader.core.errors import ReaderError

        t0 = time.perf_counter()
        try:
            entities = recognize(text)
        except ReaderError as exc:
            print(f"--entities: the NER module cannot run ({exc})")
            return 1
        print(f"entities (NER, not counted below): {len(entities):,} in {time.perf_counter() - t0:.2f} s")
    times = []
    cpu = []
    n = 0
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        n = len(detect_claims(text, entities))
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(f"text: {len(text):,} characters ({len(text.encode('utf-8')) / 1e6:.2f} MB UTF-8)")
    print(f"claims: {n:,}")
    print(f"detect_claims: best {min(times):.2f} s, mean {sum(times) / len(times):.2f} s over {args.runs} runs"
          f" (CPU time best {min(cpu):.2f} s: the wall time grows when other work shares the cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
