"""News outlets: recognising them, and the via that a sentence names.

The NER helper's gazetteer (``reader.core.entities.gazetteer.is_media``) is used when it can
be imported; this module keeps its own small list as a fallback so that attribution works on
its own.

**The via of للصحيفة / للوكالة.** The contract's via is a span of the text whose ``text`` is
the outlet's name. When the sentence names the outlet (لوكالة فرانس برس، لـ«رويترز»، لـ
الأوقات المالية) the via is that mention, without the preposition. When it only points back
(للصحيفة، للوكالة، للقناة), the via is the *earlier mention* of that outlet: the last outlet of
the same type named before it (or the last outlet of any type), so that ``start``/``end``
point at the name and ``text`` is the name as written there. Only when nothing was named
before does the via fall back to the pointing word itself (الصحيفة).

The publisher of the article (a newspaper named in the dateline, "القاهرة - «الشروق»") is
not a via: a statement made to it is a statement made to the article. News agencies in a
dateline ("(رويترز)"، "(د ب أ)") are wires whose copy other papers publish, so they stay vias.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.text import fold

from .knowledge import is_media_form, media_first_words
from .words import DESCRIPTIONS, MEDIA_QUALIFIERS, MEDIA_TYPES, candidates, complementizer, folded_set, is_definite, is_nisba

_OUTLETS = """
رويترز|فرانس برس|أ ف ب|ا ف ب|أسوشيتد برس|أسوشيتدبرس|اسوشيتد برس|بلومبرغ|بلومبيرغ|بلومبرج
الأوقات المالية|فايننشال تايمز|فاينانشال تايمز|فايننشيال تايمز|وول ستريت جورنال|نيويورك تايمز
واشنطن بوست|الغارديان|الجارديان|الإيكونوميست|ذي إيكونوميست|التايمز|ديلي تلغراف|التلغراف|لوموند
لوفيغارو|دير شبيغل|بي بي سي|بي بي سي عربي|سي إن إن|سي إن بي سي|فوكس نيوز|إن بي سي|سي بي إس
إيه بي سي|بوليتيكو|أكسيوس|أكسيوس|فوربس|بيزنس إنسايدر|ذا إنفورميشن|سكاي نيوز|سكاي نيوز عربية
الجزيرة|الجزيرة نت|العربية|العربية نت|الحدث|الشرق الأوسط|الشرق|الحياة|الأهرام|الأخبار|الشروق
المصري اليوم|اليوم السابع|الوطن|مصراوي|الدستور|الوفد|أخبار اليوم|البوابة|القاهرة 24|عكاظ
الرياض|الاقتصادية|المدينة|سبق|الوئام|عين اليوم|اليوم|الخليج|البيان|الاتحاد|الإمارات اليوم|ذا ناشيونال|الراية|الشرق القطرية
القبس|الرأي|الجريدة|الأنباء|الوسط|الأيام|الغد|الدستور الأردنية|النهار|السفير|الأخبار اللبنانية|المستقبل
تشرين|البعث|الثورة|المدى|الصباح الجديد|الزمان
اللواء|المدن|القدس العربي|العربي الجديد|هسبريس|الصباح|الخبر|الشروق الجزائرية|الشرق الأوسط
شفق نيوز|السومرية|رووداو|الأناضول|شينخوا|تاس|نوفوستي|ريا نوفوستي|سبوتنيك|إرنا|تسنيم|فارس
مهر|كيودو|يونهاب|دويتشه فيله|دويتشه فيلله|فرانس 24|فرانس24|يورونيوز|روسيا اليوم|آر تي
واس|وام|قنا|كونا|بترا|سانا|معا|وفا|بنا|العمانية|الأنباء الألمانية|الألمانية|د ب أ|أ ب|إفي|أنسا
و م ع|واج|وات|سونا|ماب|واع|نينا
ماركا|آس|موندو ديبورتيفو|ليكيب|كورييري ديلو سبورت|غازيتا ديلو سبورت|بيلد|ذا أثليتيك
موزاييك|موزاييك إف إم|موزاييك أف أم|موزاييك اف ام|الشارع المغاربي|بزنس نيوز|الصباح نيوز|ديوان أف أم|شمس أف أم
إيلاف|الخليج أونلاين|العين الإخبارية|إرم نيوز|رؤيا|المشهد|مكة|مباشر|أرقام|مال|صحراء ميديا|الأخبار إنفو|المصدر أونلاين|عنب بلدي
الرؤية|الراي|الشبيبة|أخبار الخليج|الأيام البحرينية|لوسيل|العرب القطرية|الشرق القطرية|المال
يو بي آي|يو بي اي|يونايتد برس|يونايتد برس إنترناشونال|أ ش أ|ا ش ا|سبأ|إنترفاكس|أنترفاكس
وكالة أنباء الشرق الأوسط|وكالة الأنباء السعودية|وكالة الأنباء الكويتية|وكالة أنباء الإمارات
وكالة المغرب العربي للأنباء|وكالة الأنباء المغربية|وكالة تونس إفريقيا للأنباء|وكالة تونس أفريقيا للأنباء
وكالة الأنباء الفلسطينية|وكالة أنباء البحرين|وكالة الأنباء القطرية|الوكالة الوطنية للإعلام|وكالة الأنباء الليبية
وكالة السودان للأنباء|وكالة الأنباء اليمنية|وكالة الأنباء العراقية|وكالة الأنباء الأردنية|وكالة الأنباء الجزائرية
"""

#: Foreign papers and broadcasters: a statement to one of them is never the Arab page's own
#: interview (see :meth:`reader.core.attribution.vias.OutletsMixin.own_paper`).
FOREIGN_OUTLETS = """
يديعوت أحرونوت|يديعوت احرونوت|هآرتس|هارتس|معاريف|جيروزاليم بوست|نيويورك بوست|يو إس إيه توداي
لوس أنجلوس تايمز|لوس انجلوس تايمز|الإندبندنت|الاندبندنت|إندبندنت|ديلي ميل|صنداي تايمز|الأوبزرفر|الأوبزيرفر
لاريبوبليكا|لا ريبوبليكا|كورييري ديلا سيرا|إل باييس|الباييس|دي فيلت|نيوزويك|إن إتش كيه|أساهي شيمبون
ليزيكو|لي زيكو|هاندلسبلات|هاندلسبلات|نيكي|نيكاي|نيكي آسيا|كايشين|كومرسانت|إزفستيا|فيدوموستي|غلوبس|إسرائيل هيوم
إيكونوميك تايمز|ساوث تشاينا مورنينغ بوست|جلوبال تايمز|غلوبال تايمز|ذا هندو|هندوستان تايمز|فرانكفورتر ألغماينه
"""
_OUTLETS += FOREIGN_OUTLETS

#: Outlet names that are also ordinary words (البيان "the statement", الاتحاد "the union"):
#: they count only after a type word (صحيفة البيان) or inside guillemets (لـ«الغد»).
_AMBIGUOUS_NAMES = folded_set(
    """الاتحاد الرياض المدينة الوطن الأخبار الشرق الحياة الرأي الغد الأيام البيان الخليج الجريدة
    الوسط النهار المستقبل تشرين البعث الثورة المدى الزمان الصباح الخبر الراية الدستور الأنباء الشروق الحدث العربية الجزيرة السفير اللواء
    المدن البوابة الوفد الاقتصادية التايمز الإمارات اليوم سبق معا وفا بنا تاس فارس مهر آس المصري
    الوئام الألمانية العمانية رؤيا المشهد الرؤية المال مكة مباشر أرقام مال"""
)

_MIDDLE_EAST = tuple(fold(w) for w in ("الشرق", "الأوسط"))
_AND_NORTH = folded_set("وشمال")
_REGION_BEFORE = folded_set("منطقة بمنطقة لمنطقة ومنطقة في دول أسواق اقتصادات")

#: Outlet names that after لـ (written bare) are far more often whom one told: للوفد.
_TOLD_WORDS = folded_set("الوفد")

#: Agencies: wires, never the publisher of the page (see the module docstring).
_AGENCIES = folded_set(
    "رويترز فرانس برس أسوشيتد شينخوا تاس نوفوستي سبوتنيك الأناضول واس وام قنا كونا بترا سانا وفا بنا"
    " العمانية د ب أ إفي أنسا كيودو يونهاب بلومبرغ بلومبيرغ الألمانية يونايتد يو بي آي ش سبأ إنترفاكس معا إرنا تسنيم فارس مهر"
    " واج وات سونا ماب واع"
)


def _build_index() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in _OUTLETS.split("\n"):
        for name in line.split("|"):
            name = name.strip()
            if not name:
                continue
            words = tuple(fold(w) for w in name.split())
            index.setdefault(words[0], []).append(words)
    for seqs in index.values():
        seqs.sort(key=len, reverse=True)
    return index


OUTLET_INDEX = _build_index()
#: "محطة تلفزيون …": a station, before a type of outlet.
_STATION = folded_set("محطة المحطة")
#: A programme of a channel, named in marks («العاشرة مساء»): an outlet only with its name in marks.
_SHOW = folded_set("برنامج البرنامج")
_AFFILIATED = folded_set("التابع التابعة")
_PUBLIC_BODIES = folded_set("لوزارة للوزارة لهيئة للهيئة لصندوق للصندوق لمؤسسة للمؤسسة لبنك للبنك لمجلس للمجلس لجهاز للجهاز لحكومة للحكومة لأمانة لبلدية لجامعة")


def _belongs_to_body(ctx, j: int, limit: int) -> bool:
    """"التابع لوزارة …" right after a programme's name: a public body's programme."""
    return j + 1 < limit and ctx.words[j] and ctx.words[j + 1] and ctx.norms[j] in _AFFILIATED \
        and ctx.norms[j + 1] in _PUBLIC_BODIES
_FIRST_WORDS = frozenset(OUTLET_INDEX) | MEDIA_TYPES | {"ل"} | media_first_words() | _STATION | _SHOW


def gazetteer_says_media(form: str) -> bool:
    """The gazetteer (when importable) lists ``form`` as a news outlet (weak forms such as
    العربية or الجزيرة, which are often ordinary words, do not count)."""
    return is_media_form(form)


def _could_be_outlet(norm: str) -> bool:
    """A cheap test before the full match: the word (clitics off) starts an outlet name or
    is a type word."""
    return any(c in _FIRST_WORDS for c in candidates(norm))


_MAYBE: dict[str, bool] = {}


def could_be_outlet(ctx, i: int) -> bool:
    """Token ``i`` may start an outlet mention (checked before :func:`match_outlet`)."""
    raw = ctx.raw[i]
    found = _MAYBE.get(raw)
    if found is None:
        norm = ctx.norms[i]
        found = _could_be_outlet(norm) or gazetteer_says_media(raw) or (
            norm.startswith("ل") and gazetteer_says_media(raw[1:]))
        if len(_MAYBE) < 200_000:
            _MAYBE[raw] = found
    return found or _web_name(ctx, i, len(ctx.norms))


#: The last word of a news site's name: "السومرية نيوز"، "رووداو ديجيتال"، "العربية نت".
WEB_WORDS = frozenset(fold(w) for w in "نيوز ديجيتال نت أونلاين".split())


def _web_name(ctx, i: int, limit: int) -> bool:
    """"السومرية نيوز"، "للسومرية نيوز": one word and a news site's last word, whatever the list knows."""
    return i + 1 < limit and ctx.words[i] and ctx.words[i + 1] and ctx.norms[i + 1] in WEB_WORDS \
        and len(ctx.norms[i]) >= 3 and ctx.norms[i] not in MEDIA_TYPES and not ctx.norms[i].isdigit()


