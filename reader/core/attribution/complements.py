"""Where a claim begins once its cue and subject are read: after إن/أن/بأن/إلى أن (with or
without a pronoun: أنه، إنها), after a colon, at a quotation, at the object of أعلن/انتقد/دعا
(after عن/ب/من/إلى), or before the cue when the cue trails the sentence (…، قال X).
"""

from __future__ import annotations

from reader.core.text import fold

from .context import Context, is_quote_mark
from .cues import AMBIGUOUS, EXPLICIT_ONLY, PARTICIPLES, SAYING, VERB_FORMS, VERB_PREPOSITION

from .words import (
    DIRECT_OPENERS, MANNER, MANNER_VOICE, ORG_HEADS, RELATIVE_PRONOUNS, SAYS_DIRECT, SPEECH_EVENTS, TIME_WORDS, complementizer, folded_set, in_lexicon, is_definite,
)

#: Words before أن that make it no reporting clause (بعد أن، دون أن، يمكن أن).
NOT_REPORT_BEFORE = folded_set(
    """بعد قبل دون بدون منذ رغم برغم لأن لان حتى بمجرد إلا غير كما مثلما عوضا بدلا يمكن لايمكن يجب
    ينبغي يمكنها يمكنه يتعين يفترض يحتمل يستطيع تستطيع يريد تريد يرفض ترفض قرر قررت أراد"""
)
PREP_OF_COMP = folded_set("إلى على من في عن")
OBJ_PREPS = folded_set("عن إلى من")
_SAID = fold("قال")
_SAW = fold("رأى")
_THIS_ONE = folded_set("هذا هذه ذلك تلك هذين هاتين")


def deems_this(ctx: Context, j: int, sent_b: int) -> bool:
    """"(يرى X) هذا الحدث فرصة تاريخية": a demonstrative object and an indefinite predicate,
    what رأى deems it (no أن)."""
    n = ctx.norms
    return j + 2 < sent_b and ctx.words[j] and n[j] in _THIS_ONE and ctx.words[j + 1] and is_definite(n[j + 1]) \
        and ctx.words[j + 2] and not is_definite(n[j + 2]) and not _not_words_of_his(ctx, j + 2) \
        and not n[j + 2][:1].isdigit()


def _not_words_of_his(ctx: Context, j: int) -> bool:
    """Token ``j``, right after "قال X", begins something other than his words: a preposition,
    a time, a conjunction, a participle of his, a relative or a name going on."""
    n = ctx.norms[j]
    return n in OBJ_PREPS or n in EVENT_PREPS or n in TIME_WORDS or n[:1] in "وفلب" and len(n) > 2 and (
        n[1:] in VERB_FORMS or n.startswith(("وال", "فال", "بال", "لل", "ول", "وب", "فب")) or n[:1] == "و") \
        or n in PARTICIPLES or n in _NOT_HIS or n.startswith("ل") or n[:1] == "و"


_NOT_HIS = folded_set("الذي التي الذين حيث إذ اذ كما عند عندما بينما فيما ضمن حول نحو وسط أيضا ايضا بدوره بدورها "
                      "ان إن أن بأن انه إنه أنه انها إنها أنها ما إلى الى عن على علي مع لدى لدي منذ حتى")
EVENT_PREPS = folded_set("في خلال عبر أثناء عقب لدى أمام وفي وخلال بعد قبل أمس على")


_BEFORE_AFTER = folded_set("قبل بعد وقبل وبعد دون ودون")


_FAN = fold("فان")


def is_complement(ctx: Context, j: int, limit: int) -> bool:
    if j >= limit:
        return False
    n = ctx.norms[j]
    if ctx.raw[j] == ":" or is_quote_mark(ctx, j) and j in ctx.quote_open_tok and not (
            j > 0 and ctx.words[j - 1] and ctx.norms[j - 1] == "ل"):
        return True  # (لـ«الاقتصادية»: a name in marks after لـ, never the quotation)
    if complementizer(n):
        if n == _FAN and j in ctx.entity_at and ctx.entity_at[j].type == "PER" and ctx.entity_end_tok.get(j, j + 1) > j + 1:
            return False  # "وأشار فان رودن إلى أن": the Dutch name's first word, not فإن
        return not (n == "ان" and j > 0 and ctx.words[j - 1] and ctx.norms[j - 1] in _BEFORE_AFTER)
        # ("قالت سميرة قبل أن تضيف": "before", a time, not what she said)
    return n in PREP_OF_COMP and j + 1 < limit and complementizer(ctx.norms[j + 1]) and not (
        n == "علي" and ctx.raw[j].endswith("ي") and not ctx.ya_for_maqsura and ctx.raw[j + 1].startswith("إن"))
    # ("وقال علي إن": the name علي, in a text that writes على with its own letter; "على أن" takes أن)


def comp_start(ctx: Context, k: int, limit: int) -> int:
    """Token where the claim begins after a complement at ``k`` (إن، إلى أن، :، a quote)."""
    n = ctx.norms[k]
    if ctx.raw[k] == ":":
        if k + 2 < limit and ctx.words[k + 1] and ctx.norms[k + 1] in ("ان", "بان") and (
                ctx.words[k + 2] or is_quote_mark(ctx, k + 2) and k + 2 in ctx.quote_open_tok):
            return k + 2  # "وقالوا: إن الصندوق ..."، "لـ(واع): إن «…»": the claim after إن, as elsewhere
        return k + 1
    if is_quote_mark(ctx, k):
        return k
    if n in PREP_OF_COMP:
        return k + 2
    return k + 1


