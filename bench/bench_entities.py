#!/usr/bin/env python3
"""Benchmark reader.core.entities.recognize() on about 1 MB of Arabic news text.

    python bench/bench_entities.py [--size-mb 1.0] [--repeat 3]

The text is the sample article plus paragraphs written for this benchmark, repeated with
names, places and numbers varied (fixed seed), so that the tagger's per-word cache sees a
realistic share of new words rather than the same few paragraphs again. Prints the model
load time, the time of each run over the whole text and tokens per second. Budget: the
whole analysis of 1 MB must fit in 5 s, entities in about 3 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.entities import recognize  # noqa: E402
from reader.core.entities.tagger import get_tagger  # noqa: E402
from reader.core.resources import sample_article  # noqa: E402
from reader.core.text import tokenize  # noqa: E402

PARAGRAPHS = [
    "قال {per} وزير المالية في {loc} يوم {day} إن الحكومة تتوقع نمو الاقتصاد بنسبة {n} في "
    "المئة خلال العام الجاري، مشيرا إلى أن العجز تراجع إلى {n} مليار {cur}.",
    "وذكرت وكالة {media} أن {org} أعلنت عن أرباح صافية بلغت {n} مليون {cur} في الربع الثالث "
    "من العام، بزيادة {n}% عن الفترة نفسها من العام الماضي.",
    "وأضاف {per} في تصريحات لصحيفة {media2} أن المفاوضات مع {org} ستستأنف في {month} المقبل "
    "في مدينة {loc}، بحضور ممثلين عن {n} دول.",
    "وأعلنت وزارة الاقتصاد والتجارة في {loc} أن صادرات البلاد من النفط ارتفعت إلى {n} ملايين "
    "برميل يوميا، في حين بلغ الإنتاج أكثر من {n} ألف طن من الغاز.",
    "ونقلت {media} عن مصادر مطلعة قولها إن {per} التقى نظيره {per2} في {loc2} يوم {day} "
    "الماضي، وبحثا سبل تعزيز التعاون بين البلدين.",
    "وتراجع مؤشر البورصة الرئيسي {n} نقطة عند الإغلاق، بعدما خسرت أسهم {org} نحو {n} في "
    "المائة من قيمتها، وفق ما ذكرت {media2}.",
    "وكان صندوق النقد الدولي قد خفض توقعاته للنمو في {loc} إلى {n}ر{n} في المئة، محذرا من "
    "ارتفاع الدين العام إلى {n} مليار {cur} بحلول عام {year}.",
    "وقال المتحدث باسم {org} إن الشركة لن تعلق على التقارير، لكن {per} أكد في مقابلة مع "
    "{media} أن لديها أكثر من {n} مليون مستخدم في {loc} و{loc2}.",
]
FILL = {
    "per": ["سامي الخطيب", "ليلى منصور", "أحمد العلي", "كريم النجار", "هدى الشامي",
            "يوسف الحداد", "نادية سليمان", "تشاو تشيجو", "جون سميث", "ماريا غارسيا"],
    "loc": ["القاهرة", "الرياض", "دبي", "بيروت", "عمان", "الرباط", "تونس", "بغداد", "الدوحة",
            "الكويت", "بكين", "لندن", "باريس", "برلين"],
    "org": ["أرامكو", "مجموعة آنت", "علي بابا", "شركة النفط الوطنية", "البنك المركزي",
            "هيئة السوق المالية", "شركة الاتصالات المتحدة", "مجموعة الخليج القابضة"],
    "media": ["رويترز", "فرانس برس", "بلومبرغ", "أسوشيتد برس", "شينخوا"],
    "media2": ["فايننشال تايمز", "وول ستريت جورنال", "الشرق الأوسط", "الأهرام", "نيويورك تايمز"],
    "cur": ["دولار", "يورو", "ريال", "جنيه", "درهم", "دينار"],
    "day": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الأحد"],
    "month": ["يناير", "مارس", "أيار", "تشرين الأول", "نوفمبر", "كانون الثاني"],
}
SYLLABLES = ["را", "مي", "سو", "نا", "كو", "لي", "تا", "بو", "زا", "فا", "دي", "هو", "جا"]


def _name(rng: random.Random) -> str:
    """A made-up family name, so that the vocabulary keeps growing like real text."""
    return "ال" + "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + "ي"


def build_text(size_mb: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = [sample_article().read_text(encoding="utf-8")]
    size = len(parts[0].encode("utf-8"))
    while size < size_mb * 1_000_000:
        template = rng.choice(PARAGRAPHS)
        values = {k: rng.choice(v) for k, v in FILL.items()}
        values["per2"] = rng.choice(FILL["per"]).split()[0] + " " + _name(rng)
        values["loc2"] = rng.choice(FILL["loc"])
        values["n"] = str(rng.randint(2, 950))
        values["year"] = str(rng.randint(2020, 2030))
        para = template.format(**values)
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    text = build_text(args.size_mb)
    n_tokens = len(tokenize(text, punctuation=True))
    t0 = time.perf_counter()
    get_tagger()
    load = time.perf_counter() - t0
    print(f"text: {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(text):,} characters, "
          f"{n_tokens:,} tokens")
    print(f"model load: {load:.2f} s")
    for run in range(args.repeat):
        t0 = time.perf_counter()
        entities = recognize(text)
        dt = time.perf_counter() - t0
        print(f"run {run + 1}: {dt:.2f} s, {n_tokens / dt:,.0f} tokens/s, "
              f"{len(entities):,} entities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
