"""Datelines: the outlets named in the first lines of an article. A newspaper there publishes
the article (a statement made to it has no via); an agency there makes it a wire copy
("دبي - رويترز"، "الرياض … واس")، whose addressees stay vias.
"""

from __future__ import annotations

from reader.core.text import fold

from .outlets import WEB_WORDS as _WEB_WORDS, _known_at, is_agency, match_outlet


def _verb_forms():
    from .cues import VERB_FORMS

    return VERB_FORMS


def find_publishers(ctx) -> frozenset[str]:
    """Newspapers named in the dateline of the first lines ("القاهرة - «الشروق»"); an outlet's Arabic
    edition is the outlet too ("لندن - بي بي سي عربي": «لبي بي سي» in the text is no via)."""
    found = _dateline_outlets(ctx)[0]
    arabic = {" ".join(n.split()[:-1]) for n in found if len(n.split()) > 1 and n.split()[-1] in _ARABIC_EDITION}
    return found | frozenset(arabic) if arabic else found


_ARABIC_EDITION = frozenset(fold(w) for w in "عربي عربية العربي العربية بالعربية".split())


def staff_byline(ctx) -> bool:
    """The first lines carry a staff reporter's byline and no outlet: "الرياض: يوسف الحمادي"،
    "محمد الأكلبي من جدة". Such an article is the paper's own story. ("القاهرة - فلان" is not
    one: words after a dateline's dash are read as the paper, see :func:`_dateline_outlets`.)"""
    cached = ctx.__dict__.get("_staff_byline")
    if cached is None:
        cached = _find_staff_byline(ctx)
        ctx.__dict__["_staff_byline"] = cached
    return cached


def _find_staff_byline(ctx) -> bool:
    publishers, agencies = _dateline_outlets(ctx)
    if publishers or agencies:
        return False
    for i, j in _first_lines(ctx):
        words = [k for k in range(i, j) if ctx.words[k]]
        marks = [ctx.raw[k] for k in range(i, j) if not ctx.words[k]]
        w = i + 1 if i + 1 < j and ctx.words[i + 1] else i + 2  # ("كتب - محمد عبدالعاطي:": a dash after كتب)
        if 3 <= len(words) <= 8 and all(m in ":-–—" for m in marks) and ctx.norms[i] in _WROTE and w < j \
                and ctx.words[w] and ctx.norms[w] in _first_names() and not any(match_outlet(ctx, k, j) for k in words):
            return True  # "كتب محمود السيد وأحمد عبدالحليم": the Egyptian papers' byline
        if 2 <= len(words) <= 7 and all(m in ":-–—،," for m in marks) \
                and not any(ctx.norms[k] in _verb_forms() for k in words) \
                and (marks or fold("من") in (ctx.norms[k] for k in words[1:-1])) \
                and not any(match_outlet(ctx, k, j) for k in words):
            return True
    return False


_WROTE = frozenset(fold(w) for w in "كتب كتبت".split())


def _first_lines(ctx, count: int = 3):
    """(first token, end token) of each of the first ``count`` paragraphs."""
    n = len(ctx.norms)
    i = 0
    for _ in range(count):
        if i >= n:
            return
        para = ctx.para_of[i]
        j = i
        while j < n and ctx.para_of[j] == para:
            j += 1
        yield i, j
        i = j


def dateline_agency(ctx) -> bool:
    """A news agency is named in the dateline (a wire: "دبي - رويترز"، "طوكيو -د ب أ")."""
    return bool(_dateline_outlets(ctx)[1])


def _paper_beside_dash(ctx, i: int, j: int, out: set[str]) -> None:
    """"الجزيرة - الرياض:"، "اليوم - الدمام": a known paper alone on one side of the dash
    (names that are also ordinary words count here, where nothing else is written)."""
    dash = next((k for k in range(i, j) if not ctx.words[k] and ctx.raw[k] in "-–—ـ"), -1)
    if dash < 0:
        return
    for a, b in ((i, dash), (dash + 1, j)):
        while b > a and not ctx.words[b - 1]:
            b -= 1  # "الرياض:"
        if b > a and all(ctx.words[k] for k in range(a, b)) and _known_at(ctx.norms, a, False) == b - a \
                and (b - a > 1 or ctx.norms[a].startswith("ال") or not is_agency(ctx.norms[a])):  # معا، قنا: a one-word agency
            name = " ".join(ctx.norms[a:b])
            if not is_agency(name) and name not in _CITY_PAPER_NAMES:
                out.add(name)


#: Papers named after their city (الرياض، المدينة) or named like one (الخبر: the Algerian paper, and
#: Khobar): beside a dash in a dateline they are the city more often than the paper.
_CITY_PAPERS = ("الرياض", "المدينة", "الخبر")
_EXCLUSIVE = frozenset(fold(w) for w in "خاص حصري خاصة".split())
_CITY_PAPER_NAMES = frozenset(fold(p) for p in _CITY_PAPERS)


