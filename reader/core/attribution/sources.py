"""Source phrases: where the subject of a cue starts and ends, and what kind of source it is.

The source span is the shortest span that names the subject (see :mod:`.phrases`). Kinds
follow ATTRIBUTION.md: named_person, named_organization, media, document, anonymous,
unnamed_official. Entities from the NER module decide person vs organisation when given;
without them the word lists in :mod:`.words` and a few heuristics do: a feminine verb with a
single unknown word is a company (ولم ترد أليباي), a known first name makes a person.
"""

from __future__ import annotations

from functools import lru_cache

from .context import Context
from .cues import VERB_FORMS
from .outlets import known_outlet_length, match_outlet
from .phrases import (
    NP, _ONE_OF, _RESUMPTIVE_PP, _field_phrase, _relation_phrase, _institution, anon_genitive, _is_place, _lookup, _modifiers, _prefix_chars, _stopword, _word,
    adjective_like, article, def_chain, entity_end, masdar_like, name_chain, name_start,
)
from .words import (
    TIME_WORDS,
    ADJECTIVES, ANON_HEADS, DESCRIPTIONS, bare_nisba, DOC_HEADS, FEMININE_NAMES, FIRST_NAMES, INDEF_ADJECTIVES, KNOWN_ORGS,
    KNOWN_ORG_SEQS, MEDIA_QUALIFIERS, OCCUPATIONS, ORG_HEADS, PLACES, ROLE_HEADS, SPEECH_EVENTS, TITLES, complementizer, folded_set,
    in_lexicon, is_definite, is_nisba, is_verb_like,
)

_POSSESSED_ROLES = folded_set("أمين امين")
#: Words that end a company's name (توشيبا كورب، تسلا موتورز، الجزيرة كابيتال).
CORPORATE_SUFFIXES = folded_set(
    "كورب كوربوريشن إنك انك ليمتد المحدودة القابضة موتورز كابيتال جروب غروب هولدينغ هولدينجز إنترناشيونال"
)
_SOME = folded_set("بعض معظم غالبية أغلب")
_FAMILY = folded_set("عائلة عائله أسرة اسره")
_COUNTS = folded_set("عدة ثلاث أربع خمس ست سبع ثماني تسع عشر ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة")
_DEMONSTRATIVES = folded_set("هؤلاء هذا هذه هذان هاتان ذلك تلك أولئك")


_EACH = folded_set("كل وكل")
_DUAL_HEADS = folded_set("شركتا شركتي الشركتان الشركتين مجموعتا بنكا البنكان")


def _pair(ctx: Context, i: int, limit: int, feminine: bool) -> NP | None:
    """Two sources joined by و ("البنك الأهلي وبنك الرياض"): one record, both named."""
    first = marks_source(ctx, i, limit) if i in ctx.quote_open_tok else parse_np(ctx, i, limit, feminine=feminine)
    if first is None or first.end >= limit:
        return None
    split = next((t for t in range(first.start + 1, first.end) if ctx.norms[t][:1] == "و"
                  and (_lookup(ctx.norms[t][1:], ORG_HEADS) or _lookup(ctx.norms[t][1:], ROLE_HEADS))), -1)
    if split > 0:  # "البنك الأهلي وبنك الرياض" read as one chain: two bodies
        first = NP(first.start, split, first.src_start, ctx.ends[split - 1], first.kind, first.head, named=first.named)
    k = first.end
    if ctx.words[k] and ctx.norms[k][:1] == "و" and len(ctx.norms[k]) > 2:
        second = _after_wa(ctx, k, limit, feminine)
    elif not ctx.words[k] and ctx.raw[k] in "»\"" and k + 1 < limit and ctx.norms[k + 1][:1] == "و":
        second = None  # «مصرف الراجحي» و»السعودي للاستثمار»: marks around both
    else:
        return None
    if second is None:
        return None
    kind = first.kind if first.kind == second.kind else "named_organization"
    return NP(first.start, second.end, first.src_start, second.src_end, kind, first.head, named=first.named,
              feminine=feminine)


def _after_wa(ctx: Context, k: int, limit: int, feminine: bool) -> NP | None:
    """The source written right after و at token ``k`` (وبنك الرياض، وسابك)."""
    np = parse_np(ctx, k, limit, feminine=feminine, strip="و")
    if np is not None and np.kind in ("named_organization", "named_person", "media", "unnamed_official"):
        return np
    return None


def _masha_allah(ctx: Context, i: int, limit: int) -> bool:
    """"ما شاء الله" before a family name: a compound given name, not the particle ما."""
    return ctx.norms[i] == "ما" and i + 3 < limit and ctx.norms[i + 1] == "شاء" and ctx.norms[i + 2] == "الله" \
        and _word(ctx, i + 3, limit)


