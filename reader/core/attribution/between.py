"""Walking from a cue's subject to where its claim begins (:func:`skip_to_complement`):
appositions ("، المتحدث باسم الوزارة،"، "؛ مدير في شركة …،")، ages, anonymity clauses, relative
clauses, whom the source spoke to ("تحدثوا إلى «الرؤية»") and relays ("نقلا عن Y": Y becomes
the source, the relayer the via).
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.entities.numwords import WEEKDAYS
from reader.core.text import fold

from .cand import Cand
from .descriptions import (
    _APPOSITIVE, _RELATIVE, _joined_relative_end, _name_after_role, named_description, post_then_its_body, subject_tail,
)
from .complements import EVENT_PREPS, is_complement, own_preposition_at
from .context import Context, is_quote_mark
from .cues import EXPLICIT_ONLY, PARTICIPLES, SAYING, VERB_FORMS, VERB_PREPOSITION
from .events import MADE_IT, _event_phrase, _name_in_marks, _relative_end, _relative_verb
from .outlets import could_be_outlet, match_addressee, match_outlet
from .phrases import AL_GIVEN, adjective_like, NP, REGION_HEADS, _is_place, _stopword, _word, keeper_post, masdar_like, name_chain, name_start, possessed_masdar
from .modifiers import BY_PHONE, BY_PHONE_WORD
from .sources import _NAMING_VERBS, _NOT_NAMED_NEG, anonymity_clause, is_known_outlet_in_marks, parse_np
from .words import MANNER, PLATFORMS
from .words import (
    ANON_HEADS, AUDIENCE, CAME_OUT, TITLES, DESCRIPTIONS, FILLERS, INTERVIEW_WORDS, OCCUPATIONS, SELF_WORDS, FIRST_NAMES, ISSUE_VERBS, MET_BY, ORG_HEADS, ROLE_HEADS, SIDE_WORDS, SPEECH_EVENTS, TIME_WORDS, adverbial_end, complementizer, folded_set, in_lexicon,
    bare, is_definite, is_nisba, is_verb_like, strip_possessive,
)


_AUDIENCE = AUDIENCE
_RELAYED = fold("نقل")
_SHE_ECONOMIST = folded_set("الاقتصادية الخبيرة المحللة الباحثة")
from .datelines import _COM, _DOT  # noqa: E402
from .documents import _paren_end  # noqa: E402
_TIME_ADJECTIVES = folded_set("الماضي الماضية الحالي الحالية المقبل المقبلة الجاري الجارية")


def past_outlet_adjective(ctx: Context, m, limit: int) -> int:
    """After the outlet told, ``m``: past the paper's adjective before a comma or إن/أن
    ("لصحيفة «الوطن» المحلية، الأسبوع الماضي، إن"), or ``m.end``."""
    e = m.end + (1 if m.end < limit and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
    if e + 1 < limit and ctx.words[e] and ctx.norms[e] == _DOT and ctx.words[e + 1] and ctx.norms[e + 1] == _COM:
        return e + 2  # "لـ"القدس" دوت كوم": the site's name goes on
    if e + 1 < limit and ctx.words[e] and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e]) \
            and ctx.norms[e] not in _TIME_ADJECTIVES and (not ctx.words[e + 1] or complementizer(ctx.norms[e + 1])):
        return e + 1
    return m.end
_ITS_ISSUE = folded_set("عددها عدده عددهما")
_OUTLET_HEADS = folded_set("مجموعة شبكة مؤسسة")
_SPEECH_MASDAR = folded_set("قوله قولها قولهم قولهما بقوله بقولها بقولهم بقولهما بقول بالقول متمنيا متمنية متسائلا متسائلة")
#: "نقلت «الرياض» عن الوزير تأكيده أن …"، "عن محللين توقعهم ارتفاع …": what the source is
#: reported as saying, a verbal noun with its pronoun.
OBJECT_MASDARS = folded_set(
    """تأكيده تأكيدها تأكيدهم توقعه توقعها توقعهم توقعاته توقعاتهم تحذيره تحذيرها تحذيرهم تصريحه تصريحها
    إشارته إشارتها توضيحه توضيحها تقديره تقديرها تقديرهم ترجيحه ترجيحها ترجيحهم نفيه نفيها نفيهم
    تشديده تشديدها دعوته دعوتها دعوتهم""")  # ("نقلت عن الحكومة نفيها استخدام …": her denial)
_SPEECH_MASDAR = _SPEECH_MASDAR | OBJECT_MASDARS


_PRIVATE = frozenset(("خاصه", "خاص"))
_EMIRATE = folded_set("إمارة")
_FIRM_WORDS = folded_set("مكتب شركة")
_AS_PER_OUTLET = folded_set("بحسب حسب وفق")
_IN_REPLY = folded_set("ردا رداً تعقيبا تعليقا")
_CARRIES = folded_set("ويحمل يحمل وتحمل تحمل")
_BIGGEST = folded_set("أكبر ثاني ثالث أضخم كبرى أقدم")  # (an adjective after an indefinite noun, not "especially")


def _second_role(ctx: Context, a: int, b: int) -> bool:
    """"مستشار تطوير أعمال ووسيط مالي": a second role joined by و, up to إن/أن."""
    return b - a <= 5 and any(ctx.norms[t][:1] == "و" and len(ctx.norms[t]) > 3 and ctx.norms[t][1:] not in VERB_FORMS
                              for t in range(a, b))


def _own_after_relative(ctx: Context, c: Cand, a: int, b: int) -> int:
    """The verb's own preposition that ends a relative clause on its subject: after a comma
    ("الذي وصل إلى سوريا اليوم، برفع الحصار") or before a verbal noun with its pronoun ("عن
    استيائها"). -1 when there is none before ``b``."""
    for t in range(a, min(b, len(ctx.norms) - 1)):
        if not ctx.words[t] and ctx.raw[t] not in "،,":
            return -1
        if own_preposition_at(ctx, c.lemma, t, len(ctx.norms)) and (
                ctx.is_punct(t - 1, "،,") or possessed_masdar(ctx.norms[t + 1])
                or (ctx.norms[t][:1] == "ب" and possessed_masdar(ctx.norms[t][1:]))):
            return t
    return -1


def _after_maker(ctx: Context, c: Cand, v: int, limit: int) -> int:
    """"ويدعو القرار الذي أعدته بريطانيا والولايات المتحدة إلى …": a relative clause that only
    says who made the document ends at its maker's name, where the verb's own preposition
    follows; -1 when it does not."""
    if v >= limit or not ctx.words[v] or ctx.norms[v] not in _MADE:
        return -1
    t = v + 1
    for _ in range(3):
        close = ctx.quote_open_tok.get(t, -1)
        if 0 < close - t <= 5:
            t = close + 1  # "مسح أجرته "بلومبرغ"": the maker by its name in marks
        else:
            np = parse_np(ctx, t, limit)
            if np is None or np.start != t:
                return -1
            t = np.end
        while t < limit and ctx.words[t] and (ctx.norms[t] in TIME_WORDS or ctx.norms[t] in _LAST):
            t += 1  # ("الأسبوع الماضي": when it was made)
        if t < limit and ctx.words[t] and ctx.norms[t] in _COVERED:
            e = next((u for u in range(t + 1, min(limit, t + 8)) if not ctx.words[u] or complementizer(ctx.norms[u])
                      or own_preposition_at(ctx, c.lemma, u, len(ctx.norms)) or ctx.norms[u] in VERB_FORMS), -1)
            if e > t + 1 and ctx.words[e] and ctx.norms[e] not in VERB_FORMS:
                t = e  # "… وشمل ست مصافٍ آسيوية إلى": whom it covered
        if t < limit and ctx.words[t] and (own_preposition_at(ctx, c.lemma, t, len(ctx.norms))
                                           or c.kind == "verb" and ctx.norms[t] in ("ان", "أن")):
            return t
        if t < limit and ctx.is_punct(t, "،,"):
            k = _when_it_came_out(ctx, t, limit)
            if k > t and (complementizer(ctx.norms[k]) or own_preposition_at(ctx, c.lemma, k, len(ctx.norms))
                          or c.verb is not None and "o" in c.verb.complements):
                return k  # "أظهر مسح أجرته وكالة رويترز، نُشر يوم الجمعة، تراجع …": who made it, when it came out
        if not (t < limit and ctx.words[t] and ctx.norms[t][:1] == "و" and len(ctx.norms[t]) > 3):
            return -1
    return -1


_YEAR_WORDS = folded_set("سنة عام العام السنة")
_MADE = MADE_IT | folded_set("أجرته أجرتها أجراه أجراها")
_LAST = folded_set("الماضي الماضية الفائت الفائتة المنصرم المنصرمة الجاري الحالي")
#: "مسح أجرته X وشمل …": a survey and whom it covered.
_COVERED = folded_set("وشمل وشملت وغطى وغطت وضم وضمت")


def _through_whom(ctx: Context, k: int, limit: int) -> int:
    """After عبر: a person named or an official, with his post after the name: the token past
    them, or ``k``."""
    np = parse_np(ctx, k, limit)
    if np is None or np.kind not in ("named_person", "unnamed_official"):
        return k
    e = np.end
    if np.named and _word(ctx, e, limit) and in_lexicon(ctx.norms[e], ROLE_HEADS):
        post = parse_np(ctx, e, limit)
        if post is not None and post.kind == "unnamed_official":
            e = post.end
            if _word(ctx, e, limit) and ctx.norms[e].endswith(("ها", "ه")) and len(ctx.norms[e]) > 4 \
                    and not possessed_masdar(ctx.norms[e]) and not complementizer(ctx.norms[e]):
                e += 1  # نائب وزير خارجيتها: the post of the state's own ministry
    return e


def _object_opens(ctx: Context, k: int, limit: int) -> bool:
    """A verb's object begins at ``k`` after a post in apposition (أهمية دعم، ضرورة …، قرار
    الوزارة): a noun with its genitive or a verbal noun, no preposition, verb or clause word."""
    if not _word(ctx, k, limit):
        return False
    n = ctx.norms[k]
    if possessed_masdar(n):
        return True  # "أعلن X رئيس الشركة أمس استقالته"
    if not _word(ctx, k + 1, limit):
        return False
    return not is_definite(n) and not _stopword(n) and not is_verb_like(n) and n not in VERB_FORMS \
        and not complementizer(n) and n not in FILLERS and n not in TIME_WORDS and n[:1] not in "وفلب" \
        and not in_lexicon(n, ROLE_HEADS) and not in_lexicon(n, ORG_HEADS) and n not in FIRST_NAMES \
        and not _stopword(ctx.norms[k + 1]) and not complementizer(ctx.norms[k + 1]) \
        and not is_verb_like(ctx.norms[k + 1]) and ctx.norms[k + 1] not in VERB_FORMS


_GOD_WORD = fold("الله")


def prayer_end(ctx: Context, j: int, limit: int) -> int:
    """Past a blessing between dashes or brackets after a name or title ("- حفظه الله -"،
    "- أيده الله -"، "(رحمه الله)"), or ``j``."""
    if j + 3 >= limit or ctx.words[j] or ctx.raw[j] not in "-–(":
        return j
    close = ")" if ctx.raw[j] == "(" else "-–"
    for k in range(j + 2, min(limit, j + 5)):
        if not ctx.words[k]:
            return k + 1 if ctx.raw[k] in close and _GOD_WORD in ctx.norms[j + 1:k] else j
    return j


#: "، ومالك مجموعة مدارس"، "، ومؤسس الشركة": a second post after a name (مالك alone is a given name).
_OWNER_POSTS = folded_set("مالك مؤسس مؤسسة صاحب صاحبة شريك المالك المؤسس الشريك")


_CARRIED_IT_WORDS = folded_set("نقلته نقلتها أوردته أوردتها نشرته نشرتها بثته بثتها وزعته وزعتها")

_AMOUNT_UNITS = folded_set("مليون ملايين مليار مليارات بليون بلايين ألف آلاف تريليون")
_NEWS_SERVICES = folded_set("خدمة وكالة نشرة موقع شبكة")
_NEWS = folded_set("أخبار أنباء الأخبار الأنباء إخبارية إخباري الإخبارية")


_SAID_LEMMAS = folded_set("قال أضاف أكد أوضح ذكر رأى اعتبر")
#: "في مؤتمر صحفي عقده في السراي": the occasion's own relative verb, no object of the cue.
_HELD_IT = folded_set("عقده عقدها عقدته عقدتها أجراه أجراها أجرته أجرتها ألقاه ألقاها ألقته ألقتها نظمه نظمها "
                      "نظمته نظمتها بثه بثها بثته بثتها نشره نشرها نشرته نشرتها أدلى أدلت")


_PAPER_GOT = folded_set("اطلعت اطلع حصلت حصل تلقت تلقى عليها عليه")


def _paper_in_marks(ctx: Context, k: int, limit: int) -> bool:
    """"التقرير الذي اطلعت «عكاظ» على نسخة منه": a paper by its name in marks inside a relative
    clause (it saw the document), no quotation."""
    close = ctx.quote_open_tok.get(k, -1)
    return 0 < close - k <= 4 and k > 0 and ctx.words[k - 1] and (
        ctx.norms[k - 1] in _PAPER_GOT or is_known_outlet_in_marks(ctx, k, limit))


def _data_of(ctx: Context, j: int, limit: int) -> int:
    """The rest of a document's name up to أن/إن, when it is plain nouns (what the data track, whose
    they are): "بيانات | تتبع السفن من شركة كبلر أن". Its end, or ``j``."""
    for t in range(j, min(limit, j + 8)):
        if not ctx.words[t]:
            return j
        n = ctx.norms[t]
        if complementizer(n):
            return t if t > j and n in ("ان", "أن") and ctx.norms[t - 1] not in ("من", "عن") else j
            # (not "وحذر التقرير | من أن": the verb's preposition, no part of the name)
        if n in VERB_FORMS or n in PARTICIPLES or n in _RELATIVE or is_verb_like(n) or _stopword(n) and n not in ("من", "عن") \
                or n[:1] == "ل" and match_outlet(ctx, t, limit, preposition=True) is not None:
            return j
    return j


_BASED = folded_set("ومقرها ومقره مقرها مقره وتتخذ ويتخذ")


def _body_described(ctx: Context, j: int, limit: int) -> int:
    """A company's description after its name, up to a comma: "المدرج في سوق أبوظبي،" between commas,
    "الناشئة في مجال التقنية المالية،" right after the name, "، ومقرها دبي،". Where the walk goes on
    (after the comma), or ``j``."""
    a = j + 1 if ctx.is_punct(j, "،,") else j
    if a >= limit or not ctx.words[a]:
        return j
    n = ctx.norms[a]
    if not (n in _BASED or adjective_like(n) and n.startswith("ال") and not _stopword(n) and len(n) >= 6
            and not n.endswith(("ات", "ين", "ون"))):
        return j
    if a == j and not (not ctx.words[j - 1] and ctx.raw[j - 1] in "»\"”" or is_nisba(ctx.norms[j - 1])):
        return j  # (right after the name, only after its last word in marks or its nationality)
    close = next((t for t in range(a + 1, min(limit, a + 14)) if not ctx.words[t] and not is_quote_mark(ctx, t)), -1)
    if close < 0 or not ctx.is_punct(close, "،,") or close + 1 >= limit or not ctx.words[close + 1]:
        return j
    if any(ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) or ctx.norms[t] in PARTICIPLES)
           for t in range(a, close)):
        return j
    return close + 1


def _claim_or_occasion_at(ctx: Context, k: int, limit: int) -> bool:
    """After a post's holder: his claim, the occasion he spoke at ("في تصريحات …") or the outlet he
    told ("لـ«الاقتصادية»") begins at token ``k``."""
    return is_complement(ctx, k, limit) or bool(ctx.words[k]) and (
        ctx.norms[k] in EVENT_PREPS or ctx.norms[k][:1] == "ل" and match_outlet(ctx, k, limit, preposition=True) is not None)


def _al_given_holder(ctx: Context, np, j: int, limit: int):
    """"المحافظ الصديق الكبير، في تصريحات …، إن": a given name written with the article (which the
    tagger may miss) and a family name right after an unnamed post."""
    from .mentions import person_np

    if np.kind != "unnamed_official" or np.named or j + 2 >= limit or not ctx.words[j] or ctx.norms[j] not in AL_GIVEN:
        return None
    e = j + 1
    while e < min(limit, j + 3) and ctx.words[e] and (ctx.norms[e].startswith("ال") or ctx.norms[e] in FIRST_NAMES) \
            and not _stopword(ctx.norms[e]) and not complementizer(ctx.norms[e]) and ctx.norms[e] not in VERB_FORMS:
        e += 1
    if e == j + 1 or e >= limit:
        return None
    nxt = e + 1 if ctx.is_punct(e, "،,") else e
    if not _claim_or_occasion_at(ctx, nxt, limit):
        return None
    return replace(person_np(ctx, j, e), start=np.start, role=np.role or " ".join(ctx.norms[np.start:np.end])), nxt


def _holder_after_posts(ctx: Context, np, j: int, limit: int):
    """After an unnamed post, more posts with no comma and then a name the tagger found, right
    before the claim: "المحامي العام الأول رئيس نيابة الأموال العامة في دبي المستشار خليفة راشد
    البلوشي أن" (the holder, where the walk goes on)."""
    from .mentions import person_np

    if np.kind != "unnamed_official" or np.named:
        return None
    for t in range(j, min(limit, j + 14)):
        if not ctx.words[t] or ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]):
            return None
        ent = ctx.entity_at.get(t)
        if ent is not None and ent.type == "PER" and t > j:
            e = ctx.entity_end_tok.get(t, t + 1)
            if e < limit and (is_complement(ctx, e, limit) or ctx.raw[e] == ":") and e - t >= 2:
                p = ctx.norms[t - 1]
                if t - 1 > j and not is_definite(p) and not _stopword(p) and len(p) >= 3 and not in_lexicon(p, ROLE_HEADS) \
                        and p not in TITLES and not in_lexicon(p, ORG_HEADS) and p[:1] not in "لب":
                    t -= 1  # "الرئيس السابق للمجلس نذار | فيصل المشعل": a given name the tagger left out
                return replace(person_np(ctx, t, e), start=np.start, role=" ".join(ctx.norms[np.start:t])), e
            return None
    return None


def _holder_after_body(ctx: Context, np, j: int, limit: int):
    """After a post ending at ``j``, the rest of its body's name (in marks, with what it does or
    where: "منصة "تاجر بلس" لإنشاء المتاجر الإلكترونية"، "لصندوق محمد السادس للاستثمار"، "في
    الرياض"), a comma, the holder's name and a comma: (the holder, where the walk goes on)."""
    close = next((t for t in range(j, min(limit, j + 10)) if not ctx.words[t] and not is_quote_mark(ctx, t)), -1)
    if close <= j or not ctx.is_punct(close, "،,"):
        return None
    if any(ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t])) for t in range(j, close)):
        return None
    if np.kind == "named_person" and not (j < close and ctx.words[j] and ctx.norms[j][:1] == "ل"):
        return None  # (a name the post ran into, then the rest of a body's name: "لصندوق محمد السادس للاستثمار")
    close2 = next((t for t in range(close + 1, min(limit, close + 8)) if not ctx.words[t]), -1)
    if close2 <= close + 1 or not ctx.is_punct(close2, "،,") or close2 + 1 >= limit:
        return None
    named = _name_in_apposition(ctx, close + 1, close2)
    if named is None or named.kind != "named_person" or not any(
            t in ctx.entity_at and ctx.entity_at[t].type == "PER" for t in range(named.start, named.end)):
        return None
    nxt = close2 + 1
    if not _claim_or_occasion_at(ctx, nxt, limit):
        return None
    return replace(named, start=np.start, role=np.role or " ".join(ctx.norms[np.start:np.end])), nxt


