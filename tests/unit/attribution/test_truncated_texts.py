"""A pasted or truncated article may end anywhere, also right after a cue, a preposition or an
opening mark: the detector must give its records without raising. Every text of the team's test
sets (their texts are in tests/data) and the bundled sample is cut after each of many words.
(Five such endings raised IndexError or KeyError before this test: «… بحسب»، «وفي تصريحات لقناة»،
«… لبيانات «آي سي آي»، «… المحللين البالغ»، «ويقول بن يحيى قد».)"""

import json
from pathlib import Path

from reader.core.attribution import detect_claims
from reader.core.importers import import_file
from reader.core.resources import sample_article

DATA = Path(__file__).parent.parent.parent / "data" / "attribution"


def _texts() -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in sorted(DATA.glob("*/*.json")) if p.parent.name not in ("news", "anercorp")]
    return texts + [import_file(sample_article()).text]


def test_every_cut_of_the_test_texts_is_analysed():
    cuts = 0
    for text in _texts():
        words = text.split(" ")
        for k in range(1, len(words), 3):
            detect_claims(" ".join(words[:k]))
            cuts += 1
    assert cuts > 3000
