"""Requests (開示等の請求), docs/ARCHITECTURE.md §4: fee (Art. 38), lawsuit date (Art. 39), internal due
date, GDPR."""

from __future__ import annotations

from datetime import date

import pytest

from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.requests import (
    FEE_ALLOWED_TYPES,
    LAWSUIT_TYPES,
    RequestPolicy,
    RequestType,
    request_deadlines,
)

CALENDAR = ClosureCalendar()
POLICY = RequestPolicy.default()


def deadlines(received: date, request_type=RequestType.DISCLOSURE, **kwargs):
    kwargs.setdefault("calendar", CALENDAR)
    kwargs.setdefault("policy", POLICY)
    return request_deadlines(request_type, received, **kwargs)


def test_the_types_are_those_of_the_glossary():
    assert [t.value for t in RequestType] == [
        "purpose",
        "disclosure",
        "provision_record",
        "correction",
        "stop_use",
        "stop_provision",
    ]


def test_every_type_has_its_own_english_label():
    labels = [t.label for t in RequestType]
    assert all(labels) and len(set(labels)) == len(labels)
    assert RequestType.DISCLOSURE.label == "Disclosure"


def test_default_policy_is_fourteen_days_for_every_type():
    assert dict(POLICY.internal_due_days) == {t: 14 for t in RequestType}


def test_due_is_arrival_plus_fourteen_on_an_open_day():
    assert deadlines(date(2026, 4, 1)).due == date(2026, 4, 15)  # a Wednesday


@pytest.mark.parametrize("received", [date(2026, 4, 4), date(2026, 4, 5)])
def test_due_on_a_weekend_moves_back_to_friday(received):
    assert deadlines(received).due == date(2026, 4, 17)


def test_due_in_new_year_moves_back_across_the_whole_break():
    # 2027-01-03 is closed, and so is every day back to 29 December.
    assert deadlines(date(2026, 12, 20)).due == date(2026, 12, 28)


def test_due_in_golden_week_moves_back_before_it():
    # 2026-05-06 振替休日, 5/5, 5/4, 5/3 holidays, 5/2 Saturday: back to Friday 5/1.
    assert deadlines(date(2026, 4, 22)).due == date(2026, 5, 1)


def test_due_respects_company_closures():
    calendar = ClosureCalendar(company_closures=frozenset({date(2026, 4, 14), date(2026, 4, 15)}))
    assert deadlines(date(2026, 4, 1), calendar=calendar).due == date(2026, 4, 13)


def test_policy_days_are_per_type_and_missing_types_get_the_default():
    policy = RequestPolicy({RequestType.CORRECTION: 7})
    assert deadlines(date(2026, 4, 1), RequestType.CORRECTION, policy=policy).due == date(2026, 4, 8)
    assert deadlines(date(2026, 4, 1), RequestType.DISCLOSURE, policy=policy).due == date(2026, 4, 15)


def test_a_negative_policy_is_refused():
    with pytest.raises(ValueError):
        RequestPolicy({RequestType.CORRECTION: -1})


def test_lawsuit_possible_from_arrival_plus_fifteen():
    assert deadlines(date(2026, 4, 1)).lawsuit_possible_from == date(2026, 4, 16)


def test_lawsuit_day_is_calendar_arithmetic_without_closure_shift():
    # docs/ARCHITECTURE.md §4 states "from arrival + 15 days", with no closure rule.
    assert deadlines(date(2026, 12, 17)).lawsuit_possible_from == date(2027, 1, 1)


def test_lawsuit_date_does_not_follow_the_internal_policy():
    policy = RequestPolicy({RequestType.DISCLOSURE: 30})
    assert deadlines(date(2026, 4, 1), policy=policy).lawsuit_possible_from == date(2026, 4, 16)


@pytest.mark.parametrize("request_type", list(RequestType))
def test_lawsuit_for_every_type_but_purpose(request_type):
    result = deadlines(date(2026, 4, 1), request_type)
    if request_type is RequestType.PURPOSE:
        assert result.lawsuit_possible_from is None
    else:
        assert result.lawsuit_possible_from == date(2026, 4, 16)


def test_lawsuit_types_are_all_but_purpose():
    assert frozenset(RequestType) - LAWSUIT_TYPES == {RequestType.PURPOSE}


@pytest.mark.parametrize(
    ("request_type", "allowed"),
    [
        (RequestType.PURPOSE, True),
        (RequestType.DISCLOSURE, True),
        (RequestType.PROVISION_RECORD, True),
        (RequestType.CORRECTION, False),
        (RequestType.STOP_USE, False),
        (RequestType.STOP_PROVISION, False),
    ],
)
def test_fee_allowed_per_type(request_type, allowed):
    assert deadlines(date(2026, 4, 1), request_type).fee_allowed is allowed
    assert (request_type in FEE_ALLOWED_TYPES) is allowed


def test_no_gdpr_dates_unless_asked():
    result = deadlines(date(2026, 4, 1))
    assert result.gdpr_due is None
    assert result.gdpr_extended_due is None


@pytest.mark.parametrize(
    ("received", "due", "extended"),
    [
        (date(2026, 4, 1), date(2026, 5, 1), date(2026, 7, 1)),  # 5/1 is open; no closure shift anyway
        (date(2026, 1, 31), date(2026, 2, 28), date(2026, 4, 30)),  # clipped to the month's end
        (date(2028, 1, 31), date(2028, 2, 29), date(2028, 4, 30)),  # leap year
        (date(2026, 11, 30), date(2026, 12, 30), date(2027, 2, 28)),  # over the year end, clipped
        (date(2026, 12, 15), date(2027, 1, 15), date(2027, 3, 15)),
        (date(2026, 3, 31), date(2026, 4, 30), date(2026, 6, 30)),
    ],
)
def test_gdpr_one_month_and_three_with_the_extension(received, due, extended):
    result = deadlines(received, gdpr=True)
    assert (result.gdpr_due, result.gdpr_extended_due) == (due, extended)