_THUS = folded_set("هكذا وهكذا")


def only_manner_after(ctx: Context, k: int, sent_b: int) -> bool:
    """From token ``k`` to the sentence's end, only punctuation and how it was said ("، تضيف بحسرة.",
    "، يقول بابتسامة متعبة.": a voice or smile and one indefinite word of how it was)."""
    t = k
    while t < sent_b:
        if ctx.words[t] and ctx.norms[t] in MANNER_VOICE and t + 1 < sent_b and ctx.words[t + 1] \
                and not is_definite(ctx.norms[t + 1]):
            t += 2
        elif not ctx.words[t] or ctx.norms[t] in MANNER:
            t += 1
        else:
            return False
    return True


def complement(ctx: Context, c, j: int, sent_a: int, sent_b: int):
    """Decide where the claim begins: after إن/أن/:, at a quote, at the object, or before
    the cue (…، قال X.)."""
    comps = c.verb.complements if c.verb is not None else "c:"
    norms = ctx.norms
    colon = colon_after_while_he(ctx, j, sent_b) if 0 < j and ":" in comps else -1
    if colon > 0 and not any(complementizer(norms[t]) for t in range(j + 1, colon)):
        j = colon  # "ويضيف وهو يشير إلى رفوف متجره: «…»": what he did as he spoke, then his words
    m = j - 1
    while m > c.cue_b and ctx.words[m] and norms[m] in TIME_WORDS:
        m -= 1  # "نقلت عن الحكومة نفيها أمس استخدام …"
    if 0 < j < sent_b and ctx.words[j] and m >= 0 and ctx.words[m] and norms[m] in _object_masdars() \
            and not is_complement(ctx, j, sent_b):
        c.claim_tok, c.obj = j, True  # "نقلت رويترز عن محللين توقعهم ارتفاع الأسعار": what they expect
        if norms[m].startswith(("دعوت", "تحذير")) and norms[j] in ("الي", "من") and j + 1 < sent_b and ctx.words[j + 1]:
            c.claim_tok = j + 1  # "دعوته إلى خفض الإنفاق": what he called for, as after "دعا إلى"
        return c
    if c.np is not None and c.cue_b - c.cue_a == 2 and norms[c.cue_a] in ("كما", "وكما") and c.cue_a > sent_a + 2 \
            and ctx.is_punct(c.cue_a - 1, "،,") and c.np.end + 1 < sent_b and ctx.words[c.np.end] \
            and ctx.norms[c.np.end] in ("من", "في", "لدي", "ب"):
        e = next((t for t in range(c.np.end + 1, min(sent_b, c.np.end + 7)) if not ctx.words[t]), -1)
        if e > 0 and _relative_cue_after(ctx, e, sent_b) and not any(
                ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(c.np.end, e)):
            c.mode, c.phrase_end = "before", e  # "…، كما يقول X من جامعة قطر، الذي يرى أن …": two records
            return c
    if c.np is not None and not c.sv and c.cue_a - 2 > sent_a and ctx.words[c.cue_a - 1] \
            and norms[c.cue_a - 1] in _THUS and ctx.is_punct(c.cue_a - 2, "،,"):
        c.mode = "before"  # "«الأسعار نار»، هكذا وصف المواطن X الوضع": what he said is before هكذا
        return c
    if c.np is not None and not c.sv and _after_opening_quote(ctx, c.cue_a, sent_a) \
            and (not _complement_near(ctx, j, sent_b, c.np.end) or _relative_cue_after(ctx, c.np.end, sent_b)
                 or _but_he_says(ctx, c.np.end, sent_b)):
        c.mode = "before"  # "«...»، تقول الدكتورة ريم الحسن، استشارية ...": the quote is the claim
        if _relative_cue_after(ctx, c.np.end, sent_b):
            c.phrase_end = c.np.end  # (the relative clause after the name is a record of its own)
        return c
    if (c.np is None or c.implied) and c.kind == "verb" and _after_opening_quote(ctx, c.cue_a, sent_a) \
            and c.cue_b < sent_b and (ctx.is_punct(c.cue_b, "،,.") or c.cue_b + 1 >= sent_b
                                      or ctx.words[c.cue_b] and ctx.norms[c.cue_b] in _WHILE_HE
                                      or only_manner_after(ctx, c.cue_b, sent_b)) \
            and not _complement_near(ctx, c.cue_b + 1, sent_b):
        # ("«…»، أضافت وهي تغالب دموعها": how she said it, after the verb)
        c.mode = "before"  # "«كل سنة نقول …»، قالت، مشيرة إلى …": she said, the quote is the claim
        return c
    if j < sent_b and is_complement(ctx, j, sent_b) and ("c" in comps or ctx.raw[j] == ":" or is_quote_mark(ctx, j)):
        if complementizer(norms[j]) and j > 0 and norms[j - 1] in NOT_REPORT_BEFORE:
            k = _far_complement(ctx, j, sent_b, loose=True, quote=":" in comps, commas=False) \
                if _says_only(c, comps, ctx, j, sent_b) else -1
            if k < 0:
                return None
            j = k  # "وقال X في مؤتمر عقده قبل أن يعود إلى لندن «…»": past the adverbial clause
        c.claim_tok = comp_start(ctx, j, sent_b)
        if ctx.raw[j] == ":" and not c.np and c.implied and c.verb is not None and c.verb.lemma == "كتب" \
                and j + 1 not in ctx.quote_open_tok:
            return None  # "كتب: محمد العلي": a byline (but "وكتب: «…»": he wrote, and what)
        return c
    # A complementizer a little further on, after adverbials that were not recognised.
    says = not c.after_event and _says_only(c, comps, ctx, j, sent_b)
    k = _far_complement(ctx, j, sent_b, loose=c.after_event or says, quote=":" in comps,
                        about="p" not in comps and "o" not in comps, commas=not says)
    if k > j + 6 and "p" in comps and c.lemma is not None and own_preposition_at(ctx, c.lemma, j, sent_b) \
            and not is_complement(ctx, j + 1, sent_b) and ctx.norms[j + 1] not in _NEED_WORDS:
        k = -1  # "وشدد التقرير على تنفيذ مبادرات … ويجب أن تكون …": its own object, not a later أن
    if k > j + 4 and "p" in comps and c.lemma is not None and ctx.words[j] and norms[j] in _WHERE_WHEN:
        t = next((t for t in range(j + 1, min(k, j + 4)) if own_preposition_at(ctx, c.lemma, t, sent_b)), -1)
        if t > 0 and all(ctx.words[u] for u in range(j, t)) and any(ctx.is_punct(u, "،,") for u in range(t, k)) \
                and not is_complement(ctx, t + 1, sent_b):
            k = -1  # "أعلنت قبل عامين عن 280 ألف منتج، «…»": when, then its own object; the quote after is another's
    if k > j and c.lemma in EXPLICIT_ONLY and any(ctx.words[t] and ctx.norms[t] in PARTICIPLES and ctx.is_punct(t - 1, "،,")
                                                 for t in range(max(j, 1), k)):
        k = -1  # "سجل الديوان 37 ملاحظة …، معتبرا أن …": the أن is the participle's, another speaker's
    if k >= 0 and "c" in comps:
        c.claim_tok = comp_start(ctx, k, sent_b)
        if c.via is None:
            c.via = _via_between(ctx, j, k)  # "بلقاء مع «بي بي سي» يبث غدا إن": the outlet spoken to
        if not c.anonymous and c.np is not None and c.np.kind in ("unnamed_official", "anonymous") and any(
                ctx.is_punct(t, "،,") and _anonymity(ctx, t + 1, k) for t in range(j, k)):
            c.anonymous = True  # "مسؤول شارك في الاجتماع لـ«الوطن»، مفضلا عدم ذكر اسمه، إن": he asked not to be named
        return c
    if c.np is not None and c.cue_b - c.cue_a == 2 and norms[c.cue_a] in ("كما", "وكما") and ctx.is_punct(c.np.end, "،,") \
            and c.cue_a > sent_a + 2 and ctx.is_punct(c.cue_a - 1, "،,"):
        c.mode = "before"  # "…، كما يرى بعض المتخصصين، فـ…": a view on the clause before
        if _relative_cue_after(ctx, c.np.end, sent_b):
            c.phrase_end = c.np.end  # (the relative clause after the name is a record of its own)
        return c
    said = next((t for t in range(j - 1, c.cue_b - 1, -1) if ctx.words[t] and norms[t] in SAYING), -1)
    if said >= 0 and j + 1 < sent_b and ctx.words[j] and all(ctx.words[t] for t in range(said, j + 1)) \
            and norms[said + 1] not in OBJ_PREPS and (c.np is not None or c.implied):
        c.claim_tok = said + 1  # "وأضاف قائلا نادرا ما كان …": his words, unmarked, after قائلا
        return c
    qad = 0 < j < sent_b and ctx.words[j - 1] and (norms[j - 1] == "لقد" or (
        norms[j - 1] == "قد" and norms[j][:1] in "يت" and len(norms[j]) >= 4 and j - 1 > c.cue_b))
    if c.lemma in SAYS_DIRECT and j + 2 < sent_b and (c.np is not None or c.implied) and ctx.in_quote(j) is None \
            and ctx.words[j] and (norms[j] in DIRECT_OPENERS or qad):
        c.claim_tok = j - 1 if qad else j  # "وأضاف المتحدث لا توجد عمليات"، "ويقول X قد يكون": his words, unmarked
        return c
    if c.lemma == _SAW and (c.np is not None or c.implied) and deems_this(ctx, j, sent_b):
        c.claim_tok, c.obj = j, True  # "ويرى عمدة المدينة هذا الحدث فرصة تاريخية": deems it (no أن)
        return c
    if c.lemma == _SAID and c.np is not None and not c.implied and not c.sv and not c.after_event \
            and (c.np.kind == "unnamed_official" or c.np.kind == "named_person" and (
                c.np.end - c.np.start > 1 or c.np.start in ctx.entity_at or ctx.norms[c.np.start] in ctx.person_tokens)
                 or c.np.kind == "named_organization" and (
                c.np.start in ctx.entity_at or in_lexicon(ctx.norms[c.np.start], ORG_HEADS))) and j == c.np.end \
            and j + 2 < sent_b and ctx.words[j] and ctx.words[j + 1] and ctx.in_quote(j) is None \
            and not _not_words_of_his(ctx, j):
        c.claim_tok = j  # "وقال الحريري اتفاق الطائف باق"، "وقالت المقاومة الاسلامية ألحق مجاهدونا …": unmarked
        return c
    only_punct = only_manner_after(ctx, j, sent_b)
    if not only_punct and c.np is not None and "t" in comps and c.phrase_start > sent_a and ctx.is_punct(c.np.end, "،,") \
            and ctx.quote_close_tok.get(c.cue_a - 1) == sent_a:
        c.mode = "before"  # "«…» يقول البائع X، الذي يدير محلا …، لكنه يلفت إلى أن …": the quotation is his
        return c
    if only_punct:
        if c.np is not None and ("t" in comps or c.sv) and c.phrase_start > sent_a:
            c.mode = "before"
            return c
        return None
    if j < sent_b and ctx.words[j] and ("o" in comps or "p" in comps):
        n = norms[j]
        if n in _WHERE_WHEN and c.lemma and "o" not in comps and j + 1 < sent_b and ctx.words[j + 1] and (
                in_lexicon(norms[j + 1], SPEECH_EVENTS) or norms[j + 1] in _OCCASIONS or norms[j + 1] in TIME_WORDS
                or norms[j + 1][:1].isdigit() or norms[j + 1] in _GATHERINGS
                or n in _BEFORE_EVENT and is_definite(norms[j + 1])):  # ("أفصحت في ٢٢ مارس الماضي عن …": a date)
            # ("حذر قبل السيول بيومين من أمطار": before an event, then his own من)
            t = next((t for t in range(j + 2, min(sent_b, j + 7)) if own_preposition_at(ctx, c.lemma, t, sent_b)
                      and not met_with(ctx, t)), -1)
            if t > 0 and all(ctx.words[k] for k in range(j, t)):
                j, n = t, norms[t]  # "وطالب الوزير خلال الاجتماع برفع …": when he said it, then his own ب
        if "p" in comps and "o" not in comps and not (n in OBJ_PREPS or n == "علي" or n.startswith("ب")) \
                and not (c.lemma == fold("طالب") and _demanded_of(ctx, j, sent_b)) \
                and not (c.lemma in _TO_OR_LAM and n[:1] == "ل" and len(n) > 2):
            return None  # (وطالب الحكومة بتقديم ...: the object with its ب-phrase is the claim)
        own = _OWN_ONLY.get(c.lemma)
        if own is not None and "p" in comps and "o" not in comps and not (
                n == own or (own == "ب" and n[:1] == "ب" and not complementizer(n))
                or (c.lemma in _TO_OR_LAM and n[:1] == "ل" and len(n) > 2)):
            return None  # "تحدثوا إلى «الرؤية»، بأن ...": only its own preposition (عن) brings a claim
        if c.np is None and c.implied and not ctx.words[j - 1] and ctx.raw[j - 1] not in "،," \
                and not (c.via is not None and getattr(c.via, "end", -1) in (j, j - 1)):
            return None  # (but "فيصف لـ«الشرق الأوسط» تحول …": the paper told, then the object)
        if c.lemma == _ANNOUNCE and _declaration(ctx, j, sent_b):
            return None  # أعلنت المؤسسة حالة الطوارئ: a declaration is an act, not a claim
        t = _time_adverbial(ctx, j, sent_b)
        if t > j:
            j, n = t, norms[t]  # "أعلنت في 2022 خطة ...": the time is the narrator's
        elif n in _WHERE_WHEN and c.lemma:
            t = next((t for t in range(j + 2, min(sent_b, j + 7)) if own_preposition_at(ctx, c.lemma, t, sent_b)), -1)
            if t > 0 and all(ctx.words[k] for k in range(j, t)):
                j, n = t, norms[t]  # "دعا في مستهل الجلسة إلى …": where he said it, then his own إلى
        if n in _OCCASION_BI:
            return None  # "أقر مجلس الوزراء في جلسته برئاسة …": who chaired it; the act is no claim
        if n in ("النقاب", "الستار", "اللثام") and j + 2 < sent_b and norms[j + 1] == "عن" and ctx.words[j + 2]:
            j, n = j + 1, "عن"  # "كشف X النقاب عن خطة": lifted the veil on it
        if n in OBJ_PREPS or (n == "علي" and c.lemma in (_INSIST, _PRAISE, _CONFIRM)):
            c.claim_tok = j + 1
        elif n == "ب" and j + 1 < sent_b and j + 1 in ctx.quote_open_tok:
            c.claim_tok = j + 1  # "طالب … بـ«إيقاع أشد العقوبات»": the quotation after the ب written apart
        elif c.lemma in _TO_OR_LAM and n[:1] == "ل" and len(n) > 2:
            c.claim_tok = j  # "وتطرق لما يحدث في ...": ل for إلى
            c.claim_char = ctx.starts[j] + _first_letter_len(ctx.raw[j])
        elif n.startswith("ب") and len(n) > 3 and "p" in comps and not (
                n.endswith("ا") and not n.endswith(("ها", "نا"))) and (  # برنامجا: an accusative noun
                n.startswith("بال") or VERB_PREPOSITION.get(c.lemma) == "ب" or c.lemma not in VERB_PREPOSITION) \
                and not described_then_bi(ctx, c.lemma, j, sent_b):
            # (not "داعيا بيونغ يانغ إلى": دعا's own is إلى, the ب is the name's; not "واصفا باول | بأنه":
            # whom he described, then his ب)
            c.claim_tok = j
            c.claim_char = ctx.starts[j] + _first_letter_len(ctx.raw[j])
        else:
            c.claim_tok = j
        if c.claim_tok >= sent_b:
            return None
        c.obj = True
        return c
    return None


