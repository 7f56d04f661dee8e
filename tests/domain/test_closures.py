"""Closure days (行政機関の休日): weekends, national holidays with 振替休日 and 国民の休日, 29 Dec–3 Jan,
and the company's own closures."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from privacy_desk.domain import closures
from privacy_desk.domain.closures import COMPANY_CLOSURE, NEW_YEAR, SATURDAY, SUNDAY, ClosureCalendar

CALENDAR = ClosureCalendar()


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 4, 4),  # Saturday
        date(2026, 4, 5),  # Sunday
        date(2026, 4, 29),  # 昭和の日
        date(2026, 5, 6),  # 振替休日 for 憲法記念日 on a Sunday
        date(2026, 9, 22),  # 国民の休日 between 敬老の日 and 秋分の日
        date(2026, 12, 29),  # 年末年始, a Tuesday
        date(2026, 12, 31),
        date(2027, 1, 2),
        date(2027, 1, 3),
    ],
)
def test_statutory_closure_days(day):
    assert CALENDAR.is_closed(day)


@pytest.mark.parametrize("day", [date(2026, 4, 1), date(2026, 12, 28), date(2027, 1, 4), date(2026, 9, 24)])
def test_ordinary_weekdays_are_open(day):
    assert not CALENDAR.is_closed(day)


def test_company_closures_are_closed_only_for_that_calendar():
    calendar = ClosureCalendar(company_closures=frozenset({date(2026, 8, 14)}))
    assert calendar.is_closed(date(2026, 8, 14))
    assert not CALENDAR.is_closed(date(2026, 8, 14))


@pytest.mark.parametrize(
    ("day", "ja", "en"),
    [
        (date(2026, 5, 6), "振替休日", "Substitute Holiday"),
        (date(2026, 9, 22), "国民の休日", "National Holiday"),
        (date(2026, 1, 1), "元日", "New Year's Day"),  # a holiday inside 年末年始: the holiday is named
        (date(2026, 5, 3), "憲法記念日", "Constitution Day"),  # a holiday on a Sunday: the holiday is named
    ],
)
def test_a_holiday_is_named_in_the_language_asked_for(day, ja, en):
    assert CALENDAR.closure_reason(day) == ja  # Japanese by default, whatever the process locale
    assert CALENDAR.closure_reason(day, language="en") == en


def test_other_reasons_are_english_source_texts_for_the_gui_to_translate():
    company = ClosureCalendar(company_closures=frozenset({date(2026, 8, 14), date(2026, 8, 15)}))
    assert (SATURDAY, SUNDAY, NEW_YEAR, COMPANY_CLOSURE) == (
        "Saturday",
        "Sunday",
        "Year-end and New Year holidays",
        "Company closure day",
    )
    assert CALENDAR.closure_reason(date(2026, 4, 4)) == SATURDAY
    assert CALENDAR.closure_reason(date(2026, 4, 5)) == SUNDAY
    assert CALENDAR.closure_reason(date(2026, 12, 30)) == NEW_YEAR
    assert CALENDAR.closure_reason(date(2027, 1, 2), language="en") == NEW_YEAR  # a Saturday too
    assert company.closure_reason(date(2026, 8, 14)) == COMPANY_CLOSURE
    assert company.closure_reason(date(2026, 8, 15)) == SATURDAY  # the statutory reason comes first


def test_an_open_day_has_no_reason():
    assert CALENDAR.closure_reason(date(2026, 4, 1)) is None


def test_previous_and_next_open_day():
    assert CALENDAR.previous_open_day(date(2026, 4, 1)) == date(2026, 4, 1)
    assert CALENDAR.next_open_day(date(2026, 4, 1)) == date(2026, 4, 1)
    assert CALENDAR.previous_open_day(date(2027, 1, 1)) == date(2026, 12, 28)
    assert CALENDAR.next_open_day(date(2027, 1, 1)) == date(2027, 1, 4)
    assert CALENDAR.previous_open_day(date(2026, 5, 6)) == date(2026, 5, 1)
    assert CALENDAR.next_open_day(date(2026, 5, 2)) == date(2026, 5, 7)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 4, 1), 0, date(2026, 4, 1)),
        (date(2026, 4, 3), 1, date(2026, 4, 6)),  # Friday + 1 = Monday
        (date(2026, 4, 6), -1, date(2026, 4, 3)),
        (date(2026, 4, 30), 3, date(2026, 5, 8)),  # 5/1, then Golden Week, 5/7, 5/8
        (date(2026, 12, 28), 1, date(2027, 1, 4)),
        (date(2026, 4, 4), 1, date(2026, 4, 6)),  # from a closed day: the next open day is the first
    ],
)
def test_add_business_days(start, n, expected):
    assert CALENDAR.add_business_days(start, n) == expected


def test_years_without_holiday_data_still_have_weekends_and_new_year():
    assert CALENDAR.is_closed(date(2150, 1, 2))
    assert CALENDAR.is_closed(date(2150, 1, 3))  # a Saturday anyway; 1/2 is a Friday
    assert not CALENDAR.is_closed(date(2150, 1, 5))


def test_holidays_are_computed_once_per_year(monkeypatch):
    calls = []
    real = holidays.Japan

    def counting(*args, **kwargs):
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    closures._national_holidays.cache_clear()
    monkeypatch.setattr(holidays, "Japan", counting)
    day = date(2031, 1, 1)
    for _ in range(3):
        for offset in range(365):
            CALENDAR.is_closed(date.fromordinal(day.toordinal() + offset))
    closures._national_holidays.cache_clear()
    assert calls == [2031]
