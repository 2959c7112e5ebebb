#!/usr/bin/env python3
"""Measures of the vocabulary (issue 10), on the sample and on real news read from
../shared/data/news-dev/ at run time (the texts are never copied into the project; the
hand checks are kept as offsets in tests/data/vocab/).

    python tools/eval_vocab.py glossary      # sample coverage; news precision and coverage
    python tools/eval_vocab.py morphology    # lemma and root accuracy on 200 checked words
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEWS = Path("/work/shared/data/news-dev")
DATA = ROOT / "tests" / "data" / "vocab"

#: The sample's finance terms, as PRODUCT.md lists them (as written in the sample).
SAMPLE_TERMS = ["قروضًا صغيرة غير مضمونة", "القروض الصغيرة", "الإقراض", "ببطاقة ائتمان",
                "بتسجيل نقاط الائتمان", "لتسجيل الائتمان", "مشروع مشترك", "الهيئات التنظيمية",
                "احتكار", "الاحتكارات", "مزود لخدمات المدفوعات", "سوق الأوراق المالية",
                "التكنولوجيا المالية", "لتكتل", "تقييمات الشركات", "مملوك جزئيًا للدولة",
                "التجارة الإلكترونية", "والقروض", "بمصرفهم", "المنظمين الماليين"]


def news_text(name: str, sha256: str) -> str | None:
    path = NEWS / name
    if not path.exists():
        return None
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        sys.exit(f"{path}: the text changed (its SHA-256 differs from the checked one)")
    return data.decode("utf-8")


def covered(matches, start: int, end: int) -> bool:
    return any(m.start <= start and end <= m.end and m.entry.gloss for m in matches)


def glossary() -> None:
    from reader.core.resources import sample_article
    from reader.core.vocab.glossary import find_terms, load_glossary

    entries = load_glossary()
    print(f"glossary: {len(entries)} entries, {len({e.domain for e in entries})} domains, "
          f"{sum(e.words > 1 for e in entries)} multi-word")
    text = sample_article().read_text(encoding="utf-8")
    matches = find_terms(text)
    total = hit = 0
    for term in SAMPLE_TERMS:
        i = text.find(term)
        while i >= 0:
            total += 1
            hit += covered(matches, i, i + len(term))
            i = text.find(term, i + 1)
    print(f"sample: {hit}/{total} occurrences of its finance terms carry a gloss "
          f"({hit / total:.3f}); {len(matches)} glossary matches in all")
    check = json.loads((DATA / "news_glossary_check.json").read_text(encoding="utf-8"))
    items = check["precision"]
    right = sum(x["correct"] for x in items)
    print(f"news precision (hand-judged random sample, as judged): {right}/{len(items)} = "
          f"{right / len(items):.3f}")
    still, wrong_gone = 0, 0
    for x in items:
        text = news_text(x["file"], x["sha256"])
        if text is None:
            print("  (news-dev not found: the current matcher is not re-checked)")
            break
        now = [m for m in find_terms(text) if (m.start, m.end) == tuple(x["span"])]
        if now and now[0].entry.term == x["term"]:
            still += 1
        elif not x["correct"]:
            wrong_gone += 1
    else:
        print(f"  now: {still}/{len(items)} of those matches unchanged; "
              f"{wrong_gone} of the {len(items) - right} wrong ones no longer made")
    for c in check["coverage"]:
        text = news_text(c["file"], c["sha256"])
        glossed, missed = c["glossed_terms"], len(c["missed"])
        line = f"news coverage {c['file'][:2]}: {glossed}/{glossed + missed} = {glossed / (glossed + missed):.3f} as checked"
        if text is not None:
            matches = find_terms(text)
            fixed = sum(covered(matches, a, b) for a, b in c["missed"])
            line += f"; {fixed} of the {missed} missed terms glossed now"
        print(line)


def morphology(analyser_only: bool) -> None:
    from reader.core.text import fold
    from reader.core.vocab.morphology import Morphology, lemma_key

    gold = json.loads((DATA / "morphology_gold.json").read_text(encoding="utf-8"))["words"]

    class Bare(Morphology):
        def _quick(self, word):
            result = super()._quick(word)
            return result if result is None or result.source == "table" and result.pos in ("number", "foreign") else None

    m = Bare() if analyser_only else Morphology()

    def root_key(r: str) -> str:
        return "".join("ء" if c in "ءاأإآؤئ" else c for c in fold(r.replace(" ", "")))

    lemmas = roots = n = 0
    wrong = []
    for g in gold:
        text = news_text(g["file"], g["sha256"])
        if text is None:
            sys.exit("../shared/data/news-dev/ is not there")
        word = text[g["span"][0]:g["span"][1]]
        a = m.analyse(word)
        lok = lemma_key(a.lemma) in {lemma_key(x) for x in g["lemma"]}
        rok = root_key(a.root) in {root_key(x) for x in g["root"]}
        lemmas += lok
        roots += rok
        n += 1
        if not (lok and rok):
            wrong.append(f"  {word}: {a.lemma} / {a.root or '-'} ({a.source}); checked: "
                         f"{'|'.join(g['lemma'])} / {'|'.join(g['root']) or '-'}")
    which = "farahidi alone" if analyser_only else "the reader (table, glossary, then farahidi)"
    print(f"{which}: lemma {lemmas}/{n} = {lemmas / n:.3f}, root {roots}/{n} = {roots / n:.3f}")
    print("\n".join(wrong))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("glossary")
    p = sub.add_parser("morphology")
    p.add_argument("--analyser-only", action="store_true", help="bypass the table and the glossary")
    args = parser.parse_args()
    if args.what == "glossary":
        glossary()
    else:
        morphology(args.analyser_only)


if __name__ == "__main__":
    main()
