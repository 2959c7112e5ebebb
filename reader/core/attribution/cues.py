"""The cue lexicon: reporting verbs in every person, tense, gender and number, with و/ف/ل
attached; prepositional cues; follow-on participles; non-responses.

Verb forms are generated from a few stems per verb rather than listed one by one:

- ``perf``: the perfect, 3rd person masculine singular (قال);
- ``perf_c``: the perfect stem before a consonant suffix (قل-ت، قل-نا); the same as ``perf``
  for sound verbs;
- ``imp``: the imperfect stem without its prefix (يـ-قول);
- ``kind``: ``sound``, ``defective_a`` (دعا/يدعو), ``defective_y`` (رأى/يرى، نفى/ينفي) for
  their irregular endings.

Every form is folded with :func:`reader.core.text.fold` and stored in :data:`VERB_FORMS`
(folded form -> :class:`VerbForm`). Third-person forms carry gender and number so that an
implied subject (وأضافت) can be matched with the last speaker of the same gender.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.text import fold

# lemma, perfect, perfect before consonant suffix, imperfect stem, kind, complements.
# complements: "c" complementizer (إن/أن), ":" a colon or quote, "o" an object,
# "p" a preposition + object (عن/ب/إلى/من/على), "t" may trail the claim (…، قال X).
_VERBS = [
    ("قال", "قال", "قل", "قول", "sound", "c:t"),
    ("أضاف", "أضاف", "أضف", "ضيف", "sound", "c:t"),
    ("تابع", "تابع", "تابع", "تابع", "sound", "c:"),
    ("أردف", "أردف", "أردف", "ردف", "sound", "c:"),
    ("استطرد", "استطرد", "استطرد", "ستطرد", "sound", "c:"),
    ("أوضح", "أوضح", "أوضح", "وضح", "sound", "c:t"),
    ("أكد", "أكد", "أكد", "ؤكد", "sound", "c:op"),
    ("ذكر", "ذكر", "ذكر", "ذكر", "sound", "c:t"),
    ("أفاد", "أفاد", "أفد", "فيد", "sound", "c:pt"),
    ("أعلن", "أعلن", "أعلن", "علن", "sound", "c:op"),
    ("صرح", "صرح", "صرح", "صرح", "sound", "c:p"),
    ("أشار", "أشار", "أشر", "شير", "sound", "cp"),
    ("لفت", "لفت", "لفت", "لفت", "sound", "cp"),
    ("نبه", "نبه", "نبه", "نبه", "sound", "cp"),
    ("بين", "بين", "بين", "بين", "sound", "c"),
    ("أبرز", "أبرز", "أبرز", "", "sound", "c"),  # "وأبرز المصدر ذاته أن": Maghreb press (perfect only)
    ("توقع", "توقع", "توقع", "توقع", "sound", "co"),
    ("كشف", "كشف", "كشف", "كشف", "sound", "cop"),
    ("نفى", "نفى", "نفي", "نفي", "defective_y", "co"),
    ("رأى", "رأى", "رأي", "رى", "defective_y", "c"),
    ("اعتبر", "اعتبر", "اعتبر", "عتبر", "sound", "co"),
    ("وصف", "وصف", "وصف", "صف", "sound", "o"),
    ("دعا", "دعا", "دعو", "دعو", "defective_a", "co"),
    ("حث", "حث", "حثث", "حث", "sound", "o"),
    ("حض", "حض", "حضض", "حض", "sound", "o"),  # (حض = حث: "وحض قادة الانقلاب على …")
    ("حذر", "حذر", "حذر", "حذر", "sound", "cp"),
    ("طالب", "طالب", "طالب", "طالب", "sound", "cp"),
    ("انتقد", "انتقد", "انتقد", "نتقد", "sound", "o"),
    ("كتب", "كتب", "كتب", "كتب", "sound", "c:"),
    ("أظهر", "أظهر", "أظهر", "ظهر", "sound", "co"),
    ("شدد", "شدد", "شدد", "شدد", "sound", "cp"),
    ("أعرب", "أعرب", "أعرب", "عرب", "sound", "p"),
    ("اكتفى", "اكتفى", "اكتفي", "كتفي", "defective_y", "c"),  # "واكتفى بالقول إن …": he merely said
    ("نقل", "نقل", "نقل", "نقل", "sound", "cp"),
    ("نسب", "نسب", "نسب", "نسب", "sound", "cp"),  # نسبت الصحيفة إلى مصادر قولها: a relay, like نقل عن
    ("أبلغ", "أبلغ", "أبلغ", "بلغ", "sound", "c"),
    ("زعم", "زعم", "زعم", "زعم", "sound", "c"),
    ("ادعى", "ادعى", "ادعي", "دعي", "defective_y", "c"),
    ("اعترف", "اعترف", "اعترف", "عترف", "sound", "cp"),
    ("أقر", "أقر", "أقرر", "قر", "sound", "cp"),
    ("رجح", "رجح", "رجح", "رجح", "sound", "co"),
    ("نوه", "نوه", "نوه", "نوه", "sound", "cp"),
    ("رد", "رد", "ردد", "رد", "sound", "c:"),
    ("أفصح", "أفصح", "أفصح", "فصح", "sound", "cp"),
    # issue 9, real news: cues outside the first list of ATTRIBUTION.md
    ("أبان", "أبان", "أبن", "بين", "sound", "c"),
    ("تطرق", "تطرق", "تطرق", "تطرق", "sound", "cp"),
    ("أرجع", "أرجع", "أرجع", "رجع", "sound", "co"),
    ("عزا", "عزا", "عزو", "عزو", "defective_a", "co"),
    ("قدر", "قدر", "قدر", "قدر", "sound", "co"),
    ("استبعد", "استبعد", "استبعد", "ستبعد", "sound", "co"),
    ("رحب", "رحب", "رحب", "رحب", "sound", "p"),
    ("أثنى", "أثنى", "أثني", "ثني", "defective_y", "p"),
    ("حدد", "حدد", "حدد", "حدد", "sound", "co"),
    ("أبدى", "أبدى", "أبدي", "بدي", "defective_y", "o"),
    ("تحدث", "تحدث", "تحدث", "تحدث", "sound", "p"),
    ("قضى", "قضى", "قضي", "قضي", "defective_y", "c"),
    ("افترض", "افترض", "افترض", "فترض", "sound", "c"),
    ("اعتقد", "اعتقد", "اعتقد", "عتقد", "sound", "c"),
    ("أمل", "أمل", "أمل", "أمل", "sound", "c"),
    ("تساءل", "تساءل", "تساءل", "تساءل", "sound", "c:pt"),  # وتساءل X: «لماذا …؟»، تساءل عن جدوى …، «…؟»، يتساءل X
    ("علم", "علم", "علم", "علم", "sound", "c"),  # وعلمت «الرياض» (من مصادر) أن …: a paper's own news
    ("نشر", "نشر", "نشر", "نشر", "sound", "c"),  # وكانت «الاقتصادية» قد نشرت أن …: with أن only
    ("استشهد", "استشهد", "استشهد", "ستشهد", "sound", "p"),
    ("زاد", "زاد", "زد", "زيد", "sound", "c:"),
    ("أورد", "أورد", "أورد", "ورد", "sound", "c"),
    ("ذهب", "ذهب", "ذهب", "ذهب", "sound", "c"),  # "ويذهب X إلى أن …": what he holds (with إلى أن only)
    ("اقترح", "اقترح", "اقترح", "قترح", "sound", "co"),
    ("غرد", "غرد", "غرد", "غرد", "sound", "c:"),  # "وغرد الوزير: «…»"، "غرد بأن …": tweeted
    # from real news of other years and outlets (ANERcorp passages): علّق على … بأن/بالقول،
    # ألمح إلى، أشاد بـ
    ("علق", "علق", "علق", "علق", "sound", "c:"),
    ("ألمح", "ألمح", "ألمح", "لمح", "sound", "cp"),
    ("أشاد", "أشاد", "أشد", "شيد", "sound", "p"),
    ("تساءل", "تساءل", "تساءل", "تساءل", "sound", ":"),
    ("ردد", "ردد", "ردد", "ردد", "sound", "c"),
    ("أجاب", "أجاب", "أجب", "جيب", "sound", "c:"),  # "وبسؤاله عن …، أجاب: «…»"، "أجاب بأن …"
    ("ختم", "ختم", "ختم", "ختم", "sound", "c:"),
    ("اختتم", "اختتم", "اختتم", "ختتم", "sound", "c:"),
    # findings of studies and documents (وجدت الدراسة أن، خلص التقرير إلى أن، نص القرار على أن)
    # and speculation (تكهن بأن)
    ("وجد", "وجد", "وجد", "جد", "sound", "c"),
    ("خلص", "خلص", "خلص", "خلص", "sound", "c"),
    ("نص", "نص", "نصص", "نص", "sound", "c"),
    ("تكهن", "تكهن", "تكهن", "تكهن", "sound", "c"),
    ("لاحظ", "لاحظ", "لاحظ", "لاحظ", "sound", "c"),  # "ولاحظ التقرير أن"، "ولاحظت الصحيفة أن": with أن only
    # threatening and appealing, which the annotators of real news count as claims (هددت
    # إيران بمراجعة …، ناشد X الجماهير الوقوف …). Accusing (اتهم) is not: the team's sets
    # leave it out.
    ("هدد", "هدد", "هدد", "هدد", "sound", "p"),
    ("توعد", "توعد", "توعد", "توعد", "sound", "p"),
    ("ناشد", "ناشد", "ناشد", "ناشد", "sound", "o"),
    ("أهاب", "أهاب", "أهب", "هيب", "sound", "p"),
    ("ندد", "ندد", "ندد", "ندد", "sound", "p"),
    # Maghreb papers' "noted that" (وسجلت المذكرة أن …), with أن only: "سجل المؤشر ارتفاعا" records a figure
    ("سجل", "سجل", "سجل", "سجل", "sound", "c"),
    # reassuring someone that (طمأن الوزير المواطنين بأن …) and going on with a caveat (ثم استدرك: «…»)
    ("طمأن", "طمأن", "طمأن", "طمئن", "sound", "c:"),
    ("استدرك", "استدرك", "استدرك", "ستدرك", "sound", "c:"),
    # explaining, with أن or a colon and his words (ويشرح الحربي: «…»), never its object (شرح الخطة)
    ("شرح", "شرح", "شرح", "شرح", "sound", "c:"),
    # laying the blame (حمّل X المسؤولية عن …), which real news gold counts; only with مسؤولية after it
    ("حمل", "حمل", "حمل", "حمل", "sound", "o"),
]

#: Lemmas whose object is a claim only when the subject is a document (أظهرت البيانات).
DOCUMENT_ONLY = frozenset({fold("أظهر"), fold("وجد"), fold("نص")})
#: Lemmas so ambiguous as words (بين "between", رد "reply", كتب "books", طالب "student",
#: قدر "amount", زاد "increased")
#: that they count only with an explicit subject.
AMBIGUOUS = frozenset(fold(w) for w in ("بين", "رد", "كتب", "طالب", "قدر", "زاد"))
#: Bare verbs that are also a masdar after another verb (ترفض الكاتبة وصف أدبها بأنه ...).
MASDAR_PRONE = frozenset(fold(w) for w in ("وصف",))
#: ... and those whose bare form alone is a masdar too (خدمات نقل البيانات; نقلت is a verb).
BARE_MASDAR = frozenset(fold(w) for w in ("نقل",))
#: Verbs that count only with a source written in the sentence (واقترح السالم …).
EXPLICIT_ONLY = frozenset(fold(w) for w in ("اقترح", "علق", "أشاد", "ردد", "نشر", "سجل"))


#: The preposition that introduces the object of a verb (أشار إلى، حذر من، كشف عن، طالب بـ).
VERB_PREPOSITION = {
    fold(lemma): fold(prep)
    for lemma, prep in [
        ("أشار", "إلى"), ("لفت", "إلى"), ("نبه", "إلى"), ("دعا", "إلى"), ("حذر", "من"), ("شدد", "على"),
        ("كشف", "عن"), ("أعرب", "عن"), ("أعلن", "عن"), ("أفصح", "عن"), ("نقل", "عن"), ("حث", "على"), ("حض", "على"),
        ("طالب", "ب"), ("أفاد", "ب"), ("صرح", "ب"), ("اعترف", "ب"), ("أقر", "ب"), ("نوه", "إلى"),
        ("تطرق", "إلى"), ("رحب", "ب"), ("أثنى", "على"), ("تحدث", "عن"), ("استشهد", "ب"),
        ("ألمح", "إلى"), ("أشاد", "ب"), ("هدد", "ب"), ("توعد", "ب"), ("أهاب", "ب"), ("ندد", "ب"),
        ("تساءل", "عن"),
    ]
}


#: Verbs whose object is followed by a preposition (عزا الشكاوى إلى ...، قدّر القيمة بـ ...):
#: after a comma, "، وعزا X إلى" has X as its object, not its subject.
OBJECT_THEN = {fold(v): fold(p) for v, p in (("عزا", "إلى"), ("أرجع", "إلى"))}


@dataclass(frozen=True)
class VerbForm:
    lemma: str  # folded lemma
    tense: str  # "perf" | "imp"
    person: int  # 1, 2, 3
    gender: str  # "m" | "f" | "" (first person, dual/plural mixed)
    number: str  # "s" | "d" | "p"
    prefix: str  # the proclitic written on it: "", "و", "ف", "ل", "ول", "فل"
    complements: str


def _perfect(perf: str, perf_c: str, kind: str) -> list[tuple[str, int, str, str]]:
    if kind == "defective_a":  # دعا
        root = perf[:-1]
        return [
            (perf, 3, "m", "s"), (root + "ت", 3, "f", "s"), (root + "وا", 3, "m", "p"),
            (perf_c + "ا", 3, "m", "d"), (root + "تا", 3, "f", "d"), (perf_c + "ن", 3, "f", "p"),
            (perf_c + "ت", 1, "", "s"), (perf_c + "نا", 1, "", "p"), (perf_c + "تم", 2, "m", "p"),
        ]
    if kind == "defective_y":  # رأى، نفى
        root = perf[:-1]
        return [
            (perf, 3, "m", "s"), (root + "ت", 3, "f", "s"), (root + "وا", 3, "m", "p"),
            (perf_c + "ا", 3, "m", "d"), (root + "تا", 3, "f", "d"), (perf_c + "ن", 3, "f", "p"),
            (perf_c + "ت", 1, "", "s"), (perf_c + "نا", 1, "", "p"), (perf_c + "تم", 2, "m", "p"),
        ]
    return [
        (perf, 3, "m", "s"), (perf + "ت", 3, "f", "s"), (perf + "وا", 3, "m", "p"),
        (perf + "ا", 3, "m", "d"), (perf + "تا", 3, "f", "d"), (perf_c + "ن", 3, "f", "p"),
        (perf_c + "ت", 1, "", "s"), (perf_c + "نا", 1, "", "p"), (perf_c + "تم", 2, "m", "p"),
        (perf_c + "تما", 2, "", "d"),
    ]


def _imperfect(imp: str, kind: str) -> list[tuple[str, int, str, str]]:
    if kind == "defective_a":  # يدعو / يدعون / يدعوا
        root = imp[:-1]
        sing, plural, plural_sub, fem_pl, dual = imp, root + "ون", root + "وا", root + "ون", imp + "ان"
    elif kind == "defective_y":  # يرى / يرون، ينفي / ينفون
        root = imp[:-1]
        sing, plural, plural_sub, fem_pl = imp, root + "ون", root + "وا", root + "ين"
        dual = (root + "يان") if imp.endswith("ى") else imp + "ان"
    else:
        sing, plural, plural_sub, fem_pl, dual = imp, imp + "ون", imp + "وا", imp + "ن", imp + "ان"
    return [
        ("ي" + sing, 3, "m", "s"), ("ت" + sing, 3, "f", "s"),
        ("ي" + plural, 3, "m", "p"), ("ي" + plural_sub, 3, "m", "p"),
        ("ي" + dual, 3, "m", "d"), ("ت" + dual, 3, "f", "d"),
        ("ي" + fem_pl, 3, "f", "p"),
        ("أ" + sing, 1, "", "s"), ("ن" + sing, 1, "", "p"),
        ("ت" + plural, 2, "m", "p"),
    ]


def _build() -> dict[str, VerbForm]:
    forms: dict[str, VerbForm] = {}
    for lemma, perf, perf_c, imp, kind, comps in _VERBS:
        flemma = fold(lemma)
        base_forms = [(f, "perf", p, g, n) for f, p, g, n in _perfect(perf, perf_c, kind)]
        if imp:  # (no imperfect stem: "تبرز أهمية …" stands out, it says nothing)
            base_forms += [(f, "imp", p, g, n) for f, p, g, n in _imperfect(imp, kind)]
        for form, tense, person, gender, number in base_forms:
            folded = fold(form)
            prefixes = ["", "و", "ف"] + (["ل", "ول", "فل"] if tense == "imp" else [])
            for pre in prefixes:
                key = pre + folded
                if key in forms and forms[key].person == 3:
                    continue  # keep the third-person reading of an ambiguous form
                forms[key] = VerbForm(flemma, tense, person, gender, number, pre, comps)
    return forms


VERB_FORMS: dict[str, VerbForm] = _build()


# --- participles (a second claim of the same speaker) -------------------------------------

_PARTICIPLES = {
    # stem: lemma
    "مشير": "أشار", "لافت": "لفت", "مبين": "بين", "موضح": "أوضح", "مضيف": "أضاف",
    "مؤكد": "أكد", "متوقع": "توقع", "مرجع": "رجع", "معتبر": "اعتبر", "منوه": "نوه",
    "مشدد": "شدد", "محذر": "حذر", "مطالب": "طالب", "كاشف": "كشف", "معرب": "أعرب",
    "مستدرك": "استدرك", "مستطرد": "استطرد", "مردف": "أردف", "منتقد": "انتقد",
    "واصف": "وصف", "معلن": "أعلن", "مرجح": "رجح", "مذكر": "ذكر", "قائل": "قال",
    "متابع": "تابع", "مفيد": "أفاد", "ناف": "نفى", "داع": "دعا",
    # issue 9: "مشيدا، آملة، عازيا، مقدرا، مستبعدا" carry a claim of the speaker too
    "مشيد": "أشاد", "آمل": "أمل", "عاز": "عزا", "مقدر": "قدر", "مستبعد": "استبعد",
    "مستشهد": "استشهد",
    "مهدد": "هدد", "متوعد": "توعد", "مناشد": "ناشد", "مندد": "ندد",
    "متسائل": "تساءل",  # "، متسائلا: «أين الرقابة؟»": his question
    "منبه": "نبه", "ملمح": "ألمح",  # "منبها إلى أن …"، "ملمحا إلى أن …"
    "مبرز": "أبرز",  # "، مبرزاً أن الطاقة الإنتاجية بلغت …"
    "مكتف": "اكتفى",  # "، مكتفيا بالقول إن …"
}


@dataclass(frozen=True)
class ParticipleForm:
    lemma: str
    gender: str
    number: str
    bare: bool  # written without its ending (مشير): counts only with a complement after


def _build_participles() -> dict[str, ParticipleForm]:
    out: dict[str, ParticipleForm] = {}
    for stem, lemma in _PARTICIPLES.items():
        fl = fold(lemma)
        if stem.endswith(("ناف", "داع", "مبد", "عاز", "مكتف")):
            endings = [("يا", "m", "s"), ("ية", "f", "s"), ("ين", "m", "p"), ("يات", "f", "p"),
                       ("يين", "m", "d"), ("يتين", "f", "d")]
        else:
            endings = [("ا", "m", "s"), ("ة", "f", "s"), ("ين", "m", "p"), ("ات", "f", "p"),
                       ("تين", "f", "d"), ("", "m", "s")]
        for ending, g, n in endings:
            form = fold(stem + ending)
            for pre in ("", "و"):
                out.setdefault(pre + form, ParticipleForm(fl, g, n, ending == ""))
    return out


PARTICIPLES: dict[str, ParticipleForm] = _build_participles()
#: The participle that only introduces the speech of the verb before it (وتابع قائلا).
SAYING = frozenset(fold(w) for w in ("قائلا", "قائلة", "قائلين", "قائلات", "قائلاً", "وقائلا"))


# --- prepositional cues --------------------------------------------------------------------

#: First word -> the word that may follow it inside the cue (ل، لما، عن، إلى ...).
PREPOSITIONS: dict[str, tuple[str, ...]] = {
    fold(w): tuple(fold(x) for x in follow)
    for w, follow in [
        ("بحسب", ("ما",)), ("وبحسب", ("ما",)), ("فبحسب", ("ما",)), ("حسب", ("ما",)), ("وحسب", ("ما",)),
        ("فحسب", ("ما",)),  # "…، فحسب وزير الخارجية «…»" (but "ليس هذا فحسب، بل": only)
        ("حسبما", ()), ("وحسبما", ()), ("بحسبما", ()), ("فحسبما", ()),
        ("وفقا", ("لما", "لـ", "ل")), ("ووفقا", ("لما", "لـ", "ل")), ("فوفقا", ("لما", "لـ", "ل")),
        ("وفق", ("ما",)), ("ووفق", ("ما",)), ("فوفق", ("ما",)), ("وفقما", ()),
        ("طبقا", ("لما", "لـ", "ل")), ("وطبقا", ("لما", "لـ", "ل")), ("فطبقا", ("لما", "لـ", "ل")),
        ("نقلا", ("عن",)), ("ونقلا", ("عن",)),
        ("استنادا", ("إلى", "الى")), ("واستنادا", ("إلى", "الى")),
        ("بالعودة", ("إلى", "الى")), ("وبالعودة", ("إلى", "الى")),
    ]
}
#: Prepositional cues that need the next word to be "عن"/"إلى" to count.
PREP_NEEDS_FOLLOW = frozenset(fold(w) for w in ("نقلا", "ونقلا", "استنادا", "واستنادا", "بالعودة", "وبالعودة"))
#: "حسب قوله"، "بحسب تعبيرها": the speaker's own words, an implied source (the last speaker).
SAYING_NOUNS = {fold(w): g for w, g in (("قوله", "m"), ("قولها", "f"), ("تعبيره", "m"), ("تعبيرها", "f"),
                                        ("وصفه", "m"), ("وصفها", "f"), ("قولهم", ""), ("تعبيرهم", ""))}


# --- non-responses ---------------------------------------------------------------------------

#: After لم: did not reply / comment.
NO_REPLY = frozenset(
    fold(w)
    for w in "يرد ترد يردوا يردا تردا يعلق تعلق يعلقوا يعلقا تعلقا يستجب تستجب يجب تجب يوضح توضح".split()
)
#: Declined (to comment): رفض/امتنع + … التعليق.
DECLINE = frozenset(
    pre + fold(w)
    for w in "رفض رفضت رفضوا رفضا يرفض ترفض يرفضون امتنع امتنعت امتنعوا امتنعا يمتنع تمتنع رافضا رافضة رافضين اعتذر اعتذرت يعتذر تعتذر".split()
    for pre in ("", "و", "ف")
)
#: "فضلت الشركة عدم التعليق": preferring not to comment is declining (only with عدم and a
#: word of commenting right after it; "فضل عدم الكشف عن هويته" is anonymity).
PREFERRED_NOT = frozenset(pre + fold(w) for w in "فضل فضلت فضلوا يفضل تفضل".split() for pre in ("", "و"))
DECLINE = DECLINE | PREFERRED_NOT
COMMENT_WORDS = frozenset(fold(w) for w in "التعليق الإدلاء الرد الكشف التعقيب تعليق الإفصاح الافصاح".split())


def negation_words() -> frozenset[str]:
    return frozenset(fold(w) for w in ("لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا", "ما", "وما"))
