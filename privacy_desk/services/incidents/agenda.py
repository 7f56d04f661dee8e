"""The Today page's part of the incidents: each open reportable incident on its next open deadline
(the preliminary report's due day, the final report's — statutory — or the GDPR day), overdue ones
included. Incidents are few: the deadlines come from the rule for each, not from stored dates."""

from __future__ import annotations

from datetime import date

from privacy_desk.services.core.agenda import AgendaItem, AgendaKind, order_key
from privacy_desk.services.incidents import queries
from privacy_desk.services.incidents.records import IncidentFilter
from privacy_desk.services.incidents.store import load_policy
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database


class IncidentAgenda:
    """An AgendaSource (services/core/agenda.py). An item's `category` names the deadline:
    "preliminary", "final" or "gdpr"."""

    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def _items(self, start: date | None, end: date) -> list[AgendaItem]:
        policy = load_policy(self._settings.values())
        with self._db.transaction() as session:
            rows = queries.listed(session, policy, IncidentFilter(open_only=True, reportable_only=True))
        items = [
            AgendaItem(
                row.next_deadline,
                AgendaKind.INCIDENT,
                row.ref,
                row.title,
                statutory=row.next_deadline_kind in ("final", "gdpr"),
                category=row.next_deadline_kind,
            )
            for row in rows
            if row.next_deadline is not None
            and row.status.is_open
            and (start is None or row.next_deadline >= start)
            and row.next_deadline <= end
        ]
        return sorted(items, key=order_key)

    def agenda_items(self, today: date, start: date | None, end: date, limit: int | None) -> list[AgendaItem]:
        items = self._items(start, end)
        return items if limit is None else items[:limit]

    def agenda_count(self, today: date, start: date | None, end: date) -> int:
        return len(self._items(start, end))


__all__ = ["IncidentAgenda"]
