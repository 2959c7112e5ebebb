"""Document phrases after their head: بيانات الهيئة العامة للإحصاء، دراسة حديثة، تقرير صادر عن
…، ملخص تقرير لجنة التحقيق، تقرير لشركة جيه.إل.إل، إحصائية لـ«معلومات مباشر»."""

from __future__ import annotations

from .context import Context
from .words import PLURAL_BODIES
from .institutions import _institution, marks_name_end
from .outlets import match_outlet
from .cues import VERB_FORMS
from .phrases import adjective_like, _BASED, _lookup, masdar_like, _stopword, _word, def_chain, name_chain, name_start
from .words import (
    ANON_HEADS, CORPORATE_SUFFIXES, DOC_HEADS, FIRST_NAMES, INDEF_ADJECTIVES, KNOWN_ORGS, ORG_HEADS, ROLE_HEADS, bare_nisba, complementizer, folded_set,
    ISSUE_VERBS, TIME_WORDS, is_definite, is_nisba, is_verb_like,
)


_ISSUED = folded_set("صادر صادرا صادرة الصادر الصادرة")
#: A relative verb with a pronoun pointing back at the document: أرقام نشرتها مؤسسة النقد.
_ISSUING = folded_set(
    "نشرتها نشرها أصدرتها أصدرها قدمتها قدمها أعدتها أعدها جمعتها جمعها وضعتها وضعها أجرتها أجراها عرضتها عرضها"
)
#: The same for a masculine document with no relative pronoun ("تقرير أصدرته منظمة العفو الدولية");
#: after الذي the clause is left out of the name ("التقرير الذي نشرته صحيفة الحياة": the paper is a via).
_ISSUING_IT = folded_set("نشرته أصدرته أعدته نشره أصدره أعده")
_POSTED = folded_set("منشورة المنشورة منشور المنشور صادرة الصادرة صادر الصادر متاحة المتاحة متاح المتاح")
_ACCORDING = folded_set("حسب بحسب وحسب وبحسب وفق ووفق")
_ACCORDING_TO_LAM = folded_set("وفقا ووفقا فوفقا طبقا وطبقا فطبقا تبعا وتبعا استنادا")
_RELATIVES = folded_set("الذي التي")
_SITE = folded_set("موقع الموقع")
_ONLINE = folded_set("الانترنت الإنترنت الشبكة")


def _suffixed(ctx: Context, k: int, limit: int) -> int:
    """Past a firm's own suffix after its name ("مسح ستاندرد آند بورز | جلوبال لمديري المشتريات")."""
    while _word(ctx, k, limit) and ctx.norms[k] in CORPORATE_SUFFIXES:
        k += 1
    return k


def _participle(norm: str) -> bool:
    """Feminine participles after a plural document: منقحة، محدثة، معدلة، مفصلة."""
    return len(norm) >= 5 and norm[0] == "م" and norm.endswith("ه") and norm[1] not in "اوي"


def _paren_end(ctx: Context, j: int, limit: int) -> int:
    """Token past "(جودي)" at ``j`` (an acronym after a name), or ``j``."""
    if j + 2 < limit and ctx.raw[j] == "(" and ctx.words[j + 1]:
        for t in range(j + 2, min(limit, j + 6)):
            if ctx.raw[t] == ")":
                return t + 1
            if not ctx.words[t]:
                break
    return j


_FACULTIES = folded_set("كلية")