_ANNOUNCE = fold("أعلن")
_DESCRIBE = fold("وصف")


def described_then_bi(ctx: Context, lemma: str, j: int, limit: int) -> bool:
    """"واصفا باول | بأنه": after وصف, a word in ب that is whom he described (its own ب follows)."""
    return lemma == _DESCRIBE and not ctx.norms[j].startswith("بال") and j + 1 < limit and ctx.words[j + 1] \
        and ctx.norms[j + 1][:1] == "ب"
_TITLED = folded_set("عنوان بعنوان")
_WHERE_WHEN = folded_set("في خلال عقب بعد قبل قبيل بعيد منذ أثناء أمام لدى")
_BEFORE_EVENT = folded_set("قبل قبيل بعد عقب")

#: "طالبت فنزويلا قبيل الاجتماع بخفض …": the meeting before which it spoke.
_GATHERINGS = folded_set("الاجتماع اجتماع القمة الجلسة المؤتمر اللقاء الزيارة الاجتماعات")
_INSIST = fold("شدد")
_PRAISE = fold("أثنى")
_CONFIRM = fold("أكد")
#: Verbs whose claim comes only after their own preposition (تحدث عن، أثنى على، رحب بـ).
_OWN_ONLY = {fold(v): fold(p) for v, p in (("تحدث", "عن"), ("أثنى", "على"), ("رحب", "ب"), ("استشهد", "ب"),
                                            ("تطرق", "إلى"), ("هدد", "ب"), ("توعد", "ب"), ("أهاب", "ب"),
                                            ("ندد", "ب"))}
