"""Breach reports, docs/ARCHITECTURE.md §4: 速報 aware + 3 / + 5 calendar days; 確報 aware + 29
(+ 59 malicious) moved forward past closure days; GDPR 72 hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.domain.breaches import BreachTrigger, breach_deadlines
from privacy_desk.domain.closures import ClosureCalendar

TOKYO = ZoneInfo("Asia/Tokyo")
CALENDAR = ClosureCalendar()


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TOKYO)


def final(aware: date, *, malicious: bool = False, calendar: ClosureCalendar = CALENDAR) -> date:
    return breach_deadlines(at(aware), malicious=malicious, calendar=calendar).final_due


def test_triggers_and_their_labels():
    assert [t.value for t in BreachTrigger] == ["sensitive", "financial", "malicious", "over_1000"]
    labels = [t.label for t in BreachTrigger]
    assert all(labels) and len(set(labels)) == 4


def test_final_report_on_an_open_day_stays():
    assert final(date(2026, 4, 1)) == date(2026, 4, 30)  # the aware day is day 1 of 30


def test_final_report_in_new_year_moves_to_the_first_open_day():
    # 2026-12-01 + 29 = 2026-12-30, closed until 3 January.
    assert final(date(2026, 12, 1)) == date(2027, 1, 4)


@pytest.mark.parametrize(
    ("aware", "expected"),
    [
        (date(2024, 4, 7), date(2024, 5, 7)),  # + 29 = 2024-05-06, 振替休日 (Monday)
        (date(2025, 4, 7), date(2025, 5, 7)),  # + 29 = 2025-05-06, 振替休日 (Tuesday)
    ],
)
def test_final_report_on_a_golden_week_substitute_holiday(aware, expected):
    assert final(aware) == expected


def test_final_report_on_a_citizens_holiday():
    # + 29 = 2026-09-22 国民の休日, then 9/23 秋分の日: Thursday 9/24.
    assert final(date(2026, 8, 24)) == date(2026, 9, 24)


def test_malicious_act_gives_sixty_days():
    assert final(date(2026, 4, 1), malicious=True) == date(2026, 6, 1)  # + 59 = Saturday 5/30
    assert final(date(2026, 3, 5), malicious=True) == date(2026, 5, 7)  # + 59 = 5/3, Golden Week
    assert final(date(2026, 2, 1), malicious=True) == date(2026, 4, 1)  # + 59 = Wednesday 4/1


def test_company_closures_do_not_lengthen_the_statutory_final_report():
    # 行政機関の休日に関する法律 Art. 2 moves a period owed to the authority past its own closure days only.
    calendar = ClosureCalendar(company_closures=frozenset({date(2026, 4, 30), date(2026, 5, 1)}))
    assert final(date(2026, 4, 1), calendar=calendar) == date(2026, 4, 30)
    assert final(date(2026, 4, 1)) == date(2026, 4, 30)


def test_preliminary_report_counts_calendar_days_without_shift():
    result = breach_deadlines(at(date(2026, 12, 28)), malicious=False, calendar=CALENDAR)
    assert result.aware_day == date(2026, 12, 28)
    assert result.preliminary_target == date(2026, 12, 31)
    assert result.preliminary_due == date(2027, 1, 2)


def test_the_aware_day_is_the_office_calendar_day():
    aware_at = datetime(2026, 3, 31, 16, 0, tzinfo=UTC)  # 2026-04-01 01:00 in Tokyo
    result = breach_deadlines(aware_at, malicious=False, calendar=CALENDAR)
    assert result.aware_day == date(2026, 4, 1)
    assert result.final_due == date(2026, 4, 30)


def test_another_office_zone():
    aware_at = datetime(2026, 3, 31, 16, 0, tzinfo=UTC)
    result = breach_deadlines(
        aware_at, malicious=False, calendar=CALENDAR, office_tz=ZoneInfo("Europe/Berlin")
    )
    assert result.aware_day == date(2026, 3, 31)


def test_a_naive_datetime_is_office_local_time():
    result = breach_deadlines(datetime(2026, 4, 1, 0, 30), malicious=False, calendar=CALENDAR)
    assert result.aware_day == date(2026, 4, 1)
    assert result.gdpr_due == datetime(2026, 3, 31, 15, 30, tzinfo=UTC) + timedelta(hours=72)


def test_gdpr_is_seventy_two_hours_later_in_utc():
    result = breach_deadlines(at(date(2026, 4, 1), hour=10), malicious=False, calendar=CALENDAR)
    assert result.gdpr_due == datetime(2026, 4, 4, 1, 0, tzinfo=UTC)
    assert result.gdpr_due.utcoffset() == timedelta(0)


def test_gdpr_counts_real_hours_across_a_summer_time_change():
    # Berlin moves to summer time on 2026-03-29: 72 elapsed hours end at 13:00 local, not 12:00.
    berlin = ZoneInfo("Europe/Berlin")
    aware_at = datetime(2026, 3, 28, 12, 0, tzinfo=berlin)
    result = breach_deadlines(aware_at, malicious=False, calendar=CALENDAR)
    assert result.gdpr_due == datetime(2026, 3, 31, 11, 0, tzinfo=UTC)
    assert result.gdpr_due.astimezone(berlin).hour == 13
