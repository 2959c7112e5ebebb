"""Evaluate the attribution detector against gold annotations.

Usage:
    python tools/eval_attribution.py [--set dev|heldout|...|heldout9|all|news-dev|news-blind|aner-dev|aner-blind] [--entities] [--verbose] [--sample PATH]

``news-dev`` and ``news-blind`` score real articles (``/work/shared/data/news-dev/``, read at
run time; their gold is kept as offsets, see tools/news_gold.py). For them the tool also prints
the measures of issue 9: claims with the right cue; "end to end" (right cue AND resolved
source AND source kind); via on the gold claims that have one; and amounts of money found as
MONEY entities (exact span, and with the right ISO code). ``aner-dev`` and ``aner-blind`` do
the same on passages of real news rebuilt from ANERcorp's training portion
(``tools/anercorp_docs.py``; gold in tests/data/attribution/anercorp/).

Gold files are tests/data/attribution/<set>/*.json: {"text": ..., "attributions": [...]}, each
record in the shape of data/sample/attribution.json (sentence, cue, source, source_resolved,
source_kind, via, direct_quote, claim; optional cue_index when the cue occurs more than once
in its sentence). The sample article is also scored against /work/shared/data/sample/
attribution.json (or --sample), read at run time when it exists.

A predicted claim matches a gold one when their cues overlap (same position). Two scores are
printed: "cue" (the cue alone) and "full" (cue, and also the resolved source, the kind, the
via, the claim text and the direct-quote flag, after normalising whitespace and edge
punctuation). Per-field agreement over cue-matched pairs shows what the misses are.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from reader.core.attribution import detect_claims  # noqa: E402
from reader.core.model import Claim  # noqa: E402

DATA = ROOT / "tests" / "data" / "attribution"
SAMPLE_TEXT = ROOT / "resources" / "sample" / "alipay-regulators.ar.txt"
SAMPLE_GOLD = Path("/work/shared/data/sample/attribution.json")
FIELDS = ("source", "kind", "via", "claim", "direct_quote")
_EDGE = " \t\n.,،:؛;!?؟-–—…'\"«»“”‘’"


def norm(s: str | None) -> str:
    s = re.sub(r"\s+", " ", s or "")
    return s.strip(_EDGE)


def locate(text: str, records: list[dict]) -> list[tuple[int, int]]:
    """Cue spans of gold records: the sentence is searched from the previous one onwards."""
    spans = []
    pos = 0
    for r in records:
        sent = r["sentence"]
        i = text.find(sent, pos)
        if i < 0:
            i = text.find(sent)
        if i < 0:
            raise ValueError(f"sentence not found in text: {sent[:60]}")
        pos = i
        k = -1
        for _ in range(r.get("cue_index", 0) + 1):
            k = sent.find(r["cue"], k + 1)
        if k < 0:
            raise ValueError(f"cue {r['cue']!r} not in sentence {sent[:60]}")
        spans.append((i + k, i + k + len(r["cue"])))
    return spans


def fields_of_pred(c: Claim) -> dict:
    return {
        "source": c.source.resolved if c.source else "",
        "kind": c.source.kind if c.source else "",
        "via": c.via.text if c.via else "",
        "claim": c.text,
        "direct_quote": c.direct_quote,
    }


def fields_of_gold(r: dict) -> dict:
    return {
        "source": r.get("source_resolved", ""),
        "kind": r.get("source_kind", ""),
        "via": r.get("via", "") or "",
        "claim": r.get("claim", ""),
        "direct_quote": bool(r.get("direct_quote")),
    }


def agree(field: str, a, b) -> bool:
    if field == "direct_quote":
        return bool(a) == bool(b)
    return norm(a) == norm(b)


def entities_for(text: str):
    """Entities from the NER module (reader.core.entities.recognize) for --entities."""
    from reader.core.entities import recognize

    return recognize(text)


def score_doc(text: str, records: list[dict], name: str, totals: dict, verbose: bool,
              use_entities: bool = False, entities=None) -> None:
    gold_spans = ([r["cue_span"] for r in records] if records and "cue_span" in records[0]
                  else locate(text, records))
    if entities is None and use_entities:
        entities = entities_for(text)
    preds = detect_claims(text, entities if use_entities else None)
    used: set[int] = set()
    pairs = []
    for gi, (ga, gb) in enumerate(gold_spans):
        for pi, c in enumerate(preds):
            if pi in used:
                continue
            if c.cue.start < gb and ga < c.cue.end:
                used.add(pi)
                pairs.append((gi, pi))
                break
    matched_g = {g for g, _ in pairs}
    # A record marked unscored (its speaker is named before an ANERcorp passage begins) is
    # left out, with the prediction on its cue: neither a hit nor an error.
    unscored = {gi for gi, r in enumerate(records) if r.get("unscored")}
    totals["gold"] += len(records) - len(unscored)
    totals["pred"] += len(preds) - sum(1 for g, _ in pairs if g in unscored)
    pairs = [(g, p) for g, p in pairs if g not in unscored]
    records_scored = [r for gi, r in enumerate(records) if gi not in unscored]
    totals["cue"] += len(pairs)
    totals["gold_via"] += sum(1 for r in records_scored if r.get("via"))
    for gi, pi in pairs:
        g, p = fields_of_gold(records[gi]), fields_of_pred(preds[pi])
        ok = True
        for f in FIELDS:
            if agree(f, g[f], p[f]):
                totals["field_" + f] += 1
            else:
                ok = False
                if verbose:
                    print(f"  [{name}] {records[gi]['cue']} {f}: gold={g[f]!r} pred={p[f]!r}")
        totals["full"] += ok
        totals["source_kind"] += agree("source", g["source"], p["source"]) and g["kind"] == p["kind"]
        if g["via"]:
            totals["via_right"] += agree("via", g["via"], p["via"])
    if verbose:
        for gi, r in enumerate(records):
            if gi not in matched_g and gi not in unscored:
                print(f"  [{name}] MISSED cue {r['cue']!r} in: {r['sentence'][:70]}")
        for pi, c in enumerate(preds):
            if pi not in used:
                print(f"  [{name}] EXTRA cue {c.cue.text!r} claim: {c.text[:60]}")


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def new_totals() -> dict:
    t = {"gold": 0, "pred": 0, "cue": 0, "full": 0, "source_kind": 0, "gold_via": 0,
         "via_right": 0, "money_gold": 0, "money_pred": 0, "money_found": 0, "money_iso": 0}
    for f in FIELDS:
        t["field_" + f] = 0
    return t


def report(label: str, t: dict) -> None:
    print(f"{label}: {t['gold']} gold, {t['pred']} predicted")
    for level in ("cue", "source_kind", "full"):
        p, r, f = prf(t[level], t["pred"], t["gold"])
        name = {"source_kind": "cue+source+kind (end to end)"}.get(level, level)
        print(f"  {name:5s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    if t["gold_via"]:
        print(f"  via right on gold claims that have one: {t['via_right']} of {t['gold_via']}")
    if t["money_gold"]:
        p, r, f = prf(t["money_found"], t["money_pred"], t["money_gold"])
        print(f"  money as MONEY (exact span): P={p:.3f} R={r:.3f} F1={f:.3f}; with the right "
              f"ISO code: {t['money_iso']} of {t['money_gold']}")
    if t["cue"]:
        parts = ", ".join(f"{f}={t['field_' + f] / t['cue']:.2f}" for f in FIELDS)
        print(f"  field agreement on matched cues: {parts}")


def score_money(text: str, gold: list[tuple[int, int, str]], entities, name: str, totals: dict,
                verbose: bool) -> None:
    predicted = {(e.start, e.end): e for e in entities if e.type == "MONEY"}
    totals["money_gold"] += len(gold)
    totals["money_pred"] += len(predicted)
    for a, b, currency in gold:
        e = predicted.get((a, b))
        if e is not None:
            totals["money_found"] += 1
            totals["money_iso"] += currency in (getattr(e, "canonical", "") or "")
        elif verbose:
            near = [text[s:t] for (s, t) in predicted if s < b and a < t]
            print(f"  [{name}] MONEY missed {text[a:b]!r} ({currency}); predicted there: {near}")
    if verbose:
        gold_spans = {(a, b) for a, b, _ in gold}
        for (s, t) in predicted:
            if (s, t) not in gold_spans:
                print(f"  [{name}] MONEY extra {text[s:t]!r}")


def run_news(split: str, verbose: bool, use_entities: bool, corpus: str = "news") -> dict:
    import news_gold

    totals = new_totals()
    files = news_gold.gold_files(split, corpus)
    scored = 0
    for path in files:
        try:
            text, records, money = news_gold.load(path)
        except news_gold.TextMissing as exc:
            print(f"  {path.stem}: skipped ({exc})")
            continue
        entities = entities_for(text)
        score_doc(text, records, path.stem, totals, verbose, use_entities, entities)
        score_money(text, money, entities, path.stem, totals, verbose)
        scored += 1
    what = "real articles" if corpus == "news" else "real passages of ANERcorp"
    label = "news" if corpus == "news" else "aner"
    report(f"{label}-{split} ({scored} {what}){' with NER entities' if use_entities else ''}",
           totals)
    return totals


def run_set(name: str, verbose: bool, use_entities: bool) -> dict:
    if name.startswith("news-"):
        return run_news(name[len("news-"):], verbose, use_entities)
    if name.startswith("aner-"):
        return run_news(name[len("aner-"):], verbose, use_entities, corpus="anercorp")
    totals = new_totals()
    files = sorted((DATA / name).glob("*.json"))
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        score_doc(doc["text"], doc["attributions"], path.stem, totals, verbose, use_entities)
    report(f"{name} ({len(files)} texts){' with NER entities' if use_entities else ''}", totals)
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="dev", choices=("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "all", "news-dev", "news-blind", "aner-dev", "aner-blind"))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--sample", type=Path, default=SAMPLE_GOLD)
    ap.add_argument("--entities", action="store_true",
                    help="also give detect_claims the NER module's entities (reader.core.entities)")
    args = ap.parse_args(argv)
    if args.entities:
        from reader.core.errors import ReaderError

        try:
            entities_for("قال محمد علي إن الخبر صحيح.")
        except ReaderError as exc:
            print(f"--entities: the NER module cannot run ({exc}); scoring without entities")
            args.entities = False
    sets = ("dev", "heldout", "heldout2") if args.set == "all" else (args.set,)
    for s in sets:
        run_set(s, args.verbose, args.entities)
    if args.sample.exists():
        gold = json.loads(args.sample.read_text(encoding="utf-8"))
        totals = new_totals()
        score_doc(SAMPLE_TEXT.read_text(encoding="utf-8"), gold["attributions"], "sample", totals,
                  args.verbose, args.entities)
        report(f"sample article{' with NER entities' if args.entities else ''}", totals)
    else:
        print(f"sample gold not found at {args.sample}: skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
