"""Noise a scraper left in an article: found as spans into the text, never deleted.

Kinds (the ``reason`` of each :class:`NoiseSpan`):

- ``"image caption"``: "صورة تمثيلية", "الصورة: ملف", "(صورة: رويترز)", "أرشيفية",
  "Photo: ...", "Getty Images" credit lines, short lines ending in a photo credit;
- ``"recommended"``: "موصى به", "مقترحات لك", "قد يعجبك أيضا", "الأكثر قراءة" ... and the
  headline lines right under such a header;
- ``"read also"``: "اقرأ أيضا" / "طالع أيضا" / "شاهد أيضا" ... with the headline after it on
  the same line (or on the next line when the cue stands alone), also after a sentence in
  the middle of a paragraph;
- ``"share/follow"``: lines of social network names and share words, "تابعونا على ...",
  "للاشتراك ...", "Share this", "Follow us";
- ``"unrelated line"``: a short line dropped between paragraphs that has nothing to do with
  the article (the sample's "ما هو افضل سن للزواج"), see :func:`_unrelated_lines`.

Lines are matched in their folded form (reader.core.text: no diacritics, alef/hamza/ya/ta
marbuta folded, Latin lower-cased), so "إقرأ أيضاً" and "اقرا ايضا" are the same cue. Most
rules look only at short lines: a real paragraph is long and ends with punctuation.
"""

from __future__ import annotations

import re

from reader.core.model import NoiseSpan
from reader.core import pieces
from reader.core.pieces import blocks, shifted
from reader.core.text import fold, normalize, strip_proclitics

CAPTION = "image caption"
RECOMMENDED = "recommended"
READ_ALSO = "read also"
SHARE = "share/follow"
UNRELATED = "unrelated line"
NOISE_REASONS = (CAPTION, RECOMMENDED, READ_ALSO, SHARE, UNRELATED)

_LEAD = r"^[\s•·▪◦●■*\-–—>»«\"'“”(\[|]*"
_LEAD_RE = re.compile(_LEAD)
_WORD_RE = re.compile(r"[^\W\d_]+")
_TERMINAL = ".!?؟…:;؛،,"
_CLOSERS = "\"'»”’)]}"

_READ_ALSO_RE = re.compile(
    _LEAD + r"(?:و?(?:اقرا|قرا|طالع|شاهد|تابع|اطلع(?:\s+علي)?)\s+(?:ايضا|كذلك|المزيد)"
    r"|للمزيد\s+اقرا|(?:اقرا|طالع|شاهد|read|watch)\s*:"
    r"|read\s+(?:also|more)|also\s+read|see\s+also|related\s*:)"
)
_READ_ALSO_INLINE_RE = re.compile(
    r"(?:(?<=[.!?؟»\"'])|(?<=[.!?؟»\"']\s))\s*((?:اقرا|طالع|شاهد)\s+(?:ايضا|كذلك)|read also)"
)
_CAPTION_RE = re.compile(
    r"صوره\s+(?:تمثيليه|ارشيفيه|ارشيف|من\s+الارشيف|توضيحيه)|(?:^|[\s(])(?:ال)?صوره\s*:"
    r"|(?:مصدر|حقوق|المصدر|حقوق)\s+الصوره|تصوير\s*:|(?:^|[\s(])(?:photo|image|picture|"
    r"photograph|credit|photo credit|illustration)\s*:|getty\s*images|gettyimages|shutterstock"
    r"|(?:^|\s)(?:غيتي|جيتي|جتي)\s+(?:ايمجز|ايميجز|امجز)|via\s+getty|afp\s+photo|^©|\s©\s"
)
_ARCHIVE_RE = re.compile(r"(?:^|[\s(\-–—])ارشيفيه\s*\)?\s*\.?$|^\(?ارشيفيه\)?$")
#: "صورة من ..." / "صورة تظهر ..." opening a short line that is not a sentence.
_PHOTO_OPENING_RE = re.compile(r"^(?:ال)?صوره\s+(?:من|تظهر|يظهر|توضح|تبين|لل|ل)")
_PAREN_CAPTION_RE = re.compile(
    r"\((?:صوره|الصوره|تصوير|photo|image)\s*:?[^()\n]{0,60}\)|\(ارشيفيه\)|\(صوره\s+ارشيفيه\)"
)
_RECOMMENDED_RE = re.compile(
    _LEAD + r"(?:موصي\s+(?:به|بها|لك)|مقترح(?:ات|ه)?\s+لك(?:م)?"
    r"|قد\s+(?:يعجبك|يهمك|تهمك|يعجبكم|يهمكم)"
    r"|ننصحك(?:م)?\s+ب|(?:مواضيع|مقالات|اخبار|موضوعات|قصص)\s+(?:ذات\s+صله|متعلقه|مشابهه|مقترحه)"
    r"|ذات\s+صله|اخترنا\s+لك(?:م)?|الاكثر\s+(?:قراءه|مشاهده|تداولا|شعبيه)|المزيد\s+من\s+الاخبار"
    r"|محتوي\s+(?:مدعوم|ممول|برعايه)|اعلان$|اعلانات$|recommended|you\s+(?:may|might)\s+(?:also\s+)?like"
    r"|related\s+(?:articles|stories|news|posts)$|related$|more\s+from|most\s+(?:read|popular)"
    r"|sponsored|advertisement$|promoted\s+(?:content|stories)|trending\s+now)"
)
_FOLLOW_RE = re.compile(
    _LEAD + r"(?:تابعونا|تابعنا\s+(?:علي|عبر)|تابعوا\s+(?:\S+\s+){0,5}?(?:علي|عبر)\s+"
    r"|للاشتراك|اشترك(?:وا)?\s+(?:في|الان|ب|معنا)|انضم(?:وا)?\s+(?:الي|لـ?)\s*(?:قناتنا|قناه|مجموعتنا)"
    r"|شارك(?:ها|وا|ه)?\s*(?::|عبر|علي\s+(?:فيسبوك|تويتر|واتساب)|المقال|الخبر|هذا|هذه|$)"
    r"|share\s+(?:this|on|via|article|story)|follow\s+us|subscribe|sign\s+up|join\s+our)"
)
_CLICK_RE = re.compile(r"اضغط\s+هنا|انقر\s+هنا|click\s+here|للاشتراك")
_BYLINE_RE = re.compile(
    r"^(?:بقلم|كتب|كتبت|اعداد|تحرير|مراسل|مراسله|ترجمه|حوار|by|from|written by)\b|@"
)

