"""Subjects written elsewhere than right after the verb: before it ("الحكومة تعلن …")، after
كان ("وكانت «جنرال إلكتريك» قد أعلنت")، after أما ("أما الحكومة، فقد أكدت")، the antecedent of
a relative pronoun ("تسلا موتورز التي قالت")، a name that begins with إن, a bare first and
family name; and the tests that tell a verb from a noun (بيّن/بين، طالب بـ).
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.text import fold

from .ali_name import ali_before_verb
from .complements import EVENT_PREPS, OBJ_PREPS, is_complement
from .context import Context, is_quote_mark
from .between import _SPEECH_MASDAR
from .cues import VERB_FORMS, VerbForm
from .events import _skip_adverbs
from .phrases import AL_GIVEN, KEEPERS, NP, _is_place, _lookup, masdar_like, name_chain, name_start
from .sources import anonymity_clause, marks_source, parse_np
from .words import (
    ANON_HEADS, CAME_OUT, DOC_HEADS, MEDIA_TYPES, FILLERS, FIRST_NAMES, OCCUPATIONS, ORG_HEADS, PLACES, ROLE_HEADS, SIDE_WORDS, TIME_WORDS, TITLES, adverbial_end,
    complementizer, is_nisba,
    folded_set, in_lexicon,
    is_definite, is_verb_like, strip_possessive, SELF_WORDS, SPEECH_EVENTS,
)


_ISSUED_IT_VERBS = folded_set("أصدرته أصدرتها أصدره أصدرها نشرته نشرتها نشره نشرها أعدته أعدتها أعده أعدها "
                              "أجرته أجرتها أجراه أجراها وزعته وزعتها وزعه وزعها")
_OPENER_WORDS = folded_set("غير وغير بينما فيما أما")
_LEFT_STRIP = folded_set("كان كانت وكان وكانت فكان لكن ولكن إلا أن إن وإن بل كما وكما لعل ولعل")
_LEFT_BOUNDARY = folded_set(
    "أن إن لكن ولكن غير إلا كما وكما ثم فيما بينما حين إذ حيث الذي التي الذين بل لأن و أو من"
    " وفيما وبينما عندما وعندما حينما وحينما بعدما وبعدما فيما إذ وإذ فإن"
)


_CLOSE_TO = frozenset(fold(w) for w in "مقرب مقربة مقربون مقربين مقربان قريب قريبة قريبون قريبين المقرب المقربة المقربين المقربون".split())


def parse_left_subject(ctx: Context, i: int, sent_a: int) -> NP | None:
    """The subject written before the verb (الأوقات المالية ذكرت، لكن البنك الدولي يرى)، also
    with a relative clause between commas (الناشطة X، التي وثقت …، قالت). A conjunction
    written on it stays out of the span (والمحللون يتوقعون: المحللون)."""
    np = _left_subject(ctx, i, sent_a)
    if np is not None and np.start - 1 > sent_a and not ctx.words[np.start - 1] and ctx.raw[np.start - 1] in "»\"”" \
            and all(ctx.words[t] and is_definite(ctx.norms[t]) and is_nisba(ctx.norms[t]) for t in range(np.start, np.end)):
        wide = _left_scan(ctx, i, sent_a, True)
        if wide is not None and wide.start < np.start and wide.kind in ("media", "named_organization"):
            np = wide  # "صحيفة «الراية» القطرية ذكرت": the paper, not its nationality
    if np is None and i - 3 >= sent_a and ctx.words[i - 2] and ctx.norms[i - 2] == "في" and ctx.words[i - 1] \
            and not is_definite(ctx.norms[i - 1]) and not _stopword_np(ctx.norms[i - 1]) and ctx.norms[i - 1] not in VERB_FORMS \
            and len(ctx.norms[i - 1]) >= 3 and (ctx.words[i - 3] or i - 3 in ctx.quote_close_tok):
        inner = _left_subject(ctx, i - 2, sent_a)
        if inner is None and i - 3 in ctx.quote_close_tok and _is_place(ctx, i - 1):
            inner = marks_source(ctx, ctx.quote_close_tok[i - 3], i - 2)  # "و«المركزي» في عدن يحذر": a body in marks
        if inner is not None and inner.end == i - 2 and inner.kind in ("named_organization", "unnamed_official", "anonymous"):
            np = replace(inner, end=i, src_end=inner.src_end if i - 3 in ctx.quote_close_tok else ctx.ends[i - 1])
            # "لكن الحكومة المركزية في لاباز اعتبرت": where it sits (a name in marks is written alone)
    if np is None and i - 2 >= sent_a and (i - 2 == sent_a or not ctx.words[i - 3]) and ctx.words[i - 2] \
            and ctx.words[i - 1] and _group_word(ctx.norms[i - 2]) and (
                i - 1 in ctx.entity_at and ctx.entity_at[i - 1].type == "LOC" and ctx.entity_end_tok.get(i - 1) == i
                or ctx.norms[i - 1][:1] == "و" and _group_word(ctx.norms[i - 1][1:])
                or ctx.norms[i - 2].endswith("و") and is_definite(ctx.norms[i - 1]) and ctx.norms[i - 1] not in VERB_FORMS):
        np = NP(i - 2, i, ctx.starts[i - 2], ctx.ends[i - 1], "anonymous", ctx.norms[i - 2])
        # "تجار دمشق يطالبون"، "فلاحو المنيا يطالبون"، "مسؤولون وخبراء يحذرون": a group by its place, or two
    if np is None and i - 3 >= sent_a:
        t = next((t for t in range(i - 1, max(sent_a, i - 8), -1) if ctx.words[t] and ctx.norms[t] in CAME_OUT), -1)
        if t > sent_a and all(ctx.words[u] and ctx.norms[u] not in VERB_FORMS or ctx.raw[u] == "/"
                              for u in range(t + 1, i)):
            inner = _left_subject(ctx, t, sent_a)
            if inner is not None and inner.end == t and inner.kind == "document":
                np = inner  # "غير أن تقريرا لمنظمة العمل الدولية صدر في مايو/أيار الماضي حذّر من": when it came out
    if np is None and i - 2 >= sent_a and ctx.words[i - 1] and ctx.norms[i - 1] in SELF_WORDS:
        inner = _left_subject(ctx, i - 1, sent_a)
        if inner is not None and inner.end == i - 1 and is_definite(ctx.norms[inner.start]):
            np = inner  # "غير أن المصدر ذاته سجل أن": the same one as before (ذاته right after it resolves it)
    if np is None and i - 3 >= sent_a:
        s0 = next((t for t in range(i - 1, max(sent_a, i - 5), -1) if t in ctx.entity_at
                   and ctx.entity_at[t].type == "PER" and ctx.entity_end_tok.get(t) == i), -1)
        post = strip_possessive(ctx.norms[s0 - 1]) if s0 - 1 > sent_a and ctx.words[s0 - 1] else ""
        post = post[:-1] + "ه" if post.endswith("ت") and post != ctx.norms[s0 - 1] else post  # (رئيسته: رئيسة)
        if post and post != ctx.norms[s0 - 1] and in_lexicon(post, ROLE_HEADS) \
                and (ctx.norms[s0 - 2] in _BUT_BEFORE_NAME or ctx.is_punct(s0 - 2, "،,")):
            from .mentions import person_np

            # "…، لكن رئيسته كريستين لاغارد قالت إن": the body's head by her post, then her name
            np = replace(person_np(ctx, s0, i), start=s0 - 1, role=post, feminine=post.endswith("ه"))
    if (np is None or np.kind == "named_person" and np.end - np.start == 1 and np.start == i - 1) and i - 1 > sent_a \
            and ctx.words[i - 1] and ctx.raw[i - 1][:1] == "و" and len(ctx.norms[i - 1]) > 4 \
            and ctx.norms[i - 1][1:] in ctx.person_tokens and ctx.norms[i - 1] not in ctx.person_tokens \
            and ctx.norms[i - 1][1:] not in FIRST_NAMES:
        np = NP(i - 1, i, ctx.starts[i - 1] + 1, ctx.ends[i - 1], "named_person", ctx.norms[i - 1][1:], named=True)
        # "… وباول يستبعد الخفض": the family name of a person the story names, without its و
    if np is not None and np.src_start == ctx.starts[np.start] and (ctx.raw[np.start][:3] in ("وال", "فال") or (
            ctx.raw[np.start][:1] == "و" and np.kind == "named_organization" and in_lexicon(ctx.norms[np.start][1:], ORG_HEADS)) or (
            ctx.raw[np.start][:1] == "و" and np.kind in ("anonymous", "unnamed_official")
            and ctx.norms[np.start] not in FIRST_NAMES and (in_lexicon(ctx.norms[np.start][1:], ROLE_HEADS)
                                                          or in_lexicon(ctx.norms[np.start][1:], ANON_HEADS))) or (
            ctx.raw[np.start][:1] == "و" and np.kind == "document" and in_lexicon(ctx.norms[np.start][1:], DOC_HEADS))):
        np.src_start += 1  # (وأعضاء يطالبون: أعضاء; ".. ودراسة تكشف": دراسة)
    elif np is not None and np.kind == "named_person" and np.end - np.start == 1 and ctx.raw[np.start][:1] == "و" \
            and ctx.norms[np.start].endswith(("يون", "يين")) and ctx.norms[np.start] not in FIRST_NAMES \
            and np.start not in ctx.entity_at:
        np = replace(np, kind="anonymous", src_start=np.src_start + 1, named=False)  # ".. وشرعيون يدعون": a group
    elif np is not None and np.src_start == ctx.starts[np.start] and ctx.raw[np.start][:1] in "وف" \
            and np.start in ctx.entity_at and ctx.entity_at[np.start].start == np.src_start + 1:
        np.src_start += 1  # (".. وفنزويلا تطالب": the name the tagger found, without و)
    if np is not None and np.kind == "named_person" and np.start not in ctx.entity_at and ctx.words[np.start] \
            and ctx.norms[np.start] not in FIRST_NAMES and ctx.norms[np.start] not in ctx.person_tokens \
            and ctx.norms[np.start][:1] == "م" and ctx.norms[np.start].endswith(("ين", "ون")) and len(ctx.norms[np.start]) >= 5:
        return None  # "مرددين هتافات تطالب بإقالة …": a plural participle and what they chant, no one named
    return np


_BUT_BEFORE_NAME = folded_set("لكن ولكن بينما فيما غير")


def _group_word(n: str) -> bool:
    """A plural of people no name starts: تجار، فلاحو (in construct)، مسؤولون، خبراء."""
    if n in FIRST_NAMES or is_definite(n) or len(n) < 4:
        return False
    if n.endswith("و") and (in_lexicon(n[:-1], ANON_HEADS) or in_lexicon(n[:-1], OCCUPATIONS)):
        return True  # فلاحو، مزارعو
    return (in_lexicon(n, ANON_HEADS) or in_lexicon(n, ROLE_HEADS)) and (n.endswith(("ون", "ين")) or n in _BROKEN_GROUPS)


_BROKEN_GROUPS = folded_set("تجار خبراء مزارعون عمال سكان أهالي نواب مستثمرون")


def _bare_guess(ctx: Context, k: int) -> bool:
    """Token ``k`` was read as a person's name on no evidence (no given name, no person the
    tagger found, no family name of a person named before), and it has a verbal noun's form."""
    n = ctx.norms[k]
    ent = ctx.entity_at.get(k)
    return not (ent is not None and ent.type == "PER") and n not in FIRST_NAMES and n not in ctx.person_tokens \
        and (masdar_like(n) or (len(n) == 5 and n[0] == "ا" and n[2] == "ا" and n[-1] == "ه"))  # (إعادة، إقامة)


def _left_subject(ctx: Context, i: int, sent_a: int) -> NP | None:
    """The words after the last marks first; then a subject that holds a short name in marks
    («مؤسسة النقد «ساما» توقعت»)."""
    return _left_scan(ctx, i, sent_a, False) or _left_scan(ctx, i, sent_a, True)


def _years_dash(ctx: Context, a: int) -> bool:
    """The dash (or slash) of a range of years at token ``a``: "2015 - 2016"."""
    return 0 < a < len(ctx.norms) - 1 and not ctx.words[a] and ctx.raw[a] in ("-", "–", "/") and ctx.words[a - 1] \
        and ctx.words[a + 1] and ctx.norms[a - 1].isdigit() and ctx.norms[a + 1].isdigit() \
        and len(ctx.norms[a - 1]) == 4 and len(ctx.norms[a + 1]) == 4


