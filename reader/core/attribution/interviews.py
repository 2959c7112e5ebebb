"""Question-and-answer interviews: "س: … / ج: …" lines after a lead that names the person
interviewed ("التقت «الوطن» الرئيس التنفيذي للبنك أحمد بن سالم البلوشي، وكان هذا الحوار:").
Each answer is a record of that person's own words: the cue is the answer's label (ج:), the
source is implied (the person named before the first question), the claim is the answer."""

from __future__ import annotations

import re

from reader.core.model import Claim, Source, Span

from .context import Context

_LINE = re.compile(r"(?m)^[ \t\u200f\u200e]*(?:[-–—•][ \t]*)?(س|ج|سؤال|جواب)[ \t]*[:：\-–][ \t]*")
_LOOK_BACK = 800  # characters before the first question where the interviewee is named


def interview_answers(ctx: Context, out: list[Claim]) -> list[Claim]:
    """Add a record for each answer of a Q&A interview (text order kept)."""
    marks = list(_LINE.finditer(ctx.text))
    questions = [m for m in marks if m.group(1) in ("س", "سؤال")]
    answers = [m for m in marks if m.group(1) in ("ج", "جواب")]
    if not questions or not answers:
        return out
    first_q = questions[0].start()
    person = None
    for ent in ctx.entity_at.values():
        if ent.type == "PER" and first_q - _LOOK_BACK <= ent.start and ent.end <= first_q:
            if person is None or ent.start > person.start:
                person = ent
    if person is None:
        return out
    resolved = person.canonical or person.text
    for sp in out:  # the full name the records already give him
        if sp.source is not None and sp.source.kind == "named_person" and resolved in sp.source.resolved:
            resolved = sp.source.resolved
    def line_end(k: int) -> int:
        e = ctx.text.find("\n", k)
        return len(ctx.text) if e < 0 else e

    # the interviewer's questions are no one's claims, and a cue inside an answer is nested in
    # the interviewee's own words ("ج: الوزارة أبدت انفتاحا …")
    inside = [(m.start(), line_end(m.end())) for m in marks if m.start() >= first_q]
    out = [c for c in out if not any(a <= c.cue.start < b for a, b in inside)]
    taken = {c.cue.start for c in out}
    added = []
    for m in answers:
        if m.start() < first_q:
            continue
        a = m.end()
        e = ctx.text.find("\n", a)
        e = len(ctx.text) if e < 0 else e
        text = ctx.text[a:e].rstrip()
        if not text.strip() or m.start(1) in taken:
            continue
        cue_end = m.end(1) + len(m.group(0)[m.end(1) - m.start():].rstrip())
        cue = Span(m.start(1), cue_end, ctx.text[m.start(1):cue_end])
        src = Source(cue.end, cue.end, "", "named_person", resolved)
        added.append(Claim(a, a + len(text), text, cue, src, None, True))
    if not added:
        return out
    return sorted(out + added, key=lambda c: c.cue.start)
