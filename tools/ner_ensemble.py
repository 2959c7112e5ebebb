#!/usr/bin/env python3
"""Cross-validate an ensemble of entity taggers: the per-token marginals of two or more CRFs
averaged and decoded with the BIO constraint (an I- label only after a B- or I- of its
type). An experiment, not shipped (no gain: see resources/ner/README.md, "What was tried").

    python tools/train_ner.py --cv 5 --work /tmp/ner/a                  # fold models, one
    python tools/train_ner.py --cv 5 --work /tmp/ner/b --mask-names     # variant per folder
    python tools/ner_ensemble.py --models /tmp/ner/a /tmp/ner/b --settings 1 1,1 2,1@0.9 \
        --pipeline

Each folder holds the fold models of tools/train_ner.py --cv (``fold<f>.crfsuite``, same
data, folds and features). The marginals of every model are computed once per sentence and
kept, so that several ways of combining them are scored in one run (``--settings``:
weights, and a gate: with ``1,1@0.9`` only the tokens to which the first model gives a
marginal below 0.9 are decoded again from the averaged marginals, the first model's other
labels held, as a run time that asks the other models only about unsure sentences would
do). Same lexicon, document blocks, propagation and scores as tools/train_ner.py.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_ner as tn  # noqa: E402

import pycrfsuite  # noqa: E402

from reader.core.entities.tagger import Tagger  # noqa: E402

_FLOOR = 1e-12
_NEVER = -1e18


def allowed(prev: str, label: str) -> bool:
    """Whether ``label`` may follow ``prev``: an I- label only continues its own type."""
    return not label.startswith("I-") or (prev != "O" and prev[2:] == label[2:])


def decode(matrix: Sequence[Sequence[float]], labels: Sequence[str]) -> list[str]:
    """The labels that maximise the sum of the log marginals (``matrix[i][j]``: token i,
    label j) under the BIO constraint (Viterbi; O and B- may follow anything, I-X only B-X
    or I-X, so each step looks at the best label overall and at the two of the type)."""
    n = len(matrix)
    if n == 0:
        return []
    k = len(labels)
    own = [[q for q in range(k) if labels[q] != "O" and labels[q][2:] == labels[j][2:]]
           if labels[j].startswith("I-") else None for j in range(k)]
    log = math.log
    score = [_NEVER if own[j] is not None else log(max(matrix[0][j], _FLOOR))
             for j in range(k)]
    back = []
    for i in range(1, n):
        row = matrix[i]
        top = max(range(k), key=score.__getitem__)
        new, ptr = [], []
        for j in range(k):
            src = own[j]
            q = top if src is None else max(src, key=score.__getitem__)
            new.append(score[q] + log(max(row[j], _FLOOR)))
            ptr.append(q)
        score = new
        back.append(ptr)
    j = max(range(k), key=score.__getitem__)
    out = [j]
    for ptr in reversed(back):
        j = ptr[j]
        out.append(j)
    return [labels[q] for q in reversed(out)]


def average(matrices: Sequence[Sequence[Sequence[float]]], weights: Sequence[float]
            ) -> list[list[float]]:
    """The weighted mean of the members' marginal matrices (same tokens, same labels)."""
    n = len(matrices[0])
    k = len(matrices[0][0]) if n else 0
    return [[sum(w * m[i][j] for m, w in zip(matrices, weights)) for j in range(k)]
            for i in range(n)]


class Member:
    def __init__(self, path: Path):
        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(path))
        self.labels = list(self.crf.labels())

    def run(self, seq) -> tuple[list[str], list[list[float]]]:
        self.crf.set(seq)
        viterbi = self.crf.tag()
        marginal = self.crf.marginal
        return viterbi, [[marginal(lab, i) for lab in self.labels] for i in range(len(viterbi))]


class Ensemble:
    """The members' Viterbi labels and marginals of each sentence, computed once, and the
    combination asked for (``setting``: weights and gate)."""

    def __init__(self, paths: list[Path]):
        self.members = [Member(p) for p in paths]
        self.labels = self.members[0].labels
        for m in self.members[1:]:
            assert sorted(m.labels) == sorted(self.labels)
        self.memo: dict = {}
        self.setting = (None, 0.0)

    def outputs(self, xseq):
        key = tuple(tuple(f) for f in xseq)
        out = self.memo.get(key)
        if out is None:
            seq = pycrfsuite.ItemSequence(xseq)
            out = []
            for m in self.members:
                vit, mat = m.run(seq)
                if m.labels != self.labels:
                    idx = [m.labels.index(lab) for lab in self.labels]
                    mat = [[row[q] for q in idx] for row in mat]
                out.append((vit, mat))
            self.memo[key] = out
        return out

    def tag_features(self, xseq) -> tuple[list[str], list[float]]:
        """The first model's labels; where its label has a marginal below the gate, the
        members' averaged marginals, the first model's label held elsewhere, decoded."""
        weights, gate = self.setting
        outs = self.outputs(xseq)
        vit0, mat0 = outs[0]
        idx = {lab: j for j, lab in enumerate(self.labels)}
        p0 = [row[idx[lab]] for row, lab in zip(mat0, vit0)]
        if weights is None or len(weights) == 1:
            return vit0, p0
        unsure = [p < gate for p in p0]
        if not any(unsure):
            return vit0, p0
        avg = average([o[1] for o in outs], weights)
        rows = [avg[i] if u else [1.0 if j == idx[vit0[i]] else 0.0
                                  for j in range(len(self.labels))]
                for i, u in enumerate(unsure)]
        labels = decode(rows, self.labels)
        return labels, [avg[i][idx[lab]] if u else mat0[i][idx[lab]]
                        for i, (lab, u) in enumerate(zip(labels, unsure))]