@dataclass(frozen=True)
class OutletMatch:
    first: int  # token index of the first word of the mention (after the preposition)
    end: int  # token index just past the mention
    start_char: int  # where the mention starts (after an attached ل)
    end_char: int
    type_word: str  # folded type word (صحيفه، وكاله ...) or ""
    anaphor: bool = False  # الصحيفة alone: points back to an earlier outlet


#: Agencies whose names are several words, each of which alone is no agency ("بي" of «يو بي آي» is also the
#: "بي" of «بي بي سي» and «إم بي سي», broadcasters; "فرانس" of «فرانس برس» is also «فرانس 24»).
_AGENCY_PHRASES = tuple(tuple(fold(w) for w in p.split()) for p in ("فرانس برس", "د ب أ", "يو بي آي", "ا ف ب", "أ ف ب"))
_PHRASE_WORDS = frozenset(w for p in _AGENCY_PHRASES for w in p)


def is_agency(name_norm: str) -> bool:
    words = name_norm.split()
    if "وكاله" in words or any(w in _AGENCIES and w not in _PHRASE_WORDS for w in words):
        return True
    return any(tuple(words[k:k + len(p)]) == p for p in _AGENCY_PHRASES for k in range(len(words) - len(p) + 1))


def _known_at(norms: list[str], i: int, strip_first: bool, typed: bool = True) -> int:
    """Length in tokens of a known outlet name starting at token ``i`` (0 when none).
    Without ``typed`` (no type word before it) a one-word name that is also an ordinary
    word does not count."""
    first_forms = candidates(norms[i]) if strip_first else (norms[i],)
    for form in first_forms:
        for seq in OUTLET_INDEX.get(form, ()):
            n = len(seq)
            if i + n <= len(norms) and all(norms[i + k].rstrip("\u0640") == seq[k] for k in range(1, n)):
                # (rstrip: "سي إن بي سي", whose إن the context marks as a letter, not a complementizer)
                if not typed and n == 1 and seq[0] in _AMBIGUOUS_NAMES:
                    continue
                if not typed and seq == _MIDDLE_EAST and (i + n < len(norms) and norms[i + n] in _AND_NORTH or (
                        i > 0 and norms[i - 1] in _REGION_BEFORE)):
                    continue  # "بمنطقة الشرق الأوسط وشمال أفريقيا": the region, not the paper
                if strip_first and n == 1 and seq[0] in _TOLD_WORDS:
                    continue  # "قال للوفد إن": the delegation he told, not the paper الوفد
                return n
    return 0


