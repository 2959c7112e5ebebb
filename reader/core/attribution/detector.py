"""detect_claims: the sentence loop that ties cues, sources, vias, claims and resolution.

For each sentence (never cut inside a quotation) the detector collects candidate cues,
finishes their claims (a later cue at a clause boundary ends the claim before it; a cue inside
another claim is dropped when it is inside a quotation, has the same or an implied subject, or
has its subject before it), gives follow-on participles the source of the cue before them,
and resolves every source in text order. A sentence that is only a quotation, right after a
sentence with a claim, is a continuation of that speaker (its cue is the opening mark).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from reader.core.model import Claim, Entity, NoiseSpan, Source, Span
from reader.core.text import fold

from .anonymity import members_named
from .claims import break_point, claim_tokens, soft_breaks, trim
from .context import Context, build_context, is_quote_mark
from .words import AMMA, INTERVIEW_WORDS, ORG_HEADS, ANON_HEADS, MEDIA_TYPES, FIRST_NAMES, SIDE_WORDS, NP_STOPS, ROLE_HEADS, SPEECH_EVENTS, TITLES, adverbial_end, bare, complementizer, folded_set, in_lexicon, \
    is_definite, is_nisba, is_verb_like
from .cues import DECLINE, PARTICIPLES, PREPOSITIONS, SAYING, SAYING_NOUNS, VERB_FORMS
from .between import past_outlet_adjective
from .other_cues import (
    BY_HIM, SAYING_BY, THESE_WORDS, parse_decline, parse_headline, parse_noreply, parse_participle, parse_prep,
    parse_saying_by, parse_these_words, quote_continuation,
)
from .noun_cues import (
    AS_REPORTED, AS_SAID, CAME_IN, IN_VIEW, NOUN_CUES, parse_as_reported, parse_as_said, parse_came_in, parse_in_view, parse_noun,
)
from .datelines import find_publishers, staff_byline
from .outlets import match_outlet
from .suffixed_cues import parse_back_resumptive, parse_suffixed, suffixed_verb
from .cand import Cand
from .parse import _WITH_HIM, parse_verb
from .resolve import _GENERIC_ROLES, Resolver, Speaker
from .phrases import NP
from .sources import parse_np
from .roles import NAME_TITLES
from .subjects import pair_before
from .relays import relay_end, relayed_after
from .interviews import interview_answers
from .events import _FRONT_EVENT

_NOREPLY_HEADS = frozenset(("لم", "ولم", "فلم"))
#: Every word that may open a cue (a suffixed verb aside): one look-up per token.
_CUE_WORDS = frozenset().union(VERB_FORMS, PREPOSITIONS, BY_HIM, PARTICIPLES, DECLINE, _NOREPLY_HEADS, SAYING_BY, NOUN_CUES,
                               AS_SAID, AS_REPORTED, CAME_IN, THESE_WORDS, IN_VIEW)
#: Verbs that say the same speaker goes on: with the speaker named again (أضاف أبو باشا)
#: the statement is still made to the same outlet.
_GOES_ON = frozenset(fold(w) for w in ("أضاف", "تابع", "أردف", "استطرد"))


def detect_claims(
    text: str, entities: Sequence[Entity] | None = None, noise: Sequence[NoiseSpan] = ()
) -> list[Claim]:
    """The claims of ``text`` in text order (see ATTRIBUTION.md for what counts)."""
    if "''" not in text:
        return _detect_claims(text, entities, noise)
    # Two apostrophes written for a double quote (''…''، as pages converted from word processors
    # have them) are read as one straight double quote; the records keep the text as written.
    claims = _detect_claims(text.replace("''", '" '), entities, noise)
    return [_as_written(c, text) for c in claims]


def _as_written(c: Claim, text: str) -> Claim:
    def span(s: Span | None) -> Span | None:
        if s is None:
            return None
        end = s.end + 1 if text[s.end - 1:s.end + 1] == "''" else s.end  # (the pair's second mark)
        return replace(s, end=end, text=text[s.start:end])

    source = c.source
    if source is not None:
        source = replace(source, text=text[source.start:source.end] if source.text else "",
                         resolved=source.resolved.replace('" ', "''"))
    a, b = c.start, c.end
    if text.startswith("''", a) and text.count("''", a, b) % 2 == 1:
        a += 2  # a claim that begins at a mark whose partner is not in it
        while a < b and text[a].isspace():
            a += 1
    return replace(c, start=a, end=b, text=text[a:b], cue=span(c.cue), via=span(c.via), source=source)


def _detect_claims(text: str, entities: Sequence[Entity] | None, noise: Sequence[NoiseSpan]) -> list[Claim]:
    if not text.strip():
        return []
    ctx = build_context(text, entities, noise)
    resolver = Resolver(ctx, find_publishers(ctx))
    out: list[Claim] = []
    previous: list[tuple[Claim, Speaker]] = []
    held: list[tuple[Claim, Speaker]] = []  # (the speaker before one sentence of what he did)
    lead_via: tuple[int, Span] | None = None  # (paragraph, via) of "وبحسب «رويترز»، فقد ذكر ..."
    last_sent: tuple[int, int] | None = None
    for a, b in ctx.sents:
        if all(ctx.noisy[a:b]) or not any(ctx.words[a:b]):
            continue
        cands = _sentence_cands(ctx, a, b)
        finished = _finish(ctx, cands, a, b)
        records: list[tuple[Claim, Speaker]] = []
        speaking: list[tuple[Claim, Speaker]] = []  # (not a source cited inside another's claim)
        for c, (ca, cb, direct) in finished:
            rec = _record(ctx, resolver, c, ca, cb, direct, speaking or previous)
            if rec is None:
                continue
            para = ctx.para_of[c.cue_a]
            if c.lead_via and rec[0].via is not None:
                lead_via = (para, rec[0].via)
            elif rec[0].via is None and lead_via is not None and lead_via[0] == para and c.kind == "verb":
                # "وبحسب «رويترز»، فقد ذكر مسؤول أن ... وقال مسؤول ثان إن ...": the outlet
                # named at the head of the paragraph relays what follows in it
                rec = (replace(rec[0], via=lead_via[1]), rec[1])
            records.append(rec)
            if not (c.nested and (c.backref or c.kind == "prep")):
                speaking.append(rec)  # ("نافيا ما ذكره مسؤولون إسرائيليون عن …": they do not speak on;
                # nor "…، وفق بيانات X." inside his claim: "لكنه أشار" after it is still he)
        records = _own_words_again(records)
        if not records and not previous and held and last_sent is not None \
                and ctx.para_of[last_sent[0]] == ctx.para_of[a] == ctx.para_of[ctx.tok_at_char(held[-1][0].cue.start)] \
                and _his_own_action(ctx, *last_sent):
            previous = held  # "وقال الحارثي: «…». وأشار بيده إلى الجدار. «لا أحد زارنا»": he goes on
        if not records and previous:
            cont = quote_continuation(ctx, a, b)
            if cont is not None:
                rec = _continuation(ctx, cont, previous[-1])
                if rec is not None:
                    records.append(rec)
        elif not records and last_sent is not None and ctx.para_of[last_sent[0]] == ctx.para_of[a]:
            cont = quote_continuation(ctx, a, b)
            topic = _topic_person(ctx, *last_sent) if cont is not None else None
            if topic is not None:
                rec = _continuation(ctx, cont, (topic, Speaker(topic.source.resolved, "named_person", "", "", "",
                                                               tuple(fold(topic.source.resolved).split()),
                                                               is_person=True)))
                if rec is not None:
                    records.append(rec)  # "أما عبدالعزيز، صاحب مطعم …، فقد أغلق فرعه …. «لم تكن المشكلة …»"
        out.extend(r[0] for r in records)
        held = previous if not records else []
        cited = {r[0].cue.start for r in records} - {r[0].cue.start for r in speaking}
        previous = [r for r in records if r[0].cue.start not in cited] or records
        last_sent = (a, b)
    return _outlet_reports_him(ctx, _headline_acronym_below(ctx, _headline_body_named_below(ctx, _no_outlet_questions(ctx, _asked_not_to_be_named(ctx, interview_answers(ctx, _official_named_next(ctx, _headline_member_named(
        ctx, _lead_official_named_later(ctx, _lead_named_after(ctx, out))))))))))


def _outlet_reports_him(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"وأفادت وكالة أنباء الإمارات (وام) بأن معالي X، وزير الدولة، أكد خلال الاجتماع أن …": what a
    named person said, reported by an outlet, came through it: the outlet is its via (the outlet's
    own record stays, as s52's key has it; s143's would merge them)."""
    out = list(out)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if a.source is None or a.source.kind != "media" or a.via is not None or b.source is None or b.via is not None:
            continue
        if not b.source.text or b.source.kind not in ("named_person", "unnamed_official") \
                or not (a.start <= b.source.start < b.cue.start < a.end) or b.source.start - a.start > 12:
            continue
        if ctx.sent_of[ctx.tok_at_char(a.cue.start)] != ctx.sent_of[ctx.tok_at_char(b.cue.start)]:
            continue
        via = Span(a.source.start, a.source.end, a.source.text)
        out[n + 1] = replace(b, via=via)
        sent = ctx.sent_of[ctx.tok_at_char(b.cue.start)]
        for m in range(n + 2, len(out)):
            d = out[m]
            if ctx.sent_of[ctx.tok_at_char(d.cue.start)] != sent or d.source is None or d.source.text \
                    or d.source.resolved != b.source.resolved or d.via is not None:
                break
            out[m] = replace(d, via=via)  # (and his participle after it: "…، معتبرا أن")
    return out


