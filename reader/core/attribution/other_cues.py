"""Cues other than a plain reporting verb: prepositional cues (بحسب، وفقا لـ، حسبما قال ...),
follow-on participles (مشيرا إلى أن ...), non-responses (لم ترد، رفض التعليق) and headline
colons (تقرير: ...).
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.text import fold

from .context import Context, is_quote_mark
from .cues import (
    COMMENT_WORDS, DECLINE, NO_REPLY, PREFERRED_NOT, PARTICIPLES, PREP_NEEDS_FOLLOW, PREPOSITIONS, SAYING, SAYING_NOUNS, VERB_FORMS, VERB_PREPOSITION, VerbForm,
)
from .complements import EVENT_PREPS, described_then_bi, _first_letter_len, comp_start, is_complement, own_preposition_at
from .between import prayer_end, skip_to_complement
from .cand import Cand
from .events import _event_phrase, _skip_adverbs
from .outlets import gazetteer_says_media, known_outlet_length, match_outlet
from .phrases import NP, _lookup, _stopword, _word, def_chain
from .sources import _ministry_named, anonymity_clause, bare, marks_source, parse_np
from .words import COMMITTEE_FIELDS, FIRST_NAMES, KNOWN_ORGS, PARLIAMENT_ADJ, UTILITIES
from .words import (
    ANON_HEADS, AUDIENCE, BY_SAYING, ISSUE_VERBS, THAT_IS, DESCRIPTIONS, BYLINE_WORDS, DOC_HEADS, FILLERS, MEDIA_TYPES, ORG_HEADS, PLACES, ROLE_HEADS,
    INDEF_ADJECTIVES, RELATIVE_PRONOUNS, SPEECH_EVENTS, TIME_WORDS, bare_nisba, complementizer, folded_set,
    in_lexicon, is_definite, is_nisba, is_verb_like, strip_possessive,
)

_LAM = folded_set("ل لـ")
_MA = folded_set("ما لما")
_THEN = folded_set("فإن فان فقد ف وإن")
_WHERE_IT_SAID = folded_set("في عبر خلال")
_GOT_IT = folded_set("عليها عليه منها منه")
_SOURCE_KINDS_FOR_PREP = ("media", "document", "anonymous", "unnamed_official", "named_person", "named_organization")


#: Plans and rules: "وفق الخطة" is conformity, not a source ("وفقا لخطة الوزارة" names whose).
_RULES = folded_set("خطه خطت خطط قانون نظام لاءحه لواءح تعليمات ضوابط اشتراطات جدول تشريعات")
#: Agreements, read as a name when a number follows ("وفق اتفاق 2005"): conformity, not a source.
_AGREEMENTS = folded_set("اتفاق اتفاقيه معاهده بروتوكول دستور")


#: "وفق جدول الأسعار الجديد الذي أصدرته المديرية"، "بحسب الجدول الزمني المعلن على موقعه": a table
#: or plan that someone issued or published is a document that says it (not one conformed to).
_ISSUED_TABLE = folded_set("""أصدرته أصدرتها أصدره أصدرها أعلنته أعلنتها أعلنه أعلنها نشرته نشرتها نشره نشرها
    أعدته أعدتها أعده أعدها""")
_PUBLISHED_PART = folded_set("المعلن المعلنة الصادر الصادرة المنشور المنشورة")
_PUBLISHED_WHERE = folded_set("علي عن من في")
_TABLE_WORDS_DEF = folded_set("الخطة الجدول البرنامج الاستراتيجية")
_TABLE_WORDS = _TABLE_WORDS_DEF | folded_set("استراتيجية")


def _issued_table(ctx: Context, j: int, sent_b: int):
    """A table, schedule or plan at ``j`` (after وفق/بحسب, its ل on it or not) that the sentence says
    someone issued or published: the document, as an NP up to that clause; None otherwise."""
    if j >= sent_b or not ctx.words[j]:
        return None
    n = ctx.norms[j]
    lam = n[:1] == "ل" and not n.startswith("ال") and len(n) > 3
    head = bare(n[1:] if lam else n)
    if head.startswith("لل"):
        head = head[1:]
    if not (head in _PLANS or head in _RULE_WORDS or head in _TABLE_WORDS or "ال" + head in _TABLE_WORDS_DEF):
        return None
    e = j + 1
    while e < min(sent_b, j + 6) and ctx.words[e] and not complementizer(ctx.norms[e]) \
            and ctx.norms[e] not in ("الذي", "التي") and ctx.norms[e] not in _PUBLISHED_PART and not is_verb_like(ctx.norms[e]) \
            and not _stopword(ctx.norms[e]):
        e += 1
    if e < j + 2 or not (e + 1 < sent_b and ctx.words[e] and ctx.words[e + 1]):
        return None  # (one word, "للتعليمات التي أصدرتها الهيئة": the parsers below read it whole)
    if ctx.norms[e] in ("الذي", "التي") and ctx.norms[e + 1] in _ISSUED_TABLE:
        who = parse_np(ctx, e + 2, sent_b)
        if who is None or who.start != e + 2 or who.kind not in ("named_organization", "unnamed_official", "named_person"):
            return None
    elif not (ctx.norms[e] in _PUBLISHED_PART and ctx.norms[e + 1] in _PUBLISHED_WHERE):
        return None
    s0 = ctx.starts[j] + (1 if lam and ctx.raw[j][:1] == "ل" else 0)
    return NP(j, e, s0, ctx.ends[e - 1], "document", head)


def _source_like(ctx: Context, np) -> bool:
    """A prepositional cue needs a source (بحسب التقرير), not a rule (وفق القانون)."""
    if np is None or np.kind not in _SOURCE_KINDS_FOR_PREP:
        return False
    if bare(ctx.norms[np.start]) in (_RULES | _AGREEMENTS) and np.start not in ctx.entity_at and np.kind == "named_person" \
            and not np.role:
        return False  # "وفق جدول زمني محدد": a schedule (read as a name), not a source
    if np.kind == "document" and np.end - np.start == 1 and np.start not in ctx.entity_at \
            and (bare(ctx.norms[np.start]) in _RULES or strip_possessive(bare(ctx.norms[np.start])) in _RULES):
        return False  # "تسير المشاريع وفق الخطة"، "وفق جدولها": a plan or rule conformed to
    if np.kind == "named_organization" and np.definite:
        n = ctx.norms[np.start]
        return bool(_lookup(n, ORG_HEADS)) and np.start in ctx.entity_at or bool(_lookup(n, ORG_HEADS))
    if np.kind == "named_organization" and ctx.norms[np.start].startswith("ال") and not _lookup(
        ctx.norms[np.start], ORG_HEADS
    ) and np.start not in ctx.entity_at and not _lookup(ctx.norms[np.start], PLACES):
        return False
    return True


def _verb_with_object(norm: str):
    """ذكرته، نقلته، أوردتها، نشرته: a verb with an object pronoun (after بحسب ما / وفقا لما)."""
    vf = VERB_FORMS.get(norm) or _PUBLISHED.get(norm)
    if vf is not None:
        return vf
    for suf in ("ها", "ه"):
        if norm.endswith(suf) and len(norm) - len(suf) >= 3:  # (ذكره: ذكر and its pronoun)
            vf = VERB_FORMS.get(norm[: -len(suf)]) or _PUBLISHED.get(norm[: -len(suf)])
            if vf is not None:
                return vf
    return None


#: "بحسب ما نشرته صحيفة X": publishing, a cue only after بحسب ما / وفقا لما.
_PUBLISHED = {fold(f): VerbForm(fold("نشر"), "perf", 3, g, "s", "", "o") for f, g in (("نشر", "m"), ("نشرت", "f"))}


#: "بحسب الخطة"، "وفق الجدول الزمني": a plan or schedule followed, not a source.
_CURRENT = folded_set("الحالية الحالي الراهنة الراهن")
_GIVENS = folded_set("معطيات المعطيات")
_PLANS = folded_set("خطة خطط برنامج جدول جداول مخطط موعد مواعيد اشتراطات ضوابط شروط معايير أنظمة لوائح تعليمات توجيهات أسس قواعد آلية آليات إجراءات مراحل")
_PREP_MA = folded_set("حسبما وحسبما بحسبما")
_WAS = folded_set("كان كانت كانوا قد")
#: "فتح باب التصدير وفق ضوابط واضحة": rules followed (indefinite, mid-sentence), no source.
BY_HIM = {fold(w): g for w, g in (("بحسبه", "m"), ("وبحسبه", "m"), ("بحسبها", "f"), ("وبحسبها", "f"),
                                      ("حسبه", "m"), ("وحسبه", "m"), ("حسبها", "f"), ("وحسبها", "f"))}
_TO_HIM = {fold(w): g for w, g in (("له", "m"), ("لها", "f"))}
_ACCORDING_TO = folded_set("وفقا ووفقا طبقا وطبقا تبعا وتبعا")


def _pronoun_prep(ctx: Context, i: int, sent_b: int) -> tuple[int, str] | None:
    """"بحسبه"، "وفقا لها": a prepositional cue on a pronoun, set off by commas or opening the
    sentence: (token past it, the pronoun's gender), or None."""
    n = ctx.norms[i]
    if n in BY_HIM:
        end, gender = i + 1, BY_HIM[n]
    elif n in _ACCORDING_TO and i + 1 < sent_b and ctx.words[i + 1] and ctx.norms[i + 1] in _TO_HIM:
        end, gender = i + 2, _TO_HIM[ctx.norms[i + 1]]
    else:
        return None
    if end >= sent_b:
        return None
    opens = i == sent_a_of(ctx, i) or ctx.is_punct(i - 1, "،,")
    if not ctx.is_punct(end, "،,") and not (opens and ctx.words[end] and (
            ctx.norms[i] in _ACCORDING_TO or ctx.norms[end] in ("فان", "فإن"))):
        return None  # (a comma after it, or a clause it opens: "حسبه أن …" is "it is enough for him")
    return end, gender


def sent_a_of(ctx: Context, i: int) -> int:
    return ctx.sents[ctx.sent_of[i]][0]


_CARRIED_IT = folded_set("نقلته نقلتها أوردته أوردتها بثته بثتها")
_AS_PER = folded_set("بحسب وبحسب حسب وحسب")
_NEWS_CAME = folded_set("تقارير أنباء معلومات أخبار تفاصيل إحصاءات أرقام")
_CATEGORIES = folded_set("الجنسية الجنس النوع الفئة الفئات الحجم العمر القطاع القطاعات المنطقة المناطق المدينة "
                         "الأهمية الأولوية الحاجة الطلب الموسم الكمية المساحة الدرجة المستوى")
_DEPENDING = folded_set("حسب بحسب وحسب وبحسب وفق")
_MEASURES = folded_set("حركة حجم نوع طبيعة مستوى درجة كمية مدة")
_VARIES = folded_set("تختلف يختلف تتفاوت يتفاوت تتباين يتباين تتراوح يتراوح تتغير يتغير تختلف وتختلف ويختلف وتتفاوت "
                     "ويتفاوت وتتراوح ويتراوح وتتباين ويتباين تحدد يحدد وتحدد ويحدد")
_RULE_WORDS = folded_set("ضوابط شروط معايير آلية آليات أسس قواعد اشتراطات أحكام لائحة لوائح جداول جدول مواعيد")
_PLANS_BARE = folded_set("خطط خطة برنامج برامج")
_TABLES = folded_set("جدول جداول")
_BY_HASAB = folded_set("حسب بحسب وحسب وبحسب")  # (not وفق: "وفق جدول التعرفة" conforms to it)
_WHEN_WORDS = folded_set("المواعيد الزمني الزمنية الأعمال المباريات الرحلات")
_COUNT_WORDS = folded_set("ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة")


def parse_prep(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    n = ctx.norms[i]
    pronoun = _pronoun_prep(ctx, i, sent_b)
    if pronoun is not None:
        end, gender = pronoun  # "وبحسبه، فإن …"، "وتحتاج السلطنة، وفقا لها، إلى …": the last source named
        c = Cand(i, end, "prep", i, end, gender=gender, implied=True)
        c.phrase_end = end
        if ctx.words[end] and ctx.norms[end] not in ("فان", "فإن"):
            c.claim_tok = end  # "ووفقا لها ستُراجع أسعار الطاقة …": the clause it opens
            return c
        return _prep_claim(ctx, c, sent_a, sent_b)
    follows = PREPOSITIONS.get(n)
    if follows is None:
        return None
    norms = ctx.norms
    if n == _FA_HASB and not (i == sent_a or ctx.is_punct(i - 1, "،,")):
        return None  # "ليس هذا فحسب"، "على الرياض فحسب بل": only; "…، فحسب وزير الخارجية «…»" opens a clause
    if i + 1 < sent_b and norms[i + 1] == "الله" and n in ("حسب", "وحسب"):
        return None  # "بهاء حسب الله": a name, not "according to"
    if n in ("بالعوده", "وبالعوده") and i > sent_a and ctx.words[i - 1] and not complementizer(norms[i - 1]):
        return None  # "لإقناعهم بالعودة إلى المدينة": returning, inside a clause, refers to no source
    if n in _DEPENDING and i + 2 < sent_b and ctx.words[i + 1] and norms[i + 1] in _MEASURES and ctx.words[i + 2] \
            and is_definite(norms[i + 2]):
        return None  # "ترتفع الأسعار أو تنخفض بحسب حركة الواردات": by how much comes in, no source
    if n in _DEPENDING and i + 1 < sent_b and ctx.words[i + 1] and (norms[i + 1] in _CATEGORIES or (
            norms[i + 1] == "عدد" and i + 2 < sent_b and norms[i + 2] != "من")):
        return None  # "توزيع العمالة حسب الجنسية"، "تتضاعف الغرامة بحسب عدد العمال": by category, no source
    if n in _DEPENDING and any(ctx.words[t] and norms[t] in _VARIES for t in range(max(sent_a, i - 8), i)) \
            and not any(not ctx.words[t] for t in range(max(sent_a, i - 8), i) if any(
                ctx.words[u] and norms[u] in _VARIES for u in range(max(sent_a, i - 8), t))):
        return None  # "وتختلف الأسعار حسب المصدر ونوع الذبيحة": depending on, no source
    j = i + 1
    if j + 1 < sent_b and ctx.words[j] and n not in _PREP_MA and i > sent_a and (
            norms[j][:1].isdigit() or norms[j] in _COUNT_WORDS) and ctx.words[j + 1] and not is_definite(norms[j + 1]):
        return None  # "وتحتسب الفاتورة وفق خمس شرائح": by so many brackets, no source
    issued = _issued_table(ctx, j, sent_b) if n not in _PREP_MA and i > sent_a + 1 else None
    if issued is None and j < sent_b and ctx.words[j] and n not in _PREP_MA and i > sent_a + 1 and (
            bare(norms[j]) in _PLANS and norms[j].startswith("ال") or bare(norms[j]) in _RULE_WORDS
            and not norms[j].startswith("ال") and not (
                bare(norms[j]) in _TABLES and n in _BY_HASAB and j + 1 < sent_b and ctx.words[j + 1] and is_definite(norms[j + 1])
                and norms[j + 1] not in _WHEN_WORDS)  # ("بحسب جدول الأسعار": the price table, a document)
            or norms[j][:2] == "لل" and (norms[j][1:] in _RULE_WORDS or bare(norms[j]) in _TABLES)
            or strip_possessive(bare(norms[j])) in _TABLES and strip_possessive(bare(norms[j])) != bare(norms[j])
            or norms[j] in _PLANS_BARE and not (
                j + 1 < sent_b and ctx.words[j + 1] and is_definite(norms[j + 1]))):
        # ("وفق خطط طويلة المدى": plans of no one; but "وفقا لخطة التسوية": that plan, a document)
        return None  # "يسير بحسب الخطة الزمنية"، "وفق الجدول المحدد": as planned, no source
    if i == sent_a and n in _AS_PER and i + 3 < sent_b and norms[i + 1] == "ما" and norms[i + 2] in _CARRIED_IT:
        m = match_outlet(ctx, i + 3, sent_b)
        e = m.end if m is not None else -1
        if e > 0 and ctx.raw[e] == "(":
            e = next((t + 1 for t in range(e + 1, min(sent_b, e + 5)) if ctx.raw[t] == ")"), e)  # "(واس)"
        if m is not None and not m.anaphor and e + 1 < sent_b and ctx.is_punct(e, "،,") \
                and ctx.words[e + 1] and norms[e + 1] in VERB_FORMS:
            return None  # "وبحسب ما نقلته وكالة «واس»، أكد X أن": the agency is the via of X's record, no record itself
    c = Cand(i, i + 1, "prep", i, i + 1)
    verb_at = -1
    if n.endswith("ما") and n not in ("بحسب", "حسب"):
        verb_at = j
    elif j < sent_b and norms[j] in _MA and norms[j] in follows:
        verb_at = j + 1
    if 0 <= verb_at < sent_b - 1 and ctx.words[verb_at] and norms[verb_at] in _WAS:
        t = verb_at + 1 if not (ctx.words[verb_at + 1] and norms[verb_at + 1] == "قد") else verb_at + 2
        if t < sent_b and ctx.words[t] and _verb_with_object(norms[t]) is not None:
            verb_at = t  # "بحسب ما كان أعلنه البنك"، "وفقا لما كانت قد أعلنته الشركة": what it had said
    if verb_at >= 0 and verb_at + 2 < sent_b and norms[verb_at] in _CAME_FORMS and norms[verb_at + 1] == "في" \
            and ctx.words[verb_at + 2]:
        np = parse_np(ctx, verb_at + 2, sent_b)  # "وفقا لما جاء في بيان الهيئة": what the statement says
        if np is None or np.kind not in ("document", "media"):
            return None
        c.cue_b, c.np, c.lemma, c.gender = verb_at + 2, np, _CAME, "m"
        c.anonymous = False
        k = skip_to_complement(ctx, c, np.end, sent_b)
        c.phrase_end = k
        return _prep_claim(ctx, c, sent_a, sent_b)
    if verb_at >= 0:
        vf = _verb_with_object(norms[verb_at]) if verb_at < sent_b else None
        if vf is None or vf.person != 3:
            return None
        if vf.lemma in _DECIDED:
            return None  # "وفق ما أقره مجلس الوزراء": in line with a decision (an act), nothing said
        if norms[verb_at] in _RUMOURED and not any(ctx.words[t] and (
                t in ctx.entity_at or in_lexicon(norms[t], ANON_HEADS) or in_lexicon(norms[t], ORG_HEADS)
                or in_lexicon(norms[t], MEDIA_TYPES)) for t in range(verb_at + 1, min(sent_b, verb_at + 2))):
            return None  # "…، بحسب ما تردد": a rumour with no one behind it (but "حسبما تردد مصادر")
        c.cue_b = verb_at + 1
        c.verb, c.lemma, c.gender, c.number = vf, vf.lemma, vf.gender, vf.number
        k = verb_at + 1
        if _word(ctx, k, sent_b) and norms[k] in ("عنه", "عنها", "به", "بها", "عليه", "عليها"):
            k += 1  # "وفق ما كشف عنه التقرير"، "وفق ما نصت عليه اللائحة"
        t = k
        while t < min(sent_b, k + 3) and ctx.words[t] and norms[t] in TIME_WORDS:
            t += 1
        if t > k and t < sent_b and ctx.words[t] and norms[t] not in ("عن",):
            k = t  # "حسب ما أعلن اليوم الخميس النادي الكاتالوني": the time, then who
        if k + 1 < sent_b and ctx.words[k] and norms[k][:1] == "ل":
            m = match_outlet(ctx, k, sent_b, preposition=True)
            if m is not None and not m.anaphor and m.end < sent_b:
                c.via = m  # "وفق ما أكده لـ«مكة» مسؤولون …": the paper told, then who
                k = m.end + (1 if not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
        if _word(ctx, k, sent_b) and norms[k] not in ("عن",):
            c.np = parse_np(ctx, k, sent_b, feminine=vf.gender == "f")
        elif k + 1 < sent_b and k in ctx.quote_open_tok and ctx.words[k + 1] and not complementizer(norms[k + 1]) \
                and norms[k + 1] not in VERB_FORMS and not is_verb_like(norms[k + 1]):
            c.np = marks_source(ctx, k, sent_b)  # "ووفقا لما نشرته «الحياة»، فإن …" (a name, not a quotation)
        if c.np is None and i > sent_a + 2 and ctx.is_punct(i - 1, "،,"):
            from .parse import _opening_subject
            left = _opening_subject(ctx, sent_a, i - 1, any_body=True)
            if left is not None and (vf.gender != "f" or left.feminine or ctx.norms[left.start].endswith("ه")):
                c.np, c.sv = left, True  # "وسجلت الشركة أرباحا …، حسبما أعلنت في بيان": the company
        if c.np is None:
            c.implied = True
        elif not c.sv:
            k = c.np.end
            c.anonymous = anonymity_clause(ctx, k, sent_b)
    elif j < sent_b and norms[j] in SAYING_NOUNS and n in ("بحسب", "حسب", "وبحسب", "وحسب"):
        # "وستساهم في النهضة الاقتصادية حسب قوله": his own words, the clause before
        c.cue_b, c.implied, c.gender = j + 1, True, SAYING_NOUNS[norms[j]]
        c.phrase_end = j + 1
        if i > sent_a:
            c.mode = "before"
            return c
        return None
    else:
        strip = ""
        if n in PREP_NEEDS_FOLLOW:
            if j >= sent_b or norms[j] not in follows:
                return None
            c.cue_b = j + 1
            k = j + 1
        elif j < sent_b and norms[j] in _LAM:
            c.cue_b = j + 1
            k = j + 1
        else:
            k = j
            if any(f in ("ل",) for f in follows):
                strip = "ل"
        c.np = issued or _said_by(ctx, k, sent_b, strip) or _announcement(ctx, k, sent_b, strip) or _decree(ctx, k, sent_b, strip) \
            or _text_of(ctx, k, sent_b, strip) or _tour_by(ctx, k, sent_b, strip) \
            or _legal_text(ctx, k, sent_b, strip, i <= sent_a + 1 or ctx.is_punct(i - 1, "،,")) \
            or marks_source(ctx, k, sent_b) or parse_np(ctx, k, sent_b, strip=strip)
        if not _source_like(ctx, c.np):
            return None
        phrase_end = next((t for t in range(c.np.start, min(sent_b, c.np.start + 8)) if not ctx.words[t]),
                          min(sent_b, c.np.start + 8))
        if c.np.kind == "document" and any(ctx.norms[t] in _CURRENT for t in range(c.np.start, phrase_end)) and (
                bare(ctx.norms[c.np.start]) in _GIVENS or i > sent_a + 1 and not ctx.is_punct(i - 1, "،,")):
            return None  # "وفق المعطيات الحالية"، "حسب معطيات بيئة السوق الحالية": as things stand, no source
        if c.np.kind == "media" and bare(ctx.norms[c.np.start]) == _SITE:
            c.np.kind = "document"  # بحسب موقع «X»: a website consulted, like a report
        c.anonymous = anonymity_clause(ctx, c.np.end, sent_b)
        k = c.np.end
        if c.np.kind == "document" and k + 1 < sent_b and ctx.words[k] and norms[k] in _MADE_IT:
            shut = k + 1
            while shut < min(sent_b, k + 14) and (ctx.words[shut] or shut in ctx.quote_open_tok
                                                  and ctx.quote_open_tok[shut] - shut <= 5):
                shut = ctx.quote_open_tok[shut] + 1 if not ctx.words[shut] else shut + 1  # (a name in marks: أجرته «رويترز»)
            shut = shut if shut < min(sent_b, k + 14) else -1
            if shut > k + 1 and ctx.is_punct(shut, "،,") and not any(
                    complementizer(norms[t]) or norms[t] in VERB_FORMS for t in range(k + 1, shut)) \
                    and shut + 1 < sent_b and ctx.words[shut + 1] and not complementizer(norms[shut + 1]):
                k = shut  # "ووفقا لمسح أجرته الغرفة في العام السابق، كانت …": who made it, then the claim
        if c.np.kind == "document" and k + 1 < sent_b and ctx.words[k] and norms[k] in _CARRIED_IT:
            t = k + 1
            marked = not ctx.words[t] and t in ctx.quote_open_tok
            m = match_outlet(ctx, t + 1 if marked else t, sent_b, ambiguous_ok=marked) or (
                match_outlet(ctx, t, sent_b) if not marked else None)
            if m is not None and not m.anaphor:
                c.via = m  # "بحسب تقرير نقلته وكالة «رويترز»": the agency that carried the report
                k = m.end + (1 if m.end < sent_b and not ctx.words[m.end] and ctx.raw[m.end] in "»\"”" else 0)
        if i > sent_a + 2 and ctx.is_punct(i - 1, "،,") and k + 3 < sent_b and ctx.is_punct(k, "،,") \
                and norms[k + 1] in _RELATIVES and norms[k + 2] in VERB_FORMS:
            # "…، بحسب اللجنة المنظمة، التي أشارت إلى أن …": the relative clause on the source is a
            # record of its own (its verb is read next)
            c.phrase_end = k
            c.mode = "before"
            return c
    k = skip_to_complement(ctx, c, k, sent_b)
    c.phrase_end = k
    return _prep_claim(ctx, c, sent_a, sent_b)


_CAME = fold("جاء")
_DECIDED = folded_set("أقر قرر اعتمد")
_HIS_NAME = folded_set("اسمه اسمها اسمهم هويته هويتها هويتهم اسميهما هويتهما")
_CAME_FORMS = folded_set("جاء ورد")  # "وفقا لما جاء في"، "بحسب ما ورد في": what a document says
_FA_HASB = fold("فحسب")

#: "وفقا لتصريحات X"، "بحسب رأي المختصين"، "بحسب تعبير أحد المستثمرين": what a source said or
#: thinks, in its words; the source is X.
_SAID = folded_set("تصريحات تصريح رأي آراء قول كلام حديث تعليقات تعبير وصف")
_SPEAKERS = ("named_person", "named_organization", "anonymous", "unnamed_official", "media")


_ANNOUNCEMENT = folded_set("إعلان")


_TOUR = folded_set("جولة جولات")


def _tour_by(ctx: Context, k: int, sent_b: int, strip: str):
    """"بحسب جولة لـ«الوطن» في أسواق …": a paper's own round of the markets; the paper says so."""
    from .phrases import NP

    n = ctx.norms[k] if k < sent_b and ctx.words[k] else ""
    bare_n = n[len(strip):] if strip and n.startswith(strip) else n
    if bare_n not in _TOUR or k + 1 >= sent_b:
        return None
    m = match_outlet(ctx, k + 1, sent_b, preposition=True)
    if m is None or m.anaphor:
        return None
    return NP(m.first, m.end, m.start_char, m.end_char, "media", ctx.norms[m.first] if ctx.words[m.first] else "")


_TEXT_WORDS = folded_set("نص")


def _text_of(ctx: Context, k: int, sent_b: int, strip: str):
    """"بحسب نص المقترح"، "وفقا لنص القرار": the text of a document is that document."""
    from .phrases import NP

    n = ctx.norms[k] if k < sent_b and ctx.words[k] else ""
    bare_n = n[len(strip):] if strip and n.startswith(strip) else n
    if bare_n not in _TEXT_WORDS or k + 1 >= sent_b or not ctx.words[k + 1] or not is_definite(ctx.norms[k + 1]):
        return None
    inner = parse_np(ctx, k + 1, sent_b)
    if inner is None or inner.start != k + 1 or inner.kind != "document":
        return None
    return NP(k, inner.end, ctx.starts[k] + (len(n) - len(bare_n)), inner.src_end, "document", inner.head, definite=True)


def _announcement(ctx: Context, k: int, sent_b: int, strip: str):
    """"وفقا لإعلان الشركة على موقع «تداول»": a company's announcement, a document."""
    n = ctx.norms[k] if _word(ctx, k, sent_b) else ""
    if not (n in _ANNOUNCEMENT or (strip and n[:1] == strip and n[1:] in _ANNOUNCEMENT)) or not _word(ctx, k + 1, sent_b):
        return None
    t = k + 1
    if ctx.norms[t] in _MADE_IT and _word(ctx, t + 1, sent_b):
        t += 1  # "وفق إعلان نشرته الشركة على موقع السوق": the announcement it published
    inner = parse_np(ctx, t, sent_b)
    if inner is None or inner.start != t or inner.kind not in ("named_organization", "unnamed_official"):
        return None
    a = ctx.starts[k] + (1 if strip and n[:1] == strip else 0)
    return NP(k, inner.end, a, inner.src_end, "document", bare(n))


_DECREES = folded_set("قرار مرسوم")
_ISSUED_BY = folded_set("صادر الصادر صادرة الصادرة")


def _decree(ctx: Context, k: int, sent_b: int, strip: str):
    """"وفقا لقرار صادر عن رئاسة الوزراء"، "بحسب قرار مجلس الوزراء": a decree, a document (its
    issuer named with it)."""
    n = ctx.norms[k] if _word(ctx, k, sent_b) else ""
    if strip and n[:1] == strip:
        n = n[1:]
    if n not in _DECREES or not _word(ctx, k + 1, sent_b):
        return None
    t = k + 1
    if ctx.norms[t] in _ISSUED_BY and _word(ctx, t + 1, sent_b) and ctx.norms[t + 1] in ("عن", "من"):
        t += 2
    inner = parse_np(ctx, t, sent_b) if _word(ctx, t, sent_b) else None
    if inner is None or inner.start != t or inner.kind not in ("named_organization", "unnamed_official", "named_person"):
        return None
    a = ctx.starts[k] + (1 if strip and ctx.norms[k][:1] == strip else 0)
    return NP(k, inner.end, a, inner.src_end, "document", n)


def _legal_text(ctx: Context, k: int, sent_b: int, strip: str, bare_ok: bool):
    """"وبحسب نص الاتفاق"، "ووفقا للاتفاقية"، "بحسب القرار": the text of an agreement or a
    decision, a document (with its adjectives and genitive)."""
    if not _word(ctx, k, sent_b):
        return None
    n = ctx.norms[k]
    a = ctx.starts[k]
    if strip and n[:1] == strip:
        n, a = n[1:], a + 1
        if n.startswith("ل") and not n.startswith("ال"):
            n, a = "ا" + n, a + 1  # للاتفاق: ل + الاتفاق (the span, as for للتقرير, after both)
    t = k
    if n in _COURT_ORDERS and _word(ctx, k + 1, sent_b) and ctx.norms[k + 1] in _COURT_STAGES:
        end = def_chain(ctx, k + 1, sent_b)  # "وحسب قرار الإحالة"، "وفقا لأمر الإحالة": a court paper
        return NP(k, end, a, ctx.ends[end - 1], "document", bare(n), definite=True)
    if bare(n) == _TEXT and _word(ctx, k + 1, sent_b):
        t, n = k + 1, ctx.norms[k + 1]
    elif not bare_ok:
        return None  # "وتم توزيع المساعدات وفقا للقرار": as decided, a manner, no source quoted
    if n not in _AGREED_TEXTS:
        return None
    end = def_chain(ctx, t, sent_b) if is_definite(n) else t + 1
    return NP(k, max(end, t + 1), a, ctx.ends[max(end, t + 1) - 1], "document", bare(n), definite=True)


_TEXT = fold("نص")
_COURT_ORDERS = folded_set("قرار أمر")
_COURT_STAGES = folded_set("الإحالة الاتهام الإدانة")
#: Texts agreed or decreed that a story reports the content of.
_AGREED_TEXTS = folded_set("الاتفاق الاتفاقية الاتفاقيه القرار المرسوم القانون المعاهدة الوثيقة الدستور البيان الرسالة "
                           "الخطاب")


def _said_by(ctx: Context, k: int, sent_b: int, strip: str):
    n = ctx.norms[k] if _word(ctx, k, sent_b) else ""
    if not (n in _SAID or (strip and n[:1] == strip and n[1:] in _SAID)) or not _word(ctx, k + 1, sent_b):
        return None
    t = k + 1
    while t < sent_b and ctx.words[t] and (ctx.norms[t] in INDEF_ADJECTIVES or bare_nisba(ctx.norms[t])) and t - k < 3:
        t += 1  # "تصريحات سابقة لمدير عام المرور": an adjective, then whose
    if t > k + 1:
        lam = _word(ctx, t, sent_b) and ctx.norms[t][:1] == "ل" and not ctx.norms[t].startswith("ال")
        inner = parse_np(ctx, t, sent_b, strip="ل") if lam else None
    else:
        inner = parse_np(ctx, k + 1, sent_b)
    return inner if inner is not None and inner.kind in _SPEAKERS else None


def _more_of_the_source(ctx: Context, k: int, sent_b: int) -> bool:
    """From ``k`` to the sentence's end, words that only go on describing a trailing source ("…،
    بحسب رصد وحدة التقارير | في «الاقتصادية» لنتائج البنوك المعلنة على «تداول»."): no comma, no
    إن/أن, no new clause."""
    end = sent_b
    while end > k and not ctx.words[end - 1] and ctx.raw[end - 1] in ".!؟?":
        end -= 1
    if not k < end <= k + 16:
        return False
    for t in range(k, end):
        if not ctx.words[t]:
            if ctx.raw[t] not in "«»\"“”()":
                return False
            continue
        n = ctx.norms[t]
        if complementizer(n) or n in _NEW_CLAUSE or n in VERB_FORMS and VERB_FORMS[n].prefix in ("و", "ف"):
            return False
        if n[:1] == "ل":
            m = match_outlet(ctx, t, end, preposition=True)
            if m is not None and not m.anaphor:
                return False  # ("… مدير التنسيق في وزارة الصحة لوكالة فرانس برس": whom he told, read as a via)
    return True


_NEW_CLAUSE = folded_set("فيما وفيما بينما وبينما حيث إذ إذا ثم كما لكن ولكن")



def _prep_claim(ctx: Context, c: Cand, sent_a: int, sent_b: int) -> Cand | None:
    """The clause a prepositional cue attaches to: after it at the start of the sentence,
    before it at the end, the whole sentence in the middle."""
    start = c.phrase_start
    lead = all(not ctx.words[t] or ctx.norms[t] in ("و",) for t in range(sent_a, start)) \
        or _discourse_opener(ctx, sent_a, start) or _dateline_before(ctx, sent_a, start)
    k = c.phrase_end
    if c.np is not None and k == c.np.end and k in ctx.quote_open_tok and 0 < ctx.quote_open_tok[k] - k <= 4 \
            and all(ctx.words[t] for t in range(k + 1, ctx.quote_open_tok[k])):
        e = ctx.quote_open_tok[k] + 1  # "التقرير السنوي لمؤسسة النقد «ساما» الصادر أمس.": its short name in marks
        if e < sent_b and ctx.words[e] and ctx.norms[e] in _ISSUED_IN:
            e += 1
            while e < sent_b and ctx.words[e] and ctx.norms[e] in TIME_WORDS:
                e += 1
        if all(not ctx.words[t] for t in range(e, sent_b)):
            c.phrase_end = k = e
    while k < sent_b and not ctx.words[k] and ctx.raw[k] in "،,:":
        k += 1
    if k >= sent_b or all(not ctx.words[t] for t in range(k, sent_b)) \
            or start > sent_a + 2 and ctx.is_punct(start - 1, "،,") and ctx.norms[start][:1] != "ف" \
            and _more_of_the_source(ctx, k, sent_b):  # (not "، فحسب وزير الخارجية X «…»": a new clause, his words)
        if start > sent_a:
            c.mode = "before"
            return c
        return None
    if start > sent_a + 2 and k + 1 < sent_b and ctx.is_punct(k - 1, "،,") \
            and ctx.words[k] and ctx.norms[k] in RELATIVE_PRONOUNS and ctx.words[k + 1] and ctx.norms[k + 1] in VERB_FORMS:
        c.mode = "before"  # "…، وفق ما أفاد به X، الذي أشار إلى أن …": the relative clause is his own record
        return c
    if not lead and start > sent_a + 2 and ctx.is_punct(start - 1, "،,") and k < sent_b and k > c.phrase_start \
            and ctx.is_punct(k - 1, "،,") and ctx.words[k] and (
                ctx.norms[k] in _NARRATOR_GOES_ON or ctx.norms[k] in ("وهو", "وهي")
                or ctx.norms[k] == "في" and k + 1 < sent_b and ctx.norms[k + 1] == "حين"):
        c.mode = "before"  # "…، وفقا لبيانات الهيئة، فيما بقي …": the narrator goes on after the source
        return c
    # "…، وبحسب صندوق النقد يتوقع أن …": a new clause opens with the source, like a sentence
    lead = lead or (start > sent_a + 1 and ctx.norms[start][:1] in "وف" and ctx.is_punct(start - 1, "،,")
                    and not _trailing(ctx, k, sent_b))
    if lead:
        k = _lead_source_to_comma(ctx, c, k, sent_b)
        if ctx.norms[k] in _THEN and not (ctx.norms[k - 1] == ctx.norms[k] and ctx.words[k - 1]):
            k += 1  # (but "، فقد فقد الاقتصاد …": the second فقد is the verb, "lost")
        elif ctx.norms[k].startswith("ف") and len(ctx.norms[k]) > 3 and ctx.norms[k][1:] in ("ان", "قد"):
            k += 1
        c.claim_tok = k
        return c
    if c.verb is not None and is_complement(ctx, c.phrase_end, sent_b) and not _site_in_marks(ctx, c.phrase_end, sent_b):
        c.claim_tok = comp_start(ctx, c.phrase_end, sent_b)
        return c
    if start > sent_a + 2 and (ctx.is_punct(start - 1, "،,") or c.verb is not None and start > sent_a + 4
                               or ctx.norms[start - 1] in THAT_IS and ctx.is_punct(start - 2, "،,")) \
            and _trailing(ctx, k, sent_b):
        # ("… لدفنها بحسب ما قال X مدير … لوكالة فرانس برس": بحسب ما قال ends the sentence, no comma)
        c.mode = "before"  # "…، حسبما أعلن المجلس صباح الأربعاء": a time or a relative clause trails
        if c.via is None:
            for t in range(k, sent_b):  # "… مدير التنسيق في الوزارة لوكالة فرانس برس": whom he told
                if ctx.words[t] and ctx.norms[t][:1] == "ل":
                    m = match_outlet(ctx, t, sent_b, preposition=True)
                    if m is not None and not m.anaphor:
                        c.via = m
                        break
        return c
    if start >= sent_a + 2 and k < sent_b and k > c.phrase_start and ctx.is_punct(k - 1, "،,") \
            and ctx.words[k] and ctx.norms[k] in _NARRATOR_GOES_ON:
        c.mode = "before"  # "… رغم كل شيء بحسب جاك، مع تسجيل فترتين …": the narrator goes on after the comma
        return c
    c.mode = "whole"
    return c


_OPENER_WORDS = folded_set("من جهة جهته جهتها أخرى ثانية جانب جانبه جانبها آخر في المقابل ذلك السياق هذا "
                           "على صعيد متصل آخر وفي ومن وعلى إلى ذلك بالإضافة إضافة كذلك")


#: Words after "بحسب X،" in mid-sentence with which the narrator goes on: the source bears on
#: what came before.
_NARRATOR_GOES_ON = folded_set("مع وسط بينما فيما حيث وذلك ما مما")


def _dateline_before(ctx: Context, sent_a: int, start: int) -> bool:
    """"الكويت - وفقا لمعهد …، تبلغ": only a dateline (a place and a dash) before the cue."""
    if not (sent_a < start - 1 <= sent_a + 5) or ctx.words[start - 1] or ctx.raw[start - 1] not in "-–—":
        return False
    return all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS or ctx.raw[t] in "()/،," for t in range(sent_a, start - 1))


def _discourse_opener(ctx: Context, sent_a: int, start: int) -> bool:
    """"من جهة أخرى، وبحسب ..."، "في المقابل، وفقا لـ ...": a short discourse opener and a
    comma before the cue, which still heads the sentence."""
    if start - sent_a < 2 or start - sent_a > 6 or not ctx.is_punct(start - 1, "،,"):
        return False
    return all(ctx.words[t] and ctx.norms[t] in _OPENER_WORDS for t in range(sent_a, start - 1))


def _site_in_marks(ctx: Context, k: int, sent_b: int) -> bool:
    """"… عبر حسابه الرسمي في «تويتر».": a name in marks after a preposition, ending the
    sentence, is where it was said, not a quotation."""
    close = ctx.quote_open_tok.get(k, -1)
    return 0 < close - k <= 4 and k > 0 and ctx.words[k - 1] and ctx.norms[k - 1] in ("في", "علي", "عبر") \
        and all(not ctx.words[t] for t in range(close + 1, sent_b))


def _trailing(ctx: Context, k: int, sent_b: int) -> bool:
    """What follows a prepositional cue's source to the end of the sentence is a short tail
    (a time, a relative clause, the source's post and whom it told) with no comma, quotation
    or complementizer: the cue ends the sentence, so its claim is what precedes it."""
    from .anonymity import anonymity_clause

    role = k < sent_b and ctx.words[k] and in_lexicon(ctx.norms[k], ROLE_HEADS)
    maker = k < sent_b and ctx.words[k] and ctx.norms[k] in _MADE_IT  # "وفق تقرير حديث أصدرته شركة «جيه إل إل» …"
    site = k + 1 < sent_b and ctx.words[k] and ctx.norms[k] in ("علي", "في", "عبر") and ctx.words[k + 1] \
        and strip_possessive(ctx.norms[k + 1]) in _SITES  # "وفقا لإفصاح الشركة على موقع السوق المالية «تداول» أمس"
    if k > 0 and ctx.is_punct(k - 1, "،,") and k < sent_b and ctx.words[k] and ctx.norms[k].endswith("ا") \
            and anonymity_clause(ctx, k, min(sent_b, k + 4)):
        return True  # "…، وفق ما كشف عنه مصرفي …، طالبا عدم ذكر اسمه": his asking, right after the source
    end = sent_b
    comma = next((t for t in range(k, sent_b) if ctx.is_punct(t, "،,") and ctx.in_quote(t) is None), -1)
    if comma > k and anonymity_clause(ctx, comma + 1, sent_b):
        end = comma  # "…، وفق ما كشف عنه مصرفي مشارك في الصفقة لـ«X»، طالبا عدم ذكر اسمه لأن …"
    from .phrases import _BASED

    based = k < sent_b and ctx.words[k] and (ctx.norms[k] in _BASED or ctx.norms[k] in _ISSUED_WORDS)
    # ("… المستندة إلى البيانات المالية المنشورة …"، "لتقرير "…" الصادر أمس عن شركة "نايت فرانك" …")
    relative = k < sent_b and ctx.words[k] and ctx.norms[k] in _RELATIVES and any(
        ctx.words[t] and ctx.norms[t] in _GOT_IT for t in range(k, min(sent_b, k + 10)))
    # ("وفقا للتقرير الذي اطلعت «عكاظ» على نسخة منه.": how the paper got it)
    if end - k > (16 if role or maker or site or based or relative or end < sent_b else 8):
        return False
    t = k
    while t < end:
        close = ctx.quote_open_tok.get(t, -1)
        if 0 < close < sent_b and close - t <= 4 and (t > k or close + 1 < sent_b and ctx.words[close + 1]) \
                and ctx.words[t - 1] \
                and all(ctx.words[u] and not complementizer(ctx.norms[u]) for u in range(t + 1, close)):
            t = close + 1  # "بحسب بيان نشرته على موقع «تداول».": a name in marks, no quotation
            continue
        if not ctx.words[t]:
            if ctx.raw[t] not in ".؟?!":
                return False
        elif is_complement(ctx, t, sent_b) or t in ctx.quote_open_tok:
            return False
        t += 1
    return True


_RUMOURED = folded_set("تردد يتردد أشيع يشاع")
_ISSUED_WORDS = folded_set("الصادر الصادرة المنشور المنشورة")
_SITE = fold("موقع")
_SITES = folded_set("موقع الموقع موقعها موقعه")
_MADE_IT = folded_set("أصدرته أصدرتها أعدته أعدتها نشرته نشرتها أجرته أجرتها أجراها أجراه وضعته وضعتها نشرها أصدرها أعدها وضعها "
                      "أعلنته أعلنتها أعلنها")
#: Verbs of a relative clause on a document, written without الذي: تقرير صدر أمس، دراسة نشرت.
_RELATIVES = RELATIVE_PRONOUNS


def _its_release(n: str) -> bool:
    """"نشرته"، "بيانها"، "موقعها": a statement, document or site of its own."""
    base = strip_possessive(n)
    if base == n:
        return False
    base = base[:-1] + "ه" if base.endswith("ت") else base  # نشرت|ه: نشرة
    return any(in_lexicon(base, lex) for lex in (SPEECH_EVENTS, DOC_HEADS, MEDIA_TYPES))


def _lead_source_to_comma(ctx: Context, c: Cand, k: int, sent_b: int) -> int:
    """"وبحسب إحصاءات منظمة «X» المتخصصة في إزالة الألغام، فإن ...": at the start of a
    sentence everything up to the comma describes the source (its name in marks, a
    participle with its complement, a ل-genitive), unless a verb, a relative pronoun or an
    anonymity clause opens a clause there (أولياء أمور تحدثوا للجريدة، فإن ...). Returns
    where the attached clause starts (after the comma) or ``k`` unchanged."""
    norms = ctx.norms
    if c.np is not None and k + 1 < sent_b and ctx.words[k] and norms[k] in _WHERE_IT_SAID and ctx.words[k + 1] \
            and _its_release(norms[k + 1]):
        comma = next((t for t in range(k + 1, min(sent_b, k + 10)) if not ctx.words[t]), -1)
        if comma > k + 1 and ctx.raw[comma] in "،," and comma + 1 < sent_b and norms[comma + 1] in _THEN:
            return comma + 1  # "وحسب ما أورده المرصد في نشرته الشهرية، فإن …": where it said so
    if c.np is not None and c.np.kind == "media" and k < sent_b and ctx.words[k] and norms[k] in _ISSUED_IN:
        comma = next((t for t in range(k + 1, min(sent_b, k + 9)) if not ctx.words[t]), -1)
        if comma > k and ctx.raw[comma] in "،," and comma + 1 < sent_b and norms[comma + 1] in _THEN \
                and not any(norms[t] in VERB_FORMS or complementizer(norms[t]) for t in range(k + 1, comma)):
            return comma + 1  # "وفقا لما أوردته صحيفة «غلف نيوز» الصادرة بالإنكليزية في دبي، فإن …": the paper described
    if c.np is not None and c.np.kind in ("anonymous", "unnamed_official") and k == c.np.end and k < sent_b \
            and ctx.words[k] and is_verb_like(norms[k]) and norms[k] not in VERB_FORMS and norms[k].endswith(("وا", "ت")) \
            and not is_definite(norms[c.np.start]):
        comma = next((t for t in range(k + 1, min(sent_b, k + 9)) if not ctx.words[t]), -1)
        if comma > k and ctx.raw[comma] in "،," and comma + 1 < sent_b and norms[comma + 1] in _THEN and not any(
                norms[t] in VERB_FORMS or complementizer(norms[t]) or norms[t] in _RELATIVES for t in range(k + 1, comma)):
            c.np = replace(c.np, end=comma, src_end=ctx.ends[comma - 1])
            return comma + 1  # "بحسب ما نقلته «بلومبيرغ» عن مندوبين حضروا الاجتماع، فإن …": who they are
    if c.np is not None and c.np.kind in ("anonymous", "unnamed_official", "named_person") and k + 2 < sent_b \
            and ctx.words[k] and norms[k][:1] == "ل" and len(norms[k]) > 3 and not _stopword(norms[k]):
        comma = next((t for t in range(k + 1, min(sent_b, k + 5)) if not ctx.words[t] and not is_quote_mark(ctx, t)), -1)
        if comma > k and ctx.is_punct(comma, "،,") and comma + 1 < sent_b and norms[comma + 1] in _THEN:
            m = match_outlet(ctx, k, comma, preposition=True, ambiguous_ok=True)
            if m is not None and not m.anaphor and c.via is None:
                c.via = m
            if m is not None or comma == k + 1:
                return comma + 1  # "وبحسب ما قاله مصدر مصرفي رفيع لإنتربرايز، فإن …": whom he told
    if c.np is not None and c.verb is None and c.np.kind in ("document", "media", "named_organization") and k < sent_b \
            and ctx.words[k] and norms[k] in _RELATIVES and ctx.is_punct(k - 1, "،,"):
        comma = next((t for t in range(k + 1, min(sent_b, k + 16)) if ctx.is_punct(t, "،,")), -1)
        if comma > k + 1 and comma + 1 < sent_b and norms[comma + 1] in _THEN and not any(
                ctx.words[t] and complementizer(norms[t]) for t in range(k + 1, comma)):
            return comma + 1  # "وبحسب التقرير، الذي حمل عنوان «…»، فإن …": a clause on the report between commas
    if c.np is None or c.verb is not None or c.phrase_end != c.np.end or ctx.words[k] is False and ctx.raw[k] in "،,":
        return k
    comma = next((t for t in range(k, min(sent_b, k + 12)) if not ctx.words[t] and ctx.raw[t] in "،,.:؛;"), -1)
    if comma <= k or ctx.raw[comma] not in "،," or comma + 1 >= sent_b:
        return k
    then = norms[comma + 1] in _THEN  # "، فإن": the attached clause starts there in any case
    if norms[k] in _RELATIVES and comma - k <= 8 and any(norms[t] in _GOT_IT for t in range(k, comma)):
        return comma + 1  # "وبحسب نشرة الإصدار التي اطلعت عليها «عكاظ»، حُدد …": how the paper got it
    if norms[k] in _RELATIVES and comma - k <= 8 and c.np.kind in ("document", "media", "named_organization") \
            and all(ctx.words[t] and not complementizer(norms[t]) for t in range(k + 1, comma)):
        return comma + 1  # "وبحسب تقرير مجلس الإدارة الذي عُرض على الجمعية، بلغت …": a clause on the report
    for t in range(k, comma):
        if not ctx.words[t]:
            if ctx.raw[t] in "«»\"“”":
                continue
            return comma + 1 if then else k
        n = norms[t]
        if n in ISSUE_VERBS and t == k:
            return comma + 1  # "وبحسب تقرير للأمم المتحدة صدر الأسبوع الماضي، …": a clause on the report
        if n in VERB_FORMS or n in _RELATIVES or is_complement(ctx, t, sent_b) or is_verb_like(n) and not (
                t > k and norms[t - 1] in ("علي", "في", "عبر") and strip_possessive(n) in _SITES):
            return comma + 1 if then else k  # (but "المنشورة على موقعها الإلكتروني،": where, not a verb)
    if anonymity_clause(ctx, k, comma + 1):
        return comma + 1 if then else k
    if comma == k + 1 and k > 0 and not ctx.words[k - 1] and norms[k].startswith("ال") \
            and norms[k] in DESCRIPTIONS:
        c.phrase_end = comma  # "موقع «X» المتخصص، ...": a bare description after the name
        return comma + 1
    last = comma
    while last - 1 > k and ctx.words[last - 1] and (norms[last - 1] in FILLERS or norms[last - 1] in TIME_WORDS):
        last -= 1  # "وبحسب بيانات «ساما» أيضا،": the adverb is not part of the source
    c.np.end, c.np.src_end = comma, ctx.ends[last - 1]
    c.phrase_end = comma
    return comma + 1


_HOPE = fold("أمل")
_ISSUED_IN = folded_set("الصادرة الصادر التي الذي الناطقة الناطق")


#: "مرجعا ذلك إلى"، "عازيا الأمر إلى": what he puts a thing down to.
_TO_WHAT = folded_set("رجع عزا")


_WENT_ON_TO_SAY = folded_set("ومضى مضى ومضت مضت وختم ختم وختمت واختتم اختتم واختتمت وراح")


def parse_participle(ctx: Context, i: int, sent_a: int, sent_b: int, after_cue: bool, has_cue: bool = False) -> Cand | None:
    """، مشيرا إلى أن ... : a second claim of the same speaker (its source is set later)."""
    pf = PARTICIPLES.get(ctx.norms[i])
    if pf is None:
        return None
    raw = ctx.raw[i].lstrip("وف")
    if pf.number == "p" and pf.gender == "f" and not has_cue and not after_cue and ctx.norms[i].endswith("ات"):
        return None  # ".. ومطالبات بالاندماج": the plural noun (demands), with no speaker before it
    if pf.lemma == _WENT_ON_LEMMA and ctx.norms[i].endswith("ه") and i + 1 < sent_b and ctx.words[i + 1] \
            and not complementizer(ctx.norms[i + 1]) and ctx.norms[i + 1] not in ("قائله", "بالقول"):
        return None  # "…، ومتابعة تنفيذ قرارات القمة": the follow-up (a noun), not "going on" (she said)
    if pf.lemma == _HOPE and (raw.startswith("أ") or i > sent_a and ctx.words[i - 1] and ctx.norms[i - 1] in ("عن", "في")) \
            and raw.endswith("ه"):
        return None  # "عن أمله في أن" (also "عن امله"): his hope (أمله), not hoping (آملة)
    if pf.gender == "f" and pf.number == "s" and raw.endswith("ة") and i > sent_a and ctx.words[i - 1] \
            and is_definite(ctx.norms[i - 1]) and not ctx.norms[i - 1] in PARTICIPLES and i - 2 >= sent_a \
            and ctx.words[i - 2] and complementizer(ctx.norms[i - 2]):
        return None  # "أن الحكومة مطالبة بأن تقدم": the subject and its passive predicate (is called on), no speaker
    if i == sent_a + 1 and ctx.words[sent_a] and ctx.norms[sent_a] in _WENT_ON_TO_SAY and ctx.norms[i] in SAYING \
            and i + 1 < sent_b and (ctx.raw[i + 1] == ":" or is_complement(ctx, i + 1, sent_b)):
        c = Cand(sent_a, i + 1, "part", sent_a, i + 1, gender=pf.gender, number=pf.number, lemma=pf.lemma, implied=True)
        c.claim_tok = comp_start(ctx, i + 1, sent_b)  # "ومضى قائلا: «…»": the speaker before goes on
        c.phrase_end = i + 1
        return c
    if i == sent_a or (i == sent_a + 1 and not ctx.words[sent_a]):
        # "مبينا أن ..." opening a paragraph: the speaker of the paragraph before goes on
        from .suffixed_cues import suffixed_verb

        said = VERB_FORMS.get(ctx.norms[i + 2]) or suffixed_verb(ctx.norms[i + 2]) if i + 2 < sent_b else None
        what_said = said is not None and ctx.norms[i + 1] == "ما" and ctx.words[i + 2] and said.person == 3
        # ("نافيا ما ذكره مسؤولون إسرائيليون عن …": what they said)
        said_colon = ctx.norms[i] in SAYING and i + 1 < sent_b and ctx.raw[i + 1] == ":" and i == sent_a \
            and (i == 0 or ctx.para_of[i - 1] != ctx.para_of[i])  # ("قائلاً: إن أجدادنا …" opening a paragraph)
        if pf.bare or not (is_complement(ctx, i + 1, sent_b) or what_said) or ctx.norms[i] in SAYING and not said_colon:
            return None
        c = Cand(i, i + 1, "part", i, i + 1, gender=pf.gender, number=pf.number, lemma=pf.lemma, implied=True)
        c.claim_tok = comp_start(ctx, i + 1, sent_b) if not what_said else i + 1
        c.phrase_end = i + 1
        return c
    norms = ctx.norms
    comma = ctx.is_punct(i - 1, "،,") or (norms[i].startswith("و") and i - 1 >= sent_a)
    if norms[i] in SAYING and after_cue and not ctx.is_punct(i - 1, "،,"):
        return None  # وتابع قائلا: part of the verb's phrase
    j = prayer_end(ctx, i + 1, sent_b)  # "، مؤكدا - حفظه الله - حرص المملكة على …"
    if pf.lemma == _MERELY:
        if not (j < sent_b and ctx.words[j] and norms[j] in BY_SAYING):
            return None  # "مكتفيا بإصدار بيان": an act; only "مكتفيا بالقول/بالإشارة إلى أن" is speech
        j += 2 if j + 1 < sent_b and norms[j + 1] == "الي" else 1
    via = None
    if j + 1 < sent_b and ctx.words[j] and norms[j][:1] == "ل":
        via = match_outlet(ctx, j, sent_b, preposition=True)
        if via is not None and via.end < sent_b and is_complement(ctx, via.end, sent_b):
            j = via.end  # "، مؤكدا لـ«اليوم» أن …": the paper he said it to
        else:
            via = None
    k = _skip_adverbs(ctx, j, sent_b)
    if k > j and is_complement(ctx, k, sent_b):
        j = k  # "، مبينا في الوقت ذاته أن …": an adverbial before the complement
    if j + 1 < sent_b and ctx.words[j] and norms[j] in AUDIENCE and is_complement(ctx, j + 1, sent_b):
        j += 1  # "، قائلا للصحفيين «…»": whom he told
    event_via = None
    if j + 3 < sent_b and ctx.is_punct(j, "،,") and ctx.words[j + 1] and norms[j + 1] in EVENT_PREPS \
            and ctx.words[j + 2] and in_lexicon(norms[j + 2], SPEECH_EVENTS):
        shut = next((t for t in range(j + 3, min(sent_b, j + 16)) if ctx.is_punct(t, "،,")), -1)
        if shut > 0 and shut + 1 < sent_b and (is_complement(ctx, shut + 1, sent_b) or (
                ctx.words[shut + 1] and norms[shut + 1] == VERB_PREPOSITION.get(pf.lemma))):
            probe = Cand(i, i + 1, "part", i, i + 1)
            _event_phrase(ctx, probe, j + 2, shut)
            j, event_via = shut + 1, probe.via  # "مشيرا، في مؤتمر صحفي عقده في جنيف أمس، إلى أن": where, then what
    if j + 2 < sent_b and ctx.words[j] and norms[j] in EVENT_PREPS and ctx.words[j + 1] \
            and in_lexicon(norms[j + 1], SPEECH_EVENTS):
        probe = Cand(i, i + 1, "part", i, i + 1)
        k = _event_phrase(ctx, probe, j + 1, sent_b)
        if k > j + 1 and is_complement(ctx, k, sent_b):
            j, event_via = k, probe.via  # "، قائلا في مقابلة مع شبكة سي.أن.أن «إن …»": where he said it
    if j + 5 < sent_b and ctx.is_punct(j, "،,") and event_via is None:
        from .relays import relay_insertion

        r = relay_insertion(ctx, j, sent_b)
        if r is not None and is_complement(ctx, r[1], sent_b):
            event_via, j = r  # "، مضيفا، وفقا لما نقلته عنه وكالة الأنباء الأردنية (بترا)، أن …": who relayed him
    complement = is_complement(ctx, j, sent_b)
    if not complement and pf.lemma == _MERELY:
        # "مكتفيا بالقول للصحافيين على هامش جلسة مجلس الأمة إن «…»": whom and where, then what
        k = next((t for t in range(j, min(sent_b, j + 14)) if not ctx.words[t] or is_complement(ctx, t, sent_b)), -1)
        if k > j and is_complement(ctx, k, sent_b):
            j, complement = k, True
    if pf.bare and not (comma and complement):
        return None
    # (a circumstantial accusative, داعيا/مشيدين, after no definite subject: "الشركات مطالبة بخفض" is a predicate)
    own_object = not comma and has_cue and not norms[i].startswith("و") and norms[i].endswith(("ا", "ين")) \
        and not is_definite(norms[i - 1]) and own_preposition_at(ctx, pf.lemma, j, sent_b)
    if not comma and has_cue and not own_object and not norms[i].startswith("و") and norms[i].endswith("ا") \
            and ctx.raw[i].endswith(("ا", "اً")) and (VERB_PREPOSITION.get(pf.lemma) or pf.lemma in _TO_WHAT):
        t = next((t for t in range(j + 1, min(sent_b, j + 4)) if own_preposition_at(ctx, pf.lemma, t, sent_b)
                  or pf.lemma in _TO_WHAT and ctx.words[t] and norms[t] == "الي"), -1)
        own_object = t > j and all(ctx.words[u] and not complementizer(norms[u]) and norms[u] not in VERB_FORMS
                                   for u in range(j, t))
        # ("… في ظل انخفاض الطلب مرجعا الجزء الأكبر منه إلى …": an accusative, his next words, no comma)
    if not comma and not complement and not own_object:
        return None  # (but "وقال X إن … مشيدا في هذا الصدد بالتعامل …": his own preposition, no comma)
    if not complement and not ctx.is_punct(i - 1, "،,") and ctx.words[i - 1] and not own_object:
        return None  # "الإبلاغ عن الحفر ومتابعة إصلاحها": a noun joined by و, not a cue
    c = Cand(i, i + 1, "part", i, i + 1, gender=pf.gender, number=pf.number, lemma=pf.lemma, via=via or event_via)
    if complement:
        c.claim_tok = comp_start(ctx, j, sent_b)
        c.phrase_end = j
        return c
    if j >= sent_b or not ctx.words[j]:
        return None
    own = VERB_PREPOSITION.get(pf.lemma)
    k = _skip_adverbs(ctx, j, sent_b)
    if own and j < k < sent_b and ctx.words[k] and norms[k] == own:
        j = k  # "، مشيرا في الوقت ذاته إلى أهمية …"
    if own and norms[j] in ("في", "خلال") and j + 1 < sent_b and in_lexicon(norms[j + 1], SPEECH_EVENTS):
        # "مشيرة في تقرير صدر الشهر الماضي إلى متانة …": where it said so, then its own preposition
        k = next((t for t in range(j + 2, min(sent_b, j + 10)) if not ctx.words[t] or norms[t] == own), -1)
        if k > 0 and ctx.words[k] and k + 1 < sent_b:
            j = k
    n = norms[j]
    if n in ("عن", "الي", "من", "علي"):
        c.claim_tok = j + 1
    elif n.startswith("ب") and len(n) > 3 and (n.startswith("بال") or (own or "") == "ب" or not own) \
            and not described_then_bi(ctx, pf.lemma, j, sent_b):
        c.claim_tok = j  # (not "داعيا بيونغ يانغ إلى": دعا's own is إلى, the ب is the name's;
        # not "واصفا باول | بأنه": whom he described, then his ب)
        c.claim_char = ctx.starts[j] + _first_letter_len(ctx.raw[j])
    else:
        c.claim_tok = j
    c.phrase_end = j
    return c if c.claim_tok < sent_b else None


#: "بقوله:"، "بقولها:": "(he went on to X) by saying:" — a cue of its own when no reporting
#: verb before it took it in (وتطرقت إلى الشركات القيادية؛ بقولها: ...).
SAYING_BY = {fold(w): (g, n) for w, g, n in (("بقوله", "m", "s"), ("بقولها", "f", "s"), ("بقولهم", "m", "p"),
                                             ("بقولهما", "m", "d"))}


_LANGUAGES = folded_set("بالعربية بالانجليزية بالإنجليزية بالفرنسية")


def parse_saying_by(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    gn = SAYING_BY.get(ctx.norms[i])
    if gn is None or i + 2 >= sent_b or i == sent_a:
        return None
    k = i + 1
    if ctx.words[k] and ctx.norms[k] in _LANGUAGES and k + 2 < sent_b:
        k += 1  # "بقوله بالعربية «…»"
    if not (ctx.raw[k] == ":" or (ctx.words[k] and complementizer(ctx.norms[k])) or is_quote_mark(ctx, k)):
        return None
    c = Cand(i, i + 1, "verb", i, k + 1, gender=gn[0], number=gn[1], implied=True)
    c.claim_tok = comp_start(ctx, k, sent_b)
    from .parse import _opening_subject

    opening = _opening_subject(ctx, sent_a, i)  # "وبررت وكالة الأنباء القرار بقولها إنه …"
    if opening is not None and ctx.raw[i] != ":":
        c.np, c.sv, c.implied, c.phrase_start = opening, True, False, opening.start
    return c


def parse_noreply(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    """ولم ترد أليباي على ...، لم يعلق المتحدث ...: the claim is what follows the source."""
    norms = ctx.norms
    if norms[i] not in ("لم", "ولم", "فلم") or i + 1 >= sent_b or norms[i + 1] not in NO_REPLY:
        return None
    vf = VERB_FORMS.get(norms[i + 1])
    gender = "f" if norms[i + 1].startswith("ت") else "m"
    c = Cand(i, i + 2, "noreply", i, i + 2, gender=gender, number=vf.number if vf else "s")
    k = i + 2
    if _word(ctx, k, sent_b) and norms[k] in _NEWS_CAME and k + 1 < sent_b and norms[k + 1] in ("عن", "حول", "بشان"):
        return None  # "ولم ترد تقارير عن إصابات": no reports came in, no one declined
    if norms[i + 1] in _COMPLIED and any(ctx.words[t] and strip_possessive(bare(norms[t])) in _DEMANDS
                                        for t in range(k, min(sent_b, k + 5))):
        return None  # "ولم تستجب طهران لمطالب الوكالة": did not comply, no request for comment
    if _word(ctx, k, sent_b) and norms[k] not in ("علي", "في", "بعد", _UNTIL):
        c.np = parse_np(ctx, k, sent_b, feminine=gender == "f")
    elif k < sent_b and k in ctx.quote_open_tok:
        c.np = marks_source(ctx, k, sent_b)  # "فيما لم ترد «القطرية» على طلب «المدينة» للتعليق"
    if c.np is None and i - 2 > sent_a and ctx.words[i - 1]:
        that = next((t for t in range(i - 1, max(sent_a, i - 12), -1) if ctx.words[t] and complementizer(norms[t])), -1)
        if that > sent_a and norms[that] in ("ان", "أن") and norms[that - 1] in ("الا", "غير", "لكن", "بيد") \
                and that + 1 < i:
            left = parse_np(ctx, that + 1, i, feminine=gender == "f")
            if left is not None and left.end == i and left.kind in ("unnamed_official", "named_person",
                                                                     "named_organization", "anonymous"):
                c.np, c.sv, c.phrase_start = left, True, that + 1  # "إلا أن المتحدث الرسمي باسم المؤسسة لم يرد"
    if c.np is None and i - 2 > sent_a and ctx.words[i - 1] and norms[i - 1] in (fold("الذي"), fold("التي")):
        from .subjects import _antecedent

        ante = _antecedent(ctx, i - 1, sent_a)  # "من الرئيس التنفيذي للشركة، X، الذي لم يرد على اتصالات": X
        if ante is not None and ante.kind in ("named_person", "unnamed_official", "named_organization", "anonymous"):
            c.np, c.sv, c.phrase_start = ante, True, i - 1
    if c.np is None and i - 1 > sent_a and ctx.words[i - 1] and norms[i - 1] in _BUT_SHE_HE:
        with_ = next((t for t in range(i - 2, max(sent_a, i - 16), -1) if ctx.words[t] and norms[t] == _WITH), -1)
        asked = parse_np(ctx, with_ + 1, i, feminine=gender == "f") if with_ > sent_a else None
        cut = next((t for t in range(with_ + 2, asked.end) if norms[t] in _FOR_COMMENT), -1) if asked is not None else -1
        if cut > 0:
            asked = replace(asked, end=cut, src_end=ctx.ends[cut - 1])  # ("مع إدارة السوق | للتعليق": why they called)
        if asked is not None and asked.start == with_ + 1 and asked.kind in ("named_organization", "named_person",
                                                                             "unnamed_official"):
            c.np, c.sv, c.phrase_start = asked, True, i  # "وتواصلت «البلاد» مع إدارة السوق …، لكنها لم ترد": they
    if c.np is None:
        if not (_word(ctx, k, sent_b) and (norms[k] == "علي" or norms[k] == _UNTIL and ctx.words[i - 1]
                                           and norms[i - 1] in _BUT_SHE_HE)):
            return None  # (and "لكنها لم ترد حتى موعد النشر": she did not reply, by the time of printing)
        c.implied = True
    elif not c.sv:
        k = c.np.end
        c.anonymous = anonymity_clause(ctx, k, sent_b)
        if k + 1 < sent_b and ctx.is_punct(k, "،,") and ctx.words[k + 1]:
            close = next((t for t in range(k + 2, min(sent_b, k + 10)) if ctx.is_punct(t, "،,")), -1)
            if close > 0 and close + 1 < sent_b and ctx.words[close + 1] \
                    and all(ctx.words[t] and ctx.norms[t] not in VERB_FORMS for t in range(k + 1, close)):
                k = close + 1  # "ولم توضح X، متحدثة باسم الشركة، ما سيحدث": her role between commas
        if k + 1 < sent_b and ctx.is_punct(k, "،,") and c.np.named and ctx.words[k + 1] and ctx.norms[k + 1] == "علي":
            k += 1  # "ولم يرد المدير العام للشركة، المهندس X، على اتصالات": the name closed by its comma
    if k >= sent_b or not ctx.words[k]:
        return None
    c.claim_tok = k
    c.phrase_end = k
    return c


_WENT_ON_LEMMA = fold("تابع")
_UNTIL = fold("حتى")
_WITH = fold("مع")
_FOR_COMMENT = folded_set("للتعليق للاستفسار للرد للسؤال لسؤاله لسؤالها")
_BUT_SHE_HE = folded_set("لكنها لكنه ولكنها ولكنه إلا أنها إلا أنه غير")
_COMPLIED = folded_set("يستجب تستجب")
_DEMANDS = folded_set("مطالب مطالبات دعوات ضغوط شروط قرار قرارات نداءات")
_NO_COMMENT = folded_set("التعليق الرد التعقيب الإدلاء")


def _body_by_short_name(ctx: Context, k: int, stop: int) -> NP | None:
    """Words that end in a short name in marks right before ``stop`` (بيت التمويل الكويتي
    «بيتك»): a body the lexicons do not know, named with its acronym."""
    close = stop - 1
    if close <= k or ctx.words[close] or close not in ctx.quote_close_tok:
        return None
    o = ctx.quote_close_tok[close]
    if not (k + 2 <= o and close - o <= 3 and o - k <= 5 and all(ctx.words[t] for t in range(k, o))
            and all(ctx.words[t] for t in range(o + 1, close))):
        return None
    if any(_stopword(ctx.norms[t]) or ctx.norms[t] in VERB_FORMS or complementizer(ctx.norms[t]) for t in range(k, o)):
        return None
    return NP(k, stop, ctx.starts[k], ctx.ends[o - 1], "named_organization", bare(ctx.norms[k]), named=True)


_WAS = folded_set("كان كانت كانوا")
_NOT_VERBS = folded_set("يوم يوما يومي يناير يونيو يوليو")
_WITH_HIM = folded_set("معه معها معهم إليه إليها إليهم")


def _clause_on_indefinite(ctx: Context, a: int, b: int) -> bool:
    """"عامل وافد | كان يجمع بضاعته من أحد المحلات": a clause (كان or a present verb first, no comma,
    no أن/إن) describing an unnamed one, up to the word declined."""
    n = ctx.norms[a]
    with_him = a + 1 < b and ctx.words[a + 1] and ctx.norms[a + 1] in _WITH_HIM  # "تواصلت معه «البيان»"
    if not ctx.words[a] or not (n in _WAS or n[:1] == "ي" and len(n) >= 4 and n not in _NOT_VERBS or with_him):
        return False
    return all((ctx.words[t] or ctx.raw[t] in "«»\"") and not complementizer(ctx.norms[t])
               and ctx.norms[t] not in VERB_FORMS for t in range(a, b))


def parse_decline(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    """رفضت متحدثة باسم جوجل التعليق، امتنعت إنتل عن التعليق."""
    norms = ctx.norms
    if norms[i] not in DECLINE:
        return None
    end = min(sent_b, i + 16)  # (a long subject: "متحدث باسم إحدى كبرى شركات التطوير العقاري في الرياض")
    if any(ctx.words[t] and norms[t] in _RELATIVES for t in range(i + 2, end)):
        end = min(sent_b, i + 26)  # ("ورفض متحدث باسم موانئ دبي العالمية، التي تشغل محطة …، التعليق")
    target = next((k for k in range(i + 1, end) if ctx.words[k] and norms[k] in COMMENT_WORDS), -1)
    if target < 0:
        return None
    if norms[i] in PREFERRED_NOT and not (norms[target - 1] == "عدم" and norms[target] in _NO_COMMENT):
        return None  # (فضل عدم الكشف عن هويته: anonymity, not a refusal)
    if any(ctx.words[t] and norms[t] in _HIS_NAME for t in range(target + 1, min(sent_b, target + 4))):
        return None  # "…، رافضا الكشف عن اسمه لأنه غير مخول": refusing to be named, no refusal to comment
    if i > sent_a and ctx.words[i - 1] and norms[i - 1] in ("لم", "ولم", "لن"):
        return None
    feminine = norms[i].endswith("ت") or norms[i].startswith(("ت", "وت"))
    c = Cand(i, i + 1, "decline", i, i + 1, gender="f" if feminine else "m")
    k = i + 1
    stop = target - 1 if norms[i] in PREFERRED_NOT else target  # (فضلت الشركة | عدم التعليق)
    if k < stop and norms[k] != "عن":
        c.np = parse_np(ctx, k, stop, feminine=feminine)
        if c.np is not None and c.np.kind == "named_organization" and c.np.end < stop and stop - c.np.end <= 2 \
                and all(ctx.words[t] and not _stopword(norms[t]) and norms[t] not in VERB_FORMS
                        and not complementizer(norms[t]) and not is_definite(norms[t]) for t in range(c.np.end, stop)):
            c.np = replace(c.np, end=stop, src_end=ctx.ends[stop - 1])  # "ورفضت شركة نخيل التعليق": its name
        if c.np is None and k in ctx.quote_open_tok and (ctx.quote_open_tok[k] == stop - 1 or (
                ctx.quote_open_tok[k] == stop - 2 and norms[stop - 1] == "عن")):
            c.np = marks_source(ctx, k, stop)  # "ورفض «جيه.بي مورجان» التعليق": a body by its name in marks
            # (and "وامتنع «جيه.بي مورجان» عن التعليق")
        if c.np is None:
            c.np = _body_by_short_name(ctx, k, stop)  # "ورفض بيت التمويل الكويتي «بيتك» التعليق"
        if c.np is not None and c.np.end < stop and c.np.end in ctx.quote_open_tok \
                and ctx.quote_open_tok[c.np.end] == stop - 1 and stop - c.np.end <= 5:
            c.np = replace(c.np, end=stop, src_end=ctx.ends[stop - 1])  # "مسؤول بشركة «نظافة البيضاء» | التعليق"
        comma = next((t for t in range(c.np.end, stop) if not ctx.words[t]), -1) if c.np is not None else -1
        if comma >= 0 and comma - c.np.end <= 3 and ctx.is_punct(comma, "،,") and c.np.end < stop - 2 \
                and ctx.is_punct(stop - 1, "،,") and comma < stop - 2 \
                and not any(complementizer(norms[t]) for t in range(c.np.end, stop)):
            from .between import _name_in_apposition

            if comma > c.np.end:
                c.np = replace(c.np, end=comma, src_end=ctx.ends[comma - 1])  # (… الفلبينية | بالرياض)
            named = _name_in_apposition(ctx, c.np.end + 1, stop - 1)
            if named is not None:
                c.np = NP(c.np.start, named.end, named.src_start, named.src_end, "named_person", named.head,
                          role=c.np.role, named=True, feminine=named.feminine)  # "رفض رئيس …، المهندس X، التعليق"
            c.np = replace(c.np, end=stop)  # ("ورفض مسؤول في السفارة، تواصلت معه «الجزيرة»، التعليق": between commas)
        if c.np is not None and c.np.end < stop - 2 and ctx.raw[c.np.end] == "(" and ctx.raw[stop - 1] == ")" \
                and stop - c.np.end <= 6 and all(ctx.words[t] for t in range(c.np.end + 1, stop - 1)):
            c.np = replace(c.np, end=stop)  # "متحدث باسم وزارة الدفاع الأميركية (البنتاغون) | التعليق": its gloss
        if c.np is not None and c.np.end == stop - 1 and ctx.is_punct(stop - 1, "،,"):
            c.np = replace(c.np, end=stop)  # "رفض رئيس الشركة، المهندس X، التعليق": his name between commas
        if c.np is not None and c.np.kind in ("anonymous", "unnamed_official") and not c.np.named \
                and c.np.end < stop - 1 and _clause_on_indefinite(ctx, c.np.end, stop):
            c.np = replace(c.np, end=stop)  # "ورفض عامل وافد كان يجمع بضاعته من أحد المحلات التعليق"
        if c.np is not None and c.np.kind in ("unnamed_official", "anonymous", "named_organization") \
                and 0 < stop - c.np.end <= 3 and norms[c.np.end][:1] == "ل" and not norms[c.np.end].startswith("لل") \
                and all(ctx.words[t] and norms[t] not in VERB_FORMS and not complementizer(norms[t])
                        for t in range(c.np.end, stop)):
            c.np = replace(c.np, end=stop, src_end=ctx.ends[stop - 1])  # "متحدث باسم سلطة المنطقة الحرة | لجبل علي"
        if c.np is not None and c.np.kind in ("unnamed_official", "anonymous") and 0 < stop - c.np.end <= 5 \
                and (norms[c.np.end].startswith(("بال", "وبال")) or norms[c.np.end] in ("في", "لدي")) \
                and all(ctx.words[t] and norms[t] not in VERB_FORMS and not complementizer(norms[t])
                        and not is_verb_like(norms[t]) for t in range(c.np.end, stop)):
            c.np = replace(c.np, end=stop, src_end=ctx.ends[stop - 1])  # "رئيس شعبة الخضروات | بالغرفة التجارية"
        if c.np is None or c.np.end < stop - (1 if norms[stop - 1] == "عن" else 0):
            c.np = None
            if k < stop - 1:
                return None
    if c.np is None and (k == stop or k == stop - 1 and norms[k] == "عن") and i > sent_a and ctx.words[i - 1] \
            and not norms[i][:1] in "وف":  # (and "إلا أن متحدثا باسمها اعتذر عن التعليق")
        from .subjects import parse_left_subject

        left = parse_left_subject(ctx, i, sent_a)  # "إلا أن مدير خدمة العملاء في فرعها رفض التعليق"
        if left is not None and left.end == i:
            c.np, c.sv, c.phrase_start = left, True, left.start
    if c.np is None:
        c.implied = True
    else:
        c.anonymous = anonymity_clause(ctx, c.np.end, sent_b)
    c.claim_tok = target
    c.phrase_end = target
    t = target + 1
    if c.via is None and t < sent_b and (ctx.words[t] and norms[t][:1] == "ل" or norms[t] == "ل"):
        m = match_outlet(ctx, t, sent_b, preposition=True)
        if m is not None and not m.anaphor:
            c.via = m  # "رفض متحدث باسم «جيه بي مورجان» التعليق لـ«بلومبرغ»": whom he declined
    return c


#: "بهذه العبارة/الكلمات": the words quoted just before, as the next clause says who spoke them.
_SPEECH_IS = folded_set("الكلام والكلام")
_MERELY = fold("اكتفى")
_CENTRAL_BANK = fold("المركزي")
_THUS = folded_set("هكذا وهكذا")
THESE_WORDS = folded_set("بهذه وبهذه") | _SPEECH_IS | _THUS
_WORDS_NOUNS = folded_set("العبارة العبارات الكلمات الكلمة الجملة الجمل")


def parse_these_words(ctx: Context, i: int, sent_a: int, sent_b: int) -> Cand | None:
    """"«لا نستطيع الانتظار أكثر»، بهذه العبارة بدأ المواطن محمد الغامدي حديثه": the quotation
    before is what the subject of the verb after "بهذه العبارة" said."""
    norms = ctx.norms
    if norms[i] in _SPEECH_IS and i + 2 < sent_b and i >= sent_a + 2 and ctx.is_punct(i - 1, "،,.") \
            and ctx.words[i + 1] and norms[i + 1][:1] == "ل" and not is_definite(norms[i + 1]) \
            and any(t in ctx.quote_open_tok for t in range(sent_a, i - 1)):
        np = parse_np(ctx, i + 1, sent_b, strip="ل")  # "«…». الكلام لسمسار الأراضي سالم الغامدي"
        if np is not None and np.kind in ("named_person", "unnamed_official", "anonymous"):
            c = Cand(i, i + 1, "prep", i, np.end, np=np)
            c.mode = "before"
            return c
        return None
    q = i - 2
    if q - 1 >= sent_a and ctx.raw[q] == "." and ctx.raw[i - 1] == ".":
        q -= 1  # "«…».. هكذا برر X": two dots after the quotation
    if norms[i] in _THUS and i + 3 < sent_b and q >= sent_a and ctx.is_punct(i - 1, "،,.-–") \
            and ctx.words[i + 1] and norms[i + 1] not in VERB_FORMS and not is_definite(norms[i + 1]) \
            and not _stopword(norms[i + 1]) and q in ctx.quote_close_tok:
        np = parse_np(ctx, i + 2, sent_b)  # "«…»، هكذا لخص المواطن عبدالله الشهري … أثر القرار": the quotation is his
        if np is not None and np.start == i + 2 and np.kind in ("named_person", "unnamed_official", "anonymous",
                                                                  "named_organization"):
            c = Cand(i, i + 2, "prep", i, np.end, np=np)
            c.mode = "before"
            return c
        return None
    if norms[i] in _SPEECH_IS or i + 3 >= sent_b or i < sent_a + 2 or not ctx.is_punct(i - 1, "،,.-–") \
            or not ctx.words[i + 1] or norms[i + 1] not in _WORDS_NOUNS:
        return None
    if not any(t in ctx.quote_open_tok or not ctx.words[t] and ctx.raw[t] in "»”\"" for t in range(sent_a, i - 1)):
        return None  # (only after a quotation)
    k = i + 2
    if ctx.words[k] and is_definite(norms[k]):
        k += 1  # بهذه الكلمات البسيطة
    if k + 1 >= sent_b or not ctx.words[k] or is_definite(norms[k]) or _stopword(norms[k]):
        return None
    np = parse_np(ctx, k + 1, sent_b)
    if np is None or np.kind not in ("named_person", "unnamed_official", "anonymous", "named_organization"):
        return None
    if np.kind == "named_person" and np.named and np.role:
        at = ctx.tok_at_char(np.src_start)
        if np.start < at < np.end and at not in ctx.entity_at and norms[at] not in FIRST_NAMES \
                and norms[at] not in ctx.person_tokens:
            # "بهذه العبارة لخص مسؤول عسكري رفيع | قلق سيول": what he summed up, no name
            np = NP(np.start, at, ctx.starts[np.start], ctx.ends[at - 1], "unnamed_official", np.head,
                    role=np.role)
    if np.kind in ("unnamed_official", "anonymous") and not np.named and np.end + 2 < sent_b and ctx.is_punct(np.end, "،,"):
        from .between import _name_in_apposition

        close = next((t for t in range(np.end + 2, min(sent_b, np.end + 10)) if ctx.is_punct(t, "،,")), -1)
        t = np.end + 1
        while 0 < close and t < close - 1 and ctx.words[t] and is_definite(ctx.norms[t]) and (
                in_lexicon(ctx.norms[t], ROLE_HEADS) or is_nisba(ctx.norms[t])) and t - np.end < 4:
            t += 1  # (المدافع الإنجليزي: what he is, then his name)
        named = _name_in_apposition(ctx, t, close) if close > 0 else None
        if named is None and t > np.end + 1 and close > t + 1:
            from .mentions import person_np

            if 2 <= close - t <= 4 and all(ctx.words[u] and not is_definite(ctx.norms[u]) and not _stopword(ctx.norms[u])
                                           and ctx.norms[u] not in VERB_FORMS and not is_verb_like(ctx.norms[u])
                                           and not in_lexicon(ctx.norms[u], ORG_HEADS)
                                           and not in_lexicon(ctx.norms[u], ROLE_HEADS) for u in range(t, close)):
                named = person_np(ctx, t, close)  # (a foreign name no list knows, after what he is)
        if named is not None:
            np = NP(np.start, close, named.src_start, named.src_end, "named_person", named.head, role=np.role,
                    named=True, feminine=named.feminine)  # "بهذه الكلمات لخص قائد الفريق، المدافع X، الموقف": X
    c = Cand(i, i + 2, "prep", i, np.end, np=np)
    c.mode = "before"
    ev = next((t for t in range(np.end, sent_b - 1) if ctx.is_punct(t - 1, "،,") and ctx.words[t]
               and norms[t] in ("في", "وفي") and ctx.words[t + 1] and in_lexicon(norms[t + 1], SPEECH_EVENTS)), -1)
    if ev > 0:
        from .events import _event_phrase

        _event_phrase(ctx, c, ev + 1, sent_b)  # "…، في تصريحات نقلتها وكالة «يونهاب»": the via
    return c


_WIRE_TAGS = folded_set("حصري عاجل تحديث مسح مقابلة تحليل")
_EVENT_HEADS = folded_set("منتدى ملتقى مؤتمر ندوة ورشة جلسة قمة اجتماع")


_CREDIT_WORDS = folded_set("المصدر المصادر")


def _dateline_city(ctx: Context, a: int) -> bool:
    """The headline's first word opens the first paragraph of the body as its dateline, before a
    dash or a comma: a place, whatever a list of places knows."""
    body = next((k for k in range(a + 1, min(len(ctx.norms), a + 400)) if ctx.para_of[k] != ctx.para_of[a]), -1)
    return body > 0 and ctx.words[body] and ctx.norms[body] == ctx.norms[a] and body + 1 < len(ctx.norms) \
        and not ctx.words[body + 1] and ctx.raw[body + 1] in ("-", "–", "—", "،", ",")


def parse_headline(ctx: Context, a: int, b: int) -> Cand | None:
    """«تقرير: ...»، «مصادر: ...»: a short source, a colon, the claim (the colon is the cue)."""
    norms = ctx.norms
    if a + 2 < b and ctx.words[a] and norms[a] in _WIRE_TAGS and a == ctx.sents[0][0]:
        t = a + 1
        if t < b and ctx.words[t] and norms[t].isdigit():
            t += 1  # "تحديث 1-"
        if t + 1 < b and not ctx.words[t] and ctx.raw[t] in "-–":
            a = t + 1  # "حصري-مصادر: …"، "تحديث 1-": a wire's tag before the headline
    if a + 1 < b and ctx.words[a] and not ctx.words[a + 1] and ctx.raw[a + 1] == ":" and a == ctx.sents[0][0] \
            and "-" in ctx.raw[a] and fold(ctx.raw[a].split("-")[0]) in _WIRE_TAGS:
        rest = ctx.raw[a].split("-", 1)[1]
        kind = "anonymous" if in_lexicon(fold(rest), ANON_HEADS) else "document" if in_lexicon(fold(rest), DOC_HEADS) else ""
        if kind and a + 2 < b:
            s0 = ctx.starts[a] + len(ctx.raw[a]) - len(rest)  # "حصري-مصادر: …": the tag and the source in one word
            c = Cand(a + 1, a + 2, "colon", a, a + 2, np=NP(a, a + 1, s0, ctx.ends[a], kind, bare(fold(rest))))
            c.claim_tok = c.phrase_end = a + 2
            return c
    colon = next((k for k in range(a, min(b, a + 14)) if not ctx.words[k] and ctx.raw[k] == ":"), -1)
    if colon < 0:
        far = next((k for k in range(a, min(b, a + 26)) if not ctx.words[k]), -1)
        if far > a + 12 and ctx.raw[far] == ":" and far + 1 in ctx.quote_open_tok:
            long_np = parse_np(ctx, a, far)  # "المستثمر العقاري عضو اللجنة … عبدالله الدوسري: «…»": a long post and the name
            if long_np is not None and long_np.kind == "named_person" and long_np.named and long_np.end == far:
                c = Cand(far, far + 1, "colon", a, far + 1, np=long_np)
                c.claim_tok = c.phrase_end = far + 1
                return c
    second = -1
    if colon > a + 2 and a == ctx.sents[0][0] if ctx.sents else False:
        dots = [k for k in range(a, colon) if not ctx.words[k] and ctx.raw[k] in ".…؟?!"]
        if dots and dots[-1] + 1 < colon and all(ctx.words[k] or ctx.raw[k] in "«»\"" for k in range(dots[-1] + 1, colon)):
            second = dots[-1] + 1  # "مبيعات قياسية .. والمدير العام: لا إلغاء …": the headline's second part
    if second < 0 and a > 0 and ctx.para_of[a] == ctx.para_of[0] and not ctx.words[a - 1] and (
            norms[a][:1] == "و" and ctx.raw[a - 1] in ".…" or ctx.raw[a - 1] in "؟?!") \
            and colon > a and all(ctx.words[k] for k in range(a, colon)):
        second = a  # (the same, when the two dots ended a sentence; "هل تلجأ الحكومة إلى الصندوق؟ وزير المالية: …")
    if second > 0:
        np = parse_np(ctx, second, colon, strip="و" if norms[second][:1] == "و" and len(norms[second]) > 4 else "")
        if np is None and second in ctx.quote_open_tok and ctx.quote_open_tok[second] + 1 == colon:
            np = marks_source(ctx, second, colon)  # "بعد حذف تغريدة نائب رئيسها.. «الإحصاء»: …": a body in marks
            if np is not None and np.kind == "named_organization":
                np = replace(np, end=colon)
        if np is not None and np.end == colon and (colon > second + 1 and (
                np.kind == "unnamed_official" and np.role or np.kind == "anonymous"
                or np.kind == "named_organization" and second in ctx.quote_open_tok) or _second_part_source(ctx, np, second)):
            # (and "… .. وبلومبرغ: …"، "… .. ووزير المالية محمد معيط: …": a known body, an outlet, a named man)
            bare_first = norms[second][1:] if norms[second][:1] == "و" and len(norms[second]) > 4 else norms[second]
            if np.kind == "named_organization" and second not in ctx.quote_open_tok and (
                    known_outlet_length([bare_first] + norms[second + 1:colon], 0) == colon - second
                    or colon == second + 1 and gazetteer_says_media(ctx.raw[second][1:] if bare_first != norms[second]
                                                                    else ctx.raw[second])):
                np = replace(np, kind="media")  # "… .. وبلومبرغ: …": the outlet, as at the head of a headline
            # (and a group: "بعد رفع أسعار البنزين.. سائقو الأجرة في جازان: …")
            if np.src_start == ctx.starts[second] and ctx.raw[second][:1] == "و" and norms[second][:1] == "و" \
                    and len(norms[second]) > 4:
                np = replace(np, src_start=np.src_start + 1)  # "… .. ومنشآت صغيرة: …": without the و
            c = Cand(colon, colon + 1, "colon", second, colon + 1, np=np)
            c.claim_tok = c.phrase_end = colon + 1
            return c
    if colon > a + 7 and sum(1 for k in range(a, colon) if ctx.words[k]) > 9:
        return None  # (a short source: a few words and names in marks)
    if colon <= a or colon + 1 >= b:
        return None
    if norms[a] in BYLINE_WORDS or any(norms[k] in VERB_FORMS for k in range(a, colon)):
        return None
    if colon == a + 1 and a == ctx.sents[0][0] and _dateline_city(ctx, a):
        return None  # "انواذيبو: سكان يشتكون …" over "انواذيبو – جدد سكان …": the city the story is from
    if colon == a + 1 and norms[a] in _CREDIT_WORDS and ctx.para_of[a] == ctx.para_of[len(ctx.norms) - 1] and a > ctx.sents[0][0]:
        return None  # "المصدر: RT + «نوفوستي»" under the article: whence the story came, no one's claim
    if a in ctx.quote_open_tok and ctx.quote_open_tok[a] + 1 == colon:
        np = marks_source(ctx, a, colon)  # «ساما»: …، «فيتش»: …: a body named in marks
        if np is None or np.kind not in ("named_organization", "media", "named_person"):
            return None
        c = Cand(colon, colon + 1, "colon", a, colon + 1, np=np)
        c.claim_tok = c.phrase_end = colon + 1
        return c
    if a in ctx.quote_open_tok and ctx.quote_open_tok[a] + 2 < colon and norms[ctx.quote_open_tok[a] + 1] == "ل":
        close = ctx.quote_open_tok[a]
        np = marks_source(ctx, a, close + 1)  # "«الإسكان» لـ«الرياض»: …": a body in marks and the paper told
        via = match_outlet(ctx, close + 1, colon, preposition=True)
        if np is not None and np.kind in ("named_organization", "media", "named_person") and via is not None \
                and via.end in (colon, colon - 1):
            c = Cand(colon, colon + 1, "colon", a, colon + 1, np=np)
            c.claim_tok = c.phrase_end = colon + 1
            c.via = via
            return c
    via = None
    lam = next((k for k in range(a + 1, colon) if ctx.words[k] and norms[k] == "ل" and k + 1 in ctx.quote_open_tok
                and ctx.quote_open_tok[k + 1] + 1 == colon), -1)
    if lam > a:
        via = match_outlet(ctx, lam, colon, preposition=True)  # "اقتصاديون لـ«الرياض»: …": whom they told
        post = parse_np(ctx, a, lam)
        known = via is not None and (via.type_word or known_outlet_length(norms, via.first) > 0
                                     or gazetteer_says_media(ctx.raw[via.first]))
        if not known and post is not None and post.kind == "document" and post.end == lam:
            # "دراسة لـ«ماكنزي»: …"، "النشرة الشهرية لـ«ساما»: …": whose study it is
            np = NP(a, colon, ctx.starts[a], ctx.ends[colon - 1], "document", post.head)
            c = Cand(colon, colon + 1, "colon", a, colon + 1, np=np)
            c.claim_tok = c.phrase_end = colon + 1
            return c
        if post is None and lam == a + 1 and _family_named_below(ctx, a):
            # "الحربي لـ«المدينة»: …" over "سلطان بن عيد الحربي": a family name that is also an adjective
            np = NP(a, a + 1, ctx.starts[a], ctx.ends[a], "named_person", norms[a], named=True)
            c = Cand(colon, colon + 1, "colon", a, colon + 1, np=np)
            c.claim_tok = c.phrase_end = colon + 1
            c.via = via
            return c
        if not known:
            if post is None or post.kind != "unnamed_official" or post.end != lam or not post.role:
                return None
            # "الرئيس التنفيذي لـ«سابك»: …": a post of the company named in marks
            np = NP(a, colon, ctx.starts[a], ctx.ends[colon - 1], "unnamed_official", post.head,
                    role=" ".join(norms[a:lam]), definite=True)
            c = Cand(colon, colon + 1, "colon", a, colon + 1, np=np)
            c.claim_tok = c.phrase_end = colon + 1
            return c
        colon_np = lam
    else:
        colon_np = colon
    close = colon_np - 1
    if close > a + 2 and not ctx.words[close]:
        opened = next((t for t, e in ctx.quote_open_tok.items() if e == close), -1)
        post = parse_np(ctx, a, opened - 1) if opened > a + 1 and ctx.norms[opened - 1] == "ل" else None
        if post is not None and post.kind == "unnamed_official" and post.end == opened - 1 and post.role:
            # "الرئيس التنفيذي لـ«دار الريان للتطوير» لـ«الاقتصادية»: …": a post of the company in marks
            np = NP(a, colon_np, ctx.starts[a], ctx.ends[colon_np - 1], "unnamed_official", post.head,
                    role=" ".join(norms[a:opened - 1]), definite=True)
            c = Cand(colon, colon + 1, "colon", a, colon + 1, np=np)
            c.claim_tok = c.phrase_end = colon + 1
            c.via = via
            return c
    at = next((t for t in range(a + 1, colon_np - 1) if norms[t] == "في" and ctx.words[t + 1]
               and bare(norms[t + 1]) in _EVENT_HEADS or norms[t] == "عبر" and t + 1 in ctx.quote_open_tok
               and ctx.quote_open_tok[t + 1] + 1 == colon_np), -1)  # (and "وزير الإسكان عبر «سناب شات»: …")
    if at > a and ctx.para_of[a] == ctx.para_of[0] and norms[a] not in VERB_FORMS:
        # (a headline only: "وانتقلت في معرض تحليلها …: …" is a sentence of the story)
        who = parse_np(ctx, a, at)  # "وزير الاقتصاد في منتدى جدة: …"، "المشاركون في ملتقى الاستثمار: …": where he spoke
        if who is not None and who.start == a and who.end == at and (
                who.kind == "unnamed_official" and who.role or who.kind == "anonymous" and norms[a].startswith("ال")
                or who.kind == "named_person" and who.named and (who.role or a in ctx.entity_at
                                                                 and ctx.entity_at[a].type == "PER")):
            if who.kind == "anonymous":
                who = replace(who, end=colon_np, src_end=ctx.ends[colon_np - 1])  # (the group, where it met)
            c = Cand(colon, colon + 1, "colon", a, colon + 1, np=who)
            c.claim_tok = c.phrase_end = colon + 1
            c.via = via
            return c
    if any(not ctx.words[k] for k in range(a, colon_np)) and not all(
        ctx.raw[k] == "+" for k in range(a, colon_np) if not ctx.words[k]
    ):
        official = parse_np(ctx, a, colon_np)  # "مسؤول في «الخطوط السعودية»: …": a body in marks inside the source
        if official is not None and official.kind == "document" and official.end == a + 1 \
                and ctx.quote_open_tok.get(a + 1) == colon_np - 1 and colon_np - a <= 6:
            official = replace(official, end=colon_np, src_end=ctx.ends[colon_np - 1])  # "تقرير «ساما»: …"
        if official is None or official.end != colon_np or official.kind not in ("unnamed_official", "anonymous", "document") \
                or (official.kind == "document" and (official.definite or colon_np - a > 6)) \
                or not all(ctx.words[k] or ctx.raw[k] in "«»\"" for k in range(a, colon_np)):
            # (and "نشرة «ساما»: …"، "تقرير «ساما»: …": a document of a body in marks)
            return None
        c = Cand(colon, colon + 1, "colon", a, colon + 1, np=official)
        c.claim_tok = c.phrase_end = colon + 1
        c.via = via
        return c
    if colon_np == a + 1 and len(norms[a]) <= 2:
        return None  # "أ: …"، "د: …": a byline's initial, no source
    np = parse_np(ctx, a, colon_np)
    if np is None and colon_np == a + 1 and _family_named_below(ctx, a):
        np = NP(a, a + 1, ctx.starts[a], ctx.ends[a], "named_person", norms[a], named=True)  # "الحربي: …"
    below = (np is None or np.kind == "document" and np.definite and colon_np == a + 1) \
        and _body_named_below(ctx, a, colon_np)  # "النقد الدولي: …" over صندوق النقد الدولي
    np = below or np or None  # ("الإحصاء: …" over "الجهاز المركزي للإحصاء الفلسطيني": the bureau, no statistic)
    if np is not None and np.kind == "document" and np.definite and colon_np == a + 1 and _ministry_named(ctx, a):
        np = NP(a, a + 1, ctx.starts[a], ctx.ends[a], "named_organization", norms[a], definite=True)
        below = np  # "الإحصاءات: …" over "دائرة الإحصاءات العامة": the department, not statistics
    if np is not None and np.kind == "anonymous" and not np.definite and np.end < colon_np and colon_np - np.end == 1 \
            and ctx.words[np.end] and ctx.norms[np.end][:1] == "ب" and len(ctx.norms[np.end]) > 4:
        np = replace(np, end=colon_np, src_end=ctx.ends[colon_np - 1])  # "مصادر بالتموين: …": where they are
    if np is None or np.end != colon_np:
        return None
    entity = ctx.entity_at.get(a)
    ok = np.kind in ("document", "anonymous", "media", "unnamed_official") and not np.definite \
        or np.kind == "document" and np.end - np.start >= 2 and norms[np.end - 1][:1] == "ل" \
        and not norms[np.end - 1].startswith("لل") \
        or np.kind == "anonymous" and np.definite and norms[a].startswith(("ال", "وال"))
    # ("… .. والتجار: الدولار والجمارك السبب"، "الخبراء: …": a group by its definite plural)
    ok = ok or (np.named and (entity is not None or np.role or np.kind == "named_person" and norms[a] in ctx.person_tokens))
    ok = ok or np.kind == "named_person" and colon_np == a + 1 and _family_named_below(ctx, a)
    # ("الجاسر: …" in the headline of an article that names محمد الجاسر)
    ok = ok or bool(below) or (np.kind == "named_organization" and not _lookup(norms[a], PLACES)
                               and not (entity is not None and entity.type == "LOC") and (  # (الدار البيضاء: a city)
        entity is not None and entity.type == "ORG" or _lookup(norms[a], ORG_HEADS) or norms[a] == _CENTRAL_BANK
        or colon_np == a + 1 and (norms[a] in KNOWN_ORGS or _ministry_named(ctx, a)) or norms[a] in UTILITIES or norms[colon_np - 1] in PARLIAMENT_ADJ and norms[a] in COMMITTEE_FIELDS))
    # ("المركزي الإماراتي: …": a central bank by its country's adjective)
    ok = ok or np.kind == "unnamed_official" and np.role and np.end - np.start >= 2 and norms[np.end - 1][:1] == "ل" \
        and not norms[np.end - 1].startswith("لل") and np.end - 1 in ctx.entity_at \
        and ctx.entity_at[np.end - 1].type == "ORG"  # "الرئيس التنفيذي لسابك: …": a post of a named body
    if not ok and np.kind in ("named_person", "named_organization") and not np.role \
            and not (a in ctx.entity_at and ctx.entity_at[a].type == "LOC") and not _lookup(norms[a], PLACES) \
            and 1 <= colon_np - a <= 3 and all(ctx.words[a:colon_np]) and _named_after_head_below(ctx, a, colon_np):
        # (not "جدة: …" over "غرفة جدة": a dateline's city)
        np, ok = _body_np(ctx, a, colon_np), True  # "مستقبل مصر: …" over "جهاز مستقبل مصر للتنمية المستدامة"
    if not ok or (np.kind == "document" and not _lookup(norms[a], DOC_HEADS)):
        return None
    c = Cand(colon, colon + 1, "colon", a, colon + 1, np=np)
    c.claim_tok = colon + 1
    c.phrase_end = colon + 1
    c.via = via
    return c


def _second_part_source(ctx: Context, np, second: int) -> bool:
    """The source of a headline's second part after «..» that needs no marks: a man named with
    his post or by the tagger, an outlet, or a body the tagger or the lexicon knows."""
    if np.kind == "named_person":
        return np.named and (bool(np.role) or any(k in ctx.entity_at and ctx.entity_at[k].type == "PER"
                                                   for k in range(np.start, np.end)))
    if np.kind == "media":
        return True
    if np.kind != "named_organization":
        return False
    n = ctx.norms[second]
    n = n[1:] if n[:1] == "و" and len(n) > 4 else n
    return any(k in ctx.entity_at and ctx.entity_at[k].type == "ORG" for k in range(np.start, np.end)) \
        or n in KNOWN_ORGS or bool(_lookup(n, ORG_HEADS)) or gazetteer_says_media(ctx.raw[second].lstrip("و"))


def _family_named_below(ctx: Context, a: int) -> bool:
    """The word at ``a`` (with the article) ends the name of a person the tagger found later."""
    n = ctx.norms[a]
    if not (ctx.words[a] and n.startswith("ال") and len(n) > 4):
        return False
    for k, ent in ctx.entity_at.items():
        e = ctx.entity_end_tok.get(k, k + 1)
        if ent.type == "PER" and k > a and e - 1 > k and (
                ctx.norms[e - 1] == n or e < len(ctx.norms) and ctx.words[e] and ctx.norms[e] == n):
            return True  # (also "سلطان بن عيد | الحربي": a family name the tagger left out, an adjective too)
    return False


def _body_named_below(ctx: Context, a: int, b: int):
    """A headline's short subject (one to three words) that ends the name of a body the tagger
    found in the article ("النقد الدولي" for "صندوق النقد الدولي"): that body."""
    from .mentions import org_ending_with
    from .phrases import NP

    if not 1 <= b - a <= 3 or not all(ctx.words[a:b]):
        return None
    if not org_ending_with(ctx, a, b) and not _named_after_head_below(ctx, a, b):
        from .resolve import body_named_for

        if b - a > 1 or not ctx.norms[a].startswith("ال") or not body_named_for(ctx, a, below=True):
            return None  # ("الإحصاء: …" over "الجهاز المركزي للإحصاء الفلسطيني", which no tagger found)
    return _body_np(ctx, a, b)


def _body_np(ctx: Context, a: int, b: int) -> NP:
    """A headline's short subject ``a``..``b`` as the body it names."""
    return NP(a, b, ctx.starts[a], ctx.ends[b - 1], "named_organization", ctx.norms[a], named=False)


def _named_after_head_below(ctx: Context, a: int, b: int) -> bool:
    """The headline's words are a body's name right after its head further down ("مستقبل مصر: …"
    over "جهاز مستقبل مصر للتنمية المستدامة"), or its acronym in brackets ("الفاو: …" over
    "منظمة الأغذية والزراعة (الفاو)")."""
    words = ctx.norms[a:b]
    n = min(len(ctx.norms), b + 1500)  # (the article below its headline, not the whole of a long text)
    for t in range(b + 1, n - (b - a)):
        if ctx.words[t] and _lookup(ctx.norms[t], ORG_HEADS) and not is_definite(ctx.norms[t]) \
                and ctx.norms[t + 1:t + 1 + (b - a)] == words and all(ctx.words[t + 1:t + 1 + (b - a)]):
            return True
        if b - a == 1 and ctx.raw[t] == "(" and ctx.norms[t + 1] == words[0] and t + 2 < n and ctx.raw[t + 2] == ")" \
                and t > 0 and ctx.words[t - 1]:
            return True
    return False


def quote_continuation(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """A sentence that is one quotation and nothing else: (open token, close token)."""
    k = a
    if k >= b or not is_quote_mark(ctx, k) or k not in ctx.quote_open_tok:
        return None
    close = ctx.quote_open_tok[k]
    if close >= b or any(ctx.words[t] for t in range(close + 1, b)):
        return None
    return k, close

