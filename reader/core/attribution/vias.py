"""Outlets for the resolver: the last outlet named before a position (for للصحيفة، الوكالة),
the via span of a cue, and whether an interview was given to the publishing paper itself."""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.core.model import Span
from reader.core.text import fold

from .datelines import dateline_agency, staff_byline
from .outlets import FOREIGN_OUTLETS, OutletMatch, could_be_outlet, is_agency, match_outlet
from .phrases import NP
from .words import MEDIA_TYPES, folded_set

#: Arab papers whose names are also ordinary words (outlets._AMBIGUOUS_NAMES' papers) and the
#: other Arab dailies of the outlet list: the ones that run their own interviews.
_PORTALS = folded_set("بوابة موقع")
_ARAB_PAPERS = folded_set(
    """الاتحاد الرياض المدينة الوطن الأخبار الشرق الحياة الرأي الغد الأيام البيان الخليج الجريدة
    الوسط النهار الصباح الخبر الراية الدستور الأنباء الشروق البوابة الوفد الاقتصادية اليوم سبق
    الوئام عكاظ الأهرام القبس السفير اللواء المدن هسبريس مكة مباشر أرقام مال الجزيرة البورصة المال التحرير
    البلاد السياسة السوداني العرب القدس المدى الزمان الثورة تشرين"""
) | frozenset({fold("الشرق الأوسط"), fold("المصري اليوم"), fold("اليوم السابع"), fold("الإمارات اليوم"),
               fold("القدس العربي"), fold("العربي الجديد"), fold("عين اليوم"), fold("أخبار اليوم"),
               fold("سودان تربيون"), fold("بوابة الوسط"), fold("عنب بلدي"), fold("الصباح الجديد"),
               fold("أخبار الخليج"), fold("الأيام 24"), fold("الوطن الآن")})
#: Foreign papers and broadcasters: an interview given to one is never the Arab paper's own.
_FOREIGN_OUTLETS = frozenset(fold(n) for n in (
    "الأوقات المالية|فايننشال تايمز|فاينانشال تايمز|فايننشيال تايمز|وول ستريت جورنال|نيويورك تايمز|واشنطن بوست"
    "|الغارديان|الجارديان|الإيكونوميست|ذي إيكونوميست|التايمز|ديلي تلغراف|التلغراف|لوموند|لوفيغارو|دير شبيغل"
    "|بي بي سي|سي إن إن|سي إن بي سي|فوكس نيوز|إن بي سي|سي بي إس|إيه بي سي|بوليتيكو|أكسيوس|فوربس|بيزنس إنسايدر"
    "|دويتشه فيله|فرانس 24|يورونيوز|بيلد|ليكيب|كيودو|يونهاب|" + FOREIGN_OUTLETS.replace("\n", "|").strip("|")).split("|"))
_JAZIRA = fold("الجزيرة")
#: Arab television channels (by name, no type word): an interview given to one is no paper's own.
_ARAB_CHANNELS = frozenset(fold(n) for n in (
    "العربية|العربية Business|العربية بزنس|الحدث|سكاي نيوز عربية|CNBC عربية|سي إن بي سي عربية|الإخبارية|"
    "العربية نت|العربية.نت|الشرق للأخبار|الشرق بلومبرغ|القاهرة الإخبارية|إكسترا نيوز|المملكة|رؤيا").split("|"))
def _type_key(word: str) -> str:
    """An outlet's type word without the article or ل (not bare(): "وكالة" would lose its و)."""
    for p in ("لل", "ال", "ل"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):] if p != "لل" else word[2:]
    return word


_PAPER_TYPES = folded_set("صحيفة الصحيفة جريدة الجريدة مجلة المجلة")
_BROADCAST = folded_set("قناة القناة إذاعة الإذاعة تلفزيون التلفزيون شبكة الشبكة وكالة الوكالة موقع الموقع")


_ITSELF = re.compile(r"(?:تحدثت|تواصلت|اتصلت|علمت|التقتهم|التقتها|التقته|سألتهم|سألتها|سألته|حصلت|اطلعت|تلقت|تلقتها|تلقته)"
                     r"(?:\s+(?:إليهم|إليها|إليه|اليهم|اليها|اليه|معهم|معها|معه|بهم|به|بها|عليه|عليها|عليهم))?"
                     r"\s+[«\"“]([^»\"”]{2,20})[»\"”]")
# ("الذي حصلت "الأخبار" على نسخة منه"، "اطلعت عليه «الوطن»"، "تلقت «عكاظ» نسخة منه": the paper itself)

