"""What qualifies an unnamed source after its head: adjectives, the institution it belongs to
(مصدر في وزارة الطاقة، مصرفي كبير في بنك تجاري خليجي تديره الدولة)، a field (خبراء في قطاع
الطاقة، مصادر بصناعة النفط)، a tie (ذو صلة بـ…، وثيق الصلة بـ…، مقرب من …، مطلع على …) or a seat
(مقره المملكة، تتخذ من طهران مقرا لها).
"""

from __future__ import annotations

from .context import Context
from .institutions import _institution
from .outlets import match_outlet
from .phrases import _CLOSE, _RESUMPTIVE_PP, _is_place, _lookup, _stopword, _word, def_chain, name_chain
from .words import IS_CALLED
from .words import (
    FIRST_NAMES,
    INDEF_ADJECTIVES, ORG_HEADS, PLACES, ROLE_HEADS, SPEECH_EVENTS, TIME_WORDS, adverbial_end, bare_nisba, complementizer, folded_set,
    in_lexicon, is_definite, is_nisba, is_verb_like,
)


#: Who works inside a body named after بـ in marks ("مصدر بـ«السلع التموينية»"), not a description
#: ("وصفه متعاملون بـ«أسبوع الذعر»").
_SOME_OF = folded_set("عدد بعض مختلف")
_INSIDERS = folded_set("مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين متحدث متحدثة موظف موظفون موظفين عامل عاملون")
_FIELD_NOUNS = folded_set("إغاثة تجارة صناعة إنقاذ إعمار تنمية حقوق أعمال تمويل استثمار زراعة سياحة")
_MARKETS = folded_set("سوق أسواق ميناء مطار معبر")
BY_PHONE = folded_set("الهاتف الهاتفي البريد الفيديو الأقمار تطبيق")
BY_PHONE_WORD = folded_set("هاتفيا هاتفياً")
_GOVERNORATE = folded_set("المحافظة المحافظات")
_HIGH = folded_set("رفيع رفيعة رفيعو رفيعي رفيعا")
_PRIVATE = folded_set("خاصة خاص")
_LEVEL = folded_set("المستوى المستوي")  # "مصدر بالمحافظة": its offices
_CLOSE_TO = folded_set("مقرب مقربة مقربان مقربين مقربون قريب قريبة قريبون قريبين")
#: Gatherings people speak at, named after the head ("منتدى الرياض الاقتصادي"، «منتدى جدة»).
_FORUMS = folded_set("منتدى ملتقى مؤتمر ندوة ورشة جلسة قمة معرض")
_GREAT_AND_SMALL = folded_set("صغار كبار")
_TAKING_PART = folded_set("مشارك مشاركة مشاركان مشاركين مشاركون مشاركات")
_AWARE = folded_set("مطلع مطلعة مطلعان مطلعين مطلعون مطلعتان")
_TOPIC_LINKS = folded_set("مع بشأن حول")


def _field_phrase(ctx: Context, j: int, limit: int) -> bool:
    """"في قطاع الطاقة"، "في مجال الطب": an indefinite noun with a definite genitive after
    في says what field unnamed people work in (not a speech event, a time or a place)."""
    if not _word(ctx, j, limit):
        return False  # (a quotation mark: «X» names a body, no field)
    n = ctx.norms[j]
    if is_definite(n) or _stopword(n) or n in SPEECH_EVENTS or in_lexicon(n, SPEECH_EVENTS) \
            or n in TIME_WORDS or is_verb_like(n) or _is_place(ctx, j) or n[:1].isdigit():
        return False
    return _word(ctx, j + 1, limit) and ctx.norms[j + 1].startswith("ال") and not _stopword(ctx.norms[j + 1]) \
        and ctx.norms[j + 1] not in TIME_WORDS