def _dateline_outlets(ctx) -> tuple[frozenset[str], frozenset[str]]:
    cached = ctx.__dict__.get("_dateline_outlets")
    if cached is not None:
        return cached
    out: set[str] = set()
    agencies: set[str] = set()
    for i, j in _first_lines(ctx):
        dash = next((k for k in range(i, min(j, i + 7)) if not ctx.words[k] and ctx.raw[k] in "-–—"), -1)
        o = next((k for k in range(i, dash) if ctx.raw[k] == "("), -1) if dash > i else -1
        if 0 < o and o + 2 <= dash - 1 and ctx.raw[dash - 1] == ")" and all(ctx.words[k] for k in range(i, o)) \
                and 1 <= dash - 1 - (o + 1) <= 3 and all(ctx.words[k] for k in range(o + 1, dash - 1)):
            # "الرباط (هسبريس) - قال …": the paper (or the wire) in brackets after the place, in the lead
            name = " ".join(ctx.norms[o + 1:dash - 1])
            (agencies if is_agency(name) else out).add(name)
        no_verb = not any(ctx.norms[k] in _verb_forms() for k in range(i, j))
        slash = next((k for k in range(i + 1, min(j, i + 4)) if not ctx.words[k]), -1)
        if slash > i and ctx.raw[slash] == "/" and slash + 1 < j and ctx.words[slash + 1] \
                and all(ctx.words[k] and ctx.norms[k] not in _verb_forms() for k in range(i, slash)) \
                and (ctx.norms[slash - 1] in _WEB_WORDS or _known_at(ctx.norms, i, False) == slash - i):
            name = " ".join(ctx.norms[i:slash])  # "شفق نيوز/ أفاد مصدر …": the outlet, a slash, its lead
            (agencies if is_agency(name) else out).add(name)
        if no_verb and 1 <= j - i <= 3 and all(ctx.words[k] for k in range(i, j)) and (
                j - i >= 2 and ctx.norms[j - 1] in _WEB_WORDS or _known_at(ctx.norms, i, False) == j - i
                and " ".join(ctx.norms[i:j]) not in _CITY_PAPER_NAMES
                and not (i in ctx.entity_at and ctx.entity_at[i].type == "LOC")):
            name = " ".join(ctx.norms[i:j])  # "رووداو ديجيتال": the outlet's name alone on a line
            (agencies if is_agency(name) else out).add(name)
            if ctx.norms[j - 1] in _WEB_WORDS and j - i >= 2:
                out.add(" ".join(ctx.norms[i:j - 1]))
        if no_verb and 8 < j - i <= 16 and ctx.words[j - 1]:
            # "الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس": a long date, the wire last
            last = next((k for k in range(max(i, j - 3), j) if _known_at(ctx.norms, k, False) == j - k), -1)
            if last >= 0 and is_agency(" ".join(ctx.norms[last:j])):
                agencies.add(" ".join(ctx.norms[last:j]))
        d1 = next((k for k in range(i + 1, min(j, i + 4)) if not ctx.words[k] and ctx.raw[k] in "-–—"), -1)
        if d1 > i and d1 + 2 < j and ctx.words[d1 + 1] and all(ctx.words[k] for k in range(i, d1)):
            m = match_outlet(ctx, d1 + 1, j)
            if m is not None and not m.anaphor and m.end < j and ctx.raw[m.end] == ":" and m.end - d1 <= 4:
                name = fold(ctx.text[m.start_char:m.end_char])  # "نواكشوط – صحراء ميديا: أعلنت …": run into the lead
                (agencies if is_agency(name) else out).add(name)
        if d1 > i and d1 + 1 < j and ctx.raw[d1 + 1] in "«\"“" and d1 + 1 in ctx.quote_open_tok:
            c = ctx.quote_open_tok[d1 + 1]
            dot = 2 if c + 3 < j and ctx.norms[c + 1] == _DOT and ctx.norms[c + 2] == _COM else 0
            # ("الخليل - "القدس" دوت كوم - في سوق …": the paper's site)
            if 1 < c - (d1 + 1) <= 4 and c + 2 + dot < j and ctx.raw[c + 1 + dot] in "-–—:" and ctx.words[c + 2 + dot] \
                    and all(ctx.words[k] for k in range(i, d1)) and all(ctx.words[k] for k in range(d1 + 2, c)):
                out.add(" ".join(ctx.norms[d1 + 2:c]))  # "رام الله - «الحياة الجديدة» - أكد …": the dateline run into the lead
                # (and "مسقط - «عُمان»: أظهرت …", a colon after the paper)
        dateline = (j - i <= 8 or (no_verb and j - i <= 16 and _outlets_only_after_dash(ctx, i, j))) and any(
            not ctx.words[k] and ctx.raw[k] in "-–—ـ(«:/\"“" for k in range(i, j)
        ) and no_verb
        if dateline:
            _paper_beside_dash(ctx, i, j, out)
            d = next((k for k in range(i, j) if not ctx.words[k] and ctx.raw[k] in "-–—"), -1)
            if i < d <= i + 3 and d + 2 == j and ctx.norms[d + 1] in _EXCLUSIVE and all(ctx.words[k] for k in range(i, d)) \
                    and not (i in ctx.entity_at and ctx.entity_at[i].type == "LOC" and ctx.entity_end_tok.get(i, i + 1) >= d):
                out.add(" ".join(ctx.norms[i:d]))  # "عدن الغد - خاص": the outlet's own exclusive
            for k in range(i, j):
                m = match_outlet(ctx, k, j)
                if m is None and ctx.raw[k] in "«\"“" and k in ctx.quote_open_tok:
                    c = ctx.quote_open_tok[k]
                    name = " ".join(ctx.norms[k + 1:c])
                    if name:
                        out.add(name)
                    continue
                if m is not None and not m.anaphor:
                    name = fold(ctx.text[m.start_char:m.end_char])
                    (agencies if is_agency(name) else out).add(name)
                    slashes = [t for t in range(i, k) if not ctx.words[t] and ctx.raw[t] == "/"]
                    if is_agency(name) and len(slashes) >= 2 and m.end >= j - 1 and slashes[-1] == k - 1 \
                            and any(ctx.words[t] for t in range(slashes[0] + 1, slashes[-1])):
                        out.add(name)  # "غزة/ أحمد أبو عمرة/ الأناضول": the agency's own reporter, its own copy
            dash = next((k for k in range(i, j) if not ctx.words[k] and ctx.raw[k] in "-–—"), -1)
            stop = next((k for k in range(dash + 1, j) if not ctx.words[k]), j) if dash >= 0 else j
            if stop < j and all(not ctx.words[k] or ctx.norms[k] in _WIRES_GENERIC for k in range(stop, j)):
                j = stop  # "غزة، الدوحة - الراية - وكالات:": the paper, then the wires unnamed
            tail = range(dash + 1, j)
            if dash > i and 1 <= len(tail) <= 4 and all(ctx.words[k] for k in tail) \
                    and (len(tail) > 1 or ctx.norms[dash + 1].startswith("ال") or _named_in_marks(ctx, ctx.norms[dash + 1], j)) \
                    and ctx.norms[dash + 1] not in _first_names() \
                    and not any(ctx.norms[k] in _first_names() or (k in ctx.entity_at and ctx.entity_at[k].type == "PER")
                                for k in tail) \
                    and not any(ctx.raw[k] in "«(" for k in range(i, j)):
                # (not "عمان - ليث يوسف": a reporter whose given name no list knows, then his father's)
                # "بنغازي - بوابة الوسط"، "الدوحة - الشرق": the paper after the dash, without
                # marks (a bare one-word acronym without the article is an agency: وفا، قنا)
                name = " ".join(ctx.norms[k] for k in tail)
                (agencies if is_agency(name) else out).add(name)
    found = (frozenset(out), frozenset(agencies))
    ctx.__dict__["_dateline_outlets"] = found
    return found


