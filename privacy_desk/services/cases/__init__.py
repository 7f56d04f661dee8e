"""Requests: data-subject request cases (開示等の請求) from intake to closing.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.cases.agenda import CaseAgenda
from privacy_desk.services.cases.records import CaseDetail
from privacy_desk.services.cases.service import (
    CaseDetails,
    CaseFilter,
    CaseService,
    DecisionInput,
    NewCase,
)

__all__ = ["CaseAgenda", "CaseDetail", "CaseDetails", "CaseFilter", "CaseService", "DecisionInput", "NewCase"]
