"""Benchmark: the whole analysis of a 1 MB Arabic text (noise, entities, claims), as
`reader analyze FILE --json` does it.

The text is the bundled sample and the news-style texts we wrote for the attribution tests
(tests/data/attribution), repeated until the UTF-8 file reaches the size asked for. Prints
the first (cold: models and gazetteer load) and the best of the warm runs, each stage apart,
and the whole `reader analyze` command as a process.

    python bench/bench_analysis.py [--mb 1.0] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_attribution import corpus  # noqa: E402  (the same texts)


def text_of(mb: float) -> str:
    unit = corpus() + "\n\n"
    target = int(mb * 1_000_000)
    text = unit * (target // len(unit.encode("utf-8")) + 1)
    while len(text.encode("utf-8")) > target:
        text = text[: len(text) - max(1, (len(text.encode("utf-8")) - target) // 2)]
    return text


def stages(text: str) -> dict[str, float]:
    from reader.core.attribution import detect_claims
    from reader.core.entities import recognize
    from reader.core.noise import detect_noise

    out = {}
    t = time.perf_counter()
    noise = detect_noise(text)
    out["noise"] = time.perf_counter() - t
    t = time.perf_counter()
    entities = recognize(text)
    out["entities"] = time.perf_counter() - t
    t = time.perf_counter()
    claims = detect_claims(text, entities=entities, noise=noise)
    out["claims"] = time.perf_counter() - t
    out["n_entities"] = len(entities)
    out["n_claims"] = len(claims)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    text = text_of(args.mb)
    size = len(text.encode("utf-8"))
    print(f"text: {size:,} bytes UTF-8, {len(text):,} characters, {text.count(chr(10)):,} lines")

    from reader.core.analysis import analyze, to_contract

    runs = []
    for i in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = analyze(text)
        json.dumps(to_contract(result), ensure_ascii=False)
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
        label = "cold (loads models)" if i == 0 else "warm"
        print(f"analyze + JSON run {i + 1} ({label}): {runs[-1][0]:.2f} s wall, {runs[-1][1]:.2f} s CPU; "
              f"{len(result.entities):,} entities, {len(result.claims):,} claims, {len(result.noise):,} noise spans")
    s = stages(text)
    print("stages (warm): " + ", ".join(f"{k} {v:.2f} s" for k, v in s.items() if not k.startswith("n_")))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(text, encoding="utf-8")
        env = dict(os.environ, READER_DATA_DIR=tmp)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "reader", "analyze", str(path), "--json"],
                              capture_output=True, env=env, cwd=ROOT)
        wall = time.perf_counter() - t0
        ok = proc.returncode == 0 and json.loads(proc.stdout)["text"] == text
        print(f"`reader analyze FILE --json` as a process: {wall:.2f} s (exit {proc.returncode}, "
              f"output {'matches' if ok else 'DOES NOT match'} the text)")
    best = min(w for w, _ in runs[1:] or runs)
    print(f"best warm analysis: {best:.2f} s for {size / 1e6:.2f} MB (target: under 5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