def anon_genitive(ctx: Context, j: int, limit: int) -> int:
    """After an indefinite head of unnamed people, a definite genitive says who they are
    (خبراء البيئة، سكان المدينة، شهود العيان): the token past it, or ``j``. An outlet there
    is an addressee or a via, not a genitive."""
    if not _word(ctx, j, limit):
        return j
    n = ctx.norms[j]
    if n in _FIELD_NOUNS and not (j in ctx.entity_at and ctx.entity_at[j].type == "PER"):
        e = j + 1  # "منظمات إغاثة دولية"، "غرفة تجارة وصناعة غزة": what they do, an indefinite genitive
        if _word(ctx, e, limit) and ctx.norms[e][:1] == "و" and ctx.norms[e][1:] in _FIELD_NOUNS:
            e += 1
        return e
    if n in _MARKET_GOODS and _word(ctx, j + 1, limit) and ctx.norms[j + 1].startswith("ال") \
            and not _stopword(ctx.norms[j + 1]) and ctx.norms[j + 1] not in TIME_WORDS and not _is_place(ctx, j + 1):
        return def_chain(ctx, j + 1, limit)  # "سائقي سيارات الأجرة": what they drive, a construct chain
    if n in _MARKET_GOODS or n in _EYES:
        return j + 1  # "محلل أسهم"، "تاجر عقار": what he deals in, indefinite (أسهم is no verb here); شهود عيان
    if n in _TRADE_WORDS and _word(ctx, j + 1, limit) and ctx.norms[j + 1].startswith("ال") \
            and not _stopword(ctx.norms[j + 1]):
        return def_chain(ctx, j + 1, limit, org=True)  # "تجار جملة الجوالات"، "متعاملو سوق الذهب"
    if not n.startswith("ال") or _stopword(n) or n in SPEECH_EVENTS or is_verb_like(n) \
            or match_outlet(ctx, j, limit) is not None:
        return j
    return def_chain(ctx, j, limit, org=True)


_REGION_NOUNS = folded_set("المنطقة المحافظة المدينة المملكة")
_TRADE_WORDS = folded_set("جملة تجزئة قطاع سوق أسواق")
_MARKET_GOODS = folded_set("""أسهم عقار عقارات سيارات ذهب عملات عملة نفط مجوهرات أقمشة ملابس مواشي ماشية أغنام خضار
    مواد معدات أجهزة مستلزمات أدوات منتجات سلع أعلاف أسمدة أدوية""")
_EYES = folded_set("عيان")


_AREA_HEADS = folded_set("حي منطقة مدينة محافظة")
_FACILITY_HEADS = folded_set("ميناء مطار منفذ معبر مصفاة محطة مرفأ سوق")
_IN_THE_PLACE = folded_set("بالبلد بالعاصمة بالمنطقة بالمحافظة بالمدينة بالحي بالمملكة")
_SIDES_OF = folded_set("وسط شمال جنوب شرق غرب")
_CAPITALS = folded_set("العاصمة المدينة المنطقة المحافظة")


_PARTICIPANTS = folded_set("مشاركون مشاركين المشاركون المشاركين متحدثون متحدثين حضور متدخلون")


def bare_participants(norm: str) -> bool:
    return norm in _PARTICIPANTS


_PARTIES = folded_set("المتهم المتهمة المدعي المدعى الشاهد الطرف")
_ORDINALS = folded_set("الأول الثاني الثالث الرابع الخامس السادس الأولى الثانية الثالثة الرابعة الخامسة")


_SEEKERS = folded_set("الباحث الباحثة باحث باحثة الباحثون الباحثين باحثون باحثين الباحثات باحثات")
_A_JOB = folded_set("عمل وظيفة وظائف العمل")
#: "مصادر وصفتها بالمطلعة": the outlet's word for its unnamed sources.
_DESCRIBED_AS = folded_set("وصفتها وصفها وصفتهم وصفهم")


def _described_as_end(ctx: Context, k: int, limit: int) -> int:
    """Past "بـ«المطلعة»"، "بالمطلعة"، "بأنها مطلعة" at ``k``; ``k`` when none is there."""
    if not ctx.words[k] or not ctx.norms[k].startswith("ب"):
        return k
    n = ctx.norms[k]
    if n in ("ب", "بـ") and k + 1 < limit and k + 1 in ctx.quote_open_tok and ctx.quote_open_tok[k + 1] - (k + 1) <= 3:
        return ctx.quote_open_tok[k + 1] + 1
    if is_definite(n[1:]) and len(n) > 4:
        k += 1  # بالمطلعة، بالموثوقة
        while _word(ctx, k, limit) and is_definite(ctx.norms[k]) and is_nisba(ctx.norms[k]):
            k += 1
        return k
    if n in ("بانها", "بانهم") and _word(ctx, k + 1, limit) and not is_definite(ctx.norms[k + 1]):
        return k + 2  # بأنها مطلعة
    return k


