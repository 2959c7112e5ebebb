"""Role phrases: a role or title and the name that follows it if any (وزير المالية محمد
الجدعان، رئيس لجنة التثمين العقاري التابعة لغرفة تجارة وصناعة جدة عبدالله الأحمري)، or the
role alone (مسؤول مصرفي ذي صلة بالاتفاقية، الخبير في الأمن البحري).
"""

from __future__ import annotations

from .anonymity import anonymity_clause
from .context import Context, is_quote_mark
from .cues import SAYING_NOUNS, VERB_FORMS
from .institutions import _institution
from .modifiers import _CAPITALS, _SIDES_OF, _field_phrase, _relation_phrase
from .outlets import could_be_outlet, known_outlet_length, match_outlet
from .phrases import REGION_HEADS as _REGION_HEADS
from .phrases import _NUMBER_WORDS
from .phrases import _DIRECTIONS
from .phrases import (
    NP, _RESUMPTIVE_PP, _ali, _initial, _is_place, _lookup, _stopword, _word, adjective_like, article, def_chain, entity_end,
    AL_GIVEN, _aide_to, keeper_post, name_chain, name_start, possessed_masdar,
)
from .words import (
    ADJECTIVES, ANON_HEADS, AUDIENCE, BY_SAYING, CORPORATE_SUFFIXES, FEMININE_NAMES, FIRST_NAMES, INDEF_ADJECTIVES, OCCUPATIONS,
    INTERVIEW_WORDS, ORG_HEADS, PLACES, ROLE_HEADS, SPEECH_EVENTS, TIME_WORDS, TITLES, adverbial_end, bare, bare_nisba,
    complementizer, folded_set, in_lexicon, is_definite, is_nisba, is_verb_like,
)


_POSSESSED_ROLES = folded_set("أمين امين")
_FIRM_HEADS = folded_set("شركة مجموعة مصنع مصرف غرفة")  # (غرفة تجارة وصناعة غزة)
_IN_CHARGE = folded_set("المسؤول المسؤولة مسؤول مسؤولة")
#: Titles and professions written between a role and the name (وزيرة التربية الدكتورة سلمى،
#: وكيل الجمعية المحامي وسيم): they end the role and announce a name.
NAME_TITLES = folded_set(
    """الدكتور الدكتورة د المهندس المهندسة الأستاذ الأستاذة الشيخ الشيخة الحاج الحاجة المحامي
    المحامية البروفيسور العقيد اللواء العميد المقدم الرائد السيد السيدة النائب النائبة"""
)


_AFFILIATED = folded_set("التابع التابعة")
_OF_ONE_OF = folded_set("لإحدى لأحد")
_ONE_OF_BARE = folded_set("إحدى أحد")
_IS_CALLED = folded_set("يدعى تدعى ويدعى وتدعى يدعي تدعي اسمه اسمها")
_ROADS = folded_set("طريق شارع كورنيش ميدان دوار تقاطع")
#: "اللجنة العليا للإشراف على الانتخابات"، "هيئة الرقابة على الأسواق": a body's name runs on over على.
_OVERSIGHT = folded_set("الإشراف للإشراف والإشراف الرقابة للرقابة والرقابة المحافظة للمحافظة الحفاظ للحفاظ")
_DOMAIN_HEADS = folded_set("شؤون قطاع إدارة ادارة مصلحة")
_TOLD_VERBS = folded_set("أبلغ وأبلغ أبلغت وأبلغت يبلغ ويبلغ أخبر وأخبر أخبرت وأخبرت")
_SUPERLATIVE = folded_set("كبرى أكبر أبرز أهم كبريات")


_AL_GIVEN = AL_GIVEN

#: What a deputy files: "في طلب الإحاطة"، "في سؤال برلماني"، "في استجواب".
_FILED = folded_set("طلب طلبه طلبها سؤال سؤاله سؤالها استجواب استجوابه استجوابها")

def _possessed_role(ctx: Context, i: int, limit: int) -> bool:
    """A role noun with the pronoun ه (written ه, not a folded ة) before العام/التنفيذي or a
    name: أمينه العام، مديره التنفيذي."""
    n = ctx.norms[i]
    return ctx.raw[i].endswith("ه") and len(n) > 4 and (n[:-1] in ROLE_HEADS or n[:-1] in _POSSESSED_ROLES) \
        and _word(ctx, i + 1, limit) and (ctx.norms[i + 1] in ("العام", "التنفيذي") or name_start(ctx, i + 1))


_ADJ_CONSTRUCT = folded_set("متعددة متعدد واسعة واسع رفيع رفيعة رفيعي قصيرة طويلة متوسطة عالية")
_TIME_HEADS = folded_set("نهاية بداية ختام مستهل أعقاب أثناء غضون مطلع أواخر أوائل منتصف")


def _cut_at_title(ctx: Context, j: int, k: int) -> int:
    for t in range(j, k):
        if ctx.norms[t] in NAME_TITLES:
            return t
    return k


_COMPANY_WORDS = folded_set("القابضة المالية السعودية للاستثمار للتأمين للتطوير العقاري العقارية المحدودة الدولية")


def _family_then_boundary(ctx: Context, j: int, limit: int) -> bool:
    """"الدكتور العساف بالدعم"، "المهندس الفالح إن": after a title, a definite word that is no
    post, body or plural, right before إن/أن, a ب/ل phrase or punctuation, is a family name."""
    n = ctx.norms[j]
    if _lookup(n, ROLE_HEADS) or _lookup(n, ORG_HEADS) or _lookup(n, ANON_HEADS) or _stopword(n) \
            or n.endswith(("ون", "ين", "ات")) or len(n) < 5:
        return False
    k = j + 1
    if k >= limit or not ctx.words[k]:
        return True
    nxt = ctx.norms[k]
    return complementizer(nxt) or (nxt[:1] in "بل" and len(nxt) > 3) or nxt in ("في", "خلال", "عن", "الي")




def _region_phrase(ctx: Context, j: int, limit: int, bare_head: bool = False) -> int:
    """"بمنطقة مكة المكرمة"، "في محافظة جدة": a region after a post, with its name (one or
    two words). The token past it, or ``j``."""
    norms = ctx.norms
    n = norms[j]
    if n[:1] == "ب" and n[1:] in _REGION_HEADS:
        k = j + 1
    elif n[:3] == "بال" and n[3:] in _REGION_HEADS and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
            and is_nisba(norms[j + 1]):
        return j + 2  # "بالمنطقة الشرقية"، "بالمنطقة الوسطى": the region, by its adjective
    elif n == "في" and _word(ctx, j + 1, limit) and norms[j + 1] in _REGION_HEADS:
        k = j + 2
    elif bare_head and n in _REGION_HEADS:
        k = j + 1
    else:
        return j
    start = k
    while _word(ctx, k, limit) and k - start < 3 and not complementizer(norms[k]) and not _stopword(norms[k]) \
            and norms[k] not in FIRST_NAMES and not (k > start and not is_definite(norms[k]) and not _is_place(ctx, k)):
        k += 1
    return k if k > start else j


def _company_after_lam(ctx: Context, j: int, limit: int) -> int:
    """"لمجموعة سامبا المالية"، "لشركة زين السعودية" after a role: the company's own name
    (a word no list knows, then words companies carry: المالية، السعودية، القابضة). Not when
    the word after the head is a given name or a definite noun (a construct chain)."""
    norms = ctx.norms
    n = norms[j]
    if not (n[:1] == "ل" and len(n) > 3 and not n.startswith("لل") and _lookup(n[1:], ORG_HEADS)) \
            or match_outlet(ctx, j, limit, preposition=True) is not None:
        return j  # (لوكالة رويترز: the agency told)
    k = j + 1
    if not _word(ctx, k, limit) or is_definite(norms[k]) or norms[k] in FIRST_NAMES or _stopword(norms[k]) \
            or complementizer(norms[k]) or is_verb_like(norms[k]) or ctx.raw[k][:1] == "«":
        return j
    ent = ctx.entity_at.get(k)
    if ent is not None and ent.type == "PER":
        return j
    k += 1
    while _word(ctx, k, limit) and norms[k] in _COMPANY_WORDS and k - j < 5:
        k += 1
    if k == j + 2 and _word(ctx, k + 1, limit) and norms[k][:1] == "و" and len(norms[k]) > 3 \
            and norms[k][1:] not in FIRST_NAMES and not is_definite(norms[k]) and _is_place(ctx, k + 1):
        return k + 2  # "لهيئة كهرباء ومياه دبي": two nouns joined by و, then the place they serve
    if k == j + 2 and _word(ctx, k, limit) and not is_definite(norms[k]) and norms[k] not in FIRST_NAMES \
            and not complementizer(norms[k]) and not _stopword(norms[k]):
        return j  # two unknown words: maybe the company and a name, left to the name rules
    if k == j + 2 and _word(ctx, k, limit) and is_definite(norms[k]) and not _stopword(norms[k]) \
            and norms[k] not in TIME_WORDS and not (k in ctx.entity_at and ctx.entity_at[k].type == "PER"):
        k = def_chain(ctx, k, limit, org=True)  # "لشركة تسويق النفط العراقية": a construct chain names the firm
    return k


def _company_in_marks(ctx: Context, j: int, limit: int) -> int:
    """"لشركة «المراعي»"، "لـ«المراعي»" after a role: the body whose officer speaks, not the
    paper spoken to (a known outlet's name stays a via). The token past it, or ``j``."""
    norms = ctx.norms
    n = norms[j]
    if n == "ل":
        at = j + 1
    elif n[:1] == "ل" and len(n) > 3 and (_lookup(n[1:], ORG_HEADS) or _lookup("ال" + n[2:], ORG_HEADS)):
        at = j + 1  # لشركة، لمجموعة، للبنك
    else:
        return j
    close = ctx.quote_open_tok.get(at)
    if close is None or not 1 < close - at <= 5 or not all(ctx.words[t] for t in range(at + 1, close)):
        return j
    if n == "ل" and known_outlet_length(norms, at + 1) == close - at - 1:
        return j  # لـ«الاقتصادية»: the paper spoken to
    return close + 1


_ACTING = folded_set("بالوكالة بالإنابة بالانابة بالنيابة")
_IN_ITS_NAME = folded_set("باسمها باسمه باسمهم باسمهما بلسانها بلسانه")
_SPOKES = ("متحدث", "المتحدث", "ناطق", "الناطق")
_DEPARTMENT_HEADS = folded_set("اداره قسم مكتب شعبه وحده")


def _past_department_name(ctx: Context, k: int, limit: int) -> int:
    """"مدير إدارة | الإعلام": a department's name after its head word may be a word that
    otherwise qualifies media (الإعلام، الاتصال); past it, or ``k``."""
    if k > 0 and ctx.words[k - 1] and ctx.norms[k - 1] in _DEPARTMENT_HEADS and _word(ctx, k, limit) \
            and ctx.norms[k].startswith("ال") and not _stopword(ctx.norms[k]):
        return def_chain(ctx, k + 1, limit, after_definite=True)
    return k


def _short_name(ctx: Context, k: int, limit: int) -> int:
    from .sources import short_name_after

    return short_name_after(ctx, k, limit)


def _body_named_after_head(ctx: Context, j: int, limit: int) -> bool:
    """"رئيس مجلس إدارة مؤسسة | كهرباء لبنان": after a body's head word the words are its name, not
    a person's (unless the tagger found a person there)."""
    if j < 1 or not ctx.words[j - 1] or not _lookup(ctx.norms[j - 1], ORG_HEADS) or is_definite(ctx.norms[j - 1]):
        return False
    n = ctx.norms[j]
    if ctx.raw[j].endswith(("ها", "ه")) or _lookup(n, ORG_HEADS) or _lookup(n, ROLE_HEADS) or n in TITLES \
            or n in FIRST_NAMES:
        return False  # (عضو مجلس | إدارتها الدكتورة X: a genitive of the post, then the name)
    ent = ctx.entity_at.get(j)
    return ent is None or ent.type != "PER"


#: Owners of a business named by what it does (صاحب مؤسسة مقاولات).
_OWNERS = frozenset(("صاحب", "اصحاب", "مالك", "ملاك"))
_TEEN = frozenset(("عشر", "عشره"))
_A_NUMBER_OF = folded_set("عدد مجموعة")
_SITE_WORD = "موقع"
#: Groups a body or an official warns, calls on or urges (أولياء الأمور، أصحاب المحلات): after a
#: definite role they are its object, never its genitive.
_PEOPLE_OBJECTS = folded_set("أولياء أصحاب ملاك مالكي تجار مستثمري أهالي سكان مواطني عملاء مستهلكي منسوبي")
_SHOPS = frozenset(("محل", "محلات", "متجر", "مكتب", "مصنع", "ورشه", "مطعم", "منشاه", "مؤسسه", "موسسه", "مءسسه",
                    "عربه", "كشك", "مقهي", "مخبز", "معرض"))


def _abbreviated_title(ctx: Context, k: int, limit: int) -> bool:
    """"أ. د. خالد": a title's first letter and a full stop (أستاذ، دكتور، مهندس)."""
    return len(ctx.norms[k]) == 1 and ctx.norms[k] in ("ا", "د", "م") and ctx.raw[k].endswith(".") \
        and k + 1 < limit


def _acronym_in_marks(ctx: Context, i: int, j: int, limit: int) -> bool:
    """At ``j`` inside a role, a body's short name in marks after a definite word of its name,
    with more of the role or the holder's name after it."""
    close = ctx.quote_open_tok.get(j, -1)
    if j > i and 1 < close - j <= 4 and close + 2 < limit and ctx.words[j - 1] and not is_definite(ctx.norms[j - 1]) \
            and _lookup(ctx.norms[j - 1], ROLE_HEADS) and ctx.words[close + 1] and ctx.norms[close + 1][:1] == "ل" \
            and len(ctx.norms[close + 1]) > 3 and ctx.words[close + 2] and all(ctx.words[t] for t in range(j + 1, close)) \
            and known_outlet_length(ctx.norms, j + 1) != close - j - 1:
        return True  # "نائب محافظ «منشآت» لريادة الأعمال": the body in marks after his post, then its field
    return j > i + 2 and 0 < close - j <= 3 and close + 1 < limit and ctx.words[j - 1] \
        and is_definite(ctx.norms[j - 1]) and ctx.words[close + 1] \
        and all(ctx.words[t] for t in range(j + 1, close)) and not complementizer(ctx.norms[close + 1])


