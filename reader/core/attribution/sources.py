"""Source phrases: where the subject of a cue starts and ends, and what kind of source it is.

The source span is the shortest span that names the subject (see :mod:`.phrases`). Kinds
follow ATTRIBUTION.md: named_person, named_organization, media, document, anonymous,
unnamed_official. Entities from the NER module decide person vs organisation when given;
without them the word lists in :mod:`.words` and a few heuristics do: a feminine verb with a
single unknown word is a company (ولم ترد أليباي), a known first name makes a person.
"""

from __future__ import annotations

import re

from dataclasses import replace

from reader.core.text import fold

from .ali_name import ali_speaking
from .anonymity import _NAMING_VERBS, _NOT_NAMED_NEG, anonymity_clause
from .context import Context
from .cues import VERB_FORMS
from .outlets import known_outlet_length, match_outlet
from .documents import _doc_chain, _indef_adjective
from .groups import group_source
from .modifiers import _modifiers, anon_genitive
from .phrases import (
    AL_GIVEN, NP, _ONE_OF, _ali, _ifaal, _is_place, _lookup, _prefix_chars, _stopword, _word, adjective_like, article,
    def_chain, entity_end, keeper_post, masdar_like, name_chain, name_start, not_in_a_name,
)
from .roles import _possessed_role, _role_phrase, nationality_adj
from .words import (
    ADJECTIVES, ANON_HEADS, AUDIENCE, CORPORATE_SUFFIXES, DESCRIPTIONS, DOC_HEADS, FEMININE_NAMES, FIRST_NAMES, INDEF_ADJECTIVES, KNOWN_ORGS,
    KNOWN_ORG_SEQS, MEDIA_QUALIFIERS, MEDIA_TYPES, OCCUPATIONS, ORG_HEADS, ROLE_HEADS, SAME_BEFORE, SELF_WORDS, SPEECH_EVENTS,
    COMMITTEE_FIELDS, PARLIAMENT_ADJ, PLACES, TITLES, UTILITIES, bare, bare_nisba,
    HEAD_WORDS, TIME_WORDS, complementizer, folded_set, in_lexicon, is_definite, is_nisba, is_verb_like, strip_possessive,
)

__all__ = [
    "CORPORATE_SUFFIXES", "ONE_OF_THEM", "anonymity_clause", "bare", "marks_named_source", "marks_source",
    "nationality_adj", "parse_np", "_NAMING_VERBS", "_NOT_NAMED_NEG",
]

_SOME = folded_set("بعض معظم غالبية أغلب")
_KIN = folded_set("""جاره جارته جارها صديقه صديقته زميله زميلته زميلها شقيقه شقيقته شقيقها زوجته زوجها ابنه ابنته والده والدته
    ابنها ابنتها أخوه أخته أخوها أختها والدها والدتها""")  # ("فيما قال ابنها كريم، الطالب …، إن")
_CLEARING = folded_set("مخلص مخلصو مخلصي مخلصون مخلصين")
_CUSTOMS_ADJ = folded_set("جمركي جمركيون جمركيين الجمارك جمارك")
_DUAL_POSTS = folded_set("الوزيران الوزيرين الرئيسان الرئيسين السفيران السفيرين النائبان النائبين المسؤولان المتحدثان")
_TAKING_PART_PL = folded_set("مشاركون مشاركين مشاركات")
_FAMILY = folded_set("عائلة عائله أسرة اسره")
_COUNTS = folded_set("""عدة ثلاث أربع خمس ست سبع ثماني تسع عشر ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة
    بضعة بضع عشرات مئات آلاف""")
_DEMONSTRATIVES = folded_set("هؤلاء هذا هذه هذان هاتان ذلك تلك أولئك")
_EACH = folded_set("كل وكل")
#: "اثنان من مستشاري الحكومة"، "ثلاثة من المسؤولين": a few of a group, unnamed.
_FEW_OF = folded_set("اثنان اثنين اثنتان اثنتين ثلاثة أربعة خمسة ستة عدد")
_DUAL_HEADS = folded_set("شركتا شركتي الشركتان الشركتين مجموعتا بنكا البنكان مصرفا مصرفي المصرفان المصرفين")
#: Indefinite plurals of bodies: "قالت بنوك خليجية"، "شركات النفط": an unnamed group.
#: Estimates and views of a group of unnamed people are theirs (تقديرات محللين، توقعات خبراء).
_VIEWS = folded_set("تقديرات توقعات آراء تقدير توقع")
#: Owners, named by what they own (أصحاب مصانع صغيرة، ملاك عقارات): the genitive is theirs.
_OWNER_GROUPS = folded_set("أصحاب ملاك مالكو أصحابها")
_BODIES = folded_set("شركات بنوك مصارف مؤسسات جهات هيئات صناديق نقابات مجتمعات جمعيات اتحادات أحزاب مجموعات منشآت")
#: "مكاتب عقارية": offices of a trade, unnamed (but "مكاتب الاستقدام": the sector, by its name).
_OFFICES = folded_set("مكاتب")
_FOLLOWERS = folded_set("تابعة تابعه كثيرة عديدة كبرى أخرى صغيرة كبيرة متوسطة ومتوسطة ناشئة")
#: "A number of": عدد من المحللين، مجموعة من صناديق الاستثمار، العديد من الشركات.
#: "أكثر من 20 مستثمرا": about a number of people.
_ABOUT = folded_set("أكثر أقل نحو قرابة حوالي زهاء")


def _count_end(ctx: Context, i: int, limit: int) -> int:
    """Past a count of people at ``i`` (a number word, digits, "أكثر من 20"), or ``i``."""
    n = ctx.norms[i]
    if n in _ABOUT:
        j = i + 2 if _word(ctx, i + 1, limit) and ctx.norms[i + 1] == "من" else i + 1
        if _word(ctx, j, limit) and (ctx.norms[j].isdigit() or ctx.norms[j] in _COUNTS):
            return j + 1
        return i
    if n.isdigit() or n in _COUNTS or n[:1] == "و" and n[1:] in _COUNTS:
        return i + 1
    return i


_QUANTITY = folded_set("عدد عددا العديد مجموعة مجموعه الكثير كثير جملة نخبة فريق")
_DEF_BODIES = folded_set("الشركات البنوك المصارف المؤسسات الجهات الصناديق الهيئات المنظمات الحكومات الدول")


def _pair(ctx: Context, i: int, limit: int, feminine: bool, dual: bool = False, each: bool = False) -> NP | None:
    """Two sources joined by و ("البنك الأهلي وبنك الرياض"): one record, both named. After a
    dual head (``dual``: شركتا …) the first may be a word no rule takes for a name
    (شركتا الاتصالات وموبايلي). After كل من (``each``) the first may have its post between
    commas ("كل من محمد العلي، رئيس اللجنة، وخالد الأحمد")."""
    first = marks_source(ctx, i, limit) if i in ctx.quote_open_tok else parse_np(ctx, i, limit, feminine=feminine)
    if first is None and dual and _word(ctx, i + 1, limit) and ctx.norms[i + 1][:1] == "و" \
            and not _stopword(ctx.norms[i]):
        first = NP(i, i + 1, ctx.starts[i], ctx.ends[i], "named_organization", bare(ctx.norms[i]), named=True)
    if first is None or first.end >= limit:
        return None
    split = next((t for t in range(first.start + 1, first.end) if ctx.norms[t][:1] == "و"
                  and (_lookup(ctx.norms[t][1:], ORG_HEADS) or _lookup(ctx.norms[t][1:], ROLE_HEADS)
                       or (first.kind == "named_person" and t > first.start + 1 and (
                           ctx.norms[t][1:] in FIRST_NAMES or ctx.norms[t][1:] in TITLES or (
                               t in ctx.entity_at and ctx.entity_at[t].type == "PER")))
                       )), -1)  # ("خالد الفالح ومحمد الجدعان": two people)
    if split > 0:  # "البنك الأهلي وبنك الرياض" read as one chain: two bodies
        first = NP(first.start, split, first.src_start, ctx.ends[split - 1], first.kind, first.head, named=first.named)
    k = first.end
    if each and first.kind == "named_person" and first.named and ctx.raw[k] in "،,":
        k = _post_between_commas(ctx, k, limit)
    if each and first.kind == "named_person" and first.named and _word(ctx, k, limit) and ctx.norms[k][:1] != "و":
        t = k  # "كل من القيادي في «…» دينق ماجوك أتيم والأمين …": the rest of a long foreign name
        while t < min(limit, k + 2) and ctx.words[t] and not _stopword(ctx.norms[t]) and not is_definite(ctx.norms[t]) \
                and ctx.norms[t] not in VERB_FORMS and not complementizer(ctx.norms[t]) and ctx.norms[t][:1] != "و":
            t += 1
        if t > k and _word(ctx, t, limit) and ctx.norms[t][:1] == "و" and len(ctx.norms[t]) > 3 and (
                is_definite(ctx.norms[t][1:]) or ctx.norms[t][1:] in FIRST_NAMES or _lookup(ctx.norms[t][1:], ROLE_HEADS)):
            first = replace(first, end=t, src_end=ctx.ends[t - 1])
            k = t
    if ctx.words[k] and ctx.norms[k][:1] == "و" and len(ctx.norms[k]) > 2:
        second = _after_wa(ctx, k, limit, feminine)
    elif ctx.norms[k] == "و" and k + 2 < limit and not ctx.words[k + 1]:
        second = _marked_after_wa(ctx, k + 1, limit)  # «مصرف الراجحي» و«بنك البلاد»، و»السعودي للاستثمار»
    else:
        return None
    if second is None and dual and ctx.words[k] and ctx.norms[k][:1] == "و" and len(ctx.norms[k]) > 3 \
            and (k + 1 >= limit or not ctx.words[k + 1] or complementizer(ctx.norms[k + 1])
                 or ctx.norms[k + 1] in VERB_FORMS or ctx.raw[k + 1].endswith(("هما", "هم", "ها"))):
        a = ctx.starts[k] + 1  # "مصرفا الراجحي والبلاد": after a dual head, the second name may be any word
        second = NP(k, k + 1, a, ctx.ends[k], "named_organization", bare(ctx.norms[k][1:]), named=True)
    if second is None:
        return None
    for _ in range(4):  # "كل من السعودية والإمارات والكويت": a third and more
        if not (each and second.end < limit and ctx.words[second.end] and ctx.norms[second.end][:1] == "و"
                and len(ctx.norms[second.end]) > 2):
            break
        more = _after_wa(ctx, second.end, limit, feminine)
        if more is None or more.kind != second.kind or more.start != second.end:
            break
        second = more
    kind = first.kind if first.kind == second.kind else "named_organization"
    if {first.kind, second.kind} <= {"named_person", "unnamed_official"}:
        kind = "named_person" if first.named and first.kind == "named_person" else "unnamed_official"
        # ("كل من القيادي X والأمين السياسي لحزب …": two people, the first named)
    a, b = first.src_start, second.src_end
    if first.start in ctx.quote_open_tok and not ctx.words[second.end - 1]:
        a, b = ctx.starts[first.start], ctx.ends[second.end - 1]  # «X» و«Y»: both in their marks
    return NP(first.start, second.end, a, b, kind, first.head, named=first.named, feminine=feminine, pair=True)


def _post_between_commas(ctx: Context, k: int, limit: int) -> int:
    """After a comma at ``k``, a post up to the next comma that a و-word follows: the token
    after that comma, or ``k``."""
    for t in range(k + 1, min(limit - 1, k + 14)):
        if not ctx.words[t]:
            if ctx.raw[t] in "،," and t > k + 1 and ctx.words[t + 1] and ctx.norms[t + 1][:1] == "و" \
                    and _lookup(ctx.norms[k + 1], ROLE_HEADS):
                return t + 1
            return k
        if complementizer(ctx.norms[t]) or ctx.norms[t] in VERB_FORMS:
            return k
    return k


def _marked_after_wa(ctx: Context, j: int, limit: int) -> NP | None:
    """A name in marks after a lone و, the marks possibly mismatched (و»السعودي للاستثمار»)."""
    if j in ctx.quote_open_tok:
        return marks_source(ctx, j, limit)
    if ctx.raw[j] not in "»\"“”":
        return None
    close = next((t for t in range(j + 1, min(limit, j + 6)) if not ctx.words[t]), -1)
    if close <= j + 1 or ctx.raw[close] not in "»\"“”":
        return None
    return NP(j, close + 1, ctx.starts[j], ctx.ends[close], "named_organization", bare(ctx.norms[j + 1]), named=True)


def _after_wa(ctx: Context, k: int, limit: int, feminine: bool) -> NP | None:
    """The source written right after و at token ``k`` (وبنك الرياض، وسابك)."""
    np = parse_np(ctx, k, limit, feminine=feminine, strip="و")
    if np is not None and np.kind in ("named_organization", "named_person", "media", "unnamed_official"):
        return np
    return None


_PERCENT_WORDS = folded_set("المائة المئة مائة مئة")


_DRAFT = bare(fold("مشروع"))
_DRAFTED = frozenset(bare(w) for w in folded_set("الموازنة موازنة الميزانية ميزانية القانون قانون النظام نظام القرار قرار اللائحة لائحة الاتفاقية اتفاقية الدستور دستور المرسوم مرسوم"))
_SUB_BODIES = frozenset(bare(w) for w in folded_set("لجنة اللجنة إدارة الإدارة قسم القسم مكتب المكتب فرع الفرع شعبة الشعبة"))
_FOR_MONTH = folded_set("لشهر للشهر لعام للعام للربع")
_OF_THEM = folded_set("منهم منهن منها")
_DWELLERS = frozenset(bare(w) for w in folded_set("سكان أهالي أهل"))
_FRACTIONS = folded_set("ثلث ربع خمس ثلثا ثلثي")


def _share_of(ctx: Context, i: int, limit: int) -> int:
    """Past "60 في المائة من"، "60% من", "نحو ثلث": where the group a share is taken of begins, or
    ``i``."""
    n = ctx.norms[i]
    if not n[:1].isdigit():
        return i
    k = i + 1
    if k < limit and not ctx.words[k] and ctx.raw[k] == "%":
        k += 1
    elif k + 1 < limit and ctx.norms[k] == "في" and ctx.norms[k + 1] in _PERCENT_WORDS:
        k += 2
    else:
        return i
    return k + 1 if k < limit and ctx.norms[k] == "من" else i


def _masha_allah(ctx: Context, i: int, limit: int) -> bool:
    """"ما شاء الله" before a family name: a compound given name, not the particle ما."""
    return ctx.norms[i] == "ما" and i + 3 < limit and ctx.norms[i + 1] == "شاء" and ctx.norms[i + 2] == "الله" \
        and _word(ctx, i + 3, limit)


_COUNT_OF = folded_set("عدد")
#: "آخر/أحدث البيانات": the latest release of a document.
_LATEST = folded_set("آخر أحدث")
_UPDATES = folded_set("تحديث تحديثات")


def _head_key_of(n: str) -> str:
    """مصدران، مصدرين -> مصدر: a dual without its ending."""
    for suf in ("ان", "ين"):
        if n.endswith(suf) and len(n) - len(suf) >= 3:
            return n[: -len(suf)]
    return n


def _officers_of_a_kind(ctx: Context, i: int, limit: int) -> bool:
    """"مديرو موارد بشرية"، "مسؤولو شركات": a post's plural in construct before an indefinite word."""
    n = ctx.norms[i]
    return n.startswith("م") and n.endswith("و") and len(n) >= 5 and not is_definite(n) \
        and bool(_lookup(n[:-1], ROLE_HEADS)) and _word(ctx, i + 1, limit) and not is_definite(ctx.norms[i + 1]) \
        and not _stopword(ctx.norms[i + 1]) and ctx.norms[i + 1] not in FIRST_NAMES \
        and ctx.norms[i + 1] not in VERB_FORMS and not complementizer(ctx.norms[i + 1])


def _construct_plural(ctx: Context, i: int, limit: int) -> bool:
    """"منتجو البتروكيماويات"، "مستوردو الأغذية": a participle in the construct plural (ending
    in و) before a definite genitive: a group of unnamed people."""
    n = ctx.norms[i]
    return n.startswith("م") and (n.endswith("و") or n.endswith("يي")) and len(n) >= 5 and not is_definite(n) \
        and not _lookup(n, ROLE_HEADS) and n not in FIRST_NAMES \
        and _word(ctx, i + 1, limit) and ctx.norms[i + 1].startswith("ال") and not _stopword(ctx.norms[i + 1])
    # (and "مهنيي القطاع" after أن: the same plural, a nisba's, in the accusative)
#: "One of them": an anonymous member of the group last mentioned (resolve.Resolver).
_THESE = folded_set("هذه هؤلاء تلك أولئك")
_THOSE_PEOPLE = folded_set("هؤلاء أولئك")
ONE_OF_THEM = folded_set("أحدهم إحداهن أحدهما إحداهما أحدهن")
_ANOTHER = folded_set("آخر أخرى آخرون")
_REPORTS = folded_set("تقارير التقارير")
#: "Of one of (the biggest) ...": لإحدى كبرى شركات التطوير، لأحد أكبر البنوك.
#: أمين + a city is its mayor (أمين عمان، أمين العاصمة), أمين alone may be a first name.
_CITY_EPITHETS = folded_set("المكرمة المنورة المقدسة")
_MARKED_BODIES = folded_set("تداول ساما نزاهة معادن سابك أرامكو")
_MAYOR = folded_set("أمين")
#: "الحائز (على) جائزة نوبل": a prize between a descriptor and the name.
_PRIZE_HOLDER = folded_set("الحائز الحائزة الحاصل الحاصلة")
_PRIZE = folded_set("جائزة جوائز")
_OF_FIELD = folded_set("للسلام للاقتصاد للآداب للأدب للكيمياء للفيزياء للطب")
#: The office of a post: "مكتب رئيس الوزراء X" is the named man's office.
_OFFICE_OF = folded_set("مكتب المكتب ديوان")
#: "المقاومة" with a nisba (الإسلامية، العراقية، الوطنية) names a body that speaks; alone it is a masdar.
_RESISTANCE = next(iter(folded_set("المقاومة")))
#: A portfolio with a possessive (خارجيتها، داخليته، ماليتها، دفاعها): "وزارة خارجيتها" is its ministry.
_POSSESSED_PORTFOLIO = re.compile(r"(?:خارجيت|داخليت|ماليت|دفاع|عدل|صحت|تجارت|طاقت)(?:ها|ه|هم|هما)")


