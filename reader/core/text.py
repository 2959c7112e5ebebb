"""The ground floor for Arabic text: normalisation for matching, word tokens and sentences.

Everything that compares Arabic strings (search, anchoring, noise detection, attribution,
entities, vocabulary) stands on this module, so that all of them agree on what "the same
word" means. Normalised text is only ever used for matching: every function that changes
the text also returns a map back to offsets in the original, and nothing stores normalised
text as a quote.

Offsets are Python ``str`` indices (code points).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

# --- character classes -------------------------------------------------------------------

#: Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic annotation marks).
DIACRITICS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06E7", "\u06E8"]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]
)
TATWEEL = "\u0640"

#: Bidirectional formatting characters: they change display order, never meaning.
BIDI_CONTROLS = {
    "\u061C": "ARABIC LETTER MARK",
    "\u200E": "LEFT-TO-RIGHT MARK",
    "\u200F": "RIGHT-TO-LEFT MARK",
    "\u202A": "LEFT-TO-RIGHT EMBEDDING",
    "\u202B": "RIGHT-TO-LEFT EMBEDDING",
    "\u202C": "POP DIRECTIONAL FORMATTING",
    "\u202D": "LEFT-TO-RIGHT OVERRIDE",
    "\u202E": "RIGHT-TO-LEFT OVERRIDE",
    "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE",
    "\u2068": "FIRST STRONG ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE",
}
#: Invisible characters that change joining or breaking but have no width.
ZERO_WIDTH = {
    "\u200B": "ZERO WIDTH SPACE",
    "\u200C": "ZERO WIDTH NON-JOINER",
    "\u200D": "ZERO WIDTH JOINER",
    "\u2060": "WORD JOINER",
    "\uFEFF": "ZERO WIDTH NO-BREAK SPACE",
    "\u00AD": "SOFT HYPHEN",
}
INVISIBLES = {**BIDI_CONTROLS, **ZERO_WIDTH}

# Letter folding for matching. Alef forms -> bare alef; alef maqsura -> ya; ta marbuta -> ha;
# hamza on waw or ya -> bare hamza (so مسؤول and مسئول agree); Persian/Urdu look-alikes ->
# their Arabic letters; Arabic-Indic and Extended digits -> ASCII digits.
_FOLD = {
    "\u0622": "\u0627",  # آ
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0671": "\u0627",  # ٱ
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0649": "\u064A",  # ى
    "\u06CC": "\u064A",  # ی
    "\u06D2": "\u064A",  # ے
    "\u0629": "\u0647",  # ة
    "\u06C0": "\u0647",  # ۀ
    "\u06C1": "\u0647",  # ہ
    "\u0624": "\u0621",  # ؤ
    "\u0626": "\u0621",  # ئ
    "\u06A9": "\u0643",  # ک
    "\u06AA": "\u0643",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)

_DROP = DIACRITICS | {TATWEEL} | set(INVISIBLES)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The matching form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if ord(ch) < 0x80:
        return ch.lower()
    # Presentation forms (ﻻ, ﺍ ...) and compatibility characters to their plain letters,
    # then fold each of those again; Latin is case-folded.
    decomposed = unicodedata.normalize("NFKD", ch)
    out = []
    for d in decomposed:
        if d in _DROP or unicodedata.category(d) == "Mn":
            continue
        out.append(_FOLD.get(d, d))
    return "".join(out).casefold()


# --- normalisation with an offset map ----------------------------------------------------


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, per normalised character, the original span it came from."""

    text: str
    original: str
    starts: tuple[int, ...]  # starts[i]: original index where normalised char i begins
    ends: tuple[int, ...]  # ends[i]: original index just past the source of char i

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text."""
        if start >= len(self.text):
            return len(self.original), len(self.original)
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]

    def original_to_normalized(self, index: int) -> int:
        """First normalised index whose source starts at or after ``index``."""
        if index <= 0:
            return 0
        # Number of normalised chars whose source starts before index.
        return bisect_right(self.starts, index - 1)


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching, keeping a map back to the original offsets.

    Removes diacritics, tatweel, bidi controls and zero-width characters; folds alef, hamza,
    ya and ta marbuta variants, presentation forms and Arabic-Indic digits; lowercases Latin.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if not folded:
            continue
        for f in folded:
            out.append(f)
            starts.append(i)
            ends.append(i + 1)
    return Normalized("".join(out), text, tuple(starts), tuple(ends))


class _FoldTable(dict):
    """A str.translate table that fills itself from _fold_char as characters are met."""

    def __missing__(self, codepoint: int) -> str:
        value = _fold_char(chr(codepoint))
        self[codepoint] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The normalised form alone, for keys and comparisons (no offset map)."""
    return text.translate(_FOLD_TABLE)


