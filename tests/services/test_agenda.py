"""The Today agenda's sections (counts and first items, from SQL) equal a full computation in Python
over every ticket and case of a generated database, for several limits (SQLite, and PostgreSQL when
configured)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from helpers.factories import make_case, today
from sqlalchemy import insert, select

from privacy_desk.domain.tickets import OPEN_STATUSES, Channel, TicketStatus, format_ref
from privacy_desk.services.cases import CaseFilter
from privacy_desk.services.core.agenda import AgendaItem, AgendaKind, order_key
from privacy_desk.services.persons import PersonData
from privacy_desk.storage.models import Ticket

DAYS_AHEAD = 14


def _tickets(services, count: int, rng: random.Random) -> None:
    day = today(services)
    rows = []
    for number in range(1, count + 1):
        received = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) - timedelta(days=rng.randrange(60))
        rows.append(
            {
                "id": number,
                "ref": format_ref(2026, number),
                "subject": f"件名 {number}",
                "category": "inquiry",
                "channel": Channel.MAIL,
                "status": rng.choice(list(TicketStatus)),
                "from_address": "a@example.jp",
                "from_name": "A",
                "received_at": received,
                "first_response_due": rng.choice([None, day + timedelta(days=rng.randrange(-40, 30))]),
                "first_responded_at": rng.choice([None, None, received]),
                "last_message_at": received,
                "message_count": 1,
            }
        )
    with services.db.transaction() as session:
        session.execute(insert(Ticket), rows)


def _full(services, day) -> list[AgendaItem]:
    """Every item, computed the long way: every ticket read, every case's dates computed."""
    until = day + timedelta(days=DAYS_AHEAD)
    items = []
    with services.db.transaction() as session:
        for t in session.scalars(select(Ticket)):
            due = t.first_response_due
            waiting = t.merged_into_id is None and t.first_responded_at is None
            if waiting and due is not None and due <= until and TicketStatus(t.status) in OPEN_STATUSES:
                items.append(AgendaItem(due, AgendaKind.TICKET, t.ref, t.subject, category=t.category))
    for row in services.cases.rows(services.cases.case_ids(CaseFilter())):
        if row.state.is_open:
            if row.due <= until:
                items.append(AgendaItem(row.due, AgendaKind.CASE, row.ref, row.requester_name))
            if row.gdpr_due is not None and row.gdpr_due <= until:
                items.append(AgendaItem(row.gdpr_due, AgendaKind.CASE, row.ref, row.requester_name, True))
    closures = services.settings.calendar()
    for n in range(DAYS_AHEAD + 1):
        d = day + timedelta(days=n)
        reason = closures.closure_reason(d)
        if reason is not None and d.weekday() < 5:
            items.append(AgendaItem(d, AgendaKind.CLOSURE, d.isoformat(), reason))
    return sorted(items, key=order_key)


def test_sections_equal_a_full_computation(services):
    rng = random.Random(11)
    _tickets(services, 400, rng)
    actor = services.actor
    people = [services.persons.create(actor, PersonData(f"山田 {n}")) for n in range(3)]
    for n in range(30):
        case = make_case(services, rng.choice(people), days_ago=rng.randrange(40), gdpr=rng.random() < 0.3)
        if n % 6 == 0:
            services.cases.withdraw(actor, case.row.id, "電話で取り下げ")  # closed: off the agenda
    day = today(services)
    full = _full(services, day)
    overdue = [i for i in full if i.day < day]
    coming = [i for i in full if i.day >= day]
    assert len(overdue) > 40 and len(coming) > 20  # both sections are cut by the smaller limits
    for limit in (1, 7, 20, None):
        page = services.agenda.agenda_page(day, DAYS_AHEAD, limit)
        assert list(page.overdue.items) == overdue[:limit]
        assert list(page.coming.items) == coming[:limit]
        assert (page.overdue.total, page.coming.total) == (len(overdue), len(coming))
    assert [i for d in services.agenda.agenda(day, DAYS_AHEAD) for i in d.items] == full