def _left_scan(ctx: Context, i: int, sent_a: int, through_marks: bool) -> NP | None:
    if i - 4 > sent_a and ctx.raw[i - 1] == ")":
        o = next((t for t in range(i - 2, max(sent_a, i - 6), -1) if ctx.raw[t] == "("), -1)
        if o > sent_a and any(ctx.norms[t][:1].isdigit() for t in range(o + 1, i - 1)):
            np = _left_scan(ctx, o, sent_a, through_marks)  # "فالعم سعيد الغامدي (67 عاما)، الذي …، يرى": his age
            return replace(np, end=i) if np is not None else None
    if i - 3 > sent_a and not ctx.words[i - 1] and ctx.raw[i - 1] in "-–":
        p = next((t for t in range(i - 2, max(sent_a, i - 24), -1) if not ctx.words[t] and not is_quote_mark(ctx, t)), -1)
        if p > sent_a and ctx.raw[p] in "-–" and i - 1 - p >= 3 and ctx.words[p + 1] \
                and (ctx.norms[p + 1] in _RELATIVE_PRONOUNS or ctx.norms[p + 1] in ("وهو", "وهي")):
            np = _left_scan(ctx, p, sent_a, through_marks)  # "الدكتورة X - التي سبق أن قدمت مقترحا - نبهت"
            if np is not None and np.kind in ("named_person", "named_organization", "unnamed_official", "anonymous"):
                return np
    if i - 1 > sent_a and ctx.is_punct(i - 1, "،,"):
        p = next((t for t in range(i - 2, max(sent_a, i - 20), -1)
                  if not ctx.words[t] and not is_quote_mark(ctx, t)), -1)  # (a name in marks inside)
        if p > sent_a and ctx.is_punct(p, "،,") and (ctx.norms[p + 1] in _RELATIVE_PRONOUNS
                                                     or ctx.norms[p + 1] in ("وهو", "وهي")):
            q = p - 1 if p - 1 > sent_a and ctx.norms[p - 1] in SELF_WORDS else p  # ("صندوق النقد نفسه، الذي …")
            return _left_subject(ctx, q, sent_a) or _lone_given_name(ctx, q, sent_a)
            # (also "X، وهي أستاذة …، حذرت": a description; "وخالد، وهو سائق أجرة، يقول": a given name alone)
        if p > sent_a and ctx.is_punct(p, "،,") and i - 1 - p == 3 and ctx.norms[p + 1] in ("من", "ومن") \
                and ctx.norms[p + 2] in SIDE_WORDS:
            return _left_scan(ctx, p, sent_a, through_marks)  # "وزارة الإسكان، من جهتها، توقعت": its side
        if p > sent_a and ctx.is_punct(p, "،,") and anonymity_clause(ctx, p + 1, i):
            np = _left_scan(ctx, p, sent_a, through_marks) or _unnamed_with_clause(ctx, p, sent_a)
            if np is not None and np.kind == "named_person" and np.role and not any(
                    t in ctx.entity_at and ctx.entity_at[t].type == "PER" for t in range(np.start, np.end)):
                np = replace(np, kind="anonymous", named=False, src_start=ctx.starts[np.start])  # "لكن عضو شرف سابق، طلب عدم ذكر اسمه، قال": no name
            if np is not None and np.kind in ("anonymous", "unnamed_official"):
                return np  # "غير أن مهندسا يعمل لدى أحد التحالفات، طلب عدم نشر اسمه، قال"
        return _appositive_post(ctx, i - 1, sent_a) or _whole_subject_before_comma(ctx, i - 1, sent_a)
    k = i - 1
    while k >= sent_a and ctx.words[k] and ctx.norms[k] in ("قد", "وقد", "فقد", "لقد"):
        k -= 1
    if k < i - 1 and k > sent_a + 1 and (ctx.is_punct(k, "،,") or not ctx.words[k] and ctx.raw[k] in "-–"):
        return _left_scan(ctx, k + 1, sent_a, through_marks)  # "وكانت الدكتورة X، أستاذة …، قد حذرت"
        # (and "وكانت المتحدثة X - التي تلت القرار - قد قالت")
    if k < i - 1 and k > sent_a + 2 and ctx.raw[k] == ")":
        o = next((t for t in range(k - 1, max(sent_a, k - 5), -1) if ctx.raw[t] == "("), -1)
        if o > sent_a + 1 and k - o >= 2 and all(ctx.words[t] for t in range(o + 1, k)):
            np = _left_scan(ctx, o, sent_a, through_marks)
            if np is not None and np.kind in ("media", "named_organization"):
                return np  # "وكانت وكالة أنباء البحرين (بنا) قد نقلت": the agency, its acronym after it
    if k - 1 > sent_a and ctx.words[k] and ctx.norms[k] in SIDE_WORDS and ctx.norms[k - 1] in ("من", "ومن"):
        return _left_scan(ctx, k - 1, sent_a, through_marks)  # "الشركة من جانبها أكدت": its side
    if k > sent_a and ctx.words[k] and ctx.norms[k] in _IN_TURN:
        return _left_scan(ctx, k, sent_a, through_marks)  # "الوزير بدوره أكد"
    if k > sent_a and ctx.words[k] and ctx.norms[k] in _KANA_AFTER and k < i - 1:
        k -= 1  # "الشركة كانت قد أبلغت": the subject before كان
        if k > sent_a + 1 and ctx.is_punct(k, "،,"):
            return _left_scan(ctx, k + 1, sent_a, through_marks)  # "وزارة الإسكان، من جهتها، كانت قد توقعت"
    issued = next((t for t in range(k, max(sent_a + 1, k - 4), -1) if ctx.words[t] and ctx.norms[t] in _ISSUED_IN), -1)
    if issued > sent_a + 1 and k < i - 1 and all(ctx.words[t] for t in range(issued, k + 1)):
        np = _left_scan(ctx, issued, sent_a, through_marks)
        if np is not None and np.kind == "media":
            return np  # "وكانت صحيفة «ذا ناشيونال» الصادرة بالإنجليزية قد نقلت": the paper, where or in what it appears
    end = k + 1
    if k in ctx.quote_close_tok and ctx.quote_close_tok[k] - 2 > sent_a:
        o = ctx.quote_close_tok[k]
        if ctx.norms[o - 1] in _TO_THEM and ctx.norms[o - 2] in _MET_THEM:
            return _left_scan(ctx, o - 2, sent_a, through_marks)  # "مطورين عقاريين تحدثت إليهم «الوطن» أبدوا": who they told
    for s in range(k, max(sent_a, k - 4), -1):
        ent = ctx.entity_at.get(s)
        if s > sent_a and ctx.words[s] and ctx.raw[s][:1] == "و" and ent is not None and ent.type in ("LOC", "ORG") \
                and (ent.start == ctx.starts[s] + 1 or ent.start == ctx.starts[s] and end - s >= 2
                     and ctx.entity_end_tok.get(s, s + 1) - s >= 2 and not in_lexicon(ctx.norms[s], ORG_HEADS)
                     and not in_lexicon(ctx.norms[s], ROLE_HEADS) and ctx.norms[s] not in PLACES) \
                and ctx.entity_end_tok.get(s, s + 1) == end \
                and all(ctx.words[t] for t in range(s, end)) \
                and not (s - 2 >= sent_a and s - 1 in ctx.entity_at and ctx.entity_at[s - 1].type == "LOC"
                         and ctx.norms[s - 2] in ("في", "من", "الي", "علي", "بين") and ctx.raw[i].endswith(("وا", "ون"))):
            # (not "مديري صناديق في دبي | ولندن قالوا": a second place in the phrase, not a second subject,
            # as the plural verb shows; "عقوبات على إيران وطهران تتوعد" is a headline's second clause)
            # ("… وتل ابيب تطالب": the tagger's span took the و of a two-word place)
            # "الصين ترفع إنفاقها … وواشنطن تطالب بالشفافية"، "… والأمم المتحدة تحذر": a second subject
            # joined by و (a headline's)
            return NP(s, end, ctx.starts[s] + 1, ctx.ends[end - 1], "named_organization", ctx.norms[s][1:], named=True)
    if k == i - 1 and k > sent_a + 2 and ctx.words[k] and ctx.norms[k].startswith("وال") and ctx.norms[k].endswith(("يون", "يين")) \
            and len(ctx.norms[k]) >= 8 and ctx.norms[i][:1] in "يت" and ctx.raw[i].endswith(("ون", "ان")) \
            and ctx.words[k - 1] and not complementizer(ctx.norms[k - 1]):
        return NP(k, k + 1, ctx.starts[k] + 1, ctx.ends[k], "named_organization", ctx.norms[k][1:], named=True, definite=True)
        # ("الجيش يعلن السيطرة على مواقع والحوثيون ينفون": a headline's second subject, a movement by its people)
    a = k
    while a >= sent_a and a > k - 16 and (ctx.words[a] or (through_marks and _short_marks_close(ctx, a))
                                          or _years_dash(ctx, a)) \
            and (ctx.norms[a] not in _LEFT_BOUNDARY or ali_before_verb(ctx, a, i)):
        a = ctx.quote_close_tok[a] - 1 if not ctx.words[a] and not _years_dash(ctx, a) else a - 1
        # (a short name in marks: «ساما»; "للعام 2015 - 2016": a range of years)
    a += 1
    while a < end and ctx.norms[a] in _LEFT_STRIP:
        a += 1
    if a >= end:
        return None
    if a - 2 >= sent_a and ctx.norms[a - 1] == "من" and ctx.words[a - 2]:
        np = parse_np(ctx, a - 2, end)  # "عددا من المحللين توقعوا": a number of them
        if np is not None and np.end == end and np.start == a - 2 and np.kind == "anonymous":
            return np
    if a - 3 >= sent_a and ctx.norms[a - 1] == "من" and ctx.words[a - 2] and ctx.words[a - 3] \
            and ctx.norms[a - 2] in _CLOSE_TO:
        np = parse_np(ctx, a - 3, end)  # "إلا أن مصادر مقربة من الجهاز الفني أكدت": the sources, close to it
        if np is not None and np.end == end and np.start == a - 3 and np.kind in ("anonymous", "unnamed_official"):
            return np
    if a - 3 >= sent_a and ctx.norms[a - 1] == "من" and ctx.raw[i].endswith(("وا", "ون")):
        for s in range(a - 3, max(sent_a - 1, a - 8), -1):
            if not ctx.words[s] or ctx.norms[s] in _LEFT_BOUNDARY:
                break
            if s > sent_a and not (ctx.words[s - 1] and (complementizer(ctx.norms[s - 1]) or ctx.norms[s - 1] in _LEFT_BOUNDARY)):
                continue
            np = parse_np(ctx, s, end)  # "لكن مسؤولين في وفود عدة من الدول النامية قالوا": they, of the delegations
            if np is not None and np.end == end and np.start == s and np.kind in ("anonymous", "unnamed_official"):
                return np
    if a - 3 >= sent_a and ctx.norms[a - 1] == "من" and end == i and ctx.norms[i][:1] in ("ي", "ت") \
            and all(ctx.words[t] and ctx.norms[t].endswith("ا") and not is_definite(ctx.norms[t]) for t in (a - 3, a - 2)) \
            and in_lexicon(ctx.norms[a - 3][:-1], ROLE_HEADS):
        return None  # "التقى سرا مسؤولا رفيعا من العائلة المالكة يعتقد أنه": whom he met, believed to be
    for s in range(a, min(end, a + 4)):
        if s > a and ctx.words[s - 1] and ctx.norms[s - 1] not in _LEFT_STRIP:
            break
        np = parse_np(ctx, s, end)
        if np is not None and np.kind == "named_person" and np.end - np.start == 1 and _bare_guess(ctx, np.start):
            np = None  # "…، إعادة كشف للملامح": one word no list, tagger or earlier name knows
        if np is not None and np.end == end:
            if np.kind == "unnamed_official" and s == a and a - 2 > sent_a and ctx.is_punct(a - 1, "،,"):
                named = _name_before_comma(ctx, a - 1, sent_a)
                if named is not None:
                    return named  # "الدكتور صلاح البردويل، المتحدث باسم كتلة «حماس» … قال": the man
            return np
        if np is not None and s == a and np.end < end and _pair_verb(ctx, i):
            pair = _pair(ctx, np, end)
            if pair is not None:
                return pair  # "خالد الشهراني والمحلل الاقتصادي فهد الأحمري يريان": the two of them
        if np is not None and _left_tail(ctx, np, end):
            return np  # "كما أن X وزير المالية أكد في وقت سابق"، "أن X في بيان أمس أكد"
        if np is not None and s == a and np.end < end and _pair_verb(ctx, i):
            pair = _pair(ctx, np, end)
            if pair is not None:
                return pair  # "وكان المسؤول الإيراني وسولانا قد أعلنا": the two of them
    if a - 2 >= sent_a and ctx.norms[a - 1] in _RELATIVE_PRONOUNS and ctx.words[a - 2]:
        group = None
        for s in range(a - 2, max(sent_a - 1, a - 5), -1):
            if not ctx.words[s]:
                break
            np = parse_np(ctx, s, end)
            if np is not None and np.kind == "document" and np.start == s and np.end > a and (
                    np.end == end or _left_tail(ctx, np, end)):
                return np  # "غير أن البيانات التي أصدرتها مؤسسة النقد الأسبوع الماضي أظهرت أن"
            if np is not None and np.kind == "document" and np.start == s and np.end >= a - 1 and end - a <= 10 \
                    and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                            for t in range(a + 1, end)) and ctx.norms[a] in _ISSUED_IT_VERBS:
                return np  # "البيان الذي أصدرته الوزارة بالتزامن مع جلسة مجلس الوزراء أشار إلى أن": the statement
            if np is not None and np.start == s and np.end == a - 1 and np.kind in ("anonymous", "unnamed_official") \
                    and end - a <= 6 and not any(complementizer(ctx.norms[t]) for t in range(a, end)):
                group = np  # "غير أن عددا من المواطنين الذين التقتهم «الوطن» أبدوا تذمرهم" (the longest)
        if group is not None:
            return group
    per = next((t for t in range(end - 1, max(a, end - 6), -1) if t in ctx.entity_at
                and ctx.entity_at[t].type == "PER" and ctx.entity_end_tok.get(t, t + 1) == end), -1)
    if per > a + 1 and in_lexicon(ctx.norms[a], ROLE_HEADS) and all(
            ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) for t in range(a, per)):
        return NP(a, end, ctx.starts[per], ctx.ends[end - 1], "named_person", ctx.norms[per],
                  role=" ".join(ctx.norms[a:per]), named=True)  # "لكن عضو اللجنة … رجل الأعمال هشام كعكي انتقد"
    return _titled_name_before(ctx, end, sent_a, i)


