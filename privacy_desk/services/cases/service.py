"""The Requests area's use cases: open, read and work data-subject request cases.

One transaction per call, the acting user's permission checked first, every change audited in the same
transaction and written to the case's timeline, plain data out. The work is done by the sibling modules
(intake, work, queries); CaseService, assembled here, is what the GUI and the CLI call.
"""

from __future__ import annotations

from datetime import date

from privacy_desk.services.cases import queries as cases_queries
from privacy_desk.services.cases.events import event_text
from privacy_desk.services.cases.intake import CaseDetails, NewCase
from privacy_desk.services.cases.reading import CaseAttachmentData, MoveOption
from privacy_desk.services.cases.records import (
    CaseAttachmentRow,
    CaseDetail,
    CaseEventRow,
    CaseFilter,
    CaseListRow,
    CasePage,
    CaseSort,
    PauseRow,
    TaskRow,
)
from privacy_desk.services.cases.steps import CaseSteps
from privacy_desk.services.cases.store import (
    load_policy,
)
from privacy_desk.services.cases.work import DecisionInput
from privacy_desk.services.core.agenda import AgendaItem, AgendaKind
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database

__all__ = [
    "CaseAgenda",
    "CaseAttachmentData",
    "CaseAttachmentRow",
    "CaseDetail",
    "CaseDetails",
    "CaseEventRow",
    "CaseFilter",
    "CaseListRow",
    "CasePage",
    "CaseService",
    "CaseSort",
    "DecisionInput",
    "MoveOption",
    "NewCase",
    "PauseRow",
    "TaskRow",
    "event_text",
]


class CaseService(CaseSteps):
    """What the GUI and the CLI call: the reads (cases/reading.py), the case's own writes
    (cases/writing.py) and its steps (cases/steps.py)."""


class CaseAgenda:
    """The Today page's part: each open case on its internal due date (overdue ones included), and the
    GDPR date of a GDPR request (statutory)."""

    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def agenda_items(self, today: date, until: date) -> list[AgendaItem]:
        policy = load_policy(self._settings.values())
        with self._db.transaction() as session:
            ids = cases_queries.case_ids(session, CaseFilter(open_only=True), policy=policy, today=today)
            rows = cases_queries.rows_by_id(session, ids, policy=policy, today=today)
        items = []
        for row in rows:
            title = row.requester_name
            if row.due <= until:
                items.append(AgendaItem(row.due, AgendaKind.CASE, row.ref, title))
            if row.gdpr_due is not None and row.gdpr_due <= until:
                items.append(AgendaItem(row.gdpr_due, AgendaKind.CASE, row.ref, title, statutory=True))
        return items