def _headline_body_named_below(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"«الإحصاء»: التضخم يقفز" over "أعلن الجهاز المركزي للتعبئة العامة والإحصاء أن …"; "«الصيادلة» تحذر"
    over "حذرت نقابة الصيادلة": a headline's body by one word of its name, named whole by a record below."""
    out = list(out)
    for n, c in enumerate(out[:3]):
        s = c.source
        if s is None or s.kind != "named_organization" or not s.text or ctx.sent_of[ctx.tok_at_char(c.cue.start)] != 0 \
                or s.resolved != s.text:
            continue
        short = fold(s.text).replace("«", "").replace("»", "").replace('"', "").split()
        if not 1 <= len(short) <= 2 or not short[0].startswith("ال"):
            continue
        # ("«الغذاء والدواء» تحذر" over "حذرت الهيئة العامة للغذاء والدواء": two words, each bared)
        full = {name for name in _lead_bodies_after(ctx, out, n)
                if len(fold(name).split()) > len(short)
                and (fold(name).split()[-1] in (short[0], "و" + short[0]) if len(short) == 1 else
                     [bare(w) for w in fold(name).split()[-2:]] == [bare(w) for w in short])
                and in_lexicon(fold(name).split()[0], ORG_HEADS)}
        if len(full) == 1:
            out[n] = replace(c, source=replace(s, resolved=full.pop()))
    return out


def _lead_bodies_after(ctx: Context, out: list[Claim], n: int) -> list[str]:
    """The bodies named by the nine records after record ``n`` that are in the lead (its first
    five sentences, not a body named further down): whom a headline's short name may stand for."""
    return [later.source.resolved for later in out[n + 1:n + 10] if later.source is not None
            and ctx.sent_of[ctx.tok_at_char(later.cue.start)] <= 4
            and later.source.kind == "named_organization" and later.source.resolved]


def _headline_acronym_below(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"أونكتاد يحذر من …" over "حذر مؤتمر الأمم المتحدة للتجارة والتنمية (أونكتاد) من …": a headline's
    one-word subject that a record below gives as the acronym of a body in brackets is that body."""
    out = list(out)
    for n, c in enumerate(out[:3]):
        s = c.source
        if s is None or s.kind not in ("named_person", "named_organization") or not s.text or " " in s.text.strip() \
                or ctx.sent_of[ctx.tok_at_char(c.cue.start)] != 0 or s.resolved != s.text:
            continue
        key = fold(s.text)
        full = {name for name in _lead_bodies_after(ctx, out, n) if fold(name).replace(" ", "").endswith("(" + key + ")")}
        if len(full) == 1:
            out[n] = replace(c, source=replace(s, resolved=full.pop(), kind="named_organization"))
    return out


def _issuer_in_document(name: str, key: list[str]) -> str:
    """The body a document's name carries whose ل-phrase is ``key`` ("إحصاءات حديثة صادرة عن
    المؤسسة العامة للتأمينات الاجتماعية" → "المؤسسة العامة للتأمينات الاجتماعية"): its head, a
    definite body word (and its definite adjectives) before the phrase; nisba adjectives after it."""
    words = name.split()
    toks = [fold(w) for w in words]
    at = next((k for k in range(2, len(toks)) if toks[k:k + len(key)] == key), -1)
    if at < 0:
        return ""
    a = at
    while a > 0 and is_definite(toks[a - 1]) and not toks[a - 1].startswith("لل"):
        a -= 1
    if a == at or not in_lexicon(toks[a], ORG_HEADS):
        return ""
    e = at + len(key)
    while e < len(toks) and is_definite(toks[e]) and is_nisba(toks[e][2:]):
        e += 1
    return " ".join(words[a:e])


def _no_outlet_questions(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"الصباح الجديد: ما حجم الصادرات المستهدف؟": in an interview, the paper's (or agency's) own
    question under its name is no claim."""
    def question(c: Claim) -> bool:
        tail = ctx.text[c.end:c.end + 3]
        return c.cue.text == ":" and c.source is not None and c.source.kind == "media" and "؟" in tail
    return [c for c in out if not question(c)]


_SHE_BODIES = folded_set("الشركة المؤسسة الهيئة الوزارة الجمعية المجموعة")
_MINISTRY = fold("وزارة")
_BUT_SHE = folded_set("لكنها ولكنها انها أنها")
_ASKING = folded_set("طالبا طالبة طالبين مفضلا مفضلة مفضلين مشترطا مشترطة")
_ASKED_UNNAMED = folded_set("وطلب وطلبت وطلبوا وطلبا وفضل وفضلت وفضلوا واشترط واشترطت واشترطوا")


def _asked_not_to_be_named(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"قال مسؤولون تنفيذيون في ثلاث شركات لرويترز إن …. وطلب المسؤولون عدم نشر أسمائهم لأنهم غير
    مخولين بالحديث": a sentence of its own, with no record, in which the unnamed source of the
    record before asks not to be named makes it (and what goes on with it) anonymous."""
    from .anonymity import anonymity_clause

    starts = sorted(c.cue.start for c in out)
    out = list(out)
    for n, c in enumerate(out):
        s = c.source
        if s is None or s.kind != "unnamed_official" or not s.resolved or c.end >= len(ctx.text):
            continue
        t = ctx.tok_at_char(c.end)
        while 0 <= t < len(ctx.norms) and ctx.words[t] and ctx.starts[t] < c.end:
            t += 1
        if t < 0 or t + 2 >= len(ctx.norms) or not ctx.is_punct(t, "،,") or not ctx.words[t + 1] \
                or ctx.norms[t + 1] not in _ASKING or ctx.sent_of[t] != ctx.sent_of[ctx.tok_at_char(c.cue.start)]:
            continue
        b = ctx.sents[ctx.sent_of[t]][1]
        if anonymity_clause(ctx, t + 1, b):
            for m, d in enumerate(out):  # "قال مسؤول في إحدى الشركات إن …، طالبا عدم ذكر اسمه": he is unnamed
                if m >= n and d.source is not None and d.source.kind == "unnamed_official" and d.source.resolved == s.resolved:
                    out[m] = replace(d, source=replace(d.source, kind="anonymous"))
    for a, b in ctx.sents:
        if a >= b or not ctx.words[a] or ctx.norms[a] not in _ASKED_UNNAMED or b - a > 16:
            continue
        if a + 1 < b and ctx.words[a + 1] and not (is_definite(ctx.norms[a + 1]) or ctx.norms[a + 1] == "عدم"):
            continue  # ("وطلب الوزير …": a named one; only "the officials" or no subject written)
        if not anonymity_clause(ctx, a + 1, b) or any(ctx.starts[a] <= st < ctx.ends[b - 1] for st in starts):
            continue
        before = [n for n, c in enumerate(out) if c.cue.start < ctx.starts[a]]
        if not before:
            continue
        src = out[before[-1]].source
        if src is None or src.kind != "unnamed_official" or not src.resolved:
            continue
        for n, c in enumerate(out):
            s = c.source
            if s is not None and s.kind == "unnamed_official" and s.resolved == src.resolved \
                    and c.cue.start >= ctx.starts[ctx.sents[max(0, ctx.sent_of[a] - 3)][0]]:
                out[n] = replace(c, source=replace(s, kind="anonymous"))
    return out


#: One unnamed expert a lead cites before the next paragraph names him (Saudi papers' style:
#: "قدر مستثمر في صناعة المياه …". "وقال الدكتور راشد بن زومه إن …").
_LEAD_EXPERTS = frozenset(fold(w) for w in "مستثمر اقتصادي خبير محلل مختص متخصص أكاديمي مصرفي عقاري".split())
_GOES_ON_VERBS = frozenset(fold(w) for w in "وقال وأوضح وأضاف وأكد وبين وتابع ويقول ويضيف ويوضح ويؤكد".split())


_ANSWERED = fold("أجاب")
_ASKED = frozenset(fold(w) for w in "سأل سألت وسأل وسألت فسأل فسألت سألنا وسألنا سؤال".split())
#: "وعند سؤال أحد الدلالين …، قال": a question put to someone, in the clause before the cue.
_WHEN_ASKING = frozenset(fold(w) for w in "وعند عند وبسؤال بسؤال ولدى لدى".split())
_CALLED_NAMED = frozenset(fold(w) for w in "ويدعى يدعى ويدعي واسمه اسمه".split())


def _the_one_asked(ctx: Context, cue: int) -> NP | None:
    """"وعندما سألت «الجزيرة» أحد الدلالين في السوق، ويدعى سعود الشمري، عما إذا …، أجاب:":
    the one asked (by name when the sentence gives it) answers."""
    a = ctx.sents[ctx.sent_of[cue]][0]
    t = next((k for k in range(cue - 1, a - 1, -1) if ctx.words[k] and ctx.norms[k] in _ASKED), -1)
    if t < 0:
        return None
    j = t + 1
    if j < cue and j in ctx.quote_open_tok and ctx.quote_open_tok[j] < cue:
        j = ctx.quote_open_tok[j] + 1  # the paper that asked, in marks
    else:
        asker = parse_np(ctx, j, cue)
        if asker is not None and asker.kind == "media":
            j = asker.end
    if j >= cue or not ctx.words[j]:
        return None
    asked = parse_np(ctx, j, cue)
    if asked is None or asked.start != j:
        return None
    k = asked.end + (1 if asked.end < cue and ctx.is_punct(asked.end, "،,") else 0)
    if k < cue and ctx.words[k] and ctx.norms[k] in _CALLED_NAMED:
        e = next((u for u in range(k + 1, min(cue, k + 7)) if not ctx.words[u]), -1)
        if e > k + 1:
            from .mentions import person_np

            return person_np(ctx, k + 1, e)  # "، ويدعى سعود بن عبيد الشمري،"
    return asked if asked.kind in ("named_person", "anonymous", "unnamed_official", "named_organization") else None


#: Documents named with a masculine noun, the vehicle of a statement ("في تقرير أصدرته").
_MASCULINE_DOCUMENTS = folded_set("تقرير بيان")


def _document_vehicle(ctx: Context, c: Cand, records) -> NP | None:
    """A masculine verb with no subject right after a body of feminine gender spoke "في تقرير" or
    "في بيان" in the sentence before: the report goes on speaking ("وكانت شركة الأهلي كابيتال قد
    توقعت في تقرير أصدرته مطلع الشهر أن … . وأشار إلى أن …")."""
    if c.kind != "verb" or c.gender != "m" or c.number != "s" or not records:
        return None
    claim, speaker = records[-1]
    if speaker is None or speaker.gender != "f" or speaker.kind != "named_organization":
        return None
    a = ctx.tok_at_char(claim.cue.end)
    if ctx.sent_of[c.cue_a] != ctx.sent_of[min(a, len(ctx.sent_of) - 1)] + 1:
        return None
    b = ctx.tok_at_char(claim.start) if claim.start > claim.cue.end else a
    for t in range(a, min(b, a + 8)):
        if ctx.words[t] and ctx.norms[t] in ("في", "وفي") and t + 1 < b and ctx.norms[t + 1] in _MASCULINE_DOCUMENTS:
            return parse_np(ctx, t + 1, min(b, t + 3))
    return None


def _lead_named_after(ctx: Context, out: list[Claim]) -> list[Claim]:
    """The article's first claim is an unnamed expert's and the first claim of the next
    paragraph is a named person's, opening with وقال/وأوضح …: the lead's expert is that person."""
    if len(out) < 2 or out[0].source is None or out[0].source.kind != "anonymous":
        return out
    first, second = out[0], out[1]
    words = fold(first.source.text).split()
    if not words or words[0] not in _LEAD_EXPERTS or first.source.resolved != first.source.text:
        return out
    s = second.source
    if s is None or s.kind != "named_person" or not s.text or fold(second.cue.text) not in _GOES_ON_VERBS:
        return out
    a, b = ctx.tok_at_char(first.cue.start), ctx.tok_at_char(second.cue.start)
    if b >= len(ctx.sent_of) or ctx.para_of[b] == ctx.para_of[a] or ctx.sent_of[b] != ctx.sent_of[a] + 1:
        return out  # (the very next sentence, in the next paragraph)
    src = replace(first.source, kind="named_person", resolved=s.resolved or s.text)
    return [replace(first, source=src)] + out[1:]


def _post_word(n: str) -> str:
    """A word of a post, without the و of a second post ("ووزير المالية")."""
    return bare(n[1:]) if n[:1] == "و" and in_lexicon(n[1:], ROLE_HEADS) else bare(n)


def _goes_on_as_posts(ctx: Context, toks) -> bool:
    """After a headline's post, the rest of the post before the name: more of its genitive joined
    by و ("والتخطيط") up to a second post ("ووزير الأشغال العامة"), whatever that one's words."""
    for t in toks:
        n = ctx.norms[t]
        if n[:1] == "و" and in_lexicon(n[1:], ROLE_HEADS):
            return True
        if not n.startswith("وال"):
            return False
    return True


def _lead_official_named_later(ctx: Context, out: list[Claim]) -> list[Claim]:
    """The lead's official named later (below); also the second record of a headline of two
    clauses ("«البوكر العربية» تعلن قائمتها القصيرة.. ورئيس لجنة التحكيم: «…»")."""
    if len(out) >= 2 and (out[0].source is None or out[0].source.kind != "unnamed_official") \
            and out[1].source is not None and out[1].source.kind == "unnamed_official" \
            and ctx.sent_of[ctx.tok_at_char(out[1].cue.start)] == ctx.sent_of[ctx.tok_at_char(out[0].cue.start)] == 0:
        return out[:1] + _lead_official_named_later_one(ctx, list(out[1:]))
    return _lead_official_named_later_one(ctx, out)


def _lead_official_named_later_one(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"قال مدير أنشطة تخزين الطاقة في جنرال إلكتريك إن …" in the lead, and later "وأوضح جيف
    ويات المدير العام لتخزين الطاقة في «جنرال إلكتريك» …": the post given again with the name
    (the same head noun and two more of its words) names the lead's official."""
    if not out or out[0].source is None or out[0].source.kind != "unnamed_official" or not out[0].source.text:
        return out
    first = out[0]
    lead = [bare(w) for w in fold(first.source.text).replace("«", " ").replace("»", " ").replace('"', " ").split()]
    lead = [w for w in lead if len(w) > 1]  # (not the ل of "لـ«القطرية»" written apart)
    if lead in (["مسءول"], ["مسءوله"]) and first.cue.text == ":" and ctx.sent_of[ctx.tok_at_char(first.cue.start)] == 0:
        # "مسؤول: رفع أسعار الوقود لن يمس …" over a story that names one official: him
        named = [c for c in out[1:8] if c.source is not None and c.source.kind == "named_person" and c.source.text]
        if named and len({c.source.resolved for c in named}) == 1:
            s = named[0].source
            src = replace(first.source, kind="named_person", resolved=s.resolved or s.text)
            return [replace(first, source=src)] + out[1:]
        return out
    if len(lead) < 2 or ctx.sent_of[ctx.tok_at_char(first.cue.start)] > 4:  # (the lead: headline, byline, first sentence)
        return out
    for later in out[1:8]:
        s = later.source
        if s is None or s.kind != "named_person" or not s.text:
            continue
        kn = ctx.tok_at_char(s.start)
        sa = ctx.sents[ctx.sent_of[kn]][0]
        before = {_post_word(ctx.norms[t]) for t in range(max(sa, kn - 12), kn) if ctx.words[t]}
        right_before = [_post_word(ctx.norms[t]) for t in range(max(sa, kn - 4), kn) if ctx.words[t]
                        and ctx.norms[t] not in TITLES]
        near = [t for t in range(max(sa, kn - 9), kn) if ctx.words[t] and ctx.norms[t] not in TITLES]
        post = [_post_word(ctx.norms[t]) for t in near]
        widened = any(post[i:i + len(lead)] == lead and post[i + len(lead):]
                      and _goes_on_as_posts(ctx, near[i + len(lead):]) for i in range(len(post)))
        # ("وزير الاقتصاد: …" over "أكد وزير الاقتصاد والتخطيط المهندس سلمان القاضي": his full post)
        nations = len(lead) >= 3 and lead[0] in post and all(
            w in before or (w.endswith("ي") and w[:-1] in before) for w in lead)
        # ("محافظ «المركزي» الكويتي" over "أكد محافظ بنك الكويت المركزي الدكتور يوسف الهاجري")
        body_in_marks = len(lead) == 2 and "«" in first.source.text and set(lead) <= before
        # ("رئيس «الكويتية»: …" over "أكد رئيس مجلس إدارة شركة الخطوط الجوية الكويتية، الكابتن يوسف الرشيدي")
        if ctx.sent_of[kn] <= 4 and lead[0] not in _GENERIC_ROLES and (widened or nations or body_in_marks):
            src = replace(first.source, kind="named_person", resolved=s.resolved or s.text)
            return [replace(first, source=src)] + out[1:]
        if ctx.sent_of[kn] <= 4 and len(lead) == 2 and right_before[-2:] == lead and lead[0] not in _GENERIC_ROLES:
            # "وزير السياحة يتوقع …" over "توقع وزير السياحة، هشام عبدالرازق، أن": the post, then the name
            src = replace(first.source, kind="named_person", resolved=s.resolved or s.text)
            return [replace(first, source=src)] + out[1:]
        if _post_before(ctx, kn, lead) or (ctx.sent_of[kn] <= 4 and set(lead) <= before
                                           and lead[0] not in _GENERIC_ROLES and (
                len(lead) >= 3 or any(ctx.entity_at.get(t) is not None and ctx.entity_at[t].type == "ORG"
                                      for t in range(max(0, kn - 12), kn) if bare(ctx.norms[t]) in lead[1:]))):
            # "وزير المالية: …" in the headline, "قال وزير المالية محمد الجدعان" below it; "نائب الرئيس
            # العراقي ينفي …" over "نفى نائب رئيس الجمهورية العراقي الدكتور عدنان الجبوري"
            src = replace(first.source, kind="named_person", resolved=s.resolved or s.text)
            return [replace(first, source=src)] + out[1:]
        k = ctx.tok_at_char(s.end)
        after = [bare(ctx.norms[t]) for t in range(k, min(len(ctx.norms), k + 12)) if ctx.words[t]]
        if len(lead) == 2 and after[:2] == lead and ctx.sent_of[kn] <= 4 and lead[0] not in _GENERIC_ROLES \
                and k < len(ctx.norms) and ctx.is_punct(k, "،,"):
            # "وزير المالية: …" in the headline, "أعلن الدكتور شريف الجمال، وزير المالية، أن" below it
            src = replace(first.source, kind="named_person", resolved=s.resolved or s.text)
            return [replace(first, source=src)] + out[1:]
        if len(lead) < 3:
            continue
        if not after or after[0] != lead[0]:
            continue
        shared = {w for w in lead[1:] if len(w) > 3} & set(after[1:])
        if len(shared) >= 2:
            src = replace(first.source, kind="named_person", resolved=s.resolved or s.text)
            return [replace(first, source=src)] + out[1:]
    return out


def _headline_member_named(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"الشورى يطالب «الإسكان» … .. وعضو: 3 سنوات بلا مفاتيح" over "وانتقد عضو المجلس الدكتور سلطان
    البقمي …": a headline's one-word post (عضو، خبير، نائب) is the one man the story names with that
    post."""
    out = list(out)
    for n, c in enumerate(out[:3]):
        s = c.source
        if s is None or s.kind != "unnamed_official" or not s.text or c.cue.text != ":" \
                or ctx.sent_of[ctx.tok_at_char(c.cue.start)] != 0:
            continue
        words = [bare(w) for w in fold(s.text).split()]
        if not 1 <= len(words) <= 2 or words[0] in _GENERIC_ROLES:
            continue  # (and "عضو شورى:" over "عضو مجلس الشورى الدكتور X": the post and its body)
        found = set()
        for later in out[n + 1:n + 12]:
            t = later.source
            if t is None or t.kind != "named_person" or not t.text:
                continue
            kn = ctx.tok_at_char(t.start)
            near = {bare(ctx.norms[k]) for k in range(max(0, kn - 6), kn) if ctx.words[k]}
            if all(w in near for w in words):
                found.add(t.resolved or t.text)
        if len(found) == 1:
            out[n] = replace(c, source=replace(s, kind="named_person", resolved=found.pop()))
    for n, c in enumerate(out[:3]):
        s = c.source
        if s is None or s.kind != "named_organization" or not s.text or c.cue.text != ":" or s.resolved != s.text \
                or ctx.sent_of[ctx.tok_at_char(c.cue.start)] != 0:
            continue
        words = fold(s.text).replace("«", " ").replace("»", " ").replace('"', " ").split()
        if not 1 <= len(words) <= 3 or not words[0].startswith("ال") or len(words[0]) < 5:
            continue
        key = ["لل" + words[0][2:]] + words[1:]  # «الإحصاء» over "الهيئة العامة للإحصاء", «التأمينات» over "… للتأمينات الاجتماعية"
        names, issuers = set(), set()
        for later in out[n + 1:n + 15]:
            t = later.source
            if t is None or t.kind not in ("named_organization", "document") or not t.resolved:
                continue
            toks = fold(t.resolved).split()
            if t.kind == "named_organization":
                if any(toks[k:k + len(key)] == key for k in range(1, len(toks))):
                    names.add(t.resolved)
                continue
            issuer = _issuer_in_document(t.resolved, key)  # "إحصاءات صادرة عن المؤسسة العامة للتأمينات الاجتماعية"
            if issuer:
                issuers.add(issuer)
        names = names or issuers  # (a body that speaks below before one that only issued a document)
        if len(names) == 1:
            out[n] = replace(c, source=replace(s, resolved=names.pop()))
    for n, c in enumerate(out[:3]):
        s = c.source
        if s is None or s.kind != "named_person" or not s.text or c.cue.text != ":" or s.resolved != s.text \
                or len(s.text.split()) != 1 or ctx.sent_of[ctx.tok_at_char(c.cue.start)] != 0:
            continue
        key = bare(fold(s.text))  # "الحربي لـ«المدينة»: …" over "سلطان بن عيد الحربي": the one man of that name
        names = {t.source.resolved for t in out[n + 1:n + 12] if t.source is not None and t.source.kind == "named_person"
                 and len(t.source.resolved.split()) > 1 and bare(fold(t.source.resolved).split()[-1]) == key}
        if len(names) == 1:
            out[n] = replace(c, source=replace(s, resolved=names.pop()))
    return out


def _official_named_next(ctx: Context, out: list[Claim]) -> list[Claim]:
    """"وقد أقر قائد وحدة مكافحة الإرهاب بالشرطة البريطانية بأن …. وقال بيتر كلارك … إن": a
    post cited without a name, and in the very next sentence a person named for the first
    time with no post of his own: the journalist names the official."""
    out = list(out)
    for n in range(len(out) - 1):
        a, b = out[n].source, out[n + 1].source
        if a is None or b is None or a.kind != "unnamed_official" or not a.text or a.resolved != a.text \
                or b.kind != "named_person" or not b.text or len(fold(a.text).split()) < 3:
            continue
        ka, kb = ctx.tok_at_char(out[n].cue.start), ctx.tok_at_char(b.start)
        if ctx.sent_of[kb] != ctx.sent_of[ka] + 1 or bare(fold(a.text).split()[0]) in _GENERIC_ROLES:
            continue  # (not "مسؤول تنفيذي في أحد البنوك": any official)
        ke = ctx.tok_at_char(out[n + 1].cue.end)  # (the first token after the cue)
        if any(not ctx.words[t] or ctx.norms[t] not in TITLES for t in range(ke, kb)):
            continue  # "رأت المحامية المتخصصة في القضايا المصرفية دلال الملا": a post of her own
        last = fold(b.resolved or b.text).split()[-1]
        if any(ctx.norms[t] == last for t in range(0, kb)):
            continue  # named before: someone already known
        e = next((t + 1 for t in range(kb, min(len(ctx.norms), kb + 8)) if ctx.ends[t] >= b.end), kb + 1)
        if any(ctx.words[t] and in_lexicon(ctx.norms[t], ROLE_HEADS) for t in range(max(0, kb - 4), kb)) or (
                e < len(ctx.norms) and (in_lexicon(ctx.norms[e], ROLE_HEADS) or ctx.is_punct(e, "،,"))):
            continue  # a post of his own, or a description between commas: someone else
        for m in range(n, -1, -1):  # the official's implied records before go with him
            s = out[m].source
            if s is None or s.resolved != a.resolved or s.kind != "unnamed_official":
                break
            out[m] = replace(out[m], source=replace(s, kind="named_person", resolved=b.resolved or b.text))
    return out


def _post_before(ctx: Context, k: int, post: list[str]) -> bool:
    """The whole post (its words bare) is written right before the name at token ``k``, titles
    (الدكتور، المهندس، الأمير) between them allowed."""
    while k > 0 and ctx.words[k - 1] and (ctx.norms[k - 1] in NAME_TITLES or ctx.norms[k - 1] in TITLES):
        k -= 1
    if k > 2 and ctx.is_punct(k - 1, "،,") and ctx.words[k - 2] and ctx.norms[k - 2][:1] == "ل" \
            and len(ctx.norms[k - 2]) > 3:
        k -= 2  # "المدير العام للصندوق، المهندس يوسف …": the body the post is of, between the post and the name
    a = k - len(post)
    return a >= 0 and all(ctx.words[t] for t in range(a, k)) and [bare(ctx.norms[t]) for t in range(a, k)] == post


_OWN_AGAIN = ("على حد", "وعلى حد", "حسب قول", "بحسب قول", "وحسب قول")


def _own_words_again(records: list[tuple[Claim, Speaker]]) -> list[tuple[Claim, Speaker]]:
    """"وقال X إن المشروع "يثقل كاهل الطبقة"، على حد تعبيره": the speaker's words marked
    again claim what the record they close claims, not the whole sentence before them."""
    out = list(records)
    for n, (claim, sp) in enumerate(out):
        if not claim.cue.text.startswith(_OWN_AGAIN):
            continue
        inner = [c for c, _ in out[:n] if claim.start <= c.cue.start and c.end <= claim.cue.start]
        if inner:
            last = inner[-1]
            out[n] = (replace(claim, start=last.start, end=last.end, text=last.text,
                              direct_quote=last.direct_quote), sp)
    return out


def _topic_then_quote(ctx: Context, a: int, b: int) -> Cand | None:
    """"وعن رؤيته للعام المقبل: «…»": what he was asked about, a colon and his words in marks,
    with no verb: the speaker of the interview goes on (the colon is the cue)."""
    if not ctx.words[a] or ctx.norms[a] not in _ABOUT_TOPIC or a > 0 and ctx.para_of[a - 1] == ctx.para_of[a] \
            and not ctx.is_punct(a - 1, ".!؟?"):
        return None
    colon = next((t for t in range(a + 2, min(b, a + 12)) if not ctx.words[t]), -1)
    if colon < 0 or ctx.raw[colon] != ":" or colon + 1 not in ctx.quote_open_tok \
            or any(ctx.norms[t] in VERB_FORMS for t in range(a + 1, colon)):
        return None
    c = Cand(colon, colon + 1, "colon", a, colon + 1)
    c.implied = True
    c.claim_tok = c.phrase_end = colon + 1
    return c


_ABOUT_TOPIC = folded_set("وعن عن")


def _ministry_word(ctx: Context, k: int) -> bool:
    """"والصحة" at ``k``: a ministry's short name, when the text names "وزارة الصحة"."""
    n = ctx.norms[k]
    n = n[1:] if n[:1] in "وف" and n[1:].startswith("ال") else n
    if not n.startswith("ال") or in_lexicon(n, ORG_HEADS):
        return False
    return any(ctx.words[t] and bare(ctx.norms[t]) == bare(_MINISTRY) and t + 1 < len(ctx.norms)
               and ctx.norms[t + 1] == n for t in range(len(ctx.norms) - 1))


def _named_headline(ctx: Context, a: int, b: int) -> Cand | None:
    """A headline's "NAME: claim" that does not open the paragraph: only a named person or body."""
    h = parse_headline(ctx, a, b)
    if h is None or h.np is None or h.np.kind not in ("named_person", "named_organization") or not (
            h.np.named or h.np.kind == "named_organization" and a in ctx.entity_at
            and ctx.entity_at[a].type == "ORG"):  # (".. ومورجان ستانلي:": a body the tagger found)
        return None
    ent = ctx.entity_at.get(a)
    if ent is not None and ent.start > h.np.src_start:
        h.np = replace(h.np, src_start=ent.start)  # ".. والهاجري:": the name without و
    return h


def _sentence_cands(ctx: Context, a: int, b: int) -> list[Cand]:
    cands: list[Cand] = []
    if a == 0 or ctx.para_of[a - 1] != ctx.para_of[a]:
        h = parse_headline(ctx, a, b)
        if h is not None:
            cands.append(h)
    elif not ctx.words[a - 1] and ctx.raw[a - 1] == "." and a in ctx.entity_at:
        # "… بطريقة خاطئة. العطية: مرحلة هامة للبنك": a subheading run into the paragraph, a
        # name the tagger found and a colon
        h = _named_headline(ctx, a, b)
        if h is not None:
            cands.append(h)
    elif not ctx.words[a - 1] and ctx.raw[a - 1] in "؟?!" and ctx.para_of[a] == ctx.para_of[0] \
            and not any(ctx.raw[t] == "." for t in range(a, b)):
        h = parse_headline(ctx, a, b)  # "هل تلجأ الحكومة إلى الصندوق؟ وزير المالية: …": a headline's answer
        if h is not None and h.np is not None and h.np.kind in ("anonymous", "unnamed_official", "named_person",
                                                                "named_organization", "document"):
            cands.append(h)
    if a == 0 or ctx.para_of[a - 1] != ctx.para_of[a]:
        for k in range(a + 3, min(b, a + 30)):
            colon = next((t for t in range(k + 1, min(b, k + 4)) if not ctx.words[t]), -1)
            if ctx.raw[k - 1] in (".", "…") and ctx.raw[k - 2] in (".", "…") and ctx.norms[k][:1] == "و" \
                    and colon > k and ctx.raw[colon] == ":" and (colon == k + 1 or k not in ctx.entity_at
                                                                  or ctx.entity_end_tok.get(k) == colon):
                # (".. ومنشآت صغيرة: …": two words before the colon)
                if k in ctx.entity_at:
                    h = _named_headline(ctx, k, b)  # "نواب يرفضون «ترشيد الدعوم».. والهاجري: لا مساس"
                else:
                    h = parse_headline(ctx, k, b)  # "«أرامكو» تنفي … .. ومحلل: الطرح قد يتأخر"
                    if h is not None and h.np is not None and h.np.kind not in ("anonymous", "unnamed_official", "document") \
                            and not (h.np.kind == "named_organization" and h.np.definite and h.np.end - h.np.start == 1) \
                            and not (h.np.kind == "named_organization" and h.np.end - h.np.start == 1
                                     and _ministry_word(ctx, h.np.start)):
                        h = None  # (".. والشركة: …": the company of the headline, named before it)
                        # (and ".. والصحة: لا نقص": a ministry by its short name, named so in the text)
                    if h is not None and h.np is not None and h.np.src_start == ctx.starts[k]:
                        h.np = replace(h.np, src_start=ctx.starts[k] + 1)  # (the و is no part of it)
                if h is not None and not any(c.cue_a == h.cue_a for c in cands):
                    cands.append(h)  # (not twice: the paragraph's own headline may have read this part)
            elif ctx.raw[k - 1] in (".", "…") and ctx.raw[k - 2] in (".", "…") and ctx.norms[k] == "و" \
                    and k + 1 in ctx.quote_open_tok and ctx.quote_open_tok[k + 1] + 1 < b \
                    and ctx.raw[ctx.quote_open_tok[k + 1] + 1] == ":":
                h = parse_headline(ctx, k + 1, b)  # ".. و«التجارة»: جولات يومية": a second headline source, in marks
                if h is not None:
                    h.phrase_start = k
                    cands.append(h)
            elif ctx.raw[k - 1] in (".", "…") and ctx.raw[k - 2] in (".", "…") and ctx.words[k] \
                    and ctx.norms[k][:1] != "و" and colon > k and ctx.raw[colon] == ":" and not cands \
                    and not any(ctx.raw[t] == ":" for t in range(a, k)):
                h = parse_headline(ctx, k, b)  # "بعد زيادة البنزين.. سائقو الميكروباص: «…»": a lead-in, then the source
                if h is not None and h.np is not None and h.np.kind in ("anonymous", "unnamed_official", "named_person",
                                                                        "named_organization"):
                    cands.append(h)
    topic = _topic_then_quote(ctx, a, b)
    if topic is not None:
        cands.append(topic)
    norms, words, noisy = ctx.norms, ctx.words, ctx.noisy
    i = a
    while i < b:
        n = norms[i]
        if not words[i] or noisy[i] or not (n in _CUE_WORDS or (n[-1:] in "هام" and suffixed_verb(n) is not None)):
            i += 1
            continue
        if ctx.in_quote(i) is not None and not _narrator_inside_quote(ctx, i, b):
            i += 1
            continue
        if cands and i > a and relay_end(ctx, i - 1, b) > i:
            i = relay_end(ctx, i - 1, b)  # "…، بحسب ما نقلته عنه وكالة …، في حين رفض X": the relay is the record's
            continue
        c = None
        if n in PREPOSITIONS or n in BY_HIM:
            c = parse_prep(ctx, i, a, b)
        elif n in _NOREPLY_HEADS:
            c = parse_noreply(ctx, i, a, b)
        if c is None and n in DECLINE:
            c = parse_decline(ctx, i, a, b)
        if c is None and n in VERB_FORMS and i > a and ctx.norms[i - 1] in ("ما", "وما"):
            c = parse_back_resumptive(ctx, i, a, b)  # "وهو ما أشار إليه X"
        if c is None and n in VERB_FORMS:
            coordinated = bool(cands) and n[:1] == "و" and ctx.is_punct(i - 1, "،,")
            c = parse_verb(ctx, i, a, b, coordinated)
        if c is None and n in SAYING_BY:
            c = parse_saying_by(ctx, i, a, b)
        if c is None and n in THESE_WORDS:
            c = parse_these_words(ctx, i, a, b)  # "«…»، بهذه العبارة بدأ المواطن X حديثه"
        if c is None and n in NOUN_CUES:
            c = parse_noun(ctx, i, a, b)
        if c is None and n in AS_SAID:
            c = parse_as_said(ctx, i, a, b)
        if c is None and n in IN_VIEW:
            c = parse_in_view(ctx, i, a, b)  # "وفي رأي متعاملين، فإن …"، "ومن وجهة نظر X، فإن …"
        if c is None and n in AS_REPORTED:
            c = parse_as_reported(ctx, i, a, b)
        if c is None and n in CAME_IN:
            c = parse_came_in(ctx, i, a, b)
        if c is None and n not in VERB_FORMS and n[-1:] in "هام":
            c = parse_suffixed(ctx, i, a, b)
        if c is None and n in PARTICIPLES:
            after_cue = bool(cands) and i < cands[-1].phrase_end
            has_cue = bool(cands) and i - cands[-1].cue_b <= 20 and all(
                ctx.words[t] and ctx.norms[t] not in _NEW_CLAUSE for t in range(cands[-1].cue_b, i))
            c = parse_participle(ctx, i, a, b, after_cue, has_cue=has_cue)
        if c is None:
            i += 1
            continue
        if c.kind == "prep" and c.np is not None and c.np.kind == "document" and c.via is None:
            c.via = _seen_by(ctx, c.np.end, b)  # "بحسب وثيقة … اطلعت عليها «رويترز»": the agency that saw it
        cands.append(c)
        nxt = max(c.cue_b, c.phrase_end)
        if c.claim_tok > 0 and c.mode == "after" and c.claim_tok <= nxt + 8:
            nxt = max(nxt, c.claim_tok)  # "وزاد في هذا الجانب بقوله: ...": all before the claim is the cue's
        if c.np is not None and not c.sv:
            nxt = max(nxt, c.np.end)
        if c.inserted > i:
            nxt = c.inserted  # (the cue between the subject and the claim is read too)
        said = next((t for t in range(i + 2, nxt) if words[t] and norms[t] in SAYING and ctx.is_punct(t - 1, "،,")), -1)
        if said > 0:
            nxt = said  # "…، قائلا: «…»": the participle after a comma is a record of its own, read next
        i = max(i + 1, nxt)
    for c in cands:
        if c.inserted >= 0:
            d = next((d for d in cands if d.cue_a == c.inserted and d.kind == "prep"), None)
            if d is not None and c.mode == "after" and c.claim_tok > d.cue_a:
                d.mode, d.claim_tok, d.claim_end = "after", c.claim_tok, c.claim_end  # the same words
    return _verb_resumed(ctx, relayed_after(ctx, cands, b), a)


def _verb_resumed(ctx: Context, cands: list[Cand], a: int) -> list[Cand]:
    """"وشدد الأمير X عقب توقيع … (a long clause)، شدد على ضرورة …": the verb said again after
    the long clause is the first one's; the record is the first verb's, with its subject."""
    for c in cands:
        if c.kind != "verb" or c.verb is None or c.verb.prefix or not (c.implied or c.np is None) \
                or c.cue_a - a < 8 or not ctx.is_punct(c.cue_a - 1, "،,"):
            continue
        first = next((t for t in (a, a + 1) if t < c.cue_a and ctx.words[t]
                      and (vf := VERB_FORMS.get(ctx.norms[t])) is not None and vf.lemma == c.verb.lemma and vf.prefix),
                     -1)
        if first < 0 or c.cue_b - c.cue_a != 1 or any(
                complementizer(ctx.norms[t]) or is_quote_mark(ctx, t) for t in range(first + 1, c.cue_a)):
            continue  # (the first verb said something of its own: "وأكد X أن …، كما أكد أن …")
        np = parse_np(ctx, first + 1, c.cue_a)
        if np is None or np.start != first + 1 or np.kind not in ("named_person", "named_organization",
                                                                  "unnamed_official", "anonymous", "media"):
            continue
        c.cue_a, c.cue_b, c.phrase_start, c.np, c.implied, c.sv = first, first + 1, first, np, False, False
        return [k for k in cands if k is c or k.cue_a != first]
    return cands


_SAW_IT = folded_set("اطلعت اطلع حصلت حصل")


def _seen_by(ctx: Context, k: int, b: int):
    """"وثيقة … (التي) اطلعت عليها «رويترز»": the outlet that saw the document cited, a wire or a
    broadcaster (a paper seeing it is the publisher's own way of saying so), or None."""
    from .vias import _ARAB_PAPERS

    if k < b and ctx.words[k] and ctx.norms[k] in ("التي", "الذي"):
        k += 1
    if not (k + 2 < b and ctx.words[k] and ctx.norms[k] in _SAW_IT and ctx.words[k + 1]
            and ctx.norms[k + 1] in ("عليها", "عليه")):
        return None
    at = k + 3 if not ctx.words[k + 2] and k + 2 in ctx.quote_open_tok else k + 2
    m = match_outlet(ctx, at, min(b, ctx.quote_open_tok.get(k + 2, b)))
    if m is None or m.anaphor or fold(ctx.text[m.start_char:m.end_char]).replace("«", "").replace("»", "").strip() in _ARAB_PAPERS:
        return None
    return m


def _narrator_inside_quote(ctx: Context, i: int, b: int) -> bool:
    """"ويقول X "إن …، مشيراً إلى إمكانية …"": a singular participle cue after a comma, then
    إلى/أن, inside marks is the narrator's voice (the marks were put around too much); the
    speaker's own words would not speak of him in the third person."""
    pf = PARTICIPLES.get(ctx.norms[i])
    if pf is None or pf.number != "s" or pf.bare or not ctx.is_punct(i - 1, "،,") or i + 1 >= b:
        return False
    nxt = ctx.norms[i + 1]
    return nxt in ("الي", "ان", "بان") or complementizer(nxt)


def _finish(ctx: Context, cands: list[Cand], a: int, b: int) -> list[tuple[Cand, tuple[int, int, bool]]]:
    if not cands:
        return []
    cands.sort(key=lambda c: c.cue_a)
    cands = _lead_outlet_as_via(ctx, cands)
    cands = _trailing_relay_as_via(ctx, cands)
    _trailing_interview_as_via(ctx, cands, b)
    cands = _returning_to(ctx, cands)
    for c in cands:
        c.bp = break_point(ctx, c, a)
    tops = [(c.bp, c) for c in cands if c.bp > a]
    soft = soft_breaks(ctx, a, b)
    spans = {id(c): claim_tokens(ctx, c, tops, soft, a, b) for c in cands}
    for c in cands:
        fa = spans[id(c)][0]
        if c.mode == "before" and fa > a and ctx.norms[fa][:1] == "ف" and ctx.is_punct(fa - 1, "،,"):
            for d in cands:  # "قال X إن A، ففي B وفقا لـ Y": X's claim is A
                sa, sb = spans[id(d)]
                if d is not c and d.mode == "after" and sa < fa - 1 < sb:
                    spans[id(d)] = (sa, fa - 1)
    for c in cands:
        if c.kind == "colon":
            sa, sb = spans[id(c)]
            cut = next((t for t in range(sa + 1, sb - 1) if not ctx.words[t] and ctx.raw[t] in ".…"
                        and any(d is not c and d.cue_a > t and min(d.phrase_start, d.cue_a) > t for d in cands)), -1)
            if cut > sa:
                spans[id(c)] = (sa, cut)  # "مصدر حكومي: الإيرادات تتعافى.. و«الهيئة» تعلن حوافز": the second part is another's
    kept: list[Cand] = []
    for c in cands:
        if c.bp < 0:
            # Inside another claim: a reported speech within reported speech is left to the
            # outer record (its source is the same, implied, or only part of what was said).
            host = next((h for h in kept if spans[id(h)][0] <= c.cue_a < spans[id(h)][1]), None)
            if host is not None and c.kind == "prep" and c.mode == "before" and host.mode == "after":
                ha, hb = spans[id(host)]
                if ha < c.phrase_start < hb and c.phrase_end >= hb - 1:
                    # "… البالغة 4.72 في المائة حسبما يفيد موقعها على الإنترنت": the host's words end there
                    spans[id(host)] = (ha, c.phrase_start)
            if host is not None and _he_goes_on(ctx, c):
                ha, hb = spans[id(host)]
                if ha < c.cue_a - 2 < hb:
                    spans[id(host)] = (ha, c.cue_a - 2)  # "…، وهي ترى أن …": the host's words end at the comma
                if host.np is not None and host.np.kind == "named_person" and not host.implied:
                    c.np, c.implied, c.sv = host.np, False, True  # (the host's speaker: "ففي رأي X …، وهي ترى")
                    c.phrase_start = c.cue_a
            elif host is not None and not _second_source(ctx, c, host) and not (c.kind == host.kind == "noun") \
                    and not _own_words(ctx, c):
                continue  # (two forecasts in one sentence: "خفض توقعاته لـ… لكنه حافظ على توقعاته لـ…")
            c.nested = host is not None
            if host is not None and c.mode in ("before", "whole"):
                sa, sb = spans[id(c)]  # "توقع X أن A حسب النتائج": the source bears on A, not on "توقع X"
                ha = max(sa, spans[id(host)][0])
                if c.phrase_start > ha:
                    spans[id(c)] = (ha, min(sb, c.phrase_start))
        elif c.kind == "prep" and any(spans[id(h)][0] <= c.cue_a < spans[id(h)][1] for h in kept):
            c.nested = True  # "مضيفا أنه، وفقا لتقديرات X، …": a source cited in his words, not who speaks on
        elif c.kind == "prep" and c.mode == "before":
            sa, sb = spans[id(c)]
            last = next((h for h in reversed(kept) if sa < spans[id(h)][0] < c.cue_a
                         and c.cue_a - 2 <= spans[id(h)][1] <= c.cue_a and h.mode == "after"
                         and (h.kind == "part" or h.kind == "verb" and _speaker_said_that(ctx, h, spans[id(h)][0]))), None)
            if last is not None:
                spans[id(c)] = (spans[id(last)][0], sb)  # "…، مؤكدا أن A، بحسب تقديرات الصندوق": the source bears on A
                # (also "وقال الوزير إن A، بحسب بيانات الوزارة": A, not the whole sentence)
                c.nested = True  # (cited in his words: "لكنه أشار" in the next sentence is still he)
        if c.kind == "part":
            if not _give_source(ctx, c, kept, a, b):
                continue
        kept.append(c)
    out = []
    for c in kept:
        ta, tb = spans[id(c)]
        if tb <= ta:
            continue
        ca = c.claim_char if (c.claim_char >= 0 and c.mode == "after") else ctx.starts[ta]
        if (c.mode == "before" or c.kind == "prep" and c.mode == "after" and ca == ctx.starts[ta]) \
                and ctx.norms[ta][:1] == "ف" and len(ctx.norms[ta]) > 2 and (
                    ta > a and ctx.is_punct(ta - 1, "،,") or ctx.norms[ta][1:].startswith("ال")
                    or ctx.norms[ta][1:] in _FA_THEN) and not (ta > 0 and ctx.norms[ta - 1] == ctx.norms[ta]):
            ca += 1  # "، ففي عام …"، "وبحسب «رويترز»، فالسعودية …": the claim starts after the فـ that joins it on
        ca, cb, direct = trim(ctx, ca, ctx.ends[tb - 1])
        if cb > ca:
            out.append((c, (ca, cb, direct)))
    return out


def _speaker_said_that(ctx: Context, h: Cand, claim_a: int) -> bool:
    """A verb record whose source speaks (not a document) and whose claim follows أن/إن: "وقال الوزير إن A،
    بحسب بيانات الوزارة" (the data bear on A; but "وتشير التوقعات إلى أن A، طبقا لـ X": X's forecasts)."""
    return (h.np is not None and h.np.kind in ("named_person", "unnamed_official", "anonymous", "named_organization")
            or h.np is None and h.implied and h.verb is not None and h.verb.prefix == "و") \
        and claim_a > 0 and ctx.words[claim_a - 1] and complementizer(ctx.norms[claim_a - 1])
    # (and "وأشار إلى أن A، وفقا لبيانات الهيئة": he, named before, said A)


def _lead_outlet_as_via(ctx: Context, cands: list[Cand]) -> list[Cand]:
    """"وبحسب «رويترز»، فقد ذكر مسؤول أن ..."، "وبحسب تقرير لوكالة الصحافة الفرنسية، يرى محللون
    أن ...": an outlet cited at the head of a sentence whose clause is itself an attribution
    is the outlet that claim came through (its via), not a record of its own."""
    out: list[Cand] = []
    drop: set[int] = set()
    for k, c in enumerate(cands):
        if c.kind != "prep" or c.mode != "after" or c.np is None or c.claim_tok < 0 or c.verb is not None:
            continue
        nxt = next((d for d in cands[k + 1:] if d.kind == "verb"), None)
        if nxt is None or nxt.phrase_start > c.claim_tok + 1 or nxt.phrase_start < c.claim_tok:
            continue
        nxt.lead_via = True
        if c.np.kind == "media":
            nxt.via, nxt.via_np = nxt.via, nxt.via_np or (c.np if nxt.via is None else None)
        else:
            m = next((m for m in (match_outlet(ctx, t, c.np.end, preposition=True)
                                  for t in range(c.np.start + 1, c.np.end) if ctx.words[t])
                      if m is not None and not m.anaphor), None)
            if m is None:
                continue
            nxt.via = nxt.via or m  # "تقرير لوكالة الصحافة الفرنسية"
        drop.add(id(c))
    for c in cands:
        if id(c) not in drop:
            out.append(c)
    return out


_RELAYED = frozenset(fold(w) for w in ("نقل", "ذكر", "أورد"))  # (not نشر: what a paper published stays its own record)


def _trailing_relay_as_via(ctx: Context, cands: list[Cand]) -> list[Cand]:
    """"وأعلن X، نائب الوزير، أن …، وفقا لما نقلته وكالة «شانا»": an outlet that carried the
    speaker's words, cited after them, is his claim's via, not a record of its own."""
    out: list[Cand] = []
    for k, c in enumerate(cands):
        if c.kind == "prep" and c.mode == "before" and c.verb is not None and c.lemma in _RELAYED \
                and c.np is not None and not c.sv and (c.np.kind == "media" or in_lexicon(ctx.norms[c.np.start], MEDIA_TYPES)) \
                and k > 0 and ctx.is_punct(c.cue_a - 1, "،,"):
            prev = cands[k - 1]
            if prev.kind in ("verb", "part") and prev.via is None and prev.via_np is None and prev.np is not None \
                    and prev.np.kind != "media" and not prev.implied and prev.mode == "after" \
                    and not any(ctx.norms[t] in ("وهي", "وهو") and ctx.is_punct(t - 1, "،,")
                                for t in range(prev.cue_b, c.cue_a)):
                # (not after "، وهي القضية التي أثارت توترا": the narrator's remark, which the outlet reported)
                prev.via_np = c.np if c.np.kind == "media" else replace(c.np, kind="media")
                if prev.claim_end < 0 or prev.claim_end > c.cue_a - 1:
                    prev.claim_end = c.cue_a - 1  # (his words end at the comma)
                continue
        if c.kind == "prep" and c.mode == "before" and c.verb is None and ctx.norms[c.cue_a] in _QUOTING \
                and c.np is not None and c.np.kind in ("anonymous", "unnamed_official", "named_person", "document") \
                and k > 0 and ctx.is_punct(c.cue_a - 1, "،,"):
            prev = cands[k - 1]
            if prev.kind == "verb" and prev.np is not None and prev.np.kind == "media" and prev.via is None \
                    and prev.via_np is None and not prev.implied and prev.mode == "after" and not prev.sv \
                    and not any(ctx.norms[t] in ("وهي", "وهو") and ctx.is_punct(t - 1, "،,")
                                for t in range(prev.cue_b, c.cue_a)):
                # "ذكرت وكالة «بلومبيرغ» أن قطر تعتزم …، نقلا عن أشخاص مطلعين": the people speak,
                # through the agency (as when نقلا عن comes before أن)
                prev.via_np, prev.np, prev.anonymous = prev.np, c.np, c.anonymous or prev.anonymous
                if prev.claim_end < 0 or prev.claim_end > c.cue_a - 1:
                    prev.claim_end = c.cue_a - 1
                continue
        out.append(c)
    return out


_QUOTING = frozenset(fold(w) for w in ("نقلا", "نقلاً", "ونقلا"))
_BELONGING = folded_set("التابعة التابع المملوكة المملوك المقربة المقرب")


def _trailing_interview_as_via(ctx: Context, cands: list[Cand], b: int) -> None:
    """"اعتبر X أن …، في تصريح لقناة «المسيرة» التابعة للجماعة.": the interview named after the
    claim, at the end of the sentence: its outlet is the via and the claim ends before it."""
    for n, c in enumerate(cands):
        if c.kind not in ("verb", "part") or c.via is not None or c.via_np is not None or c.mode != "after":
            continue
        limit = cands[n + 1].cue_a if n + 1 < len(cands) else b
        for t in range(c.cue_b, limit - 3):
            if not (ctx.is_punct(t, "،,") and ctx.words[t + 1] and ctx.norms[t + 1] == "في" and ctx.words[t + 2]
                    and ctx.norms[t + 2] in INTERVIEW_WORDS and ctx.words[t + 3]):
                continue
            k = t + 3
            m = match_outlet(ctx, k + 1, b) if ctx.norms[k] in ("مع", "الي") else match_outlet(ctx, k, b, preposition=True)
            if m is None or m.anaphor:
                continue
            e = past_outlet_adjective(ctx, m, b)
            if e < b and ctx.words[e] and ctx.norms[e] in _BELONGING:
                e = next((u for u in range(e + 1, min(b, e + 4)) if not ctx.words[u]), b)
            if all(not ctx.words[u] and ctx.raw[u] in ".!»\"”" for u in range(e, b)) or limit < b and all(
                    not ctx.words[u] and ctx.raw[u] in "،,»\"”" for u in range(e, limit)):
                # (and "…، في تصريح لقناة «العربية»، مضيفا أن": before the speaker's next participle)
                c.via = m
                if c.claim_end < 0 or c.claim_end > t:
                    c.claim_end = t
            break


_RETURNING = frozenset(fold(w) for w in ("بالعودة", "وبالعودة"))


def _returning_to(ctx: Context, cands: list[Cand]) -> list[Cand]:
    """"وبالعودة إلى السنيدي، قال إن …": the person returned to is the subject of the verb
    after the comma; that verb is the record (without a verb, "وبالعودة إلى X فإن …" is one)."""
    out: list[Cand] = []
    for k, c in enumerate(cands):
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        if c.kind == "prep" and ctx.norms[c.cue_a] in _RETURNING and c.np is not None and nxt is not None \
                and nxt.kind == "verb" and nxt.implied and nxt.np is None \
                and all(not ctx.words[t] for t in range(c.np.end, nxt.cue_a)):
            nxt.np, nxt.implied, nxt.sv = c.np, False, True
            continue
        out.append(c)
    return out


_HE_SHE = folded_set("وهو وهي وهم")


def _he_goes_on(ctx: Context, c: Cand) -> bool:
    """"قال X إن A، وهو يرى أن B"، "ففي رأي X، فإن A، وهي ترى أن B": the speaker, by his pronoun
    after a comma, says something more, a record of its own (its subject implied)."""
    return c.kind == "verb" and c.implied and c.verb is not None and c.verb.prefix == "" and c.verb.tense == "imp" \
        and c.cue_a >= 2 and ctx.words[c.cue_a - 1] and ctx.norms[c.cue_a - 1] in _HE_SHE \
        and ctx.is_punct(c.cue_a - 2, "،,") and c.claim_tok > c.cue_b - 1 and c.claim_tok < len(ctx.norms) \
        and c.claim_tok - 1 >= 0 and complementizer(ctx.norms[c.claim_tok - 1])


def _own_words(ctx: Context, c: Cand) -> bool:
    """"… حسب قوله": the speaker's own words marked again, a record of its own (issue 9)."""
    return c.kind == "prep" and c.implied and c.cue_b - c.cue_a == 2 and ctx.norms[c.cue_b - 1] in SAYING_NOUNS


def _second_source(ctx: Context, c: Cand, host: Cand) -> bool:
    """A cue inside another claim is its own record when it names a source of its own, not
    the speaker of the claim around it (ATTRIBUTION.md: only a nested attribution with the same
    source, or inside a direct quote, is left to the outer record): "توقع مختصون أن يشمل
    الصندوق الذي دعت مؤسسة النقد إلى إنشائه ..."."""
    if c.kind == "decline" and c.np is not None and not c.implied and c.np.named and (
            c.np.start in ctx.entity_at and ctx.entity_at[c.np.start].type == "PER"
            or ctx.norms[c.np.start] in ctx.person_tokens) and (host.np is None or fold(
                ctx.text[c.np.src_start:c.np.src_end]) != fold(ctx.text[host.np.src_start:host.np.src_end])):
        return True  # "…، وهو ما رفض الشثري التعليق عليه": another's refusal, a record of its own
    if c.np is None or c.implied or c.kind not in ("verb", "prep", "noun"):
        return False
    ent = ctx.entity_at.get(c.np.start)
    if ent is None and c.kind == "verb" and c.np.src_start > ctx.starts[c.np.start]:
        ent = ctx.entity_at.get(ctx.tok_at_char(c.np.src_start))  # (a post, then the name: عضو مجلس إدارتها الدكتورة X)
    if c.np.kind == "named_person" and (ent is None or ent.type != "PER") and not (
            c.kind == "verb" and c.np.role and c.np.role != "descriptor"):
        return False  # a name read off unknown words (السوق تتوقع خفضين ...): not sure enough here
    if c.kind == "verb" and c.mode != "after" and not (c.backref and c.phrase_start >= 1 and ctx.words[c.phrase_start - 1]
                                                       and ctx.norms[c.phrase_start - 1] in _IT_IS):
        return False  # "أن الميزانية أقرت.": a verb closing the clause, nothing said after it
        # (but "…، وهو ما نفاه لاحقا المتحدث باسم الكرملين": what another denied, a record of its own)
    if c.kind == "prep" and c.np.kind in ("document", "named_organization") \
            and (c.np.definite or ctx.raw[c.np.start].endswith(("ها", "ه", "هم"))) \
            and c.np.end - c.np.start < 2 and ent is None and not _released(ctx, c.np.end):
        return False  # "وفق الخطة"، "بحسب القانون"، "وفق خططها": conformity, not a source
    if host.np is not None and fold(ctx.text[c.np.src_start:c.np.src_end]) == fold(
            ctx.text[host.np.src_start:host.np.src_end]) and not _relative_on_source(ctx, c):
        return False
    return True


_RELATIVES = frozenset(fold(w) for w in ("الذي", "التي", "الذين"))
_IT_IS = frozenset(fold(w) for w in ("وهو", "وهي", "وهذا"))


def _relative_on_source(ctx: Context, c: Cand) -> bool:
    """"طبقا للإحصائيات التي أظهرت رغبة …": a relative clause on the host's source says
    something else of its own (issue 9: «التي أعلنت», «الذين توقعوا» are records)."""
    return c.sv and c.cue_a > 0 and ctx.norms[c.cue_a - 1] in _RELATIVES


_RELEASED = frozenset(fold(w) for w in "صدرت صدر نشرت نشر أعلنت أعلن أصدرتها أصدرها نشرتها نشرها".split())


def _released(ctx: Context, k: int) -> bool:
    """"حسب النتائج التي صدرت مؤخرا": a document released, not a rule conformed to."""
    return k + 1 < len(ctx.norms) and ctx.norms[k] in (fold("التي"), fold("الذي")) and ctx.norms[k + 1] in _RELEASED


_THEN_HERE = folded_set("وهنا هنا ثم وعندها عندها")


def _interrupter(ctx: Context, c: Cand, lo: int):
    """"…، وهنا قاطعه وزير المالية عبدالعزيز الرشيد قائلاً": after a comma, a verb (not a cue) and its
    named subject right before the participle: that subject speaks."""
    comma = next((t for t in range(c.cue_a - 2, lo - 1, -1) if not ctx.words[t]), -1)
    if comma < lo or not ctx.is_punct(comma, "،,") or c.cue_a - comma > 9:
        return None
    v = comma + 1
    if ctx.norms[v] in _THEN_HERE:
        v += 1
    n = ctx.norms[v] if v < c.cue_a and ctx.words[v] else ""
    if not n or is_definite(n) or n in VERB_FORMS or n in NP_STOPS or complementizer(n) or len(n) < 4 \
            or not (n[:1] in "وف" and len(n) >= 5 or ctx.norms[v - 1] in _THEN_HERE):
        return None
    np = parse_np(ctx, v + 1, c.cue_a) if ctx.words[v + 1] else None
    if np is None or np.start != v + 1 or np.end != c.cue_a:
        return None
    if np.kind == "named_person" and (np.start in ctx.entity_at or np.role) or np.kind == "unnamed_official" and np.definite:
        return np
    return None


def _give_source(ctx: Context, c: Cand, kept: list[Cand], a: int, b: int) -> bool:
    """A participle speaks for the cue before it, or for the subject of the sentence's verb."""
    if c.implied:
        return True  # a participle opening the sentence: the last speaker (resolve.Resolver.last)
    parent = next((h for h in reversed(kept) if h.cue_a < c.cue_a and not h.nested), None)
    lo = max(a, parent.cue_b if parent is not None else a)
    w = next((t for t in range(c.cue_a - 3, lo - 1, -1) if ctx.words[t] and ctx.norms[t] in _WHILE), -1)
    if w >= lo and ctx.words[w + 1] and not is_definite(ctx.norms[w + 1]) and ctx.norms[w + 1] not in VERB_FORMS \
            and c.number == "s" and (ctx.raw[w + 1].endswith("ت") == (c.gender == "f")) \
            and all(ctx.words[t] for t in range(w + 1, c.cue_a)):
        np = parse_np(ctx, w + 2, c.cue_a)
        if np is not None and np.end == c.cue_a and np.end - np.start >= 2:
            np = parse_np(ctx, w + 2, c.cue_a - 1)  # ("فيما رفضت النقابة المشاركة مؤكدة": its object last)
        if np is not None and np.start == w + 2 and np.kind in ("named_person", "named_organization", "unnamed_official") \
                and np.end < c.cue_a:
            c.np = np  # "…، فيما تمسكت الحكومة بموقفها معتبرة أن": the subject of the clause after فيما
            return True
    if parent is not None and c.gender == "m" and c.number == "s" and parent.gender == "f" and parent.number == "s" \
            and 0 < parent.claim_tok < c.cue_a and complementizer(ctx.norms[parent.claim_tok - 1]):
        t = parent.claim_tok
        ent = ctx.entity_at.get(t)
        if ent is not None and ent.type == "PER" and ctx.entity_end_tok.get(t, t + 1) < c.cue_a:
            from .mentions import person_np

            c.np = person_np(ctx, t, ctx.entity_end_tok.get(t, t + 1))
            return True  # "وقالت (الوكالة) ان اردوغان رد …، مؤكدا ان": he, the man in her words, not she
    other = _interrupter(ctx, c, parent.cue_b if parent is not None else a)
    if other is not None:
        c.np = other  # "«…»، وهنا قاطعه وزير المالية X قائلاً:": who broke in speaks, not the one before
        return True
    if parent is not None:
        c.np, c.implied, c.via, c.via_np = parent.np, parent.implied, c.via or parent.via, parent.via_np
        c.interview = parent.interview
        c.anonymous, c.role_after = parent.anonymous, parent.role_after
        c.gender = parent.gender or c.gender
        c.parent = parent
        return True
    a0 = a
    a = _opening_phrase_end(ctx, a, c.cue_a)  # "على صعيد آخر دان X …، مؤكدا"، "في رده على X دافع Y …، قائلا"
    if a > a0 + 3 and c.via is None and ctx.is_punct(a - 1, "،,") and ctx.norms[a0] in _FRONT_EVENT:
        from .events import _fronted_via

        c.via = _fronted_via(ctx, a0, a - 1)  # "وفي تصريحات نقلتها هيئة الإذاعة البريطانية، دافع X …، موضحا": its via
    but = next((t for t in range(c.cue_a - 4, a, -1) if ctx.words[t] and ctx.norms[t] in _BUT
                and ctx.norms[t + 1] in ("ان", "أن") and ctx.is_punct(t - 1, "،,")), -1)
    if but > a:
        a = but  # "وهنا طلب الوزير الكلمة، غير أن رئيس المجلس محمد البراك رفض قائلاً": the clause after the comma
    if a + 3 < c.cue_a and ctx.norms[a] in _BUT and ctx.norms[a + 1] in ("ان", "أن") and ctx.words[a + 2]:
        np = parse_np(ctx, a + 2, c.cue_a)  # "غير أن الرئيس الإيراني محمود أحمدي نجاد جدد …، قائلا"
        if np is not None and np.kind in ("named_person", "unnamed_official", "named_organization") \
                and np.end < c.cue_a and ctx.words[np.end] and not is_definite(ctx.norms[np.end]) \
                and (np.kind != "named_person" or np.start in ctx.entity_at or np.role):
            c.np = np
            return True
    if a + 1 < b and ctx.words[a] and not is_definite(ctx.norms[a]):  # (a verb opens it, not a noun)
        s = a + 2 if ctx.words[a + 1] and ctx.norms[a + 1] in _WITH_HIM else a + 1  # "ويتفق معه X، مشيرا"
        np = parse_np(ctx, s, c.cue_a) or _person_after_verb(ctx, a, c.cue_a)
        if np is not None and np.kind != "document":
            c.np = np
            return True
        if ctx.norms[a] in _AS_WELL and a + 2 < c.cue_a and ctx.words[a + 1] and not is_definite(ctx.norms[a + 1]) \
                and not complementizer(ctx.norms[a + 1]) and ctx.norms[a + 1] not in NP_STOPS:
            np = parse_np(ctx, a + 2, c.cue_a) if ctx.words[a + 2] else None
            if np is not None and np.kind in ("named_person", "unnamed_official", "named_organization", "anonymous") \
                    and (np.kind != "named_person" or np.start in ctx.entity_at):
                c.np = np  # "كما أعربت ريناته شميت …، قائلة": the subject of the verb after كما
                return True
            # ("كما وعد بإجراء …، قائلا": whoever did that was the last sentence's subject, who
            # need not be the last speaker: no guess)
        vf = VERB_FORMS.get(ctx.norms[a])
        if vf is not None and vf.prefix in ("و", "ف") and vf.tense == "perf" and vf.person == 3:
            # "وقال في رسالة أرسلها لـ«X» …، مستشهدا …: «…»، مضيفا: «…»": the sentence's verb
            # has no claim of its own; its implied speaker goes on in the participles
            c.implied = True
            return True
    if a + 2 < c.cue_a and ctx.words[a] and is_definite(ctx.norms[a]) and ctx.norms[a] in ctx.person_tokens:
        np = parse_np(ctx, a, c.cue_a)
        if np is not None and np.start == a and np.kind == "named_person":
            k = np.end
            if k + 3 < c.cue_a and ctx.is_punct(k, "،,") and ctx.norms[k + 1] in ("من", "ومن") \
                    and ctx.norms[k + 2] in SIDE_WORDS and ctx.is_punct(k + 3, "،,"):
                k += 4  # "، من جهته،"
            if k < c.cue_a and ctx.words[k] and not is_definite(ctx.norms[k]) and not complementizer(ctx.norms[k]) \
                    and 3 <= len(ctx.norms[k]) <= 6 and ctx.norms[k][:1] not in "وفبل":
                c.np = np  # "الخوري، من جهته، دافع عن العمليات …، مؤكدا أنها": the man named before, its subject
                return True
    return False


_AS_WELL = folded_set("كما وكما")
_FA_THEN = folded_set("في خلال منذ مع بعد قبل إن أن قد لقد")
#: Words that open a clause of its own: a participle after them no longer speaks for the cue before.
_NEW_CLAUSE = folded_set("حيث إذ اذ التي الذي الذين عندما بينما فيما")
_WHILE = folded_set("فيما بينما وفيما وبينما")


_IN_REPLY = folded_set("في وفي")
_TIME_OPENERS = folded_set("في وفي خلال وخلال بعد وبعد قبل وقبل عقب وعقب")
_BUT = folded_set("غير إلا الا بيد")
_ABOUT = folded_set("على علي عن حول")


def _opening_phrase_end(ctx: Context, a: int, limit: int) -> int:
    """Where the clause begins after an opening adverbial ("على صعيد آخر"، "من جهة أخرى") or a
    speech event with what it was about ("في رده على العقاد"), and a comma after it; ``a`` when
    the sentence opens otherwise."""
    norms = ctx.norms
    k = adverbial_end(norms, a, limit)
    if k == a and norms[a] in _FRONT_EVENT and a + 1 < limit and ctx.words[a + 1] and in_lexicon(norms[a + 1], SPEECH_EVENTS) \
            and not is_definite(norms[a + 1]):
        comma = next((t for t in range(a + 2, min(limit, a + 16)) if ctx.is_punct(t, "،,")), -1)
        if comma > a + 2 and not any(complementizer(norms[t]) for t in range(a + 2, comma) if ctx.words[t]) \
                and any(ctx.words[t] and norms[t] in _RELAYED_IT for t in range(a + 2, min(comma, a + 5))):
            k = comma  # "وفي تصريحات نقلتها هيئة الإذاعة البريطانية (بي بي سي)، دافع المدرب …، موضحا": the occasion
    if k == a and norms[a] in _IN_REPLY and a + 2 < limit and ctx.words[a + 1] \
            and in_lexicon(norms[a + 1], SPEECH_EVENTS) and not is_definite(norms[a + 1]):
        k = a + 2
        if norms[k] in _ABOUT and k + 1 < limit and ctx.words[k + 1]:
            np = parse_np(ctx, k + 1, limit)
            k = np.end if np is not None else k + 2  # (العقاد: one word, a name no list knows)
        if not (k < limit and ctx.words[k] and not is_definite(norms[k]) and norms[k] not in NP_STOPS):
            return a
    if k == a and norms[a] in _TIME_OPENERS:
        comma = next((t for t in range(a + 1, min(limit, a + 7)) if not ctx.words[t]), -1)
        if comma > a + 1 and ctx.raw[comma] in "،," and not any(
                complementizer(norms[t]) or norms[t] in VERB_FORMS for t in range(a + 1, comma)):
            k = comma  # "وفي مستهل الجلسة، أطلع خادم الحرمين الشريفين المجلس …، مؤكدا"
    if k > a and k < limit and not ctx.words[k] and ctx.raw[k] in "،,":
        k += 1
    return k if k < limit else a


def _person_after_verb(ctx: Context, a: int, limit: int):
    """"وأثنى العداء المغربي السابق سعيد عويطة، …، مشيرا": the person the tagger found among the
    first words after the sentence's verb (a description no list knows before him)."""
    n = ctx.norms[a]
    if n[:1] not in "وف" or n.startswith(("وال", "فال")) or len(n) < 4:
        return None
    return _first_person_after(ctx, a, min(limit, a + 6), lambda t: True)


def _first_person_after(ctx: Context, a: int, end: int, between_ok):
    """The person the tagger found first in the words after token ``a`` (before ``end``), when
    every word before him passes ``between_ok``; ``None`` at punctuation or another entity."""
    for t in range(a + 1, end):
        if not ctx.words[t]:
            return None
        ent = ctx.entity_at.get(t)
        if ent is not None:
            if ent.type != "PER":
                return None
            from .mentions import person_np

            s = t - 1 if t - 1 > a and ctx.words[t - 1] and ctx.norms[t - 1] in FIRST_NAMES \
                and not is_definite(ctx.norms[t - 1]) else t  # "اياد | جمال الدين": a given name the tagger left out
            return person_np(ctx, s, ctx.entity_end_tok.get(t, t + 1))
        if not between_ok(t):
            return None
    return None


def _record(ctx: Context, resolver: Resolver, c: Cand, ca: int, cb: int, direct: bool,
            context_records: list[tuple[Claim, Speaker]]) -> tuple[Claim, Speaker] | None:
    cue_start, cue_end = ctx.starts[c.cue_a], ctx.ends[c.cue_b - 1]
    cue = Span(cue_start, cue_end, ctx.text[cue_start:cue_end])
    via = resolver.via_span(c.via, c.via_np, cue_start)
    if via is None and c.relayed_by_implied:
        relay = resolver.last(c.verb.gender if c.verb is not None else c.gender)  # (نقلت's own, not the source's)
        if relay is not None and relay.kind == "media":
            via = resolver.outlet_before(cue_start, "")  # "ذكرت الصحيفة … ونقلت عن مسؤولين": the paper
        elif context_records and context_records[-1][0].via is not None and _RELAY_WORD in fold(context_records[-1][0].cue.text):
            via = context_records[-1][0].via  # "نقلت وكالة انتارا عن الوزير قوله … . ونقل عن الوزير قوله": the agency again
    if via is not None and not _earlier_interview(ctx, c) and (c.interview and resolver.own_paper(via)
                                                               or resolver.own_paper_told(via)
                            or c.exclusive and resolver.own_exclusive(via)
                            or _INFORMED_LEMMA in (c.lemma, getattr(c.parent, "lemma", None)) and (via.text[:1] in "«\"“" or ctx.text[via.start - 1:via.start]
                                                               in ("«", '"', "“")) and resolver.own_paper(via)
                                and staff_byline(ctx)):
        # (and "وأبلغ مصدر في إحدى شركات الوساطة «الرياض» أن" under a staff byline: the paper told)
        via = None  # "في حديثه لـ«الشرق الأوسط»"، "قال لـ«الوطن»" in a paper's own article: its own interview
    if (c.implied or c.np is None) and c.number == "d" and c.kind == "verb":
        pair = pair_before(ctx, c.cue_a)  # "ولم يصدر كل من X وY …، بينما أعلنا": the pair
        if pair is not None:
            sp = Speaker(pair.text(ctx), pair.kind, c.gender, "d", pair.head, tuple(fold(pair.text(ctx)).split()),
                         pos=pair.start)
            resolver.add(sp)
    if (c.implied or c.np is None) and c.kind in ("verb", "part"):
        told = _on_the_tongue_of(ctx, c.cue_a)
        if told is not None:
            c.np, c.implied, c.sv = told, False, True  # "وجاءت المفاجأة على لسان X، …، حيث أكد": X
    subject = None
    if (c.implied or c.np is None) and c.kind == "verb" and c.lemma == _ANSWERED:
        subject = _the_one_asked(ctx, c.cue_a)  # "وعندما سألت «الجزيرة» أحد الدلالين، ويدعى X، …، أجاب:": X
    if subject is None and (c.implied or c.np is None) and c.kind == "verb" and c.number == "s" \
            and c.cue_a > 0 and ctx.is_punct(c.cue_a - 1, "،,"):
        a0 = ctx.sents[ctx.sent_of[c.cue_a]][0]
        if ctx.words[a0] and ctx.norms[a0] in _WHEN_ASKING and a0 + 1 < c.cue_a and ctx.norms[a0 + 1] in (
                fold("سؤال"), fold("سؤاله"), fold("سؤالها")) or ctx.norms[a0] in (fold("وبسؤال"), fold("بسؤال")):
            subject = _the_one_asked(ctx, c.cue_a)  # "وعند سؤال أحد الدلالين …، رفض ذكر اسمه، عن …، قال إن": he
    if subject is None and (c.implied or c.np is None) and c.kind == "verb" and c.number == "s" and c.cue_a > 1 \
            and ctx.words[c.cue_a - 1] and ctx.norms[c.cue_a - 1] in _SO_HE and ctx.is_punct(c.cue_a - 2, "،,"):
        from .noun_cues import person_of_sentence

        who = person_of_sentence(ctx, ctx.sents[ctx.sent_of[c.cue_a]][0], c.cue_a - 2, feminine=c.gender == "f")
        if who is not None and who.feminine == (c.gender == "f"):
            subject = who  # "لكن المستشارة رنا الحارثي ترى الأمر على نحو مختلف، فهي تعتقد أن": she
    if subject is None and (c.implied or c.np is None) and c.kind == "verb" and c.gender != "f" and c.number == "s":
        subject = _subject_of_first_verb(ctx, c.cue_a, context_records)  # "وأيد X الرئيس طالباني وقال": X
    if subject is None and (c.implied or c.np is None) and c.kind == "verb" and c.gender == "f" and c.number == "s":
        subject = _subject_of_first_verb(ctx, c.cue_a, context_records)
        amma = ctx.norms[ctx.sents[ctx.sent_of[c.cue_a]][0]] in _AMMA_OPEN
        if subject is not None and not (subject.kind == "named_person" and subject.feminine
                                        or amma and subject.kind == "named_organization"):
            subject = None  # "غير أن المستشارة … سلوى الحازمي خالفته، ورأت أن": she (a woman named; a body is another matter)
            # (but "أما وكالة «فيتش» فأبقت على تصنيفها …، لكنها لفتت إلى أن": the body the sentence is about)
    if subject is None and (c.implied or c.np is None) and c.kind == "verb" and c.number == "s" and c.gender:
        subject = _body_opening(ctx, c.cue_a, context_records, c.gender == "f")  # "فوكالة «موديز» كانت قد خفضت …، وحذرت": it
    if subject is None and (c.implied or c.np is None) and c.kind == "verb" and c.number == "p" \
            and not any(sp.number == "p" for sp in resolver.speakers[-3:]):
        subject = _group_before(ctx, c.cue_a, context_records)  # "وشكا عدد من المشاركين من …. وقالوا إن"
    relative_to = None
    if subject is None and (c.implied or c.np is None) and c.kind == "verb" and c.verb is not None \
            and not c.verb.prefix and c.verb.tense == "perf" and context_records:
        last_claim, last_speaker = context_records[-1]
        src = last_claim.source
        if src is not None and src.text and ctx.tok_at_char(src.end) == c.cue_a \
                and last_claim.cue.start < src.start:
            relative_to = last_speaker  # "وهو ما نفاه قائد ميداني في «الجيش الحر» قال لـ«النهار» إن": he said
    if relative_to is not None:
        resolver.add(relative_to)
        source = Source(cue_end, cue_end, "", relative_to.kind, relative_to.resolved)
        speaker = relative_to
    elif subject is not None:
        sp = resolver.explicit(subject, subject.kind, c.gender, c.number, "")[2]
        resolver.add(sp)
        source = Source(cue_end, cue_end, "", sp.kind, sp.resolved)
        speaker = sp
    elif c.implied or c.np is None:
        honoured = resolver.by_honorific(c.honorific, c.cue_a) if c.honorific else None
        if honoured is not None and honoured is not resolver.last():
            resolver.add(honoured)  # (the one «جلالته/سموه» names speaks on: "مبينا" after him)
        sp = honoured or resolver.last(c.gender, c.number)
        vehicle = _document_vehicle(ctx, c, context_records) if not honoured else None
        if vehicle is not None:
            sp = resolver.explicit(vehicle, "document", c.gender, c.number, "")[2]
            resolver.add(sp)  # "وكانت الشركة قد توقعت في تقرير أصدرته … . وأشار إلى أن": the report
        if sp is not None and c.kind == "verb" and c.gender != "f" and c.number == "s" and c.lemma not in _GOES_ON:
            topic = resolver.topic_person(c.cue_a)
            if topic is not None and fold(topic.resolved) not in fold(sp.resolved):
                sp = topic
                resolver.add(sp)
        if c.gender == "f" and c.number == "s" and c.kind == "verb" and sp is not None and not honoured \
                and any(ctx.words[t] and ctx.norms[t] in _BUT_SHE
                        for t in range(max(ctx.sents[ctx.sent_of[c.cue_a]][0], c.cue_a - 3), c.cue_a)):
            sa0 = ctx.sents[ctx.sent_of[c.cue_a]][0]
            body_np = None
            for t in range(c.cue_a - 1, sa0 - 1, -1):
                n = ctx.norms[t]
                if ctx.words[t] and n in _SHE_BODIES:
                    cand = parse_np(ctx, t, c.cue_a)
                    if cand is not None and cand.kind == "named_organization" and cand.end - cand.start >= 2:
                        body_np = cand
                        break
            if body_np is not None:
                body = resolver.explicit(body_np, "named_organization", "f", "s", "")[2]
                if fold(body.resolved) != fold(sp.resolved):
                    sp = body  # "… لمصلحة الشركة العامة للكهرباء …، لكنها عادت وطالبت بمزيد": the body of the sentence
                    resolver.add(sp)
        if c.gender == "f" and c.number == "s" and c.kind in ("verb", "part") and (sp is None or sp.gender != "f"):
            woman = resolver.woman_introduced(c.cue_a)
            if woman is not None:
                sp = woman
                resolver.add(sp)
        if sp is None and c.number == "s":
            sp = resolver.person_mentioned(c.cue_a, c.gender)
            if sp is not None:
                resolver.add(sp)
        if sp is None:
            claim = Claim(ca, cb, ctx.text[ca:cb], cue, None, via, direct)
            return claim, Speaker("", "", c.gender, c.number, "", ())
        if via is None and context_records and context_records[-1][1] is sp and c.kind in ("verb", "part") \
                and not c.after_event:  # (not "ويقول في مؤتمر صحافي": another occasion)
            via = context_records[-1][0].via
        kind = "anonymous" if c.anonymous and sp.kind == "unnamed_official" else sp.kind
        # ("وقال طالبا عدم ذكر اسمه إن": an official who asked not to be named)
        source = Source(cue_end, cue_end, "", kind, sp.resolved)
        speaker = sp
    else:
        kind = "anonymous" if c.anonymous else c.np.kind
        resolved, kind, speaker = resolver.explicit(c.np, kind, c.gender, c.number, c.role_after or c.np.post)
        if c.anonymous:
            kind = "anonymous"
            speaker.kind = kind
        elif kind == "anonymous" and members_named(ctx, c.np.head, c.np.end, ctx.tok_at_char(cb) + 1):
            kind = speaker.kind = "named_organization"  # عدة شركات … مثل X وY: the members are named
        text = ctx.text[c.np.src_start:c.np.src_end]
        source = Source(c.np.src_start, c.np.src_end, text, kind, resolved)
        last = context_records[-1][0] if context_records else None
        if via is None and last is not None and last.source is not None and last.source.resolved == resolved \
                and c.kind == "verb" and not c.after_event \
                and (c.np.definite or c.lemma in _GOES_ON or c.np.named and not last.source.text):
            # وأضافت المصادر: still speaking to the same outlet; "… وقال … كما أكد … . وتوعد نصر الله":
            # named again after speaking on unnamed, still in the interview
            via = last.via
        if via is None and c.np.named and speaker.via is not None and c.kind == "verb" and not c.after_event \
                and (direct or any(ch in "«“\"" for ch in ctx.text[ca - 1:cb])):
            via = speaker.via  # "وقالت هيتل إن «…»": quoted again from the interview given before
        if via is None and c.parent is not None and context_records and context_records[-1][0].source is not None \
                and context_records[-1][0].source.resolved == resolved and c.kind == "part":
            via = context_records[-1][0].via  # "وأضاف الحازمي أن …، متوقعاً أن …": the verb's via goes on
        if c.parent is not None and context_records:
            speaker = context_records[-1][1]
        else:
            speaker.via = via
            if not c.nested and not (c.backref and speaker.kind not in ("named_person", "anonymous", "unnamed_official",
                                                                       "named_organization")
                                     ) and not (c.kind == "noun" and not c.sv):
                # ("وهو ما أكده عدد من مديري الفنادق. وقالوا إن": who confirmed it speaks on; a paper that
                # published it does not)
                resolver.add(speaker)  # (a source cited inside another claim is not who speaks on)
    claim = Claim(ca, cb, ctx.text[ca:cb], cue, source, via, direct)
    if not (c.kind == "prep" and c.mode == "before" and source is not None and source.kind == "document"):
        resolver.claims.append((ca, cb))  # (but "ارتفع صافي أرباح شركة X …، وفقا لبيان نشرته الشركة": the
        # narrator's own sentence, a document cited after it; its company is the next "الشركة")
    return claim, speaker


_RELAY_WORD = fold("نقل")
_WHAT_HE_SAID = folded_set("ما عما مما التي الذي")


_SINCE = frozenset(("اذ", "حيث"))


def _subject_of_first_verb(ctx: Context, k: int, context_records):
    """"وأيد مثال الآلوسي رئيس الحزب طالباني وقال إن …": a cue joined by و or ف later in a sentence
    that a verb with a person after it opens, with no record before it in the sentence, speaks
    for that person (not for the object named after him, nor the last speaker)."""
    a = ctx.sents[ctx.sent_of[k]][0]
    front = next((t for t in range(a + 1, min(k, a + 4)) if not ctx.words[t]), -1)
    if front > a and ctx.is_punct(front, "،,") and all(ctx.norms[t] not in VERB_FORMS for t in range(a, front)):
        a = front + 1  # "في المقابل، شكك النائب X بدقة الأرقام، وقال": past the fronted phrase
    elif ctx.words[a] and ctx.norms[a] in _FRONT_EVENT and a + 1 < k and ctx.words[a + 1] \
            and in_lexicon(ctx.norms[a + 1], SPEECH_EVENTS):
        front = next((t for t in range(a + 2, min(k, a + 16)) if ctx.is_punct(t, "،,")), -1)
        if front > a and all(ctx.norms[t] not in VERB_FORMS for t in range(a, front)):
            a = front + 1  # "وفي تصريحات نقلتها هيئة الإذاعة البريطانية (بي بي سي)، دافع المدرب …، موضحا": the occasion
    relative = k - 1 > a and ctx.norms[k - 1] in _WHAT_HE_SAID
    but_he = k - 1 > a and (ctx.norms[k - 1] in _BUT_HE_WORDS or ctx.norms[k - 1] in _SINCE and ctx.norms[a] in _AMMA_OPEN)
    # ("أما X فقد اتهم …، لكنه قال": he, the topic; "أما «الأهلي كابيتال»، …، فكانت أكثر تفاؤلا، إذ أفادت": it)
    if k - a < 3 or (ctx.norms[k][:1] not in "وف" and not relative and not but_he) or not ctx.has_entities:
        return None
    if ctx.norms[a] in _AMMA_OPEN and (not context_records or context_records[-1][0].cue.start < ctx.starts[a]):
        from .subjects import _amma_topic

        fa = next((t for t in range(a + 2, k) if ctx.words[t] and ctx.norms[t][:1] == "ف" and (
            len(ctx.norms[t]) >= 4 and not ctx.norms[t].startswith("في") or ctx.norms[t] == "فقد")), -1)
        if fa > a and ctx.norms[fa] == "فقد":
            fa += 1  # "أما X فقد اتهم …": the verb after فقد
        topic = _amma_topic(ctx, fa, a) if fa > a else None
        if topic is not None and topic.kind in ("named_person", "unnamed_official", "named_organization", "anonymous"):
            return topic  # "أما رئيس الجامعة فدافع عن زيادة الرسوم، وقال إن": the topic speaks
    if context_records and context_records[-1][0].cue.start >= ctx.starts[a]:
        return None
    if any(not ctx.words[t] and ctx.raw[t] in "«\"“:" and not (
            t in ctx.quote_open_tok and ctx.quote_open_tok[t] - t <= 3 and ctx.quote_open_tok[t] < k) and not (
            t in ctx.quote_close_tok and 0 < t - ctx.quote_close_tok[t] <= 3 and ctx.quote_close_tok[t] >= a)
           for t in range(a, k)):
        return None  # (a quotation between: whose words they are is the quotation's business; a name in marks is none)
    if ctx.raw[a].endswith("ت") and len(ctx.norms[a]) >= 4 and not ctx.raw[k].endswith("ت"):
        return None  # "وكانت ادارة الخور اتفقت … وأكد": a feminine verb's subject is not «he»
    if relative:
        # "تبنى الجيش الإسلامي … هجوما على ما قال إنها دبابة": what the subject said it was
        v = _opening_phrase_end(ctx, a, k)
        if v + 1 >= k or not ctx.words[v] or is_definite(ctx.norms[v]) or ctx.norms[v] in NP_STOPS \
                or len(ctx.norms[v]) < 3:
            return None
        np = parse_np(ctx, v + 1, k)
        ok = np is not None and np.start == v + 1 and np.kind in ("named_person", "named_organization") \
            and (np.start in ctx.entity_at or np.role or (np.kind == "named_organization" and np.end - np.start >= 2))
        return np if ok else None
    np = _person_after_verb(ctx, a, k) or _person_after_bare_verb(ctx, a, k) or _body_after_bare_verb(ctx, a, k)
    if np is None:
        np = _person_first(ctx, a, k)
        if np is not None:
            return np  # "غير أن X، عضو اللجنة العقارية، رفض الحديث عن …، وقال إن": he, before his verb
    if np is None:
        return _titled_subject_between_commas(ctx, a, k)
    for t in range(a + 1, np.start):
        n = ctx.norms[t]
        if n[:1] in "لب" or (n.endswith("ا") and not is_definite(n)):
            return None  # "وسيضم المتحف تمثالا للرحالة المغربي ابن بطوطة": an object and its genitive
    return np


def _body_opening(ctx: Context, k: int, context_records, feminine: bool):
    """"فوكالة «موديز» كانت قد خفضت تصنيف المملكة …، وحذرت في تقريرها من أن": a named body
    opening the sentence before its own verb (a nominal sentence), then «وحذرت» after a comma
    with no record between: the body goes on, not the last speaker of the same gender."""
    a = ctx.sents[ctx.sent_of[k]][0]
    if k - a < 4 or not ctx.is_punct(k - 1, "،,") or ctx.norms[k][:1] not in "وف":
        return None
    if context_records and context_records[-1][0].cue.start >= ctx.starts[a]:
        return None
    s = a
    while s < k and ctx.words[s] and ctx.norms[s] in _GROUP_OPENERS:
        s += 1
    if s >= k or not ctx.words[s]:
        return None
    n = ctx.norms[s]
    prefixed = n[:1] in "وف" and not is_definite(n[1:]) and in_lexicon(n[1:], ORG_HEADS)
    np = parse_np(ctx, s, k)
    if np is None or np.start != s or np.kind != "named_organization" or np.end >= k - 2:
        return None
    if prefixed:
        np = replace(np, src_start=ctx.starts[s] + 1, head=bare(n[1:]))  # (the ف is no part of the name)
    elif s in ctx.entity_at and ctx.starts[s] < ctx.entity_at[s].start < ctx.ends[s]:
        np = replace(np, src_start=ctx.entity_at[s].start)  # "وأرامكو السعودية": the name without its و
    if not (s in ctx.entity_at or s + 1 in ctx.quote_open_tok or np.start + 1 < np.end and np.start + 1 in ctx.entity_at):
        return None  # a body by its name only, not "الشركة" (the last speaker is as good a guess)
    v = np.end
    if ctx.words[v] and ctx.norms[v] in _KANA_QAD:
        v += 1
        if v < k and ctx.words[v] and ctx.norms[v] == "قد":
            v += 1  # "وكالة «موديز» كانت قد خفضت"
    if v >= k - 1 or not ctx.words[v] or ctx.norms[v] in VERB_FORMS or is_definite(ctx.norms[v]) \
            or ctx.norms[v][:1] in "وفبل" or ctx.norms[v] in NP_STOPS or not 3 <= len(ctx.norms[v]) <= 6:
        return None
    if ctx.raw[v].endswith("ت") != feminine or ctx.raw[v].endswith(("ات", "وت", "يت")):
        return None  # the verb agrees with the cue: the same subject
    if any(not ctx.words[t] and ctx.raw[t] in ".:؛;" for t in range(v, k)) or any(
            ctx.words[t] and (complementizer(ctx.norms[t]) or ctx.norms[t] in VERB_FORMS) for t in range(v + 1, k)):
        return None
    return np


def _person_first(ctx: Context, a: int, k: int):
    """A named person opening the sentence (after غير أن، لكن …), his post between commas, then
    a verb that is no cue: the subject a later «وقال» in the sentence goes on for."""
    s = a
    while s < k and ctx.words[s] and ctx.norms[s] in _GROUP_OPENERS:
        s += 1
    np = parse_np(ctx, s, k) if s < k and ctx.words[s] else None
    if np is None or np.start != s or np.kind != "named_person" or not np.named:
        return None
    e = np.end
    if np.role and e + 1 < k and ctx.is_punct(e, "،,") and ctx.words[e + 1] and not is_definite(ctx.norms[e + 1]) \
            and 3 <= len(ctx.norms[e + 1]) <= 6 and ctx.norms[e + 1][:1] not in "وفبل" and ctx.norms[e + 1] not in NP_STOPS \
            and ctx.norms[e + 1] not in VERB_FORMS and not complementizer(ctx.norms[e + 1]) \
            and ctx.tok_at_char(np.src_start) > s:
        return np  # "غير أن زعيم حزب المحافظين المعارض، جيريمي هاوثورن، سخر من القرار، ووصف": post, name, his verb
    if e < k and ctx.is_punct(e, "،,"):
        close = next((t for t in range(e + 1, min(k, e + 16)) if not ctx.words[t]), -1)
        if close < 0 or not ctx.is_punct(close, "،,") or any(
                ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(e + 1, close)):
            return None
        e = close + 1
    elif e < k and ctx.words[e] and is_definite(ctx.norms[e]) and in_lexicon(ctx.norms[e], ROLE_HEADS):
        post = parse_np(ctx, e, k)  # "غير أن X الرئيس التنفيذي للبنك السعودي للاستثمار قلل …، وقال": his post
        if post is not None and post.start == e and post.kind == "unnamed_official" and post.end < k:
            e = post.end
    if e >= k or not ctx.words[e] or is_definite(ctx.norms[e]) or complementizer(ctx.norms[e]) \
            or not 3 <= len(ctx.norms[e]) <= 6 or ctx.norms[e][:1] in "وفبل" or ctx.norms[e] in NP_STOPS:
        return None
    return np


def _group_before(ctx: Context, k: int, context_records):
    """"وشكا عدد من المشاركين من تعقيد الإجراءات. وقالوا إن": a plural cue opening a sentence,
    with no plural speaker before it, speaks for the group that the sentence before opens with
    (after its verb), when no record was made there."""
    si = ctx.sent_of[k]
    a = ctx.sents[si][0]
    if k > a + 3 and ctx.is_punct(k - 1, "،,"):
        for t in range(k - 3, max(a - 1, k - 16), -1):
            if ctx.words[t] and ctx.norms[t][:1].isdigit() and ctx.words[t + 1] \
                    and ctx.norms[t + 1].endswith("ا") and in_lexicon(ctx.norms[t + 1][:-1], ANON_HEADS):
                np = parse_np(ctx, t, k - 1)
                if np is not None and np.start == t and np.kind == "anonymous":
                    return np  # "دون متوسط تقديرات 11 اقتصاديا شملهم مسح أجرته «رويترز»، توقعوا أن": they
        s = a
        while s < k and ctx.words[s] and ctx.norms[s] in _GROUP_OPENERS:
            s += 1
        np = parse_np(ctx, s, k) if s < k and ctx.words[s] else None
        if np is not None and np.start == s and np.kind == "anonymous" and any(
                ctx.words[t] and ctx.norms[t].endswith("وا") and len(ctx.norms[t]) >= 5 and not is_definite(ctx.norms[t])
                for t in range(np.end, min(k, np.end + 8))):
            return np  # "غير أن خبراء اقتصاديين استطلعت «الخليج» آراءهم قللوا من أثره، ورأوا أن": they
        return None
    if k != a or si == 0:
        return None
    pa, pb = ctx.sents[si - 1]
    if ctx.para_of[pa] != ctx.para_of[a] or pb - pa < 4:
        return None
    if context_records and context_records[-1][0].cue.start >= ctx.starts[pa]:
        return None
    if not ctx.words[pa] or ctx.norms[pa][:1] not in "وف":
        return None
    np = parse_np(ctx, pa + 1, pb)
    if np is None or np.start != pa + 1 or np.kind != "anonymous":
        return None
    return np


_GROUP_OPENERS = folded_set("غير أن إلا لكن ولكن كما بل")
_RELAYED_IT = folded_set("نقلتها نقلها بثتها بثها أوردتها أوردها نشرتها نشرها أذاعتها أذاعها")
_KANA_QAD = folded_set("كان وكان كانت وكانت")
_EARLIER = folded_set("الماضي الماضية سابق سابقا السابق السابقة")


def _earlier_interview(ctx: Context, c: Cand) -> bool:
    """"وكان مسؤول في الوزارة قد قال لـ«الاقتصادية» الأسبوع الماضي إن": what someone had told a
    paper earlier is that paper's interview, cited by another; its name stays a via."""
    a, b = ctx.sents[ctx.sent_of[c.cue_a]]
    if not any(ctx.words[t] and ctx.norms[t] in _KANA_QAD for t in range(a, min(c.cue_a, a + 3))):
        return False
    if not any(ctx.words[t] and ctx.norms[t] in ("قد", "وقد") for t in range(a, c.cue_a)):
        return False
    return any(ctx.words[t] and ctx.norms[t] in _EARLIER for t in range(c.cue_a, min(b, c.cue_a + 12)))


_AMMA_OPEN = AMMA
_SO_HE = folded_set("فهو فهي")
_BUT_HE_WORDS = folded_set("لكنه ولكنه لكنها ولكنها وهو وهي")
_INFORMED_LEMMA = fold("أبلغ")


def _titled_subject_between_commas(ctx: Context, a: int, k: int):
    """"غير أن الخبير في شؤون سوق العمل، عضو لجنة …، الدكتور حسن بن مبارك البيشي، شكك في دقة
    الأرقام، وقال إن": a post opens the sentence, the titled name between commas, then a verb
    that is no cue: the cue joined later speaks for him."""
    from .mentions import person_np

    first = a
    while first < k and ctx.words[first] and ctx.norms[first] in _OPENERS_BEFORE_SUBJECT:
        first += 1
    if first >= k or not ctx.words[first] or not in_lexicon(ctx.norms[first], ROLE_HEADS):
        return None
    for t in range(first + 1, min(k - 3, first + 30)):
        if ctx.words[t]:
            if ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]):
                return None
            continue
        if not ctx.is_punct(t, "،,"):
            if is_quote_mark(ctx, t):
                continue
            return None
        u = t + 1
        if u >= k or not ctx.words[u] or ctx.norms[u] not in TITLES:
            continue
        u += 1
        ent = ctx.entity_at.get(u)
        if ent is None or ent.type != "PER":
            continue
        e = ctx.entity_end_tok.get(u, u + 1)
        if e < k and ctx.is_punct(e, "،,") and e + 1 < k and ctx.words[e + 1]:
            return person_np(ctx, u, e)
        return None
    return None


_OPENERS_BEFORE_SUBJECT = folded_set("غير إلا الا أن ان لكن ولكن بينما فيما كما وكما")


def _person_after_bare_verb(ctx: Context, a: int, limit: int):
    """"شن الإسباني فرناندو ألونسو هجوما … وقال إنه": a sentence that a verb without و opens, a
    nationality or a title, then a person the tagger found."""
    n = ctx.norms[a]
    if not ctx.words[a] or is_definite(n) or n in NP_STOPS or n in VERB_FORMS or not 2 <= len(n) <= 6:
        return None
    return _first_person_after(ctx, a, min(limit, a + 4), lambda t: is_definite(ctx.norms[t]) and (
        is_nisba(ctx.norms[t]) or ctx.norms[t] in TITLES))


def _body_after_bare_verb(ctx: Context, a: int, limit: int):
    """"حمّل البنك المركزي في صنعاء، …، حكومة عدن مسؤولية الانهيار، وقال": a verb without و
    opens the sentence and a body the tagger found, or a post and a name, follows it."""
    n = ctx.norms[a]
    if not ctx.words[a] or is_definite(n) or n in NP_STOPS or n in VERB_FORMS or not 3 <= len(n) <= 6 \
            or a + 1 >= limit or not ctx.words[a + 1]:
        return None
    ent = ctx.entity_at.get(a + 1)
    np = parse_np(ctx, a + 1, limit)
    if np is None or np.start != a + 1:
        return None
    if np.kind == "named_organization" and ent is not None and ent.type == "ORG":
        return np
    if np.kind == "named_person" and np.named and np.role and ctx.tok_at_char(np.src_start) in ctx.entity_at:
        return np  # "شكك عضو لجنة النفط النيابية النائب فرات الشمري بدقة الأرقام، وقال": a post, then the name
    return None


def _on_the_tongue_of(ctx: Context, k: int):
    """"على لسان X" earlier in the sentence of token ``k``: X (a person or an official), who
    the implied subject of a cue after it is."""
    a = ctx.sents[ctx.sent_of[k]][0]
    for t in range(k - 2, a - 1, -1):
        if ctx.words[t] and ctx.norms[t] == "علي" and ctx.norms[t + 1] == "لسان" and t + 2 < k:
            for u in range(t + 2, min(k, t + 8)):
                if not ctx.words[u]:
                    break
                ent = ctx.entity_at.get(u)
                if ent is not None and ent.type == "PER":
                    from .mentions import person_np

                    return person_np(ctx, u, ctx.entity_end_tok.get(u, u + 1))  # (مراقب برج قليوب | عدوي …)
            np = parse_np(ctx, t + 2, k)
            return np if np is not None and np.kind in ("named_person", "unnamed_official") else None
    return None


_AMMA_WORDS = AMMA


def _his_own_action(ctx: Context, a: int, b: int) -> bool:
    """Sentence [a, b) is what the last speaker did, told with no subject of its own: a verb with
    و or ف and then no name, body or definite noun ("وأشار بيده إلى أثر المياه", "ثم ابتسم")."""
    if b - a < 2 or not ctx.words[a] or ctx.norms[a][:1] not in "وف" \
            or not (is_verb_like(ctx.norms[a]) or ctx.norms[a] in VERB_FORMS) or any(t in ctx.quote_open_tok for t in range(a, b)):
        return False
    n = ctx.norms[a + 1] if ctx.words[a + 1] else ""
    if not n or is_definite(n) or n in FIRST_NAMES or n in ctx.person_tokens:
        return False
    return not any(t in ctx.entity_at and ctx.entity_at[t].type in ("PER", "ORG") for t in range(a, b))


def _topic_person(ctx: Context, a: int, b: int) -> Claim | None:
    """"أما عبدالعزيز، صاحب مطعم …، فقد أغلق فرعه": the person a sentence is about (after أما),
    as a stand-in record whose source the quotation after it takes."""
    if not (ctx.words[a] and ctx.norms[a] in _AMMA_WORDS and a + 1 < b):
        return None
    np = parse_np(ctx, a + 1, b)
    if np is None or np.kind != "named_person" or not np.named:
        return None
    name = ctx.text[np.src_start:np.src_end]
    cue = Span(ctx.starts[a], ctx.ends[a], ctx.text[ctx.starts[a]:ctx.ends[a]])
    return Claim(np.src_start, np.src_end, name, cue, Source(np.src_start, np.src_end, name, "named_person", name), None, False)


def _continuation(ctx: Context, cont: tuple[int, int], prev: tuple[Claim, Speaker]) -> tuple[Claim, Speaker] | None:
    o, close = cont
    pclaim, sp = prev
    if pclaim.source is None:
        return None
    ca, cb, _ = trim(ctx, ctx.starts[o] + 1, ctx.starts[close])
    if cb <= ca:
        return None
    cue = Span(ctx.starts[o], ctx.ends[o], ctx.text[ctx.starts[o]:ctx.ends[o]])
    source = Source(cue.end, cue.end, "", pclaim.source.kind, pclaim.source.resolved)
    claim = Claim(ca, cb, ctx.text[ca:cb], cue, source, pclaim.via, True)
    return claim, sp
