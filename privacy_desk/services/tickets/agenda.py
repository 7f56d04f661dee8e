"""The Today page's part of the tickets: open tickets whose first response is due (or overdue)."""

from __future__ import annotations

from datetime import date

from privacy_desk.services.core.agenda import AgendaItem, AgendaKind
from privacy_desk.services.tickets import queries as tickets_queries
from privacy_desk.storage.engine import Database


class TicketAgenda:
    """Counted and cut in SQL (services/tickets/queries.agenda_rows), in the agenda's order."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def agenda_items(self, today: date, start: date | None, end: date, limit: int | None) -> list[AgendaItem]:
        with self._db.transaction() as session:
            rows = tickets_queries.agenda_rows(session, start, end, limit)
        return [
            AgendaItem(due, AgendaKind.TICKET, ref, subject, category=str(category))
            for ref, subject, due, category in rows
        ]

    def agenda_count(self, today: date, start: date | None, end: date) -> int:
        with self._db.transaction() as session:
            return tickets_queries.agenda_count(session, start, end)