def _construct_plural(ctx: Context, i: int, limit: int) -> bool:
    """"منتجو البتروكيماويات"، "مستوردو الأغذية": a participle in the construct plural (ending
    in و) before a definite genitive: a group of unnamed people."""
    n = ctx.norms[i]
    return n.startswith("م") and n.endswith("و") and len(n) >= 5 and not is_definite(n) \
        and not _lookup(n, ROLE_HEADS) \
        and _word(ctx, i + 1, limit) and ctx.norms[i + 1].startswith("ال") and not _stopword(ctx.norms[i + 1])
_ISSUED = folded_set("صادر صادرة الصادر الصادرة")
#: "One of them": an anonymous member of the group last mentioned (resolve.Resolver).
ONE_OF_THEM = folded_set("أحدهم إحداهن أحدهما إحداهما أحدهن")
_REPORTS = folded_set("تقارير التقارير")
#: Titles and professions written between a role and the name (وزيرة التربية الدكتورة سلمى،
#: وكيل الجمعية المحامي وسيم): they end the role and announce a name.
NAME_TITLES = folded_set(
    """الدكتور الدكتورة د المهندس المهندسة الأستاذ الأستاذة الشيخ الشيخة الحاج الحاجة المحامي
    المحامية البروفيسور العقيد اللواء العميد المقدم الرائد السيد السيدة النائب النائبة"""
)
#: "Of one of (the biggest) ...": لإحدى كبرى شركات التطوير، لأحد أكبر البنوك.
#: أمين + a city is its mayor (أمين عمان، أمين العاصمة), أمين alone may be a first name.
_MAYOR = folded_set("أمين")
_CITY_WORDS = folded_set("العاصمة المدينة")
_OF_ONE_OF = folded_set("لإحدى لأحد")
_SUPERLATIVE = folded_set("كبرى أكبر أبرز أهم كبريات")


def _possessed_role(ctx: Context, i: int, limit: int) -> bool:
    """A role noun with the pronoun ه (written ه, not a folded ة) before العام/التنفيذي or a
    name: أمينه العام، مديره التنفيذي."""
    n = ctx.norms[i]
    return ctx.raw[i].endswith("ه") and len(n) > 4 and (n[:-1] in ROLE_HEADS or n[:-1] in _POSSESSED_ROLES) \
        and _word(ctx, i + 1, limit) and (ctx.norms[i + 1] in ("العام", "التنفيذي") or name_start(ctx, i + 1))


def _cut_at_title(ctx: Context, j: int, k: int) -> int:
    for t in range(j, k):
        if ctx.norms[t] in NAME_TITLES:
            return t
    return k


@lru_cache(maxsize=65536)
def bare(norm: str) -> str:
    """The word without و/ف, ب/ل/ك and the article (for comparing heads)."""
    for p in ("و", "ف"):
        if norm.startswith(p) and norm[1:].startswith(("ال", "لل", "بال", "كال")) and len(norm) > 4:
            norm = norm[1:]
            break
    for p in ("بال", "لل", "ال", "ب", "ل"):
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return norm[len(p):]
    return norm


def _named_in_marks(ctx: Context, k: int, limit: int) -> bool:
    """Marks right after a verb hold a name (not a short quotation) when the sentence goes on
    to إن/أن or another quotation after them."""
    close = ctx.quote_open_tok[k]
    if close - k > 5 or close + 1 >= limit:
        return False
    inner = ctx.norms[k + 1]
    if inner in VERB_FORMS or complementizer(inner) or _stopword(inner):
        return False
    for t in range(close + 1, min(limit, close + 20)):
        if complementizer(ctx.norms[t]) or (t in ctx.quote_open_tok and t > close + 1):
            return True
        if ctx.raw[t] in ".؟?!:":
            return False
    return False


def marks_named_source(ctx: Context, k: int, limit: int) -> NP | None:
    """A subject written as a name in marks right after its verb, not a quotation."""
    return marks_source(ctx, k, limit) if _named_in_marks(ctx, k, limit) else None


def marks_source(ctx: Context, k: int, limit: int) -> NP | None:
    """A source given as a short name in marks (وبحسب «رويترز»، ووفقاً لـ "رويترز"): an outlet
    when the name is one, else an organisation. The span is the name inside the marks."""
    close = ctx.quote_open_tok.get(k)
    if close is None or close >= limit or close - k < 2 or close - k > 5:
        return None
    if not all(ctx.words[t] for t in range(k + 1, close)):
        return None
    a, b = ctx.starts[k + 1], ctx.ends[close - 1]
    e = close + 1
    while _word(ctx, e, limit) and ctx.norms[e].startswith("ال") and e - close < 4 and (
            adjective_like(ctx.norms[e]) or (len(ctx.norms[e]) in (6, 7) and ctx.norms[e][3] == "ا")):
        e += 1  # "إكسور" الإيطالية القابضة: descriptions of the name, outside the source span
    m = match_outlet(ctx, k + 1, close)
    if (m is not None and m.end == close and not m.anaphor) or known_outlet_length(ctx.norms, k + 1) == close - k - 1:
        return NP(k, close + 1, a, b, "media", bare(ctx.norms[k + 1]), media_end=close + 1)
    return NP(k, e, a, b, "named_organization", bare(ctx.norms[k + 1]), named=False)