def known_outlet_length(norms: list[str], i: int) -> int:
    """Tokens of a known outlet name at ``i``, names that are also ordinary words included
    (for a name already set apart, in marks or a dateline); 0 when none."""
    return _known_at(norms, i, False)


def _prefix_len(norm: str, raw: str) -> int:
    """Characters of a proclitic (و، ل، ب، لل->ال) to drop from the front of the mention."""
    for p in ("ول", "وب", "ل", "ب", "و"):
        if norm.startswith(p) and len(norm) > len(p) + 2:
            rest = norm[len(p):]
            if rest in MEDIA_TYPES or rest.startswith("ال") or p in ("ل", "ول"):
                return _raw_prefix(raw, len(p))
    return 0


def _raw_prefix(raw: str, n_letters: int) -> int:
    """Index in ``raw`` after its first ``n_letters`` letters (diacritics skipped)."""
    count = 0
    for idx, ch in enumerate(raw):
        if fold(ch):
            count += 1
            if count == n_letters:
                # also skip diacritics attached to the last proclitic letter
                j = idx + 1
                while j < len(raw) and not fold(raw[j]):
                    j += 1
                return j
    return 0


def _guillemet_name(ctx, i: int, limit: int) -> int:
    """«X» at token i: index just past the closing mark, or 0."""
    if i < limit and ctx.raw[i] in ("«", "\"", "“") and i in ctx.quote_open_tok:
        close = ctx.quote_open_tok[i]
        if close - i <= 6 and close < limit:
            return close + 1
    if i + 2 < limit and ctx.raw[i] == "(" and ctx.words[i + 1] and ctx.raw[i + 2] == ")" \
            and ("." in ctx.raw[i + 1] or ctx.raw[i + 1][:1].isascii()):
        return i + 3  # "لقناة (سي.بي.سي) التلفزيونية": initials in brackets
    if i + 3 < limit and ctx.raw[i] == "(" and ctx.raw[i + 1] == "(":
        # ((شينخوا)): a name in double parentheses, as some wires write their own
        for k in range(i + 3, min(limit - 1, i + 8)):
            if not ctx.words[k]:
                if ctx.raw[k] == ")" and ctx.raw[k + 1] == ")" and k > i + 2:
                    return k + 2
                return 0
    return 0


