"""An outlet that relayed the speaker, named after his claim: "وقال الوزير إن …، حسبما نقلت
عنه وكالة رويترز"، "…، كما نقلت عنه «الحياة»". The pronoun (عنه) is the speaker, so the
outlet is the via of his record, and the words from the comma on are no part of his claim
(nor a record of their own)."""

from __future__ import annotations

from reader.core.text import fold

from .cand import Cand
from .context import Context
from .cues import VERB_FORMS
from .outlets import match_addressee
from .words import FILLERS, TIME_WORDS, complementizer, folded_set

_OPENERS = tuple(tuple(fold(w) for w in o.split()) for o in (
    "كما", "وكما", "حسبما", "وحسبما", "بحسب ما", "وبحسب ما", "حسب ما", "وفق ما", "ووفق ما", "وفقا لما",
    "ووفقا لما", "وفقاً لما", "طبقا لما", "على ما"))
_RELAYS = frozenset(fold(w) for w in ("نقل", "أورد"))
_FROM_HIM = folded_set("عنه عنها عنهم عنهما")
_OCCASION = folded_set("عقب بعد خلال أثناء لدى إثر")


def _relay_verb(norm: str):
    """نقلت، and نقلته (بحسب ما نقلته عنه: the ما again as the verb's pronoun)."""
    vf = VERB_FORMS.get(norm)
    if vf is None and norm.endswith("ه") and len(norm) > 4:
        vf = VERB_FORMS.get(norm[:-1])
    if vf is None and norm.endswith("ها") and len(norm) > 5:
        vf = VERB_FORMS.get(norm[:-2])
    return vf


def _opener_and_relay_verb(ctx: Context, k: int, b: int, openers):
    """At token ``k``: one of ``openers`` ("حسبما"، "وفقا لما") and a relay verb (نقلت، نقلته):
    (the token after the verb, its form), else None."""
    opener = next((o for o in openers if all(
        k + t < b and ctx.words[k + t] and ctx.norms[k + t] == w for t, w in enumerate(o))), None)
    if opener is None:
        return None
    k += len(opener)
    vf = _relay_verb(ctx.norms[k]) if k < b and ctx.words[k] else None
    if vf is None or vf.lemma not in _RELAYS:
        return None
    return k + 1, vf


def _past_outlet(ctx: Context, m, b: int, *, words_inside: bool) -> int:
    """The token after the outlet ``m``, its closing mark and its short name in brackets
    ("وكالة الأنباء الكويتية (كونا)"); ``words_inside``: only a short name of words."""
    e = m.end + (1 if m.end < b and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
    if e + 2 < b and ctx.raw[e] == "(":
        close = next((t for t in range(e + 1, min(b, e + 5)) if ctx.raw[t] == ")"), -1)
        if close > e + 1 and (not words_inside or all(ctx.words[t] for t in range(e + 1, close))):
            e = close + 1
    return e


def _relay_after(ctx: Context, p: int, b: int):
    """At the comma ``p``: opener, relay verb, عنه, an outlet, then the end of the sentence or a
    comma: (the outlet's match, where the relay ends), else None."""
    found = _opener_and_relay_verb(ctx, p + 1, b, _OPENERS)
    if found is None or found[1].tense != "perf":
        return None
    k = found[0]
    if not (k < b and ctx.words[k] and ctx.norms[k] in _FROM_HIM):
        return None
    m = match_addressee(ctx, k + 1, b)
    if m is None:
        return None
    e = _past_outlet(ctx, m, b, words_inside=True)
    while e < b and ctx.words[e] and (ctx.norms[e] in TIME_WORDS or ctx.norms[e] in FILLERS):
        e += 1
    if e < b and ctx.words[e] and ctx.norms[e] in _OCCASION and b - e <= 8 and all(
            ctx.words[t] and not complementizer(ctx.norms[t]) and ctx.norms[t] not in VERB_FORMS
            for t in range(e, b) if ctx.words[t] or ctx.raw[t] not in ".؟!?"):
        return m, b  # "…، بحسب ما نقلت عنه «كونا» عقب اجتماع المجلس": when he said it
    if e < b and not ctx.words[e] and ctx.raw[e] in "،,":
        return m, e  # "…، حسبما نقلت عنه رويترز، مضيفا أن …": he goes on
    if any(ctx.words[t] for t in range(e, b)):
        return None
    return m, b


def relayed_after(ctx: Context, cands: list[Cand], b: int) -> list[Cand]:
    """Give the record before "، حسبما نقلت عنه X" its via X and end its claim at the comma."""
    for c in cands:
        if c.mode != "after" or c.claim_tok < 0:
            continue
        end = c.claim_end if c.claim_end > c.claim_tok else b
        p, found = next(((t, r) for t in range(c.claim_tok + 1, end - 3) if not ctx.words[t] and ctx.raw[t] in "،,"
                         for r in (_relay_after(ctx, t, b),) if r is not None), (-1, None))
        if found is None:
            continue
        m, e = found
        if c.via is None:
            c.via = m
        c.claim_end = p
        return [d for d in cands if d is c or not p < d.cue_a < e]
    return cands


def relay_end(ctx: Context, p: int, b: int) -> int:
    """Where the relay that begins at the comma ``p`` ends, or -1 (its words are no cue)."""
    if p < 0 or ctx.words[p] or ctx.raw[p] not in "،,":
        return -1
    r = _relay_after(ctx, p, b)
    return -1 if r is None else r[1]


_ACCORDING_OPENERS = tuple(tuple(fold(w) for w in o.split()) for o in (
    "وفقا لما", "ووفقا لما", "وفقاً لما", "بحسب ما", "وبحسب ما", "حسبما", "وحسبما", "كما", "وفق ما"))


def relay_insertion(ctx: Context, p: int, b: int):
    """At the comma ``p``: "، وفقا لما نقلته عنه وكالة X (بترا)،" between a cue and its claim:
    (the outlet's match, the token after the closing comma), else None."""
    found = _opener_and_relay_verb(ctx, p + 1, b, _ACCORDING_OPENERS)
    if found is None:
        return None
    k = found[0]
    if k < b and ctx.words[k] and ctx.norms[k] in _FROM_HIM:
        k += 1
    m = match_addressee(ctx, k, b)
    if m is None:
        return None
    e = _past_outlet(ctx, m, b, words_inside=False)
    if e < b and not ctx.words[e] and ctx.raw[e] in "،,":
        return m, e + 1
    return None