def _initial_at(ctx: Context, k: int) -> bool:
    from .phrases import _initial

    return k < len(ctx.norms) and ctx.words[k] and _initial(ctx, k)


def _titled_name_before(ctx: Context, end: int, sent_a: int, verb: int) -> NP | None:
    """"غير أن منسقة حملة الوصول إلى الأدوية الأساسية فيها الدكتورة كاترين م. دوبوا قالت": a
    long post, then a title and the name right before the verb: the titled name is who speaks."""
    from .mentions import person_np
    from .phrases import name_chain, name_start

    first = next((t for t in range(end - 1, max(sent_a, end - 7) - 1, -1) if not ctx.words[t]), max(sent_a, end - 7) - 1)
    for t in range(first + 1, end - 1):  # (the first title from the left: م. may be a middle initial)
        vf = VERB_FORMS.get(ctx.norms[verb]) if verb < len(ctx.norms) else None
        if ctx.norms[t] in TITLES and t > sent_a and len(ctx.norms[t]) > 2 and vf is not None \
                and (vf.gender == "f") == ctx.norms[t].endswith("ه"):  # (the title agrees with the verb)
            if name_start(ctx, t + 1, after_role=True) and name_chain(ctx, t + 1, end, after_role=True) == end:
                np = person_np(ctx, t + 1, end)
                np.role = ctx.norms[t]
                return np
            return None
    return None


def _unnamed_with_clause(ctx: Context, end: int, sent_a: int) -> NP | None:
    """"مهندساً يعمل لدى أحد التحالفات المنفذة": an unnamed person right after أن, then what he
    does (an imperfect verb and its phrase, an unmarked relative clause), up to ``end``."""
    for t in range(end - 2, max(sent_a, end - 12) - 1, -1):
        n = ctx.norms[t]
        if not ctx.words[t] or n in VERB_FORMS:
            return None
        if n[:1] in ("ي", "ت") and len(n) >= 4 and t - 1 > sent_a and ctx.words[t - 1] \
                and complementizer(ctx.norms[t - 2] if t - 2 >= sent_a else ""):
            np = parse_np(ctx, t - 1, t)
            if np is not None and np.end == t and np.kind in ("anonymous", "unnamed_official"):
                return np
        if n[:1] in ("ي", "ت") and len(n) >= 4 and t - 1 >= sent_a and ctx.words[t - 1]:
            s = t - 2 if ctx.norms[t - 1] in _KANA_AFTER and t - 2 >= sent_a and ctx.words[t - 2] else t - 1
            if s == sent_a and not is_definite(ctx.norms[s]):
                np = parse_np(ctx, s, s + 1)
                if np is not None and np.end == s + 1 and np.kind == "anonymous":
                    return np  # "سيدة كانت تتسوق برفقة خادمتها، رفضت ذكر اسمها، قالت": she, unnamed
        if n[:1] == "م" and n.endswith("ا") and len(n) >= 5 and t - 2 >= sent_a:
            for s in (t - 2, t - 1):  # "لكن مسؤولا مصرفيا مطلعا على خطط الدمج": a participle says what he knows
                if s > sent_a and ctx.words[s - 1] and (complementizer(ctx.norms[s - 1]) or ctx.norms[s - 1] in _LEFT_STRIP) \
                        and ctx.norms[s].endswith("ا"):
                    np = parse_np(ctx, s, t)
                    if np is not None and np.end == t and np.kind in ("anonymous", "unnamed_official"):
                        return np
    return None


def _appositive_post(ctx: Context, comma: int, sent_a: int) -> NP | None:
    """"الدكتور صلاح البردويل، المتحدث باسم كتلة «حماس» في المجلس، قال": a named person, then
    his post between two commas, then the verb."""
    p = next((t for t in range(comma - 1, max(sent_a, comma - 16), -1)
              if ctx.is_punct(t, "،,.:؛;!؟?")), -1)
    if p <= sent_a or p == sent_a + 1 and _lone_given_name(ctx, p, sent_a) is None \
            or not ctx.is_punct(p, "،,") or not ctx.words[p + 1]:
        return None  # (one word before the comma only when it is a given name: "الحبيب، حرفي …، يقول")
    post = parse_np(ctx, p + 1, comma)
    if post is None or post.start != p + 1 or post.kind not in ("unnamed_official", "anonymous") or post.end != comma:
        found = _name_after_post(ctx, p, comma, sent_a)
        if found is None and ctx.norms[p + 1] == "من" and comma - p <= 6 \
                and (any(_is_place(ctx, t) for t in range(p + 2, comma)) or all(
                    ctx.words[t] and is_definite(ctx.norms[t]) and ctx.norms[t] not in VERB_FORMS for t in range(p + 2, comma))):
            named = _name_before_comma(ctx, p, sent_a)
            if named is not None and (named.start in ctx.entity_at or named.role or named.named) \
                    and _opens_clause(ctx, named.start, sent_a):
                return named  # "سالم الغامدي، من جدة، يقول"، "X (55 عاما)، من الأغوار الوسطى، يقول": where he is from
        if found is None and (_plain_description(ctx, p + 1, comma) or _age_only(ctx, p + 1, comma)):
            named = _name_before_comma(ctx, p, sent_a) or _lone_given_name(ctx, p, sent_a)
            if named is not None and (named.start in ctx.entity_at or named.role
                                      or ctx.norms[named.start] in FIRST_NAMES or ctx.norms[named.start] in AL_GIVEN) \
                    and _opens_clause(ctx, named.start, sent_a):
                return named  # "X، صاحب محل للمجوهرات في السوق منذ ثلاثين عاما، يصف": what he is, however long
                # (and "الحبيب، حرفي في صناعة النحاس …، يقول"، "سارة العنزي، 27 عاماً، تقول": his trade, her age)
        return found
    named = _name_before_comma(ctx, p, sent_a) or _lone_given_name(ctx, p, sent_a)
    if named is not None and named.kind == "named_person" and post.kind == "unnamed_official":
        named = replace(named, post=" ".join(ctx.norms[post.start:post.end]))  # (his post, for "وأوضح الوزير" later)
    return named


_YEARS_OLD_WORDS = folded_set("عاما عاماً عام سنة سنوات")


def _age_only(ctx: Context, a: int, b: int) -> bool:
    """Words from ``a`` to ``b`` are an age: "27 عاماً"."""
    return b - a == 2 and ctx.words[a] and ctx.norms[a][:1].isdigit() and ctx.words[a + 1] \
        and ctx.norms[a + 1] in _YEARS_OLD_WORDS


def _lone_given_name(ctx: Context, comma: int, sent_a: int) -> NP | None:
    """A given name alone opening the sentence before ``comma`` ("الحبيب، حرفي …، يقول")."""
    s = comma - 1
    if s < sent_a or not ctx.words[s] or not (s == sent_a or s == sent_a + 1 and not ctx.words[sent_a]):
        return None
    n = ctx.norms[s]
    wa = n[:1] == "و" and n not in FIRST_NAMES  # ("وخالد": the name after و; but "وليد" is a name)
    name = n[1:] if wa else n
    if name not in FIRST_NAMES and name not in AL_GIVEN:
        return None
    from .mentions import person_np

    np = person_np(ctx, s, comma)
    return replace(np, src_start=np.src_start + 1) if wa else np  # (not the و of "وخالد")


def _plain_description(ctx: Context, a: int, b: int) -> bool:
    """Words from ``a`` to ``b`` describe someone: no verb, إن/أن or relative pronoun, and
    opening with a role, an owner or a member word."""
    if b - a < 2 or b - a > 20 or not ctx.words[a]:
        return False
    head = strip_possessive(ctx.norms[a])
    if not (in_lexicon(head, ROLE_HEADS) or head in _OWNER or in_lexicon(head, ANON_HEADS)):
        return False
    return all((ctx.words[t] or is_quote_mark(ctx, t)) and ctx.norms[t] not in VERB_FORMS
               and not complementizer(ctx.norms[t]) and ctx.norms[t] not in _RELATIVE_PRONOUNS for t in range(a, b))


def _opens_clause(ctx: Context, s: int, sent_a: int) -> bool:
    """Only openers (غير أن، إلا أن، لكن، و…) stand between the sentence's start and ``s``."""
    t = sent_a
    while t < s and ctx.words[t] and ctx.norms[t] in _LEFT_STRIP | _OPENER_WORDS:
        t += 1
    return t == s


def _whole_subject_before_comma(ctx: Context, comma: int, sent_a: int) -> NP | None:
    """"المتحدث الرسمي باسم وزارة العمل سعد بن ناصر الحمدان، أكد لـ«عكاظ» أن": the sentence
    opens with its subject, a post and its holder's name, then a comma and the verb."""
    a = sent_a
    while a < comma and ctx.words[a] and ctx.norms[a] in _LEFT_STRIP:
        a += 1
    if a >= comma or comma - a > 16 or not ctx.words[a] or any(
            not ctx.words[t] and not is_quote_mark(ctx, t) for t in range(a, comma)):
        return None
    np = parse_np(ctx, a, comma)
    if np is None or np.end != comma or np.kind != "named_person" or not np.named or not np.role:
        return None
    return np


_MP = folded_set("النائبة النائب")

