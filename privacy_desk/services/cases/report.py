"""The case report from the database: a case's stored record turned into `reports.data.CaseReportData`
and rendered as the A4 PDF (reports/case_report.py), in the language asked for, not the GUI's."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from zoneinfo import ZoneInfo

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.i18n.formatting import format_report_date
from privacy_desk.reports.data import (
    CaseReportData,
    DecisionData,
    FeeData,
    IdentityCheckData,
    TimelineEvent,
)
from privacy_desk.services.cases.events import event_text
from privacy_desk.services.cases.records import CaseDetail

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseService

Translate = Callable[..., str]
REPORT_LANGUAGES = ("ja", "en")


def _catalogue(lang: str) -> Translate:
    from privacy_desk.i18n.qt import catalogue  # QtCore only, as the CLI uses it

    return catalogue(lang)


def report_data(
    detail: CaseDetail, *, lang: str, office_tz: ZoneInfo, translate: Translate | None = None
) -> CaseReportData:
    """Everything the report shows, the timeline already in `lang`."""
    translate = translate or _catalogue(lang)

    def fmt_date(day: date) -> str:
        return format_report_date(day, lang)

    row = detail.row
    attachments = detail.attachments
    return CaseReportData(
        ref=row.ref,
        request_type=row.request_type,
        state=row.state,
        requester_name=row.requester_name,
        requester_kana=row.requester_kana,
        requester_kind=row.requester_kind,
        agent_name=row.agent_name,
        received_on=row.received_on,
        due=row.due,
        office_tz=office_tz,
        gdpr=row.gdpr,
        requested_items=detail.requested_items,
        delivery_method=detail.delivery_method,
        lawsuit_possible_from=row.lawsuit_possible_from,
        gdpr_due=row.gdpr_due,
        gdpr_extension_notice_on=detail.gdpr_extension_notice_on,
        paused_days=row.paused_days,
        assignee=row.assignee_name or "",
        identity=IdentityCheckData(
            checked_by=detail.identity_checked_by_name or "",
            checked_at=detail.identity_checked_at,
            documents=detail.identity_documents,
            my_number_shown=any(a.shows_my_number for a in attachments),
            my_number_masked=all(not a.needs_masking for a in attachments),
            override_by=detail.identity_override_by_name or "",
            override_reason=detail.identity_override_reason,
        ),
        fee=FeeData(amount=detail.fee_amount, paid_on=detail.fee_paid_on),
        decision=DecisionData(
            decision=row.decision,
            ground=detail.refusal_ground,
            explanation=_decision_text(detail),
            decided_by=detail.decided_by_name or "",
            decided_on=detail.decided_on,
            approved_by=detail.approved_by_name or "",
            approved_at=detail.approved_at,
            responded_on=detail.responded_on,
        ),
        timeline=tuple(
            TimelineEvent(
                e.at,
                e.actor_name,
                event_text(e.kind, e.params, e.text, translate=translate, format_date=fmt_date),
            )
            for e in detail.events
        ),
    )


def _decision_text(detail: CaseDetail) -> str:
    """The explanation, and what a correction changed or which systems were told (as written)."""
    parts = [detail.explanation]
    if detail.correction_details:
        parts.append(detail.correction_details)
    if detail.systems_notified:
        parts.append("、".join(detail.systems_notified))
    return "\n".join(p for p in parts if p)


def render(data: CaseReportData, out: str | os.PathLike[str] | BinaryIO, *, lang: str) -> None:
    """Render the PDF; a path is written whole or not at all (a temporary file renamed at the end)."""
    if lang not in REPORT_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown language {value}; use one of: {choices}"),
            value=lang,
            choices=", ".join(REPORT_LANGUAGES),
        )
    from privacy_desk.reports.case_report import render_case_report  # reportlab loads on first report

    if not isinstance(out, str | os.PathLike):
        render_case_report(data, out, lang=lang)
        return
    path = Path(out)
    partial = path.with_name(path.name + ".part")
    try:
        render_case_report(data, partial, lang=lang)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def render_sample(cases: CaseService, lang: str, folder: Path) -> Path:
    """For the self-test: the report of the case with the longest story (the demo's refusal or any),
    written to `folder`."""
    from privacy_desk.services.cases.records import CaseFilter, CaseSort

    ids = cases.case_ids(CaseFilter(), sort=CaseSort.REF)
    if not ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no request case to report on."))
    detail = max((cases.get(i) for i in ids), key=lambda d: len(d.events))
    path = Path(folder) / f"{detail.row.ref}-{lang}.pdf"
    cases.write_report(detail.row.id, path, lang)
    return path
