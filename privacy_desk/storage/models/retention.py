"""The Retention register's tables (issue #12): data categories with their retention rule, holdings (a
concrete batch of personal data and its trigger day), holds (the privacy policy's four exceptions),
disposals with their evidence, and the purge rules and holds of the app's own records.

A holding stores its `expires_on` and `delete_from` (domain.retention.retention_end of its category's
rule), recomputed when the rule changes, so the calendar's days are counted in SQL."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from privacy_desk.storage.models.base import Base, Versioned, utcnow
from privacy_desk.storage.types import UTCDateTime


class RetentionCategory(Versioned, Base):
    """A kind of personal data the company keeps, for one of the policy's purposes of use. Seeded
    categories carry an English name too (`name_en`); one a user adds is named as typed."""

    __tablename__ = "retention_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    systems: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class RetentionRule(Versioned, Base):
    """A category's retention rule: period, trigger event and legal basis (one per category); a row
    version, so a rule edited on two desks at once is refused on the second (docs/ARCHITECTURE.md §7)."""

    __tablename__ = "retention_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("retention_categories.id"), unique=True)
    period_count: Mapped[int] = mapped_column(Integer)
    period_unit: Mapped[str] = mapped_column(String(1))
    trigger: Mapped[str] = mapped_column(String(30))
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class RetentionHolding(Versioned, Base):
    """A concrete batch ("call recordings, November 2025", 1,240 files, on rec-01) and its trigger day."""

    __tablename__ = "retention_holdings"
    __table_args__ = (
        Index("ix_retention_holdings_delete_from", "delete_from"),
        Index("ix_retention_holdings_category_id", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("retention_categories.id"))
    name: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    trigger_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    delete_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    disposed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class RetentionHold(Base):
    """A hold on a holding: one of the four exceptions, who decided, and when to review it. Released
    holds stay on record (`released_on`); at most one is open per holding."""

    __tablename__ = "retention_holds"
    __table_args__ = (Index("ix_retention_holds_holding_id_released_on", "holding_id", "released_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    holding_id: Mapped[int] = mapped_column(ForeignKey("retention_holdings.id"))
    reason: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_by_name: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date] = mapped_column(Date, index=True)
    released_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    released_by_name: Mapped[str] = mapped_column(String(200), default="")
    release_note: Mapped[str] = mapped_column(Text, default="")


class RetentionDisposal(Base):
    """How, when and by whom a holding was disposed of, approved by a manager; its certificate number;
    and the register as it stood then (its category's names, systems, owner, rule and the company),
    which the certificate states: a later edit of the category or rule never changes a certificate."""

    __tablename__ = "retention_disposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    holding_id: Mapped[int] = mapped_column(ForeignKey("retention_holdings.id"), unique=True)
    method: Mapped[str] = mapped_column(String(20))
    disposed_on: Mapped[date] = mapped_column(Date)
    disposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    disposed_by_name: Mapped[str] = mapped_column(String(200), default="")
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_by_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    certificate_no: Mapped[str] = mapped_column(String(20), unique=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    category_name: Mapped[str] = mapped_column(Text, default="")
    category_name_en: Mapped[str] = mapped_column(Text, default="")
    category_systems: Mapped[str] = mapped_column(Text, default="")
    category_owner: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str] = mapped_column(Text, default="")
    rule_period_count: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: no rule then
    rule_period_unit: Mapped[str] = mapped_column(String(1), default="")
    rule_trigger: Mapped[str] = mapped_column(String(30), default="")
    rule_legal_basis: Mapped[str] = mapped_column(Text, default="")


class RetentionEvidence(Base):
    """A file proving a disposal, stored as a blob by its SHA-256 like a case's attachments."""

    __tablename__ = "retention_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    disposal_id: Mapped[int] = mapped_column(ForeignKey("retention_disposals.id"), index=True)
    filename: Mapped[str] = mapped_column(Text, default="")
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)


class RetentionPurgeRule(Versioned, Base):
    """How long the app keeps its own closed records of one kind (tickets, cases, incidents) and what
    the purge does then ("anonymise" keeps the row for the statistics; "delete")."""

    __tablename__ = "retention_purge_rules"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    period_count: Mapped[int] = mapped_column(Integer)
    period_unit: Mapped[str] = mapped_column(String(1))
    action: Mapped[str] = mapped_column(String(20), default="anonymise")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class RetentionRecordHold(Base):
    """A hold on one of the app's own records (a ticket, case or incident): the purge leaves it."""

    __tablename__ = "retention_record_holds"
    __table_args__ = (UniqueConstraint("kind", "record_id", name="uq_retention_record_holds_kind_record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by_name: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date] = mapped_column(Date)


class RetentionPurged(Base):
    """One of the app's records the purge anonymised or deleted: when, by whom and under which rule.
    What stays of it (an anonymised row) keeps the statistics; this row keeps the purge's proof and
    keeps an anonymised record out of the next plan until it changes again (`updated_at` after
    `purged_at`: a purged record purged again has a row per purge). Known by `ref`: a row id is handed
    out again after a delete on SQLite."""

    __tablename__ = "retention_purged"
    __table_args__ = (Index("ix_retention_purged_kind_ref", "kind", "ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str] = mapped_column(String(20), default="")
    action: Mapped[str] = mapped_column(String(20))
    closed_on: Mapped[date] = mapped_column(Date)
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    purged_by_name: Mapped[str] = mapped_column(String(200), default="")
