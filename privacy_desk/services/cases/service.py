"""The Requests area's use cases: open, read and work data-subject request cases.

One transaction per call, the acting user's permission checked first, every change audited in the same
transaction and written to the case's timeline, plain data out. The work is done by the sibling modules
(intake, work, queries); CaseService, assembled here, is what the GUI and the CLI call.
"""

from __future__ import annotations

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
from privacy_desk.services.cases.work import DecisionInput

__all__ = [
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
