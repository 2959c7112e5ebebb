"""Reading one cue: its subject (after it, or before it), the outlet it came through, and
where its claim starts.

Each parser returns a :class:`Cand` (a candidate record) or ``None``. Claims are finished in
:mod:`.claims` once every cue of the sentence is known, because a later cue (، مشيرا إلى أن
...، وأضاف ...) ends the claim before it.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.text import fold

from .between import past_outlet_adjective, _CALLS_ON as _CALLS_ON_SOMEONE, _DOC_OBJECTS, _RELATIVE, _another_post_then_claim, skip_to_complement
from .cand import Cand
from .claims import second_appeal
from .complements import OBJ_PREPS, colon_after_while_he, complement, deems_this, is_complement, only_manner_after
from .context import Context, is_quote_mark
from .cues import (
    AMBIGUOUS, BARE_MASDAR, DOCUMENT_ONLY, EXPLICIT_ONLY, MASDAR_PRONE, OBJECT_THEN, SAYING, VERB_FORMS, VERB_PREPOSITION,
)
from .foreign_names import foreign_name_after_role
from .events import _FRONT_EVENT, _event_phrase, _event_then_quote, _fronted_via, _skip_adverbs, event_made_by
from .outlets import match_addressee, match_outlet
from .sources import (
    _HONORIFICS, _VIEWS as _VIEWS_NOUNS, anonymity_clause, bare, marks_named_source, marks_source, marks_subject_of_object, parse_np,
)
from .subjects import (
    _ADDED, _BUT_WORDS, _DEMAND, _KANA, _POLLED, _amma_topic, _antecedent, _bare_name, _demand_with_bi, _in_name, _kana_subject, _negated_view,
    _no_subject_after, _relative_agrees, _says_colon, _subject_then_complement, parse_left_subject,
)
from .phrases import REGION_HEADS as _REGION_WORDS
from .phrases import adjective_like, NP, _lookup, _stopword, def_chain
from .words import INDEF_ADJECTIVES, PLURAL_BODIES, MANNER, IS_CALLED, KNOWN_ORGS, RELATIVE_PRONOUNS, ANON_HEADS, MET_BY, TIME_WORDS, BY_SAYING, DUE_TO, DOC_HEADS, FIRST_NAMES, MEDIA_QUALIFIERS, ORG_HEADS, ROLE_HEADS, HONORIFIC_PRONOUNS, SPEECH_EVENTS, TITLES, bare_nisba, complementizer, folded_set, in_lexicon, is_definite, is_nisba, is_verb_like, strip_possessive

__all__ = ["Cand", "parse_verb", "skip_to_complement"]

_PRONOUN_SUBJECT = folded_set("لكنه لكنها لكنهم ولكنه ولكنها وهو وهي وهم إنه إنها انه انها أنه أنها بأنه بأنها أنهم إنهم انهم")
#: "ومضى يقول:"، "وراح يقول:": a verb of going on before the speech verb, the same speaker.
_WENT_ON = folded_set("مضى ومضى راح وراح عاد وعاد أخذ وأخذ استمر واستمر")
#: "وأكد ذلك مصدر ..."، "ويؤكد هذا ...": a demonstrative object written before the subject.
_DEMONSTRATIVE_OBJECT = folded_set("ذلك هذا ذاك")
_THAT_OBJECT = folded_set("ذلك هذا ذاك هذه تلك")
#: Events that "show" something as subjects of كشف/أظهر (تراجع النفط، ارتفاع الأسعار): no one speaks.
_EVENT_MASDARS = folded_set("تراجع ارتفاع انخفاض هبوط صعود انهيار تدهور تحسن استمرار تباطؤ انكماش تزايد تراجعات "
                            "ارتفاعات انخفاضات")
_CITED = fold("استشهد")
_AMBIGUOUS_OK_BEFORE = folded_set("قد وقد فقد لقد أن كما وكما ثم بعدما عندما حين حينما فيما وفيما بينما وبينما حيث إذ هكذا وهكذا كذلك وكذلك أيضا "
                                 "جانبه جانبها جهته جهتها ناحيته ناحيتها لكنه لكنها ولكنه ولكنها")
_EXPECT = fold("توقع")
_SIGNING = folded_set("توقيع إبرام بتوقيع بإبرام")  # ("وتوقعت الشركة توقيع عقد": she expects a signing)
_DISCLOSED = fold("كشف")
_STIPULATE = fold("نص")
_ESTIMATED = fold("قدر")
_SAW = fold("رأى")
_FA_KANA = folded_set("فكان فكانت")
_ANOTHER_VIEW = folded_set("آخر مختلف مغاير مخالف مماثل")
_BY_AMOUNT = folded_set("بـ ب بنحو بحوالي بحوالى بما بأكثر بأقل بقرابة بزهاء بمبلغ بقيمة بمليار بمليون بألف")
#: What is estimated in the passive "يُقدَّر عدد … بـ": a quantity, never a speaker.
_FROM_ANY = folded_set("عن عنه عنها عنهم عنهما")
_MEASURES = folded_set("عدد حجم قيمة إجمالي اجمالي نسبة تكلفة كلفة متوسط عدده عددها حجمه حجمها قيمته قيمتها")
_NEW_FIND = folded_set("جديد جديدة كبير كبيرة ضخم ضخمة هائل هائلة مهم مهمة هام هامة عملاق عملاقة")
_ABOUT_AMOUNT = folded_set("بنحو بحوالي بقرابة بما بأكثر بأقل بزهاء")


def _amount_follows(ctx: Context, j: int, sent_b: int) -> bool:
    """"، وقدّر الاستهلاك المحلي في ذروة الصيف بنحو 900 ألف برميل": an amount with ب after the
    object, so قدّر is "estimated" (said by the speaker before), not the noun قَدْر."""
    for t in range(j + 1, min(sent_b, j + 10)):
        if not ctx.words[t]:
            return False
        n = ctx.norms[t]
        if n in _ABOUT_AMOUNT or (n[:1] == "ب" and n[1:2].isdigit()):
            return True
    return False
_LEGAL_TEXTS = folded_set(
    "القرار المرسوم القانون المادة البند الاتفاق الاتفاقية النظام اللائحة العقد الدستور التعديل المشروع الأمر")
_SUPERLATIVES = folded_set("أكبر أول ثاني ثالث أحدث أهم آخر")
_RELAY = fold("نقل")
_AMOUNT_WORDS = folded_set("أكثر نحو حوالي قرابة ما زهاء أقل")
_SIGNED = folded_set("اتفاقية اتفاقيات اتفاقا اتفاق عقدا عقد عقود صفقة")
_MEMO = folded_set("مذكرة مذكرتي مذكرات")
_UNDERSTANDING = folded_set("تفاهم التفاهم")
_WHILE_OPENERS = folded_set("فيما وفيما بينما وبينما")
_WHILE_THEY = folded_set("وهم وهن")
_PASSIVE_PRONE = folded_set("اعتبر رأى وصف ذكر")
_SUBJUNCTIVE = folded_set("أن ان لن كي لكي حتى سوف قد وقد لم")
_NEGATIONS = folded_set("لم ولم فلم لن ولن لا ولا وما")
_PREPOSITION_BEFORE = folded_set("في من على إلى عن ب وفي ومن وعلى حول بشأن مع عند لدى عدم وعدم "
                                "مجرد لمجرد بمجرد بعد وبعد قبل وقبل دون بدون إثر فور")  # (لمجرد ذكر X: the noun)
_TOUCHED_ON = fold("تطرق")
_SAYING_BY_FORMS = folded_set("بقوله بقولها بقولهم بقولهما")
_CLAIM_LEMMA = fold("ادعى")
_CALL = fold("دعا")
_MALE = fold("ذكر")
_BORN = folded_set("مولود بمولود مولودا طفل بطفل طفلا جنين جنينا ولد بولد حمل")
_OR_FEMALE = folded_set("أو وأنثى وانثى أم")
_GOD = folded_set("الله ربه ربها ربهم المولى")
_GOES_ON_LEMMAS = frozenset(fold(w) for w in ("أضاف", "تابع", "أردف", "استطرد"))
#: Of them, those whose imperfect is never read as a passive (يضيف / يُضاف).
#: "في الوقت الذي أكد فيه …"، "في وقت أعلن فيه …": a time clause, its subject after فيه.
_TIME_RELATIVES = folded_set("الذي التي وقت الوقت حين")
_TOLD = fold("أبلغ")
_INFORMED = fold("أفاد")
_CALLED = fold("دعا")
_KUNYA_WORDS = folded_set("أبو أم ابو ام")
_GATHERINGS = folded_set("حضور جمعية الجمعية حفل حفلة مأدبة عشاء غداء إفطار زيارة")  # (an invitation to the general assembly, a dinner; not "دعا إلى اجتماع طارئ")
_NEED_SUBJECTS = folded_set("الحاجة الضرورة الحاجات الضرورات المصلحة الظروف")
_SHOWED = fold("بين")  # "وبيّن أن": he showed that (بين alone is "between")
_ABAN = fold("أبان")
_BUT_HE = folded_set("لكنه ولكنه لكنها ولكنها")
_THAT = folded_set("أن أنه أنها أنهم بأن بأنه بأنها")
_ONLY_ACTIVE = frozenset(fold(w) for w in ("أضاف", "أردف", "استطرد", "قال", "أكد", "أوضح", "أشار", "تساءل", "استدرك"))


def _long_post_then_that(ctx: Context, comma: int, limit: int, depth: int = 0) -> bool:
    """A post between the comma at ``comma`` and the next one (up to 22 words, no verb in it),
    then إن/أن."""
    first = ctx.norms[comma + 1] if comma + 1 < limit and ctx.words[comma + 1] else ""
    relative = first in RELATIVE_PRONOUNS or first[:1] == "و" and first[1:] in RELATIVE_PRONOUNS  # ("، والذي يدير …،")
    for k in range(comma + 2, min(limit - 1, comma + 24)):
        if ctx.words[k]:
            if (ctx.norms[k] in VERB_FORMS and not relative) or complementizer(ctx.norms[k]):
                return False
            continue
        if ctx.is_punct(k, "،,"):
            if is_complement(ctx, k + 1, limit) and complementizer(ctx.norms[k + 1]):
                return True
            return depth < 2 and _long_post_then_that(ctx, k, limit, depth + 1)  # (several descriptions)
        if not is_quote_mark(ctx, k):
            return False
    return False


_PRAISED = fold("أشاد")
_PERFORMANCE = folded_set("بأداء أداء بالأداء")


def _names_in_marks(ctx: Context, a: int, b: int) -> set[int]:
    """The tokens, marks included, of short names in marks that open and close in [a, b) («أوبك+»)."""
    out: set[int] = set()
    for o in range(a, b):
        e = ctx.quote_open_tok.get(o, b)
        if e < b and 1 < e - o <= 5 and all(ctx.words[v] or ctx.raw[v] in "+-&." for v in range(o + 1, e)):
            out.update(range(o, e + 1))
    return out


def _views_show(ctx: Context, c: Cand, j: int, sent_b: int) -> bool:
    """"وأظهرت توقعات أعضاء لجنة السياسة النقدية أن …": forecasts or estimates whose owners are
    people show what they expect, as a document does."""
    np = c.np
    return np is not None and not c.sv and np.kind in ("unnamed_official", "anonymous", "named_person") \
        and ctx.words[np.start] and bare(ctx.norms[np.start]) in _VIEWS_NOUNS and _complement_ahead(ctx, np.end, sent_b)


def _complement_ahead(ctx: Context, j: int, limit: int) -> bool:
    """إن/أن/: at ``j`` or a few words on, with no punctuation or other verb between (ويرى
    خبراء في قطاع الطاقة أن ...)."""
    if j < limit and ctx.raw[j] in "-–،,":
        marks = "-–" if ctx.raw[j] in "-–" else "،,"
        close = next((k for k in range(j + 2, min(limit, j + 14)) if ctx.raw[k] in marks
                      or (ctx.norms[k] in VERB_FORMS and ctx.norms[k - 1] != "عدم")), -1)  # (عدم ذكر اسمه)
        if close > 0 and ctx.raw[close] in marks:
            j = close + 1  # "X- أحد المشترين- أن"، "X، المحلل في شركة الأفق، أن": a description
    k, end = j, min(limit, j + 12)
    while k < end:
        if is_complement(ctx, k, limit):
            return True
        if not ctx.words[k]:
            close = ctx.quote_open_tok.get(k, -1)
            if k > j and 1 < close - k <= 5 and (ctx.norms[k - 1] == "ل" or ctx.norms[k - 1][:1] == "ل"):
                k = close + 1  # "ويرى X لـ«الرياض» أن": the paper told
                continue
            if ctx.raw[k] in "ـ-" and k > j and ctx.norms[k - 1] == "ل":
                k += 1
                continue
            return ctx.raw[k] in "،," and k > j + 2 and (
                is_complement(ctx, k + 1, limit)  # "… خلال الملتقى، أن"
                or _another_post_then_claim(ctx, k + 1, limit) > 0)  # "X، عضو جمعية الاقتصاد، أن"
        if k == j and ctx.words[k] and ctx.norms[k][:1] == "و" and len(ctx.norms[k]) > 4 \
                and ctx.norms[k][1:] in ANON_HEADS and k + 1 < limit and ctx.words[k + 1]:
            k += 1  # "ويرى اقتصاديون ومقاولون تحدثت إليهم «الوطن» أن": a second group
            continue
        if k >= j and k + 2 < limit and (ctx.norms[k] in _SPOKE_TO_THEM and ctx.norms[k + 1] in _TO_THEM_WORDS
                                        or ctx.norms[k] in MET_BY):
            t = k + 2 if ctx.norms[k] in _SPOKE_TO_THEM else k + 1
            close = ctx.quote_open_tok.get(t, -1) if not ctx.words[t] else -1
            if 0 < close - t <= 5:
                k = close + 1  # "ويرى اقتصاديون تحدثت إليهم «الوطن» أن": the paper that spoke to them
                continue
        if ctx.norms[k] in VERB_FORMS:
            return False
        k += 1
    return False


_SPOKE_TO_THEM = folded_set("تحدثت تحدث التقت التقى استطلعت")
_TO_THEM_WORDS = folded_set("إليهم اليهم معهم إليه اليه معه إليها معها")
_SCHOOLS = folded_set("بكلية بجامعة بالجامعة بالكلية بمدرسة بالمدرسة بالمعهد بمعهد جامعي ثانوي ماجستير دكتوراه")
_SCHOOLS_BARE = frozenset(bare(w) for w in folded_set("كلية جامعة الجامعة الكلية مدرسة المدرسة المعهد معهد"))
_ACCOUNTS = frozenset(bare(w) for w in folded_set("حساب حسابات الحساب حسابا"))
_HANDED = folded_set("قدم قدمت وقدم وقدمت نشر نشرت ونشرت طلب طلبت أعد أعدت سلم سلمت")
_SETS_A_FIGURE = frozenset((fold("حدد"),))  # ("«الصناعة والتجارة» تحدد سقوفا سعرية": an act)
_SET_FIGURES = folded_set("سعر أسعار تسعيرة تسعيرات تعرفة موعد مواعيد رسوم رسم سقف سقوف سقفا")
_WHEREBY = folded_set("حيث إذ")


def _event_before(ctx: Context, i: int, sent_a: int, reach: int = 6) -> int:
    """A speech event (بتصريح، كلمة، بيانا) among the ``reach`` words before the verb at ``i``:
    its token, or -1."""
    for k in range(i - 1, max(sent_a - 1, i - reach - 1), -1):
        if not ctx.words[k]:
            if is_quote_mark(ctx, k):
                continue  # "وفي حوار أجرته معه «الرياض» قال فيه"
            return -1
        n = ctx.norms[k]
        if ctx.norms[k] in VERB_FORMS:
            return -1
        if in_lexicon(n, SPEECH_EVENTS) or (n[:1] in "بلو" and in_lexicon(n[1:], SPEECH_EVENTS)) \
                or (n.endswith("ا") and in_lexicon(n[:-1], SPEECH_EVENTS)):
            return k
    return -1


#: statements whose "ل" names who made them
_MADE_BY = folded_set("تصريح تصريحات كلمة خطاب خطابا بيان بيانا حديث محاضرة")


def _event_maker(ctx: Context, i: int, sent_a: int) -> NP | None:
    """"تصريحات لوزير النفط حسين الشهرستاني أكد فيها"، "بكلمة لسعادة السيد X رئيس مجلس الإدارة
    حيث أكد فيها ان": the statement's maker, named with ل right after it, speaks in it."""
    k = _event_before(ctx, i, sent_a, reach=14)
    if k < 0 or k + 1 >= i or not ctx.norms[k + 1].startswith("ل"):
        return None
    n = ctx.norms[k]
    if not (n in _MADE_BY or n[:1] in "بلو" and n[1:] in _MADE_BY):
        return None  # (a letter or an interview "ل" someone is addressed to them)
    if ctx.norms[k + 1][1:] in _HONORIFICS:
        np = parse_np(ctx, k + 2, i)  # "بكلمة لسعادة السيد X"
    else:
        np = parse_np(ctx, k + 1, i, strip="ل")
    if np is None or np.kind not in ("named_person", "unnamed_official", "named_organization"):
        return None
    return np


def _made_for(ctx: Context, i: int, sent_a: int, feminine: bool) -> NP | None:
    """"دراسة … للدكتور بهاء حسب الله …، والتي قال فيها أن"، "تسجيلا لرئيس الشعبة، X، قال فيه إن": a
    work named with ل and its maker, then "قال فيه/فيها": the maker (the nearest person so named,
    of the verb's gender)."""
    from .between import _name_in_apposition

    for t in range(i - 2, max(sent_a, i - 30) - 1, -1):
        if not ctx.words[t] or ctx.norms[t] in VERB_FORMS:
            continue
        n = ctx.norms[t]
        if n[:1] != "ل" or len(n) < 4 or t - 1 < sent_a or not ctx.words[t - 1] or complementizer(n):
            continue
        np = parse_np(ctx, t, i, strip="ل")
        if np is None or np.start != t or np.kind not in ("named_person", "unnamed_official") or np.feminine != feminine:
            continue
        first = ctx.tok_at_char(np.src_start)
        if np.kind == "named_person" and not (first in ctx.entity_at and ctx.entity_at[first].type == "PER"
                                              or ctx.norms[first] in FIRST_NAMES or np.role):
            continue  # ("لطهران لتوقف نشاطها الذري": a purpose, no one named)
        if np.kind == "unnamed_official" and np.end < i and ctx.is_punct(np.end, "،,"):
            close = next((u for u in range(np.end + 1, min(i, np.end + 8)) if ctx.is_punct(u, "،,")), -1)
            named = _name_in_apposition(ctx, np.end + 1, close) if close > np.end + 1 else None
            if named is not None:
                return named  # (his post, then his name between commas)
        return np if np.kind == "named_person" or np.role else None
    return None


#: "طعنا تقدم به X"، "مذكرة رفعها X"، "رسالة وجهها X": a text someone put in, then what he says in it.
_SUBMITTED_IT = folded_set("قدمه قدمها قدمته قدمتها رفعه رفعها رفعته رفعتها وجهه وجهها وجهته وجهتها أعده أعدها أعدته أعدتها "
                           "كتبه كتبها كتبته كتبتها وقعه وقعها وقعته وقعتها")
_PUT_IN = folded_set("تقدم تقدمت")


def _submitted_by(ctx: Context, i: int, sent_a: int) -> NP | None:
    """"قبلت طعنا تقدم به حزب الشعب الجمهوري المعارض اعتبر فيه أن": who put the text in."""
    for v in range(i - 2, max(sent_a, i - 10) - 1, -1):
        if not ctx.words[v]:
            return None
        n = ctx.norms[v]
        s = v + 2 if n in _PUT_IN and ctx.norms[v + 1] in ("به", "بها") else v + 1 if n in _SUBMITTED_IT else -1
        if s < 0:
            continue
        np = parse_np(ctx, s, i) if s < i else None
        if np is not None and np.start == s and np.end == i \
                and np.kind in ("named_person", "unnamed_official", "named_organization", "anonymous"):
            return np
        return None
    return None


def _own_line_no_stop(ctx: Context, k: int) -> bool:
    """Token ``k`` is in the text's first line, which ends with no full stop (a headline)."""
    line_b = ctx.text.find("\n")
    line_b = len(ctx.text) if line_b < 0 else line_b
    last = ctx.text[:line_b].rstrip()
    return ctx.ends[k] <= line_b and bool(last) and last[-1] not in ".!؟?:،,"


def _after_opening_phrase(ctx: Context, sent_a: int, i: int) -> int:
    """"وعلى صعيد القطاع، خفض …"، "من جهة أخرى، أعلن …": the token after an opening phrase
    that ends at a comma within six words (no verb in it), else ``sent_a``."""
    n0 = ctx.norms[sent_a] if ctx.words[sent_a] else ""
    if n0[:1] in "وف" and n0[1:2] in "يت" and len(n0) >= 5 and not is_definite(n0[1:]):
        return sent_a  # "وتروي سارة المطيري، صاحبة مشروع …،": a verb opens it, the comma is her post's
    t, reach = sent_a + 1, sent_a + 7
    while t < min(i - 2, reach):
        if not ctx.words[t]:
            if t in ctx.quote_open_tok and ctx.words[t - 1] and ctx.norms[t - 1] in _ENTITLED \
                    and ctx.quote_open_tok[t] < i - 2:
                reach += ctx.quote_open_tok[t] + 1 - t
                t = ctx.quote_open_tok[t] + 1  # "وفي ورقة عمل بعنوان «التمويل الجماعي بديلا»، عرضت …": its title
                continue
            if ctx.raw[t] in "،," and ctx.words[t + 1] and all(ctx.norms[u] not in VERB_FORMS for u in range(sent_a, t)):
                return t + 1
            return sent_a
        t += 1
    return sent_a


_ENTITLED = folded_set("بعنوان عنوان عنوانها عنوانه")


def _same_gender(first: str, gender: str) -> bool:
    """The verb that opens a sentence (ودافعت، ويخشى) agrees with a cue of ``gender``."""
    w = first[1:] if first[:1] in "وف" else first
    feminine = w.endswith("ت") or w.startswith("ت")
    return gender == ("f" if feminine else "m")


def _quote_then(ctx: Context, cue_a: int, sent_a: int) -> bool:
    """"«…»، يرى X"، "«…»، هكذا يرى X": the sentence opens with a quotation, then the verb."""
    k = cue_a - 1
    if k > sent_a and ctx.words[k] and ctx.norms[k] in ("هكذا", "وهكذا"):
        k -= 1
    if k > sent_a and ctx.raw[k] in "،,":
        k -= 1
    return ctx.quote_close_tok.get(k) == sent_a


