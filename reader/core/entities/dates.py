"""DATE entities over tokens: absolute dates, months, years, weekdays and dates relative to
the article's date (see numbers.py for what is tagged). A mixin of numbers._Scan, which
gives it ``norm``, ``joined``, ``is_digit`` and the token lists."""

from __future__ import annotations

import re

from .clitics import clitic_variants
from .numwords import (
    COUNTED,
    DATE_PREPS,
    HIJRI,
    MONTHS,
    MONTHS_NEED_CONTEXT,
    ORDINALS,
    PERIOD_PARTS,
    RELATIVE_ANCHORS,
    RELATIVE_UNITS,
    UNITS,
    WEEKDAYS,
    WEEKDAYS_AMBIGUOUS,
    YEAR_WORDS,
)

_NUMERIC_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")


class DateScan:
    """The date parsers; the class that mixes them in has ``norms`` and the ``norm``,
    ``joined`` and ``is_digit`` helpers."""

    def month(self, k: int) -> tuple[int, int] | None:
        """A month name at k: (end, month number or 0 for Hijri)."""
        w = self.norm(k)
        two = (w, self.norm(k + 1)) if self.joined(k + 1) else (w, "")
        if two in MONTHS:
            end, m = k + 2, MONTHS[two]
        elif two in HIJRI:
            end, m = k + 2, 0
        elif w in MONTHS:
            end, m = k + 1, MONTHS[w]
        elif w in HIJRI:
            end, m = k + 1, 0
        else:
            return None
        # "نوفمبر/تشرين الثاني" or "تشرين الثاني (نوفمبر)": one month written twice.
        if self.norm(end) in ("/", "(") and self.joined(end):
            alt = self.month(end + 1) if self.joined(end + 1) else None
            if alt:
                end = alt[0]
                if self.norm(end) == ")":
                    end += 1
        return end, m

    def year_at(self, k: int) -> bool:
        w = self.norm(k)
        return bool(re.fullmatch(r"\d{4}", w)) and 1000 <= int(w) <= 2200 or bool(
            re.fullmatch(r"\d{3,4}", w) and self.norm(k + 1) in ("م", "ه"))

    def era(self, k: int) -> int:
        """Skip an era mark after a year (م، هـ، ميلادي، هجري)."""
        if self.joined(k) and self.norm(k) in ("م", "ه", "ميلادي", "هجري", "ميلاديه", "هجريه"):
            return k + 1
        return k

    def date(self, i: int) -> tuple[int, int] | None:
        """A DATE starting at token i: (start, end)."""
        w = self.norm(i)
        variants = clitic_variants(w)
        # Numeric dates: 2023/11/12, 12-11-2023, 12.11.2023
        m = _NUMERIC_DATE.match(w)
        if m and _plausible_date(m.groups()):
            return i, i + 1
        if self.is_digit(i) and self.norm(i + 1) in ("/", "-") and self.is_digit(i + 2) and \
                self.norm(i + 3) in ("/", "-") and self.is_digit(i + 4) and all(
                self.joined(k) for k in range(i + 1, i + 5)):
            if _plausible_date((w, self.norm(i + 2), self.norm(i + 4))):
                return i, i + 5
        # يوم الاثنين، الخميس الماضي
        k = i
        if "يوم" in variants and self.norm(i + 1) in WEEKDAYS and self.joined(i + 1):
            k = i + 1
        if self.norm(k) in WEEKDAYS or any(v in WEEKDAYS for v in variants):
            end = k + 1
            if self.joined(end) and self.norm(end) in RELATIVE_ANCHORS:
                end += 1
            tail = self.day_month(end + 1 if self.norm(end) == "الموافق" else end)
            if tail and self.joined(end):
                end = tail
            ambiguous = self.norm(k) in WEEKDAYS_AMBIGUOUS and k == i
            if ambiguous and end == k + 1 and self.norm(i - 1) not in DATE_PREPS:
                return None
            return i, end
        # شهر نوفمبر، 12 نوفمبر 2023، نوفمبر 2023
        if "شهر" in variants and self.joined(i + 1) and self.month(i + 1):
            return i, self.day_month(i + 1) or i + 1
        dm = self.day_month(i)
        if dm:
            return i, dm
        # عام 2020، العام الماضي، الشهر المقبل
        if any(v in YEAR_WORDS for v in variants) and self.joined(i + 1) and self.year_at(i + 1):
            return i, self.era(i + 2)
        if any(v in RELATIVE_UNITS for v in variants) and self.joined(i + 1) and \
                self.norm(i + 1) in RELATIVE_ANCHORS:
            return i, i + 2
        if any(v in PERIOD_PARTS for v in variants) and self.norm(i + 1) in ORDINALS and \
                self.joined(i + 1):
            end = i + 2
            if self.norm(end) == "من" and self.joined(end):
                tail = self.year_phrase(end + 1)
                if tail:
                    return i, tail
            tail = self.year_phrase(end)
            if tail:
                return i, tail
            if self.norm(end) in RELATIVE_ANCHORS:
                return i, end + 1
            return None
        if w in ("امس", "البارحه"):
            return i, i + 2 if self.norm(i + 1) == "الاول" and self.joined(i + 1) else i + 1
        # في 2020، منذ 1990
        if self.year_at(i) and self.norm(i - 1) in DATE_PREPS and self.joined(i) and \
                self.norm(i + 1) not in UNITS and self.norm(i + 1) not in COUNTED:
            return i, self.era(i + 1)
        return None

    def year_phrase(self, k: int) -> int | None:
        """عام 2020 / العام الجاري / 2020 at k: its end, or None."""
        if not self.joined(k):
            return None
        if self.year_at(k):
            return self.era(k + 1)
        if self.norm(k) in YEAR_WORDS and self.joined(k + 1):
            if self.year_at(k + 1):
                return self.era(k + 2)
            if self.norm(k + 1) in RELATIVE_ANCHORS:
                return k + 2
        return None

    def day_month(self, i: int) -> int | None:
        """[day] month [year] starting at i; None unless a month is there."""
        k = i
        day = None
        if self.is_digit(k) and self.norm(k).isdigit() and 1 <= int(self.norm(k)) <= 31 \
                and self.joined(k + 1):
            day = k
            k += 1
        mon = self.month(k)
        if mon is None:
            return None
        end, number = mon
        word = self.norm(k)
        if self.joined(end) and self.year_at(end):
            end = self.era(end + 1)
        elif self.joined(end) and self.norm(end) in RELATIVE_ANCHORS:
            end += 1
        elif self.joined(end) and self.norm(end) in ("من", "لعام", "للعام") and \
                self.norm(end + 1) in ("عام", "العام") and self.year_at(end + 2):
            end = self.era(end + 3)
        elif day is None:
            contextual = word in MONTHS_NEED_CONTEXT or number == 0
            before = self.norm(i - 1)
            if contextual and before not in DATE_PREPS and before != "شهر":
                return None
        return end


def _plausible_date(parts) -> bool:
    a, b, c = (int(p) for p in parts)
    if a > 31:
        y, mo, d = a, b, c
    else:
        d, mo, y = a, b, c
    return 1 <= mo <= 12 and 1 <= d <= 31 and 1000 <= y <= 2200
