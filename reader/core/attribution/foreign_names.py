"""A foreign name no list knows, right after a role: "أكد رئيس الجمهورية البرتغالية انيبال
كافاكو سيلفا في تصريحات … أن"، "وقال وزير الخارجية الياباني تارو كونو إن". Two to four
words with no article, no verb form and no stop word, between a role and إن/أن, a comma, a
colon or a speech event (في تصريحات، خلال مؤتمر): they are the person who holds the role."""

from __future__ import annotations

from .anonymity import anonymity_clause
from .complements import is_complement
from .context import Context
from .cues import VERB_FORMS
from .outlets import match_outlet
from .phrases import NP, _stopword, masdar_like
from .roles import _manner
from .words import ADJECTIVES, FILLERS, FIRST_NAMES, SPEECH_EVENTS, TIME_WORDS, folded_set, in_lexicon, is_definite, is_verb_like

EVENT_OPENERS = folded_set("في خلال أثناء عبر لدى")
_ONE_OF = folded_set("أحد إحدى احد")
_WAS = folded_set("كان كانت كانوا")


_STREETS = frozenset(("شارع", "حي", "سوق", "طريق", "ميدان", "مجمع", "منطقه", "مدينه", "محافظه", "ساحه"))


def foreign_name_after_role(ctx: Context, np: NP, limit: int) -> NP | None:
    one_of = np.kind == "anonymous" and ctx.norms[np.start] in _ONE_OF  # أحد موقعي النداء فابريس شيش
    if not (np.kind == "unnamed_official" and np.role or one_of) or np.named:
        return None
    a = np.end
    if a < limit and ctx.words[a] and ctx.norms[a] in _WAS and a not in ctx.entity_at:
        return None  # "وقال مسؤول | كان حاضرا إن": what he was, no name
    if a < limit and ctx.words[a] and a not in ctx.entity_at and anonymity_clause(ctx, a, min(limit, a + 6)):
        return None  # "بائع آسيوي | رفض ذكر اسمه": his refusing to be named, no name
    if a < limit and _manner(ctx, a, limit):
        return None  # "وأضاف الإمام بحزن شديد أنه"، "بصوت عال": how he said it
    e = a
    while e < limit and e - a < 4 and (ctx.words[e] or ctx.raw[e] == "-" and e > a and e + 1 < limit and ctx.words[e + 1]
                                       and ctx.starts[e] == ctx.ends[e - 1] and ctx.ends[e] == ctx.starts[e + 1]):
        if not ctx.words[e]:
            e += 1  # "تشوي يون-سوك": a hyphen inside a Korean given name
            continue
        n = ctx.norms[e]
        if n[:1] == "و" and len(n) > 5 and n.endswith(("ون", "ين")) and n[1:] not in FIRST_NAMES:
            break  # "مسؤولون | ومصرفيون مشاركون": a second group, no foreign name
        if is_definite(n) or _stopword(n) or n in VERB_FORMS or in_lexicon(n, SPEECH_EVENTS) \
                or n[:1].isdigit() or n in EVENT_OPENERS or match_outlet(ctx, e, limit, preposition=True) is not None \
                or match_outlet(ctx, e, limit) is not None or ctx.raw[e].endswith("ة") \
                or (n[:1] in "بل" and n[1:] in _STREETS):  # ("بشارع قابل": where, not who)
            break  # (لوكالة فرانس برس: the via; "الوزير خطة جديدة": a ta marbuta ends no foreign name)
        e += 1
    if e - a == 1 and e + 1 < limit and ctx.words[e] and ctx.norms[e].startswith("ال") and _name_pair(ctx, a, e):
        e += 1  # "المتحدث الرسمي باسم وزارة العمل تيسير المفرج،": a given name and a family name
    if e - a < 2 or e >= limit:
        return None
    if any(t in ctx.entity_at and ctx.entity_at[t].type == "PER" for t in range(a + 1, e)) \
            and a not in ctx.entity_at and ctx.norms[a] not in FIRST_NAMES and ctx.norms[a] not in ctx.person_tokens \
            and (masdar_like(ctx.norms[a]) or ctx.raw[a].endswith("ة")):
        return None  # "السفير الأميركي بمجلس الأمن اقتراح أنان،": the name the tagger found starts later
    ok = is_complement(ctx, e, limit) or ctx.is_punct(e, "،,") or (
        ctx.words[e] and ctx.norms[e] in ("قد", "وقد") and e + 1 < limit and ctx.words[e + 1]
        and ctx.norms[e + 1] in VERB_FORMS) or (  # "وكان محافظ البنك المركزي بان قونغ شنغ قد تعهد …"
        ctx.words[e] and ctx.norms[e] in EVENT_OPENERS and e + 1 < limit and ctx.words[e + 1]
        and in_lexicon(ctx.norms[e + 1], SPEECH_EVENTS))
    if not ok:
        return None
    return NP(np.start, e, ctx.starts[a], ctx.ends[e - 1], "named_person", ctx.norms[a],
              role=np.role or " ".join(ctx.norms[np.start:a]), named=True, feminine=np.feminine)


def _name_pair(ctx: Context, a: int, e: int) -> bool:
    """Token ``a`` (no article) and ``e`` (with it) look like a given and a family name: no
    time word, adjective, verb or common ending, and a boundary after them."""
    first, family = ctx.norms[a], ctx.norms[e]
    if first in TIME_WORDS or first in FILLERS or is_verb_like(first) or family in ADJECTIVES \
            or family in TIME_WORDS or _stopword(family) or family.endswith(("ون", "ات")):
        return False
    k = e + 1
    return ctx.is_punct(k, "،,:") or is_complement(ctx, k, k + 2 if k + 2 <= len(ctx.norms) else k + 1) \
        or ctx.norms[k] == "ل" or (ctx.words[k] and ctx.norms[k] in EVENT_OPENERS)
