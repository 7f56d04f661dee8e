"""Junk (issue #10 item 2): marking one or many tickets junk in one audited transaction keeps them out
of Today, the Inbox's lists and counts and every filter but the Junk one; Not Junk restores them."""

from __future__ import annotations

import pytest
from helpers.factories import make_ticket, today

from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.errors import NotFound
from privacy_desk.services.tickets import TicketFilter

EVERY = TicketFilter()
JUNK = TicketFilter(statuses=frozenset({TicketStatus.JUNK}))


def three_tickets(services) -> list[int]:
    return [
        make_ticket(services, f"m{n}@spam.example", subject=f"当選のお知らせ {n}").ticket_id for n in range(3)
    ]


def listed(services, filters: TicketFilter = EVERY) -> tuple[list[int], int]:
    page = services.tickets.page(filters)
    return sorted(row.id for row in page.rows), page.total


def on_today(services) -> set[str]:
    return {i.ref for day in services.agenda.agenda(today(services), days_ahead=30) for i in day.items}


def test_a_bulk_mark_takes_tickets_out_of_lists_counts_and_today(services):
    first, second, third = three_tickets(services)
    refs = {services.tickets.get(i).ticket.ref for i in (first, second)}
    assert refs <= on_today(services)
    rows = services.tickets.mark_junk(services.actor, [second, first, first])
    assert [(r.id, r.status) for r in rows] == [(first, TicketStatus.JUNK), (second, TicketStatus.JUNK)]
    assert listed(services) == ([third], 1)
    assert listed(services, TicketFilter(text="当選")) == ([third], 1)
    assert listed(services, TicketFilter(unread_only=True)) == ([third], 1)
    assert listed(services, JUNK) == ([first, second], 2)
    assert not refs & on_today(services)
    marks = [e for e in services.audit.entries(entity="ticket") if e.action == "mark_junk"]
    assert sorted(int(e.entity_id) for e in marks) == [first, second]
    assert all(e.before["status"] == "new" and e.after["status"] == "junk" for e in marks)


def test_not_junk_restores_a_ticket_to_new_or_open(services):
    first, second, _third = three_tickets(services)
    services.tickets.mark_responded(services.actor, second)
    services.tickets.mark_junk(services.actor, [first, second])
    rows = services.tickets.restore_junk(services.actor, [first, second])
    assert [r.status for r in rows] == [TicketStatus.NEW, TicketStatus.OPEN]
    assert listed(services)[1] == 3 and listed(services, JUNK) == ([], 0)
    assert services.tickets.get(first).ticket.ref in on_today(services)
    actions = [e.action for e in services.audit.entries(entity="ticket", entity_id=first)]
    assert actions[:2] == ["restore_junk", "mark_junk"]


def test_a_junk_ticket_is_not_reopened_by_more_mail(services):
    ticket = make_ticket(services, "s1@spam.example", subject="当選")
    services.tickets.mark_junk(services.actor, [ticket.ticket_id])
    again = make_ticket(services, "s2@spam.example", subject="Re: 当選", in_reply_to="s1@spam.example")
    assert again.ticket_id == ticket.ticket_id
    assert services.tickets.get(ticket.ticket_id).ticket.status is TicketStatus.JUNK


def test_a_bulk_mark_is_one_transaction(services):
    ids = three_tickets(services)
    with pytest.raises(NotFound):
        services.tickets.mark_junk(services.actor, [*ids, 999_999])  # one unknown id: none is marked
    assert listed(services)[1] == 3
    assert not [e for e in services.audit.entries(entity="ticket") if e.action == "mark_junk"]