def _quote_then_said(ctx: Context, vf, i: int, sent_a: int, sent_b: int) -> bool:
    """"«كنت باخد 3 كيلو …»، تضيف بحسرة.": the sentence is a quotation, then she says it (and how)."""
    if vf.prefix or vf.lemma not in _GOES_ON_LEMMAS and vf.lemma != _SAY or not _quote_then(ctx, i, sent_a):
        return False
    return only_manner_after(ctx, i + 1, sent_b)


def _headline_and(ctx: Context, vf, i: int, sent_a: int, sent_b: int) -> bool:
    """"الشورى ينتقد بطء «الإسكان» ويطالب بجدول زمني": in a headline (the first paragraph, no full
    stop), a second present verb joined by و goes on with the subject of the first."""
    if vf.prefix != "و" or vf.tense != "imp" or ctx.para_of[i] != ctx.para_of[0] or i <= sent_a + 2 \
            or any(ctx.raw[t] in ".!؟?" for t in range(sent_a, sent_b)):
        return False
    first = next((t for t in range(sent_a, min(i - 1, sent_a + 4)) if ctx.words[t] and ctx.norms[t] in VERB_FORMS
                  and VERB_FORMS[ctx.norms[t]].tense == "imp" and not VERB_FORMS[ctx.norms[t]].prefix), -1)
    return first > sent_a and VERB_FORMS[ctx.norms[first]].gender == vf.gender


def _object_then_own_preposition(ctx: Context, vf, j: int, limit: int) -> bool:
    """"التي طالبت الحكومة بتقديم أرقام"، "الذي دعا الشركات إلى": whom the verb asks, then its
    own preposition (ب on the next word, or إلى): an object, not the verb's subject."""
    own = VERB_PREPOSITION.get(vf.lemma)
    if not own or j >= limit or not ctx.words[j]:
        return False
    np = parse_np(ctx, j, limit)
    if np is None or np.end >= limit or not ctx.words[np.end] or np.named:
        return False
    n = ctx.norms[np.end]
    return n == own if len(own) > 1 else (n[:1] == own and (len(n) > 3 or n == own))  # (and "بـ" apart)


_AND_THAT = folded_set("وأن وأنه وأنها وإن وإنه وإنها")


def _relative_clause_end(ctx: Context, j: int, sent_b: int) -> int:
    """"الولايات المتحدة، التي تهدد بإطاحة النظام، لعقد …": a relative clause set off by a
    comma ends at the next comma outside a quotation (unless "، وأن" carries the claim on);
    -1 when there is none."""
    for t in range(j, sent_b):
        if ctx.is_punct(t, "،,") and ctx.in_quote(t) is None:
            if t + 1 < sent_b and ctx.words[t + 1] and ctx.norms[t + 1] in _AND_THAT:
                return -1
            return t
    return -1


_IN_IT = folded_set("فيه فيها خلاله خلالها")
_WHERE_POSTED = folded_set("علي عبر في حسابها حسابه حسابهم موقعها موقعه الرسمي صفحتها صفحته منصة")
_NOT_PERFECT_3 = folded_set("بنت وقت بيت صوت ست")
_WITH_HIM = folded_set("معه معها معهم معهما")


def _opening_subject(ctx: Context, sent_a: int, cue_a: int, after_qad: bool = False, any_body: bool = False,
                     after_phrase: bool = False, whereby: bool = False):
    """"ويتفق X مع ما ذهب إليه Y، حيث قال إن …": the named subject of the verb that opens the
    sentence speaks in the حيث clause."""
    k = sent_a
    if whereby and ctx.words[k] and ctx.norms[k] in _LEAD_PHRASE_OPENERS:
        comma = next((t for t in range(k + 1, min(cue_a, k + 4)) if not ctx.words[t]), -1)
        if comma > k and ctx.is_punct(comma, "،,"):
            k = comma + 1  # "في المقابل، لا تخفي مصادر …، إذ ترى": past the opening phrase
    if ctx.words[k] and ctx.norms[k] in _WHILE_OPENERS:
        k += 1  # "وفيما اكتفت جمعية المصارف ببيان أكدت فيه": the clause after فيما
    if ctx.words[k] and ctx.norms[k] in ("قد", "وقد", "لقد", "ولقد", "فقد"):
        k += 1  # "وقد أدلى الرئيس …"
    if (whereby and ctx.words[k] and ctx.norms[k] in ("لا", "ولا")
            or ctx.norms[k] in ("لم", "ولم") and ctx.norms[cue_a - 1] in _BUT_HE) \
            and k + 1 < cue_a and ctx.words[k + 1] and ctx.norms[k + 1][:1] in "يت":
        k += 1  # "ولا تخفي مصادر في جمعية المصارف تحفظها، إذ ترى أن": the negated verb that opens it
        # (and "ولم تحدد الشركة في بيان لاحق أسماء المدن، لكنها قالت": a cue's verb negated, no record)
        negated = True
    else:
        negated = False
    if k + 2 >= cue_a or not ctx.words[k]:
        return None
    n = ctx.norms[k]
    rest = n[1:] if n[:1] in "وف" else n
    perfect_f = rest.endswith("ت") and not rest.endswith("ات") and (4 <= len(rest) <= 7 or (
        len(rest) == 3 and n[:1] == "و" and rest not in _NOT_PERFECT_3))  # ودافعت، وشكت
    perfect_after_qad = after_qad and (k > sent_a or n[:1] in "وف" and 3 <= len(rest) <= 5) \
        and not rest.startswith("ال") and not _stopword(n) and not _stopword(rest)
    # ("وقد أدلى"، "وقد سجل"، "وعقد وزير المالية مؤتمرا … أوضح فيه"; not "وفيما اكتفت")
    s = k + 1
    with_him = ctx.words[s] and ctx.norms[s] in _WITH_HIM and s + 1 < cue_a and not rest.startswith("ال")
    if with_him:
        s += 1  # "ويتفق معه الاقتصادي X، مشيرا": agreeing with the speaker before
    with_object = n[:1] in "وف" and rest.endswith(("ه", "ها", "هم", "هما")) and 5 <= len(rest) <= 7 \
        and not rest.startswith("ال") and not _stopword(rest)  # "وخالفه الدكتور الزهراني الرأي، إذ اعتبر"
    bare_perfect = after_phrase and (3 <= len(n) <= 5 or len(n) == 6 and n.startswith("است")) \
        and not n.startswith("ال") and not _stopword(n) \
        and n not in FIRST_NAMES  # ("وعلى صعيد القطاع، خفض «إياتا» تقديراته": a verb after the phrase)
    wa_perfect = whereby and n[:1] in "وف" and 3 <= len(rest) <= 5 and not rest.startswith("ال") \
        and not _stopword(rest) and not any(in_lexicon(rest, lex) for lex in (ROLE_HEADS, ORG_HEADS, DOC_HEADS)) \
        and rest not in FIRST_NAMES  # ("وسارع صندوق النقد الدولي إلى الترحيب بالقرار، إذ قال")
    if (n in VERB_FORMS and VERB_FORMS[n].lemma not in (_MERELY_SAID, _NOTED) and not negated) or not (rest[:1] in "يت" and len(rest) >= 4 or is_verb_like(rest) or perfect_f
                               or perfect_after_qad or with_him or with_object or bare_perfect or wa_perfect):
        return None
    opinion_first = False
    if s + 1 < cue_a and ctx.words[s] and ctx.norms[s] in _OPINION and rest.startswith(_DIFFERS):
        s, opinion_first = s + 1, True  # "ويخالفه الرأي بائع آسيوي …، إذ يرى": the opinion first, then who differs
    elif s + 2 < cue_a and ctx.norms[s] in _THIS and ctx.norms[s + 1] in _OPINION and rest.startswith(_DIFFERS):
        s, opinion_first = s + 2, True  # "ويخالف هذا الرأي المعلم حسن"
    np = parse_np(ctx, s, cue_a)
    if opinion_first and np is not None and np.start == s and np.kind in ("anonymous", "unnamed_official", "named_person"):
        return np
    if np is None and s in ctx.quote_open_tok and ctx.quote_open_tok[s] - s <= 4:
        np = marks_source(ctx, s, cue_a)  # "وفي تقرير نشرته أمس، خفضت «الراجحي المالية» …، وقالت إن": the body in marks
    if np is not None and with_object and np.end - np.start >= 2 and ctx.norms[np.end - 1] in _OPINION:
        np = replace(np, end=np.end - 1, src_end=ctx.ends[np.end - 2])  # "خالفه X | الرأي": he disagreed with him
    if np is not None and np.kind == "unnamed_official" and np.start == s and np.end + 2 < cue_a \
            and ctx.is_punct(np.end, "،,"):
        from .between import _name_in_apposition

        close = next((t for t in range(np.end + 1, min(cue_a, np.end + 9)) if ctx.is_punct(t, "،,")), -1)
        named = _name_in_apposition(ctx, np.end + 1, close) if close > np.end + 1 else None
        if named is not None:
            return replace(named, start=np.start)  # "حمّل مدرب المنتخب، البرتغالي روي كوستا، الحكم …، وقال": the man
    if np is not None and after_qad and np.kind == "unnamed_official" and np.start == s:
        return np  # "وقد سجل رئيس الدولة … كلمة … قال فيها"
    if any_body and np is not None and np.start == s and np.kind in ("named_organization", "unnamed_official",
                                                                         "media", "document") + (
            ("anonymous",) if after_phrase else ()):  # ("من جانبه، حمّل مصدر في الشركة …، وقال")
        return np  # "وسجلت الشركة أرباحا …، حسبما أعلنت": the company that opens the sentence
    cue_vf = VERB_FORMS.get(ctx.norms[cue_a])
    if whereby and np is not None and np.start == s and np.kind in ("anonymous", "unnamed_official") \
            and rest[:1] in "يت" and len(rest) >= 4 and not (
                cue_vf is not None and cue_vf.number == "s" and cue_vf.gender == "m"
                and ctx.norms[np.start].endswith(("ون", "ين"))):  # ("المتعاملون …، إذ يتوقع أن": it is expected)
        return np  # "ولا تخفي مصادر في جمعية المصارف تحفظها، إذ ترى أن": the unnamed sources who open it
    if np is not None and np.start == s and np.definite and cue_vf is not None and ctx.is_punct(cue_a - 2, "،,") \
            and ctx.norms[cue_a - 1] in _BUT_HE and (
                np.kind == "named_organization" and cue_vf.gender == "f" and (rest[:1] == "ت" or perfect_f)
                or np.kind == "unnamed_official" and cue_vf.gender == "m" and rest[:1] == "ي"):
        return np  # "ولم تحدد الشركة … أسماء المدن، لكنها قالت": the body the sentence opens with, by its head
    if np is None or np.kind not in ("named_person", "named_organization") or np.start != s \
            or not (np.named or (np.kind == "named_organization" and np.end - np.start >= 2)):
        return None
    return np


_OPINION = folded_set("الرأي الرأى")
#: "في المقابل،"، "من جهته،"، "على صعيد آخر،": a phrase that opens a sentence before its verb.
_LEAD_PHRASE_OPENERS = folded_set("في وفي من ومن على وعلى")
_DIFFERS = (fold("خالف"), fold("يخالف"), fold("تخالف"))
_THIS = folded_set("هذا ذلك")
_WROTE_LEMMA = fold("كتب")
_BOTH_SIDES = folded_set("الجانبان الطرفان الجانبين الطرفين البلدان البلدين")
_OWNERS_OF = folded_set("أصحاب ملاك مالكي أولياء أهالي سكان مستهلكي مواطني منسوبي عملاء صغار كبار")
_BUT_OPENERS = folded_set("غير لكن ولكن إلا الا")
_CAME_BACK = folded_set("عاد عادت عادوا")
_DISPLAYED = fold("أظهر")
_MERELY_SAID = fold("اكتفى")
_BUT_HE = {fold(w): g for w, g in (("لكنه", "m"), ("ولكنه", "m"), ("لكنها", "f"), ("ولكنها", "f"))}
_THAT_HE = {fold(w): g for w, g in (("أنه", "m"), ("أنها", "f"))}
_CONCLUDED = folded_set("ختم اختتم")
_ADOPTED = fold("أقر")
_REPORTS_DENIED = folded_set("التقارير الأنباء الشائعات الأخبار الاتهامات الادعاءات المزاعم")
#: Verbs whose object may come first after them ("فوصفت الإجراءات بأنها"): an unnamed noun there is no subject.
OBJECT_VERBS_ANY = folded_set("وصف اعتبر طالب دعا حث حذر")
_ANNOUNCE_LEMMA = fold("أعلن")
_HIGHLIGHT = fold("أبرز")
_TAKING_PART = folded_set("المشاركة الحضور حضور المشاركه")
_MEETINGS = folded_set("مؤتمر اجتماع منتدى حفل ندوة ورشة ملتقى معرض لقاء جلسة مؤتمرات")
_BEFORE_HIGHLIGHT = folded_set("قد وقد فقد ولقد كما وكما حيث إذ كذلك")
_FROM_WHOM = folded_set("عن عنه عنها عنهم عنهما نقلا")
_BLAMED = fold("حمل")
_RESPONSIBILITY = folded_set("مسؤولية مسئولية المسؤولية المسئولية مسؤوليه")
_NOTED = fold("سجل")
_INFORMED = fold("أفاد")
_ITS_SIDE = folded_set("جهته جهتها جانبه جانبها ناحيته ناحيتها جهتهم جانبهم")
_WENT_ON_LEMMA = fold("تابع")
_SHOWED_LEMMA = fold("بين")
_REASSURED = fold("طمأن")  # (a cue only with أن: "وقد سجل رئيس الدولة كلمة" is an act)
_DEEM = fold("اعتبر")
_DECLARED_AS = folded_set("رئيسا رئيسة فائزا فائزة بطلا بطلة")
_ANNOUNCED_THINGS = folded_set("نتائج نتيجة تفاصيل أسماء أرقام مواعيد موعد جداول جدول قوائم")
_ADOPTED_OBJECTS = folded_set(
    "لائحة اللائحة نظام النظام ميزانية الميزانية تعديل تعديلات قرار القرار خطة الخطة مشروع المشروع اتفاقية "
    "الاتفاقية قانون القانون رسوم الرسوم زيادة برنامج البرنامج آلية الآلية ضوابط الضوابط استراتيجية الاستراتيجية "
    "موازنة الموازنة تنظيم تنظيمات إجراءات الإجراءات حزمة")


def _adopted_object(ctx: Context, j: int, sent_b: int) -> bool:
    """"أقر" with a thing passed (a regulation, a budget, an amendment) before any بأن/أن: an act."""
    for t in range(j, min(sent_b, j + 12)):
        if not ctx.words[t]:
            return False
        n = ctx.norms[t]
        if complementizer(n) or n[:1] == "ب" and not n.startswith("بال"):
            return False
        if n in _ADOPTED_OBJECTS or n in _SESSIONS:
            return True  # (and "أقر مجلس الوزراء في جلسته الأخيرة وقف …": a session passes things)
    return False


_SESSIONS = folded_set("جلسته جلستها جلساته اجتماعه اجتماعها دورته دورتها")
_SAYING_AT_END = folded_set("بقوله بقولها بقولهم قائلا قائلة قائلين مؤكدا مؤكدة")
_MYSTERIES = folded_set("ملابسات لغز غموض خيوط")


def _mystery_next(ctx: Context, j: int, sent_b: int) -> bool:
    """"كشف (الشرطة) ملابسات الحادث": the object, within a few words and before any أن, is
    what a case hides."""
    for t in range(j, min(sent_b, j + 5)):
        if not ctx.words[t] or complementizer(ctx.norms[t]) or ctx.norms[t] == "عن":
            return False  # ("كشف مصدر عن ملابسات الصفقة": he told of them)
        if ctx.norms[t] in _MYSTERIES:
            return True
    return False
_FACILITIES = folded_set("ميناء مطار مصنع مشروع مجمع مستشفى ملعب قطار طريق جسر سد")
_STYLES = folded_set("معالي سعادة سمو فضيلة")  # ("كشف معالي أمين محافظة جدة": His Excellency, not "a … discovery")
_WARNED = fold("حذر")
_THREATENED = folded_set("هدد توعد")
_URGED = folded_set("حث ناشد")
_ADDRESSED = folded_set("طالب دعا حث ناشد نبه حذر")
_AND_WHICH = folded_set("والتي والذي")
#: Broken plurals a body warns or calls on ("حذرت وزارة المالية | البنوك من").
_ADDRESSEES = folded_set("البنوك المصارف التجار الملاك الأهالي العملاء الشركات الأسر")
_JUDGES_OBJECT = folded_set("وصف اعتبر انتقد")
_EXPLAINED = folded_set("بين أوضح أكد أشار حدد")
_PASSED = fold("أقر")
_BY_VOTE = folded_set("بغالبية بأغلبية بالإجماع بالاجماع بأكثرية بالأغلبية بالغالبية بالأكثرية")
_STANCES = folded_set("أمل تفاؤل قلق استياء ارتياح تخوف مخاوف رغبة استعداد تأييد رفض تحفظ")
_TWO_TALKS = folded_set("حديثين تصريحين لقاءين اتصالين")
#: "وعاد الوزير ليؤكد"، "وتدخل المحامي ليشير": a verb of coming in, its subject, then ل and the cue.
_CAME_IN_TO = folded_set("عاد وعاد ثم عادت وعادت يعود ويعود تعود وتعود تدخل وتدخل تدخلت وتدخلت عقب وعقب عقبت وعقبت خرج وخرج خرجت وخرجت "
                         "سارع وسارع سارعت وسارعت انبرى وانبرى انبرت وانبرت رد ورد ردت وردت")
_SUBJECT_OPENERS = folded_set("لكن ولكن بينما وبينما فيما وفيما")
_SEEMED = folded_set("بدا بدت يبدو تبدو كان كانت ظل ظلت")


_HIS_PAGE = folded_set("صفحته صفحتها حسابه حسابها تدوينة منشور تغريدة مدونته مدونتها")


def _on_his_page(ctx: Context, j: int, sent_b: int) -> bool:
    """"كما كتب على صفحته في فيسبوك أن …"، "كتب في تدوينة: …": wrote a post, then what it says."""
    if not (j + 2 < sent_b and ctx.words[j] and ctx.norms[j] in ("علي", "في", "عبر") and ctx.words[j + 1]
            and ctx.norms[j + 1] in _HIS_PAGE):
        return False
    return any(ctx.words[t] and complementizer(ctx.norms[t]) or ctx.raw[t] == ":" for t in range(j + 2, min(sent_b, j + 9)))


def _subject_first(ctx: Context, sent_a: int, cue_a: int, unnamed: bool = False):
    """"لكن مدير إدارة الأصول … هشام بن علي الملحم بدا أقل تشاؤما، إذ رأى": a named subject
    that opens the sentence before its first verb speaks in the إذ/حيث clause."""
    k = sent_a + 1 if ctx.words[sent_a] and ctx.norms[sent_a] in _SUBJECT_OPENERS else sent_a
    if k == sent_a and sent_a + 2 < cue_a and ctx.norms[sent_a] in _BUT_OPENERS and ctx.norms[sent_a + 1] in ("ان", "أن"):
        k = sent_a + 2  # "غير أن مارك ويليامسون، كبير الاستراتيجيين …، بدا أقل تفاؤلا، إذ قال"
    if k >= cue_a or not ctx.words[k]:
        return None
    np = parse_np(ctx, k, cue_a)
    cue_vf = VERB_FORMS.get(ctx.norms[cue_a])
    body_f = cue_vf is not None and cue_vf.gender == "f" and np is not None and np.kind == "named_organization" \
        and (np.end - np.start >= 2 or np.definite)  # (a body, and the cue's verb feminine like it)
    if np is None or np.start != k or np.end >= cue_a \
            or not (np.kind in ("named_person", "named_organization") and np.named or body_f
                    or np.kind == "unnamed_official" and is_definite(ctx.norms[np.start])
                    or unnamed and np.kind in ("anonymous", "unnamed_official", "document")):
        return None
    e = np.end
    if ctx.is_punct(e, "،,"):
        close = next((t for t in range(e + 1, min(cue_a, e + 16)) if not ctx.words[t]), -1)
        if close > e + 1 and ctx.is_punct(close, "،,") and all(
                ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) and not is_verb_like(ctx.norms[t])
                for t in range(e + 1, close)):
            e = close + 1  # (who he is, between commas)
    if e >= cue_a or not ctx.words[e]:
        return None
    n = ctx.norms[e]
    if (unnamed or body_f) \
            and n.endswith("ت") and 4 <= len(n) <= 6 and not is_definite(n) and not _stopword(n) \
            and n not in VERB_FORMS and n not in FIRST_NAMES and not in_lexicon(n, DOC_HEADS) and not in_lexicon(n, ORG_HEADS):
        return np  # "لكن مصادر في القطاع قللت …": a perfect verb after its subject
        # (and "لكن جمعية مصارف لبنان سارعت إلى الرد، إذ قالت": a body, its verb and hers agreeing)
    return np if n in _SEEMED or (is_verb_like(n) and n not in VERB_FORMS) or (
        n[:1] == "ي" and len(n) >= 4 and n not in FIRST_NAMES and n not in ctx.person_tokens) else None
    # ("الدكتور حمد الخالدي يختلف مع هذا الطرح، إذ يرى": an imperfect verb)


_ASCRIBE = fold("نسب")
_PUBLISH = fold("نشر")
_LEARNT = fold("علم")
_SAID_FORMS = folded_set("قوله قولها قولهم قولهما")


_AMOUNT_LEAD = folded_set("نحو حوالي حوالى قرابة زهاء ما أكثر أقل اكثر اقل أعلى أدنى مستوى مستويات إجمالي الإجمالي")
_AMOUNT_TYPES = frozenset(("MONEY", "PERCENT", "QUANTITY", "NUMBER", "CARDINAL"))


def _that_soon(ctx: Context, j: int, sent_b: int) -> bool:
    """إن/أن within six words of ``j``, with no punctuation before it (a name in marks aside:
    "في حسابه على «تويتر» أن")."""
    for t in range(j, min(sent_b, j + 9)):
        if not ctx.words[t]:
            if ctx.raw[t] in "«»\"" and (t in ctx.quote_open_tok and ctx.quote_open_tok[t] - t <= 3
                                         or t in ctx.quote_close_tok):
                continue
            return False
        if complementizer(ctx.norms[t]):
            return True
    return False


