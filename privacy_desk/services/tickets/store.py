"""Writing tickets and messages: the steps the import, manual intake, replies, merge and split share.

Every function here works inside the caller's transaction (a `Session` from `Database.transaction()`);
none commits. The caller records the audit entries of what it did.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import (
    Channel,
    TicketCategory,
    TicketStatus,
    format_ref,
    suggest_category,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, NotFound
from privacy_desk.services.core.counters import next_number
from privacy_desk.services.tickets.policy import ADDRESS_MAX, NAME_MAX, TicketPolicy, clip
from privacy_desk.storage.models import Ticket


def next_ref(session: Session, year: int) -> str:
    """The next ticket reference of `year` (services.core.counters)."""
    return format_ref(year, next_number(session, "ticket", year))


def ticket_values(
    policy: TicketPolicy,
    *,
    ref: str,
    subject: str,
    channel: Channel,
    received_at: datetime,
    suggested: TicketCategory | None = None,
    from_address: str = "",
    from_name: str = "",
    person_id: int | None = None,
    possibly_related_to_id: int | None = None,
) -> dict[str, Any]:  # column values of several types, read back by name
    """The columns of a new ticket with no messages yet (`add_message` adds to its summary)."""
    return {
        "ref": ref,
        "subject": subject,
        "category": suggested or TicketCategory.INQUIRY,
        "category_confirmed": False,
        "suggested_category": suggested,
        "channel": channel,
        "status": TicketStatus.NEW,
        "from_address": clip(from_address, ADDRESS_MAX),
        "from_name": clip(from_name, NAME_MAX),
        "person_id": person_id,
        "received_at": received_at,
        "first_response_due": policy.first_response_due(received_at),
        "unread": True,
        "possibly_related_to_id": possibly_related_to_id,
        "last_message_at": received_at,
        "message_count": 0,
        "attachments_not_stored": 0,
    }


def create_ticket(
    session: Session,
    policy: TicketPolicy,
    *,
    subject: str,
    channel: Channel,
    received_at: datetime,
    suggested: TicketCategory | None = None,
    from_address: str = "",
    from_name: str = "",
    person_id: int | None = None,
    possibly_related_to_id: int | None = None,
) -> Ticket:
    ticket = Ticket(
        **ticket_values(
            policy,
            ref=next_ref(session, policy.office_date(received_at).year),
            subject=subject,
            channel=channel,
            received_at=received_at,
            suggested=suggested,
            from_address=from_address,
            from_name=from_name,
            person_id=person_id,
            possibly_related_to_id=possibly_related_to_id,
        )
    )
    session.add(ticket)
    session.flush()
    return ticket


def suggest_for(subject: str, body: str) -> TicketCategory | None:
    return suggest_category(subject, body)


def get_ticket(session: Session, ticket_id: int, *, lock: bool = False) -> Ticket:
    """`lock`: for a change (PostgreSQL holds the row until commit; see services/cases/store.get_case)."""
    ticket = session.get(Ticket, ticket_id, with_for_update=lock or None)
    if ticket is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No ticket with id {id}."), id=ticket_id)
    return ticket


def live_ticket(session: Session, ticket: Ticket) -> Ticket:
    """The ticket a merged ticket's messages now live in (following a chain of merges)."""
    seen = {ticket.id}
    while ticket.merged_into_id is not None and ticket.merged_into_id not in seen:
        seen.add(ticket.merged_into_id)
        ticket = get_ticket(session, ticket.merged_into_id)
    return ticket


def snapshot(ticket: Ticket | SimpleNamespace) -> dict[str, object]:
    """What the audit trail keeps of a ticket before and after a change (`ticket` may be a new ticket's
    column values as attributes: the import writes its row without an ORM object)."""
    return {
        "ref": ticket.ref,
        "subject": ticket.subject,
        "category": ticket.category,
        "category_confirmed": ticket.category_confirmed,
        "channel": ticket.channel,
        "status": ticket.status,
        "assignee_id": ticket.assignee_id,
        "person_id": ticket.person_id,
        "merged_into_id": ticket.merged_into_id,
        "possibly_related_to_id": ticket.possibly_related_to_id,
        "first_response_due": ticket.first_response_due.isoformat() if ticket.first_response_due else None,
        "first_responded_at": ticket.first_responded_at.isoformat() if ticket.first_responded_at else None,
    }
