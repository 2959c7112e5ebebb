#!/usr/bin/env python3
"""Train and cross-validate the entity tagger (a CRF, python-crfsuite) on ANERcorp.

    python tools/train_ner.py --cv 5                 # 5-fold cross-validation, prints a table
    python tools/train_ner.py --train                # writes resources/ner/model.crfsuite
    python tools/train_ner.py --cv 5 --c1 0.1 --c2 0.01 --no-lexicon
    python tools/train_ner.py --cv 5 --pipeline      # also the whole recognize() pipeline,
                                                     # as run and with ANERcorp's conventions
    python tools/train_ner.py --cv 5 --pipeline --reuse   # the same with the fold models of
                                                          # the last run (rules changed only)
    python tools/train_ner.py --cv 5 --only 0 --work DIR  # one fold only, to explore

A second pass stacked on this tagger is an experiment of tools/ner_stack.py.

Data: the ANERcorp training portion (CAMeL Lab split), /work/shared/data/anercorp/train.txt
by default (``--data``). It is never copied into the repository; the model and the lexicon
written next to it are derived data under CC BY-SA 4.0 (see resources/ner/README.md).

Reproducible: sentences are assigned to folds by index (``--folds contiguous``: blocks of
consecutive sentences, so an article rarely straddles two folds; ``interleaved``: sentence i
goes to fold i mod k), crfsuite's L-BFGS is deterministic, and no random numbers are used.
The corpus lexicon (words and phrases seen as entities) is built from the training folds
only, and for the training sentences themselves by jackknifing (each of ``JACKKNIFE`` parts
gets a lexicon built from the other parts), so the tagger does not learn to trust a lexicon
that is perfect on its own training data.
Runs of 40 sentences (``DOC_BLOCK``) stand for an article for the document features, in
training and in testing alike.

Scores are conlleval's: a span starts at B- or at an I- that does not continue a span of the
same type; a predicted span counts only if its start, end and type all equal a gold span's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from reader.core.entities.clitics import split_proclitic  # noqa: E402
from reader.core.entities.features import (  # noqa: E402
    DOC_BLOCK,
    FEATURE_VERSION,
    FeatureExtractor,
    Lexicon,
)
from reader.core.entities.gazetteer import Gazetteer, GazetteerEntry  # noqa: E402
from reader.core.entities.propagate import collect_names, propagate  # noqa: E402
from reader.core.entities.pipeline import recognize_with  # noqa: E402
from reader.core.entities.tagger import O_THRESHOLD, Tagger, relabel  # noqa: E402
from reader.core.text import fold, tokenize  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/anercorp/train.txt")
MODEL_DIR = ROOT / "resources" / "ner"
TYPES = ("PER", "LOC", "ORG", "MISC")
#: Parts of the training data for the jackknifed lexicon: each part is featurized with a
#: lexicon built from the others. Twenty parts (each lexicon from 95 % of the data) make the
#: training features look like those of new text, tagged with a lexicon of all the data;
#: five (80 %) scored 0.45 lower in cross-validation (resources/ner/README.md).
JACKKNIFE = 20

Sentence = list[tuple[str, str]]


# --- data --------------------------------------------------------------------------------


def read_corpus(path: Path) -> list[Sentence]:
    """Sentences of (token, tag), PERS renamed PER, tokens split as the tagger splits them."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            word, tag = parts[0], parts[-1]
            tag = tag.replace("PERS", "PER")
            current.extend(_retokenize(word, tag))
    if current:
        sentences.append(current)
    return sentences


def _retokenize(word: str, tag: str) -> list[tuple[str, str]]:
    pieces = [t.text for t in tokenize(word, punctuation=True)] or [word]
    if len(pieces) == 1:
        return [(pieces[0], tag)]
    if tag == "O":
        return [(p, "O") for p in pieces]
    typ = tag[2:]
    return [(p, tag if k == 0 else "I-" + typ) for k, p in enumerate(pieces)]


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """conlleval spans: (first, last, type)."""
    out = set()
    start = None
    typ = None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != typ):
            if start is not None:
                out.add((start, i - 1, typ))
                start = typ = None
            if tag != "O":
                start, typ = i, tag[2:]
    return out


# --- corpus lexicon ----------------------------------------------------------------------