_AFFILIATED_TO = folded_set("التابع التابعة")
_CALLS_ON = folded_set("دعا حث حض طالب حذر")
_DOC_OBJECTS = folded_set("بيان تقرير ميزانية موازنة نتائج خطة استراتيجية قائمة نشرة")
_CALLED_BODIES = folded_set("الشركات المنشآت المصارف البنوك المستثمرين التجار المواطنين")
#: "، أكبر شركات …،"، "، ثاني أكبر منتج …،": what a body is, between commas after it.
_SUPERLATIVE_HEADS = folded_set("أكبر أكثر أقدم أبرز أضخم أول ثاني ثالث كبرى إحدى أحد")
_MONTHS = folded_set("""يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار
    نيسان أيار حزيران تموز آب أيلول تشرين""")


def _institution_after_lam(ctx: Context, j: int, limit: int) -> int:
    """The body after لـ at ``j`` ("لصندوق الاستثمارات العامة"، "لوزارة البلديات والإسكان")."""
    from .sources import parse_np

    np = parse_np(ctx, j, limit, strip="ل")
    return np.end if np is not None and np.start == j and np.kind == "named_organization" else j


def _no_name(ctx: Context, np: NP) -> bool:
    """A "name" after a post that no tagger, list or earlier mention knows ("رئيس | غرفتي"، "المدير العام | لفندق")."""
    a = max(np.start + 1, ctx.tok_at_char(np.src_start))
    return np.end - a <= 2 and not any(
        t in ctx.entity_at and ctx.entity_at[t].type == "PER" or ctx.norms[t] in FIRST_NAMES for t in range(a, np.end))


def _name_after_long_post(ctx: Context, np: NP, j: int, limit: int) -> NP | None:
    """After a post the parse ended early, more of its body's name (no verb, no إن/أن, no comma),
    then a title and a name, or a name the tagger found: that person, the post all before him."""
    for t in range(j, min(limit - 1, j + 12)):
        if ctx.words[t] and ctx.norms[t] == "ل" and t + 1 < limit and t + 1 in ctx.quote_open_tok \
                and match_outlet(ctx, t, limit, preposition=True) is not None:
            return None  # "وقال وزير المالية لـ«العربي الجديد» إن": the paper he told, not a given name
        if ctx.words[t] and ctx.norms[t][:1] == "ل" and len(ctx.norms[t]) > 3 and not ctx.norms[t].startswith("لل") \
                and t + 1 in ctx.entity_at and ctx.entity_at[t + 1].type == "LOC" \
                and match_outlet(ctx, t, limit, preposition=True) is not None:
            return None  # "قال مسؤول لتلفزيون أبو ظبي إن": the channel he told, not a kunya
        if not ctx.words[t]:
            if t in ctx.quote_open_tok and ctx.quote_open_tok[t] - t <= 5:
                continue  # (a firm's name in marks: لفندق «نسائم طيبة»)
            if t - 1 in ctx.quote_open_tok.values() or ctx.raw[t] in "»\"”":
                continue
            if ctx.is_punct(t, "،,") and t + 2 < limit and ctx.words[t + 1] and (
                    ctx.norms[t + 1] in FIRST_NAMES or t + 1 in ctx.entity_at and ctx.entity_at[t + 1].type == "PER"):
                e = name_chain(ctx, t + 1, limit)
                shut = e + 3 if e + 3 < limit and ctx.raw[e] == "(" and ctx.raw[e + 2] == ")" else \
                    e + 4 if e + 4 < limit and ctx.raw[e] == "(" and ctx.raw[e + 3] == ")" else e
                # ("، ريم العصيمي (27 عاما)،": her age in brackets before the comma)
                if e >= t + 3 and shut < limit and ctx.is_punct(shut, "،,"):
                    return NP(np.start, e, ctx.starts[t + 1], ctx.ends[e - 1], "named_person", np.head,
                              role=" ".join(ctx.norms[np.start:t]), named=True, feminine=np.feminine)
                    # ("مديرة إدارة مواجهة غسل الأموال ومكافحة تمويل الإرهاب في الوزارة، هند سلطان الكتبي،")
            return None
        n = ctx.norms[t]
        if complementizer(n) or n in VERB_FORMS or _stopword(n) and n not in ("في", "من", "ام"):
            return None
        start = t + 1 if n in TITLES else t
        if start < limit and ctx.words[start] and start > j and (
                start in ctx.entity_at and ctx.entity_at[start].type == "PER"
                or ctx.norms[start] in FIRST_NAMES) and not (t == start and ctx.norms[t - 1] in TITLES):
            e = name_chain(ctx, start, limit)
            if start == t and start - 1 > j and ctx.words[start - 1] and not is_definite(ctx.norms[start - 1]) \
                    and not _stopword(ctx.norms[start - 1]) and not in_lexicon(ctx.norms[start - 1], ORG_HEADS) \
                    and not in_lexicon(ctx.norms[start - 1], ROLE_HEADS) and ctx.words[start - 2] \
                    and is_definite(ctx.norms[start - 2]):
                start -= 1  # "الرئيس السابق للمجلس نذار فيصل المشعل": a given name no list knows, before a known one
            if e >= start + 2 and (start > t or start in ctx.entity_at or e >= limit or not ctx.words[e]
                                   or complementizer(ctx.norms[e]) or ctx.norms[e] in ("في", "خلال")
                                   or ctx.norms[e][:1] == "ل" and match_outlet(ctx, e, limit, preposition=True) is not None):
                # (a given name with no title: only when his claim, an occasion or the outlet told follows)
                return NP(np.start, e, ctx.starts[start], ctx.ends[e - 1], "named_person", np.head,
                          role=" ".join(ctx.norms[np.start:start]), named=True, feminine=np.feminine)
    return None


#: "، تلقته "الصباح"،": the paper that received the document, named right after the verb.
_GOT_IT = folded_set("تلقته تلقتها تسلمته تسلمتها اطلعت")


def _clause_on_document(ctx: Context, j: int, limit: int) -> int:
    """After a document and a comma at ``j``: a short clause on it ("نشرت نتائجه أمس"، "الصادر يوم
    الأربعاء") between commas, then أن/إن; returns the complementizer's token, or ``j``."""
    if j + 1 >= limit or not ctx.words[j + 1] or ctx.norms[j + 1][:1] == "و" or complementizer(ctx.norms[j + 1]):
        return j
    for k in range(j + 2, min(limit - 1, j + 10)):
        if not ctx.words[k]:
            if ctx.is_punct(k, "،,") and ctx.words[k + 1] and complementizer(ctx.norms[k + 1]):
                return k + 1
            if ctx.raw[k] in "«»\"“”()" and (k > j + 2 or ctx.norms[j + 1] in _GOT_IT) \
                    and ctx.norms[j + 1] not in _CARRIED_IT_WORDS:
                continue  # "، اطلعت عليه «الاقتصادية»،"، "، تلقته وكالة الأنباء العراقية (واع)،": who saw it
            return j
        if complementizer(ctx.norms[k]):
            return j
    return j


_CAME_OUT_WORDS = CAME_OUT | folded_set("الصادر الصادرة المنشور المنشورة")


def _when_it_came_out(ctx: Context, j: int, limit: int) -> int:
    """After a document and a comma at ``j``: "نُشر يوم الجمعة"، "الصادر اليوم الثلاثاء" (only when
    it came out) between commas; the token past the second comma, or ``j``."""
    if j + 3 >= limit or not ctx.words[j + 1] or ctx.norms[j + 1] not in _CAME_OUT_WORDS:
        return j
    for k in range(j + 2, min(limit - 1, j + 7)):
        if not ctx.words[k]:
            return k + 1 if k > j + 2 and ctx.is_punct(k, "،,") and ctx.words[k + 1] else j
        if ctx.norms[k] not in TIME_WORDS and ctx.norms[k] not in _DAY_WORDS and not ctx.norms[k][:1].isdigit():
            return j
    return j


_DAY_WORDS = WEEKDAYS | folded_set("يوم اليوم أمس صباح مساء")


#: A verb with a pronoun for the document, after الذي/التي: who issues it ("الذي تصدره الهيئة").
_ISSUES_IT = folded_set("""تصدره يصدره تصدرها يصدرها أصدره أصدرته أصدرها أصدرتها تعده يعده تعدها يعدها أعده أعدته
    أعدها أعدتها تنشره ينشره تنشرها ينشرها أجراه أجرته أجرتها أجراها يجريه تجريه يجريها تجريها""")


