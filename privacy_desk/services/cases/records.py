"""What the Requests queries return: the list's filter and sort, its rows, a case's detail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from privacy_desk.domain.case_deadlines import DeadlineStatus, PauseReason
from privacy_desk.domain.cases import (
    CaseState,
    Decision,
    DeliveryMethod,
    RefusalGround,
    RequesterKind,
)
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.tickets import TicketStatus


class CaseSort(StrEnum):
    DUE = "due"
    RECEIVED_ON = "received_on"
    REF = "ref"
    STATE = "state"
    TYPE = "type"
    REQUESTER = "requester"
    ASSIGNEE = "assignee"


@dataclass(frozen=True)
class CaseFilter:
    """Which cases a list shows. Empty sets mean "any". `text` matches the reference, the requester's
    name, reading or e-mail, or the agent's name."""

    types: frozenset[RequestType] = frozenset()
    states: frozenset[CaseState] = frozenset()
    open_only: bool = False
    assignee_id: int | None = None
    unassigned: bool = False
    overdue: bool = False
    due_soon: bool = False  # overdue or due within the office's due-soon days
    person_id: int | None = None
    ticket_id: int | None = None
    gdpr: bool | None = None
    text: str = ""


@dataclass(frozen=True)
class CaseListRow:
    id: int
    ref: str
    request_type: RequestType
    state: CaseState
    gdpr: bool
    person_id: int
    requester_name: str
    requester_kana: str
    requester_kind: RequesterKind
    agent_name: str
    received_on: date
    due: date  # internal due date after pauses (office policy)
    policy_due: date  # the same without pauses
    paused_days: int
    waiting_for: PauseReason | None  # an open pause: the desk waits for the requester
    lawsuit_possible_from: date | None  # APPI Art. 39 (statutory); None for `purpose`
    gdpr_due: date | None
    deadline_status: DeadlineStatus | None  # None once the case is no longer open
    assignee_id: int | None
    assignee_name: str | None
    ticket_id: int | None
    ticket_ref: str | None
    decision: Decision | None
    updated_at: datetime
    version: int = 1  # what a change sends back so that a stale one is refused (services.core.versions)
    ticket_status: TicketStatus | None = None  # the source ticket's, which follows the case (lifecycle.py)

    @property
    def overdue(self) -> bool:
        return self.deadline_status is DeadlineStatus.OVERDUE


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseListRow]
    total: int
    seek: bool = False  # the next page is asked for `after` this page's last row (keyset), not by offset


@dataclass(frozen=True)
class PauseRow:
    id: int
    reason: PauseReason
    start_on: date
    end_on: date | None
    note: str


@dataclass(frozen=True)
class TaskRow:
    id: int
    title: str
    due_on: date | None
    assignee_id: int | None
    assignee_name: str | None
    done_at: datetime | None
    done_by_name: str | None
    created_at: datetime

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class CaseAttachmentRow:
    id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    identity_document: bool
    shows_my_number: bool
    masked_confirmed_by_name: str | None
    masked_confirmed_at: datetime | None
    added_by_name: str | None
    added_at: datetime

    @property
    def needs_masking(self) -> bool:
        return self.shows_my_number and self.masked_confirmed_at is None


@dataclass(frozen=True)
class CaseEventRow:
    """A timeline line. Show it with `cases_events.event_text(kind, params, text, translate=…)`."""

    id: int
    at: datetime
    actor_name: str
    kind: str
    params: dict[str, object]
    text: str


@dataclass(frozen=True)
class CaseDetail:
    row: CaseListRow
    requester_email: str
    requester_phone: str
    requester_address: str
    agent_contact: str
    requested_items: str
    delivery_method: DeliveryMethod | None
    delivery_note: str
    identity_documents: tuple[str, ...]
    identity_note: str
    identity_checked_by_name: str | None
    identity_checked_at: datetime | None
    identity_override_reason: str
    identity_override_by_name: str | None
    identity_override_at: datetime | None
    fee_allowed: bool
    fee_amount: int | None
    fee_paid_on: date | None
    gdpr_extension_notice_on: date | None
    refusal_ground: RefusalGround | None
    explanation: str
    correction_details: str
    systems_notified: tuple[str, ...]
    decided_by_name: str | None
    decided_on: date | None
    approved_by_name: str | None
    approved_at: datetime | None
    responded_on: date | None
    ended_on: date | None
    pauses: tuple[PauseRow, ...]
    tasks: tuple[TaskRow, ...]
    attachments: tuple[CaseAttachmentRow, ...]
    events: tuple[CaseEventRow, ...]  # oldest first

    @property
    def identity_settled(self) -> bool:
        return self.identity_checked_at is not None or bool(self.identity_override_reason.strip())

    @property
    def my_number_unmasked(self) -> tuple[CaseAttachmentRow, ...]:
        return tuple(a for a in self.attachments if a.needs_masking)
