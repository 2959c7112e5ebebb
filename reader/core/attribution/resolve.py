"""Who a source really is: short names, roles, definite back-references and implied subjects.

- A short name resolves to the full name given earlier (وقال تشاو -> تشاو تشيجو).
- A role that was given with a name resolves to that person (وأضافت المتحدثة -> أولغا سارادو),
  and so does a descriptor of the last speaker (وأضاف الإيطالي).
- A definite noun points back to the last source with the same head (المصادر، المصدر، التقرير،
  الصندوق، المسؤول); الصحيفة/الوكالة point back to the last outlet named.
- An implied subject (وأضاف، لكنه قال، وأوضحت) is the last speaker of the same gender.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from reader.core.model import Span
from reader.core.text import fold, is_arabic_letter

from .context import Context
from .mentions import (
    _workplace, alias_of, clitic_chars, company_before, company_named, document_after, org_ending_with, same_body_before, document_before, fuller_name, is_company_reference, headline_post_holder, person_by_role, described_before_name,
    SUPERLATIVES,
)
from .vias import OutletsMixin
from .modifiers import indefinite_description
from .phrases import NP, _is_place, _lookup, _prefix_chars, def_chain, verb_after_name
from .roles import institution_post
from .sources import ONE_OF_THEM, bare, body_by_field
from .words import PLACES as PLACE_NAMES
from .cues import VERB_FORMS
from .words import complementizer
from .words import ANON_HEADS, FEMININE_NAMES, FIRST_NAMES, TITLES, ORG_HEADS, ROLE_HEADS, SAME_BEFORE, SELF_WORDS, folded_set, in_lexicon, is_definite, is_nisba

#: A document named with who issued it (صادر عن X، أعدها X، «X»).
_ISSUER_NAMED = re.compile(r"[«\"]| عن |أصدر|أعد|أجر|نشر")

_RECENT = folded_set("حديثة حديث جديدة جديد أخيرة أولية رسمية")
_ISSUED_FORMS = folded_set("الصادرة الصادر")
_COMPANY_BARE = folded_set("شركة مجموعة")
from .mentions import _NO_NAME_ADJ  # noqa: E402

from .words import AMMA as _AMMA, BANK_WORDS as _BANK_WORDS  # noqa: E402

#: Broken plurals of unnamed groups (no sound-plural ending to recognise them by).
_GROUP_PLURALS = folded_set("تجار سكان خبراء شهود عمال أطباء علماء سماسرة وسطاء باعة أهالي طلاب طلبة أقارب جيران ملاك صيادلة")


_NAME_PARTICLES = frozenset(fold(w) for w in "بن ابن بنت عبد ابو أبو ام أم آل ال ولد".split())
_NAME_SECONDS = frozenset(fold(w) for w in "الدين الله الرحمن الرحيم العزيز".split())


def _name_after(ctx: Context, j: int) -> int:
    """Past a proper name at ``j`` (an ORG/PER entity, or words no list knows in Latin or
    Arabic letters without the article), or ``j``."""
    n = len(ctx.norms)
    if j >= n or not ctx.words[j] or is_definite(ctx.norms[j]) or ctx.norms[j][:1] in "وف" \
            or ctx.starts[j] > ctx.ends[j - 1] + 1:
        return j  # (ووزارة التربية: another body, joined by و)
    ent = ctx.entity_at.get(j) if ctx.has_entities else None
    if ent is not None and ent.type in ("ORG", "PER") and not (ent.type == "PER" and ctx.norms[j] in FIRST_NAMES):
        return ctx.entity_end_tok.get(j, j + 1)  # (not "شركة «كاسبرسكي» | ماجد الحربي": a man who works there)
    return j


def _nationality(word: str) -> bool:
    """الإيطالي، المصري، الفرنسي: a nisba of a country (a descriptor of the last speaker)."""
    b = bare(word)
    if not b.endswith("ي"):
        return False
    stem = b[:-1]
    return any(fold(x) in PLACE_NAMES for x in (stem, stem + "ا", b + "ا", "ال" + b + "ه", b + "ه", "ال" + stem))


_BIN, _IBN = fold("بن"), fold("ابن")


def _genderless(word: str) -> str:
    word = bare(word)
    if word.endswith("ه") and len(word) > 3:
        return word[:-1]
    return word


_TRADES = frozenset(bare(fold(w)) for w in "التاجر البائع الصياد الوسيط السمسار الدلال المزارع الفلاح السائق المقاول المستثمر الموظف الصراف".split())
_COUNTERPARTS = frozenset(fold(w) for w in "نظيره نظيرته نظيريه".split())
_NEGATED_OPENERS = frozenset(fold(w) for w in "ولم لم ولا ولن وقد".split())
_BOTH_SIDES = frozenset(fold(w) for w in "الجانبان الطرفان الجانبين الطرفين البلدان البلدين".split())
_KUNYA_WORDS = frozenset(fold(w) for w in "أبو أم".split())
_NICKNAMED_WORDS = frozenset(fold(w) for w in "المكنى المكناة الملقب الملقبة".split())
_BOTH_OFFICIALS = frozenset(fold(w) for w in """الوزيران الوزيرين الرئيسان الرئيسين السفيران السفيرين النائبان
    النائبين المسؤولان المتحدثان""".split())
_BOTH_BODIES = frozenset(fold(w) for w in "البنكان البنكين الشركتان الشركتين المصرفان المصرفين المجموعتان".split())
_NUMBER_ENDINGS = ("تان", "تين", "ان", "ين", "ون")


def _head_key(head: str) -> str:
    """A head noun without its dual or sound plural ending, so that المصدران points back to
    مصدرين and المسؤولون to مسؤولين (the case ending changes with the verb's position)."""
    for suf in _NUMBER_ENDINGS:
        if head.endswith(suf) and len(head) - len(suf) >= 3:
            return head[: -len(suf)]
    return head


def _in_byline(ctx: Context, t: int) -> bool:
    """Token ``t`` is in a byline or dateline line: a short paragraph with a dash, a slash or a
    colon at its end and no reporting verb ("محمد آل حمود- سبق- القطيف:"، "كتب: X")."""
    para = ctx.para_of[t]
    a = t
    while a > 0 and ctx.para_of[a - 1] == para:
        a -= 1
    b = t
    while b + 1 < len(ctx.norms) and ctx.para_of[b + 1] == para:
        b += 1
    if b - a > 10:
        return False
    marks = any(ctx.raw[k] in ("-", "–", "/") for k in range(a, b + 1)) or ctx.raw[b] == ":"
    return marks and not any(ctx.words[k] and ctx.norms[k] in VERB_FORMS and ctx.norms[k] != "كتب"
                             for k in range(a, b + 1))


@dataclass
class Speaker:
    resolved: str
    kind: str
    gender: str
    number: str
    head: str
    tokens: tuple[str, ...]
    roles: set[str] = field(default_factory=set)
    via: Span | None = None
    is_person: bool = False
    pos: int = -1  # token where the source was written (-1 when implied)
    posts: set[str] = field(default_factory=set)  # whole posts given with the name ("رءيس الشركه")
    pair: bool = False  # two sources joined by و, cited together


#: "خادم الحرمين الشريفين الملك": the King's title, then his post; each names him again.
_KINGS_TITLE = fold("خادم الحرمين الشريفين")
_TITLE_THEN_POST = re.compile("(?<=" + re.escape(_KINGS_TITLE) + ") ")


_DEPARTMENT = folded_set("لشؤون للشؤون")
_AGENCY_FORMS = folded_set("وكالة ووكالة بوكالة لوكالة الوكالة")
#: Agencies that are no news outlets: ratings agencies, the energy agencies.
_NOT_NEWS_AGENCIES = tuple(fold(w) for w in ("ستاندرد", "موديز", "فيتش", "كابيتال إنتليجنس", "الطاقة", "للطاقة",
                                               "الذرية", "التصنيف", "للتصنيف"))
_RATING_NAMES = re.compile(r"ستاندرد\s+[آا]ند\s+بورز|موديز|فيتش")
_COMPANY_WORDS = folded_set("شركة مجموعة")
from .mentions import PLATFORMS as _PLATFORMS  # noqa: E402


def _shares_post(tokens: tuple[str, ...], sp) -> bool:
    """A long post given again shares a word beyond its head with a post the person was given."""
    extra = {bare(w) for w in tokens[1:] if len(bare(w)) > 3}
    if not extra:
        return True
    known = {bare(w) for p in sp.posts for w in p.split()} | {bare(w) for r in sp.roles for w in r.split()}
    return bool(extra & known)


_ONE_EXPERT = frozenset(fold(w) for w in "محلل خبير اقتصادي مستشار".split())
_POST_GLUE = frozenset(fold(w) for w in "في لدى من عن".split())


def _loose_post(post: str) -> tuple[str, ...]:
    """A post's words without prepositions, marks, clitics, the article and a construct ي
    (محللي -> محلل), to match a post said again in other words."""
    out = []
    for w in fold(post).replace("«", " ").replace("»", " ").replace('"', " ").split():
        if w in _POST_GLUE or not any(ch.isalpha() for ch in w):
            continue
        b = bare(w)
        out.append(b[:-1] if b.endswith("ي") and len(b) > 4 else b)
    return tuple(out)


def _post_key(role: str) -> str:
    words = role.split()
    return " ".join([_genderless(words[0])] + words[1:]) if words else ""


_DEMONSTRATIVE = folded_set("هؤلاء أولئك هذا هذه ذلك تلك")
#: Roles that name no one in particular: "مسؤول" again is another official.
_SUMU, _MAALI, _SAHIB = fold("سمو"), fold("معالي"), fold("صاحب")
_JALALA = fold("جلال")  # جلالته: His Majesty
_HIGHNESS_WORDS = frozenset(fold(w) for w in ("السمو", "سمو"))
_MAJESTY_WORDS = frozenset(fold(w) for w in ("الجلالة", "جلالة"))
_HIGHNESS_ROLES = frozenset(bare(fold(w)) for w in "أمير الأمير ولي الملك ملك خادم سمو".split())
_EXCELLENCY_ROLES = frozenset(bare(fold(w)) for w in "وزير الوزير معالي نائب رئيس محافظ أمين مدير".split())
#: Epithets for a sportsman named before ("النجم الهولندي"): the one who spoke last, by his
#: qualities, not whoever was last given the same word.
_EPITHETS = folded_set("نجم نجمة لاعب لاعبة عداء عداءة متسابق متسابقة بطل بطلة")
#: "المسؤول" alone: the official who just spoke, named with his post.
_OFFICIAL_WORDS = folded_set("مسؤول مسؤولة")
_THE_SPEAKER = folded_set("متحدث متحدثة")
_GENERIC_ROLES = folded_set("مسؤول مسؤولة مسؤولون مسؤولين مسؤولو مصدر مصادر") | _EPITHETS


def _two_people(tokens) -> bool:
    """"الوزيران خالد الفالح وإبراهيم العساف": a name or post after و inside a source cited
    together; one of them named again is that one, not the pair."""
    return any(w[:1] == "و" and len(w) > 3 and (w[1:] in FIRST_NAMES or in_lexicon(w[1:], ROLE_HEADS))
               for w in tokens[1:])


def _plural_group(tokens) -> bool:
    """النقاد، محللون، خبراء، مصادر: an unnamed group that an implied "he" cannot be."""
    if not tokens:
        return False
    w = bare(tokens[0])
    if w in ("بعض", "عدد") and len(tokens) > 1:
        w = bare(tokens[1])
    return w.endswith(("ون", "ين")) or w in _GROUP_PLURALS or w in _BROKEN_GROUPS \
        or len(w) >= 4 and w.endswith("و") and in_lexicon(w[:-1], ROLE_HEADS)  # مديرو، مسؤولو، ممثلو


_BROKEN_GROUPS = folded_set("نقاد مصادر خبراء مراقبين مسؤولين")


def _qualities(tokens) -> set[str]:
    return {bare(w).removesuffix("ه") for w in tokens[1:] if is_nisba(w)}


def _adjectives(words) -> set[str]:
    """The masculine nisba adjectives of a description (الهولندي، الأوروبي): whose it is."""
    return {bare(w) for w in words if w.endswith("ي") and is_nisba(w)}


def _another_one(tokens, person: "Speaker") -> bool:
    """A description whose adjectives none of the person's posts share: another person ("الرئيس
    الروماني" is not the Lebanese president who spoke, "النجم البرازيلي" not the Dutch forward)."""
    mine = _adjectives(tokens[1:])
    if not mine:
        return False
    described = [a for a in (_adjectives(p.split()) for p in person.posts) if a]
    return bool(described) and all(not (a & mine) for a in described)
    # (none shares: "المطور العقاري X، الرئيس التنفيذي لشركة …" is still "الرئيس التنفيذي")


def _each_post(role: str) -> list[str]:
    """"نائب رئيس مجلس الوزراء ووزير المالية": each post of a man who holds two, the second
    without its و."""
    posts: list[list[str]] = [[]]
    for w in role.split():
        if posts[-1] and w[:1] == "و" and in_lexicon(w[1:], ROLE_HEADS):
            posts.append([w[1:]])
        else:
            posts[-1].append(w)
    return [" ".join(p) for p in posts if p]


def _ministry_of(ctx: Context, name: str, at: int) -> str:
    """«العمل»، «التجارة»: a ministry by the word after وزارة, when the text names it so
    ("وزارة العمل"); "" otherwise."""
    words = fold(name).split()
    if len(words) != 1 or not words[0].startswith("ال"):
        return ""
    m = body_by_field(ctx, name.strip("«»\"“” "))
    return fuller_name(ctx, m.group(0), at) if m else ""  # (وزارة العمل والتنمية الاجتماعية, if named so)


def _same_qualities(tokens, earlier) -> bool:
    """A definite back-reference with an adjective (المصدر الطبي) points to a mention with the
    same adjective, or with none of its kind: not to "مصدر أمني"."""
    mine, theirs = _qualities(tokens), _qualities(earlier)
    return not mine or not theirs or bool(mine & theirs)


#: "the source": with ذاته/نفسه, whichever source spoke last, a person or a document.
_SOURCE_WORDS = frozenset((fold("مصدر"),))


#: Posts the press gives women in the masculine too ("النائب فاطمة …"، "رئيس مجلس الإدارة سارة …").
_SHARED_POSTS = folded_set("رئيس نائب مدير عضو سفير")


def _his_post_her(post: str, sp) -> bool:
    """"ونفى الوزير" is never the woman named before him ("النائبة … بنسعيد … إلى وزير الفلاحة"):
    a masculine post for a woman."""
    return bool(post) and sp.gender == "f" and not post.endswith(("ه", "ة")) and bare(post) not in _SHARED_POSTS


class Resolver(OutletsMixin):
    def __init__(self, ctx: Context, publishers: frozenset[str]):
        self.ctx = ctx
        self.publishers = publishers
        self.speakers: list[Speaker] = []
        self.claims: list[tuple[int, int]] = []  # character spans of the claims recorded so far
        self._mentions: list[tuple[int, int, str]] | None = None

    # --- speakers ---------------------------------------------------------------------------

    def last(self, gender: str = "", number: str = "") -> Speaker | None:
        for sp in reversed(self.speakers[-8:]):
            if gender and sp.gender and sp.gender != gender:
                continue
            if number == "p" and sp.number not in ("p", "d") and sp.kind in ("named_person", "unnamed_official") \
                    and not (sp.kind == "unnamed_official" and _plural_group(sp.tokens)):
                continue  # (but "مديرو صناديق": a post in the plural, after the singular verb before it)
            if number == "s" and gender == "m" and sp.kind == "anonymous" and _plural_group(sp.tokens):
                continue  # "وأضاف" (he added) does not go on with "النقاد" who spoke last
            return sp
        if gender == "f":  # (no one of her gender: not a man named as a man, "حذرت" after "وقال الوزير X")
            return next((sp for sp in reversed(self.speakers)
                         if not ((sp.is_person or sp.kind in ("unnamed_official", "anonymous")) and sp.gender == "m")), None)
        if gender == "m":  # (the same for him: "وقال في بيان" is no woman named before, "كريستين لاغارد", while a body spoke)
            body = next((sp for sp in reversed(self.speakers[-8:]) if not sp.is_person and sp.kind != "unnamed_official"), None)
            if body is not None and self.speakers[-1].is_person and self.speakers[-1].gender == "f":
                return body
        return self.speakers[-1] if self.speakers else None

    def by_honorific(self, honorific: str, k: int) -> Speaker | None:
        """"وأوضح سموه" at token ``k``: the last person given a prince's or king's title or post
        (سمو), else the prince named last; or the last minister (معالي); ``None`` when there is
        no such person."""
        marks = _HIGHNESS_ROLES if honorific.startswith((_SUMU, _JALALA)) \
            else _EXCELLENCY_ROLES if honorific.startswith(_MAALI) else None
        if marks is None:
            return None
        for sp in reversed(self.speakers[-12:]):
            words = {bare(r) for r in sp.roles} | {bare(p.split()[0]) for p in sp.posts if p}
            if sp.is_person and words & marks:
                return sp
        if marks is not _HIGHNESS_ROLES:
            return None
        return self._highness_mentioned(k, _MAJESTY_WORDS if honorific.startswith(_JALALA) else _HIGHNESS_WORDS)

    def _highness_mentioned(self, k: int, titles: frozenset[str]) -> Speaker | None:
        """"… التي قام بها صاحب السمو الملكي ولي العهد …، وما أكده سموه": the prince named last
        before token ``k`` (within 300 tokens), also when he has not spoken."""
        from .sources import parse_np

        ctx = self.ctx
        for t in range(k - 1, max(0, k - 300), -1):
            if ctx.norms[t] in titles and ctx.words[t]:
                s = t - 1 if t > 0 and ctx.norms[t - 1] == _SAHIB else t
                np = parse_np(ctx, s, min(len(ctx.norms), k))
                if np is not None and np.kind in ("named_person", "unnamed_official") and np.end <= k:
                    return self.explicit(np, np.kind, "m", "s", "")[2]
                return None
        return None

    def add(self, sp: Speaker) -> None:
        self.speakers.append(sp)
        if len(self.speakers) > 64:
            del self.speakers[:32]

    def explicit(self, np: NP, kind: str, gender: str, number: str, role_after: str) -> tuple[str, str, Speaker]:
        """Resolve a source written in the sentence; returns (resolved, kind, speaker)."""
        ctx = self.ctx
        text = ctx.text[np.src_start:np.src_end]
        tokens = tuple(fold(text).split())
        if len(tokens) > 1 and tokens[0] in SAME_BEFORE:
            tokens = tokens[1:]  # "نفس المعطيات": the data, the same as before
        by_role = False  # (the person given this post before, found by person_by_role)
        named_by_role = False
        head = _genderless(np.head)
        resolved = text
        target: Speaker | None = None
        epithet = bare(ctx.norms[np.start]) in _EPITHETS and bool(_qualities(tokens))
        if np.head in ONE_OF_THEM:
            resolved = self._group_before(np.start) or resolved
            group = fold(resolved).split()
            for sp in reversed(self.speakers[-4:]):
                if sp.kind == "anonymous" and group and sp.tokens[:1] == tuple(group[:1]):
                    resolved = sp.resolved  # أحدهما -> مصدران في وزارة الخزانة, the group as cited
                    break
        elif np.definite and kind == "anonymous" and bare(tokens[0]) in _TRADES and (
                len(tokens) == 1 or len(tokens) == 2 and is_definite(tokens[1]) and is_nisba(tokens[1])):
            trade = bare(tokens[0])  # "وتابع التاجر" after "سالم الكتبي، تاجر أقمشة في السوق": the trader named
            target = next((sp for sp in reversed(self.speakers[-6:]) if sp.is_person
                           and any(bare(p.split()[0]) == trade for p in sp.posts if p)), None)
            if target is None:
                # "وتابع الفلاح الخمسيني" after "محمد بلحاج، فلاح من نواحي سطات، قال": the one man
                # who spoke last, described with that trade where he was named
                last = self.speakers[-1] if self.speakers else None
                if last is not None and last.is_person and last.pos >= 0 and any(
                        bare(ctx.norms[t]) == trade for t in range(last.pos, min(len(ctx.norms), last.pos + 8))):
                    target = last
        elif np.definite and len(tokens) == 1 and (tokens[0] in _BOTH_SIDES or tokens[0] in _BOTH_OFFICIALS):
            # ("ولم يعلق الوزيران": the two named together, or the two as written; never one of them)
            target = next((sp for sp in reversed(self.speakers[-6:]) if 0 <= sp.pos < np.start and (
                sp.pair or any(t[:1] == "و" and (t[1:] in FIRST_NAMES or t[1:] in PLACE_NAMES or t[1:] in _COUNTERPARTS)
                               for t in sp.tokens[1:]))), None)
            # "وأكد الجانبان" after "وزير الخارجية البحريني ونظيره المصري": the two named together
        elif np.definite and len(tokens) == 1 and tokens[0] in _BOTH_BODIES:
            target = next((sp for sp in reversed(self.speakers[-6:]) if sp.kind == "named_organization"
                           and 0 <= sp.pos < np.start and (sp.pair or any(
                               t[:1] == "و" and t[1:] in ORG_HEADS for t in sp.tokens[1:]))), None)
            # "وقال البنكان" after "بنك X وبنك Y": the two
        elif np.named or np.role == "descriptor":
            target = self._full_name(tokens)
            if target is None and np.role == "descriptor" and _nationality(tokens[0]):
                target = self._last_person(gender)  # وأضاف الإيطالي
            elif target is None and np.role == "descriptor":
                full = self._earlier_mention(np)
                if full:  # التنسيقية -> التنسيقية الوطنية, named before with its adjective
                    resolved, kind = full, "named_organization"
            if target is None and kind == "named_person" and len(tokens) == 2 and tokens[0] in _KUNYA_WORDS:
                target = self._kunya_given(tokens, np.start)  # "أبو فهد" after "محمد بن سعد الدوسري (أبو فهد)"
            if target is None and kind == "named_person":
                resolved = self._entity_canonical(np, text) or self._given_name_before(np) \
                    or self._fuller_person_before(np, text) or text
                span = ctx.titled_names.get(tokens[-1]) if len(tokens) == 1 else None
                if span is not None and span[0] < np.src_start and resolved == text:
                    resolved = ctx.text[span[0]:span[1]]  # وتقول عودة -> سلوى عودة
                if any(sp.kind == "named_organization" and sp.resolved == resolved and 0 <= sp.pos < np.start
                       for sp in self.speakers[-12:]):
                    kind = "named_organization"  # "وقالت ميرسك" after "ميرسك الدنمركية، ثاني أكبر شركة …": the firm again
        elif kind == "named_organization" and len(tokens) == 2 and is_definite(tokens[0]) and bare(tokens[0]) in _BANK_WORDS \
                and _nationality(tokens[1]) and (bank := self._bank_before(np)):
            target, resolved = bank  # "وقال المصرف الفرنسي" after "بنك بي إن بي باريبا": that bank, by its country
        elif np.definite and kind == "named_organization" and len(tokens) == 1 and bare(tokens[0]) in _BANK_WORDS \
                and (named := self._named_in_sentence(np)):
            resolved = named  # "وارتفعت أرباح بنك أبوظبي التجاري …، حسبما أعلن البنك": that bank
        elif np.definite and kind == "anonymous" and ctx.norms[np.start] in _DEMONSTRATIVE:
            target = next((s for s in reversed(self.speakers[-6:]) if s.kind == "anonymous"), None)  # هؤلاء المحللون
        elif np.definite and kind == "unnamed_official":
            if not epithet:  # (an epithet with an adjective, "النجم الهولندي": see the generic roles below)
                target = self._by_role(head) or self._by_head(head)
                if target is not None and _his_post_her(ctx.norms[np.start], target):
                    target = None  # ("ونفى الوزير" after "النائبة … بنسعيد": never the woman)
                if target is not None and target.is_person and len(tokens) >= 3 and not _shares_post(tokens, target):
                    target = None  # "الوكيل المساعد لشؤون الرقابة في وزارة التجارة" is not the lawyer "وكيل الشركات"
        elif np.definite and kind == "media":
            found = self.outlet_before(np.src_start, np.head)
            body = self._agency_body_before(np)
            if body is None and (found is None or not any(w in fold(found.text) for w in _NOT_NEWS_AGENCIES)):
                body = self._rating_agency_before(np)  # "وخفضت ستاندرد آند بورز تصنيف قطر …، وقالت الوكالة"
            if body is not None and (found is None or body[0] > found.start):
                resolved, kind = body[1], "named_organization"  # "خفضت الوكالة" after "وكالة الطاقة الدولية"
            elif found is not None:
                resolved = found.text
                if any(w in fold(found.text) for w in _NOT_NEWS_AGENCIES):
                    kind = "named_organization"  # "وتوقعت الوكالة" after "وكالة «ستاندرد آند بورز»": a rating agency
            agency = next((sp for sp in reversed(self.speakers[-8:]) if sp.kind == "named_organization"
                           and sp.tokens[:1] == (bare(ctx.norms[np.start]),) and 0 <= sp.pos < np.start), None)
            if agency is not None and (found is None or ctx.starts[agency.pos] >= found.start):
                target = agency  # "الوكالة" after "وكالة «موديز» للتصنيف الائتماني": the rating agency
        elif kind == "media" and len(tokens) == 1:
            resolved = self.fuller_outlet(np.src_start, text) or resolved  # "يديعوت" -> صحيفة يديعوت أحرونوت
        elif kind == "named_organization" and is_company_reference(ctx, np.start, np.end) \
                and (np.definite or np.end - np.start > 1):
            target, resolved = self._company(np, resolved)  # الشركة، الشركة الإيطالية، شركة الأبحاث
        elif np.definite and kind == "document" and self._own_issuer(np):
            pass  # "الإحصائيات الصادرة عن مؤسسة النقد": names its issuer, no back-reference
        elif np.definite:
            target = self._by_head(head)
            if target is not None and kind == "named_organization" and target.is_person:
                target = None  # "وصفته الحركة" after "عضو اللجنة المركزية لحركة «فتح» X": the movement, not its man
            if target is not None and kind == "named_organization" and target.kind == "named_organization" \
                    and np.end - np.start == 1:
                at, mention = self._earlier_mention_at(np, outside_claims=True)
                opens = at >= 0 and at - ctx.sents[ctx.sent_of[at]][0] <= 1  # (the subject of its sentence's verb)
                if at > target.pos and opens and mention and fold(mention).split() != list(target.tokens):
                    target, resolved = None, mention  # "وحذرت الوزارة" after "ووجهت وزارة الاقتصاد …": the nearer ministry
            if target is None and kind == "named_organization" and resolved == text:
                resolved = self._earlier_mention(np) or resolved
            elif target is None and kind == "document" and np.end - np.start == 1:
                resolved = document_before(ctx, np.start, bare(ctx.norms[np.start])) \
                    or document_after(ctx, np.start, bare(ctx.norms[np.start])) or resolved
        elif not np.definite and kind == "document" and 2 <= np.end - np.start <= 3 and ctx.sent_of[np.start] <= 3 \
                and all(ctx.words[t] and not is_definite(ctx.norms[t]) and is_nisba(ctx.norms[t]) or ctx.norms[t] in _RECENT
                        for t in range(np.start + 1, np.end)) and self._issued_ahead(np):
            resolved = self._issued_ahead(np)  # "أظهرت إحصائيات مصرفية حديثة" in the lead, "الإحصائيات الصادرة
            # عن مؤسسة النقد" below: the same statistics, named with their issuer
        elif not np.definite and kind == "document" and np.end - np.start == 1 and ctx.para_of[np.start] == ctx.para_of[0]:
            # (a headline's study may be named whole only paragraphs down: "دراسة: رفع التعرفة يخفض
            # الاستهلاك" over a fifth paragraph's "وتوقعت دراسة أعدها مركز الملك عبدالله …")
            ahead = document_after(ctx, np.start, bare(ctx.norms[np.start]), 400 if ctx.sent_of[np.start] == 0 else 60)
            if ahead and (_ISSUER_NAMED.search(ahead) or len(ahead.split()) >= 2 and is_definite(fold(ahead.split()[1]))):
                resolved = ahead  # "تقرير: إيرادات قطر من الغاز تتراجع" over "توقع تقرير صادر عن مجموعة QNB أن …"
                # (but not "دراسة حديثة": the headline's word says as much)
        elif kind == "named_organization" and len(tokens) == 1 and gender == "m" \
                and self._full_name(tokens) is not None:
            target = self._full_name(tokens)  # "وأشار السويد" after "محمد السويد": the man, not Sweden
        elif kind == "named_organization" and len(tokens) == 1:
            resolved = self._longer_org(np, text)
        if target is None and kind == "document" and resolved == text and np.end - np.start > 1:
            longer = document_before(ctx, np.start, bare(ctx.norms[np.start]))
            if len(longer) > len(text) and fold(longer).split()[:len(tokens)] == list(tokens):
                resolved = longer  # "تقرير البنك الدولي" after "تقرير البنك الدولي لعام 2014"
        if target is None and kind == "document" and resolved == text and len(tokens) == 2 \
                and tokens[1].startswith("ال"):
            # "بيان الهيئة" after "بيان لهيئة الإفتاء في المغرب": the same statement
            issuer = tokens[1][2:]
            target = next((sp for sp in reversed(self.speakers[-8:]) if sp.kind == "document"
                           and sp.tokens[:1] == tokens[:1] and len(sp.tokens) > 2
                           and ("ل" + issuer in sp.tokens[1:2] or issuer in sp.tokens[1:2])), None)
        if target is None and kind == "unnamed_official" and not np.named and np.end - np.start == 1 \
                and is_definite(ctx.norms[np.start]) and ctx.norms[np.start] in ctx.person_tokens:
            named = self._full_name(tokens)
            if named is not None and named.is_person and len(named.tokens) > 1:
                target = named  # "إلا أن القاضي يظهر أمله" after "أحمد القاضي": his family name, not a judge
        if target is None and kind == "unnamed_official" and not np.named and np.end - np.start >= 3 \
                and is_definite(ctx.norms[np.end - 1]) and ctx.norms[np.end - 1] in ctx.person_tokens \
                and not _nationality(tokens[-1]):
            target = self._full_name((tokens[-1],))  # "وكيل إمارة المنطقة الحربي": the post, then his family name
        nxt = ctx.norms[np.start + 1] if np.end - np.start > 1 else ""
        someone = not is_definite(ctx.norms[np.start]) and (
            not nxt or nxt in ("باسم", "بإسم", "في", "من", "لدي", "عن") or (nxt[:1] == "ل" and not nxt.startswith("ال"))
            or (is_nisba(nxt) and not is_definite(nxt)))  # "متحدث باسم الوزارة"، "مسؤول أمريكي": a new one
        if target is None and kind == "unnamed_official" and np.role and not np.named and not epithet and not someone:
            target = self._by_post(np.role)  # "وأوضح رئيس الشركة" after "أكيو تويودا رئيس الشركة"
        if target is None and kind == "anonymous" and len(tokens) == 2 and not is_definite(tokens[0]) \
                and not is_definite(tokens[1]) and tokens[1] not in _POST_GLUE and not is_nisba(tokens[1]) \
                and tokens[1][:1] not in "لب" and bare(tokens[0]) in _ONE_EXPERT:
            target = self._by_post(text)  # "وأضاف محلل ساكسو" after "X، كبير محللي أسواق الطاقة لدى بنك ساكسو"
        holder = headline_post_holder(ctx, np) if target is None and kind == "unnamed_official" and np.role \
            and not np.named and ctx.sent_of[np.start] == 0 else ""
        if holder:
            name = holder  # "رئيس «رواسي العقارية»: …" over "X، الرئيس التنفيذي لشركة رواسي"
            found = self._full_name(tuple(fold(name).split()))
            resolved, kind, by_role = (found.resolved if found else name), "named_person", True
        elif target is None and kind == "unnamed_official" and np.role and self._specific_role(np) and not epithet \
                and not someone:
            name = person_by_role(ctx, np.start, np.role)  # وزير المعادن السوداني -> الوزير الكاروري
            if name:
                found = self._full_name(tuple(fold(name).split()))
                resolved, kind = (found.resolved if found else name), "named_person"
                at = ctx.text.rfind(name, 0, np.src_start)
                # (the post before the name or after it: "X الوزير المسؤول عن الشؤون المالية")
                after = ctx.text[at + len(name):min(at + len(name) + 90, np.src_start)] if at >= 0 else ""
                after = re.split(r"[.؟!\n]", after, maxsplit=1)[0]  # (its own sentence, not the reference)
                around = set(fold(ctx.text[max(0, at - 90):at]).split()) | set(re.findall(r"\w+", fold(after)))
                by_role = all(w in around for w in tokens[1:] if is_nisba(w))  # "الوزير القطري": "وزير الطاقة القطري X"
                named_by_role = True
        if (target is None or not target.is_person) and kind == "unnamed_official" and np.definite and not np.named \
                and bare(ctx.norms[np.start]) in _GENERIC_ROLES and _qualities(tokens):
            # "وأعرب المسؤول الأوروبي" right after "منسق السياسة الخارجية خافيير سولانا": the
            # journalist's way of naming again the person who just spoke (more recently than
            # an unnamed official with the same head: "مسؤول كبير في البنك")
            person = next((sp for sp in reversed(self.speakers[-3:]) if sp.is_person), None)
            if person is not None and _another_one(tokens, person):
                person = None  # "وقال اللاعب البرازيلي" after a Dutch forward spoke: another player
            if person is not None and (target is None or person.pos > target.pos):
                target = person
        if target is None and kind == "unnamed_official" and np.definite and not np.named and len(tokens) == 1 \
                and bare(ctx.norms[np.start]) in _OFFICIAL_WORDS and self.speakers and self.speakers[-1].is_person \
                and self.speakers[-1].posts:
            target = self.speakers[-1]  # "وتابع المسؤول أن" right after «X، مدير إدارة المشروعات في الهيئة، إن»
        if target is None and kind == "unnamed_official" and np.definite and not np.named and len(tokens) == 1 \
                and bare(ctx.norms[np.start]) in _THE_SPEAKER and self.speakers and self.speakers[-1].is_person \
                and (not gender or not self.speakers[-1].gender or self.speakers[-1].gender == gender):
            target = self.speakers[-1]  # "وأوضح المتحدث أن" right after a named man spoke: the speaker, not a spokesman
        same_before = ctx.norms[np.start] in SAME_BEFORE and np.end - np.start >= 2
        h = np.start + 1 if same_before else np.start
        if target is None and (np.end < len(ctx.norms) and ctx.words[np.end] and ctx.norms[np.end] in SELF_WORDS
                               or same_before) and is_definite(ctx.norms[h]) and not np.named:
            people = kind in ("named_person", "unnamed_official")
            any_kind = bare(ctx.norms[h]) in _SOURCE_WORDS and np.end - h == 1
            target = next((sp for sp in reversed(self.speakers[-6:]) if (
                any_kind or ((sp.is_person or sp.kind == "unnamed_official") if people else sp.kind == kind))
                and (not gender or not sp.gender or sp.gender == gender)), None)
            # ("وحسب المصدر ذاته" after a communiqué: the communiqué, whatever spoke last)
            # "وأضاف المتحدث ذاته"، "النقابي نفسه": the same one who spoke last
        if target is not None and target.is_person and np.definite and not np.named and _another_one(tokens, target):
            target = None  # "لفت الرئيس الروماني" after "الرئيس اللبناني": another president
        if target is not None and np.definite and not np.named and not target.is_person \
                and not _same_qualities(tokens, target.tokens):
            target = None  # "وقال المصدر الطبي" after "مصدر أمني": another source
            resolved = text
        if target is not None:
            resolved, kind = target.resolved, target.kind
        if kind in ("document", "named_organization") and (target is None or resolved == text) \
                and np.end - np.start == 1 and ctx.norms[np.start].startswith("ال"):
            body = body_named_for(ctx, np.start)
            if body:
                resolved, kind = body, "named_organization"  # "وأوضحت الإحصاء" after "الهيئة العامة للإحصاء"
                # (also after a headline "الإحصاء: …" that spoke by the short name)
        if kind == "named_organization" and target is None:
            shorter = resolved
            resolved = _body_of_short_name(ctx, np) or alias_of(ctx, resolved, np.start) \
                or same_body_before(ctx, resolved, np.start) \
                or _ministry_of(ctx, resolved, np.start) or fuller_name(
                    ctx, resolved, np.start, before_only=np.definite and np.end - np.start == 1 and not np.named)
            extra = fold(resolved[len(shorter):]).split() if resolved.startswith(shorter) else []
            if extra and extra[0] in _DEPARTMENT:
                resolved = shorter  # "وزارة العمل للشؤون العمالية": the department was the deputy minister's post
            if resolved == text and np.start < ctx.sents[0][1] + 2 and not (np.end - np.start == 1 and _is_place(ctx, np.start)):
                # (not "دمشق تؤكد": a capital that speaks for its state, no "جامعة دمشق" named later)
                resolved = org_ending_with(ctx, np.start, np.end) or resolved  # a headline's "النقد الدولي"
            # «أجوكو» -> شركة الخليج العربي للنفط؛ صندوق النقد -> صندوق النقد الدولي
        if target is None and np.definite and not np.named and resolved != text and not by_role \
                and not _same_qualities(tokens, tuple(fold(resolved).split())):
            resolved = text  # "الجانب الإسرائيلي" is not "الجانب اللبناني" mentioned before
            if named_by_role:
                kind = "unnamed_official"  # (the post alone again, not the person it was not)

        sp = Speaker(resolved, kind, gender, number, head, tuple(fold(resolved).split()),
                     is_person=kind == "named_person", pos=np.start, pair=np.pair and target is None)
        if target is not None:
            sp.roles = set(target.roles)
            sp.posts = set(target.posts)
            if np.named and target.is_person:
                sp.via = target.via  # "وقالت هيتل": the same person, still speaking to the same outlet
        roles = [r for r in (np.role if np.role != "descriptor" else "", role_after) if r]
        for r in roles:
            for part in _TITLE_THEN_POST.split(r, maxsplit=1) if r.startswith(_KINGS_TITLE) else [r]:
                for post in _each_post(part):
                    sp.roles.add(_genderless(post.split()[0]))
                    if sp.is_person:
                        sp.posts.add(_post_key(post))
        if np.role != "descriptor" and kind == "named_person" and not np.named:
            sp.roles.add(head)
        return resolved, kind, sp

    def _issued_ahead(self, np: NP) -> str:
        """The first later mention of ``np``'s document head with the article and «الصادرة عن …»
        after it ("الإحصائيات الصادرة عن مؤسسة النقد العربي السعودي"), or ""."""
        from .sources import parse_np
        from .words import KNOWN_ORGS

        ctx = self.ctx
        head = bare(ctx.norms[np.start])
        for t in range(np.end, min(len(ctx.norms), np.end + 400)):
            if not ctx.words[t] or bare(ctx.norms[t]) != head or not is_definite(ctx.norms[t]):
                continue
            if t + 2 < len(ctx.norms) and ctx.words[t + 1] and ctx.norms[t + 1] in _ISSUED_FORMS \
                    and ctx.norms[t + 2] in ("عن", "من"):
                later = parse_np(ctx, t, len(ctx.norms))
                if later is not None and later.kind == "document" and later.end > t + 3:
                    e = later.end
                    while e > t + 3 and not ctx.words[e - 1]:
                        e -= 1
                    while e > t + 3 and ctx.norms[e - 1] in KNOWN_ORGS and not ctx.words[e - 2]:
                        e -= 2  # (the short name in marks after the issuer's name)
                    while e > t + 3 and not ctx.words[e - 1]:
                        e -= 1
                    return ctx.text[ctx.starts[t] + clitic_chars(ctx, t):ctx.ends[e - 1]]
            return ""
        return ""

    def _bank_before(self, np: NP) -> tuple[Speaker | None, str] | None:
        """The last bank named before ``np`` (a source or a body the text names with بنك or
        مصرف), whichever is later."""
        ctx = self.ctx
        sp = next((s for s in reversed(self.speakers[-12:]) if s.kind == "named_organization" and 0 <= s.pos < np.start
                   and s.tokens and not is_definite(s.tokens[0]) and bare(s.tokens[0]) in _BANK_WORDS
                   and len(s.tokens) > 1 and not any(_nationality(w) for w in s.tokens[1:])), None)
        at, name = -1, ""
        for t in range(np.start - 1, max(-1, np.start - 400), -1):
            if ctx.words[t] and bare(ctx.norms[t]) in _BANK_WORDS and not is_definite(ctx.norms[t]) \
                    and t + 1 < np.start and (t + 1) in ctx.entity_at and ctx.entity_at[t + 1].type == "ORG":
                at, name = t, ctx.text[ctx.starts[t]:ctx.entity_at[t + 1].end]
                break  # "بنك بي إن بي باريبا"
        if sp is not None and sp.pos >= at:
            return sp, sp.resolved
        if at >= 0:
            return None, name
        return None

    def _company(self, np: NP, resolved: str) -> tuple[Speaker | None, str]:
        """"وأعلنت الشركة": the company named or speaking last before it, whichever is later."""
        head = _genderless(np.head)
        sp = next((s for s in reversed(self.speakers[-12:]) if s.kind == "named_organization" and s.pos >= 0
                   and s.pos < np.start and fold(s.resolved).strip("«» ") not in _PLATFORMS
                   and (s.head == head or is_company_reference(self.ctx, s.pos, s.pos + 1)
                                             or not _lookup(self.ctx.norms[s.pos], ORG_HEADS)
                                             and not self._short_name_of_body(s))), None)
        mention = company_before(self.ctx, np.start, self.claims)
        if sp is not None and sp.head != head and head == _genderless(fold("شركة")) and np.end - np.start == 1:
            inside = company_named(self.ctx, np.start, ahead=False)
            if inside is not None and inside[0] > sp.pos:
                mention = inside  # "أعلنت مجموعة قرصنة … اختراق بيانات شركة «وصّل» …. وأكدت الشركة": the company
        at, earlier = self._earlier_mention_at(np, outside_claims=True) if np.end - np.start == 1 else (-1, "")
        if earlier and (mention is None or at >= mention[0] or head != _genderless(fold("شركة")) and (
                sp is None or at >= sp.pos) and bare(self.ctx.norms[mention[0]]) != bare(self.ctx.norms[np.start])):
            mention = (at, earlier)  # ("المجموعة" after "مجموعة السعودية … شركة إيرباص": the group, not the last company)
        if mention is not None and (sp is None or mention[0] > sp.pos):
            return None, fuller_name(self.ctx, mention[1], np.start)
        ctx = self.ctx
        if sp is not None and np.end - np.start == 1 and ctx.sent_of[np.start] == 0 and ctx.sent_of[sp.pos] == 0 \
                and not _lookup(ctx.norms[sp.pos], ORG_HEADS) and (named := company_named(ctx, np.start, ahead=True)):
            return None, named[1]  # "«الغذاء والدواء» تحذر .. والشركة تنفي": the company the story names, not the body
        if sp is not None:
            return sp, resolved
        if np.end - np.start == 1 and (named := company_named(ctx, np.start, ahead=False)):
            return None, named[1]  # "حذرت الهيئة من شراب تنتجه شركة الخليج …. ونفت الشركة": the one company named
        return None, resolved

    def _short_name_of_body(self, s: Speaker) -> bool:
        """"«الغذاء والدواء» تحذر" with "الهيئة العامة للغذاء والدواء" speaking below: a public
        body's short name, no company."""
        short = fold(s.resolved).replace("«", " ").replace("»", " ").replace('"', " ").split()
        if not short:
            return False
        for o in self.speakers[-12:]:
            full = fold(o.resolved).split()
            if o.kind == "named_organization" and len(full) > len(short) and _lookup(full[0], ORG_HEADS) \
                    and bare(full[0]) not in _COMPANY_WORDS \
                    and [bare(w) for w in full[-len(short):]] == [bare(w) for w in short]:
                return True
        return False

    def _own_issuer(self, np: NP) -> bool:
        ctx = self.ctx
        return np.end - np.start > 2 and any(
            ctx.norms[t] in ("الصادره", "الصادر", "الصادرة", "التي", "الذي") or t in ctx.entity_at
            for t in range(np.start + 1, np.end))  # (… التي أصدرتها مؤسسة النقد: its issuer too)

    def _specific_role(self, np: NP) -> bool:
        """A role that names one post (الوزير، وزير المعادن، رئيس الشركة), not any official."""
        words = np.role.split()
        if not words or words[0] in _GENERIC_ROLES or bare(words[0]) in _GENERIC_ROLES:
            return False
        return is_definite(words[0]) or (len(words) > 1 and is_definite(words[1])) or institution_post(words)

    def _group_before(self, k: int) -> str:
        """أحدهم -> مزارعين: the last plural noun of unnamed people in the preceding words."""
        ctx = self.ctx
        group = next((sp for sp in self.speakers[-1:] if 0 <= sp.pos < k and sp.kind in ("anonymous", "unnamed_official")
                      and (sp.number == "p" or sp.tokens[:1] and (
                          sp.tokens[0].endswith(("ون", "ين")) or bare(sp.tokens[0]) in _GROUP_PLURALS))), None)
        for t in range(k - 1, max(-1, k - 60), -1):
            n = ctx.norms[t]
            if group is not None and t == group.pos:
                return group.resolved  # "قال مسؤولون تنفيذيون … إن … رواتب العمال. وقال أحدهم": one of them
            if group is not None and group.pos < t and ctx.sent_of[group.pos] == ctx.sent_of[t]:
                continue  # (not a word of their sentence)
            if ctx.words[t] and _lookup(n, ANON_HEADS) and _head_key(bare(n)) != bare(n):
                a = ctx.starts[t] + clitic_chars(ctx, t)
                return ctx.text[a:ctx.ends[t]]
            if ctx.words[t] and _lookup(n, ANON_HEADS) and bare(n) in _GROUP_PLURALS:
                a = ctx.starts[t] + clitic_chars(ctx, t)
                return ctx.text[a:ctx.ends[t]]
        return ""

    def person_mentioned(self, k: int, gender: str) -> Speaker | None:
        """No one has spoken yet: the last person named in the 400 characters before token
        ``k`` ("وعلق تيم سيباستيان على ذلك بالقول «…». وأضاف «…»"), or ``None``."""
        ctx = self.ctx
        if not ctx.has_entities:
            return None
        pos = ctx.starts[k]
        sent_start = ctx.starts[ctx.sents[ctx.sent_of[k]][0]]
        si = ctx.sent_of[k]
        prev_start = ctx.starts[ctx.sents[si - 1][0]] if si > 0 and ctx.para_of[ctx.sents[si - 1][0]] == ctx.para_of[k] \
            else sent_start  # (a one-word name only from the sentence before, in the paragraph: "وهدد تروتنيف …. وقال")
        best = None
        for t, ent in ctx.entity_at.items():
            if ent.end > pos or ent.start < pos - 400:
                continue
            # the subject of an earlier clause of the sentence ("وكانت «موديز» قد خفضت …، وقالت"),
            # else a person named just before
            ok = (ent.type == "ORG" and gender == "f" and ent.start >= sent_start) or (
                ent.type == "PER" and gender != "f" and (len(ent.text.split()) >= 2 or ent.start >= prev_start))
            if ok and ent.type == "PER" and _in_byline(ctx, t):
                continue  # "محمد آل حمود- سبق- القطيف:": the reporter, who speaks in no record
            if ok and (best is None or ent.start > best.start):
                best = ent
        if best is None:
            return None
        if best.type == "ORG":
            name = self._with_head(best) or fuller_name(ctx, best.text, k)
            return Speaker(name, "named_organization", "f", "s", "", tuple(fold(name).split()))
        return Speaker(best.text, "named_person", "m", "s", "", tuple(fold(best.text).split()), is_person=True)

    def woman_introduced(self, k: int) -> Speaker | None:
        """"وقفت أم محمود، ربة منزل، تنتظر دورها. تقول: «…»": a woman a feminine verb brings in,
        in the sentence of token ``k`` or the one before it in the paragraph (after the last
        record), speaks for a feminine cue when no woman has spoken."""
        ctx = self.ctx
        after = self.claims[-1][1] if self.claims else -1
        si = ctx.sent_of[k]
        first = si - 1 if si > 0 and ctx.para_of[ctx.sents[si - 1][0]] == ctx.para_of[k] else si
        a = max(ctx.sents[first][0], next((t for t in range(ctx.sents[first][0], k) if ctx.starts[t] >= after), k))
        for t in range(k - 2, a - 1, -1):
            n = ctx.norms[t]
            bare_n = n[1:] if n[:1] in "وف" else n
            if not ctx.words[t] or not bare_n.endswith("ت") or not 3 <= len(bare_n) <= 6 or bare_n.endswith("ات"):
                continue
            s0 = t + 1
            while s0 < k - 1 and ctx.words[s0] and ctx.norms[s0] in TITLES:
                s0 += 1  # "وقفت الحاجة سعاد": her title, then her name
            if ctx.norms[s0] in ("ام", "أم") and s0 + 1 < k and ctx.words[s0 + 1]:
                end = s0 + 2  # أم محمود: a woman named by her child
            elif ctx.entity_at.get(s0) is not None and ctx.entity_at[s0].type == "PER":
                end = ctx.entity_end_tok.get(s0, s0 + 1)
            elif s0 > t + 1 and ctx.words[s0] and ctx.norms[s0] in FEMININE_NAMES:
                end = s0 + 1  # (a given name alone after her title)
            else:
                continue
            name = ctx.text[ctx.starts[s0]:ctx.ends[end - 1]]
            return Speaker(name, "named_person", "f", "s", "", tuple(fold(name).split()), is_person=True)
        return None

    def topic_person(self, k: int) -> Speaker | None:
        """"دينيس هوانغ من أكثر الفنانين … . هوانغ يصمم … . وقال في مقابلة …": a person who
        opens a sentence of the paragraph of token ``k`` after the last record (the story has
        moved on to him) is who a later implied «وقال» speaks for, not the last speaker."""
        ctx = self.ctx
        if not ctx.has_entities:
            return None
        after = self.claims[-1][1] if self.claims else -1
        para = ctx.para_of[k]
        best = None
        for si in range(ctx.sent_of[k], max(-1, ctx.sent_of[k] - 6), -1):
            a = ctx.sents[si][0]
            if ctx.para_of[a] != para or ctx.starts[a] < after:
                break
            ent = ctx.entity_at.get(a)
            if ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(a, a + 1) < k:
                best = ent
                break
            v = a + 1 if ctx.words[a] and ctx.norms[a] in _NEGATED_OPENERS else a
            ent = ctx.entity_at.get(v + 1) if ctx.words[v] and not is_definite(ctx.norms[v]) \
                and ctx.norms[v][:1] in "ويت" and len(ctx.norms[v]) >= 3 else None
            if ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(v + 1, v + 2) < k \
                    and (v > a or ctx.norms[v][:1] == "و"):
                best = ent  # "ولم يخف أبو خالد … استياءه. وقال: «…»": the man a verb that is no cue opens with
                break
            if ctx.words[a] and ctx.norms[a] in _AMMA and a + 2 < k and ctx.words[a + 1] \
                    and ctx.norms[a + 1] in FIRST_NAMES and ctx.norms[a + 1] not in FEMININE_NAMES \
                    and (ctx.is_punct(a + 2, "،,") or ctx.norms[a + 2][:1] == "ف"):
                best = ctx.raw[a + 1]  # "أما أحمد، فلم يعد يفكر إلا في الهجرة. «…»، يقول": the man the story turns to
                break
        if best is None:
            return None
        if isinstance(best, str):
            return Speaker(best, "named_person", "m", "s", "", (fold(best),), is_person=True)
        name = best.text
        if best.canonical and len(best.canonical) > len(name) and fold(name) in fold(best.canonical):
            name = best.canonical  # (هوانغ -> دينيس هوانغ)
        return Speaker(name, "named_person", "m", "s", "", tuple(fold(name).split()), is_person=True)

    def _with_head(self, ent) -> str:
        """"وكالة «موديز»"، "شركة أرامكو": the organisation's name with the head before it."""
        from .sources import parse_np

        ctx = self.ctx
        t = ctx.tok_at_char(ent.start)
        for s in (t - 1, t - 2):
            if s >= 0 and ctx.words[s] and _lookup(ctx.norms[s], ORG_HEADS):
                np = parse_np(ctx, s, min(len(ctx.norms), t + 12))
                if np is not None and np.end > t:
                    return ctx.text[np.src_start:np.src_end]
        return ""

    def _kunya_given(self, tokens: tuple[str, ...], k: int) -> Speaker | None:
        """The person a kunya was given to in brackets, marks or with «المكنى» right after his name,
        earlier in the text ("محمد بن سعد الدوسري (أبو فهد)")."""
        ctx = self.ctx
        for t in range(k - 2, 0, -1):
            if ctx.norms[t] != tokens[0] or not ctx.words[t + 1] or ctx.norms[t + 1] != tokens[1]:
                continue
            b = t - 1
            while b > 0 and (not ctx.words[b] and ctx.raw[b] in "(«\"،," or ctx.norms[b] in _NICKNAMED_WORDS):
                b -= 1
            if b == t - 1 or not ctx.words[b]:
                continue
            for sp in reversed(self.speakers):
                if sp.is_person and 0 <= sp.pos <= b and b - sp.pos <= 8 and sp.tokens and sp.tokens[-1] == ctx.norms[b]:
                    return sp
        return None

    def _last_person(self, gender: str) -> Speaker | None:
        for sp in reversed(self.speakers[-8:]):
            if sp.is_person and (not gender or not sp.gender or sp.gender == gender):
                return sp
        return None

    def _full_name(self, tokens: tuple[str, ...]) -> Speaker | None:
        n = len(tokens)
        tokens = tuple(_BIN if w == _IBN else w for w in tokens)  # "ابن زومه" is "… بن زومه" shortened
        for sp in reversed(self.speakers):
            if not sp.is_person or len(sp.tokens) <= n or sp.pair or _two_people(sp.tokens):
                continue  # (not "بوش ورئيس الوزراء البريطاني توني بلير" for "بلير")
            t = tuple(_BIN if w == _IBN else w for w in sp.tokens)
            if n == 1 and tokens[0] in FIRST_NAMES and t[0] != tokens[0] and t[-1] != tokens[0]:
                continue  # "يدعى علي" is not "عوض بن علي الشهراني": a given name matches the first, not a father's
            at = [k for k in range(len(t) - n + 1) if t[k:k + n] == tokens]
            if at and n >= 2 and tokens[0] in FIRST_NAMES and tokens[0] not in _NAME_PARTICLES \
                    and tokens[1] not in _NAME_SECONDS and all(k > 0 and t[k - 1] not in _NAME_PARTICLES for k in at):
                continue  # "منصور الطراونة" after "رهف منصور الطراونة": her father, by his own given name
            if at:
                return sp
        return None

    def _by_role(self, head: str) -> Speaker | None:
        key = bare(head)  # "الرئيس التنفيذي" after "الرئيس التنفيذي لشركة سابك يوسف البنيان"
        for sp in reversed(self.speakers):
            if sp.is_person and (head in sp.roles or any(bare(r) == key for r in sp.roles)):
                return sp
        return None

    def _by_post(self, role: str) -> Speaker | None:
        """The person last given exactly this post, in apposition or before the name."""
        key = _post_key(role)
        words = key.split()
        first = role.split()[0] if role.split() else ""
        found = next((sp for sp in reversed(self.speakers[-60:]) if sp.is_person and not _his_post_her(first, sp)
                      and (key in sp.posts or len(words) >= 2 and any(
                          p.split()[:len(words)] == words for p in sp.posts))), None)  # (the first of several posts given)
        if found is None and len(words) == 2 and words[1].startswith("ال") and words[1].endswith(("ين", "ون")):
            construct = words[1][2:-1]  # "كبير المحللين" after "كبير محللي الأسواق في «أشمور»"
            found = next((sp for sp in reversed(self.speakers[-60:]) if sp.is_person and any(
                p.split()[:2] == [words[0], construct] for p in sp.posts)), None)
        if found is None and len(words) in (2, 3, 4) and words[-1].startswith("ال") and len(words[-1]) > 4:
            # "محافظ المؤسسة" after "محافظ مؤسسة النقد", "رئيس مجلس الإدارة" after "رئيس مجلس
            # إدارة البنك": the post again, its body by its head noun
            short = tuple(words[:-1]) + (words[-1][2:],)
            found = next((sp for sp in reversed(self.speakers[-60:]) if sp.is_person and any(
                tuple(p.split()[:len(short)]) == short and len(p.split()) > len(short) for p in sp.posts)), None)
        loose = _loose_post(key)
        if found is None and len(loose) >= 2:
            # "مدير المحافظ في «الخليج للاستثمار»" after "مدير المحافظ لدى «الخليج للاستثمار» في الرياض",
            # "محلل ساكسو" after "كبير محللي أسواق الطاقة لدى بنك ساكسو": the same post, said shorter
            found = next((sp for sp in reversed(self.speakers[-60:]) if sp.is_person and any(
                loose[0] in (words := _loose_post(p)) and set(loose) <= set(words) for p in sp.posts)), None)
        return found

    def _by_head(self, head: str) -> Speaker | None:
        for sp in reversed(self.speakers[-12:]):
            if sp.head == head or (sp.tokens and _genderless(sp.tokens[0]) == head and sp.kind != "named_person"):
                return sp  # (not a person's first name: الأمين العام is no "أمين فارس")
        key = _head_key(head)
        if key == head:
            return None
        for sp in reversed(self.speakers[-12:]):
            if _head_key(sp.head) == key and (_head_key(sp.head) != sp.head or sp.kind != "anonymous") \
                    and not (sp.is_person and _head_key(sp.head) == sp.head):
                return sp  # المصدران -> مصدرين (but المصرفيون is not the one banker cited before,
                # and الباحثون not the one researcher named)
        return None

    def _named_in_sentence(self, np: NP) -> str:
        """The body with the same head noun named earlier in the same sentence, or ""."""
        k, full = self._earlier_mention_at(np)
        if k < 0 or self.ctx.sent_of[k] != self.ctx.sent_of[np.start] or len(fold(full).split()) < 2:
            return ""
        return full

    def _agency_body_before(self, np: NP) -> tuple[int, str] | None:
        """The last "وكالة الطاقة الدولية" (an agency that is no news outlet) named before
        ``np`` (within 60 tokens): (its start, its name), or None."""
        ctx = self.ctx
        if bare(ctx.norms[np.start]) != fold("وكاله"):
            return None
        for t in range(np.start - 1, max(-1, np.start - 60), -1):
            if not ctx.words[t] or ctx.norms[t] not in _AGENCY_FORMS or t + 1 >= np.start:
                continue
            e = def_chain(ctx, t + 1, np.start, org=True)
            if e == t + 1:
                while e < np.start and e - t < 6 and ctx.words[e] and ctx.norms[e] not in VERB_FORMS \
                        and not complementizer(ctx.norms[e]) and not is_definite(ctx.norms[e]) \
                        and ctx.norms[e][:1] != "ل" and ctx.norms[e] not in ("في", "من", "علي", "عن", "الي"):
                    e += 1  # "وكالة ستاندرد آند بورز | للتصنيف الائتماني": a name with no article, then its field
                if e > t + 1 and e < np.start and ctx.words[e] and ctx.norms[e].startswith("لل"):
                    e = def_chain(ctx, e, np.start, org=True)
            name = fold(" ".join(ctx.norms[t:e]))
            if e > t + 1 and any(w in name for w in _NOT_NEWS_AGENCIES):
                a = ctx.starts[t] + clitic_chars(ctx, t)
                return a, ctx.text[a:ctx.ends[e - 1]]
        return None

    def _rating_agency_before(self, np: NP) -> tuple[int, str] | None:
        """The last rating agency named bare before ``np`` (within 400 characters): (its start
        character, its name as written), or None."""
        ctx = self.ctx
        if bare(ctx.norms[np.start]) != fold("وكاله"):
            return None
        lo = max(0, np.src_start - 400)
        best = None
        for m in _RATING_NAMES.finditer(ctx.text, lo, np.src_start):
            best = (m.start(), m.group(0))
        return best

    def _earlier_mention(self, np: NP) -> str:
        return self._earlier_mention_at(np)[1]

    def _earlier_mention_at(self, np: NP, outside_claims: bool = False) -> tuple[int, str]:
        """الوزارة -> وزارة البترول المصرية: the last earlier mention of the same head noun
        with a name after it (only an organisation's full name, never a bare noun); when a
        proper name follows the head's description ("شركة الإلكترونيات اليابانية توشيبا
        كورب"), that name. (token, text), or (-1, "")."""
        ctx = self.ctx
        head = bare(ctx.norms[np.start])
        for k in range(np.start - 1, max(-1, np.start - 2000), -1):
            n = ctx.norms[k]
            if head not in n or not ctx.words[k]:
                continue
            if outside_claims and any(a <= ctx.starts[k] < b for a, b in self.claims[-12:]):
                continue  # named inside what someone said
            if k > 0 and ctx.words[k - 1] and ctx.norms[k - 1] in SUPERLATIVES:
                continue  # "تويوتا موتور، أكبر شركة لصناعة السيارات": what a body named before is
            conj = 0
            if bare(n) != head:
                # ووزارة التربية: a conjunction in front of the mention
                if n[:1] not in "وف" or bare(n[1:]) != head:
                    continue
                conj = 1
            first = k + 1
            if first < len(ctx.norms) and ctx.words[first] and _is_place(ctx, first) \
                    and not is_definite(ctx.norms[first]):
                first += 1  # أمانة عمان الكبرى، بلدية صور: the head with a place name after it
            end = max(first, def_chain(ctx, first, len(ctx.norms), org=True, places=True))
            while end > first and ctx.norms[end - 1] in _NO_NAME_ADJ:
                end -= 1  # "أرباح الشركة الفصلية": quarterly, no part of a name
            end = next((t for t in range(first + 2, end) if ctx.norms[t].startswith("ال")
                        and ctx.norms[t].endswith(("ين", "ون")) and in_lexicon(ctx.norms[t], ANON_HEADS)
                        and is_definite(ctx.norms[t - 1]) and not ctx.norms[t - 1].startswith("لل")), end)
            # ("طمأنت وزارة الاقتصاد والتجارة | المستهلكين": whom it reassured, after the name's own genitive)
            close = ctx.quote_open_tok.get(first, -1)
            if end == first and not is_definite(n) and 1 < close - first <= 5 \
                    and all(ctx.words[t] for t in range(first + 1, close)):
                end = close + 1  # "منظمة «هيومن رايتس ووتش»": the body's name in marks
            if end == first and not is_definite(n) and head not in _COMPANY_BARE:
                end = indefinite_description(ctx, first, len(ctx.norms))  # بلجنة خبراء مستقلة
            end = next((t for t in range(k + 1, end)
                        if ctx.norms[t][:1] == "و" and _lookup(ctx.norms[t][1:], ORG_HEADS)), end)
            if head in _COMPANY_BARE and _workplace(ctx, k, end):
                continue  # "الباحث الأمني في شركة «كاسبرسكي» ماجد الحربي": where the man who spoke works
            of_post = k > 0 and ctx.words[k - 1] and bool(_lookup(ctx.norms[k - 1], ROLE_HEADS))
            if of_post:
                # "وكيل وزارة العمل للشؤون العمالية أحمد الحميدان": the ministry of a post; the
                # department and the name after it are the post's and its holder's
                end = next((t for t in range(k + 1, end) if ctx.norms[t] in _DEPARTMENT), end)
            if end > k + 1:
                of_lam = n[:1] == "ل" and not n.startswith("ال")  # ("عضو اللجنة المركزية لحركة «فتح» | ناصر عبيدات")
                name_end = _name_after(ctx, end) if not of_post and not of_lam else end
                if name_end > end:
                    return end, ctx.text[ctx.starts[end]:ctx.ends[name_end - 1]]
                a = ctx.starts[k] + (_prefix_chars(ctx, k, conj) if conj else 0)
                if not conj:
                    a += clitic_chars(ctx, k)
                elif n[1:].startswith(("بال", "لل")) or (n[1:2] in "بل" and not n[1:].startswith("ال")):
                    a = ctx.starts[k] + _prefix_chars(ctx, k, 2)
                return k, ctx.text[a:ctx.ends[end - 1]]
        return -1, ""

    def _given_name_before(self, np: NP) -> str:
        """"وأوضح محفوظ" after "نجيب محفوظ": a family name written alone, the full name given
        with a first name earlier in the text (whatever the tagger made of either)."""
        ctx = self.ctx
        # (after a post, its name alone: "لكن النائب العتيبي نبه" after "للنائب حمود مطلق العتيبي")
        first = ctx.tok_at_char(np.src_start) if np.role and np.role != "descriptor" else np.start
        if np.end - first != 1 or not ctx.words[first]:
            return ""
        key = ctx.norms[first]
        for k in range(first - 1, max(0, first - 3000), -1):
            if ctx.norms[k] == key and ctx.words[k - 1] and ctx.norms[k - 1] in FIRST_NAMES \
                    and ctx.ends[k - 1] < ctx.starts[k] and ctx.norms[k - 1] not in ("بن", "بنت") \
                    and not (k + 1 < len(ctx.norms) and ctx.words[k + 1] and is_definite(ctx.norms[k + 1])
                             and is_nisba(ctx.norms[k + 1]) and ctx.norms[k + 1] in ctx.person_tokens):
                # (not "عوض بن علي الشهراني" for "علي": his father's name, with his family name after it)
                f = k - 1
                while f >= 2 and ctx.words[f - 1] and ctx.norms[f - 1] in ("بن", "بنت") and ctx.words[f - 2] \
                        and ctx.norms[f - 2] in FIRST_NAMES and k - f < 6:
                    f -= 2  # "علي بن محمد الشهري": the whole chain of given names, not "محمد الشهري"
                if f == k - 1 and f >= 1 and ctx.words[f - 1] and ctx.norms[f - 1] in FIRST_NAMES \
                        and ctx.ends[f - 1] < ctx.starts[f] and (f - 1 in ctx.entity_at or ctx.norms[f - 1] in ctx.person_tokens
                                                                  or (f - 1 > 0 and ctx.norms[f - 2] in TITLES)):
                    f -= 1  # "حمود مطلق العتيبي": his own name and his father's, no بن between
                a = ctx.starts[f] + clitic_chars(ctx, f)
                return ctx.text[a:ctx.ends[k]]
        return ""

    def _fuller_person_before(self, np: NP, text: str) -> str:
        """"المهندس الفيصل الجربا" after "فرحان بن نايف الفيصل الجربا": the last names of a
        person named in full earlier (by the tagger) stand for that person."""
        key = fold(text).split()
        if not 1 < len(key) <= 3:
            return ""
        index = self._person_index()
        best = ""
        for pos, words, name in index.get(key[-1], ()):
            if pos >= np.start:
                break
            if pos < np.start - 3000:
                continue
            if len(words) > len(key) and words[-len(key):] == key:
                if key[0] in FIRST_NAMES and key[0] not in _NAME_PARTICLES and key[1] not in _NAME_SECONDS \
                        and words[-len(key) - 1] not in _NAME_PARTICLES:
                    continue  # "منصور الطراونة" after "رهف منصور الطراونة": her father, named by his own given name
                best = name
            elif len(key) == 2 and len(words) > 2 and words[0] == key[0] and words[-1] == key[-1] and key[0] in FIRST_NAMES:
                best = name  # "العضو سوسن المحميد" after "سوسن عبدالرحيم المحميد": her father's name left out
            elif len(words) > len(key) + 1 and in_lexicon(words[-1], ROLE_HEADS) and words[-len(key) - 1:-1] == key:
                best = name.rsplit(None, 1)[0]  # a tagger's span that took the role word after the name
        return best

    def _person_index(self) -> dict[str, list[tuple[int, list[str], str]]]:
        """The text's PER entities by their last word (and the word before a trailing role
        word), in text order: built once per text."""
        index = getattr(self, "_per_index", None)
        if index is None:
            index = {}
            ctx = self.ctx
            seen = set()
            for k in sorted(ctx.entity_at):
                ent = ctx.entity_at[k]
                if ent.type != "PER" or id(ent) in seen:
                    continue
                seen.add(id(ent))
                words = fold(ent.text).split()
                if len(words) < 2:
                    continue
                index.setdefault(words[-1], []).append((k, words, ent.text))
                if len(words) > 2 and in_lexicon(words[-1], ROLE_HEADS):
                    index.setdefault(words[-2], []).append((k, words, ent.text))
            self._per_index = index
        return index

    def _entity_canonical(self, np: NP, text: str) -> str:
        ent = self.ctx.entity_at.get(np.start)
        if ent is None and np.role and np.src_start > self.ctx.starts[np.start]:
            ent = self.ctx.entity_at.get(self.ctx.tok_at_char(np.src_start))  # المهندس | الفيصل الجربا
        if ent is None or ent.type != "PER":
            return ""
        canon = ent.canonical or ""
        if np.role and np.role != "descriptor" and self.ctx.starts[np.start] < np.src_start \
                and fold(canon).startswith(fold(np.role.split()[0])):
            return ""  # the tagger took the role in (الفلاح صالح الجربي): the name alone
        if ent.end > np.src_end and self.ctx.tok_at_char(np.src_start) <= np.start + 3 \
                and ent.start <= np.src_start and fold(self.ctx.text[ent.start:ent.end]).startswith(fold(text)):
            return ""  # "عبدالرحمن السويلم | الركود إلى": the tagger ran the name on into the object
        if canon and fold(canon).split()[-1].startswith("لل") and len(canon.split()) > 1:
            canon = canon.rsplit(" ", 1)[0]  # "يوسف حمد البدر للقبس": the paper told is no part of the name
        if len(canon.split()) > 1 and verb_after_name(fold(canon).split()[-1]):
            canon = canon.rsplit(" ", 1)[0]  # "محمود فيختم" (the tagger's, at "أما محمود فيختم حديثه"): his verb
        if canon and any(is_arabic_letter(ch) for ch in canon) and len(canon) > len(text) \
                and fold(text) in fold(canon):
            return canon
        return ""

    def _longer_org(self, np: NP, text: str) -> str:
        """أرامكو -> أرامكو السعودية when the article named it so earlier."""
        ctx = self.ctx
        if not ctx.words[np.start]:
            return text  # a name in marks
        ent = ctx.entity_at.get(np.start)
        if ent is not None and ent.canonical and any(is_arabic_letter(ch) for ch in ent.canonical) \
                and fold(text) in fold(ent.canonical) and len(ent.canonical) > len(text):
            return ent.canonical
        key = ctx.norms[np.start]
        if _is_place(ctx, np.start):
            return text  # روسيا، قطر: a state (not "روسيا الحيوي" of "دور روسيا الحيوي")
        for k in range(np.start - 1, max(-1, np.start - 3000), -1):
            if ctx.norms[k] == key and k + 1 < len(ctx.norms) and ctx.words[k + 1]:
                nxt = ctx.norms[k + 1]
                if is_definite(nxt) and is_nisba(nxt) and not nxt.startswith(("و", "ب", "ل")) and nxt not in _NO_NAME_ADJ:
                    return ctx.text[ctx.starts[k]:ctx.ends[k + 1]]  # (not "أرباح الشركة الفصلية": quarterly)
        return text


def body_named_for(ctx: Context, k: int, below: bool = False) -> str:
    """"الإحصاء" after "الهيئة العامة للإحصاء": a definite word that ends a body's name earlier
    in the text (or, for a headline, ``below`` it), after لـ, is that body's short name (the
    body, not a statistic)."""
    from .sources import parse_np

    if in_lexicon(ctx.norms[k], ORG_HEADS) or in_lexicon(ctx.norms[k], ROLE_HEADS) or in_lexicon(ctx.norms[k], ANON_HEADS):
        return ""  # (not "الشركة" for "القيادة العليا للشركة": a body's own head word)
    field = "لل" + ctx.norms[k][2:]
    joined = "و" + ctx.norms[k]  # "الجهاز المركزي للتعبئة العامة والإحصاء": the last of two fields
    span = range(k + 1, min(len(ctx.norms), k + 3000)) if below else range(k - 1, max(0, k - 3000), -1)
    for t in span:
        if ctx.norms[t] not in (field, joined) or not ctx.words[t]:
            continue
        e = t + 1
        if (below or e < k) and e < len(ctx.norms) and ctx.words[e] and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e]):
            e += 1  # "الجهاز المركزي للإحصاء الفلسطيني": the body's nationality
        for a in range(max(0, t - (6 if ctx.norms[t] == joined else 4)), t):
            body = parse_np(ctx, a, e)
            if body is not None and body.start == a and body.end >= t + 1 and body.kind == "named_organization":
                return ctx.text[body.src_start:ctx.ends[body.end - 1]]
    return ""