def skip_to_complement(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """Walk over what may stand between a subject and the claim: appositions, time words,
    "في بيان"، "في تصريحات لـ X" (a via), "نقلا عن Y" (Y becomes the source)."""
    norms = ctx.norms
    steps, most = 0, 4 * max(0, limit - j) + 40
    described: set[int] = set()
    if c.np is not None and j == c.np.end and c.via is None and c.np.kind == "anonymous" \
            and c.np.end - c.np.start >= 4 and not ctx.words[j - 1] and j - 1 in ctx.quote_close_tok:
        o = ctx.quote_close_tok[j - 1]
        t = o - 1
        if t > c.np.start and ctx.words[t] and norms[t] == "ل" and j < limit and is_complement(ctx, j, limit):
            m = match_outlet(ctx, t, limit, preposition=True)
            if m is not None and not m.anaphor:
                # "مختص في الأمن السيبراني لـ«العربية.نت» أن": whom he told, no part of who he is (the walk
                # then reads the outlet as it reads any, the publishing paper left out)
                c.np = replace(c.np, end=t, src_end=ctx.ends[t - 1])
                j = t
    while j < limit:
        steps += 1
        if steps > most:
            break  # (a walk that makes no progress stops: no phrase is this long)
        n = norms[j]
        if c.np is not None and j == c.np.end and (c.np.kind == "unnamed_official" and c.np.role or c.np.kind == "named_person"
                                                   and in_lexicon(norms[c.np.start], ROLE_HEADS) and _no_name(ctx, c.np)
                                                   or c.np.kind == "anonymous" and in_lexicon(norms[c.np.start], OCCUPATIONS)
                                                   and c.np.end - c.np.start <= 3) \
                and (ctx.words[j] or j in ctx.quote_open_tok):
            named = _name_after_long_post(ctx, c.np, j, limit)
            if named is not None:
                c.np = named  # "رئيس لجنة النخيل والتمور بالغرفة التجارية … المهندس خالد الحربي": the rest of the post, then him
                j = named.end
                continue
        if c.np is not None and j == c.np.end and c.np.kind in ("anonymous", "unnamed_official") and n == "في" \
                and j + 3 < limit and ctx.words[j + 1] and not is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) \
                and not is_verb_like(norms[j + 1]) and norms[j + 1] not in VERB_FORMS and len(norms[j + 1]) >= 3 \
                and strip_possessive(norms[j + 1]) == norms[j + 1] and not in_lexicon(norms[j + 1], SPEECH_EVENTS) \
                and norms[j + 1] not in TIME_WORDS \
                and (ctx.is_punct(j + 2, "،,") and anonymity_clause(ctx, j + 3, min(limit, j + 12))
                     or ctx.words[j + 2] and (is_complement(ctx, j + 2, limit) or VERB_PREPOSITION.get(c.lemma) == "ب"
                                              and norms[j + 2][:1] == "ب" and len(norms[j + 2]) > 3
                                              and not norms[j + 2].startswith("بال"))):
            # (and "طالب ممثلو الصيادين في نواذيبو بتعويضات"، "قال تجار في نواكشوط إن": a town no list knows)
            c.np = replace(c.np, end=j + 2, src_end=ctx.ends[j + 1])  # "سائق تكسي في جرمانا، طلب عدم ذكر اسمه،": where
            j += 2
            continue
        if c.np is not None and j == c.np.end and c.np.kind in ("anonymous", "unnamed_official") and not c.np.named \
                and ctx.words[j] and not is_definite(n) and j in ctx.entity_at and ctx.entity_at[j].type in ("PER", "ORG") \
                and ctx.entity_end_tok.get(j, j + 1) == j + 1:
            from .roles import _firm_then_holder

            held = _firm_then_holder(ctx, j + 1, limit)
            if held is not None:
                a, e = held  # "محللة الاقتصاد الكلي في المجموعة المالية هيرميس، نادين الخولي، إنها": the firm, then her
                c.np = NP(c.np.start, e, ctx.starts[a], ctx.ends[e - 1], "named_person", c.np.head,
                          role=" ".join(norms[c.np.start:j + 1]), named=True, feminine=c.np.feminine)
                return e + 1
        if c.np is not None and c.np.kind == "document" and c.np.end <= j <= c.np.end + 1 and ctx.is_punct(j, "،,"):
            k = _clause_on_document(ctx, j, limit)
            if k > j:
                return k  # "أظهر مسح لبنك الرياض، نشرت نتائجه أمس، أن": when it came out, then the claim
            k = _when_it_came_out(ctx, j, limit)
            if k > j and c.verb is not None and "o" in c.verb.complements:
                return k  # "أظهر مسح أجرته وكالة رويترز، نُشر يوم الجمعة، تراجع صادرات العراق": then its object
        if c.np is not None and c.np.kind in ("media", "named_organization") and c.np.end <= j <= c.np.end + 1 \
                and ctx.is_punct(j, "،,") and j + 2 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _AFFILIATED_TO:
            close = next((t for t in range(j + 2, min(limit - 1, j + 10)) if not ctx.words[t]), -1)
            if close > j + 2 and ctx.is_punct(close, "،,") and not any(
                    ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(j + 2, close)):
                j = close + 1  # "ونقلت وكالة "تسنيم"، التابعة للحرس الثوري، عن": whose agency, between commas
                continue
        if c.np is not None and j == c.np.end and c.np.kind == "named_organization" and n in _AFFILIATED_TO \
                and j + 1 < limit and ctx.words[j + 1] and norms[j + 1][:1] == "ل" and len(norms[j + 1]) > 3:
            from .institutions import _institution

            k = _institution(ctx, j + 1, limit) if norms[j + 1].startswith("لل") else _institution_after_lam(ctx, j + 1, limit)
            if k > j + 1:
                j = k  # "أعلنت شركة «معادن» التابعة لصندوق الاستثمارات العامة أن": whose it is
                continue
        if c.np is not None and j >= c.np.end and ctx.words[j] and n in MANNER and j + 1 < limit \
                and (ctx.raw[j + 1] == ":" or is_complement(ctx, j + 1, limit)):
            j += 1  # "وعلق الدوسري ضاحكا: «…»": how he said it
            continue
        if c.np is not None and j == c.np.end and c.kind == "verb" and (
                c.np.kind == "unnamed_official" or c.np.kind == "named_person" and c.np.role):
            held = _holder_after_body(ctx, c.np, j, limit) or _holder_after_posts(ctx, c.np, j, limit) \
                or _al_given_holder(ctx, c.np, j, limit)
            if held is not None:
                c.np, j = held  # "قال مؤسس منصة "تاجر بلس" لإنشاء المتاجر، ناصر البقمي، إن": the post's holder
                continue
        if c.np is not None and j == c.np.end and c.np.kind == "named_organization" and ctx.words[j]:
            e = next((ctx.entity_end_tok.get(t, t) for t in range(c.np.start, c.np.end) if t in ctx.entity_at
                      and ctx.entity_at[t].type == "ORG" and c.np.end < ctx.entity_end_tok.get(t, t) <= limit), -1)
            if e > j and all(ctx.words[t] and not complementizer(norms[t]) and norms[t] not in VERB_FORMS
                             for t in range(j, e)) and (e - j >= 2 or norms[j][:1] == "ل" or adjective_like(norms[j])) \
                    and not (c.lemma in _CALLS_ON and norms[j] in _CALLED_BODIES) \
                    and not (norms[j].startswith("ال") and norms[j][2:] in _DOC_OBJECTS and c.verb is not None
                             and "o" in c.verb.complements):  # ("أعلنت وزارة المالية | البيان التمهيدي": its object)
                # (not "دعت وزارة الموارد البشرية والتوطين | الشركات الخاصة التي …": whom it called on)
                # (not "ونفت وزارة المالية | التقارير": one definite noun after the name is the verb's object)
                c.np = replace(c.np, end=e, src_end=ctx.ends[e - 1])  # "مجموعة المكتب | الشريف للفوسفاط": the body's whole name
                j = e
                continue
        if c.np is not None and j == c.np.end and c.kind == "verb" and c.np.kind == "document" and n == "عن" \
                and j + 3 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _YEAR_WORDS \
                and ctx.norms[j + 2].isdigit() and len(ctx.norms[j + 2]) == 4 and ctx.words[j + 3]:
            if ctx.norms[j + 3] not in ("ان", "أن"):
                c.np = replace(c.np, end=j + 3, src_end=ctx.ends[j + 2])  # "وأظهرت النتائج المالية للبنك عن عام 2024 ارتفاع"
            j += 3  # "كشف التقرير السنوي للديوان عن سنة 2023 أن": the year it covers, then the claim
            continue
        if c.np is not None and j == c.np.end and c.kind == "verb" and c.np.kind == "document" and ctx.words[j] \
                and not complementizer(n):
            e = _data_of(ctx, j, limit)
            if e > j:
                c.np = replace(c.np, end=e, src_end=ctx.ends[e - 1])  # "أظهرت بيانات تتبع السفن من شركة كبلر أن"
                j = e
                continue
        if c.np is not None and j == c.np.end and c.kind == "verb" and c.np.kind == "named_organization":
            k = _body_described(ctx, j, limit)
            if k > j:
                j = k  # "أعلن مصرف الإمارات المتحد، المدرج في سوق أبوظبي، ارتفاع …": what the body is, then the claim
                continue
        if c.np is not None and j == c.np.end and c.np.kind == "anonymous" and not c.np.definite and ctx.words[j] \
                and not is_definite(n) and not _stopword(n) and n[:1] not in "وفبل" and 3 <= len(n) <= 5 \
                and n not in VERB_FORMS and n not in PARTICIPLES and n not in FIRST_NAMES and j not in ctx.entity_at \
                and not in_lexicon(n, ANON_HEADS) and not in_lexicon(n, ROLE_HEADS) and c.lemma in _SAID_LEMMAS:
            close = next((t for t in range(j + 1, min(limit, j + 14)) if not ctx.words[t]), -1)
            if close > j + 1 and ctx.is_punct(close, "،,") and is_complement(ctx, close + 1, limit) and all(
                    not complementizer(norms[t]) and norms[t] not in VERB_FORMS for t in range(j, close)):
                j = close + 1  # "قال مستثمر من الدمام خسر 230 ألف ريال في المخطط، إنه": what he did, then what he said
                continue
        if n in PARTICIPLES and c.lemma in EXPLICIT_ONLY and j > 0 and ctx.is_punct(j - 1, "،,") and ctx.words[j]:
            return j  # "سجل الديوان 37 ملاحظة …، معتبرا أن …": the participle's أن, another speaker's, not the verb's
        if c.np is not None and j == c.np.end and ctx.raw[j] == "@" and j + 1 < limit and ctx.starts[j + 1] == ctx.ends[j]:
            t = j + 1
            while t + 1 < limit and ctx.starts[t + 1] == ctx.ends[t]:
                t += 1  # "وكتب المغرد @abu_saud88 أنه": his handle, one run of characters
            c.np = replace(c.np, end=t + 1, src_end=ctx.ends[t])
            j = t + 1
            continue
        if n in ("علي", "في") and c.np is not None and j >= c.np.end and j + 1 < limit and ctx.words[j + 1] \
                and norms[j + 1] in _ITS_PAGE:
            k = j + 2
            while k < limit and ctx.words[k] and (is_definite(norms[k]) or norms[k] in TIME_WORDS) and k - j < 5 \
                    and not _stopword(norms[k]):
                k += 1  # (الأخيرة، الأولى، أمس)
            if k < limit and is_complement(ctx, k, limit):
                j = k  # "إذ كتبت «ديلي ميرور» على صفحتها الأخيرة: «…»": where the paper printed it
                continue
        if n in ("علي", "عبر") and j + 3 < limit and not ctx.words[j + 1] and ctx.quote_open_tok.get(j + 1) == j + 3 \
                and ctx.words[j + 2] and norms[j + 2] in _PLATFORMS:
            j += 4  # "وكتب فهد العتيبي على «تويتر»: «…»": the platform he wrote on, by its name in marks
            continue
        if c.np is not None and j >= c.np.end and ((n == "عبر" and j + 1 < limit and ctx.words[j + 1]
                                                   and norms[j + 1] in BY_PHONE) or n in BY_PHONE_WORD):
            j += 1 if n in BY_PHONE_WORD else 2  # "لرويترز عبر الهاتف، طالبا عدم الكشف عن هويته، إن": how he spoke
            if j < limit and ctx.words[j] and norms[j].startswith("ال") and is_nisba(norms[j]):
                j += 1  # (عبر البريد الإلكتروني)
            continue
        if c.np is not None and c.np.kind == "named_organization" and j == c.np.end and ctx.is_punct(j, "،,") \
                and j + 2 < limit and ctx.words[j + 1] and ctx.words[j + 2] and norms[j + 1] in _NEWS_SERVICES \
                and norms[j + 2] in _NEWS:
            c.np = replace(c.np, kind="media")  # "وذكرت آي.إف.آر، خدمة أخبار أسواق المال التابعة لتومسون رويترز، أن"
        if c.np is not None and c.np.kind == "media" and j == c.np.end and ctx.words[j] and n in _PUBLISHED_IN \
                and j + 1 < limit and ctx.words[j + 1] and ctx.norms[j + 1][:1] == "ل":
            m = match_outlet(ctx, j + 1, limit, preposition=True)
            if m is not None and not m.anaphor:
                k = m.end + (1 if m.end < limit and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
                while k < limit and ctx.words[k] and is_nisba(norms[k]) and is_definite(norms[k]) and k - m.end < 3:
                    k += 1  # (العبرية)
                if k < limit and is_complement(ctx, k, limit):
                    j = k  # "قال موقع «واينت» التابع لصحيفة «يديعوت أحرونوت» العبرية إن": whose site it is
                    continue
                if k + 1 < limit and ctx.is_punct(k, "،,"):
                    e = next((t for t in range(k + 1, min(limit, k + 6)) if ctx.is_punct(t, "،,")), -1)
                    if e > k + 1 and all(ctx.words[t] and (norms[t] in TIME_WORDS or norms[t] in WEEKDAYS)
                                         for t in range(k + 1, e)) and is_complement(ctx, e + 1, limit):
                        j = e + 1  # ("…، أمس الثلاثاء، إن": when)
                        continue
        if c.np is not None and c.np.kind == "media" and j == c.np.end and ctx.words[j] and n in _PUBLISHED_IN:
            k = next((t for t in range(j + 1, min(limit, j + 8)) if not ctx.words[t] or is_complement(ctx, t, limit)
                      or norms[t] in VERB_FORMS or (norms[t] == "عن" and c.lemma == _RELAYED)), -1)
            if k > j + 1 and ctx.words[k] and (is_complement(ctx, k, limit) or norms[k] == "عن" and c.lemma == _RELAYED):
                # ("ونقلت صحيفة «ذا ناشيونال» الصادرة في أبوظبي عن مصدر حكومي": then whom it quoted)
                j = k  # "وكتبت صحيفة «غلف نيوز» الصادرة بالإنكليزية في دبي أن": where the paper comes out
                continue
        if c.np is not None and c.np.kind == "media" and j == c.np.end and ctx.words[j] and (
                n in DESCRIPTIONS or n == "شبه" and _word(ctx, j + 1, limit) and norms[j + 1] in DESCRIPTIONS):
            k = j + 1 if n in DESCRIPTIONS else j + 2
            if k + 1 < limit and ctx.norms[k] == "في" and ctx.norms[k + 1] in _ITS_ISSUE and c.lemma == _RELAYED:
                k = next((t for t in range(k + 2, min(limit, k + 6)) if ctx.norms[t] == "عن"), k)
                # ("ونقلت صحيفة «تشرين» الرسمية في عددها الصادر أمس عن مصدر": its issue, then whom)
            if k + 1 < limit and ctx.norms[k] in ("في", "علي") and ctx.words[k + 1] and ctx.norms[k + 1] in _ITS_PAGE:
                c.np = replace(c.np, end=k)  # "وكتبت صحيفة «كيهان» المحافظة في افتتاحيتها أمس أن": then its page
                j = k
                continue
            if k < limit and (ctx.raw[k] in "،," or ctx.norms[k] == "عن" and c.lemma == _RELAYED):
                c.np = replace(c.np, end=k)  # (walked as the paper's: "صحيفة «كيهان» المحافظة، المقربة من …، أن")
                j = k  # ("وكالة أنباء «الأناضول» شبه الرسمية، نقلا عن …، أن")
                continue
        if c.np is not None and j == c.np.end and ctx.words[j] and n in _NICKNAMED and j + 1 < limit:
            k = j + 1
            if ctx.norms[k] in ("ب", "بـ") or not ctx.words[k]:
                k += 1 if ctx.words[k] else 0
                if k in ctx.quote_open_tok:
                    k = ctx.quote_open_tok[k] + 1  # "بن عمر الملقب بـ«الجنرال»": his nickname
                elif ctx.words[k]:
                    k += 1
            elif ctx.norms[k][:1] == "ب":
                k += 1  # "المعروف بالقيصر"
            if k > j + 1 and is_complement(ctx, k, limit):
                j = k
                continue
        if ctx.words[j] and n in _ASKING_NOT and (c.np is None or c.implied):
            ident = next((t for t in range(j + 1, min(limit, j + 7)) if norms[t] in _IDENTITY), -1)
            if ident > 0 and anonymity_clause(ctx, j, ident + 1) and is_complement(ctx, ident + 1, limit):
                c.anonymous = True
                j = ident + 1  # "وقال طالبا عدم ذكر اسمه إن": he asked not to be named
                continue
        if c.np is not None and c.np.kind == "media" and j == c.np.end and ctx.words[j] and is_definite(n) \
                and is_nisba(n) and j > 0 and not ctx.words[j - 1] and j + 1 < limit and ctx.words[j + 1] \
                and (norms[j + 1] in ("عن", "نقلا") or complementizer(norms[j + 1])):
            j += 1  # "ونقلت صحيفة «الأهرام» الحكومية عن …": the paper's adjective after its name in marks
            continue
        if not ctx.words[j] and ctx.raw[j] in "،," and c.np is not None and j == c.np.end and not c.np.named \
                and j + 2 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _CALLED:
            e = next((t for t in range(j + 2, min(limit, j + 7)) if not ctx.words[t]), -1)
            if e > j + 2 and ctx.raw[e] in "،," and is_complement(ctx, e + 1, limit):
                from .mentions import person_np

                c.np = person_np(ctx, j + 2, e)  # "وقال أحد المشترين القادمين من الكويت، ويدعى أبو يوسف، إنه"
                j = e + 1
                continue
        if c.np is not None and not c.np.named and j + 4 < limit and ctx.norms[j - 1] in _INTRODUCED and j - 1 >= c.np.start \
                and norms[j] == "عن" and norms[j + 1] in _HIMSELF and norms[j + 2] in ("باسم", "بإسم"):
            e = next((t for t in range(j + 4, min(limit, j + 9)) if not ctx.words[t] or complementizer(norms[t])), -1)
            if e > j + 3 and (is_complement(ctx, e, limit) or ctx.is_punct(e, "،,:")):
                from .mentions import person_np

                c.np = person_np(ctx, j + 3, e)  # "وقال رجل عرّف عن نفسه باسم جامع عيديد فارح إن": the name he gave
                j = e
                continue
        if n in _CALLED and ctx.words[j] and c.np is not None and j == c.np.end and not c.np.named:
            e = next((t for t in range(j + 1, min(limit, j + 6)) if not ctx.words[t] or complementizer(norms[t])), -1)
            if e > j + 1 and is_complement(ctx, e, limit):
                from .mentions import person_np

                c.np = person_np(ctx, j + 1, e)  # "وقال أحدهم ويدعى فهد الشمري إن": who he is
                j = e
                continue
            if e > j + 1 and ctx.is_punct(e, "،,") and e + 1 < limit and ctx.words[e + 1] and norms[e + 1] in ("وهو", "وهي"):
                from .mentions import person_np

                named = person_np(ctx, j + 1, e)
                if named is not None:
                    c.np = named  # "وقال شاهد عيان يدعى حسن الربيعي، وهو صاحب محل …، إن": who he is, then what
                    j = e
                    continue
        if c.np is not None and j == c.np.end and ctx.words[j] and n[:1] == "ب" and len(n) >= 5 \
                and not is_definite(n) and c.np.kind in ("anonymous", "unnamed_official", "named_organization") \
                and ctx.norms[c.np.end - 1].startswith("ال") and j + 1 < limit and (
                    (ctx.words[j + 1] and complementizer(norms[j + 1]))
                    or (norms[j + 1][:1] == "ل" and match_outlet(ctx, j + 1, limit, preposition=True) is not None)):
            c.np.end, c.np.src_end = j + 1, ctx.ends[j]
            j += 1  # "مصادر في فرع وزارة التجارة بتنومة لـ«الوطن» أن": where the branch is, a town no list knows
            continue
        if n in _BECAUSE and ctx.words[j] and c.np is not None and j > c.np.end and j > 0 \
                and ctx.norms[j - 1] in _IDENTITY:
            comma = next((t for t in range(j + 1, min(limit, j + 16)) if not ctx.words[t]), -1)
            if comma > j + 1 and ctx.raw[comma] in "،,":
                c.anonymous = True
                j = comma  # "طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام، لـ«المصري اليوم»، إن": why
                continue
        if not ctx.words[j] and ctx.raw[j] == "(" and c.np is not None and j == c.np.end and c.np.kind == "named_person":
            shut = next((t for t in range(j + 1, min(limit, j + 5)) if ctx.raw[t] == ")"), -1)
            if shut > j + 1 and any(ctx.raw[t][:1].isdigit() for t in range(j + 1, shut)) and all(
                    ctx.words[t] for t in range(j + 1, shut)):
                j = shut + 1  # "يرى سلطان العتيبي (52 عاما) أن": his age
                continue
            if shut == j + 3 and ctx.norms[j + 1] in _KUNYA_HEADS and ctx.words[j + 2]:
                j = shut + 1  # "عبدالله بن سعد الدوسري (أبو بندر) أن": his kunya
                continue
        if n in SELF_WORDS and ctx.words[j] and c.np is not None and j == c.np.end and c.np.definite:
            j += 1  # "ونفى المصدر ذاته أن": the same one
            continue
        if c.np is not None and c.np.named and j > c.np.end and ctx.is_punct(j - 1, "،,") and ctx.words[j] \
                and n in _RELATIVE:
            close = next((t for t in range(j + 1, min(limit, j + 20)) if not ctx.words[t]), -1)
            if close > j + 1 and ctx.raw[close] in "،," and is_complement(ctx, close + 1, limit) and all(
                    not complementizer(ctx.norms[t]) for t in range(j + 1, close)):
                j = close + 1  # "X، رئيس …، وعضو …، الذي يصدّر إنتاجه …، إن": a clause on him after his posts
                continue
        if c.np is not None and c.np.named and j > c.np.end and ctx.is_punct(j - 1, "،,") and ctx.words[j] \
                and n[:1] == "و" and (in_lexicon(n[1:], ROLE_HEADS) or in_lexicon(n[1:], OCCUPATIONS)
                                      or n[1:] in _OWNER_POSTS or (n.startswith("والم") and len(n) >= 7)):
            close = next((t for t in range(j + 1, min(limit, j + 16)) if not ctx.words[t]), -1)
            if close > j and ctx.raw[close] in "،," and all(
                    ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) for t in range(j, close)):
                j = close + 1  # "X، المدير العام لأحد الفنادق، وعضو لجنة الفنادق في الغرفة، إن": a second post
                # (and "، والمشرف على أعمال المسارين،": a participle that says what he does)
                continue
        if c.np is not None and c.np.kind in ("document", "named_organization") and ctx.is_punct(j, "،,") \
                and j + 2 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _CARRIED_IT_WORDS and c.via is None:
            m = match_outlet(ctx, j + 2, limit)
            if m is not None and not m.anaphor and m.end < limit and ctx.is_punct(m.end, "،,") \
                    and is_complement(ctx, m.end + 1, limit):
                c.via = m  # "أفاد بيان صادر عن الهيئة، نقلته وكالة الأنباء السعودية «واس»، بأن": who carried it
                j = m.end + 1
                continue
        if c.np is not None and c.np.kind in ("document", "named_organization", "unnamed_official", "anonymous") \
                and j == c.np.end and ctx.is_punct(j, "،,") and j + 2 < limit and ctx.words[j + 1] \
                and ctx.norms[j + 1].startswith("الم") and len(ctx.norms[j + 1]) > 5 \
                and not in_lexicon(ctx.norms[j + 1], ROLE_HEADS):
            close = next((t for t in range(j + 2, min(limit, j + 7)) if not ctx.words[t]), -1)
            if close > j + 1 and ctx.raw[close] in "،," and is_complement(ctx, close + 1, limit) and all(
                    ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) for t in range(j + 1, close)):
                named = _name_in_apposition(ctx, j + 1, close) if c.np.kind == "unnamed_official" and any(
                    t in ctx.entity_at and ctx.entity_at[t].type == "PER" for t in range(j + 2, close)) else None
                if named is not None:
                    c.np = named  # "عضو الهيئة …، المحاسب القانوني عبدالله الشهري، إن": the post, then who holds it
                j = close + 1  # "عن بيان لشركة إيني الإيطالية، المشغلة للحقل، أن": what the company is
                continue
        where = c.np is not None and ctx.words[j] and n[:1] == "ب" and len(n) > 4 and not is_definite(n) \
            and in_lexicon(n[1:], REGION_HEADS | _EMIRATE)  # "مصدر في لجنة التعويضات | بإمارة منطقة مكة المكرمة،"
        if c.np is not None and c.np.kind in ("unnamed_official", "anonymous") and j == c.np.end and (
                n in ("علي", "في", "من") and ctx.norms[j - 1].startswith("الم") and is_definite(ctx.norms[j - 1])
                or where):
            close = next((t for t in range(j + 1, min(limit, j + 7)) if not ctx.words[t]), -1)
            if close > j + 1 and ctx.raw[close] in "،," and all(
                    ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) for t in range(j, close)) \
                    and (not where and is_complement(ctx, close + 1, limit)
                         or anonymity_clause(ctx, close + 1, min(limit, close + 8))):
                c.np.end, c.np.src_end = close, ctx.ends[close - 1]
                j = close  # "مدير أحد الفنادق المطلة على ساحات الحرم، فضّل عدم ذكر اسمه،": what they overlook
                continue
        if c.np is not None and c.np.kind in ("anonymous", "unnamed_official") and not c.np.named and j == c.np.end \
                and ctx.words[j] and 3 <= len(n) <= 5 and not is_definite(n) and not complementizer(n) \
                and (not _stopword(n) or n in _PRIVATE and not is_definite(norms[j - 1])) \
                and n[:1] not in "وفبل" and not in_lexicon(n, ROLE_HEADS) and not in_lexicon(n, ANON_HEADS):
            comma = next((t for t in range(j + 1, min(limit, j + 11)) if not ctx.words[t] or complementizer(norms[t])), -1)
            if comma > j and (ctx.raw[comma] in "،," and anonymity_clause(ctx, comma + 1, limit)
                              or ctx.words[comma] and complementizer(norms[comma]) and anonymity_clause(ctx, j, comma)
                              and not any(norms[t][:1] == "ل" and match_outlet(ctx, t, comma, preposition=True) is not None
                                          for t in range(j + 1, comma))):  # (not past "لوكالة فرانس برس": the via)
                # ("وقال مسؤول رفض ذكر اسمه إن": his asking, with no commas, then إن)
                j = comma  # "مستثمر خليجي شارك في المؤتمر، طلب عدم نشر اسمه،": what he did, then his asking
                # ("موظف في شركة شحن خاصة بجدة، طلب …"; "صاحب محل في المركز نفسه، فضل …")
                continue
        if c.np is not None and c.np.kind == "anonymous" and j == c.np.end and ctx.words[j] and n[:1] == "و" \
                and len(n) > 4 and n[1:] in ANON_HEADS and not is_definite(n[1:]) and j + 1 < limit and ctx.words[j + 1] \
                and (ctx.norms[j + 1] in MET_BY or ctx.norms[j + 1] in _SPOKE or VERB_FORMS.get(ctx.norms[j + 1]) is not None
                     and VERB_FORMS[ctx.norms[j + 1]].lemma in _SPOKE):
            c.np = replace(c.np, end=j + 1, src_end=ctx.ends[j], pair=True)
            j += 1  # "ويرى اقتصاديون ومقاولون تحدثت إليهم «الوطن» أن": a second group, then whom they told
            continue
        if c.np is not None and c.np.kind in ("anonymous", "unnamed_official") and not c.np.named and j == c.np.end \
                and c.np.head.endswith(("ون", "ين")) and ctx.words[j] and n[:1] == "و" and len(n) > 5 \
                and n.endswith(("ون", "ين")) and not is_definite(n[1:]) \
                and (in_lexicon(n[1:], ANON_HEADS) or in_lexicon(n[1:], ROLE_HEADS)):
            e = next((t for t in range(j + 1, min(limit, j + 10)) if not ctx.words[t] or complementizer(norms[t])
                      or norms[t] in VERB_FORMS), -1)
            if e > j and (ctx.words[e] and complementizer(norms[e]) or ctx.is_punct(e, "،,")) and all(
                    not ctx.raw[t].endswith(("ه", "ها", "هم")) or t == j for t in range(j, e)):
                c.np = replace(c.np, end=e, src_end=ctx.ends[e - 1], kind="anonymous", pair=True)
                j = e  # "وتوقع مسؤولون ومصرفيون مشاركون في المؤتمر أن": two groups, one source (or "…، الذي …، أن")
                continue
        if c.np is not None and c.np.kind == "unnamed_official" and not c.np.named and j == c.np.end and ctx.words[j] \
                and not is_definite(n) and not complementizer(n) and n not in VERB_FORMS:
            comma = next((t for t in range(j + 1, min(limit, j + 10)) if not ctx.words[t]), -1)
            if comma > j and ctx.raw[comma] in "،," and comma + 3 < limit and ctx.norms[comma + 1] in _RELATIVE:
                close = next((t for t in range(comma + 2, min(limit, comma + 18)) if not ctx.words[t]), -1)
                if close > comma + 2 and ctx.raw[close] in "،," and not any(
                        complementizer(ctx.norms[t]) for t in range(comma + 1, close)):
                    comma = close  # "…، الذي يديره الصندوق بالشراكة مع البنوك، الأستاذ X:": a clause on the body
            if comma > j and ctx.raw[comma] in "،," and comma + 2 < limit and ctx.words[comma + 1] \
                    and ctx.norms[comma + 1] in _HOLDER_OPENERS and all(
                        ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) for t in range(j, comma)):
                holder = parse_np(ctx, comma + 1, limit)
                after = holder.end if holder is not None else -1
                if after > 0 and after < limit and not ctx.words[after] and ctx.raw[after] in "،,:":
                    after += 1
                if holder is not None and holder.kind == "named_person" and holder.named and (
                        is_complement(ctx, after, limit) or _outlet_then_claim(ctx, after, limit)):
                    # (also "…، المهندس خالد الدوسري، لـ«الاقتصادية» أن": the paper he told, walked next)
                    # "مدير عام برنامج كفالة لتمويل المنشآت، الأستاذ X: إن": a name no list knows ends the post
                    c.np = NP(c.np.start, holder.end, holder.src_start, holder.src_end, "named_person", holder.head,
                              role=c.np.role, named=True, feminine=holder.feminine)
                    j = after
                    continue
        if c.np is not None and c.np.kind == "named_person" and c.np.named and j == c.np.end and n in ("من", "لدي") \
                and j + 2 < limit and ctx.words[j + 1] and in_lexicon(ctx.norms[j + 1], ORG_HEADS):
            from .institutions import _institution

            k = _institution(ctx, j + 1, limit)
            if k > j + 2 and k < limit and (not ctx.words[k] or ctx.norms[k] in EVENT_PREPS or is_complement(ctx, k, limit)
                                            or ctx.norms[k][:1] == "ل"):
                j = k  # "قال ريتشارد أوليفر من مؤسسة وود ماكنزي في مقابلة مع …": where he works, then the occasion
                continue
        if c.np is not None and c.np.kind == "unnamed_official" and not c.np.named and j == c.np.end \
                and n == "في" and j + 2 < limit and _is_place(ctx, j + 1) and ctx.raw[j + 2] in "-–":
            c.np.end, c.np.src_end = j + 2, ctx.ends[j + 1]  # "… بالغرفة التجارية الصناعية في الرياض - الدكتور X -"
            j += 2
            continue
        k = prayer_end(ctx, j, limit)
        if k > j:
            j = k  # "وأكد خادم الحرمين الشريفين - حفظه الله - أن": a blessing on him, between dashes
            continue
        if not ctx.words[j] and c.np is not None and j == c.np.end and c.np.kind in ("media", "named_organization") \
                and j in ctx.quote_open_tok and 0 < ctx.quote_open_tok[j] - j <= 3 and ctx.quote_open_tok[j] + 1 < limit \
                and (c.np.end - c.np.start >= 2 or not _stopword(norms[j + 1])) \
                and ((ctx.words[ctx.quote_open_tok[j] + 1] and ctx.norms[ctx.quote_open_tok[j] + 1] == "عن"
                      and c.lemma == "نقل")
                     or (ctx.raw[ctx.quote_open_tok[j] + 1] in "،,." and not is_known_outlet_in_marks(ctx, j, limit))):
            j = ctx.quote_open_tok[j] + 1  # "ونقلت وكالة الأنباء السعودية «واس» عن X"، "قالت شركة التعدين
            continue  # العربية السعودية «معادن»، في إفصاح …، إن": the body's short name (and "حسبما أفاد
            # مكتب الإحصاء الأوروبي "يوروستات"." at the end)
        if c.np is not None and j == c.np.end and ctx.words[j] and ctx.norms[j] == "ل" and j + 2 < limit \
                and j + 1 in ctx.quote_open_tok and 1 < ctx.quote_open_tok[j + 1] - (j + 1) <= 5 \
                and ctx.words[j + 2] and in_lexicon(ctx.norms[j + 2], ORG_HEADS) and ctx.norms[j + 2] not in _OUTLET_HEADS \
                and not is_known_outlet_in_marks(ctx, j + 1, limit) \
                and c.np.kind in ("named_organization", "unnamed_official", "document", "anonymous") \
                and not (ctx.quote_open_tok[j + 1] - (j + 1) == 2 and ctx.quote_open_tok[j + 1] + 1 < limit
                         and complementizer(ctx.norms[ctx.quote_open_tok[j + 1] + 1])):
            # (but "مصدر بالهيئة … لـ"البورصة" إن": one word in marks right before إن is the paper told)
            j = ctx.quote_open_tok[j + 1] + 1  # "المكتب السياسي لـ«حزب الكتائب»": the party's, not an outlet told
            c.np = replace(c.np, end=j, src_end=ctx.ends[j - 1])
            if c.via is not None and getattr(c.via, "start", -1) == j - 1:
                c.via = None
            continue
        if c.np is not None and j == c.np.end and ctx.words[j] and ctx.norms[j][:1] == "ل" and len(ctx.norms[j]) > 3 \
                and j + 1 in ctx.quote_open_tok and 1 < ctx.quote_open_tok[j + 1] - (j + 1) <= 4 \
                and all(ctx.words[t] for t in range(j + 2, ctx.quote_open_tok[j + 1])) \
                and is_complement(ctx, ctx.quote_open_tok[j + 1] + 1, limit) and match_outlet(ctx, j, limit, preposition=True) is None:
            j = ctx.quote_open_tok[j + 1] + 1  # "بيان صادر عن المكتب الإعلامي | لتيار «المستقبل» إن": whose office
            c.np = replace(c.np, end=j, src_end=ctx.ends[j - 1])
            continue
        if not ctx.words[j] and c.np is not None and j == c.np.end and j in ctx.quote_open_tok \
                and 1 < ctx.quote_open_tok[j] - j <= 4 and all(ctx.words[t] for t in range(j + 1, ctx.quote_open_tok[j])) \
                and ctx.words[j - 1] and (ctx.norms[j - 1][:1] == "ل" and len(ctx.norms[j - 1]) > 3
                                          or in_lexicon(ctx.norms[j - 1], ORG_HEADS)) \
                and is_complement(ctx, ctx.quote_open_tok[j] + 1, limit) and not is_known_outlet_in_marks(ctx, j, limit):
            j = ctx.quote_open_tok[j] + 1  # "بيان صادر عن المكتب الإعلامي لتيار «المستقبل» إن": the body's name
            continue
        if not ctx.words[j]:
            if c.np is not None and c.np.kind == "media" and j == c.np.end and j in ctx.quote_open_tok \
                    and 0 < ctx.quote_open_tok[j] - j <= 3 and is_known_outlet_in_marks(ctx, j, limit) \
                    and is_complement(ctx, ctx.quote_open_tok[j] + 1, limit):
                j = ctx.quote_open_tok[j] + 1  # "وأفادت وكالة الأنباء الفلسطينية «وفا» أن": its own short name
                continue
            if c.via is None and ctx.raw[j] in "«\"" and (c.lemma in _TELL or (
                    c.np is not None and j == c.np.end and is_known_outlet_in_marks(ctx, j, limit)
                    and is_complement(ctx, ctx.quote_open_tok[j] + 1, limit))):
                # (وقالت مصادر مصرفية «الوطن» إن: the paper they spoke to, without لـ)
                m = match_addressee(ctx, j, limit)
                if m is not None:
                    c.via = m  # "وأبلغ مسؤول في الوزارة «الشرق الأوسط» أن": the outlet told
                    j = m.end + 1 if m.end < limit and not ctx.words[m.end] else m.end
                    continue
            if ctx.raw[j] == "؛" and c.np is not None and c.np.named and j == c.np.end and j + 1 < limit \
                    and ctx.words[j + 1] and in_lexicon(norms[j + 1], ROLE_HEADS):
                j = _apposition_end(ctx, c, j + 1, limit)  # "سامر الحداد؛ مدير في شركة النخبة، أن"
                continue
            if ctx.raw[j] in "-–" and c.np is not None and j == c.np.end and c.np.kind in ("unnamed_official", "anonymous") \
                    and not c.np.named:
                k = _name_between_dashes(ctx, c, j, limit)
                if k > j:
                    j = k  # "وقال المستشار المالي … - الدكتور فيصل العقيل، الذي يدير … - إن": the post's holder
                    continue
            if ctx.raw[j] in "-–" and c.np is not None and j == c.np.end:
                close = next((k for k in range(j + 2, min(limit, j + 14)) if ctx.raw[k] in "-–"), -1)
                if close > 0 and close + 1 < limit and all(ctx.words[k] for k in range(j + 1, close)) \
                        and (anonymity_clause(ctx, j + 1, close + 1) or norms[j + 1] in _RELATIVE):
                    # "وذكر المصدر - الذي فضل عدم ذكر اسمه - أن": a clause between dashes
                    c.anonymous = c.anonymous or anonymity_clause(ctx, j + 1, close + 1)
                    j = close + 1
                    continue
            if ctx.raw[j] in "-–" and c.np is not None and (c.np.named or c.np.kind == "named_organization") \
                    and j == c.np.end:
                close = next((k for k in range(j + 2, min(limit, j + 14)) if ctx.raw[k] in "-–"), -1)
                takes_object = c.verb is not None and "o" in c.verb.complements and close > 0 and close + 1 < limit \
                    and ctx.words[close + 1] and close - j <= 12
                if close > 0 and all(ctx.words[k] and ctx.norms[k] not in VERB_FORMS for k in range(j + 1, close)) \
                        and (is_complement(ctx, close + 1, limit) and close - j <= 7 or takes_object):
                    j = close + 1  # "يرى X- أحد المشترين- أن"، "أعلنت نوكيا - أكبر شركة … - زيادة": a description
                    continue
            if ctx.raw[j] in "،,(" and j + 1 < limit:
                if ctx.raw[j] == "(":
                    close = next((k for k in range(j + 1, min(limit, j + 8)) if ctx.raw[k] == ")"), -1)
                    if close < 0:
                        return j
                    if c.np is not None and c.np.kind == "unnamed_official" and j == c.np.end:
                        _name_after_role(ctx, c, close + 1, limit)  # "مدير شركة (سيبرين) فلاديمير جوكف"
                    j = c.np.end if c.np is not None and c.np.end > close else close + 1
                    continue
                if c.np is not None and c.np.kind in ("unnamed_official", "anonymous") and not c.np.named \
                        and j == c.np.end:
                    k = _name_after_posts_between_commas(ctx, c, j, limit)
                    if k > j:
                        j = k  # "عضو المجلس، الأستاذ المشارك …، الرئيس السابق …، الدكتور X، إن"
                        continue
                if c.np is not None and j == c.np.end and j + 3 < limit and ctx.words[j + 1] and norms[j + 1] == "في" \
                        and norms[j + 2] == _PERSON_OF:
                    close = next((t for t in range(j + 3, min(limit, j + 12)) if not ctx.words[t]), -1)
                    who = parse_np(ctx, j + 3, close) if close > j + 3 and ctx.is_punct(close, "،,") else None
                    if who is not None and who.end == close and who.kind == "named_person" and who.named:
                        c.np = replace(who, start=c.np.start)  # "دفاع المتهمين، في شخص المحامي X، أن": the lawyer speaks
                        j = close + 1
                        continue
                if c.np is not None and (j == c.np.end or c.sv and j == c.cue_b) and ctx.words[j + 1] \
                        and norms[j + 1] in ("في", "خلال") \
                        and j + 2 < limit and ctx.words[j + 2] and in_lexicon(norms[j + 2], SPEECH_EVENTS):
                    # (and "وكان الاتحاد … قد طالب، في بيان بمناسبة عيد العمال، بـ…": after the verb)
                    via_before = c.via
                    k = _event_phrase(ctx, c, j + 2, limit)
                    takes = c.verb is not None and "o" in c.verb.complements and c.np.named and k < limit \
                        and _word(ctx, k, limit) and not _stopword(norms[k]) and norms[k] not in VERB_FORMS \
                        and (possessed_masdar(norms[k]) or not is_definite(norms[k])) and norms[k] not in _HELD_IT
                    # ("نفى الوالي، X، في تصريحات لـ«البيان» وجود أي قيود": the occasion, then what he denied)
                    if k > j + 3 and not takes and not (k < limit and (is_complement(ctx, k, limit) or (
                            ctx.raw[k] in "،," and k + 1 < limit and is_complement(ctx, k + 1, limit)))):
                        c.via, k = via_before, -1  # (the occasion runs on: the walk below takes it)
                    if k > j + 3:
                        j = k  # "X، نيكوس ستافريديس، في مقابلة مع تلفزيون «سكاي» أن": the occasion and its outlet
                        continue
                if c.np is not None and c.np.kind in ("anonymous", "unnamed_official") and ctx.words[j + 1] \
                        and norms[j + 1] in _CLAUSE_VERBS:
                    shut = next((t for t in range(j + 2, min(limit, j + 10)) if not ctx.words[t]), -1)
                    if shut > 0 and ctx.is_punct(shut, "،,") and is_complement(ctx, shut + 1, limit):
                        j = shut + 1  # "مصدر من الاتحاد المغربي للشغل، حضر الاجتماع، إن": a clause on him
                        continue
                if c.via is None and ctx.words[j + 1] and norms[j + 1][:1] == "ل":
                    m = match_outlet(ctx, j + 1, limit, preposition=True)
                    e = _paren_end(ctx, m.end, limit) if m is not None and not m.anaphor else -1
                    if 0 < e < limit and ctx.is_punct(e, "،,") and is_complement(ctx, e + 1, limit):
                        c.via = m  # "X، لوكالة السودان للأنباء (سونا)، إن": whom he told, between commas
                        j = e + 1
                        continue
                k = _apposition_end(ctx, c, j + 1, limit)
                if k > j + 1 and norms[j + 1] in _RELATIVE and c.np is not None:
                    k = _joined_relative_end(ctx, k, limit)  # "، التي …، وتدير …، بأنها"
                if j + 2 < k < limit and ctx.is_punct(k - 1, "،,") and ctx.words[k] and c.np is not None \
                        and (norms[k] in _RELATIVE or norms[k] in ("وهو", "وهي") or norms[k] in _DURING
                             or norms[k] in _ACCORDING and k + 2 < limit
                             and (ctx.norms[k + 1] in _RELAYED_BARE or ctx.norms[k + 2] in _RELAYED_BARE)
                             or _event_then_claim(ctx, c, k, limit) or _what_one_does(
                                 ctx, c, k, next((t for t in range(k, min(limit, k + 12)) if ctx.is_punct(t, "،,")), -1),
                                 limit) or _another_post(ctx, c, k, limit)) \
                        and not _claim_follows(ctx, c, k, limit):
                    k -= 1  # "X، الرئيس التنفيذي للشركة، وهو الذي قاد …، إن": the next phrase between commas
                j = k
                continue
            return j
        k = subject_tail(ctx, c, j, limit)
        if k >= 0:
            j = k  # ردا على سؤال، لفت النظر، titles alone, an unnamed group's genitive chain
            continue
        if n == "عبر" and c.np is not None and j == c.np.end and c.np.kind == "named_organization" and j + 1 < limit:
            k = _through_whom(ctx, j + 1, limit)
            if k > j + 1:
                j = k  # "وأبدت سوريا عبر فيصل المقداد نائب وزير خارجيتها استعدادها": through whom it spoke
                continue
        if n in TIME_WORDS or n in FILLERS or n in SAYING or n in _AUDIENCE or n in _SPEECH_MASDAR:
            if n in FILLERS and ctx.words[j - 1] and norms[j - 1] == n:
                return j  # "، فقد فقد الاقتصاد …": the particle, then the verb "lost" spelled alike
            j += 1
            continue
        if adverbial_end(norms, j, limit) > j:
            j = adverbial_end(norms, j, limit)  # في وقت سابق، في الوقت ذاته
            continue
        if n in ("من", "ومن") and j + 1 < limit and norms[j + 1] in SIDE_WORDS:
            j += 2  # من جهته، من جانبها
            continue
        if c.np is not None and c.np.named and j == c.np.end and in_lexicon(n, ROLE_HEADS):
            role = parse_np(ctx, j, limit)  # هنري شيلتون رئيس الأركان الأمريكي أن ...
            end = role.end if role is not None else j
            close = ctx.quote_open_tok.get(end, -1) if role is not None and ctx.words[end - 1] else -1
            if 0 < close - end <= 5 and close + 1 < limit and is_complement(ctx, close + 1, limit) \
                    and all(ctx.words[t] for t in range(end + 1, close)):
                end = close + 1  # "الرئيس التنفيذي لشركة «الأفق» أن": the company's name in marks
            if role is not None and role.kind in ("unnamed_official", "anonymous") and role.end > j \
                    and not is_complement(ctx, end, limit):
                # "المحلل في ان.بي.كيه كابيتال “...”": a firm no list knows closes the role
                at = end + 1 if end < limit and ctx.norms[end] in ("في", "لدي") else end
                ahead = next((t for t in range(at, min(limit, at + 6)) if not ctx.words[t]
                              or is_complement(ctx, t, limit)), -1)
                if ahead > at and is_complement(ctx, ahead, limit) and not in_lexicon(ctx.norms[at], INTERVIEW_WORDS) \
                        and not (ctx.norms[at][:1] == "ل" and match_outlet(ctx, at, limit, preposition=True) is not None) and all(
                        ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not is_definite(ctx.norms[t])
                        for t in range(at, ahead)) and (at > end or _role_ends_in_place(ctx, j, end)
                                                        or _second_role(ctx, end, ahead)):
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
            if role is not None and role.kind in ("named_person", "unnamed_official") and role.role \
                    and c.verb is not None and "o" in c.verb.complements and n.startswith("ال") \
                    and not is_complement(ctx, role.end, limit):
                # a name after a name and its role is the object
                end = ctx.tok_at_char(role.src_start) if role.kind == "named_person" else role.end
                if j < end < limit and ctx.words[end]:
                    c.role_after = c.role_after or " ".join(norms[j:end])
                    return end  # "وقدر X المحلل في «Y» قيمة الحصة": the role in apposition, then the object
            after = end
            while after < limit and ctx.words[after] and norms[after] in TIME_WORDS:
                after += 1  # (أمس، اليوم)
            if role is not None and role.kind == "unnamed_official" and role.end > j + 1 and c.verb is not None \
                    and "o" in c.verb.complements and c.np.kind == "named_person" and _object_opens(ctx, after, limit):
                c.role_after = c.role_after or " ".join(norms[j:end])
                return after  # "أكد الأمير X أمير منطقة الرياض أهمية دعم …": his post, then the object
            if role is not None and role.kind in ("unnamed_official", "anonymous") and role.end > j \
                    and (_claim_follows(ctx, c, end, limit) or (after > end and _claim_follows(ctx, c, after, limit))):
                c.role_after = c.role_after or " ".join(norms[j:end])
                j = after  # (…، "وحذر X وزير الصحة من تراجع …"، "طالب X رئيس الكتلة أمس بتشكيل": the verb's own preposition after his post)
                continue
            if role is not None and role.kind in ("unnamed_official", "anonymous") and role.end > j and c.via is None \
                    and end < limit and ctx.words[end] and norms[end][:1] == "ل":
                m = match_outlet(ctx, end, limit, preposition=True)
                e = m.end + (1 if m is not None and m.end < limit and ctx.raw[m.end] in "»\"”" else 0) if m is not None else -1
                if m is not None and not m.anaphor and e < limit and _claim_follows(ctx, c, e, limit):
                    c.role_after = c.role_after or " ".join(norms[j:end])
                    c.via = m  # "قال X عضو شعبة الذهب في اتحاد الغرف لقناة «سكاي نيوز عربية» إن": his post, whom he told
                    j = e
                    continue
            if role is not None and role.kind == "unnamed_official" and role.end > j:
                k = _posts_then_complement(ctx, c, end, limit)
                if k > end:
                    c.role_after = c.role_after or " ".join(norms[j:k])
                    j = k  # "محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إن": his posts
                    continue
            if role is not None and role.kind == "unnamed_official" and role.end > j and end + 1 < limit \
                    and ctx.raw[end] in "،," and ctx.words[end + 1] and _adverbial_then_complement(ctx, c, end, limit):
                c.role_after = c.role_after or " ".join(norms[j:end])
                j = end  # "خالد الفالح وزير الصحة، خلال مؤتمر صحافي أمس، أن": his post, then where he said it
                continue
        k = named_description(ctx, c, j, limit) if j not in described else -1
        if k >= 0 and k != j:
            described.add(j)  # (never twice from one place: a name cut back and run on again)
            j = k  # the name after titles, a description of the person named with no comma
            continue
        if c.np is not None and c.np.kind == "unnamed_official" and not c.np.named and j == c.np.end \
                and in_lexicon(n, ROLE_HEADS):
            named = _name_after_posts(ctx, c, j, limit)
            if named is not None:
                c.role_after = c.role_after or " ".join(norms[c.np.start:named.start])
                c.np = replace(named, start=c.np.start)  # "ولي ولي العهد النائب الثاني … وزير الدفاع الأمير X أن"
                j = named.end
                continue
        if n[:1].isdigit():
            if j + 1 < limit and (ctx.raw[j + 1] == "%" or ctx.words[j + 1] and ctx.norms[j + 1] in _AMOUNT_UNITS):
                break  # "«أرامكو» تتوقع 85 مليون برميل": an amount opens what is said, nothing between
            j += 1
            continue
        opening = next((t for t in range(j + 1, min(limit, j + 4)) if t in ctx.quote_open_tok), -1) \
            if n in ("في", "لدي") and c.np is not None and j == c.np.end else -1
        if opening > 0 and (opening == j + 1 or in_lexicon(ctx.norms[j + 1], ORG_HEADS)) and all(
                ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not _stopword(ctx.norms[t])
                for t in range(j + 1, opening)):
            close = ctx.quote_open_tok[opening]
            if close < limit and close - opening <= 5 and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS
                                                              for t in range(opening + 1, close)) \
                    and is_complement(ctx, close + 1, limit):
                # "تقرير لوحدة الأبحاث في «الاقتصادية» إن"، "إدارة البحوث في بنك الاستثمار «دلتا» إن":
                # the house it comes from
                j = close + 1
                continue
        if c.np is not None and j == c.np.end and c.np.kind == "media" and n in _SPEAKING_IN and j + 1 < limit \
                and ctx.words[j + 1] and ctx.norms[j + 1][:1] == "ب":
            k = j + 2
            if ctx.norms[j + 1] in ("باللغه", "بلغه") and k < limit and ctx.words[k]:
                k += 1  # "الناطقة باللغة الفرنسية"
            j = k  # "يومية «ليكونوميست» الناطقة بالفرنسية عن …": the language it is written in
            continue
        if c.np is not None and j == c.np.end and n.startswith("ال") and is_nisba(n) and j > 0 \
                and not ctx.words[j - 1] and is_complement(ctx, j + 1, limit):
            j += 1  # صحيفة «دون» المحلية أن: a description after a name in marks
            continue
        if c.np is not None and j == c.np.end and c.np.kind == "anonymous" and c.np.end - c.np.start == 1 and n == "من" \
                and j + 2 < limit and ctx.words[j + 1] and not is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) \
                and norms[j + 1] not in VERB_FORMS and len(norms[j + 1]) >= 3 and ctx.is_punct(j + 2, "،,") \
                and ctx.words[j + 3] and (norms[j + 3] in _CALLED or anonymity_clause(ctx, j + 3, limit)):
            c.np = replace(c.np, end=j + 2, src_end=ctx.ends[j + 1])  # "مواطن من مغنية، يدعى محمد،": where he is from
            j += 2
            continue
        if c.np is not None and j == c.np.end and c.np.kind == "anonymous" and ctx.words[j] and adjective_like(n) \
                and j + 3 < limit and ctx.is_punct(j + 1, "،,") and anonymity_clause(ctx, j + 2, limit):
            c.np = replace(c.np, end=j + 1, src_end=ctx.ends[j])  # "مصدر في ميناء نواكشوط المستقل، فضل عدم …": the port's adjective
            j += 1
            continue
        if c.np is not None and (j == c.np.end or c.via is not None and j == getattr(c.via, "end", -1)) \
                and j + 2 < limit and norms[j + 1] == "عدم":
            # "نائب طلب عدم ذكر اسمه": the anonymity clause ends at the name/identity word (also
            # after the outlet: "وقال مصدر لرويترز طالبا عدم نشر اسمه إن")
            k = next((t for t in range(j + 2, min(limit, j + 7)) if norms[t] in _IDENTITY), -1)
            if k > 0:
                c.anonymous = c.anonymous or anonymity_clause(ctx, j, k + 1)
                j = k + 1
                if j < limit and ctx.words[j] and norms[j] in _WHY_UNNAMED:
                    comma = next((t for t in range(j + 1, min(limit, j + 12)) if not ctx.words[t]), -1)
                    if comma > 0 and ctx.raw[comma] in "،," and is_complement(ctx, comma + 1, limit):
                        j = comma + 1  # "تاجر طلب عدم ذكر اسمه خوفا من الملاحقة، إن": why he asked
                continue
        if c.np is not None and j == c.np.end and c.np.kind == "anonymous":
            at = j + 1 if n in _RELATIVE else j
            k = _surveyed(ctx, at, limit)
            if k > at:
                if c.via is None:
                    m = match_addressee(ctx, at + 1, k - 1)
                    if m is not None:
                        c.via, c.interview = m, True  # "محللون استطلعت «رويترز» آراءهم": the outlet that polled them
                j = k  # "عدد من المحللين استطلعت «اليوم» آراءهم أن": whom the paper asked
                continue
            k = _met_by(ctx, c, at, limit)
            if k > at:
                j = k  # "عدد من المستثمرين التقتهم «الوطن» إلى أن": the paper met them
                continue
        at = j + 1 if n in _RELATIVE else j
        k = _spoke_to(ctx, c, at, limit) if c.np is not None and j == c.np.end else at
        if k > at:
            j = k  # "المحللون الذين تحدثوا لـ«الاقتصادية» إن": the outlet they spoke to
            continue
        if c.np is not None and j == c.np.end and c.np.kind == "document" and n in _RELATIVE and j + 2 < limit \
                and ctx.words[j + 1] and ctx.norms[j + 1] in _ISSUES_IT and ctx.words[j + 2] and c.verb is not None \
                and "o" in c.verb.complements:
            issuer = parse_np(ctx, j + 2, limit)
            if issuer is not None and issuer.start == j + 2 and issuer.kind in (
                    "named_organization", "unnamed_official", "named_person", "anonymous"):
                k = issuer.end
                while k < limit and ctx.words[k] and norms[k] in TIME_WORDS:
                    k += 1
                if k < limit and ctx.words[k] and not complementizer(norms[k]) and norms[k] not in VERB_FORMS:
                    return k  # "أظهرت نتائج مسح القوى العاملة الذي تصدره الهيئة العامة للإحصاء | تراجع …": who issues it
        if c.np is not None and j == c.np.end and c.np.kind == "document" and n in _RELATIVE and j + 1 < limit \
                and ctx.words[j + 1] and ctx.norms[j + 1] in _PUBLISHED_BY:
            comma = next((t for t in range(j + 2, min(limit, j + 14)) if not ctx.words[t] and ctx.raw[t] in "،,"), -1)
            if comma > 0 and not any(ctx.words[t] and complementizer(norms[t]) for t in range(j + 2, comma)):
                m = _published_in(ctx, j + 1, comma)
                if m is not None:
                    c.via = c.via or m  # "ودعا النداء الذي نشر أمس في صحيفة «لوفيغارو»، الأمم المتحدة إلى"
                    j = comma + 1
                    continue
        if c.np is not None and j == c.np.end and (n in _RELATIVE or (n[:1] == "و" and n[1:] in _RELATIVE) or (
                c.np.kind == "document" and (
                is_verb_like(n) or _relative_verb(ctx, j, limit) or n in ISSUE_VERBS))):
            # "مسح أجرته رويترز أن ...": a relative clause on the document (and "والذي استعرضه …")
            k = _relative_end(ctx, j + 1, min(limit, j + 30))
            ident = next((t for t in range(j + 1, min(limit, j + 10)) if norms[t] in _IDENTITY), -1)
            ends_well = k > 0 and (complementizer(ctx.norms[k]) or k in ctx.quote_open_tok or ctx.raw[k] == ":")
            if n in _RELATIVE and ident > 0 and anonymity_clause(ctx, j + 1, ident + 1) and not ends_well:
                c.anonymous = True  # "المحلل الذي لا يرغب في الإفصاح عن اسمه إلى ...": then its object
                j = ident + 1
                continue
            if n in _MADE and c.np.kind == "document" and not (k > 0 and complementizer(ctx.norms[k])):
                own = _after_maker(ctx, c, j, limit)
                if own > 0:
                    j = own  # "أشار مسح أجرته "بلومبرغ" الأسبوع الماضي وشمل ست مصافٍ إلى": who made it, then its claim
                    continue
            if n in _RELATIVE and c.lemma is not None and VERB_PREPOSITION.get(c.lemma):
                own = _own_after_relative(ctx, c, j + 2, min(limit, j + 30 if k < 0 else k))
                if own < 0:
                    own = _after_maker(ctx, c, j + 1, limit)
                if own > 0:
                    j = own  # "كما أعربت X التي كانت تشغل منصب … عن استيائها": the clause ends at the verb's own preposition
                    continue
            if k > 0 and (complementizer(ctx.norms[k]) or ((k in ctx.quote_open_tok or ctx.raw[k] == ":")
                                                           and n in _RELATIVE and not _paper_in_marks(ctx, k, limit))):
                c.anonymous = c.anonymous or anonymity_clause(ctx, j + 1, k)
                if c.np.kind == "document" and c.via is None:
                    # "التقرير الذي نشرته صحيفة الحياة إن"، "مقال نشر في صحيفة X أن" (no الذي)
                    c.via = _published_in(ctx, j if n in ISSUE_VERBS else j + 1, k)
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
            while_doing = ctx.words[j + 1] and norms[j + 1] in VERB_FORMS and VERB_FORMS[norms[j + 1]].tense != "perf"
            if k > j + 1 and complementizer(norms[k]) and not any(
                    norms[t] in VERB_FORMS for t in range(j + (2 if while_doing else 1), k)):
                if c.via is None:  # "وقال X وهو أحد محامي الدفاع لوكالة فرانس برس إن": the agency told
                    c.via = next((m for t in range(j + 2, k) if ctx.words[t] and norms[t][:1] == "ل"
                                  for m in (match_outlet(ctx, t, k, preposition=True),)
                                  if m is not None and not m.anaphor and m.end == k), None)
                j = k  # "وذكرت «إكسور» ... وهي شركة الاستثمار للعائلة أنها": what the source is
                continue  # ("وقال X وهو يتحدث للصحافيين في الجزائر إن": while he spoke)
        if n in ("نقلا", "ونقلا") and j + 1 < limit and norms[j + 1] == "عن":
            j = _relay(ctx, c, j + 2, limit)
            continue
        if n in _BASED_ON and j + 2 < limit and norms[j + 1] == "الي" and _relayed_source(ctx, j + 2, limit):
            j = _relay(ctx, c, j + 2, limit)  # "استنادا إلى ثلاثة مصادر في قطاع الطاقة": people, relayed
            continue
        if n == "عن" and c.lemma == "نقل" or n == "الي" and c.lemma == _ASCRIBE \
                or n == "من" and c.lemma == _LEARNT and c.np is not None and j == c.np.end:
            # (علمت «الرياض» من مصادر مطلعة أن: the sources told the paper)
            j = _relay(ctx, c, j + 1, limit)  # (نسبت X إلى مصادر قولها: the same relay)
            continue
        if n in _FROM_HIM and c.lemma == "نقل" and c.np is not None and c.np.kind in ("media", "named_organization") \
                and j + 1 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in _SPEECH_MASDAR:
            # "ونقلت وكالة «إسنا» عنه قوله إن": the agency relays the one named before
            c.via_np = c.np
            c.np, c.implied = None, True
            c.gender = "f" if n.endswith("ها") else "m"
            c.number = "p" if n.endswith(("هم", "هما")) else "s"
            j += 2
            continue
        if n == "الي" and c.lemma == "نقل" and c.np is not None and j == c.np.end:
            k = next((t for t in range(j + 1, min(limit, j + 5)) if ctx.words[t] and ctx.norms[t] == "عن"), -1)
            if k > 0 and all(ctx.words[t] for t in range(j + 1, k)):
                j = _relay(ctx, c, k + 1, limit)  # "ونقل موفد الجزيرة نت إلى الصومال عن X قوله": where he was sent
                continue
        if n in ("ل", "لـ") and c.via is None and j + 3 < limit and ctx.raw[j + 1] == "(":
            close = next((t for t in range(j + 2, min(limit, j + 6)) if ctx.raw[t] == ")"), -1)
            m = match_outlet(ctx, j + 2, close) if close > j + 2 else None
            if m is not None and not m.anaphor and m.end == close:
                c.via = m  # "وقال الوزير لـ(كونا) إن": the agency in brackets
                j = close + 1
                continue
        if n.startswith("ل") and c.via is None:
            m = match_outlet(ctx, j, limit, preposition=True)
            if m is None and j + 1 < limit and complementizer(norms[j + 1]):
                m = match_outlet(ctx, j, j + 1, preposition=True, ambiguous_ok=True)  # الوزير للعربية إن
            if m is not None and c.np is not None and j > c.np.end and post_then_its_body(ctx, j - 1, m):
                m = None  # "خالد الدوسري الرئيس التنفيذي لـ«سبكيم»، إن": the company he heads, not an outlet
            if m is not None:
                c.via = m
                j = past_outlet_adjective(ctx, m, limit)
                continue
        if n in ("الي", "مع", "عبر") and c.via is None and j + 1 < limit:
            m = match_outlet(ctx, j + 1, limit)  # "عبر قناة الجزيرة": the outlet he spoke through
            if m is not None and not m.anaphor:
                c.via = m
                j = m.end
                continue
        if n == "في" and c.via is None and j + 1 < limit and ctx.words[j + 1] and bare(norms[j + 1]) in _PRINTED_IN:
            m = match_outlet(ctx, j + 1, limit)  # "كتب في صحيفة «الحياة» أن": the paper he wrote in
            if m is not None and not m.anaphor and m.end < limit and is_complement(ctx, m.end, limit):
                c.via = m
                j = m.end
                continue
        if (c.lemma == "ابلغ" or c.lemma == _INFORMED_LEMMA and c.np is not None and j >= c.np.end) and c.via is None:
            m = match_outlet(ctx, j, limit)  # ("وكانت مصادر … قد أفادت صحيفة «عكاظ» الأسبوع الماضي بأن": the paper told)
            if m is not None and c.lemma == _INFORMED_LEMMA and (
                    m.anaphor or not m.type_word or in_lexicon(ctx.norms[c.np.end - 1], ROLE_HEADS)):
                m = None  # (not "وأفاد مراسل قناة «الجزيرة»": the channel's own man)
            if m is not None:
                c.via = m
                j = m.end
                continue
            whom = parse_np(ctx, j, limit)
            if whom is not None and whom.end < limit and is_complement(ctx, whom.end, limit):
                j = whom.end  # "أبلغ البرلمان أن ...": whom he told, not an outlet
                continue
        if n in EVENT_PREPS and j + 1 < limit and ctx.words[j + 1] and norms[j + 1] in _MONTHS \
                and not in_lexicon(norms[j + 1], SPEECH_EVENTS):
            j += 2  # "أعلنت الشركة في يوليو الماضي بدء التشغيل": the month (and its year, or "the last")
            while j < limit and (ctx.words[j] and (norms[j] in TIME_WORDS or norms[j].isdigit())
                                 or ctx.raw[j] == "/" and j + 1 < limit and ctx.words[j + 1] and norms[j + 1] in _MONTHS):
                j += 1  # ("في آذار/مارس 2023": both names of the month)
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
_PRINTED_IN = folded_set("صحيفة جريدة مجلة")
_ONE_OF_WORDS = folded_set("أحد إحدى")
#: Verbs whose object is whom they told: the outlet after the source (أبلغ، أفاد، أخبر).
_TELL = folded_set("أبلغ أفاد أخبر")
_INFORMED_LEMMA = fold("أفاد")
_TALKED = fold("تحدث")