def _year_after(ctx: Context, e: int, limit: int) -> int:
    """"أرقام الحساب الختامي للسنة المالية 2015/2016": the year (or years) after a document's
    fiscal year, part of its name."""
    if e > 0 and _word(ctx, e, limit) and ctx.norms[e].isdigit() and len(ctx.norms[e]) == 4 \
            and ctx.norms[e - 1] in _YEARS_BEFORE:
        e += 1
        if e + 1 < limit and ctx.raw[e] in ("/", "-", "–", "—") and _word(ctx, e + 1, limit) and ctx.norms[e + 1].isdigit() \
                and len(ctx.norms[e + 1]) == 4:
            e += 2  # (and "للعام 2015 - 2016": a range written with a dash)
    elif e > 1 and e + 1 < limit and ctx.words[e - 1] and ctx.norms[e - 1].isdigit() and len(ctx.norms[e - 1]) == 4 \
            and ctx.raw[e] in ("/", "-", "–", "—") and _word(ctx, e + 1, limit) and ctx.norms[e + 1].isdigit() \
            and len(ctx.norms[e + 1]) == 4:
        e += 2  # "تقرير الديوان للعام 2015 - 2016": the second year of the range
    return e


_YEARS_BEFORE = folded_set("المالية المالي لعام للعام عام لسنة للسنة سنة")


def _post_then_name(ctx: Context, i: int, e: int, limit: int, head: str, feminine: bool) -> NP:
    """The post in tokens [i, e), then titles and a name when one follows (the named person),
    else the post alone (an unnamed official)."""
    t = e
    while _word(ctx, t, limit) and ctx.norms[t] in TITLES and t - e < 3:
        t += 1
    if _word(ctx, t, limit) and name_start(ctx, t, after_role=True):
        f = name_chain(ctx, t, limit, after_role=True)
        if f > t:
            return NP(i, f, ctx.starts[t], ctx.ends[f - 1], "named_person", head,
                      role=" ".join(ctx.norms[i:e]), named=True, feminine=feminine)
    return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "unnamed_official", head, role=" ".join(ctx.norms[i:e]))


_CHANNEL = folded_set("القناة قناة")
#: Verbal nouns a body denies, confirms or expects, never a firm's own name after its trade.
_DENIED_FACTS = folded_set("وجود استمرار حدوث وقوع ارتفاع تراجع انخفاض زيادة نقص تحسن تعافي")
_GOVERNORATE_HEADS = folded_set("محافظة ولاية")
_GOVERNOR_SHE = fold("محافظة")
from .words import BANK_WORDS as _BANK_WORDS  # noqa: E402  (bare: البنك، المصرف too)
_SECRET = folded_set("سر السر")
_REGION_WORDS_OF_MAYOR = folded_set("منطقة محافظة مدينة")
_THE_REGION = folded_set("المنطقة المحافظة المدينة العاصمة")
_CITY_WORDS = folded_set("العاصمة المدينة")


def _named_in_marks(ctx: Context, k: int, limit: int) -> bool:
    """Marks right after a verb hold a name (not a short quotation) when the sentence goes on
    to إن/أن or another quotation after them."""
    close = ctx.quote_open_tok[k]
    if close - k > (8 if _long_firm_in_marks(ctx, k, close) else 5) or close + 1 >= limit:
        return False
    inner = ctx.norms[k + 1]
    field = close - k >= 3 and ctx.norms[k + 2].startswith("لل") and len(ctx.norms[k + 2]) > 4
    if inner in VERB_FORMS and not field or complementizer(inner) or _stopword(inner):
        return False  # (but «نجد للأغذية المبردة»: a firm's name and its field, whatever "نجد" also is)
    for t in range(close + 1, min(limit, close + 20)):
        if complementizer(ctx.norms[t]) or (t in ctx.quote_open_tok and t > close + 1):
            return True
        if ctx.raw[t] == ":" and (t == close + 1 or t - close <= 5 and ctx.norms[close + 1] in ("علي", "في")
                                  and ctx.norms[close + 2] in _ITS_PAGE) \
                and t + 1 in ctx.quote_open_tok and ctx.quote_open_tok[t + 1] - (t + 1) > 3:
            return True  # "وكتبت «ديلي ميرور»: «…»": the paper's name, then its words
        if ctx.raw[t] in ".؟?!:":
            return False
    return False


_ITS_PAGE = folded_set("صفحتها صفحته غلافها غلافه عددها عدده افتتاحيتها افتتاحيته")
_FIRM_WORDS = folded_set("المالية كابيتال للاستثمار القابضة للأبحاث للاستشارات")


def _long_firm_in_marks(ctx: Context, k: int, close: int) -> bool:
    """«كيو إن بي للخدمات المالية»: five to seven words in marks that name a firm (a corporate word
    among them, no verb and no إن/أن), not a quotation."""
    inner = range(k + 1, close)
    return close - k > 5 and all(ctx.words[t] and not complementizer(ctx.norms[t]) and ctx.norms[t] not in _VERB_FORMS()
                                 for t in inner) \
        and any(ctx.norms[t] in _FIRM_WORDS or ctx.norms[t] in CORPORATE_SUFFIXES or ctx.norms[t] in _FIRM_SERVICES
                for t in inner)


_FIRM_SERVICES = folded_set("للخدمات للوساطة للتأمين للتطوير العقارية")


def marks_named_source(ctx: Context, k: int, limit: int) -> NP | None:
    """A subject written as a name in marks right after its verb, not a quotation."""
    return marks_source(ctx, k, limit) if _named_in_marks(ctx, k, limit) else None


def marks_subject_of_object(ctx: Context, k: int, limit: int, own: str, then: str = "") -> NP | None:
    """"وأعلنت «سابك» أمس عن أرباح"، "وتوقعت «جدوى للاستثمار» في تقريرها الأخير تراجع العجز":
    a company's short name in marks after a verb that takes an object, then a time word, the
    occasion (في بيانها) or the verb's own preposition (``own``), and the object after them."""
    close = ctx.quote_open_tok.get(k)
    if close is None or close - k > 4 or close + 2 >= limit:
        return None
    inner = ctx.norms[k + 1]
    known = close == k + 2 and inner in _MARKED_BODIES  # «تداول»، «ساما»: a body's one-word name in marks
    if (inner in VERB_FORMS and not known) or complementizer(inner) or _stopword(inner):
        return None
    t = close + 1
    if t + 2 < limit and ctx.raw[t] == "(":
        shut = next((u for u in range(t + 1, min(limit, t + 5)) if ctx.raw[u] == ")"), -1)
        if shut > t + 1 and all(ctx.words[u] for u in range(t + 1, shut)):
            t = shut + 1  # "نفت «جبهة فتح الشام» (النصرة سابقاً) أمس، الأنباء": what it was called before
    if t == close + 1 and t + 2 < limit and ctx.is_punct(t, "،,") and ctx.words[t + 1] and (
            is_definite(ctx.norms[t + 1]) or ctx.words[t + 2] and is_definite(ctx.norms[t + 2])):
        second = next((u for u in range(t + 2, min(limit, t + 14)) if not ctx.words[u]), -1)
        if second > t + 2 and ctx.is_punct(second, "،,") and second + 1 < limit and ctx.words[second + 1] \
                and all(ctx.norms[u] not in VERB_FORMS and not complementizer(ctx.norms[u]) for u in range(t + 1, second)):
            t = second + 1  # "كشفت «طيران الرياض»، الناقل الوطني الجديد …، عن طلبية": what the body is, between commas
    while t < limit and ctx.words[t] and ctx.norms[t] in TIME_WORDS:
        t += 1
    if t > close + 2 and t + 1 < limit and ctx.is_punct(t, "،,") and ctx.words[t + 1] and is_definite(ctx.norms[t + 1]):
        t += 1  # ("… أمس، الأنباء التي …": the object after the time)
    if t + 1 < limit and ctx.norms[t] == "في" and ctx.words[t + 1] and ctx.norms[t + 1] != strip_possessive(ctx.norms[t + 1]) \
            and in_lexicon(ctx.norms[t + 1], SPEECH_EVENTS):
        t += 2  # في تقريرها، في بيانها
        while t < limit and ctx.words[t] and is_definite(ctx.norms[t]) and adjective_like(ctx.norms[t]):
            t += 1  # الأخير، الصادر
        while t < limit and ctx.words[t] and ctx.norms[t] in TIME_WORDS:
            t += 1
    if t >= limit or not ctx.words[t] or complementizer(ctx.norms[t]):
        return None
    firm = known or (k + 1 in ctx.entity_at and ctx.entity_at[k + 1].type == "ORG") or any(
        ctx.norms[u] in CORPORATE_SUFFIXES or ctx.norms[u] in _FIRM_WORDS for u in range(k + 2, close))
    object_then = bool(then) and t == close + 1 and (is_definite(ctx.norms[t]) or (
        t + 1 < limit and ctx.words[t + 1] and is_definite(ctx.norms[t + 1]) and not is_verb_like(ctx.norms[t]))) and any(
        ctx.norms[u] == then for u in range(t + 1, min(limit, t + 6))) and all(
        ctx.words[u] for u in range(t, next(u for u in range(t + 1, min(limit, t + 6)) if ctx.norms[u] == then)))
    # ("وأرجعت «الجنوبية» التراجع إلى …"، "وعزت «زين» تراجع الخسائر إلى …": the company's short name,
    # what it ascribed, then إلى)
    name_then_object = close == k + 2 and t == close + 1 and not inner.startswith("ال") and not masdar_like(inner) \
        and not ctx.norms[t].startswith("ال") and not _stopword(ctx.norms[t]) and ctx.norms[t] not in VERB_FORMS \
        and ctx.norms[t] not in FIRST_NAMES and t not in ctx.entity_at and ctx.norms[t][:1] not in "وفبل" \
        and t + 1 < limit and ctx.words[t + 1] and (ctx.norms[t + 1].startswith("ال") and not _stopword(ctx.norms[t + 1])
                                                    or _ifaal(ctx.norms[t]) or masdar_like(ctx.norms[t]))
    # ("وأعلنت «كفالة» رفع الحد الأعلى"، "أعلنت «منشآت» إطلاق برنامج": a body's one-word name, then the
    # verbal noun it announced)
    if t == close + 1 and not (own and (ctx.norms[t] == own or own == "ب" and ctx.norms[t][:1] == "ب")) \
            and not (firm and (known or not masdar_like(inner))) and not object_then and not name_then_object:
        return None  # (وتوقعت «ارتفاع الأسعار» …: words in marks with nothing between: the object itself;
        # but "قدّرت «الراجحي المالية» نمو الطلب": a firm's name)
    return marks_source(ctx, k, limit)


def marks_source(ctx: Context, k: int, limit: int) -> NP | None:
    """A source given as a short name in marks (وبحسب «رويترز»، ووفقاً لـ "رويترز"): an outlet
    when the name is one, else an organisation. The span is the name inside the marks."""
    close = ctx.quote_open_tok.get(k)
    if close is None or close >= limit or close - k < 2 or close - k > (8 if _long_firm_in_marks(ctx, k, close) else 5):
        return None
    if not all(ctx.words[t] for t in range(k + 1, close)):
        return None
    if close - k > 3 and k + 1 not in ctx.entity_at and (masdar_like(ctx.norms[k + 1]) or any(
            _stopword(ctx.norms[t]) for t in range(k + 2, close - 1))):
        return None  # "نفى «استهداف أي مناطق سكنية»": a quoted object, no name
    a, b = ctx.starts[k + 1], ctx.ends[close - 1]
    e = close + 1
    while _word(ctx, e, limit) and ctx.norms[e].startswith("ال") and e - close < 4 and (
            adjective_like(ctx.norms[e]) or (len(ctx.norms[e]) in (6, 7) and ctx.norms[e][3] == "ا")):
        e += 1  # "إكسور" الإيطالية القابضة: descriptions of the name, outside the source span
    m = match_outlet(ctx, k + 1, close)
    if (m is not None and m.end == close and not m.anaphor) or known_outlet_length(ctx.norms, k + 1) == close - k - 1:
        return NP(k, close + 1, a, b, "media", bare(ctx.norms[k + 1]), media_end=close + 1)
    return NP(k, e, a, b, "named_organization", bare(ctx.norms[k + 1]), named=False)


_ALL = folded_set("جميع وجميع كافة")
#: Verbal nouns that a verb of saying takes as its object (أكد التزام، أهمية، ضرورة): never in a body's name.
_STANCE_OBJECTS = folded_set("التزام الالتزام حرص أهمية ضرورة استمرار تمسك رفض استعداد")
#: "بنك الخليج | الأول": an ordinal ends a body's name as an adjective does.
_ORDINALS = folded_set("الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة")
#: Broken plurals of groups that no list of heads holds, after جميع/كافة.
_GROUPS_OF = folded_set("الأطراف الدول الأحزاب الجهات الفصائل الكتل القوى الأوساط")
_BANK_OR_FIRM = folded_set("بنك مصرف شركة مجموعة")


def _VERB_FORMS():
    from .cues import VERB_FORMS

    return VERB_FORMS


def short_name_after(ctx: Context, e: int, limit: int) -> int:
    """"مؤسسة النقد العربي السعودي «ساما»": a short name in marks right after a body's name
    (one to four words, then إن/أن, a verb, a preposition or punctuation) is part of the
    mention; returns the token past it, or ``e``."""
    close = ctx.quote_open_tok.get(e)
    if close is None or close - e > 5 or close + 1 > limit or e < 1 or not ctx.words[e - 1]:
        return e
    if not all(ctx.words[t] and (close == e + 2 or not is_verb_like(ctx.norms[t])) for t in range(e + 1, close)):
        return e  # (وذكرت بيانات «الصادرات ستتراجع»: a quotation; one word is a name, «هدف»)
    nxt = close + 1
    if nxt < limit and ctx.words[nxt] and complementizer(ctx.norms[nxt]) and is_known_outlet_in_marks(ctx, e, limit) \
            and not _lookup(ctx.norms[e - 1], MEDIA_TYPES) and not _lookup(ctx.norms[e - 1], ANON_HEADS):
        # (but "مصادر «الرياض» بأن": directly after «مصادر» the paper's name says whose sources they are)
        return e  # "وأبلغ متحدث باسم شركة «ميرسك لاين» الدنماركية «رويترز» أن": the outlet told, no short name
    if _lookup(ctx.norms[e - 1], DOC_HEADS) and (nxt >= limit or ctx.is_punct(nxt, ".:؛")):
        return e  # after a document's head the marks hold what it says ("وذكرت بيانات «الصادرات ستتراجع».")
    if nxt >= limit:
        return close + 1  # the phrase ends with the marks ("بحسب مؤسسة النقد «ساما».", "… «ساما» قد أوضحت")
    if not (ctx.is_punct(nxt, "،,.:؛") or ctx.words[nxt] and (
            complementizer(ctx.norms[nxt]) or _stopword(ctx.norms[nxt]) or is_verb_like(ctx.norms[nxt])
            or ctx.norms[nxt] in ("قد", "ل") or ctx.norms[nxt] in _VERB_FORMS())) \
            and not (close == e + 2 and ctx.norms[e + 1] in KNOWN_ORGS and not _lookup(ctx.norms[e - 1], DOC_HEADS)):
        return e  # (but "النشرة الإحصائية لمؤسسة النقد العربي السعودي «ساما» تراجع …": a body everyone knows)
    return close + 1


def is_known_outlet_in_marks(ctx: Context, e: int, limit: int) -> bool:
    """A known outlet's name in marks at ``e`` («الاقتصادية»، «عكاظ»)."""
    close = ctx.quote_open_tok.get(e)
    return close is not None and close - e <= 4 and known_outlet_length(ctx.norms, e + 1) == close - e - 1


_BUSINESS_HEADS = folded_set("رجل سيدة رجال سيدات ورجل وسيدة رائد رائدة رواد رائدات")
_BUSINESS_WOMEN = folded_set("سيدة سيدات وسيدة رائدة رائدات")
_HONORIFICS = folded_set("معالي سعادة سمو فضيلة سماحة فخامة دولة جلالة")
_HIGHNESS = folded_set("السمو")
_ROYAL_ADJ = folded_set("الملكي الملكية")


def _honorific_end(ctx: Context, i: int, limit: int) -> int:
    """Past an honorific before a post or a name (معالي، سعادة، سمو، صاحب السمو الملكي، دولة
    رئيس الوزراء), or ``i``."""
    n = ctx.norms[i]
    if n == "خادم" and i + 3 <= limit and i + 2 < len(ctx.norms) and ctx.norms[i + 1] == "الحرمين" \
            and ctx.norms[i + 2] in ("الشريفين",):
        return i + 3  # "خادم الحرمين الشريفين الملك سلمان": the King's title
    if n == "صاحب" and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _HIGHNESS:
        k = i + 2
        if _word(ctx, k, limit) and ctx.norms[k] in _ROYAL_ADJ:
            k += 1
        return k if _word(ctx, k, limit) else i
    if n in _HONORIFICS and _word(ctx, i + 1, limit) and (
            _lookup(ctx.norms[i + 1], ROLE_HEADS) or ctx.norms[i + 1] in TITLES
            or ctx.norms[i + 1] in FIRST_NAMES or ctx.norms[i + 1] in _HONORIFIC_OK
            or i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "PER"
            and ctx.entity_end_tok.get(i + 1, i + 2) - (i + 1) >= 2):  # ("سعادة هلال سعيد المري": a whole name)
        if n == _STATE and not _lookup(ctx.norms[i + 1], ROLE_HEADS):
            return i  # "دولة الكويت": a state
        return i + 1
    return i


