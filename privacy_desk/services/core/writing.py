"""Taking the write lock at the start of a unit of work."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def begin_writing(session: Session) -> None:
    """Take SQLite's write lock as the transaction's first step. A transaction that has read first
    and then writes fails at once when another connection wrote meanwhile (WAL snapshots); one that
    starts by writing waits its turn (busy_timeout). PostgreSQL locks rows as needed (the services read
    a row they change with SELECT … FOR UPDATE): nothing to do."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE ticket_counters SET last_number = last_number WHERE 0"))