_PUBLISHED_BY = folded_set("نشر نشرت نشرته نشرتها نشره نشرها أوردته أوردتها أورده أوردها")


def _published_in(ctx: Context, a: int, b: int):
    """A relative clause on a document that says where it was published ("الذي نشر أمس في
    صحيفة X"، "الذي نشرته صحيفة X"): that outlet is the via."""
    if not any(ctx.words[t] and ctx.norms[t] in _PUBLISHED_BY for t in range(a, min(b, a + 3))):
        return None
    for t in range(a, b):
        if ctx.words[t] and could_be_outlet(ctx, t):
            m = match_outlet(ctx, t, b)
            if m is not None and not m.anaphor:
                return m
    return None


_SURVEYED = folded_set("استطلعت استطلع سألت سأل التقت التقى")
_OPINIONS = folded_set("آراءهم آرائهم ارائهم اراءهم رأيهم رايهم رأيها")


def _surveyed(ctx: Context, j: int, limit: int) -> int:
    """"(الذين) استطلعت «اليوم» آراءهم": the paper that asked them; the token past آراءهم, or
    ``j``."""
    if j >= limit or not ctx.words[j] or ctx.norms[j] not in _SURVEYED:
        return j
    k = next((t for t in range(j + 1, min(limit, j + 7)) if ctx.words[t] and ctx.norms[t] in _OPINIONS), -1)
    return k + 1 if k > 0 else j


