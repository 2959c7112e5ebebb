"""Noun-phrase mechanics for sources: genitive chains, names, modifiers, institutions.

:mod:`.sources` builds source phrases from these pieces. The source span is the shortest span that names the subject: a person's name rather than
the role around it (وزير المالية محمد الجدعان -> محمد الجدعان; تشاو تشيجو، المتحدث باسم ...
-> تشاو تشيجو), the whole name of an organisation (وزارة الصحة والسكان المصرية), and for
unnamed sources the noun with the modifiers that say who they are (مصدر مقرب من المنظمين
الماليين، مصدران مطلعان على الترتيب، شخص على علم بالموضوع، مسؤول في الوزارة).

Kinds follow ATTRIBUTION.md: named_person, named_organization, media, document, anonymous,
unnamed_official. Entities from the NER module decide person vs organisation when given;
without them the word lists in :mod:`.words` and a few heuristics do.
"""

from __future__ import annotations

from functools import lru_cache

from dataclasses import dataclass

from reader.core.text import LETTER_NAMES, possessed_stance

from .context import Context
from .cues import PARTICIPLES, VERB_FORMS
from .outlets import match_outlet
from .words import MANNER, MANNER_VOICE
from .words import (
    ADJECTIVES, ANON_HEADS, AUDIENCE, DOC_HEADS, FILLERS, FIRST_NAMES, INDEF_ADJECTIVES, KNOWN_ORGS,
    MEDIA_QUALIFIERS, MEDIA_TYPES, OCCUPATIONS, NOT_NAME, NP_STOPS, ORG_HEADS, PLACES, ROLE_HEADS, SPEECH_EVENTS, TIME_WORDS,
    TITLES, candidates, complementizer, folded_set, in_lexicon, is_definite, is_nisba, is_verb_like,
    strip_possessive,
)

_FAMILY_LINKS = folded_set("آل")
_KUNYA = folded_set("أم ام")
#: Given names written with the article (Sudanese and Maghrebi usage: الطيب عثمان، الهادي بن سالم).
AL_GIVEN = folded_set("الطيب الصادق الهادي الطاهر المختار الخضر الفاتح الشفيع المنصف الحبيب المهدي الحسن الحسين "
                      "العباس البشير المنجي الناصر الشاذلي الباجي الجيلاني الصافي الميلودي المكي المعطي "
                      "المصطفى العياشي الغالي الصديق المولدي الناجي الخليل الداه العربي")
#: Given names with the article that are also posts or words, inside a name: "آمنة الأمين ميرغني".
_MIDDLE_AL = AL_GIVEN | folded_set("الأمين المختار الأمير")
_DEF_NUMBERS = folded_set("الثلاث الأربع الخمس الست السبع الثماني الثمانية التسع العشر العشرين الثلاثة الأربعة "
                           "الخمسة الستة السبعة")
_OF_YEARS = folded_set("للعام للعامين لعام لعامي العام عام للسنة لسنة للسنتين")
_FOREIGN_LINKS = folded_set("دي دو فان فون دا ديل دير")
_NAME_LINKS = folded_set("بن بنت ابن أبو أبي آل عبد ابو ولد منت دي دو فان فون دير لا آيت أيت بو")
#: First words of a two-word first name (عبد القادر، أبو بكر): a family name may follow them.
_COMPOUND_FIRST = folded_set("عبد أبو ابو")
#: Second halves of compound first names: عبد الله، نور الدين، تقي الدين، عز الدين.
_COMPOUND_SECOND = folded_set("الله الدين")
_RESUMPTIVE_PP = folded_set("فيه فيها فيهم منها منه منهم لديها لديه")
_ONE_OF = folded_set("أحد إحدى احد احدي")
_ANON_CLAUSE = folded_set("الكشف ذكر نشر الإفصاح الافصاح تسميته ذكره الإشارة كشف الكشف")
_PLURAL_ENDINGS = ("ون", "ين", "ات")
#: Role words that end a name (محمد | رئيس ...); trades are also family names (محمد التاجر).
_NAME_BREAKING_ROLES = ROLE_HEADS - TITLES - OCCUPATIONS


@dataclass
class NP:
    start: int  # first token of the phrase (a role before a name included)
    end: int  # token just past the phrase
    src_start: int  # the source span, in characters
    src_end: int
    kind: str
    head: str  # folded head noun, without clitics
    role: str = ""  # folded role words around a name
    definite: bool = False
    named: bool = False
    feminine: bool = False
    media_end: int = -1  # for media subjects: token past the outlet's name
    pair: bool = False  # two sources joined by و (البنك الأهلي وبنك الرياض): never one person
    post: str = ""  # folded post given between commas after a name before its verb ("X، وزير المالية، أكد")

    def text(self, ctx: Context) -> str:
        return ctx.text[self.src_start:self.src_end]


def _word(ctx: Context, i: int, limit: int) -> bool:
    return i < limit and ctx.words[i]


@lru_cache(maxsize=131072)
def _lookup(norm: str, lexicon: frozenset[str]) -> str:
    for c in candidates(norm):
        if c in lexicon:
            return c
        if c.endswith(("ها", "هم", "هما")):  # مؤسسها (a single ه may be a folded ة: مؤسسة)
            p = strip_possessive(c)
            if p in lexicon:
                return p
            if lexicon is ROLE_HEADS and p.endswith("ت") and p[:-1] + "ه" in lexicon:
                return p[:-1] + "ه"  # مديرتها، مستشارته: a post's ة written ت before the pronoun
        if c.endswith("وه") and len(c) >= 5 and c[:-1] in lexicon:
            return c[:-1]  # محللوه، مسؤولوه: a plural in construct with its pronoun (ه is no ة here)
    if norm.endswith("ا") and (len(norm) >= 5 or len(norm) == 4 and lexicon is ROLE_HEADS) \
            and not norm.startswith("ال") and norm[:-1] in lexicon \
            and lexicon in (ROLE_HEADS, ANON_HEADS):
        return norm[:-1]  # "غير أن مصدرا مطلعا أكد": a source in the accusative after أن
    return ""


def _stopword(norm: str) -> bool:
    return norm in NP_STOPS or complementizer(norm) or norm in TIME_WORDS or norm in FILLERS or (
        norm[:1] in ("و", "ف") and (norm[1:] in FILLERS or (norm[1:] in NP_STOPS and norm != "وعلي")))
    # (وأخيرا أكد، ومجددا قال، ولماذا تصف: no subject)


def masdar_like(norm: str) -> bool:
    """Verbal nouns that start an object rather than continue a name (ارتفاع، تحقيق، تسجيل)."""
    n = norm[2:] if norm.startswith("ال") else norm
    if n.endswith("و"):
        return False  # إستيفاو، ماتاو: a foreign name; no Arabic verbal noun ends in و
    if len(n) >= 6 and n[-2] == "ا" and (n[2] == "ت" or n.startswith(("ان", "است"))):
        return True  # ارتفاع، انخفاض، استثمار (افتعال، انفعال، استفعال)
    if len(n) == 5 and n[0] == "ت" and n[-2] == "ي":
        return True  # تحقيق، تسجيل (تفعيل)
    if len(n) == 5 and n[0] == "ت" and n[2] == "ا" and n[-1] not in "اويه":
        return True  # تراجع، تباطؤ، تزايد (تفاعُل)
    if len(n) == 4 and n[2] == "و" and norm in _FUOOL:
        return True  # دخول، حدوث، خروج (فُعول)
    return False


def possessed_masdar(norm: str) -> bool:
    """A verbal noun with a pronoun: اعتزاله، استقالتها، تعيينه."""
    if len(norm) < 5 or is_definite(norm) or not norm.endswith(("ه", "ها", "هم")):
        return False
    stem = strip_possessive(norm)
    return masdar_like(stem[:-1] if stem.endswith("ت") else stem)


#: Verbal nouns of the pattern فُعول that start an object (أعلن دخول ...، توقع حدوث ...): a
#: closed list, since names share the pattern (سعود، داود).
_FUOOL = folded_set("دخول خروج حدوث وصول حصول نزول صعود هبوط نمو ركود جمود قبول رفوض ثبوت سقوط نهوض نفوق")


def _prefix_chars(ctx: Context, i: int, prefix_letters: int) -> int:
    raw = ctx.raw[i]
    count = 0
    for idx, ch in enumerate(raw):
        if ch.isalpha():
            count += 1
            if count == prefix_letters:
                return idx + 1
    return 0


def _lam_prefix(ctx: Context, i: int) -> int:
    """Characters of a ل/ب/و in front of token ``i`` that a prepositional cue put there."""
    norm = ctx.norms[i]
    for p in ("ول", "ل", "ب", "و"):
        if norm.startswith(p) and norm[len(p):] in {c for c in candidates(norm)}:
            return _prefix_chars(ctx, i, len(p))
    return 0


# --- chains --------------------------------------------------------------------------------


def adjective_like(n: str) -> bool:
    """Definite adjectives: nisba (المصرية), participles (المتحدة، المنظمة), a closed list."""
    if not n.startswith("ال") or _stopword(n):
        return False  # (الذي، التي: relative pronouns, not nisba adjectives)
    return is_nisba(n) or n.startswith("الم") or n in ADJECTIVES or n[2:] in INDEF_ADJECTIVES \
        or (len(n) == 7 and n[3] == "ا" and n.endswith("ه") and n not in _FAEILA_NOUNS)  # القادمة: فاعلة, a participle


#: Nouns of the فاعلة shape, never an adjective after a noun ("أبقى البنك المركزي الفائدة").
_FAEILA_NOUNS = folded_set("الفائدة العاصمة القاعدة الجائزة الخارطة الواجهة الطائفة الحافلة الشاحنة الغاية")


def genitive_or_head(ctx: Context, j: int) -> bool:
    """The word before ``j`` is a noun that an adjective can follow."""
    return j > 0 and ctx.words[j - 1] and ctx.norms[j - 1] not in NP_STOPS


_YEAR_WORDS = folded_set("العام العامين")
_YEAR_AFTER = folded_set("الماضي المقبل الحالي الجاري الفائت المنصرم القادم السابق")


#: Given names that are roles too before a definite noun (أمين المتحف، مساعد المدرب).
_ROLE_NAMES = folded_set("أمين أمينة مساعد")
#: Titles that only ever stand before a person's name (not الفريق "the team", الرئيس).
_PERSON_TITLES = folded_set("""الشيخ الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة الأمير الأميرة السيد
    السيدة العقيد اللواء العميد المشير الحاج البروفيسور""")


