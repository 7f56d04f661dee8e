"""Closure days (行政機関の休日) and the arithmetic that steps over them.

A closure day is a Saturday, a Sunday, a national holiday including 振替休日 and 国民の休日 (from
`holidays.Japan`), a day from 29 December to 3 January, or a day the company itself has declared closed.

`holidays.Japan` covers 1949–2099; outside that range only weekends, 年末年始 and company closures count.
Its holiday names come from gettext catalogues, so the language is always passed explicitly: the
package's default follows the process locale and would give English names on a C-locale server.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from privacy_desk.errors import QT_TRANSLATE_NOOP

SATURDAY = QT_TRANSLATE_NOOP("Closure", "Saturday")
SUNDAY = QT_TRANSLATE_NOOP("Closure", "Sunday")
NEW_YEAR = QT_TRANSLATE_NOOP("Closure", "Year-end and New Year holidays")
COMPANY_CLOSURE = QT_TRANSLATE_NOOP("Closure", "Company closure day")

# The GUI speaks "ja" and "en"; holidays' catalogue for English is en_US.
_HOLIDAY_LANGUAGES = {"ja": "ja", "en": "en_US"}


@lru_cache(maxsize=256)
def _national_holidays(year: int, language: str = "ja") -> Mapping[date, str]:
    """One year's holidays, cached: list views ask about every row's dates on every repaint."""
    import holidays  # here, not at the top: 0.1 s of imports kept off the start-up path

    return MappingProxyType(dict(holidays.Japan(years=year, language=_HOLIDAY_LANGUAGES[language])))


def holiday_name(day: date, language: str = "ja") -> str | None:
    """The national holiday's name in "ja" or "en" (e.g. 振替休日 / "Substitute Holiday"), else None."""
    return _national_holidays(day.year, language).get(day)


def _is_new_year_break(day: date) -> bool:
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


@dataclass(frozen=True)
class ClosureCalendar:
    """The office's closure days: the statutory ones plus the company's own (an administrator's list)."""

    company_closures: frozenset[date] = frozenset()

    def is_closed(self, day: date) -> bool:
        # Cheapest tests first: most days are decided by the weekday alone.
        return (
            day.weekday() >= 5
            or _is_new_year_break(day)
            or day in self.company_closures
            or day in _national_holidays(day.year)
        )

    def closure_reason(self, day: date, *, language: str = "ja") -> str | None:
        """Why `day` is closed, or None when it is open.

        A national holiday gives its name from `holidays` in `language` ("ja" or "en"); it is data, not a
        catalogue entry. Any other reason is an English source text in the Qt context "Closure", which the
        GUI translates (translating a holiday name as well is harmless: the catalogue has no entry for it).
        The most specific reason wins: holiday, then 年末年始, then the weekday, then a company closure.
        """
        name = holiday_name(day, language)
        if name is not None:
            return name
        if _is_new_year_break(day):
            return NEW_YEAR
        if day.weekday() == 5:
            return SATURDAY
        if day.weekday() == 6:
            return SUNDAY
        if day in self.company_closures:
            return COMPANY_CLOSURE
        return None

    def previous_open_day(self, day: date) -> date:
        """`day` itself when open, else the last open day before it."""
        while self.is_closed(day):
            day -= timedelta(days=1)
        return day

    def next_open_day(self, day: date) -> date:
        """`day` itself when open, else the first open day after it."""
        while self.is_closed(day):
            day += timedelta(days=1)
        return day

    def add_business_days(self, day: date, n: int) -> date:
        """The n-th open day after `day` (before it when n < 0); `day` itself when n == 0.

        `day` need not be open: counting starts from the day after (or before) it either way.
        """
        step = timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        while remaining:
            day += step
            if not self.is_closed(day):
                remaining -= 1
        return day
