"""Sources named by a group word rather than a name: the press (الصحف الإسرائيلية، الصحافة
البرتغالية، الصحف), and a party to talks named by its nationality (الجانب الإسرائيلي، الطرف
اللبناني)."""

from __future__ import annotations

from .context import Context
from .roles import nationality_adj
from .words import folded_set, is_definite, is_nisba

#: Newspapers as a group: a media source with no one outlet named.
PRESS = folded_set("الصحف صحف الصحافة صحافة الجرائد جرائد")
#: A side in talks or a conflict, named by its nationality: a government or a party.
SIDES = folded_set("الجانب الطرف")


def group_source(ctx: Context, i: int, limit: int) -> tuple[int, str] | None:
    """(end token, kind) of a group source starting at token ``i``, else ``None``."""
    n = ctx.norms[i]
    if n in PRESS:
        e = i + 1
        while e < limit and ctx.words[e] and is_definite(ctx.norms[e]) == is_definite(n) \
                and is_nisba(ctx.norms[e]) and e - i < 3:
            e += 1  # الصحف الإسرائيلية، صحف محلية
        return e, "media"
    if n in SIDES:
        e = i + 1
        while e < limit and ctx.words[e] and nationality_adj(ctx.norms[e]):
            e += 1
        if e > i + 1:
            return e, "named_organization"
    return None