def _name_after_post(ctx: Context, p: int, comma: int, sent_a: int) -> NP | None:
    """"غير أن الاقتصادي في بنك نومورا، تشانغ يي، اعتبر": a post, then its holder's name
    between the commas ``p`` and ``comma``, then the verb."""
    n0 = p + 1
    while n0 + 1 < comma and ctx.words[n0] and (ctx.norms[n0] in TITLES or ctx.norms[n0] in _MP):
        n0 += 1  # "رئيس النقابة …، المهندس سليمان الخوالدة، حذر": his title, then the name (and "، النائبة X،")
    while n0 > p + 1 and n0 + 1 < comma and ctx.words[n0] and is_definite(ctx.norms[n0]) and is_nisba(ctx.norms[n0]) \
            and ctx.norms[n0 - 1] in TITLES and not (n0 in ctx.entity_at and ctx.entity_at[n0].type == "PER"):
        n0 += 1  # "، الكابتن البريطاني مارك ولتشستر،": his nationality after the title
    ent = ctx.entity_at.get(n0)
    if not ((ent is not None and ent.type == "PER") or ctx.norms[n0] in FIRST_NAMES) \
            or name_chain(ctx, n0, comma, after_role=True) != comma:
        return None
    post = _left_scan(ctx, p, sent_a, False)
    if post is None or post.end != p:
        post = _left_scan(ctx, p, sent_a, True) or post  # ("رئيس إدارة الأصول في «المال كابيتال»، X، قال")
    if post is None or post.end != p or post.kind not in ("unnamed_official", "anonymous") or not post.role:
        q = next((t for t in range(p - 1, max(sent_a, p - 10), -1) if not ctx.words[t]), -1)
        if q > sent_a + 1 and ctx.is_punct(q, "،,") and q + 1 < p and ctx.words[q + 1] and is_definite(ctx.norms[q + 1]) \
                and not any(ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(q + 1, p)):
            post = _left_scan(ctx, q, sent_a, False)  # "رئيس النادي، الجهة المنظمة للمعرض، فادي نعمة، كشف"
            if post is not None and post.end == q and post.kind == "unnamed_official" and post.role:
                return NP(post.start, comma, ctx.starts[n0], ctx.ends[comma - 1], "named_person", post.head,
                          role=post.role, named=True, feminine=post.feminine)
        return _long_post_then_name(ctx, p, n0, comma, sent_a)
    return NP(post.start, comma, ctx.starts[n0], ctx.ends[comma - 1], "named_person", post.head,
              role=post.role, named=True, feminine=post.feminine)


def _long_post_then_name(ctx: Context, p: int, n0: int, comma: int, sent_a: int) -> NP | None:
    """"المستشار النفطي والرئيس التنفيذي السابق لإحدى شركات الخدمات البترولية في الجبيل، المهندس
    ناصر بن حمد الهاجري، أوضح": a post too long (or joined by و) for the post rules, opening the
    sentence with a role word and holding no verb, then a titled name between the commas."""
    if n0 == p + 1:
        return None  # (only after a title: "المهندس"، "الدكتور")
    a = sent_a
    while a < p and ctx.words[a] and ctx.norms[a] in _LEFT_STRIP:
        a += 1
    if a >= p or p - a > 24 or not ctx.words[a]:
        return None
    head = ctx.norms[a][1:] if ctx.norms[a][:1] == "و" and not in_lexicon(ctx.norms[a], ROLE_HEADS) else ctx.norms[a]
    if not in_lexicon(head, ROLE_HEADS):
        return None
    for t in range(a, p):
        if ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) or is_verb_like(ctx.norms[t])):
            return None
        if not ctx.words[t] and not is_quote_mark(ctx, t):
            return None
    return NP(a, comma, ctx.starts[n0], ctx.ends[comma - 1], "named_person", head,
              role=" ".join(ctx.norms[a:p]), named=True)


def _pair_verb(ctx: Context, i: int) -> bool:
    """A verb in the dual (أعلنا، قالا، أكدتا، يقولان)."""
    n = ctx.norms[i]
    return len(n) >= 4 and (n.endswith(("ا", "تا")) and not n.endswith("وا") or n.endswith("ان") and n[:1] in "يت")


def _pair(ctx: Context, first: NP, end: int) -> NP | None:
    """``first`` and a second name joined by و that runs to ``end``: "X وY"."""
    j = first.end
    if j >= end or not ctx.words[j] or ctx.norms[j][:1] != "و" or len(ctx.norms[j]) < 3:
        return None
    ent = ctx.entity_at.get(j)
    if ent is None and first.kind == "named_person" and in_lexicon(ctx.norms[j][1:], ROLE_HEADS):
        second = parse_np(ctx, j, end, strip="و")  # "خالد الشهراني والمحلل الاقتصادي فهد الأحمري يريان"
        if second is not None and second.end == end and second.kind == "named_person" and second.named:
            return NP(first.start, end, first.src_start, ctx.ends[end - 1], "named_person", first.head,
                      role=first.role, named=True, definite=first.definite)
        return None
    if not ((ent is not None and ent.type in ("PER", "ORG")) or ctx.norms[j][1:] in FIRST_NAMES
            or ctx.norms[j][1:] in ctx.person_tokens):
        return None
    e = name_chain(ctx, j, end) if ent is not None else j + 1
    if max(e, j + 1) != end:
        return None
    kind = first.kind if first.kind in ("named_person", "named_organization") else "named_person"
    return NP(first.start, end, first.src_start, ctx.ends[end - 1], kind, first.head, role=first.role,
              named=True, definite=first.definite)


def _name_before_comma(ctx: Context, comma: int, sent_a: int) -> NP | None:
    """A named person ending right before ``comma`` (the post after it is his)."""
    best = None
    if comma - 4 > sent_a and ctx.raw[comma - 1] == ")":
        o = next((t for t in range(comma - 2, max(sent_a, comma - 6), -1) if ctx.raw[t] == "("), -1)
        if o > sent_a and any(ctx.norms[t][:1].isdigit() for t in range(o + 1, comma - 1)):
            named = _name_before_comma(ctx, o, sent_a)  # "أبو محمد (55 عاما)،": his age after his name
            if named is not None:
                return replace(named, end=comma)
    for s in range(comma - 1, max(sent_a - 1, comma - 6), -1):
        if not ctx.words[s]:
            break
        np = parse_np(ctx, s, comma)
        if np is not None and np.end == comma and np.kind == "named_person" and np.named:
            best = np  # (the longest: "الدكتور صلاح البردويل" over "البردويل")
    return best


def _short_marks_close(ctx: Context, a: int) -> bool:
    """Token ``a`` closes a name of one to three words in marks («ساما»)."""
    o = ctx.quote_close_tok.get(a)
    return o is not None and 1 < a - o <= 4 and all(ctx.words[t] for t in range(o + 1, a))


def _left_tail(ctx: Context, np: NP, end: int) -> bool:
    """What stands between a subject and its verb after it: a time or place adverbial, or a
    person's role ("X وزير المالية أكد")."""
    norms = ctx.norms
    j = np.end
    if j >= end or not all(ctx.words[t] for t in range(j, end)):
        return False
    if any(norms[t] in VERB_FORMS or complementizer(norms[t]) or norms[t] in _RELATIVE_PRONOUNS
           for t in range(j, end)):
        return False
    if np.kind == "named_person" and np.named and in_lexicon(norms[j], ROLE_HEADS) and end - j <= 8:
        return True
    k = j
    while k < end:
        if norms[k] in TIME_WORDS or norms[k] in FILLERS or norms[k] in ("في", "خلال", "منذ"):
            k += 1
        elif adverbial_end(norms, k, end) > k:
            k = adverbial_end(norms, k, end)
        else:
            return False
    return True


from .words import AMMA as _AMMA  # noqa: E402
_FA_QAD = folded_set("فقد فلقد")
_FA_BEFORE_VERB = folded_set("فقد ف فكان فكانت قد")
_RELATIVE_PRONOUNS = folded_set("الذي التي الذين اللذان اللتان اللواتي اللاتي")


def _age_in_brackets(ctx: Context, k: int, limit: int) -> int:
    """"(38 عاما)" (or a kunya, "(أبو بندر)") at token ``k``: the token past its closing bracket, or ``k``."""
    if k >= limit or ctx.raw[k] != "(":
        return k
    close = next((t for t in range(k + 1, min(limit, k + 5)) if ctx.raw[t] == ")"), -1)
    if close == k + 3 and ctx.norms[k + 1] in _KUNYA_IN_BRACKETS and ctx.words[k + 2]:
        return close + 1
    if close < 0 or not any(ctx.raw[t][:1].isdigit() or ctx.norms[t] in ("عاما", "عام", "سنه", "سنة") for t in range(k + 1, close)):
        return k
    return close + 1


_STUDENT = frozenset(fold(w) for w in "طالب طالبة".split())
_KUNYA_IN_BRACKETS = frozenset(fold(w) for w in "أبو أم ابو ام".split())


