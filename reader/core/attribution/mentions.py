"""Mentions anywhere in the text, for resolving a source to what the article named before
(or more fully) without making it speak (issue 9, error type 2):

- "وزير المعادن أحمد …" in the narration, then "وقال وزير المعادن السوداني" / "وأضاف الوزير";
- "شركة الإلكترونيات اليابانية توشيبا كورب", then "وأعلنت الشركة";
- "«مجموعة المعجل»" and, elsewhere, "مجموعة محمد المعجل": the fullest form of the name;
- "في أهم تقرير سنوي يصدره عن السعودية", then "وأضاف التقرير".

Everything is looked up lazily, from the position of the reference backwards, so that a long
text pays only for the references it has.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.core.text import fold

from .context import Context
from .phrases import FOR_THE_PERIOD, _STARTING, _is_place, _lookup, _prefix_chars, _stopword, adjective_like, def_chain, entity_end
from .sources import CORPORATE_SUFFIXES, bare, nationality_adj, parse_np
from .cues import VERB_FORMS
from .words import ANON_HEADS, FIRST_NAMES, PLATFORMS
from .words import (
    DOC_HEADS, MEDIA_TYPES, ORG_HEADS, PLACES, ROLE_HEADS, TITLES, complementizer, folded_set, in_lexicon, is_definite,
    TIME_WORDS, is_nisba, is_verb_like,
)

#: Heads of a company-like body: "الشركة"، "المجموعة" point back to the last company named.
_COMPANY_HEADS = folded_set("شركة الشركة مجموعة المجموعة")
_COMPANY = fold("شركة")
_LOOK_BACK = 1500  # tokens
#: Currency words a tagger may take for an organisation (ريال، دولار): never "the company".
_CURRENCIES = folded_set("ريال دولار يورو درهم دينار جنيه ين يوان روبل ليرة استرليني")


def clitic_chars(ctx: Context, k: int) -> int:
    """Characters of و/ف/ب/ل in front of token ``k`` before its article (بوزارة -> وزارة)."""
    n = ctx.norms[k]
    if n in ORG_HEADS or n in MEDIA_TYPES:
        return 0  # وكالة، وزارة: the و is the word's own
    b = bare(n)
    extra = len(n) - len(b)
    if n.startswith(("ال", "لل")) or extra <= 0:
        return 0
    ent = ctx.entity_at.get(k)
    if ent is not None and ent.start == ctx.starts[k] and ent.type in ("PER", "ORG") and ctx.has_entities:
        return 0  # "لينا حدادين"، "ليرنيكس": the tagger read the letter as the name's own (it leaves a clitic out)
    if n[extra - 2:extra] == "ال":
        extra -= 2
    return _prefix_chars(ctx, k, extra) if extra > 0 else 0



def person_np(ctx: Context, a: int, b: int):
    """Tokens [a, b) as a named person's phrase, without the clitic on its first word."""
    from .phrases import NP

    return NP(a, b, ctx.starts[a] + clitic_chars(ctx, a), ctx.ends[b - 1], "named_person", ctx.norms[a], named=True)


def _org_entities(ctx: Context) -> list[tuple[int, int, str]]:
    """(first token, end token, name) of the ORG entities the NER found, outlets left out."""
    cached = ctx.__dict__.get("_org_mentions")
    if cached is not None:
        return cached
    out: list[tuple[int, int, str]] = []
    if ctx.has_entities:
        from .datelines import find_publishers

        papers = find_publishers(ctx)  # the paper of the dateline is no company of the story
        for k, ent in ctx.entity_at.items():
            if ent.type != "ORG" or k in ctx.media_tok:
                continue
            end = entity_end(ctx, k, len(ctx.norms)) if k in ctx.entity_end_tok else k + 1  # ("البنك | إن")
            end = next((t for t in range(k + 2, end) if ctx.words[t] and ctx.norms[t] in ("علي", "عبر")), end)
            # ("شركة الاتصالات السعودية | على حسابها الرسمي في": the tagger ran on into where it posted)
            if k >= 2 and ctx.quote_open_tok.get(k - 1) == end and ctx.words[k - 2] \
                    and bare(ctx.norms[k - 2]) in _COMPANY_HEADS:
                k, end = k - 2, end + 1  # "شركة «إيه أند بي»": the head and the name in marks
            a = ctx.starts[k] + clitic_chars(ctx, k)
            if k >= 1 and ctx.words[k - 1] and bare(ctx.norms[k - 1]) == _COMPANY and not is_definite(ctx.norms[k - 1]):
                a = ctx.starts[k - 1] + clitic_chars(ctx, k - 1)  # "شركة جدوى للاستثمار": the name as written, head and all
            name = ctx.text[a:ctx.ends[end - 1]]
            if fold(name).strip("«»\"") in papers:
                continue
            out.append((k, end, name))
        for o, c in ctx.quote_open_tok.items():
            if o >= 1 and ctx.words[o - 1] and bare(ctx.norms[o - 1]) in _SHARE_WORDS and 1 < c - o <= 5 \
                    and all(ctx.words[t] for t in range(o + 1, c)) and not any(s <= o < e for s, e, _ in out):
                out.append((o, c + 1, ctx.text[ctx.starts[o + 1]:ctx.ends[c - 1]]))  # "تراجع سهم «اتحاد اتصالات»": a listed company
        out.sort()
    ctx.__dict__["_org_mentions"] = out
    return out