def match_outlet(ctx, i: int, limit: int, *, preposition: bool = False, ambiguous_ok: bool = False
                 ) -> OutletMatch | None:
    """See :func:`_match_outlet`; a channel's number («كوردستان 24») and an ordinal after a
    definite type word («القناة الإذاعية الأولى») are part of the name."""
    m = _match_outlet(ctx, i, limit, preposition=preposition, ambiguous_ok=ambiguous_ok)
    if m is None and preposition and ctx.words[i] and ctx.norms[i] == "ل" and i + 3 < limit and ctx.raw[i + 1] == "(":
        close = next((t for t in range(i + 2, min(limit, i + 7)) if ctx.raw[t] == ")"), -1)
        inner = _match_outlet(ctx, i + 2, close, ambiguous_ok=True) if close > i + 2 else None
        if inner is not None and not inner.anaphor and inner.end == close:
            return replace(inner, end=close + 1)  # "في تصريح لـ(وات)": the agency in brackets
    if m is None or m.end >= limit:
        return m
    norms = ctx.norms
    e = m.end
    if not m.anaphor and m.type_word and ctx.words[e] and norms[e].isdigit() and len(norms[e]) <= 3 \
            and ctx.starts[e] > ctx.ends[e - 1]:
        return replace(m, end=e + 1, end_char=ctx.ends[e])  # "قناة كوردستان 24"
    if m.anaphor and e == m.first + 1 and e + 1 < limit and ctx.words[e] and ctx.words[e + 1] \
            and is_definite(norms[e]) and norms[e + 1] in _ORDINAL_NAMES:
        return replace(m, end=e + 2, end_char=ctx.ends[e + 1], anaphor=False)  # "للقناة الإذاعية الأولى"
    return m