def _amma_topic(ctx: Context, cue_a: int, sent_a: int) -> NP | None:
    """"أما الحكومة، فقد أكدت ...": the topic after أما is the subject of the verb after ف."""
    for k in range(cue_a - 1, max(sent_a - 1, cue_a - 50), -1):
        if ctx.words[k] and ctx.norms[k] in _AMMA:
            comma = next((t for t in range(k + 1, cue_a) if not ctx.words[t] and ctx.raw[t] not in _MARKS
                          or ctx.norms[t] in _FA_QAD), cue_a)  # (a name in marks: «موديز»)
            age = _age_in_brackets(ctx, comma, cue_a)
            np = parse_np(ctx, k + 1, comma)
            if np is None and comma == k + 2 and ctx.words[k + 1] and ctx.norms[k + 1] in AL_GIVEN:
                np = NP(k + 1, comma, ctx.starts[k + 1], ctx.ends[k + 1], "named_person", ctx.norms[k + 1], named=True)
                # "أما الطاهر، وهو سمسار …، فيرى": a given name with the article, alone
            if np is None and ctx.quote_open_tok.get(k + 1) == comma - 1:
                np = marks_source(ctx, k + 1, comma)  # "أما «الأهلي كابيتال»، الذراع …، فكانت": a body by its name in marks
            if np is not None and np.kind == "named_organization" and np.end < comma - 2 \
                    and ctx.quote_open_tok.get(np.end) == comma - 1 and comma - np.end <= 6 \
                    and all(ctx.words[t] for t in range(np.end + 1, comma - 1)):
                np = replace(np, end=comma, src_end=ctx.ends[comma - 1])  # "أما مجموعة … المستقلة "إيناغ"، التي …، فذكرت"
            if age > comma and np is not None and np.end == comma and np.kind == "named_person":
                np = replace(np, end=age)  # "أما محمد الشهري (38 عاما)، صاحب محل …، فيرى": his age
                comma = age
            if np is not None and np.named and np.end < comma <= np.end + 5 and ctx.words[np.end] \
                    and (in_lexicon(ctx.norms[np.end], ROLE_HEADS) or ctx.norms[np.end] in KEEPERS) \
                    and all(ctx.words[t] for t in range(np.end, comma)):
                return np  # "أما الشيخ الخراساني أمين المجمع فيقول": his post after him
            if np is not None and np.named and np.kind == "named_person" and np.end < comma <= np.end + 12 \
                    and ctx.words[np.end] and in_lexicon(ctx.norms[np.end], ROLE_HEADS) and ctx.is_punct(comma, "،,") \
                    and ctx.is_punct(cue_a - 1 if ctx.norms[cue_a - 1] not in ("فقد", "ف") else cue_a - 2, "،,") \
                    and ctx.words[comma + 1 if not ctx.is_punct(comma + 1, "،,") else comma + 2] \
                    and ctx.norms[comma + 1 if not ctx.is_punct(comma + 1, "،,") else comma + 2] in _RELATIVE_PRONOUNS \
                    and all(ctx.words[t] or ctx.raw[t] in _MARKS for t in range(np.end, comma)) \
                    and not any(ctx.norms[t] in VERB_FORMS for t in range(np.end, comma)):
                # "اما القيادي الاصولي الايرلندي خالد كيلي مسؤول جماعة «المهاجرون» السابق في
                # ايرلندا، الذي …،، فيصف": his post after him, then a relative clause
                return np
            if np is not None and np.end < comma <= np.end + 12 and ctx.words[np.end] \
                    and (ctx.norms[np.end] in ("في", "لدي", "من") or ctx.norms[np.end][:1] == "ب") \
                    and ctx.is_punct(comma, "،,") and all(
                        ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                        for t in range(np.end, comma)):
                # "أما الدلالون في السوق، فيقولون"، "أما إدارة حماية المستهلك في فرع وزارة التجارة بعسير، فأكدت"
                np = replace(np, end=comma, src_end=ctx.ends[comma - 1])
            marked = any(t in ctx.quote_open_tok for t in range(k + 1, comma))
            if np is not None and np.kind == "unnamed_official" and np.role and np.end < comma <= np.end + 3 \
                    and ctx.is_punct(comma, "،,") and all(
                        ctx.words[t] and is_definite(ctx.norms[t]) and not _stopword_np(ctx.norms[t])
                        and ctx.norms[t] not in VERB_FORMS for t in range(np.end, comma)):
                # "أما المحلل في بنك «إتش إس بي سي» الشرق الأوسط، رامي جورج حداد، فرأى": the bank's region
                np = replace(np, end=comma, src_end=ctx.ends[comma - 1], role=" ".join(ctx.norms[np.start:comma]))
            per = next((t for t in range(k + 2, min(comma, k + 5)) if t in ctx.entity_at and ctx.entity_at[t].type == "PER"
                        and ctx.entity_end_tok.get(t, t + 1) == comma), -1) if np is None else -1
            if per > k + 1 and all(ctx.words[t] and is_definite(ctx.norms[t]) and not _stopword_np(ctx.norms[t])
                                   and ctx.norms[t] not in VERB_FORMS for t in range(k + 1, per)):
                from .mentions import person_np

                # "أما المحاسب الوافد أحمد رشدي (44 عاما) فيقول": his trade, then the name the tagger found
                return replace(person_np(ctx, per, comma), start=k + 1, end=max(comma, age),
                               role=" ".join(ctx.norms[k + 1:per]))
            if (np is None or np.end < comma and marked) and 1 <= comma - (k + 1) <= 7 \
                    and (is_definite(ctx.norms[k + 1]) or marked or (
                        comma - (k + 1) >= 2 and ctx.words[k + 2] and is_definite(ctx.norms[k + 2])
                        and not ctx.norms[k + 2].startswith(("لل", "بال")) and len(ctx.norms[k + 1]) >= 3))  \
                    and not _stopword_np(ctx.norms[k + 1]) and all(
                        (ctx.words[t] or ctx.raw[t] in _MARKS) and ctx.norms[t] not in VERB_FORMS
                        and not complementizer(ctx.norms[t]) for t in range(k + 1, comma)) \
                    and all(not ctx.words[t] or ctx.norms[t] in ("فقد", "ف") for t in range(comma, cue_a)):
                # "أما الطاقم الفني للمنتخب فقد رحب بالقرار"، "أما «حركة العدل والمساواة» فاعتبرت": the topic
                # no list knows is still the subject
                a = k + 1 + (1 if not ctx.words[k + 1] and comma - (k + 1) > 2
                             and ctx.quote_open_tok.get(k + 1) == comma - 1 else 0)
                b = comma - 1 if a > k + 1 else comma
                return NP(k + 1, comma, ctx.starts[a], ctx.ends[b - 1], "named_organization",
                          ctx.norms[a], definite=True, named=marked)
            if np is not None and np.kind == "named_person" and np.named and np.end < comma <= np.end + 2 \
                    and ctx.is_punct(comma, "،,") and all(
                        ctx.words[t] and not is_definite(ctx.norms[t]) and ctx.norms[t] not in VERB_FORMS
                        for t in range(np.end, comma)):
                np = replace(np, end=comma, src_end=ctx.ends[comma - 1])  # "أما فان دير ستين،": the rest of his name
            if np is None or np.end != comma:
                named = _name_between_commas_before_fa(ctx, k, comma, cue_a) or _titled_name_to_comma(ctx, k, comma)
                return named  # "أما جاره في المحل المجاور، سلطان الحربي، فقال": who he is, then his name
            if all(not ctx.words[t] or ctx.norms[t] in _FA_BEFORE_VERB for t in range(comma, cue_a)):
                return np  # (and "أما صندوق النقد الدولي، فكان قد انتقد")
            if np.kind in ("anonymous", "unnamed_official") and not np.named:
                named = _name_between_commas_before_fa(ctx, k, comma, cue_a)
                if named is not None:
                    return named  # "أما البائع في سوق الخضار المركزي، علي الحربي (29 عاما)، فقال": who he is, then his name
            last = cue_a - 1 if ctx.norms[cue_a - 1] in ("فقد", "ف") else cue_a
            if ctx.is_punct(comma, "،,") and ctx.is_punct(last - 1, "،,") and ctx.words[comma + 1] \
                    and ctx.norms[comma + 1] in _RELATIVE_PRONOUNS:
                return np  # أما المرشحة X، التي ...، فقد أكدت: a relative clause between
            if ctx.is_punct(comma, "،,") and ctx.is_punct(last - 1, "،,") and last - comma <= 14 \
                    and ctx.words[comma + 1] and (ctx.norms[comma + 1] in ("وهو", "وهي") or (
                        is_definite(ctx.norms[comma + 1]) and (np.kind == "named_person" or last - comma <= 4 or marked))
                        or (np.kind == "named_person" and (in_lexicon(strip_possessive(ctx.norms[comma + 1]), ROLE_HEADS)
                                                           or strip_possessive(ctx.norms[comma + 1]) in _OWNER))) \
                    and all(ctx.words[t] for t in range(comma + 1, last - 1)):
                if np.kind == "named_person" and in_lexicon(strip_possessive(ctx.norms[comma + 1]), ROLE_HEADS):
                    np = replace(np, post=" ".join(ctx.norms[comma + 1:last - 1]))  # (his post, for "المحافظ" later)
                return np  # "أما سعد الحربي، وهو موظف في القطاع الخاص، فيؤكد": a description between
            if (np.kind == "named_organization" or np.kind == "named_person" and np.named) and ctx.is_punct(comma, "،,") \
                    and ctx.is_punct(last - 1, "،,") and 2 <= last - comma <= 14 and all(
                        (ctx.words[t] or ctx.raw[t] in _MARKS or ctx.raw[t] in ("-", "–") and ctx.words[t - 1] and ctx.words[t + 1])
                        and (ctx.norms[t] not in VERB_FORMS and not is_verb_like(
                            ctx.norms[t]) or t == comma + 1 and ctx.norms[t] in _STUDENT)
                        and not complementizer(ctx.norms[t])
                        for t in range(comma + 1, last - 1)):
                # (and "أما محمود حسن، طالب بكلية التجارة، فقال": a student, no verb; "سائق على خط المنيب - الحوامدية": a route)
                if np.kind == "named_person" and in_lexicon(ctx.norms[comma + 1], ROLE_HEADS):
                    np = replace(np, post=" ".join(ctx.norms[comma + 1:last - 1]))  # (his post, for "المحافظ" later)
                return np  # "أما بنك الإمارات دبي الوطني، أكبر بنوك الدولة من حيث الأصول، فقد أعلن": what it is
            t = comma + 1
            while t < last - 2 and ctx.words[t] and ctx.norms[t] in TITLES:
                t += 1  # ("، المهندس بسام بن حسن العمودي،": a title before the name)
            while t > comma + 1 and t < last - 2 and ctx.words[t] and ctx.norms[t].startswith("ال") \
                    and is_nisba(ctx.norms[t]) and ctx.norms[t] not in FIRST_NAMES:
                t += 1  # ("، الممثلة اللبنانية ريتا حداد،": her nationality after the title)
            if np.kind in ("unnamed_official", "anonymous") and np.role and ctx.is_punct(comma, "،,") \
                    and ctx.is_punct(last - 1, "،,") \
                    and t < last - 1 and name_start(ctx, t, True) \
                    and (t in ctx.entity_at or ctx.norms[t] in FIRST_NAMES or _initial_at(ctx, t + 1)
                         or (not is_definite(ctx.norms[t]) and t + 1 in ctx.entity_at and ctx.entity_at[t + 1].type == "PER"
                             and ctx.entity_end_tok.get(t + 1) == last - 1)) \
                    and (name_chain(ctx, t, last - 1, after_role=True) == last - 1 or (
                        t + 1 in ctx.entity_at and ctx.entity_end_tok.get(t + 1) == last - 1)):
                # (a given name the tagger left out: "جوزف | إيليا نصار")
                # "أما وزير النفط النيجيري، إيمانويل أوكونكوو، فرأى": the post, then its holder
                return NP(np.start, last - 1, ctx.starts[t], ctx.ends[last - 2], "named_person", np.head,
                          role=np.role, named=True, feminine=np.feminine)
            return None
    return None


def _titled_name_to_comma(ctx: Context, k: int, comma: int) -> NP | None:
    """"أما النائبة عن مقعد الكوتا النسائية في محافظة الكرك الدكتورة سهام عودة الطراونة، فقالت": a
    long post, then a title and the name the tagger found, ending at the comma."""
    if comma - k > 20 or any(ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]))
                             for t in range(k + 1, comma)):
        return None
    for t in range(k + 2, comma - 1):
        if ctx.words[t] and ctx.norms[t] in TITLES:
            ent = ctx.entity_at.get(t + 1)
            if (ent is not None and ent.type == "PER" or ctx.norms[t + 1] in FIRST_NAMES) and (
                    ctx.entity_end_tok.get(t + 1) == comma or name_chain(ctx, t + 1, comma, after_role=True) == comma
                    or name_chain(ctx, t + 1, comma, after_role=True) == comma - 1 > t + 1
                    and is_definite(ctx.norms[comma - 1])):  # (a family name with the article: الطراونة)
                return NP(k + 1, comma, ctx.starts[t + 1], ctx.ends[comma - 1], "named_person", ctx.norms[k + 1],
                          role=" ".join(ctx.norms[k + 1:t + 1]), named=True)
    return None


def _name_between_commas_before_fa(ctx: Context, k: int, comma: int, cue_a: int) -> NP | None:
    """After أما at ``k`` and a description up to ``comma``, a person's name alone between that
    comma and the one before the ف-verb."""
    last = cue_a - 1 if ctx.norms[cue_a - 1] in ("فقد", "ف") else cue_a
    if not ctx.is_punct(comma, "،,") or not ctx.is_punct(last - 1, "،,") or last - 1 - comma < 2 \
            or comma - k > 10:
        return None
    if any(ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t])) for t in range(k + 1, comma)):
        return None
    t = comma + 1
    while t < last - 2 and ctx.words[t] and ctx.norms[t] in TITLES:
        t += 1
    ent = ctx.entity_at.get(t)
    if not ctx.words[t] or not ((ent is not None and ent.type == "PER") or ctx.norms[t] in FIRST_NAMES):
        return None
    end = last - 1
    if ctx.raw[end - 1] == ")":
        o = next((u for u in range(end - 2, max(t, end - 6), -1) if ctx.raw[u] == "("), -1)
        if o > t and any(ctx.raw[u][:1].isdigit() for u in range(o + 1, end - 1)):
            end = o  # "، علي الحربي (29 عاما)،": his age after his name
    if name_chain(ctx, t, end, after_role=True) != end:
        return None
    return NP(k + 1, last - 1, ctx.starts[t], ctx.ends[end - 1], "named_person", ctx.norms[t],
              role=" ".join(ctx.norms[k + 1:comma]), named=True)


#: "صاحبة مصنع": who owns a business, a description of the person before it.
_IN_TURN = folded_set("بدوره بدورها بدورهم")
_MARKS = frozenset("«»\"“”")
_OWNER = folded_set("صاحب صاحبة مالك مالكة شريك شريكة شريكت")
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


def _stopword_np(n: str) -> bool:
    from .phrases import _stopword

    return _stopword(n)


_ASKED_BODIES = folded_set("الحكومة الدولة السلطة السلطات الإدارة الوزارة الشركة البلدية الأمانة الرئاسة")


_CLAUSE_LINKS = folded_set("فيما بينما كما")
_THAT_THEY = folded_set("أنه أنها أنهم")
_BUT_WORDS = folded_set("غير إلا الا")
_WHILE_LINKS = folded_set("فيما بينما")
_BUT_HIM = folded_set("لكنه ولكنه لكنها ولكنها لكنهم ولكنهم")


