"""Anonymity clauses: "طلب عدم الكشف عن هويته"، "شريطة عدم نشر اسمه"، "غير مخول بالحديث" —
the source asked not to be named (as opposed to "لم تذكر اسمه": the outlet did not name it)."""

from __future__ import annotations

from .context import Context
from .words import complementizer, folded_set


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
