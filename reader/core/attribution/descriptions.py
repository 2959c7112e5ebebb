"""What may stand between a named subject and its claim besides commas (issue 9, real news):
a description with no comma (X مالك شركة …، أن؛ X المسؤول السابق في … «…»)، titles and the
name after a role, a reply (ردا على سؤال)، an unnamed group's genitive chain, and a second
relative verb joined by و. Called from :func:`.between.skip_to_complement`; each returns the
token where the walk goes on, or -1 when it does not apply."""

from __future__ import annotations

from reader.core.text import fold

from .cand import Cand
from .complements import PREP_OF_COMP, is_complement
from .context import Context
from .cues import VERB_FORMS
from .events import _name_in_marks
from .outlets import match_addressee, match_outlet
from .phrases import KEEPERS as _KEEPERS  # (أمين: a role before a definite noun, أمين المتحف، أمين عام)
from .phrases import NP
from .roles import _manner
from .sources import parse_np
from .words import (
    ANON_HEADS, FILLERS, INTERVIEW_WORDS, MET_BY, RELATIVE_PRONOUNS, ROLE_HEADS, TIME_WORDS, TITLES, complementizer, folded_set, in_lexicon,
    is_definite,
    is_verb_like,
)

_APPOSITIVE = folded_set("الذي التي الذين وهو وهي الصادر الصادرة المنشور المنشورة الصادرين")
_RELATIVE = RELATIVE_PRONOUNS
_DREW = fold("لفت")
_REPLYING = folded_set("ردا ردًا رداً تعقيبا تعقيباً")
_ATTENTION = folded_set("النظر الانتباه الأنظار")
#: Words that never continue a genitive after an indefinite head (في، من، لـ … open phrases).
_NOT_GENITIVE = folded_set("في من على إلى عن مع لدى عند منذ خلال بعد قبل أمس يوم اليوم هذا هذه ذلك")