_OWNER = folded_set("مالك")
_OWNER_ANY = folded_set("مالك مالكة صاحب صاحبة")
_CHAIN = fold("سلسلة")
_SHOP_PLURALS = folded_set("محلات متاجر مطاعم مخابز معارض صيدليات مقاه مقاهي فنادق مدارس مستوصفات")
_OTHERS = folded_set("آخرون كثيرون عديدون")
#: Shares of a group, with منهم after them ("معظمهم" is one word; "نصف منهم" is not said, but "اثنان منهم" is).
_SOME_OF = folded_set("بعض معظم أغلب غالبية")
_SHARE_WORDS = folded_set("اثنان اثنين معظم أغلب غالبية بعض")
_MARKET_WORDS = folded_set("سوق أسواق قطاع حي أحياء قرية قرى مدينة محافظة منطقة مخطط شارع")
_CENTRAL = folded_set("المركزي")
_KUNYA = folded_set("أم أبو أبي ام ابو")
_DECLARATION = folded_set("الإعلان الاعلان")
_DUAL_BODIES = folded_set("مجموعتا شركتا مجموعتي شركتي وزارتا حكومتا بنكا مصرفا")
_FINAL_JOINT = folded_set("الختامي المشترك")
_CHILDREN = folded_set("طفل طفلين طفلتين أطفال ابن ابنين أبناء بنت بنتين بنات")
_WORKS_AS = folded_set("يعمل تعمل يعملون يدير تدير يملك تملك")
_SITE = folded_set("موقع")
_SITES = folded_set("مواقع")
_SECTOR = folded_set("قطاع")
_SPECIALISED = folded_set("متخصصة مختصة متخصص")
_ONLINE_WORDS = folded_set("الإلكتروني الالكتروني الرسمي")
_AREAS = folded_set("منطقة مناطق حي أحياء مدينة مدن")
_IS_CALLED_WORDS = folded_set("يدعى تدعى يدعي تدعي")
_ISSUED_ADJ = folded_set("الصادر الصادرة")
_DEPARTMENTS = folded_set("إدارة قسم وحدة دائرة فريق مديرية")
_SHOPS = folded_set("محل متجر مطعم مصنع مخبز ورشة معرض مكتب مقهى بقالة صيدلية شركة مؤسسة مدرسة مزرعة فندق محطة "
                   "مستودع عقار عقارات مبنى عمارة مجمع مركز")
_HONORIFIC_OK = folded_set("ولي نائب")
_STATE = next(iter(folded_set("دولة")))


_THE_MAN = folded_set("الرجل والرجل")
_ORDINAL_MEN = folded_set("الأول الاول الثاني الثالث الرابع القوي")


_AGENCY_WORDS = folded_set("وكالة الوكالة")
_RATING_WORDS = folded_set("للتصنيف للتصنيفات")
#: Credit rating agencies: a وكالة that is no news agency (وكالة «موديز» للتصنيف الائتماني).
_RATERS = folded_set("موديز فيتش ستاندرد إس كابيتال")


def _rating_agency(ctx: Context, m) -> bool:
    words = [ctx.norms[t] for t in range(m.first + 1, m.end) if ctx.words[t]]
    return bool(words) and (words[0] in _RATERS or (m.end < len(ctx.norms) and ctx.norms[m.end] in _RATING_WORDS))


def _indefinite_genitive(ctx: Context, head: str, e: int, limit: int) -> bool:
    """After an indefinite head of unnamed people, an indefinite noun at ``e`` is its genitive
    (أطباء أطفال أن، أولياء أمور تحدثوا، أصحاب مصانع صغيرة، "وكلاء سيارات: …" in a headline)."""
    if not _word(ctx, e, limit) or is_definite(ctx.norms[e]) or _stopword(ctx.norms[e]) \
            or is_verb_like(ctx.norms[e]) or ctx.norms[e] in VERB_FORMS:
        return False
    if e + 1 == limit:
        return e + 1 < len(ctx.norms) and ctx.raw[e + 1] == ":"  # (a headline's source, up to its colon)
    if e + 1 > limit:
        return False
    nxt = ctx.norms[e + 1]
    if nxt[:1] == "ل" and match_outlet(ctx, e + 1, limit, preposition=True) is not None:
        return True  # "تجار عملة لـ«عكاظ» إن": the paper they spoke to
    return head in _OWNER_GROUPS or complementizer(nxt) or (ctx.words[e + 1] and is_verb_like(nxt)) \
        or (nxt in ("من", "الي", "إلى") and e + 2 < limit and complementizer(ctx.norms[e + 2])) \
        or ctx.raw[e + 1] in "،,:" or (nxt == "في" and _word(ctx, e + 2, limit) and (
            is_definite(ctx.norms[e + 2]) or ctx.norms[e + 2] in _MARKET_WORDS or bool(_lookup(ctx.norms[e + 2], ORG_HEADS))
            or ctx.norms[e + 2] in _AREAS or _is_place(ctx, e + 2)))
    # ("تجار جملة في سوق الخضار"، "مديرون تنفيذيون في شركات")


_DELEGATIONS = folded_set("بعثة وفد فريق")
_DEFENCE_OF = fold("دفاع")
_THE_ACCUSED = folded_set("المتهم المتهمة المتهمين المتهمون المتهمان المتهمين المدعى المدعي الموقوفين")
_GIVENS = folded_set("معطيات")
_THE_GIVENS = folded_set("المعطيات")
_OFFICIAL = folded_set("الرسمية الإحصائية")
_ANOTHER_ONE = folded_set("آخر أخرى")
_GREAT_ONES = folded_set("كبار أبرز أكبر أهم كبرى")
#: Military ranks and the branch or qualification written after them (اللواء بحري، العميد ركن).
_RANKS = folded_set("اللواء لواء العميد عميد العقيد عقيد الفريق فريق المقدم مقدم الرائد رائد النقيب المشير الأدميرال")
_RANK_QUALIFIERS = folded_set("بحري ركن طيار مهندس أركان بحرية")


def _institution_after_min(ctx: Context, j: int, limit: int) -> int:
    """The body after "بعثة من": an organisation the tagger found or a definite construct whose
    head is a body (صندوق النقد الدولي، البنك الدولي); ``j`` when there is none."""
    ent = ctx.entity_at.get(j)
    if ent is not None and ent.type == "ORG":
        return max(j + 1, entity_end(ctx, j, limit))
    if _lookup(ctx.norms[j], ORG_HEADS):
        return max(j + 1, def_chain(ctx, j + 1, limit, org=True))
    return j


def _through_acronym(ctx: Context, np: NP, limit: int) -> NP:
    """"اللجنة الاقتصادية والاجتماعية | لغرب آسيا (إسكوا)": a body's name goes on, through a
    ل-phrase of what it serves, to its acronym in brackets."""
    e = np.end
    if not (e < limit and ctx.words[e] and ctx.norms[e][:1] == "ل" and not ctx.norms[e].startswith("لل")
            and len(ctx.norms[e]) > 3):
        return np
    for t in range(e + 1, min(limit, e + 6)):
        if not ctx.words[t]:
            if ctx.raw[t] == "(" and t + 2 < limit and ctx.words[t + 1] and ctx.raw[t + 2] == ")":
                return replace(np, end=t + 3, src_end=ctx.ends[t + 2])
            return np
        if complementizer(ctx.norms[t]) or ctx.norms[t] in _VERB_FORMS() or _stopword(ctx.norms[t]):
            return np
    return np


def _named_after_royal(ctx: Context, np: NP, limit: int) -> NP:
    """"مركز الملك | عبدالله للدراسات والبحوث البترولية (كابسارك)": a body named after a king or a
    prince goes on through his name, what it serves and its acronym in brackets."""
    e = np.end
    if e >= limit or not ctx.words[e] or not ctx.words[e - 1] or ctx.norms[e - 1] not in _ROYAL_TITLES \
            or ctx.norms[e] not in FIRST_NAMES:
        return np
    e = max(e + 1, name_chain(ctx, e, limit, max_len=4))
    while _word(ctx, e, limit) and ctx.norms[e][:2] == "لل" and e - np.start < 14:
        e += 1  # للدراسات
        while _word(ctx, e, limit) and (ctx.norms[e].startswith(("ال", "وال"))) and not _stopword(ctx.norms[e]) \
                and ctx.norms[e] not in _VERB_FORMS() and e - np.start < 14:
            e += 1  # والبحوث البترولية
    if e + 2 < limit and ctx.raw[e] == "(" and ctx.words[e + 1] and ctx.raw[e + 2] == ")":
        e += 3  # (كابسارك)
    return replace(np, end=e, src_end=ctx.ends[e - 1])


_ROYAL_TITLES = folded_set("الملك الأمير الامير")


def _listed_name_ends(ctx: Context, np: NP) -> NP:
    """"وقدرت الأهلي كابيتال | الأثر السلبي للقرار": a firm the gazetteer lists ends where its listed
    name ends; a definite noun after it (not an adjective) is the verb's object."""
    ent = ctx.entity_at.get(np.start)
    if ent is None or ent.type != "ORG" or ent.origin != "gazetteer":
        return np
    e = ctx.entity_end_tok.get(np.start, np.start + 1)
    if not np.start < e < np.end or not ctx.words[e] or not ctx.norms[e].startswith("ال") or is_nisba(ctx.norms[e]) \
            or adjective_like(ctx.norms[e]) or not all(ctx.words[t] for t in range(np.start, e)):
        return np
    return replace(np, end=e, src_end=ctx.ends[e - 1])


def _place_of_chamber(ctx: Context, np: NP, limit: int) -> NP:
    """"غرفة تجارة وصناعة | دبي": a body's name of indefinite nouns in construct goes on to the
    place it belongs to (a place the tagger found, written without a preposition); so does
    "هيئة البيئة | - أبوظبي", the emirate after a dash (Abu Dhabi's bodies are named so)."""
    e = np.end
    if e + 2 <= limit and ctx.raw[e] in ("-", "–") and ctx.words[e + 1] and e + 1 in ctx.entity_at \
            and ctx.entity_at[e + 1].type == "LOC" and ctx.para_of[e] == ctx.para_of[np.start] \
            and np.start > 0 and ctx.para_of[np.start - 1] == ctx.para_of[np.start] \
            and not (e + 2 < len(ctx.norms) and ctx.raw[min(len(ctx.raw) - 1, ctx.entity_end_tok.get(e + 1, e + 2))] == ":"):
        end = min(limit, ctx.entity_end_tok.get(e + 1, e + 2))
        return replace(np, end=end, src_end=ctx.ends[end - 1])  # (not a dateline: the body is inside a line)
    last = ctx.norms[e - 1]
    if e + 1 < limit and ctx.words[e] and ctx.words[e + 1] and ctx.words[e - 1] and not is_definite(last) \
            and np.end - np.start >= 2 and ctx.norms[e] in _REGION_WORDS and e + 1 in ctx.entity_at \
            and ctx.entity_at[e + 1].type == "LOC" \
            and all(ctx.words[t] and not is_definite(ctx.norms[t]) for t in range(np.start, e)):
        end = min(limit, ctx.entity_end_tok.get(e + 1, e + 2))  # "غرفة تجارة وصناعة | محافظة الخليل"
        return replace(np, end=end, src_end=ctx.ends[end - 1])
    if e >= limit or not ctx.words[e] or not ctx.words[e - 1] or is_definite(last) or np.end - np.start < 2 \
            or e not in ctx.entity_at or ctx.entity_at[e].type != "LOC" or ctx.norms[e][:1] in "بلو" \
            or not all(ctx.words[t] and not is_definite(ctx.norms[t]) for t in range(np.start, e)):
        return np
    end = min(limit, ctx.entity_end_tok.get(e, e + 1))
    return replace(np, end=end, src_end=ctx.ends[end - 1])


_BRANCHES = folded_set("فرع الفرع مكتب المكتب مديرية المديرية إدارة الإدارة")
_REGION_WORDS = folded_set("محافظة منطقة ولاية إمارة مدينة")


def _branch_region(ctx: Context, np: NP, limit: int) -> NP:
    """"حث فرع وزارة البيئة والمياه والزراعة | بمنطقة القصيم المربين": the region a branch serves
    is part of its name (never what follows the verb)."""
    if np.end >= limit or not ctx.words[np.end] or ctx.norms[np.start] not in _BRANCHES \
            or ctx.norms[np.end][:1] != "ب":
        return np
    from .roles import _region_phrase

    e = _region_phrase(ctx, np.end, limit)
    return replace(np, end=e, src_end=ctx.ends[e - 1]) if e > np.end + 1 else np


def _short_name_in_marks(ctx: Context, np: NP, limit: int) -> NP:
    """"أعلن بيت التمويل الكويتي «بيتك» ارتفاع أرباحه": the body's short name in marks, between
    its full name and the object of the verb, is part of the source (not a quoted claim: a word
    follows it, and not the definite genitive of a quoted verbal noun, «تجميد» التوظيف)."""
    o = np.end
    close = ctx.quote_open_tok.get(o, -1) if not ctx.words[o] else -1
    if np.end - np.start < 2 or not 1 < close - o <= 4 or close + 1 >= limit or not ctx.words[close + 1] \
            or is_definite(ctx.norms[close + 1]):
        return np
    inner = range(o + 1, close)
    if not all(ctx.words[t] and not complementizer(ctx.norms[t]) and ctx.norms[t] not in _VERB_FORMS()
               and not _stopword(ctx.norms[t]) for t in inner):
        return np
    return replace(np, end=close + 1, src_end=ctx.ends[close])


#: "وقالت المعارضة"، "وصفتها المعارضة": the opposition, a body of its own (not the adjective "opposing").
_OPPOSITION = folded_set("المعارضة")
_CALLS = folded_set("تطلق يطلق تطلقان يطلقون تسمي يسمي يسمون")
_ITSELF = folded_set("نفسها نفسه نفسهم انفسهم أنفسهم")


def _calling_itself(ctx: Context, np: NP, limit: int) -> NP:
    """"مجموعة قرصنة | تطلق على نفسها اسم «الظل الرقمي»": what it calls itself ends the phrase,
    the name in marks with it (never the verb alone, cut off from its object)."""
    t = next((t for t in range(np.start + 1, min(limit, np.end + 1)) if ctx.words[t] and ctx.norms[t] in _CALLS), -1)
    if t < 0:
        return np
    k = t + 1
    if _word(ctx, k + 1, limit) and ctx.norms[k] == "علي" and ctx.norms[k + 1] in _ITSELF:
        k += 2
    elif _word(ctx, k, limit) and ctx.norms[k] in _ITSELF:
        k += 1
    else:
        return np
    if _word(ctx, k, limit) and ctx.norms[k] in ("اسم", "باسم"):
        k += 1
    close = ctx.quote_open_tok.get(k, -1)
    if 0 < close < limit and close - k <= 6:
        return replace(np, end=close + 1, src_end=ctx.ends[close])
    return replace(np, end=t, src_end=ctx.ends[t - 1])


_CONFERENCE = folded_set("مؤتمر")
_UN = folded_set("الأمم")


_FORUM_BODIES = folded_set("منتدى المنتدى")
_TOLD_PEOPLE = AUDIENCE | folded_set("للمستثمرين للمواطنين")


def _forum_body(ctx: Context, i: int, limit: int) -> bool:
    """"توقع منتدى الدول المصدرة للغاز أن"، "وقال المنتدى الاقتصادي العالمي": a forum that is a
    body (it speaks, it forecasts), named by what follows; not "في منتدى" (never the subject)."""
    return ctx.norms[i] in _FORUM_BODIES and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) \
        and not (i > 0 and ctx.words[i - 1] and ctx.norms[i - 1] in ("في", "خلال", "امام", "أمام", "علي", "هامش"))