#: Where a statement is posted: the name after them is a website or an account.
_SITE_WORDS = folded_set("موقع موقعها موقعه منصة بوابة حساب صفحة تطبيق")
_SHARE_WORDS = folded_set("سهم أسهم سهمي")
_ACCOUNT_WORDS = folded_set("حسابه حسابها حسابهم صفحته صفحتها موقعه موقعها حساب صفحة موقع تغريدة تغريدات")


def company_before(ctx: Context, k: int, claims: list[tuple[int, int]] = ()) -> tuple[int, str] | None:
    """The last company-like organisation named before token ``k`` (an ORG entity that is not a
    ministry, authority or other public body), leaving out those named inside a claim (what
    a source said about a company does not make it the subject of the next sentence): (its
    token, its name)."""
    best = None
    for start, end, name in _org_entities(ctx):
        if start >= k:
            break
        if k - start > _LOOK_BACK or _is_place(ctx, start) or bare(ctx.norms[start]) in _CURRENCIES:
            continue
        at = ctx.starts[start]
        if any(a <= at < b for a, b in claims[-12:]):
            continue
        head = bare(ctx.norms[start])
        if _lookup(ctx.norms[start], ORG_HEADS) and head not in _COMPANY_HEADS:
            continue  # وزارة …، هيئة …: a public body, not "the company
        if fold(name).strip("«» ") in PLATFORMS:
            continue  # "على حسابها الرسمي في «تويتر»": where a body posts, not "the company""
        before = start - 1 if start > 0 and ctx.words[start - 1] else start - 2
        if before == start - 2 and before >= 0 and ctx.words[before] and bare(ctx.norms[before]) in _OFFICE_WORDS:
            continue  # "مكتب «العوهلي والشثري»": an auditors' or lawyers' office, not "the company"
        if before >= 0 and ctx.words[before] and bare(ctx.norms[before]) in _SITE_WORDS:
            continue  # "في بيان على موقع «تداول»": where it was published, not a company that spoke
        if before >= 1 and ctx.words[before] and ctx.norms[before] == "علي" and ctx.words[before - 1] \
                and bare(ctx.norms[before - 1]) in _ACCOUNT_WORDS:
            continue  # "في حسابه على «تويتر»": the platform he posted on
        if before >= 0 and ctx.words[before] and ctx.norms[before] in SUPERLATIVES:
            continue  # "تويوتا موتور، أكبر شركة لصناعة السيارات": what the company is, not another one
        if _workplace(ctx, start, end):
            continue  # "الباحث الأمني في شركة «كاسبرسكي» ماجد الحربي": where a man who spoke works
        if start in ctx.media_tok or (before >= 0 and ctx.words[before] and _lookup(ctx.norms[before], MEDIA_TYPES)):
            continue  # "في مقابلة مع قناة «العربية»": an outlet, not "the company"
        if start > 0 and start - 1 in ctx.quote_open_tok and _outlet_in_marks(ctx, start - 1):
            continue  # "في تصريحات لـ«الإمارات اليوم»": a paper
        if best is not None and start >= 2 and ctx.raw[start - 1] in "(«\"" and best[2] == start - 1:
            continue  # "«اتحاد اتصالات» (موبايلي)": the short name in brackets after the name is the same company
        best = (start, name, end)
    return best[:2] if best is not None else None


def company_named(ctx: Context, k: int, ahead: bool) -> tuple[int, str] | None:
    """The company named with its head word ("شركة الخليج للصناعات الدوائية") nearest token ``k``:
    the first after it (``ahead``: a headline's "والشركة تنفي" over the story), else the last
    before it, a mention inside a claim included (the one company the story names)."""
    span = range(k + 1, min(len(ctx.norms), k + 150)) if ahead else range(k - 1, max(-1, k - _LOOK_BACK), -1)
    for t in span:
        if not ctx.words[t] or bare(ctx.norms[t]) != _COMPANY or is_definite(ctx.norms[t]):
            continue
        np = parse_np(ctx, t, len(ctx.norms))
        if np is not None and np.kind == "named_organization" and np.start == t and np.end > t + 1 \
                and not _workplace(ctx, t, np.end):
            return t, ctx.text[ctx.starts[t] + clitic_chars(ctx, t):ctx.ends[np.end - 1]]
    return None


def _workplace(ctx: Context, start: int, end: int) -> bool:
    """The company at tokens [start, end) is where a man named with his post works ("الباحث الأمني
    في | شركة «كاسبرسكي» | ماجد الحربي"), not a company the story is about."""
    if end >= len(ctx.norms) or not ctx.words[end] or not (
            ctx.norms[end] in FIRST_NAMES or end in ctx.entity_at and ctx.entity_at[end].type == "PER"):
        return False
    at_word = next((t for t in range(start - 1, max(-1, start - 4), -1)
                    if ctx.words[t] and ctx.norms[t] in ("في", "لدي")), -1)
    return at_word >= 1 and all(not ctx.words[t] or bare(ctx.norms[t]) in _COMPANY_HEADS for t in range(at_word + 1, start)) \
        and any(ctx.words[t] and (_lookup(ctx.norms[t], ROLE_HEADS) or ctx.norms[t] in _EXPERTS)
                for t in range(max(0, at_word - 3), at_word))


_EXPERTS = folded_set("الباحث الباحثة باحث باحثة المحلل المحللة محلل محللة الخبير الخبيرة خبير خبيرة")
SUPERLATIVES = folded_set("أكبر ثاني ثالث أول أضخم كبرى أقدم أحدث أفضل أبرز أهم أقوى أسرع")
_OFFICE_WORDS = folded_set("مكتب")


