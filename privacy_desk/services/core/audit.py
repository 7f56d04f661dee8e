"""Reading the audit trail. Entries are written only by the unit of work (`core.writing.Work.audit`), in
the transaction of the change they describe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import AuditEntry


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