def parse_np(ctx: Context, i: int, limit: int, *, feminine: bool = False, strip: str = "") -> NP | None:
    """A source noun phrase at token ``i`` (see :func:`_parse_np`); an occupation followed by a
    post and its holder's name is that person ("المستثمر الفندقي عضو لجنة الفنادق … سعد
    القرشي"، "تاجر الذهب في سوق البلد عضو لجنة … فلان")."""
    n = ctx.norms[i] if i < limit and ctx.words[i] else ""
    if i < limit and not ctx.words[i] and ctx.raw[i] in "«\"“" and i in ctx.quote_open_tok \
            and ctx.quote_open_tok[i] < limit:
        close = ctx.quote_open_tok[i]
        letters = [t for t in range(i + 1, close) if ctx.words[t]]
        if 1 <= len(letters) <= 3 and all(len(ctx.norms[t]) == 1 for t in letters) \
                and all(ctx.words[t] or ctx.raw[t] == "." for t in range(i + 1, close)):
            # "وقال "ع. م"، تاجر جملة …، إن": a man the paper names by his initials only
            return NP(i, close + 1, ctx.starts[i + 1], ctx.ends[close - 1], "anonymous", ctx.norms[letters[0]])
    if n[len(strip):] == _GOVERNOR_SHE and ctx.raw[i].endswith("ة") and _word(ctx, i + 1, limit) \
            and bare(ctx.norms[i + 1]) in _BANK_WORDS:
        from .roles import _role_phrase

        # "وقالت محافظة البنك المركزي آمنة ميرغني إن": the bank's governor, a woman (no governorate)
        return _role_phrase(ctx, i, limit, ctx.starts[i] + len(strip), True)
    if n[len(strip):] in _GOVERNORATE_HEADS and ctx.raw[i].endswith("ة") and _word(ctx, i + 1, limit) and _is_place(ctx, i + 1):
        # (not "محافظه كازو أويدا": its governor, the pronoun folded like the ة)
        e = min(limit, ctx.entity_end_tok.get(i + 1, i + 2))
        # "أعلنت محافظة الجيزة تعريفة الركوب الجديدة": the governorate (a body), no woman governor named جدة
        return NP(i, e, ctx.starts[i] + len(strip), ctx.ends[e - 1], "named_organization", n[len(strip):], named=True)
    if n[len(strip):] in SAME_BEFORE and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) \
            and not _stopword(ctx.norms[i + 1]):
        inner = parse_np(ctx, i + 1, limit, feminine=feminine)
        if inner is not None and inner.start == i + 1:
            # "وأوضح ذات المصدر"، "وحسب نفس المسح"، "وفق نفس المعطيات": the same one as before
            return replace(inner, start=i, src_start=ctx.starts[i] + len(strip), definite=True, named=False)
    if n[len(strip):] in _CONFERENCE and _word(ctx, i + 1, limit) and i + 1 in ctx.entity_at \
            and ctx.entity_at[i + 1].type == "ORG" and ctx.norms[i + 1] in _UN:
        e = def_chain(ctx, i + 1, limit, org=True)  # "مؤتمر الأمم المتحدة للتجارة والتنمية": a UN body, no conference
        if e > i + 2 and ctx.raw[e] == "(" and e + 2 < limit and ctx.raw[e + 2] == ")" and ctx.words[e + 1]:
            e += 3  # (أونكتاد): its acronym
        return NP(i, e, ctx.starts[i] + len(strip), ctx.ends[e - 1], "named_organization", n[len(strip):], named=True)
    if n[len(strip):] in _GIVENS and _word(ctx, i + 1, limit) and (
            _lookup(ctx.norms[i + 1], ORG_HEADS) or (i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "ORG")):
        e = def_chain(ctx, i + 2, limit, org=True) if _word(ctx, i + 2, limit) else i + 2
        # "وحسب معطيات صندوق المقاصة": data of a body (the Maghreb's word), a document; not "المعطيات الحالية"
        return NP(i, max(e, i + 2), ctx.starts[i] + len(strip), ctx.ends[max(e, i + 2) - 1], "document", n, definite=False)
    if n[len(strip):] in _THE_GIVENS and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in SELF_WORDS | _OFFICIAL:
        # "حسب المعطيات ذاتها"، "وفقا للمعطيات الرسمية": the data cited (not "وفق المعطيات الحالية"، "معطيات
        # بيئة السوق": the givens)
        return NP(i, i + 2, ctx.starts[i] + len(strip), ctx.ends[i + 1], "document", n, definite=True)
    if n and not is_definite(n) and not _stopword(n) and _word(ctx, i + 2, limit) and ctx.norms[i + 1] in _IS_CALLED_WORDS \
            and (ctx.norms[i + 2] in FIRST_NAMES or (i + 2 in ctx.entity_at and ctx.entity_at[i + 2].type == "PER")):
        e = name_chain(ctx, i + 2, limit, after_role=True)
        if e > i + 2:  # "مشجع يدعى ناصر الهاجري": someone, then who he is (no list need know the word)
            return NP(i, e, ctx.starts[i + 2], ctx.ends[e - 1], "named_person", n[len(strip):], role=n[len(strip):],
                      named=True, feminine=feminine)
    if n[len(strip):] in _OPPOSITION and (i + 1 >= limit or not ctx.words[i + 1] or is_definite(ctx.norms[i + 1])):
        e = i + 1
        while _word(ctx, e, limit) and e - i < 3 and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e]) \
                and not ctx.norms[e].startswith(("وال", "فال")):
            e += 1  # ("المعارضة السورية")
        return NP(i, e, ctx.starts[i] + len(strip), ctx.ends[e - 1], "named_organization", n[len(strip):], definite=True)
    np = _parse_np(ctx, i, limit, feminine=feminine, strip=strip)
    if np is not None:
        np = _calling_itself(ctx, np, limit)
    if np is not None and np.kind == "named_organization" and np.end < limit:
        np = _named_after_royal(ctx, np, limit)
        np = _through_acronym(ctx, np, limit)
        np = _listed_name_ends(ctx, np)
        np = _place_of_chamber(ctx, np, limit)
        np = _short_name_in_marks(ctx, np, limit)
        np = _branch_region(ctx, np, limit)
    if np is not None and np.kind == "named_organization" and np.end + 1 < limit and bare(ctx.norms[np.start]) in _SUB_BODIES \
            and ctx.words[np.end] and ctx.norms[np.end] == "في" and ctx.words[np.end + 1] \
            and (_lookup(ctx.norms[np.end + 1], ORG_HEADS) and is_definite(ctx.norms[np.end + 1])
                 or np.end + 1 in ctx.entity_at and ctx.entity_at[np.end + 1].type == "ORG"):
        e = def_chain(ctx, np.end + 2, limit, org=True) if _word(ctx, np.end + 2, limit) else np.end + 2
        if np.end + 1 in ctx.entity_at and ctx.entity_at[np.end + 1].type == "ORG":
            e = max(e, min(limit, ctx.entity_end_tok.get(np.end + 1, e)))
        np = replace(np, end=e, src_end=ctx.ends[e - 1])  # "لجنة الاقتصاد والطاقة في مجلس الشورى": the council's
    elif np is not None and np.kind == "named_organization" and np.end + 2 < limit \
            and bare(ctx.norms[np.start]) in _SUB_BODIES and ctx.words[np.end] and ctx.norms[np.end] == "في" \
            and 1 < ctx.quote_open_tok.get(np.end + 1, 10 ** 9) - (np.end + 1) <= 4 \
            and ctx.quote_open_tok[np.end + 1] < limit \
            and all(ctx.words[t] for t in range(np.end + 2, ctx.quote_open_tok[np.end + 1])):
        e = ctx.quote_open_tok[np.end + 1] + 1
        np = replace(np, end=e, src_end=ctx.ends[e - 1])  # "إدارة الاتصال المؤسسي في «السعودية»": the firm's
    if np is not None and np.kind == "document" and np.end - np.start >= 3 and ctx.words[np.end - 1] \
            and ctx.norms[np.end - 1] in _ISSUED_ADJ and (np.end >= limit or not ctx.words[np.end]
                                                          or ctx.norms[np.end] not in ("عن", "من")):
        np = replace(np, src_end=ctx.ends[np.end - 2])  # "تقرير صندوق النقد الدولي | الصادر أمس" (walked, not named)
    if np is not None and np.kind == "media" and np.end - np.start == 1 and ctx.norms[np.start] in _CHANNEL \
            and _word(ctx, np.end, limit) and ctx.norms[np.end].isdigit() and len(ctx.norms[np.end]) <= 2:
        np = replace(np, end=np.end + 1, src_end=ctx.ends[np.end], media_end=max(np.media_end, np.end + 1))
        # "أفادت القناة 12 العبرية": the channel by its number (its adjectives next)
    if np is not None and np.kind == "media" and np.end - np.start <= 2 and is_definite(ctx.norms[np.start]) \
            and (np.end - np.start == 1 or ctx.norms[np.end - 1].isdigit()) \
            and _word(ctx, np.end, limit) and is_definite(ctx.norms[np.end]) and is_nisba(ctx.norms[np.end]):
        e = np.end
        while _word(ctx, e, limit) and e - np.end < 3 and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e]) \
                and not ctx.norms[e].endswith(("يون", "يين")):
            e += 1  # "ونقلت القناة الرياضية السعودية عن": the channel and its adjectives
        np = replace(np, end=e, src_end=ctx.ends[e - 1], media_end=max(np.media_end, e))
    if np is not None and np.kind in ("anonymous", "unnamed_official") and not np.named and np.end + 3 < limit \
            and ctx.words[np.end] and ctx.norms[np.end] in _PRIZE_HOLDER:
        k = np.end + 1 + (ctx.norms[np.end + 1] == "علي")
        if _word(ctx, k + 1, limit) and bare(ctx.norms[k]) in _PRIZE:
            k = max(k + 2, def_chain(ctx, k + 1, limit)) if is_definite(ctx.norms[k + 1]) else k + 2  # جائزة نوبل
            if _word(ctx, k, limit) and (ctx.norms[k] in _OF_FIELD or ctx.norms[k][:1] == "ل" and is_definite(ctx.norms[k][1:])):
                k += 1  # جائزة نوبل للاقتصاد
            if _word(ctx, k, limit) and name_start(ctx, k, after_role=True):
                e = name_chain(ctx, k, limit, after_role=True)
                if e > k:  # "الاقتصادي الحائز جائزة نوبل ستيفن مارلو": the prize he holds, then his name
                    return NP(np.start, e, ctx.starts[k], ctx.ends[e - 1], "named_person", np.head,
                              role=" ".join(ctx.norms[np.start:k]), named=True, feminine=np.feminine)
    if np is not None and np.kind == "named_organization" and ctx.norms[np.start] in _OFFICE_OF and np.end < limit \
            and np.end - np.start >= 2 and in_lexicon(ctx.norms[np.start + 1], ROLE_HEADS) and ctx.words[np.end] \
            and np.end in ctx.entity_at and ctx.entity_at[np.end].type == "PER" \
            and ctx.entity_at[np.end].start == ctx.starts[np.end]:
        e = min(limit, ctx.entity_end_tok.get(np.end, np.end + 1))
        np = replace(np, end=e, src_end=ctx.ends[e - 1])  # "مكتب رئيس الوزراء دافيد كاهانوف": whose office
    if np is None and n and not strip and not is_definite(n) and n not in FIRST_NAMES and len(n) >= 4 \
            and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _ANOTHER_ONE and n not in VERB_FORMS \
            and not _stopword(n) and not is_verb_like(n) and i not in ctx.entity_at:
        return NP(i, i + 2, ctx.starts[i], ctx.ends[i + 1], "anonymous", n)  # "مسافر آخر": another passenger
    if np is not None and np.kind == "named_person" and np.start == i and n.endswith("و") and len(n) >= 4 \
            and not strip and (_lookup(n[:-1], ANON_HEADS) or _lookup(n[:-1], OCCUPATIONS)) and n not in FIRST_NAMES \
            and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]):
        e = def_chain(ctx, i + 1, limit)  # "سائقو الميكروباص": the drivers of minibuses, not a man (the tagger's PER)
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", n[:-1], definite=False)
    if np is not None and np.kind == "named_person" and np.named and np.end - np.start == 2 and np.start == i \
            and ctx.norms[np.end - 1].startswith("ال") and ctx.norms[np.end - 1].endswith("يه") \
            and nationality_adj(ctx.norms[np.end - 1]) and not np.role:
        # "زين السعودية"، "فودافون القطرية": a company by its country, not a woman's family name
        return replace(np, kind="named_organization", named=False)
    if np is not None and np.kind == "named_person" and np.named:
        k = ctx.tok_at_char(np.src_start)
        if np.start < k < np.end - 1 and ctx.norms[k] in _RANK_QUALIFIERS and ctx.norms[k - 1] in _RANKS:
            np = replace(np, src_start=ctx.starts[k + 1])  # "اللواء بحري محمد الشناوي": the rank's branch
    if np is None or np.named or np.kind not in ("anonymous", "unnamed_official", "named_organization") or np.start != i:
        return np
    if not _lookup(ctx.norms[i], ANON_HEADS):
        return np
    # the post right after the occupation, or one its modifiers ran into ("تاجر الذهب في سوق البلد عضو لجنة …")
    e = next((k for k in range(i + 1, np.end + 1) if _word(ctx, k, limit) and not is_definite(ctx.norms[k])
              and _lookup(ctx.norms[k], ROLE_HEADS) and ctx.norms[k] not in FIRST_NAMES), -1)
    if e < 0:
        return np
    post = _parse_np(ctx, e, limit, feminine=feminine)
    if post is None or post.start != e or post.kind != "named_person" or not post.named or not post.role \
            or post.end <= np.end:
        return np
    return NP(i, post.end, post.src_start, post.src_end, "named_person", post.head,
              role=" ".join(ctx.norms[i:e]) + " " + post.role, named=True, feminine=post.feminine)


def _governor(ctx: Context, i: int, limit: int) -> bool:
    """"والي بنك المغرب"، "والي الجهة": the Maghreb's governor, written with ي in a text that
    writes إلى with ى (so no وإلى), before the body or region he heads."""
    return ctx.raw[i] == "والي" and not ctx.ya_for_maqsura and _word(ctx, i + 1, limit) and (
        _lookup(ctx.norms[i + 1], ORG_HEADS) or _is_place(ctx, i + 1) or ctx.norms[i + 1] in _REGION_WORDS_OF_MAYOR)


def _name_like_a_particle(ctx: Context, i: int) -> bool:
    """"فان رودن"، "فان دير": a person's name of several words the tagger found, whose first word
    is spelled like فإن (no particle here)."""
    if ctx.raw[i] == "آنا" and i + 1 < len(ctx.norms) and ctx.words[i + 1] and not _stopword(ctx.norms[i + 1]) \
            and not is_definite(ctx.norms[i + 1]) and ctx.norms[i + 1] not in VERB_FORMS:
        return True  # "أما آنا كوفاليفا، …": the given name with madda, never the pronoun أنا
    return ctx.norms[i] == _FAN and i in ctx.entity_at and ctx.entity_at[i].type == "PER" \
        and ctx.entity_end_tok.get(i, i + 1) > i + 1


_FAN = fold("فان")