class EnsembleTagger(Tagger):
    def __init__(self, ensemble: Ensemble, first_model: Path, lexicon):
        super().__init__(first_model, lexicon)
        self.ensemble = ensemble

    def tag(self, words, gazetteer_matches=None, extra=None):
        xseq = self._features.sentence(words, gazetteer_matches, extra)
        labels, probs = self.ensemble.tag_features(xseq)
        return labels, [1.0 if lab == "O" else p for lab, p in zip(labels, probs)]


def parse_setting(text: str) -> tuple[list[float] | None, float]:
    """"1,1@0.9" (weights, gate: tokens whose first-model marginal is below it are decoded
    again; 1.01 every token); "1" the first model alone."""
    w, _, g = text.partition("@")
    weights = [float(x) for x in w.split(",")]
    total = sum(weights)
    return [x / total for x in weights], float(g or 1.01)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(tn.DEFAULT_DATA))
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--models", nargs="+", required=True, help="folders of fold models")
    ap.add_argument("--settings", nargs="+", default=["1", "1,1"],
                    help="weights per model, optionally @gate: 1  1,1  2,1@0.95")
    ap.add_argument("--pipeline", action="store_true")
    ap.add_argument("--only", type=int, nargs="*")
    ap.add_argument("--window", type=int, default=20)
    args = ap.parse_args(argv)

    sentences = tn.read_corpus(Path(args.data))
    n, k = len(sentences), args.cv
    settings = [parse_setting(s) for s in args.settings]
    golds = []
    res: dict[str, dict[str, list]] = {s: {"alone": [], "prop": [], "pipe": [], "aner": []}
                                       for s in args.settings}
    for f in (args.only if args.only else range(k)):
        t0 = time.time()
        train_s = [s for i, s in enumerate(sentences) if tn.fold_of(i, n, k, "contiguous") != f]
        test_s = [s for i, s in enumerate(sentences) if tn.fold_of(i, n, k, "contiguous") == f]
        lex = tn.build_lexicon(train_s)
        paths = [Path(d) / f"fold{f}.crfsuite" for d in args.models]
        ens = Ensemble(paths)
        tagger = EnsembleTagger(ens, paths[0], lex)
        xs = tn.featurize(test_s, lex)
        gold = [[t for _, t in s] for s in test_s]
        golds += gold
        line = []
        for name, setting in zip(args.settings, settings):
            ens.setting = setting
            tagged = [ens.tag_features(x) for x in xs]
            labels = [t[0] for t in tagged]
            probs = [t[1] for t in tagged]
            prop = tn.propagate_windows(test_s, labels, probs, lex, args.window)
            res[name]["alone"] += labels
            res[name]["prop"] += prop
            line.append(f"{name}: {tn.score(gold, labels)['micro']['f1']:.4f}/"
                        f"{tn.score(gold, prop)['micro']['f1']:.4f}")
            if args.pipeline:
                plain, conv = tn.pipeline_labels(test_s, tagger, 2 * args.window or 40)
                res[name]["pipe"] += plain
                res[name]["aner"] += conv
                line[-1] += (f"/{tn.score(gold, plain)['micro']['f1']:.4f}"
                             f"/{tn.score(gold, conv)['micro']['f1']:.4f}")
        print(f"fold {f} ({time.time() - t0:.0f} s): " + "  ".join(line), flush=True)
    print("setting: tagger alone / with propagation / pipeline / pipeline, ANERcorp's "
          "conventions (micro F1)")
    for name in args.settings:
        r = res[name]
        figs = [tn.score(golds, r[key])["micro"]["f1"] for key in ("alone", "prop")]
        if args.pipeline:
            figs += [tn.score(golds, r[key])["micro"]["f1"] for key in ("pipe", "aner")]
        print(f"{name}: " + " / ".join(f"{x:.4f}" for x in figs))
        if args.pipeline:
            print(tn.format_table(tn.score(golds, r["aner"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
