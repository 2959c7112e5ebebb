"""Shared last steps: dates, titles."""

from datetime import datetime, UTC

import pytest

from reader.core.importers.base import clean_title, first_line, normalize_date


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-10T08:30:00+03:00", "2024-03-10"),
        ("2024-03-10 08:30:00Z", "2024-03-10"),
        ("2024-03-10", "2024-03-10"),
        ("2024/3/9", "2024-03-09"),
        ("D:20210412103000", "2021-04-12"),  # PDF-style
        ("Tue, 12 Apr 2022 10:00:00 +0000", "2022-04-12"),
        ("12 April 2022", "2022-04-12"),
        (datetime(2020, 1, 2, 3, 4, tzinfo=UTC), "2020-01-02"),
        ("الثلاثاء 12 أبريل", "الثلاثاء 12 أبريل"),  # kept as written
        ("2024-13-45", "2024-13-45"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_clean_title():
    assert clean_title("  عنوان\n  على سطرين ") == "عنوان على سطرين"
    long = "كلمة " * 100
    cut = clean_title(long)
    assert len(cut) <= 201 and cut.endswith("…") and not cut.endswith(" …")


def test_first_line_skips_blank_lines_and_bullets():
    assert first_line("\n\n  • البند الأول\nالثاني") == "البند الأول"
    assert first_line("\n \n") == ""
