"""Retention of personal data (保存期間): periods counted by the Civil Code, the four holds the privacy
policy allows, and how a holding is disposed of.

Pure data and rules. CONTRACT shared by the retention service, view and reports: names here may gain
members, never lose or rename them.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput


class PeriodUnit(StrEnum):
    DAYS = "d"
    WEEKS = "w"
    MONTHS = "m"
    YEARS = "y"


@dataclass(frozen=True)
class Period:
    count: int
    unit: PeriodUnit

    @classmethod
    def parse(cls, text: str) -> Period:
        """ "7y", "6m", "2w", "90d" (full-width digits allowed); InvalidInput otherwise. The Japanese
        units staff write are read too: 7年, 6か月 (ヶ月, カ月), 2週間, 90日."""
        folded = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
        match = _PERIOD.fullmatch(folded)
        if match is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{text}” is not a retention period: write a number and a unit, e.g. 7y, 6m, 2w or 90d.",
                ),
                text=text.strip(),
            )
        return cls(int(match.group(1)), _UNITS[match.group(2)])

    def __post_init__(self) -> None:
        # Here, not only in `parse`: a form or a stored rule makes a Period directly, and a count past the
        # bound would break every date computed from it.
        if not 1 <= self.count <= MAX_COUNT[self.unit]:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A retention period counts from 1 to {max}, not {count}."),
                max=MAX_COUNT[self.unit],
                count=self.count,
            )

    def __str__(self) -> str:
        """The short form `parse` reads back: "7y"."""
        return f"{self.count}{self.unit.value}"


# At most 100 years in each unit: no retention period is longer, and the dates stay inside the calendar.
MAX_COUNT = {
    PeriodUnit.DAYS: 36_525,
    PeriodUnit.WEEKS: 5_218,
    PeriodUnit.MONTHS: 1_200,
    PeriodUnit.YEARS: 100,
}
_UNITS = {
    "d": PeriodUnit.DAYS,
    "日": PeriodUnit.DAYS,
    "w": PeriodUnit.WEEKS,
    "週": PeriodUnit.WEEKS,
    "週間": PeriodUnit.WEEKS,
    "m": PeriodUnit.MONTHS,
    "か月": PeriodUnit.MONTHS,
    "ヶ月": PeriodUnit.MONTHS,
    "カ月": PeriodUnit.MONTHS,
    "ケ月": PeriodUnit.MONTHS,
    "箇月": PeriodUnit.MONTHS,
    "ヵ月": PeriodUnit.MONTHS,  # a bare 月 is not one: 10月 reads as October
    "y": PeriodUnit.YEARS,
    "年": PeriodUnit.YEARS,
}
_PERIOD = re.compile(r"([0-9]{1,6})(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + ")")


@dataclass(frozen=True)
class RetentionEnd:
    expires_on: date  # the last day the data is kept
    delete_from: date  # the next day: deletion is due from here


def retention_end(period: Period, trigger_day: date) -> RetentionEnd:
    """Civil Code Art. 140 (the trigger day is not counted) and Art. 143 (weeks, months, years by the
    calendar; the period ends the day before the corresponding day, or on the last day of the final
    month when it has none). No closure-day shift: a retention end is not a deadline for an act."""
    try:
        return _retention_end(period, trigger_day)
    except (OverflowError, ValueError) as exc:  # past 9999-12-31, the last day `date` holds
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A retention period from {day} would end after the year 9999."),
            day=trigger_day.isoformat(),
        ) from exc


def _retention_end(period: Period, trigger_day: date) -> RetentionEnd:
    start = trigger_day + timedelta(days=1)  # Art. 140: the period begins the next day
    if period.unit is PeriodUnit.DAYS:
        expires_on = trigger_day + timedelta(days=period.count)  # the count-th day from `start`
    elif period.unit is PeriodUnit.WEEKS:
        # Art. 143(2): ends the day before the weekday of `start` in the last week.
        expires_on = start + timedelta(weeks=period.count) - timedelta(days=1)
    else:
        months = period.count * (12 if period.unit is PeriodUnit.YEARS else 1)
        expires_on = _before_corresponding_day(start, months)
    return RetentionEnd(expires_on, expires_on + timedelta(days=1))


def _before_corresponding_day(start: date, months: int) -> date:
    """Art. 143(2): the day before the day of the last month that corresponds to `start`'s; when that
    month has no such day (31 → a 30-day month, 29 February → a common year), its last day."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    if start.day > last:
        return date(year, month, last)
    return date(year, month, start.day) - timedelta(days=1)


class TriggerEvent(StrEnum):
    COLLECTION = "collection"
    CONTRACT_END = "contract_end"
    LAST_CONTACT = "last_contact"
    APPLICATION_CLOSED = "application_closed"
    EMPLOYMENT_END = "employment_end"
    FISCAL_YEAR_END = "fiscal_year_end"
    CASE_CLOSED = "case_closed"  # the app's own records: a ticket, case or incident closed

    @property
    def label(self) -> str:
        return _TRIGGER_LABELS[self]