_ORDINAL_NAMES = frozenset(fold(w) for w in "الأولى الثانية الثالثة الرابعة الأول الثاني الثالث".split())


def _match_outlet(ctx, i: int, limit: int, *, preposition: bool = False, ambiguous_ok: bool = False
                  ) -> OutletMatch | None:
    """An outlet mentioned at token ``i``: صحيفة ماركا الإسبانية، رويترز، الأوقات المالية, or an
    anaphor (الصحيفة). With ``preposition`` the mention must follow ل (لوكالة فرانس برس،
    لـ«مصراوي»، لـ الأوقات المالية); the ل is left out of the mention."""
    norms = ctx.norms
    if i >= limit or not ctx.words[i]:
        return None
    if preposition and norms[i] in _TO_ITS_MAN and i + 1 < limit:
        nxt = i + 1
        if not ctx.words[nxt] and nxt in ctx.quote_open_tok:
            g = _guillemet_name(ctx, nxt, limit)
            m = OutletMatch(nxt + 1, g, ctx.starts[nxt + 1], ctx.ends[g - 2], "") if g else None
        else:
            m = match_outlet(ctx, nxt, limit, ambiguous_ok=True)  # "لمراسل وكالة «فرانس برس»": its man, the agency told
        if m is not None and not m.anaphor:
            return m
    if not could_be_outlet(ctx, i):
        return None
    if not preposition and ctx.is_media_start(i):
        e = _short_name(ctx, _qualifiers(ctx, ctx.entity_end_tok[i], limit), limit)
        return OutletMatch(i, e, ctx.starts[i], ctx.ends[e - 1], "")
    first = i
    skip_chars = 0
    if preposition:
        if norms[i] == "ل":  # a separate لـ
            first = i + 1
            if first + 1 < limit and not ctx.words[first] and ctx.raw[first] in "ـ-":
                first += 1  # "ل ـ «الشرق الأوسط»": the tatweel written apart
            if first >= limit:
                return None
            g_end = _guillemet_name(ctx, first, limit)
            if g_end:
                return OutletMatch(first + 1, g_end, ctx.starts[first + 1], ctx.ends[g_end - 2], "")
            if not ctx.words[first]:
                return None
        elif norms[i].startswith("ل") and len(norms[i]) > 2:
            skip_chars = _raw_prefix(ctx.raw[i], 1)
        else:
            return None
    strip = first == i and preposition
    norm = norms[first]
    forms = candidates(norm) if strip else (norm,) + tuple(c for c in candidates(norm) if c.startswith("ال"))
    if strip:
        forms = tuple(f for f in forms if f != norm)
    type_word = next((f for f in forms if f in MEDIA_TYPES), "")
    if not type_word and any(f in _STATION for f in forms) and first + 1 < limit and ctx.words[first + 1] \
            and norms[first + 1] in MEDIA_TYPES:
        # "لمحطة تلفزيون سكاي نيوز": a station of a type of outlet, then its name
        m = _typed(ctx, first + 1, limit, norms[first + 1], 0)
        if m is not None and not m.anaphor:
            return OutletMatch(first, m.end, ctx.starts[first] + skip_chars, m.end_char, m.type_word)
    if type_word:
        return _typed(ctx, first, limit, type_word, skip_chars)
    if any(f in _SHOW for f in forms) and first + 1 < limit and ctx.raw[first + 1] == "«":
        g_end = _guillemet_name(ctx, first + 1, limit)
        if g_end and _belongs_to_body(ctx, g_end, limit):
            return None  # "برنامج «سكني» التابع لوزارة البلديات": a ministry's programme, no show
        if g_end:
            j = g_end  # "برنامج «العاشرة مساء»"، and the channel it is on: "على قناة «دريم»"
            if j + 1 < limit and ctx.words[j] and norms[j] in ("علي", "في"):
                on = match_outlet(ctx, j + 1, limit)
                if on is not None and not on.anaphor:
                    j = on.end
            return OutletMatch(first, j, ctx.starts[first] + skip_chars, ctx.ends[j - 1], norms[first])
    known = _known_at(norms, first, strip, typed=ambiguous_ok)
    if not known and gazetteer_says_media(ctx.raw[first][skip_chars:]):
        known = 1
    if known:
        if first + known < limit and ctx.words[first + known] and norms[first + known] in WEB_WORDS:
            known += 1  # "للسومرية | نيوز": the channel's news site
        return OutletMatch(first, first + known, ctx.starts[first] + skip_chars,
                           ctx.ends[first + known - 1], "")
    if _web_name(ctx, first, limit):
        return OutletMatch(first, first + 2, ctx.starts[first] + skip_chars, ctx.ends[first + 1], "")
    return None