def strip_diacritics(text: str) -> Normalized:
    """Remove only Arabic diacritics (and tatweel): the display form for 'hide diacritics'."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        if ch in DIACRITICS or ch == TATWEEL:
            continue
        out.append(ch)
        starts.append(i)
        ends.append(i + 1)
    return Normalized("".join(out), text, tuple(starts), tuple(ends))


def strip_invisibles(text: str) -> Normalized:
    """Remove bidi controls and zero-width characters (a zero-width space becomes a space,
    since it separates words): the text the recognisers read."""
    out: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\u200b":
            ch = " "
        elif ch in INVISIBLES:
            continue
        out.append(ch)
        starts.append(i)
    return Normalized("".join(out), text, tuple(starts), tuple(i + 1 for i in starts))


def find_invisibles(text: str) -> list[tuple[int, str, str]]:
    """Every bidi control and zero-width character: (offset, character, Unicode name)."""
    return [(i, ch, INVISIBLES[ch]) for i, ch in enumerate(text) if ch in INVISIBLES]


def is_arabic_letter(ch: str) -> bool:
    cp = ord(ch)
    return (
        (0x0621 <= cp <= 0x064A)
        or (0x0671 <= cp <= 0x06D3)
        or cp in (0x06D5, 0x06EE, 0x06EF)
        or (0x06FA <= cp <= 0x06FC)
        or (0x0750 <= cp <= 0x077F)
        or (0xFB50 <= cp <= 0xFDFF)
        or (0xFE70 <= cp <= 0xFEFC)
    )


_ARABIC_LETTER_RE = re.compile(
    "[\u0621-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u0750-\u077F"
    "\uFB50-\uFDFF\uFE70-\uFEFC]"
)  # the characters of is_arabic_letter


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among all letters of ``text`` (0.0 when it has none).
    (Counted by C loops: item views ask it of every row they show.)"""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 0.0
    return sum(map(str.isalpha, _ARABIC_LETTER_RE.findall(text))) / letters


# --- tokens ------------------------------------------------------------------------------