#: "منظمة الدفاع عن المستهلك"، "جمعية الدفاع عن حقوق الإنسان": an association named by its aim.
_DEFENCE = folded_set("الدفاع الحفاظ المحافظة")
_ASSOCIATIONS = folded_set("منظمة جمعية رابطة هيئة لجنة مرصد مركز شبكة ومنظمة وجمعية ورابطة")


def _ifaal(norm: str) -> bool:
    """A verbal noun of the إفعال shape (إلزام، إطلاق، إعلان): what is announced, no body's aim."""
    return len(norm) == 5 and norm[0] in "اأإ" and norm[3] == "ا"


def _aim(norm: str) -> bool:
    """لل + a verbal noun that takes عن/على (للدفاع، للمحافظة، للحفاظ): a body's aim in its name."""
    if not norm.startswith("لل"):
        return False
    stem = norm[2:]
    return masdar_like(stem) or (stem[:1] == "م" and len(stem) >= 5 and stem.endswith("ه")) \
        or (len(stem) == 4 and stem[2] == "ا")


_PARTY_WORDS = folded_set("حزب لحزب بحزب تيار لتيار حركة لحركة جبهة لجبهة")

#: "للعام المالي"، "للربع الثاني": which period, never part of a body's name.
FOR_THE_PERIOD = folded_set("للعام للسنة للربع للشهر للفترة للنصف")
_AFTER_A_NAME = folded_set("أيضا ايضا كذلك مجددا مرة أمس اليوم حاليا سابقا لاحقا")
_STARTING = folded_set("المباشرة البدء الانتهاء الاستمرار الشروع التوقف")
_BASED = folded_set("المستندة المستند المبنية المبني المعتمدة المعتمد القائمة القائم المرتكزة المرتكز")


_PLURAL_BODIES = folded_set("البنوك المصارف المراصد الصناديق المجالس الدول الأحزاب الجهات")


_NON = "غير"
#: Plural adjectives of people that are no nisba in form: "العمال العرب"، "المستثمرين الأجانب".
_PLURAL_PEOPLE_ADJ = folded_set("العرب الأجانب")


def def_chain(ctx: Context, j: int, limit: int, *, org: bool = False, places: bool = False,
              after_definite: bool = False) -> int:
    """Extend over a genitive/adjective chain: الهيئة العامة للإحصاء، وزارة الصحة والسكان المصرية.
    After the first definite word (the genitive), further definite words must be adjectives
    (زعيم المعارضة | الخطة: the second is an object)."""
    norms = ctx.norms
    genitive = after_definite  # a definite head takes adjectives only (الحكومة | الحداد)
    j0 = j
    if places and j < limit and ctx.entity_at.get(j) is not None and ctx.entity_at[j].type == "LOC" \
            and ctx.norms[j] in _DIRECTIONS:
        return min(limit, ctx.entity_end_tok.get(j, j + 1))  # "بحي شمال الجيزة": the region, whole
    while j < limit:
        if j > 0 and ctx.para_of[j] != ctx.para_of[j - 1]:
            break  # (a headline's last word and the dateline under it are no one name)
        if not ctx.words[j]:
            if ctx.raw[j] == "+" and j > 0 and ctx.starts[j] == ctx.ends[j - 1]:
                j += 1  # أوبك+
                continue
            break
        n = norms[j]
        if n in _VICTIM and _word(ctx, j + 1, limit) and norms[j + 1] in _ON_HIM:
            j += 2  # "والد المجني عليه": the victim, one word with its عليه
            genitive = True
            continue
        if n in _STARTING and _word(ctx, j + 1, limit) and (norms[j + 1][:1] == "ب" or norms[j + 1] in ("في", "من")):
            break  # "أعلنت وزارة التجارة | المباشرة بتوزيع الطحين": what it announced, a verbal noun and its ب
        if n in FOR_THE_PERIOD and j > j0 and org:
            break  # "وزارة الاقتصاد والتخطيط | للعام المالي 1435/1436": which year, not the body
        if n in _BASED and j > j0 and _word(ctx, j + 1, limit) and norms[j + 1] in ("الي", "علي"):
            break  # "حسابات رويترز | المستندة إلى بيانات رسمية": what they rest on, no part of the name
        if j > j0 and (n.isdigit() and len(n) == 4 or n[:1] == "و" and n[1:].isdigit() and len(n) == 5) \
                and (norms[j - 1] in _OF_YEARS or norms[j - 1].isdigit()):
            j += 1  # "أرقام الموازنة العامة للعامين 2015 و2016": the years it covers
            continue
        if n in ADJECTIVES and genitive_or_head(ctx, j):
            if n in _YEAR_WORDS and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in _YEAR_AFTER:
                break  # "منظمة الصحة العالمية العام الماضي": the year, not "general"
            j += 1  # العام is "general" here, not "the year"
            continue
        if org and n in ("عن", "علي") and j > 0 and ctx.words[j - 1] and (_aim(norms[j - 1]) or (
                norms[j - 1] in _DEFENCE and j > 1 and ctx.words[j - 2] and norms[j - 2] in _ASSOCIATIONS)) \
                and _word(ctx, j + 1, limit) and not _stopword(norms[j + 1]) and not _ifaal(norms[j + 1]) \
                and (norms[j + 1].startswith("ال") or (
                    _word(ctx, j + 2, limit) and norms[j + 2].startswith("ال") and not _stopword(norms[j + 2]))):
            # (not "أعلنت الهيئة العامة للعقار | عن إلزام المؤجرين": the verb's عن, then what it announced)
            j += 1 if norms[j + 1].startswith("ال") else 2  # (حقوق | الإنسان: a construct)
            genitive = False  # "منظمة هيومان رايتس ووتش للدفاع عن حقوق الإنسان": the body's aim, its name goes on
            continue
        if n in _PERSON_TITLES and j > 0 and ctx.words[j - 1]:
            break  # "بيان لهيئة الإفتاء في المغرب | الشيخ …": a title opens a name, not the body's
        if org and j > 0 and ctx.words[j - 1] and n[:1] == "و" and len(n) > 3 and norms[j - 1][:1] == "ل" \
                and (_lookup(n[1:], PLACES) or (j in ctx.entity_at and ctx.entity_at[j].type == "LOC")) \
                and (_lookup(norms[j - 1][1:], PLACES) or _lookup(norms[j - 1][2:], PLACES)
                     or (norms[j - 1].startswith("لل") and _lookup("ال" + norms[j - 1][2:], PLACES))
                     or (j - 1 in ctx.entity_at and ctx.entity_at[j - 1].type == "LOC")):
            j += 1  # "الهيئة الملكية للجبيل وينبع": the second city of the body's name
            continue
        if n in SPEECH_EVENTS and j == j0 and j > 0 and ctx.words[j - 1] and norms[j - 1] in _PARTY_WORDS \
                and n.startswith("ال"):
            j += 1  # "حزب المؤتمر الشعبي العام"، "لحزب المؤتمر": the Congress party, no conference
            continue
        if n == _NON and j > j0 and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and (is_nisba(norms[j + 1]) or adjective_like(norms[j + 1])) and is_definite(norms[j - 1]):
            j += 2  # "المديرية العامة للجمارك والضرائب غير المباشرة": an adjective negated with غير
            continue
        if _stopword(n) or n in SPEECH_EVENTS or is_verb_like(n) or n in AUDIENCE:
            if places and n == "في" and _word(ctx, j + 1, limit) and _is_place(ctx, j + 1):
                j = max(j + 2, min(limit, ctx.entity_end_tok.get(j + 1, j + 2)))  # (في رام الله: the place whole)
                continue
            break
        if n in MEDIA_QUALIFIERS and not org:
            break
        if n.startswith("فال") and j > j0:
            break  # "الخبير الاقتصادي الروسي | فاليري أندريانوف": a name (or ف and the article), never the chain
        if is_definite(n) and not n.startswith(("ب", "وب")):
            if n in AL_GIVEN and j in ctx.entity_at and ctx.entity_at[j].type == "PER" \
                    and ctx.entity_end_tok.get(j, j + 1) > j + 1:
                break  # "رئيس الحكومة | الهادي بن سالم": a given name with the article opens his name
            if n.startswith("ل") and not n.startswith("ال") and _is_outlet_lam(ctx, j, limit):
                break
            if n.startswith(("و", "ف")) and not org:
                break
            if n.startswith("ال") and n.endswith(("يين", "يون")) and len(n) >= 7 and j > 0 and ctx.words[j - 1] \
                    and norms[j - 1].endswith(("ين", "ون")) and is_definite(norms[j - 1]):
                j += 1  # "نقابة المعلمين الجنوبيين": a plural nisba agreeing with the plural before it
                continue
            if n in _PLURAL_PEOPLE_ADJ and j > j0 and ctx.words[j - 1] and is_definite(norms[j - 1]):
                j += 1  # "الاتحاد الدولي لنقابات العمال العرب": the Arab workers, an adjective of the plural
                continue
            if n.startswith("ال") and genitive and not adjective_like(n) and n not in _DEF_NUMBERS and not (
                    len(n) == 6 and n[3] == "ا" and j > 0 and ctx.words[j - 1] and is_nisba(norms[j - 1])
                    and norms[j - 1].startswith("ال")):
                break  # (but "مجموعة الدول السبع الصناعية": a number agrees like an adjective; "للتأمين
                # الصحي الشامل": after an adjective, a فاعل form is one more)
            if n.startswith("الم") and n.endswith(("ات", "ين", "ون")) and not is_nisba(n) and j > 0 \
                    and ctx.words[j - 1] and norms[j - 1].startswith("ال") and not norms[j - 1].endswith(("ات", "ين", "ون")) \
                    and norms[j - 1] not in _PLURAL_BODIES and _lookup(norms[j - 1], ORG_HEADS):
                break  # "حث المجلس | المنشآت الصحية على": a plural after a single body is its object, no adjective
            genitive = genitive or n.startswith("ال") and not ctx.raw[j].startswith(("أل", "إل", "آل"))
            # (ألمنيوم، إلكترونيات: a hamza, no article: "شركة ألمنيوم البحرين" goes on)
            j += 1
            continue
        if org and n.startswith("ل") and len(n) > 3 and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and not ((n in FIRST_NAMES or (j in ctx.entity_at and ctx.entity_at[j].type == "PER"))
                         and not is_definite(n[1:])):  # ("الرئيسة التنفيذية | ليلى العتيبي": a name, not لـ)
            if _is_outlet_lam(ctx, j, limit):
                break
            j += 1  # لشؤون اللاجئين
            genitive = False
            continue
        if org and n[:1] == "ل" and not n.startswith("لل") and len(n) > 4 and j > j0 and _word(ctx, j + 1, limit) \
                and _is_place(ctx, j + 1) and not is_definite(norms[j + 1]) and n[1:] not in FIRST_NAMES \
                and not _is_outlet_lam(ctx, j, limit) and not _is_place(ctx, j):
            j += 2  # "الشركة القابضة لكهرباء مصر": of Egypt's electricity, the holding company's name
            genitive = False
            continue
        if org and n.startswith("ل") and not n.startswith("لل") and (_lookup(n[1:], ORG_HEADS) or n[1:] in _BODIES_PLURAL) \
                and _word(ctx, j + 1, limit) and _word(ctx, j + 2, limit) and not is_definite(norms[j + 1]) \
                and not _stopword(norms[j + 1]) and norms[j + 1] not in FIRST_NAMES and norms[j + 1] not in VERB_FORMS and not is_verb_like(norms[j + 1]) \
                and (is_definite(norms[j + 2]) or _is_place(ctx, j + 2)) and not _stopword(norms[j + 2]) \
                and not _is_outlet_lam(ctx, j, limit):
            j += 3  # "الاتحاد العام لنقابات عمال مصر": of the unions of the workers of Egypt
            genitive = False
            continue
        if org and j > j0 and n[:1] == "ل" and not n.startswith("لل") and len(n) >= 6 and n.endswith("ي") \
                and n[1:] not in FIRST_NAMES and _word(ctx, j + 1, limit) and not _is_outlet_lam(ctx, j, limit):
            k = j + 1  # "الغرفة الوطنية لمصدري زيت الزيتون"، "الجمعية السعودية لمنتجي الدواجن": for whom it is
            while _word(ctx, k, limit) and k - j < 3 and not is_definite(norms[k]) and not _stopword(norms[k]) \
                    and norms[k] not in VERB_FORMS and not is_verb_like(norms[k]) and norms[k] not in FIRST_NAMES:
                k += 1
            if _word(ctx, k, limit) and is_definite(norms[k]) and not _stopword(norms[k]) and norms[k] not in TIME_WORDS:
                j = def_chain(ctx, k, limit)
                genitive = False
                continue
        if org and n.startswith("ل") and len(n) > 3 and _word(ctx, j + 2, limit) and not is_definite(norms[j + 1]) \
                and is_definite(norms[j + 2]) and not _stopword(norms[j + 1]) and norms[j + 1] not in FIRST_NAMES \
                and j + 1 not in ctx.entity_at and in_lexicon(norms[j + 1], _REGION_OR_AREA) \
                and not _is_outlet_lam(ctx, j, limit):
            j += 2  # لشؤون منطقة الشرق الأوسط: a construct after the ل
            genitive = False
            continue
        if org and j > j0 and n[:1] == "ل" and not n.startswith("لل") and len(n) > 4 and _word(ctx, j + 2, limit) \
                and norms[j + 1][:1] == "و" and len(norms[j + 1]) > 4 and not is_definite(norms[j + 1][1:]) \
                and not is_definite(n[1:]) and is_definite(norms[j + 2]) and not _stopword(norms[j + 2]) \
                and norms[j + 1][1:] not in FIRST_NAMES and not _is_outlet_lam(ctx, j, limit) \
                and n[1:] not in FIRST_NAMES and n not in _FOR_THE_SAKE and not _lookup(norms[j + 1], ORG_HEADS) \
                and not _lookup(norms[j + 1], ROLE_HEADS):
            j += 3  # "المنظمة الجزائرية لحماية وإرشاد المستهلك": two verbal nouns sharing their genitive
            genitive = False
            continue
        if org and j > j0 and (n in NOT_PEOPLE or n[:1] == "ل" and (
                n[1:] in NOT_PEOPLE or len(n) > 4 and _word(ctx, j + 1, limit) and norms[j + 1] in NOT_PEOPLE)):
            j += 1  # "الفريق الوطني للتصدي لفيروس كورونا": the disease the body fights
            while _word(ctx, j, limit) and norms[j] in NOT_PEOPLE:
                j += 1
            continue
        if org and n in _AFFAIRS_OF and _word(ctx, j + 2, limit) and not is_definite(norms[j + 1]) \
                and _lookup(norms[j + 1], ORG_HEADS) and is_definite(norms[j + 2]) and not _stopword(norms[j + 2]):
            j += 2  # "وزير الدولة لشؤون مجلس الوزراء": the affairs of a body, in construct
            genitive = False
            continue
        if org and n.startswith("ل") and len(n) > 3 and _word(ctx, j + 3, limit) and not is_definite(norms[j + 1]) \
                and in_lexicon(norms[j + 1], _REGION_OR_AREA) and j + 1 not in ctx.entity_at \
                and not is_definite(norms[j + 2]) and _lookup(norms[j + 2], ORG_HEADS) and is_definite(norms[j + 3]) \
                and not _stopword(norms[j + 3]) and not _is_outlet_lam(ctx, j, limit):
            j += 3  # "المدير الإقليمي لدائرة دول مجلس التعاون الخليجي": a construct of a body's name after the ل
            genitive = False
            continue
        if org and n.startswith("و") and len(n) > 3 and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and n not in _CLOSE and not (in_lexicon(n, ORG_HEADS) and not in_lexicon(n[1:], ORG_HEADS)) \
                and n not in FIRST_NAMES and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER"):
            # (but "قطاع التجزئة | وزارة التجارة": the و of وزارة, وكالة is no conjunction, nor the
            # و of وليد in "المستشار القانوني وليد الشهري")
            j += 1  # وتكنولوجيا المعلومات
            genitive = False
            continue
        if n.startswith("ب") and _is_place(ctx, j) and places:
            j += 1  # بأسوان
            continue
        if places and n[:1] == "ب" and n[1:] in _SETTLEMENT_HEADS and j + 1 < limit and ctx.words[j + 1]:
            k = _settlement_end(ctx, j + 1, limit)
            if k > j + 1:
                j = k  # "غرفة النقل | بولاية نهر النيل"، "صرافين في السوق الموازية | بمقاطعة لكصر": where
                continue
        break
    return j




