"""The Incidents' tables: personal-data breaches (漏えい等, APPI Art. 26), the history of their answers,
their timeline, notices to the persons, filed reports, evidence and linked tickets.

The timeline and the answer history are append-only: migration 0011 puts triggers on both tables that
refuse UPDATE and DELETE in the database itself (docs/ARCHITECTURE.md, Incidents)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from privacy_desk.storage.models.base import Base, Versioned, utcnow
from privacy_desk.storage.types import UTCDateTime

APPEND_ONLY_TABLES = ("incident_answers", "incident_timeline")


class Incident(Versioned, Base):
    """A breach from the moment the company became aware of it (`aware_at`, the clock of every
    deadline) to its closing. The current answers of the assessment are columns here; every change of
    one is also a row of `incident_answers`."""

    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_status_aware_at", "status", "aware_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    suspected: Mapped[bool] = mapped_column(default=False)
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    discovered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    aware_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reported_by: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    data_items: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    secondary_damage: Mapped[str] = mapped_column(Text, default="")
    response_to_persons: Mapped[str] = mapped_column(Text, default="")
    public_announcement: Mapped[str] = mapped_column(Text, default="")
    prevention: Mapped[str] = mapped_column(Text, default="")
    other: Mapped[str] = mapped_column(Text, default="")
    systems: Mapped[str] = mapped_column(Text, default="")
    contractors: Mapped[str] = mapped_column(Text, default="")
    as_contractor: Mapped[bool] = mapped_column(default=False)
    commissioning_company: Mapped[str] = mapped_column(Text, default="")
    destination: Mapped[str] = mapped_column(String(30))
    destination_name: Mapped[str] = mapped_column(Text, default="")
    # The current answers (domain.incidents.Answer values) and the persons count.
    sensitive: Mapped[str] = mapped_column(String(10))
    financial: Mapped[str] = mapped_column(String(10))
    malicious: Mapped[str] = mapped_column(String(10))
    encrypted: Mapped[str] = mapped_column(String(10))
    pseudonymised: Mapped[str] = mapped_column(String(10))
    my_number: Mapped[str] = mapped_column(String(10))
    eu_subjects: Mapped[str] = mapped_column(String(10))
    persons_exact: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    persons_low: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    persons_high: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_by_name: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class IncidentAnswer(Base):
    """One change of one answer: who, when, why (append-only)."""

    __tablename__ = "incident_answers"
    __table_args__ = (Index("ix_incident_answers_incident_id_id", "incident_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    question: Mapped[str] = mapped_column(String(20))
    answer: Mapped[str] = mapped_column(String(10))
    persons_exact: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    persons_low: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    persons_high: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    changed_by_name: Mapped[str] = mapped_column(String(200), default="")


class IncidentTimelineEntry(Base):
    """A fact, action or decision (append-only); a correction is a new entry naming the one it corrects."""

    __tablename__ = "incident_timeline"
    __table_args__ = (Index("ix_incident_timeline_incident_id_at", "incident_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_by_name: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("incident_timeline.id"), nullable=True)


class IncidentNotice(Base):
    """A notice to the persons affected (Rule Art. 10), or the public announcement that substitutes."""

    __tablename__ = "incident_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    method: Mapped[str] = mapped_column(String(30))
    sent_on: Mapped[date] = mapped_column(Date)
    planned: Mapped[int] = mapped_column(BigInteger, default=0)
    reached: Mapped[int] = mapped_column(BigInteger, default=0)
    unreachable: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_by_name: Mapped[str] = mapped_column(String(200), default="")


class IncidentFiledReport(Base):
    """A report filed with its destination: the day and the receipt number (one per kind)."""

    __tablename__ = "incident_filed_reports"
    __table_args__ = (
        UniqueConstraint("incident_id", "kind", name="uq_incident_filed_reports_incident_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    kind: Mapped[str] = mapped_column(String(20))
    filed_on: Mapped[date] = mapped_column(Date)
    receipt_number: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    filed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    filed_by_name: Mapped[str] = mapped_column(String(200), default="")


class IncidentEvidence(Base):
    """A file kept as evidence, stored as a blob by its SHA-256 like a case's attachments."""

    __tablename__ = "incident_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    filename: Mapped[str] = mapped_column(Text, default="")
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    added_by_name: Mapped[str] = mapped_column(String(200), default="")


class IncidentTicket(Base):
    """An Inbox ticket linked to an incident (the mail that revealed it, a complaint about it)."""

    __tablename__ = "incident_tickets"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), primary_key=True, index=True)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    linked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