_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF\u0300-\u036F\u200C\u200D\u00AD"
_NUMBER = r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C\u0631][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
_LATIN = r"[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*"
_WORD = rf"(?:[^\W\d_]|[{_MARKS}])+"
_TOKEN_RE = re.compile(rf"{_NUMBER}%?|{_LATIN}|{_WORD}")
_PUNCT_RE = re.compile(rf"{_NUMBER}|{_LATIN}|{_WORD}|[^\s\w{_MARKS}]|_")

#: Proclitics stripped for search, longest first. و/ف (conjunctions), ب/ل/ك (prepositions),
#: ال (article), لل (ل + ال).
_PROCLITICS = (
    "وبال", "وكال", "وفال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
    "ال", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك",
)


class Token(NamedTuple):
    """A word (or, with ``punctuation``, a symbol) and its offsets. A named tuple, not a frozen
    dataclass: a 1 MB text has 110,000 of them, and a tuple is made in half the time."""

    start: int
    end: int
    text: str

    @property
    def norm(self) -> str:
        return fold(self.text)

    @property
    def base(self) -> str:
        return strip_proclitics(fold(self.text))

    @property
    def is_number(self) -> bool:
        return bool(self.text) and unicodedata.category(self.text[0]) == "Nd"


def tokenize(text: str, punctuation: bool = False) -> list[Token]:
    """Word tokens with their offsets; with ``punctuation``, each other symbol is a token too.

    Numbers keep their decimal and thousands separators (5.47, 1,000, 5ر47, ٣٫٥).
    """
    global _last_tokens
    regex = _PUNCT_RE if punctuation else _TOKEN_RE
    tokens = [Token(m.start(), m.end(), m.group()) for m in regex.finditer(text)]
    if punctuation and len(text) > _REMEMBER_FROM:
        _last_tokens = (text, tokens)  # the claims stage reads the same long text next (one object: thread-safe)
    return tokens


#: tokenize(punctuation=True) keeps its last result for a long text, so that token_spans of
#: the very same string (the analysis runs entities, then claims) need not scan it again.
_REMEMBER_FROM = 20_000
_last_tokens: tuple = (None, None)


def token_spans(text: str, punctuation: bool = False) -> tuple[list[int], list[int], list[str]]:
    """The tokens of :func:`tokenize` as three parallel lists (starts, ends, texts), without
    building a ``Token`` per word: about half the time on a long text."""
    last_text, last = _last_tokens  # (one tuple, read at once)
    if punctuation and last_text is text:
        return [t.start for t in last], [t.end for t in last], [t.text for t in last]
    pattern = _PUNCT_RE if punctuation else _TOKEN_RE
    starts: list[int] = []
    ends: list[int] = []
    raw: list[str] = []
    for m in pattern.finditer(text):
        a, b = m.span()
        starts.append(a)
        ends.append(b)
        raw.append(m.group())
    return starts, ends, raw


def words(text: str) -> list[str]:
    """The word tokens of ``text`` as strings (no offsets): fast, for counting and indexing."""
    return _TOKEN_RE.findall(text)


@lru_cache(maxsize=65536)
def strip_proclitics(norm_word: str) -> str:
    """The word without و ف ب ل ك ال in front (on a normalised word).

    Conservative: a stem must keep at least three letters (two after the article), so
    وزير, فيلم and بلد stay whole as much as the letters allow. Used for search, where both
    the whole word and this base are indexed, so a wrong strip costs recall nowhere.
    """
    for p in _PROCLITICS:
        if norm_word.startswith(p):
            rest = norm_word[len(p):]
            minimum = 2 if p.endswith("ال") or p.endswith("لل") else 3
            if len(rest) >= minimum:
                return rest
    return norm_word


def search_terms(text: str) -> list[str]:
    """The terms to index for ``text``: each word's normalised form and its base."""
    terms: list[str] = []
    for n in words(fold(text)):
        terms.append(n)
        b = strip_proclitics(n)
        if b != n:
            terms.append(b)
    return terms


# --- sentences ---------------------------------------------------------------------------

#: Abbreviations that end in a period but not a sentence (normalised, without the period).
ABBREVIATIONS = frozenset(
    {
        "د", "م", "ا.د", "ه", "هـ", "ق", "ص", "ج", "ت", "ع", "س", "أ", "ا", "ب", "ك", "كم", "مم", "ش",
        "mr", "mrs", "ms", "dr", "prof", "st", "inc", "ltd", "co", "corp", "vs", "etc", "no",
        "jr", "sr", "u.s", "u.k", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    }
)
_CLOSERS = "'\"»”’)]}\u200F\u200E"
_TERMINALS = ".?!؟!\u06D4"
#: Up to three digits, a full stop, a space, one or two digits and a currency, a scale or a
#: per cent: "55. 61 دولارا"، "4. 7 ملايين"، "3. 5 في المئة" is one number, not two sentences.
_SPACED_DECIMAL = re.compile(
    r"\. \d{1,2} (?:[وب]?(?:دولار|ريال|يورو|جنيه|دينار|درهم|ين |ليرة|روبية|"
    r"مليون|ملايين|مليار|مليارات|ترليون|تريليون|ألف|آلاف)|%|٪|في الما?ئة|بالما?ئة)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_sentence_end(text: str, i: int) -> bool:
    ch = text[i]
    if ch == "\n":
        return True
    if ch not in _TERMINALS:
        return False
    k = i + 1
    while k < len(text) and text[k] in _CLOSERS:
        k += 1
    if k > i + 1 and k < len(text) and text[k] in "،,":
        return False  # "«… الاستهلاك؟»، يتساءل الخالدي": the quotation's mark, and the sentence goes on
    if ch != ".":
        return True
    n = len(text)
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < n else ""
    if prev.isdigit() and nxt.isdigit():
        return False  # 5.47
    if prev.isdigit() and nxt == " " and _SPACED_DECIMAL.match(text, i) is not None:
        k = i - 1
        while k > 0 and text[k - 1].isdigit():
            k -= 1
        if i - k <= 3 and (k == 0 or text[k - 1] not in ".,٫"):
            return False  # "55. 61 دولارا": a decimal point typed with a space after it
    if nxt == "." or prev == ".":
        # An ellipsis ends a sentence only at its last dot, and only before a line end.
        if nxt == ".":
            return False
        j = i + 1
        while j < n and text[j] in " \t" + _CLOSERS:
            j += 1
        return j >= n or text[j] == "\n"
    # Abbreviation: the word just before the period.
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = fold(text[j:i])
    if word in ABBREVIATIONS and nxt not in ("\n", ""):
        return False
    if word and len(word) == 1 and word.isascii() and nxt and not nxt.isspace():
        return False  # A.B.C.
    if len(word) == 1 and "\u0621" <= word <= "\u064a" and _middle_initial(text, j, i):
        return False  # "سليم ي. حداد"، "جيمس ر. كولتر": a middle initial inside a name
    if len(word) == 1 and "\u0621" <= word <= "\u064a" and _bracketed_initials(text, j, i):
        return False  # "يدعى (ع. خ.)": a suspect's initials in brackets
    if word in _LETTER_NAMES and len(word) <= 5 and _middle_initial(text, j, i) and not _spelt_acronym(text, j, i):
        return False  # "بيتر إتش. غرينفيلد"، "جوليا إم. فيرنانديز": an initial written as its letter's name
    if word in _LETTER_NAMES and _spelt_acronym(text, j, i):
        return False  # "وكالة بي. تي. ايه": an acronym spelt in Arabic letter names
    if nxt and not (nxt.isspace() or nxt in _CLOSERS or nxt in _TERMINALS):
        return False  # example.com, 3.x
    return True


def _bracketed_initials(text: str, j: int, i: int) -> bool:
    """The letter ``text[j:i]`` is one of a person's initials written in brackets: "(ع. خ.)"."""
    n = len(text)
    opened = j > 0 and text[j - 1] == "(" or j >= 3 and text[j - 1] == " " and text[j - 2] == "." \
        and "\u0621" <= text[j - 3] <= "\u064a" and (j < 4 or text[j - 4] in "( ")
    closes = i + 1 < n and text[i + 1] == ")" or i + 3 < n and text[i + 1] == " " \
        and "\u0621" <= text[i + 2] <= "\u064a" and text[i + 3] == "."
    return opened and closes


def _middle_initial(text: str, j: int, i: int) -> bool:
    """The one letter ``text[j:i]`` before a full stop stands between two words of a name: a
    word before it that is not definite (no ال: "المجموعة ب." ends a sentence) and, after
    the stop and one space, a word that does not open a new clause with و/ف."""
    if j < 2 or text[j - 1] != " " or i + 2 >= len(text) or text[i + 1] != " ":
        return False
    k = j - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    before = text[k:j - 1]
    after = text[i + 2]
    if not (len(before) >= 3 and _ARABIC_LETTERS.fullmatch(before) is not None and not before.startswith("ال")
            and "\u0621" <= after <= "\u064a"):
        return False
    if text[j:i] in "وف":
        return True  # "أندرو و. فيلدينغ": و/ف alone never ends a sentence
    if after == "ف":
        m = _ARABIC_LETTERS.match(text, i + 2)
        return m is not None and m.group(0) not in FA_WORDS  # "مارك ج. فيلدن" (not "… ب. فقد")
    if after == "و":
        m = _ARABIC_LETTERS.match(text, i + 2)
        return m is not None and _foreign_wa_word(m.group(0))  # "غاري إل. ويندهام" (not "… ب. وقال")
    return True


#: How foreign names that begin with و start (ويليامز، ويندهام، واربورغ، ووكر).
_WA_NAMES = ("ويل", "وين", "ويت", "ويس", "ويب", "ويك", "ويز", "وار", "واش", "واي", "ووك", "وود")


def _foreign_wa_word(word: str) -> bool:
    """A foreign name that begins with و after a middle initial (ويندهام، ويليامز، واربورغ), not
    و + a word or a verb that opens a new sentence (وتوقعت، وأضافت، والتي)."""
    if len(word) < 6 or not word.startswith(_WA_NAMES):
        return False
    from reader.core.attribution.cues import VERB_FORMS

    return fold(word) not in VERB_FORMS


_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+")
#: Words that begin with ف and are not a name ("ب. فقد" ends a sentence; "ج. فيلدن" does not).
FA_WORDS = frozenset("فقد فإن فان فهو فهي في فيما فيه فلا فلم فإذا فاذا فمن فما فكان فكانت".split())


#: The names of Latin letters as Arabic writes them (بي، تي، إيه، سي ...), folded.
LETTER_NAMES = _LETTER_NAMES = frozenset(fold(w) for w in (
    "إيه ايه إي اي بي سي دي إف اف جي جيه إتش اتش آي كيه إل إم إن أو كيو آر ار إس تي يو في واي زد دبليو إكس اكس").split())


def _spelt_acronym(text: str, start: int, dot: int) -> bool:
    """The letter name [start, dot) before a full stop is one of a spelt acronym: the next
    word is a letter name with its own dot, or the word before was one and the next word is a
    letter name too ("بي. تي. ايه"، "سي. إن. إن"; but "محطة بي. في المساء" ends at the dot)."""
    after = re.match(r"[ \t]*([\u0621-\u064a]+)(\.?)", text[dot + 1:dot + 12])
    if after is None or fold(after.group(1)) not in _LETTER_NAMES:
        return False
    if after.group(2):
        return True
    before = re.search(r"([\u0621-\u064a]+)\.[ \t]*$", text[max(0, start - 12):start])
    return before is not None and fold(before.group(1)) in _LETTER_NAMES


_CANDIDATE_END = re.compile("[\n" + re.escape(_TERMINALS) + "]")


def sentences(text: str) -> list[Sentence]:
    """Split on . ؟ ? ! and line ends; keeps closing quotes with their sentence.

    Does not split inside decimals (5.47), on abbreviations (د. for doctor), inside
    ellipses (..) in the middle of a line, or in domains. Offsets point into ``text``;
    surrounding whitespace is excluded; empty sentences are dropped. Only the characters
    that can end a sentence are visited, so a 1 MB text splits in tens of milliseconds.
    """
    out: list[Sentence] = []
    n = len(text)
    begin = 0
    i = 0
    for m in _CANDIDATE_END.finditer(text):
        k = m.start()
        if k < i or not _is_sentence_end(text, k):
            continue
        if text[k] == "\n":
            end = k
        else:
            end = k + 1
            while end < n and (text[end] in _CLOSERS or text[end] in _TERMINALS):
                end += 1
        _add_sentence(text, begin, end, out)
        begin = end if text[k] != "\n" else k + 1
        i = max(begin, k + 1)
    _add_sentence(text, begin, n, out)
    return out


_BULLETS = "•·▪◦●■-–—*"


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines (a paragraph is a line in imported documents)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


# --- finding a folded needle in a haystack ----------------------------------------------


def find_all(haystack: Normalized, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` (folded) in ``haystack``, as original spans."""
    key = fold(needle)
    if not key:
        return []
    spans = []
    start = haystack.text.find(key)
    while start != -1:
        spans.append(haystack.span_to_original(start, start + len(key)))
        start = haystack.text.find(key, start + 1)
    return spans


# --- matching real text directly, for find and snippets ----------------------------------

_VARIANTS: dict[str, set[str]] = {}
for _src, _dst in _FOLD.items():
    _VARIANTS.setdefault(_dst, {_dst}).add(_src)
_IGNORABLE = "[" + re.escape("".join(sorted(_DROP))) + "]*"
_PROCLITIC_PATTERN = "(?:" + "|".join(
    "".join(f"[{re.escape(''.join(sorted(_VARIANTS.get(c, {c}))))}]" + _IGNORABLE for c in p)
    for p in _PROCLITICS
) + ")?"


def variant_pattern(query: str, *, clitics: bool = True, whole_word: bool = False) -> re.Pattern:
    """A regex that finds ``query`` in real (unnormalised) text the way search matches it.

    Each letter matches all of its variants (أ إ آ ا، ى ي، ة ه، ؤ ئ ء، Arabic-Indic digits),
    diacritics, tatweel and invisible characters may appear between letters, Latin is
    case-insensitive, and with ``clitics`` a word may carry و ف ب ل ك ال in front. This lets
    find-in-article and search snippets work on the text itself, with no offset map.
    """
    key = fold(query).strip()
    if not key:
        raise ValueError("empty query")
    parts = []
    for ch in key:
        if ch.isspace():
            parts.append(r"\s+")
            continue
        variants = _VARIANTS.get(ch, {ch})
        if ch.isascii() and ch.isalpha():
            variants = variants | {ch.upper()}
        parts.append("[" + re.escape("".join(sorted(variants))) + "]" + _IGNORABLE)
    body = "".join(parts)
    if clitics and is_arabic_letter(key[0]):
        body = _PROCLITIC_PATTERN + body
    if whole_word:
        body = rf"(?<![^\W_]){body}(?![^\W_])"
    return re.compile(body)


#: Nouns of a stance or an act that news writes with a possessive pronoun right after a verb
#: and its subject ("وأكد الوزير حرصه على"، "وجدد دعمه"، "وأبدى تفاؤله"، "أعلنت رفضها"): such a
#: word is never a name, though it follows a title or a name as a given or family name would.
_STANCE_NOUNS = """دعم حرص تأكيد رفض استعداد التزام تفاؤل تشاؤم قلق ترحيب تقدير شكر أمل ثقة رغبة
    دعوة موقف تمسك اهتمام سعي عزم نية تأييد تحفظ استياء ارتياح تخوف مخاوف امتنان اعتزاز فخر
    سعادة أسف إدانة استنكار تضامن مطالبة معارضة انتقاد تحذير تحذيرات تطلع إصرار اعتراض توقعات
    تصريحات رؤية رأي قناعة إيمان استغراب دهشة غضب حزن ترقب تعازي تهاني اعتذار تصميم إرادة
    جاهزية انفتاح تطلعات آمال شكوك تساؤل تمنيات حماس تعهد تعهدات وعد وعود استعدادات
    اقتناع اعتقاد يقين تشكيك تفهم إشادة ثناء تثمين""".split()


def _possessed_forms() -> frozenset[str]:
    out = set()
    for w in _STANCE_NOUNS:
        n = fold(w)
        stem = n[:-1] + "ت" if n.endswith("ه") else n  # (ثقة -> ثقته)
        for suf in ("ه", "ها", "هم", "هما", "هن"):
            out.add(stem + suf)
            out.add("و" + stem + suf)
    return frozenset(out)


POSSESSED_STANCES = _possessed_forms()


def possessed_stance(norm: str) -> bool:
    """``norm`` (folded) is a stance noun with a possessive pronoun: حرصه، دعمها، ثقته، تأكيدهم."""
    return norm in POSSESSED_STANCES
