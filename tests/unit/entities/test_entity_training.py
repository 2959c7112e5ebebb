"""tools/train_ner.py on a tiny corpus written here: spans, scores, folds, no leakage."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import train_ner  # noqa: E402

CORPUS = """\
قال O
كريم B-PERS
النجار I-PERS
في O
بيروت B-LOC
. O

زار O
كريم B-PERS
دمشق B-LOC
مع O
وفد O
الأمم B-ORG
المتحدة I-ORG
. O

ارتفع O
الدولار B-MISC
5% O
أمس O
. O

وقالت O
ليلى B-PERS
إن O
شركة O
سامسونج B-ORG
تبيع O
في O
القاهرة B-LOC
. O
"""


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "train.txt"
    path.write_text((CORPUS + "\n") * 3, encoding="utf-8")
    return path


def test_read_corpus_renames_pers_and_splits_like_the_tokenizer(corpus):
    sentences = train_ner.read_corpus(corpus)
    assert len(sentences) == 12
    assert sentences[0][1] == ("كريم", "B-PER")
    assert ("5", "O") in sentences[2] and ("%", "O") in sentences[2]


def test_conlleval_spans():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"]
    assert train_ner.spans(tags) == {(0, 1, "PER"), (3, 4, "LOC"), (5, 5, "LOC"), (6, 6, "ORG")}


def test_score_counts_exact_span_and_type():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]  # PER boundary wrong, LOC right
    table = train_ner.score(gold, pred)
    assert table["LOC"]["f1"] == 1.0
    assert table["PER"]["correct"] == 0 and table["PER"]["predicted"] == 1
    assert table["micro"]["precision"] == 0.5 and table["micro"]["recall"] == 0.5


def test_folds_are_deterministic_by_index():
    n = 10
    assert [train_ner.fold_of(i, n, 5, "contiguous") for i in range(n)] == [0, 0, 1, 1, 2, 2,
                                                                             3, 3, 4, 4]
    assert [train_ner.fold_of(i, n, 5, "interleaved") for i in range(n)] == [0, 1, 2, 3, 4] * 2


def test_lexicon_only_knows_its_own_sentences(corpus):
    sentences = train_ner.read_corpus(corpus)
    lex = train_ner.build_lexicon(sentences[:2])  # Karim, Beirut, Damascus, UN
    assert lex.words["كريم"] == "PER"
    assert lex.words["بيروت"] == "LOC"
    assert "ليلي" not in lex.words  # only in sentence 4: never seen
    assert lex.freq.get("القاهره", 0) == 0
    assert lex.spans.get(("الامم", "المتحده")).type == "ORG"


def test_jackknifed_features_never_use_a_lexicon_of_their_own_part(corpus):
    """Each part of the training data is featurized with a lexicon of the other parts only:
    a name seen in one sentence alone is unseen in that sentence's features."""
    sentences = train_ner.read_corpus(corpus)[:4]
    for parts in (2, 4):
        feats = train_ner.featurize_jackknifed(sentences, True, parts)
        assert sentences[3][1][0] == "ليلى"  # only in the last sentence
        assert "fq=0" in feats[3][1] and not any(f.startswith("lx=") for f in feats[3][1])
    feats = train_ner.featurize_jackknifed(sentences, True, 4)
    assert sentences[0][1][0] == "كريم"  # in sentences 0 and 1: each sees the other
    assert "lx=PER" in feats[0][1] and "fq=1" in feats[0][1]
    assert "lx=PER" in feats[1][1]


def test_train_and_cross_validate_end_to_end(corpus, tmp_path):
    out = tmp_path / "model"
    assert train_ner.main(["--data", str(corpus), "--train", "--out", str(out),
                           "--iterations", "30"]) == 0
    assert (out / "model.crfsuite").stat().st_size > 0
    assert (out / "lexicon.tsv").read_text(encoding="utf-8").startswith("# Derived from ANERcorp")
    assert json.loads((out / "model.json").read_text())["jackknife"] == train_ner.JACKKNIFE
    assert train_ner.main(["--data", str(corpus), "--cv", "2", "--iterations", "30",
                           "--pipeline", "--work", str(tmp_path / "work")]) == 0


