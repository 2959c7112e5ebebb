"""Time and peak memory of `reader import` on hostile files: the ones from issue 8 (an EPUB
that expands to 95 MB, a 19 MB page of tiny tags, 60 and 600 kB of unclosed Markdown
emphasis) and files built to sit just inside or just past each import limit.

Each import runs in its own process (``reader import FILE --db TMP``) and reports its wall
time and peak resident memory (``ru_maxrss``); the target is under 1 GB for every input.

    .venv/bin/python bench/bench_hostile_import.py [--only NAME] [--skip-large]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit" / "importers"))

import hostile_files as hostile  # noqa: E402

from reader.core.importers.limits import MAX_ELEMENTS, MAX_TEXT_CHARS  # noqa: E402

CHILD = """
import json, resource, sys, time
from reader.cli import main
start = time.perf_counter()
code = main(["import", sys.argv[1], "--db", sys.argv[2]])
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("RESULT " + json.dumps({"code": code, "seconds": seconds, "peak_mb": peak}))
"""


def _arabic_text(chars: int) -> bytes:
    line = "قال وزير المالية إن القروض الصغيرة ارتفعت بنسبة كبيرة خلال العام الماضي.\n\n"
    return (line * (chars // len(line) + 1))[:chars].encode("utf-8")


def cases(skip_large: bool):
    """(name, file name, bytes) for each hostile file."""
    yield "issue: EPUB expanding to 95 MB", "bomb.epub", hostile.epub_expanding(19, 5 * 1024 * 1024)
    yield "issue: 19 MB page of tiny tags", "tags.html", hostile.html_many_tags(19 * 1024 * 1024 // 16)
    yield "issue: 60 kB of '*a ' (Markdown)", "stars.md", hostile.markdown_stars(20_000)
    yield "issue: 600 kB of '*a ' (Markdown)", "stars600.md", hostile.markdown_stars(200_000)
    yield "page just under the element limit", "elements.html", hostile.html_many_tags(
        MAX_ELEMENTS - 1000, unit="<i>بب </i>")
    yield "page just over the element limit", "elements2.html", hostile.html_many_tags(
        MAX_ELEMENTS + 1000, unit="<i>بب </i>")
    yield "DOCX just under the element limit", "big.docx", hostile.docx(
        (MAX_ELEMENTS - 1000) // 13, numbered=True)
    yield "one word of 9.5 million letters", "word.txt", "ب".encode() * 9_500_000
    yield "EPUB past the text limit", "long.epub", hostile.epub_expanding(
        10, 5 * 1024 * 1024, unit="<p>" + "نص " * 300 + "</p>\n")
    if not skip_large:
        yield "EPUB just under the text limit", "book.epub", hostile.epub_expanding(
            20, int(MAX_TEXT_CHARS * 0.95 / 20 * 1.6), unit="<p>" + "نص " * 300 + "</p>\n")
        yield "text file just under the text limit", "long.txt", _arabic_text(
            int(MAX_TEXT_CHARS * 0.95))
        # Not an importer's work: noise detection goes line by line (reader/core/noise.py).
        yield "text of 1,000,000 short lines", "lines.txt", "قال\n".encode() * 1_000_000


def run(name: str, filename: str, data: bytes, tmp: Path) -> None:
    path = tmp / filename
    path.write_bytes(data)
    db = tmp / f"{filename}.sqlite3"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(db)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        print(f"{name:38} crashed: {proc.stderr.strip().splitlines()[-1:]}")
        return
    result = json.loads(line[len("RESULT "):])
    outcome = "imported" if result["code"] == 0 else "refused: " + (
        proc.stderr.strip().split(": ", 2)[-1][:70])
    print(f"{name:38} {len(data) / 1048576:7.2f} MB  {result['seconds']:6.2f} s  "
          f"{result['peak_mb']:6.0f} MB peak  {outcome}", flush=True)
    path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--skip-large", action="store_true",
                        help="skip the files accepted just under the text limit (slowest)")
    args = parser.parse_args()
    print(f"{'case':38} {'on disk':>10}  {'time':>8}  {'memory':>12}  outcome")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        for name, filename, data in cases(args.skip_large):
            if args.only and args.only not in name:
                continue
            run(name, filename, data, Path(tmp))


if __name__ == "__main__":
    main()
