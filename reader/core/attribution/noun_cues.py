"""Claims introduced by a noun (issue 9, error type 5): the forecasts, estimates and calls of
a source, given as a noun rather than a verb.

- with the source as its genitive: "بالرغم من توقعات المملكة أن يبلغ العجز ..."، "فاقت توقعات
  بيوت الخبرة التي كانت في حدود ..."، "ترفض دعوات عدد من الأعضاء لتحديد سعر ..."؛
- with the source as the subject of a verb that revises it: "خفض صندوق النقد الدولي توقعاته
  للنمو ..."، "وأبقى على توقعاته بنمو ..."، "لكنه حافظ على توقعاته لعام 2016".

A noun with neither ("مع توقعات بمزيد من الانخفاض") says whose it is nowhere: no record.
"""

from __future__ import annotations

from reader.core.text import fold

from .complements import _first_letter_len, _time_adverbial, comp_start, is_complement
from .context import Context
from .events import _skip_adverbs
from .cand import Cand
from .cues import PARTICIPLES, SAYING_NOUNS, VERB_PREPOSITION
from .outlets import match_outlet
from .phrases import _lookup
from .sources import parse_np
from .words import DUE_TO, ANON_HEADS, INDEF_ADJECTIVES, ORG_HEADS, SPEECH_EVENTS, bare, complementizer, folded_set, in_lexicon, is_definite, strip_possessive

#: Noun cues (folded, clitics written on them too): lemma of the verb they stand for.
_NOUNS = {"توقعات": "توقع", "توقع": "توقع", "تقديرات": "قدر", "دعوات": "دعا", "دعوة": "دعا", "إعلان": "أعلن",
          "تحذير": "حذر", "تحذيرات": "حذر", "تصريحات": "صرح"}
_LEMMAS = {fold(n): v for n, v in _NOUNS.items()}
_POSSESSIVE = ("ه", "ها", "هم", "هما")
_ANNOUNCEMENT = fold("إعلان")
_SPANS_OF_TIME = folded_set("أيام ساعات أسابيع أشهر شهور يوم يومين ساعة أسبوع أسبوعين شهر شهرين دقائق")
_AFTER_BEFORE = folded_set("بعد وبعد قبل وقبل عقب")
_KANA = folded_set("كانت وكانت كان وكان")
_WARN = fold("حذر")
_STATE = fold("صرح")
#: "(تحذيرات) أطلقتها الهيئة"، "(دعوات) وجهها …": a relative verb whose subject issued them.
_ISSUED_IT = folded_set("أطلقتها أطلقها أصدرتها أصدرها وجهتها وجهها أطلقوها أطلقته أطلقته")
_ANNOUNCERS = ("named_organization", "named_person", "unnamed_official", "media")
#: Verbs that revise a forecast ("خفض الصندوق توقعاته"): their subject owns it.
_REVISE = folded_set(
    """خفض وخفض فخفض رفع ورفع عدل وعدل راجع وراجع أبقى وأبقى حافظ وحافظ ثبت وثبت قلص وقلص
    خفضت وخفضت رفعت ورفعت عدلت وعدلت أبقت وأبقت حافظت وحافظت ثبتت وثبتت قلصت وقلصت"""
)
_SOURCE_KINDS = ("named_organization", "named_person", "anonymous", "unnamed_official", "media", "document")


def noun_forms() -> frozenset[str]:
    out = set()
    for noun in _NOUNS:
        for pre in ("", "و", "ب", "ل", "ال", "وال", "بال", "لل"):
            out.add(fold(pre + noun))
            if not pre.endswith("ال") and pre != "لل":
                out.update(fold(pre + noun + p) for p in _POSSESSIVE)
    return frozenset(out)


NOUN_CUES = noun_forms()  # (and the masdars after a governing verb: MASDAR_CUES, added below)


def _split(norm: str) -> tuple[str, str, str] | None:
    """(proclitics, noun, possessive) of a noun cue form."""
    for noun in sorted((fold(n) for n in _NOUNS), key=len, reverse=True):
        k = norm.find(noun)
        if k < 0:
            continue
        pre, post = norm[:k], norm[k + len(noun):]
        if post in ("",) + _POSSESSIVE and pre in ("", "و", "ب", "ل", "ال", "وال", "بال", "لل"):
            return pre, noun, post
    return None


#: "تستعد لإعلان"، "تمهيدا لإعلان": an announcement still to come.
_PREPARING = folded_set("تستعد يستعد وتستعد ويستعد تتجه يتجه وتتجه ويتجه تعتزم يعتزم وتعتزم ويعتزم تخطط يخطط "
                        "تسعى يسعى تمهيدا استعدادا تحضر يحضر وتحضر ويحضر")