def _settlement_end(ctx: Context, j: int, limit: int) -> int:
    """The region's own name from ``j``: up to a place (two words before it at most), or one or
    two words no list knows before a comma, a verb or إن/أن; ``j`` when neither."""
    for k in range(j, min(limit, j + 3)):
        if not ctx.words[k] or _stopword(ctx.norms[k]) or ctx.norms[k] in VERB_FORMS or complementizer(ctx.norms[k]):
            break
        if _is_place(ctx, k):
            return min(limit, ctx.entity_end_tok.get(k, k + 1))
    k = j
    while k < min(limit, j + 2) and ctx.words[k] and not is_definite(ctx.norms[k]) and not _stopword(ctx.norms[k]) \
            and ctx.norms[k] not in VERB_FORMS and not complementizer(ctx.norms[k]) and len(ctx.norms[k]) >= 3:
        k += 1
    if k > j and k < limit and (ctx.is_punct(k, "،,") or ctx.words[k] and (
            ctx.norms[k] in VERB_FORMS or complementizer(ctx.norms[k]))):
        return k
    return j


_VICTIM = folded_set("المجني مجني")
#: Last words of South and Central Asian names that are also Arabic words (خان: an inn; فر: fled).
_NAME_TAILS = folded_set("خان شاه زاده زادة فر بور آذر نجاد")
_ON_HIM = folded_set("عليه عليها عليهم عليهما")
_BODIES_PLURAL = folded_set("نقابات غرف جمعيات اتحادات شركات مصارف بنوك هيئات منظمات")
_REGION_OR_AREA = folded_set("منطقة مناطق قطاع قطاعات إدارة شؤون دول مدينة مدن محافظة")


def _is_outlet_lam(ctx: Context, j: int, limit: int) -> bool:
    m = match_outlet(ctx, j, limit, preposition=True)
    return m is not None


def _is_place(ctx: Context, j: int) -> bool:
    ent = ctx.entity_at.get(j)
    if ent is not None:
        return ent.type == "LOC"
    if ctx.norms[j] in _THE_HOUSE and j + 1 < len(ctx.norms) and ctx.norms[j + 1] == _WHITE:
        return True  # الدار البيضاء: Casablanca, not a body called "the house"
    return bool(_lookup(ctx.norms[j], PLACES))


_THE_HOUSE = frozenset(("الدار", "والدار", "بالدار", "فالدار", "للدار"))
_WHITE = "البيضاء"


_DIRECTIONS = folded_set("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")


_SON_OF = frozenset(("بن", "ابن", "بنت"))
_LINEAGE = _SON_OF | frozenset(("ولد", "منت"))


def _initial(ctx: Context, j: int) -> bool:
    """Token ``j`` is a middle initial with its full stop: one letter (ي.) or a Latin letter's
    Arabic name (إتش.، إم.)."""
    return ctx.raw[j].endswith(".") and (len(ctx.norms[j]) == 1 or ctx.norms[j] in LETTER_NAMES)


#: Words that end a person's name when it is followed by them ("… بن فهد المقبل | في تغريدة").
_AFTER_A_NAME = frozenset(("في", "علي", "عن", "خلال", "عبر", "امس", "اليوم"))


def verb_after_name(norm: str) -> bool:
    """A reporting verb with و/ف that no given name spells ("أما محمود | فيختم حديثه"): the
    tagger may run a name into it; it is never part of the name."""
    return norm[:1] in "فو" and norm in VERB_FORMS and norm not in FIRST_NAMES and norm[1:] not in FIRST_NAMES


def not_in_a_name(ctx: Context, t: int, start: int) -> bool:
    """Token ``t`` of a tagged or read name is none of it: how he said it ("خالد | بنبرة غاضبة"),
    or, two words on, a noun with a pronoun (her own: "أمل آل عايض | تجربتها")."""
    n = ctx.norms[t]
    if n in MANNER or n in MANNER_VOICE:
        return True
    if t - start >= 2 and n in _DEFINITE_OBJECTS:
        return True  # "انتقد النائب نديم طربيه | الموازنة": the tagger ran on into the object
    if t > start and verb_after_name(n):
        return True  # "أما محمود | فيختم حديثه": his next verb, which the tagger ran into
    if t > start and n[:1] == "ب" and len(n) >= 6 and n not in FIRST_NAMES and masdar_like(n[1:]) \
            and ctx.norms[t - 1].startswith("ال"):
        return True  # "وطالب الديحاني | باستدعاء قياديي المؤسسة": a verbal noun with the verb's ب after a family name
    return t - start >= 2 and ctx.raw[t].endswith(("تها", "تهم", "تهما")) and len(n) >= 5 and n not in FIRST_NAMES


