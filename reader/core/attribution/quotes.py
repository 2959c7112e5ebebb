"""Quotation marks: pairing openers with closers, paragraph by paragraph.

Guillemets « » and curly quotes “ ” ‘ ’ pair by nesting. Straight quotes " and ' pair in
order of appearance within a line; a straight ' between two Latin letters (Alipay's) is an
apostrophe and is skipped. A mark left without a partner is ignored: an unbalanced quote
never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "‘": "’", "„": "“", "‹": "›"}
STRAIGHT = ("\"", "'")
QUOTE_CHARS = frozenset("«»“”‘’„‹›\"'")


@dataclass(frozen=True)
class Quote:
    open: int  # index of the opening mark in the text
    close: int  # index of the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


_MARKS = re.compile("[\n" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def find_quotes(text: str) -> list[Quote]:
    """Every paired quotation in ``text``, sorted by opening position."""
    out: list[Quote] = []
    line: list[int] = []
    for m in _MARKS.finditer(text):
        if text[m.start()] == "\n":
            _pair_line(text, line, out)
            line = []
        else:
            line.append(m.start())
    _pair_line(text, line, out)
    out.sort(key=lambda q: q.open)
    return out


def _pair_line(text: str, marks: list[int], out: list[Quote]) -> None:
    """Pair the quotation marks of one line (``marks``: their positions, in order). An opening
    « or “ left open ends at the end of its line (issue 9: an unclosed quotation never runs
    into the next paragraph): its "close" is then the line's last character."""
    stack: list[tuple[str, int]] = []
    straight_open: dict[str, int] = {}
    _pair_marks(text, marks, out, stack, straight_open, swap=_reversed_guillemets(text, marks))
    left = stack[0][1] if len(stack) == 1 and text[stack[0][1]] in "«“" else -1
    o = straight_open.get('"', -1)
    if left < 0 and not stack and o >= 0 and (text[max(0, o - 2):o].strip().endswith(":") or _opens_speech(text, o)):
        left = o  # «قال: "…»، «وقال X رئيس المعهد "…» with no closing mark: a straight quote opened on speech
    if left >= 0 and marks:
        o = left
        end = text.find("\n", o)
        end = len(text) if end < 0 else end
        last = end - 1
        while last > o and text[last].isspace():
            last -= 1
        if last - o > 1 and not text[last].isalnum():
            out.append(Quote(o, _new_speaker(text, o, last)))
        elif last - o > 3 and last + 1 < len(text) and text[last].isalnum() \
                and (text[o] in "«“" or o == straight_open.get('"', -1)):
            # "واضاف "الحمدلله الموسم زين بس … علينا" at a paragraph's end with no mark and no full stop:
            # the quotation runs to the last word
            out.append(Quote(o, _new_speaker(text, o, last + 1)))


#: Reporting verbs that open a sentence of speech (وقال، وأضاف …), in text as written.
_REPORTING = "قال|أضاف|اضاف|أكد|اكد|أوضح|اوضح|تابع|يقول|تقول|يضيف|تضيف|قالت|أضافت|اضافت|أكدت|اكدت"
_SAYS = re.compile(r"[وف]?(?:" + _REPORTING + r")\s")


def _opens_speech(text: str, o: int) -> bool:
    """A straight quote opened in a short sentence that begins with a reporting verb
    ("وقال ريناتو سوليدام رئيس المعهد "…"), or has one after a fronted phrase of three words
    at most ("ومن الجانب الفرنسي قال رايمون دومينيك مدرب منتخب فرنسا "…")."""
    start = max(text.rfind(c, 0, o) for c in ".!?؟\n") + 1
    head = text[start:o].lstrip()
    if not (0 < len(head) <= 90 and o + 1 < len(text) and not text[o + 1].isspace()):
        return False
    words = head.split()
    return any(_SAYS.match(" ".join(words[k:]) + " ") for k in range(min(4, len(words))))


