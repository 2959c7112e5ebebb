"""tools/ner_ensemble.py (an experiment): BIO-constrained decoding of averaged marginals."""

import itertools
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import ner_ensemble  # noqa: E402

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]


def _best_by_search(matrix):
    best = None
    for seq in itertools.product(LABELS, repeat=len(matrix)):
        if seq[0].startswith("I-") or not all(
                ner_ensemble.allowed(a, b) for a, b in zip(seq, seq[1:])):
            continue
        score = sum(math.log(row[LABELS.index(lab)]) for row, lab in zip(matrix, seq))
        if best is None or score > best[0]:
            best = (score, list(seq))
    return best


def test_decode_finds_the_best_labelling_that_obeys_bio():
    rng = random.Random(7)
    for _ in range(200):
        matrix = [[rng.random() + 1e-3 for _ in LABELS] for _ in range(rng.randint(1, 5))]
        got = ner_ensemble.decode(matrix, LABELS)
        score = sum(math.log(row[LABELS.index(lab)]) for row, lab in zip(matrix, got))
        assert abs(score - _best_by_search(matrix)[0]) < 1e-9


def test_an_inside_label_never_starts_a_name_or_follows_another_type():
    matrix = [[0.1, 0.2, 0.68, 0.01, 0.01], [0.1, 0.05, 0.05, 0.15, 0.65]]
    assert ner_ensemble.decode(matrix, LABELS) == ["B-PER", "B-LOC"]


def test_average_weights_the_members():
    a = [[1.0, 0.0], [0.5, 0.5]]
    b = [[0.0, 1.0], [0.5, 0.5]]
    assert ner_ensemble.average([a, b], [0.75, 0.25]) == [[0.75, 0.25], [0.5, 0.5]]