#: Meetings a post presides over or runs: "رئيس المؤتمر"، "مدير الندوة" (a genitive, not the occasion).
_GATHERINGS = folded_set("المؤتمر الاجتماع الجلسة الندوة المنتدى القمة الملتقى الاجتماعات")
#: Posts named by the task they carry ("المكلف بالإعلام"، "المسؤول عن التسويق"), then where.
_CHARGED_WITH = folded_set("مكلف مكلفة المكلف المكلفة")
_REGNAL = folded_set("الأول الثاني الثالث الرابع الخامس السادس السابع")
_MARKET_HEADS = folded_set("سوق أسواق")


_TITLE_ADJECTIVES = folded_set("المعماري المدني الكيميائي الزراعي الاستشاري المستشار البحري الكهربائي البرلماني البرلمانية")


def adjective_of_title(n: str) -> bool:
    """"المهندس المعماري"، "المهندس المدني": a branch of the title, not a family name."""
    return n in _TITLE_ADJECTIVES


_MARKET_GOODS = folded_set("أسهم عقار عقارات سيارات ذهب عملات عملة نفط سندات صناديق استثمارات استثمار ثروات مجوهرات أقمشة ملابس مواشي ماشية أغنام خضار")


#: Posts in the plural: a group takes no one person's name after it ("أعضاء جمهوريون في الكونغرس | رفع").
_PLURAL_POSTS = folded_set("أعضاء نواب مسؤولون مسؤولين مسؤولو قادة وزراء رؤساء مديرو مديرون مديرين ضباط سفراء مندوبون مندوبين")
_STATE_WORDS = folded_set("السلطنة المملكة الإمارة الدولة البلاد")
_CHIEF = folded_set("الرئيس الرئيسي الرئيسية")
_HONORIFIC_WORDS = folded_set("معالي سعادة سمو فضيلة سماحة فخامة")
_COMPASS = folded_set("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")


def _ends_before_boundary(ctx: Context, e: int, limit: int) -> bool:
    """Token ``e`` ends a body's name: punctuation, إن/أن, a title or a person's name (never past
    ``limit``: "رفض متحدث باسم وزارة الخارجية | التعليق", the tagger's body run on into the cue)."""
    if e > limit:
        return False
    if e == limit or not ctx.words[e]:
        return True
    n = ctx.norms[e]
    return complementizer(n) or n in TITLES or n in FIRST_NAMES or (e in ctx.entity_at and ctx.entity_at[e].type == "PER")


def _region_run(ctx: Context, j: int, limit: int) -> int:
    """The token past a place named at ``j`` and the places joined to it by و ("الشرق الأوسط
    وشمال أفريقيا"، "دول الخليج واليمن")."""
    e = ctx.entity_end_tok.get(j, j + 1) if j in ctx.entity_at else j + 1
    while _word(ctx, e, limit) and ctx.norms[e][:1] == "و" and len(ctx.norms[e]) > 2:
        rest = ctx.norms[e][1:]
        if rest in _COMPASS and _word(ctx, e + 1, limit) and _is_place(ctx, e + 1):
            e = ctx.entity_end_tok.get(e + 1, e + 2) if e + 1 in ctx.entity_at else e + 2
        elif e in ctx.entity_at and ctx.entity_at[e].type == "LOC":
            e = ctx.entity_end_tok.get(e, e + 1)
        else:
            break
    return e


def _department(ctx: Context, k: int, limit: int) -> bool:
    """"(مدير عام) صحة البيئة"، "تعليم الرياض"، "شؤون المستهلك": a field in construct with a
    definite noun or a place, the department a general director heads (no name, no verb)."""
    n = ctx.norms[k]
    return _word(ctx, k + 1, limit) and len(n) >= 3 and n[:1] not in "وفبل" and not _stopword(n) \
        and n not in VERB_FORMS and not is_verb_like(n) and not complementizer(n) and n not in NAME_TITLES \
        and (is_definite(ctx.norms[k + 1]) and not _stopword(ctx.norms[k + 1]) or _is_place(ctx, k + 1))


def _unnamed_workplace(ctx: Context, j: int, limit: int) -> bool:
    n = ctx.norms[j] if _word(ctx, j, limit) else ""
    return n.endswith("ه") and len(n) >= 4 and not is_definite(n) and n not in FIRST_NAMES and j not in ctx.entity_at \
        and n not in ctx.person_tokens and not _stopword(n) and not is_verb_like(n) and n[:1] not in "وفبل" \
        and not in_lexicon(n, ORG_HEADS) and not in_lexicon(n, ROLE_HEADS)


_A_JOB = folded_set("عمل وظيفة وظائف العمل")


_OF_BUSINESS = folded_set("رجل سيدة رجال سيدات")
_BUSINESS = folded_set("الأعمال")


