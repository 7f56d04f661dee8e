"""The source ticket follows its case (docs/ARCHITECTURE.md §6.4): when a case converted from a ticket
is answered, withdrawn, rejected or closed, the ticket records its first response and moves as the
office chose (`CASE_TICKET_FOLLOW`), in the case step's own unit of work and audited there."""

from __future__ import annotations

from datetime import UTC, datetime

from privacy_desk.config import CASE_TICKET_FOLLOW
from privacy_desk.domain.cases import CaseState, TicketFollow, ticket_step
from privacy_desk.domain.tickets import TRANSITIONS, TicketStatus
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets import get_ticket, live_ticket, snapshot
from privacy_desk.storage.models import Case


def follow_setting(work: Work) -> TicketFollow:
    value = work.settings().get(CASE_TICKET_FOLLOW.key, CASE_TICKET_FOLLOW.default)
    try:
        return TicketFollow(str(value))
    except ValueError:  # a value a newer version stored: the default rather than a failed step
        return TicketFollow(CASE_TICKET_FOLLOW.default)


def ticket_follows(work: Work, case: Case, before: CaseState) -> int | None:
    """After `case` moved from `before`: update its source ticket; the ticket's id when it changed.

    A junk ticket stays junk, and a move the ticket's own state machine does not have (a closed
    ticket is not "resolved" again) is left out: the first response is still recorded."""
    state = CaseState(case.state)
    if case.ticket_id is None or state is before:
        return None
    step = ticket_step(state, follow_setting(work))
    if step is None:
        return None
    session = work.session
    ticket = live_ticket(session, get_ticket(session, case.ticket_id))
    ticket = get_ticket(session, ticket.id, lock=True)
    current = TicketStatus(ticket.status)
    if current is TicketStatus.JUNK:
        return None
    old = snapshot(ticket)
    if step.first_response and ticket.first_responded_at is None:
        ticket.first_responded_at = datetime.now(UTC)
    if step.status is not None and step.status in TRANSITIONS[current]:
        ticket.status = step.status
    new = snapshot(ticket)
    if new == old:
        return None
    session.flush()
    work.audit("ticket", ticket.id, "follow_case", before=old, after={**new, "case": case.ref})
    return ticket.id