def _issued_by(ctx: Context, j: int, limit: int) -> int:
    """"(التي) نشرتها مؤسسة النقد"، "قدمتها الرياض إلى المبادرة المشتركة (جودي)": who issued
    the document, and to whom. The token past the phrase, or ``j``."""
    k = j + 1 if ctx.norms[j] in ("التي", "الذي") else j
    if k + 1 < limit and ctx.words[k] and (ctx.norms[k] in _ISSUING or k == j and ctx.norms[k] in _ISSUING_IT) \
            and not ctx.words[k + 1]:
        e = marks_name_end(ctx, k + 1, limit)  # "بيانات جمعتها «بلومبرغ»": who gathered them, in marks
        if e and e - k <= 6 and _word(ctx, e + 1, limit) and ctx.norms[e] == "في" and _lookup(ctx.norms[e + 1], ORG_HEADS):
            e = max(e, _institution(ctx, e + 1, limit))  # "تقريرا أصدره «مرصد الأزمة» في الجامعة الأميركية في بيروت"
        return e if e and e - k <= 14 else j
    if not _word(ctx, k + 1, limit) or not (ctx.norms[k] in _ISSUING or k == j and ctx.norms[k] in _ISSUING_IT):
        return j
    e = max(_institution(ctx, k + 1, limit), def_chain(ctx, k + 1, limit, org=True, places=True))
    if e > k + 1 and e < limit:
        from .phrases import NP
        from .sources import _named_after_royal

        e = _named_after_royal(ctx, NP(k + 1, e, ctx.starts[k + 1], ctx.ends[e - 1], "named_organization", ""), limit).end
        # ("دراسة أعدها مركز الملك | عبدالله للدراسات … (كابسارك)": a body named after a king)
    if e <= k + 2 and _word(ctx, k + 1, limit) and _lookup(ctx.norms[k + 1], ORG_HEADS) \
            and not is_definite(ctx.norms[k + 1]):
        run = k + 2
        while run < k + 4 and _word(ctx, run, limit) and not is_definite(ctx.norms[run]) \
                and not complementizer(ctx.norms[run]) and run not in ctx.entity_at:
            run += 1
        if run > k + 2 and _word(ctx, run, limit) and ctx.norms[run].startswith("ال"):
            e = def_chain(ctx, run, limit, org=True, places=True)  # "أعدها قسم علم النفس": a department's long name
            while _word(ctx, e + 1, limit) and ctx.norms[e][:1] == "ب" and not ctx.norms[e].startswith("بال") \
                    and (_lookup(ctx.norms[e][1:], ORG_HEADS) or ctx.norms[e][1:] in _FACULTIES) and e - k < 12:
                e = max(_institution(ctx, e, limit), def_chain(ctx, e + 1, limit, org=True))  # بكلية الآداب
                if _word(ctx, e, limit) and _lookup(ctx.norms[e], ORG_HEADS) and not is_definite(ctx.norms[e]):
                    e = max(e + 1, _institution(ctx, e, limit))  # … جامعة عين شمس
    if e == k + 1:
        return j
    if _word(ctx, e + 1, limit) and ctx.norms[e] == "في" and _lookup(ctx.norms[e + 1], ORG_HEADS):
        e = max(e, _institution(ctx, e + 1, limit))  # "أعدتها وحدة الأبحاث في شركة «كي بي إم جي»": the body it is in
    elif _word(ctx, e, limit) and ctx.norms[e] == "في" and e + 1 < limit and e + 1 in ctx.quote_open_tok:
        e = marks_name_end(ctx, e + 1, limit) or e  # "أعدته وحدة التقارير في «الاقتصادية»": the paper's unit
    if _word(ctx, e + 1, limit) and ctx.norms[e] == "الي":
        e2 = max(_institution(ctx, e + 1, limit), def_chain(ctx, e + 1, limit, org=True))
        e = _paren_end(ctx, e2, limit) if e2 > e + 1 else e
    return e