#: Definite nouns that are the object of a verb of saying, never the end of a person's name.
_DEFINITE_OBJECTS = folded_set("""الموازنة الميزانية القرار القرارات الحكومة الخطة القانون المشروع الأزمة الأسعار
    الاتفاق الاتفاقية الإجراءات التقرير البيان الخطوة السياسة الوزارة الأرقام المبادرة""")


def _family_name_again(ctx: Context, start: int) -> bool:
    """The one word at ``start`` is the last word of a person the tagger named earlier ("عادل المسقطي …
    ووصف المسقطي | مستويات الدين"): a back-reference by family name, which takes nothing after it."""
    n = ctx.norms[start]
    if n in FIRST_NAMES:
        return False  # ("وقال المزارع عثمان | الأمين" after "عبد الرحمن محمد عثمان": a given name, another man)
    ends = ctx.__dict__.get("_family_name_ends")
    if ends is None:  # each last word of a tagged name of two words or more: where the first such name ends
        ends = {}
        for k, ent in ctx.entity_at.items():
            e = ctx.entity_end_tok.get(k, k + 1)
            if ent.type == "PER" and e - k >= 2:
                ends[ctx.norms[e - 1]] = min(e, ends.get(ctx.norms[e - 1], e))
        ctx.__dict__["_family_name_ends"] = ends
    return ends.get(n, start + 1) <= start
    # (a tagger's name may take it in: its words are no evidence)


def _tagged_person_at(ctx: Context, k: int) -> bool:
    """The tagger starts a person's name exactly at token ``k``."""
    ent = ctx.entity_at.get(k)
    return ent is not None and ent.type == "PER" and ent.start == ctx.starts[k]