def parse_np(ctx: Context, i: int, limit: int, *, feminine: bool = False, strip: str = "") -> NP | None:
    """The source phrase starting at token ``i`` (``None`` when none starts there).

    ``strip``: a preposition (ل) that a cue put on the first word (وفقا لتقرير ...): it is
    left out of the source span."""
    if i >= limit or not ctx.words[i]:
        return None
    n = ctx.norms[i]
    if n in _DEMONSTRATIVES and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]):
        inner = parse_np(ctx, i + 1, limit, feminine=feminine)
        if inner is not None and inner.kind in ("anonymous", "unnamed_official", "document", "named_organization"):
            inner.start, inner.src_start, inner.definite = i, ctx.starts[i], True  # هؤلاء المحللون
            return inner
    if n in _SOME and _word(ctx, i + 1, limit) and is_definite(ctx.norms[i + 1]) and (
            _lookup(ctx.norms[i + 1], ANON_HEADS) or _lookup(ctx.norms[i + 1], ROLE_HEADS)):
        e = _modifiers(ctx, i + 2, limit, True)  # بعض المحللين، بعض المصرفيين في المنطقة
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", bare(ctx.norms[i + 1]))
    if n in _EACH and _word(ctx, i + 2, limit) and ctx.norms[i + 1] == "من":
        both = _pair(ctx, i + 2, limit, feminine)  # كل من البنك الأهلي وبنك الرياض
        if both is not None:
            return both
    if n in _DUAL_HEADS and _word(ctx, i + 1, limit):
        both = _pair(ctx, i + 1, limit, feminine)  # شركتا أرامكو وسابك
        if both is not None:
            both.start, both.src_start = i, ctx.starts[i]
            return both
    if (n[:1].isdigit() or n in _COUNTS) and _word(ctx, i + 1, limit) and _lookup(ctx.norms[i + 1], ORG_HEADS) \
            and not is_definite(ctx.norms[i + 1]):
        e = i + 2  # 95 شركة، عدة شركات تابعة: an unnamed number of bodies
        while _word(ctx, e, limit) and not is_definite(ctx.norms[e]) and (
                bare_nisba(ctx.norms[e]) or ctx.norms[e] in INDEF_ADJECTIVES or ctx.norms[e] in ("تابعه", "تابعة")):
            e += 1
        return NP(i, e, ctx.starts[i], ctx.ends[e - 1], "anonymous", bare(ctx.norms[i + 1]))
    if (_stopword(n) and not _masha_allah(ctx, i, limit)) or (n in SPEECH_EVENTS and not _lookup(n, DOC_HEADS)):
        return None
    pre = 0
    if strip and n.startswith(strip) and not n.startswith("ال") and len(n) > 3:
        pre = _prefix_chars(ctx, i, len(strip))
    s0 = ctx.starts[i] + pre

    def make(end: int, kind: str, **kw) -> NP:
        return NP(i, end, s0, ctx.ends[end - 1], kind, kw.pop("head", bare(n)), **kw)

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
    if ent is not None and ent.type in ("PER", "ORG", "LOC"):
        e = entity_end(ctx, i, limit)
        if ent.type == "PER":
            e = max(e, name_chain(ctx, i, limit))
            return make(e, "named_person", named=True, feminine=feminine)
        m = match_outlet(ctx, i, limit, preposition=bool(pre))
        if m is not None and not m.anaphor:
            return NP(i, m.end, m.start_char, m.end_char, "media", bare(n), media_end=m.end)
        if ent.type == "LOC" and _word(ctx, e, limit) and _lookup(ctx.norms[e], ORG_HEADS):
            return None  # a place in front of an organisation's name is not the subject
        end = def_chain(ctx, e, limit, org=True, places=True) if ent.type == "ORG" else e
        end = max(e, end)
        while _word(ctx, end, limit) and ctx.norms[end] in CORPORATE_SUFFIXES:
            end += 1  # تسلا موتورز، توشيبا كورب
        return make(end, "named_organization")

    m = match_outlet(ctx, i, limit, preposition=bool(pre))
    if m is not None:
        return NP(i, m.end, m.start_char, m.end_char, "media", bare(n), definite=m.anaphor,
                  media_end=m.end)

    if _masha_allah(ctx, i, limit):
        e = max(i + 4, name_chain(ctx, i + 3, limit, after_role=True))  # ما شاء الله الزوي: a compound given name
        return make(e, "named_person", named=True, feminine=feminine)
    if _construct_plural(ctx, i, limit):
        e = def_chain(ctx, i + 1, limit)  # منتجو البتروكيماويات السعوديون
        return make(max(e, i + 2), "anonymous")
    if n in ONE_OF_THEM:
        return make(i + 1, "anonymous", head=n)  # وقال أحدهم: one of a group named before
    if n in _ONE_OF and _word(ctx, i + 1, limit):
        e = def_chain(ctx, i + 1, limit)
        gen = ctx.norms[i + 1]
        if e == i + 1 and _lookup(gen, ANON_HEADS) and not is_definite(gen) and _word(ctx, i + 2, limit) \
                and ctx.norms[i + 2].startswith("ال") and not _stopword(ctx.norms[i + 2]):
            e = def_chain(ctx, i + 2, limit)  # أحد أقارب الضحايا، إحدى موظفات الشركة
        if e == i + 1:
            return None
        kind = "unnamed_official" if _lookup(gen, ROLE_HEADS) and not _lookup(gen, ANON_HEADS) else "anonymous"
        e = _modifiers(ctx, e, limit, True)
        return make(e, kind, head=bare(gen))

    role = _lookup(n, ROLE_HEADS) or (n if n in TITLES else "")
    if not role and _possessed_role(ctx, i, limit):
        role = n[:-1]  # أمينه العام، مديره التنفيذي، رئيسه: a role of the body named before
    if role:
        return _role_phrase(ctx, i, limit, s0, feminine)

    if _lookup(n, ANON_HEADS):
        e = i + 1 if is_definite(n) else anon_genitive(ctx, i + 1, limit)
        e = _modifiers(ctx, e, limit, is_definite(n))
        if e == i + 1 and not is_definite(n) and _word(ctx, e, limit) and not is_definite(ctx.norms[e]) \
                and not _stopword(ctx.norms[e]) and not is_verb_like(ctx.norms[e]) \
                and ctx.norms[e] not in VERB_FORMS and e + 1 < limit and (
                    complementizer(ctx.norms[e + 1]) or (ctx.words[e + 1] and is_verb_like(ctx.norms[e + 1]))
                    or ctx.raw[e + 1] in "،," or (ctx.norms[e + 1] == "في" and _word(ctx, e + 2, limit)
                                                 and is_definite(ctx.norms[e + 2]))):
            e += 1  # أطباء أطفال أن، أولياء أمور تحدثوا: an indefinite genitive before a clause
            e = _modifiers(ctx, e, limit, False)  # شيوخ عشائر في المنطقة
        return make(e, "anonymous", definite=is_definite(n))

    if _lookup(n, DOC_HEADS):
        if n in _REPORTS or bare(n) == "تقارير":
            e = i + 1
            while _word(ctx, e, limit) and ctx.norms[e] in MEDIA_QUALIFIERS:
                e += 1
            while e > i + 1 and _word(ctx, e, limit) and not is_definite(n) and (
                    ctx.norms[e] in INDEF_ADJECTIVES or bare_nisba(ctx.norms[e])):
                e += 1  # تقارير إعلامية محلية، تقارير صحفية إسرائيلية
            return make(e, "media", definite=is_definite(n))
        return make(_doc_chain(ctx, i + 1, limit), "document", definite=is_definite(n))

    if _lookup(n, ORG_HEADS):
        e = def_chain(ctx, i + 1, limit, org=True, places=True, after_definite=article(ctx, i))
        if e == i + 1 and not is_definite(n) and i + 1 < limit and ctx.raw[i + 1] in "«\"" \
                and ctx.quote_open_tok.get(i + 1, limit) < min(limit, i + 6):
            e = ctx.quote_open_tok[i + 1] + 1  # شركة «نماء»: the name in marks
            if _word(ctx, e, limit) and ctx.norms[e].startswith("ال") and (
                    nationality_adj(ctx.norms[e]) or (is_nisba(ctx.norms[e]) and ctx.norms[e] not in DESCRIPTIONS)):
                e += 1  # شركة «بي بي» البريطانية: its nationality is part of how it is named
        elif e == i + 1 and not is_definite(n) and _word(ctx, i + 1, limit):
            nxt = ctx.norms[i + 1]
            seq = KNOWN_ORG_SEQS.get(nxt)
            if seq and tuple(ctx.norms[i + 1:i + 1 + len(seq)]) == seq:
                e = i + 1 + len(seq)
            elif nxt in KNOWN_ORGS or ctx.raw[i + 1][:1].isascii() and ctx.raw[i + 1][:1].isalpha():
                e = i + 2
            elif bare(n) in _FAMILY and not _stopword(nxt) and not is_verb_like(nxt):
                e = i + 2  # عائلة أنييلي: a family name follows, whatever a tagger calls it
            elif not _stopword(nxt) and not is_verb_like(nxt) and nxt not in SPEECH_EVENTS \
                    and _word(ctx, i + 2, limit) and is_definite(ctx.norms[i + 2]) \
                    and not _stopword(ctx.norms[i + 2]) and nxt not in ctx.person_tokens:
                e = i + 2  # هيئة تنظيم الأسواق، وحدة مكافحة الجرائم: a construct chain
            elif not _stopword(nxt) and not is_verb_like(nxt) and nxt not in VERB_FORMS \
                    and not is_definite(nxt) and _word(ctx, i + 2, limit) and _indef_adjective(ctx.norms[i + 2]):
                e = i + 2  # لجنة تحقيق ثلاثية مستقلة، لجنة خبراء مستقلة: a genitive and its adjectives
                while _word(ctx, e, limit) and _indef_adjective(ctx.norms[e]) and e - i < 6:
                    e += 1
            else:
                e = name_chain(ctx, i + 1, limit, max_len=4)
            e = def_chain(ctx, max(e, i + 1), limit, org=True, places=True)
        if e > i + 1 and e < limit and ctx.raw[e] == "«" and ctx.quote_open_tok.get(e, limit) < min(limit, e + 5) \
                and ctx.words[e + 1] and not _stopword(ctx.norms[e + 1]) and not complementizer(ctx.norms[e + 1]):
            e = ctx.quote_open_tok[e] + 1  # قوة حفظ السلام «يونيفيل»: its short name in marks
        if e > i + 1 and _word(ctx, e, limit) and ctx.norms[e].startswith("ال") and not _stopword(ctx.norms[e]) \
                and e + 1 < limit and ctx.words[e + 1] and complementizer(ctx.norms[e + 1]) \
                and not ctx.norms[e].endswith(("ون", "ين")):
            e += 1  # الهيئة الإندونيسية لضمان المنتجات الحلال إن: a last adjective before إن/أن
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
    if n in KNOWN_ORGS or latin:
        e = i + 1
        while _word(ctx, e, limit) and ctx.raw[e][:1].isupper() and e - i < 4:
            e += 1
        while _word(ctx, e, limit) and is_definite(ctx.norms[e]) and is_nisba(ctx.norms[e]) and e - i < 5:
            e += 1  # أرامكو السعودية
        return make(e, "named_organization")

    if n in ctx.person_tokens and is_definite(n) and not _lookup(n, ORG_HEADS):
        # الجدعان، الخصاونة: a family name seen after a first name earlier in the text
        return make(i + 1, "named_person", named=True, feminine=feminine)
    if name_start(ctx, i):
        e = name_chain(ctx, i, limit)
        if e == i:
            return None
        return make(e, _name_kind(ctx, i, e, feminine), named=True,
                    feminine=ctx.norms[i] in FEMININE_NAMES or feminine)

    if article(ctx, i) and not is_verb_like(n) and not masdar_like(n) and n.startswith("ال"):
        b = bare(n)
        if is_nisba(n) and not n.endswith(("يون", "يين", "يات")) and n not in ADJECTIVES:
            return make(i + 1, "named_person", head=b, definite=True, role="descriptor")
        if n.endswith(("ون", "ين")) and len(b) >= 6:
            return make(i + 1, "anonymous", definite=True)  # المحللون، المتظاهرين
    return None  # a definite common noun (العثور، القيصر) is more often an object than a source


