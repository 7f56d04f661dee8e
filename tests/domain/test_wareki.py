"""和暦: formatting on era boundaries, and every date form staff type."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_desk.domain.wareki import format_wareki, parse_date
from privacy_desk.errors import InvalidInput, Text


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(1873, 1, 1), "明治6年1月1日"),  # Japan adopts the Gregorian calendar
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(2026, 12, 31), "令和8年12月31日"),
    ],
)
def test_format_wareki(day, text):
    assert format_wareki(day) == text


def test_weekday_in_full_width_parentheses():
    assert format_wareki(date(2027, 2, 22), weekday=True) == "令和9年2月22日（月）"
    assert format_wareki(date(2026, 4, 1), weekday=True) == "令和8年4月1日（水）"
    assert format_wareki(date(2019, 5, 1), weekday=True) == "令和元年5月1日（水）"


def test_no_era_before_the_gregorian_calendar():
    with pytest.raises(ValueError):
        format_wareki(date(1872, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-04-01", date(2026, 4, 1)),
        ("2026/4/1", date(2026, 4, 1)),
        ("2026年4月1日", date(2026, 4, 1)),
        ("R8.4.1", date(2026, 4, 1)),
        ("R8/4/1", date(2026, 4, 1)),
        ("r8.4.1", date(2026, 4, 1)),
        ("令和8年4月1日", date(2026, 4, 1)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("R元.5.1", date(2019, 5, 1)),
        ("H31.4.30", date(2019, 4, 30)),
        ("S64.1.7", date(1989, 1, 7)),
        ("H1.1.8", date(1989, 1, 8)),
        ("T15.12.24", date(1926, 12, 24)),
        ("M45.7.29", date(1912, 7, 29)),
        ("M6.1.1", date(1873, 1, 1)),
        ("Ｒ８．４．１", date(2026, 4, 1)),  # full-width, as an IME leaves it
        ("２０２６－０４－０１", date(2026, 4, 1)),
        ("令和８年４月１日", date(2026, 4, 1)),
        ("ｈ３１／４／３０", date(2019, 4, 30)),
        ("  R8.4.1\t", date(2026, 4, 1)),
        ("\u3000令和8年4月1日\u3000", date(2026, 4, 1)),  # ideographic spaces
        ("令和 8 年 4 月 1 日", date(2026, 4, 1)),
        ("㋿8.4.1", date(2026, 4, 1)),  # the one-character era sign
        ("令和8年4月1日（水）", date(2026, 4, 1)),  # as format_wareki writes it with the weekday
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "tomorrow", "R8.4", "2026-04", "X8.4.1", "2026-04-01T10:00", "1.2.3"]
)
def test_garbage_is_not_a_date(text):
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.message == "Not a date: {text}"
    assert caught.value.params == {"text": text}


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-45", "R8.2.30", "令和8年4月31日", "H31.0.1"])
def test_impossible_days(text):
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.message == "There is no such day: {text}"
    assert caught.value.params == {"text": text}


@pytest.mark.parametrize(
    ("text", "era", "last"),
    [
        ("H31.5.1", "Heisei", "2019-04-30"),
        ("平成32年1月1日", "Heisei", "2019-04-30"),
        ("S64.1.8", "Showa", "1989-01-07"),
        ("T15.12.25", "Taisho", "1926-12-24"),
        ("M45.7.30", "Meiji", "1912-07-29"),
    ],
)
def test_a_date_after_its_era_ended(text, era, last):
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.message == "{text} is after the {era} era, which ended on {last}."
    assert caught.value.params == {"text": text, "era": Text("Era", era), "last": last}
    assert caught.value.english() == f"{text} is after the {era} era, which ended on {last}."


@pytest.mark.parametrize(
    ("text", "era", "first"),
    [
        ("R1.4.30", "Reiwa", "2019-05-01"),
        ("令和元年4月30日", "Reiwa", "2019-05-01"),
        ("H1.1.7", "Heisei", "1989-01-08"),
        ("S1.12.24", "Showa", "1926-12-25"),
        ("T1.7.29", "Taisho", "1912-07-30"),
    ],
)
def test_a_date_before_its_era_began(text, era, first):
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.message == "{text} is before the {era} era, which began on {first}."
    assert caught.value.params == {"text": text, "era": Text("Era", era), "first": first}


@pytest.mark.parametrize("text", ["M5.12.31", "1872-12-31", "0001-01-01"])
def test_dates_before_the_gregorian_calendar_are_refused(text):
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.params == {"text": text, "first": "1873-01-01"}
    assert "{text}" in caught.value.message


def test_a_weekday_that_contradicts_the_date_is_refused():
    with pytest.raises(InvalidInput) as caught:
        parse_date("令和8年4月1日（木）")
    assert caught.value.message == "The weekday does not match the date: {text}"
    assert caught.value.params == {"text": "令和8年4月1日（木）"}


def test_the_error_names_the_text_as_typed_not_as_normalised():
    with pytest.raises(InvalidInput) as caught:
        parse_date(" Ｈ３１．５．１ ")
    assert caught.value.params["text"] == " Ｈ３１．５．１ "


days_since_gregorian = st.dates(min_value=date(1873, 1, 1), max_value=date(2100, 12, 31))


@settings(database=None, max_examples=300)
@given(days_since_gregorian, st.booleans())
def test_wareki_round_trips(day, weekday):
    assert parse_date(format_wareki(day, weekday=weekday)) == day


@settings(database=None)
@given(days_since_gregorian)
def test_iso_round_trips(day):
    assert parse_date(day.isoformat()) == day