def match_addressee(ctx, i: int, limit: int) -> OutletMatch | None:
    """The outlet after إلى/مع at token ``i`` (the preposition excluded): a known outlet or a
    name in marks (تحدثوا إلى «الرؤية»)."""
    if i < limit and not ctx.words[i]:
        g_end = _guillemet_name(ctx, i, limit)
        if g_end and ctx.raw[i] != "(":
            return OutletMatch(i + 1, g_end, ctx.starts[i + 1], ctx.ends[g_end - 2], "")
        return None
    m = match_outlet(ctx, i, limit)
    return None if m is None or m.anaphor else m


def _typed(ctx, first: int, limit: int, type_word: str, skip_chars: int) -> OutletMatch | None:
    """A type word (صحيفة، وكالة، قناة ...) and the name after it."""
    norms = ctx.norms
    j = first + 1
    definite = type_word.startswith("ال")
    anaphor = OutletMatch(first, first + 1, ctx.starts[first] + skip_chars, ctx.ends[first],
                          type_word, anaphor=True)
    g_end = _guillemet_name(ctx, j, limit)
    known = _known_at(norms, j, False) if j < limit and ctx.words[j] else 0
    whole = _known_at(norms, first, skip_chars > 0)
    if not g_end and whole > max(1, known + 1):
        j = first + whole  # "لوكالة أنباء الشرق الأوسط": a known name that begins with its type word
    elif g_end:
        j = g_end
    elif known:
        j += known
    else:
        k = j
        while k < limit and k - j < 4 and ctx.words[k] and norms[k] in MEDIA_QUALIFIERS:
            k += 1
        if k > j:
            if norms[k - 1] == "انباء" and k < limit and ctx.words[k] and _name_like(norms[k]) \
                    and not complementizer(norms[k]):
                k = max(k + 1, _name_run(ctx, k, limit))  # وكالة أنباء الأناضول: the agency's name
            j = k  # وكالة الأنباء، وسائل الإعلام، تقارير إعلامية
        elif definite:
            # الصحيفة alone points back; الوكالة الدولية للطاقة is no outlet.
            nxt = norms[j] if j < limit and ctx.words[j] else ""
            if nxt in _ORDINALS and type_word in ("القناه", "الاذاعه") and j + 1 < limit:
                g = _guillemet_name(ctx, j + 1, limit)  # "القناة الثانية "دوزيم""، "القناة الأولى"
                k = g if g else j + 1
                return OutletMatch(first, k, ctx.starts[first] + skip_chars, ctx.ends[k - 1], type_word)
            if nxt and type_word in _STATE_BROADCAST and (is_nisba(nxt) or nxt in _OFFICIAL):
                k = j
                while k < limit and ctx.words[k] and (is_nisba(norms[k]) or norms[k] in _OFFICIAL) and k - j < 3:
                    k += 1  # "التلفزيون السوري"، "الإذاعة الإسرائيلية العامة": a state broadcaster, named so
                return OutletMatch(first, k, ctx.starts[first] + skip_chars, ctx.ends[k - 1], type_word)
            if not nxt or not _name_like(nxt) or nxt.startswith("ال") or type_word not in _NAMED_TYPES \
                    or complementizer(nxt) or nxt.endswith("ها") and len(nxt) >= 5:
                # ("وبحسب الصحيفة فإن": not a paper called فان; "وختمت الصحيفة افتتاحيتها بالقول": its own editorial)
                if nxt.startswith("ال") and type_word in ("الوكاله", "الشبكه", "الموقع"):
                    k = j
                    while k < limit and ctx.words[k] and norms[k].startswith("ال") and k - j < 3:
                        k += 1
                    if k < limit and norms[k] in MEDIA_QUALIFIERS:
                        return OutletMatch(first, k + 1, ctx.starts[first] + skip_chars, ctx.ends[k], type_word)
                    return None
                return anaphor
            j = _name_run(ctx, j, limit)
        elif type_word in _NAMED_TYPES:
            k = _name_run(ctx, j, limit)
            if k == j:
                return None
            j = k
        else:
            k = j
            while k < limit and ctx.words[k] and norms[k].startswith("ال") and k - j < 3:
                k += 1
            if k > j and k < limit and ctx.words[k] and norms[k] == _FOR_NEWS:
                j = k + 1  # "وكالة الطلبة الإيرانية للأنباء (إيسنا)": an agency "for news" by what it is
                j = _short_name(ctx, j, limit)
                return OutletMatch(first, j, ctx.starts[first] + skip_chars, ctx.ends[j - 1], type_word)
            k = _acronym_end(ctx, j, limit)
            if k == j:
                return None  # وكالة/شبكة/موقع + an unknown word: not evidently an outlet
            j = k  # "وكالة بي. تي. ايه": an agency's letters
    if g_end:
        j = _qualifiers_after_marks(ctx, j, limit)
    else:
        j = _qualifiers(ctx, j, limit)
        j = _short_name(ctx, j, limit)
    return OutletMatch(first, j, ctx.starts[first] + skip_chars, ctx.ends[j - 1], type_word)


