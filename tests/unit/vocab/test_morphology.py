"""The morphology wrapper: table, glossary, then farahidi; and its accuracy on real news."""

import json
from pathlib import Path

import pytest

from reader.core.vocab.morphology import Morphology, WordAnalysis, lemma_key

NEWS = Path("/work/shared/data/news-dev")
GOLD = Path(__file__).resolve().parents[2] / "data" / "vocab" / "morphology_gold.json"


@pytest.fixture(scope="module")
def morphology():
    m = Morphology()
    m.load()
    return m


def test_closed_class_words_and_glossary_words_need_no_analyser():
    m = Morphology()
    assert m.analyse("لها", use_analyser=False).lemma == "ل"
    a = m.analyse("بالقروض", use_analyser=False)
    assert (a.lemma, a.root, a.source) == ("قرض", "ق ر ض", "glossary")
    assert m.analyse("2015", use_analyser=False).pos == "number"
    assert not m.loaded


def test_the_analyser_gives_lemma_root_and_vowels(morphology):
    a = morphology.analyse("المستثمرين")
    assert a.source in ("glossary", "analyser") and lemma_key(a.lemma) == "مستثمر"
    b = morphology.analyse("يكتبون")
    assert (b.lemma, b.root, b.pos, b.source) == ("كتب", "ك ت ب", "verb", "analyser")
    assert b.vowelled.startswith("ي") and b.vowelled != "يكتبون"  # with diacritics
    assert morphology.cached("يكتبون") is b
    assert WordAnalysis.from_dict(b.to_dict()) == b
    assert b.key == "كتب"


@pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news-dev is not here")
def test_lemmas_and_roots_of_200_checked_words_of_news(morphology):
    from reader.core.text import fold

    gold = json.loads(GOLD.read_text(encoding="utf-8"))["words"]

    def root_key(r):
        return "".join("ء" if c in "ءاأإآؤئ" else c for c in fold(r.replace(" ", "")))

    lemmas = roots = 0
    for g in gold:
        text = (NEWS / g["file"]).read_text(encoding="utf-8")
        a = morphology.analyse(text[g["span"][0]:g["span"][1]])
        lemmas += lemma_key(a.lemma) in {lemma_key(x) for x in g["lemma"]}
        roots += root_key(a.root) in {root_key(x) for x in g["root"]}
    assert lemmas >= 180 and roots >= 180  # 0.93 and 0.925 when checked