def _outlet_told_inside(ctx: Context, a: int, k: int, limit: int) -> int:
    """A body's name read up to ``k`` that ends in the outlet the source told, then his claim
    ("مصدر في المؤسسة العامة لتوزيع الكهرباء | للثورة أن"، "مصدر في مديرية منفذ البوكمال | لتلفزيون
    سوريا إن"): the name stops before the outlet."""
    for t in range(a, k):
        if not ctx.words[t] or ctx.norms[t][:1] != "ل" or len(ctx.norms[t]) < 4:
            continue
        m = match_outlet(ctx, t, limit, preposition=True, ambiguous_ok=True)
        if m is not None and not m.anaphor and m.end >= k and m.end < limit and ctx.words[m.end] \
                and complementizer(ctx.norms[m.end]):
            return t
    return k


def _modifiers(ctx: Context, j: int, limit: int, definite: bool) -> int:
    """Adjectives and qualifying phrases after an anonymous or official head."""
    return _outlet_told_inside(ctx, j, _modifiers_to(ctx, j, limit, definite), limit)


def _modifiers_to(ctx: Context, j: int, limit: int, definite: bool) -> int:
    norms = ctx.norms
    while j < limit and ctx.words[j]:
        n = norms[j]
        if n in IS_CALLED:
            break  # "شاهد عيان | يدعى حسن كاظم الربيعي": his name follows, no part of what he is
        if n in _PLACE_ADJ and j > 0 and ctx.words[j - 1] and _is_place(ctx, j - 1):
            j += 1  # "أم لطفلين في حي مصر الجديدة": the place's own adjective
            continue
        if n == "في" and definite and j > 0 and ctx.words[j - 1] and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and norms[j + 1] in _SCHOOL_GRADES:
            k = j + 2
            while _word(ctx, k, limit) and is_definite(norms[k]) and k - j < 6 and not (k in ctx.entity_at
                                                                                  and ctx.entity_at[k].type == "PER"):
                k += 1
            if k > j + 1 and _word(ctx, k, limit) and (norms[k] in FIRST_NAMES or k in ctx.entity_at
                                                       and ctx.entity_at[k].type == "PER"):
                j = k  # "الطالب في الصف الثاني الثانوي | عمر الزعبي": his class, then his name
                break
        if (n == "عبر" and _word(ctx, j + 1, limit) and norms[j + 1] in BY_PHONE) or n in BY_PHONE_WORD:
            break  # "مصرفي في بنغازي | عبر الهاتف": how he spoke, not who he is
        if n == "عن" and j > 0 and ctx.words[j - 1] and norms[j - 1] in _SEEKERS and _word(ctx, j + 1, limit) \
                and norms[j + 1] in _A_JOB:
            j += 2  # "الباحثة عن عمل هديل القرشي": a job seeker
            continue
        if n in _DESCRIBED_AS and not definite and j + 1 < limit:
            k = _described_as_end(ctx, j + 1, limit)
            if k > j + 1:
                j = k  # "مصادر وصفتها بـ«المطلعة»": how the outlet described them
                continue
        if n in _ORDINALS and definite and j > 0 and ctx.words[j - 1] and norms[j - 1] in _PARTIES:
            j += 1  # "المتهم الثاني": which of them (not "المصدر الثاني": the second one named before)
            continue
        if n in _PRIVATE and j > 0 and ctx.words[j - 1] and not is_definite(norms[j - 1]) and not definite:
            j += 1  # "منشآت خاصة"، "شركات خاصة": private (not "especially")
            continue
        if n in _HIGH and _word(ctx, j + 1, limit) and norms[j + 1] in _LEVEL:
            j += 2  # "مصدر مصرفي رفيع المستوى": high-level, one adjective in construct
            continue
        if n == "ب" and j + 1 < limit and 1 < ctx.quote_open_tok.get(j + 1, 10 ** 9) - (j + 1) <= 5 \
                and any(t >= 0 and ctx.words[t] and norms[t] in _INSIDERS for t in (j - 1, j - 2)) \
                and ctx.quote_open_tok[j + 1] < limit and all(ctx.words[t] for t in range(j + 2, ctx.quote_open_tok[j + 1])):
            j = ctx.quote_open_tok[j + 1] + 1  # "مصدر بـ«السلع التموينية»": the body, by its name in marks
            continue
        if n == "ب" and _word(ctx, j + 1, limit) and _is_place(ctx, j + 1):
            j += 2  # "تجار جملة الجوالات بـ جدة": where they are, the ب written apart
            continue
        if n[:1] == "ب" and len(n) > 3 and not n.startswith("بال") and (
                _is_place(ctx, j) or bool(_lookup(n[1:], PLACES))):
            j += 1  # "مصادر في الهيئة الملكية بينبع": where they are
            continue
        if n[:1] == "و" and len(n) > 3 and j > 0 and ctx.words[j - 1] and (
                _is_place(ctx, j - 1) or norms[j - 1][:1] == "ب" and bool(_lookup(norms[j - 1][1:], PLACES))) and (
                bool(_lookup(n[1:], PLACES)) or (j in ctx.entity_at and ctx.entity_at[j].type == "LOC")
                or (n.startswith("وال") and (j + 1 >= limit or not ctx.words[j + 1] or complementizer(norms[j + 1])
                                           or norms[j + 1] in ("ل", "لـ")))):
            j += 1  # "تجار ذهب في سوق الذهب بالدمام والخبر": and the other town
            continue
        if n in _IN_THE_PLACE and (j + 1 >= limit or not ctx.words[j + 1] or complementizer(norms[j + 1])):
            j += 1  # "أحد التجار في سوق الذهب بالبلد، …": where the market is, the phrase ends there
            continue
        if n in _SIDES_OF and j > 0 and ctx.words[j - 1] and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and (_is_place(ctx, j + 1) or norms[j + 1] in _CAPITALS):
            j = def_chain(ctx, j + 1, limit)  # "في سوق الطيبة وسط العاصمة": where it is
            continue
        if n[:1] == "ب" and n[1:] in _SIDES_OF and j > 0 and ctx.words[j - 1] and _word(ctx, j + 1, limit) \
                and is_definite(norms[j + 1]) and (_is_place(ctx, j + 1) or norms[j + 1] in _CAPITALS):
            j = def_chain(ctx, j + 1, limit)  # "المتعاملين في شركات الصرافة بوسط القاهرة": where they are
            continue
        if n[:1] in "بف" and n[1:] in _FACILITY_HEADS and _word(ctx, j + 1, limit) and (
                _is_place(ctx, j + 1) or j + 1 in ctx.entity_at and ctx.entity_at[j + 1].type == "LOC"):
            j = max(j + 2, def_chain(ctx, j + 1, limit, places=True))  # "مصادر ملاحية بميناء بورسعيد": where they work
            continue
        if n[:1] == "ب" and n[1:] in _AREA_HEADS and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]):
            j = def_chain(ctx, j + 1, limit)  # "مستثمر في قطاع الإيواء بحي العليا": the district
            continue
        if n[:1] == "ب" and n[1:] in _AREA_HEADS and _word(ctx, j + 1, limit) and _is_place(ctx, j + 1):
            j = max(j + 2, def_chain(ctx, j + 1, limit, places=True))  # "مصدر في فرع الوزارة بمنطقة مكة المكرمة"
            continue
        if n[:1] == "ب" and n[1:] in _AREA_HEADS and _word(ctx, j + 2, limit) and norms[j + 1] in _SIDES_OF \
                and is_definite(norms[j + 2]):
            j = def_chain(ctx, j + 2, limit)  # "مصادر بحي شمال الجيزة": the district, by its side of town
            continue
        if n[:3] == "بال" and n[1:] in _REGION_NOUNS and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and (norms[j + 1].endswith(("يه", "ي")) or _is_place(ctx, j + 1)):
            j += 2  # "متعاملون في سوق الذهب بالمنطقة الشرقية": where they are
            continue
        if n in _CLOSE_TO and _word(ctx, j + 1, limit) and norms[j + 1] == "من":
            j = max(j + 2, def_chain(ctx, j + 2, limit, org=True), _institution(ctx, j + 2, limit),
                    name_chain(ctx, j + 2, limit), j + 3 if _word(ctx, j + 2, limit) and not _stopword(norms[j + 2])
                    and not complementizer(norms[j + 2]) else j + 2,
                    def_chain(ctx, j + 3, limit) if _word(ctx, j + 3, limit) and in_lexicon(norms[j + 2], ROLE_HEADS)
                    and is_definite(norms[j + 3]) else j + 2)  # (مقربة من رئيس الحكومة: a post and its genitive)
            continue  # مقربة من إدارة النادي، مقربة من بري: whom they are close to
        if n == "ما" and j > 0 and ctx.norms[j - 1] in ("سوق", "السوق") and _word(ctx, j + 2, limit) \
                and norms[j + 1] == "بين" and is_definite(norms[j + 2]):
            j += 3  # "متعاملون في سوق ما بين البنوك": the interbank market
            continue
        if n in _TAKING_PART and j > 0 and ctx.words[j - 1] and _word(ctx, j + 2, limit) and norms[j + 1] == "في" \
                and not _stopword(norms[j + 2]) and norms[j + 2] not in TIME_WORDS:
            j += 2  # "مصرفي مشارك في ترتيب الصفقة": what he takes part in
            j = max(j + 1, def_chain(ctx, j + 1, limit)) if not is_definite(norms[j]) else def_chain(ctx, j, limit)
            continue
        if n in _AWARE and _word(ctx, j + 1, limit) and norms[j + 1] == "علي":
            j += 2
            if _word(ctx, j, limit):
                j = max(j + 1, def_chain(ctx, j + 1, limit), _institution(ctx, j + 1, limit)) \
                    if not is_definite(norms[j]) else def_chain(ctx, j, limit)  # مطلع على عمليات شركة الشحن
            if _word(ctx, j + 1, limit) and norms[j] in _TOPIC_LINKS and (
                    is_definite(norms[j + 1]) or _lookup(norms[j + 1], ORG_HEADS)):
                j = max(j + 1, _institution(ctx, j + 1, limit))  # مطلع على المفاوضات مع البنك الدولي
            continue
        if n == "علي" and _word(ctx, j + 1, limit) and norms[j + 1] in ("علم", "اطلاع", "درايه", "صله"):
            j += 2
            if _word(ctx, j, limit) and norms[j].startswith("ب"):
                j = def_chain(ctx, j + 1, limit, org=True) if norms[j] == "ب" else j + 1
            continue
        if n in _RESUMPTIVE_PP and j > 0 and ctx.words[j - 1]:
            j += 1  # مصدر مسؤول فيها: "in it", the body named before
            continue
        k = _relation_phrase(ctx, j, limit)
        if k > j:
            j = k  # مصدر ذو صلة بمنتج سعودي آخر، تاجر وثيق الصلة بمنتج ...، مصدر مقره المملكة
            continue
        if n in _TAKES and _word(ctx, j + 3, limit) and norms[j + 1] == "من" and norms[j + 3] in _SEAT_WORDS:
            j += 5 if _word(ctx, j + 4, limit) and norms[j + 4] in _RESUMPTIVE_LAM else 4
            continue  # مصادر تتخذ من طهران مقرا لها
        if not definite and n[:1] in "بل" and n[1:] in _FIELD_HEADS and _word(ctx, j + 1, limit) \
                and ctx.norms[j + 1].startswith("ال") and not _stopword(ctx.norms[j + 1]) \
                and ctx.norms[j + 1] not in TIME_WORDS:
            j = def_chain(ctx, j + 1, limit, org=True)  # مصادر بصناعة النفط، محللون لسوق الأسهم
            continue
        if n[:1] == "ب" and len(n) > 4 and _lookup(n[1:], ORG_HEADS) and not n.startswith("بال") \
                and _word(ctx, j + 1, limit) and ctx.norms[j + 1].startswith("ال") and not _stopword(ctx.norms[j + 1]):
            j = def_chain(ctx, j + 1, limit, org=True)  # "مصدر مسؤول بوزارة السياحة": the body he is in
            continue
        if n[:1] == "ب" and len(n) > 4 and _lookup(n[1:], ORG_HEADS) and not n.startswith("بال") \
                and _word(ctx, j + 1, limit) and (_is_place(ctx, j + 1) or j + 1 in ctx.entity_at
                                                  and ctx.entity_at[j + 1].type in ("LOC", "ORG")):
            j = max(j + 2, def_chain(ctx, j + 1, limit, org=True, places=True))  # "مصدر مسؤول بمصرف ليبيا المركزي"
            continue
        if n[:1] == "ب" and len(n) > 4 and _lookup(n[1:], ORG_HEADS) and not n.startswith("بال") \
                and j + 1 < limit and 1 < ctx.quote_open_tok.get(j + 1, 10 ** 9) - (j + 1) <= 4 \
                and ctx.quote_open_tok[j + 1] < limit:
            j = ctx.quote_open_tok[j + 1] + 1  # "مسؤول بشركة «نظافة البيضاء»": the firm, by its name in marks
            continue
        if not definite and n.startswith("بال") and len(n) > 5 and (_lookup(n[1:], ORG_HEADS) or n[1:] in _GOVERNORATE):
            j = def_chain(ctx, j + 1, limit, org=True) if _word(ctx, j + 1, limit) else j + 1
            continue  # "مصدر مسؤول بالوزارة"، "مصدر بالبنك المركزي": the body he is in
        if not definite and n[:3] in ("بال", "فال") and "ال" + n[3:] in _FIELD_HEADS_DEF:
            j += 1  # "متعامل بالسوق الموازية": the market he trades in
            if _word(ctx, j, limit) and is_definite(norms[j]) and not _stopword(norms[j]) and norms[j] not in TIME_WORDS:
                j = def_chain(ctx, j, limit)
            continue
        if n in ("في", "من") and j > 0 and ctx.words[j - 1] and _word(ctx, j + 2, limit) and norms[j + 1] in _FORUMS \
                and not bare_participants(norms[j - 1]) and not definite \
                and (norms[j + 2].startswith("ال") and not _stopword(norms[j + 2]) and norms[j + 2] not in TIME_WORDS
                     or _is_place(ctx, j + 2)):
            e = max(j + 3, def_chain(ctx, j + 2, limit, org=True, places=True))
            while _word(ctx, e, limit) and is_definite(norms[e]) and is_nisba(norms[e]) and e - j < 8:
                e += 1  # "منتدى جدة | الاقتصادي"
            j = e
            continue  # "خبراء في منتدى الرياض الاقتصادي": the forum where they spoke (not "في مؤتمر صحفي")
        if n == "في" and j > 0 and ctx.words[j - 1] and not definite and j + 1 < limit and j + 1 in ctx.quote_open_tok \
                and 1 < ctx.quote_open_tok[j + 1] - (j + 1) <= 5 and _word(ctx, j + 2, limit) \
                and norms[j + 2] in _FORUMS:
            j = ctx.quote_open_tok[j + 1] + 1  # "سيدات أعمال في «منتدى جدة»": the forum, named in marks
            continue
        if n == "في" and j > 0 and ctx.words[j - 1] and bare_participants(norms[j - 1]) and _word(ctx, j + 1, limit) \
                and in_lexicon(norms[j + 1], SPEECH_EVENTS) and not is_definite(norms[j + 1]) and _word(ctx, j + 2, limit):
            k = j + 2 if is_definite(norms[j + 2]) or _stopword(norms[j + 2]) else j + 3
            if _word(ctx, k, limit) and is_definite(norms[k]) and not _stopword(norms[k]):
                k = def_chain(ctx, k, limit, org=True)
            j = k  # "مشاركون في منتدى غرفة الشرقية": where they took part
            continue
        if adverbial_end(norms, j, limit) > j:
            break  # "مصادر في وقت سابق": an adverbial
        if definite and n.startswith("ال") and n.endswith(("ين", "ون")) and len(n) >= 7 and _word(ctx, j + 2, limit) \
                and norms[j + 1] == "من" and _is_place(ctx, j + 2):
            j += 3  # "أحد المشترين القادمين من الكويت": where they came from
            continue
        if definite and n.startswith("الم") and n.endswith(("ين", "ون")) and len(n) >= 7 and _word(ctx, j + 1, limit) \
                and norms[j + 1] in ("في", "علي") and _word(ctx, j + 2, limit) and is_definite(norms[j + 2]):
            j = def_chain(ctx, j + 2, limit, org=True)  # "رجال الأعمال السعوديين المشاركين في المنتدى"
            continue
        if definite and n.startswith("ال") and n[3:4] == "ا" and n.endswith(("ين", "ون")) and len(n) >= 8 \
                and _word(ctx, j + 1, limit) and (norms[j + 1] in ("في", "علي") and _word(ctx, j + 2, limit)
                                                  and not _stopword(norms[j + 2]) and norms[j + 2] not in TIME_WORDS
                                                  and (is_definite(norms[j + 2]) or norms[j + 2] in _FIELD_HEADS)
                                                  or norms[j + 1].startswith("بال") and len(norms[j + 1]) > 5):
            # "أحد الصرافين الناشطين بالساحة"، "أحد التجار العاملين في (سوق) السوق": where they work (فاعلين)
            if norms[j + 1] not in ("في", "علي"):
                j += 2
            elif is_definite(norms[j + 2]):
                j = def_chain(ctx, j + 2, limit, org=True)
            else:
                j = max(j + 3, def_chain(ctx, j + 3, limit, org=True) if _word(ctx, j + 3, limit)
                        and is_definite(norms[j + 3]) and not _stopword(norms[j + 3]) else j + 3)
            continue
        if n == "في" and _word(ctx, j + 2, limit) and norms[j + 1] in _MARKETS and j + 2 in ctx.entity_at \
                and ctx.entity_at[j + 2].type == "LOC":
            j = max(j + 3, min(limit, ctx.entity_end_tok.get(j + 2, j + 3)))  # "تاجر في سوق أم درمان": the market's town
            continue
        if n == "في" and _word(ctx, j + 1, limit) and _is_place(ctx, j + 1) and (
                j + 2 >= limit or not ctx.words[j + 2] or complementizer(ctx.norms[j + 2])):
            j += 2  # "عدد من المستحقين في الدمام،": where they are
            continue
        if n in ("في", "من") and j > 0 and ctx.words[j - 1] and _word(ctx, j + 3, limit) and norms[j + 1] in _SOME_OF \
                and norms[j + 2] == "من" and is_definite(norms[j + 3]) and not _stopword(norms[j + 3]):
            j = def_chain(ctx, j + 3, limit, org=True, places=True)  # "مستأجرون في عدد من المراكز": where they are
            continue
        if n in ("في", "من", "لدي") and (_word(ctx, j + 1, limit) or j + 1 in ctx.quote_open_tok):
            # (لدى: "متعامل لدى بنك أجنبي في دبي"، "محلل لدى شركة X": where he works)
            if n == "في" and _field_phrase(ctx, j + 1, limit):
                # خبراء في قطاع الطاقة (but "باحثون في جامعة الملك سعود": the body's whole name)
                j = max(def_chain(ctx, j + 2, limit, org=True), _institution(ctx, j + 1, limit))
                continue
            inside = n == "من" and norms[j + 1] in _INSIDE and _word(ctx, j + 2, limit)
            k = _institution(ctx, j + 2 if inside else j + 1, limit)  # (مصدر من داخل المجموعة)
            if k > j + 1 + inside:
                j = _unmarked_relative(ctx, k, limit)
                continue
            break
        if n in _AT_ONE_OF and j > 0 and ctx.words[j - 1] and _word(ctx, j + 1, limit) and is_definite(norms[j + 1]) \
                and not _stopword(norms[j + 1]):
            k = def_chain(ctx, j + 1, limit, org=True)  # "مصرفي بأحد البنوك الخاصة": where he works, one of them
            if _word(ctx, k + 1, limit) and norms[k][:1] == "ل" and not is_definite(norms[k]) and len(norms[k]) > 3 \
                    and not match_outlet(ctx, k, limit, preposition=True):
                k += 1  # "بإحدى الشركات الموزعة لعلامة تويوتا": for which brand
                if _word(ctx, k, limit) and not is_definite(norms[k]) and not _stopword(norms[k]) \
                        and not is_verb_like(norms[k]) and not complementizer(norms[k]):
                    k += 1
            j = k
            continue
        if n in _WITHIN and j > 0 and ctx.words[j - 1] and _word(ctx, j + 1, limit):
            k = _institution(ctx, j + 1, limit)  # "مصدر داخل مجلس إدارة الزمالك": where he sits
            if k > j + 1:
                j = _unmarked_relative(ctx, k, limit)
                continue
            break
        if n == "باسم" or n == "بإسم":
            k = _institution(ctx, j + 1, limit)
            if k == j + 1:
                break
            j = k
            continue
        if n.startswith("ب") and _is_place(ctx, j):
            j += 1
            continue
        if definite:
            if is_definite(n) and not n.startswith(("و", "ب", "ل", "ف")) and not _stopword(n) and (
                is_nisba(n) or in_lexicon(n, INDEF_ADJECTIVES)
            ):
                j += 1
                continue
        elif not is_definite(n) and (n in INDEF_ADJECTIVES or bare_nisba(n)) and not (
                n in _GREAT_AND_SMALL and _word(ctx, j + 1, limit) and is_definite(norms[j + 1])):
            j += 1  # (but "حذر مستشارون | صغار المستثمرين من": the small ones of a group, its object)
            continue
        elif not is_definite(n) and n.endswith("ا") and len(n) >= 5 and j > 0 and norms[j - 1].endswith("ا") \
                and (n[:-1] in INDEF_ADJECTIVES or bare_nisba(n[:-1])):
            j += 1  # "مصدرا مطلعا"، "محللا ماليا": the adjective in the accusative, after أن
            continue
        elif not is_definite(n) and n.startswith("و") and len(n) > 4 and bare_nisba(n[1:]) \
                and j > 0 and ctx.words[j - 1] and bare_nisba(norms[j - 1]):
            j += 1  # مصادر أمنية وبحرية: two adjectives joined by و
            continue
        break
    return j


