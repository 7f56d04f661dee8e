"""Retention of personal data (保存期間): periods counted by the Civil Code, the four holds the privacy
policy allows, and how a holding is disposed of.

Pure data and rules. CONTRACT shared by the retention service, view and reports: names here may gain
members, never lose or rename them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP


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
        """ "7y", "6m", "2w", "90d" (full-width digits allowed); InvalidInput otherwise."""
        raise NotImplementedError  # implemented by the retention engineer


@dataclass(frozen=True)
class RetentionEnd:
    expires_on: date  # the last day the data is kept
    delete_from: date  # the next day: deletion is due from here


def retention_end(period: Period, trigger_day: date) -> RetentionEnd:
    """Civil Code Art. 140 (the trigger day is not counted) and Art. 143 (weeks, months, years by the
    calendar; the period ends the day before the corresponding day, or on the last day of the final
    month when it has none). No closure-day shift: a retention end is not a deadline for an act."""
    raise NotImplementedError  # implemented by the retention engineer


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