#: A full stop, then a sentence that opens with a reporting verb (وقال، وأضاف، وأكد ...).
_NEW_SPEAKER = re.compile(r"[.!?؟]\s+(?=[وف]?(?:" + _REPORTING + r"|أشار|اشار|ذكر|يرى|ترى|يري|تري)\b)")
_SENTENCE_END = re.compile(r"[.!?؟]\s")


def _runs_over_sentences(text: str, o: int, c: int) -> bool:
    """A straight-quote pair over three sentence ends or more: a mark was left out before (a
    real quotation that long is written with guillemets or in several pieces)."""
    return c - o > 120 and len(_SENTENCE_END.findall(text, o, c)) >= 3


def _opens_and_closes(text: str, o: int, c: int) -> bool:
    """The first mark opens (a space or colon before it, a letter after) and the second closes
    (a letter or stop before it, a stop, comma or the line's end after): a long quotation
    written whole ("وكان X قال "… . على الأقل حاولت. … . إلا أنهم لم يفعلوا"."), not marks
    paired across one left out."""
    before = text[o - 1] if o > 0 else " "
    after = text[c + 1] if c + 1 < len(text) else "\n"
    closes = (not text[c - 1].isspace() and after in ".،,؛\n!؟?") \
        or (text[c - 2:c].rstrip()[-1:] in (".", "!", "؟") and not after.isalnum())  # "… يمنعها. " كما قال"
    return (before.isspace() or before == ":") and text[o + 1].isalnum() and closes


def _new_speaker(text: str, o: int, last: int) -> int:
    """An unclosed quotation ends at its paragraph's end, or before a sentence that opens
    with a reporting verb (the narrator speaks again: وقال، وأضاف ...)."""
    m = _NEW_SPEAKER.search(text, o, last)
    return m.start() if m else last


def _stray_closer(text: str, i: int) -> bool:
    """A straight mark with nothing open before it, followed by a full stop or comma: it closes a
    quotation opened before the text begins (a passage cut in the middle of a quotation, «…
    لكم الخير ". وشدد X على أن" …»); taken as an opener it would pair every mark after it
    the wrong way round and hide the sentences between two quotations."""
    j = i + 1
    while j < len(text) and text[j] == " ":
        j += 1
    return j < len(text) and text[j] in ".،,؛!؟?"


def _reversed_guillemets(text: str, marks: list[int]) -> bool:
    """A line that writes its guillemets the other way round (» … «, as some Maghreb pages do):
    its first is » and its last «, as many of each."""
    g = [text[i] for i in marks if text[i] in "«»"]
    return len(g) >= 2 and g[0] == "»" and g[-1] == "«" and g.count("«") == g.count("»")


_SWAPPED = {"«": "»", "»": "«"}


def _pair_marks(text: str, marks: list[int], out: list[Quote], stack: list[tuple[str, int]],
                straight_open: dict[str, int], swap: bool = False) -> None:
    for i in marks:
        ch = text[i]
        if swap and ch in _SWAPPED:
            ch = _SWAPPED[ch]  # "وأضاف أنغو أن» أمن الممتلكات واقع «": read the other way round
        if ch in STRAIGHT:
            if ch == "'" and _is_apostrophe(text, i):
                continue
            if ch in straight_open:
                o = straight_open.pop(ch)
                if _runs_over_sentences(text, o, i) and not _opens_and_closes(text, o, i):
                    straight_open[ch] = i  # a mark was left out before: this one opens anew
                elif i - o > 1:
                    out.append(Quote(o, i))
            elif not _stray_closer(text, i):
                straight_open[ch] = i
            continue
        # “ closes a „ opener; otherwise it opens.
        if stack and OPENERS.get(stack[-1][0]) == ch:
            opener, o = stack.pop()
            if i - o > 1:
                out.append(Quote(o, i))
            continue
        if ch in OPENERS:
            stack.append((ch, i))
        elif ch == "”" and not stack:
            # ”text” written with the same mark on both sides.
            stack.append(("“", i))