def _body_of_short_name(ctx: Context, np: NP) -> str:
    """«تقييم» over "الهيئة السعودية للمقيمين المعتمدين «تقييم»": a short name in marks that the text
    gives elsewhere right after a body's full name is that body (not a word that only looks like it)."""
    from .sources import parse_np

    if ctx.words[np.start] or np.start not in ctx.quote_open_tok:
        return ""
    close = ctx.quote_open_tok[np.start]
    inner = [ctx.norms[t] for t in range(np.start + 1, close) if ctx.words[t]]
    if not inner or len(inner) > 3:
        return ""
    for o, c in ctx.quote_open_tok.items():
        if o == np.start or o < 2 or not ctx.words[o - 1] or \
                [ctx.norms[t] for t in range(o + 1, c) if ctx.words[t]] != inner:
            continue
        for k in range(max(0, o - 8), o - 1):
            body = parse_np(ctx, k, o)
            if body is not None and body.start == k and body.end == o and body.kind == "named_organization" \
                    and body.end - body.start >= 2:
                if described_before_name(ctx, k, o):
                    return ""  # "دار النشر البريطانية «بيرسون»": what the company is, then its own name
                skip = 2 if ctx.norms[k].startswith("لل") else clitic_chars(ctx, k)  # ("للهيئة …": as وفقا للبيانات)
                return ctx.text[max(body.src_start, ctx.starts[k] + skip):ctx.ends[o - 1]]
    return ""