def _amount_next(ctx: Context, k: int, sent_b: int) -> bool:
    """An amount (a number, money, a percentage) at token ``k``, maybe after نحو/حوالي/أكثر من."""
    from .phrases import _NUMBER_WORDS

    t = k
    while t < min(sent_b, k + 3) and ctx.words[t] and (ctx.norms[t] in _AMOUNT_LEAD or ctx.norms[t] == "من"):
        t += 1
    if t >= sent_b or not ctx.words[t]:
        return False
    ent = ctx.entity_at.get(t)
    n = ctx.norms[t]
    return (ent is not None and ent.type in _AMOUNT_TYPES) or n[:1].isdigit() or n in _NUMBER_WORDS \
        or n.startswith(("مليار", "مليون", "ألف", "الف", "ملياري", "مليوني", "ألفي"))


_RESUMPTIVES = folded_set("فيه فيها خلاله خلالها")


_ABOUT_IT = folded_set("عنه عنها عنهما عنهم")
_REPLY_LEMMA = fold("رد")


def _resumptive_then_subject(ctx: Context, j: int, sent_b: int) -> bool:
    """After a relative's verb, "in it" and then a named speaker who says something: "المؤتمر الذي
    أعلن فيه محمد الجدعان أن …" (the clause is where he spoke; the antecedent did not speak)."""
    if j + 1 >= sent_b or not ctx.words[j] or ctx.norms[j] not in _RESUMPTIVES or not ctx.words[j + 1]:
        return False
    np = parse_np(ctx, j + 1, sent_b)
    if np is None or np.start != j + 1 or np.end >= sent_b:
        return False
    if not (np.kind in ("named_person", "named_organization", "media") and (j + 1 in ctx.entity_at or np.named)
            or np.kind in ("unnamed_official", "anonymous") and np.definite is False and np.end - np.start > 1):
        return False
    return bool(ctx.words[np.end]) and complementizer(ctx.norms[np.end]) or ctx.raw[np.end] == ":" \
        or np.end in ctx.quote_open_tok


#: What one signs (وقّع، يوقّع، توقّع written like توقّع "expects"): a deal, an agreement, a contract.
_SIGNED_THINGS = folded_set("صفقة صفقات اتفاقية اتفاقيات اتفاق اتفاقا عقد عقدا عقود الصفقة الاتفاقية "
                     "الاتفاق العقد شراكة الشراكة بروتوكول عقودا عقدين اتفاقيتين صفقتين امتياز امتيازا "
                     "امتيازات الامتياز")
# (not مذكرة: "وتتوقع مذكرة بحثية أن …", "وتوقعت المذكرة أن …": a research note expects)


def _imperfect_of_expect(norm: str, vf) -> bool:
    """يتوقع، تتوقع، نتوقع: the imperfect of توقّع (expects) is never وقّع (signs)."""
    return norm[len(vf.prefix):][:2] in ("يت", "تت", "نت", "ات")