def _parse_np(ctx: Context, i: int, limit: int, *, feminine: bool = False, strip: str = "") -> NP | None:
    """The source phrase starting at token ``i`` (``None`` when none starts there).

    ``strip``: a preposition (ل) that a cue put on the first word (وفقا لتقرير ...): it is
    left out of the source span."""
    if i >= limit or not ctx.words[i]:
        return None
    n = ctx.norms[i]
    if not strip and n.startswith("لل") and len(n) > 4 and i > 0 and ctx.norms[i - 1] in VERB_FORMS \
            and n not in FIRST_NAMES and n not in ctx.person_tokens:
        return None  # "وقال للوزارة إن": whom he told, never the subject
    if n in _FEW_OF and _word(ctx, i + 2, limit) and ctx.norms[i + 1] == "من":
        inner = _parse_np(ctx, i + 2, limit)  # "وقال اثنان من مستشاري الحكومة، طلبا عدم نشر اسميهما، إن"
        if inner is not None and inner.start == i + 2 and inner.kind in ("anonymous", "unnamed_official") and n != "عدد":
            # (not "عدد من المعدنين في منطقة العبيدية": a number of them, where they work, read below)
            return NP(i, inner.end, ctx.starts[i], inner.src_end, "anonymous", inner.head)
        g = ctx.norms[i + 2]
        if inner is None and g.endswith("ي") and len(g) >= 5 and not is_definite(g) \
                and (_lookup(g[:-1], ANON_HEADS) or _lookup(g[:-1], ROLE_HEADS)) \
                and _word(ctx, i + 3, limit) and is_definite(ctx.norms[i + 3]):
            e = def_chain(ctx, i + 3, limit, org=True)  # (مستشاري الحكومة: a plural in construct)
            return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", g)
    if n == _DEFENCE_OF and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _THE_ACCUSED:
        return NP(i, i + 2, ctx.starts[i], ctx.ends[i + 1], "anonymous", n)  # "دفاع المتهمين": their lawyers, unnamed
    if n in _KIN and _word(ctx, i + 1, limit) and (ctx.norms[i + 1] in FIRST_NAMES and ctx.norms[i + 1] != "علي"
                                                   or i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "PER"):
        e = name_chain(ctx, i + 1, limit)
        if e > i + 1:  # "فيما أشار جاره محمود الحوسني إلى أن": his neighbour, named
            return NP(i, e, ctx.starts[i + 1], ctx.ends[e - 1], "named_person", n, role=n, named=True)
    if n in (fold("أم"), fold("أب"), fold("ام"), fold("اب")) and _word(ctx, i + 1, limit) and ctx.norms[i + 1][:1] == "ل" \
            and not is_definite(ctx.norms[i + 1]) and (ctx.norms[i + 1][1:] in _CHILDREN or ctx.norms[i + 1][1:] in _COUNTS and ctx.norms[i + 1][1:] != "عده"):
        e = i + 2 if ctx.norms[i + 1][1:] in _CHILDREN else min(limit, i + 3)  # "أم لثلاثة أطفال"
        e = _modifiers(ctx, e, limit, False)  # "وقالت أم لطفلين في حي مصر الجديدة": a mother
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", n)
    if n in _KUNYA and n not in ("ابي",) and _word(ctx, i + 1, limit) and ctx.norms[i + 1] != "علي" \
            and not is_definite(ctx.norms[i + 1]) and not (i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "LOC") \
            and ctx.norms[i + 1] not in FIRST_NAMES and len(ctx.norms[i + 1]) >= 3 and not _stopword(ctx.norms[i + 1]) \
            and ctx.norms[i + 1] not in VERB_FORMS and not is_verb_like(ctx.norms[i + 1]) \
            and not complementizer(ctx.norms[i + 1]) and i + 1 not in ctx.entity_at \
            and (i + 2 >= limit or not ctx.words[i + 2] or complementizer(ctx.norms[i + 2])):
        e = i + 2  # "وتقول أم حيدر، وهي نازحة …": a kunya whose son's name no list knows
        return NP(i, e, ctx.starts[i] + len(strip), ctx.ends[e - 1], "named_person", n, named=True,
                  feminine=n in (fold("أم"), fold("ام")))
    if n[len(strip):] in _DUAL_BODIES and _word(ctx, i + 1, limit) and i + 1 in ctx.entity_at \
            and ctx.entity_at[i + 1].type in ("ORG", "MISC", "PER"):
        e = min(limit, ctx.entity_end_tok.get(i + 1, i + 2))  # "مجموعتا جنرال موتورز وكرايسلر": the two firms
        if _word(ctx, e, limit) and ctx.norms[e][:1] == "و" and len(ctx.norms[e]) > 3 and not is_definite(ctx.norms[e][1:]) \
                and ctx.norms[e] not in VERB_FORMS:
            e = min(limit, ctx.entity_end_tok.get(e, e + 1))
        while _word(ctx, e, limit) and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e].rstrip("ن")) and e - i < 8:
            e += 1  # (الأمريكيتان)
        return NP(i, e, ctx.starts[i] + len(strip), ctx.ends[e - 1], "named_organization", n, named=True, pair=True)
    if n[len(strip):] in _DECLARATION and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _FINAL_JOINT:
        e = def_chain(ctx, i + 2, limit, org=True) if _word(ctx, i + 2, limit) and ctx.norms[i + 2].startswith("لل") else i + 2
        return NP(i, max(e, i + 2), ctx.starts[i] + len(strip), ctx.ends[max(e, i + 2) - 1], "document", n,
                  definite=True)  # "وأكد الإعلان الختامي للقمة أن": the summit's declaration
    if n in _CLEARING and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _CUSTOMS_ADJ:
        # "مخلص جمركي يعمل في الميناء …، فضل عدم ذكر اسمه، أن": a customs broker (مخلص is also a given name)
        e = _modifiers(ctx, i + 2, limit, False)
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", n)
    if n in _DUAL_POSTS and not (_word(ctx, i + 1, limit) and (
            ctx.norms[i + 1] in FIRST_NAMES and ctx.norms[i + 1] != "علي" or i + 1 in ctx.entity_at)):
        # "ولم يعلق الوزيران": the two officials named before ("المسؤولان الدوليان": with their adjective)
        e = i + 1
        while _word(ctx, e, limit) and e - i < 3 and is_definite(ctx.norms[e]) and ctx.norms[e].endswith(("ان", "ين")) \
                and not _stopword(ctx.norms[e]):
            e += 1
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "unnamed_official", n, role=" ".join(ctx.norms[i:e]), definite=True)
    if n == _STATE and _word(ctx, i + 1, limit) and _is_place(ctx, i + 1):
        e = i + 2  # "دولة الكويت"، "دولة الإمارات العربية المتحدة": a state
        while _word(ctx, e, limit) and e - i < 5 and (_is_place(ctx, e) or ctx.norms[e] in ("العربيه", "المتحده")):
            e += 1
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "named_organization", "دوله", named=True)
    if not is_definite(n) and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _WORKS_AS \
            and (_lookup(n, ANON_HEADS) or _lookup(n, ROLE_HEADS)) and n not in FIRST_NAMES:
        e = i + 2  # "مقاول يعمل في مشروع لإنشاء مدارس في منطقة مكة المكرمة": who he is, unnamed
        while _word(ctx, e, limit) and e - i < 16 and ctx.norms[e] not in VERB_FORMS and not complementizer(ctx.norms[e]):
            e += 1
        kind = "unnamed_official" if _lookup(n, ROLE_HEADS) and not _lookup(n, ANON_HEADS) else "anonymous"
        return NP(i, e, ctx.starts[i], ctx.ends[i], kind, n)  # (the shortest span that names him: مقاول)
    if n in _CENTRAL and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) and is_nisba(ctx.norms[i + 1]) \
            and not ctx.norms[i + 1].endswith(("يون", "يين")):
        # "المركزي الإماراتي: …"، "وقال المركزي المصري إن": a country's central bank, by its adjective
        return NP(i, i + 2, ctx.starts[i], ctx.ends[i + 1], "named_organization", n, named=True)
    k = _honorific_end(ctx, i, limit)
    if k > i:
        # "معالي وزير المالية …"، "صاحب السمو الملكي الأمير …"، "سمو أمير المنطقة": the honorific is
        # no part of the name or post
        inner = parse_np(ctx, k, limit, feminine=feminine)
        if n == "خادم" and inner is not None and inner.kind != "named_person":
            inner = None  # "أطلع خادم الحرمين الشريفين | المجلس على": the object, not his name
        if inner is not None and inner.start == k and inner.kind == "named_person" and inner.src_start > ctx.starts[k] \
                and ctx.norms[k] in FIRST_NAMES and not is_definite(ctx.norms[k]) and inner.src_start == ctx.starts[k + 1]:
            inner = replace(inner, src_start=ctx.starts[k], role="")  # "معالي فلاح محمد الأحبابي": a given name, no trade
        if inner is not None and inner.start == k:
            if n == "خادم" and inner.kind == "named_person":
                # the King's title is his post too ("خادم الحرمين الشريفين الملك سلمان")
                return replace(inner, start=i, role=" ".join(ctx.norms[i:k] + ([inner.role] if inner.role else [])))
            return replace(inner, start=i)
        if n == "خادم" and k == i + 3:
            # "وقال خادم الحرمين الشريفين إن": the King, by his title alone
            return NP(i, k, ctx.starts[i], ctx.ends[k - 1], "unnamed_official", n, role=" ".join(ctx.norms[i:k]),
                      definite=True)
        return None
    if n in _DEMONSTRATIVES and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]):
        inner = parse_np(ctx, i + 1, limit, feminine=feminine)
        if inner is not None and inner.kind in ("anonymous", "unnamed_official", "document", "named_organization"):
            inner.start, inner.src_start, inner.definite = i, ctx.starts[i], True  # هؤلاء المحللون
            return inner
    if n in _THOSE_PEOPLE and (i + 1 >= limit or not ctx.words[i + 1] or complementizer(ctx.norms[i + 1])):
        # "ويؤكد هؤلاء أن": those just cited (the group before), not a name
        return NP(i, i + 1, ctx.starts[i], ctx.ends[i], "anonymous", n, definite=True)
    some = n in _SOME or (n[:1] in "وف" and n[1:] in _SOME)  # (وبعض المحللين كانوا توقعوا)
    if some and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) and (
            _lookup(ctx.norms[i + 1], ANON_HEADS) or _lookup(ctx.norms[i + 1], ROLE_HEADS)
            or ctx.norms[i + 1].startswith("الم") and ctx.norms[i + 1].endswith(("ين", "ون")) and len(ctx.norms[i + 1]) >= 7):
        # (and a participle in the plural: "بعض المشاركين في الاستطلاع")
        e = _modifiers(ctx, i + 2, limit, True)  # بعض المحللين، بعض المصرفيين في المنطقة
        return NP(i, e, ctx.starts[i] + (0 if n in _SOME else _prefix_chars(ctx, i, 1)), ctx.ends[e - 1],
                  "anonymous", bare(ctx.norms[i + 1]))
    if n in ("دول", "ودول") and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) \
            and not _stopword(ctx.norms[i + 1]):
        e = def_chain(ctx, i + 1, limit, org=True, places=True)  # دول الخليج، دول مجلس التعاون
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "named_organization", "دول")
    if n in ("دول", "ودول") and _word(ctx, i + 1, limit) and bare_nisba(ctx.norms[i + 1]):
        e = i + 1  # "دول أوروبية عدة": countries left unnamed
        while _word(ctx, e, limit) and (bare_nisba(ctx.norms[e]) or ctx.norms[e] in INDEF_ADJECTIVES
                                        or ctx.norms[e] in ("عده", "عدة", "أخرى", "اخري")):
            e += 1
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", "دول")
    if n in _ALL and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) and not _stopword(ctx.norms[i + 1]) \
            and (ctx.norms[i + 1].endswith(("ات", "ون", "ين")) or ctx.norms[i + 1] in _GROUPS_OF
                 or _lookup(ctx.norms[i + 1], ANON_HEADS) or _lookup(ctx.norms[i + 1], ORG_HEADS)
                 or _lookup(ctx.norms[i + 1], ROLE_HEADS)):
        # (a broken plural too: "كافة المراصد الفلكية"، "جميع البنوك"، "كافة الأطراف")
        e = _modifiers(ctx, def_chain(ctx, i + 2, limit), limit, True)  # جميع المشاركين، كافة الشركات
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", bare(ctx.norms[i + 1]))
    if n in _ALL and _word(ctx, i + 1, limit) and not is_definite(ctx.norms[i + 1]):
        inner = parse_np(ctx, i + 1, limit, feminine=feminine)
        if inner is not None and inner.kind in ("anonymous", "named_organization", "unnamed_official") \
                and inner.start == i + 1 and ctx.norms[i + 1].endswith(("ات", "ون", "ين")):
            # "جميع شركات الطيران العاملة على خطوط …": every one of an unnamed group
            return NP(i, inner.end, ctx.starts[i], inner.src_end, "anonymous", inner.head)
    after_count = _count_end(ctx, i, limit)
    if after_count > i and _word(ctx, after_count, limit) and ctx.norms[after_count].endswith("ا") \
            and _lookup(ctx.norms[after_count][:-1], ANON_HEADS):
        e = _modifiers(ctx, after_count + 1, limit, False)  # "أكثر من 20 مستثمرا": the noun after 11-99
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", ctx.norms[after_count][:-1])
    if after_count > i and _word(ctx, after_count, limit) and (_lookup(ctx.norms[after_count], ANON_HEADS)
                                                       or _lookup(ctx.norms[after_count], ROLE_HEADS)):
        inner = parse_np(ctx, after_count, limit)
        if inner is not None and inner.kind in ("anonymous", "unnamed_official") and inner.start == after_count:
            # "ثلاثة محللين"، "أكثر من 20 مستثمرا"، "عشرات المتعاملين": a number of unnamed people
            return NP(i, inner.end, ctx.starts[i] + (_prefix_chars(ctx, i, 1) if n[:1] == "و" and n[1:] in _COUNTS else 0),
                      inner.src_end, inner.kind, inner.head)
    share = _share_of(ctx, i, limit)
    if share == i and n[:1].isdigit() and _word(ctx, i + 3, limit) and ctx.norms[i + 1] == "في" \
            and ctx.norms[i + 2] in _PERCENT_WORDS and ctx.norms[i + 3] in _OF_THEM:
        return NP(i, i + 4, ctx.starts[i], ctx.ends[i + 3], "anonymous", ctx.norms[i + 3])  # "23 في المائة منهم"
    if (n in _ABOUT or n in _FRACTIONS) and _word(ctx, i + 1, limit) and (
            ctx.norms[i + 1][:1].isdigit() or ctx.norms[i + 1] in _SHARE_WORDS or ctx.norms[i + 1] in _FRACTIONS
            or n in _FRACTIONS and is_definite(ctx.norms[i + 1])):
        k = i + 1 if n in _ABOUT and ctx.norms[i + 1] in _FRACTIONS else i
        inner = parse_np(ctx, k + 1, limit) if k > i or n in _FRACTIONS else parse_np(ctx, i + 1, limit)
        if inner is not None and inner.start in (i + 1, k + 1) and inner.kind == "anonymous":
            return NP(i, inner.end, ctx.starts[i], inner.src_end, "anonymous", inner.head)  # "نحو ثلث المشاركين في المسح"
    if share == i and n[:1].isdigit() and i + 2 < limit and not ctx.words[i + 1] and ctx.raw[i + 1] == "%" \
            and ctx.words[i + 2] and ctx.norms[i + 2] in _OF_THEM:
        return NP(i, i + 3, ctx.starts[i], ctx.ends[i + 2], "anonymous", ctx.norms[i + 2])  # "28% منهم": a share of those named
    if _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _OF_THEM and (n[:1].isdigit() or n in _COUNTS
                                                                      or n in _SHARE_WORDS):
        return NP(i, i + 2, ctx.starts[i], ctx.ends[i + 1], "anonymous", ctx.norms[i + 1])  # "ثمانية منهم": some of those named
    if n in _SOME_OF and _word(ctx, i + 1, limit) and (ctx.norms[i + 1] in _OWNER_GROUPS or (
            not is_definite(ctx.norms[i + 1]) and _lookup(ctx.norms[i + 1], ANON_HEADS))):
        inner = parse_np(ctx, i + 1, limit)  # (and "بعض تجار الذهب"، "بعض موزعي مواد البناء")
        if inner is not None and inner.start == i + 1 and inner.kind == "anonymous":
            return NP(i, inner.end, ctx.starts[i], inner.src_end, "anonymous", inner.head)  # "بعض أصحاب المحلات"
    if share > i and _word(ctx, share, limit):
        inner = parse_np(ctx, share, limit)
        if inner is not None and inner.kind == "anonymous" and inner.start == share:
            # "60 في المائة من المشاركين في الاستطلاع"، "نصف المستثمرين": a share of a group
            return NP(i, inner.end, ctx.starts[i], inner.src_end, "anonymous", inner.head)
    if (n in _COUNTS or n[:1].isdigit()) and n not in _QUANTITY and _word(ctx, i + 2, limit) and ctx.norms[i + 1] == "من":
        s = i + 2
        if ctx.norms[s] == "اصل" and _word(ctx, s + 2, limit) and (ctx.norms[s + 1] in _COUNTS or ctx.norms[s + 1][:1].isdigit()):
            s += 2  # "ستة من أصل ثمانية محللين": six of the eight
        inner = parse_np(ctx, s, limit) if _word(ctx, s, limit) else None
        if (inner is None or inner.start != s) and s > i + 2 and _word(ctx, s - 1, limit):
            inner = parse_np(ctx, s - 1, limit)  # "64 من أصل 70 اقتصاديا": the count and whom it counts
            s = s - 1
        if inner is not None and inner.start == s and inner.kind in ("anonymous", "unnamed_official") and not inner.named:
            return NP(i, inner.end, ctx.starts[i], inner.src_end, "anonymous", inner.head)  # "ثلاثة من المحللين"
    if n in _QUANTITY and _word(ctx, i + 2, limit) and ctx.norms[i + 1] == "من":
        inner = parse_np(ctx, i + 2, limit)
        if inner is not None and inner.kind == "unnamed_official" and not inner.named and not is_definite(ctx.norms[i + 2]):
            inner = replace(inner, kind="anonymous")  # "عدد من مسؤولي مكاتب السفر": some officials, a group
        if inner is not None and (inner.kind == "anonymous" or ctx.norms[i + 2] in _DEF_BODIES):
            e = inner.end
            if inner.kind == "anonymous" and _word(ctx, e, limit) and ctx.norms[e].startswith("وال") \
                    and (_lookup(ctx.norms[e][1:], ANON_HEADS) or _lookup(ctx.norms[e][1:], OCCUPATIONS)
                         or ctx.norms[e].endswith(("ين", "ون")) and len(ctx.norms[e]) >= 7):
                e += 1  # "عدد من التجار والدلالين": a second group of the same kind
            e = _modifiers(ctx, e, limit, True) if inner.kind == "anonymous" else e
            # ("عدد من المستحقين في الدمام": where they are)
            return NP(i, e, ctx.starts[i], max(inner.src_end, ctx.ends[e - 1]), "anonymous", inner.head)  # مجموعة من الشركات
    if n in _EACH and (_word(ctx, i + 2, limit) or i + 2 in ctx.quote_open_tok) and ctx.norms[i + 1] == "من":
        both = _pair(ctx, i + 2, limit, feminine, each=True)  # كل من البنك الأهلي وبنك الرياض
        if both is not None:
            return replace(both, start=i)  # (the phrase opens at كل: what follows the verb is the pair)
    if n in _DUAL_HEADS and _word(ctx, i + 1, limit):
        both = _pair(ctx, i + 1, limit, feminine, dual=True)  # شركتا أرامكو وسابك
        if both is not None:
            both.start, both.src_start = i, ctx.starts[i]
            return both
    counted = (n[:1].isdigit() or n in _COUNTS) and _word(ctx, i + 1, limit) and not is_definite(ctx.norms[i + 1]) \
        and (_lookup(ctx.norms[i + 1], ORG_HEADS) or ctx.norms[i + 1] in _BODIES)
    if counted or n in _BODIES or (n[:1] == "و" and n[1:] in _BODIES and i > 0 and not ctx.words[i - 1]) \
            or n in _OFFICES and _word(ctx, i + 1, limit) and bare_nisba(ctx.norms[i + 1]):
        # (".. ومنشآت صغيرة: …": و on a headline's second source)
        e = i + 2 if counted else anon_genitive(ctx, i + 1, limit)  # 95 شركة، عدة شركات تابعة، شركات النفط
        while _word(ctx, e, limit) and not is_definite(ctx.norms[e]) and (
                bare_nisba(ctx.norms[e]) or ctx.norms[e] in INDEF_ADJECTIVES or ctx.norms[e] in _FOLLOWERS):
            e += 1
        e = _modifiers(ctx, e, limit, is_definite(ctx.norms[e - 1]))  # مجتمعات السكان الأصليين في المنطقة
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", ctx.norms[i + 1] if counted else n)
    if (n in _LATEST or (strip and n[:1] == strip and n[1:] in _LATEST)) and _word(ctx, i + 1, limit) \
            and ctx.norms[i + 1] in _UPDATES:
        e = i + 2
        if _word(ctx, e + 1, limit) and ctx.norms[e] in ("علي", "في") and bare(ctx.norms[e + 1]) in _SITE \
                and is_definite(ctx.norms[e + 1]):
            e = def_chain(ctx, e + 1, limit, org=True)
        # "وفقا لآخر تحديث على الموقع الرسمي للبنكين": the latest update of a page
        return NP(i, e, ctx.starts[i] + (_prefix_chars(ctx, i, 1) if n not in _LATEST else 0), ctx.ends[e - 1],
                  "document", ctx.norms[i + 1])
    if (n in _LATEST or (strip and n[:1] == strip and n[1:] in _LATEST)) and _word(ctx, i + 1, limit) \
            and _lookup(ctx.norms[i + 1], DOC_HEADS):  # (and "آخر إحصاءات الهيئة")
        inner = parse_np(ctx, i + 1, limit, feminine=feminine)
        if inner is not None and inner.kind == "document" and inner.start == i + 1:
            # "أحدث البيانات"، "وفقا لآخر البيانات المتاحة على موقع …": the latest release
            inner.start, inner.src_start = i, ctx.starts[i] + (_prefix_chars(ctx, i, 1) if n not in _LATEST else 0)
            return inner
    if (_stopword(n) and not _masha_allah(ctx, i, limit) and not ctx.ali_tagged(i) and not ali_speaking(ctx, i, limit)
            and not (n in ("ام", "أم") and name_start(ctx, i)) and not _governor(ctx, i, limit)
            and not _name_like_a_particle(ctx, i)) \
            or (n in SPEECH_EVENTS and not _lookup(n, DOC_HEADS) and not _forum_body(ctx, i, limit)):
        return None
    pre = 0
    if strip and n.startswith(strip) and not n.startswith("ال") and len(n) > 3:
        # وفقا للبيانات: the preposition and the article's lam go (بيانات), as the span must be verbatim
        two = strip == "ل" and n.startswith("لل") and len(n) > 4 and n[1:] not in HEAD_WORDS
        pre = _prefix_chars(ctx, i, 2 if two else len(strip))  # (للائحة، للجنة: لـ on a word that starts with ل)
    s0 = ctx.starts[i] + pre

    def make(end: int, kind: str, **kw) -> NP:
        return NP(i, end, s0, ctx.ends[end - 1], kind, kw.pop("head", bare(n)), **kw)

    if n in _MAYOR and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _THE_REGION \
            and not (i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "PER") \
            and (i + 2 >= limit or not ctx.words[i + 2] or complementizer(ctx.norms[i + 2])):
        # "وأضاف أمين المنطقة أن": the region's mayor named before, a post (أمين is no given name here)
        return NP(i, i + 2, ctx.starts[i], ctx.ends[i + 1], "unnamed_official", n, role=" ".join(ctx.norms[i:i + 2]),
                  definite=True)
    if n in _MAYOR and _word(ctx, i + 2, limit) and ctx.norms[i + 1] in _REGION_WORDS_OF_MAYOR \
            and (_is_place(ctx, i + 2) or not is_definite(ctx.norms[i + 2])) and ctx.norms[i + 2] not in FIRST_NAMES:
        # "أمين منطقة عسير المهندس فايز الوادعي"، "أمين محافظة جدة": the mayor of a region, a post
        e = i + 3
        if i + 2 in ctx.entity_at and ctx.entity_at[i + 2].type == "LOC" and ctx.entity_end_tok.get(i + 2, e) > e \
                and all(ctx.words[t] for t in range(i + 2, ctx.entity_end_tok[i + 2])):
            e = ctx.entity_end_tok[i + 2]  # "أمين منطقة المدينة المنورة": a region of two words
        elif _word(ctx, e, limit) and ctx.norms[e] in _CITY_EPITHETS:
            e += 1  # "أمين منطقة مكة المكرمة": the city's epithet
        return _post_then_name(ctx, i, e, limit, n, feminine)
    if n in _MAYOR and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _SECRET:
        # "أمين سر الرئاسة الفلسطينية نبيل صالح عمرو"، "أمين سر حركة فتح": the secretary, a post
        e = i + 2
        ent = ctx.entity_at.get(e)
        if ctx.norms[i + 1] == "سر" and _word(ctx, e, limit) and not (ent is not None and ent.type == "PER"):
            e = max(e + 1, def_chain(ctx, e, limit, org=True)) if is_definite(ctx.norms[e]) or (
                ent is not None and ent.type == "ORG") or _lookup(bare(ctx.norms[e]), ORG_HEADS) else e
            if ent is not None and ent.type == "ORG":
                e = max(e, ctx.entity_end_tok.get(i + 2, e))
            if e > i + 2 and e + 2 < limit and _word(ctx, e, limit) and ctx.norms[e][:1] == "ل" \
                    and _lookup(ctx.norms[e][1:], ORG_HEADS):
                k = e + 1  # "أمين سر المجلس الثوري لحركة «فتح» عدنان الريس": the movement the council is of
                if k < limit and not ctx.words[k] and 1 < ctx.quote_open_tok.get(k, 10 ** 9) - k <= 4:
                    k = ctx.quote_open_tok[k] + 1
                elif ctx.norms[k] in KNOWN_ORGS or (k in ctx.entity_at and ctx.entity_at[k].type == "ORG"):
                    k = max(k + 1, ctx.entity_end_tok.get(k, k + 1))
                elif is_definite(ctx.norms[k]):
                    k = def_chain(ctx, k, limit, org=True)
                else:
                    k = e
                e = k
        return _post_then_name(ctx, i, e, limit, n, feminine)
    if n in _MAYOR and _word(ctx, i + 1, limit) and (_is_place(ctx, i + 1) or ctx.norms[i + 1] in _CITY_WORDS) \
            and _word(ctx, i + 2, limit) and name_start(ctx, i + 2, after_role=True):
        e = name_chain(ctx, i + 2, limit, after_role=True)
        if e > i + 2:  # أمين عمان يوسف ...: the city's mayor (أمين المدينة), then the name
            return NP(i, e, ctx.starts[i + 2], ctx.ends[e - 1], "named_person", n,
                      role=" ".join(ctx.norms[i:i + 2]), named=True, feminine=feminine)
    ent = ctx.entity_at.get(i)
    if "." in n and len(n) >= 4 and n[0].isalpha():
        e = i + 1  # جيه.إل.إل: a dotted acronym names a company, whatever a tagger says
        while _word(ctx, e, limit) and ctx.norms[e] in CORPORATE_SUFFIXES:
            e += 1
        return make(e, "named_organization", named=True)
    if ent is not None and _possessed_role(ctx, i, limit):
        ent = None  # أمينه العام: a role of the body named before, though tagged as a name
    elif ent is not None and ent.type == "PER" and n.startswith("ال") and _lookup(n, ROLE_HEADS) \
            and ctx.entity_end_tok.get(i, i + 1) > i + 2 and _word(ctx, i + 1, limit) \
            and not is_definite(ctx.norms[i + 1]):
        ent = None  # الفلاح صالح الجربي tagged whole: the role, then the name
    if ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(i, i + 1) == i + 1 and _construct_plural(ctx, i, limit):
        ent = None  # "مهنيو القطاع" tagged as a person: professionals of the trade
    if ent is not None and ent.type == "ORG" and is_definite(n) and in_lexicon(n, OCCUPATIONS) \
            and _word(ctx, i + 1, limit) and (ctx.norms[i + 1] in FIRST_NAMES or ctx.norms[i + 1] in _KUNYA):
        ent = None  # "المواطنة أم فيصل" tagged as a body: a citizen and her name
    if ent is not None and ent.type == "PER" and _officers_of_a_kind(ctx, i, limit):
        ent = None  # "مديرو موارد بشرية" tagged as a person
    if ent is not None and ent.type == "PER" and n not in FIRST_NAMES and n not in ctx.person_tokens - {n} \
            and (_lookup(n, ANON_HEADS) or _lookup(_head_key_of(n), ANON_HEADS)) and not _lookup(n, ROLE_HEADS):
        ent = None  # "مصدران مصرفيان" tagged as a person: unnamed sources
    if ent is not None and ent.type == "ORG" and _lookup(n, ROLE_HEADS) and not _lookup(n, ORG_HEADS) \
            and is_definite(n) and ctx.entity_end_tok.get(i, i + 1) - i <= 2 and _word(ctx, i + 1, limit) \
            and is_nisba(ctx.norms[i + 1]):
        ent = None  # "السفير السعودي" tagged as a body: a post and its nationality
    if ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(i, i + 1) == i + 1 and is_definite(n) \
            and (_lookup(n, OCCUPATIONS) or _lookup(n, ROLE_HEADS)) and _word(ctx, i + 1, limit) \
            and (ctx.norms[i + 1] in FIRST_NAMES or _ali(ctx, i + 1)):
        ent = None  # "الصياد | علي المرهون": a trade the tagger carried over from "الصياد حسن آل سيف", then a name
    if ent is not None and ent.type == "PER" and _lookup(n, MEDIA_TYPES) and not is_definite(n) \
            and ctx.entity_end_tok.get(i, i + 1) > i + 1:
        m = match_outlet(ctx, i, limit, preposition=bool(pre))
        if m is not None and not m.anaphor and m.end > i + 1:
            return NP(i, m.end, m.start_char, m.end_char, "media", bare(n), media_end=m.end)  # "وكالة كيودو" tagged as a person
    if ent is not None and ent.type == "LOC" and ctx.entity_end_tok.get(i, i + 1) == i + 1 and n in ctx.person_tokens \
            and not is_definite(n) and ctx.starts[i] == ent.start and i > 0 and ctx.words[i - 1] and ctx.norms[i - 1] in VERB_FORMS:
        return make(i + 1, "named_person", named=True, feminine=feminine)  # "وبينت كنعان" after "سهى كنعان": her, no place
    if ent is not None and ent.type == "ORG" and not is_definite(n) and _lookup(n, DOC_HEADS) and not _lookup(n, ORG_HEADS) \
            and ctx.entity_end_tok.get(i, i + 1) > i + 1 and ctx.starts[i] == ent.start:
        ent = None  # "بيانات البنك المركزي" tagged as a body: the body's data, a document
    if ent is not None and ent.type in ("PER", "ORG", "LOC"):
        e = entity_end(ctx, i, limit)
        if ent.type == "ORG":
            e = next((t for t in range(i + 2, e) if ctx.norms[t] in _STANCE_OBJECTS), e)
            # ("أكدت وزارة المالية | التزام الحكومة" tagged as one body: what it affirmed begins there)
        if ent.type == "PER" and e == i + 1 and n in KNOWN_ORGS:
            return make(e, "named_organization", named=True)  # "وقالت فودافون": a firm the tagger took for a man
        if ent.type == "PER":
            e = max(e, name_chain(ctx, i, limit))
            e = next((t for t in range(i + 1, e) if not_in_a_name(ctx, t, i)), e)
            # ("وقال خالد | بنبرة غاضبة": the tagger ran on into how he said it)
            if e - i >= 2 and ctx.raw[e - 2].startswith("ال") and not is_definite(ctx.norms[e - 1]) \
                    and ctx.norms[e - 1] not in FIRST_NAMES and _word(ctx, e, limit) \
                    and not _stopword(ctx.norms[e]) and not complementizer(ctx.norms[e]):
                e -= 1  # "واكد الحريري | تمسك تيار المستقبل": a noun with its genitive, not a name
            return make(e, "named_person", named=True, feminine=feminine)
        m = match_outlet(ctx, i, limit, preposition=bool(pre))
        if m is not None and not m.anaphor:
            return NP(i, m.end, m.start_char, m.end_char, "media", bare(n), media_end=m.end)
        if ent.type == "LOC" and _word(ctx, e, limit) and _lookup(ctx.norms[e], ORG_HEADS):
            return None  # a place in front of an organisation's name is not the subject
        if ent.type == "LOC" and e == i + 1 and _word(ctx, e, limit) and ctx.norms[e].startswith("لل") and len(ctx.norms[e]) >= 5 \
                and not _stopword(ctx.norms[e]) and (e + 1 >= limit or not ctx.words[e + 1] or complementizer(ctx.norms[e + 1])
                                                     or ctx.norms[e + 1] in VERB_FORMS or ctx.norms[e + 1] in TIME_WORDS):
            return make(e + 1, "named_organization", named=True)  # "قطر للسياحة"، "قطر للطاقة": a body named by its country
        if ent.type == "ORG" and e < limit and not ctx.words[e] and e in ctx.quote_open_tok \
                and ctx.quote_open_tok[e] <= ctx.entity_end_tok.get(i, e) and ctx.quote_open_tok[e] < limit \
                and all(ctx.words[t] for t in range(e + 1, ctx.quote_open_tok[e])):
            e = ctx.quote_open_tok[e] + 1  # "معهد "إيفو" للأبحاث الاقتصادية": the tagger stopped inside the marks
        end = def_chain(ctx, e, limit, org=True, places=True) if ent.type == "ORG" else e
        whole = ctx.entity_end_tok.get(i, i + 1) - i
        if end > e and (whole >= 3 or whole == 2 and ctx.norms[e - 1].startswith("ال") and ctx.norms[e] not in _ORDINALS) \
                and ctx.norms[e].startswith("ال") \
                and not is_nisba(ctx.norms[e]) and not _is_place(ctx, e) and not adjective_like(ctx.norms[e]):
            end = e  # "الوكالة الدولية للطاقة الذرية | التزام طهران": a whole name the tagger found takes no noun after it
            # ("أبقى البنك المركزي | الفائدة": two words whose last is definite, then the verb's object)
        end = max(e, end)
        while _word(ctx, end, limit) and ctx.norms[end] in CORPORATE_SUFFIXES:
            end += 1  # تسلا موتورز، توشيبا كورب
        return make(short_name_after(ctx, end, limit), "named_organization")

    m = match_outlet(ctx, i, limit, preposition=bool(pre))
    if m is not None and not m.anaphor and m.type_word in _AGENCY_WORDS and _rating_agency(ctx, m):
        e = m.end
        if _word(ctx, e, limit) and ctx.norms[e] in _RATING_WORDS:
            e = def_chain(ctx, e + 1, limit) if _word(ctx, e + 1, limit) else e + 1  # للتصنيف الائتماني
        return NP(i, e, m.start_char, ctx.ends[e - 1], "named_organization", bare(n), named=True)
    if m is not None:
        return NP(i, m.end, m.start_char, m.end_char, "media", bare(n), definite=m.anaphor,
                  media_end=m.end)

    if _masha_allah(ctx, i, limit):
        e = max(i + 4, name_chain(ctx, i + 3, limit, after_role=True))  # ما شاء الله الزوي: a compound given name
        return make(e, "named_person", named=True, feminine=feminine)
    if _officers_of_a_kind(ctx, i, limit):
        e = i + 2  # "مديرو موارد بشرية في شركات تجزئة": officers of a kind, unnamed
        while _word(ctx, e, limit) and _indef_adjective(ctx.norms[e]) and e - i < 5:
            e += 1
        # (مسؤولو, listed with the posts, are officials; مديرو موارد بشرية people of a trade)
        if e in ctx.quote_open_tok and bare(ctx.norms[e - 1]) in _BANK_OR_FIRM and 1 < ctx.quote_open_tok[e] - e <= 5 \
                and all(ctx.words[t] for t in range(e + 1, ctx.quote_open_tok[e])):
            e = ctx.quote_open_tok[e] + 1  # "محللو بنك «غولدمان ساكس»": the bank by its name in marks
        return make(_modifiers(ctx, e, limit, False), "unnamed_official" if n in ROLE_HEADS else "anonymous")
    if _construct_plural(ctx, i, limit):
        e = def_chain(ctx, i + 1, limit)  # منتجو البتروكيماويات السعوديون
        e = max(e, i + 2)
        if _word(ctx, e, limit) and ctx.norms[e] == "في" and _word(ctx, e + 1, limit):
            from .institutions import _institution

            k = _institution(ctx, e + 1, limit)
            if k == e + 1 and _word(ctx, e + 2, limit) and not is_definite(ctx.norms[e + 1]) \
                    and not _stopword(ctx.norms[e + 1]) and (_is_place(ctx, e + 2) or is_definite(ctx.norms[e + 2])):
                k = def_chain(ctx, e + 2, limit) if is_definite(ctx.norms[e + 2]) else e + 3  # "في مترو الرياض"
            if k > e + 1 and (k >= limit or not ctx.words[k]):
                e = k  # "مقاولو الباطن في مترو الرياض:": where they work
        return make(e, "anonymous")
    if n in ONE_OF_THEM:
        return make(i + 1, "anonymous", head=n)  # وقال أحدهم: one of a group named before
    if n in _ANOTHER and (i + 1 >= limit or not ctx.words[i + 1] or complementizer(ctx.norms[i + 1])
                          or ctx.norms[i + 1][:1] == "ب" and len(ctx.norms[i + 1]) > 3):
        return make(i + 1, "anonymous", head=n)  # "فيما توقع آخر أن …": another (of those just cited), unnamed
    if n in _ONE_OF and _word(ctx, i + 2, limit) and ctx.norms[i + 1] in _THESE and is_definite(ctx.norms[i + 2]) \
            and (_lookup(ctx.norms[i + 2], ANON_HEADS) or _lookup(ctx.norms[i + 2], ROLE_HEADS)):
        gen = ctx.norms[i + 2]  # "أحد هذه المصادر"، "أحد هؤلاء المسؤولين": one of those just cited
        kind = "unnamed_official" if _lookup(gen, ROLE_HEADS) and not _lookup(gen, ANON_HEADS) else "anonymous"
        return make(i + 3, kind, head=bare(gen))
    if n in _ONE_OF and _word(ctx, i + 2, limit) and ctx.norms[i + 1] in _GREAT_ONES:
        inner = _parse_np(ctx, i + 2, limit)  # "أحد كبار تجار الجملة في السوق": one of the big traders
        if inner is not None and inner.start == i + 2 and inner.kind in ("anonymous", "unnamed_official"):
            return NP(i, inner.end, ctx.starts[i], inner.src_end, "anonymous", inner.head)
    if n in _ONE_OF and _word(ctx, i + 1, limit):
        e = def_chain(ctx, i + 1, limit)
        gen = ctx.norms[i + 1]
        if e == i + 1 and (_lookup(gen, ANON_HEADS) or _lookup(gen, ROLE_HEADS)) and not is_definite(gen) \
                and _word(ctx, i + 2, limit) \
                and (ctx.norms[i + 2].startswith("ال") or _lookup(ctx.norms[i + 2], ORG_HEADS)) \
                and not _stopword(ctx.norms[i + 2]):
            # أحد أقارب الضحايا، إحدى موظفات الشركة، أحد أعضاء مجلس الوزراء
            e = def_chain(ctx, i + 2, limit, org=True) if not ctx.norms[i + 2].startswith("ال") \
                else def_chain(ctx, i + 2, limit)
        if e == i + 1 and (_lookup(gen, ANON_HEADS) or _lookup(gen, ROLE_HEADS)) and not is_definite(gen) \
                and _word(ctx, i + 2, limit) and _is_place(ctx, i + 2):
            e = max(i + 3, min(limit, ctx.entity_end_tok.get(i + 2, i + 3)))  # "أحد سكان نيروبي": of a town
        if e == i + 1 and (_lookup(gen, ANON_HEADS) or _lookup(gen, ROLE_HEADS)) and not is_definite(gen) \
                and _word(ctx, i + 2, limit) and ctx.norms[i + 2] in _MARKET_WORDS and _word(ctx, i + 3, limit):
            e = def_chain(ctx, i + 3, limit)  # "أحد تجار سوق الحريقة": one of the traders of a market
        if e == i + 1 and gen.endswith("ي") and len(gen) >= 5 and not is_definite(gen) \
                and _word(ctx, i + 2, limit) and is_definite(ctx.norms[i + 2]) and not _stopword(ctx.norms[i + 2]):
            e = def_chain(ctx, i + 2, limit)  # أحد موقعي النداء، أحد ممثلي الشركات: one of a group
        if e == i + 1 and not is_definite(gen) and not _stopword(gen) and _word(ctx, i + 3, limit) \
                and not is_definite(ctx.norms[i + 2]) and not _stopword(ctx.norms[i + 2]) \
                and ctx.norms[i + 2] not in VERB_FORMS and not is_verb_like(ctx.norms[i + 2]) \
                and is_definite(ctx.norms[i + 3]) and not _stopword(ctx.norms[i + 3]) \
                and i + 1 not in ctx.entity_at and i + 2 not in ctx.entity_at:
            e = def_chain(ctx, i + 3, limit)  # "أحد ملاك محال الجوالات": one of the owners of the shops of a trade
        if e == i + 1:
            return None
        kind = "unnamed_official" if _lookup(gen, ROLE_HEADS) and not _lookup(gen, ANON_HEADS) else "anonymous"
        e = _modifiers(ctx, e, limit, True)
        return make(e, kind, head=bare(gen))

    if n.endswith(("ون", "ين")) and len(n) >= 5 and not is_definite(n) and n not in FIRST_NAMES and i not in ctx.entity_at \
            and n not in ctx.person_tokens and _word(ctx, i + 1, limit) \
            and not any(_lookup(w, lex) for w in (n, n[:-2]) for lex in (ROLE_HEADS, ANON_HEADS)) \
            and ((n.endswith("ون") and (ctx.norms[i + 1] in _OTHERS
                                        or ctx.norms[i + 1] in ("في", "من") and _word(ctx, i + 2, limit)))
                 or (ctx.norms[i + 1].endswith(n[-2:]) and ctx.norms[i + 1][:-2].endswith("ي")
                     and bare_nisba(ctx.norms[i + 1]))):
        # "صرافون آخرون في كريتر"، "صرافون في منطقة المرجة": people of a trade, unnamed (and
        # "لكن مخلصين جمركيين في الميناء قالوا": a plural with its nisba in the same case)
        e = i + 2 if ctx.norms[i + 1] in _OTHERS or bare_nisba(ctx.norms[i + 1]) else i + 1
        return make(_modifiers(ctx, e, limit, False), "anonymous")
    chain = _word(ctx, i + 2, limit) and ctx.norms[i + 1] == _CHAIN and ctx.norms[i + 2] in _SHOP_PLURALS
    if (n in _OWNER and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _SHOPS) or (n in _OWNER_ANY and chain):
        # "مالك محل لقطع غيار السيارات في جدة": a shop's owner ("صاحب سلسلة محلات للعباءات": a chain's)
        e = _modifiers(ctx, i + 3 if chain else i + 2, limit, False)
        if _word(ctx, e, limit) and ctx.norms[e][:1] == "ل" and not is_definite(ctx.norms[e]) \
                and not match_outlet(ctx, e, limit, preposition=True):
            k = e + 1  # (لقطع غيار السيارات: what it sells)
            while _word(ctx, k, limit) and k - e < 3 and not is_definite(ctx.norms[k]) \
                    and not _stopword(ctx.norms[k]) and not is_verb_like(ctx.norms[k]):
                k += 1
            e = _modifiers(ctx, def_chain(ctx, k, limit) if _word(ctx, k, limit) else k, limit, False)
        elif _word(ctx, e, limit) and ctx.norms[e].startswith("لل") and len(ctx.norms[e]) > 4 \
                and not match_outlet(ctx, e, limit, preposition=True):
            e = _modifiers(ctx, e + 1, limit, False)  # "صاحب سلسلة محلات للعباءات في الدمام": what it sells
        return make(e, "anonymous", head=n)
    if (n in _BUSINESS_HEADS or n[:1] == "و" and n[1:] in _BUSINESS_HEADS and i > 0 and not ctx.words[i - 1]) \
            and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in ("الاعمال", "اعمال"):
        # (".. ورجال أعمال يحذرون": و on a headline's second subject)
        # "رجل الأعمال عبدالله العثيم"، "سيدة الأعمال نوف الغامدي"، "رجال أعمال سعوديون"
        k = i + 2
        while _word(ctx, k, limit) and is_nisba(ctx.norms[k]) and k - i < 4 \
                and is_definite(ctx.norms[k]) == is_definite(ctx.norms[i + 1]):
            k += 1
        if _word(ctx, k, limit) and ctx.norms[k].startswith("وال") and (
                _lookup(ctx.norms[k][1:], ROLE_HEADS) or _lookup(ctx.norms[k][1:], ANON_HEADS)):
            k += 1  # "رجل الأعمال والمطور العقاري محمد …": a second trade joined by و
            while _word(ctx, k, limit) and is_definite(ctx.norms[k]) and is_nisba(ctx.norms[k]) and k - i < 7:
                k += 1
        if _word(ctx, k, limit) and not is_definite(ctx.norms[k]) and name_start(ctx, k, after_role=True):
            e = name_chain(ctx, k, limit, after_role=True)
            if e > k:
                return NP(i, e, ctx.starts[k], ctx.ends[e - 1], "named_person", bare(n),
                          role=" ".join(ctx.norms[i:k]), named=True,
                          feminine=feminine or ctx.norms[i] in _BUSINESS_WOMEN)
        wa = _word(ctx, k, limit) and ctx.norms[k][:1] == "و" and len(ctx.norms[k]) > 3 \
            and not is_definite(ctx.norms[k][1:]) and bool(_lookup(ctx.norms[k][1:], ROLE_HEADS))
        if _word(ctx, k, limit) and not is_definite(ctx.norms[k]) and (
                _lookup(ctx.norms[k], ROLE_HEADS) or _lookup(ctx.norms[k], OCCUPATIONS) or wa):
            # "رجل الأعمال عضو مجلس إدارة الغرفة فيصل القحطاني": a post, then the name ("ووكيل …": a second one)
            post = parse_np(ctx, k, limit, strip="و" if wa else "")
            if post is not None and post.start == k and post.kind == "named_person" and post.named:
                return NP(i, post.end, post.src_start, post.src_end, "named_person", bare(n),
                          role=" ".join(ctx.norms[i:k]) + " " + (post.role or ""), named=True,
                          feminine=feminine or ctx.norms[i] in _BUSINESS_WOMEN)
        if not is_definite(ctx.norms[i + 1]) and _word(ctx, k, limit) and ctx.norms[k] in _TAKING_PART_PL:
            k += 1  # "سيدات أعمال مشاركات في الجلسة …": taking part in what follows (walked by _modifiers)
            if _word(ctx, k, limit) and ctx.norms[k] == "في":
                k = _modifiers(ctx, k, limit, False) if k > 0 else k
        elif not is_definite(ctx.norms[i + 1]):
            k = _modifiers(ctx, k, limit, False)  # "رجال أعمال في جدة"، "سيدات أعمال في «منتدى جدة»"
        return make(k, "anonymous", definite=is_definite(ctx.norms[i + 1]))
    role = _lookup(n, ROLE_HEADS) or (n if n in TITLES or keeper_post(ctx, i) else "")
    if role and n in AL_GIVEN and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in ("ولد", "بن"):
        role = ""  # "وقال المختار ولد داهي": the given name, not the village headman
    if not role and _possessed_role(ctx, i, limit):
        role = n[:-1]  # أمينه العام، مديره التنفيذي، رئيسه: a role of the body named before
    if not role and n in _THE_MAN and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in _ORDINAL_MEN:
        role = n  # "الرجل الثاني في تنظيم القاعدة أيمن الظواهري"، "الرجل الثالث في الخارجية": a post
    if role:
        return _role_phrase(ctx, i, limit, s0, feminine)

    if n in _COUNT_OF and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) \
            and not _lookup(ctx.norms[i + 1], ANON_HEADS):
        return None  # "بحسب عدد الأجهزة المشحونة": the count of things, no source (عدد من المحللين is)
    if _lookup(n, ANON_HEADS) or (n.endswith(("ون", "ين")) and len(n) >= 6 and n not in FIRST_NAMES and (
            _lookup(n[:-2], ROLE_HEADS) or _lookup(n[:-2], ANON_HEADS))):  # (مستشارون: the plural of a role)
        # a sound plural with its nun (مستثمرون، عقاريين) takes no genitive: a definite word
        # after it is the verb's object (وطالب مستثمرون الهيئة بالتدخل)
        e = i + 1 if is_definite(n) or (n.endswith(("ون", "ين")) and len(n) >= 5) else anon_genitive(ctx, i + 1, limit)
        e = _modifiers(ctx, e, limit, is_definite(n))
        t = e
        while t < e + 2 and _word(ctx, t, limit) and ctx.norms[t] in TITLES and is_definite(n):
            t += 1  # "المستثمر العقاري الأستاذ خالد …": a title before the name
        if t == e and is_definite(n) and _word(ctx, t + 1, limit) and ctx.norms[t].startswith("الم") \
                and len(ctx.norms[t]) > 5 and ctx.norms[t] not in FIRST_NAMES and (
                    ctx.norms[t + 1] in FIRST_NAMES or (t + 1 in ctx.entity_at and ctx.entity_at[t + 1].type == "PER")):
            t += 1  # "المقيم العقاري المعتمد حسان الجهني": a participle that qualifies him, then his name
        if t == e and is_definite(n) and _word(ctx, t + 3, limit) and ctx.norms[t].startswith("ال") \
                and ctx.norms[t + 1] in ("من", "في") and _is_place(ctx, t + 2) and (
                    ctx.norms[t + 3] in FIRST_NAMES or ctx.norms[t + 3] in _KUNYA
                    or (t + 3 in ctx.entity_at and ctx.entity_at[t + 3].type == "PER")):
            t += 3  # "الزائرة القادمة من الكويت أم يوسف": where she comes from, then her name
        if is_definite(n) and not n.endswith(("ون", "ين")) and _word(ctx, t, limit) and not is_definite(ctx.norms[t]) \
                and (ctx.norms[t] in FIRST_NAMES or (t in ctx.entity_at and ctx.entity_at[t].type == "PER")
                     or (ctx.norms[t] in _KUNYA and _word(ctx, t + 1, limit) and ctx.norms[t + 1] in FIRST_NAMES)):
            f = name_chain(ctx, t, limit, after_role=True)
            if f > t:  # "المستثمر العقاري خالد المبيض": a description, then the name
                return NP(i, f, ctx.starts[t], ctx.ends[f - 1], "named_person", bare(n),
                          role=" ".join(ctx.norms[i:e]), named=True, feminine=feminine)
        if e == i + 1 and not is_definite(n) and bare(n) in _DWELLERS and _word(ctx, e + 1, limit) \
                and not is_definite(ctx.norms[e]) and not _stopword(ctx.norms[e]) and ctx.norms[e] not in FIRST_NAMES \
                and is_definite(ctx.norms[e + 1]) and (adjective_like(ctx.norms[e + 1]) or is_nisba(ctx.norms[e + 1])) \
                and (e + 2 >= limit or not ctx.words[e + 2] or complementizer(ctx.norms[e + 2])
                     or ctx.norms[e + 2] in VERB_FORMS):
            e += 2  # "سكان مضايا المحاصرة: …"، "سكان حلب الشرقية": the town and its epithet
        if e == i + 1 and not is_definite(n) and _indefinite_genitive(ctx, n, e, limit):
            e += 1  # أطباء أطفال أن، أولياء أمور تحدثوا: an indefinite genitive before a clause
            e = _modifiers(ctx, e, limit, False)  # شيوخ عشائر في المنطقة
        if e == i + 1 or not is_known_outlet_in_marks(ctx, e, limit):
            e = short_name_after(ctx, e, limit)  # مصادر «الرياض»: the paper's sources
        return make(e, "anonymous", definite=is_definite(n))  # (مصادر مطلعة «الاقتصادية»: whom they told)

    group = group_source(ctx, i, limit)
    if group is not None:
        return make(group[0], group[1], definite=is_definite(n))
    if bare(n) == _DRAFT and _word(ctx, i + 1, limit) and bare(ctx.norms[i + 1]) in _DRAFTED:
        # "وأظهر مشروع الموازنة أن"، "وذكر مشروع القانون أن": a draft, a document
        return make(_year_after(ctx, _doc_chain(ctx, i + 1, limit), limit), "document", definite=is_definite(n))
    if n == "ال" + _DRAFT and any(ctx.words[t] and bare(ctx.norms[t]) == _DRAFT and t + 1 < len(ctx.norms)
                                  and bare(ctx.norms[t + 1]) in _DRAFTED for t in range(max(0, i - 400), i)):
        return make(i + 1, "document", definite=True)  # "وبحسب المشروع" after "مشروع الموازنة" named before
    if _lookup(n, DOC_HEADS):
        if bare(n) in _SITES and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in MEDIA_QUALIFIERS:
            e = i + 2
            while _word(ctx, e, limit) and (ctx.norms[e] in INDEF_ADJECTIVES or bare_nisba(ctx.norms[e])) and e - i < 4:
                e += 1
            return make(e, "media")  # "ذكرت مواقع إخبارية محلية": news sites, the media
        if bare(n) in _SITES and not is_definite(n) and _word(ctx, i + 2, limit) and ctx.norms[i + 1] in _SPECIALISED \
                and ctx.norms[i + 2][:1] == "ب" and len(ctx.norms[i + 2]) > 3:
            e = i + 3  # "بحسب مواقع متخصصة برصد أسعار الصرف": sites that track prices, what they track
            if _word(ctx, e, limit) and not is_definite(ctx.norms[i + 2][1:]) and not _stopword(ctx.norms[e]) \
                    and not complementizer(ctx.norms[e]) and not is_verb_like(ctx.norms[e]):
                e = def_chain(ctx, e, limit) if is_definite(ctx.norms[e]) else max(e + 1, def_chain(ctx, e + 1, limit))
            return make(e, "document")
        if (n in _REPORTS or bare(n) == "تقارير") and not (
                not is_definite(n) and _word(ctx, i + 1, limit) and not is_definite(ctx.norms[i + 1])
                and (_lookup(ctx.norms[i + 1], ORG_HEADS) and ctx.norms[i + 1] not in MEDIA_QUALIFIERS
                     or i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "ORG")):
            # (but "تقارير شعبة الأسمنت باتحاد الصناعات": a body's reports, its documents)
            e = i + 1
            while _word(ctx, e, limit) and ctx.norms[e] in MEDIA_QUALIFIERS:
                e += 1
            while e > i + 1 and _word(ctx, e, limit) and not is_definite(n) and (
                    ctx.norms[e] in INDEF_ADJECTIVES or bare_nisba(ctx.norms[e])):
                e += 1  # تقارير إعلامية محلية، تقارير صحفية إسرائيلية
            while is_definite(n) and _word(ctx, e, limit) and e - i < 3 and is_definite(ctx.norms[e]) \
                    and is_nisba(ctx.norms[e]) and not ctx.norms[e].endswith(("يون", "يين")):
                e += 1  # التقارير الاقتصادية، التقارير الإسرائيلية (an adjective, not the paper)
            return make(e, "media", definite=is_definite(n))
        if bare(n) in _VIEWS and not is_definite(n) and _word(ctx, i + 1, limit) and (
                _lookup(ctx.norms[i + 1], ROLE_HEADS) or ctx.norms[i + 1] in FIRST_NAMES
                or i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "PER") \
                and not _lookup(ctx.norms[i + 1], ORG_HEADS):
            inner = _parse_np(ctx, i + 1, limit)
            if inner is not None and inner.start == i + 1 and inner.kind in ("named_person", "unnamed_official", "anonymous"):
                return replace(inner, start=i)  # "وحسب تقديرات الخبير الاقتصادي X"، "وفق تقديرات مسؤولين عراقيين": theirs
        if bare(n) in _VIEWS and _word(ctx, i + 1, limit) and not is_definite(ctx.norms[i + 1]) \
                and _lookup(ctx.norms[i + 1], ANON_HEADS) and not _lookup(ctx.norms[i + 1], DOC_HEADS):
            e = _modifiers(ctx, i + 2, limit, False)  # "تقديرات محللين في بيوت استثمار محلية": the analysts'
            return make(e, "anonymous")
        if bare(n) in _SITE and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) \
                and not _lookup(ctx.norms[i + 1], ORG_HEADS) and i + 1 not in ctx.entity_at \
                and ctx.norms[i + 1] not in _ONLINE_WORDS and not is_nisba(ctx.norms[i + 1]):
            return None  # "حسب موقع اللوحة وحجمها": the place of a thing, not a website
        doc_end = _year_after(ctx, short_name_after(ctx, _doc_chain(ctx, i + 1, limit), limit), limit)
        if doc_end == i + 1 and not is_definite(n) and _word(ctx, i + 2, limit) and not is_definite(ctx.norms[i + 1]) \
                and ctx.norms[i + 1].endswith("ات") and len(ctx.norms[i + 1]) > 4 and not _stopword(ctx.norms[i + 1]) \
                and not is_verb_like(ctx.norms[i + 1]) and ctx.norms[i + 1] not in _VERB_FORMS() \
                and is_definite(ctx.norms[i + 2]) and not _stopword(ctx.norms[i + 2]) \
                and ctx.norms[i + 2] not in TIME_WORDS:
            doc_end = max(i + 3, def_chain(ctx, i + 2, limit))  # "نتائج اختبارات التحمل": what was tested
        if doc_end > i + 1 and _word(ctx, doc_end + 1, limit) and ctx.norms[doc_end] in _FOR_MONTH \
                and (ctx.norms[doc_end + 1] in TIME_WORDS or ctx.norms[doc_end + 1][:1].isdigit()):
            doc_end += 2  # "النشرة الإحصائية … «ساما» لشهر أكتوبر": the month it covers
            if _word(ctx, doc_end, limit) and ctx.norms[doc_end].isdigit() and len(ctx.norms[doc_end]) == 4:
                doc_end += 1  # ("لشهر يوليو 2015")
        if doc_end == i + 1 and not is_definite(n) and i + 1 < limit and ctx.raw[i + 1] in "«\"" \
                and i + 1 in ctx.quote_open_tok and 1 < ctx.quote_open_tok[i + 1] - (i + 1) <= 5 \
                and all(ctx.words[t] and not is_verb_like(ctx.norms[t]) and ctx.norms[t] not in _VERB_FORMS()
                        for t in range(i + 2, ctx.quote_open_tok[i + 1])) \
                and not complementizer(ctx.norms[i + 2]) and _word(ctx, ctx.quote_open_tok[i + 1] + 1, limit):
            e = ctx.quote_open_tok[i + 1] + 1  # "بيانات «ساما» الشهرية": whose data, a name in marks
            while _word(ctx, e, limit) and e - i < 6 and is_definite(ctx.norms[e]) and (
                    is_nisba(ctx.norms[e]) or adjective_like(ctx.norms[e])) and not _stopword(ctx.norms[e]):
                e += 1
            return make(e, "document", definite=False)
        return make(doc_end, "document", definite=is_definite(n))

    if n == _RESISTANCE and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) and is_nisba(ctx.norms[i + 1]) \
            and not ctx.norms[i + 1].endswith(("يون", "يين")):
        return make(i + 2, "named_organization", named=True)  # "قالت المقاومة الإسلامية في بيان": a body
    if _lookup(n, ORG_HEADS) and not is_definite(n):
        k = i + 1  # "شركة اتحاد اتصالات «موبايلي»": the firm's name, then its short name in marks
        while _word(ctx, k, limit) and k - i <= 3 and not is_definite(ctx.norms[k]) and not _stopword(ctx.norms[k]) \
                and ctx.norms[k] not in VERB_FORMS and not is_verb_like(ctx.norms[k]) and not complementizer(ctx.norms[k]):
            k += 1
        if i + 1 < k < limit and ctx.raw[k] in "«\"" and 1 < ctx.quote_open_tok.get(k, 10 ** 9) - k <= 4 \
                and all(ctx.words[t] for t in range(k + 1, ctx.quote_open_tok[k])):
            return make(ctx.quote_open_tok[k] + 1, "named_organization", named=True)
    if _lookup(n, ORG_HEADS) and not is_definite(n) and _word(ctx, i + 1, limit) \
            and _POSSESSED_PORTFOLIO.fullmatch(ctx.norms[i + 1]):
        return make(i + 2, "named_organization", named=True)  # "وزارة خارجيتها"، "وزارة داخليته": its ministry
    if _lookup(n, ORG_HEADS):
        e = def_chain(ctx, i + 1, limit, org=True, places=True, after_definite=article(ctx, i))
        if e == i + 1 and not is_definite(n) and i + 1 < limit and ctx.raw[i + 1] in "«\"" \
                and ctx.quote_open_tok.get(i + 1, 10 ** 9) < min(limit, i + 8):  # (كي بي إم جي: four words)
            e = ctx.quote_open_tok[i + 1] + 1  # شركة «نماء»: the name in marks
            if _word(ctx, e, limit) and ctx.norms[e].startswith("ال") and (
                    nationality_adj(ctx.norms[e]) or (is_nisba(ctx.norms[e]) and ctx.norms[e] not in DESCRIPTIONS)):
                e += 1  # شركة «بي بي» البريطانية: its nationality is part of how it is named
            elif _word(ctx, e, limit) and ctx.norms[e].startswith("لل") and len(ctx.norms[e]) > 4 \
                    and ctx.norms[e] not in _TOLD_PEOPLE and not _lookup(ctx.norms[e][2:], MEDIA_TYPES) \
                    and not _lookup("ال" + ctx.norms[e][2:], MEDIA_TYPES):
                e = def_chain(ctx, e, limit, org=True)  # معهد «إيفو» للأبحاث الاقتصادية: what the body is for
        elif e == i + 1 and not is_definite(n) and _word(ctx, i + 1, limit):
            nxt = ctx.norms[i + 1]
            seq = KNOWN_ORG_SEQS.get(nxt)
            if seq and tuple(ctx.norms[i + 1:i + 1 + len(seq)]) == seq:
                e = i + 1 + len(seq)
            elif nxt in KNOWN_ORGS or ctx.raw[i + 1][:1].isascii() and ctx.raw[i + 1][:1].isalpha():
                e = i + 2
                if i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "ORG":
                    e = max(e, entity_end(ctx, i + 1, limit))  # شركة تويوتا موتور: the whole name the tagger found
            elif bare(n) in _FAMILY and not _stopword(nxt) and not is_verb_like(nxt):
                e = i + 2  # عائلة أنييلي: a family name follows, whatever a tagger calls it
            elif not _stopword(nxt) and not is_verb_like(nxt) and nxt not in VERB_FORMS and nxt not in SPEECH_EVENTS \
                    and nxt not in FIRST_NAMES and nxt not in ctx.person_tokens and _word(ctx, i + 2, limit) \
                    and _is_place(ctx, i + 2) and not is_definite(ctx.norms[i + 2]):
                e = i + 3  # "مؤسسة مطارات دبي"، "مؤسسة كهرباء لبنان": a common noun, then the place it serves
            elif not _stopword(nxt) and nxt not in VERB_FORMS and nxt not in FIRST_NAMES \
                    and _word(ctx, i + 3, limit) and ctx.norms[i + 2][:1] == "و" and len(ctx.norms[i + 2]) > 3 \
                    and not is_definite(ctx.norms[i + 2][1:]) and _is_place(ctx, i + 3) and not is_definite(ctx.norms[i + 3]):
                e = i + 4  # "هيئة مياه وكهرباء أبوظبي": two common nouns, then the place they serve
            elif i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "LOC" and not is_definite(nxt) \
                    and ctx.entity_at[i + 1].start == ctx.starts[i + 1]:
                e = entity_end(ctx, i + 1, limit)  # "غرفة جدة"، "أمانة مكة"، "بلدية دبي": the city's body
            elif not _stopword(nxt) and (not is_verb_like(nxt) or ctx.raw[i + 1].endswith("ة")) \
                    and nxt not in SPEECH_EVENTS and _word(ctx, i + 2, limit) and is_definite(ctx.norms[i + 2]) \
                    and not _stopword(ctx.norms[i + 2]) and nxt not in ctx.person_tokens:
                e = i + 2  # هيئة تنظيم الأسواق، وحدة مكافحة الجرائم: a construct chain
            elif not _stopword(nxt) and not is_verb_like(nxt) and nxt not in VERB_FORMS and nxt not in SPEECH_EVENTS \
                    and _word(ctx, i + 3, limit) and not is_definite(ctx.norms[i + 2]) \
                    and not _stopword(ctx.norms[i + 2]) and not is_verb_like(ctx.norms[i + 2]) \
                    and ctx.norms[i + 2] not in VERB_FORMS and is_definite(ctx.norms[i + 3]) \
                    and not _stopword(ctx.norms[i + 3]) and nxt not in ctx.person_tokens \
                    and ctx.norms[i + 2] not in ctx.person_tokens and not _indef_adjective(ctx.norms[i + 2]):
                e = i + 3  # "رابطة أصحاب محطات الوقود": a longer construct chain
            elif not _stopword(nxt) and not is_verb_like(nxt) and nxt not in VERB_FORMS \
                    and not is_definite(nxt) and _word(ctx, i + 2, limit) and _indef_adjective(ctx.norms[i + 2]):
                e = i + 2  # لجنة تحقيق ثلاثية مستقلة، لجنة خبراء مستقلة: a genitive and its adjectives
                while _word(ctx, e, limit) and _indef_adjective(ctx.norms[e]) and e - i < 6:
                    e += 1
            else:
                e = name_chain(ctx, i + 1, limit, max_len=4)
            e = def_chain(ctx, max(e, i + 1), limit, org=True, places=True)
        if e > i + 1 and is_definite(ctx.norms[e - 1]) and _word(ctx, e, limit) and not is_definite(ctx.norms[e]) \
                and not _stopword(ctx.norms[e]) and ctx.norms[e] not in VERB_FORMS and not complementizer(ctx.norms[e]) \
                and ctx.norms[e] not in FIRST_NAMES and not is_verb_like(ctx.norms[e]) and len(ctx.norms[e]) > 2 \
                and ctx.norms[e][:1] not in "لب" and not ctx.norms[e].endswith("ا") and not masdar_like(ctx.norms[e]) \
                and not (ctx.norms[e][:1] in "وف" and (is_definite(ctx.norms[e][1:]) or _is_place(ctx, e)
                                                       or _lookup(ctx.norms[e][1:], ORG_HEADS))) \
                and not (e in ctx.entity_at and ctx.entity_at[e].type == "PER") and not _lookup(ctx.norms[e], ROLE_HEADS) \
                and ctx.norms[e] not in _DENIED_FACTS:  # (not "نفت مفوضية العون الإنساني | وجود «مجاعة»": what it denied)
            k = e + 1
            while _word(ctx, k, limit) and k - e < 3 and not is_definite(ctx.norms[k]) and not _stopword(ctx.norms[k]) \
                    and ctx.norms[k] not in VERB_FORMS and not complementizer(ctx.norms[k]) \
                    and ctx.norms[k] not in FIRST_NAMES:
                k += 1
            if k >= limit or not ctx.words[k] or complementizer(ctx.norms[k]) or ctx.norms[k] in ("في", "لدي") \
                    or ctx.norms[k][:1] == "ل":
                e = k  # "شركة الاستشارات وود ماكنزي في مذكرة": the firm's own name after its trade
        if e > i + 1 and e < limit and ctx.raw[e] == "«" and ctx.quote_open_tok.get(e, 10 ** 9) < min(limit, e + 5) \
                and ctx.words[e + 1] and not _stopword(ctx.norms[e + 1]) and not complementizer(ctx.norms[e + 1]):
            e = ctx.quote_open_tok[e] + 1  # قوة حفظ السلام «يونيفيل»: its short name in marks
        if e > i + 1 and not ctx.words[e - 1] and e - 1 in ctx.quote_close_tok and _word(ctx, e, limit) \
                and ctx.norms[e].startswith("لل") and len(ctx.norms[e]) > 4 and not _stopword(ctx.norms[e]) \
                and match_outlet(ctx, e, limit, preposition=True) is None:
            e = def_chain(ctx, e, limit, org=True)  # "مؤسسة «كابيتال إيكونوميكس» للأبحاث": its field after the name
        if e > i + 1 and _word(ctx, e, limit) and ctx.norms[e].startswith("ال") and not _stopword(ctx.norms[e]) \
                and e + 1 < limit and ctx.words[e + 1] and complementizer(ctx.norms[e + 1]) \
                and not ctx.norms[e].endswith(("ون", "ين")):
            e += 1  # الهيئة الإندونيسية لضمان المنتجات الحلال إن: a last adjective before إن/أن
        if e == i + 1 and bare(n) in _DELEGATIONS and _word(ctx, e + 1, limit) and ctx.norms[e] == "من":
            k = _institution_after_min(ctx, e + 1, limit)
            if k > e + 1:
                e = k  # "بعثة من صندوق النقد الدولي"، "وفد من البنك الدولي": whom it comes from
        if bare(n) in _DEPARTMENTS and e > i + 1 and _word(ctx, e + 1, limit) and ctx.norms[e] in ("في", "لدي", "ب") \
                and _lookup(ctx.norms[e + 1], ORG_HEADS) and not is_definite(ctx.norms[e + 1]):
            from .institutions import _institution

            k = _institution(ctx, e + 1, limit)
            if k > e + 2:
                e = k  # "إدارة الأبحاث في شركة الراجحي المالية": the firm the department belongs to
        if bare(n) in _DEPARTMENTS and e > i + 1 and e + 1 < limit and ctx.words[e] and ctx.norms[e][:1] == "ب" \
                and not ctx.norms[e].startswith("بال") and (_lookup(ctx.norms[e][1:], ORG_HEADS) or e in ctx.entity_at
                                                           and ctx.entity_at[e].type == "ORG"):
            k = e + 1
            if not _lookup(ctx.norms[e][1:], ORG_HEADS):
                k = min(limit, ctx.entity_end_tok.get(e, e + 1))  # "مديرية الاتصال بسوناطراك": the firm by its name
            elif k in ctx.quote_open_tok and 1 < ctx.quote_open_tok[k] - k <= 5:
                k = ctx.quote_open_tok[k] + 1  # "بشركة «أمواج»": the firm by its name in marks
            elif k in ctx.entity_at and ctx.entity_at[k].type == "ORG":
                k = min(limit, ctx.entity_end_tok.get(k, k + 1))  # "بشركة سوناطراك"
            else:
                k = def_chain(ctx, k, limit, org=True, places=True)
            if k > e and k + 1 < limit and ctx.words[k] and ctx.norms[k][:1] == "ل" and len(ctx.norms[k]) > 3 \
                    and not _stopword(ctx.norms[k]) and match_outlet(ctx, k, limit, preposition=True) is None:
                k = max(k + 1, def_chain(ctx, k + 1, limit, org=True)) if ctx.words[k + 1] \
                    and is_definite(ctx.norms[k + 1]) else k + 1  # "… لتداول الأوراق المالية": its field
            if k > e + 1 or k == e + 1 and not _lookup(ctx.norms[e][1:], ORG_HEADS):
                e = k  # "إدارة البحوث بشركة «أمواج» لتداول الأوراق المالية": the firm the department belongs to
        if not is_definite(n) and n.endswith("ات") and e > i + 1 and all(
            is_nisba(ctx.norms[k]) for k in range(i + 1, e)
        ):
            return make(e, "anonymous")  # منظمات بيئية
        return make(e, "named_organization", definite=is_definite(n) and e == i + 1)

    if _is_place(ctx, i):
        e = i + 1
        while _word(ctx, e, limit) and _is_place(ctx, e) and e - i < 3:
            e += 1
        e = def_chain(ctx, e, limit)
        return make(e, "named_organization")

    latin = ctx.raw[i][:1].isascii() and ctx.raw[i][:1].isalpha()
    seq = KNOWN_ORG_SEQS.get(n)
    if seq and tuple(ctx.norms[i:i + len(seq)]) == seq and i + len(seq) <= limit:
        return make(def_chain(ctx, i + len(seq), limit), "named_organization")
    if n in UTILITIES and _word(ctx, i + 1, limit) and (
            i + 1 in ctx.entity_at and ctx.entity_at[i + 1].type == "LOC" or _lookup(ctx.norms[i + 1], PLACES)):
        return make(i + 2, "named_organization", named=True)  # "كهرباء لبنان": the country's power utility
    if n in KNOWN_ORGS or latin:
        e = i + 1
        while _word(ctx, e, limit) and ctx.raw[e][:1].isupper() and e - i < 4:
            e += 1
        while _word(ctx, e, limit) and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e]) and e - i < 5:
            e += 1  # أرامكو السعودية
        return make(e, "named_organization")

    if n.endswith(("يين", "يون")) and len(n) >= 6 and not is_definite(n) and n not in ctx.person_tokens \
            and (i not in ctx.entity_at or ctx.entity_at[i].type != "PER") and bare_nisba(n):
        e = i + 1  # "بحسب إسلاميين وشهود عيان"، "قال فلسطينيون": people of a group, unnamed
        while _word(ctx, e, limit) and bare_nisba(ctx.norms[e]):
            e += 1
        if _word(ctx, e, limit) and ctx.norms[e][:1] == "و" and _lookup(ctx.norms[e][1:], ANON_HEADS):
            e = anon_genitive(ctx, e + 1, limit)  # … وشهود عيان
        elif _word(ctx, e, limit) and ctx.norms[e] in ("في", "من"):
            e = _modifiers(ctx, e, limit, False)  # "مهنيين في قطاع الإيواء السياحي بمراكش": where they work
        return make(e, "anonymous")
    if n in ctx.person_tokens and is_definite(n) and not _lookup(n, ORG_HEADS) and not (
            n in AL_GIVEN and _word(ctx, i + 1, limit) and ctx.norms[i + 1] in ("ولد", "بن")):
        # الجدعان، الخصاونة: a family name seen after a first name earlier in the text
        # (not "المختار ولد داهي": a given name with the article, then his father's)
        return make(i + 1, "named_person", named=True, feminine=feminine)
    if name_start(ctx, i, wa_ok=strip == "و"):
        e = name_chain(ctx, i, limit)
        if e == i:
            return None
        return make(e, _name_kind(ctx, i, e, feminine), named=True,
                    feminine=ctx.norms[i] in FEMININE_NAMES or feminine)

    if article(ctx, i) and n.startswith("ال") and not _stopword(n) and _word(ctx, i + 1, limit):
        e = i + 2 if _word(ctx, i + 2, limit) and ctx.norms[i + 1].startswith("وال") else i + 1
        if _word(ctx, e, limit) and ctx.norms[e] in PARLIAMENT_ADJ and n in COMMITTEE_FIELDS:
            # "المالية النيابية"، "النفط والغاز النيابية": a committee of parliament by its field (Iraq)
            return make(e + 1, "named_organization", named=True, definite=True)
    if article(ctx, i) and n.startswith("ال") and not _stopword(n):
        f = i + 1  # (and up to two adjectives of the description: "المستثمر العقاري خالد المبيض")
        while _word(ctx, f, limit) and f - i <= 2 and is_definite(ctx.norms[f]) and is_nisba(ctx.norms[f]):
            f += 1
        if _word(ctx, f, limit) and not is_definite(ctx.norms[f]) and (
                ctx.norms[f] in FIRST_NAMES or (f in ctx.entity_at and ctx.entity_at[f].type == "PER")):
            e = name_chain(ctx, f, limit, after_role=True)
            if e > f + 1 or (e == f + 1 and f in ctx.entity_at):
                # "المستثمر خالد العتيبي"، "المواطن سعد": a description no list knows, then the name
                return NP(i, e, ctx.starts[f], ctx.ends[e - 1], "named_person", bare(n),
                          role=" ".join(ctx.norms[i:f]), named=True,
                          feminine=feminine or ctx.norms[f] in FEMININE_NAMES)
    if article(ctx, i) and not is_verb_like(n) and not masdar_like(n) and n.startswith("ال"):
        b = bare(n)
        if is_nisba(n) and n.endswith("يه") and _word(ctx, i + 1, limit) and n not in ADJECTIVES and (
                nationality_adj(ctx.norms[i + 1])
                or (nationality_adj(n) and ctx.norms[i + 1].startswith("لل") and len(ctx.norms[i + 1]) > 4)):
            e = i + 1  # "الملكية الأردنية"، "المصرية للاتصالات": a company called by its adjective
            while _word(ctx, e, limit) and e - i < 3 and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e]) \
                    and not ctx.norms[e].startswith(("لل", "بال")):
                e += 1
            if _word(ctx, e, limit) and ctx.norms[e].startswith("لل") and len(ctx.norms[e]) > 4:
                e = def_chain(ctx, e, limit, org=True)
            return make(e, "named_organization", named=True, definite=True)
        if n in AL_GIVEN and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) and not _stopword(ctx.norms[i + 1]) \
                and ctx.norms[i + 1] not in ADJECTIVES and not _lookup(ctx.norms[i + 1], ROLE_HEADS) \
                and not _lookup(ctx.norms[i + 1], ORG_HEADS):
            e = i + 2
            if _word(ctx, e, limit) and not complementizer(ctx.norms[e]) and _word(ctx, e + 1, limit) \
                    and is_definite(ctx.norms[e]) and ctx.norms[e] not in ADJECTIVES and not _stopword(ctx.norms[e]):
                e += 1  # (and a second definite family name before the comma or إن)
            if e >= limit or not ctx.words[e] or complementizer(ctx.norms[e]):
                return make(e, "named_person", named=True)  # "قال الميلودي الزاهري": a Maghreb given name with the article
        if b in _SECTOR and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) and is_nisba(ctx.norms[i + 1]) \
                and ctx.norms[i + 1] not in ADJECTIVES:
            return make(i + 2, "anonymous", definite=True)  # "ويطالب القطاع الصناعي بـ": the sector's people, no one named
        if (is_nisba(n) or ctx.sent_of[i] == 0) and not (_word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1])) \
                and _ministry_named(ctx, i):  # (not "النقد الدولي: …" after "مؤسسة النقد": the fund, by two words)
            return make(i + 1, "named_organization", definite=True)  # "المالية: …"، "وأكدت المالية" with "وزارة المالية" in the text
        if is_nisba(n) and not n.endswith(("يون", "يين", "يات")) and n not in ADJECTIVES:
            return make(i + 1, "named_person", head=b, definite=True, role="descriptor")
        if n.endswith(("ون", "ين")) and len(b) >= 6:
            return make(i + 1, "anonymous", definite=True)  # المحللون، المتظاهرين
    return None  # a definite common noun (العثور، القيصر) is more often an object than a source


