"""Data-subject requests (開示等の請求): their types and the dates that follow from their arrival.

Which dates are statutory and which are office policy matters to staff (docs/ARCHITECTURE.md §4): the fee rule
(Art. 38) and the lawsuit date (Art. 39) are statutory, the internal due date is policy, and the GDPR dates
come from GDPR Art. 12(3).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.errors import QT_TRANSLATE_NOOP


class RequestType(StrEnum):
    PURPOSE = "purpose"  # 利用目的の通知 (Art. 32)
    DISCLOSURE = "disclosure"  # 開示 (Art. 33(1))
    PROVISION_RECORD = "provision_record"  # 第三者提供記録の開示 (Art. 33(5))
    CORRECTION = "correction"  # 訂正・追加・削除 (Art. 34)
    STOP_USE = "stop_use"  # 利用停止・消去 (Art. 35(1), (5))
    STOP_PROVISION = "stop_provision"  # 第三者提供の停止 (Art. 35(3), (5))

    @property
    def label(self) -> str:
        """English source text in the Qt context "RequestType"; the GUI translates it."""
        return _REQUEST_TYPE_LABELS[self]


_REQUEST_TYPE_LABELS = {
    RequestType.PURPOSE: QT_TRANSLATE_NOOP("RequestType", "Notification of purpose of use"),
    RequestType.DISCLOSURE: QT_TRANSLATE_NOOP("RequestType", "Disclosure"),
    RequestType.PROVISION_RECORD: QT_TRANSLATE_NOOP(
        "RequestType", "Disclosure of third-party provision records"
    ),
    RequestType.CORRECTION: QT_TRANSLATE_NOOP("RequestType", "Correction, addition or deletion"),
    RequestType.STOP_USE: QT_TRANSLATE_NOOP("RequestType", "Cessation of use or erasure"),
    RequestType.STOP_PROVISION: QT_TRANSLATE_NOOP("RequestType", "Cessation of third-party provision"),
}

# Art. 38: a fee only for these.
FEE_ALLOWED_TYPES = frozenset({RequestType.PURPOSE, RequestType.DISCLOSURE, RequestType.PROVISION_RECORD})
# The person may ask how disclosure is given (Art. 33(1)); a provision record is disclosed the same way.
DELIVERY_TYPES = frozenset({RequestType.DISCLOSURE, RequestType.PROVISION_RECORD})
# Cessation of use or provision: a granted one records which systems were told to stop.
STOP_TYPES = frozenset({RequestType.STOP_USE, RequestType.STOP_PROVISION})
# Art. 39 lists every type but the notification of purpose.
LAWSUIT_TYPES = frozenset(set(RequestType) - {RequestType.PURPOSE})

DEFAULT_INTERNAL_DUE_DAYS = 14
# Art. 39: "two weeks have passed from the day the request arrived" — the arrival day is not counted
# (Civil Code Art. 140), so the period ends at arrival + 14 and a suit is possible the day after.
LAWSUIT_WAIT_DAYS = 15


@dataclass(frozen=True)
class RequestPolicy:
    """The office's own answer to 「遅滞なく」: days from arrival to the internal due date, per type.

    Types missing from the mapping get the default, so a policy saved before a type existed still works.
    """

    internal_due_days: Mapping[RequestType, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        days = {t: self.internal_due_days.get(t, DEFAULT_INTERNAL_DUE_DAYS) for t in RequestType}
        if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in days.values()):
            raise ValueError(f"due days must be whole numbers of at least 0: {days}")
        object.__setattr__(self, "internal_due_days", MappingProxyType(days))

    @classmethod
    def default(cls) -> RequestPolicy:
        return cls({t: DEFAULT_INTERNAL_DUE_DAYS for t in RequestType})


@dataclass(frozen=True)
class RequestDeadlines:
    due: date  # office policy
    lawsuit_possible_from: date | None  # statutory (Art. 39); None for `purpose`
    fee_allowed: bool  # statutory (Art. 38)
    gdpr_due: date | None  # GDPR Art. 12(3), EU data subjects only
    gdpr_extended_due: date | None  # the same, extended by two months with notice


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later, or that month's last day when it is shorter
    (31 January + 1 month = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def request_deadlines(
    request_type: RequestType,
    received: date,
    *,
    calendar: ClosureCalendar,
    policy: RequestPolicy,
    gdpr: bool = False,
) -> RequestDeadlines:
    """The dates a request's arrival (an office date) sets running.

    The internal due date moves *back* to an open day, never forward: it is a target the desk meets early
    rather than a statutory period that a closure day extends.
    """
    target = received + timedelta(days=policy.internal_due_days[request_type])
    lawsuit = received + timedelta(days=LAWSUIT_WAIT_DAYS) if request_type in LAWSUIT_TYPES else None
    return RequestDeadlines(
        due=calendar.previous_open_day(target),
        lawsuit_possible_from=lawsuit,
        fee_allowed=request_type in FEE_ALLOWED_TYPES,
        gdpr_due=add_months(received, 1) if gdpr else None,
        gdpr_extended_due=add_months(received, 3) if gdpr else None,
    )
