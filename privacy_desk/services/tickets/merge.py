"""Merging two tickets (and undoing it) and splitting messages off into a new ticket.

A merge moves every message of the source into the target and leaves the source as a pointer to it;
the messages moved are written down, so the merge can be undone even after more mail arrived in the
target. A split takes messages staff choose (mail filed into the wrong thread) into a ticket of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from privacy_desk.domain.tickets import Channel, MessageKind, TicketStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets.messages import refresh_summary
from privacy_desk.services.tickets.persons import person_for_address
from privacy_desk.services.tickets.policy import TicketPolicy
from privacy_desk.services.tickets.store import create_ticket, get_ticket, snapshot, suggest_for
from privacy_desk.storage.models import Message, Ticket, TicketMerge

_CHANNEL_OF_KIND = {MessageKind.PHONE_CALL: Channel.PHONE, MessageKind.LETTER: Channel.LETTER}


def _require_live(ticket: Ticket) -> None:
    if ticket.merged_into_id is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The ticket {ref} has been merged into another ticket."),
            ref=ticket.ref,
        )


def merge(work: Work, source_id: int, target_id: int) -> Ticket:
    session = work.session
    source, target = get_ticket(session, source_id), get_ticket(session, target_id)
    if source.id == target.id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A ticket cannot be merged into itself."))
    _require_live(source)
    _require_live(target)
    before_source, before_target = snapshot(source), snapshot(target)
    moved = list(
        session.scalars(select(Message.id).where(Message.ticket_id == source.id).order_by(Message.id))
    )
    session.execute(update(Message).where(Message.id.in_(moved)).values(ticket_id=target.id))
    session.add(
        TicketMerge(
            source_id=source.id,
            target_id=target.id,
            message_ids=moved,
            target_due_before=target.first_response_due,
            merged_at=datetime.now(UTC),
        )
    )
    source.merged_into_id = target.id
    # The requester of either thread waits for the earlier of the two first answers.
    dues = [d for d in (source.first_response_due, target.first_response_due) if d is not None]
    if dues and target.first_responded_at is None:
        target.first_response_due = min(dues)
    target.unread = target.unread or source.unread
    refresh_summary(session, target)
    work.audit("ticket", source.id, "merge", before=before_source, after=snapshot(source))
    work.audit(
        "ticket",
        target.id,
        "merge_in",
        before=before_target,
        after={**snapshot(target), "merged_from": source.ref, "messages": moved},
    )
    return target


def undo_merge(work: Work, source_id: int) -> Ticket:
    session = work.session
    source = get_ticket(session, source_id)
    merge_row = session.scalars(
        select(TicketMerge)
        .where(TicketMerge.source_id == source.id, TicketMerge.undone_at.is_(None))
        .order_by(TicketMerge.id.desc())
        .limit(1)
    ).first()
    if source.merged_into_id is None or merge_row is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The ticket {ref} is not merged."), ref=source.ref)
    target = get_ticket(session, merge_row.target_id)
    if target.merged_into_id is not None:
        later = get_ticket(session, target.merged_into_id)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "First undo the later merge of {target} into {other}."),
            target=target.ref,
            other=later.ref,
        )
    before_source, before_target = snapshot(source), snapshot(target)
    back = list(
        session.scalars(
            select(Message.id).where(
                Message.id.in_(merge_row.message_ids or []), Message.ticket_id == target.id
            )
        )
    )
    session.execute(update(Message).where(Message.id.in_(back)).values(ticket_id=source.id))
    source.merged_into_id = None
    target.first_response_due = merge_row.target_due_before
    merge_row.undone_at = datetime.now(UTC)
    refresh_summary(session, source)
    refresh_summary(session, target)
    work.audit("ticket", source.id, "undo_merge", before=before_source, after=snapshot(source))
    work.audit(
        "ticket",
        target.id,
        "undo_merge_in",
        before=before_target,
        after={**snapshot(target), "returned_to": source.ref, "messages": back},
    )
    return source


def split(work: Work, policy: TicketPolicy, ticket_id: int, message_ids: Sequence[int]) -> Ticket:
    """Move the chosen messages of a ticket into a new ticket; the rest stay."""
    session = work.session
    ticket = get_ticket(session, ticket_id)
    _require_live(ticket)
    chosen = set(message_ids)
    moment = func.coalesce(Message.sent_at, Message.created_at)
    messages = list(
        session.scalars(
            select(Message)
            .where(Message.ticket_id == ticket.id, Message.id.in_(chosen))
            .order_by(moment, Message.id)
        )
    )
    if not chosen or len(messages) != len(chosen):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose messages of this ticket to split off."))
    remaining = session.scalar(select(func.count(Message.id)).where(Message.ticket_id == ticket.id))
    if remaining == len(messages):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "At least one message must stay in the ticket."))
    before = snapshot(ticket)
    first = messages[0]
    incoming = next((m for m in messages if m.kind == MessageKind.CORRESPONDENCE_IN), None)
    person = person_for_address(work, incoming.from_address, incoming.from_name) if incoming else None
    received = first.sent_at or first.created_at
    new = create_ticket(
        session,
        policy,
        subject=first.subject or ticket.subject,
        channel=_CHANNEL_OF_KIND.get(MessageKind(first.kind), Channel(ticket.channel)),
        received_at=min(received, datetime.now(UTC)),
        suggested=suggest_for(first.subject, "\n".join(m.body_text for m in messages)),
        from_address=incoming.from_address if incoming else "",
        from_name=incoming.from_name if incoming else first.from_name,
        person_id=person.id if person else None,
    )
    new.status = TicketStatus.OPEN
    new.possibly_related_to_id = ticket.id
    session.execute(update(Message).where(Message.id.in_([m.id for m in messages])).values(ticket_id=new.id))
    refresh_summary(session, new)
    refresh_summary(session, ticket)
    moved = [m.id for m in messages]
    work.audit("ticket", new.id, "create", after={**snapshot(new), "split_from": ticket.ref})
    work.audit(
        "ticket",
        ticket.id,
        "split",
        before=before,
        after={**snapshot(ticket), "split_into": new.ref, "messages": moved},
    )
    return new
