"""Bidi marks and zero-width characters (kept in the text) do not hide claims or names,
and every span still indexes the text as it is."""

import pytest

from reader.core.analysis import analyze, to_contract
from reader.core.model import NoiseSpan

BASE = "وقال الوزير سامي الخطيب إن النمو سيستمر."


def _spans(result):
    data = to_contract(result)
    text = data["text"]
    for e in data["entities"]:
        yield text, e
    for c in data["claims"]:
        yield text, c
        yield text, c["cue"]
        for key in ("source", "via"):
            if c[key]:
                yield text, c[key]


@pytest.mark.parametrize("text", [
    BASE,
    BASE.replace("الوزير ", "الوزير\u200f "),            # an RLM after a word
    BASE.replace("وقال ", "وقال\u200b"),                   # a zero-width space between words
    "\u202b" + BASE.replace("سامي", "سا\u200cمي") + "\u202c",  # an embedding; a ZWNJ in a name
])
def test_invisible_characters_change_nothing_found(text):
    result = analyze(text)
    [claim] = result.claims
    assert claim.cue.text.strip("\u202b") == "وقال"
    assert claim.source.resolved.replace("\u200c", "") == "سامي الخطيب"
    assert claim.text == "النمو سيستمر"
    assert any(e.type == "PER" and e.text.replace("\u200c", "") == "سامي الخطيب"
               for e in result.entities)
    for whole, span in _spans(result):
        assert whole[span["start"]:span["end"]] == span["text"]
        assert not span["text"][:1] in "\u200f\u200b\u202b\u202c"  # no span starts with one


def test_noise_offsets_stay_those_of_the_text():
    caption = "صورة تمثيلية"
    text = "\u200f" + caption + "\n" + BASE
    noise = (NoiseSpan(0, 1 + len(caption), "image caption"),)
    result = analyze(text, noise=noise)
    assert result.noise == noise
    assert [c.text for c in result.claims] == ["النمو سيستمر"]
    assert all(e.start >= noise[0].end for e in result.entities)