def name_chain(ctx: Context, j: int, limit: int, *, max_len: int = 6, after_role: bool = False) -> int:
    """A person's (or company's) name starting at ``j``: محمد بن عبد الرحمن آل ثاني، جاك ما."""
    norms = ctx.norms
    start = j
    ent = ctx.entity_at.get(j)
    if ent is not None and ent.type in ("PER", "ORG"):
        j = entity_end(ctx, j, limit)
        if ent.type == "PER":
            j = next((t for t in range(start + 1, j) if not_in_a_name(ctx, t, start)), j)
            # ("وقال خالد | بنبرة غاضبة": the tagger ran on into how he said it)
        if ent.type == "ORG" or j - start >= max_len:
            return j
        if j == start + 1 and _family_name_again(ctx, start):
            return j  # "ووصف المسقطي | مستويات الدين الحالية بأنها": the man named before, by his family name
        # A name the NER cut short goes on (بيير أوليفييه | غورينشا، سهام البوغديري | نمصية),
        # but not with a definite word the text never gave as part of a name (وتدعو
        # الحسن | الأهالي: the object).
        if _word(ctx, j, limit) and is_definite(ctx.norms[j]) and ctx.norms[j] not in ctx.person_tokens \
                and is_definite(ctx.norms[start]):
            return j
        if _word(ctx, j, limit) and ctx.norms[j].startswith("ال") and ctx.norms[j].endswith("يه") and j - start >= 2 \
                and ctx.norms[j] not in ctx.person_tokens and len(ctx.norms[j]) >= 6:
            return j  # "ووصف سليمان الفارس | الاستراتيجية بأنها": a feminine noun, the object, no family name
    elif not _word(ctx, j, limit) or not name_start(ctx, j, after_role):
        return j
    else:
        j += 1
    while j < limit and j - start < max_len and ctx.words[j]:
        n = norms[j]
        if ent is not None and ent.type == "PER" and j == ctx.entity_end_tok.get(start, -1) and n.startswith("ال") \
                and j + 1 < limit and ctx.words[j + 1] and norms[j + 1] in _LINEAGE and _tagged_person_at(ctx, j + 1):
            j = entity_end(ctx, j + 1, limit)  # "محمد | الأمين | ولد أباه": the tagger cut a compound given name off its نسب
            break
        if start + 2 <= j <= start + 3 and (ent is None or ent.type == "PER" and ctx.entity_end_tok.get(start, j + 1) <= j) \
                and norms[start] in FIRST_NAMES and norms[j - 1] not in _NAME_LINKS \
                and (in_lexicon(n, _NAME_BREAKING_ROLES) or n in TITLES) and is_definite(n) and j + 1 < limit \
                and (ctx.words[j + 1] and complementizer(norms[j + 1])
                     or ctx.is_punct(j + 1, "،,") and j + 2 < limit and ctx.words[j + 2] and complementizer(norms[j + 2])):
            j += 1  # "الخبير، عبد الله الأمين، أن": a family name that is also a title, then the claim
            break
        if j == start + 1 and norms[start] in FIRST_NAMES and n.startswith("ال") and len(n) >= 5 \
                and j + 1 < limit and ctx.words[j + 1] and (norms[j + 1] in ("ان", "بان", "انه", "بانه") or (
                    norms[j + 1][:1] == "ل" and match_outlet(ctx, j + 1, limit, preposition=True) is not None)):
            j += 1  # "عبدالرحمن المقبل بأن"، "خالد الماضي إن": a family name that is also an adjective, then his claim
            break
        if n in _WEEKDAY_NAMES and j == start + 1 and norms[start] in FIRST_NAMES and j + 1 < limit \
                and ctx.is_punct(j + 1, "،,") and start > 0 and ctx.is_punct(start - 1, "،,"):
            j += 1  # "، سلطان الخميس،": between commas, a family name that is also a weekday
            break
        if n in OBJECT_NOUNS:
            break  # "حمّل الوزير رامي حداد | مسؤولية الأزمة": the object, never a name
        if verb_after_name(n):
            break  # "أما محمود | فيختم حديثه": his next verb
        if j > start and j + 1 < limit and _construct_plural(ctx, j):
            break  # "ودعت نفطال | مستعملي الطريق": a plural in construct, whom it called on
        if j - start >= 2 and not is_definite(n) and masdar_like(n) and n not in FIRST_NAMES and j + 1 < limit \
                and ctx.words[j + 1] and is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) \
                and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER"):
            break  # "انتقد النائب صالح الغرايبة | ارتفاع الدين العام": a verbal noun in construct, the object
        if j > start and j + 1 < limit and ctx.words[j + 1] and norms[j + 1] == _AD_DIN and not is_definite(n) \
                and not _stopword(n) and len(n) >= 3 and n not in VERB_FORMS:
            j += 2  # "نادية محمود | شرف الدين": a compound in -الدين at the end of the name
            continue
        if possessed_stance(n):
            break  # "وأكد إبراهيم العساف | دعمه للجهود": the verb's object, no part of the name
        if j - start >= 2 and not_in_a_name(ctx, j, start):
            break  # "عرضت رائدة الأعمال أمل آل عايض | تجربتها": her own noun, the object
        if n in MANNER or n in MANNER_VOICE:
            break  # "يقول أحمد | بصوت خافت": how he said it
        if j - start >= 2 and n[:1] == "و" and n[1:] in FIRST_NAMES and n not in FIRST_NAMES \
                and norms[j - 1] not in _NAME_LINKS and not (is_definite(norms[start]) and norms[start].endswith(("ان", "ين"))):
            break  # "سلمان بن فهد العنزي | وفيصل بن علي الغامدي": a second man
        if n in _NICKNAMED and j > start:
            break  # "بن عمر | الملقب بـ«الجنرال»": what he is called, no part of his name
        if j == start + 1 and ent is None and _tagged_person_at(ctx, j):
            j = entity_end(ctx, j, limit)  # "علي | رضا كوتشاك": the rest of the name the tagger found
            break
        if j > start and n.startswith("ال") and j + 1 < limit and ctx.words[j + 1] and norms[j + 1][:1].isdigit():
            break  # "ويردد ابو عبد الله | الآية 60 من سورة النساء": a noun with its number, no family name
        if _initial(ctx, j) and j > start and j + 1 < limit and ctx.words[j + 1]:
            j += 1  # "أندرو و. فيلدينغ": a middle initial (و here is no conjunction)
            continue
        if j - 2 >= start and norms[j - 2] in _SON_OF and n.startswith("ال") and len(n) >= 5 \
                and (j + 1 >= limit or ctx.is_punct(j + 1, "،,:") or (ctx.words[j + 1] and (
                    complementizer(norms[j + 1]) or norms[j + 1] in _AFTER_A_NAME))):
            j += 1  # "عبدالعزيز بن إبراهيم المقبل، مدير …": the family name after بن X, even a word like المقبل
            break
        if j - 2 >= start and norms[j - 2] in _SON_OF and not is_definite(n) and len(n) >= 4 and n[:1] not in "وفبل" \
                and not _stopword(n) and not complementizer(n) and (j + 1 >= limit or ctx.is_punct(j + 1, "،,:") or (
                    ctx.words[j + 1] and complementizer(norms[j + 1]))):
            j += 1  # "ياسر بن عبدالله قاضي، …"، "X بن سعد مفتي إن": a family name that is also a post
            break
        if n == "الله" and j > start + 1 and ctx.words[j - 1] and not is_definite(norms[j - 1]) \
                and not _stopword(norms[j - 1]) and len(norms[j - 1]) >= 3:
            j += 1  # "فراس عودة الله"، "X فتح الله": a family name in -الله
            continue
        if n == _AD_DIN and j > start + 1 and ctx.words[j - 1] and not is_definite(norms[j - 1]) \
                and not _stopword(norms[j - 1]):
            j += 1  # "علي فضل الدين"، "محمد عز الدين": a compound in -الدين later in the name
            continue
        initial = _initial(ctx, j - 1)  # "مارك د. | هوليداي"
        if j > start and norms[j - 1] not in _NAME_LINKS and _is_place(ctx, j) and not initial and (
                norms[start] in FIRST_NAMES or (ent is not None and ent.type == "PER")) and not (
                    j == start + 1 and not is_definite(n) and norms[start] in FIRST_NAMES and j + 1 < limit
                    and ctx.entity_end_tok.get(j, j + 1) == j + 1 and (
                        ctx.words[j + 1] and (complementizer(norms[j + 1]) or norms[j + 1][:1] == "ل"
                                              and match_outlet(ctx, j + 1, limit, preposition=True) is not None)
                        or not ctx.words[j + 1] and ctx.raw[j + 1] in "،,")):
            # (but "د. سهى كنعان لـ«الأيام» إن": a given name, then a family name that is also a place)
            break  # "دعا … أبو القاسم عبدي صلاد حسن | إثيوبيا إلى سحب قواتها": the place is the object
        if ent is not None and j == ctx.entity_end_tok.get(start, -1) and j - start >= 2 and not is_definite(n) \
                and n not in FIRST_NAMES and norms[j - 1] not in _NAME_LINKS and not is_nisba(n) \
                and _construct_after(ctx, j + 1, limit):
            break  # "وانتقد سعيد حسن | قرار طرد المنظمات": a noun in construct after the tagger's name, the object
        if start + 2 <= j <= start + 3 and ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(start, j + 1) <= j \
                and (in_lexicon(n, _NAME_BREAKING_ROLES) or n in TITLES) and is_definite(n) and norms[start] in FIRST_NAMES \
                and j + 1 < limit and (ctx.words[j + 1] and complementizer(norms[j + 1])
                                       or ctx.is_punct(j + 1, "،,") and j + 2 < limit and ctx.words[j + 2]
                                       and norms[j + 2] in ("في", "خلال")):
            j += 1  # "خالد مرتضى السيد إن"، "عبد الرحمن الطيب الأمين، في تصريح": a family name that is also a title
            break
        if j - start >= 2 and n.startswith("با") and len(n) >= 5 and j + 2 < limit and ctx.is_punct(j + 1, "،,") \
                and ctx.words[j + 2] and in_lexicon(norms[j + 2], ROLE_HEADS) and ent is not None and ent.type == "PER":
            j += 1  # "خالد محمد بالعمى، محافظ المصرف": a Gulf family name in با-, then his post
            break
        if j - start >= 2 and norms[j - 1] not in _NAME_LINKS and norms[j - 1] not in _COMPOUND_SECOND and not (
            n in FIRST_NAMES or n in ctx.person_tokens or is_nisba(n) or norms[j - 1] in FIRST_NAMES or n in _NAME_TAILS
            or n in _NAME_LINKS or n == "ما" or (j - 2 == start and norms[start] in _COMPOUND_FIRST)
            or _initial(ctx, j - 1)  # "سليم ي. | حداد": after an initial
            or (not is_definite(n) and not _stopword(n) and n not in VERB_FORMS and not masdar_like(n)
                and any(norms[t] in _FOREIGN_LINKS for t in range(start + 1, j)))  # "خوسيه دي لا كروث | ميندوزا"
        ):
            break  # a third word must look like a name too (انجيلا ميركل | قرار إلغاء ...)
        if n in _COMPOUND_SECOND and j == start + 1 and n != "الله":
            j += 1  # نور الدين، تقي الدين: the second half of a compound first name
            continue
        if n == "ما" and norms[j - 1] in FIRST_NAMES and not ctx.has_entities:
            j += 1  # جاك ما
            continue
        if n in _NAME_LINKS:
            j += 1
            continue
        if norms[j - 1] in _FAMILY_LINKS and j - 1 > start and not _stopword(n):
            j += 1  # محمد آل الشيخ: after آل a family name, whatever the word (الشيخ is no title here)
            continue
        if in_lexicon(n, _NAME_BREAKING_ROLES) and is_definite(n) and norms[j - 1] in FIRST_NAMES \
                and j - 2 >= start and norms[j - 2] in _NAME_LINKS and (
                    j + 1 >= limit or not ctx.words[j + 1] or _stopword(norms[j + 1])):
            j += 1  # أحمدو ولد محمد الأمين: a compound name after a link, not a role
            break
        if in_lexicon(n, _NAME_BREAKING_ROLES) and is_definite(n) and j == start + 1 and norms[start] in FIRST_NAMES \
                and j + 1 < limit and ctx.words[j + 1] and complementizer(norms[j + 1]):
            j += 1  # "أحمد القاضي أن": a family name that is also a title, right before أن
            break
        nxt = ctx.norms[j + 1] if j + 1 < limit and ctx.words[j + 1] else ""
        if j > start and n in _ROLE_NAMES and nxt and (nxt == "عام" or in_lexicon(nxt, ORG_HEADS) or (
                is_definite(nxt) and not is_nisba(nxt) and nxt not in ctx.person_tokens)):
            break  # "ديفد فرانكلين | أمين المتحف"، "X | مساعد المدرب": a role after the name
        if j > start and nxt and not is_definite(n) and n not in ctx.person_tokens and n not in FIRST_NAMES \
                and (nxt in ORG_HEADS or nxt in _TEAMS or (nxt[2:] in ORG_HEADS and nxt[:2] == "ال")) and not _stopword(n) \
                and ctx.entity_end_tok.get(start, start) <= j:
            break  # "ألونسو | متسابق فريق رينو": a description in construct with a body, not a family name
        if j >= start + 2 and n in _ROLE_NAMES and nxt and not is_definite(nxt) and nxt not in FIRST_NAMES \
                and not _stopword(nxt) and j + 2 < limit and ctx.words[j + 2] \
                and (is_definite(norms[j + 2]) or _is_place(ctx, j + 2)):
            break  # "برونو موتان | أمين متاحف فرنسا"، "X | مساعد وزير الخارجية": a post in a construct
        if n == "علي" and j > start and j + 1 < limit and ctx.words[j + 1] and (
                ctx.norms[j + 1] in _ALA_OBJECTS or masdar_like(ctx.norms[j + 1])):
            break  # "كما أكد نجاد | علي ضرورة …": the preposition على written with ya
        if n in _WEEKDAY_NAMES and j - start >= 2 and norms[j - 1] in FIRST_NAMES and norms[start] in FIRST_NAMES \
                and j + 1 < limit and ctx.is_punct(j + 1, "،,") and start > 0 and (
                    ctx.is_punct(start - 1, "،,") or ctx.words[start - 1] and norms[start - 1] in _APPOSITION_TITLES):
            j += 1  # "، ماجد عبدالله الخميس،": between commas, a family name that is also a weekday (not "said Thursday")
            break
        if j - 1 >= start and norms[j - 1] in _SON_OF and in_lexicon(n, _NAME_BREAKING_ROLES) and not is_definite(n) \
                and len(n) >= 4:
            j += 1  # "عبدالإله بن | مساعد الحربي": the father's name, whatever else the word is
            continue
        if j - 2 >= start and norms[j - 2] in _SON_OF and in_lexicon(n, _NAME_BREAKING_ROLES) and is_definite(n) \
                and n.startswith("ال") and len(n) >= 5 and not (j + 1 < limit and ctx.words[j + 1]
                                                             and norms[j + 1] in FIRST_NAMES):
            j += 1  # "طارق بن يوسف | القاضي": a family name that is also a post, after بن X
            break
        if j == start + 1 and n in _TRADE_FAMILY_NAMES and norms[start] in FIRST_NAMES and (
                j + 1 >= limit or not ctx.words[j + 1] or complementizer(norms[j + 1])
                or norms[j + 1].startswith("ال") and norms[j + 1].endswith(("ين", "ات"))):
            # (not "محمد إمام المسجد": the post, in construct)
            j += 1  # "ريان مفتي"، "عمر قاضي": a family name that is also a post, right after a given name
            break
        if j == start + 1 and norms[start] in FIRST_NAMES and n in _MIDDLE_AL and j + 1 < limit \
                and _tagged_person_at(ctx, j + 1):
            j = entity_end(ctx, j + 1, limit)  # "د. آمنة الأمين ميرغني": a father's name like a post, then the family's
            break
        if (_stopword(n) and not _ali(ctx, j)) or n in SPEECH_EVENTS or n in NOT_NAME \
                or in_lexicon(n, _NAME_BREAKING_ROLES) or n in _ONE_OF \
                or (n[:1] in "بل" and in_lexicon(n[1:], SPEECH_EVENTS)):
            break  # (أنييلي | أحد المساهمين: an apposition; شافيز | بتصريح)
        if in_lexicon(n, ANON_HEADS) and is_definite(n) and j - 1 >= start and norms[j - 1] in FIRST_NAMES \
                and norms[start] in FIRST_NAMES and (j + 1 >= limit or not ctx.words[j + 1]
                                                     or complementizer(ctx.norms[j + 1])):
            j += 1  # "ليلى نجيب الصراف، …"، "… إن": two given names, then a family name that is also a trade
            break
        if in_lexicon(n, ORG_HEADS) or in_lexicon(n, DOC_HEADS) or in_lexicon(n, ANON_HEADS):
            break
        if masdar_like(n) or possessed_masdar(n) or _clitic_word(ctx, j, limit):
            break  # (جيبا | اعتزاله: his retirement, the object)
        if "\u064b" in ctx.raw[j] and n not in ctx.person_tokens:
            break  # "وأرجع الرميح | جزءاً من المشكلة": a word in the accusative with its tanwin, the object
        if n.endswith("ات") and len(n) >= 5 and in_lexicon(n[:-2] + "ه", ORG_HEADS):
            break  # "الدكتور سعيد | هيئات المجتمع المدني": the plural of a body's head, the object
        if n[:1] == "ل" and match_outlet(ctx, j, limit, preposition=True) is not None:
            break  # أحمد سليمان | لفرانس برس: the via
        if is_definite(n) and (n.endswith(_PLURAL_ENDINGS) or n.startswith(("وال", "بال", "لل", "فال"))) \
                and not _family_in_ين(ctx, start, j, limit) and not _foreign_wal(ctx, start, j, limit) \
                and not (n.endswith("ات") and n.startswith("ال") and j == start + 1 and norms[start] in FIRST_NAMES
                         and (j + 1 >= limit or ctx.is_punct(j + 1, "،,:")
                              or ctx.words[j + 1] and (complementizer(norms[j + 1]) or norms[j + 1][:1] == "ل"
                                                       and match_outlet(ctx, j + 1, limit, preposition=True) is not None))) \
                and not (n.endswith(("ون", "ين")) and n.startswith("ال") and j == start + 1 and norms[start] in FIRST_NAMES
                         and (j + 1 == limit < len(norms) and ctx.words[j + 1] or j + 1 < limit and ctx.words[j + 1])
                         and norms[j + 1] in VERB_FORMS
                         and VERB_FORMS[norms[j + 1]].prefix == "" and VERB_FORMS[norms[j + 1]].number == "s"):
            # ("الصياد علي المرهون حذر": a family name in -ون, then his own verb in the singular)
            break  # (but "نضال العبداللات،": a given name, then a family name in -ات before the comma)
        if norms[j - 1] in _NAME_LINKS or (norms[j - 1] in _COMPOUND_SECOND and j - 1 > start):
            j += 1  # عبد اللطيف، أبو الغيط، ذبيح الله مجاهد
            continue
        if is_definite(n) and n not in ctx.person_tokens and j + 1 < limit and ctx.words[j + 1] \
                and adjective_like(norms[j + 1]):
            break  # شيراك | المدن الفرنكوفونية: a noun with its adjective, the object
        if is_definite(n) and norms[start] not in FIRST_NAMES and n not in ctx.person_tokens \
                and not is_nisba(n) and not ctx.has_entities and not (after_role and j == start + 1):
            break  # after an unknown first word only a nisba family name may follow
        j += 1
    if j - start >= 2 and _word(ctx, j, limit) and norms[j] in _JUNIOR:
        j += 1  # فرديناند ماركوس الابن: "junior" is part of the name
    return j