def parse_verb(ctx: Context, i: int, sent_a: int, sent_b: int, coordinated: bool = False) -> Cand | None:
    """A reporting verb at token ``i``. ``coordinated``: an و-verb after a comma, following
    another cue of the same sentence (its subject may be that cue's)."""
    vf = VERB_FORMS.get(ctx.norms[i])
    if vf is None or vf.person != 3:
        return None
    if vf.lemma == _ABAN and ctx.raw[i].lstrip("وف").startswith("إ"):
        return None  # "إبان" (during), not "أبان" (stated): the hamza says which
    if vf.lemma == _EXPECT and not _imperfect_of_expect(ctx.norms[i], vf) and any(
            ctx.words[t] and (ctx.norms[t] in _SIGNED_THINGS or ctx.norms[t][:1] in "وف"
                                                      and ctx.norms[t][1:] in _SIGNED_THINGS)
                                   for t in range(i + 1, min(sent_b, i + 6))
                                   if not any(complementizer(ctx.norms[u]) or ctx.norms[u] in _SIGNING
                                              for u in range(i + 1, t) if ctx.words[u])) \
            and not any(ctx.words[t] and complementizer(ctx.norms[t]) for t in range(i + 1, min(sent_b, i + 3))):
        return None  # "«السعودية» توقع أكبر صفقة"، "وقعت الشركة اتفاقية": signs (وقّع), not expects
    if vf.lemma == _LEARNT and not (vf.tense == "perf" and vf.gender == "f" and vf.number == "s" and i + 1 < sent_b
                                    and (i + 1 in ctx.quote_open_tok or match_outlet(ctx, i + 1, sent_b) is not None)):
        return None  # علم is a cue only as "علمت «الرياض» أن …": what a paper learned
    if vf.lemma in _SETS_A_FIGURE and not (i > sent_a and ctx.norms[i - 1] in ("اذ", "إذ", "حيث")) and any(
            ctx.words[t] and (strip_possessive(bare(ctx.norms[t])) in _SET_FIGURES
                              or strip_possessive(bare(ctx.norms[t]))[:-1] + "ه" in _SET_FIGURES)
            for t in range(i + 1, min(sent_b, i + 5))
            if not any(ctx.words[u] and complementizer(ctx.norms[u]) for u in range(i + 1, t + 1))):
        return None  # "حددت وزارة الطاقة تسعيرتها"، "الدولة حددت سعر الشراء": a price was set, nothing said
        # (but "أعلنت الوزارة الأسعار، إذ حددت سعر لتر البنزين بـ140 بيسة": what it announced, in detail)
    if vf.lemma == _HIGHLIGHT and vf.prefix == "" and i > sent_a and ctx.words[i - 1] \
            and ctx.norms[i - 1] not in _BEFORE_HIGHLIGHT:
        return None  # "ويمكن بلورة أبرز ملامح الحقبة": the superlative, after its noun; the verb opens a clause
    if vf.lemma == _PUBLISH and not (vf.prefix in ("و", "ف") or i > sent_a and ctx.norms[i - 1] in ("قد", "وقد")):
        return None  # "مقال نشر في صحيفة …"، "نشر «أولاد حارتنا» في …": published, no claim
    if vf.lemma == _ASCRIBE and not any(ctx.norms[t] == "الي" and any(
            ctx.norms[u] in _SAID_FORMS for u in range(t + 1, min(sent_b, t + 9)))
            for t in range(i + 1, min(sent_b, i + 10))):
        return None  # "ارتفعت نسب البطالة": the noun; نسب is a cue only as "نسب X إلى Y قوله"
    if vf.lemma in OBJECT_THEN and not any(ctx.norms[t] == OBJECT_THEN[vf.lemma] for t in range(i + 1, sent_b)) and (
            not any(ctx.words[t] and ctx.norms[t][:1] == "ل" and len(ctx.norms[t]) > 3 and not _stopword(ctx.norms[t])
                    for t in range(i + 1, min(sent_b, i + 10)))
            or (i > sent_a and ctx.words[i - 1] and (ctx.norms[i - 1] in FIRST_NAMES or ctx.norms[i - 1] in ctx.person_tokens))):
        return None  # "بلال عبدالرحمن وعزت جدوع": the name عزت; عزا/أرجع go on to إلى (or لـ)
    norms = ctx.norms
    if vf.lemma == _POINTED and any(ctx.words[t] and norms[t] in _BY_HAND for t in range(i + 1, min(sent_b, i + 4))):
        return None  # "وأشار (المزارع) بيده إلى الجدار": a gesture, nothing said
    if vf.lemma == _CALLED and i + 1 < sent_b and ctx.words[i + 1] and norms[i + 1] in _NEED_SUBJECTS:
        return None  # "بعد أن دعت الحاجة إلى تنظيم …": need called for it, no one spoke
    if vf.lemma == _CALLED and any(norms[t] == "الي" and t + 3 < sent_b and ctx.words[t + 1] and norms[t + 1] in _TAKING_PART
                                   and norms[t + 2] == "في" and ctx.words[t + 3] and bare(norms[t + 3]) in _MEETINGS
                                   for t in range(i + 1, min(sent_b, i + 10))):
        return None  # "دعت الشركة المستثمرين إلى المشاركة في مؤتمر هاتفي": an invitation, nothing said
    if vf.lemma == _CALLED and any(norms[t] == "الي" and t + 2 < sent_b and ctx.words[t + 1] and (
            norms[t + 1] in _GATHERINGS or norms[t + 1] in ("اجتماع", "الاجتماع") and ctx.words[t + 2]
            and norms[t + 2] in _GATHERINGS) for t in range(i + 1, min(sent_b, i + 10))):
        return None  # "دعا مجلس الإدارة المساهمين إلى اجتماع جمعية عمومية": an invitation, nothing said
    if vf.lemma == _INFORMED and i + 2 < sent_b and ctx.words[i + 1] and norms[i + 1] == "من" \
            and ctx.words[i + 2] and norms[i + 2] not in _ITS_SIDE:
        return None  # "وأفاد من ورش التدريب 600 شاب": benefited from (استفاد), not informed ("أفاد من جهته أن")
    if vf.lemma == _TOLD and vf.tense == "imp" and _amount_next(ctx, i + 1, sent_b):
        return None  # "بقيمة إجمالية تبلغ ملياري ريال": amounts to (بلغ), not informs (أبلغ)
    if vf.lemma == _REPLY_LEMMA and (i + 1 >= sent_b or not ctx.words[i + 1]):
        return None  # "سؤال نيابي عن سيولة الصندوق.. والوزير يرد": he answers, and the headline does not say what
    prev = norms[i - 1] if i > sent_a and ctx.words[i - 1] else ""
    if vf.prefix == "" and prev in _AND_WHICH and i - 2 > sent_a and ctx.is_punct(i - 2, "،,") \
            and _relative_agrees(prev[1:], vf) and _no_subject_after(ctx, i + 1, sent_b):
        prev = prev[1:]  # "مذكرة وزير المالية بشأن الأداء المالي، والتي بينت أن": the relative with و
    if (prev in _NEGATIONS and not _negated_view(prev, vf)) or prev in _PREPOSITION_BEFORE:
        return None
    if vf.tense == "imp" and prev in _SUBJUNCTIVE and not (
            prev == "ان" and i - 2 >= sent_a and ctx.norms[i - 2] in ("قبل", "بعد")
            and is_complement(ctx, _skip_adverbs(ctx, i + 1, sent_b), sent_b)):
        return None  # من المتوقع أن تعلن، قد يعلن: a future or possible act, not speech
        # (but "قبل أن تضيف: «…»": what she said next)
    if vf.lemma == _STIPULATE and vf.prefix == "" and vf.tense == "perf" and prev and prev not in _AMBIGUOUS_OK_BEFORE:
        return None  # "وبحسب نص القرار"، "في نص الاتفاق": the text (the noun), not "stipulated"
    if vf.lemma == _DISCLOSED and vf.prefix == "" and norms[i] == _DISCLOSED and (prev in _SUPERLATIVES or (
            prev not in _AMBIGUOUS_OK_BEFORE and i + 1 < sent_b and ctx.words[i + 1]
            and bare_nisba(norms[i + 1]) and norms[i + 1].endswith(("ي", "يه", "ية")) and norms[i + 1] not in _STYLES
            and not any(ctx.words[t] and (complementizer(norms[t]) or norms[t][:1] == "ل" and not is_definite(norms[t]))
                        or ctx.raw[t] in ":«" for t in range(i + 2, min(sent_b, i + 6))))):
        return None  # "أكبر كشف للغاز"، "كشف غازي جديد": a discovery (the noun), not "revealed"
    if vf.lemma == _DISCLOSED and vf.prefix == "" and norms[i] == _DISCLOSED and i + 2 < sent_b \
            and ctx.words[i + 1] and ctx.words[i + 2] and bare_nisba(norms[i + 1]) \
            and norms[i + 1].endswith(("ي", "يه", "ية")) and norms[i + 2] in _NEW_FIND:
        return None  # "كشف غازي جديد لـ«إيني»": a new discovery, whoever's it is
    if vf.lemma == _DEMAND and vf.prefix == "" and vf.tense == "perf" and i + 1 < sent_b and ctx.words[i + 1] \
            and (norms[i + 1] in _SCHOOLS or norms[i + 1] in ("في", "ب") and i + 2 < sent_b and ctx.words[i + 2]
                 and bare(norms[i + 2]) in _SCHOOLS_BARE):
        return None  # "أما محمود حسن، طالب بكلية التجارة، فقال": a student, not "demanded"
    if vf.lemma == _DISCLOSED and vf.prefix == "" and norms[i] == _DISCLOSED and i + 1 < sent_b and ctx.words[i + 1] \
            and bare(norms[i + 1]) in _ACCOUNTS:
        return None  # "قدم الوزير كشف حساب لأداء الحكومة"، "وأظهر كشف حساب البنك": a statement of account (the noun)
    if vf.lemma == _DISCLOSED and vf.prefix == "" and ctx.raw[i].endswith("ا") and any(
            ctx.words[t] and norms[t] in _HANDED for t in range(max(sent_a, i - 3), i)):
        return None  # "قدم كشفا بأسماء المتعثرين": a list handed in (the noun)
    if vf.lemma == _DISCLOSED and _mystery_next(ctx, i + 1, sent_b):
        return None  # "كشف ملابسات الحادث"، "كشف لغز الحصان": solving a case, not telling
    bare_raw = ctx.raw[i][len(vf.prefix):] if vf.prefix and ctx.raw[i][:1] in "وف" else ctx.raw[i]
    if vf.tense == "perf" and bare_raw[1:2] == "\u064f":
        return None  # "حُدد النطاق السعري"، "ذُكر أن": the passive, written with its damma
    if vf.tense == "imp" and prev in _WHILE_THEY and vf.number == "p" \
            and not _complement_ahead(ctx, _skip_adverbs(ctx, i + 1, sent_b), sent_b):
        return None  # "أصوات الدلالين وهم يعلنون الأسعار": what they were doing, not what they said
    if vf.lemma == _ADOPTED and _adopted_object(ctx, i + 1, sent_b):
        return None  # "أقرت الأمانة لائحة تنظيمية"، "أقر مجلس الوزراء تعديل التعرفة": passed, not admitted
    if vf.lemma == _EXPECT and prev == "ان" and i - 2 >= sent_a and ctx.words[i - 2] and norms[i - 2] in DUE_TO:
        return None  # "وينتظر أن توقع خلاله اتفاقيات"، "ومن المنتظر أن توقع الشركتان": to be signed
    if vf.lemma in _CONCLUDED and not any(
            (ctx.words[t] and (norms[t] in BY_SAYING or norms[t] in _SAYING_AT_END)) or ctx.raw[t] == ":"
            or t in ctx.quote_open_tok for t in range(i + 1, min(sent_b, i + 6))):
        return None  # "اختتم حديثه بالقول/قائلا:" is speech; "بعثة … اختتمت أمس زيارة" is not
    if vf.lemma == _MERELY_SAID and not any(ctx.words[t] and norms[t] in BY_SAYING for t in range(i + 1, min(sent_b, i + 8))):
        return None  # "واكتفى بالقول إن": speech; "واكتفت الشركة بإصدار بيان": an act
    if vf.number == "d" and ctx.raw[i].endswith("أ"):
        return None  # "اقرأ أيضاً: …" (read also), not the dual «أقرّا»
    if prev in TITLES and norms[i] in FIRST_NAMES and vf.prefix == "":
        return None  # "الدكتورة أمل الزهراني": the given name after a title, not "hoped"
    if vf.lemma == _RELAY and i + 1 < sent_b and ctx.words[i + 1] and (
            norms[i + 1] in _AMOUNT_WORDS or norms[i + 1][:1].isdigit()):
        return None  # "«القطرية للشحن» نقلت أكثر من 1.4 مليون طن": carried, not quoted
    if vf.lemma == _RELAY and (vf.prefix == "و" or prev in ("فقد", "وقد", "قد")) and i > sent_a and ctx.words[i - 1] \
            and i + 2 < sent_b \
            and not any(ctx.words[t] and (norms[t] in _FROM_ANY or complementizer(norms[t]))
                        or ctx.raw[t] == ":" for t in range(i + 1, min(sent_b, i + 16))):
        return None  # "قضت المحكمة بإزالة السوق ونقل الباعة إلى أرض بديلة": the transfer (a noun), no one quoted
    if vf.lemma == _RELAY and i + 1 < sent_b and ctx.words[i + 1] and norms[i + 1] == "الي" \
            and not any(ctx.words[t] and norms[t] == "عن" for t in range(i + 2, min(sent_b, i + 7))):
        return None  # "إن الطفلة نقلت إلى مستشفى حميات بنها": taken to, not quoted
    if vf.lemma == _EXPECT and i + 1 < sent_b and ctx.words[i + 1] \
            and not _imperfect_of_expect(norms[i], vf) and (norms[i + 1] in _SIGNED or (
            norms[i + 1] in _MEMO and i + 2 < sent_b and norms[i + 2] in _UNDERSTANDING)):
        return None  # "«العمانية للغاز» توقع اتفاقية": signs (توقّع), not expects (تتوقع)
    if norms[i] == _MALE and (prev in _BORN or (i + 1 < sent_b and ctx.norms[i + 1] in _OR_FEMALE)):
        return None  # "رزق بمولود ذكر"، "ذكر أو أنثى": male, not "mentioned"
    if vf.lemma == _BLAMED and (vf.tense != "perf" or not any(ctx.words[t] and bare(norms[t]) in _RESPONSIBILITY
                                       for t in range(i + 1, min(sent_b, i + 26)))):
        return None  # حمّل only with the blame ("حمل تجار الجملة … المسؤولية عن"): "حمل الطفل" is carrying
    if vf.lemma == _DEEM and vf.tense == "imp" and vf.prefix == "" and i - 1 > sent_a and not (
            i + 1 < sent_b and ctx.words[i + 1] and complementizer(norms[i + 1])):
        r = i - 2 if prev in ("كان", "كانت") and ctx.words[i - 2] else i - 1
        if r >= sent_a and ctx.words[r] and norms[r] in _RELATIVE:
            return None  # "مسجد فنسبري بارك، الذي كان يُعتبر قبلة …": was considered (passive), no one deems
    if vf.lemma == _WELCOMED and i + 1 < sent_b and ctx.norms[i + 1] in _WITH_PRONOUN:
        return None  # "رحّب بنا بحرارة": welcomed us (a guest), no view on anything
    if vf.lemma == _CALL and prev in ("ما", "مما") and vf.prefix == "" and not (
            i + 1 < sent_b and ctx.norms[i + 1] in ("اليه", "إليه", "اليها", "إليها")):
        return None  # "وهو ما دعا شركات عديدة إلى …": which prompted them (not "ما دعا إليه الوزير")
    if vf.lemma == _CALL and prev in ("الذي", "التي") and i - 2 >= sent_a and ctx.norms[i - 2] in _THE_MATTER:
        return None  # "الأمر الذي يدعو العائلات إلى الاعتماد على السيارة": which prompts them, no one calls
    if vf.lemma == _CALL and i + 1 < sent_b and ctx.norms[i + 1] in _GOD:
        return None  # "ودعوا الله أن …": a prayer, not a call on anyone
    if vf.lemma == _CLAIM_LEMMA and vf.tense == "imp" and ctx.raw[i].endswith("ى") and not (
            i + 1 < sent_b and ctx.words[i + 1] and complementizer(norms[i + 1])):
        return None  # "ناجية تدعى فاطمة": the passive "is called", not تدّعي "claims"
    if (vf.lemma in AMBIGUOUS and (vf.tense == "perf" or vf.number == "s") or vf.lemma in MASDAR_PRONE
            or (vf.lemma in BARE_MASDAR and norms[i] == vf.lemma)) \
            and vf.prefix == "" and prev \
            and prev not in _AMBIGUOUS_OK_BEFORE \
            and not (prev in _RELATIVE and _relative_agrees(prev, vf) and vf.tense == "perf") \
            and not (prev in _THAT_HE and i - 2 >= sent_a and norms[i - 2] in _BUT_WORDS and i + 1 < sent_b
                     and ctx.words[i + 1] and norms[i + 1][:1] == "ب" and len(norms[i + 1]) > 2) \
            and not (i + 1 < sent_b and norms[i + 1] in ("فيه", "فيها") and (
                in_lexicon(prev, SPEECH_EVENTS) or in_lexicon(prev[:-1], SPEECH_EVENTS))):
        # ("التي طالبت": a verb after a relative pronoun that agrees with it; "بيانا طالب فيه": in which it demanded)
        left = parse_left_subject(ctx, i, sent_a)
        if left is not None and left.kind == "named_person" and left.end - left.start == 1 and not left.role \
                and left.start not in ctx.entity_at and norms[left.start] not in FIRST_NAMES \
                and norms[left.start] not in ctx.person_tokens:
            left = None  # "يُلزم طالب القطع": one word no one knows as a name (a verb) is no subject
        if (left is None or left.kind not in ("named_person", "named_organization", "unnamed_official")) \
                and not _subject_then_complement(ctx, i + 1, sent_b):
            return None  # حصل طالب جامعي، كتب التاريخ: a noun after a word, not a verb
    if vf.lemma == _CITED and not any(ctx.words[t] and ctx.norms[t][:1] == "ب" and len(ctx.norms[t]) > 3
                                      and not ctx.norms[t].startswith("بين") for t in range(i + 1, min(sent_b, i + 8))):
        return None  # "استشهد ثلاثة فلسطينيين في غارة": were killed (martyred), nothing cited
    if vf.lemma == _TOUCHED_ON and any(ctx.norms[t] in _SAYING_BY_FORMS for t in range(i + 1, min(sent_b, i + 25))):
        return None  # "وتطرقت إلى الشركات القيادية؛ بقولها: ...": بقولها is the cue
    if vf.lemma == fold("أعلن") and vf.tense == "imp" and i + 1 < sent_b and ctx.words[i + 1] \
            and ctx.norms[i + 1] in _ANNOUNCED_THINGS:
        return None  # "وتعلن نتائج الامتحان الأسبوع المقبل": will be announced (تُعلَن), no one speaks
    if vf.lemma == _ESTIMATED and vf.tense == "imp" and i + 1 < sent_b and ctx.words[i + 1] \
            and ctx.norms[i + 1] in _MEASURES and not ctx.raw[i][-1:] in "ونا":
        return None  # "ويقدر عدد النازحين بأكثر من مليون": is estimated (يُقدَّر), no one named
    if vf.lemma == _SAW and i + 1 < sent_b and ctx.words[i + 1] and ctx.norms[i + 1] in _ANOTHER_VIEW:
        return None  # "كان له رأي آخر، إذ يرى أن": the noun «a view», another one (no one called «آخر» saw)
    if vf.lemma == _ESTIMATED and vf.tense == "imp" and i + 1 < sent_b and ctx.words[i + 1] \
            and (ctx.norms[i + 1] in _BY_AMOUNT or ctx.norms[i + 1][:1] == "ب" and ctx.norms[i + 1][1:].replace(".", "").isdigit()):
        return None  # "إيرادات تقدر بـ 8.5 مليار"، "تقدر بنحو 500 في المئة": is estimated at, no one estimates
    cue_a = i - 1 if prev in ("كما", "وكما") else i
    c = Cand(cue_a, i + 1, "verb", cue_a, i + 1, gender=vf.gender, number=vf.number, verb=vf, lemma=vf.lemma)
    if cue_a > sent_a + 2 and ctx.is_punct(cue_a - 1, "،,"):
        c.via = _fronted_via(ctx, sent_a, cue_a - 1)
    else:
        # (after a dateline run into the sentence, "الدوحة - الراية - وكالات: في …")
        front = next((t + 1 for t in range(cue_a - 1, sent_a, -1) if ctx.is_punct(t, ":")), sent_a)
        if front + 2 < cue_a <= front + 14 and ctx.norms[front] in _FRONT_EVENT \
                and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS for t in range(front + 1, cue_a)):
            c.via = _fronted_via(ctx, front, cue_a)  # "وفي تصريح له لـX أوضح ..." without a comma
    j = _skip_adverbs(ctx, i + 1, sent_b)
    honorific = j < sent_b and ctx.words[j] and norms[j] in HONORIFIC_PRONOUNS
    if honorific:
        # "وأوضح سموه أن"، "وبين معاليه أن": "His Highness", the person named before (who is
        # not named here: the span stays empty); it also shows that بين is the verb
        c.implied = True
        c.honorific = norms[j]
        j = _skip_adverbs(ctx, j + 1, sent_b)
    if j + 1 < sent_b and ctx.words[j] and norms[j] in _IN_IT and ctx.words[j + 1] and (
            norms[j + 1] in FIRST_NAMES or (j + 1 in ctx.entity_at and ctx.entity_at[j + 1].type in ("PER", "ORG"))
            or _source_after_fihi(ctx, j + 1, sent_b)):
        j += 1  # "القمة التي أعلن فيها بان أن …"، "أوضح فيه الوزير أن": where he said it, then who
    said = j < sent_b and norms[j] in SAYING
    while j < sent_b and norms[j] in SAYING:
        j += 1
    if j < sent_b and ctx.words[j] and norms[j].startswith("ل"):
        m = match_outlet(ctx, j, sent_b, preposition=True)
        if m is None:
            m = match_outlet(ctx, j, sent_b, preposition=True, ambiguous_ok=True)
            if m is not None and not (m.end < sent_b and is_complement(ctx, m.end, sent_b)):
                m = None  # "قال للجزيرة إن": a channel whose name is also a word, told right before إن
        if m is not None and (not m.anaphor or (m.end < sent_b and is_complement(ctx, m.end, sent_b))):
            c.via = m  # "أكد لوكالة فرانس برس شاهد عيان أن ..."، "قالت للجريدة إن ..."
            j = _skip_adverbs(ctx, past_outlet_adjective(ctx, m, sent_b), sent_b)  # ("لصحيفة «الوطن» المحلية، …")
    elif j + 1 < sent_b and ctx.words[j] and norms[j] in ("الي", "مع") and vf.lemma == _SPOKE:
        m = match_addressee(ctx, j + 1, sent_b)
        if m is not None:
            c.via = m  # "تحدث إلى «الرؤية» ..."
            j = _skip_adverbs(ctx, m.end, sent_b)
    if vf.lemma == _RELAY and j + 1 < sent_b and ctx.words[j] and norms[j] in _FROM_HIM and c.via is None:
        m = match_outlet(ctx, j + 1, sent_b)
        if m is not None and not m.anaphor:
            # "ونقلت عنه وكالة «بلومبيرغ» قوله إن": the agency relayed him (the speaker before)
            c.via, c.implied, c.sv = m, True, True
            c.gender = ""  # (the verb agrees with the agency, not with the speaker)
            j = m.end + (1 if m.end < sent_b and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
    to_it = False
    if j + 1 < sent_b and ctx.words[j] and norms[j] in _TO_IT and ctx.words[j + 1] \
            and not complementizer(norms[j + 1]):
        told = parse_np(ctx, j + 1, sent_b, feminine=vf.gender == "f")
        if told is not None and told.kind in ("named_organization", "named_person", "unnamed_official", "anonymous",
                                              "media", "document"):
            j += 1  # "أما اليابان فتوقع لها الصندوق نموا": for it (the topic), then who expects
            to_it = True
    if not to_it and vf.lemma == _SAY and j + 2 < sent_b and ctx.words[j] and norms[j] in _FROM_HIM and ctx.words[j + 1] \
            and not complementizer(norms[j + 1]):
        about = parse_np(ctx, j + 1, sent_b, feminine=vf.gender == "f")
        if about is not None and about.start == j + 1 and about.end < sent_b and ctx.words[about.end] \
                and complementizer(norms[about.end]) and about.kind in (
                    "named_organization", "named_person", "unnamed_official", "anonymous", "media", "document"):
            j += 1  # "في صفقة قال عنها محافظ الصندوق إنها": about it, then who said
    demo = -1
    if j + 1 < sent_b and ctx.words[j] and norms[j] in _DEMONSTRATIVE_OBJECT and ctx.words[j + 1] \
            and not is_complement(ctx, j + 1, sent_b):
        np = parse_np(ctx, j + 1, sent_b, feminine=vf.gender == "f")
        if np is not None and np.kind in ("anonymous", "unnamed_official", "named_person", "named_organization",
                                          "media", "document"):
            demo = j
            j += 1  # "وأكد ذلك مصدر ذو صلة بمنتج آخر بقوله: ..."
    if vf.prefix == "" and prev in _RELATIVE and vf.tense == "perf" and i + 1 < sent_b and ctx.words[i + 1] \
            and norms[i + 1] in _ABOUT_IT and not any(ctx.words[t] and complementizer(norms[t]) or ctx.raw[t] == ":"
                                                      or ctx.quote_open_tok.get(t, t) - t > 4
                                                      for t in range(i + 2, next((u for u in range(i + 2, sent_b)
                                                                                  if ctx.is_punct(u, "،,")), sent_b))):
        return None  # "ضمن مشروع «نيوم» الذي أعلن عنه ولي العهد عام 2017": the project he announced, nothing said
    if vf.prefix == "" and prev in _RELATIVE and i - 1 > sent_a and _relative_agrees(prev, vf) \
            and (_no_subject_after(ctx, i + 1, sent_b) or _object_then_own_preposition(ctx, vf, i + 1, sent_b)) \
            and not _resumptive_then_subject(ctx, i + 1, sent_b):
        left = _antecedent(ctx, i - 1, sent_a, people=prev == fold("الذين"))  # "تسلا موتورز التي قالت ..."
        if left is not None and ctx.text[max(0, left.src_start - 3):left.src_start].replace(" ", "").endswith(("لـ«", "ل«", 'لـ"')):
            left = None  # "على سؤال لـ«البيان» بشأن …، الذي يتوقع": the paper asked, never what the clause is on
        if left is not None and vf.tense == "imp" and bare(ctx.norms[left.start]) in _FACILITIES:
            left = None  # "ميناء المدينة، الذي يتوقع أن يستقبل أول السفن": a port is expected to, it says nothing
        if left is not None and vf.tense == "imp" and left.kind == "document" and left.start > sent_a \
                and ctx.words[left.start - 1] and not is_definite(ctx.norms[left.start - 1]) \
                and not _stopword(ctx.norms[left.start - 1]) and ctx.norms[left.start - 1] not in VERB_FORMS \
                and not is_verb_like(ctx.norms[left.start - 1]) and not in_lexicon(ctx.norms[left.start - 1], DOC_HEADS):
            left = None  # "عجز الميزانية الذي يتوقع أن يصل": the deficit of the budget is expected, no one speaks
        if (left is None or left.kind == "document") and vf.tense == "perf" and "o" in vf.complements \
                and (i + 1 >= sent_b or not ctx.words[i + 1] or ctx.norms[i + 1] in _PASSIVE_THEN) \
                and not any(ctx.words[t] and complementizer(ctx.norms[t]) or t in ctx.quote_open_tok
                            or ctx.raw[t] == ":" for t in range(i + 1, sent_b)):
            return None  # "حزمة الإجراءات ذاتها التي أُعلنت مع الميزانية": the measures were announced
        if left is not None and left.kind in ("named_organization", "named_person", "media", "document",
                                              "anonymous", "unnamed_official"):
            c.np, c.sv = left, True  # (المحللين الذين توقعوا: a group, too)
            c.phrase_start = cue_a  # the clause before it goes on around the relative
            if ctx.is_punct(i - 2, "،,"):
                c.claim_end = _relative_clause_end(ctx, i + 1, sent_b)
    ev = i - 1
    if not prev and i - 4 > sent_a and ctx.is_punct(i - 1, "،,") and ctx.words[i - 2] and norms[i - 2] in TIME_WORDS \
            and ctx.is_punct(i - 3, "،,") and ctx.words[i - 4]:
        ev = i - 4  # "وأصدرت مصلحة الجمارك بيانا، أمس، أوضحت فيه": when, between commas
    elif not prev and i - 2 > sent_a and ctx.is_punct(i - 1, "،,") and ctx.words[i - 2] \
            and i + 1 < sent_b and norms[i + 1] in ("فيه", "فيها"):
        ev = i - 2  # "وأصدرت الحركة بياناً، قالت فيه إن": the statement, then a comma
        if not (in_lexicon(norms[ev], SPEECH_EVENTS) or in_lexicon(norms[ev][:-1], SPEECH_EVENTS)):
            ev = next((t for t in range(i - 3, max(sent_a, i - 12), -1) if ctx.words[t] and norms[t].endswith("ا")
                       and (in_lexicon(norms[t][:-1], SPEECH_EVENTS) or norms[t] in _GUIDES)
                       and any(ctx.words[u] and norms[u] in _ISSUED for u in range(max(sent_a, t - 7), t))), ev)  # "وأصدر «اللقاء الديموقراطي» بياناً بعد اجتماعه في كليمنصو، حذّر فيه": the statement
    if ev == i - 1 and i - 2 > sent_a and prev and not is_definite(prev) and prev not in VERB_FORMS and ctx.words[i - 2] \
            and i + 1 < sent_b and norms[i + 1] in ("فيه", "فيها") and norms[i - 2][:1] == "ب" \
            and in_lexicon(norms[i - 2][1:], SPEECH_EVENTS) and not _stopword(prev) and prev not in FIRST_NAMES:
        ev = i - 2  # "ردّت ببيان مقتضب اعتبرت فيه": the statement and its adjective
    if not prev or ev == i - 1 and not ctx.words[ev]:
        t = i - 1  # "ونشرت الوزارة توضيحا على حسابها في «تويتر» أكدت فيه": where it was posted, then the statement
        while t > sent_a and i - t <= 8 and (not ctx.words[t] and ctx.raw[t] in "«»\"" or ctx.words[t] and (
                norms[t] in _WHERE_POSTED or norms[t][:1] != "و" and t + 1 < i and not ctx.words[t + 1] and ctx.raw[t + 1] == "»")):
            t -= 1
        if t < i - 2 and ctx.words[t] and ctx.words[t + 1] and norms[t + 1] in _WHERE_POSTED:
            ev = t
    if c.np is None and vf.lemma == _SAY and vf.prefix == "" and vf.tense == "perf" and prev and i - 2 > sent_a \
            and not is_definite(prev) and not _stopword(prev) and prev not in VERB_FORMS and prev not in FIRST_NAMES \
            and (i - 1) not in ctx.entity_at and j < sent_b and ctx.raw[j].startswith(("إنه", "إنها", "إنهم", "انه", "انها")) \
            and len(ctx.raw[j]) > 2:
        # "وعرضت «العراقية» مشاهد قالت إنها لمسلحين"، "عن مصير 2,3 مليار جنيه قال إنها خصصت": a relative
        # clause on the noun before it; the sentence's subject says so
        subj = None
        if ctx.words[sent_a] and norms[sent_a][:1] in "وف" and norms[sent_a] in VERB_FORMS or (
                ctx.words[sent_a] and norms[sent_a][:1] in "وف" and len(norms[sent_a]) >= 4):
            subj = parse_np(ctx, sent_a + 1, i - 1) if ctx.words[sent_a + 1] else marks_source(ctx, sent_a + 1, i - 1)
        if subj is not None and subj.kind in ("named_organization", "named_person", "media", "unnamed_official") \
                and subj.start in (sent_a + 1, sent_a + 2) and ctx.raw[i].endswith("ت") == subj.feminine or (
                    subj is not None and subj.kind in ("named_organization", "media") and ctx.raw[i].endswith("ت")):
            c.np, c.sv = subj, True
    if c.np is None and not prev and i - 5 > sent_a and ctx.is_punct(i - 1, "،,") and j < sent_b \
            and norms[j] in ("فيه", "فيها") and ctx.words[sent_a] and norms[sent_a][:1] == "و" \
            and ctx.raw[sent_a].endswith("ت") == (vf.gender == "f"):
        t = next((t for t in range(i - 2, max(sent_a + 2, i - 14), -1) if ctx.words[t] and ctx.words[t - 1]
                  and norms[t - 1] in ("في", "وفي") and in_lexicon(norms[t], SPEECH_EVENTS)), -1)
        subj = parse_np(ctx, sent_a + 1, t - 1) if t > 0 else None
        if subj is None and t > 0 and sent_a + 1 in ctx.quote_open_tok:
            subj = marks_source(ctx, sent_a + 1, t - 1)
        if subj is not None and subj.start in (sent_a + 1, sent_a + 2) and subj.kind in ("named_organization", "named_person") \
                and not any(norms[u] in VERB_FORMS for u in range(sent_a, i)):
            c.np, c.sv = subj, True  # "وتبنت «حركة الشباب» الهجوم في بيان بثته إذاعة …، قالت فيه إن": the movement
            from .events import _BROADCAST_IT

            b = next((u for u in range(t + 1, i - 1) if ctx.words[u] and norms[u] in _BROADCAST_IT), -1)
            m = match_outlet(ctx, b + 1, i - 1) if b > 0 else None
            if m is not None and not m.anaphor:
                c.via = m  # (the radio that broadcast the statement)
    pv = norms[ev] if ev >= sent_a and ctx.words[ev] else ""
    if c.np is None and j < sent_b and norms[j] in ("فيه", "فيها") and pv and (
            in_lexicon(pv, SPEECH_EVENTS) or in_lexicon(pv[:-1], SPEECH_EVENTS) and pv.endswith("ا")
            or pv in _GUIDES or pv[:-1] in _GUIDES and pv.endswith("ا")):
        left = _issuer(ctx, ev, sent_a) or _antecedent(ctx, ev, sent_a)  # "أصدرت مجموعة X بيانا قالت فيه: «…»": X
        if left is not None and left.kind in ("named_organization", "named_person", "unnamed_official", "media"):
            c.np, c.sv = left, True
            j += 1
    if c.np is None and vf.prefix == "" and j < sent_b and norms[j] in ("فيه", "فيها"):
        maker = _event_maker(ctx, i, sent_a) or event_made_by(ctx, i, sent_a) or _submitted_by(ctx, i, sent_a) \
            or (_made_for(ctx, i, sent_a, vf.gender == "f") if j + 1 < sent_b and complementizer(norms[j + 1])
                and _event_before(ctx, i, sent_a) < 0 else None)
        if maker is not None:
            c.np, c.sv = maker, True
            j += 1
    if c.np is None and vf.prefix == "" and j + 1 < sent_b and norms[j] in ("فيه", "فيها") \
            and is_complement(ctx, j + 1, sent_b) and _event_before(ctx, i, sent_a, reach=10) >= 0:
        # "وقد أدلى الرئيس شافيز بتصريح في المطار قال فيه أن …"، "كلمة في السجل … قال فيها «…»":
        # the statement's maker, who opens the sentence, or the last speaker
        j += 1
        left = _opening_subject(ctx, sent_a, cue_a, after_qad=True)
        if left is not None:
            c.np, c.sv = left, True
        else:
            c.implied = True
    if vf.prefix == "" and vf.tense == "imp" and cue_a > sent_a + 2 and sent_a in ctx.quote_open_tok \
            and ctx.quote_open_tok[sent_a] == cue_a - 1 and cue_a - sent_a <= 6 and _own_line_no_stop(ctx, i) \
            and (c.np is None or c.np.start > cue_a) and vf.lemma not in _SETS_A_FIGURE:
        left = marks_source(ctx, sent_a, cue_a)
        if left is not None and left.kind in ("named_organization", "media", "named_person"):
            c.np, c.sv, c.phrase_start = left, True, sent_a  # "«مطارات دبي» تتوقع نمو …": the headline's subject in marks
    if c.np is None and vf.prefix == "" and cue_a > sent_a + 2 and sent_a in ctx.quote_open_tok \
            and ctx.quote_open_tok[sent_a] == cue_a - 1 and cue_a - sent_a <= 5 and (
                sent_a + 1 in ctx.entity_at and ctx.entity_at[sent_a + 1].type in ("ORG", "PER")
                or cue_a - sent_a == 3 and is_definite(norms[sent_a + 1]) and sent_a == 0):
        # ("«المالية» تنفي نيتها …": a ministry by its short name, heading the article)
        left = marks_source(ctx, sent_a, cue_a)
        if left is not None and left.kind in ("named_organization", "media", "named_person"):
            c.np, c.sv, c.phrase_start = left, True, sent_a  # "«أرامكو» تنفي حسم مكان الإدراج": a headline's subject
    if c.np is None and vf.prefix == "" and i - 2 > sent_a and (i - 1) in ctx.quote_close_tok:
        o = ctx.quote_close_tok[i - 1]  # "… .. و«تداول» تنفي وجود خلل"، "و"ساما" تؤكد التزامها": a second subject in marks
        if o - 1 >= sent_a and 1 <= i - 2 - o <= 4 and all(ctx.words[t] for t in range(o + 1, i - 1)) \
                and ctx.norms[o - 1] == "و" and not is_complement(ctx, o + 1, sent_b):
            left = marks_source(ctx, o, i)
            if left is not None and left.kind in ("named_organization", "media", "named_person"):
                c.np, c.sv, c.phrase_start = left, True, o - 1
    if c.np is None and vf.prefix == "" and vf.number == "d" and sent_a == 0 and sent_a in ctx.quote_open_tok:
        c1 = ctx.quote_open_tok[sent_a]  # "«أبوظبي الوطني» و«الخليج الأول» يؤكدان …": two bodies in marks
        q2 = c1 + 2
        if 1 < c1 - sent_a <= 4 and q2 < cue_a and ctx.words[c1 + 1] and norms[c1 + 1] == "و" \
                and q2 in ctx.quote_open_tok and ctx.quote_open_tok[q2] == cue_a - 1 and cue_a - 1 - q2 <= 4:
            c.np = NP(sent_a, cue_a, ctx.starts[sent_a], ctx.ends[cue_a - 1], "named_organization",
                      norms[sent_a + 1], pair=True)
            c.sv, c.phrase_start = True, sent_a
    if c.np is None and vf.prefix == "ل" and vf.tense == "imp" and prev in _CAME_BACK and i - 1 > sent_a:
        left = parse_left_subject(ctx, i - 1, sent_a)  # "لكن البداح عاد ليؤكد أن": he came back to stress
        if left is not None and left.kind in ("named_organization", "named_person", "unnamed_official", "anonymous"):
            c.np, c.sv, c.phrase_start = left, True, left.start
    if c.np is None and vf.prefix == "" and vf.tense == "imp" and cue_a > sent_a and _own_line_no_stop(ctx, i):
        s0 = next((t + 1 for t in range(cue_a - 1, sent_a - 1, -1) if not ctx.words[t] and ctx.raw[t] == ":"), sent_a)
        if 1 <= cue_a - s0 <= 4 and all(ctx.words[t] or t in ctx.quote_open_tok or t + 1 in ctx.quote_close_tok
                                        or t in ctx.quote_close_tok and t + 1 == cue_a and _lookup(norms[s0], DOC_HEADS)
                                        for t in range(s0, cue_a)):  # (and "تقرير «الشال» يحذر")
            left = parse_left_subject(ctx, cue_a, s0) if ctx.words[cue_a - 1] else marks_source(
                ctx, ctx.quote_close_tok.get(cue_a - 1, -1), cue_a) if cue_a - 1 in ctx.quote_close_tok else None
            if left is not None and left.start in (s0 + 1, s0 + 2) and cue_a - s0 <= 5 and ctx.words[s0] and _lookup(norms[s0], DOC_HEADS) \
                    and ctx.quote_open_tok.get(s0 + 1) == cue_a - 1:
                left = NP(s0, cue_a, ctx.starts[s0], ctx.ends[cue_a - 1], "document", bare(norms[s0]))
                # "تقرير «الشال» يحذر من …": a report by its owner's name in marks
            if left is not None and left.start == s0 and left.kind in (
                    "named_organization", "named_person", "unnamed_official", "anonymous", "media", "document"):
                c.np, c.sv, c.phrase_start = left, True, s0  # "العراق: المفوضية تعلن النتائج": a headline's subject
                # (and "تقرير رقابي يكشف إهدار المليارات": a document)
            elif 1 <= cue_a - s0 <= 3 and all(ctx.words[t] and not _stopword(norms[t]) for t in range(s0, cue_a)) \
                    and is_definite(norms[s0]) and not any(norms[t] in VERB_FORMS for t in range(s0, cue_a)):
                c.np = NP(s0, cue_a, ctx.starts[s0], ctx.ends[cue_a - 1], "named_organization", norms[s0],
                          definite=True, named=True)  # "الصحة العالمية تعلن …": a body by its short name
                c.sv, c.phrase_start = True, s0
            else:
                return None  # a headline's subject no rule reads: never the verb's object
    if c.np is None and vf.prefix == "" and vf.tense == "imp" and vf.lemma in _ADDRESSEE_VERBS and cue_a > sent_a \
            and cue_a - sent_a <= 5 and ctx.words[cue_a - 1]:
        left = parse_left_subject(ctx, cue_a, sent_a)
        if left is not None and left.start == sent_a and left.end == cue_a \
                and left.kind in ("named_organization", "named_person", "unnamed_official"):
            c.np, c.sv, c.phrase_start = left, True, sent_a  # "حماس تطالب مصر بفتح المعبر": a headline's subject
    if c.np is None and vf.prefix == "" and cue_a - 2 > sent_a and norms[cue_a - 1] == "قد" \
            and norms[cue_a - 2] in ("كان", "كانت", "كانوا"):
        left = parse_left_subject(ctx, cue_a, sent_a)
        if left is not None:
            c.np, c.sv, c.phrase_start = left, True, left.start  # "الشركة كانت قد أبلغت المساهمين بأن"
    if c.np is None and j + 1 < sent_b and norms[j] in ("فيه", "فيها") and ctx.words[j + 1] \
            and not complementizer(norms[j + 1]) and prev in _TIME_RELATIVES:
        j += 1  # "في الوقت الذي أكد فيه المدافع X أن"، "في وقت أعلن فيه سولانا أن": a resumptive
    if vf.prefix == "" and c.np is None:
        left = _kana_subject(ctx, cue_a, sent_a, sent_b)
        if left is not None:
            c.np, c.sv, c.phrase_start = left, True, left.start  # وكانت رايس قد حذرت ...، وكانت X أعلنت
            polled = next((t for t in range(left.end, cue_a) if ctx.words[t] and norms[t] in _POLLED), -1)
            if polled > 0 and c.via is None:
                at = polled + 2 if polled + 1 in ctx.quote_open_tok else polled + 1
                m = match_outlet(ctx, at, cue_a)
                if m is not None and not m.anaphor:
                    c.via = m  # "وكان محللون استطلعت «بلومبرغ» آراءهم قد توقعوا": the outlet that asked them
    if c.np is None and (prev in ("فقد", "ف") or vf.prefix == "ف" or prev in ("قد",) and i - 2 >= sent_a
                         and ctx.words[i - 2] and norms[i - 2] in _FA_KANA) and not to_it:
        # (and "أما صندوق النقد الدولي، فكان قد انتقد": ف on كان)
        topic = _amma_topic(ctx, cue_a, sent_a)
        own = parse_np(ctx, j, sent_b, feminine=vf.gender == "f") if topic is not None and j < sent_b \
            and ctx.words[j] and not is_complement(ctx, j, sent_b) else None
        if own is not None and own.start == j and own.kind in ("named_person", "unnamed_official", "anonymous") \
                and (own.named or own.role or own.kind == "anonymous") and not (vf.lemma in OBJECT_VERBS_ANY and not own.named) \
                or own is not None and own.start == j and own.kind == "named_organization" and any(
                    ctx.raw[t].endswith(("ها", "هم")) and len(ctx.raw[t]) > 4 for t in range(own.start, own.end)):
            topic = None  # "أما الهيئة، فأوضح المتحدث الرسمي باسمها خالد الخيبري أن": the verb has its own subject
            # (also "أما بكين، …، فقد أعلنت وزارة خارجيتها": its own ministry)
        if topic is not None:
            c.np, c.sv, c.phrase_start = topic, True, topic.start  # أما الحكومة، فقد أكدت ...
    if c.np is None and vf.prefix == "" and cue_a > sent_a and vf.lemma == _TOLD and (prev or (i - 1) in ctx.quote_close_tok):
        # "… إن المملكة أبلغت عملاءها بأنها"، "إن «ساما» أبلغت الشركات بأنها": who told, right after إن/أن
        o = ctx.quote_close_tok.get(i - 1, -1)
        left = marks_source(ctx, o, i) if o > sent_a and i - 1 - o <= 4 else parse_left_subject(ctx, cue_a, sent_a)
        before = (o if o > sent_a and left is not None and left.start > o else left.start if left is not None else -1) - 1
        if left is not None and before >= sent_a and ctx.words[before] and complementizer(ctx.norms[before]) \
                and left.kind in ("named_organization", "named_person", "unnamed_official", "media", "anonymous"):
            c.np, c.sv, c.phrase_start = left, True, before + 1
    if c.np is None and vf.prefix == "" and cue_a > sent_a and "o" in vf.complements and prev:
        left = parse_left_subject(ctx, cue_a, sent_a)
        if left is not None and left.start > sent_a and ctx.words[left.start - 1] \
                and complementizer(ctx.norms[left.start - 1]) and left.start in ctx.entity_at \
                and left.kind in ("named_organization", "named_person"):
            c.np, c.sv, c.phrase_start = left, True, left.start  # "أن روسيا أبدت مرونة": after أن, its subject
        elif left is not None and left.start == sent_a and left.kind != "document" and cue_a == i:
            # (not "بلغاريا | كما أعلن رئيس الوزراء البلغاري …": a heading run into the text; كما
            # opens a clause whose subject follows the verb)
            # "الحكومة تعلن خطة لخفض العجز": a subject before the verb, the words after it
            # are the object, never the source
            c.np, c.sv, c.phrase_start = left, True, left.start
    if c.np is None and vf.prefix == "" and vf.person == 3 and cue_a - sent_a >= 3 and j < sent_b:
        shower = _shower_of_object(ctx, cue_a, j, sent_a)
        if shower is not None:
            c.np, c.sv = shower, True  # "نشرت وزارة الدفاع صورا جديدة قالت إنها تظهر …": the ministry says so
    if c.np is None and vf.prefix == "" and vf.person == 3 and cue_a - sent_a >= 4:
        left = _indefinite_then_clause(ctx, cue_a, sent_a, vf.number == "p")
        if left is not None:
            c.np, c.sv, c.phrase_start = left, True, left.start
            c.anonymous = c.anonymous or anonymity_clause(ctx, left.end, cue_a)
    own = VERB_PREPOSITION.get(vf.lemma, "")
    if c.np is None and vf.prefix == "" and cue_a > sent_a and prev and vf.lemma in _ADDRESSED and own \
            and j < sent_b and ctx.words[j] and (is_definite(norms[j]) or _lookup(norms[j], ORG_HEADS)
                                                 or j in ctx.entity_at and ctx.entity_at[j].type == "ORG"):
        left = parse_left_subject(ctx, cue_a, sent_a)
        if (left is None or not left.named) and ctx.words[cue_a - 1] and norms[cue_a - 1] in _REPORT_NOUNS:
            # ("وقع 40 نائبا مذكرة تطالب الحكومة بالتراجع": the memorandum demands)
            left = NP(cue_a - 1, cue_a, ctx.starts[cue_a - 1], ctx.ends[cue_a - 1], "document", norms[cue_a - 1])
        if left is not None and left.end == cue_a and (left.start == sent_a or left.start > sent_a and ctx.words[left.start - 1]
                                                        and complementizer(ctx.norms[left.start - 1])
                                                        or left.kind == "document" and left.end - left.start == 1
                                                        and norms[left.start] in _REPORT_NOUNS) \
                and left.kind in ("named_organization", "named_person", "unnamed_official", "document") and any(
                    ctx.words[t] and (norms[t] == own or own == "ب" and norms[t][:1] == "ب" and len(norms[t]) > 3)
                    for t in range(j + 1, min(sent_b, j + 8))):
            # "غير أن عضو مجلس الشورى الدكتور X طالب وزارة المياه بتجميد …"، "أن المجلس طالب الوزارة بـ":
            # the subject before the verb; the body after it is whom it addresses
            c.np, c.sv, c.phrase_start = left, True, left.start
    if c.np is None and vf.prefix == "" and cue_a - 1 > sent_a and j < sent_b and ctx.words[cue_a - 1] \
            and _no_subject_after(ctx, j, sent_b):
        s = cue_a - 1
        while s > sent_a and s > cue_a - 3 and ctx.words[s] and not is_definite(norms[s]) and (
                norms[s] in MEDIA_QUALIFIERS or (is_nisba(norms[s]) and norms[s] not in _REPORT_NOUNS)):
            s -= 1  # (تقارير إعلامية إسرائيلية)
        if ctx.words[s] and norms[s] in _REPORT_NOUNS and s - 1 >= sent_a and ctx.words[s - 1] \
                and not complementizer(norms[s - 1]) \
                and (vf.gender == "m") == (norms[s] in _MASCULINE_REPORTS):  # ("بيانا قالت": the body's, not the statement's)
            left = parse_np(ctx, s, cue_a)
            if left is not None and left.start == s and left.end == cue_a:
                c.np, c.sv, c.phrase_start = left, True, s  # "التعليق على تقارير أفادت بأن …": what the reports said
        elif ctx.words[s] and norms[s] in _REPORT_NOUNS and s == cue_a - 1 and s - 1 > sent_a:
            issuer = _issuer(ctx, s, sent_a)
            if issuer is not None:
                c.np, c.sv = issuer, True  # "وأصدرت الوزارة بيانا قالت إن": the ministry, in its statement
    if c.np is None and vf.prefix == "" and cue_a > sent_a and j < sent_b and j in ctx.quote_open_tok and prev:
        left = parse_left_subject(ctx, cue_a, sent_a)
        if left is not None and left.start == sent_a and left.kind in ("named_organization", "named_person",
                                                                        "unnamed_official", "anonymous"):
            c.np, c.sv, c.phrase_start = left, True, left.start  # "الشورى يطالب «العمل» برفع …": who demands of whom
    if c.np is None and j < sent_b and j in ctx.quote_open_tok:
        if vf.lemma in (_TOLD, _INFORMED) and c.via is None:
            m = match_addressee(ctx, j, sent_b)  # "وأفاد «الوطن» مصدر مطلع بأن": the paper told, then who
            after = -1 if m is None or m.end >= sent_b else m.end if ctx.words[m.end] else m.end + 1
            told = parse_np(ctx, after, sent_b, feminine=vf.gender == "f") if 0 < after < sent_b else None
            if told is not None and told.kind in ("anonymous", "unnamed_official", "named_person"):
                c.via, c.np, j = m, told, after
        if c.np is None:
            c.np = marks_named_source(ctx, j, sent_b)  # وأكدت "بيرسون" في بيان أنها ...
        close = ctx.quote_open_tok.get(j, -1)
        if c.np is None and 2 < close - j <= 4 and ctx.norms[j + 1] in ("ابو", "ام") \
                and all(ctx.words[t] for t in range(j + 1, close)) and close + 1 < sent_b and ctx.is_punct(close + 1, "،,:"):
            c.np = NP(j, close + 1, ctx.starts[j + 1], ctx.ends[close - 1], "named_person", ctx.norms[j + 1], named=True)
            # "ويضيف «أبو عبدالله»، وهو صاحب مكتب آخر: «…»": a kunya in marks, not a quotation
        if c.np is None and 1 < close - j <= 4 and close + 1 < sent_b and ctx.is_punct(close + 1, "،,"):
            initials = parse_np(ctx, j, sent_b)
            if initials is not None and initials.kind == "anonymous" and initials.end == close + 1:
                c.np = initials  # "وقال "ع. م"، تاجر جملة …، إن": a man named by his initials, not a quotation
        if c.np is None and ("o" in vf.complements or "p" in vf.complements):
            c.np = marks_subject_of_object(ctx, j, sent_b, VERB_PREPOSITION.get(vf.lemma, ""),
                                           OBJECT_THEN.get(vf.lemma, ""))
    if vf.lemma == _ANNOUNCE_LEMMA and j < sent_b and ctx.words[j] and norms[j] in _DECLARED_AS:
        return None  # "وكان كالديرون أُعلن رئيسا للنادي": declared president, nothing said
    if c.np is None and j + 1 < sent_b and ctx.raw[j] == "إن":
        c.np = _in_name(ctx, j, sent_b)  # "وتقول إن لويز هيتل، من شركة …: «…»": إن begins the name
    # a verb with a plural or dual ending has its subject before it or in it (the verb that
    # precedes its subject is singular): what follows is its object (الإيطاليون يرجحون فوز ...)
    agreeing = vf.person == 3 and vf.number in ("p", "d")
    own_bi = VERB_PREPOSITION.get(vf.lemma) == "ب" and j < sent_b and norms[j][:1] == "ب" and len(norms[j]) > 3 \
        and norms[j] not in FIRST_NAMES and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER") \
        and not any(_lookup(norms[j], lex) for lex in (DOC_HEADS, ORG_HEADS))  # (وأفاد بلاغ للمجموعة: a communiqué)
    he = _BUT_HE.get(prev) or (_THAT_HE.get(prev) if i - 2 >= sent_a and norms[i - 2] in _BUT_WORDS else None)
    pronoun_subject = vf.prefix == "" and vf.person == 3 and vf.number == "s" and he == vf.gender \
        and "o" in vf.complements  # "لكنه دعا دمشق إلى"، "غير أنه دعا الحكومة إلى": he called on them
    if c.np is None and j < sent_b and ctx.words[j] and norms[j] in _BOTH_SIDES and not c.sv and not (
            vf.lemma in _CALLS_ON and vf.prefix in ("و", "ف") and norms[j] in _OBLIQUE_DUALS and j + 1 < sent_b and ctx.words[j + 1]
            and (norms[j + 1] == VERB_PREPOSITION.get(vf.lemma) or norms[j + 1][:1] == "ب" and len(norms[j + 1]) > 3)):
        # (but "وحثت الجانبين على اغتنام الفرصة": the two sides urged, its object)
        c.np = NP(j, j + 1, ctx.starts[j], ctx.ends[j], "named_organization", norms[j], definite=True, pair=True)
        # "وأكد الجانبان، في البيان الختامي، أن"، "وحث الجانبان رجال الأعمال على": the two parties
    if c.np is None and not honorific and not said and not is_complement(ctx, j, sent_b) and j < sent_b and ctx.words[j] \
            and not agreeing and not pronoun_subject \
            and norms[j] not in OBJ_PREPS and not _demand_with_bi(ctx, vf, i, j, sent_a, sent_b) and not own_bi:
        # (own_bi: "اعترف بمقتل ضابط"، "أشاد بجهود": the verb's own ب-object, never its subject)
        c.np = parse_np(ctx, j, sent_b, feminine=vf.gender == "f")
        if c.np is None:
            c.np = _trade_where_then_name(ctx, j, sent_b)
        if c.np is not None and c.np.kind == "named_organization" and "o" in vf.complements and c.np.start == j \
                and c.np.end - c.np.start >= 3:
            t = next((t for t in range(c.np.start + 2, c.np.end) if ctx.words[t] and ctx.norms[t].startswith("ال")
                      and ctx.norms[t][2:] in _DOC_OBJECTS), -1)
            shorter = parse_np(ctx, j, t, feminine=vf.gender == "f") if t > 0 else None
            if shorter is not None and shorter.end == t and shorter.kind == "named_organization":
                c.np = shorter  # "أعلنت وزارة المالية | البيان التمهيدي للميزانية": the document it announced, its object
        if c.np is not None and c.np.kind in ("anonymous", "unnamed_official") and c.np.start == j \
                and not c.np.definite and not c.np.named and c.np.end + 1 < sent_b and ctx.words[c.np.end] \
                and (c.np.kind == "anonymous" or norms[j].endswith(("ون", "ين"))):
            w = norms[c.np.end]
            if w[:1] == "و" and len(w) > 4 and not is_definite(w[1:]) and (
                    in_lexicon(w[1:], ANON_HEADS) or w[1:] in PLURAL_BODIES):
                e = c.np.end + 1  # "وتوقع خبراء ومحللون ماليون أن"، "توقعت بنوك استثمار ومؤسسات بحثية أن": both
                while e < sent_b and ctx.words[e] and not is_definite(norms[e]) and e - c.np.end < 3 \
                        and (bare_nisba(norms[e]) or norms[e] in INDEF_ADJECTIVES):
                    e += 1
                if e + 1 < sent_b and ctx.words[e] and norms[e] == "في" and ctx.words[e + 1] \
                        and (is_definite(norms[e + 1]) or e + 2 < sent_b and ctx.words[e + 2] and is_definite(norms[e + 2])):
                    k = def_chain(ctx, e + 1 if is_definite(norms[e + 1]) else e + 2, sent_b, org=True)
                    if k < sent_b and ctx.words[k] and norms[k] == VERB_PREPOSITION.get(vf.lemma):
                        e = k  # "حذر مسؤولون تنفيذيون وخبراء في قطاع الطاقة من": where they work, then the verb's own
                if c.np.kind == "anonymous" or e < sent_b and ctx.words[e] and (
                        complementizer(norms[e]) or norms[e] == VERB_PREPOSITION.get(vf.lemma)):
                    c.np = replace(c.np, end=e, src_end=ctx.ends[e - 1], kind="anonymous")
                    # ("مسؤولون وخبراء": officials and experts together, unnamed people; "مسؤولون ومصرفيون
                    # مشاركون في المؤتمر" is read whole below)
        if c.np is not None and c.np.kind == "named_person" and not c.np.role and c.np.start == j \
                and c.np.start not in ctx.entity_at and norms[j] not in FIRST_NAMES and norms[j] not in ctx.person_tokens \
                and ctx.raw[j].endswith("ة") and not is_definite(norms[j]) and vf.prefix == "" and norms[j] not in _SOME \
                and "o" in vf.complements and cue_a > sent_a:
            left = parse_left_subject(ctx, cue_a, sent_a)
            if left is not None and left.end == cue_a and left.kind in (
                    "document", "named_organization", "named_person", "unnamed_official", "anonymous", "media"):
                c.np, c.sv, c.phrase_start = left, True, left.start
                # "لكن الأرقام … تكشف صورة أقل تفاؤلا": the subject before the verb; a noun in ة after it is its object
        if c.np is not None and vf.lemma in _CALLS_ON and vf.gender == "m" and vf.number == "s" and vf.prefix in ("و", "ف") \
                and c.np.kind == "named_organization" and c.np.start == j \
                and (c.np.end - c.np.start == 1 and c.np.definite or c.np.end - c.np.start > 1 and not is_definite(norms[j])
                     and is_definite(norms[j + 1])) \
                and norms[j].endswith("ه") and ctx.raw[j].endswith("ة") \
                and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER"):
            c.np = None  # "…، وطالب الحكومة بـ«خطة»": a body (feminine) after a masculine verb is whom he asked
        if c.np is None and vf.lemma == _RELAY and j + 1 < sent_b and ctx.words[j + 1] and norms[j + 1] == "عن":
            m = match_outlet(ctx, j, j + 1, ambiguous_ok=True)
            if m is not None and not m.anaphor:  # "ونقلت وفا عن مسؤول": a wire whose name is also a word
                c.np = NP(j, j + 1, ctx.starts[j], ctx.ends[j], "media", norms[j], named=True)
        legal = norms[j] in _LEGAL_TEXTS and c.np is None and vf.lemma in _EXPLAINED and vf.prefix in ("و", "ف") \
            and _complement_ahead(ctx, j + 1, sent_b)  # "وبين القرار الوزاري أن": a decision states
        if (vf.lemma == _STIPULATE and norms[j] in _LEGAL_TEXTS and (c.np is None or c.np.kind != "document")) or legal:
            e = def_chain(ctx, j + 1, sent_b) if j + 1 < sent_b and ctx.words[j + 1] and is_definite(norms[j + 1]) else j + 1
            c.np = NP(j, e, ctx.starts[j], ctx.ends[e - 1], "document", norms[j], definite=is_definite(norms[j]))
            # "ونص القرار على أن"، "وتنص المادة الثالثة من اللائحة على": a legal text stipulates
        if c.np is not None and norms[j][:1] in "بل" and j not in ctx.entity_at \
                and c.np.kind in ("document", "anonymous", "named_organization", "unnamed_official") \
                and not any(norms[j] in lex for lex in (DOC_HEADS, ORG_HEADS, ANON_HEADS, ROLE_HEADS)) \
                and any(in_lexicon(norms[j][1:], lex) for lex in (DOC_HEADS, ORG_HEADS, ANON_HEADS, ROLE_HEADS)):
            c.np = None  # "المجلس نوه بنتائج الزيارة": ب on a head, a prepositional phrase (not بنك)
        if c.np is not None and c.np.kind == "document" and vf.lemma == _ANNOUNCE_LEMMA and vf.prefix == "" \
                and bare(norms[c.np.start]) in _ANNOUNCED_THINGS and not is_definite(norms[c.np.start]):
            return None  # "أُعلنت أمس نتائج الاكتتاب": the results were announced, no one announcing
        if c.np is not None and vf.lemma == _ANNOUNCE_LEMMA and vf.tense == "imp" and c.np.end < sent_b \
                and ctx.words[c.np.end] and strip_possessive(bare(norms[c.np.end])) in _ANNOUNCED_THINGS \
                and norms[c.np.end] != strip_possessive(norms[c.np.end]):
            return None  # "وتعلن البنوك نتائجها للربع الثالث خلال الأسبوعين المقبلين": a schedule, nothing said
        if c.np is not None and (c.np.named and c.np.kind == "named_person" or c.np.kind in ("named_organization", "anonymous")):
            c.np = _second_person(ctx, c.np, vf, sent_b) or c.np  # (and "ودعت فنزويلا والجزائر إلى"، "ودعا مصرفيون وخبراء إلى")
        if c.np is not None and coordinated and c.np.named and "o" in vf.complements \
                and c.np.start not in ctx.entity_at and norms[c.np.start] not in FIRST_NAMES \
                and norms[c.np.start] not in ctx.person_tokens \
                and not (c.np.role and ctx.tok_at_char(c.np.src_start) in ctx.entity_at):
            # (but "، وأكد الممثل الخاص … يان فان دير برغ": a post, then the name the tagger found)
            c.np = None  # "، وحدد ملامح خطة": the same speaker goes on; a word no one knows as a name is the object
        if c.np is not None and coordinated and not c.np.named and (c.np.definite or (
                c.np.end - c.np.start >= 2 and is_definite(ctx.norms[c.np.start + 1])
                and c.np.kind in ("anonymous", "unnamed_official"))) and c.np.end < sent_b and (
                ("o" in vf.complements and (
                    ctx.norms[c.np.end][:1] == "ب" or ctx.norms[c.np.end] == VERB_PREPOSITION.get(vf.lemma)
                    or ctx.norms[c.np.end] == OBJECT_THEN.get(vf.lemma)))
                or (vf.lemma == _DEMAND and ctx.norms[c.np.end][:1] == "ب" and len(ctx.norms[c.np.end]) > 3)):
            c.np = None  # "، ووصفت التقارير بأنها"، "، ودعت المانحين إلى": an object
        if c.np is not None and coordinated and vf.lemma in _URGED and c.np.end < sent_b \
                and ctx.norms[c.np.end] == VERB_PREPOSITION.get(vf.lemma) and c.np.start in ctx.entity_at \
                and ctx.entity_at[c.np.start].type == "LOC":
            c.np = None  # "…، وحثت كوريا الشمالية على العودة": whom she urged (the subject goes on)
        if c.np is not None and vf.gender == "m" and vf.number == "s" and vf.prefix in ("و", "ف") and c.np.start == j \
                and c.np.kind in ("named_organization", "document") and not c.np.role and not c.np.named \
                and c.np.head.endswith(("ه", "ات")) and not (c.np.start in ctx.entity_at
                                                           and ctx.entity_at[c.np.start].type == "PER") \
                and c.np.end < sent_b and ctx.words[c.np.end] and (
                    ctx.norms[c.np.end] == VERB_PREPOSITION.get(vf.lemma)
                    or ctx.norms[c.np.end][:1] == "ب" and VERB_PREPOSITION.get(vf.lemma) == "ب"):
            c.np = None  # "وطالب وزارة الصحة … بتزويد المحافظة": a masculine verb, a feminine body: its object
        if c.np is not None and c.np.head == "?":
            c.np = None
        if c.np is not None and c.np.kind == "named_person" and not c.np.role and c.np.end - c.np.start == 2 \
                and c.np.start not in ctx.entity_at and norms[c.np.start] not in FIRST_NAMES \
                and norms[c.np.start] not in ctx.person_tokens and norms[c.np.start + 1].endswith("يه") \
                and is_nisba(norms[c.np.start + 1]) and not is_definite(norms[c.np.start + 1]):
            c.np = None  # "يهدد مشاريع حكومية": a noun and its adjective (a feminine one: things), no one named
        if c.np is not None and "o" in vf.complements and c.np.kind == "named_person" and not c.np.role \
                and (c.np.end - c.np.start == 1 or c.np.end - c.np.start == 2 and ctx.raw[c.np.start + 1].endswith(("ا", "ى"))
                     and norms[c.np.start + 1] not in FIRST_NAMES and c.np.start + 1 not in ctx.entity_at) \
                and c.np.start == j and c.np.start not in ctx.entity_at and norms[c.np.start] not in FIRST_NAMES \
                and norms[c.np.start] not in ctx.person_tokens and ctx.raw[c.np.start].endswith("ا") \
                and len(norms[c.np.start]) >= 4 and not is_definite(norms[c.np.start]) and c.np.end < sent_b \
                and ctx.words[c.np.end] and norms[c.np.end][:1] in ("ل", "ب", "ع", "م", "ف") \
                and not complementizer(norms[c.np.end]):
            return None  # "بيان يحدد رقما للإنتاج"، "قرارا يحدد سقفا للأسعار": an indefinite object, no one named
        if c.np is not None and prev in _WHEREBY and vf.prefix == "" and "o" in vf.complements and c.np.start == j \
                and c.np.kind in ("named_person", "named_organization") and not c.np.role \
                and c.np.start not in ctx.entity_at and norms[c.np.start] not in FIRST_NAMES \
                and norms[c.np.start] not in ctx.person_tokens and norms[c.np.start] not in KNOWN_ORGS \
                and not _lookup(norms[c.np.start], ORG_HEADS) and not is_definite(norms[c.np.start]) \
                and c.np.end - c.np.start <= 2 and c.np.end < sent_b and ctx.words[c.np.end]:
            c.np, c.implied = None, True  # "…، إذ حددت سعر لتر البنزين بـ140 بيسة": the object; the subject goes on
        if c.np is not None and vf.lemma in _CALLS_ON and (_oblique_plural_object(ctx, c.np) or (
                vf.gender == "f" and vf.number == "s" and c.np.start == j and not c.np.named
                and c.np.start not in ctx.entity_at and norms[j].startswith("الم") and norms[j].endswith("ين")
                and len(norms[j]) >= 7)):
            # ("وهددت المخالفين بغرامات": a feminine verb never has men in -ين for its subject)
            c.np = None  # "، ودعا المستثمرين المحليين والأجانب إلى": whom he called on (a subject is المستثمرون)
        if c.np is not None and vf.lemma in _CALLS_ON and c.np.start == j and ctx.norms[c.np.start] in _OBLIQUE_DUALS:
            c.np = None  # "وحثت الجانبين على اغتنام الفرصة": the two sides urged (a subject is الجانبان)
        if c.np is not None and prev in _PRONOUN_SUBJECT and vf.prefix == "" and vf.number == "s" \
                and c.np.kind == "anonymous" and not c.np.named and ("o" in vf.complements or "p" in vf.complements):
            c.np = None  # "غير أنه دعا المستثمرين إلى الحذر": he (the pronoun) called on them, an object
        if c.np is not None and vf.lemma == _PASSED and c.np.kind == "document":
            return None  # "الكويت تقر موازنة بعجز …": passes a budget (an act), its object no speaker
        if vf.lemma == _PASSED and any(ctx.words[t] and ctx.norms[t] in _BY_VOTE
                                       for t in range(j, min(sent_b, (c.np.end if c.np is not None else j) + 6))):
            return None  # "أقر مجلس النواب مساء الخميس بغالبية 218 صوتا مشروع قانون": passed by a vote, no admission
        if c.np is not None and vf.lemma in _CALLS_IT and not c.np.named and c.np.kind in ("document", "anonymous") \
                and c.np.end < sent_b and ctx.words[c.np.end] and ctx.norms[c.np.end] in _BI_ANNA:
            last = c.np.end - 1
            if last == c.np.start:
                c.np = None  # "ووصف النتائج بأنها «جيدة»": what he described, right before بأنها
            elif ctx.words[last] and is_definite(norms[last]) and not adjective_like(norms[last]):
                shorter = parse_np(ctx, j, last, feminine=vf.gender == "f")
                if shorter is not None and shorter.end == last:
                    c.np = shorter  # "ووصف التقرير الوضع بأنه صعب"، "ووصف محللون الخطوة بأنها": subject, then object
        if c.np is not None and vf.lemma in _CALLS_IT and c.np.end - c.np.start >= 2 and c.np.end < sent_b \
                and ctx.words[c.np.end] and ctx.norms[c.np.end] in _BI_ANNA and ctx.norms[c.np.end - 1] in _DESCRIBED:
            shorter = parse_np(ctx, j, c.np.end - 1, feminine=vf.gender == "f")
            if shorter is None and c.np.named and c.np.end - 1 - c.np.start >= 2:
                shorter = replace(c.np, end=c.np.end - 1, src_end=ctx.ends[c.np.end - 2])  # (a name parsed alone)
            if shorter is not None and shorter.end == c.np.end - 1:
                c.np = shorter  # "ووصف علي الفيتوري الرواية بأنها"، "ووصفت الخارجية الأميركية القرار بأنه": what was described
            elif c.np.kind == "unnamed_official" and not c.np.named and c.np.role:
                c.np = replace(c.np, end=c.np.end - 1, src_end=ctx.ends[c.np.end - 2],
                               role=c.np.role.rsplit(" ", 1)[0])  # "ووصف متحدث باسم وزارة الخزانة | الخطوة بأنها"
        if c.np is not None and vf.lemma == _DESCRIBED_LEMMA and vf.prefix in ("و", "ف") and c.np.start == j \
                and c.np.kind in ("named_organization", "document", "unnamed_official", "anonymous") and not c.np.named \
                and c.np.end < sent_b and ctx.words[c.np.end] \
                and ctx.norms[c.np.end] in _BI_ANNA and not (c.np.start in ctx.entity_at and ctx.entity_at[c.np.start].type == "PER"):
            c.np = None  # "ووصف برنامج تطوير القطاع المالي بأنه «…»": وصف takes an object; alone before بأنه, that is it
        if c.np is not None and c.np.kind == "media" and vf.lemma == _TOLD and c.via is None:
            # "مسؤول بارز بوزارة الدفاع أبلغ صحيفة نيويورك تايمز أن": the paper told is the via
            m = match_outlet(ctx, c.np.start, sent_b)
            if m is not None and not m.anaphor:
                c.via = m
                after = parse_np(ctx, m.end, sent_b, feminine=vf.gender == "f") if m.end < sent_b else None
                left = parse_left_subject(ctx, cue_a, sent_a) if vf.prefix == "" else None
                c.np = after or left
                if c.np is None:
                    c.implied = True
                    j = m.end
                elif c.np is left:
                    c.sv, c.phrase_start = True, left.start
                    j = m.end
        if c.np is not None and vf.lemma in _JUDGES_OBJECT and vf.prefix in ("و", "ف") and c.np.kind == "named_person" \
                and c.np.start == j and c.np.end - c.np.start <= 2 and all(
                    t not in ctx.entity_at and norms[t] not in FIRST_NAMES and norms[t] not in ctx.person_tokens
                    for t in range(c.np.start, c.np.end)) and not c.np.role:
            c.np = None  # "ووصف موقف بعض المشاركين بأنه «غير بناء»": no one is named, the object follows
        if c.np is not None and vf.lemma == _BLAMED and c.np.start == j and c.np.end < sent_b and ctx.words[c.np.end] \
                and bare(norms[c.np.end]) in _RESPONSIBILITY and not (c.np.role and c.np.named):
            # (but "وحمّل وزير الطاقة رامي حداد مسؤولية الأزمة للمصرف": a man with his post blames)
            c.np, c.implied = None, True  # "كما حملت واشنطن المسئولية …": whom it blamed; the speaker goes on
        if c.np is not None and vf.prefix == "" and "o" in vf.complements and not coordinated and not c.np.named \
                and c.np.kind == "document" and c.np.start == j and c.np.end < sent_b \
                and not complementizer(norms[c.np.end]) and not ctx.is_punct(c.np.end, ":"):
            left = parse_left_subject(ctx, cue_a, sent_a)
            if left is not None and left.kind != "document" and left.end == cue_a:
                c.np, c.sv, c.phrase_start = left, True, left.start
                # "لكن جمعية منظمي الرحلات اعتبرت القرار «متسرعا»": the body before the verb
                # judged the decision, its object
        if c.np is not None and not coordinated:
            c.np = _object_left_out(ctx, c.np, vf, j, sent_b)
        elif c.np is not None and vf.lemma in _ADDRESSEE_VERBS and vf.prefix == "و" and c.np.start == j \
                and c.np.kind in ("media", "anonymous") and c.np.end < sent_b and ctx.words[c.np.end] \
                and _OBJECT_PREPOSITION.get(vf.lemma) in (norms[c.np.end], norms[c.np.end][:1]):
            # "نفى المركز …، ودعا وسائل الإعلام إلى «تحري الدقة»": whom the speaker called on, not who calls
            c.np, c.implied = None, True
        if c.np is not None and VERB_PREPOSITION.get(vf.lemma) == "ب" and c.np.named and c.np.role \
                and c.np.kind == "named_person":
            name_at = ctx.tok_at_char(c.np.src_start) if c.np.src_start > ctx.starts[c.np.start] else -1
            if name_at > c.np.start and norms[name_at][:1] == "ب" and len(norms[name_at]) > 3 \
                    and norms[name_at] not in FIRST_NAMES and norms[name_at] not in ctx.person_tokens \
                    and name_at not in ctx.entity_at:
                shorter = parse_np(ctx, j, name_at, feminine=vf.gender == "f")
                if shorter is not None and shorter.end == name_at:
                    c.np = shorter  # "واعترف الوزير بوجود مشكلات": the verb's own ب, not a name after the post
        if c.np is not None and vf.lemma == _DEMAND and c.np.named and c.np.kind == "named_person" \
                and c.np.end - c.np.start >= 2:
            last = next((t for t in range(c.np.start + 1, c.np.end) if norms[t][:1] == "ب"), c.np.end - 1)
            # ("وطالب الديحاني باستدعاء قياديي المؤسسة": his own ب, then its genitive; the name ends before)
            if norms[last][:1] == "ب" and len(norms[last]) > 3 and norms[last] not in FIRST_NAMES \
                    and norms[last] not in ctx.person_tokens and last not in ctx.entity_at and ctx.words[last - 1]:
                shorter = parse_np(ctx, j, last, feminine=vf.gender == "f")
                if shorter is not None and shorter.end == last and shorter.kind == "named_person":
                    c.np = shorter  # "وطالب المطيري بإحالة أي قرار": his own ب, not the end of his name
        if c.np is not None and VERB_PREPOSITION.get(vf.lemma) == "ب" and not c.np.named:
            cut = next((t for t in range(c.np.start + 1, c.np.end) if ctx.words[t] and ctx.norms[t][:1] == "ب"
                        and len(ctx.norms[t]) > 3 and not ctx.norms[t].startswith("بال")
                        and ctx.norms[t] not in ("باسم", "بإسم") and ctx.norms[t][1:] not in _REGION_WORDS
                        and not _in_entity(ctx, t)  # (تقرير لوكالة بلومبيرغ: a name that starts with ب)
                        and not is_nisba(ctx.norms[t])  # ("مصادر برلمانية"، "مصادر بريطانية": an adjective)
                        and not _is_place_tok(ctx, t)), -1)
            if cut > 0:
                shorter = parse_np(ctx, j, cut, feminine=vf.gender == "f")
                if shorter is not None and shorter.end == cut:
                    c.np = shorter  # "وأشاد وزير التجارة بجهود الشباب": the verb's own ب, not the post's
        if c.np is not None:
            c.np = foreign_name_after_role(ctx, c.np, sent_b) or c.np
        own = VERB_PREPOSITION.get(vf.lemma, "")
        if c.np is not None and own and c.np.kind == "anonymous" and c.np.end < sent_b \
                and norms[c.np.end] != own and not _complement_ahead(ctx, c.np.end, sent_b):
            cut = next((k for k in range(c.np.start + 1, c.np.end) if norms[k] == own), -1)
            if cut > 0:
                shorter = parse_np(ctx, j, cut, feminine=vf.gender == "f")
                if shorter is not None and shorter.end == cut:
                    c.np = shorter  # "يحذر خبراء من فقاعة": the verb's own preposition, not "experts from"
        if c.np is not None and c.np.kind == "named_person" and c.np.role == "descriptor" and vf.lemma in DOCUMENT_ONLY:
            c.np = None
    if c.np is None and j < sent_b and not agreeing and not honorific and not (
            vf.lemma in _CALLS_IT and j + 2 < sent_b and ctx.words[j + 2] and norms[j + 2] in _BI_ANNA):
        c.np = _bare_name(ctx, j, sent_b)  # (but "ووصف عملية الفرز بأنها": what he described)
    if c.np is None and not honorific:
        if vf.prefix == "" and prev not in _PRONOUN_SUBJECT:
            left = parse_left_subject(ctx, cue_a, sent_a)
            if left is not None:
                c.np, c.sv, c.phrase_start = left, True, left.start
        elif vf.prefix in ("ل", "ول", "فل") and i > sent_a + 1 and ctx.words[i - 1]:
            for s in range(max(sent_a + 1, i - 8), i):
                left = parse_np(ctx, s, i)
                if left is not None and left.start == s and left.end == i and ctx.words[s - 1] \
                        and ctx.norms[s - 1] in _CAME_IN_TO and left.kind in ("named_person", "unnamed_official"):
                    c.np, c.sv = left, True  # "تدخل المحامي بندر العتيبي ليشير إلى أن": the subject of the verb before
                    break
        if c.np is None and vf.prefix == "" and vf.tense == "imp" and prev and _lookup(prev, DOC_HEADS) \
                and not is_definite(prev) and ctx.words[i - 1]:
            # "اطلعت «الاقتصادية» على وثيقة تشير إلى أن": a document and its unmarked relative clause
            c.np = NP(i - 1, i, ctx.starts[i - 1] + _lam_or_ba(ctx, i - 1), ctx.ends[i - 1], "document",
                      bare(prev))
            c.sv, c.phrase_start = True, i - 1
        if c.np is None and vf.prefix == "" and prev in _STEPS and i - 2 > sent_a and ctx.norms[i - 2] in ("في", "وفي"):
            # "رفعت مؤسسة النقد … الحد الأعلى …، في خطوة قالت إنها تهدف إلى": who took the step says why
            c.np = _opening_subject(ctx, sent_a, cue_a, any_body=True, whereby=True)
            c.sv = c.np is not None
        if c.np is None and vf.prefix == "و" and vf.tense == "perf" and vf.person == 3 and not coordinated \
                and i - 1 >= sent_a + 3 and ctx.is_punct(i - 1, "،,") \
                and not any(ctx.words[t] and ctx.norms[t] in VERB_FORMS for t in range(sent_a, i - 1)):
            first = _subject_first(ctx, sent_a, i - 1, unnamed=True)
            if first is not None and first.end < i - 1 and ctx.words[first.end] and not first.named \
                    and ctx.norms[first.end].endswith("ت") == (vf.gender == "f"):
                c.np, c.sv = first, True  # "لكن مصادر في القطاع قللت من المخاوف، وقالت لـ«البيان» إن": the same subject
        if c.np is None and (prev in _WHEREBY or prev in _BUT_HE or prev in _THAT_HE and he == vf.gender) \
                and vf.prefix == "":
            # (and "…، غير أنه طالب بمنحها مهلة": he, the sentence's subject, goes on)
            # "ويخشى بنك إنجلترا أن …، ولكنه أضاف أن": the subject of the sentence's first verb
            c.np = _opening_subject(ctx, sent_a, cue_a, whereby=prev in _WHEREBY) or _subject_first(ctx, sent_a, cue_a)
            c.sv = c.np is not None
        if c.np is None and vf.prefix == "و" and sent_a == 0 and sent_a in ctx.quote_open_tok \
                and 1 < ctx.quote_open_tok[sent_a] - sent_a <= 4 and ctx.quote_open_tok[sent_a] + 1 < i \
                and ctx.words[ctx.quote_open_tok[sent_a] + 1] and norms[ctx.quote_open_tok[sent_a] + 1][:1] in "يت" \
                and ctx.para_of[i] == ctx.para_of[sent_a]:
            # "«ستاندرد آند بورز» تخفض تصنيف البحرين … وتحذر من …": the headline's subject in marks goes on
            c.np = marks_source(ctx, sent_a, ctx.quote_open_tok[sent_a] + 1)
            c.sv = c.np is not None
            if c.np is not None:
                c.phrase_start = i
        if c.np is None and vf.prefix == "و" and i > sent_a + 2 and ctx.is_punct(i - 1, "،,"):
            # "ودافعت هيلاري كلينتون عن زوجها …، وأكدت أن": the subject of the verb the sentence opens with
            # (also after an opening phrase: "وعلى صعيد القطاع، خفض «إياتا» تقديراته …، وتوقع أن")
            first = _after_opening_phrase(ctx, sent_a, i)
            if _same_gender(ctx.norms[first], vf.gender) and ctx.norms[first] not in _BUT_OPENERS \
                    and ctx.norms[sent_a] not in _BUT_OPENERS:
                # (not "غير أن X، عضو اللجنة، رفض …، وقال": a subject before its verb, the detector's business)
                c.np = _opening_subject(ctx, first, cue_a, any_body=first > sent_a or vf.lemma in DOCUMENT_ONLY,
                                        after_phrase=first > sent_a)
                # ("وشملت الدراسة عينة من 420 منشأة، وأظهرت أن": what shows is the document that opens it)
                c.sv = c.np is not None
        if c.np is None and vf.prefix == "و" and vf.tense == "imp" and i > sent_a + 2 \
                and (sent_a == 0 or ctx.para_of[sent_a - 1] != ctx.para_of[sent_a]) \
                and ctx.para_of[sent_b - 1] == ctx.para_of[sent_a] \
                and (sent_b >= len(ctx.norms) or ctx.para_of[sent_b] != ctx.para_of[sent_a]) \
                and all(ctx.words[t] for t in range(sent_a, i)):
            # "طهران تعرض المساعدة في إعمار لبنان وتحذر من …": a headline's subject, its first verb
            # (of the same person), and this one joined to it
            t = next((t for t in range(sent_a + 1, min(i - 1, sent_a + 5)) if norms[t][:1] == norms[i][1:2]
                      and 4 <= len(norms[t]) <= 6 and not is_definite(norms[t]) and not _stopword(norms[t])
                      and t not in ctx.entity_at and norms[t] not in FIRST_NAMES), -1)
            head = parse_np(ctx, sent_a, t) if t > sent_a else None
            if head is not None and head.start == sent_a and head.end == t \
                    and head.kind in ("named_organization", "named_person", "unnamed_official", "anonymous", "media"):
                c.np, c.sv = head, True
        if c.np is None:
            c.implied = True
            if j + 1 < sent_b and ctx.words[j] and ctx.words[j + 1] and norms[j] in _EVENT_MASDARS \
                    and is_definite(norms[j + 1]) and vf.prefix != "" or (
                        j + 1 < sent_b and ctx.words[j] and norms[j] in _EVENT_MASDARS and vf.prefix == ""
                        and ctx.words[j + 1] and is_definite(norms[j + 1]) and prev in ("قد", "وقد", "فقد", "لقد")):
                return None  # "وقد كشف تراجع النفط عن اعتماد مفرط …": an event shows it, no one says it
            if j + 1 < sent_b and norms[j] in ("فيه", "فيها") and ctx.words[j + 1] \
                    and (_event_before(ctx, i, sent_a, reach=14) >= 0 or complementizer(norms[j + 1])
                         and prev not in ("التي", "الذي", "والتي", "والذي")):
                # ("، أكد فيها أن": in it, he said; not "المدينة التي قال فيها إنه ولد": where)
                j += 1  # "وأدلى بتصريح أكد فيه إصرار …": in the statement; what he said follows
            same_view = coordinated and vf.prefix == "و" and any(
                ctx.words[t] and norms[t] in VERB_FORMS and VERB_FORMS[norms[t]].tense == "imp"
                and VERB_FORMS[norms[t]].gender == vf.gender and VERB_FORMS[norms[t]].number == vf.number
                and VERB_FORMS[norms[t]].person == 3 for t in range(sent_a, min(sent_a + 3, i - 2)))
            # ("ويعتقد العويد أن …، ويستبعد أن …": the same speaker's next view, in the same tense)
            if (vf.lemma in AMBIGUOUS or vf.lemma in DOCUMENT_ONLY or vf.lemma in EXPLICIT_ONLY) \
                    and not _demand_with_bi(ctx, vf, i, j, sent_a, sent_b) \
                    and not second_appeal(ctx, vf, i, j, sent_a, sent_b) \
                    and not (same_view and vf.lemma in AMBIGUOUS and j < sent_b and ctx.words[j] and norms[j] in _THAT) \
                    and not (vf.lemma == _ESTIMATED and coordinated and _amount_follows(ctx, j, sent_b)) \
                    and not (vf.lemma == _WROTE_LEMMA and _on_his_page(ctx, j, sent_b)) \
                    and not (vf.lemma == _WROTE_LEMMA and vf.prefix == "و" and vf.number == "p"
                             and _that_soon(ctx, j, sent_b)) \
                    and not (vf.lemma == _WROTE_LEMMA and vf.prefix == "و" and i == sent_a and j == i + 1
                             and j + 1 < sent_b and ctx.raw[j] == ":" and j + 1 in ctx.quote_open_tok) \
                    and not (vf.lemma == _WROTE_LEMMA and vf.prefix == "و" and coordinated and j < sent_b
                             and (ctx.words[j] and norms[j] in _THAT or _that_soon(ctx, j, sent_b))) \
                    and not (vf.lemma == _WROTE_LEMMA and vf.prefix == "و" and i > sent_a and ctx.is_punct(i - 1, "،,")
                             and j == i + 1 and j + 1 < sent_b and ctx.raw[j] == ":" and j + 1 in ctx.quote_open_tok) \
                    and not (vf.lemma in (_ADDED, _SHOWED) and (vf.prefix or i > sent_a and (
                        norms[i - 1] in ("كما", "وكما") or ctx.is_punct(i - 1, "،,"))) and (
                        _says_colon(ctx, j, sent_b) or j < sent_b and ctx.words[j] and norms[j] in _THAT)
                        and not any(norms[t] == _SHOWED for t in range(max(sent_a, i - 15), i))):
                return None  # (but "وزاد أنه …"، "وزاد: «…»": he added; "، وكتبوا في مذكرة بحثية أن …":
                # they wrote, the plural is never "it was written")
            jm = j + 1 if j + 1 < sent_b and ctx.words[j] and norms[j] in MANNER else j  # ("ويضيف بالدارجة: «…»")
            goes_on = vf.lemma in _GOES_ON_LEMMAS and vf.prefix in ("و", "ف") and jm < sent_b \
                and ctx.raw[jm] == ":" and jm + 1 < sent_b and is_quote_mark(ctx, jm + 1)
            # "ويضيف أن …"، "ويستطرد بأن …": these verbs have no impersonal reading (the passive
            # is written يُضاف), so with و/ف they go on with the last speaker
            headline_and = _headline_and(ctx, vf, i, sent_a, sent_b)
            goes_on = goes_on or headline_and or _quote_then_said(ctx, vf, i, sent_a, sent_b) or (
                vf.lemma in _ONLY_ACTIVE and vf.prefix in ("و", "ف")) or (
                vf.lemma in _ONLY_ACTIVE and prev == "ان" and i - 2 > sent_a and norms[i - 2] in ("قبل", "بعد")
                and ctx.is_punct(i - 3, "،,")) or (  # "…، قبل أن يضيف أن …": he goes on
                prev == "ثم" and j < sent_b and ctx.raw[j] == ":" and j + 1 < sent_b and is_quote_mark(ctx, j + 1))
            # ("…، ثم يقول بحسرة: «…»": then he says)
            if vf.tense == "imp" and vf.gender == "m" and vf.number == "s" and prev not in _PRONOUN_SUBJECT \
                    and not goes_on and prev not in _WENT_ON and not (c.via is not None and vf.prefix in ("و", "ف")) \
                    and not same_view and not second_appeal(ctx, vf, i, j, sent_a, sent_b):
                return None  # يتوقع أن، يذكر أن: impersonal (but "ويتابع: «...»" goes on speaking, and
                # "فيصف لـ«الشرق الأوسط» …": whom he told says he is someone)
            if vf.tense == "perf" and vf.prefix == "" and prev not in _PRONOUN_SUBJECT and i == sent_a \
                    and vf.gender == "m" and vf.number == "s" and vf.lemma == "ذكر":
                return None  # ذُكر أن
    stance_at = j if c.sv or c.np is None else c.np.end
    shows_stance = vf.lemma == _DISPLAYED and stance_at < sent_b and ctx.words[stance_at] \
        and strip_possessive(norms[stance_at]) in _STANCES and c.np is not None \
        and c.np.kind in ("named_person", "unnamed_official", "named_organization", "anonymous")
    # ("إلا أن القاضي يظهر أمله فيما …"، "وأظهر الوزير تفاؤله بـ": his hope, like أبدى)
    views = vf.lemma in DOCUMENT_ONLY and _views_show(ctx, c, j, sent_b)
    if vf.lemma in DOCUMENT_ONLY and (c.np is None or c.np.kind not in ("document", "media")) and not (
            c.np is not None and c.np.kind == "named_organization"
            and _complement_ahead(ctx, j if c.sv else c.np.end, sent_b)) and not shows_stance and not views:
        return None  # أظهر اللاعب مهارة: an act; أظهرت الدائرة في مسح أن ...: a finding
    if views and c.np.kind in ("unnamed_official", "anonymous"):
        c.np = replace(c.np, kind="document", src_start=ctx.starts[c.np.start], head=bare(norms[c.np.start]),
                       named=False)  # the forecasts of unnamed members show it, as data do
    after_np = c.np.end if c.np is not None and not c.sv else j
    if after_np + 2 < sent_b and ctx.raw[after_np] == "(" and c.np is not None and c.np.kind == "named_person":
        shut = next((t for t in range(after_np + 1, min(sent_b, after_np + 5)) if ctx.raw[t] == ")"), -1)
        if shut > after_np + 1 and any(ctx.raw[t][:1].isdigit() for t in range(after_np + 1, shut)):
            after_np = shut + 1  # "يرى سلطان العتيبي (52 عاما) أن": his age
        elif shut == after_np + 3 and ctx.norms[after_np + 1] in _KUNYA_WORDS and ctx.words[after_np + 2]:
            after_np = shut + 1  # "يرى عبدالله الدوسري (أبو بندر) أن": his kunya
    comma_then = after_np + 1 < sent_b and ctx.is_punct(after_np, "،,") and c.np is not None and c.np.named \
        and (_complement_ahead(ctx, after_np + 1, sent_b) or _long_post_then_that(ctx, after_np, sent_b))
    # "ويرى رئيس الجمعية، عمر ماجد الحياري، أن"، "يرى X، عضو مجلس إدارة الغرفة … ورئيس لجنة … فيها، أن"
    if vf.tense == "imp" and vf.lemma in _PASSIVE_PRONE and cue_a == i and not comma_then and not _complement_ahead(
            ctx, after_np, sent_b) and not (c.np is not None and deems_this(ctx, after_np, sent_b)) \
            and not (c.np is not None and c.np.kind == "named_person" and _quote_then(ctx, cue_a, sent_a)):
        return None  # يُعتبر مسجد هوبان من أفخم ...: passive without أن (but "«…»، هكذا يرى X")
    if c.implied and vf.tense == "imp" and not honorific and not (prev in _PRONOUN_SUBJECT and (
            "o" in vf.complements or vf.lemma == _DEMAND and i + 1 < sent_b and ctx.words[i + 1]
            and norms[i + 1][:1] == "ب" and len(norms[i + 1]) > 2)) \
            and not (c.via is not None and vf.prefix in ("و", "ف")) and not _headline_and(ctx, vf, i, sent_a, sent_b) \
            and not second_appeal(ctx, vf, i, i + 1, sent_a, sent_b) \
            and not is_complement(ctx, _skip_adverbs(ctx, i + 1, sent_b), sent_b) \
            and not _event_then_quote(ctx, _skip_adverbs(ctx, i + 1, sent_b), sent_b) \
            and colon_after_while_he(ctx, i + 1, sent_b) < 0 \
            and not (vf.prefix in ("و", "ف") and i + 1 < sent_b and ctx.is_punct(i + 1, "،,")
                     and _long_post_then_that(ctx, i + 1, sent_b)) \
            and not _quote_then_said(ctx, vf, i, sent_a, sent_b):
        return None  # تعتبر ثابتة: an imperfect with no subject needs إن/أن/: to be speech
        # (but "وتضيف، في حديثها لـ«الوطن» على هامش الملتقى، أن": where she said it, then أن)
    j = c.np.end if (c.np is not None and not c.sv) else j
    if c.np is not None:
        c.anonymous = anonymity_clause(ctx, c.np.end, sent_b)
    j = skip_to_complement(ctx, c, j, sent_b)
    for _ in range(2):  # "يرى الشاب مرتضى الحسن، 26 عاما، خريج الهندسة …، أن": a second description between commas
        if not (c.np is not None and c.np.named and 0 < j < sent_b and ctx.is_punct(j - 1, "،,") and ctx.words[j]
                and not is_complement(ctx, j, sent_b) and _long_post_then_that(ctx, j - 1, sent_b)):
            break
        j = next(t for t in range(j + 1, sent_b) if ctx.is_punct(t, "،,")) + 1
    if vf.lemma == _WARNED and not c.sv and j < sent_b and ctx.words[j] \
            and (is_definite(norms[j]) or norms[j] in _OWNERS_OF) and norms[j] not in ("من", "الي"):
        t = next((t for t in range(j + 1, min(sent_b, j + 14)) if not ctx.words[t] or norms[t] == "من"), -1)
        if t > j and ctx.words[t]:
            j = t  # "وحذر الدوسري الملاك الذين يتأخرون عن التسجيل من غرامة": whom he warned, then of what
            # (also with no subject: "، وحذرت المواطنين من الاقتراب")
    own = VERB_PREPOSITION.get(vf.lemma, "")
    whom_then = -1
    if vf.lemma in _ADDRESSED and own and c.np is not None and c.np.kind == "named_organization" and not c.sv \
            and c.np.end - c.np.start >= 3 and c.np.end <= j:
        cut = next((t for t in range(c.np.start + 2, c.np.end) if ctx.words[t] and norms[t].startswith("ال")
                    and (norms[t].endswith(("ات", "ين", "ون")) or norms[t] in _ADDRESSEES) and is_definite(norms[t - 1])
                    and not norms[t - 1].startswith("لل") and (norms[t] in _ADDRESSEES or not in_lexicon(norms[t], ORG_HEADS))
                    and not is_nisba(norms[t])), -1)  # (not "جمعية رجال الأعمال المصريين": an adjective)
        if cut > 0 and any(ctx.words[u] and (norms[u] == own or own == "ب" and norms[u][:1] == "ب")
                           for u in range(c.np.end, min(sent_b, c.np.end + 4))):
            c.np = replace(c.np, end=cut, src_end=ctx.ends[cut - 1])
            j = cut  # "حذرت وزارة التجارة والاستثمار | المنشآت التجارية من": whom it warned, no part of its name
    if vf.lemma in _ADDRESSED and own and (c.np is not None and (not c.sv or c.np.end <= cue_a)
                                           or c.np is None and vf.prefix in ("و", "ف")) and j < sent_b \
            and ctx.words[j] \
            and not is_complement(ctx, j, sent_b) and norms[j] != own and not (own == "ب" and norms[j][:1] == "ب") \
            and (j in ctx.entity_at and ctx.entity_at[j].type in ("ORG", "PER", "LOC") or is_definite(norms[j])
                 or norms[j] in _OWNERS_OF or _lookup(norms[j], ORG_HEADS)
                 or j + 1 < sent_b and ctx.words[j + 1] and norms[j + 1] == own and len(norms[j]) >= 4
                 and not _stopword(norms[j]) and norms[j] not in VERB_FORMS and c.np is not None
                 and c.np.kind == "named_organization"):  # ("وطالب X أصحاب المحلات بـ": the owners addressed)
            # ("وحذرت روسيا تبليسي من": a capital no list knows, whom it warned)
        reach = 16 if any(ctx.words[u] and norms[u] in _RELATIVE for u in range(j + 1, min(sent_b, j + 6))) else 9
        named = _names_in_marks(ctx, j + 1, min(sent_b, j + reach))
        # ("حذر X الدول الأعضاء في تحالف «أوبك+» من": a name in marks inside whom he warned)
        t = next((t for t in range(j + 1, min(sent_b, j + reach)) if not ctx.words[t] and t not in named
                  or ctx.words[t] and t not in named and (norms[t] == own
                  or own == "ب" and norms[t][:1] == "ب" and len(norms[t]) > 3 and not _is_place_tok(ctx, t))), -1)
        if t > j and ctx.words[t]:
            whom_then = t  # "وطالب مجلس الشورى مؤسسة النقد العربي السعودي بإعداد دراسة": whom, then what
            # ("وتطالب الرابطة شركة نفط نيبال التي تحتكر … بنيبال بدفع تعويضات": past its relative clause)
    if vf.lemma in _THREATENED and not c.sv and j < sent_b and ctx.words[j] and not norms[j].startswith("ب") \
            and (j in ctx.entity_at or is_definite(norms[j]) or _is_place_tok(ctx, j)):
        t = next((t for t in range(j + 1, min(sent_b, j + 6)) if not ctx.words[t] and t not in ctx.quote_open_tok
                  or ctx.words[t] and norms[t].startswith("ب") and len(norms[t]) > 2
                  or t in ctx.quote_open_tok and t + 1 < sent_b and norms[t + 1].startswith("ب")), -1)
        if t > j and (ctx.words[t] or t in ctx.quote_open_tok):
            j = t  # "توعد X إسرائيل «بمفاجآت …»": whom he threatened, then with what
    c.phrase_end = j
    if demo >= 0 and c.np is not None and not c.sv and not is_complement(ctx, j, sent_b) \
            and not _complement_ahead(ctx, j, sent_b) and (c.np.kind != "named_person" or c.np.role
                                                           or c.np.start in ctx.entity_at):
        # "أكد ذلك الدكتور X نائب رئيس …، حيث أشار إلى …": what he confirmed is "ذلك"
        c.claim_tok, c.claim_end, c.obj = demo, demo + 1, True
        return c
    if vf.lemma == _PUBLISH:
        r = complement(ctx, c, j, sent_a, sent_b)  # "نشرت X أن …": with أن only
        return r if r is not None and r.mode == "after" and r.claim_tok > 0 \
            and complementizer(norms[r.claim_tok - 1]) else None
    r = complement(ctx, c, j, sent_a, sent_b)
    if r is not None and vf.lemma == _NOTED and r.mode == "after" and not (
            0 < r.claim_tok and complementizer(norms[r.claim_tok - 1])):
        return None  # "وسجل المؤشر «إيجي إكس 30» ارتفاعا": a figure recorded; سجل says something with أن only
    if r is not None and vf.lemma == _SHOWED_LEMMA and r.mode == "after" and not (
            0 < r.claim_tok and (complementizer(norms[r.claim_tok - 1]) or ctx.raw[r.claim_tok - 1] in ":«\"")):
        return None  # "تصاعد التوتر … بين جماعة «أنصار الله» وحزب …": between, not بيّن (which takes أن)
    if r is not None and vf.lemma == _WENT_ON_LEMMA and vf.tense == "imp" and not vf.prefix and r.np is not None \
            and not r.sv and r.np.start == i + 1 and r.np.kind in ("named_organization", "document") \
            and not r.np.named and r.np.start not in ctx.entity_at:
        return None  # "الوزارة تتابع حركة الأسعار بشكل يومي": monitors them (its object), says nothing
    if r is not None and vf.lemma == _WENT_ON_LEMMA and vf.tense == "imp" and not vf.prefix and c.np is not None \
            and not c.sv and r.mode == "after" \
            and r.claim_tok > c.np.end + 2 and any(ctx.is_punct(t, "،,") for t in range(c.np.end, r.claim_tok)) \
            and not any(ctx.words[t] and strip_possessive(norms[t]) in SPEECH_EVENTS for t in range(c.np.end, r.claim_tok)):
        return None  # "الهيئة تتابع حركة السوق عن كثب، «…»": monitors something; "وتابع X:" goes on at once
    if r is not None and vf.lemma == _PRAISED and r.mode == "after" and 0 <= r.claim_tok < sent_b \
            and ctx.words[r.claim_tok] and norms[r.claim_tok] in _PERFORMANCE:
        return None  # "وأشاد إنزاجي بأداء المهاجم": praise of how someone played, no claim in it
    if r is None and whom_then > j:
        c.phrase_end = whom_then
        r = complement(ctx, c, whom_then, sent_a, sent_b)  # (tried only when the object stood in the way)
    if r is not None and r.mode == "after" and r.claim_end < 0 and 0 <= r.claim_tok < sent_b - 2 \
            and ctx.words[r.claim_tok] and norms[r.claim_tok] in _THAT_OBJECT \
            and norms[r.claim_tok + 1] in _FRONT_EVENT and ctx.words[r.claim_tok + 2] \
            and in_lexicon(norms[r.claim_tok + 2], SPEECH_EVENTS):
        # "نفى ذلك في تصريح لوكالة أنباء الشرق الأوسط": what he denied is "ذلك"; the occasion names the via
        r.claim_end = r.claim_tok + 1
        _event_phrase(ctx, r, r.claim_tok + 2, sent_b)
    if r is not None and vf.lemma == _RELAY and r.mode == "after" and r.via is None and not any(
            ctx.words[t] and (norms[t] in _FROM_WHOM or in_lexicon(strip_possessive(norms[t]), SPEECH_EVENTS)
                              or norms[t] in ("قول", "قوله", "قولها", "قولهم"))
            for t in range(r.cue_b, min(sent_b, r.cue_b + 12))):
        return None  # "نقلوا بضائعهم إلى مستودعات أخرى": they moved goods; نقل relays only with عن or words
    if r is not None and vf.lemma == _ANNOUNCE_LEMMA and r.np is not None and r.np.kind == "document" and r.mode == "after" \
            and 0 <= r.claim_tok < sent_b - 1 and norms[r.claim_tok] == "في":
        close = next((t for t in range(r.claim_tok + 1, min(sent_b, r.claim_tok + 6)) if not ctx.words[t]), -1)
        if close > r.claim_tok + 1 and ctx.is_punct(close, "،,.") and all(
                norms[t][:1].isdigit() or norms[t] in TIME_WORDS for t in range(r.claim_tok + 1, close)):
            return None  # "وكانت الميزانية قد أُعلنت في 28 ديسمبر الماضي،": it was announced then, it says nothing
    if r is not None and r.sv and r.np is not None and r.via is None and r.np.end < cue_a - 2:
        for t in range(r.np.end + 1, cue_a):
            if ctx.words[t] and ctx.words[t - 1] and norms[t - 1] in _SPOKE_TO and norms[t][:1] == "ل":
                m = match_outlet(ctx, t, cue_a, preposition=True)
                if m is not None and not m.anaphor:
                    r.via = m  # "غير أن مصدرا …، تحدث لـ«رويترز» شريطة عدم الكشف عن هويته، قال إن": whom he told
                break
    return r




def _trade_where_then_name(ctx: Context, j: int, sent_b: int) -> NP | None:
    """After the verb, a trade no list knows, where he works (في/ب and a definite chain) and then a
    given name and a family name: "نفى الدلال في سوق التمور المركزي إبراهيم المحمدي اتهامات": the
    man, his trade his post. None when the words do not read so."""
    from .mentions import person_np
    from .phrases import name_chain

    if not ctx.words[j] or not is_definite(norms_j := ctx.norms[j]) or _stopword(norms_j) or norms_j in VERB_FORMS \
            or j + 3 >= sent_b or not ctx.words[j + 1] or ctx.norms[j + 1] not in ("في", "ب") \
            and not ctx.norms[j + 1].startswith("ب"):
        return None
    for t in range(j + 2, min(sent_b - 1, j + 9)):
        if not ctx.words[t] or ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]):
            return None
        if ctx.norms[t] in FIRST_NAMES and not is_definite(ctx.norms[t]) and ctx.words[t + 1] \
                and ctx.norms[t + 1].startswith("ال") and not _stopword(ctx.norms[t + 1]):
            e = name_chain(ctx, t, sent_b, after_role=True)
            if e < t + 2 or not all(ctx.words[u] and (is_definite(ctx.norms[u]) or u in (j + 1, j + 2) or ctx.norms[u][:1] == "ب")
                                    for u in range(j + 1, t)):
                return None
            return replace(person_np(ctx, t, e), start=j, role=" ".join(ctx.norms[j:t]))
        if not is_definite(ctx.norms[t]) and t > j + 2:
            return None
    return None


