"""What every table shares: the declarative base with its naming convention, and row versions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

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