def _demand_with_bi(ctx: Context, vf: VerbForm, i: int, j: int, sent_a: int, sent_b: int) -> bool:
    """"وطالب بنشر جدول ...": the و-verb opening a clause with its ب-object is "demanded",
    not the noun طالب (a student)."""
    linked = vf.prefix == "" and i - 2 >= sent_a and ctx.words[i - 1] and ctx.norms[i - 1] in _CLAUSE_LINKS \
        and ctx.is_punct(i - 2, "،,")  # "، فيما طالب المقاولين بالالتزام": while he demanded
    linked = linked or vf.prefix == "" and i - 2 >= sent_a and ctx.words[i - 1] and ctx.norms[i - 1] in _THAT_THEY \
        and ctx.words[i - 2] and ctx.norms[i - 2] in _BUT_WORDS  # "، غير أنه طالب بمنحها مهلة": but he demanded
    linked = linked or vf.prefix == "" and vf.tense == "perf" and i - 1 >= sent_a and ctx.words[i - 1] \
        and ctx.norms[i - 1] in _BUT_HIM
    # ("، لكنه طالب بمنح المنشآت مهلة": the same)
    if vf.lemma != _DEMAND or (vf.prefix not in ("و", "ف") and not linked) or j >= sent_b or not ctx.words[j]:
        return False
    if linked and ctx.norms[i - 1] in _WHILE_LINKS and vf.gender == "f" and ctx.raw[j].endswith("ة") \
            and ctx.norms[j].startswith("ال") and in_lexicon(ctx.norms[j], ORG_HEADS):
        return False  # "، فيما طالبت الحكومة الإيطالية بضمانات": while the government demanded (a new subject)
    if not linked and i > sent_a and ctx.words[i - 1] and ctx.norms[i - 1] not in _WENT_BACK \
            and ctx.norms[j] in ("فيه", "فيها") and j + 1 < sent_b and ctx.words[j + 1] \
            and (in_lexicon(ctx.norms[i - 1], SPEECH_EVENTS) or in_lexicon(ctx.norms[i - 1][:-1], SPEECH_EVENTS)):
        n = ctx.norms[j + 1]  # "وأصدر الحزب بيانا طالب فيه بانتخاب الرئيس": demanded in it
        return n.startswith("ب") and len(n) > 3 or n in ("ب", "بـ")
    if not linked and i > sent_a and ctx.words[i - 1] and ctx.norms[i - 1] not in _WENT_BACK:
        return False  # ("لكنها عادت وطالبت بمزيد": went back and demanded)
    n = ctx.norms[j]
    opens = linked or ctx.is_punct(i - 1, "،,") if i > sent_a else (
        # a sentence's first word: "وطالب الحكومة برفع …" (a body, feminine after the masculine verb,
        # is whom he asked; "وطالب السكان بتدخل …": the people are who asked)
        n.startswith("بال") or ctx.raw[j].startswith("بأن") or vf.gender == "m" and ctx.raw[j].endswith("ة")
        and (in_lexicon(n, ORG_HEADS) or j in ctx.entity_at and ctx.entity_at[j].type == "ORG"
             or n in _ASKED_BODIES))
    if n in ("بان", "بانه", "بانها", "بانهم") and ctx.raw[j].startswith("بأن") and opens:
        return True  # "، وطالب بأن تشمل المرحلة الثانية …": demanded that (not بان, the given name)
    ent = ctx.entity_at.get(j)
    if not is_definite(n) and in_lexicon(n, ORG_HEADS) and ctx.raw[j].endswith("ة") and vf.gender == "m" \
            and j + 2 < sent_b and ctx.words[j + 1] and is_definite(ctx.norms[j + 1]) \
            and (i > sent_a and ctx.is_punct(i - 1, "،,") or i == sent_a) and any(
                ctx.words[t] and ctx.norms[t][:1] == "ب" and len(ctx.norms[t]) > 4 and not in_lexicon(ctx.norms[t][1:], ORG_HEADS)
                and not in_lexicon(ctx.norms[t][3:], ORG_HEADS) for t in range(j + 2, min(sent_b, j + 9))):
        return True  # "، وطالب هيئة الإشراف على الحملات بالتحقيق": a body (feminine) asked, then its ب-phrase
        # (also opening a sentence: "وطالب وزارة الصحة العامة والسكان … بتزويد المحافظة")
    if n.startswith("ال") and not _stopword_np(n) and n not in ctx.person_tokens and (ent is None or ent.type != "PER") \
            and j + 2 < sent_b and ctx.words[j + 1] and ctx.words[j + 2] and ctx.norms[j + 1].startswith("ال") \
            and not ctx.norms[j + 1].startswith("بال") and ctx.norms[j + 2].startswith("ب") and len(ctx.norms[j + 2]) > 3 \
            and not complementizer(ctx.norms[j + 2]) and opens:
        return True  # "، وطالب الدول المانحة بتقديم …": a definite object and its adjective, then its ب-phrase
    if n.startswith("ال") and not _stopword_np(n) and n not in ctx.person_tokens and (ent is None or ent.type != "PER") \
            and opens and j + 3 < sent_b:
        t = j + 1
        while t < min(sent_b, j + 5) and ctx.words[t] and (is_definite(ctx.norms[t]) or ctx.norms[t].startswith("وال")) \
                and not ctx.norms[t].startswith("بال"):
            t += 1
        if t > j + 2 and any(ctx.norms[u].startswith("وال") for u in range(j + 1, t)) \
                and t < sent_b and ctx.words[t] and ctx.norms[t].startswith("ب") and len(ctx.norms[t]) > 3 \
                and not complementizer(ctx.norms[t]):
            return True  # "، وطالب الإدارة الأميركية واللجنة الرباعية الدولية بإلزام …": two bodies asked
    if n.startswith("ال") and not _stopword_np(n) and n not in ctx.person_tokens and (ent is None or ent.type != "PER") \
            and j + 1 < sent_b and ctx.words[j + 1] and ctx.norms[j + 1].startswith("ب") and (
                len(ctx.norms[j + 1]) > 3 or ctx.norms[j + 1] == "ب" and j + 2 < sent_b and j + 2 in ctx.quote_open_tok
                or ctx.raw[j + 1].startswith("بأن")) \
            and opens:
        return True  # "، وطالب الحكومة بتقديم ..."، "، وطالب الحكومة بـ«خطة …»": a definite object, then its ب-phrase
    if n.startswith("بال") and len(n) > 5 and opens \
            and (ent is None or ent.type not in ("LOC", "ORG", "PER")) \
            and not in_lexicon(n[1:], ORG_HEADS) and not in_lexicon(n[1:], PLACES):
        return True  # "، وطالب بالكشف عن تفاصيل الاتفاق": demanded (not "طالب بالجامعة", a student)
    return n.startswith("ب") and not n.startswith("بال") and (len(n) > 3 or linked and len(n) == 3) and (ent is None or ent.type not in ("LOC", "ORG", "PER")) \
        and n not in FIRST_NAMES and n not in ctx.person_tokens \
        and not in_lexicon(n, ORG_HEADS) and not in_lexicon(n, PLACES)  # طالب بجامعة دمشق: a student


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


_DECLARATIONS = folded_set("إعلان ميثاق نداء")


_REPORTS = folded_set("تقرير دراسة بيان مسح مذكرة نشرة استطلاع وثيقة بيانات إحصاءات")
_YEARS_WORDS = folded_set("عاما عام سنة سنه")
_ISSUED_IN = folded_set("الصادرة الصادر")  # (not a budget: "الميزانية، التي قدرت فيها")

_VIEWS_OF = folded_set("تقديرات توقعات تقديراتها توقعاتها")
_EXPECTED = folded_set("توقع رجح استبعد قدر")


def _antecedent(ctx: Context, rel: int, sent_a: int, people: bool = False) -> NP | None:
    """The noun phrase ending right before the relative pronoun at ``rel`` (its antecedent):
    the longest one starting at most five words back (for الذين, people only: "توقعات
    المحللين الذين توقعوا" -> المحللين)."""
    if not people:
        person = _person_before_post(ctx, rel, sent_a) or _person_before_workplace(ctx, rel, sent_a)
        if person is not None:
            return person
    if rel - 3 > sent_a and ctx.is_punct(rel - 1, "،,") and (rel - 2) in ctx.quote_close_tok:
        o = ctx.quote_close_tok[rel - 2]
        if o + 1 < rel - 2 and ctx.words[o + 1] and (in_lexicon(ctx.norms[o + 1], DOC_HEADS)
                                                     or ctx.norms[o + 1] in _DECLARATIONS):
            np = marks_source(ctx, o, rel - 1)
            if np is not None:
                return replace(np, kind="document")  # "بإصدار «إعلان الخرطوم»، الذي شدد على": the declaration
    best = None
    end = rel
    if rel - 1 > sent_a and ctx.is_punct(rel - 1, "،,") and ctx.words[rel - 2] \
            and rel - 1 in ctx.entity_end_tok.values():
        end = rel - 1  # "النائبة منى الصقعبي، التي طالبت": a name, a comma, the relative
    if end == rel and rel - 4 > sent_a and ctx.is_punct(rel - 1, "،,") and ctx.raw[rel - 2] == ")":
        o = next((t for t in range(rel - 3, max(sent_a, rel - 7), -1) if ctx.raw[t] == "("), -1)
        if o > sent_a and any(ctx.raw[t][:1].isdigit() or ctx.norms[t] in _YEARS_WORDS for t in range(o + 1, rel - 2)):
            end = o  # "المعلم حسن (36 عاما)، الذي يرى": his age, then the relative
    if end == rel and rel - 2 > sent_a and ctx.is_punct(rel - 1, "،,") and ctx.words[rel - 2] and not people:
        feminine_rel = ctx.norms[rel] in (fold("التي"), fold("والتي"))
        that = next((t for t in range(rel - 2, max(sent_a - 1, rel - 20), -1) if ctx.words[t] and complementizer(ctx.norms[t])),
                    max(sent_a - 1, rel - 20))  # ("أشار في بيان إلى أن معدل التضخم، الذي": not across أن)
        doc = next((t for t in range(rel - 2, that, -1) if ctx.words[t]
                    and in_lexicon(ctx.norms[t], _REPORTS) and (ctx.norms[t][:2] in ("لل", "ال") or (
                        t + 1 < rel - 1 and ctx.words[t + 1] and not complementizer(ctx.norms[t + 1])
                        and feminine_rel == ctx.norms[t].endswith(("ات", "ه"))))), -1)
        # ("مذكرة وزير المالية بشأن الأداء المالي، التي بينت أن": a document in construct, and a
        # relative that agrees with it)
        # (and "مع بيانات الهيئة العامة للإحصاء، التي أظهرت أن": a document in construct with its issuer)
        if doc > sent_a:
            np = parse_np(ctx, doc, rel - 1, strip="ل" if ctx.norms[doc].startswith("لل") else "")
            if np is not None and np.kind == "document" and np.start == doc:
                return np  # "مناقشة المجلس للتقرير السنوي للوزارة …، الذي أشار إلى أن": the report
    if end == rel and rel - 2 > sent_a and ctx.is_punct(rel - 1, "،,") and ctx.words[rel - 2] and not people \
            and ctx.norms[rel] in (fold("التي"), fold("والتي")) and ctx.norms[rel - 2].startswith("لل"):
        end = rel - 1  # "من الهيئة العامة للرياضة، التي حذرت": a body's name, its comma, then the relative
    for s in range(end - 1, max(sent_a - 1, end - 10), -1):
        if not ctx.words[s]:
            if is_quote_mark(ctx, s) and s - 1 > sent_a and (ctx.words[s - 1] or is_quote_mark(ctx, s - 1)):
                continue  # "مؤسسة «غارتنر» للأبحاث، التي": a name in marks inside the body's name
            break
        np = parse_np(ctx, s, end)
        if np is not None and np.end == end and (np.kind != "named_person" or s in ctx.entity_at
                                                 or ctx.norms[s] in FIRST_NAMES and ctx.norms[s] not in ("بن", "ابن", "بنت")
                                                 and ctx.norms[s - 1] not in ("بن", "ابن", "بنت")) \
                and not (people and np.kind in ("document", "media", "named_organization")):
            best = np
    if best is None and end == rel and rel - 3 > sent_a and ctx.is_punct(rel - 1, "،,") and ctx.words[rel - 2] \
            and not people and ctx.norms[rel] in (fold("التي"), fold("والتي")):
        for s in range(rel - 2, max(sent_a - 1, rel - 9), -1):
            if not ctx.words[s]:
                break
            np = parse_np(ctx, s, rel - 1)
            if np is not None and np.end == rel - 1 and np.kind == "named_organization" and (
                    np.start in ctx.entity_at or in_lexicon(ctx.norms[np.start], ORG_HEADS)):
                best = np  # "موقف دار الإفتاء المصرية، التي قالت": a body by its head, a comma, the relative
    if best is not None and best.kind != "named_person":
        kunya = next((t for t in range(best.start + 1, best.end - 1) if ctx.norms[t] in ("ام", "ابو")
                      and ctx.norms[t + 1] in FIRST_NAMES), -1)
        if kunya > 0:
            from .mentions import person_np

            best = person_np(ctx, kunya, best.end)  # "وتشاركه الرأي | أم خالد، التي قالت": the woman named by her son
    if best is not None and ctx.norms[rel] == "الذي" and best.head.endswith(("ات", "ه")) and best.end - best.start > 1:
        for s in range(best.start + 1, end):  # "توقعات صندوق النقد الدولي، الذي رجّح": الذي is the fund
            np = parse_np(ctx, s, end)
            if np is not None and np.end == end and np.kind in ("named_organization", "named_person") \
                    and not np.head.endswith(("ات", "ه")):
                best = np
                break
    verb = VERB_FORMS.get(ctx.norms[rel + 1]) if rel + 1 < len(ctx.norms) else None
    if best is not None and best.kind == "document" and ctx.norms[best.start] in _VIEWS_OF and best.end - best.start > 1 \
            and verb is not None and verb.lemma in _EXPECTED:
        for s in range(best.start + 1, end):  # "تقديرات مؤسسة «غارتنر»، التي توقعت": the body expects, not its estimates
            np = parse_np(ctx, s, end)
            if np is not None and np.end == end and np.kind in ("named_organization", "named_person", "media"):
                best = np
                break
    if best is not None and best.src_start == ctx.starts[best.start]:
        raw = ctx.raw[best.start]
        if raw[:2] == "لل" and len(raw) > 4:
            best = replace(best, src_start=best.src_start + 2)  # "تقرير للمحللين الذين توقعوا": محللين
        elif raw[:3] in ("بال", "وال", "فال"):
            best = replace(best, src_start=best.src_start + 1)
        elif raw[:1] in "وف" and len(raw) > 3 and any(
                _lookup(ctx.norms[best.start][1:], lex) for lex in (ORG_HEADS, ROLE_HEADS, DOC_HEADS, ANON_HEADS)):
            best = replace(best, src_start=best.src_start + 1)  # "وصندوق النقد الدولي الذي قال": no و
    return best