def _name_kind(ctx: Context, a: int, b: int, feminine: bool) -> str:
    norms = ctx.norms[a:b]
    if any(t in KNOWN_ORGS for t in norms) or ctx.raw[a][:1].isascii() or "." in norms[0]:
        return "named_organization"  # (جيه.إل.إل: an acronym)
    if norms[0] in FIRST_NAMES:
        return "named_person"
    if b - a == 1 and feminine and norms[0] not in FEMININE_NAMES and norms[0] not in ctx.person_tokens:
        return "named_organization"
    return "named_person"


def _indef_adjective(norm: str) -> bool:
    return not is_definite(norm) and (norm in INDEF_ADJECTIVES or bare_nisba(norm))


def _lam_genitive(ctx: Context, j: int, limit: int) -> int:
    """"لـ«X»"، "لشركة X"، "لوكالة X" after a document: whose document it is (the token past
    the genitive, or ``j``). An outlet named there stays inside the document's source; the
    detector reads it as a via where the document's claim is told by someone else."""
    n = ctx.norms[j]
    if n == "ل" and j + 1 < limit and j + 1 in ctx.quote_open_tok:
        close = ctx.quote_open_tok[j + 1]
        if close < limit and close - j <= 6 and all(ctx.words[t] for t in range(j + 2, close)):
            return close + 1
        return j
    if n[:1] != "ل" or n.startswith(("لل", "ال")) or len(n) < 4:
        return j
    m = match_outlet(ctx, j, limit, preposition=True)
    if m is not None and not m.anaphor:
        return m.end
    if _lookup(n[1:], ORG_HEADS) and not is_definite(n[1:]):
        k = _institution(ctx, j, limit)
        return k if k > j + 1 else j
    return j


