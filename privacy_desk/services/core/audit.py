"""The audit trail: every change made through a service writes an entry in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.services.core.actor import Actor
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import AuditEntry, utcnow

_INSERT = AuditEntry.__table__.insert()


def record(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: object,
    action: str,
    *,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
    into: list[dict[str, object]] | None = None,
) -> None:
    """Write an audit entry. `into`: append it there instead, for `record_many` later in the same
    transaction (a mail import writes a batch's entries in one statement before it commits)."""
    entry: dict[str, object] = {
        "occurred_at": utcnow(),
        "actor_id": actor.id,
        "actor_login": actor.login,
        "entity": entity,
        "entity_id": str(entity_id),
        "action": action,
        "before": before,
        "after": after,
    }
    if into is not None:
        into.append(entry)
        return
    # A plain INSERT, not an ORM object: nothing reads an entry back in the transaction that writes
    # it, and a mail import writes thousands (an ORM flush costs several times the INSERT).
    session.execute(_INSERT, entry)


def record_many(session: Session, entries: list[dict[str, object]]) -> None:
    """Write the entries `record(..., into=...)` collected, in their order."""
    if entries:
        session.execute(_INSERT, entries)


@dataclass(frozen=True)
class AuditRow:
    id: int
    occurred_at: datetime
    actor_login: str
    entity: str
    entity_id: str
    action: str
    before: object
    after: object


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(
        self, *, entity: str | None = None, entity_id: object = None, limit: int = 200
    ) -> list[AuditRow]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if entity is not None:
            query = query.where(AuditEntry.entity == entity)
        if entity_id is not None:
            query = query.where(AuditEntry.entity_id == str(entity_id))
        with self._db.transaction() as session:
            return [
                AuditRow(
                    e.id, e.occurred_at, e.actor_login, e.entity, e.entity_id, e.action, e.before, e.after
                )
                for e in session.scalars(query)
            ]