def _acronym_end(ctx, j: int, limit: int) -> int:
    """Past an agency's initials at ``j``, each a word of at most three letters followed by a
    full stop ("بي. تي. ايه"، "يو.بي.آي"); ``j`` when there are not two of them."""
    if j < limit and ctx.words[j] and "." in ctx.norms[j]:
        bits = ctx.norms[j].strip(".").split(".")
        return j + 1 if len(bits) >= 2 and all(0 < len(b) <= 3 for b in bits) else j  # "يو.بي.آي"
    k, parts = j, 0
    while k < limit and ctx.words[k] and len(ctx.norms[k]) <= 3 and not _stop_word(ctx.norms[k]):
        parts += 1
        k += 1
        if k + 1 < limit and ctx.raw[k] == "." and ctx.words[k + 1] and len(ctx.norms[k + 1]) <= 3 \
                and ctx.ends[k - 1] == ctx.starts[k]:
            k += 1
            continue
        break
    return k if parts >= 2 else j


def _stop_word(norm: str) -> bool:
    return norm in _NAME_STOPS or norm in ("عن", "ان", "في", "من", "لم", "قد", "ما", "لا")


def _short_name(ctx, j: int, limit: int) -> int:
    """An outlet's short name in marks after its full name (وكالة الأنباء اليمنية «سبأ»)."""
    g = _guillemet_name(ctx, j, limit)
    if g and g - j <= 4 and ctx.raw[j] == "«" and all(ctx.words[k] for k in range(j + 1, g - 1)):
        return g
    if g and ctx.raw[j] == "(":
        return g  # وكالة أنباء ((شينخوا))
    return j


