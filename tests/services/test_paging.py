"""Keyset paging of the Inbox: page after page, every ticket once and in the list's order, for every
sort in both directions (ties and missing due dates included), with tickets arriving between pages;
the count is made once per query, with the first page (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from privacy_desk.domain.tickets import Channel, TicketCategory, TicketStatus, format_ref
from privacy_desk.services.tickets.queries import TicketSort
from privacy_desk.services.tickets.service import ALL_TICKETS
from privacy_desk.storage.models import Ticket

START = datetime(2026, 4, 1, 9, tzinfo=UTC)
PAGE = 7


def _insert(services, first: int, count: int, rng: random.Random) -> None:
    rows = []
    for number in range(first, first + count):
        received = START + timedelta(hours=rng.randrange(40))  # many tickets share a moment
        rows.append(
            {
                "id": number,
                "ref": format_ref(2026, number),
                "subject": rng.choice(["退会", "開示", "Delete my data", "配信停止"]),
                "category": rng.choice(list(TicketCategory)),
                "channel": rng.choice([Channel.MAIL, Channel.PHONE]),
                "status": rng.choice(list(TicketStatus)),
                "from_address": f"p{number % 5}@example.jp",
                "from_name": rng.choice(["山田 太郎", "髙橋 花子", "Anna"]),
                "received_at": received,
                "first_response_due": rng.choice([None, received.date() + timedelta(days=rng.randrange(3))]),
                "last_message_at": received,
                "message_count": rng.randrange(1, 4),
            }
        )
    with services.db.transaction() as session:
        session.execute(insert(Ticket), rows)


def _all_pages(services, sort: TicketSort, descending: bool, *, between=None) -> list[int]:
    seen: list[int] = []
    page = services.tickets.page(ALL_TICKETS, limit=PAGE, sort=sort, descending=descending)
    while True:
        seen.extend(row.id for row in page.rows)
        if len(page.rows) < PAGE:
            return seen
        if between is not None:
            between()
        page = services.tickets.page(
            ALL_TICKETS, limit=PAGE, sort=sort, descending=descending, after=page.rows[-1]
        )
        assert page.total == 0  # no count for a further page


@pytest.mark.parametrize("descending", [False, True])
def test_every_ticket_once_in_order_across_pages_for_every_sort(services, descending):
    _insert(services, 1, 60, random.Random(5))
    for sort in TicketSort:
        expected = services.tickets.ticket_ids(ALL_TICKETS, sort=sort, descending=descending)
        assert _all_pages(services, sort, descending) == expected, sort


def test_tickets_arriving_between_pages_do_not_shift_or_repeat_rows(services):
    rng = random.Random(9)
    _insert(services, 1, 50, rng)
    before = services.tickets.ticket_ids(ALL_TICKETS, sort=TicketSort.RECEIVED_AT, descending=True)
    arriving = iter(range(1000, 1100, 5))

    def more_mail() -> None:
        _insert(services, next(arriving), 5, rng)

    seen = _all_pages(services, TicketSort.RECEIVED_AT, True, between=more_mail)
    assert len(seen) == len(set(seen))  # none twice
    assert [i for i in seen if i in set(before)] == before  # every earlier ticket, in its order
    after = services.tickets.ticket_ids(ALL_TICKETS, sort=TicketSort.RECEIVED_AT, descending=True)
    assert [i for i in after if i in set(seen)] == seen  # what arrived is in its place in the order


def test_the_first_page_counts_once_and_a_further_page_not_at_all(services):
    _insert(services, 1, 30, random.Random(2))
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        first = services.tickets.page(ALL_TICKETS, limit=PAGE)
        counts_first = sum("count(" in s.lower() for s in statements)
        statements.clear()
        services.tickets.page(ALL_TICKETS, limit=PAGE, after=first.rows[-1])
        counts_next = sum("count(" in s.lower() for s in statements)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)
    assert first.total == len(services.tickets.ticket_ids(ALL_TICKETS)) > PAGE
    assert (counts_first, counts_next) == (1, 0)
    # The further page seeks past the last row in the index's order instead of skipping rows.
    assert any("(tickets.received_at, tickets.id) <" in s for s in statements)
