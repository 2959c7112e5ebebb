"""Turn the bytes of a text file into text: detect the encoding, do not guess it blindly.

The order matters:

1. binary signatures (PDF, ZIP, PNG, ELF...): refused, saying what the file looks like;
2. byte order marks (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
3. BOM-less UTF-16, only when clearly so: the high bytes of the code units take very few
   values (00 for ASCII, 06 for Arabic) while the low bytes vary, and the decoded text is
   clean;
4. NUL bytes or many control characters: refused as binary;
5. strict UTF-8 (which also covers ASCII); a file that is UTF-8 but for a few bad bytes
   (a truncated download) is read as UTF-8 with a warning;
6. the legacy single-byte encodings an Arabic or Western file is likely to be in
   (Windows-1256, ISO-8859-6, DOS-720, Mac Arabic, Windows-1252, Latin-1), each decoding
   scored by :func:`plausibility` (see below); the best one wins if it is clearly plausible;
7. otherwise charset-normalizer's best guess, accepted only if its decoding passes the same
   plausibility test (it covers scripts we do not score, e.g. Cyrillic or CJK). We do not ask
   it first: on short Arabic texts it happily answers Thai (cp874) for Mac Arabic, and it
   names French Latin-1 files cp1250; our scorer is built for the Arabic/Latin confusions.

Scoring a candidate decoding: words made only of ASCII are the same in every candidate and
are ignored. A word with non-ASCII letters is *good* when its letters come from one script
and, for Latin, when non-ASCII letters are sprinkled (été) rather than runs of them (ÇáÕíä is
Windows-1256 Arabic read as Windows-1252). Rare symbols, controls and unassigned code points
are *bad*. For decodings that give Arabic words, the share of words that begin with the
article (ال, وال, بال...) or are common function words (في, من, على...) must look like
Arabic: ISO-8859-6 read as Windows-1256 turns ال into ان and في into لê, which real Arabic
never does. Ties go to Windows-1256 when the decoding has Arabic letters, to Windows-1252
otherwise, so a French file is never labelled Arabic.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from reader.core.errors import DocumentError
from reader.core.importers.magic import describe, sniff_binary
from reader.core.text import is_arabic_letter

#: Bytes of text to score per candidate; the winner still decodes the whole file strictly.
SAMPLE_BYTES = 65536
#: A decoding must score at least this to be accepted without further doubt.
MIN_PLAUSIBILITY = 0.8

_SINGLE_BYTE = (
    # (codec, gives Arabic?) in order of preference on ties
    ("cp1256", True),
    ("iso8859-6", True),
    ("cp1252", False),
    ("latin-1", False),
    ("cp720", True),
    ("mac-arabic", True),
)
_NON_ASCII_RE = re.compile(rb"[\x80-\xff]")
_CONTROL_BYTES = bytes([*range(0, 9), *range(0x0E, 0x20), 0x7F])
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_MARKS = "\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"
_WORD_RE = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+")
#: Non-ASCII symbols that real text uses; any other non-letter symbol counts against.
_COMMON_SYMBOLS = frozenset(
    "\u00A0«»،؛؟٪٫٬…–—‘’‚“”„•·°€£¥©®™×÷§¶¡¿\u200C\u200D\u200E\u200F\u061C\u2009\u202F"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ـ"
)
_ARABIC_FUNCTION_WORDS = frozenset(
    "في من على إلى الى أن ان عن مع هذا هذه التي الذي ما لا لم لن قد كان كانت بعد قبل بين حتى"
    " أو او ثم كما قال وقال وفي ومن إن هو هي وهو وهي كل غير عند منذ خلال حول ضد أي".split()
)
_ARTICLE_PREFIXES = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file's bytes: (text, encoding name).

    The text has no BOM and its line endings are ``\\n``. Raises DocumentError for binary,
    empty or undecodable data; ``name`` appears in the message.
    """
    decoded = decode(data, name)
    return decoded.text, decoded.encoding


def decode(data: bytes, name: str) -> Decoded:
    """:func:`decode_text` with the warnings (e.g. bad bytes replaced)."""
    if not data.strip():
        raise DocumentError("the file is empty; choose a file that contains text", name)
    what = sniff_binary(data)
    if what:
        raise DocumentError(f"the file is not text (it looks like {describe(what)})", name)
    decoded = _decode(data, name)
    text = normalize_newlines(decoded.text)
    if not text.strip():
        raise DocumentError("the file contains only blank space; choose a file with text", name)
    return Decoded(text, decoded.encoding, decoded.warnings)


