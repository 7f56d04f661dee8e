"""The tables, one module per feature (as services/ is grouped); a later feature adds its own module
and its own Alembic migration. Everything is importable from here, and importing this package
registers every table on `Base.metadata` (Alembic compares against it)."""

from __future__ import annotations

from privacy_desk.storage.models.base import NAMING_CONVENTION, Base, Versioned, utcnow
from privacy_desk.storage.models.cases import Case, CaseAttachment, CaseEvent, CasePause, CaseTask
from privacy_desk.storage.models.core import AuditEntry, Blob, Counter, Person, Setting, User
from privacy_desk.storage.models.incidents import (
    Incident,
    IncidentAnswer,
    IncidentEvidence,
    IncidentFiledReport,
    IncidentNotice,
    IncidentTicket,
    IncidentTimelineEntry,
)
from privacy_desk.storage.models.retention import (
    RetentionCategory,
    RetentionDisposal,
    RetentionEvidence,
    RetentionHold,
    RetentionHolding,
    RetentionPurged,
    RetentionPurgeRule,
    RetentionRecordHold,
    RetentionRule,
)
from privacy_desk.storage.models.tickets import Message, MessageAttachment, Ticket, TicketMerge

__all__ = [
    "NAMING_CONVENTION",
    "AuditEntry",
    "Base",
    "Blob",
    "Case",
    "CaseAttachment",
    "CaseEvent",
    "CasePause",
    "CaseTask",
    "Counter",
    "Incident",
    "IncidentAnswer",
    "IncidentEvidence",
    "IncidentFiledReport",
    "IncidentNotice",
    "IncidentTicket",
    "IncidentTimelineEntry",
    "Message",
    "MessageAttachment",
    "Person",
    "RetentionCategory",
    "RetentionDisposal",
    "RetentionEvidence",
    "RetentionHold",
    "RetentionHolding",
    "RetentionPurgeRule",
    "RetentionPurged",
    "RetentionRecordHold",
    "RetentionRule",
    "Setting",
    "Ticket",
    "TicketMerge",
    "User",
    "Versioned",
    "utcnow",
]