def _named_in_marks(ctx, norm: str, start: int) -> bool:
    """The word stands alone between marks later in the text («لـ«عمان»»): after a dateline's dash
    ("مسقط - عمان") it is the paper's name, not the country's."""
    return any(c == o + 2 and o >= start and ctx.norms[o + 1] == norm for o, c in ctx.quote_open_tok.items())


def _outlets_only_after_dash(ctx, i: int, j: int) -> bool:
    """"موسكو - «السفير»، أ ف ب، يو بي آي": a long dateline whose words after the dash are all
    outlets (names in marks or known ones), between commas."""
    dash = next((k for k in range(i, j) if not ctx.words[k] and ctx.raw[k] in "-–—"), -1)
    if dash < 0:
        return False
    k = dash + 1
    found = 0
    while k < j:
        if not ctx.words[k]:
            if ctx.raw[k] in "«\"“" and k in ctx.quote_open_tok and ctx.quote_open_tok[k] < j:
                k = ctx.quote_open_tok[k] + 1
                found += 1
                continue
            if ctx.raw[k] in "،,:-–—":
                k += 1
                continue
            return False
        if ctx.norms[k] in _WIRES_GENERIC:
            k += 1  # "…، وكالات": wires, unnamed
            found += 1
            continue
        m = match_outlet(ctx, k, j)
        if m is None or m.anaphor:
            return False
        k = m.end
        found += 1
    return found >= 2


_WIRES_GENERIC = frozenset(fold(w) for w in "وكالات الوكالات".split())
_DOT, _COM = fold("دوت"), fold("كوم")


def _first_names():
    """Given names: "الرياض - عبدالله الحسن" is a reporter's byline, not a paper after the dash."""
    from .words import FIRST_NAMES

    return FIRST_NAMES
