"""Institutions named after في/من/باسم/عن inside a source phrase: وزارة الطاقة، الشرطة، أوبك+،
بنك إي إن جي، حكومة دبي، بنك تجاري خليجي، شركة خليجية منتجة للأسمدة، «فاروس»."""

from __future__ import annotations

from .context import Context
from .phrases import _NUMBER_WORDS, _is_place, _lookup, _stopword, _word, def_chain, entity_end, name_chain, name_start
from .cues import VERB_FORMS
from .words import (
    CORPORATE_SUFFIXES, DOC_HEADS, bare, FIRST_NAMES, KNOWN_ORGS, ORG_HEADS, SPEECH_EVENTS, TIME_WORDS, bare_nisba, complementizer,
    folded_set, in_lexicon, is_definite, is_nisba, is_verb_like,
)


def marks_name_end(ctx: Context, k: int, limit: int) -> int:
    """Token past a short «X» at ``k`` that names something inside a phrase (a company, a
    bank, a party: في «فاروس القابضة»، بنك الاستثمار «نعيم»), 0 when there is none: at most
    six words between the marks, and not the end of a quotation-only sentence."""
    close = ctx.quote_open_tok.get(k)
    if close is None or close - k > 7 or close - k < 2 or close >= limit:
        return 0  # (up to six words: «إف بي آر كابيتال ماركتس»)
    if not all(ctx.words[t] or (ctx.raw[t] in "-–&." and k + 1 < t < close - 1)
               or (ctx.raw[t] == "+" and t == close - 1 and ctx.words[t - 1] and ctx.starts[t] == ctx.ends[t - 1])
               for t in range(k + 1, close)):
        return 0  # (a hyphen or an ampersand inside: «إي إف جي - هيرميس»، «بروكتر & غامبل»; «أوبك+»)
    after_head = k > 0 and ctx.words[k - 1] and bool(_lookup(ctx.norms[k - 1], ORG_HEADS))
    # (after شركة/بنك a long name may hold ال: شركة «كي بي إم جي الفوزان والسدحان»)
    words = sum(1 for t in range(k + 1, close) if ctx.words[t])
    if words > 4 and any(complementizer(ctx.norms[t]) or is_verb_like(ctx.norms[t])
                             or (_stopword(ctx.norms[t]) and not (after_head and len(ctx.norms[t]) <= 2))  # (إم)
                             or (ctx.norms[t].startswith(("ال", "وال")) and not after_head) for t in range(k + 1, close)
                             if ctx.words[t]):
        return 0  # (five words or six are a name only when none is a word of a sentence: «إن سفينة ثالثة ستصل غدا»)
    return close + 1


