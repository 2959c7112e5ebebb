"""What may stand between a cue's subject and its claim, besides appositions: speech events
("في بيان"، "في تصريحات خاصة لـ«الغد»"، "خلال مؤتمر صحفي")، a speech event put before the verb
("وفي تصريح لإذاعة …، قال")، relative clauses on a document ("وثيقة اطلعت عليها «النهار» أن")
and short names in marks inside a phrase.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.entities.numwords import WEEKDAYS
from reader.core.text import fold

from .cand import Cand
from .complements import _first_letter_len, met_with, own_preposition_at
from .words import DIRECT_OPENERS, SAYS_DIRECT
from .context import Context, is_quote_mark
from .cues import PARTICIPLES, VERB_PREPOSITION
from .groups import group_source
from .outlets import OutletMatch, match_outlet
from .phrases import _is_place, adjective_like, def_chain
from .sources import _STANCE_OBJECTS, bare, parse_np
from .words import (
    FILLERS, FIRST_NAMES, INDEF_ADJECTIVES, MANNER, MANNER_VOICE, PLATFORMS, RELATIVE_PRONOUNS, SPEECH_EVENTS, TIME_WORDS, adverbial_end, complementizer, folded_set,
    in_lexicon, is_definite, is_nisba, is_verb_like, strip_possessive,
)

#: "بيان أصدره"، "كلمة ألقاها"، "تقرير أعدته"، "مؤتمر عقده": a relative verb whose subject made
#: the statement (its object pronoun is the statement)
MADE_IT = folded_set(" ".join(
    stem + suf for stem in ("أصدر", "أعد", "عقد", "نشر", "كتب", "وجه", "قدم", "نظم")
    for suf in ("ه", "ته", "ها", "تها")) + " ألقاه ألقاها ألقته ألقتها")
_WITH_HIM = folded_set("معه معها معهم معهما")
_MAKERS = ("named_person", "named_organization", "unnamed_official", "media")


def event_made_by(ctx: Context, i: int, sent_a: int):
    """"وفي تقرير أصدرته الشركة أمس قالت فيه"، "في كلمة ألقاها الوزير قال فيها": who made the
    statement, named after the relative verb right before the cue at ``i``, speaks in it (not
    "حوار أجرته معه «الرياض»", where the paper only asked)."""
    for k in range(i - 1, max(sent_a, i - 14) - 1, -1):
        if not ctx.words[k]:
            return None
        if ctx.norms[k] in MADE_IT:
            break
    else:
        return None
    e = k - 1
    while e > sent_a and ctx.words[e] and is_nisba(ctx.norms[e]) and not is_definite(ctx.norms[e]):
        e -= 1  # "مؤتمر صحفي عقده"
    n = ctx.norms[e] if e >= sent_a and ctx.words[e] else ""
    if not n or not (in_lexicon(n, SPEECH_EVENTS) or (n[:1] in "بلو" and in_lexicon(n[1:], SPEECH_EVENTS))
                     or (n.endswith("ا") and in_lexicon(n[:-1], SPEECH_EVENTS))):
        return None
    if ctx.norms[k + 1] in _WITH_HIM:
        return None
    np = parse_np(ctx, k + 1, i)
    if np is None or np.start != k + 1 or np.kind not in _MAKERS or _skip_adverbs(ctx, np.end, i) != i:
        return None
    return np


def _skip_adverbs(ctx: Context, j: int, limit: int) -> int:
    while j < limit and ctx.words[j]:
        if ctx.norms[j] in ctx.person_tokens and ctx.norms[j].startswith("ال") and j + 1 < limit \
                and ctx.words[j + 1] and complementizer(ctx.norms[j + 1]):
            break  # "وقال الخميس إن" after "عبدالعزيز بن إبراهيم الخميس": the man, not Thursday
        if ctx.norms[j] in ctx.person_tokens and ctx.norms[j].startswith("ال") and ctx.norms[j] not in WEEKDAYS:
            break  # "ونبه المقبل أصحاب المحلات" after "عبدالرحمن المقبل": the man, no «next» alone after a verb
        if ctx.norms[j] in MANNER_VOICE and j + 1 < limit and ctx.words[j + 1] and (
                ctx.norms[j] not in MANNER or not is_definite(ctx.norms[j + 1]) and ctx.norms[j + 1] not in FIRST_NAMES
                and ctx.norms[j + 1] not in ctx.person_tokens and not complementizer(ctx.norms[j + 1])):
            j += 2  # "يقول بصوت خافت"، "يقول بابتسامة متعبة": how it sounded (بابتسامة alone is a manner too)
            continue
        if ctx.norms[j] in TIME_WORDS or ctx.norms[j] in FILLERS or ctx.norms[j] in MANNER:
            j += 1  # (and "ويضيف ضاحكا:"، "ثم يقول بحسرة:": how he said it)
            continue
        k = adverbial_end(ctx.norms, j, limit)
        if k == j:
            break
        j = k  # في وقت سابق، في هذا الصدد
    return j


#: Speech events that are interviews: the paper's own when the dateline names no outlet.
INTERVIEW_NOUNS = folded_set(
    "حديث حديثه حديثها حديثهم مقابلة مقابلته مقابلتها حوار حواره حوارها لقاء لقائه اتصال اتصاله اتصالها")
_RESUMPTIVE = folded_set("عليها عليه لها له بها به فيها فيه منها منه")
#: "(statements) that X carried": نقلتها إذاعة ...، بثها التلفزيون ...
_CARRIED = folded_set("نقلتها نقلها نقلته بثتها بثها بثته نشرتها نشرها نشرته أوردتها أوردها أذاعتها أذاعها وزعته وزعتها وزعه وزعها")


def _relative_end(ctx: Context, j: int, limit: int) -> int:
    """The first إن/أن or quotation mark, colon or full stop from ``j`` (a name in «» is
    passed over: "اطلعت عليها «النهار» أن"), or -1."""
    t = j
    while t < limit:
        if complementizer(ctx.norms[t]):
            return t
        if t > j and ctx.raw[t - 1] in "،," and ctx.norms[t] in PARTICIPLES:
            return -1  # "…، مبينا أن": a participle cue of the speaker, not the relative's end
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


_REPLY = folded_set("رد رده ردها ردهم ردا")
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
        if k > j + 1 and complementizer(ctx.norms[k]) and ctx.norms[k] in ("ان", "بان"):
            return True  # "ويقول في مؤتمر صحافي عبر الهاتف إن …": the occasion, then إن
    return False


_ON_OCCASION = folded_set("بمناسبة بحضور برعاية")
#: Verbs that address someone before their preposition (حث X على، دعا X إلى، ناشد X).
_ADDRESSING = frozenset(fold(w) for w in ("حث", "حض", "دعا"))


#: "(كلمة) نشرت في …"، "(مقال) نشر في …": published in an outlet named next.
_PUBLISHED = folded_set("نشرت نشر صدرت صدر ونشرت")
_ISSUE_OF = folded_set("العدد عدد الأخير الصادر اليوم أمس الاسبوعي الأسبوعي من")


def _outlet_within(ctx: Context, k: int, limit: int) -> OutletMatch | None:
    """An outlet at ``k`` or after a few words on the issue ("العدد الأخير من مجلة «…»")."""
    for t in range(k, min(limit, k + 5)):
        if ctx.words[t]:
            m = match_outlet(ctx, t, limit)
            if m is not None and not m.anaphor:
                return m
            if ctx.norms[t] not in _ISSUE_OF:
                return None
    return None


#: What is written or said rather than held somewhere: no place follows it with بـ.
_WRITTEN_WORDS = folded_set("بيان تصريح تصريحات سؤال رسالة مذكرة تغريدة تدوينة منشور خطاب كلمة")


def _event_phrase(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """"في تصريحات خاصة لـ«الغد»", "خلال مؤتمر صحفي بالرياض": skipped, a via kept."""
    norms = ctx.norms
    if bare(norms[j]) in INTERVIEW_NOUNS or norms[j] in INTERVIEW_NOUNS:
        c.interview = True  # "في حديثه لـ«...»": an interview
    its_own = strip_possessive(norms[j]) != norms[j] and not is_definite(norms[j])  # تقريره، بيانها
    first = j
    j += 1
    c.after_event = True
    if j < limit and ctx.words[j] and norms[j] in _EXCLUSIVE:
        c.exclusive = True  # "في تصريحات خاصة لـ«اليوم السابع»"
    if norms[j - 1] in _REPLY and j + 1 < limit and ctx.words[j] and norms[j] == "علي" and ctx.words[j + 1] \
            and not complementizer(norms[j + 1]):
        # "في ردها على استفسارات «الاقتصادية»": what the reply answers, not أكد على
        j += 2
        if j < limit and not ctx.words[j] and _name_in_marks(ctx, j, limit):
            j = ctx.quote_open_tok[j] + 1
        elif j < limit and ctx.words[j] and is_definite(norms[j]):
            j = def_chain(ctx, j, limit)
    steps = 0
    own_prep = VERB_PREPOSITION.get(c.lemma, "")
    while j < limit and steps < 8:
        if ctx.words[j] and norms[j] in RELATIVE_PRONOUNS and j + 1 < limit and ctx.words[j + 1] \
                and not is_definite(norms[j + 1]) and not norms[j + 1][:1].isdigit() and len(norms[j + 1]) >= 3:
            k = _relative_end(ctx, j + 1, min(limit, j + 26))
            if k > 0 and complementizer(norms[k]):
                return k  # "في كلمته أمام منتدى … الذي افتتحه صاحب السمو الملكي …، مساء أمس، إن": the occasion's clause
        if not ctx.words[j]:
            if its_own and ctx.words[j - 1] and (strip_possessive(norms[j - 1]) != norms[j - 1] or adjective_like(norms[j - 1])
                                                 or norms[j - 1] in TIME_WORDS) \
                    and j in ctx.quote_open_tok and c.verb is not None and "o" in c.verb.complements \
                    and not any(ctx.words[t] and complementizer(norms[t]) or t in ctx.quote_open_tok
                                for t in range(ctx.quote_open_tok[j] + 1, min(limit, ctx.quote_open_tok[j] + 8))):
                break  # "انتقد في تقريره الأخير «الحلول المجتزأة»": the object in marks, no name of the report
                # (but "قال في تقريره السنوي «آفاق الاقتصاد» إن": the report's title, then his claim)
            if _name_in_marks(ctx, j, limit):
                j = ctx.quote_open_tok[j] + 1  # "في منشور على منصة «إكس» إن": a name
                steps += 1
                continue
            break
        n = norms[j]
        if complementizer(n) or n in ("نقلا",):
            break
        if n == "علي" and j + 2 < limit and ctx.words[j + 1] and bare(norms[j + 1]) in _SCREEN:
            m = match_outlet(ctx, j + 2, limit, ambiguous_ok=True)  # "خلال ظهوره على شاشة الجزيرة": the channel
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m
                j = m.end
                steps += 1
                continue
        if n == "علي" and j + 1 < limit and ctx.words[j + 1] and bare(norms[j + 1]) in _CHANNEL_TYPES:
            m = match_outlet(ctx, j + 1, limit)  # "ببرنامج «الحياة اليوم» على قناة «الحياة»": the channel
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m
                j = m.end + (1 if m.end < limit and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
                steps += 1
                continue
        if n in _SHOW_BI and j + 1 < limit and not ctx.words[j + 1] and _name_in_marks(ctx, j + 1, limit):
            j = ctx.quote_open_tok[j + 1] + 1  # "خلال لقائه ببرنامج «الحياة اليوم»": the show, then its channel
            steps += 1
            continue
        if n in ("في", "مع", "عبر") and j + 2 < limit and ctx.words[j + 1] and norms[j + 1] in _PROGRAMS \
                and not ctx.words[j + 2] and _name_in_marks(ctx, j + 2, limit):
            j = ctx.quote_open_tok[j + 2] + 1  # "في مداخلة هاتفية مع برنامج «مساء القاهرة»": the show, no outlet
            if j + 1 < limit and ctx.words[j] and norms[j] in ("الذي", "التي") and norms[j + 1] in _PRESENTS:
                on = next((t for t in range(j + 2, min(limit, j + 10)) if ctx.words[t] and norms[t] == "علي"
                           and t + 1 < limit and ctx.words[t + 1] and bare(norms[t + 1]) in _CHANNEL_TYPES), -1)
                if on > 0:
                    j = on  # "… الذي يقدمه الإعلامي شريف عبدالرؤوف على قناة «الحياة»": its host, then its channel
            steps += 1
            continue
        if n == "مع" and j + 2 < limit and ctx.words[j + 1] and norms[j + 1] in _HOSTS and ctx.words[j + 2]:
            from .phrases import name_chain

            k = name_chain(ctx, j + 2, limit, after_role=True)
            if k > j + 2:
                j = k  # "في حوار مع الإعلامي كريم بدوي على قناة «أون تي في»": the host, then the channel
                steps += 1
                continue
        if n in MADE_IT and 0 < steps <= 3:
            close = next((t for t in range(j + 1, min(limit, j + 12)) if not ctx.words[t]), -1)
            if close > j + 1 and ctx.is_punct(close, "،,") and not any(
                    complementizer(norms[t]) or own_prep and own_preposition_at(ctx, c.lemma, t, limit)
                    for t in range(j + 1, close)):
                j = close  # "، في سؤال برلماني وجّهه إلى وزير المالية والاقتصاد الوطني،": to whom, then the comma
                break
        if c.lemma in SAYS_DIRECT and n in DIRECT_OPENERS and steps > 0:
            break  # "وقال بلير في المقابلة التي بثت أمس | لدينا عزم …": his words begin
        if n in _ON_OCCASION and j + 1 < limit and ctx.words[j + 1]:
            j = max(j + 2, def_chain(ctx, j + 1, limit))  # "في كلمة بمناسبة اليوم الوطني": the occasion
            steps += 1
            continue
        possessed = j > 0 and norms[j - 1].endswith(("ه", "ها", "هم")) and in_lexicon(norms[j - 1], SPEECH_EVENTS)
        bare_bi = own_prep == "ب" and n.startswith("ب") and len(n) > 3 and j not in ctx.entity_at and not (
            j == first + 1 and is_nisba(n)) and (  # ("في سؤال برلماني": the question's adjective)
            not n.startswith("بال") or j == first + 1 and bare(norms[first]) in _WRITTEN_WORDS
            and not _is_place(ctx, j))  # "وطالب الوزير خلال الاجتماع برفع …" (not "في اجتماع بالرياض")
        # (and "طالب في بيان بالكشف عن …": a statement is made nowhere, the ب is the verb's)
        if own_prep and (steps > 0 or possessed or (n == own_prep and own_prep != "ب") or bare_bi) and (
                n == own_prep or (own_prep == "ب" and n.startswith("ب") and len(n) > 3)) and not met_with(ctx, j):
            break  # "وأشارت المؤسسة في بيان ... إلى استئناف"، "وأشاد X في كلمته بجهود": the verb's own preposition
        if c.lemma in _ADDRESSING and steps > 0 and n.startswith("ال") and not is_nisba(n) \
                and any(norms[t] == own_prep for t in range(j + 1, min(limit, j + 5))):
            break  # "وحث الوزير في تصريحات صحفية السلطات على …": whom he urged, then to what
        if n.startswith("ل") and not is_definite(n) or n == "ل" or n.startswith("لل"):
            m = match_outlet(ctx, j, limit, preposition=True)
            if m is None and (steps == 0 or (n == "ل" and j + 1 in ctx.quote_open_tok)):
                # "في تصريحات للجزيرة": right after the statement, a channel whose name is also a word
                # (and a name in marks: "في تصريح لـ«المدينة»", the paper, not the city)
                m = match_outlet(ctx, j, limit, preposition=True, ambiguous_ok=True)
            if m is not None:
                if c.via is None:
                    c.via = m
                j = m.end
                steps += 1
                continue
        if n in ("مع", "الي", "عبر", "ل") and j + 2 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _ENVOYS:
            m = match_outlet(ctx, j + 2, limit)  # "في لقاء مع موفد الجزيرة نت": the outlet's envoy
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m
                j = m.end
                steps += 1
                continue
        if n in _BROADCAST_IT and j + 1 < limit:
            m = match_outlet(ctx, j + 1, limit)  # "في كلمة متلفزة بثتها قناة المنار": who aired it
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m
                j = m.end
                steps += 1
                continue
        if n in ("مع", "الي") and j + 3 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _COLLEAGUE \
                and j + 2 in ctx.quote_open_tok and 1 < ctx.quote_open_tok[j + 2] - (j + 2) <= 5:
            from .outlets import match_addressee

            m = match_addressee(ctx, j + 2, limit)  # "في حديث إلى الزميلة «السفير»": a fellow paper
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m
                j = ctx.quote_open_tok[j + 2] + 1
                steps += 1
                continue
        if n in ("مع", "الي", "عبر") and j + 1 < limit:
            t = j + 1
            if not ctx.words[t] and t in ctx.quote_open_tok and t + 1 < limit and ctx.words[t + 1]:
                t += 1  # "في حديث مع «رويترز»"، "مع "سي إن إن"": the outlet in marks
            m = match_outlet(ctx, t, limit, ambiguous_ok=t > j + 1)  # ("في حديث إلى «المستقبل»")
            if m is not None and not m.anaphor and t > j + 1 and m.end < ctx.quote_open_tok[j + 1] <= m.end + 3 \
                    and all(ctx.words[u] for u in range(m.end, ctx.quote_open_tok[j + 1])):
                close = ctx.quote_open_tok[j + 1]  # "في حديث مع «فوربس الشرق الأوسط»": the whole name in the marks
                m = replace(m, end=close, end_char=ctx.ends[close - 1])
            if (m is None or m.end < ctx.quote_open_tok.get(j + 1, -1)) and t > j + 1 and n in ("مع", "الي") \
                    and 1 < ctx.quote_open_tok[j + 1] - (j + 1) <= 5:  # (and «العربية Business»: the whole name)
                from .outlets import match_addressee

                m = match_addressee(ctx, j + 1, limit)  # "في حديث إلى «أو تي في»": a channel no list knows, in marks
                if m is not None and not m.anaphor and m.end in (ctx.quote_open_tok[j + 1], ctx.quote_open_tok[j + 1] + 1):
                    if c.via is None:
                        c.via = m
                    j = ctx.quote_open_tok[j + 1] + 1
                    steps += 1
                    continue
                m = None
            if m is not None and not m.anaphor and (t == j + 1 or m.end == ctx.quote_open_tok[j + 1]):
                if c.via is None:
                    c.via = m
                j = m.end + (t - j - 1)
                steps += 1  # ("… مع صحيفة الحياة بالعاهل": the verb's own preposition may follow)
                continue
        if (n in _CARRIED or n in _POSTED_IT or _relative_verb(ctx, j, limit)) and j + 2 < limit \
                and ctx.norms[j + 1] == "علي" \
                and ctx.words[j + 2] and ctx.norms[j + 2] in _ONLINE:
            j += 1  # "في بيان نشره على موقع «تداول»": where it was posted, below
            continue
        if n in _RECEIVED and j + 1 < limit:
            t = j + 1
            marked = not ctx.words[t] and t in ctx.quote_open_tok
            if marked:
                t += 1
            m = match_outlet(ctx, t, limit, ambiguous_ok=marked)
            if m is not None and not m.anaphor:
                e = m.end + (1 if m.end < limit and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
                if e + 1 < limit and ctx.norms[e] in _COPY and ctx.norms[e + 1] in _OF_IT:
                    e += 2  # "تلقت «عكاظ» نسخة منه"
                j = e  # "في بيان تلقته «المدينة» أن": the paper that received it (its own, no via)
                steps += 1
                continue
        if n in _PUBLISHED and j + 2 < limit and ctx.norms[j + 1] == "في":
            m = _outlet_within(ctx, j + 2, limit)
            if m is not None:
                if c.via is None:
                    c.via = m  # "في كلمة نشرت في العدد الأخير من مجلة «…» أن": where it was published
                j = m.end + (1 if m.end < limit and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
                steps += 1
                continue
        if (n in _CARRIED or n in _CARRIED_BARE) and j + 3 < limit and ctx.norms[j + 1] in _EXCERPTS \
                and ctx.norms[j + 2] in _OF_IT:
            t = j + 3
            marked = not ctx.words[t] and t in ctx.quote_open_tok
            m = match_outlet(ctx, t + 1 if marked else t, limit, ambiguous_ok=marked)
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m  # "في مذكرة نقلت مقتطفات منها «رويترز»": the agency that carried them
                j = m.end + (1 if m.end < limit and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
                steps += 1
                continue
        if n in _CARRIED and j + 1 < limit:
            m = match_outlet(ctx, j + 1, limit) or _press(ctx, j + 1, limit)
            if m is not None and not m.anaphor:
                if c.via is None:
                    c.via = m  # "في تصريحات نقلتها إذاعة «...»": the outlet that carried them
                j = m.end
                steps += 1
                continue
        if n in _POSTED_IT and j > first and ctx.words[j - 1] and in_lexicon(norms[j - 1], SPEECH_EVENTS) \
                and j + 1 < limit and ctx.words[j + 1] and norms[j + 1] in TIME_WORDS:
            j += 1  # "أعلن مصرف لبنان في بيان أصدره أمس تمديد …": when it issued it, no part of what it said
            while j < limit and ctx.words[j] and norms[j] in TIME_WORDS:
                j += 1
            steps += 1
            continue
        if _relative_verb(ctx, j, limit):
            # "في تعميم اطلعت عليه «الوطن» أن ...": a relative clause on the event noun
            k = _relative_end(ctx, j + 1, min(limit, j + 26))
            if k > 0 and complementizer(norms[k]):
                j = k
            break
        if n == "علي" and j + 1 < limit and not ctx.words[j + 1] and _name_in_marks(ctx, j + 1, limit) \
                and ctx.quote_open_tok[j + 1] - (j + 1) <= 3 and c.lemma and VERB_PREPOSITION.get(c.lemma) != "علي" \
                and j > 0 and ctx.words[j - 1] and in_lexicon(norms[j - 1], SPEECH_EVENTS):
            j = ctx.quote_open_tok[j + 1] + 1  # "في إفصاح على «تداول»": where it was posted, by the site's name
            steps += 1
            continue
        if n == "علي" and j + 1 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _ONLINE:
            j += 2  # "في بيان على موقع «تداول»": where it was posted, and the site's name
            if j < limit and ctx.words[j] and is_definite(norms[j]) and not _online_object(c):
                j = def_chain(ctx, j, limit, org=True)  # موقع السوق المالية السعودية
            elif j < limit and ctx.words[j] and is_definite(norms[j]):
                k = j
                while k < limit and ctx.words[k] and is_definite(norms[k]) and k - j < 3 \
                        and (k == j or is_nisba(norms[k]) or norms[k] in ("الماليه", "السعوديه")):
                    k += 1
                if k < limit and _name_in_marks(ctx, k, limit):
                    j = k  # "موقع السوق المالية «تداول»": the object comes after the name in marks
                elif k > j and all(norms[t] in _SITE_ADJECTIVES for t in range(j, k)):
                    j = k  # "في بيان على موقعها الإلكتروني": the site's adjective, then the object
                    if j + 1 < limit and ctx.words[j] and norms[j] in ("في", "علي") and not ctx.words[j + 1] \
                            and _name_in_marks(ctx, j + 1, limit) and ctx.quote_open_tok[j + 1] - (j + 1) <= 3:
                        j = ctx.quote_open_tok[j + 1] + 1  # "حسابها الرسمي في «تويتر»": the platform
            if j < limit and not ctx.words[j] and _name_in_marks(ctx, j, limit):
                j = ctx.quote_open_tok[j] + 1
            elif j < limit and ctx.words[j] and norms[j] in _PLATFORMS:
                j += 1  # "نفت قوات الدعم السريع في بيان على منصة تلغرام | منعها …": the platform by its name
            steps += 1
            if _online_object(c):
                break  # "وعزا البنك في بيان على موقع «تداول» الارتفاع إلى …": the object follows
            continue
        if c.kind == "verb" and c.verb is not None and "o" in c.verb.complements and not is_definite(n) \
                and not n.startswith(("ب", "ل")) and n not in TIME_WORDS and not is_nisba(n) \
                and n not in INDEF_ADJECTIVES and n not in _EVENT_ADJECTIVES:
            break  # the object of أعلن/توقع begins here
        if n in _STANCE_OBJECTS and j > first + 0:
            break  # "أكدت الوزارة في بيان | التزام المملكة الكامل": what it affirmed (a verbal noun like an article)
        if its_own and n.startswith("ال") and not adjective_like(n) and not is_nisba(n) and n not in TIME_WORDS \
                and all(ctx.words[t] and (adjective_like(norms[t]) or is_nisba(norms[t]) or norms[t] in TIME_WORDS)
                        for t in range(first + 1, j)):
            break  # "انتقد الصندوق في تقريره الأخير | الحلول المجتزأة": its report takes no genitive; the object
        j += 1
        steps += 1
    return j


_RECEIVED = folded_set("تلقته تلقتها تلقت تلقى تلقاه تلقاها وصلت وصل تسلمت تسلمته تسلمتها")
_COPY = folded_set("نسخة نسخه")
_EXCERPTS = folded_set("مقتطفات مقاطع أجزاء فقرات")
_CARRIED_BARE = folded_set("نقلت نقل أوردت أورد نشرت نشر بثت بث")
_OF_IT = folded_set("منه منها")
_POSTED_IT = folded_set("نشره نشرته نشرها أصدره أصدرته أصدرها وزعه وزعته وزعها أورده أوردته")


def _online_object(c: Cand) -> bool:
    return c.kind == "verb" and c.verb is not None and "o" in c.verb.complements


_FRONT_EVENT = folded_set("في وفي خلال وخلال")
_EXCLUSIVE = folded_set("خاصة خاص")
_COLLEAGUE = folded_set("الزميلة الزميل زميلتنا")
#: What a statement was like: "في تصريحات خاصة لـ«رويترز»"، "في اتصال هاتفي".
_EVENT_ADJECTIVES = folded_set(
    "خاصة خاص صحفية صحفي صحافية صحافي هاتفي هاتفية مقتضبة مقتضب متلفزة متلفز إذاعية تلفزيونية مكتوبة مكتوب "
    "منفصل منفصلة منفصلين منفصلتين مطول مطولة موجز موجزة لاحق لاحقة")
_QUESTIONS = folded_set("سؤال استفسار أسئلة استفسارات")
_ENVOYS = folded_set("موفد مراسل مندوب مبعوث")
_SITE_ADJECTIVES = folded_set("الإلكتروني الالكتروني الرسمي الرسمية")
_ONLINE = folded_set("موقع موقعها موقعه الموقع منصة منصتها حساب حسابها حسابه صفحة صفحتها صفحته")
#: Platforms by their one-word name after "على منصة" (not سناب/تيك: the first half of two words).
_PLATFORMS = (PLATFORMS - folded_set("سناب تيك")) | folded_set("تلغرام تليغرام تيليغرام تلجرام اكس إنستجرام")


_SCREEN = folded_set("شاشة شاشات")
_CHANNEL_TYPES = folded_set("قناة فضائية تلفزيون إذاعة محطة")
_SHOW_BI = folded_set("ببرنامج ببرامج")
_PROGRAMS = folded_set("برنامج")
_PRESENTS = folded_set("يقدمه تقدمه يقدمها تقدمها")
_HOSTS = folded_set("الإعلامي الإعلامية المذيع المذيعة الصحفي الصحفية الصحافي الصحافية مقدم مقدمة")
_BROADCAST_IT = folded_set("بثتها بثته أذاعتها أذاعته نقلتها نقلته عرضتها عرضته نشرتها نشرته "
                           "بثها بثه أذاعها أذاعه نقلها عرضها عرضه نشرها أجراها أجرتها أجراه أجرته")
_WITH_HIM = folded_set("معه معها معهم")
#: Words with a ل of their own: never "لـ" and an outlet no list knows ("بثها تلفزيون X لاحقا،").
_LAM_WORDS = folded_set("لاحقا لاحقاً لاحقة لذلك لهذا لاسيما لكن لكنه لكنها لديه لديها لدى لاحق")


def _fronted_via(ctx: Context, a: int, comma: int) -> OutletMatch | None:
    """"وفي تصريح لإذاعة «ميد راديو»، قال ...": a speech event put before the verb names the
    outlet the speaker talked to."""
    if ctx.norms[a] in _AS_PER and a + 3 < comma and ctx.norms[a + 1] == "ما" and ctx.norms[a + 2] in _CARRIED:
        m = match_outlet(ctx, a + 3, comma)  # "وبحسب ما نقلته وكالة الأنباء السعودية (واس)، أكد X": the agency
        e = m.end if m is not None else -1
        if e > 0 and ctx.raw[e] == "(":
            e = next((t + 1 for t in range(e + 1, min(comma, e + 5)) if ctx.raw[t] == ")"), e)
        return m if m is not None and not m.anaphor and e == comma else None
    if (ctx.norms[a] in _REPLY or ctx.norms[a][:1] == "و" and ctx.norms[a][1:] in _REPLY) and a + 2 < comma and ctx.norms[a + 1] == "علي" and ctx.words[a + 2] \
            and bare(ctx.norms[a + 2]) in _QUESTIONS:
        for k in range(a + 3, min(comma, a + 6)):  # "وردا على سؤال لـ«الاقتصادية» حول …، قال": who asked
            m = match_outlet(ctx, k, comma, preposition=True) if ctx.words[k] and ctx.norms[k][:1] == "ل" else None
            if m is not None and not m.anaphor:
                return m
        return None
    if ctx.norms[a] not in _FRONT_EVENT or not ctx.words[a + 1]:
        return None
    if not in_lexicon(ctx.norms[a + 1], SPEECH_EVENTS):
        # "وفي أول ظهور له عبر فضائية الجزيرة أكد …": an appearance through an outlet
        for k in range(a + 1, min(comma, a + 10)):
            if ctx.words[k] and ctx.norms[k] == "عبر":
                m = match_outlet(ctx, k + 1, comma)
                return m if m is not None and not m.anaphor else None
        return None
    for k in range(a + 2, min(comma, a + 8)):
        if ctx.words[k] and (ctx.norms[k] in _BROADCAST_IT or bare(ctx.norms[k]) in _SCREEN) and k + 1 < comma:
            at = k + 2 if ctx.words[k + 1] and ctx.norms[k + 1] in _WITH_HIM and k + 2 < comma else k + 1
            m = match_outlet(ctx, at, comma, ambiguous_ok=bare(ctx.norms[k]) in _SCREEN)  # ("أجراها معه تلفزيون X")
            # ("وفي كلمة متلفزة بثتها قناة المنار، توعد …"، "على شاشة الجزيرة")
            if m is not None and not m.anaphor:
                return m
        if ctx.words[k] and ctx.norms[k] in ("مع", "عبر") and k + 1 < comma:
            t = k + 2 if not ctx.words[k + 1] and k + 1 in ctx.quote_open_tok else k + 1  # (مع «رويترز»)
            m = match_outlet(ctx, t, comma)  # "وخلال مقابلة مع قناة العربية، أكد …"
            if m is not None and not m.anaphor:
                return m
        if (ctx.words[k] and ctx.norms[k][:1] == "ل" or ctx.norms[k] == "ل") and ctx.words[k - 1] \
                and ctx.norms[k - 1] in _DEDICATED:
            continue  # "وفي الجلسة الثانية، التي خصصت لـ«الربط الجمركي»،": what the session was given to
        if ctx.words[k] and ctx.norms[k][:1] == "ل" or ctx.norms[k] == "ل":
            m = match_outlet(ctx, k, comma, preposition=True)
            if m is not None and not m.anaphor:
                return m
            if ctx.norms[k] not in _RESUMPTIVE and ctx.norms[k] not in _LAM_WORDS and len(ctx.norms[k]) > 3 \
                    and not is_definite(ctx.norms[k]) and (k == a + 2 or ctx.norms[k - 1] in _RESUMPTIVE) \
                    and not any(ctx.norms[t] in TIME_WORDS for t in range(k, comma)) \
                    and not is_verb_like(ctx.norms[k]) and all(ctx.words[t] and not is_definite(ctx.norms[t])
                                                                for t in range(k, comma)):
                # "وفي تصريح له لجلوبال كابيتال أوضح ...": a publication no list knows, right after the
                # event (not "في بيان صدر في وقت متأخر من ليلة أمس": a night)
                return OutletMatch(k, comma, ctx.starts[k] + _first_letter_len(ctx.raw[k]), ctx.ends[comma - 1], "")
    return None


_TITLED = folded_set("عنوان بعنوان العنوان شعار بشعار الشعار اسم باسم")
_DEDICATED = folded_set("خصصت خصص المخصصة المخصص كرست كرس")
_AS_PER = folded_set("بحسب وبحسب حسب وحسب")


#: Words no name in marks begins with: a quotation follows.
_NO_NAME_OPENS = frozenset("أي أية لن لم إن أن ليس ليست لقد قد".split())  # (as written: «إي إن جي» is a name)


def _name_in_marks(ctx: Context, k: int, limit: int) -> bool:
    """A short «X» inside a phrase (a company, a party, a programme), not a quotation: at
    most four words, right after a word, and followed by more of the phrase (a word or a
    comma), never by the end of the sentence."""
    close = ctx.quote_open_tok.get(k)
    if close is None or close + 1 >= limit or not ctx.words[k - 1]:
        return False
    inner = [t for t in range(k + 1, close) if ctx.words[t]]
    if ctx.norms[k - 1] in _TITLED and len(inner) <= 12 and (ctx.words[close + 1] or ctx.raw[close + 1] in "،,"):
        return True  # "الذي حمل عنوان «اقتصادات الخليج في مواجهة الصدمة»،": a title, not a quotation
    if len(inner) > 4 or not all(
            ctx.words[t] or (ctx.raw[t] == "." and ctx.words[t - 1] and ctx.words[t + 1])
            for t in range(k + 1, close)):
        return False  # (dots only between the words of a name: «إم. بي. كابيتال»)
    if inner and ctx.raw[inner[0]] in _NO_NAME_OPENS:
        return False  # "نفت في بيان «أي مصادرة»، وقالت": what it denied, in marks
    nxt = close + 1
    if ctx.raw[nxt] == ":" and nxt + 1 < limit and is_quote_mark(ctx, nxt + 1) and nxt + 1 in ctx.quote_open_tok:
        return True  # "على حسابه في «إنستغرام»: «...»": a platform, then the quotation
    return ctx.words[nxt] or ctx.raw[nxt] in "،,"


def _press(ctx: Context, j: int, limit: int) -> OutletMatch | None:
    """"في تصريحات نشرتها الصحافة البرتغالية": the press of a country carried them."""
    if not ctx.words[j]:
        return None
    group = group_source(ctx, j, limit)
    if group is None or group[1] != "media":
        return None
    return OutletMatch(j, group[0], ctx.starts[j], ctx.ends[group[0] - 1], "")