_TRIGGER_LABELS = {
    TriggerEvent.COLLECTION: QT_TRANSLATE_NOOP("TriggerEvent", "Collection"),
    TriggerEvent.CONTRACT_END: QT_TRANSLATE_NOOP("TriggerEvent", "Contract end"),
    TriggerEvent.LAST_CONTACT: QT_TRANSLATE_NOOP("TriggerEvent", "Last contact"),
    TriggerEvent.APPLICATION_CLOSED: QT_TRANSLATE_NOOP("TriggerEvent", "Application closed"),
    TriggerEvent.EMPLOYMENT_END: QT_TRANSLATE_NOOP("TriggerEvent", "Employment end"),
    TriggerEvent.FISCAL_YEAR_END: QT_TRANSLATE_NOOP("TriggerEvent", "Fiscal year end"),
    TriggerEvent.CASE_CLOSED: QT_TRANSLATE_NOOP("TriggerEvent", "Record closed"),
}


class HoldReason(StrEnum):
    """The privacy policy's four exceptions to deletion after the retention period."""

    REQUIRED_BY_LAW = "required_by_law"  # 法令に基づき保存が必要な場合
    CONSENT = "consent"  # 本人の同意がある場合
    BUSINESS_NEED = "business_need"  # 業務上必要な範囲で、合理的な理由がある場合
    SPECIAL_REASON = "special_reason"  # その他特別な事由がある場合

    @property
    def label(self) -> str:
        return _HOLD_LABELS[self]


_HOLD_LABELS = {
    HoldReason.REQUIRED_BY_LAW: QT_TRANSLATE_NOOP("HoldReason", "Required by law"),
    HoldReason.CONSENT: QT_TRANSLATE_NOOP("HoldReason", "The person consented"),
    HoldReason.BUSINESS_NEED: QT_TRANSLATE_NOOP("HoldReason", "Business need with good reason"),
    HoldReason.SPECIAL_REASON: QT_TRANSLATE_NOOP("HoldReason", "Other special reason"),
}


class DisposalMethod(StrEnum):
    DELETED = "deleted"
    SHREDDED = "shredded"
    ANONYMISED = "anonymised"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return _DISPOSAL_LABELS[self]


_DISPOSAL_LABELS = {
    DisposalMethod.DELETED: QT_TRANSLATE_NOOP("DisposalMethod", "Deleted"),
    DisposalMethod.SHREDDED: QT_TRANSLATE_NOOP("DisposalMethod", "Shredded"),
    DisposalMethod.ANONYMISED: QT_TRANSLATE_NOOP("DisposalMethod", "Anonymised"),
    DisposalMethod.RETURNED: QT_TRANSLATE_NOOP("DisposalMethod", "Returned"),
}


class HoldingStatus(StrEnum):
    """Where a holding stands on a given day."""

    KEPT = "kept"  # within its period
    DUE = "due"  # delete_from reached (due from that day on)
    OVERDUE = "overdue"  # due and not disposed of after the grace the office allows (default 0 days)
    HELD = "held"  # on a hold until its review date
    REVIEW = "review"  # a hold whose review date has come
    DISPOSED = "disposed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    HoldingStatus.KEPT: QT_TRANSLATE_NOOP("HoldingStatus", "Kept"),
    HoldingStatus.DUE: QT_TRANSLATE_NOOP("HoldingStatus", "Due for deletion"),
    HoldingStatus.OVERDUE: QT_TRANSLATE_NOOP("HoldingStatus", "Overdue"),
    HoldingStatus.HELD: QT_TRANSLATE_NOOP("HoldingStatus", "On hold"),
    HoldingStatus.REVIEW: QT_TRANSLATE_NOOP("HoldingStatus", "Hold to review"),
    HoldingStatus.DISPOSED: QT_TRANSLATE_NOOP("HoldingStatus", "Disposed"),
}


class AppRecordKind(StrEnum):
    """The app's own personal data that a purge rule covers."""

    TICKETS = "tickets"
    CASES = "cases"
    INCIDENTS = "incidents"
    JUNK_TICKETS = "junk_tickets"  # tickets marked junk (issue #10): deleted, as no statistic counts them

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    AppRecordKind.TICKETS: QT_TRANSLATE_NOOP("AppRecordKind", "Tickets"),
    AppRecordKind.CASES: QT_TRANSLATE_NOOP("AppRecordKind", "Request cases"),
    AppRecordKind.INCIDENTS: QT_TRANSLATE_NOOP("AppRecordKind", "Incidents"),
    AppRecordKind.JUNK_TICKETS: QT_TRANSLATE_NOOP("AppRecordKind", "Junk tickets"),
}


def holding_status(
    *,
    as_of: date,
    delete_from: date | None,
    disposed: bool = False,
    review_on: date | None = None,
    grace_days: int = 0,
) -> HoldingStatus:
    """Where a holding stands on `as_of`. A disposed holding is disposed whatever else; a hold (given by
    its `review_on`) keeps it off the due list until its review date, when it is to be reviewed; without
    a rule (`delete_from` None) it is kept. Due from `delete_from`, overdue once `grace_days` more days
    have passed without a disposal."""
    if disposed:
        return HoldingStatus.DISPOSED
    if review_on is not None:
        return HoldingStatus.REVIEW if as_of >= review_on else HoldingStatus.HELD
    if delete_from is None or as_of < delete_from:
        return HoldingStatus.KEPT
    if (as_of - delete_from).days > grace_days:
        return HoldingStatus.OVERDUE
    return HoldingStatus.DUE