def _role_phrase(ctx: Context, i: int, limit: int, s0: int, feminine: bool) -> NP:
    """A role, and the name that follows it if any (وزير المالية محمد الجدعان)."""
    norms = ctx.norms
    head = _lookup(norms[i], ROLE_HEADS) or norms[i]
    had_genitive = False
    task = -1
    j = i + 1
    # "مدير عام دائرة ضريبة الدخل": general, then the body he directs, as after مدير alone
    general = int(_word(ctx, i + 2, limit) and norms[i + 1] == "عام" and not is_definite(norms[i])
                  and not is_definite(norms[i + 2]) and norms[i + 2] not in FIRST_NAMES
                  and (i + 2 not in ctx.entity_at or ctx.entity_at[i + 2].type != "PER")
                  and (bool(_lookup(norms[i + 2], ORG_HEADS)) or _department(ctx, i + 2, limit)))
    i1 = i + general
    if _word(ctx, j, limit) and is_definite(norms[j]) and norms[j] in ctx.person_tokens \
            and not _lookup(norms[j], ORG_HEADS) and norms[j] not in ADJECTIVES \
            and not (nationality_adj(norms[j]) and ctx.entity_end_tok.get(j, j + 1) > j + 1):
        # (but "النائب الكوردي سوران عمر" tagged as one name: a people's adjective, then the name)
        # النائبة المحجوب: a role with the family name of a person named before
        e = j + 1
        while _word(ctx, e, limit) and norms[e] in ctx.person_tokens and e - j < 3:
            e += 1  # المهندس الفيصل الجربا: the last two names of فرحان بن نايف الفيصل الجربا
        return NP(i, e, ctx.starts[j], ctx.ends[e - 1], "named_person", head, role=norms[i], named=True,
                  feminine=feminine or head.endswith("ه"))
    if j < limit and not ctx.words[j] and ctx.raw[j] == "«" and 1 < ctx.quote_open_tok.get(j, 10 ** 9) - j <= 4 \
            and all(ctx.words[t] for t in range(j + 1, ctx.quote_open_tok[j])) and not (
                i > 0 and ctx.words[i - 1] and ctx.norms[i - 1] in _TOLD_VERBS and not _lookup(norms[i], _CORRESPONDENTS)
                and (known_outlet_length(norms, j + 1) == ctx.quote_open_tok[j] - j - 1
                     or match_outlet(ctx, j + 1, ctx.quote_open_tok[j]) is not None)):
        # (but "وأبلغ مسؤول «رويترز» أن": the agency he told)
        j, had_genitive = ctx.quote_open_tok[j] + 1, True  # مراسل «الاقتصادية»: the paper's (or firm's) man
    if j == i + 1 and _word(ctx, j + 1, limit) and norms[j] == "عن" and bare(norms[i]).startswith("باحث") \
            and norms[j + 1] in _A_JOB:
        j, had_genitive = j + 2, True  # "الباحثة عن عمل هديل القرشي": a job seeker, no researcher
    if j == i + 1 and _word(ctx, j, limit) and norms[j] in _REGION_HEADS:
        k = _region_phrase(ctx, j, limit, bare_head=True)
        if k > j + 1:
            j, had_genitive = k, True  # أمير منطقة مكة المكرمة، محافظ محافظة جدة: the region's post
    if j == i + 1 and _word(ctx, j + 1, limit) and norms[j] in _DIRECTIONS and _is_place(ctx, j):
        j, had_genitive = ctx.entity_end_tok.get(j, j + 2), True  # "والي شمال دارفور": a region by its direction
    if general and j == i + 1:
        j = i1 + 1
    if j == i1 + 1 and not article(ctx, i) and _unnamed_workplace(ctx, j, limit):
        j += 1  # "مدير مزرعة | دواجن"، "مدير مدرسة": the place he runs, a feminine noun no list knows
        lone = j in ctx.entity_at and ctx.entity_end_tok.get(j, j + 1) == j + 1 and ctx.entity_at[j].origin == "model"
        if _word(ctx, j, limit) and not is_definite(norms[j]) and len(norms[j]) >= 3 and norms[j] not in FIRST_NAMES \
                and (j not in ctx.entity_at or lone) and not _stopword(norms[j]) and not is_verb_like(norms[j]) \
                and not complementizer(norms[j]) and norms[j] not in VERB_FORMS and norms[j][:1] not in "وفبل":
            j += 1  # (and what it raises or makes: دواجن)
        if _word(ctx, j, limit) and is_definite(norms[j]) and not _stopword(norms[j]) and norms[j][:1] not in "وفبل":
            j = max(j + 1, def_chain(ctx, j, limit, org=True, places=True))  # "أنشطة تخزين | الطاقة"، "محلية شرق | النيل"
        had_genitive = True
    while j < limit and (ctx.words[j] or _acronym_in_marks(ctx, i, j, limit)) \
            and (j - i < 9 or norms[j] in _AFFILIATED and j - i < 14 or not ctx.words[j]
                 or j - i < 11 and sum(not ctx.words[t] for t in range(i, j)) >= 2):  # (marks count no words)
        if not ctx.words[j]:
            close = ctx.quote_open_tok[j]
            if j == i1 + 1 and (known_outlet_length(norms, j + 1) == close - j - 1
                               or match_outlet(ctx, j + 1, close) is not None):
                break  # "وأبلغ مسؤول «رويترز» أن": the agency he told, not his employer
            j = close + 1  # "لفرع هيئة المدن الصناعية ومناطق التقنية «مدن» بالدمام": the body's acronym
            continue
        n = norms[j]
        if n in BY_SAYING:
            break  # "اكتفى مسؤول في بنك الكويت المركزي | بالقول إن": how he spoke, no part of the post
        if j == i1 + 1 and (norms[i] in _CHARGED_WITH and n[:1] == "ب" and len(n) > 3 and not _lookup(n[1:], ORG_HEADS)
                            or norms[i] in _IN_CHARGE and n == "عن") and _word(ctx, j + 1, limit) \
                and (n != "عن" or is_definite(norms[j + 1]) and not _stopword(norms[j + 1])):
            k = j + 1
            if _word(ctx, k, limit) and is_definite(norms[k]) and not _stopword(norms[k]) and norms[k] not in TITLES \
                    and not _lookup(norms[k], ORG_HEADS):
                k = _cut_at_title(ctx, k, def_chain(ctx, k, limit))
                if n == "عن" and k == j + 1:
                    k = j + 2  # ("المسؤول عن الإعلام": a verbal noun the chain does not take)
            if n == "عن" and k == j + 1:
                break
            j, task = k, k  # "المكلف بالإعلام"، "المسؤول عن التسويق": the task is his post
            if not _word(ctx, j, limit) or not (norms[j] in ("في", "لدي") or norms[j][:1] == "ب" and len(norms[j]) > 3):
                break  # (then only where he does it: "… | وزارة الشؤون الاجتماعية إلى": whom he called on)
            continue
        if j == i + 1 and n in _CO and bare(norms[i]) in _FOUNDERS:
            j += 1  # "المؤسس الشريك والرئيس التنفيذي لـ«تمارا»": a co-founder, one post
            continue
        if j > i and n == "علي" and bare(norms[i]) in _SUPERVISOR and _word(ctx, j + 1, limit) \
                and all(norms[t] in ("العام", "العامه") for t in range(i + 1, j)):
            k = j + 1
            if not is_definite(norms[k]) and not _stopword(norms[k]) and norms[k] not in FIRST_NAMES:
                k = max(k + 1, _construct_run(ctx, k, limit))  # "المشرف العام على برنامج رسوم الأراضي البيضاء"
            if _word(ctx, k, limit) and is_definite(norms[k]) and not _stopword(norms[k]):
                k = def_chain(ctx, k, limit, org=True)
            if k > j + 1 and _word(ctx, k, limit) and norms[k][:1] == "ب" and _is_place(ctx, k):
                k += 1  # ("المشرف على سوق التمور | ببريدة": where the market is)
            if k > j + 1 and _word(ctx, k, limit) and (norms[k] in NAME_TITLES or norms[k] in FIRST_NAMES
                                                      or k in ctx.entity_at and ctx.entity_at[k].type == "PER"):
                j = k  # what he supervises, then his title and name (alone, "المشرف العام" is the post)
                continue
        if n in _A_NUMBER_OF and j > i and _word(ctx, j + 2, limit) and norms[j + 1] == "من" \
                and norms[j + 2].startswith("ال") and not _stopword(norms[j + 2]):
            j = max(j + 3, def_chain(ctx, j + 2, limit, org=True))  # "وكيل عدد من الخطوط الملاحية": of several bodies
            had_genitive = True
            continue
        if n in _TEEN and j > i + 1 and norms[j - 1].startswith("ال") and norms[j - 1].endswith(("ه", "ي")):
            j += 1  # "لدورة الألعاب الآسيوية الخامسة | عشرة": a compound ordinal
            continue
        if j == i1 + 1 and norms[i] in NAME_TITLES and is_definite(n) and n.startswith("ال") and is_nisba(n) \
                and n not in ADJECTIVES and not _nationality_word(n) and not adjective_of_title(n) \
                and n not in _PARTY_ADJ and _family_then_boundary(ctx, j, limit):
            break  # "المهندس الزهراني، رئيس …": a title and a family name (the rule after the loop)
        if j > i and n[:1] == "ل" and len(n) > 4 and n[1:] in _REGION_HEADS and _word(ctx, j + 1, limit) \
                and (_is_place(ctx, j + 1) or ctx.norms[j + 1] in PLACES):
            j = _region_run(ctx, j + 1, limit)  # "عضو المجلس البلدي لمحافظة جدة": the region the body serves
            had_genitive = True  # ("كبيرة الاقتصاديين لمنطقة الشرق الأوسط وشمال أفريقيا")
            continue
        if j == i1 + 1 and not is_definite(norms[i]) and n in _MARKET_GOODS:
            j += 1  # "محلل أسهم"، "وسيط عقارات": what he deals in (أسهم is no verb here)
            had_genitive = True
            continue
        if j > i + 1 and n == "علي" and norms[j - 1] in _OVERSIGHT and _word(ctx, j + 1, limit) \
                and is_definite(norms[j + 1]) and not _stopword(norms[j + 1]):
            j = max(j + 2, def_chain(ctx, j + 1, limit, org=True))  # "هيئة الرقابة على الأسواق المالية": what it oversees
            had_genitive = True
            continue
        if j > i and n == "علي" and _word(ctx, j + 2, limit) and norms[j + 1] in _ROADS:
            k = j + 2  # "في أحد المعارض الكبرى على طريق الملك فهد": where it is, a road named after someone
            while _word(ctx, k, limit) and k - j < 6 and not complementizer(norms[k]) and norms[k][:1] != "ل" \
                    and norms[k] not in VERB_FORMS and not _stopword(norms[k]):
                k += 1
            j, had_genitive = k, True
            continue
        if j > i and n in _DOMAIN_HEADS and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and not _stopword(norms[j + 1]) and not (j + 1 in ctx.entity_at and ctx.entity_at[j + 1].type == "PER"):
            j = def_chain(ctx, j + 1, limit, org=True)  # "مدير عام شؤون الثروة السمكية"
            had_genitive = True
            continue
        if j > i and keeper_post(ctx, j) and _word(ctx, j + 1, limit):
            k = _region_phrase(ctx, j + 1, limit, bare_head=True)
            j, had_genitive = (k, True) if k > j + 1 else (j + 1, had_genitive)
            continue  # "وكيل أمين منطقة الرياض للمشاريع": the deputy of the region's mayor
        if n in FIRST_NAMES and not is_definite(n) and not keeper_post(ctx, j) and not (
                n in ("باسم", "بإسم") and any(norms[t].startswith(_SPOKES) for t in range(i, j))) and not (
                n in ("باسم", "بإسم") and _word(ctx, j + 1, limit) and (is_definite(norms[j + 1]) or (
                    j > i and len(norms[j + 1]) >= 5 and norms[j + 1].endswith(("ها", "هم"))
                    and norms[j + 1] not in FIRST_NAMES))):
            break  # (but "الناطق الرسمي باسم الاتحاد": in the name of, not باسم the given name)
        if j > i and not is_definite(norms[j - 1]) and ctx.raw[j].endswith(("ه", "ها", "هم")) and len(n) >= 5 \
                and n not in FIRST_NAMES and n not in VERB_FORMS and any(
                    _word(ctx, t, limit) and ((t in ctx.entity_at and ctx.entity_at[t].type == "PER") or norms[t] in FIRST_NAMES)
                    and (t == j + 1 or ctx.is_punct(j + 1, "،,")) for t in (j + 1, j + 2)):
            j += 1  # "مدير حملته روبرتو ماندونيادو": his campaign's manager, then the name
            had_genitive = True
            break
        if j > i and n in _IN_CHARGE and _word(ctx, j + 2, limit) and norms[j + 1] == "عن" and is_definite(norms[j + 2]):
            j = def_chain(ctx, j + 2, limit, org=True)  # "الوزير المسؤول عن الشؤون المالية": what he is in charge of
            continue
        if j > i + 1 and n == "عن" and norms[j - 1] in _IN_CHARGE and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]):
            j = def_chain(ctx, j + 1, limit, org=True)  # "نائب رئيس الوزراء المسؤول عن الاقتصاد"
            continue
        if j > i and n in _FIRM_HEADS and _word(ctx, j + 1, limit) and not is_definite(norms[j + 1]) \
                and norms[j + 1] not in FIRST_NAMES and not (j + 1 in ctx.entity_at and ctx.entity_at[j + 1].type == "PER"):
            k = _institution(ctx, j, limit)
            if k > j + 1:
                j, had_genitive = k, True  # "رئيس مجلس إدارة شركة أسمنت اليمامة": the firm's name, not a person's
                continue
        if j > i and not is_definite(n) and _lookup(n, ORG_HEADS) and j in ctx.entity_at and n[:1] != "ل" \
                and ctx.entity_at[j].type == "ORG" and ctx.entity_end_tok.get(j, j + 1) > j + 1 and j not in ctx.media_tok \
                and all(ctx.words[t] for t in range(j, ctx.entity_end_tok[j])) \
                and _ends_before_boundary(ctx, ctx.entity_end_tok[j], limit):
            j, had_genitive = ctx.entity_end_tok[j], True  # "رئيس هيئة قناة السويس": the body the tagger found
            continue
        at = next((t for t in (j + 1, j + 2) if t in ctx.entity_at), -1) if j > i and n[:1] != "ل" else -1
        if at > 0 and not is_definite(n) and _lookup(n, ORG_HEADS) and ctx.entity_at[at].type in ("LOC", "ORG") \
                and all(_word(ctx, t, limit) and not is_definite(norms[t]) and not _stopword(norms[t])
                        and norms[t] not in VERB_FORMS for t in range(j + 1, at)) \
                and _word(ctx, at, limit) and at not in ctx.media_tok \
                and _ends_before_boundary(ctx, ctx.entity_end_tok.get(at, at + 1), limit):
            j, had_genitive = ctx.entity_end_tok.get(at, at + 1), True  # "رئيس هيئة (قناة) السويس": the body's name
            continue
        if n in _AFFILIATED and j > i + 1 and _word(ctx, j + 1, limit) and norms[j + 1][:1] == "ل" \
                and len(norms[j + 1]) > 3 and _word(ctx, j + 2, limit) and is_definite(norms[j + 2]):
            j = def_chain(ctx, j + 2, limit, org=True, places=True)  # "… التابع لدائرة الأراضي والأملاك"
            continue
        if n == "من" and j > i + 1 and norms[j - 1] in _CLOSE_TO and _word(ctx, j + 1, limit):
            k = _institution(ctx, j + 1, limit)
            if k > j + 1:
                j = k  # "المسؤول المقرب من الأمم المتحدة": whom he is close to
                continue
        if n in ("الي", "لدي") and j > i and _word(ctx, j + 1, limit) and (
                _lookup(norms[i], _ENVOYS) or any(_lookup(norms[t], _MISSIONS) for t in range(i + 1, j))):
            k = _institution(ctx, j + 1, limit)
            if k > j + 2 and norms[j + 1] in _STATE_WORDS and all(
                    ctx.words[t] and not is_definite(norms[t]) for t in range(j + 2, k)):
                k = j + 2  # "السفير الصيني لدى السلطنة | يو فو لونغ": the state, then his name (the tagger ran them on)
            if k > j + 1:
                j = k  # "المبعوث الأمريكي إلى الشرق الأوسط"، "رئيس بعثة مصر إلى البطولة": where he is sent
                continue
        if n in _ASKING and j + 1 < limit and norms[j + 1] == "عدم":
            break  # "مسؤول | طلب عدم الكشف عن هويته"، "المسؤول | طالبا عدم ذكر اسمه": the clause, not the role
        ent = ctx.entity_at.get(j)
        if ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(j, j + 1) > j + 1 and j > i + 1:
            break  # "رئيس مجلس المحاكم في الصومال | شيخ شريف شيخ أحمد": the tagger's name begins
        inside = j - 1 if j - 1 > i and ctx.entity_end_tok.get(j - 1, j) > j and ctx.entity_at[j - 1].type == "LOC" else -1
        if inside > 0 or (ent is not None and ent.type == "LOC" and j > i + 1 and is_definite(n) and ctx.words[j - 1]
                          and not is_definite(norms[j - 1]) and ctx.entity_end_tok.get(j, j + 1) > j + 1):
            # "مدير إدارة الشرق الأوسط وآسيا الوسطى"، "لمنطقة الشرق الأوسط وشمال أفريقيا": a region the post covers
            j = _region_run(ctx, inside if inside > 0 else j, limit)
            continue
        if ent is not None and ent.type == "PER" and j == i1 + 1 and norms[i] in TITLES and not is_definite(n):
            break  # "الدكتورة | لطيفة الشهري": a title, then a given name the tagger found (not "kind")
        k = _relation_phrase(ctx, j, limit) if not is_definite(norms[i]) or had_genitive else j
        if k > j:
            j = k  # مسؤول مصرفي ذي صلة بالاتفاقية، تاجر وثيق الصلة بمنتج ...
            continue
        if j > i + 1 and n.startswith("بال") and len(n) > 5 and norms[j - 1].startswith("الم") \
                and len(norms[j - 1]) >= 6 and adjective_like(norms[j - 1]):
            j = max(j + 1, def_chain(ctx, j + 1, limit)) if _word(ctx, j + 1, limit) else j + 1
            while _word(ctx, j, limit) and norms[j].startswith("وال") and len(norms[j]) > 5 and j - i < 14:
                j += 1  # "المكلف بالدراسات والتوثيق": a second object joined by و
            continue  # عضو المكتب التنفيذي للاتحاد المكلف بالإنتاج النباتي: the participle's object
        if n in _ORDINAL_POSTS and j == i1 + 1 and is_definite(norms[i]):
            j += 1  # "المسؤول الثاني في الحزب"، "الرجل الثالث في الخارجية" (not the month)
            continue
        if n in _CHIEF and j == i1 + 1 and is_definite(norms[i]) and norms[i] not in TITLES \
                and norms[i] not in _CHIEF and _word(ctx, j + 1, limit) and not _lookup(norms[j + 1], FIRST_NAMES):
            j += 1  # "الباحث الرئيس في الدراسة"، "المفاوض الرئيسي": the chief one (no president)
            continue
        if j == i1 + 1 and article(ctx, i) and n.startswith("ال") and not adjective_like(n) and n not in _ROLE_OK:
            break  # "وأبلغ الوزير البرلمان أن": a definite role takes no genitive; that is its object
        if j == i1 + 1 and article(ctx, i) and not is_definite(n) and n in _PEOPLE_OBJECTS:
            break  # "وحذر الوزير أولياء الأمور من": nor an indefinite one: the people it addresses
        if n in ("عام", "العام", "العامه") and j <= i + 2:
            j += 1  # الأمين العام، مدعي عام، المدير العام
            continue
        if n in _ACTING and j > i:
            j += 1  # "وزير النفط بالوكالة": acting, part of the post
            continue
        if n in _IN_ITS_NAME and (j == i1 + 1 or j == i + 2 and ctx.norms[i + 1] in ("الرسمي", "الرسميه", "رسمي")):
            j += 1  # "المتحدث باسمها"، "المتحدث الرسمي باسمها": the spokesman of the body named before
            had_genitive = True
            break
        if n == "باسم" and _word(ctx, j + 1, limit) and not is_definite(norms[j + 1]) \
                and not any(norms[t].startswith(("متحدث", "المتحدث", "ناطق", "الناطق")) for t in range(i, j)) and (
                norms[j + 1] in FIRST_NAMES or (j in ctx.entity_at and ctx.entity_at[j].type == "PER")) \
                and _word(ctx, j + 2, limit) and (is_definite(norms[j + 2]) or norms[j + 2] in FIRST_NAMES):
            break  # "الخبير الاقتصادي باسم جميل العبيدي": باسم the given name, then his father's and family's
        if n in ("باسم", "بإسم", "باسم", "بلسان"):
            k = _institution(ctx, j + 1, limit)
            if k == j + 1 and _word(ctx, j + 1, limit) and _lookup(norms[j + 1], ROLE_HEADS) \
                    and _word(ctx, j + 2, limit) and is_definite(norms[j + 2]):
                k = def_chain(ctx, j + 2, limit)  # الناطقة باسم رئيس الوزراء الإسرائيلي: whose spokesman
            if k == j + 1 and _word(ctx, j + 1, limit) and not is_definite(norms[j + 1]) \
                    and norms[j + 1] not in FIRST_NAMES and not _stopword(norms[j + 1]) \
                    and not complementizer(norms[j + 1]) and norms[j + 1] not in VERB_FORMS:
                t = j + 2  # "المتحدث باسم خطة فرض القانون": a construct chain of whatever it speaks for
                while _word(ctx, t, limit) and t - j < 4 and not is_definite(norms[t]) and not _stopword(norms[t]) \
                        and norms[t] not in FIRST_NAMES and norms[t] not in VERB_FORMS and not complementizer(norms[t]):
                    t += 1
                if _word(ctx, t, limit) and is_definite(norms[t]) and not _stopword(norms[t]) \
                        and t not in ctx.entity_at:
                    k = def_chain(ctx, t, limit)
                elif t > j + 2 and any(u in ctx.entity_at and ctx.entity_at[u].type in ("LOC", "ORG")
                                       for u in range(j + 2, t)):
                    k = t  # "متحدث باسم مطارات أبوظبي": a body named by what it runs and where
                elif len(norms[j + 1]) >= 5 and norms[j + 1].endswith(("ها", "هم")) and norms[j + 1][:1] not in "يت":
                    k = j + 2  # "المتحدث باسم حملتها أريف رحمان": its campaign's, then his name
            if k == j + 1:
                break
            j = k
            continue

        if adverbial_end(norms, j, limit) > j:
            break  # "الوزير في الوقت ذاته": an adverbial, not where the role is
        if n in _SIDES_OF and j > i + 1 and ctx.words[j - 1] and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and (_is_place(ctx, j + 1) or norms[j + 1] in _CAPITALS):
            j = def_chain(ctx, j + 1, limit)  # "تاجر عملة في منطقة وسط القاهرة": where, by its side of town
            continue
        if n in _ADJ_CONSTRUCT and j > i + 1 and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]):
            j += 2  # "قائد أركان القوات متعددة الجنسيات": an adjective with its own genitive
            continue
        if n == "في" and _word(ctx, j + 1, limit) and norms[j + 1] in _TIME_HEADS:
            break  # "رئيس الدولة | في نهاية الجولة": when, not where the role is
        if n in ("في", "خلال") and j > i + 1 and _word(ctx, j + 1, limit) and norms[j + 1] in INTERVIEW_WORDS:
            break  # "الرئيس التنفيذي لـ«معادن» | في مقابلة مع رويترز": where he said it, not where the post is
        if n == "في" and j > i + 1 and _word(ctx, j + 1, limit) and norms[j + 1] in _CASE_NOUNS \
                and any(ctx.norms[t] in _INQUIRY for t in range(i, j)):
            k = j + 2  # "رئيس لجنة التحقيق الدولية في اغتيال رئيس الوزراء الأسبق رفيق الحريري": the case
            while k < limit and ctx.words[k] and k - j < 10 and not complementizer(norms[k]) \
                    and norms[k] not in VERB_FORMS and norms[k] not in NAME_TITLES:
                k += 1
            if k < limit and ctx.is_punct(k, "،,") and k > j + 2:
                j = k
                break
        if n == "في" and j > i and _word(ctx, j + 2, limit) and not is_definite(norms[j + 1]) \
                and not _stopword(norms[j + 1]) and norms[j + 1] not in VERB_FORMS and norms[j + 1] not in FIRST_NAMES \
                and norms[j + 2] in _SEVERAL:
            j += 3  # "مسؤولين في وفود عدة من الدول النامية": in several delegations
            if _word(ctx, j + 1, limit) and norms[j] == "من" and is_definite(norms[j + 1]) and not _stopword(norms[j + 1]):
                j = def_chain(ctx, j + 1, limit, org=True)
            had_genitive = True
            continue
        if n in ("في", "لدي") and _word(ctx, j + 1, limit) and norms[j + 1] in _FILED:
            break  # "وقالت النائبة | في طلب الإحاطة إن": what she filed, no institution of hers
        if n in ("في", "لدي") and (_word(ctx, j + 1, limit) or j + 1 in ctx.quote_open_tok):
            k = _cut_at_title(ctx, j + 1, _institution(ctx, j + 1, limit))  # (في «جنرال إلكتريك»)
            k = next((t for t in range(j + 2, k) if t in ctx.entity_at and ctx.entity_at[t].type == "PER"
                      and ctx.words[t - 1] and not _lookup(norms[t - 1], ORG_HEADS)), k)
            # (not a name in marks, في "برنستاين", nor a firm's name the tagger ran into his: شركة كابرون دان آيفز)
            # ("الناطق باسم «فتح» في قطاع غزة | ماهر عبد الحافظ": the place ends where his name begins)
            if k == j + 1 and _field_phrase(ctx, j + 1, limit):
                k = def_chain(ctx, j + 2, limit, org=True)  # تاجر في سوق المدينة الكبير
            elif k == j + 1 and _lookup(norms[i], _EXPERT_ROLES) and is_definite(norms[j + 1]) \
                    and norms[j + 1].startswith("ال") and not _stopword(norms[j + 1]) \
                    and norms[j + 1] not in SPEECH_EVENTS and norms[j + 1] not in TIME_WORDS \
                    and not _is_place(ctx, j + 1):
                k = _cut_at_title(ctx, j + 1, def_chain(ctx, j + 1, limit))  # الخبير في الأمن البحري
            if k == j + 1:
                break
            close = ctx.quote_open_tok.get(k, -1)
            if close > k and ctx.words[k - 1] and bare(norms[k - 1]) in _PARTY_HEADS and close - k <= 4:
                k = close + 1  # "نائب بارز في تيار «المستقبل»": the party by its name in marks, no paper
            elif close > k and not (known_outlet_length(norms, k + 1) == close - k - 1
                                    or match_outlet(ctx, k + 1, close) is not None):
                k = _short_name(ctx, k, limit)  # ("في بيت الاستثمار العالمي «جلوبل»": its short name in marks;
                # not "مسؤول في الوزارة «الشرق الأوسط» أن": the paper told)
            if _word(ctx, k, limit) and norms[k].startswith("ال") and (_lookup(norms[k], ORG_HEADS) or (
                    k in ctx.entity_at and ctx.entity_at[k].type == "ORG")):
                j = k  # "أعضاء في مجلس الشورى | الشركة السعودية للكهرباء": a body after the body is whom they asked
                break
            j = k
            continue
        if n == "عن" and _lookup(norms[i], _REPRESENTS) and (_word(ctx, j + 1, limit) or j + 1 in ctx.quote_open_tok):
            k = _cut_at_title(ctx, j + 1, _institution(ctx, j + 1, limit))
            ent = ctx.entity_at.get(j + 1)
            if k == j + 1 and _word(ctx, j + 1, limit) and (
                    _lookup(bare(norms[j + 1]), ORG_HEADS) or bare(norms[j + 1]) in _BLOCS or _lookup(norms[j + 1], _REGION_HEADS)
                    or _is_place(ctx, j + 1) or ent is not None and ent.type == "ORG"):
                k = _cut_at_title(ctx, j + 1, def_chain(ctx, j + 1, limit, org=True, places=True))
                if k == j + 1 and bare(norms[j + 1]) in _BLOCS and _word(ctx, j + 2, limit) and is_definite(norms[j + 2]):
                    k = _cut_at_title(ctx, j + 2, def_chain(ctx, j + 2, limit, org=True, places=True))  # قائمة الائتلاف
                elif k == j + 1 and bare(norms[j + 1]) in _BLOCS and _word(ctx, j + 2, limit):
                    t = _construct_run(ctx, j + 2, limit)
                    if t > j + 2:  # "النائبة عن ائتلاف دولة القانون": a bloc's name in construct
                        k = _cut_at_title(ctx, t, def_chain(ctx, t, limit, org=True, places=True))
            k = next((t for t in range(j + 2, k) if ctx.words[t] and (norms[t] in FIRST_NAMES or t in ctx.entity_at
                                                                   and ctx.entity_at[t].type == "PER"
                                                                   and ctx.entity_at[t].start == ctx.starts[t]
                                                                   and not _lookup(norms[t - 1], _REGION_HEADS)
                                                                   and norms[t - 1] not in _CONSTITUENCY)), k)
            # (his name ends it; not "عن منطقة ماركا …": the area the tagger ran into his name)
            if k > j + 1:
                j = k  # "النائب عن كتلة «المستقبل»"، "المرشح عن إمارة الفجيرة": whom he stands for
                continue
        if n in NAME_TITLES and j > i:
            break  # وزيرة التربية | الدكتورة سلمى ...
        if j == i1 + 1 and not is_definite(norms[i]) and not _lookup(norms[i], _EXPERT_ROLES):
            k = _construct_run(ctx, j, limit)
            if k > j:
                j = _cut_at_title(ctx, j, max(def_chain(ctx, k, limit), _past_department_name(ctx, k, limit)))
                had_genitive = True  # منسق برنامج مكافحة الجراد: a construct chain after the role
                continue
        if j == i1 + 1 and _lookup(norms[i], _EXPERT_ROLES) and not is_definite(norms[i]) and _field_phrase(ctx, j, limit) \
                and n not in FIRST_NAMES and n not in ctx.person_tokens:
            j = _cut_at_title(ctx, j, def_chain(ctx, j + 1, limit))  # أستاذ علوم البيئة
            had_genitive = True
            continue
        if j == i1 + 1 and n in _ONE_OF_BARE and _word(ctx, j + 1, limit) and not is_definite(ctx.norms[j + 1]) \
                and ctx.norms[j + 1] not in FIRST_NAMES and j + 1 not in ctx.entity_at:
            k = j + 2  # "حاكم إحدى مقاطعات سيبيريا": the governor of one of the provinces
            if _word(ctx, k, limit) and (_is_place(ctx, k) or is_definite(ctx.norms[k])):
                k = max(k + 1, def_chain(ctx, k, limit, org=True)) if is_definite(ctx.norms[k]) else k + 1
            j, had_genitive = k, True
            continue
        if j == i + 2 and norms[i + 1] == "عام" and n in _ONE_OF_BARE and _word(ctx, j + 1, limit) \
                and is_definite(ctx.norms[j + 1]) and not _stopword(ctx.norms[j + 1]):
            j, had_genitive = max(j + 2, def_chain(ctx, j + 1, limit, org=True)), True
            continue  # "مدير عام أحد الفنادق الفاخرة": the general manager of one of the hotels
        if j == i + 2 and norms[i + 1] == "عام" and n in _ONE_OF_BARE and _word(ctx, j + 2, limit) \
                and not is_definite(ctx.norms[j + 1]) and not _stopword(ctx.norms[j + 1]) \
                and ctx.norms[j + 1] not in FIRST_NAMES and j + 1 not in ctx.entity_at \
                and is_definite(ctx.norms[j + 2]) and not _stopword(ctx.norms[j + 2]):
            j, had_genitive = max(j + 3, def_chain(ctx, j + 2, limit, org=True)), True
            continue  # "مدير عام إحدى سلاسل الفنادق الكبرى": one of the hotel chains
        if n in _OF_ONE_OF and _word(ctx, j + 1, limit):
            k = j + 1
            if norms[k] in _SUPERLATIVE and _word(ctx, k + 1, limit):
                k += 1
            k2 = _cut_at_title(ctx, k, def_chain(ctx, k + 1, limit, org=True))
            if k2 > k:
                j, had_genitive = k2, True  # الرئيس التنفيذي لإحدى كبرى شركات التطوير العقاري
                continue
        if n[:1] == "ب" and not n.startswith("بال") and n[1:] in ORG_HEADS and _word(ctx, j + 1, limit):
            k = _cut_at_title(ctx, j + 1, def_chain(ctx, j + 1, limit, org=True, places=True))
            ent = ctx.entity_at.get(j)
            if ent is not None and ent.type == "ORG" and entity_end(ctx, j, limit) > k:
                k = def_chain(ctx, entity_end(ctx, j, limit), limit, org=True)  # بجامعة منغوليا الوطنية
            if k == j + 1 and not is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) \
                    and norms[j + 1] not in FIRST_NAMES and norms[j + 1] not in NAME_TITLES \
                    and (j + 2 >= limit or not ctx.words[j + 2]):
                k = j + 2  # بجامعة ستراثمور، : the institution's own one-word name
            if k == j + 1 and norms[j + 1] in ("ابن", "بن") and j + 3 <= limit and _word(ctx, j + 2, limit) \
                    and not is_definite(norms[j + 2]) and (j + 3 == limit or not ctx.words[j + 3]):
                k = j + 3  # "بجامعة ابن زهر، محمد بوعزة،": a university named for a scholar, then the man
            if k == j + 1 and norms[j + 1] in FIRST_NAMES and _word(ctx, j + 2, limit) and norms[j + 2] in _REGNAL:
                k = j + 3  # "بجامعة محمد الخامس": named after a king
                if _word(ctx, k, limit) and norms[k][:1] == "ب" and _is_place(ctx, k):
                    k += 1  # ("بالرباط")
            if k > j + 1:
                j = k  # أستاذ الاقتصاد بجامعة القاهرة
                continue
        if n == "عن" and _word(ctx, j + 1, limit) and (norms[j + 1] in _CONSTITUENCY or _is_place(ctx, j + 1)):
            k = j + 2  # عضو المجلس عن منطقة ماركا، نائب عن البصرة: whom the member stands for
            if norms[j + 1] in _CONSTITUENCY and _word(ctx, k, limit) and not is_definite(norms[k]) \
                    and norms[k] not in FIRST_NAMES and not _stopword(norms[k]):
                k += 1
            j = k
            continue
        if n == "من" and _word(ctx, j + 2, limit) and ctx.norms[j + 1] in _PEOPLES and is_definite(norms[j + 2]):
            j = def_chain(ctx, j + 2, limit)  # زعيم محلي من قبائل الأتاكامينيو
            continue
        if n in _RESUMPTIVE_PP and j == i1 + 1:
            j += 1  # مسؤول فيها: "in it", the body named before
            continue
        if j == i1 + 1 and not is_definite(norms[i]) and n in _GATHERINGS:
            j = def_chain(ctx, j + 1, limit, after_definite=True)  # "رئيس المؤتمر الوزاري": the meeting he chairs
            had_genitive = True
            continue
        if n == "ب" and j > i + 1 and j + 1 in ctx.quote_open_tok and 1 < ctx.quote_open_tok[j + 1] - (j + 1) <= 5 \
                and ctx.quote_open_tok[j + 1] < limit and all(ctx.words[t] for t in range(j + 2, ctx.quote_open_tok[j + 1])) \
                and j + 2 in ctx.entity_at and ctx.entity_at[j + 2].type == "ORG":  # (not "وصفه مسؤولون بـ«الهدوء الهش»")
            j = ctx.quote_open_tok[j + 1] + 1  # "مسؤول في إدارة الأبحاث بـ«الأهلي كابيتال»": the firm, by its name in marks
            had_genitive = True
            continue
        if (_stopword(n) or n in SPEECH_EVENTS or is_verb_like(n) or n in AUDIENCE) \
                and not (j == i1 + 1 and norms[i] in _OWNERS and n in _SHOPS) \
                and not (j == i1 + 1 and n in SPEECH_EVENTS and _lookup(n, ORG_HEADS) and not is_definite(norms[i])
                         and _word(ctx, j + 1, limit) and not _stopword(norms[j + 1])) \
                and not (n in SPEECH_EVENTS and is_definite(n) and norms[j - 1] in _PARTY_WORDS):
            # (and "الأمين العام المساعد لحزب المؤتمر الشعبي العام": the Congress party, no conference)
            # (but "رئيس منتدى رؤساء المؤسسات": the forum he heads, a body)
            break  # (الوزير | للصحفيين: whom he told; but "صاحب ورشة": a workshop he owns, no meeting)
        if j == i1 + 1 and n[:1] != "ل" and could_be_outlet(ctx, j):
            m = match_outlet(ctx, j, limit, ambiguous_ok=bare(norms[i]) in _REPORTERS)
            # (ambiguous_ok: "مراسل الجزيرة" is the channel's man, whatever else الجزيرة names)
            if m is not None and not m.anaphor and (m.end > j + 1 or _lookup(norms[i], _CORRESPONDENTS)):
                j, had_genitive = m.end, True  # موفد الجزيرة نت، مراسل وكالة رويترز: the outlet's man
                if _lookup(norms[i], _CORRESPONDENTS) and _word(ctx, j, limit) and norms[j][:1] == "ب" \
                        and _is_place(ctx, j):
                    j += 1  # "مراسل الجزيرة بواشنطن": where he is posted
                elif _lookup(norms[i], _CORRESPONDENTS) and _word(ctx, j, limit) and norms[j] == "في" \
                        and _word(ctx, j + 1, limit) and _is_place(ctx, j + 1):
                    j += 2  # "مراسل الجزيرة في موسكو"
                if not (_word(ctx, j, limit) and name_start(ctx, j, after_role=True)):
                    # the outlet's correspondent, unnamed, speaks for the outlet (ATTRIBUTION.md: media)
                    return NP(i, j, s0, ctx.ends[j - 1], "media" if _lookup(norms[i], _CORRESPONDENTS)
                              else "unnamed_official", head, role=" ".join(norms[i:j]),
                              definite=is_definite(norms[i]), feminine=feminine or head.endswith("ه"))
                break
        k = _company_after_lam(ctx, j, limit)
        if k > j:
            j, had_genitive = k, True  # الرئيس التنفيذي لمجموعة سامبا المالية: the group's name
            continue
        m = match_outlet(ctx, j, limit, preposition=True) if n[:1] == "ل" else None
        if m is not None and m.type_word and any(ctx.words[t] and norms[t] in _TRADE_FIELDS for t in range(j, m.end)):
            j, had_genitive = m.end, True  # "المدير العام لوكالة «الخليج الأزرق للسياحة والسفر»": a travel agency
            continue
        if m is not None and m.type_word and bare(m.type_word) == _SITE_WORD and j - i <= 3 and not any(
                known_outlet_length(norms, t) > 0 for t in range(j + 1, m.end) if ctx.words[t]) \
                and ctx.norms[j] != "للموقع":
            j, had_genitive = m.end, True  # "المدير العام لموقع «سوق.كوم»": the website he runs (a shop, no outlet told)
            continue
        if m is not None and m.anaphor and m.end == j + 1 and m.end + 2 < limit and ctx.is_punct(m.end, "،,") \
                and ctx.words[m.end + 1] and (norms[m.end + 1] in FIRST_NAMES or norms[m.end + 1] in NAME_TITLES
                                              or m.end + 1 in ctx.entity_at and ctx.entity_at[m.end + 1].type == "PER"):
            j, had_genitive = m.end, True  # "نائبة المدير العام للوكالة، إيلينا روسي،": the agency she serves, then her name
            continue
        if m is not None and m.type_word:
            break  # "متحدث باسم الشركة لوكالة «يونهاب»": an outlet with its type word is the via
        k = _company_in_marks(ctx, j, limit)
        if k > j:
            j, had_genitive = k, True  # الرئيس التنفيذي لشركة «المراعي»، لـ«المراعي»: whose officer
            break
        if m is not None:
            break  # مسؤول لوكالة فرانس برس: the via, not a genitive of the role
        if n[:1] == "ل" and j + 1 < limit and complementizer(norms[j + 1]) \
                and match_outlet(ctx, j, j + 1, preposition=True, ambiguous_ok=True) is not None:
            break  # "الوزير للعربية إن": the channel told, not "of Arabic"
        if n[:1] == "ب" and n[1:] in _MARKET_HEADS and _word(ctx, j + 1, limit) and (
                _is_place(ctx, j + 1) or j + 1 in ctx.entity_at and ctx.entity_at[j + 1].type == "LOC"):
            j = max(j + 2, def_chain(ctx, j + 1, limit, places=True))  # "تاجر عملة بسوق بورتسودان الكبير": where he trades
            continue
        if n.startswith("ب") and _is_place(ctx, j):
            ent = ctx.entity_at.get(j)
            # نائب رئيس الغرفة التجارية بالرياض: where the body is (all of "بالمنطقة الشرقية")
            j = max(j + 1, min(limit, ctx.entity_end_tok.get(j, j + 1))) if ent is not None and ent.type == "LOC" else j + 1
            continue
        if n.startswith("بال") and j > i + 1 and _lookup(n[1:], ORG_HEADS) and _word(ctx, j + 1, limit) \
                and is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) and ctx.is_punct(j + 2, "،,"):
            j += 2  # "الأمين العام المساعد المسؤول عن القطاع الخاص بالمنظمة الشغيلة،": the body and its adjective
            continue
        if n.startswith("بال") and (j > i + 1 or not is_definite(norms[i])) \
                and (_lookup(n[1:], ORG_HEADS) or n[3:] in _REGION_HEADS) and (
                j + 1 >= limit or not ctx.words[j + 1] or not is_definite(norms[j + 1]) or complementizer(norms[j + 1])):
            j += 1  # "مدير إدارة الإعلام بالمديرية"، "مستشار بالوزارة": the body he works in, named before
            continue
        if n.startswith("بال") and j == task and _lookup(n[1:], ORG_HEADS) and _word(ctx, j + 1, limit) \
                and is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) and norms[j + 1] not in TIME_WORDS:
            j = _cut_at_title(ctx, j + 1, def_chain(ctx, j + 1, limit, org=True))  # "… بالإعلام | بالمديرية العامة للجمارك"
            continue
        if n.startswith("بال") and not is_definite(norms[i]) and j == i1 + 1 and _lookup(n[1:], ORG_HEADS) \
                and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) \
                and norms[j + 1] not in TIME_WORDS:
            j = _cut_at_title(ctx, j + 1, def_chain(ctx, j + 1, limit, org=True))  # "مسؤول بالهيئة العامة للاستثمار"
            # (right after the role only: "وأشاد وزير التجارة بالشركة الوطنية" is the verb's own ب)
            continue
        k = _region_phrase(ctx, j, limit)
        if k > j:
            j = k  # مدير عام فرع وزارة التجارة بمنطقة مكة المكرمة: the region the post covers
            continue
        if had_genitive and is_definite(n) and not adjective_like(n) and not n.startswith(("ل", "و")) \
                and not (norms[j - 1][:1] in "لو" and not is_definite(norms[j - 1])) and norms[j - 1] not in _PARTY_WORDS:
            break  # زعيم المعارضة | الخطة
        k = _cut_at_title(ctx, j, def_chain(ctx, j, limit, org=True))
        if k > j:
            had_genitive = had_genitive or any(ctx.norms[t].startswith("ال") and not (
                t == i + 1 and k == j + 1 and is_definite(norms[i]) and adjective_like(ctx.norms[t])) for t in range(j, k))
            # ("المحلل المالي | عضو جمعية …": an adjective of the role is no genitive)
            j = _short_name(ctx, k, limit)  # (and "في صندوق تنمية الموارد البشرية «هدف»": its short name)
            continue
        k = _participle_modifier(ctx, j, limit)
        if k > j:
            j = k  # مسؤول عراقي مشارك في المحادثات، دبلوماسي مطلع على الملف
            continue
        # An indefinite adjective agrees with an indefinite role only (مسؤول أمريكي رفيع): after
        # a definite head or genitive (المتحدثة باسم البرنامج، نقيب أصحاب المطاعم) an
        # indefinite word that looks like one is a foreign name (ليني كينزلي، طوني).
        per = ctx.entity_at.get(j)
        indef_role = not is_definite(norms[i]) and not had_genitive and (
            per is None or per.type != "PER" or ctx.entity_end_tok.get(j, j + 1) == j + 1 and nationality_adj(n))
        # ("خبير روسي": a nationality the tagger took for a man's name)
        if not is_definite(n) and (
            _lookup(n, ORG_HEADS) or _lookup(n, ROLE_HEADS)
            or (indef_role and (n in INDEF_ADJECTIVES or bare_nisba(n)))
            or (indef_role and n.endswith("ا") and norms[i].endswith("ا") and len(n) >= 5
                and (n[:-1] in INDEF_ADJECTIVES or bare_nisba(n[:-1])))  # "محللا ماليا": in the accusative
            or (indef_role and n[:1] == "و" and bare_nisba(n[1:]) and bare_nisba(norms[j - 1]))  # أوروبيين وأمريكيين
            or (_lookup(n, ANON_HEADS) and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]))
        ):
            j += 1  # نقيب أصحاب المطاعم
            if j == i + 2 and norms[i] in _OWNERS and _lookup(n, ORG_HEADS) and _word(ctx, j, limit) \
                    and not is_definite(norms[j]) and not _stopword(norms[j]) and not complementizer(norms[j]) \
                    and norms[j] not in VERB_FORMS and not is_verb_like(norms[j]) and norms[j] not in FIRST_NAMES \
                    and j not in ctx.entity_at and not bare_nisba(norms[j]):
                j += 1  # "صاحب مؤسسة مقاولات": what the business does
            close = ctx.quote_open_tok.get(j, -1) if _lookup(n, ORG_HEADS) else -1
            if j < close <= j + 6 and close + 1 < limit and all(ctx.words[t] for t in range(j + 1, close)):
                j = close + 1  # "رئيس مجلس إدارة شركة «أسمنت الوادي» الأمير …": the company's name in marks
            continue
        if j == i1 + 1 and _lookup(norms[i], OCCUPATIONS) and not is_definite(norms[i]) and not is_definite(n) \
                and n not in FIRST_NAMES and n not in ctx.person_tokens and j not in ctx.entity_at \
                and not ctx.raw[j][:1].isupper():
            j += 1  # تاجر حبوب، سائق أجرة، صاحب محل: what the trade deals in, not a name
            if norms[i] in _OWNERS and _word(ctx, j, limit) and not is_definite(norms[j]) and not _stopword(norms[j]) \
                    and not complementizer(norms[j]) and norms[j] not in VERB_FORMS and not is_verb_like(norms[j]) \
                    and norms[j] not in FIRST_NAMES and j not in ctx.entity_at and (_lookup(n, ORG_HEADS) or n in _SHOPS):
                j += 1  # "صاحب مؤسسة مقاولات"، "صاحب محل ملابس": what the business does
            close = ctx.quote_open_tok.get(j, -1) if n in _SHOPS else -1
            if j < close <= j + 5 and close + 1 < limit and all(ctx.words[t] for t in range(j + 1, close)):
                j = close + 1  # "صاحبة عربة «قهوة الكورنيش» نورة الشمري": the business by its name in marks
                had_genitive = True
            continue
        if n.startswith("ب") and _is_place(ctx, j):
            j += 1
            continue
        if n == "في" and j > i + 1 and norms[i] in _OWNERS and _word(ctx, j + 1, limit) and _is_place(ctx, j + 1):
            j += 2  # "صاحب مؤسسة مقاولات في أبها": where the business is
            continue
        if n[:1] == "ل" and len(n) > 4 and not is_definite(n) and n not in FIRST_NAMES \
                and n not in ctx.person_tokens and (_lookup(norms[j - 1], ROLE_HEADS) or norms[j - 1] in ADJECTIVES) \
                and (_word(ctx, j + 1, limit) and name_start(ctx, j + 1, after_role=True)
                     or j + 1 >= limit or complementizer(norms[j + 1]) or ctx.is_punct(j + 1, "،,:")) \
                and match_outlet(ctx, j, limit, preposition=True) is None:
            j += 1  # الرئيس التنفيذي لسوناطراك: "of" a company, then the name
            had_genitive = True
            continue
        k = next((t for t in range(j + 1, min(limit, j + 3)) if norms[t] in CORPORATE_SUFFIXES), -1)
        if k > 0 and all(ctx.words[t] and not is_definite(norms[t]) and not _stopword(norms[t]) for t in range(j, k)):
            j = k + 1  # رئيس شركة الإلكترونيات اليابانية توشيبا كورب: a company's name
            had_genitive = True
            continue
        ent = ctx.entity_at.get(j)
        if ent is not None and ent.type in ("ORG", "LOC") and n in _STATE_WORDS and ctx.entity_end_tok.get(j, j + 1) > j + 1 \
                and all(ctx.words[t] and not is_definite(norms[t]) for t in range(j + 1, ctx.entity_end_tok[j])):
            j += 1  # "السفير الصيني لدى السلطنة | يو فو لونغ": the state, then his name (the tagger ran them together)
            had_genitive = True
            continue
        if ent is not None and ent.type == "LOC" and j == i1 + 1 and norms[i].startswith("ال") and not is_definite(n) \
                and ent.start == ctx.starts[j] and ctx.entity_end_tok.get(j, j + 1) == j + 1:
            break  # "وحذر الوزير | تركيا من": a definite post takes no genitive; the state is whom he warned
        if ent is not None and ent.type in ("ORG", "LOC") and (not ctx.is_media_start(j) or (
                ent.type == "LOC" and ctx.entity_end_tok.get(j, j + 1) > j + 1)):  # ("المدينة المنورة": the city)
            j = max(j + 1, entity_end(ctx, j, limit))  # مدرب يوفنتوس، رئيس شركة أبل
            had_genitive = True  # what follows the club or company is no adjective of the role
            continue
        # An unknown word right after the definite part of the role starts the name; after a
        # bare role word, a first name a little further on means the role goes on to it
        # (مدرب ريال مدريد كارلو أنشيلوتي).
        if not is_definite(norms[j - 1]):
            ahead = next((k for k in range(j + 1, min(limit, j + 4))
                          if ctx.words[k] and norms[k] in FIRST_NAMES), None)
            if ahead is not None and all(ctx.words[k] and not _stopword(norms[k]) for k in range(j, ahead)):
                j = ahead
            elif ahead is None:
                # "لاعب خط وسط نادي تشلسي الإنجليزي لكرة القدم مايكل بالاك": a longer post that
                # runs through a club or body the tagger found, to the man it tagged
                ahead = next((k for k in range(j + 1, min(limit, j + 9)) if not ctx.words[k]
                              or (k in ctx.entity_at and ctx.entity_at[k].type == "PER")), None)
                if ahead is not None and ctx.words[ahead] and any(
                        t in ctx.entity_at and ctx.entity_at[t].type in ("ORG", "LOC") for t in range(j, ahead)) \
                        and all((not _stopword(norms[k]) or norms[k - 1] == "خط") and not complementizer(norms[k])
                                and norms[k] not in VERB_FORMS
                                and not is_verb_like(norms[k]) for k in range(j, ahead)):
                    while ahead - 1 > j and norms[ahead - 1] in FIRST_NAMES:
                        ahead -= 1  # "مصارف لبنان نديم | فرح الشدياق": his given name, left out by the tagger
                    j = ahead
        break
    if norms[i] in TITLES and j == i1 + 1 and _word(ctx, j, limit) and is_definite(norms[j]) \
            and norms[j].startswith("ال") and norms[j] not in ADJECTIVES and not _nationality_word(norms[j]) \
            and (is_nisba(norms[j]) or (norms[i] in NAME_TITLES and _family_then_boundary(ctx, j, limit))):
        # (not "وانتقد الكاتب القرار،": after a descriptor, a common noun is the object)
        # الشيخ الخراساني، الدكتور الجبوري: a family name after a title
        return NP(i, j + 1, ctx.starts[j], ctx.ends[j], "named_person", head, role=norms[i], named=True,
                  feminine=feminine)
    if _word(ctx, j, limit) and norms[j] in _ROLE_PREPS and j > i + 1:
        # رئيس اللجنة الإشرافية على الانتخابات العميد ماجد ...: the role goes on to a title
        t = next((k for k in range(j + 1, min(limit, j + 5)) if ctx.words[k] and norms[k] in NAME_TITLES), -1)
        if t > j + 1 and all(ctx.words[k] and is_definite(norms[k]) and not _stopword(norms[k])
                             and norms[k] not in SPEECH_EVENTS for k in range(j + 1, t)):
            j = t
    j = _role_runs_to_name(ctx, i, j, limit)
    j = _second_post_to_comma(ctx, i, j, limit)
    if j > i + 1 and j + 3 < limit and ctx.raw[j] == "(":
        shut = next((t for t in range(j + 1, min(limit, j + 5)) if not ctx.words[t]), -1)
        after = shut + 2 if shut + 2 < limit and ctx.is_punct(shut + 1, "،,") else shut + 1
        if shut > j + 1 and ctx.raw[shut] == ")" and after < limit and ctx.words[after] and (
                norms[after] in NAME_TITLES or norms[after] in FIRST_NAMES
                or (after in ctx.entity_at and ctx.entity_at[after].type == "PER")):
            j = shut + 1  # "الناطق باسم بعثة الاتحاد الأفريقي في الصومال (أميسوم) الرائد X": the body's acronym
            # (also before a comma: "المستشار السابق في منظمة … (أوابك)، الدكتور X،")
    close = ctx.quote_open_tok.get(j, -1) if j < limit and not ctx.words[j] else -1
    if j > i + 1 and 1 < close - j <= 3 and close + 1 < limit and all(ctx.words[t] for t in range(j + 1, close)) \
            and ctx.words[j - 1]:
        after = close + 2 if close + 2 < limit and ctx.is_punct(close + 1, "،,") else close + 1
        if after < limit and ctx.words[after] and not _stopword(norms[after]) and (
                norms[after] in NAME_TITLES or norms[after] in FIRST_NAMES
                or (after in ctx.entity_at and ctx.entity_at[after].type == "PER")):
            j = close + 1  # "المدير العام لشركة تسويق النفط العراقية «سومو» علاء الياسري": the body's short name
            close = -1
    if j > i + 1 and 1 < close - j <= 4 and all(ctx.words[t] for t in range(j + 1, close)) \
            and ctx.words[j - 1] and not is_definite(norms[j - 1]) and _lookup(norms[j - 1], ROLE_HEADS) \
            and (close + 1 >= limit or not ctx.words[close + 1] or complementizer(norms[close + 1])):
        j = close + 1  # "نائب محافظ «المركزي»: …": the body his post is of, by its short name in marks
    inside = next((t for t in range(max(i + 1, j - 3), j) if t in ctx.entity_at and ctx.entity_at[t].type == "ORG"
                   and ctx.entity_end_tok.get(t, t) > j), -1)
    if inside > 0 and all(ctx.words[t] and (is_definite(norms[t]) or norms[t].startswith("وال")) and norms[t][:2] != "لل"
                          and norms[t] not in FIRST_NAMES and norms[t] not in ctx.person_tokens
                          for t in range(j, ctx.entity_end_tok[inside])) \
            and (ctx.entity_end_tok[inside] == limit
                 or ctx.entity_end_tok[inside] < limit and not ctx.words[ctx.entity_end_tok[inside]]):
        j = ctx.entity_end_tok[inside]  # "ولي العهد رئيس مجلس | الشؤون الاقتصادية والتنمية": the body's whole name
    if j == i1 + 1 and not is_definite(norms[i]):
        j = _company_before_name(ctx, j, limit)  # (a bare role word: رئيس | كوديلكو, not محافظ البنك)
    if j > i and _word(ctx, j, limit) and _aide_to(ctx, j):
        j += 1  # "مساعد لسوكساوات": an aide to the man named before
    role_end = j
    name_end = -1
    name_at = j
    if _word(ctx, j + 1, limit) and norms[j + 1] == "عدم":
        # نائب طلب عدم ذكر اسمه: the verb of an anonymity clause, never a name
        return NP(i, role_end, s0, ctx.ends[role_end - 1], "unnamed_official", head,
                  role=" ".join(norms[i:role_end]), definite=is_definite(norms[i]),
                  feminine=feminine or head.endswith("ه"))
    called = next((t for t in range(j, min(limit - 1, j + 3)) if ctx.words[t] and norms[t] in _IS_CALLED), -1)
    if called >= j and all(ctx.words[t] and not complementizer(norms[t]) and norms[t] not in VERB_FORMS
                           for t in range(j, called)) and _word(ctx, called + 1, limit) and (
            norms[called + 1] in FIRST_NAMES or (called + 1 in ctx.entity_at and ctx.entity_at[called + 1].type == "PER")):
        e = name_chain(ctx, called + 1, limit, after_role=True)
        if e > called + 1:  # "صاحب معرض يدعى ناصر بن فهد الدوسري": a trade, then who he is
            return NP(i, e, ctx.starts[called + 1], ctx.ends[e - 1], "named_person", head,
                      role=" ".join(norms[i:called]), named=True, feminine=feminine or head.endswith("ه"))
    k = j
    while _word(ctx, k, limit) and ((norms[k] in NAME_TITLES or norms[k] in _HONORIFIC_WORDS) and k - j < 2
                                    or _abbreviated_title(ctx, k, limit)):
        k += 1  # (and "رئيس مجلس إدارة الغرفة | سعادة | خليل …": an honorific before the name)
    hyphened = _hyphen_name(ctx, k, limit) if k > i else k
    if hyphened > k:
        return NP(i, hyphened, ctx.starts[k], ctx.ends[hyphened - 1], "named_person", head,
                  role=" ".join(norms[i:k]), named=True, feminine=feminine or head.endswith("ه"))
        # "الدكتورة آن - ماري دي فريس"، "النائب الاشتراكي جان - لوك مارشان": a hyphened given name
    if k > j and k > i + 1 and _word(ctx, k, limit) and not (_stopword(norms[k]) and not _ali(ctx, k)) \
            and not article(ctx, k) \
            and not is_verb_like(norms[k]) and not complementizer(norms[k]):
        e = name_chain(ctx, k, limit, after_role=True)
        if e == k:
            # after a title a name follows even when its first word is unknown (المحامي وسيم)
            e = k + 1
            if _word(ctx, e, limit) and not _stopword(norms[e]) and not complementizer(norms[e]) \
                    and name_start(ctx, e, after_role=True):
                e = name_chain(ctx, e, limit, after_role=True)
            elif _word(ctx, e, limit) and is_definite(norms[e]) and is_nisba(norms[e]) and norms[e] not in ADJECTIVES \
                    and not _nationality_word(norms[e]):
                e += 1  # الدكتور ليث الربيعي: an unknown first name and a nisba family name
        name_at, name_end = k, e  # وكيل الجمعية المحامي وسيم حداد
    if name_end <= name_at and _word(ctx, j, limit) and norms[j] in _IT_IS and _word(ctx, j + 1, limit) \
            and ctx.entity_at.get(j + 1) is not None and ctx.entity_at[j + 1].type == "PER":
        name_at, name_end = j + 1, name_chain(ctx, j + 1, limit)  # "المتحدث باسم الخارجية هو توم كايسي"
    if name_end <= name_at and _word(ctx, j, limit) and _body_named_after_head(ctx, j, limit):
        k = name_chain(ctx, j, limit)  # "رئيس مجلس إدارة مؤسسة كهرباء لبنان": the body's own name
        while _word(ctx, k, limit) and k - j < 4 and not ctx.norms[k].startswith("و") \
                and not _stopword(norms[k]) and not complementizer(norms[k]) and k not in ctx.entity_at:
            k += 1
        if k > j:
            j = k
            w = ctx.raw[j] if _word(ctx, j, limit) else ""
            if w.startswith("و") and w.endswith("ها") and len(w) > 5 and _word(ctx, j + 1, limit):
                p = j + 1  # "… ومديرها العام طوني الخوري": and its director, who is named
                while _word(ctx, p, limit) and norms[p] in ("العام", "التنفيذي") and p - j < 3:
                    p += 1
                ent = ctx.entity_at.get(p)
                if ent is not None and ent.type == "PER":
                    name_at, name_end = p, max(ctx.entity_end_tok.get(p, p + 1), name_chain(ctx, p, limit))
                    j = p
    if name_end <= name_at and j > i + 1 and _word(ctx, j, limit) and norms[j][:1] == "و" and len(norms[j]) > 3 \
            and norms[j] not in FIRST_NAMES and j not in ctx.entity_at and not is_definite(norms[j][1:]):
        t = next((t for t in range(j + 1, min(limit, j + 6)) if not _word(ctx, t, limit) or norms[t] in FIRST_NAMES
                  or t in ctx.entity_at and ctx.entity_at[t].type == "PER"), -1)
        if t > j + 1 and _word(ctx, t, limit) and all(
                not _stopword(norms[u]) and norms[u] not in VERB_FORMS and not complementizer(norms[u])
                and not is_verb_like(norms[u]) for u in range(j, t)):
            j = name_at = role_end = t  # "نقيب أصحاب محطات المحروقات ومراكز توزيع الغاز | فهد الزيادات": a body of two parts
    if name_end <= name_at and j > i + 1 and _word(ctx, j + 1, limit) and norms[j][:1] == "و" and len(norms[j]) > 3 \
            and norms[j] not in FIRST_NAMES and j not in ctx.entity_at and j + 1 in ctx.entity_at \
            and ctx.entity_at[j + 1].type == "LOC":
        j = max(j + 2, entity_end(ctx, j + 1, limit))  # "المدير القطري للبنك الدولي للضفة الغربية وقطاع غزة": a second place
        name_at = role_end = j
    biz = next((k for k in (j - 1, j) if k > i and k + 2 < limit and ctx.words[k] and norms[k] in _OF_BUSINESS
                and norms[k + 1] in _BUSINESS), -1) if name_end <= name_at else -1
    if biz > 0 and ctx.entity_at.get(biz + 2) is not None and ctx.entity_at[biz + 2].type == "PER" \
            and ctx.entity_at[biz + 2].start == ctx.starts[biz + 2]:
        role_end = biz + 2  # "رئيس مجلس إدارة الشركة المطورة | رجل الأعمال | سامي باخشب": what he is, then his name
        name_at, name_end = biz + 2, max(ctx.entity_end_tok.get(biz + 2, biz + 3), name_chain(ctx, biz + 2, limit))
        j = name_at
    if name_end > name_at:
        pass
    elif _word(ctx, j, limit) and name_start(ctx, j, after_role=True) and not _is_place(ctx, j) \
            and not (norms[i] in _PLURAL_POSTS and j not in ctx.entity_at) \
            and not _manner(ctx, j, limit) and not possessed_masdar(norms[j]) \
            and not _body_named_after_head(ctx, j, limit):  # (الوزير | تأكيده أن)
        name_end = name_chain(ctx, j, limit, after_role=True)
    elif _word(ctx, j, limit) and j > i + 1 and norms[j].startswith("ال") and ctx.entity_at.get(j) is not None \
            and ctx.entity_at[j].type == "PER" and ctx.entity_end_tok.get(j, j + 1) > j + 1 \
            and all(ctx.words[t] for t in range(j, ctx.entity_end_tok[j])):
        name_at, name_end = j, ctx.entity_end_tok[j]  # "وزير الداخلية الزبير بشير طه": a given name with the article
    elif ctx.is_punct(j, "،,") and j + 1 < limit and not anonymity_clause(ctx, j + 1, min(limit, j + 8)):
        k = j + 1
        if _word(ctx, k, limit) and norms[k] in ("هو", "هي") and _word(ctx, k + 1, limit) and (
                norms[k + 1] in TITLES or norms[k + 1] in FIRST_NAMES or k + 1 in ctx.entity_at):
            k += 1  # "وطالب عضو آخر، هو الدكتور ماجد العيسى، الوزارة بـ…": he is (the man named)
        if _word(ctx, k, limit) and in_lexicon(norms[k], ROLE_HEADS) and not (
                norms[k] in TITLES and _word(ctx, k + 1, limit) and (norms[k + 1] in FIRST_NAMES or k + 1 in ctx.entity_at)) \
                and (not is_definite(norms[k]) or _word(ctx, k + 1, limit) and not is_definite(norms[k + 1])
                     and not _stopword(norms[k + 1]) or _word(ctx, k + 1, limit) and norms[k + 1] in ("عن", "في")) \
                and norms[k] not in FIRST_NAMES and k not in ctx.entity_at:
            c2 = next((t for t in range(k + 1, min(limit, k + 12)) if not ctx.words[t]), -1)
            if c2 > k + 1 and ctx.is_punct(c2, "،,") and _word(ctx, c2 + 1, limit) and all(
                    norms[t] not in VERB_FORMS and not complementizer(norms[t]) and not is_verb_like(norms[t])
                    for t in range(k, c2)) and (norms[c2 + 1] in FIRST_NAMES or (
                    c2 + 1 in ctx.entity_at and ctx.entity_at[c2 + 1].type == "PER")):
                k = c2 + 1  # "رئيس قسم الأبحاث في المجموعة، عضو جمعية المحللين، خالد السادة": a second post, then him
        while _word(ctx, k, limit) and norms[k] in _HONORIFIC_WORDS and k - j < 3:
            k += 1  # "مدير عام الدائرة، سعادة محمد الفلاسي،": an honorific is no part of the name
        if _word(ctx, k, limit) and norms[k] in TITLES:
            k += 1
            while _word(ctx, k, limit) and k - j < 4 and is_definite(norms[k]) and is_nisba(norms[k]) \
                    and norms[k] not in ADJECTIVES and not (k in ctx.entity_at and ctx.entity_at[k].type == "PER"):
                k += 1  # رئيسة اللجنة، المخرجة الإيطالية أليس ... (not "السيد المنجي بن رمضان": his given name)
            if _word(ctx, k + 1, limit) and norms[k].startswith("الم") and len(norms[k]) >= 5 and norms[k] not in FIRST_NAMES \
                    and not (k in ctx.entity_at and ctx.entity_at[k].type == "PER") and (
                        norms[k + 1] in FIRST_NAMES or (k + 1 in ctx.entity_at and ctx.entity_at[k + 1].type == "PER")):
                k += 1  # "، العقيد المنشق ياسر العبود،": what he is now, then his name
        elif _word(ctx, k + 1, limit) and is_definite(norms[k]) and norms[k].startswith("ال") \
                and not (norms[k] in AL_GIVEN and (k in ctx.entity_at or norms[k + 1] in ("بن", "ابن"))) \
                and (in_lexicon(norms[k], ANON_HEADS) or in_lexicon(norms[k], OCCUPATIONS) or is_nisba(norms[k])) \
                and ((k + 1 in ctx.entity_at and ctx.entity_at[k + 1].type == "PER") or norms[k + 1] in FIRST_NAMES):
            k += 1  # "كبير علماء المهمة، الجيولوجي دانيال ر. ماكنزي": his trade, then his name
        if _word(ctx, k, limit) and name_start(ctx, k):
            e = name_chain(ctx, k, limit)
            known = norms[k] in FIRST_NAMES or (k in ctx.entity_at and ctx.entity_at[k].type == "PER")
            if e > k and (e >= limit or ctx.is_punct(e, "،,:.؛") or _stopword(norms[e]) and known):
                # (not "بحسب مسؤول، طرح ترددات إضافية خلال …": words no list knows, then on with the clause)
                name_at, name_end = k, e  # (also at the sentence's end: "«…»، قال رئيس القسم، خالد السادة.")
        if name_end <= name_at and _word(ctx, k, limit):
            e = _foreign_name_between_commas(ctx, k, limit)
            if e > k:
                name_at, name_end = k, e  # "نائب رئيس الجمعية، ترينه دوك مينه، إن": a name no list knows
    if name_end == name_at + 1 and name_at > i + 1:
        later = _firm_then_holder(ctx, name_end, limit)
        if later is not None:
            role_end = name_end
            name_at, name_end = later  # "المحللة في المجموعة المالية هيرميس، نادين الخولي، إن": the firm, then her
    if name_end > name_at and name_at >= i + 2 and norms[name_at - 1] in _ROYAL \
            and bare(norms[name_at - 2]) in _NAMED_AFTER:
        # "رئيس مدينة الملك عبدالعزيز للعلوم والتقنية": an institution named after a king, no person
        e = def_chain(ctx, name_end, limit, org=True)
        e = next((t for t in range(name_at + 1, e) if norms[t] in TITLES), e)  # (the titles of the person after it)
        k = e
        while _word(ctx, k, limit) and norms[k] in TITLES and k - e < 3:
            k += 1
        ne = name_chain(ctx, k, limit, after_role=True) if k > e and _word(ctx, k, limit) \
            and name_start(ctx, k, after_role=True) else k
        if ne > k:  # "… الأمير الدكتور تركي بن سعود": the person who holds the post
            return NP(i, ne, ctx.starts[k], ctx.ends[ne - 1], "named_person", head, role=" ".join(norms[i:k]),
                      named=True, feminine=feminine or head.endswith("ه"))
        return NP(i, e, s0, ctx.ends[e - 1], "unnamed_official", head, role=" ".join(norms[i:e]),
                  definite=is_definite(norms[i]), feminine=feminine or head.endswith("ه"))
    if name_end > name_at and name_at - 1 > i and _initial(ctx, name_at) and ctx.words[name_at - 1] \
            and not ctx.raw[name_at - 1].startswith("ال") and not _stopword(norms[name_at - 1]) \
            and not _lookup(norms[name_at - 1], ROLE_HEADS) and not _lookup(norms[name_at - 1], ORG_HEADS):
        name_at -= 1  # "وزير الطاقة الروسي أليكسي ف. نوفيكوف": the given name before the initial (أليكسي folds like ال…)
        role_end = min(role_end, name_at)
    if name_end > name_at and _word(ctx, name_end, limit) and head.endswith(("ان", "ين")) \
            and norms[name_end][:1] == "و" and norms[name_end][1:] in FIRST_NAMES:
        e2 = name_end + 1  # "الشقيقان ياسر | وماجد باخشوين": a dual post, two given names and the family's
        while _word(ctx, e2, limit) and e2 - name_end < 4 and not complementizer(norms[e2]) and not _stopword(norms[e2]) \
                and norms[e2] not in VERB_FORMS and (not is_definite(norms[e2]) or is_nisba(norms[e2])):
            e2 += 1
        name_end = e2
    if name_end > name_at:
        role_words = " ".join(norms[i:role_end])
        return NP(i, name_end, ctx.starts[name_at], ctx.ends[name_end - 1], "named_person",
                  head, role=role_words, named=True,
                  feminine=norms[name_at] in FEMININE_NAMES or feminine or head.endswith("ه"))
    ent_end = ctx.entity_end_tok.get(i + 1, -1) if i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "ORG" else -1
    if role_end - i >= 3 and ent_end > role_end:
        from .institutions import _name_ran_in

        if _name_ran_in(ctx, i + 1, ent_end, limit) == role_end:
            # "رئيسة البنك المركزي الروسي | إلفيرا نابيولينا،": the tagger ran the bank into her name
            return NP(i, ent_end, ctx.starts[role_end], ctx.ends[ent_end - 1], "named_person", head,
                      role=" ".join(norms[i:role_end]), named=True, feminine=feminine or head.endswith("ه"))
    kind = "anonymous" if _lookup(norms[i], ANON_HEADS) else "unnamed_official"
    return NP(i, role_end, s0, ctx.ends[role_end - 1], kind, head,
              role=" ".join(norms[i:role_end]), definite=is_definite(norms[i]),
              feminine=feminine or head.endswith("ه"))


