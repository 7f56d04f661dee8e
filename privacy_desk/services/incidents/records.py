"""What the incidents queries return and the forms send. CONTRACT shared by the incidents service, the
Incidents view and the incident reports: fields may be added, never removed or renamed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from privacy_desk.domain.breaches import BreachDeadlines, BreachTrigger
from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentKind,
    IncidentStatus,
    NoticeMethod,
    PersonsAffected,
    Question,
    Reportability,
    ReportKind,
    TimelineKind,
)


@dataclass(frozen=True)
class IncidentFacts:
    """What the incident form edits (everything but the answers, the timeline and the notices)."""

    title: str
    kind: IncidentKind
    suspected: bool  # True: suspected (おそれ), False: actual
    occurred_at: datetime | None  # aware datetimes (UTC in storage, office zone on screen)
    discovered_at: datetime | None
    aware_at: datetime  # when the company became aware: the clock of every deadline
    reported_by: str  # who told the desk (a person, a department, a contractor)
    summary: str  # 概要
    data_items: str  # 漏えい等が発生し、又は発生したおそれがある個人データの項目
    cause: str  # 原因
    secondary_damage: str  # 二次被害又はそのおそれの有無及びその内容
    response_to_persons: str  # 本人への対応の実施状況
    public_announcement: str  # 公表の実施状況
    prevention: str  # 再発防止のための措置
    other: str  # その他参考となる事項
    systems: str  # systems and places involved
    contractors: str  # contractors involved (委託先)
    as_contractor: bool  # we act as a contractor for the commissioning company below
    commissioning_company: str  # 委託元 when as_contractor
    destination: Destination  # where the report goes (default from settings)
    destination_name: str  # the ministry's or the organisation's name when not the PPC


@dataclass(frozen=True)
class NewIncident:
    facts: IncidentFacts
    assessment: Assessment = field(default_factory=Assessment)
    ticket_id: int | None = None  # opened from an Inbox ticket: linked both ways


@dataclass(frozen=True)
class AnswerChange:
    question: Question
    answer: Answer
    changed_at: datetime
    changed_by: str  # the user's display name
    note: str
    persons: PersonsAffected | None = None  # OVER_1000: the count or range the answer came from


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: TimelineKind
    at: datetime  # when it happened (may be earlier than recorded_at)
    recorded_at: datetime
    recorded_by: str
    text: str
    corrects_id: int | None  # the entry this one corrects
    corrected_by_id: int | None  # the newest entry correcting this one, if any


@dataclass(frozen=True)
class NoticeInput:
    method: NoticeMethod
    sent_on: date
    planned: int  # how many persons the notice was for
    reached: int
    unreachable: int
    note: str


@dataclass(frozen=True)
class NoticeRecord:
    id: int
    method: NoticeMethod
    sent_on: date
    planned: int
    reached: int
    unreachable: int
    note: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class FiledReport:
    kind: ReportKind
    filed_on: date
    receipt_number: str  # the PPC's 受付番号
    filed_by: str


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class LinkedTicket:
    id: int
    ref: str
    subject: str
    from_name: str = ""  # the sender: the notice's mail-merge CSV writes to each linked ticket's person
    from_address: str = ""


@dataclass(frozen=True)
class IncidentListRow:
    id: int
    ref: str  # "INC-2026-0001"
    title: str
    status: IncidentStatus
    aware_at: datetime
    reportable: bool
    settled: bool
    triggers: tuple[BreachTrigger, ...]
    persons_label: str  # "1,240" / "1,000–5,000" / "" when unknown, per locale by the caller? -> raw text
    next_deadline: date | None  # the nearest open deadline (preliminary due, final due, GDPR day)
    next_deadline_kind: str  # "preliminary" | "final" | "gdpr" | ""
    overdue: bool
    version: int


@dataclass(frozen=True)
class IncidentFilter:
    text: str = ""
    open_only: bool = False
    statuses: frozenset[IncidentStatus] = frozenset()
    reportable_only: bool = False
    overdue: bool = False


@dataclass(frozen=True)
class IncidentDetail:
    id: int
    ref: str
    version: int
    status: IncidentStatus
    facts: IncidentFacts
    assessment: Assessment
    reportability: Reportability
    deadlines: BreachDeadlines  # from domain.breaches.breach_deadlines (malicious yes or unknown: 60 days)
    answers: tuple[AnswerChange, ...]  # every change of an answer, oldest first
    timeline: tuple[TimelineEntry, ...]  # oldest first
    notices: tuple[NoticeRecord, ...]
    filed: tuple[FiledReport, ...]
    evidence: tuple[EvidenceRecord, ...]
    tickets: tuple[LinkedTicket, ...]
    created_at: datetime
    created_by: str
    closed_on: date | None = None
    reporter: CompanyReporter | None = None  # the company from settings (the report names it, not the clerk)
    extra: dict[str, str] = field(default_factory=dict)

    def filed_report(self, kind: ReportKind) -> FiledReport | None:
        return next((report for report in self.filed if report.kind == kind), None)


@dataclass(frozen=True)
class CompanyReporter:
    """The company as the reporter of Rule Art. 8's form: from the office settings."""

    name: str
    address: str
    representative: str
    contact: str  # department, phone, e-mail of the desk
