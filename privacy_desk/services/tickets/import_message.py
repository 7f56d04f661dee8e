"""One parsed mail stored in the caller's transaction: a duplicate Message-ID adds nothing, a reply joins
its thread (and reopens a ticket considered done), anything else becomes a new ticket."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import (
    Channel,
    MessageKind,
    TicketStatus,
    format_ref,
    normalize_address,
    subject_tags,
)
from privacy_desk.services.core.rows import insert_row
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets.import_lookups import Lookups
from privacy_desk.services.tickets.import_results import ImportOutcome, ImportResult
from privacy_desk.services.tickets.import_rows import HeldRows
from privacy_desk.services.tickets.messages import (
    BouncedRecipientRow,
    BounceRow,
    Deferred,
    NewAttachment,
    StoredMessage,
    attachments_over_cap,
    insert_message,
    message_values,
)
from privacy_desk.services.tickets.persons import person_id_for_address
from privacy_desk.services.tickets.policy import NAME_MAX, TicketPolicy, clip, fit_message_id
from privacy_desk.services.tickets.store import next_ref, snapshot, suggest_for, ticket_values
from privacy_desk.services.tickets.threading import ThreadedBy, find_thread
from privacy_desk.storage import search
from privacy_desk.storage.models import Message, Person, Ticket

if TYPE_CHECKING:
    from privacy_desk.intake.messages import ParsedMessage


# A Date header further ahead than this is a wrong clock, not the arrival time.
FUTURE_TOLERANCE = timedelta(days=1)


# The ticket holding a Message-ID (built once: asked for every message).
# On the tables, not the ORM classes: an ORM-enabled select costs twice as much to run.
_T, _M = Ticket.__table__, Message.__table__
_STORED = (
    select(_T.c.id, _T.c.ref)
    .join(_M, _M.c.ticket_id == _T.c.id)
    .where(_M.c.message_id == bindparam("message_id"))
)


def store_parsed(
    work: Work,
    parsed: ParsedMessage,
    origin: str,
    policy: TicketPolicy,
    mixed_case: dict[str, int] | None = None,
    deferred: Deferred | None = None,
    lookups: Lookups | None = None,
    held: HeldRows | None = None,
) -> ImportResult:
    """Store one message in the caller's unit of work; `mixed_case` as for `person_for_address`;
    `deferred` as for `insert_message` (a batch's unit of work holds the audit entries back too);
    `lookups`: what a batch read ahead for its messages (and keeps of what it stored); `held`: an
    optimistic batch's rows written at its end (`import_rows`)."""
    session = work.session
    message_id = fit_message_id(parsed.message_id)
    if lookups is not None:
        existing = lookups.stored(message_id)
    else:
        existing = session.execute(_STORED, {"message_id": message_id}).first()
    if existing is not None:
        return ImportResult(ImportOutcome.DUPLICATE, *existing)
    bounce = _bounce_row(parsed)
    if held is not None and deferred is not None and len(held) and subject_tags(parsed.subject):
        held.write(session, deferred)  # a subject tag is checked against the thread's stored messages
    match = find_thread(
        session,
        message_id=message_id,
        in_reply_to=parsed.in_reply_to,
        references=parsed.references,
        subject=parsed.subject,
        from_address=parsed.from_address,
        returned_message_id=bounce.returned_message_id if bounce is not None else None,
        known=lookups,
    )
    attachments = [
        NewAttachment(a.filename, a.content_type, a.data, a.size, a.sha256) for a in parsed.attachments
    ]
    values = message_values(
        session,
        policy,
        kind=MessageKind.BOUNCE if bounce is not None else MessageKind.CORRESPONDENCE_IN,
        message_id=message_id,
        subject=parsed.subject,
        body_text=parsed.body_text,
        body_html=parsed.body_html,
        from_address=normalize_address(parsed.from_address),
        from_name=parsed.from_name,
        to=parsed.to,
        cc=parsed.cc,
        sent_at=parsed.sent_at,
        in_reply_to=parsed.in_reply_to,
        references=parsed.references,
        headers=parsed.headers,
        defects=parsed.defects,
        raw=parsed.raw if held is None else None,
        origin=origin,
        bounce=bounce,
    )
    if held is not None and parsed.raw is not None and len(parsed.raw) <= policy.attachment_max_bytes:
        values["raw_sha256"] = held.blob(parsed.raw)  # as message_values stores it
    if match.ticket is not None:
        ticket = match.ticket
        outcome, ticket_id, ref = ImportOutcome.THREADED, ticket.id, ticket.ref
        stored = store_message(session, policy, ticket_id, values, attachments, deferred, held)
        _update_thread(work, ticket, stored, reopen=bounce is None)
    else:
        # A new ticket is written in one INSERT with its first message already counted.
        now = datetime.now(UTC)
        received = parsed.sent_at if parsed.sent_at and parsed.sent_at <= now + FUTURE_TOLERANCE else now
        if lookups is not None:
            person_id = _person_id(work, lookups, parsed.from_address, parsed.from_name)
        else:
            person_id = person_id_for_address(
                work, parsed.from_address, parsed.from_name, mixed_case=mixed_case
            )
        row = ticket_values(
            policy,
            ref=_ref(session, policy.office_date(received).year, held),
            subject=parsed.subject,
            channel=Channel.MAIL,
            received_at=received,
            # What is indexed is what chooses: the keywords of an inquiry are at its start.
            suggested=suggest_for(parsed.subject, parsed.body_text[: search.INDEXED_MAX]),
            from_address=values["from_address"],
            from_name=parsed.from_name,
            person_id=person_id,
            possibly_related_to_id=match.related.id if match.related else None,
        )
        moment = values["sent_at"] or values["created_at"]
        row.update(
            message_count=1,
            last_message_at=max(received, moment),
            attachments_not_stored=attachments_over_cap(policy, attachments),
        )
        ticket_id, ref = insert_row(session, Ticket.__table__, row), row["ref"]
        outcome = (
            ImportOutcome.POSSIBLY_RELATED
            if match.how is ThreadedBy.POSSIBLY_RELATED
            else ImportOutcome.NEW_TICKET
        )
        work.audit(
            "ticket",
            ticket_id,
            "create",
            after=snapshot(
                SimpleNamespace(assignee_id=None, merged_into_id=None, first_responded_at=None, **row)
            ),
        )
        stored = store_message(session, policy, ticket_id, values, attachments, deferred, held)
    after: dict[str, object] = {
        "message": stored.id,
        "message_id": message_id,
        "origin": origin,
        "threaded_by": match.how.value,
        "possibly_related_to": match.related.ref if match.related else None,
    }
    work.audit("ticket", ticket_id, "import_message", after=after)
    if held is not None:
        held.name_in(after)  # the message's id is known once the batch writes it
    if lookups is not None:
        lookups.add_message(message_id, ticket_id, ref, values["in_reply_to"])
    return ImportResult(outcome, ticket_id, ref)


def store_message(
    session: Session,
    policy: TicketPolicy,
    ticket_id: int,
    values: dict[str, Any],
    attachments: Sequence[NewAttachment],
    deferred: Deferred | None,
    held: HeldRows | None,
) -> StoredMessage:
    """The message's row with its attachments: inserted now (`messages.insert_message`), or held for
    the batch's bulk insert."""
    if held is not None:
        return held.insert_message(policy, ticket_id, values, attachments)
    return insert_message(session, policy, ticket_id, values, attachments, deferred)


def _ref(session: Session, year: int, held: HeldRows | None) -> str:
    if held is not None:
        return format_ref(year, held.numbers.next(session, year))
    return next_ref(session, year)


def _person_id(work: Work, lookups: Lookups, address: str, name: str) -> int | None:
    """`persons.person_id_for_address` answered from what the batch read ahead: the person found, or
    one made as it makes one (named after the sender, the address in lower case, audited)."""
    key = normalize_address(address)
    if not key:
        return None
    person_id = lookups.person(address)
    if person_id is not None:
        return person_id
    person_name = clip(name.strip() or key.split("@")[0], NAME_MAX)
    person_id = insert_row(work.session, Person.__table__, {"name": person_name, "email": key})
    work.audit("person", person_id, "create", after={"name": person_name, "email": key, "source": "mail"})
    lookups.add_person(key, person_id)
    return person_id


def _bounce_row(parsed: ParsedMessage) -> BounceRow | None:
    if parsed.bounce is None:
        return None
    returned = parsed.bounce.returned_message_id
    return BounceRow(
        fit_message_id(returned) if returned else None,
        tuple(
            BouncedRecipientRow(r.address, r.action, r.status, r.diagnostic) for r in parsed.bounce.recipients
        ),
    )


def _update_thread(work: Work, ticket: Ticket, stored: StoredMessage, *, reopen: bool = True) -> None:
    """The ticket's summary after a message joined its thread, unread; new mail on a ticket someone
    considered done puts it back in front of the desk (`reopen`: not a bounce, which is no word from
    the requester). One UPDATE, no ORM flush (a batch's savepoints
    are the import's own, which the session does not track); the ticket object is re-read when used."""
    changes: dict[str, object] = {
        "message_count": _T.c.message_count + 1,
        "attachments_not_stored": _T.c.attachments_not_stored + stored.attachments_not_stored,
        "unread": True,
    }
    if ticket.last_message_at is None or stored.moment > ticket.last_message_at:
        changes["last_message_at"] = stored.moment
    reopen = reopen and ticket.status in (TicketStatus.WAITING, TicketStatus.RESOLVED, TicketStatus.CLOSED)
    before = snapshot(ticket) if reopen else None
    if reopen:
        changes["status"] = TicketStatus.OPEN
    work.session.execute(update(_T).where(_T.c.id == ticket.id).values(**changes))
    work.session.expire(ticket)
    if before is not None:
        work.audit(
            "ticket", ticket.id, "reopen", before=before, after={**before, "status": TicketStatus.OPEN}
        )