def _doc_chain(ctx: Context, j: int, limit: int) -> int:
    """After a document head: بيانات الهيئة العامة للإحصاء، دراسة حديثة، تقرير صادر عن ..."""
    start = j
    while j < limit and ctx.words[j]:
        n = ctx.norms[j]
        if n in _ISSUED and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in ("عن", "من"):
            k = _institution(ctx, j + 2, limit)
            if k == j + 2:
                break
            j = k
            continue
        if not is_definite(n) and (n in INDEF_ADJECTIVES or bare_nisba(n)):
            j += 1
            continue
        k = _lam_genitive(ctx, j, limit)
        if k > j:
            j = k  # تقرير لشركة جيه.إل.إل، إحصائية لـ«معلومات مباشر»، تقرير لوكالة الصحافة الفرنسية
            continue
        if j == start and not is_definite(n) and _lookup(n, DOC_HEADS):
            j += 1  # ملخص تقرير لجنة التحقيق: a document of a document
            continue
        if j == start and not is_definite(n) and (_lookup(n, ORG_HEADS) or n in KNOWN_ORGS):
            k = _institution(ctx, j, limit)
            if k > j:
                j = k
                continue
            break
        if j == start and not is_definite(n) and (name_start(ctx, j) or match_outlet(ctx, j, limit)):
            m = match_outlet(ctx, j, limit)
            k = m.end if m is not None else name_chain(ctx, j, limit, max_len=2)
            if k > j:
                j = k
                continue  # تقرير نوبل، مسح رويترز
            break
        k = def_chain(ctx, j, limit, org=True, places=True)
        if k > j:
            j = k
            continue
        break
    return j


