"""Pauses move the internal due date by the days the desk waited; statutory dates never move."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacy_desk.domain.case_deadlines import (
    DeadlineStatus,
    Pause,
    PauseReason,
    case_deadline_status,
    case_deadlines,
    paused_days,
    paused_due_date,
)
from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.requests import RequestPolicy, RequestType
from privacy_desk.errors import InvalidInput

CALENDAR = ClosureCalendar()
POLICY = RequestPolicy(internal_due_days=dict.fromkeys(RequestType, 14))
APRIL_1 = date(2026, 4, 1)  # a Wednesday; +14 is Wednesday 15 April, an open day


def due(received: date, *pauses: Pause, today: date | None = None, days: int = 14) -> date:
    return paused_due_date(
        received,
        due_days=days,
        pauses=pauses,
        today=today or received + timedelta(days=400),
        calendar=CALENDAR,
    )


def test_without_pauses_the_due_date_is_the_policy_date():
    assert due(APRIL_1) == date(2026, 4, 15)
    assert case_deadlines(
        RequestType.DISCLOSURE, APRIL_1, calendar=CALENDAR, policy=POLICY, today=APRIL_1
    ).due == date(2026, 4, 15)


def test_a_closed_pause_moves_the_due_date_by_its_calendar_days():
    # Asked for documents on Friday 3 April, they arrived on Sunday 5 April: two days stood still.
    assert due(APRIL_1, Pause(date(2026, 4, 3), date(2026, 4, 5), PauseReason.IDENTITY_DOCUMENTS)) == date(
        2026, 4, 17
    )


def test_an_open_pause_counts_up_to_today():
    waiting = Pause(date(2026, 4, 3), None, PauseReason.FEE)
    assert waiting.is_open
    assert due(APRIL_1, waiting, today=date(2026, 4, 3)) == date(2026, 4, 15)  # asked today: nothing yet
    assert due(APRIL_1, waiting, today=date(2026, 4, 4)) == date(2026, 4, 16)
    assert due(APRIL_1, waiting, today=date(2026, 4, 10)) == date(2026, 4, 22)


def test_the_moved_date_goes_back_to_the_last_open_day():
    # 15 April + 3 = Saturday 18 April → Friday 17 April.
    assert due(APRIL_1, Pause(date(2026, 4, 3), date(2026, 4, 6))) == date(2026, 4, 17)


def test_pauses_add_up_and_overlaps_count_once():
    first = Pause(date(2026, 4, 3), date(2026, 4, 5))
    second = Pause(date(2026, 4, 4), date(2026, 4, 7))  # overlaps the first on 4 April
    later = Pause(date(2026, 4, 9), date(2026, 4, 10))
    assert paused_days([first, second, later], received=APRIL_1, today=date(2026, 5, 1)) == 5
    assert due(APRIL_1, first, second, later) == date(2026, 4, 20)  # 15 + 5 = Monday 20 April


def test_a_pause_inside_another_adds_nothing():
    outer = Pause(date(2026, 4, 3), date(2026, 4, 10))
    inner = Pause(date(2026, 4, 5), date(2026, 4, 6))
    assert paused_days([inner, outer], received=APRIL_1, today=date(2026, 5, 1)) == 7


def test_days_before_arrival_do_not_count():
    early = Pause(date(2026, 3, 28), date(2026, 4, 3))
    assert paused_days([early], received=APRIL_1, today=date(2026, 5, 1)) == 2


def test_a_pause_counts_from_the_raw_policy_target_not_the_moved_one():
    # Received Friday 3 April: +14 is Friday 17 April. Received Saturday 4 April: +14 is Saturday
    # 18 April → Friday 17. A three-day pause must give the Saturday case Tuesday 21, not Monday 20.
    saturday = date(2026, 4, 4)
    assert due(saturday) == date(2026, 4, 17)
    assert due(saturday, Pause(date(2026, 4, 6), date(2026, 4, 9))) == date(2026, 4, 21)


def test_golden_week_and_a_pause():
    # Received Monday 20 April 2026: +14 is Monday 4 May (みどりの日); 3–6 May are closed, so the
    # policy date is Friday 1 May. A one-day pause still lands in the holidays; a three-day one on
    # Thursday 7 May.
    received = date(2026, 4, 20)
    assert due(received) == date(2026, 5, 1)
    assert due(received, Pause(date(2026, 4, 21), date(2026, 4, 22))) == date(2026, 5, 1)
    assert due(received, Pause(date(2026, 4, 21), date(2026, 4, 24))) == date(2026, 5, 7)


def test_the_year_end_closure_and_a_pause():
    # Received Tuesday 15 December 2026: +14 is 29 December (closed until 3 January) → Monday 28.
    received = date(2026, 12, 15)
    assert due(received) == date(2026, 12, 28)
    assert due(received, Pause(date(2026, 12, 16), date(2026, 12, 23))) == date(2027, 1, 5)


def test_a_company_closure_day_is_skipped_too():
    calendar = ClosureCalendar(company_closures=frozenset({date(2026, 4, 17)}))
    pause = Pause(date(2026, 4, 3), date(2026, 4, 5))
    assert paused_due_date(
        APRIL_1, due_days=14, pauses=[pause], today=date(2026, 5, 1), calendar=calendar
    ) == date(2026, 4, 16)


def test_a_pause_cannot_end_before_it_starts():
    with pytest.raises(InvalidInput):
        Pause(date(2026, 4, 5), date(2026, 4, 3))


def test_statutory_dates_do_not_pause():
    pauses = [Pause(date(2026, 4, 3), date(2026, 4, 13), PauseReason.CLARIFICATION)]
    paused = case_deadlines(
        RequestType.DISCLOSURE,
        APRIL_1,
        calendar=CALENDAR,
        policy=POLICY,
        pauses=pauses,
        today=date(2026, 4, 20),
        gdpr=True,
    )
    plain = case_deadlines(
        RequestType.DISCLOSURE, APRIL_1, calendar=CALENDAR, policy=POLICY, today=date(2026, 4, 20), gdpr=True
    )
    assert paused.paused_days == 10
    assert paused.due == date(2026, 4, 24) and plain.due == date(2026, 4, 15)
    assert paused.policy_due == plain.policy_due == date(2026, 4, 15)
    assert paused.lawsuit_possible_from == plain.lawsuit_possible_from == date(2026, 4, 16)
    assert paused.gdpr_due == plain.gdpr_due is not None


def test_a_purpose_notice_has_no_lawsuit_date_to_move():
    result = case_deadlines(
        RequestType.PURPOSE,
        APRIL_1,
        calendar=CALENDAR,
        policy=POLICY,
        pauses=[Pause(date(2026, 4, 2), None)],
        today=date(2026, 4, 4),
    )
    assert result.lawsuit_possible_from is None
    assert result.due == date(2026, 4, 17)
    assert result.gdpr_due is None and not result.gdpr_extended


def test_a_gdpr_extension_notice_gives_three_months_from_receipt():
    result = case_deadlines(
        RequestType.DISCLOSURE,
        date(2026, 1, 31),
        calendar=CALENDAR,
        policy=POLICY,
        today=date(2026, 2, 10),
        gdpr=True,
        gdpr_extension_notice_on=date(2026, 2, 20),
    )
    assert result.gdpr_extended
    assert result.gdpr_due == date(2026, 4, 30)


@given(
    received=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    waits=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 20)), max_size=4),
)
def test_any_pauses_give_an_open_day_no_earlier_and_no_later_than_they_should(received, waits):
    pauses = [Pause(received + timedelta(days=a), received + timedelta(days=a + n)) for a, n in waits]
    total = paused_days(pauses, received=received, today=received + timedelta(days=400))
    assert total <= sum(n for _, n in waits)
    result = due(received, *pauses)
    assert not CALENDAR.is_closed(result)
    target = received + timedelta(days=14 + total)
    assert target - timedelta(days=9) <= result <= target
    assert result >= due(received)


# --- status ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 4, 10), DeadlineStatus.ON_TRACK),
        (date(2026, 4, 11), DeadlineStatus.ON_TRACK),
        (date(2026, 4, 12), DeadlineStatus.DUE_SOON),  # three days before
        (date(2026, 4, 15), DeadlineStatus.DUE_SOON),  # the due day itself
        (date(2026, 4, 16), DeadlineStatus.OVERDUE),
    ],
)
def test_deadline_status(today, expected):
    assert case_deadline_status(date(2026, 4, 15), today, 3) is expected


def test_with_no_warning_days_only_the_due_day_is_due_soon():
    assert case_deadline_status(date(2026, 4, 15), date(2026, 4, 14), 0) is DeadlineStatus.ON_TRACK
    assert case_deadline_status(date(2026, 4, 15), date(2026, 4, 15), 0) is DeadlineStatus.DUE_SOON


def test_labels():
    assert DeadlineStatus.OVERDUE.label == "Overdue"
    assert {r.label for r in PauseReason} == {
        "Waiting for identity documents",
        "Waiting for the fee",
        "Waiting for a clarification",
    }
