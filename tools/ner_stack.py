#!/usr/bin/env python3
"""Cross-validate a second pass for the entity tagger (tools/ner_stack_features.py): an
experiment, not shipped (no gain, see resources/ner/README.md, "What was tried").

    python tools/ner_stack.py --cv 5 --pipeline          # 5-fold contiguous CV, both passes
    python tools/ner_stack.py --cv 5 --only 0            # explore on one fold

The second CRF is trained on first-pass labels of sentences that the first-pass model did
not see (cross-fitting). In cross-validation with k contiguous folds, for test fold f the
first pass is the model of the k-1 other folds (``m<folds>.crfsuite``, the same model as
``tools/train_ner.py --cv``), and the second pass is trained on the other folds, each
labelled by the model of the k-2 folds that are neither f nor itself. Models are named by
their folds and shared between test folds (k(k-1)/2 models of k-2 folds in all), kept in
``--work`` and reused when present (the k models of k-1 folds are those of
``tools/train_ner.py --cv k --work`` with the same folder, ``fold<f>.crfsuite``, when they
are there). Shipping it would mean training the second pass on all data, each fold
labelled by the model of the other folds.

Same data, lexicon (jackknifed for training sentences, from the training folds for test
sentences), document blocks, propagation and scores as tools/train_ner.py.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_ner as tn  # noqa: E402

from ner_stack_features import STACK_VERSION, propagated, stack_features  # noqa: E402

from reader.core.entities.features import DOC_BLOCK, FEATURE_VERSION, doc_blocks  # noqa: E402
from reader.core.entities.tagger import O_THRESHOLD, Tagger  # noqa: E402
from reader.core.text import fold  # noqa: E402


def _tag(crf, xseq) -> tuple[list[str], list[float]]:
    labels = crf.tag(xseq)
    return labels, [crf.marginal(lab, i) for i, lab in enumerate(labels)]


class StackedTagger(Tagger):
    """The tagger with the second pass after the first, for the whole pipeline in CV."""

    def __init__(self, model: Path, lexicon, second: Path):
        import pycrfsuite

        super().__init__(model, lexicon)
        self._second = pycrfsuite.Tagger()
        self._second.open(str(second))

    def tag_text(self, sentences, norms, gazetteer_matches=None):
        fx = self._features
        labels, probs = [], []
        for a, b in doc_blocks(len(sentences)):
            doc = fx.document(sentences[a:b], norms[a:b])
            xs = [fx.sentence(sentences[k], gazetteer_matches[k] if gazetteer_matches else None,
                              extra) for k, extra in enumerate(doc, a)]
            first = [_tag(self._crf, x) for x in xs]
            extra = stack_features(norms[a:b], *propagated(
                norms[a:b], [f[0] for f in first], [f[1] for f in first], self._not_spread))
            for x, e in zip(xs, extra):
                labs, ps = _tag(self._second, [f + g for f, g in zip(x, e)])
                labels.append(labs)
                probs.append(ps)
        return labels, probs


class FirstPass:
    """First-pass models by the folds they were trained on, and their labels of a fold."""

    def __init__(self, sentences, k: int, work: Path, args):
        self.sentences = sentences
        self.k = k
        self.work = work
        self.args = args
        n = len(sentences)
        self.parts = [[i for i in range(n) if tn.fold_of(i, n, k, "contiguous") == f]
                      for f in range(k)]

    def sents(self, folds) -> list:
        return [self.sentences[i] for f in sorted(folds) for i in self.parts[f]]

    def model(self, folds) -> Path:
        folds = tuple(sorted(folds))
        path = self.work / f"m{''.join(map(str, folds))}.crfsuite"
        if len(folds) == self.k - 1 and not path.is_file():
            rest = [f for f in range(self.k) if f not in folds]  # train_ner.py --cv's model
            if (self.work / f"fold{rest[0]}.crfsuite").is_file():
                return self.work / f"fold{rest[0]}.crfsuite"
        if not path.is_file():
            t0 = time.time()
            train_s = self.sents(folds)
            xs = tn.featurize_jackknifed(train_s, True)
            tn.train(xs, [[t for _, t in s] for s in train_s], path, self.args.first_c1,
                     self.args.first_c2, self.args.first_iterations)
            print(f"  trained {path.name} ({time.time() - t0:.0f} s)", file=sys.stderr)
        return path

    def labels(self, folds, target: int):
        """Base features, labels and probabilities of fold ``target`` by the model of
        ``folds`` (with the lexicon of those folds)."""
        folds = tuple(sorted(folds))
        cache = self.work / f"l{''.join(map(str, folds))}-{target}.pickle"
        if cache.is_file():
            return pickle.loads(cache.read_bytes())
        model = self.model(folds)
        lex = tn.build_lexicon(self.sents(folds))
        test_s = self.sents([target])
        xs = tn.featurize(test_s, lex)
        pred, probs = tn.tag_all(model, xs, [O_THRESHOLD])
        out = (xs, pred[O_THRESHOLD], probs)
        cache.write_bytes(pickle.dumps(out))
        return out


def stacked(sentences, xs, labels, probs, lex) -> list[list[list[str]]]:
    """Base features with the second-pass features appended (documents of DOC_BLOCK; the
    first pass's labels propagated in each, as the tagger does)."""
    norms = [[fold(w) or w for w, _ in s] for s in sentences]
    out = []
    for a in range(0, len(sentences), DOC_BLOCK):
        b = a + DOC_BLOCK
        labs, ps = propagated(norms[a:b], labels[a:b], probs[a:b], lex.seen_outside_names)
        extra = stack_features(norms[a:b], labs, ps)
        for x, e in zip(xs[a:a + DOC_BLOCK], extra):
            out.append([f + g for f, g in zip(x, e)])
    return out


def train_second(fp: FirstPass, train_folds, first_of, path: Path, args) -> None:
    """Train the second pass on ``train_folds``, fold j labelled by ``first_of(j)``."""
    train_s = fp.sents(train_folds)
    base = tn.featurize_jackknifed(train_s, True)
    xs, a = [], 0
    for j in sorted(train_folds):
        sents = fp.sents([j])
        _, labels, probs = fp.labels(first_of(j), j)
        lex = tn.build_lexicon(fp.sents(first_of(j)))
        xs += stacked(sents, base[a:a + len(sents)], labels, probs, lex)
        a += len(sents)
    tn.train(xs, [[t for _, t in s] for s in train_s], path, args.c1, args.c2,
             args.iterations)


def cross_validate(sentences, args) -> None:
    k = args.cv
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    fp = FirstPass(sentences, k, work, args)
    tests = args.only if args.only else list(range(k))
    runs: dict[str, list] = {name: [] for name in
                             ("first", "first+prop", "second", "second+prop", "pipeline",
                              "pipeline-anercorp", "gold")}
    for f in tests:
        t0 = time.time()
        rest = [j for j in range(k) if j != f]
        test_s = fp.sents([f])
        gold = [[t for _, t in s] for s in test_s]
        xs, labels1, probs1 = fp.labels(rest, f)
        lex = tn.build_lexicon(fp.sents(rest))
        second = work / f"s{f}-{args.tag}.crfsuite"
        if not (args.reuse and second.is_file()):
            train_second(fp, rest, lambda j: [i for i in rest if i != j], second, args)
        x2 = stacked(test_s, xs, labels1, probs1, lex)
        pred2, probs2 = tn.tag_all(second, x2, [O_THRESHOLD])
        labels2 = pred2[O_THRESHOLD]
        prop1 = tn.propagate_windows(test_s, labels1, probs1, lex, args.window)
        prop2 = tn.propagate_windows(test_s, labels2, probs2, lex, args.window)
        row = {"first": labels1, "first+prop": prop1, "second": labels2,
               "second+prop": prop2, "gold": gold}
        if args.pipeline:
            row["pipeline"], row["pipeline-anercorp"] = tn.pipeline_labels(
                test_s, StackedTagger(fp.model(rest), lex, second), 2 * args.window or 40)
        for name, value in row.items():
            runs[name] += value
        figures = " ".join(f"{name} {tn.score(gold, v)['micro']['f1']:.4f}"
                           for name, v in row.items() if name != "gold")
        print(f"fold {f}: {figures} ({time.time() - t0:.0f} s)", file=sys.stderr)
    out = {}
    for name, value in runs.items():
        if name != "gold" and value:
            table = tn.score(runs["gold"], value)
            out[name] = table
            print(f"\n{name} ({k}-fold contiguous CV, folds {tests}):")
            print(tn.format_table(table))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(tn.DEFAULT_DATA))
    ap.add_argument("--cv", type=int, default=5, help="k-fold contiguous cross-validation")
    ap.add_argument("--only", type=int, nargs="*", help="in CV, only these test folds")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--first-c1", type=float, default=0.05, help="of the first pass")
    ap.add_argument("--first-c2", type=float, default=0.05)
    ap.add_argument("--first-iterations", type=int, default=300)
    ap.add_argument("--work", default="/tmp/train_ner_stack")
    ap.add_argument("--tag", default=STACK_VERSION, help="name of this variant's models")
    ap.add_argument("--reuse", action="store_true", help="reuse second-pass models in --work")
    ap.add_argument("--pipeline", action="store_true")
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    sentences = tn.read_corpus(Path(args.data))
    print(f"{len(sentences)} sentences; features {FEATURE_VERSION}+{STACK_VERSION}, "
          f"c1={args.c1} c2={args.c2} iterations={args.iterations}", file=sys.stderr)
    if args.cv:
        cross_validate(sentences, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