def _person_before_workplace(ctx: Context, rel: int, sent_a: int) -> NP | None:
    """"الدكتور عادل الحربي من جامعة قطر، الذي يرى": the man, not the university he is from."""
    if rel < sent_a + 4 or not ctx.is_punct(rel - 1, "،,") or ctx.norms[rel] not in (fold("الذي"), fold("التي")):
        return None
    for p in range(rel - 3, max(sent_a, rel - 8), -1):
        if not ctx.words[p]:
            return None
        if ctx.norms[p] not in ("من", "في", "لدي"):
            continue
        a = next((a for a in range(p - 1, max(sent_a - 1, p - 6), -1) if a in ctx.entity_at
                  and ctx.entity_at[a].type == "PER" and ctx.entity_end_tok.get(a) == p), -1)
        if a < 0 or not (_lookup(ctx.norms[p + 1], ORG_HEADS) or p + 1 in ctx.entity_at):
            return None
        from .mentions import person_np

        return person_np(ctx, a, p)
    return None


def _person_before_post(ctx: Context, rel: int, sent_a: int) -> NP | None:
    """"اركي لبكانين عضو المجلس الحاكم للبنك المركزي الأوروبي الذي صرح": a person named, then
    his post in apposition, then الذي: the relative clause is about the person."""
    if rel - 3 > sent_a and ctx.is_punct(rel - 1, "،,"):
        # "ريتشارد ويلكنسون، الرئيس التنفيذي لمصرف الساحل، الذي قال": the post between commas
        c1 = next((t for t in range(rel - 2, max(sent_a - 1, rel - 16), -1) if not ctx.words[t]
                   and not (t in ctx.quote_close_tok or t in ctx.quote_open_tok)), -1)
        if c1 > sent_a and ctx.is_punct(c1, "،,") and ctx.words[c1 + 1] and _lookup(ctx.norms[c1 + 1], ROLE_HEADS) \
                and not any(ctx.norms[t] in VERB_FORMS for t in range(c1 + 1, rel - 1)):
            end = c1
            start = next((t for t, e in ctx.entity_end_tok.items() if e == end and ctx.entity_at[t].type == "PER"), -1)
            if start >= sent_a:
                np = parse_np(ctx, start, end)
                if np is not None and np.kind == "named_person" and np.end == end:
                    return np
    for t in range(rel - 1, max(sent_a - 1, rel - 13), -1):
        if not ctx.words[t] or ctx.norms[t] in VERB_FORMS:
            return None
        ent = ctx.entity_at.get(t)
        if ent is None or ent.type != "PER":
            continue
        e = ctx.entity_end_tok.get(t, t + 1)
        if t < e < rel and _lookup(ctx.norms[e], ROLE_HEADS) and not _lookup(ctx.norms[rel - 1], ROLE_HEADS):
            np = parse_np(ctx, t, e)
            return np if np is not None and np.kind == "named_person" and np.end == e else None
        return None
    return None


_KANA_AFTER = folded_set("كان كانت كانوا")
_TO_THEM = folded_set("إليهم اليهم معهم لهم إليه اليه معه")
_MET_THEM = folded_set("تحدثت تحدث التقت التقى استطلعت")
_ISSUED_CLAUSE = folded_set("صدر صدرت نشر نشرت أعد أعدت")
_CONDUCTED = folded_set("أجرته أجرتها أعدته أعدتها نشرته نشرتها أصدرته أصدرتها")
_KANA = folded_set("كان كانت وكان وكانت فكان فكانت كانوا وكانوا")


def _kana_subject(ctx: Context, cue_a: int, sent_a: int, sent_b: int) -> NP | None:
    """"وكانت رايس قد حذرت"، "وكانت شركة البترول الكويتية أعلنت"، "وكانت «جنرال إلكتريك» قد
    أعلنت": the subject between كان and the verb (with or without قد)."""
    np = _kana_subject_at(ctx, cue_a, sent_a, sent_b)
    if np is not None:
        return np
    k = cue_a - 1
    if k > sent_a and ctx.norms[k] in ("قد", "وقد", "فقد", "لقد"):
        k -= 1
    o = ctx.quote_close_tok.get(k, -1)
    if k > sent_a + 2 and 1 < k - o <= 3 and ctx.words[o - 1] and ctx.norms[o - 1] not in _KANA \
            and is_definite(ctx.norms[o - 1]) and not in_lexicon(ctx.norms[o - 1], ORG_HEADS) \
            and not in_lexicon(ctx.norms[o - 1], MEDIA_TYPES):
        # "وكان مجلس معلومات سوق السيارات «أميك» قد أعلن": the body's short name in marks after its
        # name (not "وكانت وكالة «رويترز» قد ذكرت": the name itself, after its type word)
        return _kana_subject_at(ctx, cue_a, sent_a, sent_b, before=o)
    rel = next((t for t in range(k, max(sent_a, k - 10), -1) if ctx.words[t] and ctx.norms[t] in _RELATIVE_PRONOUNS), -1)
    if rel > sent_a + 1 and all(ctx.words[t] for t in range(rel, k + 1)):
        # "وكانت صحيفة ذا ناشونال التي تصدر في أبوظبي قد ذكرت": a relative clause without commas
        return _kana_subject_at(ctx, rel + 1, sent_a, sent_b, before=rel)
    return None


_POLLED = folded_set("استطلعت استطلع")
#: What a body is, between commas after its name: "، ومقره كوالالمبور،"، "، أول علامة سعودية …،".
_APPOSED = folded_set("ومقره ومقرها ومقرهم أول أكبر أحد إحدى ثاني ثالث أقدم أبرز كبرى")
_THEIR_NUMBER = folded_set("وعددهم وعددها وعددهن")
_BODY_IN = folded_set("في لدى التابعة التابع المنبثقة")
_THEIR_VIEWS = folded_set("آراؤهم آراءهم آرائهم")


_TOGETHER_WITH = folded_set("بالتعاون بالاشتراك بالشراكة")
#: "المبعوث الأممي إلى اليمن"، "السفير لدى لبنان": the country one is sent to.
_ENVOY_TO = folded_set("إلى لدى")


def _post_after_kana(ctx: Context, p: int) -> bool:
    """A post (a role head) among the words before the comma at ``p``, after كان."""
    for t in range(p - 1, max(-1, p - 12), -1):
        if not ctx.words[t]:
            return False
        if ctx.norms[t] in _KANA:
            return False
        if in_lexicon(ctx.norms[t], ROLE_HEADS) and t > 0 and ctx.words[t - 1] and ctx.norms[t - 1] in _KANA:
            return True
    return False


def _holder_before_posts(ctx: Context, k: int, sent_a: int) -> NP | None:
    """After كان, a named person and then one or more posts between commas, the last comma at
    ``k`` (before قد and the verb): the person."""
    q, peeled = k, 0
    while peeled < 4:
        p = next((t for t in range(q - 1, max(sent_a, q - 16), -1) if not ctx.words[t]), -1)
        if p <= sent_a + 1 or not ctx.is_punct(p, "،,") or not ctx.words[p + 1] or p + 1 >= q:
            break
        head = ctx.norms[p + 1]
        if not (in_lexicon(head, ROLE_HEADS) or is_definite(head) and in_lexicon(head[2:], ROLE_HEADS)
                or head[:1] == "و" and in_lexicon(head[1:], ROLE_HEADS)):
            break
        if any(ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(p + 1, q)):
            break
        q, peeled = p, peeled + 1
    if not peeled:
        return None
    start = next((t for t in range(q - 1, max(sent_a - 1, q - 12), -1) if ctx.words[t] and ctx.norms[t] in _KANA), -1)
    if start < 0 or any(not ctx.words[t] for t in range(start + 1, q)):
        return None
    np = parse_np(ctx, start + 1, q)
    return np if np is not None and np.end == q and np.kind == "named_person" and np.named else None