#: ... and those that take ل for إلى (تطرق لما يحدث).
_TO_OR_LAM = frozenset({fold("تطرق"), fold("ألمح")})
#: Objects that make أعلن an act (declaring mourning, a curfew, war, mobilisation), and
#: the states declared with حالة (الطوارئ، التأهب ...).
_DECLARED = folded_set("الحداد حدادا الحرب النفير التعبئة إضرابا الإضراب الأحكام")
#: "أعلنت حظر التجول" (a curfew, an act), but "أعلنت حظر التعامل بالفئات الجديدة" (a ban it announces).
_BAN = folded_set("حظر حظرا")
_CURFEW = folded_set("التجول للتجول التجوال للتجوال تجول تجوال")
_TRUCE = folded_set("هدنة الهدنة هدنه")
_HALT = folded_set("وقف وقفا")
_FIRE = folded_set("إطلاق لإطلاق الاطلاق اطلاق لاطلاق")
_STATES = folded_set("الطوارئ الطوارىء التأهب الاستنفار الحرب الحصار الإنذار")


def _declaration(ctx: Context, j: int, limit: int) -> bool:
    n = ctx.norms[j]
    if n in _DECLARED:
        return True
    if n in _BAN:
        return j + 1 < limit and ctx.norms[j + 1] in _CURFEW
    if n in _TRUCE:
        return True  # أعلنت هدنة
    if n in _HALT and any(ctx.norms[t] in _FIRE for t in range(j + 1, min(limit, j + 4))):
        return True  # أعلنت وقفا (أحاديا) لإطلاق النار
    return n in ("حاله", "حال") and j + 1 < limit and ctx.norms[j + 1] in _STATES  # (حال الطوارئ)