# --- word lists (all matched in folded form) ---------------------------------------------

# (Halves of two-word names that are also common words, like the آب of واتس آب or the إن
# of لينكد إن, are left out.)
SOCIAL_NAMES = frozenset(fold(w) for w in """
facebook twitter x whatsapp telegram linkedin instagram youtube tiktok snapchat pinterest
reddit messenger threads فيسبوك فيس بوك تويتر إكس واتساب واتس تيليجرام تلجرام تليجرام
تلغرام لينكدإن لينكد انستغرام انستجرام انستقرام إنستغرام يوتيوب تيك توك تيكتوك سناب شات
سنابشات بنترست ماسنجر ثريدز""".split())
SHARE_WORDS = SOCIAL_NAMES | frozenset(fold(w) for w in """
share shares sharing tweet email e mail mail print copy link url follow us on via whatsapp
شارك شاركها شاركوا مشاركة المشاركة عبر على البريد بريد الإلكتروني الالكتروني إلكتروني طباعة
اطبع نسخ الرابط رابط مختصر تابعونا تابعنا""".split())
STOPWORDS = frozenset(fold(w) for w in """
من في على إلى الى عن مع هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين ما ماذا لا لم لن
قد كان كانت يكون تكون كانوا هو هي هم هن هما انا أنا نحن انت أنت كل بعض غير بين بعد قبل عند
منذ حتى أو او أم ام ثم لكن بل إذا اذا إذ لو كما مثل حول خلال ضد دون عبر نحو أي اي أيضا ايضا
فقط جدا اليوم أمس هنا هناك أن إن لدى لدي عليه عليها فيه فيها منه منها له لها لهم إنه انه
أنه إنها أنها وقد وكان وهو وهي التى الذى هل كيف لماذا متى أين اين ليس ليست يمكن حيث وفق
the a an of and or to in on at for with by from is are was were be this that it its as
""".split())