def _outlet_in_marks(ctx: Context, k: int) -> bool:
    from .sources import is_known_outlet_in_marks

    return is_known_outlet_in_marks(ctx, k, len(ctx.norms))


def is_company_reference(ctx: Context, start: int, end: int) -> bool:
    """"الشركة"، "المجموعة الصناعية الأمريكية العملاقة"، "الشركة الإيطالية"، "شركة الأبحاث": a
    company-like head with only adjectives (or one common definite genitive) after it."""
    if bare(ctx.norms[start]) not in {bare(w) for w in _COMPANY_HEADS}:
        return False
    rest = range(start + 1, end)
    if all(ctx.words[t] and adjective_like(ctx.norms[t]) for t in rest) and (
            end == start + 1 or is_definite(ctx.norms[start]) or not is_definite(ctx.norms[start + 1])):
        return True  # (but "شركة الأهلي المالية": an indefinite head before a definite word, a name)
    return end - start == 2 and not is_definite(ctx.norms[start]) and is_definite(ctx.norms[start + 1]) \
        and start + 1 not in ctx.entity_at


def fuller_name(ctx: Context, name: str, at: int = -1, before_only: bool = False) -> str:
    """The one longer form of an organisation's ``name`` the text gives near token ``at``
    ("صندوق النقد" -> "صندوق النقد الدولي", "«مجموعة المعجل»" -> "مجموعة محمد المعجل"): its
    words in order, with at most two more words inside and adjectives after. ``name`` when
    there is none or more than one."""
    cache = ctx.__dict__.setdefault("_fuller", {})
    bucket = -1 if at < 0 else at // _WINDOW
    forms = cache.get((name, bucket))
    if forms is None:  # (a long text is read a window at a time: texts glued together)
        span = (0, len(ctx.norms)) if at < 0 else ((bucket - 1) * _WINDOW, (bucket + 2) * _WINDOW)
        forms = cache[(name, bucket)] = _longer_forms(ctx, name, *span)
    lo, hi = (0, len(ctx.norms)) if at < 0 else (at - _WINDOW, at + _WINDOW)
    found = [f for f in forms if lo <= f[0] < hi and f[0] != at  # (not the tagger's span of this very mention)
             and not (before_only and f[0] > at)]  # ("المنظمة" points back, never to a body named later)
    if not found:
        return name
    longest = max(found, key=lambda f: len(f[2].split()))
    words = longest[2].split()
    if any(not _subsequence(f[2].split(), words) for f in found):
        return name  # صندوق النقد الدولي / صندوق النقد العربي: which one is not said
    if _named_whole_after_head(ctx, name):
        return name  # "شركة الاتصالات السعودية" is a name of its own, not "الاتصالات المتنقلة السعودية"
    a, b, _ = min((f for f in found if f[2] == longest[2]), key=lambda f: (ctx.norms[f[0]][:1] in "وف", f[0]))
    b = next((t for t in range(a + 2, b) if ctx.norms[t].startswith("ال") and (
        ctx.norms[t].endswith(("ين", "ون")) and _lookup(ctx.norms[t], ANON_HEADS)
        or ctx.norms[t].endswith("ات") and t + 1 < b and is_nisba(ctx.norms[t + 1]) and not _lookup(ctx.norms[t], ORG_HEADS))
              and is_definite(ctx.norms[t - 1])
              and not ctx.norms[t - 1].startswith("لل")), b)  # (not "… لشؤون اللاجئين": the name's own genitive)  # ("طمأنت وزارة الاقتصاد والتجارة | المستهلكين": whom)
    own_waw = ctx.norms[a] in ORG_HEADS or ctx.norms[a] in MEDIA_TYPES  # وكالة، وزارة
    own_letter = fold(name).replace("«", "").replace("»", "").replace('"', "").strip()[:1] == ctx.norms[a][:1]
    skip = clitic_chars(ctx, a) or (_prefix_chars(ctx, a, 1) if ctx.norms[a][:1] in "وف" and not own_waw
                                    and not own_letter else 0)  # (not "فالكم": the name's own ف)
    if a > 0 and ctx.words[a - 1] and bare(ctx.norms[a - 1]) == _COMPANY and not is_definite(ctx.norms[a - 1]) \
            and not _lookup(ctx.norms[a], ORG_HEADS):
        a, skip = a - 1, clitic_chars(ctx, a - 1)  # "تقرير لشركة جيه.إل.إل …" -> شركة جيه.إل.إل …
    return ctx.text[ctx.starts[a] + skip:ctx.ends[b - 1]]


def _named_whole_after_head(ctx: Context, name: str) -> bool:
    """``name`` appears in the text, word for word, right after a body's head word
    ("شركة الاتصالات السعودية"): a full name of its own."""
    key = [bare(w) for w in fold(name).replace("«", " ").replace("»", " ").split()]
    if len(key) > 2 and key[0] == _COMPANY:
        key = key[1:]  # "شركة الاتصالات السعودية" with its head, as company_before gives it
    if len(key) < 2 or _lookup(key[0], ORG_HEADS):
        return False
    n = len(key)
    norms = ctx.norms
    for t in range(1, len(norms) - n + 1):
        if bare(norms[t]) == key[0] and [bare(w) for w in norms[t:t + n]] == key \
                and ctx.words[t - 1] and _lookup(norms[t - 1], ORG_HEADS) and not is_definite(norms[t - 1]):
            return True
    return False