_TIME_PREPS = folded_set("في خلال منذ مطلع أواخر أوائل منتصف نهاية بداية")


_TIME_HEAD_WORDS = folded_set("مطلع نهاية بداية منتصف أواخر أوائل ختام مستهل غضون خلال")


def _time_adverbial(ctx: Context, j: int, limit: int) -> int:
    """"في 2022"، "في مارس الماضي"، "مطلع العام": a time phrase before an object; the token
    past it when a word follows, else ``j``."""
    norms = ctx.norms
    k = j
    if k >= limit:
        return j
    if ctx.words[k] and norms[k] in _TIME_PREPS and k + 1 < limit:
        k += 1
    if k > j and ctx.words[k] and norms[k] in _TIME_HEAD_WORDS and k + 1 < limit:
        k += 1  # "في مطلع الشهر الماضي"، "في نهاية العام"
    start = k
    while k < limit and ctx.words[k] and (norms[k] in TIME_WORDS or norms[k][:1].isdigit() and (
            k > start or len(norms[k]) == 4 and norms[k].isdigit() or k + 1 < limit and ctx.words[k + 1] and norms[k + 1] in TIME_WORDS)):
        k += 1  # (not "تتوقع 85 مليون برميل": an amount, what is expected)
    if k == start or (k == j + 1 and norms[j] not in _TIME_PREPS):
        return j if k == start else k
    return k if k < limit and ctx.words[k] else j


def _relative_cue_after(ctx: Context, e: int, sent_b: int) -> bool:
    """"«…»، يقول X، الذي يحذر من أن …": a relative clause with a verb of saying of its own after
    the speaker (its own record); the quotation before is what "يقول" brings."""
    from .cues import VERB_FORMS

    return e + 2 < sent_b and ctx.is_punct(e, "،,") and ctx.words[e + 1] and ctx.norms[e + 1] in RELATIVE_PRONOUNS \
        and ctx.words[e + 2] and ctx.norms[e + 2] in VERB_FORMS