_SINCE_AFTER = folded_set("منذ عقب إثر اثر فور بعيد قبيل")
_AWAITING = folded_set("يترقب يترقبون تترقب ترقب ينتظر ينتظرون تنتظر انتظار بانتظار يتطلع يتطلعون تتطلع ويترقب ويترقبون وتترقب وينتظر وينتظرون وتنتظر")


def parse_noun(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    if ctx.norms[i] in MASDAR_CUES:
        c = parse_masdar(ctx, i, sent_a, sent_b)
        if c is not None:
            return c
    parts = _split(ctx.norms[i])
    if parts is None:
        return None
    pre, noun, possessive = parts
    if pre in ("ل", "لل") and i > sent_a and ctx.words[i - 1] and not is_definite(ctx.norms[i - 1]) \
            and ctx.norms[i - 1] not in _ACCORDING_LAM:
        return None  # "تجري مراجعة لتقديرات الموازنة": what is revised, after a verbal noun; not «وفقا لتقديرات»
    if pre == "ل" and any(ctx.words[t] and ctx.norms[t] in _PREPARING for t in range(max(sent_a, i - 4), i)):
        return None  # "وتستعد الحكومة لإعلان برنامج": what it is about to announce, nothing said yet
    if i - 2 >= sent_a and ctx.words[i - 1] and ctx.norms[i - 1] == "ان" and ctx.words[i - 2] \
            and ctx.norms[i - 2] in DUE_TO:
        return None  # "ومن المنتظر أن توقع الشركتان اتفاقية": to be signed, no forecast
    definite = pre.endswith("ال") or pre == "لل"
    if noun == _ANNOUNCEMENT and not pre and i - 3 >= sent_a and ctx.norms[i - 1] == "من" \
            and ctx.norms[i - 2] in _SPANS_OF_TIME and ctx.norms[i - 3] in _AFTER_BEFORE:
        return None  # "بعد أيام من إعلان وزارة المالية رفع الأسعار": when, not what it said
    if noun == _ANNOUNCEMENT and not pre and i > sent_a and ctx.words[i - 1] and (
            ctx.norms[i - 1] in _SINCE_AFTER or any(ctx.words[t] and ctx.norms[t] in _AWAITING
                                                    for t in range(max(sent_a, i - 3), i))):
        return None  # "منذ إعلان الحكومة التخلف عن السداد": when; "ويترقب المستثمرون إعلان الشركة": not yet said
    c = Cand(i, i + 1, "noun", i, i + 1, lemma=fold(_LEMMAS[noun]))
    if c.lemma == _STATE:
        return None if possessive or definite else _statements_that(ctx, c, i, sent_b)
    if not possessive and not definite and i + 2 < sent_b and ctx.words[i + 1] and ctx.norms[i + 1] in _ISSUED_IT:
        np = parse_np(ctx, i + 2, sent_b)  # "تحذيرات أطلقتها هيئة السوق المالية من …": who issued them
        if np is None or np.start != i + 2 or np.kind not in _SOURCE_KINDS or np.end >= sent_b:
            return None
        own = VERB_PREPOSITION.get(c.lemma)
        k = np.end
        if own and ctx.words[k] and (ctx.norms[k] == own or (own == "ب" and ctx.norms[k][:1] == "ب")) and k + 1 < sent_b:
            c.np, c.phrase_end = np, k
            c.claim_tok, c.obj = k + 1, True
            return c
        return None
    j = i + 1
    if not possessive and not definite and j < sent_b and ctx.words[j] \
            and not (ctx.norms[j][:1] == "ل" and not ctx.norms[j].startswith("ال")):
        # ("إصدار تحذير للمستثمرين": whom it is for, not whose it is)
        np = parse_np(ctx, j, sent_b)
        if np is not None and np.kind in _SOURCE_KINDS and not _claim_word(ctx, np.start) \
                and not (noun == _ANNOUNCEMENT and np.kind not in _ANNOUNCERS):
            c.np, j = np, np.end  # توقعات المملكة، دعوات عدد من الأعضاء (إعلان النتائج: what is announced)
            if noun == _ANNOUNCEMENT and j < sent_b and ctx.words[j] \
                    and strip_possessive(bare(ctx.norms[j])) in _RESULTS_AND_DATES:
                return None  # "مع بدء إعلان البنوك نتائجها": results published, no claim of theirs
            if noun == _ANNOUNCEMENT and j < sent_b and ctx.words[j] and ctx.norms[j][:1] == "و" \
                    and not ctx.norms[j].startswith("وال") and len(ctx.norms[j]) >= 4:
                return None  # "وخالفوا بذلك إعلان دار الإفتاء وحاولت …": the next clause, nothing announced
            from .cues import VERB_FORMS

            t = j + 1 if j < sent_b and ctx.words[j] and ctx.norms[j] in ("قد", "وقد") else j
            if t < sent_b and ctx.words[t] and ctx.norms[t] in VERB_FORMS and VERB_FORMS[ctx.norms[t]].prefix == "" \
                    and i > sent_a and ctx.norms[i - 1] in _KANA:
                return None  # "وكانت توقعات بنك X قد ذهبت إلى أن": the forecasts are the verb's subject, one record
    if c.np is not None and i > 0 and ctx.words[i - 1] and complementizer(ctx.norms[i - 1]) \
            and ctx.norms[i - 1] != "بان" and not _that_right_after(ctx, j, sent_b) \
            and not (j < sent_b and ctx.words[j] and ctx.norms[j] in _FIGURE_FOLLOWS):
        return None  # "أن تقديرات المذكرة «متحفظة»، موضحا أن …": the subject of another's claim, a cue after it
    if c.np is None:
        owner = _reviser(ctx, i, sent_a)
        if owner is None:
            return None
        if isinstance(owner, int):
            c.implied, c.phrase_start = True, owner  # the verb: "، وأبقى على توقعاته" starts a clause
        else:
            c.np, c.sv, c.phrase_start = owner, True, owner.start
    return _noun_claim(ctx, c, j, sent_b)


def _statements_that(ctx: Context, c: Cand, i: int, sent_b: int) -> Cand | None:
    """"تصريحات (سابقة) للمتحدث باسم الهيئة بأن …"، "تصريحات الوزير بأن …": statements said to
    hold a claim, with whose they are (a genitive, or ل) and بأن/أن right after; nothing else
    (a statement as an occasion, "في تصريحات لـ«الرياض»"، is the verb's)."""
    norms = ctx.norms
    k = i + 1
    while k < sent_b and ctx.words[k] and norms[k] in INDEF_ADJECTIVES:
        k += 1  # (سابقة، أخيرة، صحفية)
    if k >= sent_b or not ctx.words[k] or match_outlet(ctx, k, sent_b, preposition=True) is not None:
        return None
    lam = norms[k][:1] == "ل" and not norms[k].startswith("ال")
    np = parse_np(ctx, k, sent_b, strip="ل" if lam else "")
    if np is None or np.start != k or np.kind not in ("named_person", "named_organization", "unnamed_official", "anonymous"):
        return None
    e = _time_adverbial(ctx, _skip_adverbs(ctx, np.end, sent_b), sent_b)  # ("… X مطلع الأسبوع بأن": when)
    if not (e < sent_b and ctx.words[e] and norms[e] in ("بان", "ان", "أن", "بأن")):
        return None
    c.np, c.phrase_end = np, np.end
    c.claim_tok = comp_start(ctx, e, sent_b)
    return c


def _claim_word(ctx: Context, k: int) -> bool:
    """A genitive that is what is forecast, not who forecasts (توقعات نمو الاقتصاد)."""
    n = ctx.norms[k]
    if _lookup(n, ANON_HEADS) or _lookup(n, ORG_HEADS) or k in ctx.entity_at:
        return False  # توقعات بيوت الخبرة، توقعات شركة …
    return not n.startswith("ال") and not n.startswith(("عدد", "بعض"))


def _reviser(ctx: Context, i: int, sent_a: int):
    """The subject of the verb that revises the forecast at ``i`` ("خفض الصندوق توقعه"), the
    verb's token when its subject is implied, or None when no such verb governs it."""
    k = i - 1
    if k >= sent_a and ctx.words[k] and ctx.norms[k] == "علي":
        k -= 1  # أبقى على توقعاته
    for v in range(k, max(sent_a - 1, k - 8), -1):
        if not ctx.words[v]:
            return None
        if ctx.norms[v] in _REVISE:
            if v == k and v - 2 >= sent_a and ctx.norms[v - 1] == "قد":
                from .subjects import _kana_subject

                np = _kana_subject(ctx, v, sent_a, len(ctx.norms))
                if np is not None and np.kind in _SOURCE_KINDS:
                    return np  # "وكان صندوق النقد الدولي قد خفض توقعاته": the subject between كان and قد
            if v == k:
                return v  # implied: "وأبقى على توقعاته"، "لكنه حافظ على توقعاته"
            np = parse_np(ctx, v + 1, k + 1)
            if np is not None and np.end == k + 1 and np.kind in _SOURCE_KINDS:
                return np
            return None
    return None


_COMPARED = folded_set("مع ومع مقارنة مقابل")


_ACCORDING_LAM = folded_set("وفقا ووفقا طبقا وطبقا استنادا واستنادا نظرا")
_BEYOND = folded_set("دون فوق تفوق يفوق فاقت فاق تجاوزت تجاوز خالفت خالف")


_BENCHMARK = folded_set("يفوق تفوق فاق فاقت فوق دون تجاوز تجاوزت يتجاوز تتجاوز خالف خالفت يخالف تخالف")
_THAN = folded_set("أقل اقل أعلى اعلى أكثر اكثر أدنى ادنى أكبر اكبر أفضل افضل أسوأ اسوا")


def _benchmark_or_subject(ctx: Context, i: int, owner: int) -> bool:
    """The noun at ``i`` is a benchmark with no figure of its own ("بما يفوق توقعات المحللين
    بكثير"، "أقل من تقديرات البنك"; but "متوسط توقعات المحللين 0.24 يورو" is theirs) or the subject of a clause that is someone else's claim ("أن تقديرات
    الحكومة «مبالغ فيها»"): nothing is said in it. (Not when a verb revises it: ``owner`` >= 0.)"""
    if owner >= 0 or i < 1:
        return False
    k = i - 1
    if not ctx.words[k]:
        return False
    n = ctx.norms[k]
    if n in _BENCHMARK:
        return True
    if n == "من" and any(ctx.norms[t] in _THAN for t in range(max(0, k - 4), k)) \
            and all(ctx.words[t] for t in range(max(0, k - 4), k)):
        return True  # ("أقل بنقطة مئوية كاملة من تقديرات البنك")
    if complementizer(n) and n not in ("بان",):
        return True
    if n == "مع" and k > 0 and ctx.words[k - 1] and ctx.norms[k - 1] in _IN_LINE:
        return True  # "جاء أداء الميناء متماشيا مع توقعات الإدارة": a benchmark met, nothing said
    return False


_EXCEEDING = folded_set("""متجاوزا متجاوزة متجاوزين متجاوزتين متخطيا متخطية متفوقا متفوقة فائقا فائقة مخالفا مخالفة
    متجاوزاً متخطياً متفوقاً مخالفاً""")


_IN_LINE = folded_set("متماشيا متماشية تماشيا متوافقا متوافقة توافقا متسقا متسقة اتساقا انسجاما منسجما منسجمة متفقا متفقة")


_FIGURE_FOLLOWS = folded_set("التي الذي البالغة البالغ البالغين")


def _that_right_after(ctx: Context, j: int, sent_b: int) -> bool:
    """إن/أن at ``j`` (after a comma, maybe): the noun's own claim follows it."""
    while j < sent_b and not ctx.words[j] and ctx.raw[j] in "،,":
        j += 1
    return j < sent_b and ctx.words[j] and complementizer(ctx.norms[j])


def _noun_claim(ctx: Context, c: Cand, j: int, sent_b: int) -> Cand | None:
    """After أن (توقعات المملكة أن …)، after التي كانت / البالغة, else what follows the noun."""
    if j < sent_b and not ctx.words[j] and ctx.raw[j] in "،,." and c.cue_a > 0 and ctx.words[c.cue_a - 1] \
            and ctx.norms[c.cue_a - 1] in _BEYOND:
        return None  # "وجاءت النتائج دون توقعات المحللين،": a comparison with nothing said in it
    if c.cue_a > 0 and ctx.words[c.cue_a - 1] and ctx.norms[c.cue_a - 1] in _EXCEEDING and not c.sv:
        return None  # "، متجاوزا توقعات المحللين"، "متجاوزا تقديرات الميزانية البالغة …": a figure compared
    while j < sent_b and not ctx.words[j] and ctx.raw[j] in "،,":
        j += 1
    if j >= sent_b:
        return None
    if ctx.norms[j] in ("الذين", "التي", "الذي") and c.np is not None and not (
            j + 1 < sent_b and ctx.norms[j + 1] in ("كانت", "كان")):
        return None  # "تقديرات مؤسسة «غارتنر»، التي توقعت أن …": the relative clause's verb is the cue
    for k in range(j, min(sent_b, j + 3)):
        if ctx.words[k] and ctx.norms[k] in PARTICIPLES:
            break  # ("متماشيا مع توقعات الإدارة، مؤكدا أن": the participle's أن, another record)
        if is_complement(ctx, k, sent_b) and complementizer(ctx.norms[k]):
            c.claim_tok = comp_start(ctx, k, sent_b)
            c.phrase_end = k
            return c
    n = ctx.norms[j]
    if n in ("التي", "الذي") and j + 2 < sent_b and ctx.norms[j + 1] in ("كانت", "كان"):
        j += 2  # توقعات بيوت الخبرة التي كانت في حدود ...
    elif n in ("البالغه", "البالغ", "البالغين"):
        j += 1  # تقديرات X البالغة ...
    elif n in ("الذين", "التي", "الذي") and c.np is not None:
        return None  # "توقعات المحللين الذين توقعوا …": the relative clause holds the attribution, if any
    elif n in _COMPARED:
        return None  # "وتتقاطع تقديرات البنك مع توقعات الصندوق": the estimate compared, nothing said here
    elif _benchmark_or_subject(ctx, c.cue_a, c.phrase_start if c.sv else -1):
        return None  # "بما يفوق توقعات المحللين بكثير"، "أقل من تقديرات البنك"، "أن تقديرات الحكومة «مبالغ فيها»"
    elif n in ("بعد", "قبل", "عقب", "إثر", "اثر"):
        return None  # "وجاءت تحذيرات الوزارة بعد أن …": when they came, nothing said here
    elif j + 1 < sent_b and ctx.words[j + 1] and n == VERB_PREPOSITION.get(c.lemma):
        j += 1  # "إعلان الشركة عن خطة …"، "تحذير الصندوق من …"، "دعوة الأمم المتحدة إلى …": its preposition
    if j < sent_b and ctx.words[j] and ctx.norms[j][:1] == "ب" and len(ctx.norms[j]) > 3 \
            and not ctx.norms[j].startswith("بال"):
        c.claim_char = ctx.starts[j] + _first_letter_len(ctx.raw[j])  # توقعاته بنمو منطقة اليورو
    c.claim_tok = j
    c.phrase_end = j
    c.obj = True
    comma = next((t for t in range(j + 1, sent_b) if not ctx.words[t] and ctx.raw[t] in "،,"), -1)
    if comma > j and c.lemma == _WARN:
        c.claim_end = comma  # "في ظل تحذيرات الصندوق من تراجع النمو، قررت الحكومة …": the clause goes on
    return c if j < sent_b and (ctx.words[j] or ctx.raw[j][:1].isdigit()) else None


#: "على حد قول محللين"، "على حد تعبير X": the clause before is what the source said.
AS_SAID = frozenset({fold("على"), fold("وعلى")})
_SAID_NOUNS = folded_set("قول تعبير وصف")


def parse_as_said(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    """"…، على حد قول محللين": a cue of three words after the clause, with its source; the
    speaker's own "على حد تعبيره" is left to the record it belongs to. "…، على ما أعلنت الهيئة
    أمس." is the same cue as "كما أعلنت"."""
    if i >= sent_a + 2 and i + 2 < sent_b and ctx.words[i + 1] and ctx.norms[i + 1] == "ما" \
            and ctx.is_punct(i - 1, "،,") and ctx.words[i + 2]:
        from .cues import VERB_FORMS
        return _reported_by(ctx, i, i + 2, VERB_FORMS.get(ctx.norms[i + 2]), sent_b)
    if i + 2 < sent_b and i >= sent_a + 2 and ctx.words[i + 1] and ctx.norms[i + 1] == "حد" \
            and ctx.words[i + 2] and ctx.norms[i + 2] in SAYING_NOUNS and (i > sent_a + 2 or ctx.is_punct(i - 1, "،,")):
        # "…، على حد قوله": the speaker's own words marked again, a record like "حسب قوله"
        gender = SAYING_NOUNS[ctx.norms[i + 2]]
        np = person_of_sentence(ctx, sent_a, i - 1, feminine=gender == "f") if ctx.is_punct(i - 1, "،,") else None
        if np is not None:
            # "ويتفق معه جاره …، سالم (30 عاما)، في أن …، على حد قوله": the one the sentence is about
            c = Cand(i, i + 3, "prep", i, np.end, np=np, gender=gender)
            c.mode, c.sv, c.phrase_start = "before", True, i
            return c
        c = Cand(i, i + 3, "prep", i, i + 3, implied=True, gender=gender)
        c.mode = "before"  # (also set inside its clause: "فالتراجع، على حد قوله، «طبيعي …»")
        return c
    if not (i + 3 < sent_b and i > sent_a + 2 and ctx.words[i + 1] and ctx.norms[i + 1] == "حد"
            and ctx.words[i + 2] and ctx.norms[i + 2] in _SAID_NOUNS and ctx.words[i + 3]):
        return None
    np = parse_np(ctx, i + 3, sent_b)
    if np is None or np.kind not in _SOURCE_KINDS or np.kind == "document":
        return None
    c = Cand(i, i + 3, "prep", i, np.end, np=np)
    c.mode = "before"
    return c


_RESULTS_AND_DATES = folded_set("نتائج نتيجة أرباح مواعيد موعد أسماء جداول قوائم")
#: "وفي رأي متعاملين، فإن …"، "ومن وجهة نظر العمري، فإن …": whose view the clause is.
IN_VIEW = folded_set("في وفي ومن من")
_VIEW = fold("رأي")
_VIEWPOINT = folded_set("وجهة")
_OPINION_OF = folded_set("نظر")
_HIS_VIEW = {fold("نظره"): "m", fold("نظرها"): "f", fold("رأيه"): "m", fold("رأيها"): "f"}


def parse_in_view(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    """"في رأي X، فإن …" and "من وجهة نظر X، فإن …": the clause after فإن is X's view; with a
    pronoun ("من وجهة نظره") it is the view of the one who spoke last."""
    norms = ctx.norms
    n = norms[i]
    if n in ("في", "وفي") and i + 1 < sent_b and ctx.words[i + 1] and (norms[i + 1] == _VIEW or norms[i + 1] in _HIS_VIEW):
        k = i + 2
        mine = norms[i + 1] in _HIS_VIEW
        word = i + 1
    elif n in ("من", "ومن") and i + 2 < sent_b and ctx.words[i + 2] and norms[i + 1] in _VIEWPOINT and (
            norms[i + 2] in _OPINION_OF or norms[i + 2] in _HIS_VIEW):
        k = i + 3
        mine = norms[i + 2] in _HIS_VIEW
        word = i + 2
    else:
        return None
    if not (i == sent_a or ctx.is_punct(i - 1, "،,")):
        return None  # (the view of X only where it opens the sentence or a clause)
    if mine:
        c = Cand(i, k, "prep", i, k, implied=True, gender=_HIS_VIEW[norms[word]])
        e = k
    else:
        if k >= sent_b or not ctx.words[k]:
            return None
        np = parse_np(ctx, k, sent_b)
        if np is None or np.start != k or np.kind not in ("named_person", "unnamed_official", "anonymous",
                                                          "named_organization"):
            return None
        c = Cand(i, k, "prep", i, np.end, np=np)
        e = np.end
    if e < sent_b and ctx.is_punct(e, "،,"):
        e += 1
    if e < sent_b and ctx.words[e] and norms[e] in ("فان", "فانه", "فانها"):
        c.claim_tok = e + 1 if norms[e] == "فان" else e  # (فإنه: the pronoun is the claim's subject)
        if norms[e] != "فان":
            c.claim_char = ctx.starts[e] + 1
        c.phrase_end = e
        return c
    return None


_WAS_FORMS = folded_set("كان كانت وكان وكانت")


def person_of_sentence(ctx: Context, a: int, b: int, feminine: bool = False):
    """The person a sentence names before token ``b`` as the one it is about (not inside marks),
    when no reporting verb of his comes right before him; None otherwise."""
    from .cues import VERB_FORMS

    marked = {u for o, e in ctx.quote_open_tok.items() if a <= o < b for u in range(o, e + 1)}
    for t in range(a, b):
        if t in marked:
            continue  # ("لندن - «القدس العربي»: لم يكن المخرج …": a paper's name in marks is no one)
        if ctx.words[t] and ctx.norms[t] in VERB_FORMS:
            return None  # ("وقال X إن …، كما يقول، …"، "وقال مدير …، X، إن …، على حد قوله": his record already)
        if not (ctx.words[t] and (t in ctx.entity_at and ctx.entity_at[t].type == "PER" or is_definite(ctx.norms[t]))) \
                or ctx.norms[t] in _WAS_FORMS:
            continue
        np = parse_np(ctx, t, b, feminine=feminine)
        if np is None or np.start != t or np.kind != "named_person" or not np.named:
            continue
        return np
    return None


#: "…، كما أفاد مراسل فرانس برس"، "…، كما أعلنت الرئاسة الفرنسية": a trailing cue.
AS_REPORTED = frozenset({fold("كما"), fold("وكما")})
_REPORTERS = folded_set("مراسل مراسلة")
_WITHOUT = folded_set("دون بدون")
_IN_EVENT = folded_set("في خلال عبر")
_RELAYED = fold("نقل")
_SAID = fold("قال")
_FROM_HIM = folded_set("عنه عنها عنهم عنهما")
_TRAIL_FILLERS = folded_set("أمس اليوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت مساء صباح")


def parse_as_reported(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    """كما + a reporting verb + its source at the end of a clause: the clause before is what
    the source reported. "كما أكد الوزير أن …" (كما "also") is left to the verb."""
    from .cues import VERB_FORMS

    j = i + 1
    if i < sent_a + 2 or j >= sent_b or not ctx.words[j]:
        return None
    vf = VERB_FORMS.get(ctx.norms[j])
    if vf is not None and vf.person == 3 and not vf.prefix and vf.lemma == _SAID and ctx.is_punct(i - 1, "،,") \
            and (j + 1 == sent_b or ctx.is_punct(j + 1, "،,.")):
        # "لم يكن المواطن علي الشهري يتوقع أن تتحول بطاقته إلى «ورقة بلا قيمة»، كما يقول، بعد أن …":
        # the clause before in the words of the one it is about (not a speaker's record again)
        np = person_of_sentence(ctx, sent_a, i - 1, feminine=vf.gender == "f")
        if np is None:
            return None
        c = Cand(i, j + 1, "prep", i, np.end, np=np, gender=vf.gender, number=vf.number, verb=vf, lemma=vf.lemma)
        c.mode, c.sv, c.phrase_start = "before", True, i
        return c
    return _reported_by(ctx, i, j, vf, sent_b)


def _reported_by(ctx: Context, i: int, j: int, vf, sent_b: int) -> Cand | None:
    """The verb at ``j`` (after كما or على ما at ``i``) with its source, and nothing but a time
    or where it was said after it to the sentence's end: a cue after the clause it reports."""
    if vf is None or vf.person != 3 or vf.tense != "perf" or vf.prefix:
        return None
    s = j + 1
    if vf.lemma == _RELAYED and s + 1 < sent_b and ctx.words[s] and ctx.norms[s] in _FROM_HIM:
        s += 1  # "…، كما نقلت عنه مصادر برلمانية": what sources told of him (an outlet is his via)
    np = parse_np(ctx, s, sent_b, feminine=vf.gender == "f")
    if np is None or np.kind not in _SOURCE_KINDS:
        return None
    k = np.end
    if np.kind == "unnamed_official" and np.head in _REPORTERS:
        m = match_outlet(ctx, k, sent_b)
        if m is not None and not m.anaphor:
            np.end = k = m.end  # "كما أفاد مراسل فرانس برس": the outlet's reporter
            np.src_end, np.kind = ctx.ends[k - 1], "media"
    while k < sent_b and ctx.words[k] and ctx.norms[k] in _TRAIL_FILLERS:
        k += 1
    if k < sent_b and ctx.words[k] and ctx.norms[k] in _WITHOUT:
        k = sent_b  # "كما قالت الوكالة دون توضيحات إضافية": what the source left out
    elif k + 1 < sent_b and ctx.words[k] and ctx.norms[k] in _IN_EVENT and ctx.words[k + 1] \
            and in_lexicon(ctx.norms[k + 1], SPEECH_EVENTS):
        k = sent_b  # "كما أعلنت الوزارة في بيان": where it said so
    if any(ctx.words[t] for t in range(k, sent_b)):
        return None
    c = Cand(i, j + 1, "prep", i, np.end, np=np, gender=vf.gender, number=vf.number, verb=vf, lemma=vf.lemma)
    c.mode = "before"
    return c


#: "وجاء في البيان أن …"، "كما جاء في تقرير الوزارة": what a document says, its cue two words.
CAME_IN = frozenset(fold(w) for w in ("جاء", "وجاء", "فجاء", "وقد جاء"))
_TEXT_OF = folded_set("نص نصه نصها")
#: Rulings and court papers: "وجاء في قرار الحكم/لائحة الاتهام/حيثيات الحكم أن".
_RULINGS = folded_set("قرار القرار حكم الحكم لائحة حيثيات محضر عريضة مذكرة صحيفة أمر الأمر منطوق")


def parse_came_in(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    from .between import skip_to_complement
    from .cues import VERB_FORMS
    from .complements import comp_start, is_complement
    from .phrases import NP, def_chain

    if i + 2 >= sent_b or not ctx.words[i + 1] or ctx.norms[i + 1] != "في" or not ctx.words[i + 2]:
        return None
    k = i + 2
    if ctx.norms[k] in _TEXT_OF and k + 1 < sent_b and ctx.words[k + 1]:
        e = def_chain(ctx, k + 1, sent_b)  # "نص القرار": the text of the resolution
        np = NP(k, e, ctx.starts[k], ctx.ends[e - 1], "document", ctx.norms[k], definite=True) if e > k + 1 else None
    else:
        np = parse_np(ctx, k, sent_b)
    if np is None and in_lexicon(ctx.norms[k], SPEECH_EVENTS):
        np = NP(k, k + 1, ctx.starts[k], ctx.ends[k], "document", ctx.norms[k])  # "جاء في مقال …"
    if (np is None or np.kind not in ("document", "media")) and ctx.norms[k] in _RULINGS:
        e = def_chain(ctx, k + 1, sent_b) if k + 1 < sent_b and ctx.words[k + 1] else k + 1
        np = NP(k, e, ctx.starts[k], ctx.ends[e - 1], "document", ctx.norms[k])  # "وجاء في قرار الحكم أن"
    if np is None or np.kind not in ("document", "media"):
        return None
    c = Cand(i, i + 2, "verb", i, np.end, np=np, gender="m", lemma=fold("جاء"))
    j = skip_to_complement(ctx, c, np.end, sent_b)
    if j >= sent_b or not is_complement(ctx, j, sent_b):
        # "جاء في مقال نشر في صحيفة X أن": a short clause on the text, the outlet its via
        far = next((t for t in range(np.end, min(sent_b, np.end + 12)) if is_complement(ctx, t, sent_b)
                    or (ctx.words[t] and ctx.norms[t] in VERB_FORMS
                        and VERB_FORMS[ctx.norms[t]].lemma != fold("نشر"))), -1)  # (نشر: the clause itself)
        if far < 0 or not is_complement(ctx, far, sent_b):
            return None
        for t in range(np.end, far):
            if ctx.words[t] and ctx.norms[t] == "في" and c.via is None:
                m = match_outlet(ctx, t + 1, far)
                if m is not None and not m.anaphor:
                    c.via = m
        j = far
    c.claim_tok = comp_start(ctx, j, sent_b)
    c.phrase_end = j
    return c


#: Verbal nouns of reporting verbs governed by another verb (issue 9: "دفع المؤسسة إلى التحذير
#: من"، "سارع المفتي إلى التأكيد على أن"، "جدد الوزير التأكيد على أن"): the masdar is the cue.
_MASDARS = {fold(w): fold(v) for w, v in (("التأكيد", "أكد"), ("التحذير", "حذر"), ("التنويه", "نوه"),
                                           ("الإشارة", "أشار"), ("التشديد", "شدد"), ("الإعلان", "أعلن"))}
MASDAR_CUES = frozenset(_MASDARS) | frozenset("لل" + m[2:] for m in _MASDARS)
#: Verbs that govern such a masdar: their subject (or, for دفع، the one pushed) is the source.
_HASTEN = folded_set("سارع سارعت وسارع وسارعت بادر بادرت وبادر وبادرت")
_RENEW = folded_set("جدد جددت وجدد وجددت أعاد أعادت وأعاد وأعادت يعيد تعيد ويعيد وتعيد عاد عادت وعاد وعادت "
                    "واصل واصلت وواصل وواصلت")
_PUSH = folded_set("دفع دفعت ودفع ودفعت يدفع")
#: What comes after the masdar before its claim.
_MASDAR_LINKS = folded_set("على علي من عن إلى الي")


def _VERBS():
    from .cues import VERB_FORMS

    return VERB_FORMS


def parse_masdar(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    norm = ctx.norms[i]
    lemma = _MASDARS.get(norm) or _MASDARS.get("ال" + norm[2:] if norm.startswith("لل") else "")
    if lemma is None:
        return None
    # the governing verb a few words back, and whose statement it is
    k = i - 1
    if not norm.startswith("لل") and k >= sent_a and ctx.words[k] and ctx.norms[k] in ("الي", "إلى"):
        k -= 1  # سارع إلى التأكيد، دفع X إلى التحذير
    np = None
    implied = False
    for v in range(k, max(sent_a - 1, k - 10), -1):
        if not ctx.words[v]:
            return None
        n = ctx.norms[v]
        if n in _HASTEN or n in _RENEW or n in _PUSH:
            if v == k:
                implied = n not in _PUSH  # "وسارع إلى التأكيد": he
            else:
                np = parse_np(ctx, v + 1, k + 1)
                if np is None or np.kind not in _SOURCE_KINDS or np.end > k + 1 or k + 1 - np.end > 5 \
                        or not all(ctx.words[t] and ctx.norms[t] not in _VERBS() for t in range(np.end, k + 1)):
                    return None  # (a post after the name may stand before إلى: "علي جمعة مفتي الديار المصرية")
            break
    else:
        return None
    if np is None and not implied:
        return None
    c = Cand(i, i + 1, "noun", i, i + 1, np=np, implied=implied, lemma=lemma, sv=np is not None)
    c.phrase_start = v
    j = i + 1
    if j < sent_b and ctx.words[j] and ctx.norms[j] in _MASDAR_LINKS:
        j += 1
    if j < sent_b and is_complement(ctx, j, sent_b) and complementizer(ctx.norms[j]):
        c.claim_tok = comp_start(ctx, j, sent_b)
    elif j < sent_b and ctx.words[j] and j > i + 1:
        c.claim_tok = j  # "التحذير من انهيار وشيك": what it warns of
        c.obj = True
    else:
        return None
    c.phrase_end = j
    return c


NOUN_CUES = NOUN_CUES | MASDAR_CUES