_MET_BARE = folded_set("التقت قابلت")
_THEM = folded_set("بهم به بها")


def _met_by(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """"(الذين) التقتهم «الوطن»"، "التقت بهم «الاقتصادية»": the paper that met the source, its
    via (an interview); the token past the paper, or ``j``."""
    if j + 1 >= limit or not ctx.words[j]:
        return j
    k = j + 1 if ctx.norms[j] in MET_BY else j + 2 if ctx.norms[j] in _MET_BARE and ctx.norms[j + 1] in _THEM else j
    if k == j or k >= limit:
        return j
    m = match_addressee(ctx, k, limit)
    if m is None:
        return j
    if c.via is None:
        c.via, c.interview = m, True
    return m.end  # (past the closing mark of a name in marks)


def _spoke_to(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """"تجار ..., تحدثوا إلى «الرؤية»"، "الذين تحدثوا لوكالة رويترز": a clause on the source
    saying whom it spoke to. Its outlet is the via; returns the token past it, or ``j``."""
    if j + 1 >= limit or not ctx.words[j]:
        return j
    vf = VERB_FORMS.get(ctx.norms[j])
    if vf is None or vf.person != 3 or vf.lemma not in _SPOKE or vf.prefix:
        return j
    k = j + 1
    if ctx.norms[k] in ("الي", "مع") or ctx.norms[k] in _TO_THEM:
        m = match_addressee(ctx, k + 1, limit)  # (and "تحدثت إليهم «الاقتصادية»": the paper spoke to them)
    else:
        m = match_outlet(ctx, k, limit, preposition=True)
    if m is None:
        return j
    if c.via is None:
        c.via = m
        c.interview = vf.lemma == _TALKED
    return m.end


_KUNYA_HEADS = folded_set("أبو أم ابو ام")
#: مؤسِّسة (a founder, a woman) is written as مؤسَّسة (an institution): a name after it is hers.
_FOUNDER = folded_set("المؤسسة مؤسسة")
_BECAUSE = folded_set("لأنه لأنها لأنهم لكونه لكونها")
_TO_THEM = folded_set("إليهم إليه إليها إليهما معهم معه معها معهما")
_PLATFORMS = PLATFORMS | folded_set("إنستجرام انستجرام")
_NICKNAMED = folded_set("الملقب الملقبة المعروف المعروفة الملقبين")
_PUBLISHED_IN = folded_set("الصادرة الصادر التي تصدر الذي يصدر التابع التابعة المملوك المملوكة")
_ASKING_NOT = folded_set("طالبا طالبة طالبين مفضلا مفضلة رافضا رافضة مشترطا مشترطة")
_IDENTITY = folded_set("اسمه اسمها هويته هويتها اسمهم هويتهم أسمائهم")
#: Why one asked not to be named: "خوفا من الملاحقة"، "لحساسية الموضوع"، "لأنه غير مخول …".
_WHY_UNNAMED = folded_set("خوفا خشية تجنبا لحساسية نظرا لأنه لأنها لأنهم لكونه لكونها لكونهم")


_ITS_CORRESPONDENT = folded_set("مراسلها مراسله موفدها موفده مراسليها مراسليه")


def _relay(ctx: Context, c: Cand, j: int, limit: int) -> int:
    inner = parse_np(ctx, j, limit) or _foreign_name(ctx, j, limit)
    if inner is None:
        return j
    close = ctx.quote_open_tok.get(inner.end, -1)
    if inner.kind == "document" and close == inner.end + 2 and ctx.words[inner.end + 1] \
            and not complementizer(ctx.norms[inner.end + 1]) and ctx.norms[inner.end + 1] not in VERB_FORMS:
        inner = replace(inner, end=close + 1, src_end=ctx.ends[close])  # "عن بيانات «تداول»": whose data
    k = inner.end + (1 if inner.end < limit and not ctx.words[inner.end] and ctx.raw[inner.end] in "»\"”" else 0)
    if inner.kind == "media" and k + 1 < limit and ctx.words[k] and ctx.norms[k] in _SAYING_OF:
        speaker = parse_np(ctx, k + 1, limit)
        m = match_outlet(ctx, inner.start, limit)
        if speaker is not None and speaker.kind in ("named_person", "unnamed_official", "anonymous",
                                                    "named_organization") and m is not None:
            # "ونقلت صحيفة «الشرق الأوسط» عن وكالة «رويترز» قول مسؤول …": the agency relayed him
            c.via = m
            c.np, c.implied = speaker, False
            c.anonymous = c.anonymous or anonymity_clause(ctx, speaker.end, limit)
            return speaker.end
    past_name = -1
    if inner.kind == "unnamed_official" and not inner.named and inner.end + 2 < limit and ctx.is_punct(inner.end, "،,"):
        close = next((t for t in range(inner.end + 2, min(limit - 1, inner.end + 9)) if not ctx.words[t]), -1)
        named = _name_in_apposition(ctx, inner.end + 1, close) \
            if close > 0 and ctx.is_punct(close, "،,") and ctx.words[close + 1] and ctx.norms[close + 1] in _SPEECH_MASDAR \
            else None
        if named is not None and named.kind == "named_person":
            # "نقلت الوكالة عن وزير التجارة، الطاهر بوعلام، قوله إن": the post, then who holds it
            inner, past_name = replace(named, start=inner.start, role=inner.role), close + 1
    said = next((k for k in range(inner.end, min(limit, inner.end + 6))
                 if not ctx.words[k] or ctx.norms[k] in _SPEECH_MASDAR), -1)
    if said > inner.end and ctx.words[said]:
        # "عن أحد الناجين في قرية مزار دره قوله:": everything up to قوله names the source
        inner.end, inner.src_end = said, ctx.ends[said - 1]
    if c.np is not None and c.np.kind == "media" and ctx.norms[inner.start] in _ITS_CORRESPONDENT:
        inner.kind = "media"  # "قالت قناة الجزيرة نقلا عن مراسلها في القدس": the channel's own man speaks for it
    if c.np is not None and c.np.kind in ("media", "named_organization") and c.via is None and c.lemma != _LEARNT:
        c.via_np = c.np  # "وقالت جيه.إل.إل نقلا عن بيانات …": the firm relays the data
        # (but "علمت «الرياض» من مصادر": a paper says so only of itself, the publisher, no via)
    c.relayed_by_implied = c.np is None and c.lemma == _RELAY
    if inner.kind in ("named_person", "unnamed_official") and (inner.named or inner.role):
        c.gender = "f" if inner.feminine else "m"  # "نقلت «واس» عن X قوله": X's gender, not the agency's
    c.np = inner
    c.implied = False
    c.anonymous = c.anonymous or anonymity_clause(ctx, inner.end, limit)
    if inner.end < limit and ctx.words[inner.end] and anonymity_clause(ctx, inner.end, min(limit, inner.end + 6)):
        close = next((t for t in range(inner.end + 1, min(limit, inner.end + 16)) if ctx.is_punct(t, "،,")), -1)
        if close > 0 and is_complement(ctx, close + 1, limit) and not any(
                complementizer(ctx.norms[t]) for t in range(inner.end, close) if ctx.words[t]):
            return close + 1  # "نقلا عن أشخاص مطلعين طلبوا عدم الكشف عن هوياتهم لأن المحادثات غير معلنة، أن"
    if past_name < 0 and c.lemma == _RELAY and inner.kind in ("anonymous", "unnamed_official") \
            and not is_complement(ctx, inner.end, limit) and inner.end < limit \
            and not (ctx.words[inner.end] and (ctx.norms[inner.end] in _SPEECH_MASDAR or ctx.norms[inner.end] in SELF_WORDS)):
        k = _described_until_claim(ctx, inner.end, limit)
        if k > 0:
            c.anonymous = c.anonymous or anonymity_clause(ctx, inner.end + 1, k)
            stop = next((t for t in range(inner.end, k) if ctx.is_punct(t, "،,")
                         or ctx.words[t] and ctx.norms[t] in _SPEECH_MASDAR
                         or ctx.words[t] and anonymity_clause(ctx, t, min(k, t + 4))), k)
            # (not "مسؤول في الصندوق | طلب عدم ذكر اسمه": his asking not to be named is no part of who he is)
            if stop > inner.end:
                inner.end, inner.src_end = stop, ctx.ends[stop - 1]  # (what they are is part of who: "مندوبين حضروا الاجتماع")
            return k  # "ونقلت الصحيفة عن مصرفي استثماري في لندن عمل على عدد من هذه الصفقات قوله:"
    return past_name if past_name > 0 else inner.end


def _described_until_claim(ctx: Context, j: int, limit: int) -> int:
    """After whom a paper quoted (at ``j``): a description of him that runs to what he said,
    أن/إن or قوله, with no reporting verb of its own and no other source ("عمل على عدد من هذه
    الصفقات"، "، لم تذكر اسمه خشية تعرضه لعقوبات،"); the complement's token, or -1."""
    k = j - 1
    while k + 1 < min(limit, j + 16):
        k += 1
        if not ctx.words[k]:
            if k in ctx.quote_open_tok and ctx.quote_open_tok[k] - k <= 4:
                k = ctx.quote_open_tok[k]  # (an alliance in marks: "داخل تحالف «أوبك+»")
                continue
            if ctx.raw[k] in "،,":
                continue
            return -1
        n = ctx.norms[k]
        if k > j and (n in _SPEECH_MASDAR or complementizer(n) and is_complement(ctx, k, limit)):
            return k
        if n in VERB_FORMS and not (k > j and anonymity_clause(ctx, k - 1, min(limit, k + 6))) \
                and not (ctx.norms[k - 1] in _NOT_NAMED_NEG and n in _NAMING_VERBS) or n == "عن":
            return -1  # (but "، لم تذكر اسمه خشية تعرضه لعقوبات،": the paper kept his name back)
    return -1


_SAYING_OF = folded_set("قول تصريح تأكيد")
_PERSON_OF = fold("شخص")
#: Posts that are also given names, heading an apposition: "، أمين صندوق نقابة الأطباء،".
_HOLDS = folded_set("أمين نائب مدير رئيس عضو")
_OWNER_OF = folded_set("صاحب صاحبة")
_INTRODUCED = folded_set("عرف عرفت")
_HIMSELF = folded_set("نفسه نفسها")
_OUTLET_DESCRIBED = folded_set("المقربة المقرب القريبة القريب التابعة التابع المملوكة المملوك الصادرة الصادر الناطقة الناطق")
_ITS_PAGE = folded_set("صفحتها صفحته صفحتها صدر غلافها غلافه عددها عدده افتتاحيتها افتتاحيته موقعها موقعه")
_BASED_ON = folded_set("استنادا واستنادا استناداً")


def _relayed_source(ctx: Context, j: int, limit: int) -> bool:
    """"استنادا إلى ثلاثة مصادر": people the relay rests on (not data, which a body reads itself)."""
    inner = parse_np(ctx, j, limit)
    return inner is not None and inner.start == j and inner.kind in ("anonymous", "unnamed_official", "named_person")
_FROM_HIM = folded_set("عنه عنها عنهم عنهما")


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


_RELAY = fold("نقل")
_ASCRIBE = fold("نسب")
_LEARNT = fold("علم")
_AGE_WORDS = folded_set("البالغ البالغة البالغين البالغان البالغتين")


#: "، يدعى خالد العمري،"، "، واسمه …،": the name of a source first given by what he is.
_CALLED = folded_set("يدعى ويدعى تدعى وتدعى اسمه واسمه اسمها واسمها يسمى ويسمى تسمى")


_TANWIN_MARKS = "\u064b\u064c\u064d"


#: Verbs of a clause on an unnamed source between commas ("مصدر …، حضر الاجتماع، إن"): no given name.
_CLAUSE_VERBS = folded_set("حضر حضرت شارك شاركت طلب طلبت فضل فضلت رفض رفضت اطلع اطلعت تحدث تحدثت عمل عملت")


def _name_in_apposition(ctx: Context, j: int, close: int) -> NP | None:
    """", [title] NAME ," right after an unnamed post: the person who holds it (a name the
    tagger found, or one a list knows), running exactly to the comma."""
    from .mentions import person_np
    from .sources import _HONORIFICS
    from .words import TITLES

    if close - 3 > j and ctx.raw[close - 1] == ")":
        o = next((t for t in range(close - 2, max(j, close - 6), -1) if ctx.raw[t] == "("), -1)
        if o > j and any(ctx.raw[t][:1].isdigit() for t in range(o + 1, close - 1)) \
                and any(ctx.norms[t] in _YEARS_OLD for t in range(o + 1, close - 1)):
            close = o  # "، سعيد بن محمد آل مشيط (47 عاما)،": the name, then his age
    k = j
    if k + 2 < close and ctx.words[k] and is_definite(ctx.norms[k]) and (
            in_lexicon(ctx.norms[k], OCCUPATIONS) or in_lexicon(ctx.norms[k], ANON_HEADS)):
        k += 1  # "، المستثمر العقاري خالد بن سالم باحمدان،": his trade and its adjectives, then the name
        while k + 1 < close and ctx.words[k] and is_definite(ctx.norms[k]) and is_nisba(ctx.norms[k]):
            k += 1
    while k < close and ctx.words[k] and (ctx.norms[k] in TITLES or ctx.norms[k] in _HONORIFICS or (
            k == j and is_definite(ctx.norms[k]) and is_nisba(ctx.norms[k]) and k + 1 < close
            and (ctx.norms[k + 1] in FIRST_NAMES or k + 1 in ctx.entity_at))) and k - j < 3:
        k += 1  # (", سعادة المهندس X،": an honorific, a title, the name; "، البريطاني مارك ويلسون،": his nationality)
    if k + 2 < close and ctx.words[k] and (in_lexicon(ctx.norms[k], ROLE_HEADS) or keeper_post(ctx, k)) \
            and k + 1 not in ctx.entity_at:
        per = next((t for t in range(k + 1, min(close, k + 12)) if t in ctx.entity_at
                    and ctx.entity_at[t].type == "PER" and ctx.entity_end_tok.get(t, t + 1) == close), -1)
        if per > k and all(ctx.words[t] for t in range(k, per)):
            k = per  # "، أمين السر قيس فهد الغانم،": a second post, then the name
    if k == j and k + 3 <= close and k not in ctx.entity_at:
        per = next((t for t in range(k + 1, min(close - 1, k + 3)) if t in ctx.entity_at and ctx.entity_at[t].type == "PER"
                    and ctx.entity_end_tok.get(t, t + 1) == close), -1)
        if per > k and ctx.words[k] and is_definite(ctx.norms[k]) and not _stopword(ctx.norms[k]) \
                and not in_lexicon(ctx.norms[k], ORG_HEADS) and not is_verb_like(ctx.norms[k]) \
                and all(ctx.words[t] and is_definite(ctx.norms[t]) and is_nisba(ctx.norms[t]) for t in range(k + 1, per)):
            k = per  # "، المحاسب القانوني عبدالله الشهري،": what he is, then the name the tagger found
    ent = ctx.entity_at.get(k)
    if ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(k, k) == close:
        e = close
    elif name_start(ctx, k) and (ctx.norms[k] in FIRST_NAMES or ctx.norms[k] in AL_GIVEN):
        e = name_chain(ctx, k, close)  # ("، السيد المنجي بن رمضان،": a given name with the article)
        if e < close and k + 2 == close and ctx.norms[k] in FIRST_NAMES and ctx.words[k + 1] \
                and ctx.norms[k + 1].startswith("ال") and len(ctx.norms[k + 1]) >= 5 \
                and (not _stopword(ctx.norms[k + 1]) or ctx.norms[k + 1] in WEEKDAYS) \
                and not is_verb_like(ctx.norms[k + 1]):
            e = close  # "، بدر القاضي،"، "، سلطان الخميس،": a given name and one word between commas: his family name
    elif k + 2 == close and ctx.words[k] and ctx.norms[k] in AL_GIVEN and ctx.words[k + 1] \
            and (not is_definite(ctx.norms[k + 1]) or not in_lexicon(ctx.norms[k + 1], ROLE_HEADS)
                 and not in_lexicon(ctx.norms[k + 1], ORG_HEADS) and len(ctx.norms[k + 1]) >= 5) \
            and len(ctx.norms[k + 1]) >= 3 and not _stopword(ctx.norms[k + 1]) \
            and ctx.norms[k + 1] not in VERB_FORMS and not is_verb_like(ctx.norms[k + 1]):
        e = close  # "، الطاهر بوعلام،"، "، الطاهر البرباري،": a given name with the article and a family name
    elif k > j and k + 1 < close and ctx.words[k] and not is_definite(ctx.norms[k]) and k + 1 in ctx.entity_at \
            and ctx.entity_at[k + 1].type == "PER" and ctx.entity_end_tok.get(k + 1, k + 1) == close \
            and not in_lexicon(ctx.norms[k], ROLE_HEADS) and not complementizer(ctx.norms[k]) and len(ctx.norms[k]) >= 3:
        e = close  # "، المهندس ليث عادل الزعبي،": after a title, a given name the tagger left out
    elif k + 2 == close and ctx.words[k + 1] and not is_definite(ctx.norms[k]) and ctx.norms[k] not in _CLAUSE_VERBS \
            and name_start(ctx, k, after_role=True) and ctx.norms[k + 1].startswith("ال") \
            and not in_lexicon(ctx.norms[k + 1], ROLE_HEADS) and not in_lexicon(ctx.norms[k + 1], ORG_HEADS) \
            and not is_verb_like(ctx.norms[k + 1]) and len(ctx.norms[k + 1]) >= 5:
        e = close  # "المديرة المالية للشركة، نوف العجلان،": a given name no list knows and a family name
    elif k + 3 == close and k > j - 1 and all(
            ctx.words[t] and not is_definite(ctx.norms[t]) and len(ctx.norms[t]) >= 3 and not _stopword(ctx.norms[t])
            and not in_lexicon(ctx.norms[t], ROLE_HEADS) and not in_lexicon(ctx.norms[t], ORG_HEADS)
            and not is_verb_like(ctx.norms[t]) and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
            and ctx.norms[t][:1] not in "لبوفك" and ctx.norms[t] not in TIME_WORDS and not ctx.norms[t][:1].isdigit()
            and not in_lexicon(ctx.norms[t], ANON_HEADS) and not in_lexicon(ctx.norms[t], SPEECH_EVENTS)
            for t in range(k, close)) \
            and not any(t in ctx.entity_at and ctx.entity_at[t].type in ("LOC", "ORG") for t in range(k, close)):
        e = close  # "، آرام صديق مولود،": three words between commas, none a noun any list knows: his name
    elif k == j and k + 2 == close and all(
            ctx.words[t] and not is_definite(ctx.norms[t]) and len(ctx.norms[t]) >= 4 and not _stopword(ctx.norms[t])
            and not in_lexicon(ctx.norms[t], ROLE_HEADS) and not in_lexicon(ctx.norms[t], ORG_HEADS)
            and not in_lexicon(ctx.norms[t], ANON_HEADS) and not in_lexicon(ctx.norms[t], SPEECH_EVENTS)
            and not in_lexicon(ctx.norms[t], OCCUPATIONS) and not is_verb_like(ctx.norms[t])
            and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) and ctx.norms[t] not in TIME_WORDS
            and not ctx.norms[t][:1].isdigit() and not masdar_like(ctx.norms[t]) and not is_nisba(ctx.norms[t])
            and ctx.norms[t] not in _CLAUSE_VERBS and not any(ch in _TANWIN_MARKS for ch in ctx.raw[t])
            for t in range(k, close)) \
            and ctx.norms[k][:1] not in "لوفك" and not ctx.norms[k].endswith(("ا", "ه")) \
            and not any(t in ctx.entity_at and ctx.entity_at[t].type in ("LOC", "ORG") for t in range(k, close)):
        e = close  # "المتحدث باسم حكومة إقليم كوردستان، سرهنك بابان،": two words no list knows, right after the post
    else:
        return None
    if e != close:
        return None
    return person_np(ctx, k, e)


_HOLDER_OPENERS = TITLES | FIRST_NAMES


def _name_after_posts_between_commas(ctx: Context, c: Cand, comma: int, limit: int) -> int:
    """After an unnamed post, more posts between commas and then its holder's name between
    commas before إن/أن or a colon: the name becomes the source. The token after the comma
    that closes the name, or ``comma``."""
    from .words import TITLES

    t = comma
    for _ in range(4):
        if t + 1 < limit and ctx.words[t + 1] and (ctx.norms[t + 1] in TITLES or ctx.norms[t + 1] in FIRST_NAMES) \
                and (t > comma or c.np is not None and c.np.kind == "unnamed_official"):
            np = parse_np(ctx, t + 1, limit)  # "…، الدكتور فيصل بن عمر الغامدي لـ«عكاظ» إن": no comma after the name
            if np is not None and np.kind == "named_person" and np.named and np.end < limit and ctx.words[np.end]:
                m = match_outlet(ctx, np.end, limit, preposition=True) if ctx.norms[np.end][:1] == "ل" else None
                if m is None and t == comma:
                    np = None  # (the post's first apposition without an outlet after it: the walk's own business)
            if np is not None and np.kind == "named_person" and np.named and np.end < limit and ctx.words[np.end]:
                after = m.end if m is not None else np.end
                if after < limit and not ctx.words[after] and ctx.raw[after] in "»\"”":
                    after += 1
                if after < limit and is_complement(ctx, after, limit):
                    c.np = NP(c.np.start, np.end, np.src_start, np.src_end, "named_person", np.head,
                              role=c.np.role, named=True, feminine=np.feminine)
                    if m is not None and c.via is None:
                        c.via = m
                    return after
        close = t + 1
        while close < min(limit, t + 18) and (ctx.words[close] or (
                close in ctx.quote_open_tok and 0 < ctx.quote_open_tok[close] - close <= 4)):
            close = close + 1 if ctx.words[close] else ctx.quote_open_tok[close] + 1  # (a name in marks: «مدن»)
        if close + 2 < limit and close > t + 2 and ctx.raw[close] == "(":
            shut = next((u for u in range(close + 1, min(limit, close + 5)) if not ctx.words[u]), -1)
            if shut > close + 1 and ctx.raw[shut] == ")" and shut + 1 < limit and ctx.is_punct(shut + 1, "،,"):
                close = shut + 1  # "، المستشار السابق في منظمة الأقطار العربية المصدرة للبترول (أوابك)،": its acronym
        if close < limit and close >= t + 2 and ctx.raw[close] in "-–" and (
                in_lexicon(ctx.norms[t + 1], ROLE_HEADS) or ctx.norms[t + 1] in _POST_OPENERS):
            k = _name_between_dashes(ctx, c, close, limit)  # "…، أستاذ الاقتصاد في جامعة الملك سعود - الدكتور X - إن"
            return k if k > close else comma
        if ctx.norms[t + 1] in _RELATIVE and close < limit and close >= t + 3 and ctx.raw[close] in "،," \
                and c.np.kind == "unnamed_official" and not any(complementizer(ctx.norms[k]) for k in range(t + 1, close)):
            t = close  # "مدير عام الصندوق، الذي يديره البنك، الأستاذ X: إن": a clause on the body, then the holder
            continue
        if close >= limit or close < t + 2 or ctx.raw[close] not in "،,:" or any(
                ctx.norms[k] in VERB_FORMS or complementizer(ctx.norms[k]) for k in range(t + 1, close)):
            return comma
        named = _name_in_apposition(ctx, t + 1, close)
        last = close + 1 < limit and ctx.raw[close] in "،," and is_complement(ctx, close + 1, limit)
        if named is None and last and in_lexicon(ctx.norms[t + 1], ROLE_HEADS):
            # "، عضو مجلس الشورى الدكتور حمد بن صالح البواردي،": a last post, then its holder
            for s in range(t + 2, close - 1):
                if ctx.norms[s] in TITLES or ctx.norms[s] in FIRST_NAMES:
                    u = s
                    while u < close and ctx.norms[u] in TITLES:
                        u += 1
                    if u < close and (ctx.norms[u] in FIRST_NAMES or u in ctx.entity_at) \
                            and name_chain(ctx, u, close, after_role=True) == close:
                        from .mentions import person_np

                        named = person_np(ctx, u, close)
                    break
        if named is not None:
            after = close + 1 if ctx.raw[close] in "،," else close
            if t > comma and ctx.raw[close] in "،," and not is_complement(ctx, after, limit) and (
                    _adverbial_then_complement(ctx, c, close, limit) or _event_then_claim(ctx, c, after, limit)
                    or _outlet_then_claim(ctx, after, limit)):  # ("…، طارق المرزوقي، لـ«الخليج» إن": whom he told)
                after = close  # "…، المهندس وليد السديري، في حديث لـ«الرياض»، إن": the occasion is walked next
            elif t == comma or not is_complement(ctx, after, limit):
                return comma  # (one apposition is the walk's own business; a name needs a claim after it)
            c.np = NP(c.np.start, named.end, named.src_start, named.src_end, "named_person", named.head,
                      role=c.np.role, named=True, feminine=named.feminine)
            return after
        if not in_lexicon(ctx.norms[t + 1], ROLE_HEADS) and ctx.norms[t + 1] not in _POST_OPENERS:
            if ctx.norms[t + 1].startswith("الم") and len(ctx.norms[t + 1]) > 5 and close - t <= 5 \
                    and ctx.raw[close] in "،," and close + 1 < limit and is_complement(ctx, close + 1, limit):
                return close + 1  # "عن بيان لشركة إيني الإيطالية، المشغلة للحقل، أن": what the company is
            return comma
        t = close
    return comma


def _name_between_dashes(ctx: Context, c: Cand, dash: int, limit: int) -> int:
    """An unnamed post, then its holder's name between dashes (with a clause on him after a
    comma inside them) before إن/أن: "المستشار المالي … - الدكتور فيصل بن حمد العقيل، الذي
    يدير حاليا محفظة استثمارية - إن"; or a second post between the dashes and the name right
    after them: "الخبير المصرفي - والمدير العام السابق للخزينة … - ياسر المرشدي، عضو …، أن".
    The name becomes the source; the token where the walk goes on, or ``dash``."""
    close = next((k for k in range(dash + 2, min(limit, dash + 30)) if ctx.raw[k] in "-–"), -1)
    if close < 0 or close + 2 >= limit:
        return dash
    end = next((k for k in range(dash + 1, close) if not ctx.words[k]), close)
    if end < close and ctx.raw[end] not in "،,":
        return dash
    named = _name_in_apposition(ctx, dash + 1, end)
    if named is None:
        return _name_after_dashed_post(ctx, c, dash, close, limit)
    k = close + 1
    if not (is_complement(ctx, k, limit) or (ctx.words[k] and ctx.norms[k] in EVENT_PREPS and ctx.words[k + 1]
                                             and in_lexicon(ctx.norms[k + 1], SPEECH_EVENTS))
            or (ctx.words[k] and ctx.norms[k][:1] == "ل" and match_outlet(ctx, k, limit, preposition=True))):
        return dash  # (then the claim, or where he said it: "- في اتصال هاتفي مع «اليوم» إلى أن")
    if end < close and (any(complementizer(ctx.norms[k]) for k in range(end + 1, close))
                        or ctx.norms[end + 1] not in _RELATIVE and not in_lexicon(ctx.norms[end + 1], ROLE_HEADS)):
        return dash  # (after the name's comma: a clause on him or a second post, nothing that says what)
    c.np = NP(c.np.start, named.end, named.src_start, named.src_end, "named_person", named.head,
              role=c.np.role, named=True, feminine=named.feminine)
    return close + 1


def _name_after_dashed_post(ctx: Context, c: Cand, dash: int, close: int, limit: int) -> int:
    first = ctx.norms[dash + 1]
    post = first[1:] if first[:1] == "و" and len(first) > 3 else first
    if not (in_lexicon(post, ROLE_HEADS) or post in _POST_OPENERS) or any(
            ctx.norms[k] in VERB_FORMS or complementizer(ctx.norms[k]) for k in range(dash + 1, close)):
        return dash
    stop = next((t for t in range(close + 1, min(limit, close + 9))
                 if not ctx.words[t] or complementizer(ctx.norms[t])), -1)
    if stop < 0:
        return dash
    named = _name_in_apposition(ctx, close + 1, stop)
    if named is None:
        return dash
    if is_complement(ctx, stop, limit):
        after = stop
    elif ctx.raw[stop] in "،," and _another_post_then_claim(ctx, stop + 1, limit) > 0:
        after = _another_post_then_claim(ctx, stop + 1, limit)  # "…، عضو جمعية الاقتصاد السعودية، أن"
    else:
        return dash
    c.np = NP(c.np.start, named.end, named.src_start, named.src_end, "named_person", named.head,
              role=c.np.role, named=True, feminine=named.feminine)
    return after


def _another_post_then_claim(ctx: Context, k: int, limit: int) -> int:
    """A post (no verb, no أن) up to a comma followed by the claim: the token after the comma, or -1."""
    if k >= limit or not ctx.words[k] or not in_lexicon(ctx.norms[k], ROLE_HEADS):
        return -1
    close = next((t for t in range(k + 1, min(limit, k + 12)) if not ctx.words[t]), -1)
    if close < 0 or ctx.raw[close] not in "،," or any(
            ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(k, close)):
        return -1
    return close + 1 if is_complement(ctx, close + 1, limit) else -1


#: "، الأستاذ المشارك في الاقتصاد …،"، "، الرئيس السابق للجنة …،": words that open a post
_POST_OPENERS = folded_set("الأستاذ أستاذ الرئيس رئيس عضو العضو المدير مدير نائب")


#: "تلقت الصحيفة نسخة منه": how a paper got the document named before
_OF_IT = folded_set("منه منها عليه عليها")
#: "الناطقة بالفرنسية": the language an outlet is written in
_SPEAKING_IN = folded_set("الناطقة الناطق")
_YEARS_OLD = folded_set("عاما عاماً سنة سنه ربيعا")
#: after "وتعمل"، "ويقيم": where the person works or lives
_WHERE_ONE_WORKS = folded_set("في لدى مع منذ بين")
_ACCORDING = folded_set("بحسب وبحسب حسب حسبما وفقا وفق طبقا")
_DURING = folded_set("خلال")
_FROM_HIM = folded_set("عنه عنها عنهم عنهما")
#: "أعلنت، بحسب ما نقلته «واس»، …": the outlet carried the statement itself, a via.
_RELAYED_BARE = folded_set("نقلت نقل أوردت أورد")
_RELAYED_IT = folded_set("نقلته نقلتها نقله نقلها أوردته أوردتها أورده أوردها بثته بثتها نشرته نشرتها")


def _another_post(ctx: Context, c: Cand, k: int, limit: int) -> bool:
    """"X، الرئيس التنفيذي لشركة Y، مدير الصندوق، إن": a second post of the person named, up to
    the next comma (no verb in it)."""
    if c.np is None or c.np.kind != "named_person" or not in_lexicon(ctx.norms[k], ROLE_HEADS):
        return False
    close = next((t for t in range(k + 1, min(limit, k + 12)) if not ctx.words[t]), -1)
    return close > k and ctx.is_punct(close, "،,") and all(
        ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) for t in range(k, close))
    # ("، عضو مجلس إدارة شركة معادن وعد الشمال للفوسفات،": a long second post)


