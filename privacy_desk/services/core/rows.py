"""Rows every feature writes the same way: blobs by SHA-256, inserts that ignore a duplicate key, and
plain inserts returning the new id (the hot path of a mail import), each statement built once."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Executable, Table, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from privacy_desk.storage.models import Blob

# Statements of the import's hot path are built once: building and caching a statement anew for each
# message cost more than SQLite running it.
_CONFLICT_FREE_INSERTS: dict[tuple[str, str], Executable] = {}


def insert_ignoring_conflict(
    session: Session,
    table: Table,
    values: dict[str, object] | list[dict[str, object]],
    key: str | tuple[str, ...],
) -> None:
    """Insert `values` (a row, or many in one statement) unless a row with the same `key` (a unique
    column, or the columns of the primary key) exists: two desks inserting the same row at once is
    harmless."""
    keys = [key] if isinstance(key, str) else list(key)
    dialect = session.get_bind().dialect.name
    statement = _CONFLICT_FREE_INSERTS.get((dialect, table.name))
    if statement is None:
        # The dialect modules load on first use: the PostgreSQL one takes a noticeable part of start-up.
        if dialect == "postgresql":
            from sqlalchemy.dialects import postgresql

            statement = postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
        elif dialect == "sqlite":
            from sqlalchemy.dialects import sqlite

            statement = sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)
        else:  # pragma: no cover - the two supported databases are above
            for row in values if isinstance(values, list) else [values]:
                match = [table.c[k] == row[k] for k in keys]
                if session.execute(select(*[table.c[k] for k in keys]).where(*match)).first() is None:
                    session.execute(table.insert(), row)
            return
        _CONFLICT_FREE_INSERTS[dialect, table.name] = statement
    session.execute(statement, values)


def store_blob(session: Session, data: bytes) -> str:
    """Store `data` once by its SHA-256 (a second desk storing the same bytes at once is harmless)."""
    digest = hashlib.sha256(data).hexdigest()
    insert_ignoring_conflict(
        session,
        Blob.__table__,
        {"sha256": digest, "size": len(data), "data": data, "created_at": datetime.now(UTC)},
        "sha256",
    )
    return digest


def insert_row(session: Session, table: Table, values: dict[str, object]) -> int:
    """Insert one row without an ORM object (the import's hot path: a tenth of the work of an ORM
    flush); its id back. The statement is built once per table and cached compiled per set of columns."""
    statement = _INSERT_RETURNING_ID.get(table.name)
    if statement is None:
        statement = _INSERT_RETURNING_ID[table.name] = table.insert().returning(table.c.id)
    new_id: int = session.execute(statement, values).scalar_one()
    return new_id


_INSERT_RETURNING_ID: dict[str, ReturningInsert[Any]] = {}
