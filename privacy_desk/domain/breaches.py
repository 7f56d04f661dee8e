"""Breach reports to the PPC (漏えい等報告, APPI Art. 26; Rules Art. 7–8): triggers and deadlines."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.errors import QT_TRANSLATE_NOOP

OFFICE_TZ = ZoneInfo("Asia/Tokyo")


class BreachTrigger(StrEnum):
    """Rule Art. 7 (1)–(4): any one, actual or suspected, makes a breach reportable."""

    SENSITIVE = "sensitive"
    FINANCIAL = "financial"
    MALICIOUS = "malicious"
    OVER_1000 = "over_1000"

    @property
    def label(self) -> str:
        """English source text in the Qt context "BreachTrigger"; the GUI translates it."""
        return _TRIGGER_LABELS[self]


_TRIGGER_LABELS = {
    BreachTrigger.SENSITIVE: QT_TRANSLATE_NOOP("BreachTrigger", "Sensitive personal information"),
    BreachTrigger.FINANCIAL: QT_TRANSLATE_NOOP("BreachTrigger", "Risk of financial loss"),
    BreachTrigger.MALICIOUS: QT_TRANSLATE_NOOP("BreachTrigger", "Malicious act"),
    BreachTrigger.OVER_1000: QT_TRANSLATE_NOOP("BreachTrigger", "More than 1,000 persons"),
}

PRELIMINARY_TARGET_DAYS = 3  # PPC guideline 「概ね3～5日以内」
PRELIMINARY_DUE_DAYS = 5
# Rule Art. 8(2): 30 days, 60 for a malicious act, counting the aware day as day 1.
FINAL_DAYS = 30
FINAL_DAYS_MALICIOUS = 60
GDPR_HOURS = 72  # GDPR Art. 33(1)


@dataclass(frozen=True)
class BreachDeadlines:
    aware_day: date  # office date
    preliminary_target: date  # guideline
    preliminary_due: date  # guideline
    final_due: date  # statutory
    gdpr_due: datetime  # UTC; GDPR overlay for EU data subjects


def breach_deadlines(
    aware_at: datetime,
    *,
    malicious: bool,
    calendar: ClosureCalendar,
    office_tz: ZoneInfo = OFFICE_TZ,
) -> BreachDeadlines:
    """The report deadlines from the moment the company became aware of a breach.

    A naive `aware_at` is taken as office local time: that is how staff type it, and refusing it would
    only make every caller attach the office zone themselves.
    """
    if aware_at.tzinfo is None:
        aware_at = aware_at.replace(tzinfo=office_tz)
    aware_day = aware_at.astimezone(office_tz).date()
    final = aware_day + timedelta(days=(FINAL_DAYS_MALICIOUS if malicious else FINAL_DAYS) - 1)
    return BreachDeadlines(
        aware_day=aware_day,
        preliminary_target=aware_day + timedelta(days=PRELIMINARY_TARGET_DAYS),
        preliminary_due=aware_day + timedelta(days=PRELIMINARY_DUE_DAYS),
        # Unlike the internal request target, a statutory period ending on a closure day runs on to the
        # next open day (行政機関の休日に関する法律 Art. 2): the authority's closure days only, not the
        # company's own, which cannot lengthen a period owed to the PPC.
        final_due=replace(calendar, company_closures=frozenset()).next_open_day(final),
        # In UTC before adding: wall-clock arithmetic in a zone with summer time would be off by an hour.
        gdpr_due=aware_at.astimezone(UTC) + timedelta(hours=GDPR_HOURS),
    )