_IT_IS = folded_set("هو هي")


def _firm_then_holder(ctx: Context, k: int, limit: int):
    """At ``k`` a comma, then a name someone knows (a given name, a person the tagger found) up to
    another comma, then إن/أن: (start, end) of that name. After a post ending in one word that
    looked like a name ("… المجموعة المالية هيرميس، نادين الخولي، إن"): the firm, then its holder."""
    from .complements import is_complement

    if not (ctx.is_punct(k, "،,") and _word(ctx, k + 1, limit)) or ctx.is_punct(k - 1, "،,"):
        return None
    a = k + 1
    if not (ctx.norms[a] in FIRST_NAMES or a in ctx.entity_at and ctx.entity_at[a].type == "PER"):
        return None
    e = name_chain(ctx, a, limit)
    if e >= a + 2 and e + 1 < limit and ctx.is_punct(e, "،,") and is_complement(ctx, e + 1, limit):
        return a, e
    return None


def _foreign_name_between_commas(ctx: Context, k: int, limit: int) -> int:
    """Two to four words no rule knows between a role's comma and a comma followed by إن/أن:
    a foreign name (ترينه دوك مينه). The token past the name, or ``k``."""
    e = k
    while e < limit and ctx.words[e] and e - k < 4:
        n = ctx.norms[e]
        if e > k and n in ("من", "في") and _word(ctx, e + 1, limit):
            break  # "، يونغ هو ها من جامعة سيول الوطنية،": where the person works
        given = e == k and n == "امير" and e + 1 < limit and ctx.norms[e + 1] in FIRST_NAMES  # "أمير حسين": Amir
        # (and "زماني فرد": a Persian family name's -fard, not "so he replied")
        if is_definite(n) or (_stopword(n) and not (e > k and n in ("هو", "هي"))) or complementizer(n) \
                or (n in VERB_FORMS and not (e > k + 1 and VERB_FORMS[n].prefix == "ف"))  \
                or (is_verb_like(n) and len(n) > 2) \
                or (not given and any(_lookup(n, lex) for lex in (ROLE_HEADS, ORG_HEADS, ANON_HEADS))):
            return k
        e += 1
    end = e
    if end < limit and ctx.words[end] and ctx.norms[end] in ("من", "في"):
        end = _institution(ctx, end + 1, limit)
        if end == e + 1:
            return k
    if e - k < 2 or not ctx.is_punct(end, "،,") or end + 1 >= limit or not ctx.words[end + 1] \
            or not (complementizer(ctx.norms[end + 1]) or ctx.norms[end + 1] in SAYING_NOUNS):
        return k  # (or "ونقلت الوكالة عن الوزير، بهرام زنكنه نيا، قوله إن": his saying)
    return e


