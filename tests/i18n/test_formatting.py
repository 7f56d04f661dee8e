"""Dates, times, numbers and lists in Japanese and English (babel)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.i18n.formatting import (
    format_date,
    format_datetime,
    format_list,
    format_number,
    format_weekday,
)

DAY = date(2026, 4, 1)
MOMENT = datetime(2026, 3, 31, 15, 30, tzinfo=UTC)  # 2026-04-01 00:30 in Tokyo


def plain(text: str) -> str:
    """CLDR puts a narrow no-break space before AM/PM; compare with ordinary spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("lang", "style", "expected"),
    [
        ("ja", "short", "2026/04/01"),
        ("ja", "medium", "2026/04/01"),
        ("ja", "long", "2026年4月1日"),
        ("ja", "wareki", "令和8年4月1日"),
        ("en", "short", "4/1/2026"),  # the whole year: CLDR's own short date is 4/1/26
        ("en-GB", "short", "01/04/2026"),
        ("en", "medium", "Apr 1, 2026"),
        ("en", "long", "April 1, 2026"),
        ("en", "wareki", "April 1, 2026"),  # no era calendar in English: the long date
    ],
)
def test_format_date(lang, style, expected):
    assert format_date(DAY, lang, style=style) == expected


def test_medium_is_the_default_style():
    assert format_date(DAY, "en") == "Apr 1, 2026"


def test_an_unknown_style_is_a_programming_error():
    with pytest.raises(ValueError):
        format_date(DAY, "en", style="fancy")


def test_format_datetime_shows_the_office_zone():
    assert format_datetime(MOMENT, "ja") == "2026/04/01 0:30"
    assert plain(format_datetime(MOMENT, "en")) == "Apr 1, 2026, 12:30 AM"
    assert format_datetime(MOMENT, "ja", "Asia/Tokyo", style="wareki") == "令和8年4月1日 0:30"
    assert plain(format_datetime(MOMENT, "en", style="short")) == "4/1/2026, 12:30 AM"


def test_format_datetime_in_another_zone():
    assert format_datetime(MOMENT, "ja", ZoneInfo("Europe/Berlin")) == "2026/03/31 17:30"
    assert format_datetime(MOMENT, "ja", "UTC") == "2026/03/31 15:30"


def test_a_naive_datetime_is_refused():
    with pytest.raises(ValueError):
        format_datetime(datetime(2026, 4, 1, 10, 0), "ja")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_format_number(lang):
    assert format_number(1234567, lang) == "1,234,567"
    assert format_number(1234.5, lang) == "1,234.5"


def test_format_list():
    assert format_list(["開示", "訂正", "利用停止"], "ja") == "開示、訂正、利用停止"
    assert format_list(["disclosure", "correction", "erasure"], "en") == "disclosure, correction, and erasure"
    assert format_list(["disclosure", "correction"], "en") == "disclosure and correction"
    assert format_list(iter(["one"]), "en") == "one"


def test_format_weekday():
    assert format_weekday(DAY, "ja") == "水曜日"
    assert format_weekday(DAY, "en") == "Wednesday"
    assert format_weekday(DAY, "ja", width="abbreviated") == "水"
    assert format_weekday(DAY, "en", width="abbreviated") == "Wed"
