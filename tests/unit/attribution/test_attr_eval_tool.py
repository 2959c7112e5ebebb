"""tools/eval_attribution.py: locating gold cues and scoring."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("eval_attribution", ROOT / "tools" / "eval_attribution.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_locate_finds_the_cue_in_its_sentence(tool):
    text = "قال أ إن ب. وقال ج إن د. وقال هـ إن و."
    spans = tool.locate(text, [{"sentence": "وقال ج إن د", "cue": "وقال"},
                               {"sentence": "وقال هـ إن و", "cue": "وقال"}])
    assert [text[a:b] for a, b in spans] == ["وقال", "وقال"]
    assert spans[0][0] == text.index("وقال ج")


def test_scores_a_perfect_and_an_empty_prediction(tool):
    text = "قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء السيطرة."
    gold = [{"sentence": text, "cue": "قالت", "source": "مصادر", "source_resolved": "مصادر",
             "source_kind": "anonymous", "via": "وكالة فرانس برس", "direct_quote": False,
             "claim": "الحكومة تريد إنهاء السيطرة"}]
    totals = tool.new_totals()
    tool.score_doc(text, gold, "t", totals, verbose=False)
    assert (totals["gold"], totals["pred"], totals["cue"], totals["full"]) == (1, 1, 1, 1)
    totals = tool.new_totals()
    tool.score_doc("لا شيء هنا.", [], "t", totals, verbose=False)
    assert tool.prf(totals["cue"], totals["pred"], totals["gold"]) == (1.0, 1.0, 1.0)


def test_normalisation_ignores_edge_punctuation_and_spaces(tool):
    assert tool.norm("  «نص  مقتبس». ") == "نص مقتبس"