#: Sectors and markets an unnamed source belongs to (مصادر بصناعة النفط، محللون لسوق الأسهم).
_FIELD_HEADS = folded_set("صناعة قطاع سوق أسواق مجال قطاعات صناعات ميدان")
_FIELD_HEADS_DEF = frozenset("ال" + h for h in _FIELD_HEADS)
_INSIDE = folded_set("داخل خارج")
_WITHIN = folded_set("داخل بداخل")
_AT_ONE_OF = folded_set("بأحد بإحدى")
_PLACE_ADJ = folded_set("الجديدة الجديد القديمة القديم الكبرى")
_SCHOOL_GRADES = folded_set("الصف الفرقة السنة المرحلة المستوى")
_OWNER = folded_set("ذو ذي ذات ذوو ذوي")
_TAKES = folded_set("تتخذ يتخذ يتخذون تتخذان يتخذان")
_SEAT_WORDS = folded_set("مقرا مقراً مقر")
_RESUMPTIVE_LAM = folded_set("لها له لهم لهما")
_TIE = folded_set("صله الصله علاقه العلاقه")
_SEAT = folded_set("مقره مقرها مقرهم")


def _relation_phrase(ctx: Context, j: int, limit: int) -> int:
    """"ذو صلة بـ..."، "وثيق الصلة بـ..."، "مقره المملكة" after an unnamed source: who it is
    tied to or where it sits. The token past the phrase, or ``j``."""
    n = ctx.norms[j]
    k = j
    if n in _OWNER and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in _TIE:
        k = j + 2
    elif n in _CLOSE and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in _TIE:
        k = j + 2
    elif n in _SEAT and _word(ctx, j + 1, limit):
        k = j + 2 if ctx.norms[j + 1] not in ("في",) else j + 3
        return def_chain(ctx, k, limit, places=True) if k <= limit else j
    else:
        return j
    if not _word(ctx, k, limit) or not ctx.norms[k].startswith("ب"):
        return j
    nb = ctx.norms[k]
    if nb == "ب":
        return max(k + 1, _institution(ctx, k + 1, limit))
    end = k + 1
    if is_definite(nb):
        return def_chain(ctx, end, limit, org=True)
    if _word(ctx, end + 1, limit) and not is_definite(ctx.norms[end]) and not _stopword(ctx.norms[end]) \
            and not bare_nisba(ctx.norms[end]) and not is_verb_like(ctx.norms[end]) \
            and (bare_nisba(ctx.norms[end + 1]) or ctx.norms[end + 1] in INDEF_ADJECTIVES):
        end += 1  # بمنتج طاقة رئيسي: an indefinite genitive, then its adjective
    while _word(ctx, end, limit) and (bare_nisba(ctx.norms[end]) or ctx.norms[end] in INDEF_ADJECTIVES) and end - k < 5:
        end += 1  # بمنتج سعودي آخر
    if end == k + 1 and _word(ctx, end, limit) and ctx.norms[end].startswith("ال"):
        end = def_chain(ctx, end, limit, org=True)  # بقطاع البتروكيماويات
    return end