def _what_one_does(ctx: Context, c: Cand, j: int, close: int, limit: int) -> bool:
    """"، وتعمل في أحد مراكز الاتصال،"، "، ويقيم في جدة،": where the person named works or
    lives, between commas before إن/أن."""
    n = ctx.norms[j]
    if 1 < close - j <= 10 and c.np is not None and c.np.kind in ("anonymous", "unnamed_official") and not c.np.named \
            and n[:1] in ("ي", "ت") and 4 <= len(n) <= 6 and n not in VERB_FORMS and not is_definite(n) \
            and ctx.words[j + 1] and ctx.norms[j + 1] in _WHERE_ONE_WORKS and is_complement(ctx, close + 1, limit):
        return True  # "وقال وسيط عقاري، يعمل في منطقة السالمية، إن": where the unnamed source works
    return 1 < close - j <= 10 and c.np is not None and c.np.kind == "named_person" \
        and n[:1] == "و" and n[1:2] in ("ي", "ت") and 5 <= len(n) <= 7 and not is_definite(n[1:]) \
        and ctx.words[j + 1] and ctx.norms[j + 1] in _WHERE_ONE_WORKS and is_complement(ctx, close + 1, limit)


#: "شركة تويوتا موتور، أكبر شركة لصناعة السيارات في العالم، نتائجها": what a body is, between
#: commas before the object of its verb.
_WHAT_IT_IS = folded_set("أكبر ثاني ثالث أول إحدى أحد أضخم كبرى ومقره ومقرها ومقرهم")