_SEVERAL = folded_set("عدة عديدة مختلفة متعددة")
_SUPERVISOR = folded_set("مشرف مشرفة")
_FOUNDERS = folded_set("مؤسس مؤسسة")
_CO = folded_set("الشريك الشريكة المشارك المشاركة")
_PARTY_HEADS = folded_set("تيار حزب حركة كتلة جبهة تكتل تجمع")
#: A member's party (النائب الجمهوري عن ولاية تكساس): an adjective of the title, never a family name.
_PARTY_ADJ = folded_set("""الجمهوري الجمهورية الديمقراطي الديمقراطية الديموقراطي الديموقراطية المستقل المستقلة
    المعارض المعارضة الليبرالي الليبرالية المحافظ المحافظة العمالي العمالية الاشتراكي الاشتراكية""")
_CORRESPONDENTS = folded_set("مراسل مراسلة موفد موفدة مبعوث مبعوثة")
_REPORTERS = folded_set("مراسل مراسله")
_TRADE_FIELDS = folded_set("للسياحة السياحة للسفر والسفر للتوظيف للاستقدام للشحن العقارية للعقارات للسيارات")
_PARTY_WORDS = folded_set("حزب لحزب بحزب تيار لتيار حركة لحركة جبهة لجبهة")
_ROYAL = folded_set("الملك الأمير الأميرة الشيخ الشيخة الإمام السلطان")
#: Institutions, places and prizes named after a person (جامعة الملك سعود، مستشفى الملك فيصل).
_NAMED_AFTER = folded_set("مدينة جامعة مركز مستشفى مؤسسة كلية معهد مطار جائزة مجمع ميناء شارع طريق قاعدة مكتبة جسر معبر منفذ صندوق برنامج مدرسة ملعب استاد قصر")