def normalize_newlines(text: str) -> str:
    """Drop a leading BOM; CRLF, CR, U+2028 and U+2029 become LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return text


def _decode(data: bytes, name: str) -> Decoded:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), label)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"the file starts with a {label.upper()} byte order mark but is not valid "
                    f"{label.upper()} (bad data at byte {exc.start + len(bom)}); "
                    "re-save it as UTF-8",
                    name,
                ) from None
    utf16 = _sniff_utf16(data)
    if utf16:
        return utf16
    if _looks_binary(data):
        raise DocumentError(
            "the file is not text (it contains binary data); choose a text, HTML, Markdown, "
            "DOCX or EPUB file",
            name,
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    nearly = _nearly_utf8(data)
    if nearly:
        return nearly
    return _decode_single_byte(data, name)


def _sniff_utf16(data: bytes) -> Decoded | None:
    """BOM-less UTF-16, recognised by the shape of its code units."""
    if len(data) < 4 or len(data) % 2 or not any(b < 9 for b in data[:4096]):
        return None
    sample = data[: SAMPLE_BYTES - SAMPLE_BYTES % 2]
    for codec, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        top = sum(c for _, c in Counter(high).most_common(3))
        if top < 0.9 * len(high) or len(set(low)) < 4:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if plausibility(text[: SAMPLE_BYTES // 2], ascii_counts=True) >= MIN_PLAUSIBILITY:
            return Decoded(text, codec)
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 200)


def _nearly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid bytes (e.g. cut in the middle of a character)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) or 1
    few = bad <= 3 or (bad <= non_ascii // 100 and bad <= 100)
    # Trust it only if the valid multi-byte sequences are plentiful.
    if few and non_ascii - bad >= 20 * bad:
        note = f"{bad} invalid byte sequence(s) replaced with \ufffd (the file may be cut short)"
        return Decoded(text, "utf-8", (note,))
    return None


def _decode_single_byte(data: bytes, name: str) -> Decoded:
    # Score the part of the file where the non-ASCII bytes begin: only they tell.
    first = _NON_ASCII_RE.search(data)
    start = max(0, first.start() - 1024) if first else 0
    sample = data[start : start + SAMPLE_BYTES]
    ranked: list[tuple[float, int, str]] = []
    for rank, (codec, arabic) in enumerate(_SINGLE_BYTE):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = round(plausibility(text), 2)
        gives_arabic = any(is_arabic_letter(ch) for ch in text if ord(ch) > 0x7F)
        # Arabic codecs win ties only when they produce Arabic.
        order = rank if (arabic and gives_arabic) or not arabic else rank + 10
        if score >= 1.0 and order == rank and all(r[0] < 1.0 for r in ranked):
            ranked = [(score, order, codec)]  # nothing after it could win: stop here
            break
        ranked.append((score, order, codec))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    for score, _, codec in ranked:
        if score < MIN_PLAUSIBILITY:
            break
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    guess = _charset_normalizer_guess(data)
    if guess:
        return guess
    raise DocumentError(
        "the file's text encoding could not be recognised (it is not UTF-8, UTF-16 or "
        "Windows-1256); open it in a text editor and save it as UTF-8",
        name,
    )


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: SAMPLE_BYTES * 4]).best()
    if best is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if plausibility(text[:SAMPLE_BYTES]) >= MIN_PLAUSIBILITY:
        return Decoded(text, best.encoding)
    return None


# --- plausibility ------------------------------------------------------------------------


def _script(ch: str) -> str:
    if is_arabic_letter(ch):
        return "arabic"
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0].lower() if name else "?"


def plausibility(text: str, ascii_counts: bool = False) -> float:
    """How much ``text`` looks like real text in one sensible decoding, from 0 to 1.

    ASCII-only words are ignored (every candidate single-byte decoding has them) unless
    ``ascii_counts`` (for UTF-16, where they are evidence too).
    """
    good = bad = 0
    arabic_words = arabic_hits = 0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if word.isascii():
            if ascii_counts:
                good += len(word)
            continue
        if _ARABIC_WORD_RE.fullmatch(word):
            good += len(word)
            arabic_words += 1
            if word in _ARABIC_FUNCTION_WORDS or word.startswith(_ARTICLE_PREFIXES):
                arabic_hits += 1
            continue
        if _LATIN_WORD_RE.fullmatch(word):
            if _mojibake_latin(word):
                bad += len(word)
            else:
                good += len(word)
            continue
        scripts = {_script(ch) for ch in word if ch.isalpha()}
        if len(scripts) != 1 or "?" in scripts or "arabic" in scripts or "latin" in scripts:
            bad += len(word)  # mixed scripts, or a word starting with a mark
        else:
            good += len(word)  # one other script (Cyrillic, Greek, CJK...)
    for match in _ODD_RE.finditer(text):
        ch = match.group()
        if ch in _COMMON_SYMBOLS:
            continue
        if ord(ch) < 0x80:
            bad += 5
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cn", "Co", "Cs") or ch == "\ufffd":
            bad += 5
        elif category not in ("Mn", "Zs", "Cf"):
            bad += 1
    if good + bad == 0:
        return 1.0  # nothing but ASCII words and ordinary punctuation: nothing against it
    score = good / (good + bad)
    if arabic_words >= 20:
        fit = arabic_hits / arabic_words  # about 0.3-0.5 in real Arabic
        score *= 0.5 + 0.5 * min(1.0, fit / 0.15)
    return score


# The letters reader.core.text.is_arabic_letter accepts, as a regex class.
_ARABIC_LETTERS = (
    "\u0621-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u0750-\u077F"
    "\uFB50-\uFDFF\uFE70-\uFEFC"
)
_ARABIC_WORD_RE = re.compile(rf"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_MARKS}]*")
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F\u0300-\u036F]+")
_ODD_RE = re.compile(r"[^\x00-\x7F\w\s]|[\x00-\x08\x0B\x0E-\x1F\x7F]")

def _mojibake_latin(word: str) -> bool:
    """Runs of accented letters (ÇáÕíä) or mostly-accented words are not real Latin text."""
    run = longest = accented = 0
    for ch in word:
        if ord(ch) > 0x7F and ch.isalpha():
            accented += 1
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    if longest >= 3:
        return True
    return len(word) >= 4 and accented * 2 > len(word)