def build_lexicon(sentences: list[Sentence], min_ratio: float = 0.5) -> Lexicon:
    """Words and multi-word phrases that the given sentences tag as entities."""
    total: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    phrases: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    first_words: set[str] = set()
    for sent in sentences:
        tags = [t for _, t in sent]
        norms = [fold(w) for w, _ in sent]
        for (first, last, typ) in sorted(spans(tags)):
            first_words.add(norms[first])
    for sent in sentences:
        tags = [t for _, t in sent]
        words = [w for w, _ in sent]
        norms = [fold(w) for w in words]
        for n in norms:
            total[n] += 1
        for (first, last, typ) in sorted(spans(tags)):
            for k in range(first, last + 1):
                typed[norms[k]][typ] += 1
            head = words[first]
            cut = split_proclitic(head, known=lambda f: f in first_words)
            key = (fold(head[cut:]) if cut else norms[first],) + tuple(norms[first + 1:last + 1])
            if len(key) >= 2:
                phrases[key][typ] += 1
    words_out: dict[str, str] = {}
    for n, count in total.items():
        counts = typed.get(n)
        if counts:
            typ, c = _majority(counts)
            if c / count >= min_ratio:
                words_out[n] = typ
                continue
        if count >= 2 and sum(counts.values()) / count < 0.1 if counts else count >= 2:
            words_out[n] = "O"
    entries = [GazetteerEntry(" ".join(k), _majority(c)[0], " ".join(k))
               for k, c in phrases.items()]
    return Lexicon(words_out, Gazetteer(entries), dict(total))


def _majority(counts: Counter) -> tuple[str, int]:
    """The most frequent type; ties go to the first in alphabetical order (reproducible:
    no dependence on hash order)."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))


# --- features and training ---------------------------------------------------------------


def featurize(sentences: list[Sentence], lexicon: Lexicon | None) -> list[list[list[str]]]:
    """Features of each sentence; runs of DOC_BLOCK sentences stand for an article (the
    document features look at the other occurrences of a word in them)."""
    fx = FeatureExtractor(lexicon)
    out = []
    for a in range(0, len(sentences), DOC_BLOCK):
        words = [[w for w, _ in s] for s in sentences[a:a + DOC_BLOCK]]
        for ws, extra in zip(words, fx.document(words)):
            out.append(fx.sentence(ws, None, extra))
    return out


def featurize_jackknifed(sentences: list[Sentence], use_lexicon: bool,
                         parts: int = JACKKNIFE) -> list[list[list[str]]]:
    """Training features; each part's lexicon comes from the other parts."""
    if not use_lexicon:
        return featurize(sentences, None)
    n = len(sentences)
    out: list[list[list[str]] | None] = [None] * n
    for j in range(parts):
        idx = [i for i in range(n) if i * parts // n == j]
        rest = [sentences[i] for i in range(n) if i * parts // n != j]
        feats = featurize([sentences[i] for i in idx], build_lexicon(rest))
        for i, f in zip(idx, feats):
            out[i] = f
    return out  # type: ignore[return-value]


#: Features that name the word itself: a name's own words and the bigrams that hold them.
_IDENTITY = ("w=", "b=", "bg=")
_CONTEXT_IDENTITY = {-2: ("+2w=",), -1: ("+1w=", "+1b="), 1: ("-1w=", "-1b=", "bg="),
                     2: ("-2w=",)}


def with_masked_names(xs, ys):
    """The training sentences, and again with the words of their names unknown: a copy in
    which no feature names a word inside a name (its own word and base, the bigrams that
    hold it, the neighbours' features naming it). Names in new text are mostly unseen; the
    copy teaches the model to find them by their context, shape and lists."""
    extra_x = []
    for x, y in zip(xs, ys):
        masked = [list(f) for f in x]
        for i, tag in enumerate(y):
            if tag == "O":
                continue
            masked[i] = [f for f in masked[i] if not f.startswith(_IDENTITY)]
            for d, prefixes in _CONTEXT_IDENTITY.items():
                if 0 <= i + d < len(x):
                    masked[i + d] = [f for f in masked[i + d] if not f.startswith(prefixes)]
        extra_x.append(masked)
    return list(xs) + extra_x, list(ys) + list(ys)


def train(xs, ys, model_path: Path, c1: float, c2: float, iterations: int) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": iterations,
        "feature.possible_transitions": True,
    })
    trainer.train(str(model_path))


