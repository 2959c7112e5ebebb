#!/usr/bin/env python3
"""Gold annotations of real news articles, kept as offsets (never the texts).

The 40 development articles of ``/work/shared/data/news-dev/`` may not be copied into the
project (CC BY-NC-SA, copyright of their newspapers). Their gold attributions and money
amounts live in ``tests/data/attribution/news/NN.json`` as character offsets into each text
plus the text's SHA-256; the strings are cut out of the text at run time, when the folder is
present.

    python tools/news_gold.py convert ANNOTATION_DIR   # string annotations -> offset gold
    python tools/news_gold.py show NN                  # print one article's gold as strings
    python tools/news_gold.py --corpus anercorp convert|show ...

A second corpus, ``anercorp``, holds passages of real news rebuilt from ANERcorp's training
portion (``tools/anercorp_docs.py``); its gold in ``tests/data/attribution/anercorp/`` keeps the
passage's sentence range instead of a file name.

An annotation file (written by an annotator, outside the project) has the shape of the other
gold sets: records with sentence, cue, cue_index, source, source_resolved, source_kind, via,
direct_quote and claim as strings found verbatim in the text, and ``money``: text, currency
and which occurrence.

Offsets are Python string indices into the text as stored in the file (UTF-8, LF).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "attribution" / "news"
NEWS = Path("/work/shared/data/news-dev")
#: Chosen at random (seed 20261205) before any annotation existed: scored once, blind.
BLIND = frozenset({"01", "02", "05", "07", "09", "12", "18", "21", "22", "26", "27", "29",
                   "30", "32", "38"})
ANER_GOLD = ROOT / "tests" / "data" / "attribution" / "anercorp"
#: Chosen at random (random.Random(20261205).sample(range(1, 25), 12)) before annotation.
ANER_BLIND = frozenset({"01", "04", "06", "09", "13", "14", "15", "18", "20", "21", "23",
                        "24"})


def split_of(number: str, corpus: str = "news") -> str:
    blind = ANER_BLIND if corpus == "anercorp" else BLIND
    return "blind" if number in blind else "dev"


def _passage_range(number: str) -> tuple[int, int]:
    import anercorp_docs

    a, b = anercorp_docs.pick(anercorp_docs.sentences())[int(number) - 1]
    return a, b


def _text_of(gold: dict, news: Path = NEWS) -> bytes:
    """The annotated text's bytes: a news-dev file, or an ANERcorp passage rebuilt."""
    if "sentences" in gold:
        import anercorp_docs

        if not anercorp_docs.TRAIN.exists():
            raise TextMissing(f"{anercorp_docs.TRAIN} is not here")
        return anercorp_docs.build(*gold["sentences"]).encode("utf-8")
    source = news / gold["file"]
    if not source.exists():
        raise TextMissing(f"{source} is not here")
    return source.read_bytes()


def _find(text: str, needle: str, near: int) -> int:
    """The occurrence of ``needle`` nearest before ``near`` (a source named before its cue),
    else the first after it."""
    best = -1
    i = text.find(needle)
    while i >= 0:
        if i <= near:
            best = i
        elif best < 0:
            return i
        else:
            break
        i = text.find(needle, i + 1)
    return best


def _span_in(text: str, needle: str, window: tuple[int, int], anchor: int) -> list[int] | None:
    """``needle`` inside ``window`` when it is there (nearest the anchor), else anywhere."""
    if not needle:
        return None
    a, b = window
    part = text[a:b]
    hits = []
    i = part.find(needle)
    while i >= 0:
        hits.append(a + i)
        i = part.find(needle, i + 1)
    if hits:
        start = min(hits, key=lambda h: abs(h - anchor))
    else:
        start = _find(text, needle, anchor)
        if start < 0:
            raise ValueError(f"not in the text: {needle[:50]!r}")
    return [start, start + len(needle)]


