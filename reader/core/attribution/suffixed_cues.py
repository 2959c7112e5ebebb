"""Reporting verbs written with an object pronoun (issue 9, error type 3):

- back-references, whose claim is what the pronoun points to: "بالحد الأعلى الذي حددته
  المؤسسة" (the claim is "الحد الأعلى")، "وهو ما نشرته صحيفة «الحياة»"، "التي ذكرها التقرير"؛
- verbs that judge what the pronoun stands for: "ووصفته الوزارة بأنه خطوة مهمة"، "تراه الحكومة
  ضروريا"، "يصفها الخبراء بـ...".

The subject must be written after the verb: an object pronoun alone says nothing of who speaks.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from reader.core.text import fold

from .complements import _first_letter_len, complement
from .context import Context
from .outlets import match_outlet
from .cues import PREPOSITIONS, VERB_PREPOSITION, VERB_FORMS, VerbForm
from .mentions import clitic_chars
from .between import skip_to_complement
from .anonymity import anonymity_clause
from .cand import Cand
from .subjects import _antecedent
from .sources import parse_np
from .words import FIRST_NAMES, BY_SAYING, HONORIFIC_PRONOUNS, SPEECH_EVENTS, TIME_WORDS, complementizer, folded_set, in_lexicon, is_definite

_SUFFIXES = ("هما", "هم", "ها", "ه")
_SHORT_STEMS = folded_set("را ورا فرا")
_BACK = folded_set("ما وما الذي التي الذين كما وكما مما فيما")
#: Verbs that judge their object: with an object pronoun they still carry a claim.
_SEE = fold("رأى")
_NOTICED = fold("لاحظ")
_APPROVED = fold("أقر")
_DESCRIBED = fold("وصف")
_NOTED = fold("سجل")
_CALLS_THEM = frozenset(fold(w) for w in ("دعا", "حث", "طالب", "ناشد", "حض"))
_BLAMED = fold("حمل")
_PUBLISHED = fold("نشر")
_CALLED_ON = fold("دعا")
_WROTE = fold("كتب")
_PUBLISHED_LEMMA = fold("نشر")
_RELATIVES = folded_set("الذي التي الذين اللذين اللتين")
_JUDGING = frozenset(fold(w) for w in ("وصف", "رأى", "اعتبر"))
_RESUMPTIVE = folded_set("عنه عنها به بها فيه فيها")
_TOO = folded_set("أيضا أيضاً كذلك بدوره بدورها")
_LATER = folded_set("لاحقا لاحقاً سابقا سابقاً مرارا مراراً أمس حينها بشدة قطعيا تماما")
_WISHING = frozenset(fold(w) for w in ("أمل",))
_ALREADY = folded_set("سبق وسبق")
_IT_IS_A = folded_set("وهو وهي")
_NOT_DEEMED = folded_set("في من على عن إلى الى مع عند لدى منذ خلال بعد قبل أمس اليوم أيضا كذلك")
_NO_OBJECT = frozenset(fold(w) for w in ("تابع", "استطرد", "استدرك"))
#: "ما كان قد أعلنه": what he had announced (كان and قد between ما and the verb).
_WAS = folded_set("كان كانت كانوا قد")
_ABOUT = folded_set("عن بشأن حول")
#: "نفى ما ذكرته الصحيفة عن …": a verb whose object is what someone else said.
_DENIED_OR_CONFIRMED = folded_set("نفى ونفى نفت ونفت نافيا نافية ينفي وينفي تنفي وتنفي أكد وأكد أكدت وأكدت مؤكدا "
                                  "مؤكدة أيد وأيد أيدت وأيدت مؤيدا رفض ورفض رفضت ورفضت رافضا كذب وكذب كذبت وكذبت "
                                  "مكذبا صحة تصحيح نفيه نفيها ينفيه")
_BACK_WHAT = folded_set("ما وما مما لما")
#: "خلافا لما أعلنه X": contrary to what X announced.
_CONTRARY = folded_set("خلافا خلافاً وخلافا وخلافاً مخالفا مخالفاً بخلاف وبخلاف خلاف مغايرا مغايراً وفقا ووفقا طبقا وطبقا تبعا "
                       "استنادا واستنادا إضافة اضافة")


@lru_cache(maxsize=65536)
def suffixed_verb(norm: str) -> VerbForm | None:
    """The third-person verb form under an object pronoun (ووصفته -> ووصفت), or None."""
    if norm in VERB_FORMS:
        return None
    for suf in _SUFFIXES:
        if norm.endswith(suf) and (len(norm) - len(suf) >= 3 or norm[: -len(suf)] in _SHORT_STEMS):
            stem = norm[: -len(suf)]  # (رآه: the stem of رأى is two letters before the pronoun)
            vf = VERB_FORMS.get(stem)
            if vf is None and stem.endswith("ا") and suf in ("ه", "ها", "هم"):
                vf = VERB_FORMS.get(stem[:-1] + "ي")  # "يراه": the final ى written ا before it
            if vf is None and stem in _SHORT_STEMS:
                vf = VERB_FORMS.get(stem + "ي")  # "رآه": رأى (folded راي)
            if vf is None and stem.endswith("و"):
                vf = VERB_FORMS.get(stem + "ا")  # "وصفوه": the plural's alif dropped before the pronoun
            if vf is not None and vf.person == 3 and vf.lemma not in _NO_OBJECT:
                return vf  # (not "ظاهرة تتابعها الوزارة": تابع with an object is "monitors")
    return None


def parse_suffixed(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    vf = suffixed_verb(ctx.norms[i])
    if vf is None or vf.lemma in (_NOTED, _BLAMED):
        return None  # ("سجلها ملاكها في البوابة": registered it; سجل says something only with أن)
    prev = ctx.norms[i - 1] if i > sent_a and ctx.words[i - 1] else ""
    if prev == "ما" and i - 2 == sent_a:
        from .events import _fronted_via

        comma = next((t for t in range(i + 1, min(sent_b, i + 12)) if ctx.is_punct(t, "،,")), -1)
        if comma > 0 and comma + 1 < sent_b and ctx.norms[comma + 1] in VERB_FORMS \
                and _fronted_via(ctx, sent_a, comma) is not None:
            return None  # "وبحسب ما نقلته وكالة «واس»، أكد X أن": the via of X's record
    at = i - 1  # (the relative or ما the verb hangs on)
    if prev == "ان" and i - 3 >= sent_a and ctx.norms[i - 2] in _ALREADY and ctx.words[i - 3] \
            and ctx.norms[i - 3] in ("ما", "وما"):
        prev, at = ctx.norms[i - 3], i - 3  # "وهو ما سبق أن قاله الرئيس": what he had said before
    t = i - 1
    while t > sent_a and t >= i - 2 and ctx.words[t] and ctx.norms[t] in _WAS:
        t -= 1
    if t < i - 1 and t >= sent_a and ctx.words[t] and ctx.norms[t] in _BACK_WHAT:
        prev, at = ctx.norms[t], t  # "خلافا لما كان أعلنه رئيس الفيفا"، "مما كان قد توقعه المحللون"
    if prev == "لما" and at - 1 >= sent_a and ctx.words[at - 1] and ctx.norms[at - 1] in _CONTRARY:
        prev = "ما"  # "خلافا لما أعلنه X": what X announced (not لمّا, "when", which opens a clause)
    if vf.lemma in _WISHING and prev in ("عن", "في") and any(
            ctx.words[t] and ctx.norms[t] in VERB_FORMS for t in range(sent_a, i - 1)):
        return None  # "وأعرب الوزير عن أمله في أن": the noun (his hope) of the cue before it
    if prev and i - 2 >= sent_a and ctx.norms[i - 2] in _IT_IS_A and not is_definite(prev) and len(prev) >= 3 \
            and prev not in VERB_FORMS and prev not in _BACK:
        prev, at = "ما", i - 1  # "وهو قرار انتقدته منظمة «فاو»": a decision, which the body criticised
    if prev in ("ما", "وما") and at - 1 >= sent_a and ctx.words[at - 1] and ctx.norms[at - 1][:1] in "يت" \
            and len(ctx.norms[at - 1]) >= 4 and ctx.norms[at - 1] not in VERB_FORMS and not is_definite(ctx.norms[at - 1]):
        return None  # "ولا يختلف ما تقوله المفوضية عما …": what it says, the subject of another verb; no claim
    back = prev in _BACK and not (prev == "فيما" and vf.lemma in _JUDGING and vf.lemma != _DESCRIBED)
    # ("…، فيما اعتبرها آخرون أهم ما صدر": while others deemed it, a claim of their own)
    said_it = not back and i >= sent_a + 2 and ctx.is_punct(i - 1, "،,") \
        and ctx.quote_close_tok.get(i - 2) == sent_a and ctx.norms[i].endswith("ها")
    # "«التمويل هو العقبة الأولى»، قالها البواردي": he said it (the quotation)
    back = back or said_it
    if vf.lemma in (_WROTE, _PUBLISHED_LEMMA) and prev in _RELATIVES:
        return None  # "هذا الفيلم الذي كتبه X وY": who wrote it, no claim; "جدول التعرفة الذي نشرته الوزارة": published
    that_of = next((t for t in range(i + 2, min(sent_b - 1, i + 18)) if ctx.norms[t] == "من"
                    and ctx.words[t + 1] and complementizer(ctx.norms[t + 1]) and ctx.is_punct(t - 1, "،,")), -1)
    about = next((t for t in range(i + 2, min(sent_b - 1, i + 12)) if ctx.words[t] and ctx.norms[t] == "عن"
                  and ctx.words[t + 1] and not complementizer(ctx.norms[t + 1])), -1)
    if prev in ("ما", "مما") and i - 2 >= sent_a and ctx.words[i - 2] and ctx.norms[i - 2] in ("علي", "عن", "حول") \
            and that_of < 0 and about < 0:
        return None  # "أي تعليق رسمي على ما نشرته الصحيفة": what was published, the topic of a comment
        # (but "ردا على ما ذكره X، …، من أن …": what he said is given after من أن, and "للتعليق على
        # ما ذكرته وكالة «رويترز» الشهر الماضي عن نية المجموعة …": what the agency reported, said)
    if vf.lemma == _APPROVED and back:
        return None  # "الإصلاحات التشريعية التي أقرتها الحكومة": passed (a law), not admitted
    if vf.lemma == _NOTICED and back:
        return None  # "التأخير الذي لاحظه بعض المتعاملين": what they noticed, no claim of theirs
    if vf.lemma == _SEE and prev in _RELATIVES:
        return None  # "السعر الذي تراه مسقط عادلاً": what the noun is deemed, a description of it
    if vf.lemma == _SEE and not back and not vf.prefix and prev and not is_definite(prev) and len(prev) >= 3 \
            and prev not in VERB_FORMS and not complementizer(prev) and prev[:1] not in "وف" and prev not in _IT_IS_A:
        return None  # "بأي ضمان تراه المحكمة": a noun and what the court sees fit for it, no claim
    if not back and vf.lemma not in _JUDGING and not (
            vf.lemma in _CALLS_THEM and vf.prefix == "و" and i > sent_a and ctx.is_punct(i - 1, "،,")):
        return None
    j = i + 1
    if j < sent_b and ctx.norms[j] in _RESUMPTIVE:
        j += 1  # وفق ما كشف عنه التقرير
    if j < sent_b and ctx.words[j] and (ctx.norms[j] in _TOO or back and ctx.norms[j] in _LATER):
        j += 1  # "وهو ما أكده أيضا وزير الاقتصاد"، "وهو ما نفاه لاحقا المتحدث باسم الكرملين"
    if back and vf.lemma in _WISHING:
        return None  # "النسبة التي يأملها المستثمرون": what they hope for, not what they say
    told = None
    if back and j + 1 < sent_b and ctx.words[j] and ctx.norms[j][:1] == "ل":
        told = match_outlet(ctx, j, sent_b, preposition=True)
        if told is not None and not told.anaphor and told.end < sent_b:
            j = told.end + (1 if not ctx.words[told.end] and ctx.raw[told.end] in "»\"”" else 0)
        else:
            told = None  # ("وهو ما أكده لـ«الاقتصادية» مدير مبيعات …": the paper told, then who)
    honorific = back and j < sent_b and ctx.words[j] and ctx.norms[j] in HONORIFIC_PRONOUNS
    np = None if honorific else parse_np(ctx, j, sent_b, feminine=vf.gender == "f")
    if np is None and back and not honorific and j in ctx.quote_open_tok and 1 < ctx.quote_open_tok[j] - j <= 5 \
            and all(ctx.words[t] and not complementizer(ctx.norms[t]) for t in range(j + 1, ctx.quote_open_tok[j])):
        from .sources import marks_source

        np = marks_source(ctx, j, sent_b)  # "وهو ما نفته «طيران الإمارات» مرارا": a company by its name in marks
        if np is not None and np.kind not in ("named_organization", "media", "named_person"):
            np = None
    they = vf.lemma == _DESCRIBED and np is None and j < sent_b and ctx.words[j] and ctx.norms[j][:1] == "ب" \
        and (vf.number == "p" and ctx.norms[i].endswith("وه") or vf.prefix == "و" and not back)
    # ("في ما وصفوه بـ«موسم الذعر»": they; "انتقد X القرار ووصفه بأنه …": he goes on)
    considered = vf.lemma == _CONSIDERED and not back and vf.prefix == "و" and j in ctx.quote_open_tok \
        and i > sent_a and ctx.is_punct(i - 1, "،,") and ctx.quote_open_tok[j] - j > 3  # (not a name in marks)
    they = they or considered  # "رحب X بالتقرير، واعتبره «دليلاً على …»": he deemed it (the quotation)
    considered_back = vf.lemma == _CONSIDERED and back and np is None and prev == "ما" and i - 2 >= sent_a \
        and ctx.norms[i - 2] in ("وهو", "وهي", "وهذا") and i - 3 >= sent_a and ctx.is_punct(i - 3, "،,") \
        and j in ctx.quote_open_tok and ctx.quote_open_tok[j] - j > 2
    they = they or considered_back  # "…، وهو ما اعتبره «نجاحا لافتا …»": the speaker's view of what he said
    described_back = vf.lemma == _DESCRIBED and back and np is None and prev == "ما" and i - 3 >= sent_a \
        and ctx.norms[i - 2] in ("وهو", "وهي", "وهذا") and ctx.is_punct(i - 3, "،,") and j < sent_b and ctx.words[j] \
        and ctx.norms[j][:1] == "ب"
    they = they or described_back  # "…، وهو ما وصفته بأنه «عامل مخاطرة»": the speaker describes what she reported
    own = VERB_PREPOSITION.get(vf.lemma, "")
    calls_them = False
    if not they and np is None and vf.prefix == "و" and vf.lemma in _CALLS_THEM and own and j < sent_b and ctx.words[j] \
            and (ctx.norms[j] == own or own == "ب" and ctx.norms[j][:1] == "ب") and i > sent_a and ctx.is_punct(i - 1, "،,"):
        from .parse import _opening_subject

        opener = _opening_subject(ctx, sent_a, i - 1, any_body=True)
        last = opener.end - 1 if opener is not None else -1
        if opener is not None and last > opener.start and ctx.norms[last].startswith("ال") and ctx.norms[last].endswith("ين") \
                and len(ctx.norms[last]) >= 7 and last not in ctx.entity_at:
            opener = replace(opener, end=last, src_end=ctx.ends[last - 1])  # "ونصحت الشركة | المشتركين": whom it advised
        if opener is not None and opener.kind in ("named_person", "named_organization", "unnamed_official", "anonymous"):
            np, calls_them = opener, True  # "ونصحت الشركة المشتركين …، ودعتهم إلى الاعتراض": the same body goes on
        else:
            they = calls_them = True
    if not they and vf.lemma == _DESCRIBED and np is None and back and prev in ("الذي", "التي") and j < sent_b \
            and ctx.words[j] and ctx.raw[j].startswith("بأن") and any(
                ctx.words[t] and ctx.norms[t] in VERB_FORMS for t in range(sent_a, i - 1)):
        they = True  # "وأوضح الوزير أن …، وهي الخطوة التي وصفها بأنها «مؤلمة»": the one speaking in the sentence
    if said_it and (np is None or np.kind not in ("named_organization", "named_person", "media", "anonymous",
                                                   "unnamed_official")):
        np, they = None, True  # "«الشباب يريدون وظيفة مكتبية»، قالها بنبرة متعبة": he said it (named before)
    if not honorific and not they and (np is None or np.kind not in (
            "named_organization", "named_person", "media", "document", "anonymous", "unnamed_official")):
        return None
    if np is not None and np.kind == "named_person" and np.named and vf.lemma in (_SEE, _CONSIDERED, _DESCRIBED) \
            and np.end < sent_b and ctx.words[np.end] and ctx.norms[np.end] in ("علي", "الي") \
            and ctx.norms[np.end - 1].endswith("ا") and len(ctx.norms[np.end - 1]) >= 4 \
            and ctx.norms[np.end - 1] not in FIRST_NAMES and ctx.tok_at_char(np.src_start) < np.end - 2:
        np = replace(np, end=np.end - 1, src_end=ctx.ends[np.end - 2])
        # "ما اعتبره الخبير المالي كمال بن يحيى دليلا على …": what he deemed it, no part of his name
    ent = ctx.entity_at.get(np.start) if np is not None else None
    if np is not None and np.kind == "named_person" and (ent is None or ent.type != "PER") and not np.role:
        return None  # "ما وصفه ببطء …": no one is named after the verb
    c = Cand(i, i + 1, "verb", i, i + 1, np=np, gender=vf.gender, number=vf.number, verb=vf, lemma=vf.lemma,
             implied=honorific or they, via=told)  # ("وهو ما أكده سموه": His Highness, named before)
    np_end = j + 1 if honorific else j if they else np.end
    if honorific:
        c.honorific = ctx.norms[j]
    if np is not None and not they and not honorific:
        k = np_end
        if k < sent_b and ctx.words[k] and ctx.norms[k][:1] == "ل":
            m = match_outlet(ctx, k, sent_b, preposition=True)
            if m is not None and not m.anaphor:
                k = m.end + (1 if m.end < sent_b and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
                c.via = c.via or m  # (whom he told, after him)
        if k < sent_b and ctx.is_punct(k, "،,"):
            k += 1
        if np.kind in ("anonymous", "unnamed_official") and not np.named:
            c.anonymous = anonymity_clause(ctx, k, sent_b)  # "وهو ما نفاه مسؤول في X لـ«الراية»، طالبا عدم ذكر اسمه"
    if said_it:
        c.mode = "before"
        c.phrase_start = i
        c.phrase_end = np_end
        c.nested = False
        return c
    if considered_back:
        c.phrase_start, c.phrase_end = i - 1, j
        c.nested, c.backref, c.mode = False, True, "after"
        c.claim_tok, c.claim_end = j, ctx.quote_open_tok[j] + 1
        return c
    if back and not honorific and prev in ("ما", "مما") and that_of >= np_end and that_of - np_end <= 14:
        c.phrase_start, c.phrase_end = i - 1, that_of + 1
        c.nested, c.backref, c.mode = False, True, "after"
        c.claim_tok = that_of + 2  # "ردا على ما ذكره المحلل …، طارق الرفاعي، من أن البنك …": what he said
        return c
    described = _described_as(ctx, vf.lemma, np_end, sent_b) if back and not honorific else -1
    if described > 0 and (prev in ("الذي", "التي", "الذين") or ctx.norms[np_end][:1] != "ب"):
        # "وهو القرار الذي اعتبره رئيس الوزراء «أصعب قرار»"، "وهي خطوة وصفتها الوزارة حينها بأنها «…»":
        # what they called it is the claim
        c.phrase_start = i - 1
        c.phrase_end = described
        c.nested = False
        c.backref = True
        c.mode = "after"
        n = ctx.norms[described]
        if described in ctx.quote_open_tok:
            c.claim_tok, c.claim_end = described, ctx.quote_open_tok[described] + 1  # «أصعب قرار»
        elif n.startswith("بان") or n == "ب":
            c.claim_tok = described + 1
        else:
            c.claim_tok = described
            c.claim_char = ctx.starts[described] + _first_letter_len(ctx.raw[described])
        return c
    if back:
        if prev in ("الذي", "التي", "الذين"):
            ante = _bare_antecedent(ctx, i - 1, sent_a) or _antecedent(ctx, i - 1, sent_a)
            if ante is None:
                return None
            if ante.start > sent_a and ctx.words[ante.start - 1] and ctx.norms[ante.start - 1] in PREPOSITIONS:
                return None  # "…، بحسب النتائج المالية التي أعلنتها الشركة": who issued the cue's document
            c.claim_tok, c.claim_end = ante.start, i - 1  # "الحد الأعلى الذي حددته المؤسسة"
            c.claim_char = ctx.starts[ante.start] + clitic_chars(ctx, ante.start)
            c.phrase_start = i - 1
        elif prev in ("ما", "وما") and i - 2 >= sent_a and ctx.words[i - 2] and ctx.norms[i - 2] in _THIS \
                and not (vf.lemma == _DESCRIBED and np_end + 1 < sent_b
                         and (ctx.norms[np_end] in ("ب", "بـ") or ctx.raw[np_end].startswith("بأن"))
                         and np_end + 1 in ctx.quote_open_tok):  # ("وهو ما وصفه X بـ«الهدوء الهش»": below)
            if not _what_this_is(ctx, c, i - 2, sent_a):
                return None  # "وهذا ما قاله الوزير.": the sentence before
        elif vf.lemma == _DESCRIBED and np_end < sent_b and ctx.words[np_end] and ctx.norms[np_end][:1] == "ب" \
                and (len(ctx.norms[np_end]) > 2 or np_end + 1 < sent_b and np_end + 1 in ctx.quote_open_tok):
            # "في ما وصفه متعاملون بـ«حرب الأسعار»"، "مما وصفتها بكارثة إنسانية": what they called it
            c.phrase_start = i - 1
            c.phrase_end = np_end
            c.nested = False
            c.backref = True
            c.mode = "after"
            n = ctx.norms[np_end]
            if n.startswith("بان") or n == "ب":
                c.claim_tok = np_end + 1  # بأنه تباطؤ، بـ«حرب الأسعار»
            else:
                c.claim_tok = np_end
                c.claim_char = ctx.starts[np_end] + _first_letter_len(ctx.raw[np_end])  # ب|كارثة
            return c
        elif np is not None and prev in ("ما", "وما") and _about_at(ctx, np_end, sent_b) > 0 \
                and _denied_before(ctx, at, sent_a) and vf.lemma != _PUBLISHED:
            # (not "نفت الشركة صحة ما نشرته صحيفة محلية عن …": the report denied, no one quoted, as s88 keys it)
            about = _about_at(ctx, np_end, sent_b)
            c.phrase_start, c.phrase_end = at, about + 1
            c.nested, c.backref, c.mode = False, True, "after"
            c.claim_tok = about + 1  # "نافيا ما ذكره مسؤولون إسرائيليون عن تدمير …": what they said of it
            return c
        else:
            c.mode = "before"  # "…، وهو ما نشرته صحيفة «الحياة»"
            c.phrase_start = at
            if np is not None and c.via is None and np_end + 1 < sent_b and ctx.words[np_end] \
                    and ctx.norms[np_end] in ("في", "خلال") and ctx.words[np_end + 1] \
                    and in_lexicon(ctx.norms[np_end + 1], SPEECH_EVENTS):
                from .events import _event_phrase

                _event_phrase(ctx, c, np_end + 1, sent_b)  # "وهو ما قاله الرئيس في مقابلة مع قناة دبي": the via
            if c.phrase_start <= sent_a:
                return None
        c.phrase_end = np_end
        c.nested = False
        c.backref = True
        return c
    if considered:
        c.phrase_end = j
        c.claim_tok, c.claim_end = j, ctx.quote_open_tok[j] + 1
        return c
    if calls_them:
        c.phrase_end = c.claim_tok = j  # (the verb's own إلى/على: "ودعتهم إلى الاعتراض")
        c.sv = np is not None
        return c
    if they and np is None:
        c.phrase_end = j  # "ووصفه بأنه «…»": what he called it
        c.claim_tok = j + 1 if ctx.norms[j].startswith("بان") or ctx.norms[j] == "ب" else j
        if c.claim_tok == j:
            c.claim_char = ctx.starts[j] + _first_letter_len(ctx.raw[j])
        return c
    e = np.end
    if vf.lemma in (_SEE, _CONSIDERED) and not back and e + 1 < sent_b and ctx.words[e] \
            and not is_definite(ctx.norms[e]) and ctx.norms[e] not in VERB_FORMS and not complementizer(ctx.norms[e]) \
            and len(ctx.norms[e]) >= 3 and ctx.norms[e] not in _NOT_DEEMED and e not in ctx.entity_at:
        c.phrase_end, c.claim_tok, c.obj = e, e, True  # "ويراها القحطاني فرصة شراء": what he deems it
        return c
    if vf.lemma == _DESCRIBED and vf.prefix == "" and i - 1 >= sent_a and ctx.words[i - 1] and not is_definite(prev) \
            and e + 1 < sent_b and ctx.words[e] and ctx.norms[e] in ("بانه", "بانها", "بانهم"):
        # (a clause on a noun, as with "ما وصفه X بأنه"; "ووصفته الوزارة بأنه خطوة" keeps بأنه, as before)
        c.phrase_end, c.claim_tok = e, e + 1  # "جلسة وصفها متعاملون بأنها «يوم أسود»": what they called it
        return c
    k = skip_to_complement(ctx, c, np.end, sent_b)
    c.phrase_end = k
    return complement(ctx, c, k, sent_a, sent_b)


_THEN = folded_set("حينها حينذاك آنذاك وقتها يومها أمس سابقا حينئذ")


def _denied_before(ctx: Context, at: int, sent_a: int) -> bool:
    """A verb that denies or confirms (نفى، أكد صحة) within four words before ``at`` (ما), with
    no punctuation between."""
    t = at - 1
    while t >= max(sent_a, at - 4) and ctx.words[t]:
        if in_lexicon(ctx.norms[t], _DENIED_OR_CONFIRMED):
            return True
        if t == at - 1 and ctx.norms[t] == "علي" and t - 1 >= sent_a and ctx.norms[t - 1] in _COMMENTING:
            return True  # "للتعليق على ما ذكرته وكالة «رويترز» الشهر الماضي عن …": what was asked about
        t -= 1
    return False


_COMMENTING = frozenset(fold(w) for w in ("للتعليق", "التعليق", "تعليق", "بالتعليق"))


def _about_at(ctx: Context, k: int, sent_b: int) -> int:
    """After who said it (``k``), maybe a time: the عن/بشأن/حول of what it was about, or -1."""
    while k < sent_b and ctx.words[k] and (ctx.norms[k] in _THEN or ctx.norms[k] in TIME_WORDS):
        k += 1
    if k + 1 < sent_b and ctx.words[k] and ctx.norms[k] in _ABOUT and ctx.words[k + 1]:
        return k
    return -1
_CONSIDERED = fold("اعتبر")


def _described_as(ctx: Context, lemma: str, k: int, sent_b: int) -> int:
    """After who described it (``k``, past the source), maybe "حينها" or a post between commas:
    the ب of what they called it (بأنه، بـ«…»، بكارثة), or for اعتبر a quotation; or -1."""
    if lemma not in (_DESCRIBED, _CONSIDERED) or k >= sent_b:
        return -1
    while k < sent_b and ctx.words[k] and ctx.norms[k] in _THEN:
        k += 1
    if k < sent_b and ctx.is_punct(k, "،,"):
        shut = next((t for t in range(k + 1, min(sent_b, k + 14)) if ctx.is_punct(t, "،,")), -1)
        if shut < 0 or any(ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]))
                           for t in range(k + 1, shut)):
            return -1
        k = shut + 1  # "وصفه بيتر كولينغوود، كبير الاقتصاديين في بنك «…»، بأنه «…»": his post
    if k >= sent_b:
        return -1
    if lemma == _CONSIDERED:
        return k if k in ctx.quote_open_tok else -1
    if not ctx.words[k]:
        return -1
    n = ctx.norms[k]
    if n.startswith("بان") and ctx.raw[k].startswith("بأن"):
        return k
    if n == "ب" and k + 1 < sent_b and k + 1 in ctx.quote_open_tok:
        return k
    return -1


#: "وهو ما أشار إليه X"، "وهذا ما شدد عليه X": a verb and its preposition with a pronoun.
_BACK_PREPOSITIONS = folded_set("إليه إليها عليه عليها عنه عنها به بها منه منها")
_THIS = folded_set("وهو وهي وهذا وهذه وذلك هو هي هذا هذه ذلك")


def parse_back_resumptive(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    """"…، وهو ما أشار إليه الخبير X"، "وهذا ما أكده X" opening a sentence: what the source
    said is the clause before (in the sentence) or the sentence before (at its start)."""
    vf = VERB_FORMS.get(ctx.norms[i])
    if vf is None or vf.person != 3 or i <= sent_a or ctx.norms[i - 1] not in ("ما", "وما"):
        return None
    j = i + 1
    if j < sent_b and ctx.words[j] and ctx.norms[j] in _BACK_PREPOSITIONS:
        j += 1
    elif "o" not in vf.complements or vf.lemma == _CALLED_ON:
        return None  # ("وهو ما دعا شركات عديدة إلى …": which prompted them; "ما دعا إليه X" is a call)
    if j < sent_b and ctx.words[j] and ctx.norms[j] in _TOO:
        j += 1
    np = parse_np(ctx, j, sent_b, feminine=vf.gender == "f")
    if np is None or np.kind not in ("named_organization", "named_person", "media", "document", "anonymous",
                                     "unnamed_official"):
        return None
    cut = next((t for t in range(np.start + 1, np.end) if ctx.words[t] and ctx.norms[t] in BY_SAYING), -1)
    if cut > np.start:
        np = replace(np, end=cut, src_end=ctx.ends[cut - 1])  # "متحدث باسم الحكومة | بالقول إن": his saying, not his name
    c = Cand(i, i + 1, "verb", i, i + 1, np=np, gender=vf.gender, number=vf.number, verb=vf, lemma=vf.lemma)
    if np.end + 1 < sent_b and ctx.words[np.end] and ctx.norms[np.end] in BY_SAYING:
        # "وهو ما رد عليه الرشودي بالقول إن …": what he replied follows; the clause before is
        # what he answered, not his claim
        c.phrase_start = i - 2 if i - 2 >= sent_a and ctx.norms[i - 2] in _THIS else i - 1
        k = np.end + 1
        if k < sent_b and ctx.words[k] and ctx.norms[k] == "الي":
            k += 1  # "بالإشارة إلى أن"
        c.phrase_end = k
        return complement(ctx, c, k, sent_a, sent_b)
    c.phrase_end, c.nested, c.backref = np.end, False, True
    if i - 2 >= sent_a and ctx.words[i - 2] and ctx.norms[i - 2] in _THIS and _what_this_is(ctx, c, i - 2, sent_a):
        return c
    return None


def _what_this_is(ctx: Context, c: Cand, this: int, sent_a: int) -> bool:
    """The claim of "وهو ما …" at token ``this``: the clause before it in the sentence, or the
    sentence before in the paragraph when it opens the sentence."""
    if this > sent_a:
        c.mode, c.phrase_start = "before", this  # "…، وهو ما أشار إليه X"
        return True
    if ctx.sent_of[sent_a] == 0:
        return False
    pa, pb = ctx.sents[ctx.sent_of[sent_a] - 1]
    if ctx.para_of[pa] != ctx.para_of[sent_a] and (ctx.sent_of[pa] == 0 or ctx.norms[this] not in _IT_IS_A):
        return False  # (a paragraph may open with "وهو ما أكده X": the last sentence of the one before)
    if pb - pa <= 2:
        return False
    c.claim_tok, c.claim_end = pa, pb  # "وهذا ما أشار إليه X.": the sentence before
    while c.claim_end > c.claim_tok and not ctx.words[c.claim_end - 1]:
        c.claim_end -= 1
    c.phrase_start = this
    return True


def _bare_antecedent(ctx: Context, rel: int, sent_a: int):
    """A definite noun (and its adjectives) right before الذي/التي: "بالحد الأعلى الذي ..."."""
    from .phrases import NP, adjective_like
    from .words import is_definite

    def definite(n: str) -> bool:
        return is_definite(n) or n.startswith(("ال", "بال", "لل", "وال", "فال"))  # بالحد: short words too

    k = rel - 1
    while k > sent_a and ctx.words[k] and adjective_like(ctx.norms[k]) and ctx.words[k - 1] \
            and definite(ctx.norms[k - 1]):
        k -= 1
    if k < sent_a or not ctx.words[k] or not definite(ctx.norms[k]):
        return None
    return NP(k, rel, ctx.starts[k], ctx.ends[rel - 1], "document", ctx.norms[k])