def _outlet_then_claim(ctx: Context, j: int, limit: int) -> bool:
    """"، أحد قادة الإضراب، لـ«رويترز»: «…»": the outlet spoken to, then what he said."""
    if j >= limit or not ctx.words[j] or ctx.norms[j][:1] != "ل":
        return False
    m = match_outlet(ctx, j, limit, preposition=True)
    return m is not None and m.end < limit and (is_complement(ctx, m.end, limit) or ctx.raw[m.end] == ":")


#: Someone's lawyer, adviser, son: with a name after it, the named one is not the speaker.
_SOMEONES = folded_set("محامي محامية مستشار مستشارة مساعد مساعدة نجل ابن ابنة شقيق شقيقة زوجة زوج والد والدة "
                       "وكيل وكيلة موكل مدير مديرة سكرتير سكرتيرة مرافق صديق")


_FIRM_HEADS = folded_set("شركة شركات منتج منتجي مصدر مصدري مشغل مشغلي بنك بنوك مصرف مصارف مجموعة مجموعات مصنع مصنعي مورد موردي ناقلة")


def _firm_described(ctx: Context, j: int, limit: int) -> bool:
    """At ``j``, after the comma: "ثاني أكبر شركة …"، "أكبر منتج للنحاس …": what a company is."""
    k = j
    while k < min(limit, j + 3) and ctx.words[k] and ctx.norms[k] in _SUPERLATIVE_HEADS:
        k += 1
    return k > j and k < limit and ctx.words[k] and ctx.norms[k] in _FIRM_HEADS


