"""What the retention queries return and the forms send. CONTRACT shared by the retention service, the
Retention view and the disposal certificate: fields may be added, never removed or renamed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from privacy_desk.domain.retention import (
    AppRecordKind,
    DisposalMethod,
    HoldingStatus,
    HoldReason,
    Period,
    TriggerEvent,
)


@dataclass(frozen=True)
class CategoryInput:
    name: str  # shown as typed (seeded categories carry both languages: name_ja / name_en below)
    purpose: str  # the purpose of use from the privacy policy it serves
    systems: str  # systems or places that hold it
    owner: str  # the responsible department or person


@dataclass(frozen=True)
class CategoryRecord:
    id: int
    name: str
    purpose: str
    systems: str
    owner: str
    rule: RuleRecord | None
    holdings: int  # how many holdings it has
    version: int
    name_en: str = ""  # a seeded category's English name ("" for one a user added: show `name`)
    purpose_en: str = ""


@dataclass(frozen=True)
class RuleInput:
    category_id: int
    period: Period
    trigger: TriggerEvent
    legal_basis: str  # e.g. 労働基準法第109条 (5 years; 3 for now)
    version: int | None = None  # the rule's version the form read (RuleRecord.version); None: unchecked


@dataclass(frozen=True)
class RuleRecord:
    id: int
    category_id: int
    period: Period
    trigger: TriggerEvent
    legal_basis: str
    version: int = 1  # send it back in RuleInput.version


@dataclass(frozen=True)
class HoldingInput:
    category_id: int
    name: str  # "Call recordings, November 2025"
    quantity: str  # "1,240 files"
    location: str  # "recording server rec-01"
    trigger_on: date


@dataclass(frozen=True)
class HoldRecord:
    reason: HoldReason
    note: str
    decided_by: str
    decided_on: date
    review_on: date


@dataclass(frozen=True)
class DisposalRecord:
    method: DisposalMethod
    disposed_on: date
    disposed_by: str
    approved_by: str  # a manager
    note: str
    evidence: tuple[EvidenceFile, ...]
    certificate_no: str  # "DSP-2026-0001"
    register: DisposedUnder | None = None  # the register as it stood at disposal (what the certificate says)


@dataclass(frozen=True)
class DisposedUnder:
    """A disposed holding's category, rule and company as they were when it was disposed of."""

    category: str
    category_en: str
    systems: str
    owner: str
    company: str
    period: Period | None  # None: its category had no rule
    trigger: TriggerEvent | None
    legal_basis: str


@dataclass(frozen=True)
class EvidenceFile:
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class HoldingRow:
    id: int
    ref: str  # "RET-2026-0001"
    name: str
    category_id: int
    category: str
    systems: str
    owner: str
    location: str
    quantity: str
    trigger_on: date
    expires_on: date | None  # None when its category has no rule yet
    delete_from: date | None
    status: HoldingStatus  # as of the day asked
    hold: HoldRecord | None
    disposal: DisposalRecord | None
    version: int
    rule: RuleRecord | None = None  # its category's rule (what the certificate names)
    category_en: str = ""  # the category's English name, "" when it has none (show `category`)


@dataclass(frozen=True)
class HoldingFilter:
    category_id: int | None = None
    system: str = ""
    owner: str = ""
    text: str = ""
    statuses: frozenset[HoldingStatus] = frozenset()


@dataclass(frozen=True)
class DayCounts:
    """One day of the calendar grid."""

    day: date
    due: int
    overdue: int
    review: int


@dataclass(frozen=True)
class PurgeCandidate:
    kind: AppRecordKind
    id: int
    ref: str
    closed_on: date
    delete_from: date
    action: str  # "delete" | "anonymise"
    title: str = ""  # what the dry run shows: the ticket's subject, the case's type, the incident's title


@dataclass(frozen=True)
class PurgePlan:
    """The dry run: exactly what the real run removes, and what it keeps and why."""

    as_of: date
    candidates: tuple[PurgeCandidate, ...]
    kept_on_hold: int
    kept_linked: int  # linked to an open case or incident


@dataclass(frozen=True)
class PurgeRuleRecord:
    """How long the app keeps its own closed records of one kind, and what the purge does then."""

    kind: AppRecordKind
    period: Period
    action: str  # "anonymise" (the row stays for the statistics, its personal data goes) | "delete"
    legal_basis: str
    version: int | None = None  # as read; a form sends it back (None: unchecked)


@dataclass(frozen=True)
class PurgeOutcome:
    deleted: int
    anonymised: int
    cancelled: bool
    finished_at: datetime
