"""The tables every feature uses: settings, users, persons, counters, the audit trail, blobs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, validates

from privacy_desk.domain.tickets import normalize_name
from privacy_desk.storage.models.base import Base, Versioned, utcnow
from privacy_desk.storage.types import JSONText, UTCDateTime

PERSON_SEARCH_FIELDS = ("name", "name_kana", "email", "phone")
SEARCH_KEY_SEPARATOR = "\x1f"  # whitespace to str.split, so no normalised field holds it


def person_search_key(*fields: str) -> str:
    """A person's fields as the person search compares them, each normalised, joined by a separator:
    a normalised query occurs in the key exactly when it occurs in one of the fields."""
    return SEARCH_KEY_SEPARATOR.join(normalize_name(field) for field in fields)


def _search_key_default(context: DefaultExecutionContext) -> str:
    """The key of a row inserted without the ORM (the mail import's `insert_row`): from its values."""
    values = context.get_current_parameters()  # type: ignore[no-untyped-call]  # unannotated in SQLAlchemy
    return person_search_key(*(str(values.get(f) or "") for f in PERSON_SEARCH_FIELDS))


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
    # The user's own signature for the mail they send; NULL: the default (migration 0008)
    signature: Mapped[str | None] = mapped_column(Text, default=None)


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
    # What the person search looks in (migration 0010): kept by `_keep_search_key` on every change. Not
    # indexed (migration 0013): the search's LIKE '%…%' cannot use a B-tree index.
    search_key: Mapped[str] = mapped_column(Text, default=_search_key_default, server_default="")

    @validates("name", "name_kana", "email", "phone")
    def _keep_search_key(self, key: str, value: str) -> str:
        fields = {f: getattr(self, f, None) or "" for f in PERSON_SEARCH_FIELDS}
        fields[key] = value or ""
        self.search_key = person_search_key(*(fields[f] for f in PERSON_SEARCH_FIELDS))
        return value


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


class Blob(Base):
    """File contents by SHA-256 (attachments, raw mail): stored once however often they arrive, and in
    the database itself so that every desk of a shared office database has them."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
