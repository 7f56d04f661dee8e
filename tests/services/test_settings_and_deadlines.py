"""Office settings drive the deadline answers staff see."""

from __future__ import annotations

from datetime import date

import pytest

from privacy_desk.config import COMPANY_CLOSURES, INTERNAL_DUE_DAYS, OFFICE_TIMEZONE
from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import InvalidInput, PermissionDenied
from privacy_desk.services.container import open_services


def test_defaults_follow_the_design(services):
    result = services.deadlines.request(RequestType.DISCLOSURE, date(2026, 4, 1))
    assert result.due == date(2026, 4, 15)  # +14 is a Wednesday, not a closure day
    assert result.lawsuit_possible_from == date(2026, 4, 16)
    assert services.settings.get(OFFICE_TIMEZONE) == "Asia/Tokyo"


def test_a_company_closure_moves_the_internal_due_date_back(services):
    services.settings.set(services.actor, COMPANY_CLOSURES, ["2026-04-15", "2026-04-14"])
    assert services.deadlines.request(RequestType.DISCLOSURE, date(2026, 4, 1)).due == date(2026, 4, 13)


def test_policy_days_per_request_type_are_editable(services):
    services.settings.set(services.actor, INTERNAL_DUE_DAYS[RequestType.CORRECTION], 7)
    assert services.deadlines.request(RequestType.CORRECTION, date(2026, 4, 1)).due == date(2026, 4, 8)
    assert services.deadlines.request(RequestType.DISCLOSURE, date(2026, 4, 1)).due == date(2026, 4, 15)


def test_only_an_administrator_edits_office_settings(services, db_url):
    desk = open_services(db_url, login="desk-person")
    try:
        with pytest.raises(PermissionDenied):
            desk.settings.set(desk.actor, INTERNAL_DUE_DAYS[RequestType.DISCLOSURE], 3)
    finally:
        desk.close()
    assert services.settings.get(INTERNAL_DUE_DAYS[RequestType.DISCLOSURE]) == 14


@pytest.mark.parametrize("value", [0, 366, "14", True])
def test_due_days_out_of_range_are_refused(services, value):
    with pytest.raises(InvalidInput):
        services.settings.set(services.actor, INTERNAL_DUE_DAYS[RequestType.DISCLOSURE], value)


def test_an_unknown_time_zone_is_refused(services):
    with pytest.raises(InvalidInput):
        services.settings.set(services.actor, OFFICE_TIMEZONE, "Mars/Olympus")