def _oblique_plural_object(ctx: Context, np) -> bool:
    """A definite sound plural in -ين of people (المستثمرين، المحللين، المسؤولين) right after
    the verb: the accusative, its object; the subject would be written -ون."""
    n = ctx.norms[np.start]
    if np.named or np.kind not in ("anonymous", "unnamed_official") or not n.startswith("ال") \
            or not n.endswith("ين") or len(n) < 7 or np.start in ctx.entity_at:
        return False
    nominative = n[:-2] + "ون"
    return in_lexicon(nominative, ANON_HEADS) or in_lexicon(nominative, ROLE_HEADS)


_WELCOMED = fold("رحب")
_STEPS = folded_set("خطوة إجراء قرار")
#: After a relative's verb with no subject, no object and no claim: a passive ("التي أُعلنت مع …").
_PASSIVE_THEN = folded_set("مع في خلال ضمن عند قبل بعد منذ")
_WITH_PRONOUN = folded_set("بنا بي به بها بهم بهما بكم بك")
_ISSUED = folded_set("أصدر أصدرت وأصدر وأصدرت فأصدر فأصدرت وزع وزعت ووزع ووزعت نشر نشرت ونشر ونشرت أذاع أذاعت وأذاع "
                     "وأذاعت وجه وجهت ووجه ووجهت رد ردت ورد وردت")  # (and "ردّت ببيان مقتضب اعتبرت فيه": replied with one)


