"""Stored due dates (services/cases/due_dates.py) equal the computed ones after every step that moves
a deadline, after the office changes its settings, and for a case whose clock runs with the day; the
list filters and sorts by them (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from datetime import date, timedelta

from helpers.factories import make_case, make_person, today
from sqlalchemy import select

from privacy_desk.config import COMPANY_CLOSURES, INTERNAL_DUE_DAYS
from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.requests import RequestType
from privacy_desk.services.cases import CaseFilter
from privacy_desk.services.cases.due_dates import refresh_due_dates
from privacy_desk.services.cases.records import CaseSort
from privacy_desk.storage.models import Case


def stored(services, case_id: int) -> tuple[date | None, date | None]:
    with services.db.transaction() as session:
        due, gdpr_due = session.execute(select(Case.due_on, Case.gdpr_due_on).where(Case.id == case_id)).one()
        return due, gdpr_due


def computed(services, case_id: int) -> tuple[date, date | None]:
    (row,) = services.cases.rows([case_id])  # computed from the facts and pauses (domain/case_deadlines)
    return row.due, row.gdpr_due


def test_every_step_that_moves_a_deadline_stores_it(services):
    actor, day = services.actor, today(services)
    person = make_person(services)
    case = make_case(services, person, RequestType.DISCLOSURE, days_ago=3, gdpr=True)
    case_id = case.row.id
    assert stored(services, case_id) == computed(services, case_id)
    steps = [
        lambda: services.cases.start_pause(actor, case_id, PauseReason.FEE, day - timedelta(days=2)),
        lambda: services.cases.end_pause(actor, case_id, services.cases.get(case_id).pauses[0].id, day),
        lambda: services.cases.set_received_on(actor, case_id, day - timedelta(days=9), "letter date"),
        lambda: services.cases.notify_gdpr_extension(actor, case_id, day, "many records"),
    ]
    seen = {stored(services, case_id)}
    for step in steps:
        step()
        assert stored(services, case_id) == computed(services, case_id)
        seen.add(stored(services, case_id))
    assert len(seen) >= len(steps)  # the steps moved the dates: the comparison is not of unchanged values


def test_a_settings_change_recomputes_the_stored_dates_before_the_next_read(services):
    person = make_person(services)
    ids = [make_case(services, person, t, days_ago=n).row.id for n, t in enumerate(RequestType, start=1)]
    before = {i: stored(services, i) for i in ids}
    services.settings.set(services.actor, INTERNAL_DUE_DAYS[RequestType.DISCLOSURE], 30)
    closures = [(today(services) + timedelta(days=n)).isoformat() for n in range(0, 40)]
    services.settings.set(services.actor, COMPANY_CLOSURES, closures)
    services.cases.page(CaseFilter())  # a list read refreshes what the settings made stale
    for case_id in ids:
        assert stored(services, case_id) == computed(services, case_id)
    assert any(stored(services, i) != before[i] for i in ids)


def test_a_waiting_case_moves_with_the_day(services):
    actor, day = services.actor, today(services)
    person = make_person(services)
    case_id = make_case(services, person, days_ago=5).row.id
    services.cases.start_pause(actor, case_id, PauseReason.IDENTITY_DOCUMENTS, day - timedelta(days=1))
    policy = services.cases.policy()
    later = day + timedelta(days=20)
    with services.db.transaction() as session:
        assert refresh_due_dates(session, policy, later) == 1  # only the waiting case is stale
        assert refresh_due_dates(session, policy, later) == 0
    (row,) = [r for r in services.cases.rows([case_id])]
    with services.db.transaction() as session:
        due_later = session.scalar(select(Case.due_on).where(Case.id == case_id))
    assert due_later is not None and due_later > row.due  # the clock stood still for 20 more days


def test_the_list_filters_and_sorts_by_the_stored_dates_as_computed(services):
    person = make_person(services)
    for n, kind in enumerate([*RequestType, *RequestType]):
        make_case(services, person, kind, days_ago=3 * n)
    rows = services.cases.page(CaseFilter(), limit=100).rows
    by_due = sorted(rows, key=lambda r: (r.due, r.ref))
    assert [r.ref for r in services.cases.page(CaseFilter(), sort=CaseSort.DUE).rows] == [
        r.ref for r in by_due
    ]
    overdue = {r.ref for r in rows if r.deadline_status is not None and r.deadline_status.value == "overdue"}
    assert overdue and {r.ref for r in services.cases.page(CaseFilter(overdue=True)).rows} == overdue
    second = services.cases.page(CaseFilter(), sort=CaseSort.DUE, offset=5, limit=5)
    assert [r.ref for r in second.rows] == [r.ref for r in by_due[5:10]]


def test_a_database_opened_for_reading_only_lists_by_the_dates_last_stored(tmp_path):
    from privacy_desk.services.container import open_services

    path = tmp_path / "office.sqlite3"
    url = f"sqlite:///{path}"
    services = open_services(url, login="tester")
    person = make_person(services)
    case_id = make_case(services, person, days_ago=5).row.id
    day = today(services)
    services.cases.start_pause(services.actor, case_id, PauseReason.FEE, day - timedelta(days=1))
    stored_then = stored(services, case_id)
    services.close()
    path.chmod(0o444)  # a file this desk may only read (root too: the missing write bits say so)
    services = open_services(url, login="tester")
    try:
        policy = services.cases.policy()
        with services.db.transaction() as session:  # a later day: the waiting case's dates are stale
            assert refresh_due_dates(session, policy, day + timedelta(days=3)) == 0  # not written, no error
        assert [r.id for r in services.cases.page(CaseFilter()).rows] == [case_id]
        assert stored(services, case_id) == stored_then
    finally:
        services.close()


def test_a_read_that_another_desk_wrote_behind_lists_by_the_dates_last_stored(tmp_path):
    """SQLite (WAL): a read transaction cannot write once another connection committed after it began;
    the list then shows the stored dates instead of failing, and the next read recomputes them."""
    from privacy_desk.services.container import open_services

    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    services = open_services(url, login="tester")
    other = open_services(url, login="tester")
    try:
        person = make_person(services)
        case_id = make_case(services, person, days_ago=5).row.id
        day = today(services)
        services.cases.start_pause(services.actor, case_id, PauseReason.FEE, day - timedelta(days=1))
        policy = services.cases.policy()
        with services.db.transaction() as session:
            session.execute(select(Case.id)).all()  # the read's snapshot is taken here
            make_person(other)  # another desk commits a change
            assert refresh_due_dates(session, policy, day + timedelta(days=3)) == 0  # no error
        assert refresh_due_dates_later(services, policy, day + timedelta(days=3)) == 1
    finally:
        other.close()
        services.close()


def refresh_due_dates_later(services, policy, day) -> int:
    with services.db.transaction() as session:
        return refresh_due_dates(session, policy, day)
