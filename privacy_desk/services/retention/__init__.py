"""Retention (issue #12): the register of personal data, its periods by the Civil Code, holds,
disposals with their certificate, the purge of the app's own records and the exports.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.retention.agenda import RetentionAgenda
from privacy_desk.services.retention.records import (
    CategoryInput,
    CategoryRecord,
    DayCounts,
    DisposalRecord,
    EvidenceFile,
    HoldingFilter,
    HoldingInput,
    HoldingRow,
    HoldRecord,
    PurgeCandidate,
    PurgeOutcome,
    PurgePlan,
    PurgeRuleRecord,
    RuleInput,
    RuleRecord,
)
from privacy_desk.services.retention.service import RetentionService

__all__ = [
    "CategoryInput",
    "CategoryRecord",
    "DayCounts",
    "DisposalRecord",
    "EvidenceFile",
    "HoldRecord",
    "HoldingFilter",
    "HoldingInput",
    "HoldingRow",
    "PurgeCandidate",
    "PurgeOutcome",
    "PurgePlan",
    "PurgeRuleRecord",
    "RetentionAgenda",
    "RetentionService",
    "RuleInput",
    "RuleRecord",
]