def test_reuse_scores_the_pipeline_with_the_fold_models_already_trained(corpus, tmp_path):
    work = tmp_path / "work"
    args = ["--data", str(corpus), "--cv", "2", "--iterations", "30", "--pipeline",
            "--work", str(work), "--json"]
    assert train_ner.main(args + [str(tmp_path / "first.json")]) == 0
    models = {p.name: p.stat().st_mtime_ns for p in work.glob("fold*.crfsuite")}
    assert len(models) == 2
    assert train_ner.main(args + [str(tmp_path / "again.json"), "--reuse"]) == 0
    assert {p.name: p.stat().st_mtime_ns for p in work.glob("fold*.crfsuite")} == models
    assert (tmp_path / "first.json").read_text() == (tmp_path / "again.json").read_text()


def test_documents_have_about_forty_sentences_and_no_short_tail():
    from reader.core.entities.features import DOC_BLOCK, doc_blocks

    assert DOC_BLOCK == 40
    assert doc_blocks(0) == []
    assert doc_blocks(10) == [(0, 10)]
    assert doc_blocks(46) == [(0, 46)]  # not 40 + a tail of 6 cut off from its article
    assert doc_blocks(60) == [(0, 30), (30, 60)]
    blocks = doc_blocks(1000)
    assert blocks[0][0] == 0 and blocks[-1][1] == 1000 and len(blocks) == 25
    assert all(b == c for (_, b), (c, _) in zip(blocks, blocks[1:]))


def test_masked_copy_names_no_word_of_a_name():
    xs = [[["w=قال", "b=قال", "+1w=كريم", "+2w=في", "BOS"],
           ["w=كريم", "bg=قال|كريم", "-1w=قال", "+1w=في", "sh=A", "fn"],
           ["w=في", "bg=كريم|في", "-1w=كريم", "-2w=قال", "EOS"]]]
    ys = [["O", "B-PER", "O"]]
    mx, my = train_ner.with_masked_names(xs, ys)
    assert mx[0] is xs[0] and my == ys + ys  # the original kept, then the copy
    copy = mx[1]
    assert copy[0] == ["w=قال", "b=قال", "+2w=في", "BOS"]
    assert copy[1] == ["-1w=قال", "+1w=في", "sh=A", "fn"]  # context, shape, lists stay
    assert copy[2] == ["w=في", "-2w=قال", "EOS"]


def test_the_second_pass_reads_the_other_occurrences_of_a_word():
    import ner_stack_features as sf

    norms = [["قال", "كريم", "النجار"], ["وكريم", "في", "بيروت"], ["النجار", "هنا"]]
    labels = [["O", "B-PER", "I-PER"], ["O", "O", "B-LOC"], ["O", "O"]]
    probs = [[0.99, 0.9, 0.9], [0.99, 0.99, 0.6], [0.97, 0.99]]
    feats = sf.stack_features(norms, labels, probs)
    karim_again = feats[1][0]
    assert "l1=O" in karim_again and "do=PER" in karim_again and "dm=PER" in karim_again
    assert "dpv=PER" in karim_again
    assert "do=PER" not in feats[0][1]  # its own label is not counted
    assert "dnx=O" in feats[0][1]
    assert "l1low" in feats[1][2]  # an unsure first-pass label
    assert "dp=PER" in feats[2][0]  # part of a longer name elsewhere
    assert not any(f.startswith("ds=") for f in feats[0][1])  # its own name is not counted
    labs, ps = sf.propagated(norms, labels, probs, lambda w: False)
    assert labs[2][0] == "B-PER" and ps[2][0] == sf.PROPAGATED  # the surname, spread
    assert labs[1][0] == "O"  # a given name alone is not


def test_the_stacking_experiment_runs_end_to_end(corpus, tmp_path):
    import json

    import ner_stack

    out = tmp_path / "stack.json"
    assert ner_stack.main(["--data", str(corpus), "--cv", "3", "--only", "0", "--iterations",
                           "20", "--first-iterations", "20", "--pipeline", "--work",
                           str(tmp_path / "work"), "--json", str(out)]) == 0
    table = json.loads(out.read_text())
    assert set(table) == {"first", "first+prop", "second", "second+prop", "pipeline",
                          "pipeline-anercorp"}
    # cross-fitting: the second pass of test fold 0 was trained on folds 1 and 2, each
    # labelled by the model of the other one
    assert {p.name for p in (tmp_path / "work").glob("m*.crfsuite")} == {
        "m1.crfsuite", "m2.crfsuite", "m12.crfsuite"}