def _apposition_end(ctx: Context, c: Cand, j: int, limit: int) -> int:
    """After a comma: skip ", المتحدث باسم الوزارة ،" or ", في إفادة ... ،" up to the next comma."""
    if j >= limit or not ctx.words[j]:
        return j
    n = ctx.norms[j]
    if n in ("نقلا", "ونقلا") and j + 1 < limit and ctx.norms[j + 1] == "عن":
        return j  # "ذكرت «بلومبيرغ»، نقلا عن أشخاص … طلبوا عدم الكشف عن هوياتهم، أن": the relay, whoever asks what
    if c.np is not None and c.np.named and (n in _OWNER_OF or in_lexicon(n, ROLE_HEADS)) and not is_definite(n):
        colon = next((k for k in range(j + 1, min(limit, j + 9)) if not ctx.words[k] and not is_quote_mark(ctx, k)), -1)
        if colon > j + 1 and ctx.raw[colon] == ":" and colon + 1 < limit and all(
                ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                for t in range(j + 1, colon) if not is_quote_mark(ctx, t)):
            return colon  # "وقال صانع الألعاب وليد الصاوي، صاحب الهدف الثاني: «…»": who he is, then the colon
    if c.via is not None and n in _OUTLET_DESCRIBED and j > 1 and ctx.is_punct(j - 1, "،,"):
        close = next((k for k in range(j + 1, min(limit, j + 12)) if not ctx.words[k] and not is_quote_mark(ctx, k)), -1)
        if close > j and ctx.is_punct(close, "،,") and is_complement(ctx, close + 1, limit) and not any(
                ctx.words[t] and (ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t])) for t in range(j, close)):
            return close + 1  # "لصحيفة «أويا»، المقربة من سيف الإسلام القذافي، إن": what the outlet is
    firm = c.np is not None and c.np.kind == "named_person" and not c.np.role and n in _SUPERLATIVE_HEADS \
        and c.np.end == j - 1 and _firm_described(ctx, j, limit)
    # ("وقالت ميرسك الدنمركية، ثاني أكبر شركة لشحن الحاويات في العالم، إنها": a firm no list knows)
    if firm:
        c.np = replace(c.np, kind="named_organization", named=True)
    if n in _SUPERLATIVE_HEADS and c.np is not None and (c.np.kind in ("named_organization", "unnamed_official") or firm) \
            and j > 1 and ctx.is_punct(j - 1, "،,"):
        close = next((k for k in range(j + 1, min(limit, j + 12)) if not ctx.words[k] and not is_quote_mark(ctx, k)), -1)
        if close > j + 1 and ctx.is_punct(close, "،,") and not any(
                ctx.words[t] and complementizer(ctx.norms[t]) for t in range(j, close)) \
                and (is_complement(ctx, close + 1, limit) or close + 1 < limit and ctx.words[close + 1]
                     and match_outlet(ctx, close + 1, limit, preposition=True) is not None):
            return close + 1  # "متحدث باسم شركة ميرسك، أكبر شركات نقل الحاويات في العالم، لوكالة رويترز، إن": what it is
    if n in _BASED_ON and j + 2 < limit and ctx.norms[j + 1] in ("الي", "إلى") and _relayed_source(ctx, j + 2, limit):
        return j  # "وذكرت وكالة «رويترز»، استنادا إلى ثلاثة مصادر، أن": the same relay
    if n == VERB_PREPOSITION.get(c.lemma) and c.np is not None:
        return j  # "وأثنى الوزير، على العلاقات ...": the verb's own preposition after a comma
    if c.kind == "prep" and n in _RELATIVE and j + 1 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in VERB_FORMS:
        return j  # "…، وفق ما أفاد به X، الذي أشار إلى أن …": his own statement, a record of its own
    if n in _IN_REPLY and j + 2 < limit and ctx.norms[j + 1] == "علي":
        close = next((t for t in range(j + 2, min(limit, j + 26)) if ctx.is_punct(t, "،,")), -1)
        if close > 0 and is_complement(ctx, close + 1, limit) and not any(
                complementizer(ctx.norms[t]) for t in range(j + 2, close) if ctx.words[t]) and not any(
                t in ctx.quote_open_tok or ctx.words[t] and (
                    match_outlet(ctx, t, close) is not None or match_outlet(ctx, t, close, preposition=True) is not None)
                for t in range(j + 2, close)):  # (a question put by an outlet: its via, below)
            return close + 1  # "أفاد حساب خدمة العملاء، ردا على عميلة اشتكت من خصم 25 ريالا، بأن": to whom he replied
    if n in _AS_PER_OUTLET and c.via is None and c.kind == "verb" and j + 1 < limit:
        m = match_outlet(ctx, j + 1, limit)
        e = m.end if m is not None else -1  # (also "الوكالة": the one named before)
        if e > 0 and e + 1 < limit and ctx.is_punct(e, "،,") and is_complement(ctx, e + 1, limit):
            c.via = m
            return e + 1  # "وأضاف الوزير، بحسب الوكالة، أن": the outlet that reports him, between commas
    if n[:1] == "ل" and c.via is None:
        m = match_outlet(ctx, j, limit, preposition=True)
        e = m.end + (1 if m is not None and m.end < limit and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0) \
            if m is not None else -1
        if m is not None and not m.anaphor and e + 1 < limit and ctx.is_punct(e, "،,") and is_complement(ctx, e + 1, limit):
            c.via = m
            return e + 1  # "وقال X، لوكالة «رويترز»، إن": the outlet told, between commas
    role = in_lexicon(n, ROLE_HEADS) or (c.np is not None and c.np.kind == "named_person" and c.np.named
                                         and is_definite(n) and (in_lexicon(n, ANON_HEADS) or n in _SHE_ECONOMIST)
                                         and j + 1 < limit and ctx.norms[j + 1] in ("في", "لدي", "ب"))
    # ("ناتاشا ويلكس، الاقتصادية في مؤسسة «…»،": her trade, not the paper)
    event = n in EVENT_PREPS or n in TIME_WORDS or n in _APPOSITIVE
    who_he_is = n in ("وهو", "وهي") and anonymity_clause(ctx, j, min(limit, j + 12))
    reach = 20 if who_he_is else 18 if anonymity_clause(ctx, j, min(limit, j + 8)) else 12
    # (", طلب عدم الكشف عن هويته لأنه غير مخول …،"; "، وهو اقتصادي في بنك استثماري مقره لندن طلب عدم نشر
    # اسمه لأنه غير مخول بالحديث لوسائل الإعلام، إن")
    close = next((k for k in range(j, min(limit, j + reach)) if not ctx.words[k] and ctx.raw[k] in "،,:"), -1)
    if close >= 0 and ctx.raw[close] == ":":
        close = -1  # ("، رافضا ذكر اسمه: «… ، …»": a comma inside the quotation closes nothing here)
    if close > j + 2 and c.np is not None and c.np.kind == "unnamed_official" and not c.np.named \
            and n in _FIRM_WORDS and j + 1 in ctx.quote_open_tok and ctx.quote_open_tok[j + 1] < close \
            and all(ctx.words[t] for t in range(ctx.quote_open_tok[j + 1] + 1, close)):
        e = ctx.quote_open_tok[j + 1] + 1  # "وذكر مراجع الحسابات، مكتب «العوهلي والشثري» محاسبون قانونيون، أنه": the firm
        c.np = NP(j, e, ctx.starts[j], ctx.ends[e - 1], "named_organization", n, named=True)
        return close + 1
    if n in _CARRIES and j + 2 < limit and ctx.norms[j + 1] == "اسم" and j + 2 in ctx.quote_open_tok \
            and c.np is not None and not c.np.named:
        shut = ctx.quote_open_tok[j + 2]
        if shut + 1 < limit and ctx.raw[shut + 1] == ":" and 1 < shut - (j + 2) <= 4:
            c.np = NP(j + 3, shut, ctx.starts[j + 3], ctx.ends[shut - 1], "named_person", ctx.norms[j + 3], named=True)
            return shut + 1  # "وكتب أحدهم، ويحمل اسم «أبو جاسم»: «…»": the account's name
    colon = next((k for k in range(j, min(limit, j + 6)) if not ctx.words[k]), -1)
    if colon > j + 1 and ctx.raw[colon] == ":" and n in _CALLED and c.np is not None and not c.np.named:
        from .mentions import person_np

        c.np = person_np(ctx, j + 1, colon)  # "وقال أحدهم، ويدعى أبو ياسر: «…»"
        return colon
    if close > j + 1 and close - j <= 6 and n in ("هو", "هي") and c.np is not None and not c.np.named \
            and c.np.kind in ("unnamed_official", "anonymous") and is_complement(ctx, close + 1, limit):
        from .phrases import name_chain, name_start
        from .words import TITLES

        t = j + 1
        while t < close - 1 and ctx.norms[t] in TITLES:
            t += 1

        if name_start(ctx, t, after_role=True) and name_chain(ctx, t, close, after_role=True) == close:
            from .mentions import person_np

            c.np = person_np(ctx, t, close)  # "ورأى عضو آخر، هو الدكتور علي الشمراني، أن": who he is
            return close + 1
    if close > j + 1 and close - j <= 5 and n in _CALLED and c.np is not None and not c.np.named \
            and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                    for t in range(j + 1, close)):
        from .mentions import person_np

        c.np = person_np(ctx, j + 1, close)  # "أحد المتعاملين في السوق، يدعى خالد العمري،": who he is
        return close + 1
    if close > j + 2 and close - j <= 10 and n in ("وهو", "وهي") and c.np is not None and not c.np.named:
        called = next((t for t in range(j + 1, close - 1) if ctx.words[t] and ctx.norms[t] in _CALLED), -1)
        if called > j and all(ctx.words[t] and (t == called or ctx.norms[t] not in VERB_FORMS)
                              and not complementizer(ctx.norms[t]) for t in range(j + 1, close)):
            from .mentions import person_np

            c.np = person_np(ctx, called + 1, close)  # "أحد المتضررين، وهو موظف حكومي يدعى بدر الرشيدي،": who he is
            return close + 1
    if close > j + 1 and close - j <= 10 and (n in _CALLED or n in ("وهو", "وهي")) and c.np is not None \
            and c.np.named and close + 2 < limit and ctx.norms[close + 1] == VERB_PREPOSITION.get(c.lemma) \
            and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                    for t in range(j + 1, close)):
        return close + 1  # "وتحدث الشيخ خالد، واسمه قبل الإسلام X، عن خسارته": who he is, then the verb's own عن
    if close > j and c.np is not None and (c.np.kind not in ("named_organization", "media", "document")
                                            or ctx.norms[c.np.start] in _FOUNDER) and (
            not c.np.named or ctx.norms[c.np.start] in _SOMEONES or (
            c.np.start not in ctx.entity_at and ctx.norms[c.np.start] not in FIRST_NAMES
            and not any(t in ctx.entity_at and ctx.entity_at[t].type == "PER" for t in range(c.np.start, c.np.end)))):
        # ("محامي سليمان، المحامي الحقوقي نجاد عبد الرؤوف،": whose lawyer, then who the lawyer is)
        # (not "البرتغالي جواو بينتو، وكيل أعمال اللاعب X،": a person already named, then whose agent he is)
        named = _name_in_apposition(ctx, j, close)
        if named is not None:
            c.np = named  # "وقالت محافظة المهرجان، الفنانة نوال زعتر، …": the post, then who holds it
            return close + 1
    if close > j + 1 and n in ("وهو", "وهي") and c.np is not None and anonymity_clause(ctx, j + 1, close + 1) \
            and is_complement(ctx, close + 1, limit):
        c.anonymous = True
        return close + 1  # "أحد المستثمرين الأفراد، وهو موظف متقاعد طلب عدم ذكر اسمه، إنه": who he is, unnamed
    if close > j + 1 and n in ("وهو", "وهي") and c.np is not None and close + 1 < limit \
            and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                    for t in range(j + 1, close)) \
            and anonymity_clause(ctx, close + 1, min(limit, close + 10)):
        # "أحد المستثمرين، وهو صاحب مصنع للبلاستيك …، طلب عدم ذكر اسمه:": who he is, then his anonymity
        far = next((t for t in range(close + 2, min(limit, close + 16)) if not ctx.words[t]), -1)
        if far > 0 and ctx.raw[far] == ":":
            c.anonymous = True
            return far
        if far > 0 and ctx.raw[far] in "،," and is_complement(ctx, far + 1, limit):
            c.anonymous = True
            return far + 1
    if close > j and anonymity_clause(ctx, j, close + 1):
        c.anonymous = True  # "، فضل عدم ذكر اسمه،"
        if c.np is not None:
            _spoke_to(ctx, c, j, close)  # ("، تحدث إلى «الشرق الأوسط» شريطة عدم الكشف عن هويته،": whom he told)
        return close + 1
    as_relayed = n in ("كما", "وكما") and any(ctx.norms[t] in _FROM_HIM for t in range(j + 1, min(close, j + 4)))
    if close > j + 1 and close - j <= 11 and c.np is not None and (n in _ACCORDING or as_relayed) and c.kind == "verb" \
            and (is_complement(ctx, close + 1, limit) or c.verb is not None and "o" in c.verb.complements):
        about = next((t for t in range(j + 1, min(close, j + 4)) if ctx.norms[t] in _FROM_HIM
                      or ctx.norms[t] in _RELAYED_IT or ctx.norms[t] in _RELAYED_BARE), -1)
        # ("، بحسب ما نقلت وكالة أنباء الإمارات «وام»، إن": the agency relayed him, no عنه written)
        if about > 0 and ctx.norms[about] in _RELAYED_BARE and about + 1 < close and ctx.norms[about + 1] in _FROM_HIM:
            about += 1  # (نقلت عنه: the outlet after the pronoun)
        m = None
        if about > 0 and c.via is None:
            m = match_outlet(ctx, about + 1, close) or (
                match_outlet(ctx, about + 2, close) if ctx.raw[about + 1] in "«\"“" else None)
        if m is not None:
            c.via = m  # "ونفى مصدر، حسبما نقلت عنه «الوكالة الوطنية»، أن …": the agency relayed him
            return close + 1
        c.inserted = j
        return close + 1  # "نفت مصادر، حسبما أفادت وكالة رويترز، وجود …": the other cue, a record of its own
    if close > j and close - j <= 6 and n.startswith(("ومقر", "مقرها", "مقره")) and (
            is_complement(ctx, close + 1, limit) or close + 1 < limit and ctx.words[close + 1]
            and ctx.norms[close + 1] in EVENT_PREPS):  # (and "، ومقرها باريس، في تقريرها الشهري … إن")
        return close + 1  # "، ومقرها في اليونان،": where the body named before is based
    spoke_end = _spoke_to(ctx, c, j, close) if close > j and c.np is not None else j
    if close > j and c.np is not None and spoke_end == close:
        return close + 1  # "، تحدثوا إلى «الرؤية»،": the outlet they spoke to
    if close > j and c.np is not None and j < spoke_end < close and anonymity_clause(ctx, spoke_end, close + 1):
        c.anonymous = True
        return close + 1  # "، تحدث إلى «الجزيرة» شريطة عدم ذكر اسمه،": whom he told, and his asking
    if close > j and c.np is not None and c.np.kind == "anonymous" and _surveyed(ctx, j, close) == close:
        if c.via is None:
            m = match_addressee(ctx, j + 1, close - 1)
            if m is not None:
                c.via, c.interview = m, True
        return close + 1  # "، استطلعت «الاقتصادية» آراءهم،": the paper that asked them
    if close > j + 1 and close - j <= 12 and c.np is not None and not c.np.named \
            and c.np.kind in ("anonymous", "unnamed_official") and n[:1] == "و" and n[1:2] in "يت" and len(n) >= 5 \
            and n not in VERB_FORMS and not is_definite(n[1:]) and is_complement(ctx, close + 1, limit) \
            and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t])
                    for t in range(j + 1, close)):
        return close + 1  # "وقال أحدهم، ويعمل في محل لبيع قطع غيار السيارات، إن": what he does, between commas
    if close > j and close - j <= 7 and n in _AGE_WORDS and c.np is not None:
        return close + 1  # "وقال اللاعب، البالغ من العمر 27 عاما، في مؤتمر صحفي إن": an age
    if close == j + 2 and n[:1].isdigit() and c.np is not None and c.np.kind == "named_person" \
            and ctx.norms[j + 1] in _YEARS_OLD:
        return close + 1  # "تقول ريم، 28 عاما، …": her age
    if close > j + 1 and close - j <= 8 and c.np is not None and c.np.kind == "document" \
            and ctx.norms[close - 1] in _OF_IT and is_complement(ctx, close + 1, limit):
        return close + 1  # "بلاغ للمجموعة، توصلت هسبريس بنسخة منه، بأن": how the paper got it
    if close > j and _what_one_does(ctx, c, j, close, limit):
        return close + 1  # "تقول ريم، 28 عاما، وتعمل في أحد مراكز الاتصال، إنها": what she does
    if close > j and close - j <= 4 and ctx.norms[j] in _NOT_NAMED_NEG and j + 1 < close \
            and ctx.norms[j + 1] in _NAMING_VERBS:
        return close + 1  # "، لم تذكر اسمه،": an official the outlet did not name
    if close < 0 and anonymity_clause(ctx, j, min(limit, j + 6)):
        # "، طلبوا عدم الكشف عن هويتهم لأنهم غير مخولين بالحديث إلى وسائل الإعلام، إن"
        far = next((k for k in range(j, min(limit, j + 24)) if not ctx.words[k] and ctx.raw[k] in "،,:"), -1)
        if far > j and ctx.raw[far] == ":":
            c.anonymous = True
            return far  # "، رفض الكشف عن هويته: «…»"
        if far > j and is_complement(ctx, far + 1, limit):
            c.anonymous = True
            return far + 1
        ident = next((t for t in range(j, min(limit, j + 8)) if ctx.norms[t] in _IDENTITY), -1)
        if ident > j and ident + 1 < limit and (ident + 1 in ctx.quote_open_tok or complementizer(ctx.norms[ident + 1])):
            c.anonymous = True
            return ident + 1  # "، طالبا ألا ينشر اسمه "انه …"": the quotation right after his name
    if not (role or event) and c.np is not None and c.np.kind == "unnamed_official" and not c.np.named and close > j + 1 \
            and in_lexicon(n, ORG_HEADS) and (is_complement(ctx, close + 1, limit) or _event_then_claim(ctx, c, close + 1, limit)):
        body = parse_np(ctx, j, close)
        if body is not None and body.kind == "named_organization" and body.end == close:
            c.np = body
            return close + 1  # "وقال مدير الاكتتاب، شركة الرياض المالية، إن": the post, then the firm that holds it
    if not (role or event) and c.np is not None and c.np.kind == "unnamed_official" and not c.np.named and close > j + 1 \
            and n in _BIGGEST and (is_complement(ctx, close + 1, limit) or close + 2 < limit and ctx.words[close + 2]
                                   and ctx.norms[close + 1] in ("في", "خلال") and in_lexicon(ctx.norms[close + 2], SPEECH_EVENTS)) \
            and not any(ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(j, close)):
        return close + 1  # "وقال متحدث باسم أرامكو، أكبر شركة منتجة للنفط في العالم، إن": what the body is
    if not (role or event):
        if c.np is not None and (c.np.named or c.np.kind == "named_organization" or (
                c.np.kind == "media" and c.np.end - c.np.start >= 2 and n not in ("نقلا", "ونقلا"))) and close > j \
                and (is_complement(ctx, close + 1, limit) or _event_then_claim(ctx, c, close + 1, limit)
                     or _outlet_then_claim(ctx, close + 1, limit) or _event_then_colon(ctx, close + 1, limit) > 0
                     or _event_then_complement(ctx, close + 1, limit)
                     or (c.lemma is not None and c.np.kind == "named_organization" and close + 1 < limit
                         and ctx.words[close + 1] and own_preposition_at(ctx, c.lemma, close + 1, limit)) or (
                    c.np.kind == "named_organization" and n in _WHAT_IT_IS and c.verb is not None
                    and "o" in c.verb.complements and close + 1 < limit and ctx.words[close + 1]) or (
                    c.np.kind == "named_person" and c.np.named and c.verb is not None and "o" in c.verb.complements
                    and close - j <= 10 and not is_definite(n) and (in_lexicon(n, ROLE_HEADS) or n in _HOLDS)
                    and close + 1 < limit and ctx.words[close + 1] and not _stopword(ctx.norms[close + 1])
                    and ctx.norms[close + 1] not in VERB_FORMS
                    and all(ctx.words[t] or is_quote_mark(ctx, t) for t in range(j, close)))) \
                and not any(is_complement(ctx, t, limit) and not (
                    t in ctx.quote_open_tok and ctx.quote_open_tok[t] - t <= 5 and ctx.quote_open_tok[t] < close)
                    for t in range(j, close)):  # (a name in marks: "الشريك في «نايت فرانك» الشرق الأوسط،")
            if c.np.named:
                c.role_after = c.role_after or " ".join(ctx.norms[j:close])
            colon = _event_then_colon(ctx, close + 1, limit) if c.via is None else -1
            if colon > 0:
                _event_phrase(ctx, c, close + 2, colon)  # "، في اتصال هاتفي مع «رويترز»: "…"": the via
                return colon
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
    while k < limit and k - j < (28 if n in EVENT_PREPS or n in TIME_WORDS else 16):  # (an occasion may name who attended it)
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


def _event_then_claim(ctx: Context, c: Cand, k: int, limit: int) -> bool:
    """"، في إفصاح على «تداول»، أن": where it was said, between commas, then the claim."""
    return k + 2 < limit and ctx.words[k] and ctx.norms[k] in ("في", "وفي") and ctx.words[k + 1] \
        and in_lexicon(ctx.norms[k + 1], SPEECH_EVENTS) and _comma_before_claim(ctx, c, k + 2, limit)


def _event_then_complement(ctx: Context, k: int, limit: int) -> bool:
    """"، في بيان (أمس) إن": where it was said, with no comma before the claim."""
    if not (k + 2 < limit and ctx.words[k] and ctx.norms[k] in ("في", "وفي") and ctx.words[k + 1]
            and in_lexicon(ctx.norms[k + 1], SPEECH_EVENTS)):
        return False
    t = k + 2
    while t < min(limit, k + 9):
        close = ctx.quote_open_tok.get(t, -1)
        if 0 < close - t <= 4:
            t = close + 1  # «رويترز»: a name in marks
            continue
        if is_complement(ctx, t, limit):
            return True
        if not ctx.words[t] or ctx.norms[t] in VERB_FORMS:
            return False
        t += 1
    return False


def _event_then_colon(ctx: Context, k: int, limit: int) -> int:
    """"، في اتصال هاتفي مع «رويترز»: "…"": the occasion runs to a colon and a quotation; the
    colon's token, or -1."""
    if not (k + 2 < limit and ctx.words[k] and ctx.norms[k] in ("في", "وفي") and ctx.words[k + 1]
            and in_lexicon(ctx.norms[k + 1], SPEECH_EVENTS)):
        return -1
    t = k + 2
    while t < min(limit, k + 12):
        close = ctx.quote_open_tok.get(t, -1)
        if 0 < close - t <= 4:
            t = close + 1  # «رويترز»: a name in marks
            continue
        if not ctx.words[t]:
            return t if ctx.raw[t] == ":" and t + 1 < limit and (t + 1) in ctx.quote_open_tok else -1
        t += 1
    return -1


def _comma_before_claim(ctx: Context, c: Cand, j: int, limit: int) -> bool:
    """A comma closes the phrase at ``j`` before the claim begins ("، في إفصاح على «تداول»، أن")."""
    t = j
    while t < min(limit, j + 10):
        close = ctx.quote_open_tok.get(t, -1)
        if 0 < close - t <= 4:
            t = close + 1  # «تداول»: a name in marks, not a quotation
            continue
        if _claim_follows(ctx, c, t, limit) or (not ctx.words[t] and ctx.raw[t] in ".:؛"):
            return False
        if not ctx.words[t] and ctx.raw[t] in "،,":
            return True
        t += 1
    return False


def _claim_follows(ctx: Context, c: Cand, t: int, limit: int) -> bool:
    """إن/أن (or a colon, a quotation) or the cue's own preposition at ``t``."""
    return is_complement(ctx, t, limit) or own_preposition_at(ctx, c.lemma, t, limit)


def _posts_ahead(ctx: Context, k: int, limit: int, heads_only: bool):
    """The phrases after a post, one after another (at most three): more posts, and at most one
    phrase of another kind, last. ``heads_only``: each must open with a post's head."""
    for _ in range(3):
        if heads_only and not (k < limit and ctx.words[k] and in_lexicon(ctx.norms[k], ROLE_HEADS)):
            return
        nxt = parse_np(ctx, k, limit)
        if nxt is None or nxt.start != k or nxt.end <= k:
            return
        yield nxt
        if nxt.kind != "unnamed_official":
            return
        k = nxt.end


def _posts_then_complement(ctx: Context, c: Cand, k: int, limit: int) -> int:
    """After a post: more posts (at most three) and then إن/أن or the verb's own preposition;
    the token of that complement, or ``k``."""
    for nxt in _posts_ahead(ctx, k, limit, heads_only=True):
        if nxt.kind != "unnamed_official":
            break
        if _claim_follows(ctx, c, nxt.end, limit):
            return nxt.end
    return k


def _name_after_posts(ctx: Context, c: Cand, j: int, limit: int):
    """More posts after a post, then the person who holds them, then إن/أن or the verb's own
    preposition: that person (at most three posts more)."""
    for nxt in _posts_ahead(ctx, j, limit, heads_only=False):
        if nxt.kind == "named_person" and nxt.named:
            ok = nxt.end < limit and (_claim_follows(ctx, c, nxt.end, limit) or (
                ctx.is_punct(nxt.end, "،,") and nxt.end + 1 < limit and (
                    _adverbial_then_complement(ctx, c, nxt.end, limit) or _event_then_claim(ctx, c, nxt.end + 1, limit))))
            return nxt if ok else None  # (and "X، في مؤتمر صحافي عقده في مقر الشركة، إن")
    return None


def _adverbial_then_complement(ctx: Context, c: Cand, comma: int, limit: int) -> bool:
    """"، خلال مؤتمر صحافي عقده في الظهران أمس، أن": after ``comma``, an adverbial of time or
    occasion up to the next comma, and the claim's إن/أن right after it."""
    a = comma + 1
    n = ctx.norms[a]
    if not (n in EVENT_PREPS or n in TIME_WORDS or adverbial_end(ctx.norms, a, limit) > a):
        return False
    close = next((k for k in range(a + 1, min(limit, a + 28)) if not ctx.words[k]), -1)  # (a meeting and who attended)
    if not (close > a and ctx.raw[close] in "،,:" and close + 1 < limit):
        return False
    if any(ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(a, close)):
        return False
    # (a colon ends it too: "، في بيان وزعته الشركة عقب التوقيع: «…»")
    return ctx.raw[close] == ":" or _claim_follows(ctx, c, close + 1, limit)


def _role_ends_in_place(ctx: Context, a: int, b: int) -> bool:
    """The role phrase [a, b) says where (في، لدى، بـ): an unknown name may follow it."""
    return any(ctx.words[t] and (ctx.norms[t] in ("في", "لدي") or ctx.norms[t][:1] == "ب") for t in range(a, b))
