"""The Requests' tables: data-subject request cases (開示等の請求), their pauses, timeline, tasks, files."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from privacy_desk.storage.models.base import Base, Versioned, utcnow
from privacy_desk.storage.types import JSONText, UTCDateTime


class Case(Versioned, Base):
    """A data-subject request from its arrival to its closing. The requester is the person whose data it
    is (`person_id`); an agent or legal representative who asks for them is `requester_kind`/`agent_*`.

    Dates that are office dates (arrival, payment, response) are `Date`s; moments are aware UTC."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_state_received_on", "state", "received_on"),
        Index("ix_cases_state_due_on", "state", "due_on"),
    )

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
    # The due dates as computed (domain/case_deadlines.py) under the settings `due_stamp` names, on
    # `due_as_of` while a pause is open (`due_waiting`): what lists sort and filter by (migration 0010).
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    gdpr_due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    due_stamp: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    due_waiting: Mapped[bool] = mapped_column(default=False, server_default=false())
    due_as_of: Mapped[date | None] = mapped_column(Date, nullable=True)


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