def _posted_on(ctx: Context, j: int, limit: int) -> int:
    """"منشورة على موقع «تداول»"، "الصادرة على موقع جودي على الإنترنت": where it was posted."""
    if not (ctx.norms[j] in _POSTED and _word(ctx, j + 2, limit) and ctx.norms[j + 1] == "علي"
            and ctx.norms[j + 2] in _SITE):
        return j
    e = j + 3
    if e < limit and not ctx.words[e]:
        e = marks_name_end(ctx, e, limit) or e
    elif _word(ctx, e, limit) and not is_definite(ctx.norms[e]):
        e = max(e + 1, name_chain(ctx, e, limit, max_len=3))
    else:
        e = def_chain(ctx, e, limit, org=True)
    if _word(ctx, e + 1, limit) and ctx.norms[e] == "علي" and ctx.norms[e + 1] in _ONLINE:
        e += 2  # على الإنترنت
    return e if e > j + 3 else j


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
        if k <= j + 1 and _word(ctx, j + 1, limit) and _lookup(ctx.norms[j + 1], ROLE_HEADS):
            from .sources import parse_np

            post = parse_np(ctx, j + 1, limit)  # "بيان لمكتب رئيس مجلس الوزراء": the office of a post
            if post is not None and post.start == j + 1 and post.kind in ("unnamed_official", "named_person"):
                return post.end
        return k if k > j + 1 else j
    if not is_definite(n[1:]) and (_lookup(n[1:], ROLE_HEADS) or _lookup(n[1:], ANON_HEADS)):
        from .sources import parse_np

        np = parse_np(ctx, j, limit, strip="ل")  # "دراسة لمسؤول سابق في مؤسسة النقد"، "لباحثين في جامعة …"
        if np is not None and np.kind == "named_person" and np.role and ctx.tok_at_char(np.src_start) not in ctx.entity_at:
            # (a word no tagger found after the post, "… مؤسسة النقد | صدرت الأسبوع الماضي": the post alone)
            np = parse_np(ctx, j, ctx.tok_at_char(np.src_start), strip="ل")
        if np is not None and np.start == j and np.kind in ("unnamed_official", "anonymous"):
            return np.end
    return j


_RESUMPTIVE = folded_set("عليه عليها فيه فيها به بها عنه عنها")


def _title_in_marks(ctx: Context, j: int, limit: int) -> int:
    """"تقرير «آفاق الاقتصاد العالمي»": a document's title in marks right after its head (at
    most six words, no verb), then إن/أن, a verb, a preposition or a comma; else ``j``."""
    close = ctx.quote_open_tok.get(j)
    if close is None or j < 1 or not ctx.words[j - 1] or is_definite(ctx.norms[j - 1]) \
            or not _lookup(ctx.norms[j - 1], DOC_HEADS) or close - j > 7 or close + 1 >= limit:
        return j
    if not all(ctx.words[t] and not is_verb_like(ctx.norms[t]) and not complementizer(ctx.norms[t])
               for t in range(j + 1, close)):
        return j
    nxt = close + 1
    if ctx.is_punct(nxt, "،,") or ctx.words[nxt] and (complementizer(ctx.norms[nxt]) or is_verb_like(ctx.norms[nxt])
                                                    or ctx.norms[nxt] in _AFTER_TITLE):
        return close + 1
    return j


_AFTER_TITLE = folded_set("الصادر الصادرة إلى الى عن في على من لعام للعام")


_COUNT_WORDS = folded_set("ثمانية ثماني ثلاثية رباعية ثنائية سداسية")


_OF_QUARTER = folded_set("للربع للنصف")
_ORDINALS = folded_set("الأول الاول الثاني الثالث الرابع الأخير")
_CAME_OUT = folded_set("صدر صدرت")
_PUBLISHED_IT = folded_set("نشره نشرها أصدره أصدرها أعده أعدها نشرته أصدرته أعدته")


def _org_entity_end(ctx: Context, j: int, limit: int) -> int:
    """Past an organisation the tagger found at token ``j`` (two words or more, no verb in it), or ``j``."""
    ent = ctx.entity_at.get(j)
    e = ctx.entity_end_tok.get(j, j)
    if ent is None or ent.type != "ORG" or e - j < 2 or e > limit:
        return j
    if any(not ctx.words[t] or is_verb_like(ctx.norms[t]) or ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t])
           for t in range(j, e)):
        return j
    return _dash_place(ctx, e, limit)


