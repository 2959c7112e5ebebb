"""Dates and times as a reader writes them, not as the library stores them.

The library stores UTC timestamps in ISO 8601 (2026-12-05T13:17:03.830Z). They are shown in
local time and in a locale: the interface's in the window (Arabic months and digits in the
Arabic interface), the user's own for the command line ("December 5, 2026, 1:17 PM",
"٥ ديسمبر ٢٠٢٦، ١:١٧ م"). The weekday of the locale's long format is left out.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

_WEEKDAY = re.compile(r"dddd[,،]?\s*|\s*[,،]?\s*dddd")


def reading_locale() -> QLocale:
    """Qt's default locale (the interface's; the system's for the command line), with the
    bare "C" locale of a server or a container taken as United States English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_day(date: QDate, locale: QLocale | None = None) -> str:
    locale = locale or reading_locale()
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat), count=1).strip()
    return locale.toString(date, pattern)


def _parse(text: str) -> QDateTime:
    for fmt in (Qt.DateFormat.ISODateWithMs, Qt.DateFormat.ISODate):
        moment = QDateTime.fromString(text.strip(), fmt)
        if moment.isValid():
            return moment
    return QDateTime()


def format_timestamp(iso: str, locale: QLocale | None = None) -> str:
    """A stored timestamp in local time and ``locale``; text that is not one, as it is."""
    moment = _parse(iso) if iso else QDateTime()
    if not moment.isValid():
        return iso
    locale = locale or reading_locale()
    moment = moment.toLocalTime()
    time = locale.toString(moment.time(), locale.timeFormat(QLocale.FormatType.ShortFormat))
    comma = "، " if locale.language() == QLocale.Language.Arabic else ", "
    return format_day(moment.date(), locale) + comma + time


def format_date(text: str, locale: QLocale | None = None) -> str:
    """An article's date (2024-03-01) in ``locale``; other text as it is."""
    date = QDate.fromString(text.strip(), Qt.DateFormat.ISODate) if text else QDate()
    return format_day(date, locale) if date.isValid() else text