def _institution(ctx: Context, j: int, limit: int) -> int:
    """After في/من/باسم/عن: وزارة الطاقة، الشرطة، أوبك+، بنك إي إن جي، الصين، «فاروس»."""
    if j < limit and not ctx.words[j]:
        return marks_name_end(ctx, j, limit) or j
    k = _institution_core(ctx, j, limit)
    if j < k < limit and not ctx.words[k] and any(ctx.quote_open_tok.get(t) == k for t in range(j, k)):
        k += 1  # "شركة «الوطن»": the closing mark of a name opened inside the phrase
    while j < k < limit and ctx.words[k] and ctx.norms[k] in CORPORATE_SUFFIXES and k - j < 6:
        k += 1  # "شركة الجزيرة كابيتال"، "مجموعة X القابضة": the firm's own suffix
    if j < k < limit and not ctx.words[k] and ctx.words[k - 1] and not _outlet_in_marks(ctx, k, limit):
        k = marks_name_end(ctx, k, limit) or k  # بنك الاستثمار «نعيم»
    if j < k and _word(ctx, k + 1, limit) and ctx.norms[k] in _AFFILIATED_TO and ctx.norms[k + 1][:1] == "ل" \
            and (_lookup(ctx.norms[k + 1][1:], ORG_HEADS) or k + 1 in ctx.entity_at):
        k = def_chain(ctx, k + 2, limit, org=True) if _word(ctx, k + 2, limit) else k + 2
        # "مركز أبحاث تابع لمجلس الغرف السعودية": the body it belongs to
    if j < k and _word(ctx, k + 1, limit) and ctx.norms[k][:1] in "لب" and ctx.norms[k][1:] in _PLACE_HEADS \
            and (not _stopword(ctx.norms[k + 1]) or ctx.norms[k + 1] == "علي"):
        k += 2  # "سلطة المنطقة الحرة لجبل علي"، "بجبل علي": the place the body is for (علي here a name)
    if j < k < limit and ctx.words[k] and ctx.norms[k][:1] == "ل" and not ctx.norms[k].startswith("لل") \
            and len(ctx.norms[k]) > 3 and not _outlet_told(ctx, k, limit):
        # (not "مصدر في الوزارة | لوكالة الأنباء الكويتية (كونا)": the outlet told, and its acronym)
        for t in range(k + 1, min(limit, k + 6)):
            if not ctx.words[t]:
                if ctx.raw[t] == "(" and t + 2 < limit and ctx.words[t + 1] and ctx.raw[t + 2] == ")":
                    k = t + 3  # "لجنة الأمم المتحدة الاقتصادية والاجتماعية | لغرب آسيا (إسكوا)": to its acronym
                break
            if complementizer(ctx.norms[t]) or ctx.norms[t] in VERB_FORMS or _stopword(ctx.norms[t]):
                break
    return _name_ran_in(ctx, j, k, limit)


_WHERE_NAMED = folded_set("منطقة مدينة محافظة حي شارع ميدان قرية بلدة ولاية مقاطعة مركز جزيرة ضاحية")
#: Words before a given name inside a body's name ("جامعة الملك سعود"، "مؤسسة الشيخ زايد").
_NAMED_FOR = folded_set("الملك الأمير الشيخ السلطان الإمام الرئيس الملكة الأميرة الشيخة")


def _article(ctx: Context, t: int) -> bool:
    """Token ``t`` opens with the article (not a foreign name in إل-: "إلفيرا")."""
    return is_definite(ctx.norms[t]) and not ctx.raw[t].startswith(("إل", "إيل"))


def _name_ran_in(ctx: Context, j: int, k: int, limit: int) -> int:
    """The tagger ran a body into the name of the man after it ("في جامعة بيرزيت | سامر الخطيب"،
    "البنك المركزي الروسي | إلفيرا نابيولينا،"): the body ends where his name begins."""
    norms = ctx.norms
    for t in range(j + 2, k):
        if not ctx.words[t] or not ctx.words[t - 1] or _article(ctx, t) or _stopword(norms[t]) \
                or norms[t - 1] in _NAMED_FOR or _lookup(norms[t - 1], ORG_HEADS) or norms[t - 1] in ("بن", "ابن", "بنت", "ابو", "عبد") \
                or bare(norms[t - 1]) in _WHERE_NAMED:  # ("في منطقة | سيدي بشر": a district named for a saint)
            continue
        after = k < limit and (not ctx.words[k] and ctx.raw[k] in "،," or ctx.words[k] and complementizer(norms[k]))
        chain = name_chain(ctx, t, limit, after_role=True) if norms[t] in FIRST_NAMES else t
        if norms[t] in FIRST_NAMES and not _lookup(norms[t], ORG_HEADS) and name_start(ctx, t, after_role=True) \
                and chain >= max(k, t + 2) and (after or chain > k):
            return t  # "الخبير الاقتصادي في جامعة بيرزيت | سامر الخطيب أن"
        if 2 <= k - t <= 3 and after and ctx.entity_end_tok.get(j, -1) == k and norms[t - 1].startswith("ال") \
                and is_nisba(norms[t - 1]) and all(
                    ctx.words[u] and not _article(ctx, u) and not _stopword(norms[u]) and not _lookup(norms[u], ORG_HEADS)
                    and norms[u] not in VERB_FORMS for u in range(t, k)):
            return t  # "رئيسة البنك المركزي الروسي | إلفيرا نابيولينا، …": two words no list knows after its adjective
    return k


