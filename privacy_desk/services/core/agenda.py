"""The Today page's agenda: everything due, overdue or coming up, grouped by day.

Each area (requests, tickets, incidents, retention) contributes an `AgendaSource`; the composition
root hands the list to `AgendaService`, so adding an area never touches this module. The page asks for
two sections, what is overdue and what is due from today on, each counted in SQL and listed up to a
limit ("Show more" asks again with a larger one): at 100,000 overdue tickets the page shows their count
and the first of them, not a tree of every one.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
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
    category: str = ""  # a ticket's category (a TicketCategory value), which the page names it by


@dataclass(frozen=True)
class AgendaDay:
    day: date
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class AgendaSection:
    """The first items of a section and how many it holds in all."""

    items: tuple[AgendaItem, ...]
    total: int

    @property
    def complete(self) -> bool:
        return len(self.items) >= self.total


@dataclass(frozen=True)
class Agenda:
    overdue: AgendaSection  # due before today
    coming: AgendaSection  # due from today to the last day asked for

    @property
    def days(self) -> list[AgendaDay]:
        return by_day([*self.overdue.items, *self.coming.items])

    @property
    def complete(self) -> bool:
        return self.overdue.complete and self.coming.complete


class AgendaSource(Protocol):
    def agenda_items(self, today: date, start: date | None, end: date, limit: int | None) -> list[AgendaItem]:
        """Open items due from `start` (None: however long ago) to `end`, in `order_key` order, at most
        `limit` (None: all)."""
        ...

    def agenda_count(self, today: date, start: date | None, end: date) -> int:
        """How many items `agenda_items` would give without a limit."""
        ...


def order_key(item: AgendaItem) -> tuple[date, bool, str, bool]:
    """The agenda's order: by day, a day's closure first, then by reference (a case's internal date
    before its statutory one). A source lists its items in this order, so the first items of all
    sources merge into the first items of the agenda."""
    return (item.day, item.kind != AgendaKind.CLOSURE, item.ref, item.statutory)


def by_day(items: Iterable[AgendaItem]) -> list[AgendaDay]:
    days: dict[date, list[AgendaItem]] = defaultdict(list)
    for item in items:
        days[item.day].append(item)
    return [AgendaDay(day, tuple(sorted(days[day], key=order_key))) for day in sorted(days)]


class AgendaService:
    def __init__(self, sources: Sequence[AgendaSource]) -> None:
        self._sources = list(sources)

    def agenda_page(self, today: date, days_ahead: int = 14, limit: int | None = 100) -> Agenda:
        """Counts and the first `limit` items of each section (None: every item)."""
        until = today + timedelta(days=days_ahead)
        return Agenda(
            self._section(today, None, today - timedelta(days=1), limit),
            self._section(today, today, until, limit),
        )

    def agenda(self, today: date, days_ahead: int = 14) -> list[AgendaDay]:
        """Every item, grouped by day (for a report or a test; the page uses `agenda_page`)."""
        return self.agenda_page(today, days_ahead, None).days

    def _section(self, today: date, start: date | None, end: date, limit: int | None) -> AgendaSection:
        lists = [source.agenda_items(today, start, end, limit) for source in self._sources]
        merged = list(heapq.merge(*(sorted(items, key=order_key) for items in lists), key=order_key))
        items = merged if limit is None else merged[:limit]
        if limit is None or all(len(found) < limit for found in lists):
            total = len(merged)  # every source gave all it has: no count to ask for
        else:
            total = sum(source.agenda_count(today, start, end) for source in self._sources)
        return AgendaSection(tuple(items), total)