def org_ending_with(ctx: Context, a: int, b: int) -> str:
    """The one body the tagger found whose name ends with tokens [a, b) and is longer ("صندوق
    النقد الدولي" for a headline's "النقد الدولي"), or whose name is its head noun and those
    tokens ("وزارة العمل والتنمية الاجتماعية" for «العمل»), or ""."""
    while a < b and not ctx.words[a]:
        a += 1  # «العمل»: the name inside the marks
    while b > a and not ctx.words[b - 1]:
        b -= 1
    words = [bare(w) for w in ctx.norms[a:b]]
    n = len(words)
    if not n:
        return ""
    found = {ctx.text[ctx.starts[s] + clitic_chars(ctx, s):ctx.ends[e - 1]]
             for s, ent in ctx.entity_at.items() if ent.type == "ORG" and s >= b and s < a + _WINDOW
             for e in (ctx.entity_end_tok.get(s, s + 1),)
             if e - s > n and ([bare(w) for w in ctx.norms[e - n:e]] == words
                               or ctx.norms[s] in ORG_HEADS and [bare(w) for w in ctx.norms[s + 1:s + 1 + n]] == words
                               or n == 1 and ctx.norms[e - 1][:1] == "و" and bare(ctx.norms[e - 1][1:]) == words[0]
                               and is_definite(ctx.norms[e - 1][1:])
                               or e - 1 - s > n and is_definite(ctx.norms[e - 1]) and is_nisba(ctx.norms[e - 1])
                               and [bare(w) for w in ctx.norms[e - 1 - n:e - 1]] == words)}
    # (and «الإحصاء» for "الجهاز المركزي للإحصاء الفلسطيني": the body's nationality after the word)
    # (and «الإحصاء» for "الجهاز المركزي للتعبئة العامة والإحصاء": the last of two joined by و)
    return found.pop() if len(found) == 1 else ""


#: How far (in tokens) a fuller form is looked for around a reference: an article's length,
#: so that texts glued together do not lend each other names.
_WINDOW = 3000


#: Adjectives that describe a body in passing, never part of its name (الجديدة، الحيوي، المدججة).
_FOR_THE_PERIOD = FOR_THE_PERIOD | frozenset((fold("للدورة"),))  # (and "للدورة": a body's session)
_NO_NAME_ADJ = frozenset(fold(w) for w in """الجديد الجديدة الحيوي الحيوية الضخم الضخمة المدجج المدججة
    القديم القديمة الشهير الشهيرة العملاق العملاقة المذكور المذكورة الفصلية الفصلي السنوية السنوي الشهرية
    الشهري الصافية الصافي الإجمالية الإجمالي المدفوع المدفوعة العائد العائدة الصادر الصادرة الصادرين المنشور المنشورة""".split())


