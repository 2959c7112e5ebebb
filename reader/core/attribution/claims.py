"""Claim spans: where each claim of a sentence ends, which cues are nested in another claim,
and trimming to the shape attribution.json uses (no surrounding spaces or trailing
punctuation; a claim that is one quotation is the text inside the marks, a direct quote).
"""

from __future__ import annotations

from .context import Context
from .parse import Cand
from .words import folded_set

_CONNECT = folded_set("فيما بينما حين في غير إلا لكن لكنه لكنها لكنهم ولكن ولكنه كما وكما ثم و وفيما وبينما")
_SOFT = folded_set("فيما بينما وفيما وبينما")
_LEAD_STRIP = " \t\n،,:؛;-–—"
_TRAIL_STRIP = " \t\n.،,:؛;!؟?-–—…"


def break_point(ctx: Context, c: Cand, sent_a: int) -> int:
    """The token where the clause before ``c`` ends, or -1 when ``c`` sits inside a clause
    (nested in another claim)."""
    p = c.phrase_start
    k = p - 1
    while k >= sent_a and ctx.words[k] and (
        ctx.norms[k] in _CONNECT or (ctx.norms[k] == "ان" and k > sent_a and ctx.norms[k - 1] in ("غير", "الا"))
    ):
        k -= 1
    if k < sent_a:
        return sent_a
    if not ctx.words[k] and ctx.raw[k] in "،,؛;":
        return k
    if c.kind == "part":
        return p
    if c.kind in ("verb", "noreply", "decline") and not c.sv and ctx.norms[c.cue_a][:1] == "و" and c.verb is not None \
            and c.verb.tense == "perf":
        return p
    if c.kind == "noreply" and ctx.norms[c.cue_a] == "ولم":
        return p
    return -1


def soft_breaks(ctx: Context, a: int, b: int) -> list[int]:
    """", فيما ..." / ", بينما ...": the narrator moves on; a claim ends at the comma."""
    out = []
    for k in range(a + 1, b - 1):
        if not ctx.words[k] and ctx.raw[k] in "،," and ctx.words[k + 1] and ctx.norms[k + 1] in _SOFT:
            out.append(k)
        elif not ctx.words[k] and ctx.raw[k] in "،," and ctx.words[k + 1] and ctx.norms[k + 1] in (
            "لكنه", "لكنها", "لكنهم"
        ) and k + 2 < b and ctx.norms[k + 2] in ("لم", "لا", "لن"):
            out.append(k)
        elif not ctx.words[k] and ctx.raw[k] in "،," and ctx.norms[k + 1] == "علي" and k + 2 < b \
                and ctx.norms[k + 2] == "حد":
            out.append(k)  # "، على حد تعبيره": the same speaker, said again
        elif not ctx.words[k] and ctx.raw[k] in "،," and ctx.norms[k + 1] in ("كما", "وكما") and k + 2 < b \
                and ctx.norms[k + 2] in ("قال", "قالت", "اضاف", "اضافت", "اوضح", "اوضحت"):
            out.append(k)
    return out


def claim_tokens(ctx: Context, c: Cand, bps: list[tuple[int, Cand]], soft: list[int], a: int, b: int) -> tuple[int, int]:
    """The claim of ``c`` as a token range."""
    if c.mode == "whole":
        return a, b
    if c.mode == "before":
        end = c.bp if c.bp >= a else c.phrase_start
        return a, end
    start = c.claim_tok
    end = b
    for bp, other in bps:
        if other is not c and start < bp < end:
            end = bp
    for s in soft:
        if start < s < end:
            end = s
    # A claim that opens with a quotation keeps the whole quotation.
    close = ctx.quote_open_tok.get(start)
    if close is not None and close + 1 > end:
        end = min(b, close + 1)
    return start, end


def trim(ctx: Context, a: int, b: int) -> tuple[int, int, bool]:
    """Strip spaces and edge punctuation; a claim that is one quotation becomes its inside."""
    text = ctx.text
    a, b = _strip(text, a, b)
    direct = False
    if a < b:
        q = _quote_at(ctx, a)
        if q is not None and q.close == b - 1:
            direct = True
            a, b = _strip(text, q.open + 1, q.close)
    return a, b, direct


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _LEAD_STRIP:
        a += 1
    while b > a and text[b - 1] in _TRAIL_STRIP:
        b -= 1
    return a, b


def _quote_at(ctx: Context, pos: int):
    from bisect import bisect_left

    k = bisect_left(ctx._quote_opens, pos)
    if k < len(ctx.quotes) and ctx.quotes[k].open == pos:
        return ctx.quotes[k]
    return None