CREDIT_RE = re.compile(
    r"\(\s*(?:(?:ال)?صوره|تصوير)?\s*:?\s*(?:رويترز|ا\s*ف\s*ب|ا\s*ب|afp|ap|epa|reuters|"
    r"getty(?:\s*images)?|غيتي|جيتي|الاناضول|anadolu|وكالات|ارشيف|ارشيفيه|مواقع\s+التواصل|"
    r"تويتر|فيسبوك|social\s+media|shutterstock|د\s*ب\s*ا|dpa|xinhua|شينخوا|واس|سانا|وام|بترا|"
    r"كونا)[^()]{0,30}\)\s*\.?$"
)
CLICKBAIT_RE = re.compile(
    r"(?:ما\s+(?:هو|هي)|هل\s+(?:تعلم|تعرف|تعرفين|جربت)|لن\s+تصدق|لا\s+تصدق|بالصور|بالفيديو"
    r"|فيديو|شاهد|تعرف\s+علي|تعرفي\s+علي|اكتشف|اليك|افضل|اسهل|اسرع|اخطر|اغرب|اجمل|طريقه"
    r"|طرق|وصفه|فوائد|اضرار|اسباب|علامات|اعراض|كيف|لماذا|سر\s|اسرار|احذر|احذري|تحذير|حقيقه"
    r"|عاجل|\d+\s)"
)
_SUFFIXES = ("يات", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "هن", "كم", "نا", "ه", "ي")


