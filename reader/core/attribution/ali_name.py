"""The given name علي, which folds like the preposition على: a speaker named علي after a speech
verb when the tagger did not mark the name ("وقال علي الحربي إن …")."""

from __future__ import annotations

from .context import Context
from .cues import VERB_FORMS
from .phrases import _ali, masdar_like, name_chain
from .words import OCCUPATIONS, ROLE_HEADS, complementizer, in_lexicon, is_definite


def ali_before_verb(ctx: Context, i: int, verb: int) -> bool:
    """علي (written with ya) after a post or a trade, then a family name or two with the article,
    then the verb: "غير أن الصياد علي المرهون حذر" (the preposition has no such shape)."""
    if not _ali(ctx, i) or not 2 <= verb - i <= 3 or i == 0 or not ctx.words[i - 1]:
        return False
    before = ctx.norms[i - 1]
    return is_definite(before) and (in_lexicon(before, OCCUPATIONS) or in_lexicon(before, ROLE_HEADS)) \
        and all(ctx.words[k] and is_definite(ctx.norms[k]) and not masdar_like(ctx.norms[k]) for k in range(i + 1, verb))


def ali_speaking(ctx: Context, i: int, limit: int) -> bool:
    """علي (written with ya) right after a speech verb, a name running from it straight to
    إن/أن, a colon or a quotation mark: "وقال علي الحربي إن"، "ويضيف علي العيدروس أن". The
    preposition has no such shape (أكد علي ضرورة أن، شدد علي الدور، أكد علي الالتزام بأن).
    The name's other words carry the article (الحربي، العيدروس): "علي حسن" is left to the tagger."""
    if not _ali(ctx, i) or i == 0 or ctx.norms[i - 1] not in VERB_FORMS:
        return False
    e = name_chain(ctx, i, limit)
    if (i + 1 >= limit or not ctx.words[i + 1] and ctx.raw[i + 1] in "،,.") and any(
            t in ctx.quote_close_tok for t in range(max(0, i - 4), i - 1)):
        return True  # "«الرزق على الله»، هكذا رد علي، البائع في محل": the quotation's speaker, by his given name
    if i + 1 < limit and (ctx.raw[i + 1].startswith("إن") or not ctx.words[i + 1] and ctx.raw[i + 1] in "،,"):
        return True  # "وقال علي إن"، "وقال علي، وهو متعاقد …:": no preposition stands before إن or a comma
    if e < i + 2 or e >= limit or e > i + 4:
        return False
    if not all(is_definite(ctx.norms[k]) and not masdar_like(ctx.norms[k]) for k in range(i + 1, e)):
        return False  # علي ضرورة، علي أهمية: the preposition before a noun; family names take ال
    return complementizer(ctx.norms[e]) or (not ctx.words[e] and ctx.raw[e] in ":«\"“")
