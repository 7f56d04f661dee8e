"""Retention periods by the Civil Code and a holding's status on a day.

Art. 140: a period of days, weeks, months or years does not count its first day (the trigger day);
it starts the next day. Art. 143(1): weeks, months and years are counted by the calendar. Art. 143(2):
a period not counted from the start of a week, month or year ends on the day before the day of the last
week, month or year that corresponds to its starting day; when the last month has no such day, it ends
on that month's last day. A retention end is not a deadline for an act: no closure-day shift.
"""

from __future__ import annotations

from datetime import date

import pytest

from privacy_desk.domain.retention import (
    HoldingStatus,
    Period,
    PeriodUnit,
    RetentionEnd,
    holding_status,
    retention_end,
)
from privacy_desk.errors import InvalidInput


def end(text: str, trigger: date) -> RetentionEnd:
    return retention_end(Period.parse(text), trigger)


@pytest.mark.parametrize(
    ("period", "trigger", "expires_on"),
    [
        # days: the count of days from the day after the trigger
        ("1d", date(2026, 4, 1), date(2026, 4, 2)),
        ("90d", date(2026, 1, 1), date(2026, 4, 1)),  # 2 Jan is day 1, 1 Apr day 90
        ("30d", date(2024, 2, 15), date(2024, 3, 16)),  # across a leap February
        ("30d", date(2025, 12, 20), date(2026, 1, 19)),  # across the year end, no closure shift
        # weeks: start on the next day, end the day before that weekday of the last week
        ("1w", date(2026, 12, 3), date(2026, 12, 10)),  # Thursday trigger, Friday start, Thursday end
        ("2w", date(2026, 12, 25), date(2027, 1, 8)),
        # months: the day before the corresponding day
        ("1m", date(2026, 1, 1), date(2026, 2, 1)),  # starts 2 Jan, corresponding day 2 Feb
        ("6m", date(2026, 3, 15), date(2026, 9, 15)),
        ("1m", date(2026, 1, 30), date(2026, 2, 28)),  # starts 31 Jan: February has no 31st
        ("1m", date(2026, 1, 31), date(2026, 2, 28)),  # starts 1 Feb: ends the day before 1 Mar
        ("1m", date(2024, 1, 30), date(2024, 2, 29)),  # starts 31 Jan 2024: the leap February's last day
        ("3m", date(2026, 5, 30), date(2026, 8, 30)),  # starts 31 May, corresponding day 31 Aug
        ("1m", date(2026, 3, 30), date(2026, 4, 30)),  # starts 31 Mar: April has no 31st
        ("12m", date(2026, 3, 31), date(2027, 3, 31)),
        # years
        ("7y", date(2025, 3, 31), date(2032, 3, 31)),  # a fiscal year end: kept through 31 Mar 2032
        ("5y", date(2026, 12, 31), date(2031, 12, 31)),
        ("1y", date(2024, 2, 29), date(2025, 2, 28)),  # starts 1 Mar 2024: ends 28 Feb 2025
        ("1y", date(2024, 2, 28), date(2025, 2, 28)),  # starts 29 Feb 2024: no 29 Feb 2025, its month's end
        ("4y", date(2028, 2, 29), date(2032, 2, 29)),  # starts 1 Mar 2028: ends on the leap day 2032
        ("4y", date(2028, 2, 28), date(2032, 2, 28)),  # starts 29 Feb 2028: 29 Feb 2032 exists
    ],
)
def test_periods_end_by_the_civil_code(period: str, trigger: date, expires_on: date) -> None:
    result = end(period, trigger)
    assert result.expires_on == expires_on
    assert result.delete_from == date.fromordinal(expires_on.toordinal() + 1)


def test_a_year_starting_on_1_march_ends_on_the_last_day_of_february_leap_or_not() -> None:
    # Starts 1 Mar 2027; the corresponding day is 1 Mar 2028, so it ends the day before: the leap day.
    assert end("1y", date(2027, 2, 28)).expires_on == date(2028, 2, 29)
    assert end("1y", date(2027, 2, 28)).delete_from == date(2028, 3, 1)


def test_the_trigger_day_is_not_counted() -> None:
    assert end("1d", date(2026, 6, 1)) == RetentionEnd(date(2026, 6, 2), date(2026, 6, 3))


