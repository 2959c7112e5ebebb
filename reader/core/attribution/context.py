"""The text as the detector reads it: tokens with folded forms, sentences that never cut a
quotation, quotations, entities by token, noise flags, and outlet mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from reader.core.model import Entity, NoiseSpan
from reader.core.text import FA_WORDS, LETTER_NAMES, fold, sentences, token_spans

from .quotes import QUOTE_CHARS, Quote, find_quotes

_FOLD_CACHE: dict[str, str] = {}


def fold_cached(word: str) -> str:
    out = _FOLD_CACHE.get(word)
    if out is None:
        out = fold(word)
        if len(_FOLD_CACHE) < 200_000:
            _FOLD_CACHE[word] = out
    return out


PUNCT_STOP = frozenset("،,؛;:.!?؟()[]{}-–—/|•")


@dataclass
class Context:
    text: str
    starts: list[int]
    ends: list[int]
    raw: list[str]
    norms: list[str]
    words: list[bool]
    sent_of: list[int]  # token -> sentence unit index
    sents: list[tuple[int, int]]  # sentence unit -> (first token, end token)
    para_of: list[int]  # token -> paragraph (line) index
    quotes: list[Quote]
    quote_open_tok: dict[int, int] = field(default_factory=dict)  # open tok -> close tok
    quote_close_tok: dict[int, int] = field(default_factory=dict)
    noisy: list[bool] = field(default_factory=list)
    entity_at: dict[int, Entity] = field(default_factory=dict)  # token index -> entity
    entity_end_tok: dict[int, int] = field(default_factory=dict)  # token index -> end token
    has_entities: bool = False  # the caller gave the NER's entities
    media_tok: set[int] = field(default_factory=set)  # tokens where a media entity starts
    #: Folded words that are part of a person's name somewhere in the text (after a known
    #: first name, or inside a PER entity): they may stand alone later (وقالت هيرمان).
    person_tokens: set[str] = field(default_factory=set)
    #: family name -> (start, end) chars of the full name written after a title (الكاتبة سلوى عودة)
    titled_names: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: The text writes alif maqsura as ya throughout (علي الأرض، إلي، الذي أدي): علي is then the
    #: preposition as often as the name, and only the tagger can tell the name.
    ya_for_maqsura: bool = False

    def __len__(self) -> int:
        return len(self.norms)

    def ali_tagged(self, i: int) -> bool:
        """"علي العمري": the given name علي (written with ya) that the tagger marks as the start
        of a person's name; the preposition على written with ya (أكد علي ضرورة) is not."""
        if self.norms[i] != "علي" or not self.raw[i].endswith("ي") or not self.has_entities:
            return False
        ent = self.entity_at.get(i)
        if ent is None and not self.ya_for_maqsura and i + 1 < len(self.norms):
            nxt = self.entity_at.get(i + 1)  # "انتقد علي | رضا كوتشاك": the tagger began the name after it
            return nxt is not None and nxt.type == "PER" and self.entity_end_tok.get(i + 1, i + 1) > i + 2 \
                and self.norms[i + 1] in _GIVEN_AFTER_ALI
        return ent is not None and ent.type == "PER" and self.entity_end_tok.get(i, i) > i + 1

    def tok_at_char(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def span_text(self, a: int, b: int) -> str:
        """Text from token ``a`` to token ``b`` (exclusive)."""
        if b <= a:
            return ""
        return self.text[self.starts[a]:self.ends[b - 1]]

    def is_media_start(self, i: int) -> bool:
        """An outlet entity starts at token ``i``."""
        return i in self.entity_at and i in self.media_tok

    def is_punct(self, i: int, chars: str | frozenset[str] = PUNCT_STOP) -> bool:
        return 0 <= i < len(self.norms) and not self.words[i] and self.raw[i] in chars

    def in_quote(self, i: int) -> Quote | None:
        """The innermost quotation whose marks enclose token ``i`` (marks excluded)."""
        pos = self.starts[i]
        best = None
        k = bisect_right(self._quote_opens, pos) - 1
        # Quotations are few per paragraph; look back a little for one that spans pos.
        for j in range(k, max(-1, k - 6), -1):
            q = self.quotes[j]
            if q.open < pos < q.close:
                if best is None or q.open > best.open:
                    best = q
        return best

    @property
    def _quote_opens(self) -> list[int]:
        opens = self.__dict__.get("_opens")
        if opens is None:
            opens = self.__dict__["_opens"] = [q.open for q in self.quotes]
        return opens


def _tatweel_initials(text: str, starts: list[int], ends: list[int], raw: list[str]):
    """"جيفري هـ. بارنز": a one-letter initial drawn out with a tatweel and its full stop are one
    token, like "ر." (the tokenizer leaves the stop apart after the tatweel)."""
    s2: list[int] = []
    e2: list[int] = []
    r2: list[str] = []
    k = 0
    n = len(raw)
    while k < n:
        if k + 1 < n and len(raw[k]) == 2 and raw[k][1] == "ـ" and "\u0621" <= raw[k][0] <= "\u064a" \
                and raw[k + 1] == "." and starts[k + 1] == ends[k]:
            s2.append(starts[k])
            e2.append(ends[k + 1])
            r2.append(text[starts[k]:ends[k + 1]])
            k += 2
            continue
        s2.append(starts[k])
        e2.append(ends[k])
        r2.append(raw[k])
        k += 1
    return s2, e2, r2


def _tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """The tokens of ``tokenize(text, punctuation=True)`` as three lists (no Token objects:
    on a long text that halves the time), with a dotted name written without spaces
    (جيه.إل.إل، جي.إي) kept as one token."""
    starts, ends, raw = token_spans(text, punctuation=True)
    if "ـ." in text:
        starts, ends, raw = _tatweel_initials(text, starts, ends, raw)
    dots = [m.start() for m in _LETTER_DOT_LETTER.finditer(text)]
    if "-" in text:
        # "آن-صوفي لوران"، "جان-موريس ديلاكروا": a hyphenated given name is one word
        dots = sorted(dots + [m.start() for m in _ARABIC_HYPHEN.finditer(text)])
    if not dots:
        return starts, ends, raw
    merge: list[int] = []  # tokens of the dots to merge with their neighbours
    for pos in dots:
        k = bisect_left(starts, pos)
        if 0 < k < len(raw) - 1 and starts[k] == pos and raw[k] in ".-" and ends[k - 1] == pos \
                and starts[k + 1] == pos + 1 and (raw[k] == "-" or not _title_then_name(raw[k - 1], raw[k + 1])
                                                  and not _glued_stop(raw[k - 1], raw[k + 1])):
            merge.append(k)  # (د.أحمد: a title; الملحقة.وفي: two sentences)
    if not merge:
        return starts, ends, raw
    s2: list[int] = []
    e2: list[int] = []
    r2: list[str] = []
    prev = 0
    for k in merge:
        if k - 1 < prev:  # the left piece was merged already (جيه.إل.إل)
            e2[-1] = ends[k + 1]
            r2[-1] = text[s2[-1]:e2[-1]]
            prev = k + 2
            continue
        s2.extend(starts[prev:k - 1])
        e2.extend(ends[prev:k - 1])
        r2.extend(raw[prev:k - 1])
        s2.append(starts[k - 1])
        e2.append(ends[k + 1])
        r2.append(text[starts[k - 1]:ends[k + 1]])
        prev = k + 2
    s2.extend(starts[prev:])
    e2.extend(ends[prev:])
    r2.extend(raw[prev:])
    return s2, e2, r2


_LETTER_DOT_LETTER = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
_ARABIC_HYPHEN = re.compile(r"(?<=[\u0621-\u064a])-(?=[\u0621-\u064a])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of :func:`reader.core.text.sentences`, also split where a full stop is glued
    to the next Arabic word ("... الملحقة.وفي تصريح له ..."), a typo of real pages."""
    out: list[tuple[int, int]] = []
    for s in sentences(text):
        a = s.start
        if "." in s.text:
            for m in _GLUED_STOP.finditer(s.text):
                k = s.start + m.start() + m.group(1).__len__() + 1
                out.append((a, k))
                a = k
        out.append((a, s.end))
    return out


#: An Arabic word of four letters or more, a full stop, and an Arabic word of three or more
#: (not the short pieces of a dotted name such as جيه.إل.إل).
_GLUED_STOP = re.compile(r"(?<![\w.])([\u0621-\u064a\u064b-\u0652]{4,})\.(?=[\u0621-\u064a]{3,})")


def _glued_stop(left: str, right: str) -> bool:
    return len(left) >= 4 and len(right) >= 3 and _ARABIC_WORD.fullmatch(left) is not None \
        and _ARABIC_WORD.fullmatch(right) is not None


_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652]+")


_OPENING_MARKS = "«“\"'"


_WHOSE_WORDS = re.compile(r"\s*(?:و?بهذه\s+(?:الكلمات|الكلمة|العبارة|العبارات|الجملة)|و?الكلام\s+ل|و?هكذا\s)")


def _quote_then_whose(text: str, pa: int, pb: int, a: int) -> bool:
    """A sentence that is one quotation, and the next begins by saying whose words they were."""
    head = text[pa:pb].strip()
    return len(head) > 2 and head[0] in "«\"“" and head.rstrip(".!؟?…")[-1:] in "»\"”" \
        and _WHOSE_WORDS.match(text, a) is not None


def _colon_then_quote(text: str, pb: int, a: int) -> bool:
    """A sentence ending with a colon at the end of a line, the next one opening a quotation."""
    gap = text[pb:a]
    if "\n" not in gap or gap.strip() or a >= len(text) or text[a] not in _OPENING_MARKS:
        return False
    head = text[max(0, pb - 2):pb].rstrip()
    return head.endswith(":")


#: Abbreviated titles written with a full stop before a name: د. (doctor), م. (engineer),
#: أ. (professor), أ.د. (full professor).
_TITLE_ABBREVIATIONS = frozenset({"د", "م", "أ", "ا", "أ.د", "ا.د"})


_AGENCY_ACRONYMS = frozenset(fold(w) for w in "واس وام قنا كونا بترا سانا وفا بنا واج وات سونا ماب واع".split())


def _lam_outlet(norm: str) -> bool:
    """ل + a known outlet's one-word name (لوات، لواج، لبترا)."""
    from .outlets import OUTLET_INDEX

    return any(len(seq) == 1 for seq in OUTLET_INDEX.get(norm[1:], ()))


def _title_then_name(left: str, right: str) -> bool:
    """"د.أحمد", "د.فهد": an abbreviated title glued to a name, not a dotted acronym."""
    return len(left) == 1 and (len(right) > 3 or (left in _TITLE_ABBREVIATIONS and len(right) >= 3))



_OUTLET_TYPES = frozenset(fold(w) for w in "وكالة شبكة قناة محطة شركة مجموعة بنك".split())


def _foreign_wa(word: str) -> bool:
    """A long foreign name that begins with و (ويلكنسون، ويليامز), not و + a word: no article,
    no cue verb."""
    from .cues import VERB_FORMS

    return len(word) >= 6 and word[:1] == "و" and not word.startswith("وال") and fold_cached(word) not in VERB_FORMS \
        and _ARABIC_WORD.fullmatch(word) is not None


def _title_dots(starts: list[int], ends: list[int], raw: list[str]) -> list[int]:
    """Indices of abbreviated titles whose full stop was merged into them ("د." before a
    name): the stop would otherwise end the speaker's noun phrase (قال الخبير د. فهد ...)."""
    merged: list[int] = []
    k = 0
    n = len(raw)
    while k < n - 2:
        letter = (len(raw[k]) == 1 and "\u0621" <= raw[k] <= "\u064a") or (
            len(raw[k]) <= 5 and fold_cached(raw[k]) in LETTER_NAMES and k + 2 < n
            and fold_cached(raw[k + 2]) not in LETTER_NAMES and fold_cached(raw[k - 1]) not in LETTER_NAMES
            and fold_cached(raw[k - 1]) not in _OUTLET_TYPES)  # ("بيتر إتش. غرينفيلد": a letter's name; not "وكالة بي. تي. ايه")
        initial = letter and k > 0 and len(raw[k - 1]) >= 3 \
            and _ARABIC_WORD.fullmatch(raw[k - 1]) is not None \
            and (not raw[k - 1].startswith("ال") or raw[k - 1] in ("الدين", "الله")) \
            and (raw[k + 2][:1] not in "وف" or raw[k + 2] in ("فان", "فون") or raw[k] in "وف"
                 or raw[k + 2][:1] == "ف" and raw[k + 2] not in FA_WORDS
                 or _foreign_wa(raw[k + 2]))  # "سليم ي. حداد": a middle initial
        single = len(raw[k]) == 1 and "\u0621" <= raw[k] <= "\u064a"
        bracketed = single and k > 0 and (raw[k - 1] == "(" or len(raw[k - 1]) == 2 and raw[k - 1].endswith(".")) \
            and (raw[k + 2] == ")" or len(raw[k + 2]) == 1 and "\u0621" <= raw[k + 2] <= "\u064a")
        # ("رأس الشبكة، وهو سوري يدعى (ع. خ.)": a suspect's initials in brackets, no sentence's end)
        if (raw[k] in _TITLE_ABBREVIATIONS or initial or bracketed) and raw[k + 1] == "." and ends[k] == starts[k + 1] \
                and (k == 0 or not raw[k - 1][-1:].isdigit()) \
                and ("\u0621" <= raw[k + 2][:1] <= "\u064a" or bracketed):
            ends[k] = ends[k + 1]
            raw[k] = raw[k] + "."
            del starts[k + 1], ends[k + 1], raw[k + 1]
            merged.append(k)
            n -= 1
        k += 1
    return merged


_AMIN = frozenset((fold("أمين"),))
#: What a أمين keeps (أمين السر، أمين الصندوق): a post, never a family name after the given name أمين.
_WHAT_AMIN_KEEPS = frozenset(fold(w) for w in "السر الصندوق المتحف المكتبة العاصمة المظالم المال المنطقة المحافظة المدينة الشرقية الغربية الشمالية الجنوبية".split())
_NOT_A_FAMILY = frozenset(("عدم",))


#: A photo's credit closing its caption, run into the story: "… إلى النور (أرشيف) دعا تنظيم …".
CREDITS = (r"\((?:الجزيرة(?: نت)?|[أا]رشيف|رويترز|الفرنسية|[أا] ?ف ب|الأوروبية|أسوشيتد برس|الأناضول|د ب أ"
           r"|[^()\n]{2,25} ?- ?[أا]رشيف|[أا]رشيف ?- ?[^()\n]{2,25}|[أا]ب|إيه بي|إي بي أي)\)")
_CREDIT = re.compile(CREDITS + r"[ \t]+(?=[\u0621-\u064A])")


#: A wire dateline run into the text before it, stories pasted together without a line break
#: ("… في غوانتانامو الدوحة - بيروت - الراية - وكالات: في نبرة …"، "… على طهران عواصم ـ وكالات ـ ذكرت").
_GLUED_DATELINE = re.compile(
    r"(?<=[^\s.!؟?:،,])\s+(?=[\u0621-\u064a]+ ?[-ـ–—] ?(?:[\u0621-\u064a]+(?: [\u0621-\u064a]+)? ?[-ـ–—] ?){0,3}"
    r"(?:وكالات|الوكالات|رويترز|[أا] ?ف ب|د ب [أا]|يو بي [آا]ي)\s*[:ـ\-–—])")


_AGENCY_BEFORE = re.compile(r"وكالة|لوكالة|الوكالة|أنباء|انباء")


#: A wire dateline at the head of a paragraph, run into its first sentence: "ديترويت (الولايات المتحدة) (ا ف ب) - طلبت …".
_LEAD_DATELINE = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2} ?(?:\([^()\n]{1,30}\) ?){1,2}[-–—] +(?=[\u0621-\u064a])")


def _split_lead_dateline(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dateline at a sentence's head, split off as a unit of its own: the first verb after it opens the
    sentence (its subject speaks on in the participles)."""
    out = []
    for a, b in spans:
        m = _LEAD_DATELINE.match(text, a, b)
        if m is not None and m.end() < b and (a == 0 or text[a - 1] == "\n"):
            out.append((a, m.end()))
            a = m.end()
        out.append((a, b))
    return out


def _split_at(text: str, spans: list[tuple[int, int]], pattern: re.Pattern, *, after: bool) -> list[tuple[int, int]]:
    """Each span split at the matches of ``pattern`` with three words or more before them: after
    the match (a photo credit ends a sentence) or before it (a dateline opens one)."""
    out = []
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            if after and _AGENCY_BEFORE.search(text, max(a, m.start() - 45), m.start()):
                continue  # "لوكالة الأنباء الألمانية (د ب أ) إن": the agency's initials, not a photo's credit
            if len(text[a:m.start()].split()) >= 3:
                out.append((a, m.end() if after else m.start()))
                a = m.end()
        out.append((a, b))
    return out


_THAT_WORDS = frozenset(("ان", "بان"))


#: The second particle of a Dutch or German name after فان/فون (فان دن بيرغ، فون دير لاين).
_NOBILIARY = frozenset(fold(w) for w in "دن دير در دي ديك ديرن".split())
_VAN = "فان\u0640"
#: Second given names after علي (علي رضا، علي أكبر، علي أصغر، علي حسن): علي is the first name there.
_GIVEN_AFTER_ALI = frozenset(fold(w) for w in "رضا أكبر أصغر حسن حسين محمد أحمد عبدالله خامنئي لاريجاني".split())
_EN = "ان\u0640"
#: Latin letters spelt in Arabic (بي إن بي، إتش إس بي سي).
_SPELLED_LETTERS = frozenset(fold(w) for w in "إيه بي سي دي إي إف جي إتش آي جيه كيه إل إم أو كيو آر إس تي يو في إكس واي زد".split())  # a form no word list holds (فان + tatweel), so never the complementizer فإن


def build_context(text: str, entities: Sequence[Entity] | None, noise: Sequence[NoiseSpan]) -> Context:
    starts, ends, raw = _tokens(text)
    titled = _title_dots(starts, ends, raw) if "." in text else []
    norms = [fold_cached(t) for t in raw]
    for k in titled:
        norms[k] = norms[k][:-1]
    for k in range(len(raw) - 1):
        if raw[k] in ("فان", "فون") and norms[k + 1] in _NOBILIARY:
            norms[k] = _VAN  # "وأضاف فان دن بيرغ أن": a Dutch name, not فإن
        elif k > 0 and norms[k] == "ان" and norms[k - 1] in _SPELLED_LETTERS and norms[k + 1] in _SPELLED_LETTERS:
            norms[k] = _EN  # "مصرف بي إن بي باريبا"، "إم إن إس": the letter N of a spelt name, not إن
        elif norms[k] == "ان" and k + 2 < len(raw) and norms[k + 1] in _SPELLED_LETTERS and norms[k + 1] != "في" \
                and norms[k + 2] in _SPELLED_LETTERS:
            norms[k] = _EN  # "«إن سي بي كابيتال»"، "إن بي كيه": a firm's initials that begin with N
    words = [bool(n) and (n[0].isalnum()) for n in norms]
    quotes = find_quotes(text)

    # Paragraph (line) of each token.
    para_of = []
    line = 0
    nl = text.find("\n")
    for s in starts:
        while nl != -1 and nl < s:
            line += 1
            nl = text.find("\n", nl + 1)
        para_of.append(line)

    # Sentence units: the ground floor's sentences, merged where a quotation crosses a boundary.
    spans = sentence_spans(text)
    if "(" in text:
        spans = _split_at(text, spans, _CREDIT, after=True)
        spans = _split_lead_dateline(text, spans)
    if "وكالات" in text or "ف ب" in text or "رويترز" in text or "د ب" in text or "يو بي" in text:
        spans = _split_at(text, spans, _GLUED_DATELINE, after=False)
    merged: list[list[int]] = []
    qi = 0
    for a, b in spans:
        if merged:
            pa, pb = merged[-1]
            same_line = "\n" not in text[pb:a]
            crossing = False
            while qi < len(quotes) and quotes[qi].close < a:
                qi += 1
            q = quotes[qi] if qi < len(quotes) else None
            if q is not None and q.open < pb <= q.close and not text[a:q.close].strip() and q.close + 1 < b \
                    and text[q.close + 1:b].strip():
                # "… يمنعها. " كما قال إن …": the mark that closes the quotation after its full
                # stop ends that sentence; the next one begins after it
                merged[-1][1] = q.close + 1
                pb, a = q.close + 1, q.close + 1
                while a < b and text[a].isspace():
                    a += 1
            for q in quotes[qi:qi + 4]:
                if q.open < pb <= q.close and q.close >= a:
                    crossing = True
                    break
            if crossing and same_line:
                merged[-1][1] = b
                continue
            if _colon_then_quote(text, pb, a):
                merged[-1][1] = b  # وقال X:\n«…»: the quotation on the next line is his
                continue
            if same_line and _quote_then_whose(text, pa, pb, a):
                merged[-1][1] = b  # "«…». بهذه الكلمات لخص X تجربته"، "«…». الكلام لسمسار الأراضي X"
                continue
        merged.append([a, b])
    sents: list[tuple[int, int]] = []
    sent_of = [0] * len(raw)
    for a, b in merged:
        ta = bisect_left(starts, a)
        tb = bisect_left(starts, b)
        if tb <= ta:
            continue
        idx = len(sents)
        sents.append((ta, tb))
        for k in range(ta, tb):
            sent_of[k] = idx

    ctx = Context(text, starts, ends, raw, norms, words, sent_of, sents, para_of, quotes)
    ctx.ya_for_maqsura = "ى" not in text and text.count("علي ") >= 2
    for q in quotes:
        o = bisect_left(starts, q.open)
        c = bisect_left(starts, q.close)
        if o < len(starts) and starts[o] == q.open and c < len(starts) and starts[c] == q.close:
            ctx.quote_open_tok[o] = c
            ctx.quote_close_tok[c] = o

    noisy = [False] * len(raw)
    for span in noise:
        a = bisect_left(starts, span.start)
        b = bisect_left(starts, span.end)
        for k in range(a, b):
            noisy[k] = True
    ctx.noisy = noisy

    from .cues import VERB_FORMS
    from .phrases import AL_GIVEN, NOT_PEOPLE, OBJECT_NOUNS, masdar_like, verb_after_name
    from .words import (
        FIRST_NAMES, OCCUPATIONS, ORG_HEADS, ROLE_HEADS, SPEECH_EVENTS, TITLES, in_lexicon, is_definite as _is_def, is_nisba,
    )

    places_at = {e.start for e in entities or () if e.type in ("LOC", "ORG")}
    # ("حصة تمويل المنشآت"، "فضل عدم الكشف": a given name spelled like a common word, then a verbal noun)
    for k in range(len(norms) - 1):
        if norms[k] in _AMIN and (starts[k + 1] in places_at or _is_def(norms[k + 1]) and in_lexicon(norms[k + 1], ORG_HEADS)):
            continue  # "أمين الأحساء": the mayor of a region the tagger found, no family name
        if norms[k] in FIRST_NAMES and words[k + 1] and not _is_def(norms[k]) \
                and not (norms[k] == "علي" and (not raw[k].endswith("ي") or ctx.ya_for_maqsura)):  # على السياحة
            nxt = norms[k + 1]
            if nxt not in FIRST_NAMES and len(nxt) > 2 and nxt not in _WHAT_AMIN_KEEPS and nxt not in _NOT_A_FAMILY \
                    and nxt not in _PARTICLES_AFTER_NAME \
                    and not (not _is_def(nxt) and masdar_like(nxt)) and not (
                    in_lexicon(norms[k], ROLE_HEADS) and (in_lexicon(nxt, ROLE_HEADS) or in_lexicon(nxt, ORG_HEADS))):
                ctx.person_tokens.add(nxt)  # (مساعد المدرب, أمين الصندوق: a role, not مساعد the name)
        elif norms[k] in AL_GIVEN and k > 0 and words[k - 1] and words[k + 1] and _is_def(norms[k + 1]) \
                and in_lexicon(norms[k - 1], ROLE_HEADS) and len(norms[k + 1]) > 4:
            ctx.person_tokens.add(norms[k + 1])  # "المحافظ الصديق الكبير": a given name with the article, his family name
    _titled_names(ctx)
    if not entities:
        ctx.entity_at = GazetteerEntities(ctx)
    if entities:
        ctx.has_entities = True
        for ent in entities:
            a = bisect_left(starts, ent.start)
            b = bisect_left(starts, ent.end)
            # An entity whose span starts inside a token (a clitic in front: و|سولانا) still counts.
            if a > 0 and (a >= len(starts) or starts[a] != ent.start) and ends[a - 1] > ent.start:
                a -= 1
            cut = next((t for t in range(a + 1, b) if norms[t] in _THAT_WORDS and len(norms[t - 1]) > 2
                        and (t + 1 >= b or len(norms[t + 1]) > 2)), -1)  # (not the إن of "بنك إي إن جي")
            if cut > a and ent.type in ("ORG", "PER"):
                # "الوكالة | إن العجز" tagged as one body: a name never runs over إن/أن
                b = cut
                ent = _ending_at(text, ent, ends[b - 1])
            if ent.type in ("ORG", "PER") and b - a >= 2 and b < len(norms) and len(norms[b - 1]) >= 5 \
                    and norms[b - 1][0] == "س" and norms[b - 1][1] in "يتن" and norms[b - 1] not in FIRST_NAMES \
                    and words[b] and norms[b].startswith("ال") and not is_nisba(norms[b]):
                # "انسحاب المنظمة | سيزيد الضغط": a future verb after the name is none of it
                b -= 1
                ent = _ending_at(text, ent, ends[b - 1])
            if ent.type == "ORG" and b - a >= 3 and b <= len(norms) and norms[b - 1] in _OBJECT_BODIES \
                    and _is_def(norms[b - 2]) and all(words[t] for t in range(a, b)):
                # "طالب نواب في مجلس الأمة | الحكومة بعدم …": the body addressed, no part of the name
                b -= 1
                ent = _ending_at(text, ent, ends[b - 1])
            if ent.type == "PER" and b - a >= 3 and b < len(norms) and words[b] and words[b - 1] and words[b - 2] and (
                    norms[b - 1] in OBJECT_NOUNS or norms[b - 2].startswith("ال") and not norms[b - 1].startswith("ال")
                    and norms[b - 1] not in FIRST_NAMES and len(norms[b - 1]) >= 3
                    and (norms[b - 1] in VERB_FORMS or norms[b - 1][:1] in "وف" and norms[b - 1][1:] in VERB_FORMS)):
                # "هشام البقمي | نبّه"، "سعد المطيري | فشكا": after the family name, the verb the tagger ran on into
                b -= 1
                ent = _ending_at(text, ent, ends[b - 1])
            if ent.type == "PER" and any(norms[t] in NOT_PEOPLE or norms[t][1:] in NOT_PEOPLE for t in range(a, b)):
                continue  # "للتصدي لفيروس كورونا": a virus the tagger took for a man
            if ent.type == "PER" and b == a + 1 and a < len(starts) and (
                    norms[a][:1] == "ل" and len(norms[a]) > 2 and _lam_outlet(norms[a]) or norms[a] in _AGENCY_ACRONYMS):
                continue  # "وقال الوزير لوات إن"، "وحسب واج": the agency (its acronym), not a person
            if ent.type == "PER" and b - a >= 2 and a < len(starts) and words[a] and norms[a].startswith("ال") \
                    and (norms[a][2:] in OCCUPATIONS or norms[a][2:] in _MARKET_TRADES) and norms[a] not in _MASTER \
                    and (norms[a + 1] in FIRST_NAMES or norms[a + 1] in _KUNYAS):
                # "الجزار | سعيد الحربي"، "الدلال | أبو سلطان": his trade is no part of his name
                piece = text[starts[a + 1]:ent.end]
                ent = Entity(starts[a + 1], ent.end, piece, ent.type, piece, ent.origin, ent.score)
                a += 1
            if ent.type == "PER" and b - a >= 3 and a < len(starts):
                from .phrases import _COMPOUND_FIRST
                from .roles import nationality_adj

                k = a
                while k < b - 2 and _is_def(norms[k]) and nationality_adj(norms[k]):
                    k += 1
                if k > a and (norms[k] in FIRST_NAMES or norms[k] in _COMPOUND_FIRST):
                    # "المحامي | الليبي عبد الحكيم الفيتوري": the man's nationality is no part of his name
                    piece = text[starts[k]:ent.end]
                    ent = Entity(starts[k], ent.end, piece, ent.type, piece, ent.origin, ent.score)
                    a = k
            if ent.type == "ORG" and b - a >= 3 and b <= len(norms):
                t = next((t for t in range(a + 1, b - 1) if words[t] and (
                    norms[t] in FIRST_NAMES and not _is_def(norms[t]) and 2 <= b - t <= 3
                    or norms[t] in _KUNYAS and b - t == 2 and norms[t + 1] in FIRST_NAMES)
                          and _is_def(norms[t - 1]) and norms[t - 1] not in TITLES
                          and all(words[u] for u in range(t, b))), -1)
                if t > 0:
                    # "المتحدث باسم الوزارة عمر الشوابكة": the tagger ran the body into the man who speaks for it
                    piece = text[starts[t]:ent.end]
                    ctx.entity_at[t] = Entity(starts[t], ent.end, piece, "PER", piece, ent.origin, ent.score)
                    ctx.entity_end_tok[t] = b
                    ctx.person_tokens.update(norms[t:b])
                    if norms[t] in _KUNYAS:
                        continue  # "ربة المنزل | أم خالد": what she does is no body
                    b = t
                    ent = _ending_at(text, ent, ends[b - 1])
            if ent.type == "ORG" and b - a >= 3:
                t = next((t for t in range(a + 1, b - 1) if words[t] and norms[t] == "في" and words[t + 1]
                          and in_lexicon(norms[t + 1], SPEECH_EVENTS) and not in_lexicon(norms[t + 1], ORG_HEADS)), -1)
                if t > 0:
                    b = t  # "وقالت الرابطة | في بيان": the tagger ran the body into where it spoke
                    ent = _ending_at(text, ent, ends[b - 1])
            if ent.type == "PER" and b - a >= 2:
                t = next((t for t in range(a + 1, b) if words[t] and verb_after_name(norms[t])), -1)
                if t > 0:
                    b = t  # "أما محمود | فيختم حديثه": the tagger ran the name into his next verb
                    ent = _ending_at(text, ent, ends[b - 1])
            if a < len(starts) and b > a:
                ctx.entity_at[a] = ent
                ctx.entity_end_tok[a] = b
                if ent.type == "PER":
                    ctx.person_tokens.update(norms[a:b])
                elif ent.type == "ORG":
                    from .knowledge import is_media_form

                    if is_media_form(ent.text) or is_media_form(ent.canonical):
                        ctx.media_tok.add(a)
        _hyphenated_names(ctx)
        _regions_by_direction(ctx)
    return ctx


def _regions_by_direction(ctx: Context) -> None:
    """"والي شمال دارفور"، "محافظ جنوب سيناء": a direction before a place the tagger or a list
    knows names a region, one place."""
    from .phrases import _DIRECTIONS, _lookup
    from .words import PLACES

    norms, n = ctx.norms, len(ctx.norms)
    for k in range(n - 1):
        if not ctx.words[k] or norms[k] not in _DIRECTIONS or k in ctx.entity_at or not ctx.words[k + 1]:
            continue
        other = ctx.entity_at.get(k + 1)
        if other is not None and other.type != "LOC":
            continue
        if other is None and not _lookup(norms[k + 1], PLACES):
            continue
        b = ctx.entity_end_tok.get(k + 1, k + 2) if other is not None else k + 2
        text = ctx.text[ctx.starts[k]:ctx.ends[b - 1]]
        ctx.entity_at.pop(k + 1, None)
        ctx.entity_end_tok.pop(k + 1, None)
        ctx.entity_at[k] = Entity(ctx.starts[k], ctx.ends[b - 1], text, "LOC", text, "rule", 1.0)
        ctx.entity_end_tok[k] = b


_OBJECT_BODIES = frozenset(fold(w) for w in ("الحكومة", "الوزارة"))


#: Trades of the market the occupations leave out, as words of their own (دلال is also a woman's name).
_MARKET_TRADES = frozenset(fold(w) for w in ("دلال", "حلاق", "بقال", "قصاب"))
_KUNYAS = frozenset(fold(w) for w in ("أبو", "ابو", "أم", "ام"))
#: "المعلم حسن": a master craftsman's title as much as a trade, kept with his name.
_MASTER = frozenset(fold(w) for w in ("المعلم", "المعلمة"))


def _ending_at(text: str, ent: Entity, end: int) -> Entity:
    """``ent`` cut to end at character ``end`` (its text and canonical form the span's)."""
    piece = text[ent.start:end]
    return Entity(ent.start, end, piece, ent.type, piece, ent.origin, ent.score)


_DASHES = ("-", "–")


def _hyphenated_names(ctx: Context) -> None:
    """"ميشال اليو - ماري"، "فيليب دوست - بلازي الأحد": the tagger gives the parts of a
    double-barrelled name apart (ANERcorp, its training data, tags them so); for who speaks they
    are one person. A name of two words or more, a hyphen, and a one-word name or a word in no
    entity with a word after it; not words between two dashes ("سلفان شالوم - وهو يهودي …
    -"، "عاصم حسين- أحد المشترين-"), nor two bylines ("عاطف فتحي - صالح الحمصي:")."""
    from reader.core.entities.numwords import FUNCTION_WORDS

    raw, norms, n = ctx.raw, ctx.norms, len(ctx.raw)
    for a in sorted(ctx.entity_at):
        ent = ctx.entity_at.get(a)
        b = ctx.entity_end_tok.get(a, a)
        if ent is None or ent.type != "PER" or b - a < 2 or b + 2 >= n or raw[b] not in _DASHES:
            continue
        if (ctx.ends[b - 1] == ctx.starts[b]) != (ctx.ends[b] == ctx.starts[b + 1]) \
                or any(w in _DASHES for w in raw[b + 1:b + 9]) or "\n" in ctx.text[ctx.ends[b - 1]:ctx.starts[b + 2]]:
            continue
        other = ctx.entity_at.get(b + 1)
        if other is not None:
            ok = other.type == "PER" and ctx.entity_end_tok.get(b + 1) == b + 2 and raw[b + 2] != ":"
        else:
            ok = ctx.words[b + 1] and ctx.words[b + 2] and len(norms[b + 1]) > 2 \
                and not norms[b + 1].startswith(("ال", "و")) and norms[b + 1] not in FUNCTION_WORDS
        if ok:
            text = ctx.text[ent.start:ctx.ends[b + 1]]
            ctx.entity_at.pop(b + 1, None)
            ctx.entity_at[a] = Entity(ent.start, ctx.ends[b + 1], text, "PER", text, ent.origin, ent.score)
            ctx.entity_end_tok[a] = b + 2
            ctx.person_tokens.add(norms[b + 1])


#: Particles after a given name, never a family name ("ودعا بن عيسى | إلى زيادة …").
_PARTICLES_AFTER_NAME = frozenset({"الي", "في", "من", "عن", "ان", "مع", "ثم", "او", "لا", "ما", "قد", "لم", "لن", "حتي"})


def _titled_names(ctx: Context) -> None:
    """A two-word name right after a title (الكاتبة الفلسطينية سلوى عودة، المخرج ماهر سالم):
    its second word is a family name, even when it is also a common word (عودة، سلام)."""
    from .words import NP_STOPS, TITLES, is_definite, is_verb_like

    norms, words = ctx.norms, ctx.words
    n = len(norms)
    for k in range(n - 2):
        if not words[k] or norms[k] not in TITLES:
            continue
        j = k + 1
        while j < n and words[j] and j - k <= 2 and is_definite(norms[j]) and norms[j].endswith(("ي", "يه")):
            j += 1  # الفلسطينية، المصري
        if j + 1 >= n or not (words[j] and words[j + 1]):
            continue
        a, b = norms[j], norms[j + 1]
        if is_definite(a) or is_definite(b) or a in NP_STOPS or b in NP_STOPS or len(b) < 3 \
                or is_verb_like(a) or is_verb_like(b):
            continue
        if j + 2 < n and words[j + 2] and not is_definite(norms[j + 2]) and norms[j + 2] not in NP_STOPS:
            continue  # a longer name: its last word is not sure
        ctx.person_tokens.add(b)
        ctx.titled_names.setdefault(b, (ctx.starts[j], ctx.ends[j + 1]))


class GazetteerEntities(dict):
    """Token -> entity, looked up in the gazetteer on first use (when the caller gave no
    entities): only the few tokens where a source phrase may start are ever looked up."""

    def __init__(self, ctx: Context):
        super().__init__()
        self._ctx = ctx
        self._seen: set[int] = set()

    def _fill(self, j: int) -> None:
        self._seen.add(j)
        from .knowledge import entity_at_token

        found = entity_at_token(self._ctx, j)
        if found is not None:
            end, ent, media = found
            dict.__setitem__(self, j, ent)
            self._ctx.entity_end_tok[j] = end
            if media:
                self._ctx.media_tok.add(j)

    def get(self, j, default=None):  # type: ignore[override]
        if j not in self._seen:
            self._fill(j)
        return dict.get(self, j, default)

    def __contains__(self, j) -> bool:  # type: ignore[override]
        if j not in self._seen:
            self._fill(j)
        return dict.__contains__(self, j)


def is_quote_mark(ctx: Context, i: int) -> bool:
    return 0 <= i < len(ctx.raw) and not ctx.words[i] and ctx.raw[i] in QUOTE_CHARS