def institution_post(role_words: list[str]) -> bool:
    """"رئيس جامعة الملك فهد …": a post at an institution named after a king, one post."""
    return len(role_words) > 2 and bare(role_words[1]) in _NAMED_AFTER and role_words[2] in _ROYAL


def _company_before_name(ctx: Context, j: int, limit: int) -> int:
    """"رئيس كوديلكو ماكسيمو باتشيكو" tagged as one name: an unknown word before a known first
    name is the company whose head he is; the name starts at the first name."""
    ent = ctx.entity_at.get(j)
    if ent is None or ent.type != "PER" or ctx.norms[j] in FIRST_NAMES:
        return j
    end = entity_end(ctx, j, limit)
    k = j + 1
    return k if k + 2 <= end and ctx.norms[k] in FIRST_NAMES else j


_ROLE_PREPS = folded_set("على عن في")
#: "لجنة التحقيق في اغتيال …": the case an inquiry looks into, part of its head's post.
_CASE_NOUNS = folded_set("اغتيال مقتل قضية ملف حادث حادثة تفجير تفجيرات جريمة أحداث")
_INQUIRY = folded_set("التحقيق تحقيق تقصي التحقيقات")
_BLOCS = folded_set("كتلة تكتل قائمة دائرة ائتلاف تحالف تيار حزب حركة جبهة فريق مجموعة دولة")  # (فريق: a Moroccan parliamentary group)
#: Posts held for a constituency or a body: "النائب عن …"، "المرشح عن …" (for, not about).
_REPRESENTS = folded_set("النائب نائب النائبة نائبة المرشح مرشح المرشحة مرشحة الممثل ممثل الممثلة ممثلة النواب نواب "
                         "السناتور السيناتور سناتور سيناتور عضو العضو المستشار مستشار المستشارة مستشارة")
