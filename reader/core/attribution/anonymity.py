"""Anonymity clauses: "طلب عدم الكشف عن هويته"، "شريطة عدم نشر اسمه"، "غير مخول بالحديث" —
the source asked not to be named (as opposed to "لم تذكر اسمه": the outlet did not name it)."""

from __future__ import annotations

from .context import Context
from .words import NP_STOPS, complementizer, folded_set, is_verb_like


_NOT_NAMED_NEG = folded_set("لم ولم دون")
_NAMING_VERBS = folded_set(
    """تذكر يذكر تسم يسم تسمه يسمه تكشف يكشف تورد يورد تحدد يحدد تذكرا يذكرا تذكروا يذكروا تحددا"""
)


_PUBLISHED = folded_set("ينشر تنشر يذكر تذكر يكشف تكشف يعلن تعلن")
#: Roots of the words that withhold a name before "اسمه/هويته" (ذكر، نشر، الكشف عن، رفض، طلب، فضّل، تحفّظ …).
_HIDING_ROOTS = tuple(folded_set("ذكر نشر كشف رفض طلب طالب فضل تحفظ حجب خفا خفاء اخفاء غفال فصاح تسمي علان عدم"))


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
        if n in ("الا", "بالا") and k + 1 < limit and ctx.norms[k + 1] in _PUBLISHED and k > j:
            return True  # "طالبا ألا ينشر اسمه"
        if n in ("مخول", "مخولين", "مخولا", "مخوله", "مخولون"):
            return True
        if n in ("هويته", "هويتها", "هويتهم", "اسمه", "اسمها", "اسمائهم", "اسميهما", "هويتيهما", "هويتهما", "اسمهما") and k > j \
                and any(ctx.words[t] and any(r in ctx.norms[t] for r in _HIDING_ROOTS) for t in range(max(0, k - 3), k)):
            return True  # (but "رسائل احتيالية تنتحل اسمها": her name used, not withheld)
        if ctx.raw[k] in ("«", "\"") and 1 < ctx.quote_open_tok.get(k, 10 ** 9) - k <= 4 and k > j \
                and ctx.words[k - 1] and ctx.norms[k - 1][:1] == "ل":
            continue  # "تحدث لـ«رويترز» شريطة عدم الكشف عن هويته": the outlet he spoke to, in marks
        if complementizer(n) or ctx.raw[k] in (":", "«", "\""):
            break
    return False


#: Words that open a list of a group's members: "أعلنت شركات نتائجها، مثل X وY"، "ومنها X".
_SUCH_AS = folded_set("مثل ومثل منها ومنها أبرزها وأبرزها بينها وبينها")
_GROUP_OF_BODIES = folded_set("شركات بنوك مصارف مؤسسات جهات هيئات صناديق شركة")


def _member(ctx: Context, k: int, b: int) -> bool:
    if k >= b or k >= len(ctx.words) or not ctx.words[k]:
        return False
    ent = ctx.entity_at.get(k)
    if ent is not None and ent.type == "ORG":
        return True
    n = ctx.norms[k]
    return not n.startswith(("ال", "وال")) and len(n) > 2 and n not in NP_STOPS and not complementizer(n) \
        and not is_verb_like(n) and n not in _SUCH_AS


def members_named(ctx: Context, head: str, a: int, b: int) -> bool:
    """An unnamed group of bodies whose members the sentence lists ("أعلنت عدة شركات نتائجها
    مثل X وY وZ"): the companies are named, so the source is a named organisation. A list is
    two members or more (X وY), or one the tagger knows as an organisation."""
    if head not in _GROUP_OF_BODIES:
        return False
    for j in range(a, min(b, a + 12, len(ctx.words))):  # (b may be past the last token at the text's end)
        if not ctx.words[j]:
            if ctx.raw[j] in ".؟!":
                return False
            continue
        if ctx.norms[j] not in _SUCH_AS:
            continue
        k = j + 1
        ent = ctx.entity_at.get(k)
        if ent is not None and ent.type == "ORG":
            return True
        return _member(ctx, k, b) and k + 1 < min(b, len(ctx.norms)) and ctx.norms[k + 1].startswith("و") \
            and _member(ctx, k + 1, b) and not is_verb_like(ctx.norms[k + 1][1:])
    return False