def body_by_field(ctx: Context, word: str) -> re.Match | None:
    """Where the text names a body whole by the head before ``word`` ("وزارة المالية"، "البنك المركزي
    الأردني"، "دائرة الإحصاءات العامة"), the first such mention; None when it never does. Cached
    per text: the search reads the whole text."""
    cache = ctx.__dict__.setdefault("_body_by_field", {})
    if word not in cache:
        cache[word] = re.search(r"(?:وزارة|البنك|المصرف|دائرة|هيئة|الهيئة|جهاز|الجهاز|مؤسسة|المؤسسة)\s+"
                                + re.escape(word) + r"(?![\w\u0610-\u065f])", ctx.text)
    return cache[word]


def _ministry_named(ctx: Context, i: int) -> bool:
    """The definite word at ``i`` is a body's field that the text names whole: the body by its short
    name, as papers write it in headlines and after a first mention."""
    word = ctx.raw[i]
    return len(word) >= 5 and word.startswith("ال") and body_by_field(ctx, word) is not None


def _name_kind(ctx: Context, a: int, b: int, feminine: bool) -> str:
    norms = ctx.norms[a:b]
    if any(t in KNOWN_ORGS for t in norms) or ctx.raw[a][:1].isascii() or "." in norms[0]:
        return "named_organization"  # (جيه.إل.إل: an acronym)
    if norms[0] in FIRST_NAMES:
        return "named_person"
    if b - a == 1 and feminine and norms[0] not in FEMININE_NAMES and norms[0] not in ctx.person_tokens:
        return "named_organization"
    return "named_person"


