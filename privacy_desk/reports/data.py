"""Plain data the reports are drawn from. The service fills these from storage; nothing here touches a
database, Qt or reportlab, so importing it is cheap."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from privacy_desk.domain.cases import CaseState, Decision, DeliveryMethod, RefusalGround, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.i18n.formatting import OFFICE_TIMEZONE


@dataclass(frozen=True)
class IdentityCheckData:
    checked_by: str = ""  # display name of who checked
    checked_at: datetime | None = None  # time-zone aware
    documents: tuple[str, ...] = ()  # names of the documents checked, as the desk's list calls them
    my_number_shown: bool = False  # a document showing an individual number (My Number) was received
    my_number_masked: bool = False  # the desk confirmed the number was masked before filing
    override_by: str = ""  # a manager who let the case pass without verification…
    override_reason: str = ""  # …and why


@dataclass(frozen=True)
class FeeData:
    amount: int | None = None  # yen; None when no fee is charged
    paid_on: date | None = None


@dataclass(frozen=True)
class DecisionData:
    decision: Decision | None = None
    ground: RefusalGround | None = None
    explanation: str = ""  # the reasons given to the requester (Art. 36)
    decided_by: str = ""
    decided_on: date | None = None
    approved_by: str = ""
    approved_at: datetime | None = None
    responded_on: date | None = None


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime  # time-zone aware (stored as UTC); a naive value is taken as UTC
    actor: str
    text: str  # already in the report's language (notes are as written)


@dataclass(frozen=True)
class CaseReportData:
    ref: str
    request_type: RequestType
    state: CaseState
    requester_name: str
    received_on: date
    due: date  # the internal due date after pauses (case_deadlines.case_due_date)
    office_tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(OFFICE_TIMEZONE))
    gdpr: bool = False
    requester_kana: str = ""
    requester_kind: RequesterKind = RequesterKind.PERSON
    agent_name: str = ""  # the representative or agent who made the request, when not the person
    requested_items: str = ""
    delivery_method: DeliveryMethod | None = None
    lawsuit_possible_from: date | None = None  # Art. 39; None for `purpose`
    gdpr_due: date | None = None  # one month, or three after an extension
    gdpr_extension_notice_on: date | None = None
    paused_days: int = 0
    assignee: str = ""
    identity: IdentityCheckData = field(default_factory=IdentityCheckData)
    fee: FeeData = field(default_factory=FeeData)
    decision: DecisionData = field(default_factory=DecisionData)
    timeline: tuple[TimelineEvent, ...] = ()
    printed_at: datetime | None = None  # shown in the header; now when None