_CONSTITUENCY = folded_set("منطقة دائرة محافظة ولاية مدينة إقليم قضاء")
#: Peoples a role comes from: زعيم من قبائل X، شيخ من عشائر Y.
_PEOPLES = folded_set("قبائل عشائر قبيلة عشيرة أهالي سكان أبناء عائلات أسر")
_CLOSE_TO = folded_set("المقرب المقربة المقربين المقربون القريب القريبة القريبين القريبون مقرب مقربة مقربون مقربين قريب قريبة")
_ENVOYS = folded_set("مبعوث مبعوثة موفد موفدة سفير سفيرة مندوب مندوبة ممثل ممثلة منسق")
_MISSIONS = folded_set("بعثة وفد")
_ASKING = folded_set("طلب طلبت طلبا طلبوا طالبا طالبة طالبين مفضلا مفضلة مشترطا شريطة بشرط")
_ROLE_OK = folded_set("العام العامة الأول الأعلى")
_ORDINAL_POSTS = folded_set("الأول الاول الثاني الثالث الرابع الخامس الأولى الاولى الثانية الثالثة")
#: Words that may stand in a long role before the name (التابعة لغرفة تجارة وصناعة جدة).
_ROLE_LINKS = folded_set("التابعة التابع التابعين المنبثقة المنبثق المكلف المكلفة بمنطقة بمحافظة")