_BUT_HE = frozenset(fold(w) for w in "لكنه لكنها ولكنه ولكنها ثم".split())


def _but_he_says(ctx: Context, e: int, sent_b: int) -> bool:
    """«…»، يضيف هارتلي | ، لكنه يستدرك بأن …": after the name a comma and «لكنه» with a verb of
    its own: the complement further on is that verb's, the quotation before is his."""
    return e + 2 < sent_b and ctx.is_punct(e, "،,") and ctx.words[e + 1] and ctx.norms[e + 1] in _BUT_HE \
        and ctx.words[e + 2] and ctx.norms[e + 2] in VERB_FORMS


#: A circumstantial clause right after the verb (وهي تغالب دموعها): how it was said.
_WHILE_HE = folded_set("وهو وهي وهم وهما وهن")


def colon_after_while_he(ctx: Context, j: int, sent_b: int) -> int:
    """"ويضيف | وهو يشير إلى رفوف متجره: «…»": the colon before his words in marks, after what he
    did as he spoke, or -1."""
    if j >= sent_b or not ctx.words[j] or ctx.norms[j] not in _WHILE_HE:
        return -1
    colon = next((t for t in range(j + 1, min(sent_b, j + 12)) if not ctx.words[t]), -1)
    return colon if colon > j + 1 and ctx.raw[colon] == ":" and colon + 1 in ctx.quote_open_tok else -1


def _after_opening_quote(ctx: Context, cue_a: int, sent_a: int) -> bool:
    """The sentence opens with a quotation that ends right before the cue (after a comma)."""
    k = cue_a - 1
    if k > sent_a and ctx.raw[k] in "،,":
        k -= 1
    opener = ctx.quote_close_tok.get(k)
    # ("«الشورى» يقر رسوم الأراضي": one or two words in marks right before the verb are a name)
    return opener is not None and opener == sent_a and (k > cue_a - 1 or k - opener > 3)


#: Nouns of need before أن (ضرورة أن، أهمية أن): the أن after them is the claim's.
_NEED_WORDS = frozenset(fold(w) for w in "ضرورة أهمية وجوب".split())


def own_preposition_at(ctx: Context, lemma: str, t: int, limit: int) -> bool:
    """The cue's own preposition at ``t``, with a word after it (عن after كشف، من after حذر،
    بـ after طالب or مشيدا)."""
    own = VERB_PREPOSITION.get(lemma)
    if not own or t + 1 >= limit or not ctx.words[t] or not (ctx.words[t + 1] or t + 1 in ctx.quote_open_tok):
        return False  # (a word after it, or a quotation: دعا إلى «التعامل بمسؤولية»)
    n = ctx.norms[t]
    return n == own or own == "ب" and n[:1] == "ب" and (len(n) > 3 or n in SHORT_BI) and not complementizer(n) \
        and n not in _OCCASION_BI  # ("أقر في جلسته برئاسة …": who chaired it, not what was admitted)


#: Verbal nouns of doubled roots after بـ, three letters in all ("طالب الحكومة بمد صرف المنحة").
SHORT_BI = folded_set("بمد بحل بسد بفك بكف بضخ بشن بصد")
#: "خلال لقائه أمس برجال الأعمال": a meeting and whom it was with (its ب is not the verb's).
_MEETINGS = folded_set("لقاء لقائه لقائها لقائهم لقاءاته اجتماع اجتماعه اجتماعها اجتماعهم اجتماعاته اتصال اتصاله اتصالها")


def met_with(ctx: Context, t: int) -> bool:
    k = t - 1
    while k > 0 and ctx.words[k] and ctx.norms[k] in TIME_WORDS:
        k -= 1
    return ctx.norms[t][:1] == "ب" and ctx.words[k] and ctx.norms[k] in _MEETINGS


_OCCASIONS = folded_set("مناقشة مناقشات المناقشة زيارة زيارته زيارتها الزيارة لائحة مذكرة مرافعة مرافعته مرافعتها رسالة رسالته خطاب خطابه")
_TIME_NOUN = fold("وقت")
_OCCASION_BI = folded_set("برئاسة برياسة بحضور برعاية بمشاركة بمناسبة بمقر")


def _complement_near(ctx: Context, j: int, sent_b: int, subject_end: int = -1) -> bool:
    """إن/أن, a colon or a quotation within three tokens of ``j``. With ``subject_end`` (a
    sentence that opened with a quotation), a short name in marks after a word that does not
    end the subject is no quotation ("«…»، قال ويلسون، في رد على حملة تقودها شركات «دلتا»")."""
    for k in range(j, min(sent_b, j + 3)):
        if ctx.words[k] and ctx.norms[k] in PARTICIPLES:
            return False  # "«…»، يقول أحد التجار، مضيفا أن …": the أن is the participle's
        if ctx.words[k] and ctx.norms[k] in VERB_FORMS and VERB_FORMS[ctx.norms[k]].prefix == "و" and k > 0 \
                and ctx.is_punct(k - 1, "،,"):
            return False  # "«…»، يقول سائق …، ويضيف ضاحكا: «…»": the colon is the next verb's
        if subject_end >= 0 and not ctx.words[k] and k != subject_end and k in ctx.quote_open_tok \
                and ctx.quote_open_tok[k] - k <= 4 and k > 0 and ctx.words[k - 1] and not complementizer(ctx.norms[k - 1]):
            continue
        if is_complement(ctx, k, sent_b):
            return True
    return False