def _role_phrase(ctx: Context, i: int, limit: int, s0: int, feminine: bool) -> NP:
    """A role, and the name that follows it if any (وزير المالية محمد الجدعان)."""
    norms = ctx.norms
    head = _lookup(norms[i], ROLE_HEADS) or norms[i]
    had_genitive = False
    j = i + 1
    if _word(ctx, j, limit) and is_definite(norms[j]) and norms[j] in ctx.person_tokens \
            and not _lookup(norms[j], ORG_HEADS) and norms[j] not in ADJECTIVES:
        # النائبة المحجوب: a role with the family name of a person named before
        return NP(i, j + 1, ctx.starts[j], ctx.ends[j], "named_person", head, role=norms[i], named=True,
                  feminine=feminine or head.endswith("ه"))
    while j < limit and ctx.words[j] and j - i < 9:
        n = norms[j]
        if n in FIRST_NAMES and not is_definite(n):
            break
        k = _relation_phrase(ctx, j, limit) if not is_definite(norms[i]) or had_genitive else j
        if k > j:
            j = k  # مسؤول مصرفي ذي صلة بالاتفاقية، تاجر وثيق الصلة بمنتج ...
            continue
        if j > i + 1 and n.startswith("بال") and len(n) > 5 and norms[j - 1].startswith("الم") \
                and len(norms[j - 1]) >= 6 and adjective_like(norms[j - 1]):
            j = max(j + 1, def_chain(ctx, j + 1, limit)) if _word(ctx, j + 1, limit) else j + 1
            continue  # عضو المكتب التنفيذي للاتحاد المكلف بالإنتاج النباتي: the participle's object
        if j == i + 1 and article(ctx, i) and n.startswith("ال") and not adjective_like(n) and n not in _ROLE_OK:
            break  # "وأبلغ الوزير البرلمان أن": a definite role takes no genitive; that is its object
        if n in ("عام", "العام", "العامه") and j <= i + 2:
            j += 1  # الأمين العام، مدعي عام، المدير العام
            continue
        if n in ("باسم", "بإسم", "باسم"):
            k = _institution(ctx, j + 1, limit)
            if k == j + 1:
                break
            j = k
            continue
        if n in ("في", "لدي") and (_word(ctx, j + 1, limit) or j + 1 in ctx.quote_open_tok):
            k = _cut_at_title(ctx, j + 1, _institution(ctx, j + 1, limit))  # (في «جنرال إلكتريك»)
            if k == j + 1 and _field_phrase(ctx, j + 1, limit):
                k = def_chain(ctx, j + 2, limit, org=True)  # تاجر في سوق المدينة الكبير
            elif k == j + 1 and _lookup(norms[i], _EXPERT_ROLES) and is_definite(norms[j + 1]) \
                    and norms[j + 1].startswith("ال") and not _stopword(norms[j + 1]) \
                    and norms[j + 1] not in SPEECH_EVENTS and norms[j + 1] not in TIME_WORDS \
                    and not _is_place(ctx, j + 1):
                k = _cut_at_title(ctx, j + 1, def_chain(ctx, j + 1, limit))  # الخبير في الأمن البحري
            if k == j + 1:
                break
            j = k
            continue
        if n in NAME_TITLES and j > i:
            break  # وزيرة التربية | الدكتورة سلمى ...
        if j == i + 1 and not is_definite(norms[i]) and not _lookup(norms[i], _EXPERT_ROLES):
            k = _construct_run(ctx, j, limit)
            if k > j:
                j = _cut_at_title(ctx, j, def_chain(ctx, k, limit))
                had_genitive = True  # منسق برنامج مكافحة الجراد: a construct chain after the role
                continue
        if j == i + 1 and _lookup(norms[i], _EXPERT_ROLES) and not is_definite(norms[i]) and _field_phrase(ctx, j, limit) \
                and n not in FIRST_NAMES and n not in ctx.person_tokens:
            j = _cut_at_title(ctx, j, def_chain(ctx, j + 1, limit))  # أستاذ علوم البيئة
            had_genitive = True
            continue
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
            if k == j + 1 and not is_definite(norms[j + 1]) and not _stopword(norms[j + 1]) \
                    and norms[j + 1] not in FIRST_NAMES and norms[j + 1] not in NAME_TITLES \
                    and (j + 2 >= limit or not ctx.words[j + 2]):
                k = j + 2  # بجامعة ستراثمور، : the institution's own one-word name
            if k > j + 1:
                j = k  # أستاذ الاقتصاد بجامعة القاهرة
                continue
        if n in _RESUMPTIVE_PP and j == i + 1:
            j += 1  # مسؤول فيها: "in it", the body named before
            continue
        if _stopword(n) or n in SPEECH_EVENTS or is_verb_like(n):
            break
        if n[:1] == "ل" and match_outlet(ctx, j, limit, preposition=True) is not None:
            break  # مسؤول لوكالة فرانس برس: the via, not a genitive of the role
        if had_genitive and is_definite(n) and not adjective_like(n) and not n.startswith(("ل", "و")) \
                and not (norms[j - 1][:1] in "لو" and not is_definite(norms[j - 1])):
            break  # زعيم المعارضة | الخطة
        k = _cut_at_title(ctx, j, def_chain(ctx, j, limit, org=True))
        if k > j:
            had_genitive = had_genitive or any(ctx.norms[t].startswith("ال") for t in range(j, k))
            j = k
            continue
        k = _participle_modifier(ctx, j, limit)
        if k > j:
            j = k  # مسؤول عراقي مشارك في المحادثات، دبلوماسي مطلع على الملف
            continue
        # An indefinite adjective agrees with an indefinite role only (مسؤول أمريكي رفيع): after
        # a definite head or genitive (المتحدثة باسم البرنامج، نقيب أصحاب المطاعم) an
        # indefinite word that looks like one is a foreign name (ليني كينزلي، طوني).
        per = ctx.entity_at.get(j)
        indef_role = not is_definite(norms[i]) and not had_genitive and (per is None or per.type != "PER")
        if not is_definite(n) and (
            _lookup(n, ORG_HEADS) or _lookup(n, ROLE_HEADS)
            or (indef_role and (n in INDEF_ADJECTIVES or bare_nisba(n)))
            or (_lookup(n, ANON_HEADS) and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]))
        ):
            j += 1  # نقيب أصحاب المطاعم
            continue
        if j == i + 1 and _lookup(norms[i], OCCUPATIONS) and not is_definite(norms[i]) and not is_definite(n) \
                and n not in FIRST_NAMES and n not in ctx.person_tokens and j not in ctx.entity_at \
                and not ctx.raw[j][:1].isupper():
            j += 1  # تاجر حبوب، سائق أجرة، صاحب محل: what the trade deals in, not a name
            continue
        if n.startswith("ب") and _is_place(ctx, j):
            j += 1
            continue
        if n[:1] == "ل" and len(n) > 4 and not is_definite(n) and n not in FIRST_NAMES \
                and n not in ctx.person_tokens and (_lookup(norms[j - 1], ROLE_HEADS) or norms[j - 1] in ADJECTIVES) \
                and _word(ctx, j + 1, limit) and name_start(ctx, j + 1, after_role=True) \
                and match_outlet(ctx, j, limit, preposition=True) is None:
            j += 1  # الرئيس التنفيذي لسوناطراك: "of" a company, then the name
            had_genitive = True
            continue
        ent = ctx.entity_at.get(j)
        if ent is not None and ent.type in ("ORG", "LOC") and not ctx.is_media_start(j):
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
        break
    if norms[i] in TITLES and j == i + 1 and _word(ctx, j, limit) and is_definite(norms[j]) \
            and norms[j].startswith("ال") and is_nisba(norms[j]) and norms[j] not in ADJECTIVES \
            and not _nationality_word(norms[j]):
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
    role_end = j
    name_end = -1
    name_at = j
    if _word(ctx, j + 1, limit) and norms[j + 1] == "عدم":
        # نائب طلب عدم ذكر اسمه: the verb of an anonymity clause, never a name
        return NP(i, role_end, s0, ctx.ends[role_end - 1], "unnamed_official", head,
                  role=" ".join(norms[i:role_end]), definite=is_definite(norms[i]),
                  feminine=feminine or head.endswith("ه"))
    k = j
    while _word(ctx, k, limit) and norms[k] in NAME_TITLES and k - j < 2:
        k += 1
    if k > j and k > i + 1 and _word(ctx, k, limit) and not _stopword(norms[k]) and not article(ctx, k) \
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
    if name_end > name_at:
        pass
    elif _word(ctx, j, limit) and name_start(ctx, j, after_role=True) and not _is_place(ctx, j):
        name_end = name_chain(ctx, j, limit, after_role=True)
    elif ctx.is_punct(j, "،,") and j + 1 < limit and not anonymity_clause(ctx, j + 1, min(limit, j + 8)):
        k = j + 1
        if _word(ctx, k, limit) and norms[k] in TITLES:
            k += 1
            while _word(ctx, k, limit) and k - j < 4 and is_definite(norms[k]) and is_nisba(norms[k]) \
                    and norms[k] not in ADJECTIVES:
                k += 1  # رئيسة اللجنة، المخرجة الإيطالية أليس ...
        if _word(ctx, k, limit) and name_start(ctx, k):
            e = name_chain(ctx, k, limit)
            if e > k and (e >= limit or ctx.is_punct(e, "،,:") or _stopword(norms[e])):
                name_at, name_end = k, e
    if name_end > name_at:
        role_words = " ".join(norms[i:role_end])
        return NP(i, name_end, ctx.starts[name_at], ctx.ends[name_end - 1], "named_person",
                  head, role=role_words, named=True,
                  feminine=norms[name_at] in FEMININE_NAMES or feminine or head.endswith("ه"))
    kind = "anonymous" if _lookup(norms[i], ANON_HEADS) else "unnamed_official"
    return NP(i, role_end, s0, ctx.ends[role_end - 1], kind, head,
              role=" ".join(norms[i:role_end]), definite=is_definite(norms[i]),
              feminine=feminine or head.endswith("ه"))


