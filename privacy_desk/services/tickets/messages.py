"""Writing messages and their attachments into a ticket: row values, the attachment cap, bulk inserts and
the ticket's summary fields kept in step. Works inside the caller's transaction; never commits."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import (
    MessageKind,
)
from privacy_desk.services.core.rows import insert_row, store_blob
from privacy_desk.services.tickets.policy import ADDRESS_MAX, NAME_MAX, TicketPolicy, clip, fit_message_id
from privacy_desk.storage import search
from privacy_desk.storage.models import Message, MessageAttachment, Ticket


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    content_type: str
    data: bytes
    size: int | None = None
    sha256: str | None = None


@dataclass
class Deferred:
    """What a batch of imported messages, each in a savepoint of its own, writes in one go just before
    the batch commits: their SQLite search entries (FTS5 writes out what it holds at every savepoint,
    which made indexing each message in its savepoint cost more than storing it). Their audit entries
    are held the same way by the batch's unit of work (`begin_work(..., hold_audit=True)`). Take a
    `mark` before each message and `take_back` to it when its savepoint is rolled back."""

    search: list[search.IndexedText] = field(default_factory=list)

    def mark(self) -> int:
        return len(self.search)

    def take_back(self, mark: int) -> None:
        del self.search[mark:]

    def write(self, session: Session) -> None:
        search.index_messages(session, self.search)
        self.search = []


@dataclass(frozen=True)
class BouncedRecipientRow:
    address: str
    action: str  # "failed" or "delayed" (RFC 3464 §2.3.3)
    status: str  # the RFC 3463 code, e.g. "5.1.1"
    diagnostic: str  # the remote server's words


@dataclass(frozen=True)
class BounceRow:
    """What a delivery failure reports (kept in `messages.bounce`, migration 0009)."""

    returned_message_id: str | None  # the desk's mail that was not delivered
    recipients: tuple[BouncedRecipientRow, ...] = ()

    @property
    def permanent(self) -> bool:
        return any(r.action == "failed" for r in self.recipients) or not self.recipients

    def stored(self) -> dict[str, object]:
        return {
            "returned_message_id": self.returned_message_id,
            "recipients": [
                {"address": r.address, "action": r.action, "status": r.status, "diagnostic": r.diagnostic}
                for r in self.recipients
            ],
        }

    @classmethod
    def of(cls, stored: object) -> BounceRow | None:
        """The row of a stored report; None for a message that is no bounce (or a value not understood)."""
        if not isinstance(stored, dict):
            return None
        returned = stored.get("returned_message_id")
        recipients = stored.get("recipients")
        return cls(
            str(returned) if returned else None,
            tuple(
                BouncedRecipientRow(
                    str(r.get("address", "")),
                    str(r.get("action", "")),
                    str(r.get("status", "")),
                    str(r.get("diagnostic", "")),
                )
                for r in (recipients if isinstance(recipients, list) else [])
                if isinstance(r, dict)
            ),
        )


@dataclass(frozen=True)
class StoredMessage:
    """What `insert_message` stored: the message's id, when it counts as sent (for the ticket's
    last_message_at) and how many of its attachments were over the cap."""

    id: int
    moment: datetime
    attachments_not_stored: int


def message_values(
    session: Session,
    policy: TicketPolicy,
    *,
    kind: MessageKind,
    message_id: str,
    outgoing: bool = False,
    subject: str = "",
    body_text: str = "",
    body_html: str | None = None,
    from_address: str = "",
    from_name: str = "",
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    sent_at: datetime | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    headers: Sequence[tuple[str, str]] = (),
    defects: Sequence[str] = (),
    raw: bytes | None = None,
    origin: str = "",
    author_id: int | None = None,
    phone_number: str = "",
    duration_seconds: int | None = None,
    recording_ref: str = "",
    bounce: BounceRow | None = None,
) -> dict[str, Any]:  # column values of several types, read back by name
    """The columns of a message (by attribute name; no ticket yet). The raw message is stored as a
    blob here when it is within the office's cap."""
    raw_sha = None
    if raw is not None and len(raw) <= policy.attachment_max_bytes:
        raw_sha = store_blob(session, raw)
    return {
        "message_id": fit_message_id(message_id),
        "in_reply_to": fit_message_id(in_reply_to) if in_reply_to else None,
        "references": [fit_message_id(r) for r in references],
        "kind": kind,
        "outgoing": outgoing,
        "from_address": clip(from_address, ADDRESS_MAX),
        "from_name": clip(from_name, NAME_MAX),
        "to_addresses": list(to),
        "cc_addresses": list(cc),
        "subject": subject,
        "sent_at": sent_at,
        "body_text": body_text,
        "body_html": body_html,
        "headers": [list(pair) for pair in headers],
        "defects": list(defects),
        "raw_sha256": raw_sha,
        "origin": origin,
        "phone_number": clip(phone_number, 50),
        "duration_seconds": duration_seconds,
        "recording_ref": clip(recording_ref, 500),
        "bounce": bounce.stored() if bounce is not None else None,
        "author_id": author_id,
        "created_at": datetime.now(UTC),
    }


