"""Closure days on the Today page's agenda."""

from __future__ import annotations

from datetime import date, timedelta

from privacy_desk.services.core.agenda import AgendaItem, AgendaKind
from privacy_desk.services.settings.service import OfficeSettingsService


class ClosureDays:
    """Holidays and company closures ahead: they move deadlines, so staff want to see them coming.
    Ordinary weekends are left out as noise."""

    def __init__(self, settings: OfficeSettingsService) -> None:
        self._settings = settings

    def agenda_items(self, today: date, start: date | None, end: date, limit: int | None) -> list[AgendaItem]:
        """Closures from today on (a past closure is nothing to do), in the agenda's order."""
        calendar = self._settings.calendar()
        items: list[AgendaItem] = []
        day = max(start or today, today)
        while day <= end and (limit is None or len(items) < limit):
            reason = calendar.closure_reason(day)
            if reason is not None and day.weekday() < 5:
                items.append(AgendaItem(day, AgendaKind.CLOSURE, day.isoformat(), reason))
            day += timedelta(days=1)
        return items

    def agenda_count(self, today: date, start: date | None, end: date) -> int:
        return len(self.agenda_items(today, start, end, None))
