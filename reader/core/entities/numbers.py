"""Numeric entities: MONEY, PERCENT, DATE and QUANTITY, found by rules over tokens.

Numbers may be written in Western or Arabic-Indic digits, with a decimal comma, point or
the Arabic ر (5ر47), with thousands separators, or in words (خمسة، عشرين، مئة، ألف، مليون،
مليار). What is tagged (decisions, also in resources/ner/README.md):

- MONEY: an amount with a currency: 37 مليار دولار، $5bn، 5ر47 مليار جنيه، مليار دولار،
  ملياري دولار، (20) مليار ريال، ريالين (a dual currency word is an amount on its own), and
  ranges: 75 و80 دولارا، 15 إلى 20 مليار ريال (canonical "15000000000-20000000000 SAR").
  The span is the amount: an approximation before it (نحو، أكثر من) is not part of a
  MONEY span, as the gold of real articles has it (tests/data/attribution/news).
- PERCENT: 5%، ٪5، 5 في المئة / بالمئة / في المائة، خمسة بالمئة، 0.25 نقطة مئوية.
- QUANTITY: an amount with a unit (500 طن، 3 ملايين برميل) or a counted noun after a number
  with a scale or an approximation (أكثر من مليار مستخدم، 5 آلاف موظف, and common counted
  nouns such as أشخاص، قتلى، مستخدم after any number).
- DATE: absolute dates (12 نوفمبر 2023، 2023/11/12، 12 تشرين الثاني 2023), months (في
  نوفمبر، شهر رمضان), years after عام/سنة (عام 2020) or after في/منذ/حتى..., weekdays
  (يوم الاثنين، الخميس الماضي), and dates relative to the article's date (الشهر الماضي،
  العام المقبل، أمس). Durations (ثلاث سنوات) are not dates and are not tagged.
- A bare number (the 5 in المادة 5) is not tagged: there is no CARDINAL type.

Approximations (أكثر من، نحو، حوالي، قرابة، ما يقرب من ...) are part of a PERCENT or
QUANTITY span, as in OntoNotes, but not of a MONEY span. Prepositions before the amount
(بقيمة، في) are not, nor is a proclitic written on the first word (بمليون دولار، والخميس
الماضي، لعام 2015: the span starts after it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.model import Entity
from reader.core.text import Token

from .clitics import clitic_variants
from .dates import DateScan
from .numwords import (
    APPROX,
    CLAUSE_WORDS,
    CONSTRUCT_DUALS,
    COUNTED,
    CURRENCY,
    CURRENCY_ADJ,
    CURRENCY_DUALS,
    CURRENCY_SYMBOLS,
    DATE_MODIFIERS,
    FUNCTION_WORDS,
    HIJRI,
    LATIN_SCALES,
    MONTHS,
    NUMBER_WORDS,
    PERIOD_PARTS,
    PERCENT_ADJ,
    PERCENT_NOUNS,
    PERCENT_WORDS,
    POINTS,
    country_counts,
    range_value,
    RELATIVE_UNITS,
    SCALES,
    TIME_UNITS,
    UNITS,
    UNITS_2,
    WEEKDAYS,
    YEAR_WORDS,
    value_of,
)

#: Fractions before a scale word (نصف مليار، ربع مليون), with ب or و on them.
_FRACTIONS = frozenset(("نصف", "ونصف", "بنصف", "ربع", "وربع", "بربع"))

_DATE_STARTERS = (
    WEEKDAYS | YEAR_WORDS | RELATIVE_UNITS | PERIOD_PARTS | {"يوم", "شهر", "امس", "البارحه"}
    | {m if isinstance(m, str) else m[0] for m in MONTHS}
    | {m if isinstance(m, str) else m[0] for m in HIJRI}
)
_DIGITS = re.compile(r"^[0-9]+(?:[.,\u066B\u066C\u0631][0-9]+)*$")


class _Scan(DateScan):
    def __init__(self, text: str, tokens: list[Token], norms: list[str]):
        self.text = text
        self.tokens = tokens
        self.norms = norms
        self.n = len(tokens)
        self._countries: dict[str, int] | None = None

    # --- helpers --------------------------------------------------------------------------

    def norm(self, k: int) -> str:
        return self.norms[k] if 0 <= k < self.n else ""

    def riyal_abbreviation(self, j: int) -> int:
        """Token j starts "ر.س" (or "ر. س"): Saudi riyals. The token past it, or ``j``."""
        k = j + 2 if self.norm(j + 1) == "." else j + 1  # (with punctuation tokens, or without)
        if k >= self.n or self.norm(k) != "س":
            return j
        gap = self.text[self.tokens[j].end:self.tokens[k].start]
        return k + 1 if gap.strip() == "." and len(gap) <= 2 else j

    def joined(self, k: int) -> bool:
        """Tokens k-1 and k are on the same line."""
        return 0 < k < self.n and "\n" not in self.text[self.tokens[k - 1].end:self.tokens[k].start]

    def is_digit(self, k: int) -> bool:
        return 0 <= k < self.n and bool(_DIGITS.match(self.norms[k]))

    def is_numword(self, k: int, start: bool = False) -> bool:
        """A number word (خمسة، مليون), with و before it; at the ``start`` of a phrase also
        with ب (بمليون دولار، بخمسة ملايين)."""
        if not 0 <= k < self.n:
            return False
        w = self.norms[k]
        if w in NUMBER_WORDS or w in SCALES:
            return True
        if w.startswith("و") and (w[1:] in NUMBER_WORDS or w[1:] in SCALES):
            return True
        return start and _with_bi(w)

    # --- number phrases -------------------------------------------------------------------

    def number(self, i: int) -> tuple[int, bool] | None:
        """A number phrase starting at i: (end, has_scale), end exclusive. Digits may be
        in brackets ("(20) مليار": the brackets are part of the phrase)."""
        if self.norm(i) == "(" and self.is_digit(i + 1) and self.norm(i + 2) == ")" and \
                self.joined(i + 1) and self.joined(i + 2):
            j = i + 3
        elif self.construct_dual(i):
            return i + 1, True
        elif self.norm(i) in _FRACTIONS and self.norm(i + 1) in SCALES and \
                self.joined(i + 1):
            j = i + 1  # نصف مليار دولار، ربع مليار ريال
        elif not (self.is_digit(i) or self.is_numword(i, start=True)):
            return None
        elif self.norm(i) in ("احد", "احدي") and self.norm(i + 1) != "عشر":
            return None
        elif self.spaced_decimal(i):
            j = i + 3
        else:
            j = i + 1
        scale = self.norm(i) in SCALES
        while j < self.n and self.joined(j):
            w = self.norms[j]
            if self.construct_dual(j) and not self.is_numword(j - 1):
                return j + 1, True
            if w in SCALES or (self.is_digit(j - 1) and w in LATIN_SCALES):
                scale = True
                j += 1
            elif (self.is_numword(j) and not self.is_digit(j - 1)) or w in ("ونصف", "وربع"):
                j += 1
            elif w[:2] == "ال" and w[2:] in SCALES and self.norms[j - 1] in ("ونصف", "وربع"):
                j += 1  # مليون ونصف المليون
            elif w == "و" and self.norms[j - 1] in SCALES and self.joined(j + 1) and (
                    self.is_numword(j + 1)
                    or (self.is_digit(j + 1) and self.norm(j + 2) in SCALES)):
                j += 2  # مليار و200 مليون
            else:
                break
        return j, scale

    def spaced_decimal(self, i: int) -> bool:
        """"55. 61 دولارا"، "4. 7 ملايين دولار": a decimal point typed with a space after it
        (or a text whose tokens were joined that way), told from a sentence that ends in a
        number by the size of the parts and by a currency, a scale or a percent sign right
        after the second."""
        if not (self.is_digit(i) and self.norm(i + 1) == "." and self.is_digit(i + 2)):
            return False
        a, b = self.norms[i], self.norms[i + 2]
        if not (a.isdigit() and b.isdigit() and len(a) <= 3 and len(b) <= 2):
            return False
        t = self.tokens
        if t[i].end != t[i + 1].start or self.text[t[i + 1].end:t[i + 2].start] != " ":
            return False
        nxt = self.norm(i + 3)
        return nxt in CURRENCY or nxt in SCALES or nxt in ("%", "٪") or nxt in PERCENT_WORDS or (
            nxt == "في" and self.norm(i + 4) in PERCENT_NOUNS)

    def construct_dual(self, k: int) -> bool:
        """ملياري، ترليوني (two billion, two trillion) before a currency or a unit."""
        w = self.norm(k)
        w = w[1:] if w[:1] in ("و", "ب") and w[1:] in CONSTRUCT_DUALS else w
        nxt = self.norm(k + 1)
        return w in CONSTRUCT_DUALS and self.joined(k + 1) and (
            nxt in CURRENCY or nxt in UNITS)

    def range_end(self, j: int) -> tuple[int, bool] | None:
        """The second number of a range that starts after the first one ends at j:
        "75 و80"، "15 إلى 20"، "3-4": (end, has_scale) of the second number."""
        if not (self.joined(j) and self.joined(j + 1)):
            return None
        if self.norm(j) not in ("و", "الي", "-", "–", "حتى"):
            return None
        if not (self.is_digit(j + 1) or self.norm(j + 1) in NUMBER_WORDS):
            return None
        return self.number(j + 1)

    def approx(self, i: int) -> int:
        """Start of an approximation that ends just before token i (or i itself)."""
        for phrase in APPROX:
            k = i - len(phrase)
            if k >= 0 and tuple(self.norms[k:i]) == phrase and all(
                    self.joined(m) for m in range(k + 1, i + 1)):
                return k
        return i

    # --- amounts --------------------------------------------------------------------------

    def amount(self, i: int) -> tuple[int, int, str] | None:
        """MONEY / PERCENT / QUANTITY starting at token i: (start, end, type)."""
        w = self.norm(i)
        if w in CURRENCY_SYMBOLS and self.joined(i + 1):
            num = self.number(i + 1)
            if num:
                end = num[0]
                if self.norm(end) in CURRENCY_SYMBOLS or self.norm(end) in CURRENCY:
                    end += 1
                return i, end, "MONEY"
        if w in CURRENCY_DUALS:
            return i, i + 1, "MONEY"  # ريالين: two riyals
        if w in ("%", "٪") and self.is_digit(i + 1) and self.joined(i + 1):
            return self.approx(i), i + 2, "PERCENT"
        num = self.number(i)
        if num is None:
            return None
        j, scale = num
        start = self.approx(i)
        nxt = self.norm(j) if self.joined(j) else ""
        second = self.range_end(j) if nxt and not (nxt in CURRENCY or nxt in CURRENCY_SYMBOLS) \
            else None
        if second is not None:
            k = second[0]
            after = self.norm(k) if self.joined(k) else ""
            if after in CURRENCY or after in CURRENCY_SYMBOLS:
                j, nxt, scale = k, after, scale or second[1]
            elif after in ("%", "٪") or after in PERCENT_WORDS or (
                    after == "في" and self.norm(k + 1) in PERCENT_NOUNS and self.joined(k + 1)):
                j, nxt = k, after
        if nxt in ("%", "٪") or nxt in PERCENT_WORDS:
            return start, j + 1, "PERCENT"
        if nxt == "في" and self.norm(j + 1) in PERCENT_NOUNS and self.joined(j + 1):
            return start, j + 2, "PERCENT"
        if nxt in POINTS and self.norm(j + 1) in PERCENT_ADJ and self.joined(j + 1):
            return start, j + 2, "PERCENT"
        if nxt in CURRENCY or nxt in CURRENCY_SYMBOLS:
            end = j + 1
            if self.joined(end) and self.norm(end) in CURRENCY_ADJ:
                end += 1
            return i, end, "MONEY"  # the amount, without an approximation before it
        if nxt == "ر" and self.riyal_abbreviation(j) > j:
            return i, self.riyal_abbreviation(j), "MONEY"  # "300 ألف ر.س": riyals, abbreviated
        if nxt and (nxt, self.norm(j + 1)) in UNITS_2:
            return start, j + 2, "QUANTITY"
        if nxt in UNITS or nxt in COUNTED:
            return start, j + 1, "QUANTITY"
        if nxt and (scale or start < i) and self.countable(j):
            return start, j + 1, "QUANTITY"
        if scale or start < i:
            if j - i > 1 or self.is_digit(i) or start < i:
                # A bare amount with a scale ("37 مليار") or an approximation: still a quantity.
                return start, j, "QUANTITY"
        return None

    def countable(self, k: int) -> bool:
        w = self.norm(k)
        return (len(w) >= 3 and not w.startswith("ال") and w not in FUNCTION_WORDS
                and w not in CLAUSE_WORDS
                and w not in MONTHS and w not in TIME_UNITS and w[0].isalpha()
                and not w.isascii())

    # --- the scan -------------------------------------------------------------------------

    def may_start(self, i: int) -> bool:
        """A cheap test that rules out most tokens before the real parsers run."""
        return _may_start(self.norms[i])

    def run(self) -> list[Entity]:
        out: list[Entity] = []
        i = 0
        last = 0  # token index just after the last entity found
        while i < self.n:
            if not self.may_start(i):
                i += 1
                continue
            d = self.date(i)
            if d and i > 0 and self.norms[i - 1] in DATE_MODIFIERS and self.joined(i):
                d = (i - 1, d[1])  # مطلع الشهر الجاري، نهاية العام الماضي
            found = (d[0], d[1], "DATE") if d else self.amount(i)
            if found is None:
                i += 1
                continue
            start, end, typ = found
            start = max(start, last)  # an approximation never reaches back over an entity
            s, e = self.tokens[start].start, self.tokens[end - 1].end
            # بمليون دولار، والخميس الماضي، لعام 2015: the entity starts after the clitic
            s += self.proclitic(start) if typ != "DATE" else self.date_proclitic(start)
            surface = self.text[s:e]
            out.append(Entity(s, e, surface, typ, _canonical(surface, typ, self.countries),
                              origin="number"))
            i = last = end
        return out

    def proclitic(self, k: int) -> int:
        """Characters of a ب or و written on the number word at k (بمليون، وخمسة)."""
        w = self.norms[k]
        if w in NUMBER_WORDS or w in SCALES or w in CONSTRUCT_DUALS or w in CURRENCY_DUALS \
                or w[:1] not in ("ب", "و"):
            return 0
        rest = w[1:]
        if not (rest in NUMBER_WORDS or rest in SCALES or rest in CONSTRUCT_DUALS
                or rest in ("نصف", "ربع")):
            return 0
        raw = self.tokens[k].text
        i = 1
        while i < len(raw) and not raw[i].isalpha():
            i += 1  # a diacritic or tatweel after the clitic (بـمليون)
        return i

    def date_proclitic(self, k: int) -> int:
        """Characters of a و ف ب ل written on the first word of a date (والخميس، لعام،
        بنهاية، للعام: the ل of لل stays, it is the article's)."""
        w = self.norms[k]
        if len(w) < 4 or w[0] not in "وفبل":
            return 0
        rest = w[1:]
        if w[:2] in ("وب", "ول", "فب", "فل") and len(w) > 4 and (
                rest[1:] in _DATE_STARTERS or rest[1:] in DATE_MODIFIERS):
            return self._clitic_chars(k, 2)
        if rest in _DATE_STARTERS or rest in DATE_MODIFIERS or (
                w.startswith("لل") and "ا" + rest in _DATE_STARTERS):
            return self._clitic_chars(k, 1)
        return 0

    def _clitic_chars(self, k: int, letters: int) -> int:
        raw = self.tokens[k].text
        i = seen = 0
        while i < len(raw) and seen < letters:
            if raw[i].isalpha():
                seen += 1
            i += 1
        while i < len(raw) and not raw[i].isalpha():
            i += 1  # a diacritic or tatweel after the clitic
        return i

    def countries(self) -> dict[str, int]:
        """How often the text names each country (for a shared currency name), counted once."""
        if self._countries is None:
            self._countries = country_counts(self.norms)
        return self._countries


def _with_bi(w: str) -> bool:
    """بمليون، بخمسة: ب before a scale or a number word (not بأحد: "in one of")."""
    return len(w) > 3 and w[0] == "ب" and (
        w[1:] in SCALES or (w[1:] in NUMBER_WORDS and w[1:] not in ("احد", "احدي")))


@lru_cache(maxsize=100_000)
def _may_start(w: str) -> bool:
    if not w or w[0].isdigit() or w in CURRENCY_SYMBOLS or w in ("%", "٪", "("):
        return bool(w)
    if w in _DATE_STARTERS or w in NUMBER_WORDS or w in SCALES or w in CURRENCY_DUALS \
            or w in _FRACTIONS:
        return True
    if w in CONSTRUCT_DUALS or (w[0] in "وب" and w[1:] in CONSTRUCT_DUALS):
        return True
    if (w[0] == "و" and (w[1:] in NUMBER_WORDS or w[1:] in SCALES)) or _with_bi(w):
        return True
    return w[0] in "وفبلك" and any(v in _DATE_STARTERS for v in clitic_variants(w))


def _canonical(surface: str, typ: str, countries=None) -> str:
    """``countries``: a callable giving the text's country counts, asked only for money."""
    if typ in ("MONEY", "PERCENT", "QUANTITY"):
        known = countries() if typ == "MONEY" and countries else None
        value = range_value(surface, known) or value_of(surface, known)
        if value:
            return value
    return " ".join(surface.split())


def find_numeric(text: str, tokens: list[Token], norms: list[str]) -> list[Entity]:
    """Every MONEY, PERCENT, DATE and QUANTITY in ``text``, in order, without overlaps."""
    return _Scan(text, tokens, norms).run()