def _manner(ctx: Context, j: int, limit: int) -> bool:
    """"الإمام بحزن شديد": ب and a noun with its indefinite adjective say how he spoke; no
    name starts there (a tagged name or a known first name after it would). Nor does one
    start with ب and a noun before a definite word ("الوزير بجهود الشباب")."""
    n = ctx.norms[j]
    if n[:1] != "ب" or len(n) < 4 or j in ctx.entity_at or not _word(ctx, j + 1, limit):
        return False
    if n not in FIRST_NAMES and is_definite(ctx.norms[j + 1]) and ctx.norms[j + 1] not in ctx.person_tokens:
        return True
    nxt = ctx.norms[j + 1]
    return not is_definite(nxt) and nxt not in FIRST_NAMES and nxt not in ctx.person_tokens \
        and (j + 1) not in ctx.entity_at and _adjective_form(ctx, j + 1)


def _adjective_form(ctx: Context, k: int) -> bool:
    """An indefinite adjective's form: listed, feminine in ة, a nisba, or فعيل (شديد، كبير), not
    a foreign family name ("بيجن زنغنه")."""
    n = ctx.norms[k]
    return n in INDEF_ADJECTIVES or ctx.raw[k].endswith("ة") or n.endswith("ي") or n.endswith("ا") \
        or (len(n) == 4 and n[2] == "ي") or (len(n) == 3)


def _hyphen_name(ctx: Context, k: int, limit: int) -> int:
    """"آن - ماري دي فريس"، "جان - لوك مارشان": a short given name, a hyphen written apart and
    the rest of the name; the token past the name, or ``k``."""
    if not (_word(ctx, k, limit) and k + 2 < limit and ctx.raw[k + 1] in "-–" and ctx.words[k + 2]):
        return k
    n = ctx.norms[k]
    if is_definite(n) or len(n) > 6 or (_stopword(n) and ctx.raw[k] != "آن") or n in VERB_FORMS \
            or is_definite(ctx.norms[k + 2]) or _stopword(ctx.norms[k + 2]) or ctx.norms[k + 2][:1].isdigit():
        return k
    if not (n in FIRST_NAMES or ctx.raw[k] == "آن" or k in ctx.entity_at or k + 2 in ctx.entity_at
            or ctx.norms[k + 2] in FIRST_NAMES):
        return k
    e = name_chain(ctx, k + 2, limit, after_role=True)
    return e if e > k + 2 else k + 3


def _second_post_to_comma(ctx: Context, i: int, j: int, limit: int) -> int:
    """"مساعد محافظ المصرف المركزي لشؤون الرقابة | والمسؤول عن ملف انكشاف البنوك …، سلطان أحمد
    الظاهري، إن": a second post joined by و runs to a comma when the holder's name follows it
    between commas (or before إن/أن); the comma, or ``j``."""
    if j <= i + 1 or not _word(ctx, j, limit):
        return j
    at = j
    if ctx.norms[j][:1] == "ب" and _is_place(ctx, j) and _word(ctx, j + 1, limit) and ctx.norms[j + 1][:1] == "و":
        at = j + 1  # "الغرفة التجارية الصناعية | بأبها | ورئيس اللجنة …": where the chamber is, then the second post
    w = at if ctx.norms[at][:1] == "و" else at - 1  # (the chain may have taken "والمسؤول" in)
    if w <= i or not ctx.words[w] or ctx.norms[w][:1] != "و" or len(ctx.norms[w]) < 4:
        return j
    rest = ctx.norms[w][1:]
    if not (rest in _IN_CHARGE or in_lexicon(rest, ROLE_HEADS)):
        return j
    for t in range(w + 1, min(limit - 2, w + 16)):
        if ctx.words[t]:
            n = ctx.norms[t]
            if n in VERB_FORMS or complementizer(n) or is_verb_like(n) or n in SPEECH_EVENTS:
                return j
            continue
        if not ctx.is_punct(t, "،,"):
            if is_quote_mark(ctx, t):
                continue
            return j
        k = t + 1
        while _word(ctx, k, limit) and ctx.norms[k] in NAME_TITLES and k - t < 3:
            k += 1
        ent = ctx.entity_at.get(k)
        if not _word(ctx, k, limit) or not ((ent is not None and ent.type == "PER") or ctx.norms[k] in FIRST_NAMES):
            return j
        e = name_chain(ctx, k, limit, after_role=True)
        if e > k and e < limit and (ctx.is_punct(e, "،,") or (ctx.words[e] and complementizer(ctx.norms[e]))):
            return t
        return j
    return j


def _role_runs_to_name(ctx: Context, i: int, j: int, limit: int) -> int:
    """"رئيس لجنة التثمين العقاري التابعة لغرفة تجارة وصناعة جدة عبدالله الأحمري:": where a
    role stopped before a long description, a person named a few words on (a PER entity or a
    known first name), followed by the colon, إن/أن, a quotation or a comma, is its name; the
    role runs to it. Returns where the name starts, or ``j``."""
    if j >= limit or not ctx.words[j] or ctx.norms[j] in FIRST_NAMES:
        return j
    t = j
    while t < min(limit, j + 11):
        if not ctx.words[t]:
            close = ctx.quote_open_tok.get(t, -1)
            if t > j and ctx.norms[t - 1] in ("ل", "لـ") and 0 < close - t <= 4 \
                    and all(ctx.words[u] for u in range(t + 1, close)):
                t = close + 1  # "… الرئيس التنفيذي لـ«سابك» المهندس فيصل الرشيد": the company in marks
                continue
            return j
        n = ctx.norms[t]
        ent = ctx.entity_at.get(t)
        if (ent is not None and ent.type == "PER" or n in FIRST_NAMES) and t > j and (not is_definite(n) or (
                n in _AL_GIVEN and ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(t, t) > t + 2)) \
                and (is_definite(ctx.norms[t - 1]) or _is_place(ctx, t - 1) or not ctx.words[t - 1]):
            # (سيدي محمد: a name's first word)
            end = name_chain(ctx, t, limit)
            if end > t and end < limit and (ctx.raw[end] in ":،," or complementizer(ctx.norms[end])
                                            or end in ctx.quote_open_tok or _own_preposition_then(ctx, end, limit)
                                            or ctx.words[end] and ctx.norms[end] in AUDIENCE):
                return t
            if t == j + 1 and is_definite(ctx.norms[j]) and adjective_like(ctx.norms[j]) and ent is not None \
                    and ent.type == "PER" and ctx.entity_end_tok.get(t, t) == end and end - t >= 2:
                return t  # "… لحزب «المؤتمر الشعبي» المعارض الطيب عثمان الحاج قرار …": the party's adjective, then his name
            return j
        if n == "في" and t > j and t + 2 < limit and ctx.words[t + 1] and ctx.norms[t + 1] in _REGION_HEADS \
                and ctx.words[t + 2]:
            t += 2  # "… بالشركة السعودية للكهرباء | في منطقة جازان حسن مدخلي": the region his office serves
            continue
        if n == "في" and t >= j and t + 2 < limit and ctx.words[t + 1] and _is_place(ctx, t + 1) \
                and not (t + 1 in ctx.entity_at and ctx.entity_at[t + 1].type == "PER"):
            t = ctx.entity_end_tok.get(t + 1, t + 2)  # "ممثل يونيسف | في اليمن خوسيه أنطونيو بلانكو": where he serves
            continue
        if _stopword(n) and n not in _ROLE_LINKS or n in VERB_FORMS or complementizer(n) or n in SPEECH_EVENTS \
                or n in TIME_WORDS or is_verb_like(n):
            return j
        t += 1
    return j


_VERB_PREPOSITIONS = folded_set("عن على من إلى الى")


def _own_preposition_then(ctx: Context, k: int, limit: int) -> bool:
    """"… محمد العلي عن ثقته بأن"، "… على ضرورة أن": after the name, a verb's own preposition
    before its pronoun-owned noun or إن/أن (أعرب عن، شدد على، حذر من، أشار إلى)."""
    if not (ctx.words[k] and ctx.norms[k] in _VERB_PREPOSITIONS and _word(ctx, k + 1, limit)):
        return False
    n = ctx.norms[k + 1]
    return complementizer(n) or possessed_masdar(n) or (
        len(n) >= 4 and not is_definite(n) and n.endswith(("ه", "ها", "هم")) and n not in FIRST_NAMES) \
        or n in _NECESSITY


_NECESSITY = folded_set("ضرورة أهمية")


_EXPERT_ROLES = folded_set(
    """خبير خبيرة الخبير الخبيرة باحث باحثة الباحث الباحثة أستاذ أستاذة الأستاذ الأستاذة محلل محللة
    المحلل المحللة متخصص متخصصة المتخصص المتخصصة"""
)


_MODIFIER_PREPS = folded_set("في على عن من مع لدى")


def _participle_modifier(ctx: Context, j: int, limit: int) -> int:
    """An indefinite active participle with its preposition and object after a role (مشارك
    في المحادثات، مطلع على الملف، مكلف بالملف): it qualifies the role, a name takes no
    preposition. The token past the phrase, or ``j``."""
    n = ctx.norms[j]
    if is_definite(n) or not n.startswith("م") or len(n) < 4 or n in FIRST_NAMES \
            or n in ctx.person_tokens or j in ctx.entity_at or not _word(ctx, j + 1, limit):
        return j
    nxt = ctx.norms[j + 1]
    if nxt[:1] == "ب" and len(nxt) > 4 and is_definite(nxt[1:]):
        return def_chain(ctx, j + 2, limit, org=True) if _word(ctx, j + 2, limit) else j + 2
    if nxt not in _MODIFIER_PREPS or not _word(ctx, j + 2, limit):
        return j
    k = _institution(ctx, j + 2, limit)
    if k == j + 2 and is_definite(ctx.norms[j + 2]):
        k = def_chain(ctx, j + 2, limit, org=True)
    if k > j + 2 and _word(ctx, k, limit) and ctx.words[k - 1] and ctx.norms[k - 1] in _NUMBER_WORDS \
            and not is_definite(ctx.norms[k]) and not _stopword(ctx.norms[k]) and k not in ctx.entity_at:
        k += 1  # "فندق مصنف من فئة خمس نجوم": the counted noun after its number
    return k if k > j + 2 else j


def _construct_run(ctx: Context, j: int, limit: int) -> int:
    """After an indefinite role, one to three indefinite common nouns and then a definite
    genitive (برنامج مكافحة الجراد، إدارة شؤون اللاجئين): the token of that definite word,
    or ``j``. Names, places, times and speech events do not stand there."""
    k = j
    while k < min(limit, j + 3) and ctx.words[k]:
        w = ctx.norms[k]
        ent = ctx.entity_at.get(k)
        if is_definite(w) or _stopword(w) or w in FIRST_NAMES or w in ctx.person_tokens or w in SPEECH_EVENTS \
                or w in TIME_WORDS or w in NAME_TITLES or w[:1].isdigit() or ctx.raw[k][:1].isascii() \
                or (ent is not None and ent.type in ("PER", "LOC")) or _is_place(ctx, k) or is_verb_like(w) \
                or w in VERB_FORMS:
            break
        k += 1
    if k > j and _word(ctx, k, limit) and ctx.norms[k].startswith("ال") and not _stopword(ctx.norms[k]) \
            and ctx.norms[k] not in TIME_WORDS and ctx.norms[k] not in ctx.person_tokens:
        return k
    return j


def nationality_adj(norm: str) -> bool:
    """A nationality adjective, masculine or feminine (البريطاني، البريطانية، الكولومبية)."""
    return _nationality_word(norm) or (norm.endswith("يه") and _nationality_word(norm[:-1]))


_PEOPLES_ADJ = folded_set("الكردي الكوردي كردي كوردي الأمازيغي أمازيغي التركماني تركماني الآشوري آشوري الكلداني")


def _nationality_word(norm: str) -> bool:
    if norm in _PEOPLES_ADJ:
        return True  # "النائب الكوردي سوران عمر": a people's adjective
    b = bare(norm)
    stem = b[:-1] if b.endswith("ي") else b
    forms = (stem, stem + "ا", b + "ا", "ال" + b + "ه", b + "ه", "ال" + stem, "ال" + stem + "ه")
    return any(f in PLACES for f in forms)
