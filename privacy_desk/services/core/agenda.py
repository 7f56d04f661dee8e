"""The Today page's agenda: everything due, overdue or coming up, grouped by day.

Each area (requests, tickets, incidents, retention) contributes an `AgendaSource`; the composition
root hands the list to `AgendaService`, so adding an area never touches this module.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol


class AgendaKind(StrEnum):
    CLOSURE = "closure"
    TICKET = "ticket"
    CASE = "case"
    INCIDENT = "incident"
    RETENTION = "retention"


@dataclass(frozen=True)
class AgendaItem:
    day: date
    kind: AgendaKind
    ref: str
    title: str
    statutory: bool = False
    done: bool = False


@dataclass(frozen=True)
class AgendaDay:
    day: date
    items: tuple[AgendaItem, ...]


class AgendaSource(Protocol):
    def agenda_items(self, today: date, until: date) -> list[AgendaItem]:
        """Open items due up to `until`, overdue ones (before `today`) included."""
        ...


class AgendaService:
    def __init__(self, sources: Sequence[AgendaSource]) -> None:
        self._sources = list(sources)

    def agenda(self, today: date, days_ahead: int = 14) -> list[AgendaDay]:
        until = today + timedelta(days=days_ahead)
        by_day: dict[date, list[AgendaItem]] = defaultdict(list)
        for source in self._sources:
            for item in source.agenda_items(today, until):
                by_day[item.day].append(item)
        return [
            AgendaDay(day, tuple(sorted(by_day[day], key=lambda i: (i.kind != AgendaKind.CLOSURE, i.ref))))
            for day in sorted(by_day)
        ]
