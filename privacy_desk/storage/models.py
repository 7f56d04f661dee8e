"""The tables. Each later feature adds its own models here and its own Alembic migration."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Date, ForeignKey, Index, LargeBinary, MetaData, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from privacy_desk.storage.types import JSONText, UTCDateTime

# Named constraints keep Alembic's autogenerate and SQLite batch migrations predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model has a Table of its own (DeclarativeBase says FromClause, which cannot insert or update).
    __table__: ClassVar[Table]


class Versioned(Base):
    """A record desks edit: the ORM adds 1 to `version` with every UPDATE and makes that UPDATE match the
    version it read, so a service can refuse a save made against an older read (migration 0004)."""

    __abstract__ = True  # no table: each model that inherits it gets the column

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr takes the class
        return {"version_id_col": cls.__table__.c.version}


class Setting(Base):
    """Office-wide settings, shared by every desk that uses this database."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSONText)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(150), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Person(Versioned, Base):
    """A requester: someone who writes, calls or asks about their personal data."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_kana: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Counter(Base):
    """The last number given out in a series ("ticket", "case") per year; its row is locked while a new
    record takes a number (migration 0006)."""

    __tablename__ = "counters"

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class AuditEntry(Base):
    """Append-only record of every change. `id` orders the entries; a later hash chain links them."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_login: Mapped[str] = mapped_column(String(150))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    before: Mapped[object | None] = mapped_column(JSONText, nullable=True)
    after: Mapped[object | None] = mapped_column(JSONText, nullable=True)


# -- Inbox: tickets, their messages and attachments -------------------------------------------------


class Blob(Base):
    """File contents by SHA-256 (attachments, raw mail): stored once however often they arrive, and in
    the database itself so that every desk of a shared office database has them."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


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
    possibly_related_to_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), nullable=True)
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
    target_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    message_ids: Mapped[list[int]] = mapped_column(JSONText, default=list)
    target_due_before: Mapped[date | None] = mapped_column(Date, nullable=True)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# -- Requests: data-subject request cases (開示等の請求) ----------------------------------------------


class Case(Versioned, Base):
    """A data-subject request from its arrival to its closing. The requester is the person whose data it
    is (`person_id`); an agent or legal representative who asks for them is `requester_kind`/`agent_*`.

    Dates that are office dates (arrival, payment, response) are `Date`s; moments are aware UTC."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_state_received_on", "state", "received_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    request_type: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(30))
    gdpr: Mapped[bool] = mapped_column(default=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    requester_kind: Mapped[str] = mapped_column(String(30))
    agent_name: Mapped[str] = mapped_column(String(200), default="")
    agent_contact: Mapped[str] = mapped_column(Text, default="")
    requested_items: Mapped[str] = mapped_column(Text, default="")
    delivery_method: Mapped[str | None] = mapped_column(String(20), nullable=True)
    delivery_note: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date] = mapped_column(Date, index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), nullable=True, index=True)
    # Identity verification (本人確認), or a manager's override of it.
    identity_documents: Mapped[list[str]] = mapped_column(JSONText, default=list)
    identity_note: Mapped[str] = mapped_column(Text, default="")
    identity_checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    identity_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    identity_override_reason: Mapped[str] = mapped_column(Text, default="")
    identity_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    identity_override_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Fee (Art. 38): only for purpose, disclosure and provision records.
    fee_amount: Mapped[int | None] = mapped_column(nullable=True)
    fee_paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    gdpr_extension_notice_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The decision, its ground and explanation (Art. 33(2), 36), and a manager's approval.
    decision: Mapped[str | None] = mapped_column(String(20), nullable=True)
    refusal_ground: Mapped[str | None] = mapped_column(String(50), nullable=True)
    explanation: Mapped[str] = mapped_column(Text, default="")
    correction_details: Mapped[str] = mapped_column(Text, default="")  # what was corrected, added, deleted
    systems_notified: Mapped[list[str]] = mapped_column(JSONText, default=list)  # stop-use: systems told
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    responded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # closed, withdrawn or rejected
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CasePause(Base):
    """Time the desk waited for the requester: the internal due date moves by these days."""

    __tablename__ = "case_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class CaseEvent(Base):
    """One line of a case's timeline: who did what when. `kind` names a translatable sentence whose
    placeholders come from `params`; `text` is what a person wrote (a note, a reason), kept as written."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case_id_at", "case_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict[str, object]] = mapped_column(JSONText, default=dict)
    text: Mapped[str] = mapped_column(Text, default="")


class CaseTask(Base):
    __tablename__ = "case_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaseAttachment(Base):
    """A file kept with a case (identity documents, the request form, the answer), stored as a blob by
    its SHA-256 like a ticket's attachments. A document showing an individual number (My Number) needs
    the desk's confirmation that the number was masked before the case can proceed."""

    __tablename__ = "case_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    filename: Mapped[str] = mapped_column(Text, default="")
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    identity_document: Mapped[bool] = mapped_column(default=False)
    shows_my_number: Mapped[bool] = mapped_column(default=False)
    masked_confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    masked_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