def _first_letter_len(raw: str) -> int:
    k = 1
    while k < len(raw) and not raw[k].isalpha():
        k += 1
    return k


_ALLOWED_TO_SPEAK = folded_set("مخول مخولا مخولين مخولة مصرح مصرحا مسموح")


def _via_between(ctx: Context, a: int, b: int):
    """An outlet after مع/لـ/عبر among the words skipped before a far complement."""
    from .outlets import match_outlet

    for t in range(a, b):
        if not ctx.words[t]:
            continue
        n = ctx.norms[t]
        if n in _ALLOWED_TO_SPEAK:
            return None  # "لأنه غير مخول بالحديث إلى وسائل الإعلام": whom he may not speak to
        if n in ("مع", "عبر", "الي") and t + 1 < b:
            m = match_outlet(ctx, t + 1, b)
            if m is not None and not m.anaphor:
                return m
        elif n[:1] == "ل" and len(n) > 2:
            m = match_outlet(ctx, t, b, preposition=True)
            if m is not None and not m.anaphor:
                return m
    return None


_RESUMPTIVE = folded_set("فيه فيها فيهم فيهما")
_IN_REPLY = folded_set("ردا ردًا تعليقا تعقيبا")
_NOT_LOOSE = folded_set("نقل وصف كتب")
_SAYING_BY_WORDS = folded_set("بقوله بقولها بقولهم بقولهما")


_BETWEEN_COMMAS = folded_set("خلال في أثناء اثناء أمس عبر خلال")


def _demanded_of(ctx: Context, j: int, sent_b: int) -> bool:
    """"طالب X الحكومة بـ…"، "طالب عقاريون وزارة الإسكان بتسريع …": whom they ask (one to
    three words), then the ب-phrase of what they ask for."""
    if not ctx.words[j] or not (is_definite(ctx.norms[j]) or in_lexicon(ctx.norms[j], ORG_HEADS)):
        return False  # (وطالب بجامعة دمشق فاز …: a student)
    far = in_lexicon(ctx.norms[j], ORG_HEADS) and ctx.words[j - 1] and not is_definite(ctx.norms[j])
    timed = any(ctx.words[t] and (ctx.norms[t] in TIME_WORDS or ctx.norms[t] == _TIME_NOUN)
                for t in range(j + 1, min(sent_b, j + 4)))  # ("الحكومة في وقت سابق بتقديم": a time between)
    t0 = j + 1
    if t0 + 2 < sent_b and ctx.is_punct(t0, "،,") and ctx.words[t0 + 1] and ctx.norms[t0 + 1] in _BETWEEN_COMMAS:
        close = next((t for t in range(t0 + 2, min(sent_b, t0 + 8)) if not ctx.words[t]), -1)
        if close > 0 and ctx.is_punct(close, "،,") and close + 1 < sent_b and ctx.words[close + 1] \
                and ctx.norms[close + 1][:1] == "ب" and len(ctx.norms[close + 1]) > 3:
            return True  # "طالب X الحكومة، خلال جلسة أمس، بسحب المشروع": when, between commas, then what
    for t in range(j + 1, min(sent_b, j + (7 if far else 6 if timed else 4))):
        if not ctx.words[t]:  # ("طالب هيئة الإشراف على الحملات الانتخابية بالتحقيق": a body's longer name)
            return False
        n = ctx.norms[t]
        if ctx.raw[t].startswith("بأن"):
            return True  # "طالب الحكومة بأن ترفع …": asked of it that
        if complementizer(n) or n in VERB_FORMS:
            return False
        if n[:1] == "ب" and (len(n) > 3 or n in SHORT_BI) and not complementizer(n):
            return True
        if n == "ب" and t + 1 < sent_b and (ctx.words[t + 1] or t + 1 in ctx.quote_open_tok):
            return True  # "طالب الحكومة بـ"الكشف …"": the ب written apart
    return False


def _object_masdars():
    from .between import OBJECT_MASDARS

    return OBJECT_MASDARS


def _says_only(c, comps: str, ctx: Context, j: int, sent_b: int) -> bool:
    """A verb that takes no object (قال، أضاف، أوضح) or whose preposition is not next: the
    words between its subject and a near إن/أن are adverbial ("وقال X عند إعلان التقرير إن"،
    "وقال الوزير ـ في تصريحاته ـ إن"), whatever they are."""
    if "o" in comps or (c.np is None and not c.implied) or j >= sent_b:
        return False
    if c.np is None and (c.verb is None or c.verb.prefix not in ("و", "ف") or ctx.norms[j] in _RESUMPTIVE):
        return False  # "المدينة التي قال فيها إنه ولد": a relative clause, not a new speaker
    if c.verb is not None and c.verb.lemma in AMBIGUOUS and (c.np is None or c.verb.prefix == ""):
        return False  # "بالتبادل بين الفينة والأخرى": the preposition, not بيّن
    if c.lemma in _NOT_LOOSE or c.lemma in EXPLICIT_ONLY:
        return False  # "ونقلت الدراسة توقع الباحثين أن": نقل relays with عن, or moves things
    if "p" in comps and ctx.words[j]:
        n = ctx.norms[j]
        if n in OBJ_PREPS or n == "علي" or (n[:1] == "ب" and len(n) > 3):
            return False
    return True


