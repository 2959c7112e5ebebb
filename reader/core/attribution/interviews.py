"""Question-and-answer interviews: "س: … / ج: …" lines after a lead that names the person
interviewed ("التقت «الوطن» الرئيس التنفيذي للبنك أحمد بن سالم البلوشي، وكان هذا الحوار:").
Each answer is a record of that person's own words: the cue is the answer's label (ج:), the
source is implied (the person named before the first question), the claim is the answer."""

from __future__ import annotations

import re

from reader.core.model import Claim, Source, Span
from reader.core.text import fold

from .context import Context

_LINE = re.compile(r"(?m)^[ \t\u200f\u200e]*(?:[-–—•][ \t]*)?(س|ج|سؤال|جواب)[ \t]*[:：\-–][ \t]*")
_LOOK_BACK = 800  # characters before the first question where the interviewee is named


_DASH_LINE = re.compile(r"(?m)^[ \t\u200f\u200e]*([-–—])[ \t]*(?=\S)")
#: Words before a name that make it part of a place's or a body's name ("مجمع محمد بن راشد …").
_NAMED_AFTER = frozenset(fold(w) for w in "مجمع مطار ميناء شارع جائزة مؤسسة مدينة جامعة مستشفى مركز برنامج صندوق".split())


def _dash_pairs(ctx: Context) -> tuple[list, list]:
    """"- متى يبدأ التطبيق؟" then "- بعد ستة أشهر …": an interview set out with dashes, each
    question ending with «؟» and its answer the next dash line."""
    dashes = list(_DASH_LINE.finditer(ctx.text))
    questions, answers = [], []
    for q, a in zip(dashes, dashes[1:]):
        q_end = ctx.text.find("\n", q.end())
        q_end = len(ctx.text) if q_end < 0 else q_end
        a_end = ctx.text.find("\n", a.end())
        a_end = len(ctx.text) if a_end < 0 else a_end
        if ctx.text[q.end():q_end].rstrip().endswith("؟") and not ctx.text[q_end:a.start()].strip() \
                and not ctx.text[a.end():a_end].rstrip().endswith("؟"):
            questions.append(q)
            answers.append(a)
    return questions, answers


_STAR_LINE = re.compile(r"(?m)^[ \t\u200f\u200e]*[*•■▪][ \t]*(?=\S)")


class _At:
    """A match-like span for an answer with no label: group 1 is its cue (the answer's dash, or
    the «؟» of the question before it), the match ends where the answer begins."""

    def __init__(self, text: str, q: int, a: int):
        self._text, self._q, self._a = text, q, a

    def start(self, g: int = 0) -> int:
        return self._q

    def end(self, g: int = 0) -> int:
        return self._q + 1 if g == 1 else self._a

    def group(self, g: int = 0) -> str:
        return self._text[self._q] if g == 1 else self._text[self._q:self._a]


def _star_pairs(ctx: Context) -> tuple[list, list]:
    """"* هل تتوقع أن تتأثر الأسواق؟" then an unmarked paragraph: an interview whose questions
    are starred lines ending with «؟» and whose answers are the paragraphs after them (two such
    pairs at least)."""
    text = ctx.text
    questions, answers = [], []
    for q in _STAR_LINE.finditer(text):
        q_end = text.find("\n", q.end())
        if q_end < 0 or not text[q.end():q_end].rstrip().endswith("؟"):
            continue
        mark = text.rfind("؟", q.end(), q_end)
        a = q_end
        while a < len(text) and text[a] in "\n \t\u200f\u200e":
            a += 1
        a_end = text.find("\n", a)
        a_end = len(text) if a_end < 0 else a_end
        line = text[a:a_end].rstrip()
        if not line or _STAR_LINE.match(text, a) or line.endswith("؟"):
            continue
        questions.append(q)
        label = _LINE.match(text, a)
        if label is not None and label.group(1) in ("ج", "جواب"):
            answers.append(label)  # "* …؟" then "ج: …": the answer's label is its cue
        elif text[a] in "-–—":  # "- الأرقام لم تفاجئنا …": the answer's own dash is its cue
            b = a + 1
            while b < a_end and text[b] in " \t":
                b += 1
            answers.append(_At(text, a, b))
        else:
            answers.append(_At(text, mark, a))
    return (questions, answers) if len(answers) >= 2 else ([], [])


