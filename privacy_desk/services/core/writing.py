"""The unit of work of a service call that changes data (docs/ARCHITECTURE.md §6.4)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from privacy_desk.storage.engine import Database


def begin_writing(session: Session) -> None:
    """Take SQLite's write lock as the transaction's first step. A transaction that has read first
    and then writes fails at once when another connection wrote meanwhile (WAL snapshots); one that
    starts by writing waits its turn (busy_timeout). PostgreSQL locks rows as needed (the services read
    a row they change with SELECT … FOR UPDATE): nothing to do."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE counters SET last_number = last_number WHERE 0"))


@contextmanager
def writing(db: Database) -> Iterator[Session]:
    """One transaction whose first step takes the write lock: the template of every call that changes
    data. The caller has checked the actor's permission; what it changes it reads with `lock=True`
    (SELECT … FOR UPDATE) and audits through `core.audit.record` in this transaction."""
    with db.transaction() as session:
        begin_writing(session)
        yield session