def light_stem(word: str) -> str:
    """A folded, proclitic-stripped word without one common suffix (stem kept >= 3 letters)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


#: A line with more words than this is a paragraph, not a caption/share/recommended line.
SHORT_LINE_WORDS = 20


class _Line:
    __slots__ = ("start", "end", "text", "folded", "words", "lead")

    def __init__(self, start: int, end: int, text: str, folded: str):
        self.start, self.end, self.text, self.folded = start, end, text, folded
        self.words = _WORD_RE.findall(folded)
        # Folded text without leading bullets/quotes, for start-of-line cues.
        self.lead = _LEAD_RE.sub("", folded, count=1)


def detect_noise(text: str) -> list[NoiseSpan]:
    """Noise spans in ``text``, sorted and non-overlapping.

    A long text is read in pieces (:mod:`reader.core.pieces`, as the analysis reads it), so
    memory stays bounded; an article is one piece."""
    if len(text) <= pieces.BLOCK_CHARS:
        return _detect(text)
    spans: list[NoiseSpan] = []
    for a, b in blocks(text, pieces.BLOCK_CHARS):
        spans.extend(shifted(s, a) for s in _detect(text[a:b]))
    return spans


def _detect(text: str) -> list[NoiseSpan]:
    lines = _split_lines(text)
    line_reason: dict[int, str] = {}
    spans: list[NoiseSpan] = []
    for i, line in enumerate(lines):
        reason = _classify(line)
        if reason:
            line_reason[i] = reason
    _continuations(lines, line_reason)
    for i in _unrelated_lines(lines, line_reason):
        line_reason[i] = UNRELATED
    for i, line in enumerate(lines):
        if i in line_reason:
            spans.append(NoiseSpan(line.start, line.end, line_reason[i]))
        else:
            spans.extend(_inline_spans(line))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def _split_lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw, folded in zip(text.split("\n"), fold(text).split("\n"), strict=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(pos + lead, pos + lead + len(stripped), stripped, folded.strip()))
        pos += len(raw) + 1
    return lines


def _ends_sentence(line: _Line) -> bool:
    return line.text.rstrip(_CLOSERS + " ")[-1:] in _TERMINAL


def _classify(line: _Line) -> str:
    n = len(line.words)
    if n == 0:
        return ""
    short = n <= SHORT_LINE_WORDS
    if _READ_ALSO_RE.match(line.folded) and (n <= 30 or ":" in line.folded[:40]):
        return READ_ALSO
    if short and _RECOMMENDED_RE.match(line.folded) and n <= 8:
        return RECOMMENDED
    if short:
        # A credit in parentheses inside a sentence is marked on its own (_inline_spans).
        outside = _PAREN_CAPTION_RE.sub(" ", line.folded).strip()
        if _CAPTION_RE.search(outside) or _ARCHIVE_RE.search(outside):
            return CAPTION
        if (outside != line.folded or _PHOTO_OPENING_RE.match(line.lead)) and n <= 12 \
                and not _ends_sentence(line):
            return CAPTION
    if short and CREDIT_RE.search(line.folded) and not _ends_before_credit(line):
        return CAPTION
    if _is_share_line(line):
        return SHARE
    if n <= 25 and (_FOLLOW_RE.match(line.folded) or (n <= 15 and _CLICK_RE.search(line.folded))):
        return SHARE
    return ""


def _ends_before_credit(line: _Line) -> bool:
    """A sentence that merely ends with an agency name is not a caption."""
    body = CREDIT_RE.sub("", line.folded).rstrip()
    return body[-1:] in ".!?؟"


def _is_share_line(line: _Line) -> bool:
    words = line.words
    if not words or len(words) > 15:
        return False
    share = sum(1 for w in words if w in SHARE_WORDS)
    social = sum(1 for w in words if w in SOCIAL_NAMES)
    if social >= 2 and share >= 0.6 * len(words):
        return True
    return social >= 1 and share == len(words)


def _continuations(lines: list[_Line], line_reason: dict[int, str]) -> None:
    """Headlines under a lone "read also" cue or a "recommended" header."""
    for i in sorted(line_reason):
        reason = line_reason[i]
        if reason not in (READ_ALSO, RECOMMENDED) or len(lines[i].words) > 4:
            continue
        limit = 1 if reason == READ_ALSO else 6
        j = i + 1
        while j < len(lines) and limit > 0 and j not in line_reason:
            nxt = lines[j]
            if len(nxt.words) > 15 or _ends_sentence(nxt) and reason == RECOMMENDED:
                break
            if reason == READ_ALSO and not lines[i].folded.rstrip().endswith((":", "ايضا", "كذلك")):
                break
            line_reason[j] = reason
            j += 1
            limit -= 1


def _inline_spans(line: _Line) -> list[NoiseSpan]:
    """'Read also' after a sentence, and '(صورة: ...)' credits, inside a longer paragraph."""
    folded = line.folded
    if "ايضا" not in folded and "كذلك" not in folded and "read also" not in folded \
            and "(" not in folded:
        return []
    norm = normalize(line.text)
    out: list[NoiseSpan] = []
    m = _READ_ALSO_INLINE_RE.search(norm.text)
    if m:
        start, _ = norm.span_to_original(m.start(1), m.end(1))
        out.append(NoiseSpan(line.start + start, line.end, READ_ALSO))
    for pm in _PAREN_CAPTION_RE.finditer(norm.text):
        start, end = norm.span_to_original(pm.start(), pm.end())
        if not out or line.start + end <= out[0].start:
            out.append(NoiseSpan(line.start + start, line.start + end, CAPTION))
    return out


# --- unrelated lines ---------------------------------------------------------------------


def _content_stem(word: str) -> str:
    """The stem a content word is compared by ('' for function words and short words)."""
    base = strip_proclitics(word)
    if len(base) < 3 or base in STOPWORDS or word in STOPWORDS:
        return ""
    return light_stem(base)


def _unrelated_lines(lines: list[_Line], line_reason: dict[int, str]) -> list[int]:
    """Short lines sharing no content word with the rest of the article.

    A candidate is not the first line (the title), has 2 to 9 words, does not end a
    sentence, is not a byline, and has at least one content word (three letters or more,
    not a function word, after و/ف/ب/ل/ك/ال are stripped and a light suffix strip); none of
    its content words may occur in any other line that is not noise. It is flagged when
    something else points the same way: a clickbait opening (ما هو، هل تعلم، لن تصدق،
    بالصور، تعرف على، a number...), a neighbouring noise line, or three or more content words
    in an article large enough to judge (a real subheading nearly always reuses the
    article's words, so it is never flagged).
    """
    stems_per_line: list[set[str]] = []
    counts: dict[str, int] = {}
    cache: dict[str, str] = {}
    for i, line in enumerate(lines):
        stems: set[str] = set()
        if i not in line_reason:
            for w in line.words:
                stem = cache.get(w)
                if stem is None:
                    stem = cache[w] = _content_stem(w)
                if stem:
                    stems.add(stem)
        stems_per_line.append(stems)
        for s in stems:
            counts[s] = counts.get(s, 0) + 1
    vocabulary = len(counts)
    if vocabulary < 25:
        return []  # too little article to tell what is unrelated
    found = []
    for i, line in enumerate(lines):
        if i == 0 or i in line_reason or not 2 <= len(line.words) <= 9:
            continue
        clickbait = bool(CLICKBAIT_RE.match(line.lead))
        if _ends_sentence(line) and not (clickbait and line.text.rstrip()[-1:] in "?؟!"):
            continue
        if _BYLINE_RE.search(line.lead) or line.text[:1] in "\"'«“":
            continue
        stems = stems_per_line[i]
        if not stems or any(counts[s] > 1 for s in stems):
            continue
        neighbour = (i - 1 in line_reason) or (i + 1 in line_reason)
        # Isolation alone counts only for a free-standing Arabic line, not a list item.
        isolated = (
            len(stems) >= 3 and vocabulary >= 120
            and line.lead == line.folded and any("\u0621" <= ch <= "\u064a" for ch in line.lead)
        )
        if clickbait or neighbour or isolated:
            found.append(i)
    return found
