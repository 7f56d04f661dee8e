"""Junk: spam and mail that is no inquiry, kept out of Today, the counts and every list but the Inbox's
Junk filter (issue #10 item 2). Marking and restoring work inside the caller's unit of work: a bulk
mark of many tickets is one transaction, each ticket audited."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import TicketStatus, restored_status
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets.store import get_ticket, snapshot
from privacy_desk.storage.models import Ticket


def _locked(session: Session, ticket_ids: Sequence[int]) -> list[Ticket]:
    """The tickets, each once, in id order: two desks marking overlapping sets lock in one order."""
    return [get_ticket(session, ticket_id, lock=True) for ticket_id in sorted(set(ticket_ids))]


def mark_junk(work: Work, ticket_ids: Sequence[int]) -> list[int]:
    """Mark the tickets junk; the ids of those that changed (a junk or merged ticket is left as it is)."""
    changed = []
    for ticket in _locked(work.session, ticket_ids):
        if ticket.status == TicketStatus.JUNK or ticket.merged_into_id is not None:
            continue
        before = snapshot(ticket)
        ticket.status = TicketStatus.JUNK
        work.session.flush()
        work.audit("ticket", ticket.id, "mark_junk", before=before, after=snapshot(ticket))
        changed.append(ticket.id)
    return changed


def restore(work: Work, ticket_ids: Sequence[int]) -> list[int]:
    """Not junk after all: back to new (or open once answered); the ids of those that changed."""
    changed = []
    for ticket in _locked(work.session, ticket_ids):
        if ticket.status != TicketStatus.JUNK:
            continue
        before = snapshot(ticket)
        ticket.status = restored_status(ticket.first_responded_at is not None)
        work.session.flush()
        work.audit("ticket", ticket.id, "restore_junk", before=before, after=snapshot(ticket))
        changed.append(ticket.id)
    return changed
