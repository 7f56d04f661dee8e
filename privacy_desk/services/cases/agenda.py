"""The Today page's part of the cases: each open case on its internal due date (overdue ones
included), and the GDPR date of a GDPR request (statutory); read from the stored dates in SQL."""

from __future__ import annotations

from datetime import date

from privacy_desk.services.cases import queries as cases_queries
from privacy_desk.services.cases.store import load_policy
from privacy_desk.services.core.agenda import AgendaItem, AgendaKind
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database


class CaseAgenda:
    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def agenda_items(self, today: date, start: date | None, end: date, limit: int | None) -> list[AgendaItem]:
        policy = load_policy(self._settings.values())
        with self._db.transaction() as session:
            rows = cases_queries.agenda_rows(session, policy, today, start, end, limit)
        return [AgendaItem(day, AgendaKind.CASE, ref, name, statutory) for day, ref, name, statutory in rows]

    def agenda_count(self, today: date, start: date | None, end: date) -> int:
        policy = load_policy(self._settings.values())
        with self._db.transaction() as session:
            return cases_queries.agenda_count(session, policy, today, start, end)