_JUNIOR = frozenset(("الابن", "الاب", "جونيور"))


def _construct_after(ctx: Context, k: int, limit: int) -> bool:
    """Token ``k`` goes on a construct chain: a definite word that is no family name
    (المنظمات), or an indefinite word and then one (طرد المنظمات)."""
    for t in (k, k + 1):
        if not _word(ctx, t, limit) or _stopword(ctx.norms[t]) or ctx.norms[t] in FIRST_NAMES:
            return False
        n = ctx.norms[t]
        if is_definite(n):
            return not is_nisba(n) and n not in ctx.person_tokens
    return False


def _foreign_wal(ctx: Context, start: int, j: int, limit: int) -> bool:
    """"كاثرين والدمان،"، "جون والش إن": a family name whose own first letters are وال, right
    after a known first name and before a comma, a colon or إن/أن (a word after "and the"
    would be a noun the lexicons know)."""
    n = ctx.norms[j]
    if j != start + 1 or ctx.norms[start] not in FIRST_NAMES or not n.startswith("وال") or len(n) < 5 \
            or n.endswith(_PLURAL_ENDINGS) or is_nisba(n[1:]) or n[1:] in ctx.person_tokens:
        return False
    if any(in_lexicon(n[1:], lex) for lex in (ORG_HEADS, DOC_HEADS, ANON_HEADS, ROLE_HEADS)) or _stopword(n[1:]):
        return False
    return j + 1 >= limit or ctx.is_punct(j + 1, "،,:") or (ctx.words[j + 1] and complementizer(ctx.norms[j + 1]))


def entity_end(ctx: Context, j: int, limit: int) -> int:
    """Token just past the entity starting at ``j``, cut before words that cannot be part of
    a name (للصحيفة، إن، في ...) in case the tagger ran on."""
    end = min(limit, ctx.entity_end_tok[j])
    for k in range(j + 1, end):
        n = ctx.norms[k]
        if complementizer(n) and n == "ان" and k + 1 < end and ctx.words[k + 1] and len(ctx.norms[k + 1]) <= 2 \
                and not is_definite(ctx.norms[k + 1]):
            continue  # بنك إي إن جي: letters of an acronym, not إن
        if ctx.raw[k] in ("-", "–") and k + 1 < end and ctx.words[k + 1] and ctx.entity_at[j].type == "PER":
            continue  # ميشال اليو - ماري: one double-barrelled name
        if n in _STARTING and k + 1 < limit and ctx.words[k + 1] and (
                ctx.norms[k + 1][:1] == "ب" or ctx.norms[k + 1] in ("في", "من")):
            return k  # "وزارة التجارة | المباشرة بتوزيع": the tagger ran on into what it announced
        if k > j + 1 and n.endswith("ات") and len(n) >= 5 and in_lexicon(n[:-2] + "ه", ORG_HEADS) \
                and ctx.entity_at[j].type == "PER":
            return k  # "سعيد | هيئات المجتمع المدني": a body's plural after the name, the object
        if not ctx.words[k] or complementizer(n) or n in _ENTITY_CUTS or (n in VERB_FORMS and n not in FIRST_NAMES) \
                or (n.startswith("بال") and len(n) > 5 and not _is_place(ctx, k) and not (
                    ctx.entity_at[j].type == "PER" and k == end - 1 and k - j == 1 and (
                        end >= len(ctx.norms) or not ctx.words[end] or complementizer(ctx.norms[end])))) or (
            n[:1] == "ل" and match_outlet(ctx, k, limit, preposition=True)
        ):
            return k
    if ctx.entity_at[j].type == "PER" and end - j == 2 and end + 1 < limit and ctx.words[end] \
            and ctx.is_punct(end + 1, "،,") and len(ctx.norms[end]) <= 4 and not is_definite(ctx.norms[end]) \
            and ctx.norms[end] not in TIME_WORDS and ctx.norms[end] not in _AFTER_A_NAME \
            and all(ctx.norms[t] not in FIRST_NAMES and not is_definite(ctx.norms[t]) for t in range(j, end)):
        return end + 1  # "تشيوي هونغ بين، كبير الخبراء": the third syllable of a Chinese name, before its post
    if ctx.entity_at[j].type == "PER" and end - j == 2 and end + 1 < limit and ctx.words[end] \
            and ctx.norms[end].startswith("ال") and len(ctx.norms[end]) >= 5 and end not in ctx.entity_at \
            and (not ctx.words[end + 1] and ctx.raw[end + 1] in "،," or complementizer(ctx.norms[end + 1])) \
            and not _stopword(ctx.norms[end]) and ctx.norms[end] not in TIME_WORDS and not is_nisba(ctx.norms[end]) \
            and not any(in_lexicon(ctx.norms[end], lex) for lex in (ROLE_HEADS, ORG_HEADS, ANON_HEADS, DOC_HEADS)) \
            and ctx.norms[end] not in ADJECTIVES and ctx.norms[end] not in VERB_FORMS:
        return end + 1  # "سلوى رشدي النحاس،": a family name that is also a word, after a given name and a father's
    if ctx.entity_at[j].type == "PER" and end - j == 1 and ctx.norms[j] in FIRST_NAMES and end + 2 < limit \
            and ctx.words[end] and ctx.norms[end].startswith("ال") and len(ctx.norms[end]) >= 5 and end not in ctx.entity_at \
            and ctx.is_punct(end + 1, "،,") and ctx.words[end + 2] and in_lexicon(ctx.norms[end + 2], ROLE_HEADS) \
            and ctx.norms[end + 2] not in TITLES and not _stopword(ctx.norms[end]) and ctx.norms[end] not in TIME_WORDS \
            and not any(in_lexicon(ctx.norms[end], lex) for lex in (ORG_HEADS, ANON_HEADS, DOC_HEADS)) \
            and ctx.norms[end] not in ADJECTIVES and ctx.norms[end] not in VERB_FORMS:
        return end + 1  # "سامح القاضي، وزير البترول": a family name that is also a post (the judge), then his post
    if ctx.entity_at[j].type == "ORG" and end < limit and ctx.words[end] and ctx.norms[end] in _PLURAL_PEOPLE_ADJ \
            and is_definite(ctx.norms[end - 1]):
        return end + 1  # "الاتحاد الدولي لنقابات العمال | العرب": the tagger stopped before the adjective
    return end


_TEAMS = folded_set("فريق منتخب")
_ENTITY_CUTS = folded_set("في على من عن إلى خلال يوم أمس اليوم الذي التي قال قالت")


def _clitic_word(ctx: Context, j: int, limit: int) -> bool:
    """A word whose first letter is a preposition or conjunction, not part of a name:
    بالرياض، بأسوان، للصحفيين، لوكالة، وأضاف (but not بيريز، لاغارد، وليد)."""
    n = ctx.norms[j]
    if n[:1] not in "وفبل" or n in FIRST_NAMES or n[1:] in FIRST_NAMES or n in ctx.person_tokens:
        return False
    if n[0] == "و" and j not in ctx.entity_at and (n in VERB_FORMS or len(n) <= 4):
        return True  # وأضاف، وخطط: a conjunction
    rest = n[1:]
    if n in ("ل", "ب", "و"):
        return True
    if (rest.startswith("ال") and len(rest) >= 5) or n.startswith("لل"):
        return True
    if n[0] == "ب" and (_lookup(rest, PLACES) or _is_place(ctx, j)):
        return True
    if n[0] in "بل" and j not in ctx.entity_at and (len(rest) <= 2 or masdar_like(rest) or rest in VERB_FORMS):
        return True  # بتعويض، بكشف، لنا (but بلير، بوش، لاغارد are names)
    if n[0] == "ل" and match_outlet(ctx, j, limit, preposition=True) is not None:
        return True
    if n[0] in "وف" and (rest in VERB_FORMS or n in VERB_FORMS):
        return True
    return False


_ALA_OBJECTS = folded_set("ضرورة أهمية حاجة الحاجة الدور دور عدم استمرار وجود التزام الالتزام ذلك تلك")


def keeper_post(ctx: Context, j: int) -> bool:
    """أمين at ``j`` is the post (أمين منطقة الرياض، أمين المتحف), not the given name: a region
    word or a definite word no person has after it."""
    return ctx.norms[j] in KEEPERS and j + 1 < len(ctx.norms) and ctx.words[j + 1] and (
        ctx.norms[j + 1] in _REGION_AFTER_KEEPER or ctx.norms[j + 1] in _THE_REGION
        or (is_definite(ctx.norms[j + 1]) and (j + 1 not in ctx.entity_at or ctx.entity_at[j + 1].type in ("LOC", "ORG"))
            and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER")
            and ctx.norms[j + 1] not in ctx.person_tokens))  # ("أمين الأحساء": a region the tagger found)