def tag_all(model_path: Path, xs, thresholds: list[float]):
    """Labels for each O-threshold (see reader.core.entities.tagger.relabel), and the
    marginal probability of each label at the tagger's own threshold."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    entity_labels = [lab for lab in tagger.labels() if lab != "O"]
    out: dict[float, list[list[str]]] = {t: [] for t in thresholds}
    probs = []
    try:
        for x in xs:
            labels = tagger.tag(x)
            for t in thresholds:
                out[t].append(relabel(labels, tagger.marginal, entity_labels, t) if t else labels)
            probs.append([tagger.marginal(lab, i) for i, lab in enumerate(out[O_THRESHOLD][-1])])
        return out, probs
    finally:
        tagger.close()


def pipeline_labels(sentences: list[Sentence], tagger: Tagger, block: int
                    ) -> tuple[list[list[str]], list[list[str]]]:
    """What recognize() tags (PER/LOC/ORG/MISC only), as BIO labels on the corpus tokens:
    as the reader runs it, and with ANERcorp's conventions where the reader deliberately
    parts from them (``recognize_with(..., anercorp=True)``: currency words stay MISC, no
    organisation-head pattern).

    Runs of ``block`` sentences are joined into one text (tokens by spaces, sentences by
    line ends) that stands for an article; an entity labels every token it overlaps."""
    reader: list[list[str]] = []
    anercorp: list[list[str]] = []
    for a in range(0, len(sentences), block):
        lines, offsets, pos = [], [], 0
        for s in sentences[a:a + block]:
            offs = []
            for w, _ in s:
                offs.append((pos, pos + len(w)))
                pos += len(w) + 1
            offsets.append(offs)
            lines.append(" ".join(w for w, _ in s))
        text = "\n".join(lines)
        for out, mode in ((reader, False), (anercorp, True)):
            found = recognize_with(tagger, text, anercorp=mode)
            out += _token_labels([e for e in found if e.type in TYPES], offsets)
    return reader, anercorp


def _token_labels(entities, offsets) -> list[list[str]]:
    out = []
    k = 0
    for offs in offsets:
        labels = []
        prev = None
        for start, end in offs:
            while k < len(entities) and entities[k].end <= start:
                k += 1
            e = entities[k] if k < len(entities) and entities[k].start < end else None
            labels.append("O" if e is None else ("I-" if e is prev else "B-") + e.type)
            prev = e
        out.append(labels)
    return out


def propagate_windows(sentences: list[Sentence], labels, probs, lexicon: Lexicon | None,
                      window: int) -> list[list[str]]:
    """Run-time name propagation, with sentences i-window..i+window standing for an article."""
    norms = [[fold(w) for w, _ in s] for s in sentences]

    def common(w: str) -> bool:
        return lexicon is not None and lexicon.seen_outside_names(w)

    out = []
    for i in range(len(sentences)):
        lo, hi = max(0, i - window), min(len(sentences), i + window + 1)
        names = collect_names(norms[lo:hi], labels[lo:hi], probs[lo:hi])
        out.append(propagate(norms[i], labels[i], names, common))
    return out


# --- evaluation --------------------------------------------------------------------------


def score(golds: list[list[str]], preds: list[list[str]]) -> dict[str, dict[str, float]]:
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, p in zip(golds, preds):
        gs, ps = spans(g), spans(p)
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
            if s in gs:
                tp[s[2]] += 1
    table = {}
    for t in TYPES + ("micro",):
        if t == "micro":
            a, b, c = sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())
        else:
            a, b, c = tp[t], n_pred[t], n_gold[t]
        p = a / b if b else 0.0
        r = a / c if c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[t] = {"precision": p, "recall": r, "f1": f, "gold": c, "predicted": b, "correct": a}
    return table


def format_table(table: dict[str, dict[str, float]]) -> str:
    lines = ["| type | precision | recall | F1 | gold spans | predicted | correct |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for t, row in table.items():
        lines.append(f"| {t} | {row['precision']:.4f} | {row['recall']:.4f} | {row['f1']:.4f} "
                     f"| {row['gold']} | {row['predicted']} | {row['correct']} |")
    return "\n".join(lines)


def fold_of(i: int, n: int, k: int, scheme: str) -> int:
    return i % k if scheme == "interleaved" else i * k // n


def cross_validate(sentences, k: int, args) -> dict:
    n = len(sentences)
    golds = []
    thresholds = sorted({O_THRESHOLD, *args.thresholds})  # 0.0: the plain Viterbi labels
    preds: dict[float, list] = {t: [] for t in thresholds}
    propagated: list = []
    whole: list = []
    whole_anercorp: list = []
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    for f in (args.only if args.only else range(k)):
        t0 = time.time()
        train_s = [s for i, s in enumerate(sentences) if fold_of(i, n, k, args.folds) != f]
        test_s = [s for i, s in enumerate(sentences) if fold_of(i, n, k, args.folds) == f]
        model = work / f"fold{f}.crfsuite"
        if not (args.reuse and model.is_file()):
            xs = featurize_jackknifed(train_s, args.lexicon, args.jackknife)
            ys = [[t for _, t in s] for s in train_s]
            if args.mask_names:
                xs, ys = with_masked_names(xs, ys)
            train(xs, ys, model, args.c1, args.c2, args.iterations)
        lex = build_lexicon(train_s) if args.lexicon else None
        pred, probs = tag_all(model, featurize(test_s, lex), thresholds)
        prop = propagate_windows(test_s, pred[O_THRESHOLD], probs, lex, args.window)
        if args.pipeline:
            plain, conventions = pipeline_labels(test_s, Tagger(model, lex),
                                                 2 * args.window or 40)
            whole += plain
            whole_anercorp += conventions
        gold = [[t for _, t in s] for s in test_s]
        golds += gold
        propagated += prop
        for t in thresholds:
            preds[t] += pred[t]
        f1s = " ".join(f"{t}:{score(gold, pred[t])['micro']['f1']:.4f}" for t in thresholds)
        print(f"fold {f}: micro F1 by O-threshold {f1s}; with propagation "
              f"{score(gold, prop)['micro']['f1']:.4f} "
              f"({len(test_s)} sentences, {time.time() - t0:.0f} s)", file=sys.stderr)
    for t in thresholds:
        print(f"O-threshold {t}: micro F1 {score(golds, preds[t])['micro']['f1']:.4f}",
              file=sys.stderr)
    print(f"tagger alone: micro F1 {score(golds, preds[O_THRESHOLD])['micro']['f1']:.4f}",
          file=sys.stderr)
    if args.pipeline:
        print("Whole recognize() pipeline (tagger, propagation, gazetteer, patterns, numbers,"
              " aliases), PER/LOC/ORG/MISC only:")
        print(format_table(score(golds, whole)))
        print("The same pipeline with ANERcorp's conventions (recognize_with(anercorp=True): "
              "currency words stay MISC, no organisation-head pattern):")
        print(format_table(score(golds, whole_anercorp)))
    return score(golds, propagated if args.window else preds[O_THRESHOLD])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation")
    ap.add_argument("--folds", choices=("contiguous", "interleaved"), default="contiguous")
    ap.add_argument("--train", action="store_true", help="train on all data, write the model")
    ap.add_argument("--out", default=str(MODEL_DIR))
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--no-lexicon", dest="lexicon", action="store_false")
    ap.add_argument("--work", default="/tmp/train_ner")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[],
                    help="O-thresholds to compare in CV (the table uses the tagger's own)")
    ap.add_argument("--pipeline", action="store_true",
                    help="in CV, also score the whole recognize() pipeline")
    ap.add_argument("--window", type=int, default=20,
                    help="in CV, sentences either side that stand for an article when "
                         "propagating names (0: no propagation)")
    ap.add_argument("--reuse", action="store_true",
                    help="in CV, use the fold models already in --work (same data, folds and "
                         "features) instead of training them again: for changes to the rules "
                         "after the tagger")
    ap.add_argument("--jackknife", type=int, default=JACKKNIFE,
                    help="parts of the training data, each featurized with a lexicon built "
                         "from the others")
    ap.add_argument("--json", help="write the CV table as JSON here")
    ap.add_argument("--only", type=int, nargs="*", help="in CV, only these test folds")
    ap.add_argument("--mask-names", action="store_true",
                    help="in CV, train on a second copy of the data with the words of names "
                         "masked (an experiment: no gain, see resources/ner/README.md)")
    args = ap.parse_args(argv)

    sentences = read_corpus(Path(args.data))
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} tokens; features "
          f"{FEATURE_VERSION}, c1={args.c1} c2={args.c2} iterations={args.iterations} "
          f"lexicon={'yes' if args.lexicon else 'no'} jackknife={args.jackknife}", file=sys.stderr)
    if args.cv:
        table = cross_validate(sentences, args.cv, args)
        print(f"{args.cv}-fold CV ({args.folds} folds), exact span and type (conlleval):")
        print(format_table(table))
        if args.json:
            Path(args.json).write_text(json.dumps(table, indent=1))
    if args.train:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        xs = featurize_jackknifed(sentences, args.lexicon, args.jackknife)
        ys = [[t for _, t in s] for s in sentences]
        train(xs, ys, out / "model.crfsuite", args.c1, args.c2, args.iterations)
        lex_lines = build_lexicon(sentences).to_lines() if args.lexicon else []
        (out / "lexicon.tsv").write_text(
            "# Derived from ANERcorp (CC BY-SA 4.0): see README.md. W: word -> type; "
            "S: phrase -> type.\n" + "\n".join(lex_lines) + "\n", encoding="utf-8")
        meta = {"feature_version": FEATURE_VERSION, "c1": args.c1, "c2": args.c2,
                "iterations": args.iterations, "lexicon": args.lexicon,
                "jackknife": args.jackknife,
                "sentences": len(sentences)}
        (out / "model.json").write_text(json.dumps(meta, indent=1) + "\n")
        size = (out / "model.crfsuite").stat().st_size
        print(f"wrote {out / 'model.crfsuite'} ({size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