def test_no_closure_day_shift() -> None:
    # 2 Jan 2027 is a Saturday in the year-end closure: a retention end stays where the Code puts it.
    assert end("1y", date(2026, 1, 2)).expires_on == date(2027, 1, 2)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("7y", Period(7, PeriodUnit.YEARS)),
        ("6m", Period(6, PeriodUnit.MONTHS)),
        ("2w", Period(2, PeriodUnit.WEEKS)),
        ("90d", Period(90, PeriodUnit.DAYS)),
        (" 7Y ", Period(7, PeriodUnit.YEARS)),
        ("７ｙ", Period(7, PeriodUnit.YEARS)),  # full-width digits and letter
        ("９０ｄ", Period(90, PeriodUnit.DAYS)),
        ("7年", Period(7, PeriodUnit.YEARS)),
        ("6か月", Period(6, PeriodUnit.MONTHS)),
        ("６ヶ月", Period(6, PeriodUnit.MONTHS)),
        ("2週間", Period(2, PeriodUnit.WEEKS)),
        ("90日", Period(90, PeriodUnit.DAYS)),
    ],
)
def test_period_parse(text: str, period: Period) -> None:
    assert Period.parse(text) == period
    assert Period.parse(str(period)) == period  # the short form reads back


@pytest.mark.parametrize(
    "text",
    ["", "7", "y", "7x", "-1y", "0d", "1.5y", "7 years", "36526d", "101y", "9999y", "y7", "10月", "٣d"],
)
def test_period_parse_refuses_bad_input_with_a_translatable_message(text: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        Period.parse(text)
    assert raised.value.message  # a source text for the "Errors" catalogue
    assert "{" in raised.value.message  # it names what was typed or the bound


def test_a_period_made_directly_is_held_to_the_same_bound() -> None:
    # A form or a stored rule builds Period without `parse`: 9999 years would break every date from it.
    with pytest.raises(InvalidInput) as raised:
        Period(9999, PeriodUnit.YEARS)
    assert raised.value.params == {"max": 100, "count": 9999}
    with pytest.raises(InvalidInput):
        Period(0, PeriodUnit.DAYS)
    assert Period(36_525, PeriodUnit.DAYS).count == 36_525


def test_a_period_ending_after_9999_is_refused_not_a_traceback() -> None:
    with pytest.raises(InvalidInput) as raised:
        retention_end(Period(1, PeriodUnit.DAYS), date(9999, 12, 31))
    assert raised.value.params == {"day": "9999-12-31"}
    with pytest.raises(InvalidInput):
        retention_end(Period(100, PeriodUnit.YEARS), date(9950, 1, 1))
    assert retention_end(Period(100, PeriodUnit.YEARS), date(2026, 3, 31)).expires_on == date(2126, 3, 31)


def test_the_status_of_a_holding_on_a_day() -> None:
    due = date(2026, 12, 1)
    assert holding_status(as_of=date(2026, 11, 30), delete_from=due) is HoldingStatus.KEPT
    assert holding_status(as_of=due, delete_from=due) is HoldingStatus.DUE
    assert holding_status(as_of=date(2026, 12, 2), delete_from=due) is HoldingStatus.OVERDUE
    assert holding_status(as_of=date(2026, 12, 5), delete_from=due, grace_days=7) is HoldingStatus.DUE
    assert holding_status(as_of=date(2026, 12, 9), delete_from=due, grace_days=7) is HoldingStatus.OVERDUE
    assert holding_status(as_of=date(2030, 1, 1), delete_from=None) is HoldingStatus.KEPT  # no rule yet


def test_a_hold_keeps_a_holding_off_the_due_list_until_its_review_date() -> None:
    due, review = date(2026, 12, 1), date(2027, 3, 1)
    assert holding_status(as_of=date(2026, 12, 10), delete_from=due, review_on=review) is HoldingStatus.HELD
    assert holding_status(as_of=review, delete_from=due, review_on=review) is HoldingStatus.REVIEW
    assert holding_status(as_of=date(2027, 4, 1), delete_from=due, review_on=review) is HoldingStatus.REVIEW


def test_disposed_wins_over_everything() -> None:
    kwargs = {"delete_from": date(2026, 12, 1), "review_on": date(2027, 1, 1), "disposed": True}
    assert holding_status(as_of=date(2026, 12, 10), **kwargs) is HoldingStatus.DISPOSED  # type: ignore[arg-type]