#: أمين is a given name and a post (أمين المتحف، أمين منطقة الرياض).
KEEPERS = folded_set("أمين أمينة")
#: The head words of a region's name (منطقة مكة المكرمة، محافظة جدة).
REGION_HEADS = folded_set("منطقة محافظة مدينة")
#: Heads of a region's name after ب: "بولاية نهر النيل"، "بمقاطعة لكصر".
_SETTLEMENT_HEADS = REGION_HEADS | folded_set("ولاية مقاطعة إقليم بلدة قرية")
_AFFAIRS_OF = folded_set("لشؤون ولشؤون")
_FOR_THE_SAKE = folded_set("لصالح لحساب لدى لمصلحة")
#: Words the tagger takes for a person's name and never are one.
NOT_PEOPLE = folded_set("كورونا فيروس الفيروس كوفيد")
#: Nouns the tagger runs a name on into, always an object after it ("حمّل X مسؤولية الأزمة").
#: What an official announces or orders, never a given name: "أعلن الوزير زيادة الرواتب".
_DECIDED_OBJECTS = folded_set("زيادة خفض تخفيض رفع تمديد تأجيل إلغاء تعليق صرف طرح إطلاق تعيين إعفاء تثبيت")
OBJECT_NOUNS = folded_set("مسؤولية المسؤولية قرار قرارات خطة خطط خطوة سياسة سياسات إجراءات أداء تصريحات")
_REGION_AFTER_KEEPER = REGION_HEADS | folded_set("عام عامة")
_THE_REGION = folded_set("المنطقة المحافظة المدينة العاصمة الشرقية الغربية الشمالية الجنوبية")
_ALA_PHRASES = folded_set("لسان حد هامش صعيد الرغم رغم سبيل خلفية ضوء")


def _ali(ctx: Context, j: int) -> bool:
    """The name علي (written with ya), not the preposition على (in a text that writes على with
    ya everywhere, only where the tagger starts a person's name there)."""
    if ctx.norms[j] != "علي" or not ctx.raw[j].endswith("ي"):
        return False
    if j + 1 < len(ctx.norms) and ctx.norms[j + 1] in _ALA_PHRASES:
        return False  # "علي لسان X"، "علي حد قوله"، "علي هامش": the preposition in a set phrase
    if ctx.ya_for_maqsura:
        if not ctx.has_entities:
            return False
        ent = ctx.entity_at.get(j)
        if ent is not None:
            return ent.type == "PER"
        return any(ctx.entity_at.get(t) is not None and ctx.entity_at[t].type == "PER"
                   and ctx.entity_end_tok.get(t, t) > j for t in range(max(0, j - 3), j))
        # ("أحمد علي" whole in the tagger's name: its last word, not the preposition)
    return True


_TANWIN = frozenset("\u064b\u064c\u064d")


def article(ctx: Context, j: int) -> bool:
    """Token ``j`` carries the article (ألونسو and أليباي, with a hamza, do not)."""
    return is_definite(ctx.norms[j]) and not ctx.raw[j].startswith(("أل", "إل"))


_OBJECT_FOLLOWERS = folded_set("من في على إزاء حيال تجاه بشأن حول لدى")


def _family_in_ين(ctx: Context, start: int, j: int, limit: int) -> bool:
    """"فضل البوعينين في حديثه"، "محمد العثيمين إن": a family name that ends like a plural,
    right after a first name and before the end of the name (a preposition, إن/أن, a comma)."""
    n = ctx.norms[j]
    if not (j == start + 1 or (j > start + 1 and ctx.norms[j - 1] in FIRST_NAMES and ctx.norms[j - 2] in _NAME_LINKS)) \
            or not n.startswith("ال") or not n.endswith("ين") or len(n) < 7:
        return False  # (also "فهد بن علي البوعينين": after بن and a given name)
    if ctx.norms[start] not in FIRST_NAMES and start not in ctx.entity_at:
        return False
    k = j + 1
    return k >= limit or not ctx.words[k] or _stopword(ctx.norms[k]) or complementizer(ctx.norms[k]) \
        or ctx.norms[k] == "ل" or (ctx.norms[k][:1] == "ل" and match_outlet(ctx, k, limit, preposition=True) is not None)


def _entity_inside(ctx: Context, j: int) -> bool:
    """The tagger's entity starts inside token ``j``, after a clitic (و|سولانا)."""
    ent = ctx.entity_at.get(j)
    return ent is not None and ent.start > ctx.starts[j]


_ANOTHER = folded_set("آخر أخرى آخرون آخرين آخران")
_WEEKDAY_NAMES = folded_set("الخميس الجمعة السبت الأحد")
_APPOSITION_TITLES = folded_set("الدكتور الدكتورة المهندس المهندسة الأستاذ الأستاذة الشيخ هو هي")
_TIME_HEADS = folded_set("مطلع مستهل أواخر أوائل منتصف نهاية بداية ختام غضون")


_AD_DIN = "الدين"
_NICKNAMED = folded_set("الملقب الملقبة المعروف المعروفة")
_PREPOSITION_NEXT = folded_set("في من على إلى عن مع")


def _norm_set(ctx: Context) -> frozenset[str]:
    got = ctx.__dict__.get("_norm_set")
    if got is None:
        got = ctx.__dict__["_norm_set"] = frozenset(ctx.norms)
    return got


def _aide_to(ctx: Context, j: int) -> bool:
    """Token ``j`` is لـ on a name the text gives bare elsewhere (لسوكساوات after سوكساوات): "of him",
    not a name of its own; never a body, an outlet or a common word (لوكالة، للوزير)."""
    n = ctx.norms[j]
    if n[:1] != "ل" or len(n) < 6 or j in ctx.entity_at or n.startswith("لل") or n[1:] not in _norm_set(ctx):
        return False
    rest = n[1:]
    return not (in_lexicon(rest, ORG_HEADS) or in_lexicon(rest, ROLE_HEADS) or in_lexicon(rest, ANON_HEADS)
                or rest in MEDIA_TYPES or in_lexicon(rest, DOC_HEADS) or is_definite(rest) or _stopword(rest))


_NUMBER_WORDS = folded_set("ثلاث أربع خمس ست سبع ثماني تسع عشر ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة "
                           "عشرات مئات آلاف ملايين")


_WHERE_ONE_DOES = folded_set("في لدى منذ مع")
_WITH_PRONOUN = folded_set("معه معها معهم معهما إليه إليها إليهم اليه اليها اليهم")
_MANNER = folded_set("جملة بشدة مرارا مرارًا مراراً قطعيا قطعياً تماما تماماً مجددا مجدداً سابقا سابقاً ضمنا صراحة صراحةً")


_WAS = frozenset(("كان", "كانت", "كانوا"))
_REFUSED = folded_set("رفض رفضت فضل فضلت طلب طلبت")


_TRADE_FAMILY_NAMES = folded_set("مفتي قاضي خطيب إمام")


def _construct_plural(ctx: Context, j: int) -> bool:
    """مستعملي، مستثمري، موظفي: a sound plural in construct (its nun dropped) before a definite word."""
    n = ctx.norms[j]
    return n[:1] == "م" and n.endswith("ي") and len(n) >= 6 and n not in FIRST_NAMES \
        and not (j > 0 and ctx.words[j - 1] and ctx.norms[j - 1] in FIRST_NAMES) \
        and (j not in ctx.entity_at or ctx.entity_end_tok.get(j, j + 1) == j + 1) and j + 1 < len(ctx.norms) and ctx.words[j + 1] \
        and ctx.norms[j + 1].startswith("ال")