def interview_answers(ctx: Context, out: list[Claim]) -> list[Claim]:
    """Add a record for each answer of a Q&A interview (text order kept)."""
    marks = list(_LINE.finditer(ctx.text))
    questions = [m for m in marks if m.group(1) in ("س", "سؤال")]
    answers = [m for m in marks if m.group(1) in ("ج", "جواب")]
    if not questions or not answers:
        questions, answers = _dash_pairs(ctx)
        marks = sorted(questions + answers, key=lambda m: m.start())
    if not questions or not answers:
        questions, answers = _star_pairs(ctx)
        marks = sorted(questions + answers, key=lambda m: m.start())
    if not questions or not answers:
        return out
    first_q = questions[0].start()
    person = None
    for ent in ctx.entity_at.values():
        if ent.type == "PER" and first_q - _LOOK_BACK <= ent.start and ent.end <= first_q:
            before = fold(ctx.text[max(0, ent.start - 12):ent.start]).split()
            if before and before[-1] in _NAMED_AFTER:
                continue  # "مجمع محمد بن راشد آل مكتوم للطاقة الشمسية": a place named after him
            if person is None or ent.start > person.start:
                person = ent
    if person is None:
        return out
    resolved = person.canonical or person.text
    from .phrases import name_chain

    t0 = ctx.tok_at_char(person.start)
    t1 = whole = ctx.tok_at_char(max(person.start, person.end - 1)) + 1
    e = name_chain(ctx, t0, t1, after_role=True)
    from .words import FIRST_NAMES, is_definite

    if t0 + 1 < e < t1:
        t1 = e
    while t1 - t0 > 2 and ctx.words[t1 - 1] and not is_definite(ctx.norms[t1 - 1]) \
            and ctx.norms[t1 - 1] not in FIRST_NAMES and is_definite(ctx.norms[t1 - 2]):
        t1 -= 1  # ("المهيدب سؤالين": after a family name with the article, the tagger ran on past his name)
    if t1 < whole:
        resolved = ctx.text[ctx.starts[t0]:ctx.ends[t1 - 1]]
    for sp in out:  # the full name the records already give him
        if sp.source is not None and sp.source.kind == "named_person" and resolved in sp.source.resolved:
            resolved = sp.source.resolved
    before = fold(ctx.text[max(0, person.start - 90):person.start]).split()
    for n, c in enumerate(out):  # "أستاذ الاقتصاد بجامعة الملك سعود: …" over "حاورت «الجزيرة» أستاذ الاقتصاد … الدكتور X"
        src = c.source
        if src is None or src.kind != "unnamed_official" or c.cue.text != ":" or c.cue.start >= first_q \
                or ctx.sent_of[ctx.tok_at_char(c.cue.start)] != 0 or not src.text:
            continue
        head = fold(src.text).split()[:2]
        if any(before[k:k + len(head)] == head for k in range(max(0, len(before) - 12), len(before))):
            out[n] = Claim(c.start, c.end, c.text, c.cue, Source(src.start, src.end, src.text, "named_person", resolved),
                           c.via, c.direct_quote)

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
        inner = text.rstrip(".")
        if inner[:1] in "«\"" and inner[-1:] in "»\"" and inner.count("«") <= 1:
            a, text = a + 1, inner[1:-1]  # "- «ما نشهده تصحيح طبيعي …»": the answer within its marks
        cue_end = m.end(1) + len(m.group(0)[m.end(1) - m.start():].rstrip())
        cue = Span(m.start(1), cue_end, ctx.text[m.start(1):cue_end])
        src = Source(cue.end, cue.end, "", "named_person", resolved)
        added.append(Claim(a, a + len(text), text, cue, src, None, True))
    if not added:
        return out
    return sorted(out + added, key=lambda c: c.cue.start)