#: Heads of a place's name that take a second word (جبل علي، رأس الخيمة، وادي حلفا).
_PLACE_HEADS = folded_set("جبل رأس راس وادي جزيرة")


def _outlet_in_marks(ctx: Context, k: int, limit: int) -> bool:
    """"مسؤول في الوزارة «الشرق الأوسط» أن": a news outlet in marks after a body is whom the
    source told (أبلغ), not the body's short name."""
    from .outlets import known_outlet_length, match_outlet

    m = match_outlet(ctx, k + 1, limit) if k + 1 < limit and ctx.words[k + 1] else None
    close = ctx.quote_open_tok.get(k, -1)
    # (a paper whose name is also a word, «الاقتصادية»، «الوطن», when the marks hold just that name)
    if m is not None and not m.anaphor and 0 < close and m.end < close:
        m = None  # «الرياض المالية»: a firm whose name begins with a paper's, not the paper
    return m is not None and not m.anaphor or close > k + 1 and known_outlet_length(ctx.norms, k + 1) == close - k - 1


def _outlet_told(ctx: Context, k: int, limit: int) -> bool:
    from .outlets import match_outlet

    m = match_outlet(ctx, k, limit, preposition=True)
    return m is not None and not m.anaphor


_PARTY_HEADS = folded_set("حزب تيار حركة جبهة كتلة تجمع")
_ONE_OF = folded_set("إحدى أحد")
_SECTORS = folded_set("قطاع قطاعات مجال سوق أسواق صناعة نشاط")
#: What an unnamed firm does, its genitive: بنك استثمار، شركة وساطة، بيت خبرة.
_FIELDS = folded_set("استثمار تمويل تأمين استشارات وساطة تطوير تجزئة اتصالات طيران شحن تداول مقاولات خبرة أبحاث بحوث دراسات")
_AFFILIATED_TO = folded_set("تابع تابعة التابع التابعة")
_MARKET_PLACES = folded_set("سوق أسواق")
_SETTLEMENTS = folded_set("مدينة بلدة قرية ولاية مقاطعة إقليم جزيرة")