def name_start(ctx: Context, j: int, after_role: bool = False, wa_ok: bool = False) -> bool:
    """Token ``j`` may begin a name. ``after_role``: it follows a role (المحامي سامر الخطيب),
    where an unknown word with a definite word after it is a first and a family name rather
    than a noun with its genitive."""
    n = ctx.norms[j]
    if n in NOT_PEOPLE or n[1:] in NOT_PEOPLE:
        return False  # "للتصدي لفيروس كورونا": a virus, whatever the tagger made of it
    if n in _KUNYA and j + 1 < len(ctx.norms) and ctx.words[j + 1] and ctx.norms[j + 1] in FIRST_NAMES:
        return True  # "أم محمد": a name by one's child (أم is also "or")
    if _stopword(n) and not _ali(ctx, j):
        return False  # على (the preposition) folds like the name علي
    if _construct_plural(ctx, j):
        return False  # "ودعا الوزير | مستثمري القطاع الخاص": whom he called on, in construct
    if keeper_post(ctx, j):
        return False  # "أمين منطقة الرياض"، "أمين المتحف": the post, not the given name
    if n[:1] == "ل" and not n.startswith("لل") and len(n) >= 5 and n not in FIRST_NAMES and n[1:] not in FIRST_NAMES \
            and n[1:].endswith(("ي", "ين", "ات")) and j > 0 and ctx.words[j - 1] and is_definite(ctx.norms[j - 1]) \
            and not is_definite(n[1:]):
        return False  # "رئيس الغرفة الوطنية | لمصدري زيت الزيتون": whom the body is for, no name
    if n in _WAS and j not in ctx.entity_at and n not in ctx.person_tokens:
        return False  # "ورفض عامل وافد | كان يجمع بضاعته التعليق": what he was doing, no name
    if after_role and n in _REFUSED and j not in ctx.entity_at and n not in ctx.person_tokens:
        from .anonymity import anonymity_clause

        if anonymity_clause(ctx, j, min(len(ctx.norms), j + 6)):
            return False  # "بائع آسيوي | رفض ذكر اسمه": his refusing to be named, no name
    if n in _TIME_HEADS and j + 1 < len(ctx.norms) and ctx.words[j + 1] and ctx.norms[j + 1] in TIME_WORDS \
            and n not in ctx.person_tokens:
        return False  # "وقال وزير الدولة مطلع الأسبوع إن": when he said it, not a man named مطلع
    if n.endswith(("ون", "ين")) and len(n) >= 6 and n not in FIRST_NAMES and (
            in_lexicon(n[:-2], ROLE_HEADS) or in_lexicon(n[:-2], ANON_HEADS)):
        return False  # "مستشارون ماليون": the plural of a role, people unnamed
    if n.endswith(("ي", "و")) and len(n) >= 5 and n not in FIRST_NAMES and j not in ctx.entity_at \
            and (in_lexicon(n[:-1], ANON_HEADS) or in_lexicon(n[:-1], OCCUPATIONS)) \
            and j + 1 < len(ctx.norms) and ctx.words[j + 1] and is_definite(ctx.norms[j + 1]):
        return False  # "مقاولي الباطن"، "مقاولو الباطن": contractors in the construct plural, no name
    if n in PARTICIPLES and n not in FIRST_NAMES:
        return False  # "وكيل الوزارة، | مشيرا إلى أن": the speaker's next words, no name
    if after_role and is_nisba(n) and not is_definite(n) and n not in FIRST_NAMES \
            and ctx.entity_end_tok.get(j, j + 1) == j + 1:
        from .roles import nationality_adj

        if nationality_adj(n):
            return False  # "خبير | روسي لـ«سبوتنيك»:": where the expert is from, no name
    if after_role and n in _DECIDED_OBJECTS and n not in FIRST_NAMES and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER"
                                                       and ctx.entity_end_tok.get(j, j + 1) > j + 1):
        return False  # "وأعلن الوزير | زيادة رواتب العاملين": what he announced, no name
    if n not in FIRST_NAMES and j + 1 < len(ctx.norms) and ctx.words[j + 1] and ctx.norms[j + 1] in _WITH_PRONOUN \
            and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER"):
        return False  # "مسؤول في السفارة، | تواصلت معه «الجزيرة»": a verb on him, no name
    if n not in FIRST_NAMES and n[:1] in "يت" and 4 <= len(n) <= 6 and j not in ctx.entity_at \
            and n not in ctx.person_tokens and j + 1 < len(ctx.norms) and ctx.words[j + 1] \
            and ctx.norms[j + 1] in _WHERE_ONE_DOES:
        return False  # "وسيط عقاري، | يعمل في منطقة السالمية،": what he does, no name
    if n in _MANNER and n not in ctx.person_tokens and j not in ctx.entity_at:
        return False  # "وهو ما نفاه متحدث باسم اللجنة | جملة وتفصيلا، بشدة، مرارا": how he said it
    if n in _NUMBER_WORDS and j not in ctx.entity_at:
        return False  # "وحدد الوزير | ثلاثة أسباب": a number and what it counts, no name
    if after_role and n not in FIRST_NAMES and j not in ctx.entity_at and n not in ctx.person_tokens \
            and j + 1 < len(ctx.norms) and ctx.words[j + 1] and (ctx.norms[j + 1] in _NUMBER_WORDS or ctx.norms[j + 1][:1].isdigit()):
        return False  # "أعلن حاكم الولاية | مقتل ثلاثة مدنيين": a noun with its count, the object, no name
    if n in FIRST_NAMES or ctx.raw[j][:1].isupper():
        return True
    if n in AL_GIVEN and j + 1 < len(ctx.norms) and ctx.words[j + 1] and ctx.norms[j + 1] in ("بن", "ابن", "ولد") \
            and j > 0 and (ctx.words[j - 1] and ctx.norms[j - 1] in TITLES
                           or j in ctx.entity_at and ctx.entity_at[j].type == "PER"
                           or ctx.norms[j + 1] == "ولد" and j + 2 < len(ctx.norms) and ctx.words[j + 2]
                           and not _stopword(ctx.norms[j + 2])):
        return True  # "السيد المنجي بن رمضان": a given name with the article, then his father's
        # ("وزير الطاقة والنفط، الناجي ولد محمد الأمين،": so the tagger found it, after a comma;
        # "وقال الداه ولد اعمر إن": ولد after such a name is always the Mauritanian "son of")
    if j > 0 and ctx.words[j - 1] and (ctx.norms[j - 1] in _NUMBER_WORDS or ctx.norms[j - 1].isdigit()) \
            and j not in ctx.entity_at:
        return False  # "فندق مصنف من فئة خمس | نجوم": a counted noun, no name
    if after_role and _aide_to(ctx, j):
        return False  # "مساعد لسوكساوات" after "برايون سوكساوات": an aide to the man named bare, no name
    if after_role and j + 2 < len(ctx.norms) and ctx.words[j + 1] and _initial(ctx, j + 1) and ctx.words[j + 2] \
            and not is_definite(n) and not _stopword(n) and len(n) >= 3:
        return True  # "الممثلة اللبنانية ريتا | ب. حداد": a given name before a middle initial
    if j not in ctx.entity_at and n not in ctx.person_tokens and n[:1] in "بل" and n.endswith("ه") and len(n) >= 5:
        return False  # "رئيس الدولة … | بجولة لمختلف مرافق المسجد": a preposition on a noun, no name
    if after_role and j not in ctx.entity_at and n not in ctx.person_tokens and n[:1] == "ي" and len(n) >= 4 \
            and not ctx.raw[j][:1].isupper():
        return False  # "مسؤول أميركي رفيع | يرافق نائب الوزير": an imperfect verb on the unnamed one
    if after_role and j not in ctx.entity_at and n not in ctx.person_tokens and j + 1 < len(ctx.norms) \
            and ctx.words[j + 1] and ctx.norms[j + 1] in _PREPOSITION_NEXT:
        return False  # "عن دبلوماسي عربي | شارك في الاجتماع": a verb on the unnamed one, no name
    if j + 1 < len(ctx.norms) and ctx.words[j + 1] and ctx.norms[j + 1] in _ANOTHER and j not in ctx.entity_at:
        return False  # "مسافر آخر": another passenger, a common noun (a name takes no آخر)
    if after_role and n.endswith("ه") and len(n) >= 4 and j not in ctx.entity_at and n not in ctx.person_tokens \
            and j > 0 and ctx.words[j - 1] and not is_definite(ctx.norms[j - 1]) and ctx.norms[j - 1] not in TITLES \
            and in_lexicon(ctx.norms[j - 1], ROLE_HEADS):
        return False  # "مدير مزرعة دواجن"، "مدير مدرسة": what he runs, a feminine noun after his post, no woman
    if "." in n and len(n) >= 4 and n[0].isalpha():
        return True  # جيه.إل.إل: a dotted acronym is a name
    if j + 1 < len(ctx.norms) and ctx.words[j + 1] and ctx.norms[j + 1] == "الدين" and len(n) >= 2 \
            and not article(ctx, j) and not _stopword(n):
        return True  # نور الدين، تقي الدين: a compound first name
    if any(ch in _TANWIN for ch in ctx.raw[j]):
        return False  # انتقاداً: an indefinite noun with tanwin
    if ctx.raw[j][:1] == "إ" and len(n) == 5 and n[3] == "ا" and n[-1] == "ء" and j not in ctx.entity_at:
        return False  # إجراء، إنشاء، إلغاء: a verbal noun (إفعال of a defective verb), not a name
    if len(n) == 4 and n[2:] == "اء" and n not in FIRST_NAMES and n not in ctx.person_tokens and j not in ctx.entity_at:
        return False  # أداء، بناء، شراء: a verbal noun (فعال), not a name (علاء، وفاء are listed)
    if n.endswith("ا") and len(n) >= 3 and n not in FIRST_NAMES and n not in ctx.person_tokens \
            and j not in ctx.entity_at and j + 1 < len(ctx.norms) and ctx.words[j + 1] \
            and ctx.norms[j + 1].endswith("ا") and len(ctx.norms[j + 1]) >= 4 and not is_definite(ctx.norms[j + 1]) \
            and ctx.norms[j + 1] not in FIRST_NAMES:
        return False  # "يتوقع فشلا ذريعا": an accusative noun and its adjective, not a name
    if n.endswith("ا") and len(n) >= 4 and n not in ctx.person_tokens and j not in ctx.entity_at \
            and (j + 1 >= len(ctx.norms) or not ctx.words[j + 1] or ctx.norms[j + 1] in _OBJECT_FOLLOWERS):
        return False  # "أبدت الوزيرة قلقا من ...": an accusative object, then its preposition
    if article(ctx, j) or n in SPEECH_EVENTS or n in NOT_NAME or n in KNOWN_ORGS:
        return False
    ent = ctx.entity_at.get(j)
    if ent is not None and ent.type in ("ORG", "LOC"):
        return False
    if match_outlet(ctx, j, len(ctx.norms)) is not None:
        return False
    if n[0].isdigit() or masdar_like(n) or (is_verb_like(n) and not ctx.raw[j].endswith("ة")):
        return False
    if any(in_lexicon(n, lex) for lex in (ROLE_HEADS, ORG_HEADS, DOC_HEADS, ANON_HEADS, PLACES)):
        return False
    if _clitic_word(ctx, j, len(ctx.norms)) or n in VERB_FORMS:
        return False
    if not wa_ok and n[:1] == "و" and len(n) >= 5 and n not in FIRST_NAMES and (_entity_inside(ctx, j) or (
            n not in ctx.person_tokens and (n[1:] in FIRST_NAMES or n[1:] in ctx.person_tokens
                                            or (n[1:3] in ("مت", "مس", "من") and j not in ctx.entity_at)))):
        return False  # "X وسولانا"، "حذر ومتردد": a conjunction on a name or a participle, not a name's start
    if n[:1] == "ب" and len(n) >= 5 and j not in ctx.entity_at and n not in ctx.person_tokens \
            and n not in FIRST_NAMES and (ctx.raw[j][1:2] in "إأآ" or masdar_like(n[1:]) or (
                j + 1 < len(ctx.norms) and ctx.words[j + 1] and ctx.norms[j + 1].startswith("ال"))):
        return False  # "وتكهن بإمكانية أن"، "نوه بنتائج الزيارة": the preposition on a noun, the verb's object
    if len(n) == 4 and n[0] == "ت" and n not in ctx.person_tokens and j not in ctx.entity_at:
        return False  # تحول، تطور، تغير: a verbal noun تفعّل, not a name
    raw = ctx.raw[j]
    if raw.endswith(("ه", "ها", "هم", "هما")) and len(n) >= 3 and n not in ctx.person_tokens:
        return False  # إسلامه، موقفها: a noun with a pronoun, not a name
    if n.endswith("ات") and len(n) >= 5 and n not in ctx.person_tokens:
        return False  # سيارات، شهادات: a plural
    if not after_role and n not in ctx.person_tokens and j + 1 < len(ctx.norms) and ctx.words[j + 1] \
            and article(ctx, j + 1) and not ctx.norms[j + 1].startswith(("ال" + "ل",)) \
            and j not in ctx.entity_at and not _lookup(ctx.norms[j + 1], ORG_HEADS):
        # "أهمية الحفاظ": an unknown word with a genitive after it is a common noun
        nxt = ctx.norms[j + 1]
        if nxt.startswith("لل"):
            pass  # سامسونغ للإلكترونيات، ميريتز للأوراق المالية: a name with a ل-genitive
        elif not (is_nisba(nxt) and not nxt.endswith(("يين", "يون"))) or nxt.startswith(("وال", "بال")):
            return False
    return True


_CLOSE = folded_set("وثيق وثيقة وثيقو وثيقي")