def _unmarked_relative(ctx: Context, j: int, limit: int) -> int:
    """"بنك تجاري إماراتي تديره الدولة": a relative clause on an indefinite noun, written
    without الذي: a verb with a pronoun pointing back, then its subject."""
    if not _word(ctx, j, limit):
        return j  # (the end of the text)
    n = ctx.norms[j]
    raw = ctx.raw[j]
    if not raw.endswith(("ه", "ها", "هم")) or is_definite(n) or len(n) < 4 or n[:1] not in "يت" \
            or not _word(ctx, j + 1, limit) or not is_definite(ctx.norms[j + 1]) or _stopword(ctx.norms[j + 1]):
        return j
    return def_chain(ctx, j + 1, limit, org=True)


def indefinite_description(ctx: Context, j: int, limit: int) -> int:
    """After an indefinite head: an indefinite genitive and adjectives, at least one adjective
    ("لجنة خبراء مستقلة"، "هيئة مستقلة"): the token past them, or ``j``."""
    e = j
    if _word(ctx, j + 1, limit) and not is_definite(ctx.norms[j]) and not _stopword(ctx.norms[j]) \
            and not is_verb_like(ctx.norms[j]) and not bare_nisba(ctx.norms[j]) \
            and ctx.norms[j] not in INDEF_ADJECTIVES:
        e = j + 1
    k = e
    while _word(ctx, k, limit) and not is_definite(ctx.norms[k]) and (
            bare_nisba(ctx.norms[k]) or ctx.norms[k] in INDEF_ADJECTIVES):
        k += 1
    return k if k > e else j
