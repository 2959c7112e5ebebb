"""Benchmark: re-anchor 10,000 annotations on a ~1 MB Arabic text after an edit.

    /work/venv/bin/python bench/bench_anchoring.py [--size 1000000] [--count 10000] [--words 9]

Builds a news-like text from sentence patterns written here (slots filled at random, so
the text does not simply repeat), describes 10,000 spans spread over it, then edits the
text: a paragraph inserted near the start, one deleted in the middle, a few words changed
(a spelling changed, a word replaced, diacritics added; ``--words`` for more). Prints the
time of ``anchor_many`` (best of 3) on the unchanged and on the edited text, the count per
method and of orphans, and how many anchors sit where the edit moved their text (checked
by tracking the edits).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

from reader.core.anchoring import anchor_many, describe

PEOPLE = [
    "وزير الخارجية", "رئيس الوزراء", "المتحدث باسم الحكومة", "محافظ البنك المركزي",
    "وزيرة الصحة", "الأمين العام للأمم المتحدة", "رئيس البرلمان", "قائد الشرطة المحلية",
    "مدير صندوق النقد الدولي", "سفير الاتحاد الأوروبي", "رئيس بلدية المدينة", "نقيب الصحفيين",
]
NAMES = [
    "أحمد العلي", "سارة منصور", "خالد الحسن", "ليلى عبد الله", "يوسف إبراهيم", "مريم الشامي",
    "عمر الفاروق", "هدى سليمان", "طارق عزيز", "نادية كريم", "سامي جبران", "رنا حداد",
]
PLACES = [
    "القاهرة", "بيروت", "الرباط", "عمّان", "تونس", "الدوحة", "بغداد", "الخرطوم", "الجزائر",
    "دمشق", "الرياض", "أبوظبي", "مسقط", "الكويت", "طرابلس", "نواكشوط",
]
TOPICS = [
    "أسعار الوقود", "البطالة بين الشباب", "إصلاح التعليم", "أزمة المياه", "الدين العام",
    "الانتخابات البلدية", "قطاع السياحة", "الأمن الغذائي", "الطاقة المتجددة", "النقل العام",
    "الرعاية الصحية", "الاستثمار الأجنبي", "التحول الرقمي", "الإسكان الاجتماعي",
]
ORGS = [
    "البنك الدولي", "منظمة الصحة العالمية", "جامعة الدول العربية", "الاتحاد الأفريقي",
    "وكالة الأنباء الرسمية", "المعهد الوطني للإحصاء", "غرفة التجارة", "نقابة المعلمين",
]
DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
VERBS = ["قال", "أكد", "أعلن", "أوضح", "كشف", "صرّح", "أشار"]
SENTENCES = [
    "{verb} {person} يوم {day} إن الحكومة ستخصص {n} مليون دولار لدعم {topic} في {place}.",
    "وأضاف {name} في مؤتمر صحفي عقده في {place} أن {topic} يمثل أولوية خلال العام {year}.",
    "وبحسب تقرير صادر عن {org}، ارتفعت نسبة {topic} إلى {pct} في المئة مقارنة بالعام الماضي.",
    "من جهته، {verb} {name} أن المفاوضات مع {org} ما زالت مستمرة ولم تصل إلى اتفاق نهائي.",
    "وشهدت شوارع {place} احتجاجات واسعة على {topic}، بينما دعت {org} إلى الحوار.",
    "وفي سياق متصل، التقى {person} بنظيره في {place} لبحث سبل التعاون في مجال {topic}.",
    "ونقلت {org} عن مصدر مطلع قوله إن القرار سيدخل حيز التنفيذ في {month} المقبل.",
    "ويرى محللون أن {topic} سيبقى على رأس اهتمامات الناخبين في {place} خلال الأشهر المقبلة.",
    "وكانت {org} قد حذرت في {month} الماضي من تداعيات {topic} على الاقتصاد المحلي.",
    "وأفاد مراسلنا في {place} بأن {n} شخصا على الأقل شاركوا في الاجتماع الذي دام {hours} ساعات.",
    "ولم يصدر أي تعليق رسمي من {person} حتى ساعة إعداد هذا التقرير، بحسب {name}.",
    "وتأتي هذه الخطوة بعد أشهر من النقاش حول {topic} في البرلمان ووسائل الإعلام في {place}.",
]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]


def sentence(rng: random.Random) -> str:
    return rng.choice(SENTENCES).format(
        verb=rng.choice(VERBS), person=rng.choice(PEOPLE), name=rng.choice(NAMES),
        place=rng.choice(PLACES), topic=rng.choice(TOPICS), org=rng.choice(ORGS),
        day=rng.choice(DAYS), month=rng.choice(MONTHS), year=rng.randrange(2015, 2031),
        n=rng.randrange(2, 900), pct=f"{rng.randrange(1, 60)}.{rng.randrange(10)}",
        hours=rng.randrange(2, 9),
    )


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randrange(2, 6)))


def build_text(size: int, rng: random.Random) -> str:
    paras: list[str] = []
    total = 0
    while total < size:
        p = paragraph(rng)
        paras.append(p)
        total += len(p) + 1
    return "\n".join(paras)


def word_spans(text: str, count: int, rng: random.Random) -> list[tuple[int, int]]:
    """``count`` spans of 1-25 words, spread over the text (a few start or end mid-word)."""
    starts = [i + 1 for i, ch in enumerate(text) if ch in " \n"]
    spans = []
    for _ in range(count):
        k = rng.randrange(len(starts) - 30)
        s = starts[k]
        e = starts[k + rng.choice([1, 1, 2, 3, 5, 8, 12, 25])] - 1
        if rng.random() < 0.05:
            s += 1
        if rng.random() < 0.05:
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


class Edits:
    """Edits applied left to right, remembering how old offsets map to new ones."""

    def __init__(self, text: str) -> None:
        self.old = text
        self.changes: list[tuple[int, int, str]] = []  # (old start, old end, new text)
        self.deleted = (0, 0)  # the paragraph deleted

    def replace(self, start: int, end: int, new: str) -> None:
        self.changes.append((start, end, new))

    def apply(self) -> str:
        out, pos = [], 0
        for s, e, new in sorted(self.changes):
            out.append(self.old[pos:s])
            out.append(new)
            pos = e
        out.append(self.old[pos:])
        return "".join(out)

    def moved(self, start: int, end: int) -> tuple[int, int] | None:
        """The span after the edits, or None if an edit touched it."""
        shift = 0
        for s, e, new in sorted(self.changes):
            if e <= start:
                shift += len(new) - (e - s)
            elif s >= end:
                break
            else:
                return None
        return start + shift, end + shift


def edit(text: str, rng: random.Random, words: int) -> Edits:
    ed = Edits(text)
    lines = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    # A new paragraph after the second one.
    ed.replace(lines[2], lines[2], paragraph(rng) + "\n")
    # Delete one paragraph in the middle.
    k = len(lines) // 2
    ed.replace(lines[k], lines[k + 1], "")
    ed.deleted = (lines[k], lines[k + 1])
    # Change some words, in turn: a spelling changed, a word replaced, diacritics added.
    changes = (("مؤتمر", "موتمر"), ("المفاوضات", "المباحثات"), ("العام", "العامَ"))
    taken = [(lines[k], lines[k + 1])]
    for n in range(words):
        word, new = changes[n % len(changes)]
        at = text.find(word, rng.randrange(lines[5], len(text) - 1000))
        if at == -1 or any(s < at + len(word) and at < e for s, e in taken):
            continue
        taken.append((at, at + len(word)))
        ed.replace(at, at + len(word), new)
    return ed


def best_of(runs: int, fn):
    best = float("inf")
    result = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of text")
    ap.add_argument("--count", type=int, default=10_000, help="annotations")
    ap.add_argument("--words", type=int, default=9, help="words changed in the edit")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    text = build_text(args.size, rng)
    spans = word_spans(text, args.count, rng)
    selectors = [describe(text, s, e) for s, e in spans]
    print(f"text: {len(text):,} characters, {text.count(chr(10)) + 1:,} paragraphs; "
          f"{len(selectors):,} annotations")

    secs, same = best_of(3, lambda: anchor_many(text, selectors))
    methods = Counter(a.method if a else "orphan" for a in same)
    print(f"unchanged text: {secs:.3f} s (best of 3)  {dict(methods)}")

    ed = edit(text, rng, args.words)
    new = ed.apply()
    secs, found = best_of(3, lambda: anchor_many(new, selectors))
    methods = Counter(a.method if a else "orphan" for a in found)
    print(
        f"edited text (a paragraph added, one deleted, {len(ed.changes) - 2} words changed; "
        f"{len(new) - len(text):+,} characters): {secs:.3f} s (best of 3)"
    )
    print(f"  by method: {dict(sorted(methods.items()))}")
    verdict = Counter()
    for (s, e), sel, a in zip(spans, selectors, found):
        want = ed.moved(s, e)
        if ed.deleted[0] <= s and e <= ed.deleted[1]:
            # Its text is gone; the same words may still stand in a formulaic sentence.
            verdict["deleted: orphan" if a is None else "deleted: placed on a look-alike"] += 1
        elif want is None:
            verdict["edited: orphan" if a is None else f"edited: placed ({a.method})"] += 1
        elif a is None:
            verdict["untouched: orphan"] += 1
        elif (a.start, a.end) == want:
            verdict["untouched: same text"] += 1
        elif new[a.start - len(sel.prefix) : a.end + len(sel.suffix)] == (
            sel.prefix + sel.exact + sel.suffix
        ):
            # Another copy of the quote with all its stored context: nothing can tell.
            verdict["untouched: on a copy with the same context"] += 1
        else:
            verdict["untouched: WRONG"] += 1
    print(f"  check: {dict(sorted(verdict.items()))}")


if __name__ == "__main__":
    main()