def _institution_core(ctx: Context, j: int, limit: int) -> int:
    if not _word(ctx, j, limit):
        return j
    n = ctx.norms[j]
    if n in _ONE_OF and _word(ctx, j + 1, limit):
        k = _institution_core(ctx, j + 1, limit)
        if k <= j + 2 and _word(ctx, j + 2, limit) and not is_definite(ctx.norms[j + 1]) \
                and is_definite(ctx.norms[j + 2]) and not _stopword(ctx.norms[j + 2]) \
                and ctx.norms[j + 2] not in TIME_WORDS and not _stopword(ctx.norms[j + 1]):
            k = def_chain(ctx, j + 2, limit)  # "في إحدى سلاسل التموينات الكبرى": one of the chains of a trade
        if k > j + 1:
            return k  # "في إحدى شركات الوساطة في دبي": one of the firms
    if n in SPEECH_EVENTS or _stopword(n) or n in TIME_WORDS or (_lookup(n, DOC_HEADS) and in_lexicon(n, SPEECH_EVENTS)):
        return j
    if n in _MARKET_PLACES and j + 1 in ctx.entity_at and ctx.entity_at[j + 1].type == "LOC" and _word(ctx, j + 1, limit):
        return max(j + 2, min(limit, ctx.entity_end_tok.get(j + 1, j + 2)))  # "في سوق أم درمان": the market's town
    if (n in _NUMBER_WORDS or n.isdigit()) and _word(ctx, j + 1, limit) and not is_definite(ctx.norms[j + 1]) \
            and _lookup(ctx.norms[j + 1], ORG_HEADS) and j + 1 not in ctx.entity_at:
        k = _institution_core(ctx, j + 1, limit)
        if k > j + 1:
            return k  # "في ثلاث شركات مقاولات كبرى": counted firms of a trade
    ent = ctx.entity_at.get(j)
    if ent is not None and ent.type == "PER" and n in KNOWN_ORGS and _word(ctx, j + 1, limit) \
            and ctx.norms[j + 1] in FIRST_NAMES:
        return j + 1  # "باسم حماس سامي أبو زهري" tagged as one person: the body, then its man
    if ent is not None and ent.type in ("ORG", "LOC", "PER"):
        e = entity_end(ctx, j, limit)
        if ent.type == "ORG":
            cut = next((t + 1 for t in range(j, e - 2) if "." in ctx.norms[t] and len(ctx.norms[t]) >= 3
                        and all(not is_definite(ctx.norms[u]) and not _lookup(ctx.norms[u], ORG_HEADS)
                                for u in range(t + 1, e))), e)
            if cut < e:
                return cut  # "بنك آي.إن.جي | كارستن برزيسكي" tagged as one body: the bank ends at its acronym
        return def_chain(ctx, e, limit, org=True)
    if n in _SETTLEMENTS and _word(ctx, j + 1, limit) and not is_definite(ctx.norms[j + 1]):
        k = j + 1  # "في مدينة بون ما توت،": a foreign place name of a few words after its head
        while k < limit and ctx.words[k] and k - j <= 3 and not is_definite(ctx.norms[k]) \
                and not complementizer(ctx.norms[k]) and ctx.norms[k] not in VERB_FORMS \
                and (ctx.norms[k] == "ما" or not _stopword(ctx.norms[k])):
            k += 1
        if k > j + 1 and (k >= limit or not ctx.words[k] or complementizer(ctx.norms[k])
                          or ctx.norms[k][:1] == "ب" or _stopword(ctx.norms[k])) and ctx.norms[k - 1] != "ما":
            return k
    if _lookup(n, ORG_HEADS) and not is_definite(n) and j + 1 < limit and j + 1 in ctx.quote_open_tok \
            and not _outlet_in_marks(ctx, j + 1, limit):
        e = marks_name_end(ctx, j + 1, limit)
        if e:
            return e  # "شركة "الرياض المالية"": the firm's name in marks (straight ones too)
    if _lookup(n, ORG_HEADS):
        k = def_chain(ctx, j + 1, limit, org=True, places=True)
        if k == j + 1 and n in _PARTY_HEADS and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in SPEECH_EVENTS \
                and is_definite(ctx.norms[j + 1]):
            k = def_chain(ctx, j + 2, limit, org=True, places=True) if _word(ctx, j + 2, limit) else j + 2
            k = max(k, j + 2)  # "حزب المؤتمر الشعبي العام": the Congress party, no conference
        if k == j + 1 and not is_definite(n) and _word(ctx, j + 1, limit) and _is_place(ctx, j + 1) \
                and not is_definite(ctx.norms[j + 1]):
            return j + 2  # حكومة دبي، بلدية صور
        if k == j + 1 and not is_definite(n) and _word(ctx, j + 2, limit) and _is_place(ctx, j + 2) \
                and not is_definite(ctx.norms[j + 1]) and not _stopword(ctx.norms[j + 1]) \
                and ctx.norms[j + 1] not in SPEECH_EVENTS:
            return j + 3  # مؤسسة كهرباء لبنان، شركة نفط البصرة
        if k == j + 1 and not is_definite(n) and _word(ctx, j + 3, limit) and _is_place(ctx, j + 3) \
                and all(not is_definite(ctx.norms[t]) and not _stopword(ctx.norms[t]) and ctx.norms[t] not in FIRST_NAMES
                        and ctx.norms[t] not in SPEECH_EVENTS and t not in ctx.entity_at for t in (j + 1, j + 2)):
            return j + 4  # شركة تنمية نفط عمان: a longer construct that ends in a place
        if k == j + 1 and not is_definite(n) and _word(ctx, j + 1, limit) and bare_nisba(ctx.norms[j + 1]) \
                and not _is_place(ctx, j + 1):
            while _word(ctx, k, limit) and bare_nisba(ctx.norms[k]) and k - j < 4:
                k += 1  # بنك تجاري إماراتي، بنك أجنبي: indefinite adjectives of an unnamed body
            if _word(ctx, k + 1, limit) and ctx.norms[k].startswith("م") and len(ctx.norms[k]) >= 4 \
                    and not is_definite(ctx.norms[k]) and ctx.norms[k + 1].startswith("لل"):
                k = def_chain(ctx, k + 1, limit, org=True)  # شركة سعودية منتجة للبتروكيماويات
            return k
        if k == j + 1 and not is_definite(n) and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in _FIELDS:
            k = j + 2  # "محلل في بنك استثمار": a bank of investment, unnamed
            while _word(ctx, k, limit) and bare_nisba(ctx.norms[k]) and not is_definite(ctx.norms[k]) and k - j < 4:
                k += 1  # بنك استثمار خليجي
            return k
        if k == j + 1 and not is_definite(n):
            k = name_chain(ctx, j + 1, limit, max_len=3)
            k = next((t for t in range(j + 2, k - 1) if ctx.norms[t] in FIRST_NAMES), k)  # شركة ويدبوش | دان آيفز
            k = def_chain(ctx, max(k, j + 1), limit, org=True, places=True)  # شركة ميريتز للأوراق المالية
        if k == j + 1 and not is_definite(n) and _word(ctx, j + 2, limit) and is_definite(ctx.norms[j + 2]) \
                and not is_definite(ctx.norms[j + 1]) and not _stopword(ctx.norms[j + 1]) \
                and ctx.norms[j + 1] not in VERB_FORMS and not complementizer(ctx.norms[j + 1]) \
                and ctx.norms[j + 1] not in FIRST_NAMES and not _stopword(ctx.norms[j + 2]):
            k = def_chain(ctx, j + 2, limit, org=True, places=True)  # مكتب ترويج الصادرات، هيئة تنمية الصادرات
        if k == j + 1 and not is_definite(n):
            t = j + 1  # "شركة اتحاد اتصالات «موبايلي»": the firm's name, then its short name in marks
            while _word(ctx, t, limit) and t - j <= 3 and not is_definite(ctx.norms[t]) and not _stopword(ctx.norms[t]) \
                    and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]):
                t += 1
            if j + 1 < t < limit and ctx.raw[t] in "«\"" and 1 < ctx.quote_open_tok.get(t, 10 ** 9) - t <= 4 \
                    and all(ctx.words[u] for u in range(t + 1, ctx.quote_open_tok[t])):
                return t  # (the marks are taken by the caller)
        return k
    if is_definite(n):
        return def_chain(ctx, j, limit, org=True)
    if n in _SECTORS and _word(ctx, j + 1, limit):
        k = j + 1  # "مستثمر في قطاع تأجير السيارات"، "في سوق الأسهم": the field, no name
        if not is_definite(ctx.norms[k]) and not _stopword(ctx.norms[k]) and ctx.norms[k] not in VERB_FORMS \
                and ctx.norms[k] not in FIRST_NAMES and _word(ctx, k + 1, limit) and is_definite(ctx.norms[k + 1]):
            k += 1
        if _word(ctx, k, limit) and is_definite(ctx.norms[k]) and not _stopword(ctx.norms[k]):
            return def_chain(ctx, k, limit, org=True)
    if _is_place(ctx, j) or n in KNOWN_ORGS or name_start(ctx, j):
        if _is_place(ctx, j):
            return j + 1
        k = name_chain(ctx, j, limit, max_len=3)
        if n in KNOWN_ORGS:  # "القيادي في حماس | محمود الزهار": the person's name is not the body's
            k = next((t for t in range(j + 1, max(k, j + 1)) if ctx.norms[t] in FIRST_NAMES or (
                t in ctx.entity_at and ctx.entity_at[t].type == "PER")), max(k, j + 1))
        return k
    return j
