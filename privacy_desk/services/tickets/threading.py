"""Which ticket an arriving mail belongs to.

A bounce first: the ticket of the desk's mail it returns (a message the desk sent, never one it
received). Then headers: In-Reply-To, then any References entry (newest first), then a reply that
arrived before this message and names it. Then the `[PD-YYYY-NNNNNN]` tag in the subject — but only
for a sender who is already part of that thread. Mail filed into a stranger's ticket would show one
requester's correspondence to another (a leak), so a tag from anyone else opens a new ticket marked
"possibly related" for staff to look at. Subject text alone never joins anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import MessageKind, normalize_address, subject_tags
from privacy_desk.services.tickets.policy import fit_message_id
from privacy_desk.services.tickets.store import get_ticket, live_ticket
from privacy_desk.storage.models import Message, Person, Ticket


class ThreadedBy(StrEnum):
    BOUNCE = "bounce"  # a delivery failure returning one of the desk's mails: into that mail's ticket
    IN_REPLY_TO = "in_reply_to"
    REFERENCES = "references"
    LATER_REPLY = "later_reply"  # a reply to this message was imported before it
    SUBJECT_TAG = "subject_tag"
    NEW = "new"
    POSSIBLY_RELATED = "possibly_related"


@dataclass(frozen=True)
class ThreadMatch:
    how: ThreadedBy
    ticket: Ticket | None = None  # the ticket to join (None: open a new one)
    related: Ticket | None = None  # for a new ticket: the one its subject tag names


# Built once, on the table rather than the ORM class (an ORM-enabled select costs twice as much to run):
# asked for every message imported.
_M = Message.__table__
_TICKET_OF_MESSAGE = select(_M.c.ticket_id).where(_M.c.message_id == bindparam("message_id")).limit(1)
_TICKET_OF_REPLY = select(_M.c.ticket_id).where(_M.c.in_reply_to == bindparam("message_id")).limit(1)
# A bounce returns mail the desk sent: only an outgoing message's ticket. A report quoting a message the
# desk received (a forged or misdirected one, or a forwarder's) would otherwise file itself, shown as a
# failed delivery, into that requester's ticket.
_TICKET_OF_OUTGOING = (
    select(_M.c.ticket_id).where(_M.c.message_id == bindparam("message_id"), _M.c.outgoing.is_(True)).limit(1)
)
_TICKET_BY_REF = select(Ticket).where(Ticket.ref == bindparam("ref"))


class KnownMessages(Protocol):
    """Answers read ahead for many messages (an import's batch, `import_lookups.Lookups`)."""

    def ticket_of_message(self, message_id: str) -> int | None: ...
    def ticket_of_outgoing(self, message_id: str) -> int | None: ...
    def ticket_of_reply(self, message_id: str) -> int | None: ...


class _Asked:
    """One statement per question."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def ticket_of_message(self, message_id: str) -> int | None:
        return self._session.scalar(_TICKET_OF_MESSAGE, {"message_id": fit_message_id(message_id)})

    def ticket_of_outgoing(self, message_id: str) -> int | None:
        return self._session.scalar(_TICKET_OF_OUTGOING, {"message_id": fit_message_id(message_id)})

    def ticket_of_reply(self, message_id: str) -> int | None:
        return self._session.scalar(_TICKET_OF_REPLY, {"message_id": fit_message_id(message_id)})


def _ticket_of_message(session: Session, known: KnownMessages, message_id: str) -> Ticket | None:
    ticket_id = known.ticket_of_message(message_id)
    return live_ticket(session, get_ticket(session, ticket_id)) if ticket_id is not None else None


def _ticket_of_outgoing(session: Session, known: KnownMessages, message_id: str) -> Ticket | None:
    ticket_id = known.ticket_of_outgoing(message_id)
    return live_ticket(session, get_ticket(session, ticket_id)) if ticket_id is not None else None


def participants(session: Session, ticket: Ticket) -> set[str]:
    """Addresses that are part of a thread: whoever wrote in, whoever the desk wrote to, and the linked
    person. Addresses merely copied on incoming mail are not: the desk never chose to write to them."""
    addresses: set[str] = set()
    rows = session.execute(
        select(Message.kind, Message.from_address, Message.to_addresses, Message.cc_addresses).where(
            Message.ticket_id == ticket.id,
            Message.kind.in_((MessageKind.CORRESPONDENCE_IN, MessageKind.CORRESPONDENCE_OUT)),
        )
    )
    for kind, sender, to, cc in rows:
        if kind == MessageKind.CORRESPONDENCE_IN:
            addresses.add(normalize_address(sender))
        else:
            addresses.update(normalize_address(a) for a in [*(to or []), *(cc or [])])
    if ticket.person_id is not None:
        person = session.get(Person, ticket.person_id)
        if person is not None and person.email:
            addresses.add(normalize_address(person.email))
    addresses.discard("")
    return addresses


def find_thread(
    session: Session,
    *,
    message_id: str,
    in_reply_to: str | None,
    references: Sequence[str],
    subject: str,
    from_address: str,
    returned_message_id: str | None = None,
    known: KnownMessages | None = None,
) -> ThreadMatch:
    """`returned_message_id`: a bounce's, the Message-ID of the desk's mail it returns (its own
    In-Reply-To, when it has one, names the same mail or nothing of ours); it joins only a message the
    desk sent. `known`: the messages'
    tickets read ahead (an import's batch); by default each is asked for."""
    known = known or _Asked(session)
    if returned_message_id:
        ticket = _ticket_of_outgoing(session, known, returned_message_id)
        if ticket is not None:
            return ThreadMatch(ThreadedBy.BOUNCE, ticket)
    if in_reply_to:
        ticket = _ticket_of_message(session, known, in_reply_to)
        if ticket is not None:
            return ThreadMatch(ThreadedBy.IN_REPLY_TO, ticket)
    for reference in reversed(references):
        ticket = _ticket_of_message(session, known, reference)
        if ticket is not None:
            return ThreadMatch(ThreadedBy.REFERENCES, ticket)
    child = known.ticket_of_reply(message_id)
    if child is not None:
        return ThreadMatch(ThreadedBy.LATER_REPLY, live_ticket(session, get_ticket(session, child)))
    sender = normalize_address(from_address)
    related = None
    for ref in subject_tags(subject):
        tagged = session.scalar(_TICKET_BY_REF, {"ref": ref})
        if tagged is None:
            continue
        tagged = live_ticket(session, tagged)
        if sender and sender in participants(session, tagged):
            return ThreadMatch(ThreadedBy.SUBJECT_TAG, tagged)
        related = related or tagged
    if related is not None:
        return ThreadMatch(ThreadedBy.POSSIBLY_RELATED, related=related)
    return ThreadMatch(ThreadedBy.NEW)