_SHOWED_IT = folded_set("نشر نشرت ونشر ونشرت عرض عرضت وعرض وعرضت بث بثت وبث وبثت وزع وزعت ووزع ووزعت أذاع أذاعت "
                        "وأذاع وأذاعت قدم قدمت وقدم وقدمت")
_IT_IS_THAT = folded_set("انها انه انهم انهما")


def _shower_of_object(ctx: Context, cue_a: int, j: int, sent_a: int) -> NP | None:
    """"نشرت وزارة الدفاع … صورا جديدة قالت إنها تظهر …"، "وعرضت «العراقية» مشاهد قالت إنها …": a
    verb right after the object of a verb of showing, with إن and the object's pronoun after it,
    is a relative clause on that object; who showed it says so (the subject of the first verb)."""
    if not (ctx.words[j] and ctx.norms[j] in _IT_IS_THAT and ctx.words[cue_a - 1]) \
            or (cue_a - 1 in ctx.entity_at and ctx.entity_at[cue_a - 1].type == "PER"):
        return None
    makers = ("named_organization", "named_person", "unnamed_official", "media")
    for v in range(cue_a - 2, max(sent_a, cue_a - 16) - 1, -1):
        n = ctx.norms[v]
        if ctx.words[v] and complementizer(n):
            return None
        if not ctx.words[v] or n not in _SHOWED_IT:
            if ctx.words[v] and n in VERB_FORMS:
                return None
            continue
        np = None
        if v + 1 < cue_a and v + 1 in ctx.quote_open_tok:
            np = marks_source(ctx, v + 1, cue_a)
        if np is None:
            np = parse_np(ctx, v + 1, cue_a - 1)
        if np is not None and np.start == v + 1 and np.kind in makers:
            return np  # (the subject after the verb)
        if n[:1] not in "وف" and v > sent_a:
            left = parse_left_subject(ctx, v, sent_a)
            if left is not None and left.kind in makers:
                return left  # ("الوزارة نشرت صورا قالت إنها …": the subject before it)
        return None
    return None