def _qualifiers(ctx, j: int, limit: int) -> int:
    """Past للأنباء، الإخبارية، الإسبانية، محلية after an outlet's name."""
    norms = ctx.norms
    while j < limit and ctx.words[j] and (
        norms[j] in MEDIA_QUALIFIERS or (norms[j].endswith(("يه", "ي")) and len(norms[j]) > 4
                                          and norms[j][:1] not in "وبلف" and norms[j] not in _NAME_STOPS)
    ):
        j += 1
    return j


def _qualifiers_after_marks(ctx, j: int, limit: int) -> int:
    """After a name in marks a nationality (صحيفة «إل تيمبو» الكولومبية) or a media word
    belongs to the outlet; a description (صحيفة «دون» المحلية) does not."""
    k = _qualifiers(ctx, j, limit)
    while j < k and ctx.norms[j] not in DESCRIPTIONS:
        j += 1
    return j


_FOREIGN_ARTICLES = folded_set("ذا ذي لا لو لي دي دير دو إل ال")
_ORDINALS = folded_set("الأولى الثانية الثالثة الرابعة الخامسة السادسة")
_STATE_BROADCAST = folded_set("التلفزيون التليفزيون التلفزة الإذاعة")
_OFFICIAL = folded_set("الرسمي الرسمية العام العامة الحكومي الحكومية")
_FOR_NEWS = fold("للأنباء")
_TO_ITS_MAN = folded_set("لمراسل لمراسلة لمراسلي لموفد لموفدة")
_NAMED_TYPES = folded_set("صحيفة الصحيفة جريدة الجريدة قناة القناة مجلة المجلة إذاعة الإذاعة تلفزيون التلفزيون فضائية الفضائية راديو")


def _name_run(ctx, j: int, limit: int) -> int:
    ent = ctx.entity_at.get(j)
    if ent is not None and ent.type in ("ORG", "MISC"):
        e = ctx.entity_end_tok.get(j, j + 1)
        if e == j + 1 and ctx.norms[j] in _FOREIGN_ARTICLES and e < limit and e in ctx.entity_at:
            e = ctx.entity_end_tok.get(e, e + 1)  # "صحيفة ذا ناشونال": the tagger split the article off
        if j < e <= limit and e - j <= 4:
            return e  # "صحيفة يديعوت أحرونوت | بالعاهل": the name the tagger found, no further
    k = j
    while k < limit and k - j < 3 and ctx.words[k] and _name_like(ctx.norms[k]) and not (
        ctx.norms[k].startswith("ال") and k > j
    ) and not (k > j and ctx.norms[k][:1] in "بل" and ctx.norms[k][1:3] == "ال"):
        k += 1  # (بالعاهل، للصحيفة: a preposition on a definite word ends the name)
    return k


_NAME_STOPS = folded_set(
    "إن أن في على من عن إلى يوم أمس اليوم خلال نقلا نقلاً وفقا عبر التي الذي قد لم أيضا "
    "إنه أنه إنها أنها بأن بأنه بأنها إنهم أنهم فقط كذلك ذاتها نفسها"
)


def _name_like(norm: str) -> bool:
    return bool(norm) and norm not in _NAME_STOPS and not norm.isdigit() and norm not in _TIMES
    # ("لتلفزيون سلطنة عمان | مساء الأحد": when it was said)


_TIMES = folded_set("مساء صباح ظهر فجر ليلة مساءً صباحاً أمس")