def _dash_place(ctx: Context, e: int, limit: int) -> int:
    """Past "- أبوظبي" at token ``e`` (a body's emirate after a dash: "هيئة البيئة - أبوظبي"), or ``e``."""
    if e + 1 < limit and ctx.raw[e] in ("-", "–") and e + 1 in ctx.entity_at and ctx.entity_at[e + 1].type == "LOC":
        return min(limit, ctx.entity_end_tok.get(e + 1, e + 2))
    return e


def _name_goes_on_after_marks(ctx: Context, j: int, limit: int) -> bool:
    """After the marks opened at ``j`` the document's name goes on: an adjective of it (السنوي),
    a لل-genitive or الصادر ("استطلاع «بي دبليو سي» السنوي للرؤساء التنفيذيين")."""
    c = ctx.quote_open_tok.get(j, -1)
    if not (0 < c - j <= 5) or c + 1 >= limit or not ctx.words[c + 1]:
        return False
    n = ctx.norms[c + 1]
    return n in _ISSUED or n.startswith("لل") and len(n) > 4 or is_definite(n) and bare_nisba(n[2:] if n.startswith("ال") else n)


def _doc_chain(ctx: Context, j: int, limit: int) -> int:
    """After a document head: بيانات الهيئة العامة للإحصاء، دراسة حديثة، تقرير صادر عن ..."""
    start = j
    title = _title_in_marks(ctx, j, limit)
    if title > j:
        k = _issued_by(ctx, title, limit)
        if k <= title and title + 1 < limit and ctx.words[title] and ctx.norms[title] in _ISSUED \
                and ctx.norms[title + 1] in ("عن", "من"):
            k = _paren_end(ctx, _institution(ctx, title + 2, limit), limit)
        if k > title + 2:
            return k  # "تقرير «آفاق الاقتصاد الإقليمي» الصادر عن صندوق النقد الدولي"
        k = title
        while k < limit and ctx.words[k] and is_definite(ctx.norms[k]) and bare_nisba(ctx.norms[k][2:] if ctx.norms[k].startswith("ال") else ctx.norms[k]) \
                and k - title < 2:
            k += 1  # "استطلاع «بي دبليو سي» السنوي": its adjective
        if k > title and k < limit and ctx.words[k] and ctx.norms[k].startswith("لل") and len(ctx.norms[k]) > 4:
            k = def_chain(ctx, k, limit)  # "… للرؤساء التنفيذيين"
            if k + 1 < limit and ctx.words[k] and ctx.norms[k] == "في" and (k + 1 in ctx.entity_at and ctx.entity_at[k + 1].type == "LOC"):
                k = min(limit, ctx.entity_end_tok.get(k + 1, k + 2))  # "في الشرق الأوسط"
        return k
    if j < limit and not ctx.words[j] and j > 1 and not is_definite(ctx.norms[j - 1]) and (
            (ctx.norms[j - 1][:1] in "لب" and _lookup(ctx.norms[j - 1][1:], DOC_HEADS))
            or ctx.norms[j - 2] in _ACCORDING or j - 1 == start - 1 and _lookup(ctx.norms[j - 1], DOC_HEADS)
            and _name_goes_on_after_marks(ctx, j, limit)):
        # (and "استطلاع «بي دبليو سي» السنوي …": the survey's owner in marks, then the rest of its name)
        k = marks_name_end(ctx, j, limit)
        if k and not any(complementizer(ctx.norms[t]) or is_verb_like(ctx.norms[t]) for t in range(j + 1, k - 1)):
            j = k  # بيانات «آي سي آي أس»: whose data (a name, not a quotation)
    while j < limit and ctx.words[j]:
        n = ctx.norms[j]
        if n.endswith("ت") and len(n) >= 4 and not is_definite(n) and j + 1 < limit \
                and ctx.norms[j + 1] in _RESUMPTIVE:
            break  # "وثيقة | اطلعت عليها «الاقتصادية»": a relative clause on the document
        if n in _CONTAINED and j + 2 < limit and ctx.words[j + 1] and ctx.norms[j + 1] == "في" and ctx.words[j + 2] \
                and _lookup(ctx.norms[j + 2], DOC_HEADS) and is_definite(ctx.norms[j + 2]):
            j = def_chain(ctx, j + 2, limit, org=True)  # "المعطيات الواردة في البيان": the document they come in
            continue
        if n in _BASED and j > start and j + 1 < limit and ctx.words[j + 1] and ctx.norms[j + 1] in ("الي", "علي"):
            break  # "حسابات رويترز | المستندة إلى بيانات رسمية": what they rest on, no part of the name
        if j == start and n in _PUBLISHED_IT and (j + 1 >= limit or not ctx.words[j + 1] and not (
                j + 1 in ctx.quote_open_tok and marks_name_end(ctx, j + 1, limit))
                                                 or ctx.words[j + 1] and (ctx.norms[j + 1] in TIME_WORDS
                                                                          or complementizer(ctx.norms[j + 1]))):
            # (but "تقريرا أصدره «مرصد الأزمة»": who issued it, in marks)
            break  # "قال البنك الدولي في تقرير | نشره اليوم إن": when it was published, no part of its name
        if j == start and n in _CAME_OUT:
            t = j + 1
            while t < limit and ctx.words[t] and ctx.norms[t] in TIME_WORDS and t - j < 4:
                t += 1
            if t >= limit or not ctx.words[t] or complementizer(ctx.norms[t]):
                break  # "في تقرير | صدر أمس، إن": when it came out, and no issuer named
        if j == start and start > 0 and is_definite(ctx.norms[start - 1]) and not is_definite(n) \
                and n not in INDEF_ADJECTIVES and not (bare_nisba(n) and n not in _COUNT_WORDS) and n not in _ISSUED \
                and n not in _OF_YEAR \
                and not n[:1].isdigit() and not _issued_by(ctx, j, limit) > j:
            break  # "كشف التقرير مواصلة الصندوق …": a definite head takes no genitive; its object
        at = j + 1
        while (n in ISSUE_VERBS or n in _ISSUED) and _word(ctx, at, limit) and ctx.norms[at] in TIME_WORDS and at - j < 3:
            at += 1  # "تقرير صدر أمس عن البنك"، "تقرير صادر أمس عن شركة «جيه إل إل»"
        if (n in _ISSUED or n in ISSUE_VERBS) and _word(ctx, at, limit) and ctx.norms[at] in ("عن", "من"):
            k = _institution(ctx, at + 1, limit)
            if k == at + 1:
                break
            t = k if k == at + 2 and not is_definite(ctx.norms[at + 1]) else limit  # (a bare head: مكتب)
            while t < min(limit, k + 3) and ctx.words[t] and not is_definite(ctx.norms[t]) \
                    and not _stopword(ctx.norms[t]) and ctx.norms[t] not in FIRST_NAMES and ctx.norms[t] not in VERB_FORMS:
                t += 1
            if t > k and _word(ctx, t, limit) and is_definite(ctx.norms[t]) and not _stopword(ctx.norms[t]) \
                    and not ctx.norms[t].startswith(("وال", "فال")):
                k = def_chain(ctx, t, limit)  # "صادر عن مكتب | نائب رئيس الجمهورية": whose office
            j = _paren_end(ctx, _dash_place(ctx, k, limit), limit)
            # "الصادر عن مؤسسة النقد العربي السعودي (ساما)"، "صدر أمس عن البنك"، "صادرة عن مركز الإحصاء - أبوظبي"
            continue
        k = max(_issued_by(ctx, j, limit), _posted_on(ctx, j, limit))
        if n == "من" and j == start and _word(ctx, j + 1, limit) and (
                _lookup(ctx.norms[j + 1], ORG_HEADS)
                or j + 1 in ctx.entity_at and ctx.entity_at[j + 1].type == "ORG"):
            k = max(k, _institution(ctx, j + 1, limit))  # "أحدث تقدير من وزارة الطاقة الأميركية": whose
        if n == "علي" and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in _ONLINE:
            k = j + 2  # موقعها على الإنترنت
        if k > j:
            j = k
            continue
        if not is_definite(n) and (n in INDEF_ADJECTIVES or bare_nisba(n) or _participle(n)) \
                and not (j == start and (_lookup(n, ORG_HEADS) or j in ctx.entity_at)):
            j += 1  # (بيان منظمة المؤتمر الإسلامي: منظمة is a body, not a participle)
            continue
        k = _lam_genitive(ctx, j, limit)
        if k > j:
            j = k  # تقرير لشركة جيه.إل.إل، إحصائية لـ«معلومات مباشر»، تقرير لوكالة الصحافة الفرنسية
            continue
        if j == start and n[:1] == "ل" and not n.startswith("لل") and len(n) > 4 and (masdar_like(n[1:]) or n[1:2] == "ت") \
                and j not in ctx.entity_at:
            t = next((t for t in range(j + 1, min(limit, j + 5)) if not ctx.words[t] or complementizer(ctx.norms[t])), -1)
            if t > j + 1 and ctx.words[t] and all(not is_verb_like(ctx.norms[u]) and ctx.norms[u] not in VERB_FORMS
                                                  for u in range(j + 1, t)):
                j = t  # "بيانات لتتبع حركة الناقلات أن": what the data are for, up to what they show
                break
        if j == start and start > 0 and not is_definite(ctx.norms[start - 1]) and not is_definite(n) and not _stopword(n) \
                and not is_verb_like(n) and n not in VERB_FORMS and _word(ctx, j + 2, limit) \
                and ctx.norms[j + 1].endswith("ت") and ctx.norms[j + 2] in _RESUMPTIVE:
            j += 1  # "وثيقة تسعير | اطلعت عليها «رويترز»"، "مسودة قرار": what the document is, before a clause on it
            break
        if j == start and not is_definite(n) and _lookup(n, DOC_HEADS):
            j += 1  # ملخص تقرير لجنة التحقيق: a document of a document
            continue
        if j == start and not is_definite(n) and (_lookup(n, ORG_HEADS) or n in KNOWN_ORGS):
            k = _institution(ctx, j, limit)
            if k > j and _word(ctx, k, limit) and ctx.norms[k].startswith("بال") and _lookup(ctx.norms[k][1:], ORG_HEADS):
                k += 1  # "تقرير لجنة الشؤون الصحية بالمجلس": the body the committee is of
            if k > j:
                j = _paren_end(ctx, _dash_place(ctx, k, limit), limit)
                # ("تقديرات هيئة البيئة - أبوظبي"، "بيانات مكتب الإحصاء الأوروبي (يوروستات)")
                continue
            break
        if j == start and not is_definite(n) and _org_entity_end(ctx, j, limit) > j:
            j = _suffixed(ctx, _org_entity_end(ctx, j, limit), limit)  # "بيانات سوق دبي المالي": a body the tagger knows, whose data
            continue
        if j == start and not is_definite(n) and (name_start(ctx, j) or match_outlet(ctx, j, limit)):
            m = match_outlet(ctx, j, limit)
            k = m.end if m is not None else name_chain(ctx, j, limit, max_len=2)
            if k > j:
                j = _suffixed(ctx, k, limit)
                continue  # تقرير نوبل، مسح رويترز
            break
        if j > start and is_definite(ctx.norms[start]) and _lookup(ctx.norms[start], ROLE_HEADS) \
                and name_start(ctx, j, after_role=True):
            k = name_chain(ctx, j, limit, after_role=True)  # بيانات الخبير الاقتصادي X من بنك Y
            if k > j:
                j = k
                if _word(ctx, j + 1, limit) and ctx.norms[j] in ("من", "في", "لدي"):
                    j = max(j, _institution(ctx, j + 1, limit))
                break
        if n in _OF_YEAR and _word(ctx, j + 1, limit) and (ctx.norms[j + 1][:1].isdigit()
                                                            or ctx.norms[j + 1] in _YEAR_WORDS):
            j += 2  # تقرير البنك الدولي لعام 2014، التقرير السنوي للعام الماضي
            continue
        if n in _OF_QUARTER and _word(ctx, j + 1, limit) and ctx.norms[j + 1] in _ORDINALS:
            j += 2  # "بيانات المؤسسة العامة للتأمينات الاجتماعية للربع الثاني": the quarter they cover
            if _word(ctx, j + 1, limit) and ctx.norms[j] == "من" and ctx.norms[j + 1] in TIME_WORDS:
                j += 2  # ("… من العام")
            break
        if j == start and start > 0 and ctx.norms[start - 1] in _MINUTES and n in _MEETINGS and _word(ctx, j + 1, limit):
            k = _institution(ctx, j + 1, limit)
            if k > j + 1:
                j = k  # "أظهر محضر اجتماع مجلس الاحتياطي الفيدرالي في يونيو أن": the minutes of whose meeting
                continue
        if j == start and start > 0 and not is_definite(ctx.norms[start - 1]) and not is_definite(n) \
                and _word(ctx, j + 1, limit) and is_definite(ctx.norms[j + 1]) and not is_verb_like(n):
            k = def_chain(ctx, j + 1, limit, org=True, places=True)
            q = k + 2 if _word(ctx, k + 1, limit) and ctx.norms[k] in _OF_QUARTER and ctx.norms[k + 1] in _ORDINALS else k
            if k > j + 1 and q + 2 < limit and ctx.is_punct(q, "،,") and _word(ctx, q + 1, limit) \
                    and ctx.norms[q + 1] in _ISSUED and _word(ctx, q + 2, limit) and ctx.norms[q + 2] in ("عن", "من"):
                j = q + 1  # "تقرير أداء الميزانية العامة للدولة للربع الثالث، الصادر عن وزارة المالية": its title, its issuer
                continue
            if _word(ctx, k + 1, limit) and ctx.norms[k] in _OF_YEAR and (ctx.norms[k + 1][:1].isdigit()
                                                                          or ctx.norms[k + 1] in _YEAR_WORDS):
                k += 2  # "تقرير سوق التأمين السعودي لعام 2015"
                if k + 2 < limit and ctx.is_punct(k, "،,") and _word(ctx, k + 1, limit) and ctx.norms[k + 1] in _ISSUED \
                        and _word(ctx, k + 2, limit) and ctx.norms[k + 2] in ("عن", "من"):
                    j = k + 1  # "…، الصادر عن مؤسسة النقد": its issuer, after a comma
                    continue
                j = k
                continue
            if k - 1 > j + 1 and ctx.norms[k - 1] in _ISSUED and _word(ctx, k, limit) and ctx.norms[k] in ("عن", "من"):
                j = k - 1  # "تقرير سوق العمل الصادر عن الهيئة …": the report's title, then its issuer
                continue
            if _word(ctx, k, limit) and ctx.norms[k] in _ISSUED and _word(ctx, k + 1, limit) \
                    and ctx.norms[k + 1] in ("عن", "من"):
                j = k
                continue
            if k > j + 1 and (_lookup(n, ORG_HEADS) or n in PLURAL_BODIES) and _word(ctx, k, limit) \
                    and (complementizer(ctx.norms[k]) or ctx.norms[k] == "الي" and _word(ctx, k + 1, limit)
                         and complementizer(ctx.norms[k + 1])):
                j = k  # "وتشير تقديرات بنوك الاستثمار إلى أن": whose estimates (bodies, then the claim)
                continue
            head = ctx.norms[start - 1]
            if k > j + 1 and start >= 2 and (ctx.words[start - 2] and ctx.norms[start - 2] in _ACCORDING
                                             or head[:1] == "ل" and ctx.norms[start - 2] in _ACCORDING_TO_LAM) \
                    and (k >= limit or not ctx.words[k] or ctx.norms[k] in _RELATIVES or ctx.norms[k] in TIME_WORDS):
                j = k  # "وفقا لنشرة سوق العمل التي …"، "بحسب تقرير آفاق الاقتصاد العالمي،": its title (no object
                continue  # follows a preposition, unlike "أظهرت بيانات ارتفاع الأسعار")
        if n in _ABOUT and j > start and j + 1 in ctx.quote_open_tok and 1 < ctx.quote_open_tok[j + 1] - (j + 1) <= 9 \
                and ctx.quote_open_tok[j + 1] < limit and not any(
                    complementizer(ctx.norms[t]) for t in range(j + 2, ctx.quote_open_tok[j + 1])):
            j = ctx.quote_open_tok[j + 1] + 1  # "التقرير الأخير للبنك حول «رصد الوضع الاقتصادي»": its title
            continue
        if n in _ABOUT and j > start and j + 1 < limit and ctx.words[j + 1] and ctx.norms[j + 1].startswith("ال") \
                and _lookup(ctx.norms[start - 1], DOC_HEADS):
            k = def_chain(ctx, j + 1, limit, org=True)
            if k > j + 1 and (k >= limit or not ctx.words[k] or complementizer(ctx.norms[k])):
                j = k  # "نتائج المسح الوطني حول السكان والتشغيل أن": what the survey is about, then its claim
                continue
        if j == start and n in _LAST_ONE and start > 0 and is_definite(ctx.norms[start - 1]) == is_definite(n):
            j += 1  # "التقرير الأخير للبنك"، "تقرير أخير": the latest one (not "the latter")
            if j < limit and ctx.words[j] and ctx.norms[j].startswith("ال") and not adjective_like(ctx.norms[j]):
                break  # ("في تقريره الأخير | الحلول المجتزأة": what it criticised, no genitive of the report)
            continue
        k = def_chain(ctx, j, limit, org=True, places=True)
        if j == start and start > 0 and is_definite(ctx.norms[start - 1]) and k > j and ctx.norms[j].startswith("ال") \
                and not ctx.norms[j].startswith("لل") and not is_nisba(ctx.norms[j]) and not adjective_like(ctx.norms[j]) \
                and ctx.norms[j] not in _ISSUED and ctx.norms[j] not in _LAST_ONE and ctx.norms[j] not in TIME_WORDS \
                and masdar_like(ctx.norms[j][2:]):
            break  # "وأرجعت النشرة | الارتفاع الشهري إلى": a definite head takes no definite genitive; its object
        if k - 1 > j and ctx.norms[k - 1] in _ISSUED and _word(ctx, k, limit) and ctx.norms[k] in ("عن", "من"):
            j = k - 1  # "البيانات الأولية الصادرة عن الهيئة …": who issued it follows
            continue
        if k - 1 >= j and _posted_on(ctx, k - 1, limit) > k:
            j = _posted_on(ctx, k - 1, limit)  # "نتائج الشركة المنشورة على موقع «تداول»"
            continue
        if k > j:
            j = k
            continue
        break
    return j


_ABOUT = folded_set("حول")
_MINUTES = folded_set("محضر محاضر")
_MEETINGS = folded_set("اجتماع اجتماعات جلسة جلسات")
_CONTAINED = folded_set("الواردة الوارد الواردين المنشورة المنشور المتضمنة")
_LAST_ONE = folded_set("الأخير الأخيرة الأحدث أخير أخيرة")


#: "لعام 2014"، "للعام الماضي": the year a report covers, part of its name.
_OF_YEAR = folded_set("لعام للعام لسنة للسنة")
_YEAR_WORDS = folded_set("الماضي الحالي الجاري المقبل المالي")
