"""Incidents: personal-data breaches (漏えい等, APPI Art. 26) from awareness to the final report.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.incidents.agenda import IncidentAgenda
from privacy_desk.services.incidents.as_json import incident_json
from privacy_desk.services.incidents.records import (
    AnswerChange,
    CompanyReporter,
    EvidenceRecord,
    FiledReport,
    IncidentDetail,
    IncidentFacts,
    IncidentFilter,
    IncidentListRow,
    LinkedTicket,
    NewIncident,
    NoticeInput,
    NoticeRecord,
    TimelineEntry,
)
from privacy_desk.services.incidents.service import IncidentService

__all__ = [
    "AnswerChange",
    "CompanyReporter",
    "EvidenceRecord",
    "FiledReport",
    "IncidentAgenda",
    "IncidentDetail",
    "IncidentFacts",
    "IncidentFilter",
    "IncidentListRow",
    "IncidentService",
    "LinkedTicket",
    "NewIncident",
    "NoticeInput",
    "NoticeRecord",
    "TimelineEntry",
    "incident_json",
]
