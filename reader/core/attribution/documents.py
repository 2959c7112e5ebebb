"""Document phrases after their head: بيانات الهيئة العامة للإحصاء، دراسة حديثة، تقرير صادر عن
…، ملخص تقرير لجنة التحقيق، تقرير لشركة جيه.إل.إل، إحصائية لـ«معلومات مباشر»."""

from __future__ import annotations

from .context import Context
from .institutions import _institution
from .outlets import match_outlet
from .phrases import _lookup, _word, def_chain, name_chain, name_start
from .words import DOC_HEADS, INDEF_ADJECTIVES, KNOWN_ORGS, ORG_HEADS, bare_nisba, folded_set, is_definite


_ISSUED = folded_set("صادر صادرة الصادر الصادرة")


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
