"""Manual intake: a phone call or a letter logged by staff, as a new ticket or in an existing thread.

The privacy policy tells callers that calls may be recorded; a call keeps the reference of its
recording (where the telephone system stored it), never the audio itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import Channel, MessageKind
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets.messages import NewAttachment, add_message, new_message_id
from privacy_desk.services.tickets.policy import TicketPolicy
from privacy_desk.services.tickets.store import create_ticket, get_ticket, snapshot, suggest_for
from privacy_desk.storage.models import Person, Ticket

SUBJECT_LENGTH = 80
_PHONE = re.compile(r"^[0-9０-９+＋()（）\-－‐ 　.#*]*$")


@dataclass(frozen=True)
class CallLog:
    """A phone call. `incoming`: the requester called the desk; otherwise the desk called them."""

    caller_name: str
    summary: str
    phone_number: str = ""
    duration_seconds: int | None = None
    recording_ref: str = ""
    occurred_at: datetime | None = None  # aware; None: now
    incoming: bool = True
    subject: str = ""
    person_id: int | None = None


@dataclass(frozen=True)
class LetterLog:
    """A letter received (or sent, `incoming` False), with its scanned pages as attachments."""

    sender_name: str
    summary: str
    postal_address: str = ""
    received_at: datetime | None = None  # aware; None: now
    incoming: bool = True
    subject: str = ""
    scans: tuple[NewAttachment, ...] = ()
    person_id: int | None = None


def _when(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A time zone is required for {value}."), value=moment)
    return moment


def _subject(subject: str, summary: str, fallback: str) -> str:
    if subject.strip():
        return subject.strip()
    first_line = next((line.strip() for line in summary.splitlines() if line.strip()), "")
    return (first_line or fallback)[:SUBJECT_LENGTH]


def _check_person(session: Session, person_id: int | None) -> int | None:
    if person_id is not None and session.get(Person, person_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No person with id {id}."), id=person_id)
    return person_id


def _digits(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if "0" <= ch <= "9")


def person_by_phone(session: Session, number: str) -> int | None:
    """The one person whose phone number has these digits; None when nobody or several do."""
    digits = _digits(number)
    if len(digits) < 6:
        return None
    found = [
        pid
        for pid, phone in session.execute(select(Person.id, Person.phone).where(Person.phone != ""))
        if _digits(phone) == digits
    ]
    return found[0] if len(found) == 1 else None


def _target(session: Session, ticket_id: int | None) -> Ticket | None:
    if ticket_id is None:
        return None
    ticket = get_ticket(session, ticket_id)
    if ticket.merged_into_id is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The ticket {ref} has been merged into another ticket."),
            ref=ticket.ref,
        )
    return ticket


def log_call(work: Work, policy: TicketPolicy, call: CallLog, ticket_id: int | None = None) -> Ticket:
    session, actor = work.session, work.actor
    if not call.caller_name.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the caller's name."))
    if not _PHONE.match(call.phone_number):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Not a phone number: {number}"), number=call.phone_number
        )
    if call.duration_seconds is not None and not 0 <= call.duration_seconds <= 24 * 3600:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The call duration must be between 0 and 24 hours."))
    when = _when(call.occurred_at)
    ticket = _target(session, ticket_id)
    if ticket is None:
        person_id = _check_person(session, call.person_id) or person_by_phone(session, call.phone_number)
        ticket = create_ticket(
            session,
            policy,
            subject=_subject(call.subject, call.summary, call.caller_name),
            channel=Channel.PHONE,
            received_at=when,
            suggested=suggest_for(call.subject, call.summary),
            from_name=call.caller_name.strip(),
            person_id=person_id,
        )
        work.audit("ticket", ticket.id, "create", after=snapshot(ticket))
    caller = call.caller_name.strip()
    message = add_message(
        session,
        policy,
        ticket,
        kind=MessageKind.PHONE_CALL,
        message_id=new_message_id(),
        outgoing=not call.incoming,
        subject=call.subject.strip(),
        body_text=call.summary,
        from_name=caller if call.incoming else actor.display_name,
        to=() if call.incoming else (caller,),
        sent_at=when,
        author_id=actor.id,
        phone_number=call.phone_number.strip(),
        duration_seconds=call.duration_seconds,
        recording_ref=call.recording_ref.strip(),
    )
    # Someone at the desk spoke with the requester: that is a first response.
    if ticket.first_responded_at is None:
        ticket.first_responded_at = when
    work.audit(
        "ticket",
        ticket.id,
        "log_call",
        after={
            "message": message.id,
            "caller": caller,
            "phone_number": message.phone_number,
            "duration_seconds": call.duration_seconds,
            "recording_ref": message.recording_ref,
            "incoming": call.incoming,
        },
    )
    return ticket


def log_letter(work: Work, policy: TicketPolicy, letter: LetterLog, ticket_id: int | None = None) -> Ticket:
    session, actor = work.session, work.actor
    if not letter.sender_name.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the sender's name."))
    when = _when(letter.received_at)
    ticket = _target(session, ticket_id)
    if ticket is None:
        ticket = create_ticket(
            session,
            policy,
            subject=_subject(letter.subject, letter.summary, letter.sender_name),
            channel=Channel.LETTER,
            received_at=when,
            suggested=suggest_for(letter.subject, letter.summary),
            from_name=letter.sender_name.strip(),
            person_id=_check_person(session, letter.person_id),
        )
        work.audit("ticket", ticket.id, "create", after=snapshot(ticket))
    name = letter.sender_name.strip()
    message = add_message(
        session,
        policy,
        ticket,
        kind=MessageKind.LETTER,
        message_id=new_message_id(),
        outgoing=not letter.incoming,
        subject=letter.subject.strip(),
        body_text=letter.summary,
        from_name=name if letter.incoming else actor.display_name,
        to=() if letter.incoming else (name,),
        headers=(("X-Postal-Address", letter.postal_address.strip()),)
        if letter.postal_address.strip()
        else (),
        sent_at=when,
        author_id=actor.id,
        attachments=letter.scans,
    )
    if not letter.incoming and ticket.first_responded_at is None:
        ticket.first_responded_at = when
    work.audit(
        "ticket",
        ticket.id,
        "log_letter",
        after={
            "message": message.id,
            "sender": name,
            "incoming": letter.incoming,
            "scans": [s.filename for s in letter.scans],
        },
    )
    return ticket