_ROLE_PREPS = folded_set("على عن في")
_ROLE_OK = folded_set("العام العامة الأول الأعلى")
#: Words that may stand in a long role before the name (التابعة لغرفة تجارة وصناعة جدة).
_ROLE_LINKS = folded_set("التابعة التابع التابعين المنبثقة المنبثق المكلف المكلفة بمنطقة بمحافظة")


def _role_runs_to_name(ctx: Context, i: int, j: int, limit: int) -> int:
    """"رئيس لجنة التثمين العقاري التابعة لغرفة تجارة وصناعة جدة عبدالله الأحمري:": where a
    role stopped before a long description, a person named a few words on (a PER entity or a
    known first name), followed by the colon, إن/أن, a quotation or a comma, is its name; the
    role runs to it. Returns where the name starts, or ``j``."""
    if j >= limit or not ctx.words[j] or ctx.norms[j] in FIRST_NAMES:
        return j
    for t in range(j, min(limit, j + 9)):
        if not ctx.words[t]:
            return j
        n = ctx.norms[t]
        ent = ctx.entity_at.get(t)
        if (ent is not None and ent.type == "PER" or n in FIRST_NAMES) and not is_definite(n) and t > j \
                and (is_definite(ctx.norms[t - 1]) or _is_place(ctx, t - 1)):  # (سيدي محمد: a name's first word)
            end = name_chain(ctx, t, limit)
            if end > t and end < limit and (ctx.raw[end] in ":،," or complementizer(ctx.norms[end])
                                            or end in ctx.quote_open_tok):
                return t
            return j
        if _stopword(n) and n not in _ROLE_LINKS or n in VERB_FORMS or complementizer(n) or n in SPEECH_EVENTS \
                or n in TIME_WORDS or is_verb_like(n):
            return j
    return j
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


