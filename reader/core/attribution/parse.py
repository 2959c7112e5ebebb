"""Reading one cue: its subject (after it, or before it), the outlet it came through, and
where its claim starts.

Each parser returns a :class:`Cand` (a candidate record) or ``None``. Claims are finished in
:mod:`.claims` once every cue of the sentence is known, because a later cue (، مشيرا إلى أن
...، وأضاف ...) ends the claim before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .complements import EVENT_PREPS, OBJ_PREPS, _first_letter_len, complement, is_complement
from reader.core.text import fold

from .context import Context, is_quote_mark
from .cues import AMBIGUOUS, MASDAR_PRONE, DOCUMENT_ONLY, OBJECT_THEN, SAYING, VERB_FORMS, VERB_PREPOSITION, VerbForm
from .outlets import OutletMatch, match_addressee, match_outlet
from .phrases import NP
from .sources import _NAMING_VERBS, _NOT_NAMED_NEG, anonymity_clause, bare, marks_named_source, marks_source, parse_np
from .words import (
    FILLERS, FIRST_NAMES, INDEF_ADJECTIVES, ORG_HEADS, PLACES, ROLE_HEADS, SPEECH_EVENTS, TIME_WORDS, complementizer, folded_set,
    in_lexicon, is_definite, is_nisba, is_verb_like,
)

_LEFT_STRIP = folded_set("كان كانت وكان وكانت فكان لكن ولكن إلا أن إن وإن بل كما وكما")
_LEFT_BOUNDARY = folded_set(
    "أن إن لكن ولكن غير إلا كما وكما ثم فيما بينما حين إذ حيث الذي التي الذين بل لأن و أو من"
    " وفيما وبينما عندما وعندما حينما وحينما بعدما وبعدما فيما إذ وإذ"
)
_PRONOUN_SUBJECT = folded_set("لكنه لكنها لكنهم ولكنه ولكنها وهو وهي وهم إنه إنها انه انها أنه أنها بأنه بأنها")
_AUDIENCE = folded_set("للصحفيين للصحافيين للإعلاميين لوسائل للمراسلين للحضور")
_SPEECH_MASDAR = folded_set("قوله قولها قولهم قولهما بقوله بقولها بقولهم بقولهما بقول")
#: "ومضى يقول:"، "وراح يقول:": a verb of going on before the speech verb, the same speaker.
_WENT_ON = folded_set("مضى ومضى راح وراح عاد وعاد أخذ وأخذ استمر واستمر")
#: "وأكد ذلك مصدر ..."، "ويؤكد هذا ...": a demonstrative object written before the subject.
_DEMONSTRATIVE_OBJECT = folded_set("ذلك هذا ذاك")
_APPOSITIVE = folded_set("الذي التي الذين وهو وهي الصادر الصادرة المنشور المنشورة الصادرين")
_RELATIVE = folded_set("الذي التي الذين اللذين اللتين اللواتي")
_SIDE = folded_set("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها")
_AMBIGUOUS_OK_BEFORE = folded_set("قد وقد فقد لقد أن كما وكما ثم بعدما عندما حين حينما فيما وفيما بينما وبينما")
_PASSIVE_PRONE = folded_set("اعتبر رأى وصف ذكر")
_SUBJUNCTIVE = folded_set("أن ان لن كي لكي حتى سوف قد وقد لم")
_NEGATIONS = folded_set("لم ولم فلم لن ولن لا ولا وما")
_PREPOSITION_BEFORE = folded_set("في من على إلى عن ب وفي ومن وعلى حول بشأن مع عند لدى عدم وعدم")


@dataclass
class Cand:
    cue_a: int  # cue tokens [cue_a, cue_b)
    cue_b: int
    kind: str  # verb | prep | part | noreply | decline | colon | quote
    phrase_start: int  # first token of the attribution phrase (a subject before the verb too)
    phrase_end: int  # token past the phrase (subject, via, adverbials)
    np: NP | None = None  # the source phrase as written
    implied: bool = False
    gender: str = ""
    number: str = "s"
    via: OutletMatch | None = None
    via_np: NP | None = None  # the outlet that relayed the source (ذكرت X نقلا عن Y)
    claim_tok: int = -1  # token where the claim begins ("after" mode)
    claim_char: int = -1  # character where it begins, when a clitic is cut off (بوفاة)
    mode: str = "after"  # after | before | whole | quote
    obj: bool = False  # the claim is the object of the verb (أعلنت X فسخ العقد), no إن/أن
    sv: bool = False
    verb: VerbForm | None = None
    anonymous: bool = False  # the source asked not to be named
    role_after: str = ""  # a role given in apposition after a name
    lemma: str = ""
    after_event: bool = False  # an adverbial speech event (في بيان ...) was skipped
    interview: bool = False  # the via came with "في حديثه لـ..."، "تحدثوا لـ...": an interview
    lead_via: bool = False  # the via is an outlet cited at the head of the sentence (وبحسب «رويترز»، ...)
    nested: bool = False  # a second source inside another claim (الصندوق الذي دعت الوزارة إلى إنشائه)
    claim_end: int = -1  # token where the claim ends when it is not the clause after the cue
    bp: int = -1  # where the clause before this cue ends (see claims.break_point)
    parent: "Cand | None" = None  # for a participle: the cue whose speaker it continues


def _skip_adverbs(ctx: Context, j: int, limit: int) -> int:
    while j < limit and ctx.words[j] and (ctx.norms[j] in TIME_WORDS or ctx.norms[j] in FILLERS):
        j += 1
    return j


def parse_left_subject(ctx: Context, i: int, sent_a: int) -> NP | None:
    """The subject written before the verb (الأوقات المالية ذكرت، لكن البنك الدولي يرى)."""
    k = i - 1
    while k >= sent_a and ctx.words[k] and ctx.norms[k] in ("قد", "وقد", "فقد", "لقد"):
        k -= 1
    end = k + 1
    a = k
    while a >= sent_a and a > k - 10 and ctx.words[a] and ctx.norms[a] not in _LEFT_BOUNDARY:
        a -= 1
    a += 1
    while a < end and ctx.norms[a] in _LEFT_STRIP:
        a += 1
    if a >= end:
        return None
    for s in range(a, min(end, a + 4)):
        if s > a and ctx.words[s - 1] and ctx.norms[s - 1] not in _LEFT_STRIP:
            break
        np = parse_np(ctx, s, end)
        if np is not None and np.end == end:
            return np
    return None


def skip_to_complement(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """Walk over what may stand between a subject and the claim: appositions, time words,
    "في بيان"، "في تصريحات لـ X" (a via), "نقلا عن Y" (Y becomes the source)."""
    norms = ctx.norms
    while j < limit:
        n = norms[j]
        if not ctx.words[j]:
            if ctx.raw[j] == "؛" and c.np is not None and c.np.named and j == c.np.end and j + 1 < limit \
                    and ctx.words[j + 1] and in_lexicon(norms[j + 1], ROLE_HEADS):
                j = _apposition_end(ctx, c, j + 1, limit)  # "سامر الحداد؛ مدير في شركة النخبة، أن"
                continue
            if ctx.raw[j] in "،,(" and j + 1 < limit:
                if ctx.raw[j] == "(":
                    close = next((k for k in range(j + 1, min(limit, j + 8)) if ctx.raw[k] == ")"), -1)
                    if close < 0:
                        return j
                    j = close + 1
                    continue
                k = _apposition_end(ctx, c, j + 1, limit)
                j = k
                continue
            return j
        if n in TIME_WORDS or n in FILLERS or n in SAYING or n in _AUDIENCE or n in _SPEECH_MASDAR:
            j += 1
            continue
        if n in ("من", "ومن") and j + 1 < limit and norms[j + 1] in _SIDE:
            j += 2  # من جهته، من جانبها
            continue
        if c.np is not None and c.np.named and j == c.np.end and in_lexicon(n, ROLE_HEADS):
            role = parse_np(ctx, j, limit)  # هنري شيلتون رئيس الأركان الأمريكي أن ...
            end = role.end if role is not None else j
            if role is not None and role.kind in ("unnamed_official", "anonymous") and role.end > j \
                    and not is_complement(ctx, end, limit):
                # "المحلل في ان.بي.كيه كابيتال “...”": a firm no list knows closes the role
                at = end + 1 if end < limit and ctx.norms[end] in ("في", "لدي") else end
                ahead = next((t for t in range(at, min(limit, at + 4)) if not ctx.words[t]
                              or is_complement(ctx, t, limit)), -1)
                if ahead > at and is_complement(ctx, ahead, limit) and all(
                        ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not is_definite(ctx.norms[t])
                        for t in range(at, ahead)) and (at > end or _role_ends_in_place(ctx, j, end)):
                    end = ahead
            if role is not None and role.kind in ("unnamed_official", "anonymous") and role.end > j \
                    and end + 1 < limit and norms[end] in EVENT_PREPS and ctx.words[end + 1] \
                    and in_lexicon(norms[end + 1], SPEECH_EVENTS):
                end = _event_phrase(ctx, c, end + 1, limit)  # "المدير العام لـX في مقابلة حديثة إننا"
            if role is not None and role.kind in ("unnamed_official", "anonymous") and role.end > j \
                    and end < limit and norms[end] in _RELATIVE:
                k = _relative_end(ctx, end + 1, min(limit, end + 16))  # "وزير النفط في الحكومة التي تسيطر …"
                if k > 0 and (k in ctx.quote_open_tok or complementizer(norms[k]) or ctx.raw[k] == ":"):
                    end = k
            if role is not None and role.kind in ("unnamed_official", "anonymous") and role.end > j \
                    and is_complement(ctx, end, limit):
                c.role_after = c.role_after or " ".join(norms[j:end])
                j = end
                continue
        if n[:1].isdigit():
            j += 1
            continue
        if c.np is not None and j == c.np.end and n.startswith("ال") and is_nisba(n) and j > 0 \
                and not ctx.words[j - 1] and is_complement(ctx, j + 1, limit):
            j += 1  # صحيفة «دون» المحلية أن: a description after a name in marks
            continue
        if c.np is not None and j == c.np.end and j + 2 < limit and norms[j + 1] == "عدم":
            # "نائب طلب عدم ذكر اسمه": the anonymity clause ends at the name/identity word
            k = next((t for t in range(j + 2, min(limit, j + 7)) if norms[t] in _IDENTITY), -1)
            if k > 0:
                j = k + 1
                continue
        at = j + 1 if n in _RELATIVE else j
        k = _spoke_to(ctx, c, at, limit) if c.np is not None and j == c.np.end else at
        if k > at:
            j = k  # "المحللون الذين تحدثوا لـ«الاقتصادية» إن": the outlet they spoke to
            continue
        if c.np is not None and j == c.np.end and (n in _RELATIVE or (c.np.kind == "document" and (
                is_verb_like(n) or _relative_verb(ctx, j, limit)))):
            # "مسح أجرته رويترز أن ...": a relative clause on the document
            k = _relative_end(ctx, j + 1, min(limit, j + 30))
            ident = next((t for t in range(j + 1, min(limit, j + 10)) if norms[t] in _IDENTITY), -1)
            ends_well = k > 0 and (complementizer(ctx.norms[k]) or k in ctx.quote_open_tok or ctx.raw[k] == ":")
            if n in _RELATIVE and ident > 0 and anonymity_clause(ctx, j + 1, ident + 1) and not ends_well:
                c.anonymous = True  # "المحلل الذي لا يرغب في الإفصاح عن اسمه إلى ...": then its object
                j = ident + 1
                continue
            if k > 0 and (complementizer(ctx.norms[k]) or ((k in ctx.quote_open_tok or ctx.raw[k] == ":")
                                                           and n in _RELATIVE)):
                c.anonymous = c.anonymous or anonymity_clause(ctx, j + 1, k)
                if ctx.norms[c.np.start] in _ONE_OF_WORDS and n in _RELATIVE and not c.anonymous:
                    c.np.end, c.np.src_end = k, ctx.ends[k - 1]  # أحد المتاجرين الذين يبيعون ...: which one
                j = k  # "وقال المصرفي الذي رفض نشر اسمه ... “...”"
                continue
            return j
        if n in _ONE_OF_WORDS and c.np is not None and j == c.np.end and j + 1 < limit:
            k = next((t for t in range(j + 1, min(limit, j + 12)) if not ctx.words[t]
                      or complementizer(norms[t]) or norms[t] in VERB_FORMS), -1)
            if k > j + 1 and ctx.words[k] and complementizer(norms[k]):
                j = k  # "أكدت عائلة X أحد المساهمين أنها"، "جيه.إل.إل إحدى كبرى شركات … أن": which one
                continue
        if n in ("وهي", "وهو") and c.np is not None and j == c.np.end:
            k = next((t for t in range(j + 1, min(limit, j + 20)) if complementizer(norms[t])
                      or not ctx.words[t] and ctx.raw[t] in ".:،,"), -1)
            if k > j + 1 and complementizer(norms[k]) and not any(norms[t] in VERB_FORMS for t in range(j + 1, k)):
                j = k  # "وذكرت «إكسور» ... وهي شركة الاستثمار للعائلة أنها": what the source is
                continue
        if n in ("نقلا", "ونقلا") and j + 1 < limit and norms[j + 1] == "عن":
            j = _relay(ctx, c, j + 2, limit)
            continue
        if n == "عن" and c.lemma == "نقل":
            j = _relay(ctx, c, j + 1, limit)
            continue
        if n.startswith("ل") and c.via is None:
            m = match_outlet(ctx, j, limit, preposition=True)
            if m is not None:
                c.via = m
                j = m.end
                continue
        if n in ("الي", "مع") and c.via is None and j + 1 < limit:
            m = match_outlet(ctx, j + 1, limit)
            if m is not None and not m.anaphor:
                c.via = m
                j = m.end
                continue
        if c.lemma == "ابلغ" and c.via is None:
            m = match_outlet(ctx, j, limit)
            if m is not None:
                c.via = m
                j = m.end
                continue
            whom = parse_np(ctx, j, limit)
            if whom is not None and whom.end < limit and is_complement(ctx, whom.end, limit):
                j = whom.end  # "أبلغ البرلمان أن ...": whom he told, not an outlet
                continue
        if n in EVENT_PREPS and j + 1 < limit and ctx.words[j + 1] and (
            in_lexicon(norms[j + 1], SPEECH_EVENTS) or norms[j + 1] in TIME_WORDS
        ):
            j = _event_phrase(ctx, c, j + 1, limit)
            continue
        if n == "يوم" or (n in ("صباح", "مساء") and j + 1 < limit):
            j += 2
            continue
        return j
    return j


_SPOKE = frozenset(fold(w) for w in ("تحدث", "قال", "صرح", "أدلى"))
_ONE_OF_WORDS = folded_set("أحد إحدى")
_TOUCHED_ON = fold("تطرق")
_SAYING_BY_FORMS = folded_set("بقوله بقولها بقولهم بقولهما")
_TALKED = fold("تحدث")
#: Speech events that are interviews: the paper's own when the dateline names no outlet.
INTERVIEW_NOUNS = folded_set("حديث حديثه حديثها حديثهم مقابلة مقابلته مقابلتها حوار حواره حوارها لقاء لقائه")


def _spoke_to(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """"تجار ..., تحدثوا إلى «الرؤية»"، "الذين تحدثوا لوكالة رويترز": a clause on the source
    saying whom it spoke to. Its outlet is the via; returns the token past it, or ``j``."""
    if j + 1 >= limit or not ctx.words[j]:
        return j
    vf = VERB_FORMS.get(ctx.norms[j])
    if vf is None or vf.person != 3 or vf.lemma not in _SPOKE or vf.prefix:
        return j
    k = j + 1
    if ctx.norms[k] in ("الي", "مع"):
        m = match_addressee(ctx, k + 1, limit)
    else:
        m = match_outlet(ctx, k, limit, preposition=True)
    if m is None:
        return j
    if c.via is None:
        c.via = m
        c.interview = vf.lemma == _TALKED
    return m.end


_RESUMPTIVE = folded_set("عليها عليه لها له بها به فيها فيه منها منه")
_IDENTITY = folded_set("اسمه اسمها هويته هويتها اسمهم هويتهم أسمائهم")


_AMMA = folded_set("أما وأما")
#: "(statements) that X carried": نقلتها إذاعة ...، بثها التلفزيون ...
_CARRIED = folded_set("نقلتها نقلها نقلته بثتها بثها بثته نشرتها نشرها نشرته أوردتها أوردها أذاعتها أذاعها")
_RELATIVE_PRONOUNS = folded_set("الذي التي الذين اللذان اللتان اللواتي اللاتي")


def _amma_topic(ctx: Context, cue_a: int, sent_a: int) -> NP | None:
    """"أما الحكومة، فقد أكدت ...": the topic after أما is the subject of the verb after ف."""
    for k in range(cue_a - 1, max(sent_a - 1, cue_a - 30), -1):
        if ctx.words[k] and ctx.norms[k] in _AMMA:
            comma = next((t for t in range(k + 1, cue_a) if not ctx.words[t]), cue_a)
            np = parse_np(ctx, k + 1, comma)
            if np is None or np.end != comma:
                return None
            if all(not ctx.words[t] or ctx.norms[t] in ("فقد", "ف") for t in range(comma, cue_a)):
                return np
            last = cue_a - 1 if ctx.norms[cue_a - 1] in ("فقد", "ف") else cue_a
            if ctx.is_punct(comma, "،,") and ctx.is_punct(last - 1, "،,") and ctx.words[comma + 1] \
                    and ctx.norms[comma + 1] in _RELATIVE_PRONOUNS:
                return np  # أما المرشحة X، التي ...، فقد أكدت: a relative clause between
            return None
    return None


def _relative_end(ctx: Context, j: int, limit: int) -> int:
    """The first إن/أن or quotation mark, colon or full stop from ``j`` (a name in «» is
    passed over: "اطلعت عليها «النهار» أن"), or -1."""
    t = j
    while t < limit:
        if complementizer(ctx.norms[t]):
            return t
        if not ctx.words[t] and (ctx.raw[t] in ":.«\"" or t in ctx.quote_open_tok):
            if _name_in_marks(ctx, t, limit):
                t = ctx.quote_open_tok[t] + 1
                continue
            return t
        t += 1
    return -1


def _relative_verb(ctx: Context, j: int, limit: int) -> bool:
    """"وثيقة اطلعت عليها «النهار»": a perfect verb with a resumptive pronoun after it opens a
    relative clause on the noun before it."""
    n = ctx.norms[j]
    return n.endswith("ت") and len(n) >= 4 and not is_definite(n) and j + 1 < limit \
        and ctx.norms[j + 1] in _RESUMPTIVE


def _relay(ctx: Context, c: Cand, j: int, limit: int) -> int:
    inner = parse_np(ctx, j, limit) or _foreign_name(ctx, j, limit)
    if inner is None:
        return j
    said = next((k for k in range(inner.end, min(limit, inner.end + 6))
                 if not ctx.words[k] or ctx.norms[k] in _SPEECH_MASDAR), -1)
    if said > inner.end and ctx.words[said]:
        # "عن أحد الناجين في قرية مزار دره قوله:": everything up to قوله names the source
        inner.end, inner.src_end = said, ctx.ends[said - 1]
    if c.np is not None and c.np.kind in ("media", "named_organization") and c.via is None:
        c.via_np = c.np  # "وقالت جيه.إل.إل نقلا عن بيانات …": the firm relays the data
    c.np = inner
    c.implied = False
    c.anonymous = c.anonymous or anonymity_clause(ctx, inner.end, limit)
    return inner.end


def _foreign_name(ctx: Context, j: int, limit: int) -> NP | None:
    """After "نقلت X عن" the source follows: two or three words no list knows, before a
    description (لي مياوتشيان الاقتصادي في ...), are a foreign name."""
    k = j
    while k < limit and k - j < 3 and ctx.words[k] and not is_definite(ctx.norms[k]) \
            and ctx.norms[k] not in VERB_FORMS and not complementizer(ctx.norms[k]) \
            and ctx.norms[k] not in ("في", "من", "علي", "الي", "عن"):
        k += 1
    if k - j < 2 or (k < limit and ctx.words[k] and not is_definite(ctx.norms[k])):
        return None
    return NP(j, k, ctx.starts[j], ctx.ends[k - 1], "named_person", ctx.norms[j], named=True)


_WENT_BACK = folded_set("عاد عادت عادوا ثم")
_DEMAND = fold("طالب")
_ADDED = fold("زاد")


def _says_colon(ctx: Context, j: int, limit: int) -> bool:
    """"وزاد: ..."، "وزاد في هذا الجانب بقوله: ...": a colon right away or after بقوله."""
    if j < limit and ctx.raw[j] == ":":
        return True
    for k in range(j, min(limit - 1, j + 7)):
        if not ctx.words[k]:
            return False
        if ctx.norms[k] in _SPEECH_MASDAR and ctx.raw[k + 1] == ":":
            return True
    return False
_CLAIM_LEMMA = fold("ادعى")
_GOES_ON_LEMMAS = frozenset(fold(w) for w in ("أضاف", "تابع", "أردف", "استطرد"))


def _stopword_np(n: str) -> bool:
    from .phrases import _stopword

    return _stopword(n)


def _demand_with_bi(ctx: Context, vf: VerbForm, i: int, j: int, sent_a: int, sent_b: int) -> bool:
    """"وطالب بنشر جدول ...": the و-verb opening a clause with its ب-object is "demanded",
    not the noun طالب (a student)."""
    if vf.lemma != _DEMAND or vf.prefix not in ("و", "ف") or j >= sent_b or not ctx.words[j]:
        return False
    if i > sent_a and ctx.words[i - 1] and ctx.norms[i - 1] not in _WENT_BACK:
        return False  # ("لكنها عادت وطالبت بمزيد": went back and demanded)
    n = ctx.norms[j]
    ent = ctx.entity_at.get(j)
    if n.startswith("ال") and not _stopword_np(n) and n not in ctx.person_tokens and (ent is None or ent.type != "PER") \
            and j + 1 < sent_b and ctx.words[j + 1] and ctx.norms[j + 1].startswith("ب") and len(ctx.norms[j + 1]) > 3 \
            and i > sent_a and ctx.is_punct(i - 1, "،,"):
        return True  # "، وطالب الحكومة بتقديم ...": a definite object, then its ب-phrase
    return n.startswith("ب") and not n.startswith("بال") and len(n) > 3 and (ent is None or ent.type not in ("LOC", "ORG", "PER")) \
        and n not in FIRST_NAMES and n not in ctx.person_tokens \
        and not in_lexicon(n, ORG_HEADS) and not in_lexicon(n, PLACES)  # طالب بجامعة دمشق: a student


_EVENT_PREPS = folded_set("في خلال وفي عقب لدى أمام")


def _event_then_quote(ctx: Context, j: int, limit: int) -> bool:
    """"وتقول في ختام الحوار: «...»": an occasion phrase, then a colon and a quotation."""
    if j + 1 >= limit or not ctx.words[j] or ctx.norms[j] not in _EVENT_PREPS:
        return False
    if not any(ctx.words[k] and (ctx.norms[k] in SPEECH_EVENTS or bare(ctx.norms[k]) in SPEECH_EVENTS)
               for k in range(j + 1, min(limit, j + 3))):
        return False
    for k in range(j + 1, min(limit, j + 7)):
        if not ctx.words[k]:
            return ctx.raw[k] == ":" and k + 1 < limit and is_quote_mark(ctx, k + 1) and k + 1 in ctx.quote_open_tok
    return False


def _event_phrase(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """"في تصريحات خاصة لـ«الغد»", "خلال مؤتمر صحفي بالرياض": skipped, a via kept."""
    norms = ctx.norms
    if bare(norms[j]) in INTERVIEW_NOUNS or norms[j] in INTERVIEW_NOUNS:
        c.interview = True  # "في حديثه لـ«...»": an interview
    j += 1
    c.after_event = True
    steps = 0
    own_prep = VERB_PREPOSITION.get(c.lemma, "")
    while j < limit and steps < 8:
        if not ctx.words[j]:
            if _name_in_marks(ctx, j, limit):
                j = ctx.quote_open_tok[j] + 1  # "في منشور على منصة «إكس» إن": a name
                steps += 1
                continue
            break
        n = norms[j]
        if complementizer(n) or n in ("نقلا",):
            break
        if own_prep and (steps > 0 or (n == own_prep and own_prep != "ب")) and (
                n == own_prep or (own_prep == "ب" and n.startswith("ب") and len(n) > 3)):
            break  # "وأشارت المؤسسة في بيان ... إلى استئناف": the verb's own preposition
        if n.startswith("ل") and not is_definite(n) or n == "ل" or n.startswith("لل"):
            m = match_outlet(ctx, j, limit, preposition=True)
            if m is not None:
                if c.via is None:
                    c.via = m
                j = m.end
                steps += 1
                continue
        if n in ("مع", "الي") and j + 1 < limit:
            m = match_outlet(ctx, j + 1, limit)
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m
                j = m.end
                continue
        if n in _CARRIED and j + 1 < limit:
            m = match_outlet(ctx, j + 1, limit)
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m  # "في تصريحات نقلتها إذاعة «...»": the outlet that carried them
                j = m.end
                steps += 1
                continue
        if _relative_verb(ctx, j, limit):
            # "في تعميم اطلعت عليه «الوطن» أن ...": a relative clause on the event noun
            k = _relative_end(ctx, j + 1, min(limit, j + 12))
            if k > 0 and complementizer(norms[k]):
                j = k
            break
        if c.kind == "verb" and c.verb is not None and "o" in c.verb.complements and not is_definite(n) \
                and not n.startswith(("ب", "ل")) and n not in TIME_WORDS and not is_nisba(n) \
                and n not in INDEF_ADJECTIVES:
            break  # the object of أعلن/توقع begins here
        j += 1
        steps += 1
    return j


_AGE_WORDS = folded_set("البالغ البالغة البالغين البالغان البالغتين")


def _apposition_end(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """After a comma: skip ", المتحدث باسم الوزارة ،" or ", في إفادة ... ،" up to the next comma."""
    if j >= limit or not ctx.words[j]:
        return j
    n = ctx.norms[j]
    if n == VERB_PREPOSITION.get(c.lemma) and c.np is not None:
        return j  # "وأثنى الوزير، على العلاقات ...": the verb's own preposition after a comma
    role = in_lexicon(n, ROLE_HEADS)
    event = n in EVENT_PREPS or n in TIME_WORDS or n in _APPOSITIVE
    close = next((k for k in range(j, min(limit, j + 12)) if not ctx.words[k] and ctx.raw[k] in "،,"), -1)
    if close > j and anonymity_clause(ctx, j, close + 1):
        c.anonymous = True  # "، فضل عدم ذكر اسمه،"
        return close + 1
    if close > j and close - j <= 6 and n.startswith(("ومقر", "مقرها", "مقره")) and is_complement(ctx, close + 1, limit):
        return close + 1  # "، ومقرها في اليونان،": where the body named before is based
    if close > j and c.np is not None and _spoke_to(ctx, c, j, close) == close:
        return close + 1  # "، تحدثوا إلى «الرؤية»،": the outlet they spoke to
    if close > j and close - j <= 7 and n in _AGE_WORDS and c.np is not None:
        return close + 1  # "وقال اللاعب، البالغ من العمر 27 عاما، في مؤتمر صحفي إن": an age
    if close > j and close - j <= 4 and ctx.norms[j] in _NOT_NAMED_NEG and j + 1 < close \
            and ctx.norms[j + 1] in _NAMING_VERBS:
        return close + 1  # "، لم تذكر اسمه،": an official the outlet did not name
    if close < 0 and anonymity_clause(ctx, j, min(limit, j + 6)):
        # "، طلبوا عدم الكشف عن هويتهم لأنهم غير مخولين بالحديث إلى وسائل الإعلام، إن"
        far = next((k for k in range(j, min(limit, j + 24)) if not ctx.words[k] and ctx.raw[k] in "،,"), -1)
        if far > j and is_complement(ctx, far + 1, limit):
            c.anonymous = True
            return far + 1
    if not (role or event):
        if c.np is not None and (c.np.named or c.np.kind == "named_organization") and close > j \
                and is_complement(ctx, close + 1, limit) \
                and not any(is_complement(ctx, t, limit) for t in range(j, close)):
            if c.np.named:
                c.role_after = c.role_after or " ".join(ctx.norms[j:close])
            return close + 1  # "نورة العتيبي، المشرفة على الدراسة، إن ..."، "شركة X، المشغلة للمشروع، أن"
        if c.np is not None and c.np.named and n in ("من", "في") and close < 0:
            # "X، من شركة وود ماكينزي لوكالة الصحافة الفرنسية: «...»": where the person works,
            # and the outlet spoken to, up to the colon
            colon = next((t for t in range(j + 1, min(limit, j + 16)) if ctx.raw[t] == ":"
                          or not ctx.words[t] or ctx.norms[t] in VERB_FORMS), -1)
            if colon > j + 1 and ctx.raw[colon] == ":":
                for t in range(j + 1, colon):
                    m = match_outlet(ctx, t, colon, preposition=True) if ctx.norms[t][:1] == "ل" else None
                    if m is not None and not m.anaphor and c.via is None:
                        c.via = m
                        break
                return colon
        return j
    k = j
    while k < limit and k - j < 16:
        if not ctx.words[k] and ctx.raw[k] in "،,":
            if role and c.np is not None and c.np.named and not c.role_after:
                c.role_after = " ".join(ctx.norms[j:k])
            if event and c.via is None:
                e = next((t for t in range(j, k) if ctx.words[t] and ctx.norms[t] in EVENT_PREPS
                          and t + 1 < k and ctx.words[t + 1]), -1)
                if e >= 0:
                    _event_phrase(ctx, c, e + 1, k)  # "، (الأسبوع الماضي) في حديث لـ«الغد»،": the via
            if anonymity_clause(ctx, j, k + 1):
                c.anonymous = True
            return k + 1
        if k > j and ctx.norms[k - 1] == "ل" and k in ctx.quote_open_tok:
            k = ctx.quote_open_tok[k] + 1  # لـ«الغد»: a name in guillemets, not a quotation
            continue
        if k > j and _name_in_marks(ctx, k, limit):
            k = ctx.quote_open_tok[k] + 1  # "، رئيسة البحوث في «فاروس القابضة»،": a name
            continue
        if role and k > j + 1 and c.np is not None and c.np.named and (ctx.raw[k] == ":" or complementizer(ctx.norms[k])):
            c.role_after = c.role_after or " ".join(ctx.norms[j:k])
            return k  # "وقال X، رئيس مؤسسة Y: «...»": the role runs to the colon
        if is_complement(ctx, k, limit) or ctx.raw[k] in ".؟?!":
            if event and k > j:
                # "في إفادة صحفية إن ..." without a closing comma
                if anonymity_clause(ctx, j, k):
                    c.anonymous = True
                return k
            return j
        k += 1
    return j


_FRONT_EVENT = folded_set("في وفي خلال وخلال")


def _fronted_via(ctx: Context, a: int, comma: int) -> OutletMatch | None:
    """"وفي تصريح لإذاعة «ميد راديو»، قال ...": a speech event put before the verb names the
    outlet the speaker talked to."""
    if ctx.norms[a] not in _FRONT_EVENT or not ctx.words[a + 1] or not in_lexicon(ctx.norms[a + 1], SPEECH_EVENTS):
        return None
    for k in range(a + 2, min(comma, a + 8)):
        if ctx.words[k] and ctx.norms[k][:1] == "ل" or ctx.norms[k] == "ل":
            m = match_outlet(ctx, k, comma, preposition=True)
            if m is not None and not m.anaphor:
                return m
            if ctx.norms[k] not in _RESUMPTIVE and len(ctx.norms[k]) > 3 and not is_definite(ctx.norms[k]) \
                    and not is_verb_like(ctx.norms[k]) and all(ctx.words[t] and not is_definite(ctx.norms[t])
                                                                for t in range(k, comma)):
                # "وفي تصريح له لجلوبال كابيتال أوضح ...": a publication no list knows
                return OutletMatch(k, comma, ctx.starts[k] + _first_letter_len(ctx.raw[k]), ctx.ends[comma - 1], "")
    return None


def _complement_ahead(ctx: Context, j: int, limit: int) -> bool:
    """إن/أن/: at ``j`` or a few words on, with no punctuation or other verb between (ويرى
    خبراء في قطاع الطاقة أن ...)."""
    for k in range(j, min(limit, j + 7)):
        if is_complement(ctx, k, limit):
            return True
        if not ctx.words[k] or ctx.norms[k] in VERB_FORMS:
            return False
    return False


def _name_in_marks(ctx: Context, k: int, limit: int) -> bool:
    """A short «X» inside a phrase (a company, a party, a programme), not a quotation: at
    most four words, right after a word, and followed by more of the phrase (a word or a
    comma), never by the end of the sentence."""
    close = ctx.quote_open_tok.get(k)
    if close is None or close - k > 5 or close + 1 >= limit or not ctx.words[k - 1]:
        return False
    if not all(ctx.words[t] for t in range(k + 1, close)):
        return False
    nxt = close + 1
    if ctx.raw[nxt] == ":" and nxt + 1 < limit and is_quote_mark(ctx, nxt + 1) and nxt + 1 in ctx.quote_open_tok:
        return True  # "على حسابه في «إنستغرام»: «...»": a platform, then the quotation
    return ctx.words[nxt] or ctx.raw[nxt] in "،,"


#: Views that stay claims when negated: "لا يتوقع المصرفيون أزمة"، "لم يستبعد X أن ...".
_VIEWS = frozenset(fold(w) for w in ("توقع", "رأى", "اعتقد", "استبعد", "أمل"))


def _negated_view(prev: str, vf: VerbForm) -> bool:
    if vf.lemma not in _VIEWS or vf.tense != "imp":
        return False
    return prev in ("لا", "ولا") or (prev in ("لم", "ولم") and vf.lemma == fold("استبعد"))


def _in_name(ctx: Context, j: int, limit: int) -> NP | None:
    """"إن" then a person's name and, before any verb, a colon and a quotation: إن has no
    clause to introduce, so it is the first part of the name (a transliteration such as
    "إن لويز" for Ann-Louise)."""
    ent = ctx.entity_at.get(j + 1)
    if ent is None or ent.type != "PER":
        return None
    end = ctx.entity_end_tok.get(j + 1, j + 2)
    for t in range(end, min(limit, end + 16)):
        if ctx.raw[t] == ":":
            if t + 1 < limit and t + 1 in ctx.quote_open_tok:
                return NP(j, end, ctx.starts[j], ctx.ends[end - 1], "named_person", ctx.norms[j + 1], named=True)
            return None
        if ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t])):
            return None
    return None


def _relative_agrees(rel: str, vf: VerbForm) -> bool:
    """الذي with a masculine singular verb, التي with a feminine one, الذين with a plural."""
    if rel == fold("التي"):
        return vf.gender == "f" and vf.number == "s"
    if rel == fold("الذي"):
        return vf.gender == "m" and vf.number == "s"
    return vf.number in ("p", "d")


def _no_subject_after(ctx: Context, j: int, limit: int) -> bool:
    """What follows the verb is a preposition, a complement or a quotation, not a subject
    ("التي قالت في نيسان إنها"، not "الذي دعت مؤسسة النقد إلى إنشائه")."""
    j = _skip_adverbs(ctx, j, limit)
    if j >= limit or not ctx.words[j]:
        return True
    n = ctx.norms[j]
    if n in EVENT_PREPS or n in OBJ_PREPS or complementizer(n) or is_complement(ctx, j, limit):
        return True
    np = parse_np(ctx, j, limit)  # "الشركة التي أعلنت خسائر فصلية": an object, not a subject
    return np is None or (np.kind == "named_person" and j not in ctx.entity_at) \
        or (not np.definite and np.kind in ("document", "anonymous") and not np.named and j not in ctx.entity_at
            and np.end - np.start == 1)


def _antecedent(ctx: Context, rel: int, sent_a: int, people: bool = False) -> NP | None:
    """The noun phrase ending right before the relative pronoun at ``rel`` (its antecedent):
    the longest one starting at most five words back (for الذين, people only: "توقعات
    المحللين الذين توقعوا" -> المحللين)."""
    best = None
    for s in range(rel - 1, max(sent_a - 1, rel - 6), -1):
        if not ctx.words[s]:
            break
        np = parse_np(ctx, s, rel)
        if np is not None and np.end == rel and (np.kind != "named_person" or s in ctx.entity_at) \
                and not (people and np.kind in ("document", "media", "named_organization")):
            best = np
    return best


_KANA = folded_set("كان كانت وكان وكانت فكان فكانت كانوا وكانوا")


def _kana_subject(ctx: Context, cue_a: int, sent_a: int, sent_b: int) -> NP | None:
    """"وكانت رايس قد حذرت"، "وكانت شركة البترول الكويتية أعلنت"، "وكانت «جنرال إلكتريك» قد
    أعلنت": the subject between كان and the verb (with or without قد)."""
    k = cue_a - 1
    if k > sent_a and ctx.norms[k] in ("قد", "وقد", "فقد", "لقد"):
        k -= 1
    end = k + 1
    for start in range(k, max(sent_a - 1, k - 9), -1):
        if ctx.words[start] and ctx.norms[start] in _KANA:
            a = start + 1
            if a >= end:
                return None
            np = marks_source(ctx, a, sent_b) if a in ctx.quote_open_tok else parse_np(ctx, a, end)
            if np is not None and (np.end == end or (a in ctx.quote_open_tok and ctx.quote_open_tok[a] + 1 == end)):
                return np
            return None
        if not ctx.words[start] and not (start in ctx.quote_open_tok or start in ctx.quote_close_tok):
            return None
    return None


def _role_ends_in_place(ctx: Context, a: int, b: int) -> bool:
    """The role phrase [a, b) says where (في، لدى، بـ): an unknown name may follow it."""
    return any(ctx.words[t] and (ctx.norms[t] in ("في", "لدي") or ctx.norms[t][:1] == "ب") for t in range(a, b))


def _subject_then_complement(ctx: Context, j: int, limit: int) -> bool:
    """"بداية بين المتخصص ... الدكتور X أن ...": a person or a role right after the word,
    then إن/أن: the verb بيّن, not the preposition بين."""
    np = parse_np(ctx, j, limit)
    if np is None or np.kind not in ("named_person", "unnamed_official") or np.end >= limit:
        return False
    return is_complement(ctx, np.end, limit) and complementizer(ctx.norms[np.end])


def _bare_name(ctx: Context, j: int, limit: int) -> NP | None:
    """"وأوضح مطر الطاير، المدير العام ...، أن": right after a reporting verb, an unknown word
    and a definite word followed by إن/أن or by a comma and a role are a first and a family
    name (a common noun with its genitive does not stand there: وأكد أهمية الحفاظ على ...)."""
    from .phrases import _stopword, masdar_like

    if j + 2 >= limit or not (ctx.words[j] and ctx.words[j + 1]):
        return None
    n, m = ctx.norms[j], ctx.norms[j + 1]
    if is_definite(n) or _stopword(n) or masdar_like(n) or n in VERB_FORMS or is_verb_like(n) \
            or not m.startswith("ال") or len(m) < 4 or _stopword(m) or any(ch in "\u064b\u064c\u064d" for ch in ctx.raw[j]):
        return None
    k = j + 2
    ok = complementizer(ctx.norms[k]) if ctx.words[k] else False
    if not ok and ctx.raw[k] in "،,؛" and k + 1 < limit and ctx.words[k + 1]:
        ok = in_lexicon(ctx.norms[k + 1], ROLE_HEADS)
    if not ok:
        return None
    return NP(j, j + 2, ctx.starts[j], ctx.ends[j + 1], "named_person", n, named=True)


def parse_verb(ctx: Context, i: int, sent_a: int, sent_b: int, coordinated: bool = False) -> Cand | None:
    """A reporting verb at token ``i``. ``coordinated``: an و-verb after a comma, following
    another cue of the same sentence (its subject may be that cue's)."""
    vf = VERB_FORMS.get(ctx.norms[i])
    if vf is None or vf.person != 3:
        return None
    norms = ctx.norms
    prev = norms[i - 1] if i > sent_a and ctx.words[i - 1] else ""
    if (prev in _NEGATIONS and not _negated_view(prev, vf)) or prev in _PREPOSITION_BEFORE:
        return None
    if vf.tense == "imp" and prev in _SUBJUNCTIVE:
        return None  # من المتوقع أن تعلن، قد يعلن: a future or possible act, not speech
    if vf.lemma == _CLAIM_LEMMA and vf.tense == "imp" and ctx.raw[i].endswith("ى") and not (
            i + 1 < sent_b and ctx.words[i + 1] and complementizer(norms[i + 1])):
        return None  # "ناجية تدعى فاطمة": the passive "is called", not تدّعي "claims"
    if (vf.lemma in AMBIGUOUS or vf.lemma in MASDAR_PRONE) and vf.prefix == "" and prev \
            and prev not in _AMBIGUOUS_OK_BEFORE:
        left = parse_left_subject(ctx, i, sent_a)
        if (left is None or left.kind not in ("named_person", "named_organization", "unnamed_official")) \
                and not _subject_then_complement(ctx, i + 1, sent_b):
            return None  # حصل طالب جامعي، كتب التاريخ: a noun after a word, not a verb
    if vf.lemma == _TOUCHED_ON and any(ctx.norms[t] in _SAYING_BY_FORMS for t in range(i + 1, min(sent_b, i + 25))):
        return None  # "وتطرقت إلى الشركات القيادية؛ بقولها: ...": بقولها is the cue
    cue_a = i - 1 if prev in ("كما", "وكما") else i
    c = Cand(cue_a, i + 1, "verb", cue_a, i + 1, gender=vf.gender, number=vf.number, verb=vf, lemma=vf.lemma)
    if cue_a > sent_a + 2 and ctx.is_punct(cue_a - 1, "،,"):
        c.via = _fronted_via(ctx, sent_a, cue_a - 1)
    elif sent_a + 2 < cue_a <= sent_a + 7 and ctx.norms[sent_a] in _FRONT_EVENT:
        c.via = _fronted_via(ctx, sent_a, cue_a)  # "وفي تصريح له لـX أوضح ..." without a comma
    j = _skip_adverbs(ctx, i + 1, sent_b)
    while j < sent_b and norms[j] in SAYING:
        j += 1
    if j < sent_b and ctx.words[j] and norms[j].startswith("ل"):
        m = match_outlet(ctx, j, sent_b, preposition=True)
        if m is not None and not m.anaphor:
            c.via = m  # "أكد لوكالة فرانس برس شاهد عيان أن ..."
            j = _skip_adverbs(ctx, m.end, sent_b)
    elif j + 1 < sent_b and ctx.words[j] and norms[j] in ("الي", "مع") and vf.lemma in _SPOKE:
        m = match_addressee(ctx, j + 1, sent_b)
        if m is not None:
            c.via = m  # "تحدث إلى «الرؤية» ..."
            j = _skip_adverbs(ctx, m.end, sent_b)
    if j + 1 < sent_b and ctx.words[j] and norms[j] in _DEMONSTRATIVE_OBJECT and ctx.words[j + 1] \
            and not is_complement(ctx, j + 1, sent_b):
        np = parse_np(ctx, j + 1, sent_b, feminine=vf.gender == "f")
        if np is not None and np.kind in ("anonymous", "unnamed_official", "named_person", "named_organization",
                                          "media", "document"):
            j += 1  # "وأكد ذلك مصدر ذو صلة بمنتج آخر بقوله: ..."
    if vf.prefix == "" and prev in _RELATIVE and i - 1 > sent_a and _relative_agrees(prev, vf) \
            and _no_subject_after(ctx, i + 1, sent_b):
        left = _antecedent(ctx, i - 1, sent_a, people=prev == fold("الذين"))  # "تسلا موتورز التي قالت ..."
        if left is not None and left.kind in ("named_organization", "named_person", "media", "document"):
            c.np, c.sv = left, True
            c.phrase_start = cue_a  # the clause before it goes on around the relative
    if c.np is None and j < sent_b and norms[j] in ("فيه", "فيها") and prev and (
            in_lexicon(prev, SPEECH_EVENTS) or in_lexicon(prev[:-1], SPEECH_EVENTS) and prev.endswith("ا")):
        left = _antecedent(ctx, i - 1, sent_a)  # "أصدرت مجموعة X بيانا قالت فيه: «…»": X
        if left is not None and left.kind in ("named_organization", "named_person", "unnamed_official", "media"):
            c.np, c.sv = left, True
            j += 1
    if vf.prefix == "" and c.np is None:
        left = _kana_subject(ctx, cue_a, sent_a, sent_b)
        if left is not None:
            c.np, c.sv, c.phrase_start = left, True, left.start  # وكانت رايس قد حذرت ...، وكانت X أعلنت
    if c.np is None and (prev in ("فقد", "ف") or vf.prefix == "ف"):
        topic = _amma_topic(ctx, cue_a, sent_a)
        if topic is not None:
            c.np, c.sv, c.phrase_start = topic, True, topic.start  # أما الحكومة، فقد أكدت ...
    if c.np is None and vf.prefix == "" and cue_a > sent_a and "o" in vf.complements and prev:
        left = parse_left_subject(ctx, cue_a, sent_a)
        if left is not None and left.start == sent_a and left.kind != "document":
            # "الحكومة تعلن خطة لخفض العجز": a subject before the verb, the words after it
            # are the object, never the source
            c.np, c.sv, c.phrase_start = left, True, left.start
    if c.np is None and j < sent_b and j in ctx.quote_open_tok:
        c.np = marks_named_source(ctx, j, sent_b)  # وأكدت "بيرسون" في بيان أنها ...
    if c.np is None and j + 1 < sent_b and ctx.raw[j] == "إن":
        c.np = _in_name(ctx, j, sent_b)  # "وتقول إن لويز هيتل، من شركة …: «…»": إن begins the name
    if c.np is None and not is_complement(ctx, j, sent_b) and j < sent_b and ctx.words[j] \
            and norms[j] not in OBJ_PREPS and not _demand_with_bi(ctx, vf, i, j, sent_a, sent_b):
        c.np = parse_np(ctx, j, sent_b, feminine=vf.gender == "f")
        if c.np is not None and coordinated and not c.np.named and c.np.definite and c.np.end < sent_b and (
                ("o" in vf.complements and (
                    ctx.norms[c.np.end][:1] == "ب" or ctx.norms[c.np.end] == VERB_PREPOSITION.get(vf.lemma)
                    or ctx.norms[c.np.end] == OBJECT_THEN.get(vf.lemma)))
                or (vf.lemma == _DEMAND and ctx.norms[c.np.end][:1] == "ب" and len(ctx.norms[c.np.end]) > 3)):
            c.np = None  # "، ووصفت التقارير بأنها"، "، ودعت المانحين إلى": an object
        if c.np is not None and c.np.head == "?":
            c.np = None
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
    if c.np is None and j < sent_b:
        c.np = _bare_name(ctx, j, sent_b)
    if c.np is None:
        if vf.prefix == "" and prev not in _PRONOUN_SUBJECT:
            left = parse_left_subject(ctx, cue_a, sent_a)
            if left is not None:
                c.np, c.sv, c.phrase_start = left, True, left.start
        if c.np is None:
            c.implied = True
            if (vf.lemma in AMBIGUOUS or vf.lemma in DOCUMENT_ONLY) and not _demand_with_bi(ctx, vf, i, j, sent_a, sent_b) \
                    and not (vf.lemma == _ADDED and vf.prefix and _says_colon(ctx, j, sent_b)):
                return None
            goes_on = vf.lemma in _GOES_ON_LEMMAS and vf.prefix in ("و", "ف") and j < sent_b \
                and ctx.raw[j] == ":" and j + 1 < sent_b and is_quote_mark(ctx, j + 1)
            if vf.tense == "imp" and vf.gender == "m" and vf.number == "s" and prev not in _PRONOUN_SUBJECT \
                    and not goes_on and prev not in _WENT_ON:
                return None  # يتوقع أن، يذكر أن: impersonal (but "ويتابع: «...»" goes on speaking)
            if vf.tense == "perf" and vf.prefix == "" and prev not in _PRONOUN_SUBJECT and i == sent_a \
                    and vf.gender == "m" and vf.number == "s" and vf.lemma == "ذكر":
                return None  # ذُكر أن
    if vf.lemma in DOCUMENT_ONLY and (c.np is None or c.np.kind not in ("document", "media")) and not (
            c.np is not None and c.np.kind == "named_organization"
            and _complement_ahead(ctx, j if c.sv else c.np.end, sent_b)):
        return None  # أظهر اللاعب مهارة: an act; أظهرت الدائرة في مسح أن ...: a finding
    if vf.tense == "imp" and vf.lemma in _PASSIVE_PRONE and not c.sv and cue_a == i and not _complement_ahead(
            ctx, c.np.end if c.np is not None else j, sent_b):
        return None  # يُعتبر مسجد هوبان من أفخم ...: passive without أن
    if c.implied and vf.tense == "imp" and not (prev in _PRONOUN_SUBJECT and "o" in vf.complements) \
            and not is_complement(ctx, _skip_adverbs(ctx, i + 1, sent_b), sent_b) \
            and not _event_then_quote(ctx, _skip_adverbs(ctx, i + 1, sent_b), sent_b):
        return None  # تعتبر ثابتة: an imperfect with no subject needs إن/أن/: to be speech
    j = c.np.end if (c.np is not None and not c.sv) else j
    if c.np is not None:
        c.anonymous = anonymity_clause(ctx, c.np.end, sent_b)
    j = skip_to_complement(ctx, c, j, sent_b)
    c.phrase_end = j
    return complement(ctx, c, j, sent_a, sent_b)