def _longer_forms(ctx: Context, name: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Every longer form of ``name`` starting in tokens [lo, hi): (first token, end token, bare words)."""
    core = [w for w in fold(name).replace("«", " ").replace("»", " ").replace('"', " ").split() if w]
    if len(core) == 1 and _lookup(core[0], PLACES):
        return []  # روسيا، قطر: a state has no longer name in the text ("دور روسيا الحيوي")
    dropped = ""
    if core and core[0] in _COMPANY_HEADS and len(core) > 1:
        dropped, core = bare(core[0]), core[1:]  # شركة «مجموعة المعجل»
    if not core or len(core) > 5:
        return []
    wanted = [bare(w) for w in core]
    first, last = wanted[0], wanted[-1]
    found: set[tuple[int, int]] = set()
    norms = ctx.norms
    positions = _positions(ctx, first)
    for p in positions[bisect_left(positions, lo):bisect_left(positions, hi)]:
        if norms[p].startswith("لل") and not core[0].startswith("لل"):
            continue  # ("للبنك الدولي": لـ swallowed the article; the name is never shown so)
        q, ci = p + 1, 1
        para = ctx.para_of[p]
        while ci < len(core) and q < len(norms) and q - p < len(core) + 3 and ctx.words[q] and ctx.para_of[q] == para:
            if _stopword(norms[q]) and bare(norms[q]) != wanted[ci]:
                break  # "البنك الدولي إن الاقتصاد العالمي" is no form of "البنك العالمي"
            if bare(norms[q]) == wanted[ci]:
                ci += 1
            q += 1
        if ci < len(core) or bare(norms[q - 1]) != last:
            continue
        if len(core) > 1 and is_definite(core[-1]) and not is_definite(norms[q - 1]):
            continue  # "الوزارة ورش عمل" is no form of "وزارة العمل": its last word has lost the article
        while q < len(norms) and ctx.words[q] and ctx.para_of[q] == para and norms[q].startswith("ال") and (
                is_nisba(norms[q]) or adjective_like(norms[q])) and q - p < len(core) + 4 \
                and not _stopword(norms[q]) and not nationality_adj(norms[q]) and norms[q] not in _NO_NAME_ADJ \
                and norms[q] not in TITLES and not (norms[q] in _STARTING and q + 1 < len(norms) and ctx.words[q + 1]
                                                    and norms[q + 1][:1] == "ب"):
            q += 1  # صندوق النقد | الدولي (not توشيبا | اليابانية: where it is from; not "وزير الإسكان | المهندس")
        while q < len(norms) and ctx.words[q] and norms[q] in CORPORATE_SUFFIXES and q - p < len(core) + 4:
            q += 1  # توشيبا | كورب
        if q < len(norms) and ctx.words[q] and norms[q].startswith("لل") and q + 1 < len(norms) \
                and ctx.words[q + 1] and norms[q + 1].startswith("ال") and adjective_like(norms[q + 1]) \
                and norms[q] not in _FOR_THE_PERIOD and not _lookup("ال" + norms[q][2:], PLACES) \
                and not (q in ctx.entity_at and ctx.entity_at[q].type == "LOC"):
            q += 2  # جيه.إل.إل | للاستشارات العقارية (not "للعام المالي": which year)
        h = p - 1
        while h > max(0, p - 3) and ctx.words[h] and not is_definite(norms[h]) and bare(norms[h]) not in _HEAD_BARE \
                and not _stopword(norms[h]) and not is_verb_like(norms[h]) and norms[h] not in VERB_FORMS:
            h -= 1
        if h >= max(0, p - 3) and ctx.words[h] and bare(norms[h]) in _HEAD_BARE and h < p - 1:
            if dropped and bare(norms[h]) != dropped and bare(norms[h]) in _HEAD_BARE:
                continue  # "مجموعة الإمارات" is not "شركة طيران الإمارات" (the group owns the airline)
            p = h  # (شركة) مجموعة محمد | المعجل: a company head before the name
        if q - p > len(core):
            found.add((p, q))
    for start, end in _org_entities_by_first(ctx).get(first, ()):
        if lo <= start < hi and end - start > len(core) and [bare(w) for w in norms[start:start + len(core)]] == wanted \
                and not (start > 0 and ctx.words[start - 1] and in_lexicon(norms[start - 1], ROLE_HEADS)
                         and norms[start + len(core)].startswith("ل")) \
                and not (norms[start][:1] == "ل" and norms[start + len(core)].startswith("ل") and any(
                    ctx.words[t] and in_lexicon(norms[t], ROLE_HEADS) for t in range(max(0, start - 3), start))):
            # (not "المدير القطري للبنك الدولي للضفة الغربية": the post's region, after the bank)
            # (not "وكيل وزارة العمل للتخطيط والتطوير": the ل-phrase is the post's)
            if norms[end - 1] in _NO_NAME_ADJ:
                end -= 1  # "بيانات وزارة المالية | الشهرية": the data's adjective, which the tagger ran into the name
                if end - start <= len(core):
                    continue
            found.add((start, end))  # توشيبا -> توشيبا كورب, an organisation the NER found
    return [(a, b, " ".join(bare(w) for w in norms[a:b])) for a, b in sorted(found)]


def alias_of(ctx: Context, name: str, at: int) -> str:
    """"شركة الخليج العربي للنفط «أجوكو»" (or "مؤسسة النقد العربي السعودي (ساما)") earlier, then
    "وقالت «أجوكو»": the full name the short name in marks or brackets was given after, or ""."""
    words = fold(name).split()
    if not words or len(words) > 3:
        return ""
    positions = _positions(ctx, bare(words[0]))
    for p in positions[bisect_left(positions, at - _WINDOW):bisect_left(positions, at)]:
        o = p - 1
        close = p + len(words)
        marked = o >= 1 and o in ctx.quote_open_tok and ctx.quote_open_tok[o] == close
        bracketed = o >= 1 and ctx.raw[o] == "(" and close < len(ctx.raw) and ctx.raw[close] == ")"
        if not (marked or bracketed) or [bare(ctx.norms[t]) for t in range(p, close)] != [bare(w) for w in words]:
            continue  # (the short name itself in marks or in brackets: «أجوكو»، (ساما))
        for h in range(o - 1, max(-1, o - 9), -1):
            if not ctx.words[h] or ctx.norms[h] in ("في", "علي", "عبر"):
                break  # ("شركة الاتصالات السعودية على حسابها الرسمي في «تويتر»": where it posted, no alias)
            if h == o - 1 and _lookup(ctx.norms[h], ORG_HEADS) and h not in ctx.entity_at:
                return ""  # "وكالة «موديز» لخدمات المستثمرين": the name is the one in marks, not "وكالة"
            if _lookup(ctx.norms[h], ORG_HEADS) and not is_definite(ctx.norms[h]) or h in ctx.entity_at \
                    and ctx.entity_at[h].type == "ORG" and h == o - 1:
                if described_before_name(ctx, h, o):
                    return ""  # "دار النشر البريطانية «بيرسون»": what the company is, then its own name
                return ctx.text[ctx.starts[h] + clitic_chars(ctx, h):ctx.ends[o - 1]]
    return ""


def described_before_name(ctx: Context, h: int, o: int) -> bool:
    """Tokens ``h``..``o`` (a body's head to the mark that opens a name) only say what kind of
    firm it is, maybe with its nationality ("دار النشر البريطانية"، "بنك الاستثمار الأمريكي"): a
    description, not the body's full name ("البنك المركزي السعودي «ساما»")."""
    if not 2 <= o - h <= 3 or (bare(ctx.norms[h]), ctx.norms[h + 1]) not in _KIND_OF_FIRM:
        return False  # ("البنك المركزي السعودي «ساما»"، "شركة الاتصالات السعودية «إس تي سي»": full names)
    return o - h == 2 or is_definite(ctx.norms[o - 1]) and nationality_adj(ctx.norms[o - 1])


#: A head and the trade it names, which say what kind of firm the name in marks after them is.
_KIND_OF_FIRM = frozenset((fold(a), fold(b)) for a, b in (
    ("دار", "النشر"), ("دار", "الأزياء"), ("دار", "المزادات"), ("بنك", "الاستثمار"), ("شركة", "النشر"),
    ("شركة", "الاستشارات"), ("شركة", "التدقيق"), ("مجموعة", "النشر"), ("شركة", "المحاماة")))


#: Two names the press gives the same body (the World Bank, the IEA): either resolves to the
#: one the article used first.
_SAME_BODY = [tuple(fold(n) for n in pair) for pair in (
    ("البنك العالمي", "البنك الدولي"),
    ("الوكالة الدولية للطاقة", "وكالة الطاقة الدولية"),
    ("منظمة الدول المصدرة للنفط", "منظمة البلدان المصدرة للبترول"),
)]


def same_body_before(ctx: Context, name: str, at: int) -> str:
    """"وأشار البنك العالمي" after "البنك الدولي": the other name of the same body, as the text
    spelled it earlier, or ""."""
    key = fold(name)
    other = next((b if key == a else a for a, b in _SAME_BODY if key in (a, b)), "")
    if not other:
        return ""
    words = other.split()
    for t in range(max(0, at - _WINDOW), at - len(words) + 1):
        if [bare(ctx.norms[u]) for u in range(t, t + len(words))] == [bare(w) for w in words]:
            return ctx.text[ctx.starts[t] + clitic_chars(ctx, t):ctx.ends[t + len(words) - 1]]
    return ""


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


_HEAD_BARE = frozenset(("شركه", "مجموعه"))


def _positions(ctx: Context, word: str) -> list[int]:
    """Tokens whose bare form is ``word`` (clitics and article off), or that are ``word`` with
    و/ف in front (وصندوق), in text order."""
    found = ctx.__dict__.setdefault("_positions", {})
    if word in found:
        return found[word]
    index = ctx.__dict__.get("_norm_index")
    if index is None:
        index = {}
        for k, n in enumerate(ctx.norms):
            index.setdefault(n, []).append(k)
        ctx.__dict__["_norm_index"] = index
    out: list[int] = []
    for pre in ("", "ال", "و", "ف", "ب", "ل", "وال", "فال", "بال", "لل", "ولل", "وب", "ول"):
        for k in index.get(pre + word, ()):
            n = ctx.norms[k]
            if bare(n) == word or (n[:1] in "وف" and bare(n[1:]) == word):
                out.append(k)
    out.sort()
    found[word] = out
    return out


def _org_entities_by_first(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    index = ctx.__dict__.get("_org_by_first")
    if index is None:
        index = {}
        for start, end, _ in _org_entities(ctx):
            index.setdefault(bare(ctx.norms[start]), []).append((start, end))
        ctx.__dict__["_org_by_first"] = index
    return index


def person_by_role(ctx: Context, k: int, role: str) -> str:
    """"وقال وزير المعادن السوداني" / "وأضاف الوزير": the person named with that role before
    token ``k`` ("وزير المعادن أحمد محمد صادق الكاروري"), or "". Role words beyond the head
    must be found in the earlier role (nationality adjectives aside)."""
    words = [bare(w) for w in role.split()]
    if not words:
        return ""
    head = _genderless(words[0])
    raw = role.split()
    # ("وزير المالية": after an indefinite head, a definite word is its complement, not an
    # adjective of nationality, whatever its ending)
    complement = len(raw) > 1 and not is_definite(raw[0]) and is_definite(raw[1])
    wanted = [w for i, w in enumerate(words[1:])
              if not (is_nisba(w) and not _lookup(w, ORG_HEADS)) or (i == 0 and complement)]
    norms = ctx.norms
    parsed = ctx.__dict__.setdefault("_role_parses", {})
    for t in range(k - 1, max(-1, k - _LOOK_BACK), -1):
        if not ctx.words[t] or head not in norms[t] or _genderless(bare(norms[t])) != head \
                or not _lookup(norms[t], ROLE_HEADS):
            continue
        if t not in parsed:
            parsed[t] = parse_np(ctx, t, min(len(norms), t + 30))
        np = parsed[t]
        if np is not None and np.kind == "unnamed_official" and np.role and np.end <= k:
            name = _name_right_before(ctx, t)
            if name and _role_matches(words, wanted, np.role):
                return name  # "سالم بن راشد المعمري الوزير المسؤول عن الشؤون المالية": the post after the name
            continue
        if np is None or np.kind != "named_person" or not np.role or np.end > k:
            continue
        first = ctx.tok_at_char(np.src_start)
        if first < len(norms) and norms[first].endswith("ا") and norms[first] not in FIRST_NAMES \
                and not (first in ctx.entity_at and ctx.entity_at[first].type == "PER"):
            continue  # "للمدرب تعويضا يعادل …": an accusative noun after the role, no name
        if np.end - first == 1 and first < len(norms) and norms[first] not in FIRST_NAMES \
                and norms[first] not in ctx.person_tokens and not (first in ctx.entity_at and ctx.entity_at[first].type == "PER"):
            continue  # "تصريحات الوزير جاءت بعد …": one word no list, tagger or earlier name knows (a verb)
        if _role_matches(words, wanted, np.role):
            return ctx.text[np.src_start:np.src_end]
    return ""


def _role_matches(words: list[str], wanted: list[str], earlier_role: str) -> bool:
    earlier = {bare(w) for w in earlier_role.split()}
    return all(w in earlier for w in wanted) and _same_nation(words[1:], earlier_role.split())


def headline_post_holder(ctx: Context, np) -> str:
    """A post in the headline ("رئيس «رواسي العقارية»: بعنا 70% …") and the person the
    article names with that post and that body below it ("فيصل القحطاني، الرئيس التنفيذي
    لشركة رواسي للتطوير العقاري"), within its first paragraphs; "" when none."""
    norms = ctx.norms
    if not np.role or ctx.para_of[np.start] != ctx.para_of[0]:
        return ""
    head = _genderless(bare(norms[np.start]))
    marks = [norms[t] for t in range(np.start + 1, np.end) if ctx.words[t] and len(norms[t]) >= 3
             and not _stopword(norms[t]) and not _lookup(norms[t], ROLE_HEADS) and not _lookup(norms[t], ORG_HEADS)
             and not (is_definite(norms[t]) and is_nisba(norms[t]))]
    forms = {f for w in marks for f in (w, w[2:] if w.startswith("ال") else "ال" + w,
                                        w[1:] if w[:1] == "ل" and not w.startswith("ال") else w)}
    if not forms:
        return ""
    last_para = ctx.para_of[0] + 3
    for t in range(np.end, min(len(norms), np.end + 300)):
        if ctx.para_of[t] > last_para:
            break
        n = norms[t][1:] if norms[t][:1] == "و" and len(norms[t]) > 4 else norms[t]
        if not ctx.words[t] or _genderless(bare(n)) != head or not _lookup(n, ROLE_HEADS):
            continue
        post = parse_np(ctx, t, min(len(norms), t + 30))
        if post is None or post.start != t or post.kind not in ("named_person", "unnamed_official"):
            continue
        words = {norms[u] for u in range(t + 1, min(post.end, t + 12)) if ctx.words[u]}
        words |= {w[1:] for w in words if w[:1] == "ل" and not w.startswith("ال")}
        if not words & forms:
            continue
        if post.kind == "named_person" and post.named:
            return ctx.text[post.src_start:post.src_end]  # "رئيس شركة رواسي فيصل القحطاني"
        name = _name_right_before(ctx, t)
        comma = next((u for u in range(t - 1, max(0, t - 6), -1) if not ctx.words[u]), -1)
        if not name and comma > 0 and ctx.raw[comma] in ("،", ","):
            a = next((a for a in range(comma - 1, max(-1, comma - 7), -1) if a in ctx.entity_at
                      and ctx.entity_at[a].type == "PER" and ctx.entity_end_tok.get(a) == comma), -1)
            name = ctx.text[ctx.starts[a]:ctx.ends[comma - 1]] if a >= 0 else ""
            # ("يتحدث المهندس فيصل القحطاني، الرئيس التنفيذي …"، "هشام الشربيني، العضو المنتدب والرئيس
            # التنفيذي للمصرف المتحد،": the verb's subject, then his posts)
        if name:
            return name  # "فيصل القحطاني، الرئيس التنفيذي لشركة رواسي"
    return ""


def _name_right_before(ctx: Context, t: int) -> str:
    """The person the tagger named right before token ``t`` (a comma between allowed), as the
    subject of no verb of its own: "معالي سالم المعمري | الوزير"، "حمود العتيبي، | رئيس اللجنة";
    not "استقبل محمد | الرئيس الفرنسي" (a verb, then its subject and its object), or ""."""
    e = t - 1 if t > 0 and ctx.raw[t - 1] in ("،", ",") else t
    for a in range(e - 1, max(-1, e - 7), -1):
        ent = ctx.entity_at.get(a)
        if ent is None:
            continue
        if ent.type != "PER" or ctx.entity_end_tok.get(a) != e:
            return ""
        b = a - 1
        while b >= 0 and ctx.words[b] and ctx.norms[b] in TITLES:
            b -= 1
        if b >= 0 and ctx.words[b] and (ctx.norms[b] in VERB_FORMS or is_verb_like(ctx.norms[b])):
            return ""
        if not (ctx.norms[a] in FIRST_NAMES or b < a - 1) or any(
                ctx.norms[x] in VERB_FORMS or is_verb_like(ctx.norms[x]) for x in range(a, e) if ctx.norms[x] not in FIRST_NAMES):
            return ""  # ("ونواب | يلوّحون باستجواب | وزير المالية": a tagger's name that is a verb phrase)
        return ctx.text[ctx.starts[a]:ctx.ends[e - 1]]
    return ""


def _nations(words) -> set[str]:
    return {bare(w).removesuffix("ه") for w in words if is_nisba(w) and not _lookup(w, ORG_HEADS)}


def _same_nation(wanted, earlier) -> bool:
    """"رئيس الجمهورية البرتغالية" is not "الرئيس الفرنسي" named before: when both roles
    carry a nationality, they must share it."""
    a, b = _nations(wanted), _nations(earlier)
    return not a or not b or bool(a & b)


_ITS_OWN = folded_set("لها له لهم لهما")


def document_before(ctx: Context, k: int, head: str) -> str:
    """"وأضاف التقرير": the last earlier mention of a document with that head and more than
    the head ("في أهم تقرير سنوي يصدره عن السعودية" -> "تقرير سنوي يصدره عن السعودية")."""
    norms = ctx.norms
    best = ""
    positions = _positions(ctx, head)  # (the head's tokens, not every token back)
    lo = bisect_left(positions, max(0, k - _LOOK_BACK + 1))
    for t in reversed(positions[lo:bisect_left(positions, k)]):
        if not ctx.words[t] or bare(norms[t]) != head or not _lookup(norms[t], DOC_HEADS):
            continue
        np = parse_np(ctx, t, len(norms), strip=norms[t][:1] if norms[t][:1] in "بل" else "")
        if np is None or np.kind != "document":
            continue
        end = np.end
        if end == t + 1 and not is_definite(norms[t]) and end + 1 < len(norms) and ctx.words[end] \
                and ctx.words[end + 1] and not is_definite(norms[end]) and is_definite(norms[end + 1]) \
                and norms[end] not in VERB_FORMS and not complementizer(norms[end]) \
                and norms[end + 1] not in TIME_WORDS:
            end = def_chain(ctx, end + 1, len(norms))  # "أصدرت الهيئة تقرير سوق العمل": its title
        from .documents import _PUBLISHED_IT

        if not (end + 1 < len(norms) and norms[end] in _PUBLISHED_IT and ctx.words[end + 1]
                and (norms[end + 1] in TIME_WORDS or complementizer(norms[end + 1]))):
            end = relative_clause_end(ctx, end, len(norms))
            # (not "في تقرير نشره اليوم إن": when it was published says nothing of the report)
        if end == t + 1 and end < len(norms) and ctx.words[end] and norms[end] in _ITS_OWN:
            end += 1  # "في بيان لها": the statement it issued
        if end == t + 1 and not best and not is_definite(norms[t]):
            issuer = _issuer_before(ctx, t)
            if issuer:
                a = ctx.starts[t] + clitic_chars(ctx, t)
                best = ctx.text[a:ctx.ends[t]] + " " + issuer  # "قال البنك الدولي في تقرير نشره اليوم" -> تقرير البنك الدولي
                continue
        if end > t + 1:
            a = ctx.starts[t] + clitic_chars(ctx, t)
            found = ctx.text[a:ctx.ends[end - 1]]
            if not best:
                best = found
            elif len(found) > len(best) and fold(found).split()[:len(fold(best).split())] == fold(best).split():
                best = found  # "التقرير السنوي للصندوق" named in full before: the full name
    return best


def _issuer_before(ctx: Context, t: int) -> str:
    """"قال البنك الدولي في تقرير"، "وذكر البنك الدولي، في تقرير": the body named right before
    "في <document>", whose document it is, or ""."""
    k = t - 1
    if k < 1 or not ctx.words[k] or ctx.norms[k] not in ("في", "وفي"):
        return ""
    k -= 1
    if k >= 0 and ctx.is_punct(k, "،,"):
        k -= 1
    for s0 in range(max(0, k - 6), k + 1):
        ent = ctx.entity_at.get(s0)
        if ent is not None and ent.type == "ORG" and ctx.entity_end_tok.get(s0, s0 + 1) == k + 1 \
                and ctx.sent_of[s0] == ctx.sent_of[t]:
            return ent.text
    return ""


def document_after(ctx: Context, k: int, head: str, reach: int = 60) -> str:
    """"حيث قدر التقرير حجم التحويلات …". "وأكد تقرير البنك الدولي لعام 2014 أن": a lead
    that names the document only in the next sentences (the first fuller mention ahead, within
    ``reach`` tokens)."""
    norms = ctx.norms
    for t in range(k + 1, min(len(norms), k + reach)):
        if not ctx.words[t] or bare(norms[t]) != head or is_definite(norms[t]) or not _lookup(norms[t], DOC_HEADS):
            continue
        if _another(ctx, t):
            continue  # "تقرير منفصل صادر عن …": another document, not the one referred to
        np = parse_np(ctx, t, len(norms))
        if np is not None and np.kind == "document" and np.end > t + 1:
            return ctx.text[ctx.starts[t] + clitic_chars(ctx, t):ctx.ends[np.end - 1]]
        issuer = _issuer_before(ctx, t) if np is not None and np.kind == "document" else ""
        if issuer:
            return ctx.text[ctx.starts[t] + clitic_chars(ctx, t):ctx.ends[t]] + " " + issuer
        return ""
    return ""


_OTHER_ONE = folded_set("منفصل منفصلة آخر أخرى ثان ثانية")


def _another(ctx: Context, t: int) -> bool:
    return t + 1 < len(ctx.norms) and ctx.words[t + 1] and ctx.norms[t + 1] in _OTHER_ONE


def relative_clause_end(ctx: Context, j: int, limit: int) -> int:
    """Past a relative clause on a document ("التي قدمتها الرياض إلى المبادرة …"، "نشرتها
    مؤسسة النقد"، "يصدره عن السعودية"), up to إن/أن, a comma, a colon or the sentence end;
    ``j`` when none starts at ``j``."""
    if j >= limit or not ctx.words[j]:
        return j
    n = ctx.norms[j]
    raw = ctx.raw[j]
    relative = n in ("التي", "الذي", "اللذين", "اللتين")
    unmarked = not is_definite(n) and len(n) >= 4 and raw.endswith(("ه", "ها")) and n[:1] in "يتن" + "ا" \
        and j + 1 < limit and ctx.words[j + 1]
    unmarked = unmarked or (not is_definite(n) and raw.endswith(("ته", "تها")) and len(n) >= 5)
    if not (relative or unmarked):
        return j
    from .words import complementizer

    t = j + 1
    while t < limit and t - j < 14:
        if complementizer(ctx.norms[t]) or (not ctx.words[t] and ctx.raw[t] in "،,.:؛;«\"“"):
            break
        t += 1
    return t if t - j >= 2 else j


def _genderless(word: str) -> str:
    return word[:-1] if word.endswith("ه") and len(word) > 3 else word