class OutletsMixin:
    """Needs ``self.ctx`` and ``self.publishers`` (see :class:`reader.core.attribution.resolve.Resolver`)."""

    ctx: object
    publishers: frozenset[str]
    _mentions: list[tuple[int, int, str]] | None

    def outlet_before(self, pos: int, type_word: str) -> Span | None:
        """The last outlet named before ``pos``, preferring one of the same type."""
        mentions = self._outlet_mentions()
        k = bisect_right(mentions, (pos,)) - 1
        want = _type_key(type_word) if type_word else ""
        fallback = None
        for start, end, got in reversed(mentions[max(0, k - 200):k + 1]):
            if end > pos:
                continue
            span = Span(start, end, self.ctx.text[start:end])
            if not want or got == want:
                return span
            if not got and fallback is None:
                fallback = span
        return fallback

    def fuller_outlet(self, pos: int, name: str) -> str:
        """An outlet cited by one word ("يديعوت قالت") and named in full near it ("صحيفة يديعوت
        أحرونوت الإسرائيلية", before or within the next 600 characters): the full name, or ""."""
        key = fold(name).replace("«", "").replace("»", "").strip()
        if not key or " " in key:
            return ""
        best = ""
        for start, end, _ in self._outlet_mentions():
            if start > pos + 600:
                break
            text = self.ctx.text[start:end]
            words = fold(text).replace("«", "").replace("»", "").split()
            named = [w for w in words if w not in MEDIA_TYPES]  # (not "وكالة «رويترز»" for "رويترز")
            if key in words and len(named) > 1 and len(text) > len(best) and not (start <= pos < end):
                best = text
        return best

    def _outlet_mentions(self) -> list[tuple[int, int, str]]:
        """Every outlet named in the text (start, end, bare type word), found once."""
        if self._mentions is None:
            ctx = self.ctx
            out: list[tuple[int, int, str]] = []
            n = len(ctx.norms)
            k = 0
            while k < n:
                if not ctx.words[k] or not could_be_outlet(ctx, k):
                    k += 1
                    continue
                m = match_outlet(ctx, k, n) or match_outlet(ctx, k, n, preposition=True)
                if m is None or m.anaphor:
                    k += 1
                    continue
                out.append((m.start_char, m.end_char, _type_key(m.type_word) if m.type_word else ""))
                k = max(k + 1, m.end)
            self._mentions = out
        return self._mentions

    def _paper_itself(self) -> frozenset[str]:
        """Papers the text shows acting as itself ("الذين تحدثت إليهم «اليوم»"، "تواصلت معه «الوطن»"،
        "وعلمت «الرياض»"): the publisher, when the dateline does not name it."""
        cached = self.__dict__.get("_itself")
        if cached is None:
            cached = frozenset(n for n in (fold(m.group(1)).strip() for m in _ITSELF.finditer(self.ctx.text))
                               if n in _ARAB_PAPERS)  # (not "محللون استطلعت «رويترز» آراءهم": a wire's poll)
            self.__dict__["_itself"] = cached
        return cached

    def own_paper(self, via: Span) -> bool:
        """An interview given to ``via`` is the publishing paper's own: the dateline names no
        outlet (a byline only, no wire), and ``via`` is a paper cited by its bare name, not an
        agency or a broadcaster (which a paper would name as such)."""
        if self.publishers or dateline_agency(self.ctx):
            return False
        name = fold(via.text).replace("«", "").replace("»", "").replace('"', "").strip()
        itself = self._paper_itself()
        if itself and name not in itself:
            return False  # "الذين تحدثت إليهم «اليوم»" elsewhere: the paper is اليوم, so «لـ«عكاظ»» is another
        words = name.split()
        if len(words) > 1 and words[0] in _PAPER_TYPES and name not in _ARAB_PAPERS:
            return False  # "في مقابلة مع صحيفة فايننشال تايمز": a paper names itself bare
        if name in _FOREIGN_OUTLETS or name in _ARAB_CHANNELS:
            return False  # "في حديث مع «فايننشال تايمز»/"سي إن إن"/«العربية»": a foreign paper or a broadcaster
        return bool(words) and not is_agency(name) and not any(w in _BROADCAST for w in words)

    def own_exclusive(self, via: Span) -> bool:
        """"في تصريحات خاصة لـ«اليوم السابع»": statements given to an Arab paper alone, named
        bare in marks, are that paper's own, whatever wire the dateline names, unless the
        dateline names another paper as the publisher."""
        if self.publishers or via.text[:1] not in "«\"“" and not self.ctx.text[max(0, via.start - 1):via.start] in "«\"“":
            return False
        name = fold(via.text).replace("«", "").replace("»", "").replace('"', "").replace("“", "") \
            .replace("”", "").strip()
        itself = self._paper_itself()
        if itself and name not in itself:
            return False  # (the text shows another paper acting as itself)
        return name in _ARAB_PAPERS and name != _JAZIRA  # (الجزيرة may be the channel under a wire's dateline)

    def own_paper_told(self, via: Span) -> bool:
        """"قال لـ«الوطن»" under a staff reporter's byline ("الرياض: فلان") or with no dateline at
        all: a statement made to an Arab paper named bare in marks right after لـ is made to the
        publishing paper itself. A foreign paper (لـ«فايننشال تايمز») stays a via, as does any
        named with its type word (لصحيفة …), an agency, a broadcaster, and any paper when the
        dateline names an outlet or a wire. (Written bare without marks, "للقبس", only under a
        staff byline.)"""
        text = self.ctx.text
        k = via.start
        itself = self._paper_itself()
        if itself and fold(via.text).replace("«", "").replace("»", "").replace('"', "").strip() not in itself:
            return False  # "الذين تحدثت إليهم «اليوم»" elsewhere: «لـ«عكاظ»» is another paper
        bare_name = fold(via.text)
        if bare_name.startswith("لل"):
            bare_name = "ال" + bare_name[2:]
        elif not (k >= 1 and text[k - 1] == "ل" and (k < 2 or not text[k - 2].isalpha())):
            bare_name = ""
        if via.text[:1] not in "«\"“" and bare_name.startswith("ال"):
            # "قال للقبس إن" (لـ on the paper's article, written bare) under a staff byline
            return bare_name in _ARAB_PAPERS and staff_byline(self.ctx)
        if via.text[:1] not in "«\"“":
            k -= 1
            while k > 0 and text[k] == " ":
                k -= 1
            if text[k] not in "«\"“":
                return False
        k -= 1
        while k > 0 and text[k] == " ":
            k -= 1
        if text[k] == "ـ":
            k -= 1
            while k > 0 and text[k] == " ":
                k -= 1  # ("ل ـ «الشرق الأوسط»" as some pages space it)
        if text[k - 2:k + 1] in ("إلى", "الى", "الي") and (k < 3 or not text[k - 3].isalpha()):
            pass  # "في تصريح إلى «الوطن»": to the paper, written with إلى
        elif text[k] != "ل" or (k > 0 and text[k - 1].isalpha()):
            return False
        name = fold(via.text).replace("«", "").replace("»", "").replace('"', "").replace("“", "") \
            .replace("”", "").strip()
        # no outlet and no wire in the dateline (a staff byline, or no dateline at all: an Arab paper
        # names another paper it quotes with its type word, لصحيفة …)
        return name in _ARAB_PAPERS and not self.publishers and not dateline_agency(self.ctx)

    def via_span(self, m: OutletMatch | None, np: NP | None, cue_pos: int) -> Span | None:
        ctx = self.ctx
        span = None
        if m is not None:
            if m.anaphor:
                span = self.outlet_before(m.start_char, m.type_word)
                if span is None and self.publishers:
                    return None  # "للصحيفة" with no outlet named before: the paper publishing the article
                span = span or Span(m.start_char, m.end_char, ctx.text[m.start_char:m.end_char])
            else:
                span = Span(m.start_char, m.end_char, ctx.text[m.start_char:m.end_char])
        elif np is not None:
            if np.definite:
                span = self.outlet_before(np.src_start, np.head)
            if span is None:
                span = Span(np.src_start, np.src_end, ctx.text[np.src_start:np.src_end])
        if span is None:
            return None
        name = fold(span.text).replace("«", "").replace("»", "").strip()
        for pub in self.publishers:
            if name == pub or name.endswith(" " + pub):
                return None
            if len(name) >= 3 and pub.startswith(name + " ") and len(pub.split()) == 2 and (
                    name.startswith("ال") or span.text[:1] in "«\"“" or ctx.text[max(0, span.start - 1):span.start] in "«\"“"):
                return None  # "لـ«الشروق»" under «الشروق اليومي»، «لـ«مكة»» under "- مكة المكرمة": the paper by its short name
            if pub.endswith(" " + name) and len(pub.split()) == 2 and pub.split()[0] in _PORTALS:
                return None  # "لـ«الوسط»" under "القاهرة - بوابة الوسط": the portal by its paper's name
            if pub.startswith("ال") and name == "ل" + pub[2:]:
                return None  # "للجزيرة نت": the ل of لل left the article's alif out of the span
        if span.text[:1] == "ل" and span.start > 0 and ctx.text[span.start - 1] == "ل":
            full = self._spelled_out(span, cue_pos)
            if full is not None:
                return full  # "قال للجزيرة": the outlet as the text names it elsewhere (الجزيرة)
            # no other mention: the whole word (للجزيرة) rather than a misspelt name (لجزيرة)
            return Span(span.start - 1, span.end, ctx.text[span.start - 1:span.end])
        return span

    def _spelled_out(self, span: Span, pos: int) -> Span | None:
        """Another mention of ``span`` (written after لل: "لجزيرة") with its article: "الجزيرة",
        the nearest before ``pos``, else the first after."""
        text = self.ctx.text
        want = "ا" + span.text
        best = None
        lo = max(0, pos - 20000)  # (an article's length either side: glued texts lend no names)
        for m in re.compile(r"(?<![\w])" + re.escape(want) + r"(?![\w])").finditer(text, lo, pos + 20000):
            if m.start() < pos or best is None:
                best = m
            if m.start() >= pos:
                break
        return Span(best.start(), best.end(), best.group()) if best is not None else None