def subject_tail(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """At ``j`` (a word after the subject): a reply, "لفت النظر", titles alone as the subject,
    or an unnamed group's genitive chain before إن."""
    norms = ctx.norms
    n = norms[j]
    if c.np is not None and j == c.np.end and c.np.end - c.np.start >= 2 and ctx.norms[j - 1] in _REPLYING \
            and n == "علي":
        c.np.end, c.np.src_end = j - 1, ctx.ends[j - 2]  # "روبان ردا": the tagger ran the name on
        return j - 1
    if n in _REPLYING and j + 1 < limit and norms[j + 1] == "علي":
        k = j + 2
        while k < min(limit, j + 25):
            if k in ctx.quote_open_tok and 1 < ctx.quote_open_tok[k] - k <= 4 and k > 0 and ctx.words[k - 1] \
                    and (ctx.norms[k - 1] in ("من", "ل", "لـ") or ctx.norms[k - 1] in _QUESTIONS):
                # (and "ردا على استفسارات «عكاظ»": the paper's questions)
                if c.via is None:
                    c.via = match_addressee(ctx, k, limit)  # (the outlet that asked: the via)
                    c.interview = c.via is not None and (ctx.norms[k - 1] in _QUESTIONS or (
                        ctx.norms[k - 1] in ("ل", "لـ") and k - 2 > j and ctx.norms[k - 2] in _QUESTIONS))
                    # (its own questions: "استفسارات «عكاظ»"، "استفسار لـ«الراية»")
                k = ctx.quote_open_tok[k] + 1  # "ردا على استفسار من «رويترز» إن": the outlet's name in marks
                continue
            if not ctx.words[k] or is_complement(ctx, k, limit) or norms[k] in VERB_FORMS \
                    and norms[k - 1] not in _RELATIVE:  # ("ردا على تحول X الذي نشر اسمه …: «…»")
                break
            k += 1
        else:
            k = -1
        if k > j + 13 and not (ctx.raw[k] == ":" and k + 1 in ctx.quote_open_tok):
            k = -1  # (a long reply phrase only up to a colon and his words in marks)
        if k > j + 2 and k + 1 < limit and ctx.raw[k] in "،," and ctx.words[k + 1] and complementizer(norms[k + 1]):
            k += 1  # "، ردا على استفسارات «عكاظ»، إن": between commas
        if k > j + 2 and is_complement(ctx, k, limit) and (ctx.raw[k] == ":" or complementizer(norms[k])
                                                            or norms[k] in PREP_OF_COMP):
            return k  # "وقال X ردا على سؤال إن …": in reply to a question
    if c.np is not None and j == c.np.end and c.lemma == _DREW and n in _ATTENTION:
        return j + 1  # "ولفت الوزير النظر إلى أن": drew attention to
    if c.np is not None and j == c.np.end and n in TITLES and c.np.kind == "unnamed_official" \
            and not c.np.named:
        k = j
        while k < limit and ctx.words[k] and ctx.norms[k] in TITLES:
            k += 1
        if is_complement(ctx, k, limit):
            c.np.end, c.np.src_end = k, ctx.ends[k - 1]  # "وبين الأمير الدكتور أن": titles only
            return k
    if c.np is not None and j == c.np.end and c.np.kind in ("anonymous", "unnamed_official") \
            and not is_definite(ctx.norms[j - 1]) and ctx.words[j - 1]:
        k = j
        while k < limit and k - j < 3 and ctx.words[k] and not complementizer(ctx.norms[k]) and ctx.norms[k] not in VERB_FORMS \
                and ctx.norms[k] not in TIME_WORDS and ctx.norms[k] not in FILLERS and ctx.norms[k] not in _NOT_GENITIVE \
                and ctx.norms[k][:1] not in "لب" and ctx.norms[k] not in MET_BY:  # (لوكالة …، للصحيفة: whom it was told)
            k += 1
        if k > j and is_definite(ctx.norms[k - 1]) and is_complement(ctx, k, limit) \
                and not (c.lemma in _CALLS_IT and ctx.norms[k].startswith("بان")):  # ("ووصف محللون الخطوة بأنها": its object)
            c.np.end, c.np.src_end = k, ctx.ends[k - 1]  # "مختصون في شركات تأجير السيارات إن"
            return k
        m = match_outlet(ctx, k, limit, preposition=True) if k > j and k < limit and ctx.words[k] \
            and is_definite(ctx.norms[k - 1]) and ctx.norms[k][:1] == "ل" else None
        if m is not None and m.end < limit and is_complement(ctx, m.end, limit):
            c.np.end, c.np.src_end = k, ctx.ends[k - 1]  # "تجار عملة في منطقة وسط البلد لـ«عكاظ» إن": then whom they told
            if c.via is None:
                c.via = m
            return m.end
    return -1


_CALLS_IT = folded_set("وصف اعتبر")
_SON_OF_WORDS = folded_set("بن بنت ابن")
_QUESTIONS = folded_set("سؤال أسئلة استفسار استفسارات تساؤلات")


def named_description(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """At ``j``: the name after titles (a role that holds a place named after someone), or a
    description of the person named, read off the name or after it."""
    n = ctx.norms[j]
    if c.np is not None and j == c.np.end and c.np.kind in ("named_person", "unnamed_official") \
            and c.np.role and _titled_name(ctx, c, j, limit):
        return c.np.end  # "رئيس مدينة الملك فهد للبحوث الأمير الدكتور خالد …": the name after the titles
    if c.np is not None and c.np.named and j == c.np.end and c.np.kind == "named_person" \
            and c.np.end - c.np.start >= 3 and not is_complement(ctx, j, limit):
        first = max(c.np.start, ctx.tok_at_char(c.np.src_start))  # (the name, not the post before it)
        p = next((t for t in range(first, c.np.end) if _describes(ctx.norms[t])
                  and ctx.norms[t - 1] not in _SON_OF_WORDS and not (
                      t == c.np.end - 1 and t - 2 >= first and ctx.norms[t - 2] in _SON_OF_WORDS)), -1)
        # (not "عبدالإله بن | مساعد": his father's name, nor "طارق بن يوسف | القاضي": the family's)
        if p >= first + 2 and _description_end(ctx, c, p, limit) > p:
            # "سامي الخطيب اختصاصي …": the description was read as the end of the name
            c.np.end, c.np.src_end = p, ctx.ends[p - 1]
            return p
    keeper = n in _KEEPERS and j + 1 < limit and ctx.words[j + 1] and (
        ctx.norms[j + 1].startswith("ال") or ctx.norms[j + 1] == "عام")  # أمين المتحف، أمين عام …
    if c.np is not None and c.np.named and j == c.np.end and c.np.kind == "named_person" and (_describes(n) or keeper):
        k = _description_end(ctx, c, j, limit)
        if k > j:
            # "أوضح X مالك شركة لتأجير السيارات، أن"، "وقال X المسؤول السابق في … والزميل
            # حاليا بمركز … "…"": a description with no comma before it runs to the claim
            c.role_after = c.role_after or " ".join(ctx.norms[t] for t in range(j, k) if ctx.words[t])
            return k
    return -1


#: Descriptions of a named person that no role list holds (صاحب is an occupation already).
_DESCRIPTION_HEADS = folded_set("مالك اختصاصي اختصاصية أخصائي أخصائية المالك")
_DESCRIPTION_SPAN = 20


def _titled_name(ctx: Context, c: Cand, j: int, limit: int) -> bool:
    """Titles at ``j`` then a person's name (an entity): that name is the source, and the
    phrase before it (a role, which may hold a place named after someone) its role."""
    norms = ctx.norms
    t = next((k for k in range(j, min(limit, j + 4)) if not ctx.words[k] or norms[k] in TITLES), -1)
    if t < 0 or not ctx.words[t] or any(norms[k] in VERB_FORMS or complementizer(norms[k]) for k in range(j, t)):
        return False  # (a word or three may end the place: "مدينة الملك فهد للبحوث")
    if any(norms[k].startswith("ل") and match_outlet(ctx, k, limit, preposition=True) is not None
           for k in range(j, t)):
        return False  # "الوزير لوكالة أ ف ب": whom he told, then the agency's letters
    first = t
    while t < limit and ctx.words[t] and norms[t] in TITLES:
        t += 1
    if t == first + 1 and len(norms[first]) == 1 and "." not in ctx.raw[first] and t < limit \
            and ctx.words[t] and len(norms[t]) <= 2:
        return False  # "أ ف ب"، "د ب أ": an agency's letters, not "أ." (أستاذ) and a name
    ent = ctx.entity_at.get(t)
    if ent is not None and ent.type == "PER":
        e = ctx.tok_at_char(ent.end)
    else:
        name = parse_np(ctx, t, limit)
        e = name.end if name is not None and name.kind == "named_person" and name.named and name.start == t \
            and not name.role else -1
    if t == first or e <= t or e > limit:
        return False
    c.np = NP(c.np.start, e, ctx.starts[t], ctx.ends[e - 1], "named_person", ctx.norms[t],
              role=" ".join(ctx.norms[c.np.start:t]), named=True)
    return True


def _name_after_role(ctx: Context, c: Cand, t: int, limit: int) -> None:
    """A person's name (an entity, or a name the parser reads) at ``t`` right after a role
    that had none: the name is the source, the role its role."""
    from .words import TITLES

    while t + 1 < limit and ctx.words[t] and ctx.norms[t] in TITLES:
        t += 1  # "(أميصوم) الميجر جوزيف كاتيمبو": his rank, then his name
    ent = ctx.entity_at.get(t)
    if ent is not None and ent.type == "PER":
        e = ctx.tok_at_char(ent.end)
    elif t < limit and _manner(ctx, t, limit):
        return  # "وأضاف الإمام بحزن شديد أنه": how he said it, no name
    else:
        name = parse_np(ctx, t, limit) if t < limit and ctx.words[t] else None
        e = name.end if name is not None and name.kind == "named_person" and name.named and name.start == t \
            and not name.role else -1
    if t < e <= limit:
        c.np = NP(c.np.start, e, ctx.starts[t], ctx.ends[e - 1], "named_person", ctx.norms[t],
                  role=c.np.role or " ".join(ctx.norms[c.np.start:c.np.end]), named=True)


#: Role words that are also parts of names (شريف شيخ أحمد، آل الشيخ، ولي الله).
_IN_NAMES = folded_set("شيخ الشيخ ولي أمير الأمير ملك")


def _describes(n: str) -> bool:
    if n in _IN_NAMES:
        return False
    return in_lexicon(n, ROLE_HEADS) or in_lexicon(n, ANON_HEADS) or n in _DESCRIPTION_HEADS


_POST_ADJECTIVES = folded_set("التنفيذي التنفيذية العام العامة المنتدب المنتدبة الإقليمي الإقليمية الأول الأولى "
                              "المالي المالية الفني الفنية")


def post_then_its_body(ctx: Context, t: int, m) -> bool:
    """A post (الرئيس التنفيذي، مدير، نائب الرئيس) at token ``t`` and, after its لـ, the outlet
    match ``m`` that is no known outlet: the body whose post it is («الرئيس التنفيذي لـ«سبكيم»»)."""
    if not ctx.words[t]:
        return False
    n = ctx.norms[t]
    if not (n in _POST_ADJECTIVES or in_lexicon(n, ROLE_HEADS) and n not in TITLES):
        return False
    from .outlets import gazetteer_says_media, known_outlet_length

    return not m.type_word and not gazetteer_says_media(ctx.raw[m.first]) and known_outlet_length(ctx.norms, m.first) == 0


def _description_end(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """The token where the claim begins after a description of the person named before
    ``j`` (a role, a trade, where he works; names in marks and لـ«outlet» inside it), or
    ``j`` when no إن/أن, colon or quotation closes it within a short span. No verb, relative
    clause or sentence punctuation may stand inside; a comma only right before the claim."""
    norms = ctx.norms
    k = j
    while k < limit and k - j < _DESCRIPTION_SPAN:
        if k > j and ctx.words[k] and norms[k] in ("في", "خلال") and k + 1 < limit and ctx.words[k + 1] \
                and norms[k + 1] in INTERVIEW_WORDS:
            return k  # "الرئيس التنفيذي لـ«معادن» | في مقابلة مع وكالة «رويترز» …، إن": where he said it
        if k > j and norms[k - 1] == "ل" and k in ctx.quote_open_tok:
            m = match_outlet(ctx, k - 1, limit, preposition=True)
            after = ctx.quote_open_tok[k] + 1
            after += 1 if after + 1 < limit and ctx.raw[after] in "،," else 0
            if m is not None and not m.anaphor and c.via is None and after < limit and is_complement(ctx, after, limit) \
                    and not post_then_its_body(ctx, k - 2, m):
                c.via = m  # "X المحلل لدى شركة Y لـ«الصحيفة»: «…»" (not "الرئيس التنفيذي لـ«سبكيم»، إن")
            k = ctx.quote_open_tok[k] + 1  # لـ«شركة المدى»: a name in marks
            continue
        if k > j and _name_in_marks(ctx, k, limit) and not is_complement(ctx, ctx.quote_open_tok[k] + 1, limit) \
                or k > j and k in ctx.quote_open_tok and ctx.quote_open_tok[k] + 1 < limit \
                and is_complement(ctx, ctx.quote_open_tok[k] + 1, limit) and ctx.quote_open_tok[k] - k <= 5:
            k = ctx.quote_open_tok[k] + 1
            continue
        if is_complement(ctx, k, limit):
            return k if k > j else j
        if not ctx.words[k]:
            if ctx.raw[k] in "،," and k > j + 1 and is_complement(ctx, k + 1, limit):
                return k + 1
            return j
        n = norms[k]
        if n in VERB_FORMS or n in _RELATIVE or n in _APPOSITIVE or complementizer(n):
            return j
        k += 1
    return j


def _joined_relative_end(ctx: Context, k: int, limit: int) -> int:
    """After "، التي تتخذ من X مقرا لها،": a second verb joined by و (وتدير سلاسل «X»، و«Y»،)
    runs on to the claim; the token where it begins, or ``k``."""
    rest = ctx.norms[k][1:] if k < limit and ctx.words[k] else ""
    if not rest or ctx.norms[k][:1] != "و" or not (is_verb_like(rest) or (rest[:1] in "تي" and len(rest) >= 3)) \
            or ctx.norms[k] in VERB_FORMS:
        return k
    t = k + 1
    while t < min(limit, k + 25):
        if t in ctx.quote_open_tok and _name_in_marks(ctx, t, limit):
            t = ctx.quote_open_tok[t] + 1  # سلاسل متاجر «فود»، و«باث»: names
            continue
        if ctx.words[t] and (ctx.norms[t] in VERB_FORMS or ctx.norms[t] in _RELATIVE):
            return k
        if not ctx.words[t] and ctx.raw[t] in ".:؛;":
            return k
        if is_complement(ctx, t, limit):
            return t if ctx.raw[t - 1] in "،," else k
        t += 1
    return k
