"""The output fits the `reader analyze` contract on every evaluation text."""

import json
from pathlib import Path

import pytest

from reader.core import attribution
from reader.core.attribution import detect_claims
from reader.core.model import SOURCE_KINDS, Entity

DATA = Path(__file__).resolve().parents[2] / "data" / "attribution"
# news/ holds offsets into texts that may not be copied here (see tools/news_gold.py).
TEXTS = sorted(p for p in DATA.glob("*/*.json") if p.parent.name not in ("news", "anercorp"))


def test_version_is_a_string():
    assert isinstance(attribution.ANALYZER_VERSION, str) and attribution.ANALYZER_VERSION


def test_there_are_enough_evaluation_texts():
    assert len(TEXTS) >= 30
    assert any(p.parent.name == "dev" for p in TEXTS) and any(p.parent.name == "heldout" for p in TEXTS)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_claims_fit_the_contract(path):
    text = json.loads(path.read_text(encoding="utf-8"))["text"]
    claims = detect_claims(text)
    assert [c.cue.start for c in claims] == sorted(c.cue.start for c in claims)
    for c in claims:
        d = c.to_dict()
        assert set(d) == {"start", "end", "text", "cue", "source", "via", "direct_quote"}
        assert text[c.start:c.end] == c.text and c.text == c.text.strip()
        assert text[c.cue.start:c.cue.end] == c.cue.text
        if c.source is not None:
            assert c.source.kind in SOURCE_KINDS
            assert text[c.source.start:c.source.end] == c.source.text
            assert c.source.resolved
            if not c.source.text:
                assert c.source.start == c.source.end
        if c.via is not None:
            assert text[c.via.start:c.via.end] == c.via.text
        json.dumps(d, ensure_ascii=False)


def test_empty_and_blank_text():
    assert detect_claims("") == []
    assert detect_claims("  \n\n ") == []


def test_entities_decide_person_or_organisation():
    text = "وقالت ستاربكس إن المبيعات تراجعت. وقالت بلقيس إن الحفل تأجل."
    a = text.index("ستاربكس")
    b = text.index("بلقيس")
    ents = [Entity(a, a + len("ستاربكس"), "ستاربكس", "ORG", "Starbucks"),
            Entity(b, b + len("بلقيس"), "بلقيس", "PER", "بلقيس")]
    first, second = detect_claims(text, ents)
    assert first.source.kind == "named_organization"
    assert second.source.kind == "named_person"


def test_entities_canonical_resolves_a_short_name():
    text = "وقال بلينكن إن المحادثات بناءة."
    a = text.index("بلينكن")
    ents = [Entity(a, a + len("بلينكن"), "بلينكن", "PER", "أنتوني بلينكن")]
    (c,) = detect_claims(text, ents)
    assert (c.source.text, c.source.resolved) == ("بلينكن", "أنتوني بلينكن")