def _anonymity(ctx: Context, a: int, b: int) -> bool:
    from .anonymity import anonymity_clause

    return anonymity_clause(ctx, a, b)


def _far_complement(ctx: Context, j: int, sent_b: int, loose: bool = False, quote: bool = False,
                    about: bool = False, commas: bool = True) -> int:
    """A complementizer within a few words when what stands before it is adverbial."""
    if j >= sent_b:
        return -1
    first = ctx.norms[j] if ctx.words[j] else ctx.raw[j]
    adverbial = first in EVENT_PREPS or first in ("،", ",", "(", "من", "منذ") or first.startswith("ل") \
        or first in _IN_REPLY \
        or (about and first in ("عن", "حول")) or first in TIME_WORDS or (first.startswith("ب") and len(first) > 3)
    if not loose and not adverbial:
        return -1  # (بلقاء مع «بي بي سي»، بمناسبة …: a prepositional phrase, too)
    commas = commas or adverbial  # "خلال الملتقى الذي نظمته الغرفة أمس، أن": an adverbial may hold a comma
    # ("خلال استقباله أعضاء المجلسين … في شمال العراق أن": a long adverbial with no comma in it)
    reach = 26 if first in EVENT_PREPS else 16
    if first in EVENT_PREPS and any(ctx.words[t] and ctx.norms[t] in RELATIVE_PRONOUNS for t in range(j + 1, min(sent_b, j + 12))):
        reach = 36  # "في كلمته أمام منتدى … الذي افتتحه صاحب السمو الملكي الأمير X، نائب أمير …، مساء أمس، إن"
    titled = -1
    for k in range(j + 1, min(sent_b, j + reach)):
        if k <= titled:
            continue  # inside a title in marks
        if k in ctx.quote_open_tok and ctx.words[k - 1] and ctx.norms[k - 1] in _TITLED:
            titled = ctx.quote_open_tok[k]  # "تحت عنوان «الكهرباء في لبنان: كلفة التأجيل» من أن": its name
            continue
        if k - j >= 16 and any(ctx.is_punct(t, "،,؛;") and not (
                t + 1 < k and ctx.words[t + 1] and ctx.norms[t + 1] in RELATIVE_PRONOUNS)  # ("حكمها، الذي أصدرته …،")
                               and not (t > j + 1 and t - 1 > j and any(ctx.norms[u] in RELATIVE_PRONOUNS
                                                                          for u in range(j + 1, t)))
                               for t in range(j + 1, k)):
            return -1
        if quote and k in ctx.quote_open_tok and ctx.quote_open_tok[k] - k > 4:
            return k  # "وقال الرئيس خلال الحفل الختامي لاجتماع الجمعية «…»": the quotation
        if k in ctx.quote_open_tok and 1 < ctx.quote_open_tok[k] - k <= 4 and ctx.words[k - 1] \
                and all(ctx.words[t] for t in range(k + 1, ctx.quote_open_tok[k])) \
                and ctx.quote_open_tok[k] + 1 < sent_b and not is_complement(ctx, ctx.quote_open_tok[k] + 1, sent_b) \
                and ctx.raw[ctx.quote_open_tok[k] + 1] not in ".،,":
            skip_to = ctx.quote_open_tok[k] + 1  # "من شركة "آلمو" في دبي:": a name in marks on the way
            if skip_to < sent_b:
                for_k = skip_to
                k2 = _far_complement(ctx, for_k, sent_b, loose=True, quote=quote, commas=commas) \
                    if for_k < sent_b else -1
                return k2 if k2 >= 0 else (for_k if is_complement(ctx, for_k, sent_b) else -1)
        close = ctx.quote_open_tok.get(k, -1)
        if 1 < close - k <= 4 and k > 0 and ctx.words[k - 1] and ctx.norms[k - 1] in ("ل", "لـ") \
                and all(ctx.words[t] for t in range(k + 1, close)) and close + 1 < sent_b:
            # "وقال مسؤول خليجي شارك في الاجتماع لـ«الوطن»(، مفضلا عدم ذكر اسمه،) إن": the paper told
            if is_complement(ctx, close + 1, sent_b):
                return close + 1
            if ctx.is_punct(close + 1, "،,"):
                shut = next((t for t in range(close + 2, min(sent_b, close + 12)) if ctx.is_punct(t, "،,")), -1)
                if shut > close + 2 and is_complement(ctx, shut + 1, sent_b) and _anonymity(ctx, close + 2, shut):
                    return shut + 1
        if not ctx.words[k] and ctx.raw[k] in ".:«\"“'" and ctx.raw[k] != ":":
            return -1
        if ctx.raw[k] == ":":
            return k
        if not commas and not ctx.words[k] and ctx.raw[k] in "،,؛;":
            return -1  # "…، مشيرا إلى أن": the next clause, another cue's
        n = ctx.norms[k]
        if (n in PARTICIPLES and ctx.is_punct(k - 1, "،,")) or (not commas and n in _SAYING_BY_WORDS):
            return -1  # "وختم حديثه بقوله: …": بقوله is the cue; "…، مؤكدا أن": the next record's
        if complementizer(n):
            if ctx.norms[k - 1] in NOT_REPORT_BEFORE:
                if loose and ctx.words[k - 1]:
                    continue  # "وقال X قبل أن يعود إلى لندن «…»": أن of the adverbial clause
                return -1
            return k
        if n in VERB_FORMS:
            return -1
    return -1