def _issuer(ctx: Context, ev: int, sent_a: int):
    """Who issued the statement at ``ev`` ("بيانا" before "قالت فيه"): "X أصدرت بيانا" (the
    subject before the verb) or "وأصدرت X بيانا" (the subject between them)."""
    makers = ("named_organization", "named_person", "unnamed_official", "anonymous", "media")
    if ev - 1 >= sent_a and ctx.words[ev - 1] and ctx.norms[ev - 1] in _ISSUED:
        verb, best = ev - 1, None
        for s in range(verb - 1, max(sent_a, verb - 14) - 1, -1):
            if not ctx.words[s] or ctx.norms[s] in VERB_FORMS or complementizer(ctx.norms[s]) or ctx.norms[s] in _KANA:
                break  # (not "وكانت" of "وكانت الهيئة قد أصدرت بيانا": the body is the subject)
            np = parse_np(ctx, s, verb)
            if np is not None and np.start == s and np.kind in makers:
                best = np  # the leftmost: "نقابة العاملين (في الخطوط الجوية الكويتية) أصدرت"
        return best
    for v in range(ev - 2, max(sent_a, ev - 14) - 1, -1):
        if not ctx.words[v]:
            if is_quote_mark(ctx, v):
                continue  # (a body by its name in marks between the verb and the statement)
            return None
        if ctx.norms[v] in _ISSUED and v + 1 in ctx.quote_open_tok and ctx.quote_open_tok[v + 1] + 1 == ev:
            np = marks_source(ctx, v + 1, ev)
            if np is not None and np.kind in makers:
                return np  # "وأصدر «اللقاء الديموقراطي» بياناً …، حذّر فيه": the bloc, by its name in marks
        if ctx.norms[v] in _ISSUED and v + 2 == ev and ctx.norms[v + 1] in _AFTER_IT and ctx.norms[v][:1] == "و":
            left = _kana_subject(ctx, v, sent_a, ev) or _opening_subject(ctx, sent_a, v, after_qad=True, any_body=True)
            if left is not None and left.kind in makers:
                return left  # "وكان «تكتل التغيير» قد عقد اجتماعه …، وأصدر بعده بياناً طالب فيه": the bloc
        if ctx.norms[v] in _ISSUED:
            np = parse_np(ctx, v + 1, ev)
            if np is not None and np.start == v + 1 and np.kind in makers and not any(
                    ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(np.end, ev)):
                return np  # "وأصدرت نقابة العاملين (في …) بيانا حذرت فيه"
            if (np is None or np.start != v + 1) and v > sent_a and ctx.norms[v][:1] not in "وف" and all(
                    ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                    for t in range(v + 1, ev)):
                left = _kana_subject(ctx, v, sent_a, ev) or parse_left_subject(ctx, v, sent_a)
                if left is not None and left.kind in makers:
                    return left  # "وكانت رئاسة الأركان قد نشرت على موقعها ليل الجمعة بيانا حذرت فيه"
            return None
    return None


