"""The Inbox's tables: tickets, their messages and attachments, merges."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from privacy_desk.storage.models.base import Base, Versioned, utcnow
from privacy_desk.storage.types import JSONText, UTCDateTime


class Ticket(Versioned, Base):
    """An inquiry, complaint or request as it reached the desk: a thread of messages.

    `from_address`, `from_name`, `message_count` and `last_message_at` summarise the thread so that a
    page of the Inbox is one query on this table; the service keeps them in step with the messages."""

    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_received_at", "status", "received_at"),
        Index("ix_tickets_merged_into_id_received_at", "merged_into_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(30))
    category_confirmed: Mapped[bool] = mapped_column(default=False)
    suggested_category: Mapped[str | None] = mapped_column(String(30), nullable=True)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True, index=True)
    from_address: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    first_response_due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    first_responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    unread: Mapped[bool] = mapped_column(default=True)
    # Indexed: opening a ticket lists the tickets marked related to it.
    possibly_related_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id"), nullable=True, index=True
    )
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), nullable=True)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    message_count: Mapped[int] = mapped_column(default=0)
    attachments_not_stored: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Message(Base):
    """One item of a ticket's thread: mail in or out, an internal note, a phone call or a letter."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_ticket_id_id", "ticket_id", "id"),
        # Covers "which tickets do these messages belong to" for a search's matches.
        Index("ix_messages_id_ticket_id", "id", "ticket_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    message_id: Mapped[str] = mapped_column(String(1000), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(1000), nullable=True, index=True)
    references: Mapped[list[str]] = mapped_column("reference_ids", JSONText, default=list)
    kind: Mapped[str] = mapped_column(String(30))
    outgoing: Mapped[bool] = mapped_column(default=False)  # from the desk (a reply, a call back, a letter)
    from_address: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(200), default="")
    to_addresses: Mapped[list[str]] = mapped_column(JSONText, default=list)
    cc_addresses: Mapped[list[str]] = mapped_column(JSONText, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text, nullable=True)
    headers: Mapped[list[list[str]]] = mapped_column(JSONText, default=list)
    defects: Mapped[list[str]] = mapped_column(JSONText, default=list)
    # A delivery failure's report (kind "bounce", migration 0009): {"returned_message_id": …,
    # "recipients": [{"address", "action", "status", "diagnostic"}]}; NULL for every other message.
    bounce: Mapped[dict[str, object] | None] = mapped_column(JSONText, nullable=True)
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    origin: Mapped[str] = mapped_column(Text, default="")
    phone_number: Mapped[str] = mapped_column(String(50), default="")
    duration_seconds: Mapped[int | None] = mapped_column(nullable=True)
    recording_ref: Mapped[str] = mapped_column(String(500), default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MessageAttachment(Base):
    """A file that came with a message. `stored` is False when it was larger than the office's cap:
    its name, type, size and hash are kept, its contents are not."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    filename: Mapped[str] = mapped_column(Text, default="")
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    stored: Mapped[bool] = mapped_column(default=True)


class TicketMerge(Base):
    """A merge of one ticket into another, kept so that it can be undone: which messages moved."""

    __tablename__ = "ticket_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    # Indexed: opening a ticket lists the tickets merged into it.
    target_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    message_ids: Mapped[list[int]] = mapped_column(JSONText, default=list)
    target_due_before: Mapped[date | None] = mapped_column(Date, nullable=True)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
