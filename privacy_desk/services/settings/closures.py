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

    def agenda_items(self, today: date, until: date) -> list[AgendaItem]:
        calendar = self._settings.calendar()
        items = []
        day = today
        while day <= until:
            reason = calendar.closure_reason(day)
            if reason is not None and day.weekday() < 5:
                items.append(AgendaItem(day, AgendaKind.CLOSURE, day.isoformat(), reason))
            day += timedelta(days=1)
        return items