def convert_record(text: str, r: dict, pos: int) -> tuple[dict, int]:
    sent = r["sentence"]
    i = text.find(sent, pos)
    if i < 0:
        i = text.find(sent)
    if i < 0:
        raise ValueError(f"sentence not in the text: {sent[:60]!r}")
    k = -1
    for _ in range(r.get("cue_index", 0) + 1):
        k = sent.find(r["cue"], k + 1)
    if k < 0:
        raise ValueError(f"cue {r['cue']!r} not in its sentence")
    cue = [i + k, i + k + len(r["cue"])]
    # The paragraph around the cue: sources, vias and claims are looked for there first.
    para_a = text.rfind("\n", 0, cue[0]) + 1
    para_b = text.find("\n", cue[1])
    para = (para_a, len(text) if para_b < 0 else para_b)
    out = {
        "cue": cue,
        "source": _span_in(text, r.get("source", ""), para, cue[0]),
        "source_resolved": _span_in(text, r["source_resolved"], (0, cue[0]), cue[0])
        if r.get("source_resolved") else None,
        "source_kind": r["source_kind"],
        "via": _span_in(text, r.get("via", ""), para, cue[0]),
        "direct_quote": bool(r.get("direct_quote")),
        "claim": _span_in(text, r.get("claim", ""), para, cue[1]),
    }
    if r.get("unscored"):
        # the speaker was named before an ANERcorp passage begins: the cue is real (a
        # prediction on it is no error) but its source cannot be scored
        out["unscored"] = True
    return out, i


def convert_money(text: str, m: dict) -> dict:
    j = -1
    for _ in range(m.get("occurrence", 1)):
        j = text.find(m["text"], j + 1)
        if j < 0:
            raise ValueError(f"money {m['text']!r} occurrence {m.get('occurrence', 1)} not found")
    return {"span": [j, j + len(m["text"])], "currency": m["currency"]}


def convert(folder: Path, corpus: str = "news") -> None:
    out_dir = ANER_GOLD if corpus == "anercorp" else GOLD
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        head: dict = {"file": data["file"]}
        if corpus == "anercorp":
            head = {"sentences": list(_passage_range(path.stem))}
        raw = _text_of(head)
        text = raw.decode("utf-8")
        pos, records = 0, []
        for r in data["attributions"]:
            rec, pos = convert_record(text, r, pos)
            records.append(rec)
        gold = {
            **head,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "split": split_of(path.stem, corpus),
            "attributions": records,
            "money": [convert_money(text, m) for m in data.get("money", [])],
        }
        (out_dir / path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
        print(f"{path.stem} ({gold['split']}): {len(records)} attributions, "
              f"{len(gold['money'])} money")


class TextMissing(Exception):
    pass


def load(path: Path, news: Path = NEWS) -> tuple[str, list[dict], list[dict]]:
    """(text, attribution records as strings, money as (start, end, currency)) of one gold
    file; :class:`TextMissing` when the article is not on this machine or differs."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = _text_of(gold, news)
    if hashlib.sha256(raw).hexdigest() != gold["sha256"]:
        raise TextMissing(f"{path.name}: the text differs from the annotated one (sha256)")
    text = raw.decode("utf-8")
    cut = lambda span: text[span[0]:span[1]] if span else ""  # noqa: E731
    records = []
    for r in gold["attributions"]:
        records.append({
            "cue_span": tuple(r["cue"]),
            "cue": cut(r["cue"]),
            "sentence": cut(r["cue"]),
            "source": cut(r["source"]),
            "source_resolved": cut(r["source_resolved"]),
            "source_kind": r["source_kind"],
            "via": cut(r["via"]),
            "direct_quote": r["direct_quote"],
            "claim": cut(r["claim"]),
            "unscored": bool(r.get("unscored")),
        })
    money = [(m["span"][0], m["span"][1], m["currency"]) for m in gold["money"]]
    return text, records, money


def gold_files(split: str | None = None, corpus: str = "news") -> list[Path]:
    files = sorted((ANER_GOLD if corpus == "anercorp" else GOLD).glob("*.json"))
    if split is None:
        return files
    return [f for f in files if split_of(f.stem, corpus) == split]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=("news", "anercorp"), default="news")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("convert")
    c.add_argument("folder", type=Path)
    s = sub.add_parser("show")
    s.add_argument("number")
    args = ap.parse_args(argv)
    if args.command == "convert":
        convert(args.folder, args.corpus)
        return 0
    gold_dir = ANER_GOLD if args.corpus == "anercorp" else GOLD
    text, records, money = load(gold_dir / f"{args.number}.json")
    for r in records:
        print(json.dumps({k: v for k, v in r.items() if k != "sentence"}, ensure_ascii=False))
    for a, b, cur in money:
        print("MONEY", cur, text[a:b])
    return 0


if __name__ == "__main__":
    sys.exit(main())