#: Verbs whose object is the people addressed (دعا المستثمرين إلى، حث، طالب، ناشد، حذر).
_CALLS_ON = folded_set("دعا حث طالب ناشد حذر أبلغ طمأن هدد توعد")
_OBLIQUE_DUALS = folded_set("الجانبين الطرفين البلدين الحكومتين الدولتين الشركتين الحزبين الفريقين الحركتين الزعيمين")
_TO_IT = folded_set("له لها لهم لهما")
_FROM_HIM = folded_set("عنه عنها عنهم عنهما")
_CLAUSE_OPENERS = folded_set("أن ان غير إلا لكن ولكن بل كما")
_SPOKE = fold("تحدث")
_POINTED = fold("أشار")
#: What a body publishes and speaks in ("نشرت الهيئة دليلا إرشاديا، حذرت فيه من أن …").
_GUIDES = folded_set("دليل دليلا الدليل كتيب كتيبا الكتيب ورقة الورقة لائحة اللائحة سؤالا استجوابا خطابا كتابا")
_BY_HAND = folded_set("بيده بيدها بيديه بيديها بإصبعه بإصبعها باصبعه باصبعها بأصبعه بأصبعها بعصاه برأسه برأسها")
_THE_MATTER = folded_set("الأمر الامر الوضع الواقع الشيء")
_SAY = fold("قال")
_AS_FOR = folded_set("فقد")
_AFTER_IT = folded_set("بعده بعدها عقبه عقبها إثره إثرها اثره اثرها أمس")
_SOME = folded_set("عدة بضعة كافة جملة ثلة مجموعة")
_SPOKE_TO = folded_set("تحدث تحدثت تحدثوا تحدثا تحدثتا")


def _indefinite_then_clause(ctx: Context, cue_a: int, sent_a: int, plural: bool) -> NP | None:
    """"غير أن مصدرا في الهيئة طلب عدم ذكر اسمه أكد لـ«الاقتصادية» أن"، "غير أن مصرفيين تحدثوا إلى
    «الرياض» أشاروا إلى أن": an indefinite source after أن (or opening the sentence), its
    relative clause written without الذي, then the cue: the source is the cue's subject."""
    for s in range(max(sent_a, cue_a - 14), cue_a - 2):
        if not ctx.words[s] or is_definite(ctx.norms[s]):
            continue
        if not (s == sent_a or ctx.words[s - 1] and ctx.norms[s - 1] in _CLAUSE_OPENERS):
            continue
        np = parse_np(ctx, s, cue_a)
        if np is None or np.start != s or np.kind not in ("anonymous", "unnamed_official") or np.named \
                or np.end >= cue_a - 1 or not ctx.words[np.end]:
            continue
        if ctx.norms[np.end] in IS_CALLED and np.end + 1 < cue_a and ctx.words[np.end + 1] and not plural:
            from .mentions import person_np
            from .phrases import name_chain

            e = name_chain(ctx, np.end + 1, cue_a, after_role=True)
            if e == cue_a or e > np.end + 1 and all(not ctx.words[t] or ctx.norms[t] in _AS_FOR for t in range(e, cue_a)):
                return person_np(ctx, np.end + 1, e)  # "لكن متحدثا باسم المتشددين يدعى عمر حياة خان قال": his name
        v = ctx.norms[np.end]  # the relative clause opens with its perfect verb: طلب، تحدثوا، فضل، رفض
        unnamed = anonymity_clause(ctx, np.end, cue_a)
        if v in VERB_FORMS and not unnamed and VERB_FORMS[v].lemma != _SPOKE or is_definite(v) or not 3 <= len(v) <= 7 \
                or v[:1] in "وفبل" or _stopword(v) or v.endswith("ات") or v[:1] in "يت" and len(v) >= 5 and not v.endswith("وا") \
                or not (len(v) == 3 or v.endswith(("وا", "ت", "هم", "ها"))) or is_nisba(v):
            continue  # (a perfect verb's shape: طلب، تحدثوا، استطلعت، شملهم; not "شركات طيران | خليجية")
        theirs = any(ctx.words[t] and ctx.norms[t].endswith("هم") for t in range(np.end + 1, cue_a))
        if plural != (v.endswith("وا") or theirs) or plural != ctx.norms[cue_a].endswith("وا"):
            continue  # ("محللين استطلعت «الرياض» آراءهم توقعوا": whose views the paper sought)
        if any(not ctx.words[t] and not is_quote_mark(ctx, t) or ctx.words[t] and (
                complementizer(ctx.norms[t]) or ctx.norms[t] in VERB_FORMS and not unnamed) for t in range(np.end + 1, cue_a)):
            continue
        return np
    return None


_CALLS_IT = folded_set("وصف اعتبر")
_DESCRIBED_LEMMA = fold("وصف")
_BI_ANNA = folded_set("بأنها بأنه بأنهم بأنهما")
#: What a speaker commonly describes (وصف X القرار بأنه …): never the last word of his name.
_DESCRIBED = folded_set(
    """القرار القرارات الخطوة الاتفاق الاتفاقية الوضع الأوضاع الرواية الفيلم الكتاب الاجتماع المحادثات
    المفاوضات الزيارة الهجوم الهجمات العملية التقرير الموازنة الميزانية الإجراء الإجراءات الاقتراح
    المبادرة التصريحات النتائج الحكم الانتخابات الحادث الحادثة الفتوى القانون المشروع الخطة البيان
    الموقف العرض الأداء المباراة الأزمة الحرب الوثيقة الرد الوضع الأرقام الزيادة الأسعار الخطاب""")


def _source_after_fihi(ctx: Context, k: int, sent_b: int) -> bool:
    """"أوضح فيه الوزير أن": an official or a body named after فيه, then إن/أن."""
    np = parse_np(ctx, k, sent_b)
    return np is not None and np.kind in ("unnamed_official", "named_organization", "named_person") \
        and np.end < sent_b and is_complement(ctx, np.end, sent_b)


def _second_person(ctx: Context, first: NP, vf, sent_b: int) -> NP | None:
    """"وشدد الرئيس جورج بوش ورئيس الوزراء توني بلير على ضرورة …": two people, named with
    their posts, as one source, when what follows them is the verb's own preposition or إن/أن."""
    from .sources import _after_wa

    k = first.end
    if k >= sent_b or not ctx.words[k] or ctx.norms[k][:1] != "و" or len(ctx.norms[k]) < 3:
        return None
    second = _after_wa(ctx, k, sent_b, False) if first.kind != "anonymous" else parse_np(ctx, k, sent_b, strip="و")
    if second is None or second.end >= sent_b or second.kind != first.kind and not (
            first.kind == "anonymous" and second.kind == "unnamed_official" and not second.named):
        return None  # (and "تجار ومسؤولون في موانئ يمنية": two unnamed groups)
    if first.kind != "anonymous" and not (
            second.named if first.kind == "named_person" else first.start in ctx.entity_at and second.start in ctx.entity_at):
        return None  # (two bodies: both found by the tagger, "فنزويلا والجزائر")
    e = _skip_adverbs(ctx, second.end, sent_b)
    nxt = ctx.norms[e] if e < sent_b and ctx.words[e] else ""
    occasion = e + 2 < sent_b and ctx.is_punct(e, "،,") and ctx.words[e + 1] and ctx.norms[e + 1] in ("في", "خلال") \
        and ctx.words[e + 2] and (in_lexicon(ctx.norms[e + 2], SPEECH_EVENTS) or ctx.norms[e + 2] in _TWO_TALKS)
    # ("X والمثمن المعتمد Y، في حديثين منفصلين لـ«المدينة»، إن")
    prep = VERB_PREPOSITION.get(vf.lemma)
    if not (complementizer(nxt) or (nxt and nxt == prep) or occasion
            or (prep == "ب" and nxt[:1] == "ب" and len(nxt) > 3 and e not in ctx.entity_at
                and not (k in ctx.entity_at and ctx.entity_at[k].start <= ctx.starts[k]))):
        # (but "وطالب مجلس الشورى وزارة العمل بتقديم": وزارة is no و and a name, the one asked)
        return None  # (and "طالبت فنزويلا والجزائر بخفض فوري للإمدادات": the ب written on its noun)
    return NP(first.start, second.end, first.src_start, second.src_end, first.kind, first.head,
              role=first.role, named=first.named, pair=True)


#: Verbs whose object comes between the subject and a preposition: قدّر X القيمة بـ،
#: عزا/أرجع X التراجع إلى.
#: Indefinite reports and data that may stand before their verb inside another clause.
_REPORT_NOUNS = folded_set("تقارير تقرير تقريرا أنباء معلومات دراسة دراسات إحصاءات إحصائيات بيانات بيانا استطلاعات "
                           "استطلاعا رسالة وثيقة مذكرة")
_MASCULINE_REPORTS = folded_set("تقرير تقريرا بيانا استطلاعا")
_ADDRESSEE_VERBS = _CALLS_ON_SOMEONE  # (دعا حث حض حذر طالب)
#: Groups addressed by a broken plural (الملاك، التجار، الأهالي): whom he warns or urges.
_ADDRESSED_BODIES = folded_set("المجتمع الحكومة الدول الأطراف الأسرة المنظمات الجهات السلطات القوى الأمم الشركات المنشآت")
_GROUP_OBJECTS = folded_set("الملاك التجار الأهالي الناس الجميع الشباب العملاء الزبائن الملاّك")
_OBJECT_PREPOSITION = {**OBJECT_THEN, fold("قدر"): "ب", fold("دعا"): fold("إلى"), fold("حث"): fold("على"), fold("حض"): fold("على"),
                       fold("حذر"): "من", fold("طالب"): "ب"}  # ("وطالبت الوزارة المستهلكين بالإبلاغ")


def _in_entity(ctx: Context, t: int) -> bool:
    """Token ``t`` is inside an entity (its first token or after it)."""
    return any(s in ctx.entity_at and ctx.entity_end_tok.get(s, s + 1) > t for s in range(max(0, t - 5), t + 1))


def _lam_or_ba(ctx: Context, t: int) -> int:
    """Characters of a ب/ل written on a document noun (بتقرير، لوثيقة) to leave out of its span."""
    n = ctx.norms[t]
    if n[:1] in "بل" and len(n) > 3 and _lookup(n[1:], DOC_HEADS):
        return 1
    return 0


def _is_place_tok(ctx: Context, t: int) -> bool:
    from .phrases import _is_place

    return _is_place(ctx, t)


_WHEREBY = folded_set("إذ اذ حيث")
_THE_STATE = folded_set("المملكة البلاد الدولة الحكومة الإمارة السلطنة")


def _object_left_out(ctx: Context, np, vf, j: int, sent_b: int):
    """"وقدّر صندوق النقد الدولي العجز بنحو …"، "أرجع محللون التراجع إلى …": the definite noun
    right before the verb's preposition is its object, not the end of the source's name."""
    prep = _OBJECT_PREPOSITION.get(vf.lemma)
    last, k = np.end - 1, np.end
    if last > np.start and ctx.words[last - 1] and ctx.norms[last - 1].endswith("و") and len(ctx.norms[last - 1]) >= 5 \
            and not is_definite(ctx.norms[last - 1]) and ctx.norms[last - 1] not in FIRST_NAMES \
            and (in_lexicon(ctx.norms[last - 1][:-1], ANON_HEADS) or in_lexicon(ctx.norms[last - 1][:-1], ROLE_HEADS)):
        return np  # "وطالب ممثلو الصيادين بتعويضات": a plural in construct, its genitive no object
    if vf.lemma == _REASSURED and last > np.start and ctx.words[last] and ctx.norms[last].startswith("ال") \
            and ctx.norms[last].endswith("ين") and (in_lexicon(ctx.norms[last][:-2] + "ون", ANON_HEADS)
                                                    or is_nisba(ctx.norms[last][:-2])):
        return replace(np, end=last, src_end=ctx.ends[last - 1])  # "وطمأنت الوزارة المواطنين إلى": whom it reassured
    if vf.lemma in _ADDRESSEE_VERBS and np.kind == "named_organization" and k < sent_b and ctx.words[k] \
            and (ctx.norms[k] == prep or prep == "ب" and ctx.norms[k][:1] == "ب"):
        loc = next((t for t in range(np.start + 2, np.end) if t in ctx.entity_at and ctx.entity_at[t].type == "LOC"
                    and ctx.entity_end_tok.get(t, t + 1) == np.end and ctx.words[t - 1]
                    and is_definite(ctx.norms[t - 1]) and is_nisba(ctx.norms[t - 1])), -1)
        if loc < 0 and last >= np.start + 2 and ctx.norms[last] in _THE_STATE and is_definite(ctx.norms[last - 1]):
            loc = last  # "ودعا صندوق النقد الدولي المملكة إلى": the state he called on
        if loc > 0:
            return replace(np, end=loc, src_end=ctx.ends[loc - 1])  # "ودعا صندوق النقد الدولي المملكة العربية السعودية إلى"
    ent = ctx.entity_at.get(np.start)
    if np.kind == "named_person" and ent is not None and ent.type == "PER" and ("o" in vf.complements or prep) \
            and ctx.entity_end_tok.get(np.start, np.start + 1) == last and k < sent_b and ctx.words[last] and ctx.words[k] \
            and not is_definite(ctx.norms[last]) and ctx.norms[last] not in FIRST_NAMES \
            and ctx.norms[last] not in ctx.person_tokens and is_definite(ctx.norms[k]) and not is_nisba(ctx.norms[k]) \
            and not _stopword(ctx.norms[k]) and ctx.norms[last][:1] not in "وف" and not in_lexicon(ctx.norms[k], ROLE_HEADS) \
            and not in_lexicon(ctx.norms[k], TITLES):  # (not "عبد الرزاق حاجي ورسمي المتحدث باسم الحكومة")
        return replace(np, end=last, src_end=ctx.ends[last - 1])  # "ووصف هاريس أداء السوق بأنه": the object's head
    if np.kind == "named_organization" and last > np.start and ctx.words[last] and ctx.norms[last] in _REPORTS_DENIED \
            and "o" in vf.complements:
        shorter = parse_np(ctx, j, last, feminine=vf.gender == "f")  # "ونفت وزارة المالية التقارير،": the object
        if shorter is not None and shorter.end == last:
            return shorter
    if prep and np.kind in ("anonymous", "unnamed_official") and last > np.start and ctx.words[last] \
            and ctx.norms[np.start].endswith(("ون", "ين")) and not ctx.norms[last].endswith(("ون", "ين", "ات")) \
            and not is_definite(ctx.norms[last]) and k < sent_b and ctx.words[k] and is_definite(ctx.norms[k]) \
            and any(ctx.norms[t] == prep for t in range(k + 1, min(sent_b, k + 4))):
        return replace(np, end=last, src_end=ctx.ends[last - 1])  # "ويرجع اقتصاديون | تدني الأجور إلى": the object
    if prep and last > np.start and np.kind == "named_organization" and ctx.words[last] \
            and ctx.norms[last].startswith("ال") and ctx.norms[last].endswith("يين") and k < sent_b and ctx.words[k] \
            and not (ctx.words[last - 1] and ctx.norms[last - 1].endswith(("ين", "ون")) and is_definite(ctx.norms[last - 1])) \
            and (ctx.norms[k] == prep or prep == "ب" and ctx.norms[k][:1] == "ب"):
        return replace(np, end=last, src_end=ctx.ends[last - 1])  # "ودعا التحالف المعارض | السودانيين إلى": whom
    if not prep or last <= np.start or k >= sent_b or not ctx.words[k] or not ctx.words[last]:
        return np
    if ctx.norms[k] in ("الذين", "التي", "الذي") and is_definite(ctx.norms[last]):
        t = next((t for t in range(k + 1, min(sent_b, k + 12)) if not ctx.words[t] and not ctx.raw[t][:1].isdigit()
                  or ctx.norms[t] == prep), -1)  # (a number in the clause: "التي يعمل لديها 50 موظفا")
        if t > k and ctx.words[t]:
            k = t  # "وحذر الدوسري الملاك الذين يتأخرون عن التسجيل من غرامة": the object and its clause
    nxt = ctx.norms[k]
    if not (nxt == prep or (prep == "ب" and nxt.startswith("ب") and len(nxt) > 2)):
        return np
    obj = ctx.norms[last]
    if vf.lemma in _ADDRESSEE_VERBS and last - 1 > np.start and (is_nisba(obj) or adjective_like(obj)) \
            and ctx.words[last - 1] and ctx.norms[last - 1] in _ADDRESSED_BODIES:  # ("الشركات الخاصة")
        shorter = parse_np(ctx, j, last - 1, feminine=vf.gender == "f")
        if shorter is not None and shorter.end == last - 1:
            return shorter  # "ودعا الحاج علي المجتمع الدولي إلى": whom he called on, after his name
    if is_nisba(obj) and is_definite(obj) and last - 1 >= np.start + 2 and ctx.words[last - 1] and vf.lemma in _ADDRESSEE_VERBS \
            and ctx.norms[last - 1].startswith("ال") and is_definite(ctx.norms[last - 2]) \
            and (not adjective_like(ctx.norms[last - 1]) or len(ctx.norms[last - 1]) == 7 and ctx.norms[last - 1][2] == "م"
                 and ctx.norms[last - 1][4] == "ا") and not is_nisba(ctx.norms[last - 1]) \
            and np.kind == "named_organization":  # (المتاجر، المصارف: a broken plural مفاعل, no participle)
        shorter = parse_np(ctx, j, last - 1, feminine=vf.gender == "f")
        if shorter is not None and shorter.end == last - 1:
            return shorter  # "حذرت وزارة التجارة | المتاجر الإلكترونية من": whom it warned, a plural and its adjective
    if _is_place_tok(ctx, last) and ctx.words[last - 1] and not is_definite(ctx.norms[last - 1]) \
            and np.kind == "named_organization":
        return np  # "طالبت غرفة تجارة وصناعة البحرين بتسريع": the place ends the body's name, in construct
    if not is_definite(obj) or is_nisba(obj) or (obj in ctx.person_tokens and ctx.norms.count(obj) > 1) \
            or obj.endswith(("يين", "يون")) and ctx.words[last - 1] and ctx.norms[last - 1].endswith(("ين", "ون")) \
            and is_definite(ctx.norms[last - 1]):  # ("نقابة المعلمين الجنوبيين من": a plural nisba, agreeing)
        return np  # (a family name given before; a word the tagger put in this name alone is the object:
        # "وأرجع الاقتصادي عبدالرحمن السويلم الركود إلى")
    if vf.lemma in _ADDRESSEE_VERBS and not obj.endswith(("ين", "ون", "ات")) and obj not in _GROUP_OBJECTS \
            and obj not in _ADDRESSED_BODIES:
        return np  # "دعا الأمين العام للأمم المتحدة إلى": whom they call on is a group (المستثمرين، الشركات)
    shorter = parse_np(ctx, j, last, feminine=vf.gender == "f")
    return shorter if shorter is not None and shorter.end == last else np