def _kana_subject_at(ctx: Context, cue_a: int, sent_a: int, sent_b: int, before: int = -1) -> NP | None:
    k = cue_a - 1 if before < 0 else before - 1
    v = k  # ("وكان اقتصاديون استطلعت «بلومبرغ» آراءهم يتوقعون": whom a poll asked, with no قد)
    if k > sent_a and ctx.norms[k] in ("قد", "وقد", "فقد", "لقد"):
        k -= 1
        v = k
        while v > sent_a + 2 and ctx.words[v] and ctx.norms[v] in TIME_WORDS and v > k - 3:
            v -= 1  # ("… آراءهم الأسبوع الماضي قد توقعوا": when they were asked)
        if k > sent_a + 4 and ctx.is_punct(k, "،,"):
            p = next((t for t in range(k - 1, max(sent_a, k - 5), -1) if not ctx.words[t]), -1)
            if p > sent_a + 1 and ctx.is_punct(p, "،,") and ctx.words[p + 1] and ctx.norms[p + 1] in _THEIR_NUMBER:
                v = p  # "الذين استطلعت بلومبرغ آراءهم، وعددهم 41، قد توقعوا": how many they were
                if ctx.words[v - 1] and ctx.norms[v - 1] in _THEIR_VIEWS:
                    v -= 1
    if v > sent_a + 2 and ctx.words[v] and ctx.norms[v] in _THEIR_VIEWS:
        polled = next((t for t in range(v, max(sent_a, v - 6), -1) if ctx.words[t] and ctx.norms[t] in _POLLED), -1)
        if polled > sent_a + 1 and all(ctx.words[t] or is_quote_mark(ctx, t) for t in range(polled, v + 1)):
            # (the outlet maybe in marks: "استطلعت «بلومبرغ» آراءهم")
            k = polled - 1  # "كان محللون استطلعت (رويترز) آراءهم قد توقعوا": whom a poll asked
            if ctx.words[k] and ctx.norms[k] in _RELATIVE_PRONOUNS and k - 1 > sent_a:
                k -= 1  # "وكان جميع الاقتصاديين الذين استطلعت بلومبرغ آراءهم …"
    if k > sent_a + 2 and not ctx.words[k] and ctx.raw[k] == ")":
        o = next((t for t in range(k - 1, max(sent_a, k - 6), -1) if not ctx.words[t]), -1)
        if o > sent_a + 1 and ctx.raw[o] == "(" and k - o >= 2:
            k = o - 1  # "وكان اتحاد الغرف التجارية الهندي (فيكي) قد طالب": the body's acronym in brackets
    if k > sent_a and ctx.words[k] and ctx.norms[k] in _KANA_AFTER:
        # "وبعض المحللين كانوا توقعوا"، "والشركة كانت أعلنت": the subject before كان
        np = parse_left_subject(ctx, k, sent_a)
        return np if np is not None and np.end == k else None
    if k > sent_a and ctx.is_punct(k, "،,"):
        # "وكانت مجموعة X التي تواجه إجراءات …، قد قالت": a relative clause on the subject
        rel = next((t for t in range(k - 1, max(sent_a, k - 25), -1)
                    if ctx.words[t] and ctx.norms[t] in _RELATIVE_PRONOUNS), -1)
        if rel < 0 or any(not ctx.words[t] for t in range(rel, k)):
            held = _holder_before_posts(ctx, k, sent_a)
            if held is not None:
                return held  # "وكان سعادة المهندس X، وزير الدولة لشؤون الطاقة، العضو المنتدب …، قد أعلن"
            p = next((t for t in range(k - 2, max(sent_a, k - 12), -1) if not ctx.words[t]), -1)
            per = next((t for t in range(p + 1, min(k, p + 4)) if t in ctx.entity_at and ctx.entity_at[t].type == "PER"
                        and ctx.entity_end_tok.get(t, t + 1) == k), -1) if p > sent_a + 1 else -1
            if per < 0 and p > sent_a + 1 and p + 2 < k and ctx.words[p + 1] and ctx.norms[p + 1] in TITLES:
                from .phrases import name_chain, name_start

                if name_start(ctx, p + 2, after_role=True) and name_chain(ctx, p + 2, k, after_role=True) == k:
                    per = p + 2  # "، الدكتور حسام الدين ع. منصور،": a title and a name the tagger cut short
            if per < 0 and p > sent_a + 1 and 2 <= k - p - 1 <= 3 and ctx.is_punct(p, "،,") and all(
                    ctx.words[t] and not ctx.norms[t].startswith("ال") and ctx.norms[t] not in VERB_FORMS
                    and not complementizer(ctx.norms[t]) and len(ctx.norms[t]) >= 3 for t in range(p + 1, k)) \
                    and _post_after_kana(ctx, p):
                per = p + 1  # "وكان رئيس البعثة، إنريكي فالديز، ذكر": a foreign name no list knows, after the post
            if per > 0 and ctx.is_punct(p, "،,") and any(ctx.words[t] and ctx.norms[t] in _KANA
                                                          for t in range(max(sent_a, p - 16), p)):
                from .mentions import person_np

                return person_np(ctx, per, k)  # "وكان وزير المالية بالوكالة، معالي سالم الرشيدي، قد أعلن": the post's holder
            if p > sent_a + 1 and ctx.is_punct(p, "،,") and (is_definite(ctx.norms[p + 1]) or ctx.norms[p + 1] in _APPOSED) \
                    and all(ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) for t in range(p + 1, k)):
                k = p - 1  # "وكانت مؤسسة النقد، الجهة المشرفة على قطاع التأمين، قد حذرت": what it is, between commas
                # (and "وكان مجلس الخدمات المالية الإسلامية، ومقره كوالالمبور، قد ذكر"، "شركة «سير»، أول علامة …،")
            elif any(ctx.words[t] and ctx.norms[t] in _KANA for t in range(max(sent_a, k - 8), k)) \
                    and all(ctx.words[t] for t in range(max(sent_a, k - 8), k)):
                k -= 1  # "وكانت المحكمة العليا الاميركية، اعتبرت": a comma after the subject (the name must end there)
            else:
                return None
        else:
            k = rel - 1
            if k > sent_a + 1 and ctx.is_punct(k, "،,"):
                k -= 1  # "وكان مسح المشاركين في السوق، الذي يجريه البنك المركزي شهريا، قد أظهر": between commas
    end = k + 1
    for start in range(k, max(sent_a - 1, k - 22), -1):
        if ctx.words[start] and ctx.norms[start] in _KANA:
            a = start + 1
            if a >= end:
                return None
            np = marks_source(ctx, a, sent_b) if a in ctx.quote_open_tok else parse_np(ctx, a, end)
            if np is not None and (np.end == end or (a in ctx.quote_open_tok and ctx.quote_open_tok[a] + 1 == end)):
                return np
            if np is not None and np.kind == "unnamed_official" and np.end < end and ctx.words[np.end] \
                    and in_lexicon(ctx.norms[np.end], ROLE_HEADS) and is_definite(ctx.norms[np.end]):
                second = parse_np(ctx, np.end, end)
                if second is not None and second.start == np.end and second.end == end \
                        and second.kind in ("unnamed_official", "named_person"):
                    return second if second.kind == "named_person" else replace(np, end=end, src_end=ctx.ends[end - 1])
                    # "وكان وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة قد صرح": his second post
            if np is not None and np.kind in ("named_organization", "named_person") and np.end + 1 == end \
                    and ctx.words[np.end] and ctx.norms[np.end][:1] == "و" and len(ctx.norms[np.end]) > 3 and (
                        np.end in ctx.entity_at and ctx.entity_at[np.end].type in ("LOC", "ORG", "PER")
                        or bool(_lookup(ctx.norms[np.end][1:], PLACES))):
                return replace(np, end=end, src_end=ctx.ends[end - 1], pair=True)  # "وكانت فنزويلا والجزائر قد طالبتا"
            if np is not None and np.kind == "anonymous" and np.end + 1 == end and ctx.words[np.end] \
                    and ctx.norms[np.end][:1] == "و" and in_lexicon(ctx.norms[np.end][1:], ANON_HEADS):
                return replace(np, end=end, src_end=ctx.ends[end - 1], pair=True)  # "وكان مصرفيون وخبراء قد دعوا"
            close = ctx.quote_open_tok.get(a, -1)
            if np is not None and close > a and close + 1 < end and end - close <= 4 \
                    and ctx.norms[close + 1][:1] == "ل" and all(
                        ctx.words[t] and not is_verb_like(ctx.norms[t]) for t in range(close + 1, end)):
                return np  # "وكانت «بلاتس» للمعلومات النفطية قد ذكرت": the name, then what the company does
            if np is not None and np.kind in ("named_organization", "unnamed_official", "anonymous") and np.end < end \
                    and end - np.end <= 8 and ctx.norms[np.end] in _BODY_IN and all(
                        ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                        and not is_verb_like(ctx.norms[t]) for t in range(np.end, end)):
                return np  # "وكانت لجنة الأسمنت في مجلس الغرف السعودية قد طالبت": the body it belongs to
            if np is not None and np.kind in ("named_organization", "unnamed_official") and np.end + 1 < end \
                    and ctx.norms[np.end] in _ENVOY_TO and _is_place(ctx, np.end + 1) \
                    and ctx.entity_end_tok.get(np.end + 1, np.end + 2) == end:
                return replace(np, end=end, src_end=ctx.ends[end - 1])  # "وكان مكتب المبعوث الأممي إلى اليمن قد أشار"
            if np is not None and np.kind == "document" and np.end < end and ctx.norms[np.end] in ("عن", "حول", "في") \
                    and all(ctx.words[t] and not is_verb_like(ctx.norms[t]) and ctx.norms[t] not in VERB_FORMS
                            for t in range(np.end, end)):
                return replace(np, end=end, src_end=ctx.ends[end - 1])  # "وكانت دراسة عن تطبيقات الجوال … قد أشارت"
                # (and "وكان مسح المشاركين في السوق قد أظهر")
            if np is not None and np.kind == "document" and np.end < end and (
                    ctx.norms[np.end] in _ISSUED_CLAUSE and end - np.end <= 5
                    or ctx.norms[np.end] in _CONDUCTED and end - np.end <= 12) \
                    and all((ctx.words[t] or is_quote_mark(ctx, t) and ctx.norms[np.end] in _CONDUCTED)
                            and (t == np.end or ctx.norms[t] not in VERB_FORMS) for t in range(np.end, end)):
                # ("وكان استطلاع أجرته وكالة «رويترز» وشمل 14 محللا قد أظهر": the maker in marks, whom it covered)
                # ("وكان استطلاع أجرته رويترز لآراء 50 اقتصاديا قد توقع": who made it)
                return np  # "وكان تقرير للوكالة الدولية للطاقة الذرية صدر الشهر الماضي قد ذكر": when it came out
            if np is not None and np.kind == "document" and np.end < end and end - np.end <= 8 \
                    and ctx.norms[np.end] in _TOGETHER_WITH and all(
                        ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                        for t in range(np.end, end)):
                return np  # "وكان تقرير أعدته مؤسسة «فافو» بالتعاون مع دائرة الإحصاءات … قد أظهر": with whom
            return None
        if not ctx.words[start] and not (start in ctx.quote_open_tok or start in ctx.quote_close_tok):
            return None
    return None


def _subject_then_complement(ctx: Context, j: int, limit: int) -> bool:
    """"بداية بين المتخصص ... الدكتور X أن ...": a person or a role right after the word,
    then إن/أن: the verb بيّن, not the preposition بين."""
    np = parse_np(ctx, j, limit)
    if np is None or np.end >= limit or np.kind not in ("named_person", "unnamed_official") and not (
            np.kind == "anonymous" and ctx.norms[j].endswith("ون")):  # ("كتب محللون لدى جولدمان ساكس أن": a group in the nominative)
        return False
    return is_complement(ctx, np.end, limit) and complementizer(ctx.norms[np.end])


def _bare_name(ctx: Context, j: int, limit: int) -> NP | None:
    """"وأوضح مطر الطاير، المدير العام ...، أن": right after a reporting verb, an unknown word
    and a definite word followed by إن/أن or by a comma and a role are a first and a family
    name (a common noun with its genitive does not stand there: وأكد أهمية الحفاظ على ...)."""
    from .phrases import _stopword, masdar_like

    if j + 1 < limit and ctx.words[j] and ctx.words[j + 1] and ctx.norms[j] in ctx.person_tokens \
            and ctx.norms[j].startswith("ال") and complementizer(ctx.norms[j + 1]):
        # "وقال الخميس إن" after "عبدالعزيز بن إبراهيم الخميس": his family name (also a day)
        return NP(j, j + 1, ctx.starts[j], ctx.ends[j], "named_person", ctx.norms[j], named=True)
    if j + 3 < limit and ctx.words[j] and ctx.words[j + 1] and ctx.norms[j + 1][:1] == "ل" and len(ctx.norms[j]) >= 4 \
            and not _stopword(ctx.norms[j]) and not masdar_like(ctx.norms[j]) and ctx.norms[j] not in VERB_FORMS \
            and not in_lexicon(ctx.norms[j], ROLE_HEADS) and not in_lexicon(ctx.norms[j], ANON_HEADS) \
            and j > 0 and ctx.words[j - 1] and ctx.norms[j - 1] in VERB_FORMS:
        from .outlets import match_outlet

        told = match_outlet(ctx, j + 1, limit, preposition=True)
        if told is not None and not told.anaphor:
            after = told.end + (1 if told.end < limit and not ctx.words[told.end] and ctx.raw[told.end] in "»\"”" else 0)
            if after < limit and ctx.words[after] and complementizer(ctx.norms[after]):
                # "وقال عبيدات لـ«الشرق الأوسط» إن": a one-word name, then the paper told
                return NP(j, j + 1, ctx.starts[j], ctx.ends[j], "named_person", ctx.norms[j], named=True)
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


_EACH_OF = folded_set("كل وكل")


def pair_before(ctx: Context, k: int) -> NP | None:
    """"ولم يصدر كل من «X» و«Y» …، بينما أعلنا …": a verb in the dual with no subject of its
    own goes back to the pair named before it in the sentence."""
    for t in range(k - 1, max(-1, k - 40), -1):
        if not ctx.words[t] and ctx.raw[t] in ".؟!\n":
            return None
        if ctx.words[t] and ctx.norms[t] in _EACH_OF and t + 1 < k and ctx.norms[t + 1] == "من":
            np = parse_np(ctx, t, k)
            return np if np is not None and np.kind in ("named_organization", "named_person") else None
    return None
