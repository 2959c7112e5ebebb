#!/usr/bin/env python3
"""Real news text for attribution gold, rebuilt from ANERcorp's training portion.

ANERcorp (CC BY-SA 4.0, Benajiba et al. 2007; CAMeL Lab split, Obeid et al. 2020) is real
Arabic news, one token per line. Its training portion is in ``../shared/data/anercorp/``; this
tool rebuilds readable passages from runs of its sentences (tokens joined, punctuation attached,
a paragraph break every few sentences where no quotation is open) so that attribution can be
measured on real text the team did not write. The gold in ``tests/data/attribution/anercorp/``
keeps each passage's sentence range and the SHA-256 of the rebuilt text, never the text.

    python tools/anercorp_docs.py pick            # print the chosen sentence ranges (01-48)
    python tools/anercorp_docs.py write DIR       # write the passages as DIR/NN.txt
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

TRAIN = Path("/work/shared/data/anercorp/train.txt")
SEED = 20261205
SEED2 = 20261206
COUNT = 24
LENGTH = 24  # sentences per passage
#: Words that introduce reported speech in most news; used only to pick passages that hold
#: some (the detector is never run to choose them).
_SPEECH = re.compile(r"^[وف]?(قال|أضاف|أكد|ذكر|أعلن|أوضح|أشار|صرح|نقل|أفاد|اعتبر|رأى|"
                     r"يقول|تقول|قالت|أضافت|أكدت|ذكرت|أعلنت|أوضحت|أشارت|حسب|بحسب|وفقا)$")
_CLOSE = set(".,،؛;:!?)]»”…%") | {"'"}
_OPEN = set("([«“")


def sentences(path: Path = TRAIN) -> list[list[str]]:
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(line.rsplit(" ", 1)[0])
    if cur:
        out.append(cur)
    return out


def detokenize(tokens: list[str], quote_open: bool) -> tuple[str, bool]:
    """One sentence as text; ``quote_open`` says whether a straight double quote is open
    (they alternate, across sentences)."""
    text = ""
    glue = False  # the next token attaches to the previous one
    for tok in tokens:
        if tok == '"':
            if quote_open:
                text += '"'
                quote_open = False
                glue = False
            else:
                text += (" " if text else "") + '"'
                quote_open = True
                glue = True
            continue
        if tok in _CLOSE or (len(tok) > 1 and set(tok) <= _CLOSE):
            text += tok
            glue = False
            continue
        text += ("" if glue or not text else " ") + tok
        glue = tok in _OPEN
    return text, quote_open


def build(start: int, end: int, sents: list[list[str]] | None = None) -> str:
    sents = sents if sents is not None else sentences()
    paras, cur, quote = [], [], False
    for tokens in sents[start:end]:
        line, quote = detokenize(tokens, quote)
        cur.append(line)
        if len(cur) >= 3 and not quote and line.count("«") == line.count("»"):
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras) + "\n"


def _draw(sents: list[list[str]], seed: int, count: int,
          taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    new: list[tuple[int, int]] = []
    tries = 0
    while len(new) < count and tries < 10000:
        tries += 1
        a = rng.randrange(0, len(sents) - LENGTH)
        b = a + LENGTH
        if any(a < y and x < b for x, y in taken + new):
            continue
        cues = sum(1 for s in sents[a:b] for t in s if _SPEECH.match(t))
        if cues >= 6:
            new.append((a, b))
    return sorted(new)


def pick(sents: list[list[str]]) -> list[tuple[int, int]]:
    """Passages 01-24 (the first draw, half of them blind), then 25-48 (a second draw, for
    development only, made after the blind run: none overlaps the first 24)."""
    first = _draw(sents, SEED, COUNT, [])
    return first + _draw(sents, SEED2, COUNT, first)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("pick")
    w = sub.add_parser("write")
    w.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    sents = sentences()
    ranges = pick(sents)
    if args.command == "pick":
        for n, (a, b) in enumerate(ranges, 1):
            print(f"{n:02d} {a} {b}")
        return 0
    args.folder.mkdir(parents=True, exist_ok=True)
    for n, (a, b) in enumerate(ranges, 1):
        (args.folder / f"{n:02d}.txt").write_text(build(a, b, sents), encoding="utf-8")
    print(f"{len(ranges)} passages written to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
