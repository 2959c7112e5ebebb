"""How long importing a ~1 MB Arabic text takes (decode + noise + invisibles), best of 5.

Builds the text by repeating the bundled sample article (noise included, with a few
bidi marks added), writes it as UTF-8 and as Windows-1256, and times
``reader.core.importers.import_file`` on each, plus decoding and noise detection alone.

    /work/venv/bin/python bench/bench_import.py [--mb 1.0] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.importers import decode_text, import_file  # noqa: E402
from reader.core.noise import detect_noise  # noqa: E402
from reader.core.resources import sample_article  # noqa: E402


def build_text(megabytes: float) -> str:
    sample = sample_article().read_text(encoding="utf-8")
    sample = sample.replace("Alipay", "\u200fAlipay\u200f")  # some invisibles to report
    # Windows-1256 has no bullet; use a hyphen so both files hold the same text.
    sample = sample.replace("\u2022", "-")
    target = int(megabytes * 1024 * 1024)
    parts, size = [], 0
    while size < target:
        parts.append(sample)
        size += len(sample.encode("utf-8")) + 2
    return "\n\n".join(parts)


def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the UTF-8 text in MB")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = build_text(args.mb)
    with tempfile.TemporaryDirectory() as tmp:
        for encoding in ("utf-8", "cp1256"):
            path = Path(tmp) / f"article-{encoding}.txt"
            data = text.encode(encoding)
            path.write_bytes(data)
            doc = import_file(path)
            assert doc.encoding == encoding, doc.encoding
            t_all = best_of(args.repeat, lambda p=path: import_file(p))
            t_dec = best_of(args.repeat, lambda d=data, p=path: decode_text(d, p.name))
            print(
                f"{encoding:7} {len(data) / 1048576:5.2f} MB, {len(doc.text):,} chars: "
                f"import_file {t_all * 1000:6.1f} ms (decode {t_dec * 1000:5.1f} ms); "
                f"{len(doc.noise)} noise spans, {len(doc.invisibles)} invisibles"
            )
        t_noise = best_of(args.repeat, lambda: detect_noise(text))
        print(f"detect_noise alone on {len(text):,} chars: {t_noise * 1000:.1f} ms")


if __name__ == "__main__":
    main()
