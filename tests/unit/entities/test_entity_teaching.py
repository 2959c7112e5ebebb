"""User decisions: reject, rename, retype, merge, add, accept; stored as a dict."""

import json

import pytest

from reader.core.entities.teaching import Teachings, apply_teachings, teaching_key
from reader.core.model import Entity

TEXT = "قال تشاو تشيجو إن الصين وأليباي اتفقتا. وقال تشاو إن فلان الفلاني وافق في بكين."


def ent(text, type_, canonical=None, origin="model", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Entity(start, start + len(text), text, type_, canonical or text, origin=origin)


def entities():
    return [
        ent("تشاو تشيجو", "PER"),
        ent("الصين", "LOC"),
        ent("وأليباي", "ORG", "Alipay", origin="gazetteer"),
        ent("تشاو", "PER", "تشاو تشيجو", nth=1),
        ent("بكين", "LOC"),
    ]


def test_no_teachings_changes_nothing():
    assert apply_teachings(entities(), TEXT, None) == entities()
    assert apply_teachings(entities(), TEXT, Teachings()) == entities()


def test_reject_drops_the_form_also_with_a_proclitic():
    t = Teachings()
    t.reject("أليباي")
    out = apply_teachings(entities(), TEXT, t)
    assert "وأليباي" not in [e.text for e in out]
    assert len(out) == 4


def test_rename_follows_the_canonical_name_to_short_mentions():
    t = Teachings()
    t.rename("تشاو تشيجو", "Zhao Zhiju")
    out = apply_teachings(entities(), TEXT, t)
    assert [e.canonical for e in out if e.type == "PER"] == ["Zhao Zhiju", "Zhao Zhiju"]


def test_retype():
    t = Teachings()
    t.retype("بكين", "ORG")  # the Chinese government, as a metonym
    out = apply_teachings(entities(), TEXT, t)
    assert [e.type for e in out if e.text == "بكين"] == ["ORG"]
    with pytest.raises(ValueError):
        t.retype("بكين", "CITY")


def test_merge_into_another_entity():
    t = Teachings()
    t.merge("بكين", "الصين")
    out = apply_teachings(entities(), TEXT, t)
    assert [e.canonical for e in out if e.text == "بكين"] == ["الصين"]


def test_add_finds_every_occurrence_with_folding_and_replaces_overlaps():
    t = Teachings()
    t.add("فلان الفلانى", "PER", "Fulan")  # alef maqsura: matches the ya in the text
    t.add("الصين وأليباي", "MISC")  # overlaps two entities: the user's span wins
    out = apply_teachings(entities(), TEXT, t)
    added = [e for e in out if e.origin == "user"]
    assert [(e.text, e.type, e.canonical) for e in added] == [
        ("الصين وأليباي", "MISC", "الصين وأليباي"),
        ("فلان الفلاني", "PER", "Fulan"),
    ]
    assert all(TEXT[e.start:e.end] == e.text for e in out)
    assert [e.start for e in out] == sorted(e.start for e in out)
    assert "الصين" not in [e.text for e in out]


def test_add_does_not_match_inside_a_longer_word():
    text = "زار بكينغهام ثم بكين."
    t = Teachings()
    t.add("بكين", "LOC")
    (e,) = apply_teachings([], text, t)
    assert e.text == "بكين" and e.start == text.index("بكين", 6)


def test_accept_marks_sure_and_survives_a_later_reject_of_another_form():
    t = Teachings()
    t.accept("الصين")
    out = apply_teachings([e for e in entities()], TEXT, t)
    assert [e.score for e in out if e.text == "الصين"] == [1.0]
    t.reject("الصين")
    assert "الصين" not in t.accepted
    assert "الصين" not in [e.text for e in apply_teachings(entities(), TEXT, t)]


def test_round_trip_through_json():
    t = Teachings()
    t.accept("الصين")
    t.reject("ما")
    t.rename("تشاو تشيجو", "Zhao Zhiju")
    t.retype("بكين", "ORG")
    t.merge("أليباي", "Alipay")
    t.add("فلان الفلاني", "PER", "Fulan")
    data = json.loads(json.dumps(t.to_dict(), ensure_ascii=False))
    back = Teachings.from_dict(data)
    assert back == t
    assert back.to_dict() == t.to_dict()
    assert Teachings.from_dict(None) == Teachings()
    assert Teachings.from_dict({"added": {"س": ["LOC", "س"]}}).added == {"س": ("LOC", "س")}


def test_keys_are_folded():
    assert teaching_key("  أليباي  ") == teaching_key("اليباى") == "اليباي"
    t = Teachings()
    t.reject("أليـباي")  # tatweel
    assert t.rejected == {"اليباي"}