def attachments_over_cap(policy: TicketPolicy, attachments: Sequence[NewAttachment]) -> int:
    return sum(1 for a in attachments if _size(a) > policy.attachment_max_bytes)


def _size(attachment: NewAttachment) -> int:
    return attachment.size if attachment.size is not None else len(attachment.data)


def attachment_row(policy: TicketPolicy, position: int, attachment: NewAttachment) -> dict[str, Any]:
    """An attachment's row (no message id yet); `stored` says whether its contents go in as a blob."""
    size = _size(attachment)
    return {
        "position": position,
        "filename": attachment.filename,
        "content_type": clip(attachment.content_type, 200) or "application/octet-stream",
        "size": size,
        "sha256": attachment.sha256 or hashlib.sha256(attachment.data).hexdigest(),
        "stored": size <= policy.attachment_max_bytes,
    }


def _store_attachments(
    session: Session, policy: TicketPolicy, message_id: int, attachments: Iterable[NewAttachment]
) -> int:
    """Store a message's attachments (contents as blobs up to the cap); how many were over it."""
    not_stored = 0
    for position, attachment in enumerate(attachments):
        row = attachment_row(policy, position, attachment)
        if row["stored"]:
            row["sha256"] = store_blob(session, attachment.data)
        else:
            not_stored += 1
        insert_row(session, _ATTACHMENTS, {"message_id": message_id, **row})
    return not_stored


_ATTACHMENTS = MessageAttachment.__table__
_MESSAGES = Message.__table__


def insert_message(
    session: Session,
    policy: TicketPolicy,
    ticket_id: int,
    values: dict[str, Any],  # a message's columns, as message_values gives them
    attachments: Sequence[NewAttachment] = (),
    deferred: Deferred | None = None,
) -> StoredMessage:
    """Store a message (`message_values`) with its attachments and its search entry, without an ORM
    object; the caller updates the ticket's summary (`message_count`, `last_message_at`,
    `attachments_not_stored`) — the import writes a new ticket's row with them already counted.
    `deferred`: the search entry is left for `Deferred.write`."""
    row = {**values, "ticket_id": ticket_id}
    row["reference_ids"] = row.pop("references")
    message_id = insert_row(session, _MESSAGES, row)
    not_stored = _store_attachments(session, policy, message_id, attachments)
    indexed = search.IndexedText(
        message_id, values["subject"], values["from_name"], values["from_address"], values["body_text"]
    )
    if deferred is None:
        search.index_message(session, indexed)
    else:
        deferred.search.append(indexed)
    return StoredMessage(message_id, values["sent_at"] or values["created_at"], not_stored)


def add_message(
    session: Session,
    policy: TicketPolicy,
    ticket: Ticket,
    *,
    attachments: Iterable[NewAttachment] = (),
    **fields: Any,  # message_values' keyword arguments, checked there
) -> Message:
    """Store one message in `ticket`'s thread with its attachments and its search entry, and update the
    ticket's summary. The raw message and each attachment up to the office's cap are stored as blobs;
    a larger attachment is recorded without its contents and counted on the ticket. `fields`: those
    of `message_values`."""
    message = Message(ticket_id=ticket.id, **message_values(session, policy, **fields))
    session.add(message)
    session.flush()
    not_stored = _store_attachments(session, policy, message.id, attachments)
    search.index_message(session, message)
    moment = message.sent_at or message.created_at
    ticket.message_count = (ticket.message_count or 0) + 1
    ticket.attachments_not_stored = (ticket.attachments_not_stored or 0) + not_stored
    if ticket.last_message_at is None or moment > ticket.last_message_at:
        ticket.last_message_at = moment
    return message


def refresh_summary(session: Session, ticket: Ticket) -> None:
    """Recompute what the ticket row summarises of its messages (after messages moved in or out)."""
    session.flush()
    moment = func.coalesce(Message.sent_at, Message.created_at)
    count, last = session.execute(
        select(func.count(Message.id), func.max(moment)).where(Message.ticket_id == ticket.id)
    ).one()
    ticket.message_count = count
    if last is not None:
        ticket.last_message_at = last if isinstance(last, datetime) else _parse_moment(last)
    first_in = session.execute(
        select(Message.from_address, Message.from_name)
        .where(Message.ticket_id == ticket.id, Message.kind == MessageKind.CORRESPONDENCE_IN)
        .order_by(moment, Message.id)
        .limit(1)
    ).first()
    if first_in is not None:
        ticket.from_address, ticket.from_name = first_in
    ticket.attachments_not_stored = session.execute(
        select(func.count(MessageAttachment.id))
        .join(Message, Message.id == MessageAttachment.message_id)
        .where(Message.ticket_id == ticket.id, MessageAttachment.stored.is_(False))
    ).scalar_one()


def _parse_moment(value: object) -> datetime:
    """SQLite hands back max() over a datetime column as text."""
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def new_message_id(domain: str = "privacy-desk.invalid") -> str:
    """A Message-ID for what the desk writes itself (notes, calls, letters, replies)."""
    return f"pd.{uuid.uuid4().hex}@{domain}"
