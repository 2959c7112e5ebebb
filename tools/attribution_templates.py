#!/usr/bin/env python3
"""A combinatorial probe of the attribution detector on Saudi-style economy sentences.

Real articles put the same few parts together in many ways: a reporting verb, a source (a
name with its post and titles, a post alone, unnamed sources, a body, a report), then perhaps
the paper spoken to, a time, or an event with a relative clause, then إن/أن/بأن/إلى أن. This
tool writes every combination of parts written for it (by the team, for this purpose; no
article text) and checks that each sentence gives exactly one claim, with the right source as
written and the claim after the complementizer. A second family puts the sources in other
frames: a subject before كان قد, a participle going on, بحسب at the head and at the tail, a
quotation after a colon, a subject before its verb.

It measures robustness to word order and phrasing, not accuracy on real text (figures on
sentences the team wrote run high): use it to find constructions that break.

    python tools/attribution_templates.py          # counts, and every failing sentence
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.attribution import detect_claims  # noqa: E402
from reader.core.entities import recognize  # noqa: E402

CLAIM = "السوق ستشهد تحسنا خلال الفترة المقبلة"

VERBS = ["وقال", "وأكد", "وأوضح", "وأشار", "وبين", "وذكر", "ولفت", "وأضاف", "وتوقع", "ويرى", "ويقول", "وكشف", "وأفاد"]
#: (source as written in the sentence, the source span expected)
SUBJECTS = [
    ("رئيس مجلس إدارة الشركة المهندس سعد العتيبي", "سعد العتيبي"),
    ("المحلل المالي محمد السويد", "محمد السويد"),
    ("الخبير الاقتصادي الدكتور عبدالله الغامدي", "عبدالله الغامدي"),
    ("مدير عام فرع وزارة التجارة بمنطقة مكة المكرمة", "مدير عام فرع وزارة التجارة بمنطقة مكة المكرمة"),
    ("مصدر مطلع", "مصدر مطلع"),
    ("عضو مجلس الشورى الدكتور فهد العنزي", "فهد العنزي"),
    ("المتحدث الرسمي لهيئة السوق المالية", "المتحدث الرسمي لهيئة السوق المالية"),
    ("الرئيس التنفيذي لمجموعة سامبا المالية", "الرئيس التنفيذي لمجموعة سامبا المالية"),
    ("مختصون في القطاع العقاري", "مختصون في القطاع العقاري"),
    ("تقرير حديث لشركة جدوى للاستثمار", "تقرير حديث لشركة جدوى للاستثمار"),
]
MIDDLES = ["", " لـ«الرياض»", " في تصريح لـ«عكاظ»", " خلال ملتقى الاستثمار الذي عقد أمس بجدة،", " أمس"]

#: (source, the resolved source expected, gender/number: m, f, fp (feminine plural of things), p)
FRAMED = [
    ("المحلل المالي محمد السويد", "محمد السويد", "m"),
    ("الخبير العقاري الدكتور خالد الفهيد", "خالد الفهيد", "m"),
    ("نائب رئيس اللجنة العقارية بغرفة الرياض حمد الشويعر", "حمد الشويعر", "m"),
    ("الرئيسة التنفيذية لشركة الخبير المالية نورة الشمري", "نورة الشمري", "f"),
    ("مصدر في وزارة المالية", "مصدر في وزارة المالية", "m"),
    ("مصادر مصرفية", "مصادر مصرفية", "fp"),
    ("هيئة السوق المالية", "هيئة السوق المالية", "f"),
    ("شركة أرامكو السعودية", "شركة أرامكو السعودية", "f"),
    ("مؤسسة النقد العربي السعودي «ساما»", "مؤسسة النقد العربي السعودي «ساما»", "f"),
    ("صحيفة فايننشال تايمز", "صحيفة فايننشال تايمز", "f"),
    ("محللون", "محللون", "p"),
    ("وزير المالية الدكتور إبراهيم العساف", "إبراهيم العساف", "m"),
]
_FORMS = {
    "قال": {"m": "قال", "f": "قالت", "fp": "قالت", "p": "قالوا"},
    "أكد": {"m": "أكد", "f": "أكدت", "fp": "أكدت", "p": "أكدوا"},
    "أوضح": {"m": "أوضح", "f": "أوضحت", "fp": "أوضحت", "p": "أوضحوا"},
    "توقع": {"m": "توقع", "f": "توقعت", "fp": "توقعت", "p": "توقعوا"},
}
_PARTICIPLE = {"m": "مشيرا", "f": "مشيرة", "fp": "مشيرة", "p": "مشيرين"}


def verb_first() -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Verb, source, middle part, complement: (sentence, [(cue, source, claim start)])."""
    out = []
    for v, (s, exp), m in itertools.product(VERBS, SUBJECTS, MIDDLES):
        if v in ("ويرى", "ويقول", "وتوقع") and s.startswith("تقرير"):
            continue  # (a report does not "think")
        if m == " لـ«الرياض»" and s.startswith("تقرير"):
            continue  # (nor does it speak to a paper)
        if v in ("وقال", "ويقول"):
            comps = [" إن"]
        elif v in ("وأشار", "ولفت"):
            comps = [" إلى أن"]
        else:
            comps = [" أن", " بأن"]
        for c in comps:
            out.append((f"{v} {s}{m}{c} {CLAIM}.", [(v, exp, CLAIM)]))
    return out


