"""The gold of real texts (news-dev articles, ANERcorp passages) is kept as offsets: every file
must load against its text (same SHA-256) and every span must cut a sensible string. Skipped
where the texts are not on this machine (they may not be copied into the project)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.core.model import SOURCE_KINDS

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import news_gold  # noqa: E402


def _files():
    out = []
    for corpus in ("news", "anercorp"):
        out += [(corpus, p) for p in news_gold.gold_files(None, corpus)]
    return out


@pytest.mark.parametrize("corpus,path", _files(), ids=lambda v: getattr(v, "stem", v))
def test_gold_cuts_sensible_strings(corpus, path):
    try:
        text, records, money = news_gold.load(path)
    except news_gold.TextMissing as exc:
        pytest.skip(str(exc))
    assert records or money
    for r in records:
        assert r["cue"].strip() == r["cue"] and r["cue"], r
        assert r["source_kind"] in SOURCE_KINDS, r
        assert r["source_resolved"], r
        assert r["claim"].strip(), r
    for a, b, code in money:
        assert 0 <= a < b <= len(text)
        assert text[a:b].strip() == text[a:b]  # a dual (ريالين) is an amount with no digit
        assert len(code) == 3 and code.isupper()


def test_split_of_each_corpus_was_drawn_before_annotation():
    assert news_gold.split_of("01") == "blind" and news_gold.split_of("03") == "dev"
    assert news_gold.split_of("01", "anercorp") == "blind"
    assert news_gold.split_of("02", "anercorp") == "dev"
    assert len(news_gold.ANER_BLIND) == 12


def test_anercorp_passages_are_rebuilt_the_same_way():
    import anercorp_docs

    if not anercorp_docs.TRAIN.exists():
        pytest.skip(f"{anercorp_docs.TRAIN} is not here")
    sents = anercorp_docs.sentences()
    ranges = anercorp_docs.pick(sents)
    assert len(ranges) == 2 * anercorp_docs.COUNT and len(set(ranges)) == len(ranges)
    assert all(b - a == anercorp_docs.LENGTH for a, b in ranges)
    text = anercorp_docs.build(*ranges[0], sents)
    assert text == anercorp_docs.build(*ranges[0], sents)
    # Punctuation is attached to its word, never left floating.
    assert " ." not in text and " ،" not in text and "( " not in text
