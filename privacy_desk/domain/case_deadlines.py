"""A case's deadlines once the desk has waited for the requester.

The internal due date is office policy (arrival + N days, moved back to the last open day). While the desk
waits for the requester — identity documents, the fee, a clarification — that clock stops: the due date
moves by the paused calendar days, counted from the raw policy target (arrival + N), and then back to the
last day that is not a closure day. A pause runs from the day the desk asked (`start`) to the day the
requester answered (`end`, exclusive: the clock runs again that day); one still open counts up to today.
Overlapping pauses count each day once.

Statutory dates do not pause: the Art. 39 lawsuit date runs from arrival whatever the desk waited for,
and the GDPR month (three months after an extension notice) runs from receipt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.requests import RequestPolicy, RequestType, request_deadlines
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput


class PauseReason(StrEnum):
    IDENTITY_DOCUMENTS = "identity_documents"
    FEE = "fee"
    CLARIFICATION = "clarification"

    @property
    def label(self) -> str:
        return _PAUSE_LABELS[self]


_PAUSE_LABELS = {
    PauseReason.IDENTITY_DOCUMENTS: QT_TRANSLATE_NOOP("PauseReason", "Waiting for identity documents"),
    PauseReason.FEE: QT_TRANSLATE_NOOP("PauseReason", "Waiting for the fee"),
    PauseReason.CLARIFICATION: QT_TRANSLATE_NOOP("PauseReason", "Waiting for a clarification"),
}


@dataclass(frozen=True)
class Pause:
    start: date
    end: date | None = None  # None while the desk is still waiting
    reason: PauseReason = PauseReason.CLARIFICATION

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A pause cannot end before it starts."))

    @property
    def is_open(self) -> bool:
        return self.end is None


class DeadlineStatus(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    DeadlineStatus.OVERDUE: QT_TRANSLATE_NOOP("DeadlineStatus", "Overdue"),
    DeadlineStatus.DUE_SOON: QT_TRANSLATE_NOOP("DeadlineStatus", "Due soon"),
    DeadlineStatus.ON_TRACK: QT_TRANSLATE_NOOP("DeadlineStatus", "On track"),
}


def paused_days(pauses: Iterable[Pause], *, received: date, today: date) -> int:
    """Calendar days the clock stood still: the union of [start, end) from arrival, open pauses to today."""
    spans = sorted(
        (max(p.start, received), min(p.end, today) if p.end is not None else today) for p in pauses
    )
    total = 0
    covered_to = received
    for start, end in spans:
        start = max(start, covered_to)
        if end > start:
            total += (end - start).days
            covered_to = end
    return total


def paused_due_date(
    received: date,
    *,
    due_days: int,
    pauses: Iterable[Pause],
    today: date,
    calendar: ClosureCalendar,
) -> date:
    """Arrival + the policy's days + the paused days, moved back to the last open day."""
    target = received + timedelta(days=due_days + paused_days(pauses, received=received, today=today))
    return calendar.previous_open_day(target)


@dataclass(frozen=True)
class CaseDeadlines:
    due: date  # internal (office policy), after pauses
    policy_due: date  # internal without pauses, as `privacy-desk deadline request` answers
    paused_days: int
    lawsuit_possible_from: date | None  # Art. 39, statutory: never paused; None for `purpose`
    gdpr_due: date | None  # GDPR Art. 12(3): never paused; three months once an extension is notified
    gdpr_extended: bool


def case_deadlines(
    request_type: RequestType,
    received: date,
    *,
    calendar: ClosureCalendar,
    policy: RequestPolicy,
    pauses: Iterable[Pause] = (),
    today: date,
    gdpr: bool = False,
    gdpr_extension_notice_on: date | None = None,
) -> CaseDeadlines:
    pauses = tuple(pauses)
    base = request_deadlines(request_type, received, calendar=calendar, policy=policy, gdpr=gdpr)
    paused = paused_days(pauses, received=received, today=today)
    due = paused_due_date(
        received,
        due_days=policy.internal_due_days[request_type],
        pauses=pauses,
        today=today,
        calendar=calendar,
    )
    gdpr_due = base.gdpr_extended_due if gdpr_extension_notice_on is not None else base.gdpr_due
    return CaseDeadlines(
        due=due,
        policy_due=base.due,
        paused_days=paused,
        lawsuit_possible_from=base.lawsuit_possible_from,
        gdpr_due=gdpr_due,
        gdpr_extended=gdpr and gdpr_extension_notice_on is not None,
    )


def case_deadline_status(due: date, today: date, due_soon_days: int) -> DeadlineStatus:
    """Overdue after the due day; due soon from `due_soon_days` calendar days before it (the due day
    itself included); on track before that."""
    if today > due:
        return DeadlineStatus.OVERDUE
    if (due - today).days <= due_soon_days:
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.ON_TRACK