def framed() -> list[tuple[str, list[tuple[str, str, str]]]]:
    out = []
    for s, exp, g in FRAMED:
        sg = g if g != "p" else "m"  # a verb before its plural subject is singular
        kana = "وكانت" if g in ("f", "fp") else "وكان"
        out += [
            (f"و{_FORMS['قال'][sg]} {s} إن {CLAIM}.", [("قال", exp, CLAIM)]),
            (f"و{_FORMS['أكد'][sg]} {s} لـ«الاقتصادية» أن {CLAIM}.", [("أكد", exp, CLAIM)]),
            (f"{kana} {s} قد {_FORMS['أوضح'][g]} أن {CLAIM}.", [("أوضح", exp, CLAIM)]),
            (f"و{_FORMS['قال'][sg]} {s} إن {CLAIM}، {_PARTICIPLE[g]} إلى أن الطلب سيرتفع.",
             [("قال", exp, CLAIM), ("مشير", exp, "الطلب سيرتفع")]),
            (f"وبحسب {s}، فإن {CLAIM}.", [("بحسب", exp, CLAIM)]),
            (f"وارتفعت الأسعار 5 في المئة، بحسب {s}.", [("بحسب", exp, "وارتفعت الأسعار")]),
            (f"و{_FORMS['قال'][sg]} {s}: «{CLAIM}».", [("قال", exp, CLAIM)]),
            (f"{s} {_FORMS['توقع'][g]} أن {CLAIM}.", [("توقع", exp, CLAIM)]),
        ]
    return out


def check(sentence: str, expected: list[tuple[str, str, str]]) -> bool:
    claims = detect_claims(sentence, recognize(sentence))
    if len(claims) != len(expected):
        return False
    for c, (cue, source, start) in zip(claims, expected):
        got = c.source.resolved if c.source is not None else ""
        written = c.source.text if c.source is not None else ""
        if cue not in c.cue.text or source not in (got, written) or not c.text.startswith(start):
            return False
    return True


def run(family) -> tuple[int, int, list[str]]:
    cases = family()
    failed = [s for s, exp in cases if not check(s, exp)]
    return len(failed), len(cases), failed


def main() -> int:
    for name, family in (("verb, source, middle, complement", verb_first), ("other frames", framed)):
        bad, total, failed = run(family)
        for s in failed:
            print("  wrong:", s)
        print(f"{name}: {total - bad} of {total} right ({bad} wrong)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