def _nationality_word(norm: str) -> bool:
    b = bare(norm)
    stem = b[:-1] if b.endswith("ي") else b
    forms = (stem, stem + "ا", b + "ا", "ال" + b + "ه", b + "ه", "ال" + stem, "ال" + stem + "ه")
    return any(f in PLACES for f in forms)


_NOT_NAMED_NEG = folded_set("لم ولم دون")
_NAMING_VERBS = folded_set(
    """تذكر يذكر تسم يسم تسمه يسمه تكشف يكشف تورد يورد تحدد يحدد تذكرا يذكرا تذكروا يذكروا تحددا"""
)


def anonymity_clause(ctx: Context, j: int, limit: int) -> bool:
    """"طلب عدم الكشف عن هويته", "شريطة عدم نشر اسمه", "غير مخول بالحديث" within a few
    words after the source phrase: the source asked not to be named."""
    for k in range(j, min(limit, j + 14)):
        n = ctx.norms[k]
        if n in _NOT_NAMED_NEG and k + 2 < limit and ctx.norms[k + 1] in _NAMING_VERBS:
            return False  # "، لم تذكر اسمه،": the outlet did not name him; he did not ask
        if n == "عدم" and k + 1 < limit and ctx.norms[k + 1] in (
            "الكشف", "ذكر", "نشر", "الافصاح", "تسميته", "الاشاره", "كشف", "الكشف", "ذكره", "ذكر",
        ):
            return True
        if n in ("مخول", "مخولين", "مخولا", "مخوله", "مخولون"):
            return True
        if n in ("هويته", "هويتها", "هويتهم", "اسمه", "اسمها", "اسمائهم") and k > j:
            return True
        if complementizer(n) or ctx.raw[k] in (":", "«", "\""):
            break
    return False

