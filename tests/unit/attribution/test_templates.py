"""The combinatorial probe of tools/attribution_templates.py (sentences written for it): every
way of putting a verb, a source, the paper spoken to or an event, and a complementizer
together gives one claim with the right source, and the other frames (كان … قد، مشيرا،
بحسب at the head and the tail, a quotation, a subject before its verb) nearly all do."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))

import attribution_templates as templates  # noqa: E402


def test_verb_source_middle_complement():
    bad, total, failed = templates.run(templates.verb_first)
    assert total > 1000
    assert bad <= total // 100, failed[:10]


def test_other_frames():
    bad, total, failed = templates.run(templates.framed)
    assert total >= 96
    assert bad <= 2, failed
