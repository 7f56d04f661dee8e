"""The Today page's part of the register: holdings due for deletion on their `delete_from` (overdue
ones included) and holds on their review date, not disposed of; read from the stored dates in SQL."""

from __future__ import annotations

from datetime import date

from privacy_desk.services.core.agenda import AgendaItem, AgendaKind
from privacy_desk.services.retention import queries
from privacy_desk.storage.engine import Database


class RetentionAgenda:
    def __init__(self, db: Database) -> None:
        self._db = db

    def agenda_items(self, today: date, start: date | None, end: date, limit: int | None) -> list[AgendaItem]:
        with self._db.transaction() as session:
            rows = queries.agenda_rows(session, start, end)
        # `category` says which of the two it is: "due" (delete from that day) or "review" (a hold).
        items = [
            AgendaItem(day, AgendaKind.RETENTION, ref, name, category=kind) for day, ref, name, kind in rows
        ]
        return items if limit is None else items[:limit]

    def agenda_count(self, today: date, start: date | None, end: date) -> int:
        with self._db.transaction() as session:
            return len(queries.agenda_rows(session, start, end))
