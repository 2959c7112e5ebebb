"""Claim spans: where each claim of a sentence ends, which cues are nested in another claim,
and trimming to the shape attribution.json uses (no surrounding spaces or trailing
punctuation; a claim that is one quotation is the text inside the marks, a direct quote).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.text import fold

from .context import CREDITS, Context
from .cues import SAYING_NOUNS, VERB_FORMS, VERB_PREPOSITION
from .other_cues import SAYING_BY
from .cand import Cand
from .phrases import _is_place, _stopword
from .words import SPEECH_EVENTS, THAT_IS, complementizer, folded_set, in_lexicon, is_definite

_WHEREBY_AFTER_COMMA = folded_set("حيث إذ اذ")
_CONNECT = folded_set("فيما بينما حين في غير إلا لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ولكنهم كما وكما ثم و وفيما وبينما")
#: أن and its pronoun forms after غير/إلا: "، غير أنه حذر" starts a new clause of the speaker.
_ANNA = folded_set("أن أنه أنها أنهم أنهما")
_IT_IS = folded_set("وهو وهي وهذا وذلك")
_SOFT = folded_set("فيما وفيما")
#: "، بينما …" goes on with what a source showed ("أظهرت البيانات أن A، بينما B"), unless a quotation
#: closed right before it.
_WHILE_AFTER_QUOTE = folded_set("بينما وبينما")
_ASKING_NOT = folded_set("طالبا طالبة طالبين طالبات مفضلا مفضلة مفضلين رافضا رافضة رافضين مشترطا مشترطة مشترطين")
#: A new report with its own subject, written without a comma: "… وقال بيان المنظمة إن".
_NEW_REPORT = folded_set("وقال وقالت وأضاف وأضافت وأكد وأكدت وأوضح وأوضحت وذكر وذكرت")
_BUT_HE = folded_set("لكنه لكنها لكنهم ولكنه ولكنها ولكنهم")
_GOES_ON = folded_set("قال أضاف أكد أوضح أشار استدرك شدد")
_IT_IS_NOTED = folded_set("يذكر ويذكر يشار ويشار يلاحظ ويلاحظ")
#: "، ما دفع سهمها للارتفاع": what the act led to, the narrator's (after an object claim).
_WHAT = folded_set("ما مما")
_LED_TO = folded_set("دفع أدى ساهم أسهم انعكس يعني يعكس جعل رفع خفض قاد عزز")
_OBJ_ENDERS = folded_set("بعد وبعد قبل عقب إثر غداة وسط حيث وحيث وهو وهي خاصة لكنه لكنها ولكنه ولكنها الأمر "
                          "بارتفاع بانخفاض بزيادة بتراجع بنمو غير إلا بيد لكن ولكن")
#: Participles of acts that are not claims (praising, condemning, welcoming, thanking): after
#: a comma they describe what the speaker did next, so the reported clause ends before them.
_ACT_PARTICIPLES = frozenset(
    pre + fold(stem + end)
    for stem in ("مندد", "مرحب", "مثمن", "متمني", "شاكر", "مهنئ", "مستنكر",
                 # accusing, protesting, expressing: acts of the speaker, not a second claim
                 "متهم", "معرب", "محمل")
    for end in ("ا", "ة", "ين", "ات", "اً")
    for pre in ("", "و")
)
# (with the direction marks, no-break spaces and joiners that pages copied from the web carry)
_INVISIBLE = "\r\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202f\u2066\u2067\u2068\u2069\ufeff"
_LEAD_STRIP = " \t\n،,:؛;-–—" + _INVISIBLE
_TRAIL_STRIP = " \t\n.،,:؛;!؟?-–—…" + _INVISIBLE


_WHILE = frozenset(fold(w) for w in ("بينما", "فيما", "في حين"))


def break_point(ctx: Context, c: Cand, sent_a: int) -> int:
    """The token where the clause before ``c`` ends, or -1 when ``c`` sits inside a clause
    (nested in another claim)."""
    p = c.phrase_start
    k = p - 1
    while k >= sent_a and ctx.words[k] and (
        ctx.norms[k] in _CONNECT or (ctx.norms[k] in _ANNA and k > sent_a and ctx.norms[k - 1] in ("غير", "الا"))
        or (c.kind == "verb" and k == p - 1 and ctx.norms[k] == "ان" and k > sent_a and ctx.norms[k - 1] in ("قبل", "بعد")
            and c.verb is not None and c.verb.tense == "imp" and c.np is None)
        or (c.kind == "verb" and k == p - 2 and ctx.norms[k] in ("قبل", "بعد") and ctx.norms[k + 1] == "ان"
            and c.np is None)
    ):
        k -= 1  # ("…، قبل أن يضيف أن …": his next words, a record of its own)
    if k < sent_a:
        return sent_a
    if c.kind == "verb" and k == p - 1 and k - 1 > sent_a and ctx.norms[k] in _WHEREBY_AFTER_COMMA \
            and ctx.is_punct(k - 1, "،,"):
        return k - 1  # "… إن القرار مهم، حيث أكد أن …"، "رحب بالقرار، إذ قال إن …": a record of its own
    if c.kind == "verb" and c.np is None and k == p - 1 and k - 2 > sent_a and ctx.words[k] and not is_definite(ctx.norms[k]) \
            and ctx.words[k - 1] and ctx.norms[k - 1] in ("وهو", "وهي") and ctx.is_punct(k - 2, "،,") \
            and c.verb is not None and c.verb.tense == "perf" and not c.verb.prefix and 0 < c.claim_tok \
            and complementizer(ctx.norms[c.claim_tok - 1]):
        return k - 2  # "…، وهو رقم توقع أن يستمر": the speaker's own forecast on the figure, a record of its own
    if c.kind == "verb" and k == p - 1 and k - 1 > sent_a and ctx.norms[k] in _WHILE and ctx.is_punct(k - 1, "،,") \
            and c.np is not None and not c.sv and c.np.named and c.np.kind in ("named_person", "named_organization"):
        return k - 1  # "اعتبر X أن …، بينما حذرت الدكتورة Y من أن …": another named source, a record of its own
    if getattr(c, "backref", False) and ctx.norms[k] in _IT_IS and k > sent_a and not ctx.words[k - 1] \
            and ctx.raw[k - 1] in "،,":
        return k - 1  # "…، وهو ما أكده وزير الاقتصاد": another source confirms the clause before
    if c.kind == "verb" and ctx.norms[p - 1] in _BUT_HE and ctx.words[k] and c.claim_tok > 0 \
            and (ctx.raw[c.claim_tok - 1] == ":" or c.claim_tok in ctx.quote_open_tok):
        return p - 1  # "... إنه لا يتوقع مزيدا، لكنه أضاف “...”": the speaker goes on, quoted
    if not ctx.words[k] and ctx.raw[k] in "،,؛;":
        return k
    if c.kind == "colon" and not ctx.words[k] and ctx.raw[k] in ".…":
        return k  # "«أرامكو» تنفي … .. ومحلل: …": the second part of a headline
    if c.kind == "verb" and ctx.norms[p - 1] in _BUT_HE and p - 1 == k + 1 and ctx.words[k] \
            and c.verb is not None and c.verb.tense == "perf" and c.lemma in _GOES_ON:
        return p - 1  # "… إن الخطة جاهزة لكنه أكد أن …": the speaker goes on, a new record
    if c.kind == "part":
        return p
    if c.kind == "verb" and c.sv and c.np is not None and c.np.start == p and c.np.end == c.cue_a \
            and ctx.raw[p][:1] == "و" and ctx.words[k] and k == p - 1 and c.verb is not None \
            and c.verb.tense == "imp" and not c.verb.prefix and _headline(ctx, p):
        return p  # "دمشق تؤكد «جدية» المفاوضات وتل أبيب تطالب بـ«ثمن»": a headline's second clause
    if c.kind == "verb" and c.implied and not c.sv and ctx.norms[c.cue_a][:1] == "و" and c.verb is not None \
            and c.verb.tense == "imp" and c.verb.prefix == "و" and p == c.cue_a and _headline(ctx, p):
        return p  # "الشورى ينتقد بطء «الإسكان» ويطالب بجدول زمني": a headline's second verb, the same subject
    if c.kind == "verb" and c.verb is None and ctx.norms[c.cue_a] in SAYING_BY and c.cue_a - 1 > sent_a \
            and ctx.words[c.cue_a - 1] and not complementizer(ctx.norms[c.cue_a - 1]):
        return c.cue_a  # "دعا … إلى تغيير الحكومة بقوله إن …": by saying, his own words again, a record of its own
    if c.kind == "verb" and c.implied and not c.sv and p == c.cue_a and c.verb is not None and c.verb.tense == "imp" \
            and second_appeal(ctx, c.verb, c.cue_a, c.cue_b, sent_a, len(ctx.norms)):
        return p  # "ويحذر الصليب الأحمر من كارثة ويطالب بهدنة": his second appeal
    if c.kind == "verb" and c.verb is not None and c.verb.prefix == "" and p - 1 > sent_a and ctx.norms[p - 1] in _BUT_HE \
            and second_appeal(ctx, c.verb, c.cue_a, c.cue_b, sent_a, len(ctx.norms)):
        return p - 1  # "…، لكنه طالب بتسريع …": the speaker's next demand, a record of its own
    if c.kind in ("verb", "noreply", "decline") and not c.sv and ctx.norms[c.cue_a][:1] == "و" and c.verb is not None \
            and (c.verb.tense == "perf" or c.lemma in _GOES_ON and not ctx.words[k]):
        return p  # (and "…، ويضيف ضاحكا: «…»": the speaker's next words, after a comma)
    if c.kind == "noreply" and ctx.norms[c.cue_a] == "ولم":
        return p
    if _run_in(ctx, c, k):
        return p
    return -1


#: Verbs of appeal whose claim is what they call for, after their own preposition.
_APPEALS = folded_set("طالب دعا حث حذر ناشد")
_DEMANDED = fold("طالب")


def second_appeal(ctx: Context, vf, i: int, j: int, sent_a: int, sent_b: int) -> bool:
    """"وحذرت اللجنة من كارثة وطالبت بهدنة"، "يحذر من … ويطالب بـ…": a verb of appeal with و,
    its own preposition next, after a reporting verb of its sentence in the same person and
    tense, with no إن/أن between (the first claim is a noun, not a clause): that speaker's
    second claim, a record of its own."""
    but = vf is not None and vf.prefix == "" and i - 1 >= sent_a and ctx.words[i - 1] and ctx.norms[i - 1] in _BUT_HE
    # ("… أن الأردن أحرز تقدما، لكنه طالب بتسريع …": but it demanded, the main speaker again)
    if vf is None or vf.lemma not in _APPEALS or (vf.prefix != "و" and not but) or j >= sent_b or not ctx.words[j]:
        return False
    n = ctx.norms[j]
    own = VERB_PREPOSITION.get(vf.lemma, "")
    if not (n == own or (own == "ب" or vf.lemma == _DEMANDED) and n[:1] == "ب" and len(n) > 3):
        return False
    for t in range(i - 1, max(sent_a, i - 30) - 1, -1):
        if not ctx.words[t]:
            continue
        if complementizer(ctx.norms[t]) and not but:
            return False  # ("قال إن الطالب متفوق وطالب بجامعة …": inside what he said, a student)
        f = VERB_FORMS.get(ctx.norms[t])
        if f is not None and f.lemma != vf.lemma and f.person == 3 and f.gender == vf.gender \
                and f.number == vf.number and f.tense == vf.tense:
            return True
    return False


def _headline(ctx: Context, k: int) -> bool:
    """Token ``k`` is in a line of its own with no full stop at its end (a headline)."""
    a, b = ctx.sents[ctx.sent_of[k]]
    line_a = ctx.text.rfind("\n", 0, ctx.starts[k]) + 1
    line_b = ctx.text.find("\n", ctx.starts[k])
    line_b = len(ctx.text) if line_b < 0 else line_b
    last = ctx.text[line_a:line_b].rstrip()
    return ctx.starts[a] >= line_a and bool(last) and last[-1] not in ".!؟?:،," and ctx.ends[b - 1] <= line_b


def _run_in(ctx: Context, c: Cand, k: int) -> bool:
    """"البنك الدولي يتوقع استمرار النمو رغم المخاطر قال البنك الدولي إن …": a headline run into
    the story, whose first sentence a bare verb, its named subject and إن/أن open. (Inside a
    claim a verb after a content word with its own named subject and إن is never part of it.)"""
    if c.kind != "verb" or c.sv or c.np is None or c.verb is None or c.verb.prefix or c.verb.tense != "perf":
        return False
    if c.np.start != c.cue_b or not (c.np.named or c.np.start in ctx.entity_at) \
            or c.np.kind not in ("named_person", "named_organization"):
        return False
    if c.claim_tok <= c.np.end or not complementizer(ctx.norms[c.claim_tok - 1]) or c.claim_tok - 1 != c.np.end:
        return False
    prev = ctx.norms[k]
    return ctx.words[k] and k == c.cue_a - 1 and len(prev) >= 4 and not _stopword(prev) \
        and prev not in _CLAUSE_OPENERS and not complementizer(prev) and prev not in VERB_FORMS


#: words after which a verb opens a clause inside the sentence, not a new one
_CLAUSE_OPENERS = folded_set("عندما حينما بعدما لما مثلما كلما الذي التي الذين اللذين اللتين اللواتي اللاتي "
                             "وعندما وحينما وبعدما ولما بينما فيما حيث وحيث طالما ريثما")


_DASHES = frozenset("-–—")


def dateline_end(ctx: Context, a: int, b: int) -> int:
    """Where the text of a paragraph begins after its dateline ("كابول (وكالات) - ارتفع ..."):
    a dash within the first words of the paragraph with only a place and an outlet before it.
    ``a`` when there is none."""
    if a > 0 and ctx.para_of[a - 1] == ctx.para_of[a]:
        return _wire_dateline_end(ctx, a, b)
    if _is_place(ctx, a):
        k = a + 1
        while k < min(b - 1, a + 3) and ctx.words[k] and _is_place(ctx, k):
            k += 1
        if not ctx.words[k] and ctx.raw[k] == ":":
            return k + 1  # "الخرطوم: قتل 9 مدنيين ...": a city label in a roundup
    if not _is_place(ctx, a) and not any(ctx.raw[k] == ")" for k in range(a + 1, min(b, a + 8))):
        return a  # "تم إخبار Alipay - مع ...": a dash inside the sentence, no dateline
    for k in range(a + 1, min(b - 1, a + 8)):
        if not ctx.words[k]:
            if ctx.raw[k] in _DASHES:
                return k + 1
            if ctx.raw[k] not in "()«»\"/":
                return a
        elif ctx.norms[k] in VERB_FORMS:
            return a
    return a


def _wire_dateline_end(ctx: Context, a: int, b: int) -> int:
    """A dateline inside a paragraph (stories run together): a place, a dash, the agency and a
    colon ("… لنا. استنبول - قنا - ا ف ب: أوقفت الشرطة …"); where the text begins after it."""
    if not _is_place(ctx, a):
        return a
    dash = False
    for k in range(a + 1, min(b - 1, a + 10)):
        if not ctx.words[k]:
            if ctx.raw[k] in _DASHES:
                dash = True
            elif ctx.raw[k] == ":":
                return k + 1 if dash else a
            elif ctx.raw[k] not in "()«»\"/":
                return a
        elif ctx.norms[k] in VERB_FORMS or len(ctx.norms[k]) > 8:
            return a
    return a


_AND_THAT = folded_set("وذلك")
_NO_ANSWER = folded_set("يرد ترد يردوا يعلق تعلق يجب تجب")
_DECLINED = folded_set("رفض رفضت امتنع امتنعت")
_STEP = folded_set("خطوة خطوه")
_AT_AN_OCCASION = folded_set("في خلال أثناء لدى عقب بعد قبيل إثر اثر")

#: Plain verbs of saying: "، فقد ذكرت X أن" brings in another source (not "فقد زاد معدل …").
_PLAIN_SAYING = folded_set("قال ذكر أكد أعلن أوضح أفاد كشف أشار بين نقل توقع صرح")


def _said_it(norm: str) -> bool:
    from .suffixed_cues import suffixed_verb

    vf = suffixed_verb(norm)
    return vf is not None and vf.lemma in _PLAIN_SAYING | _DENIED


_DENIED = folded_set("نفى")
_VIEWED = folded_set("اعتبر وصف رأى عد")
_WROTE_TWEETED = folded_set("وكتب وكتبت وغرد وغردت")


def _viewed_it(norm: str) -> bool:
    from .suffixed_cues import suffixed_verb

    vf = suffixed_verb(norm)
    return vf is not None and vf.lemma in _VIEWED and norm != vf.lemma
_DECLINING = folded_set("رافضا رافضة رافضين رافضتين")
_COMMENTING = folded_set("التعليق الإفصاح الكشف الخوض الإدلاء التصريح الرد الإجابة ذكر")
_IT_IS_EXPECTED = folded_set("المتوقع المنتظر المرجح المقرر")


def _quote_after_that(ctx: Context, k: int, a: int) -> bool:
    """Token ``k`` ends a quotation that opens right after أن/إن or a colon: the claim, quoted."""
    q = ctx.in_quote(k)
    if q is None:
        return False
    o = bisect_left(ctx.starts, q.open)
    return a < o < len(ctx.starts) and ctx.starts[o] == q.open and (
        ctx.words[o - 1] and complementizer(ctx.norms[o - 1]) or ctx.raw[o - 1] == ":")


_REFUSED = frozenset(fold(w) for w in "رفض رفضت رفضوا امتنع امتنعت امتنعوا أحجم أحجمت".split())
_REFUSING = frozenset(fold(w) for w in "رافضا رافضة رافضين رافضاً ممتنعا ممتنعة ممتنعاً".split())


def _other_actor_acts(ctx: Context, k: int, b: int) -> bool:
    """At ``k`` (a word in و) a headline's second clause whose subject is a body, by its head or its
    name in marks, then a verb no list of cues knows ("و«المالية» تدرس مذكرتهم"، "والوزارة تدرس")."""
    from .phrases import _lookup
    from .words import ORG_HEADS

    norms, words = ctx.norms, ctx.words
    if norms[k] == "و" and k + 1 < b and k + 1 in ctx.quote_open_tok:
        t = ctx.quote_open_tok[k + 1] + 1
    elif norms[k] != "و" and (_lookup(norms[k][1:], ORG_HEADS) or k in ctx.entity_at and ctx.entity_at[k].type == "ORG"):
        t = k + 1
    else:
        return False
    return t < b and words[t] and norms[t][:1] in "يت" and 3 <= len(norms[t]) <= 5 and not ctx.raw[t].endswith("ة") \
        and not is_definite(norms[t]) and norms[t] not in VERB_FORMS


def soft_breaks(ctx: Context, a: int, b: int) -> list[int]:
    """", فيما ..." / ", بينما ...": the narrator moves on; a claim ends at the comma."""
    out = []
    raw, norms, words = ctx.raw, ctx.norms, ctx.words
    for k in range(a + 1, b - 1):
        if not words[k] and raw[k] in ".…" and raw[k - 1] in ".…" and k + 2 < b and words[k + 1] \
                and norms[k + 1][:1] == "و" and any(not words[t] and raw[t] == ":" for t in range(k + 2, min(b, k + 5))):
            out.append(k - 1)  # "… تحذر من اختفاء الدواء.. والصحة: لا نقص": a headline's second part, its own record
            continue
        if not words[k] and raw[k] in ".…" and raw[k - 1] in ".…" and k + 2 < b and words[k + 1] and norms[k + 1][:1] == "و" \
                and ctx.para_of[k] == ctx.para_of[0] and not any(not words[t] and raw[t] == ":" for t in range(a, k)) \
                and _other_actor_acts(ctx, k + 1, b):
            out.append(k - 1)  # "تجار دمشق يطالبون بتخفيض الرسوم.. و«المالية» تدرس مذكرتهم": a headline's second clause
            # (not after a colon: "X: البيانات لا تنم عن أزمة.. واستئناف الإصدار يقلص السحب" is all X's)
            continue
        if words[k] or raw[k] not in "،,":
            continue
        if ctx.in_quote(k) is not None and ctx.in_quote(a) is None:
            continue  # "بأنها «مفاجأة إيجابية، لكنها لا تكفي …»": the speaker's own words go on
        nxt = norms[k + 1]
        if nxt in _SOFT and words[k + 1]:
            out.append(k)
        elif nxt in _WHILE_AFTER_QUOTE and words[k + 1] and not words[k - 1] and k - 1 in ctx.quote_close_tok:
            out.append(k)  # "وصفها متعاملون بأنها «يوم أسود»، بينما فقدت بورصة دبي أكثر": the quoted words end it
        elif nxt in ("اما", "وأما", "واما") and words[k + 1] and k + 3 < b and any(
                words[t] and norms[t][:1] == "ف" and norms[t][1:] in VERB_FORMS for t in range(k + 2, min(b, k + 10))):
            out.append(k)  # "…، أما النائب X فأكد أن …": the narrator turns to another speaker
        elif nxt.startswith(("وعزا", "وعزو", "وعزت", "وارجع")) and words[k + 1]:
            out.append(k)  # "، وعزاها إلى ..."، "، وأرجع ذلك إلى ...": the speaker's next act, told by the narrator
        elif nxt in ("في", "وفي") and k + 3 < b and norms[k + 2] in _STEP and words[k + 3] \
                and norms[k + 3] in VERB_FORMS:
            out.append(k)  # "…، في خطوة قالت إنها تهدف إلى …": the narrator's frame, and her word on it
        elif nxt in ("في", "وفي") and k + 3 < b and norms[k + 2] == "حين" and norms[k + 3] in ("لم", "لا", "لن"):
            out.append(k)  # "، في حين لم تؤكد السلطات ...": the narrator's remark on who did not confirm
        elif nxt in ("في", "وفي") and k + 3 < b and norms[k + 2] == "حين" and norms[k + 3] in _KANA_FORMS \
                and any(words[t] and norms[t] in VERB_FORMS and VERB_FORMS[norms[t]].lemma in _PLAIN_SAYING
                        for t in range(k + 4, min(b, k + 12))):
            out.append(k)  # "، في حين كان محللون … قد توقعوا": the narrator sets another view beside it
        elif nxt in ("لكنه", "لكنها", "لكنهم") and k + 2 < b and (norms[k + 2] in ("لم", "لا", "لن") or (
                words[k + 2] and norms[k + 2] in VERB_FORMS and VERB_FORMS[norms[k + 2]].tense == "perf")):
            out.append(k)  # ("…، لكنها طالبت بأن …": her next words, a record of their own)
        elif nxt in ("لكنه", "لكنها", "لكنهم") and k + 2 < b and words[k + 2] and norms[k + 2] in _REFUSED:
            out.append(k)  # "…، لكنه رفض الإفصاح عن اسمها": the narrator on what he would not say
        elif nxt in _REFUSING and words[k + 1]:
            out.append(k)  # "…، رافضا الالتزام بأي رقم": the narrator on what he would not do
        elif nxt == "في" and words[k + 1] and k + 3 < b and norms[k + 2] == "اشاره" and norms[k + 3] in ("الي", "إلى"):
            out.append(k)  # "…»، في إشارة إلى المعيار 62": the narrator's gloss on the words
        elif nxt in _ASKING_NOT and words[k + 1] and k + 2 < b and norms[k + 2] == "عدم":
            out.append(k)  # "…، مفضلين عدم ذكر أسمائهم"، "…، طالبين عدم الكشف عن هويتهم": the narrator on who spoke
        elif k - 2 > a and raw[k - 1] in "»\"”" and _quote_after_that(ctx, k - 2, a) and words[k + 1] and (
                nxt == "وهنا" or nxt[:1] == "ل" and nxt[1:2] in "يت" and len(nxt) >= 5 and not is_definite(nxt[1:])):
            out.append(k)  # "«…»، وهنا قاطعه الوزير"، "«…»، ليتدخل رئيس المجلس": the narrator, after the quote
        elif nxt in _WROTE_TWEETED and words[k + 1] and any(
                words[t] and complementizer(norms[t]) or raw[t] == ":" for t in range(k + 2, min(b, k + 12))):
            out.append(k)  # "…، وكتب في حسابه على «تويتر» أن …": his next words, written, a record of their own
        elif nxt == "وان" and raw[k + 1] == "وإن" and k + 3 < b and words[k + 2] and (
                norms[k + 2] in VERB_FORMS and norms[k + 2].endswith("وا") or norms[k + 2] in _KANA_FORMS and any(
                    words[t] and norms[t] in VERB_FORMS for t in range(k + 3, min(b, k + 6)))):
            out.append(k)  # "…، وإن كانوا يرون أن الأثر محدود": "even though", the speakers' next view
        elif (nxt in ("ويتوقع", "ويرجح", "ويقدر") and k + 2 < b and complementizer(norms[k + 2])) or (
                nxt == "ومن" and k + 3 < b and norms[k + 2] in _IT_IS_EXPECTED and complementizer(norms[k + 3])):
            out.append(k)  # "…، ويتوقع أن تواصل …"، "…، ومن المتوقع أن …": the narrator's own forecast
        elif nxt in ("وهو", "وهي", "وهذا") and k + 4 < b and norms[k + 2] == "ما" and norms[k + 3] in ("لم", "لا", "لن") \
                and _said_it(norms[k + 4]):
            out.append(k)  # "…، وهو ما لم تؤكده وزارة المالية": the narrator on who did not confirm it
        elif nxt in ("وهو", "وهي", "وهذا") and k + 3 < b and norms[k + 2] == "ما" and _viewed_it(norms[k + 3]):
            out.append(k)  # "…، وهو ما اعتبره «نجاحا لافتا»": his view of what he said, a record of its own
        elif nxt in ("الا", "غير", "لكن") and k + 4 < b and norms[k + 2] in ("ان", "أن") and any(
                words[t] and norms[t] in VERB_FORMS and VERB_FORMS[norms[t]].lemma in _PLAIN_SAYING
                and VERB_FORMS[norms[t]].person == 3 for t in range(k + 4, min(b - 1, k + 9))) and not any(
                not words[t] for t in range(k + 3, min(b - 1, k + 9)) if t < next(
                    (u for u in range(k + 4, min(b - 1, k + 9)) if words[u] and norms[u] in VERB_FORMS), k + 9)):
            out.append(k)  # "…، غير أن البنك عاد ليؤكد في مذكرة أن …": another source (or the same, later) speaks
        elif nxt in ("الا", "غير") and k + 3 < b and norms[k + 2] in ("ان", "أن") and any(
                norms[t] == "لم" and t + 1 < b and norms[t + 1] in _NO_ANSWER or norms[t] in _DECLINED
                for t in range(k + 3, min(b - 1, k + 12))):
            out.append(k)  # "…، إلا أن المتحدث باسم المؤسسة لم يرد على استفسارات «اليوم»": the narrator's
        elif nxt in ("فقد", "وقد") and k + 3 < b and words[k + 2] and norms[k + 2] in VERB_FORMS \
                and VERB_FORMS[norms[k + 2]].person == 3 and VERB_FORMS[norms[k + 2]].lemma in _PLAIN_SAYING \
                and words[k + 3] and not norms[k + 3][:1].isdigit():
            out.append(k)  # "…، فقد ذكرت مؤسسة أبحاث السوق أن …": the next source, told by the narrator
        elif nxt in ("دون", "بدون", "ودون") and k + 2 < b and norms[k + 2] in ("ان", "أن"):
            out.append(k)  # "، دون أن تكشف ...": the narrator's remark on what was not said
        elif nxt in ("من", "ومن") and k + 3 < b and norms[k + 2] == "دون" and norms[k + 3] == "ان":
            out.append(k)
        elif nxt in _ACT_PARTICIPLES:
            out.append(k)  # "، مشيدا بمستوى العروض"
        elif nxt in _DECLINING and k + 2 < b and norms[k + 2] in _COMMENTING:
            out.append(k)  # "، رافضا التعليق على حجم الخفض": declining, a record of its own
        elif nxt == "علي" and k + 2 < b and norms[k + 2] == "حد":
            out.append(k)  # "، على حد تعبيره": the same speaker, said again
        elif nxt in ("كما", "وكما") and k + 2 < b \
                and norms[k + 2] in ("قال", "قالت", "اضاف", "اضافت", "اوضح", "اوضحت"):
            out.append(k)
    for k in range(a + 1, b - 2):
        if not words[k] and raw[k] in "؛;" and norms[k + 1] in ("اذ", "إذ") and words[k + 2] \
                and norms[k + 2] in VERB_FORMS and VERB_FORMS[norms[k + 2]].lemma in _PLAIN_SAYING \
                and k + 3 < b and words[k + 3] and (k + 3 in ctx.entity_at or not norms[k + 3][:1].isdigit()) \
                and not complementizer(norms[k + 3]):
            out.append(k)  # "…؛ إذ يؤكد محمد بوزيان أن …": the next source, brought in by the narrator
    for k in range(a + 1, b - 1):
        ent = ctx.entity_at.get(k)
        if words[k] and ctx.raw[k][:1] == "و" and ent is not None and ent.type in ("LOC", "ORG") \
                and ent.start == ctx.starts[k] + 1 and ctx.entity_end_tok.get(k, k + 1) == k + 1 and words[k + 1] \
                and norms[k + 1] in VERB_FORMS and VERB_FORMS[norms[k + 1]].tense == "imp" \
                and VERB_FORMS[norms[k + 1]].prefix == "":
            out.append(k)  # "… تعلن إجراء أول تجربة نووية وطوكيو تطالب بعقوبات": another subject, another claim
        if words[k] and norms[k] in _AND_THAT and words[k + 1] and norms[k + 1] in _AT_AN_OCCASION \
                and k + 2 < b and words[k + 2] and in_lexicon(norms[k + 2], SPEECH_EVENTS):
            out.append(k)  # "… السلمية وذلك في مؤتمر صحفي أوضح فيه أن …": the narrator says where
        if words[k] and norms[k] in ("حسب", "بحسب") and norms[k + 1] in SAYING_NOUNS:
            out.append(k)  # "… حسب قوله": his words end there
        elif words[k] and words[k - 1] and norms[k] in _NEW_REPORT and words[k + 1] and not complementizer(norms[k + 1]) \
                and not _stopword(norms[k + 1]):
            out.append(k)  # "… عن طريق العنف وقال بيان المنظمة إن …": the narrator reports again
    if words[a] and norms[a] in _WHILE:
        # "فيما سارع X إلى التأكيد على أن A فإن Y أعلن أن B": the main clause after فيما/بينما
        # begins at فإن; A ends there
        k = next((t for t in range(a + 3, b - 1) if words[t] and norms[t] in ("فان", "فانه", "فانها")), -1)
        if k > 0:
            out.append(k)
    out.sort()
    return out


_WHILE = frozenset(fold(w) for w in ("فيما", "وفيما", "بينما", "وبينما"))
_KANA_FORMS = frozenset(fold(w) for w in ("كان", "كانت", "كانوا"))


#: What فـ joins to after a comma when it opens a new clause: "، ففي عام …"، "، فخلال …"، "، فالسعودية …".
_FA_JOINS = frozenset(fold(w) for w in "في خلال منذ مع بعد قبل عند حتى إن قد لقد هو هي هذا هذه".split())


def _fa_clause(ctx: Context, a: int, b: int) -> int:
    """The last "، فـ…" clause in [a, b): what a trailing "وفقا لـ X" bears on (the clause
    before it explains or follows from the one before, told by the narrator or another source)."""
    for k in range(b - 2, a, -1):
        n = ctx.norms[k + 1]
        if not ctx.words[k] and ctx.raw[k] in "،," and ctx.words[k + 1] and n[:1] == "ف" and len(n) > 2 \
                and (n[1:] in _FA_JOINS or n[1:].startswith("ال")):
            return k + 1
    return a


def claim_tokens(ctx: Context, c: Cand, bps: list[tuple[int, Cand]], soft: list[int], a: int, b: int) -> tuple[int, int]:
    """The claim of ``c`` as a token range."""
    if c.mode == "whole":
        return dateline_end(ctx, a, b), b
    if c.mode == "before":
        end = c.bp if c.bp >= a else c.phrase_start
        if end - 1 > a and ctx.words[end - 1] and ctx.norms[end - 1] in THAT_IS:
            end -= 1  # "…، وذلك بحسب بيان الشركة": "that is" belongs to the cue's side
        start = dateline_end(ctx, a, end)
        if start + 2 < end and ctx.words[start] and ctx.norms[start] in _IT_IS_NOTED and ctx.words[start + 1] \
                and ctx.norms[start + 1] in ("ان", "بان"):
            start += 2  # "ويُذكر أن الدولة تصدرت …، وفق تقرير X": the narrator's «it is noted that» is no part of it
        close = ctx.quote_open_tok.get(start)
        if close is not None and close >= end - 2:
            return start, end  # "«لا داعي للهلع، فالوضع …»، قال X": the whole quotation is his
        return max(start, _fa_clause(ctx, start, end)), end
    start = c.claim_tok
    end = c.claim_end if c.claim_end > start else b
    for bp, other in bps:
        if other is not c and start < bp < end:
            end = bp
    for s in soft:
        if start < s < end:
            end = s
    if c.obj:
        # "أعلن النادي فسخ عقد مدربه، بعد ساعات من الخسارة": the object is what was
        # announced; a time clause after a comma is the narrator's.
        from .suffixed_cues import suffixed_verb

        for k in range(start + 1, end - 2):
            if ctx.words[k] and ctx.norms[k] in ("في", "خلال") and ctx.words[k + 1] \
                    and in_lexicon(ctx.norms[k + 1], SPEECH_EVENTS) and not ctx.is_punct(k - 1, "،,"):
                from .events import _event_phrase

                probe = Cand(c.cue_a, c.cue_b, c.kind, c.cue_a, c.cue_b)
                _event_phrase(ctx, probe, k + 1, end)
                if probe.via is not None:
                    if c.via is None:
                        c.via = probe.via
                    end = k  # "انتقد X الفتوى في تصريحات لقناة «الجزيرة»": where he said it, not what
                    break
        for k in range(start + 1, end - 1):
            nk = ctx.norms[k]
            if ctx.words[k] and nk[:1] == "و" and (
                    suffixed_verb(nk) is not None and suffixed_verb(nk).prefix == "و"
                    or nk in VERB_FORMS and VERB_FORMS[nk].prefix == "و" and VERB_FORMS[nk].lemma in _PLAIN_SAYING):
                end = k  # "انتقد X القرار ووصفه بأنه …": the next act of speech, joined by و
                break
        for k in range(start + 1, end - 1):
            nxt = ctx.norms[k + 1]
            said_on = nxt[:1] == "و" and nxt in VERB_FORMS and VERB_FORMS[nxt].prefix == "و" \
                and VERB_FORMS[nxt].lemma in _PLAIN_SAYING  # "أعرب X عن «قلق بالغ» …، وقال لـ«الحياة» إن"
            if not ctx.words[k] and ctx.raw[k] in "،," and ctx.in_quote(k) is not None \
                    and ctx.in_quote(start) is None:
                continue  # "بأنها «مفاجأة إيجابية، لكنها لا تكفي …»": inside the quotation, the speaker's words
            if not ctx.words[k] and ctx.raw[k] in "،," and (ctx.norms[k + 1] in _OBJ_ENDERS or said_on or (
                    ctx.norms[k + 1] in _WHAT and k + 2 < end and ctx.words[k + 2] and ctx.norms[k + 2] in _LED_TO) or (
                    ctx.norms[k + 1] in ("في", "وفي") and k + 2 < end and ctx.words[k + 2] and in_lexicon(ctx.norms[k + 2], SPEECH_EVENTS))):
                end = k  # (and "، في تقرير محدث عن …": where the object was given)
                break
    # A claim that opens with a quotation keeps the whole quotation, and after إن/أن it is the
    # quotation: "قال روبان ان «…» وحققت دول منطقة اليورو …" (the narrator goes on after it).
    close = ctx.quote_open_tok.get(start)
    if close is not None and close + 1 > end:
        end = min(b, close + 1)
    elif close is not None and start > a and complementizer(ctx.norms[start - 1]) and close + 1 < end \
            and ctx.words[close + 1] and ctx.norms[close + 1][:1] == "و" and not c.obj \
            and not (ctx.norms[close + 1] == "و" and close + 2 in ctx.quote_open_tok):
        end = close + 1  # (not "أن «مصرف الراجحي» و«البنك الأهلي» هما …": two names in marks, one subject)
    elif close is not None and start > a and complementizer(ctx.norms[start - 1]) and close + 2 < end \
            and ctx.is_punct(close + 1, "،,") and ctx.words[close + 2] and ctx.norms[close + 2] in VERB_FORMS \
            and VERB_FORMS[ctx.norms[close + 2]].prefix == "و" and not c.obj:
        end = close + 1  # "أكد أن «…»، وطالب الحكومة بـ«…»": the quotation, then his next act of speech
    return start, end


#: إن/إنه opening a quotation after قال, unless it is a conditional (إن لم، إن كان).
_QUOTED_THAT = re.compile(r"(?:إن|إنه|إنها|إنهم|بأن)\s+(?!لم\b|كان\b|كانت\b|شاء\b)(?=\S)")


def trim(ctx: Context, a: int, b: int) -> tuple[int, int, bool]:
    """Strip spaces and edge punctuation; a claim that is one quotation becomes its inside."""
    text = ctx.text
    a, b = _strip(text, a, b)
    if b > a and text[b - 1] == ")":
        m = _CREDIT_END.search(text, a, b)
        if m is not None and m.end() == b and m.start() > a:
            a, b = _strip(text, a, m.start())  # "… إلى النور (أرشيف)": a photo's credit, not the claim
    direct = False
    if a < b:
        q = _quote_at(ctx, a)
        if q is not None and q.close > b and text[q.close] not in "«»“”\"'":
            q = type(q)(q.open, b - 1 if text[b - 1] not in "«»“”\"'" else b)  # a quotation left open runs on: its sentence
        if q is not None and (q.close == b - 1 or (q.close in (b - 1, b) and text[q.close] not in "«»“”\"'")):
            # (a quotation left open ends at the paragraph's last mark: quotes.find_quotes)
            direct = True
            a, b = _strip(text, q.open + 1, q.close)
            m = _QUOTED_THAT.match(text, a, b)
            if m is not None:
                a = m.end()  # «إن ناقلة أخرى حملت …»: the complementizer is the reporter's, not the claim
            m = _NARRATOR_INSIDE.search(text, a, b)
            if m is not None:
                a, b = _strip(text, a, m.start())  # "…، مشيراً إلى …": the narrator speaks again
        elif b - a > 2 and text[a] == "»" and text[b - 1] == "«":
            a, b = _strip(text, a + 1, b - 1)  # "أن» أمن الممتلكات … «": marks written the other way round
        elif b - a > 1 and text[b - 1] in "\"»”" and (
                text.count('"', a, b) % 2 == 1 if text[b - 1] == '"' else
                text.count("«" if text[b - 1] == "»" else "“", a, b - 1) == 0):
            a, b = _strip(text, a, b - 1)  # a closing mark whose opener is not in the claim
    return a, b, direct


_CREDIT_END = re.compile(r"\s*" + CREDITS + "$")  # a photo's credit (context.CREDITS)

#: A singular participle cue after a comma inside marks (detector._narrator_inside_quote).
_NARRATOR_INSIDE = re.compile(r"[،,]\s*(?:مشير|مؤكد|مضيف|موضح|لافت|منوه|مبين)(?:ا|اً|ًا|ة)?\s+(?:إلى|الى|أن|ان|بأن)\s")


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _LEAD_STRIP:
        a += 1
    while b > a and text[b - 1] in _TRAIL_STRIP:
        b -= 1
    return a, b


def _quote_at(ctx: Context, pos: int):
    from bisect import bisect_left

    k = bisect_left(ctx._quote_opens, pos)
    if k < len(ctx.quotes) and ctx.quotes[k].open == pos:
        return ctx.quotes[k]
    return None
