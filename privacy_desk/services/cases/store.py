"""Writing request cases: the office policy they follow, references, timeline events and the checks
every change shares.

Every function here works inside the caller's transaction; none commits. The caller records the audit
entry of what it did (`snapshot` before and after) through its unit of work (`core.writing.Work`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.config import (
    ATTACHMENT_MAX_BYTES,
    COMPANY_CLOSURES,
    DUE_SOON_DAYS,
    IDENTITY_DOCUMENTS,
    INTERNAL_DUE_DAYS,
    OFFICE_TIMEZONE,
    REQUEST_FEE_YEN,
    setting_int,
    setting_texts,
)
from privacy_desk.domain.case_deadlines import CaseDeadlines, Pause, PauseReason, case_deadlines
from privacy_desk.domain.cases import CaseFacts, CaseState, Decision, RefusalGround
from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.requests import RequestPolicy, RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.counters import next_number
from privacy_desk.storage.models import Case, CaseAttachment, CaseEvent, CasePause

REF_PREFIX = "REQ"
_REF = re.compile(r"^REQ-?(\d{4})-?(\d{1,9})$")


@dataclass(frozen=True)
class CasePolicy:
    """The office settings a case's dates, fee and identity check depend on, read once per operation."""

    office_tz: ZoneInfo
    calendar: ClosureCalendar
    request_policy: RequestPolicy
    due_soon_days: int
    fee_yen: int
    identity_documents: tuple[str, ...]
    attachment_max_bytes: int  # the largest file kept with a case

    def today(self, now: datetime | None = None) -> date:
        return (now or datetime.now(UTC)).astimezone(self.office_tz).date()


def load_policy(values: Mapping[str, object]) -> CasePolicy:
    """The policy from the office settings (by key, as `Work.settings` or `OfficeSettingsService.values`
    give them): a call reads the settings once and builds every policy it needs from that read."""
    closures = setting_texts(values[COMPANY_CLOSURES.key])
    return CasePolicy(
        office_tz=ZoneInfo(str(values[OFFICE_TIMEZONE.key])),
        calendar=ClosureCalendar(company_closures=frozenset(date.fromisoformat(d) for d in closures)),
        request_policy=RequestPolicy(
            internal_due_days={t: setting_int(values[s.key]) for t, s in INTERNAL_DUE_DAYS.items()}
        ),
        due_soon_days=setting_int(values[DUE_SOON_DAYS.key]),
        fee_yen=setting_int(values[REQUEST_FEE_YEN.key]),
        identity_documents=setting_texts(values[IDENTITY_DOCUMENTS.key]),
        attachment_max_bytes=setting_int(values[ATTACHMENT_MAX_BYTES.key]),
    )


# -- references ------------------------------------------------------------------------------------


def format_case_ref(year: int, number: int) -> str:
    return f"{REF_PREFIX}-{year:04d}-{number:04d}"


def normalize_case_ref(text: str) -> str:
    """REQ-2026-0042 from "req-2026-42", "ＲＥＱ－２０２６－００４２" and the like; InvalidInput otherwise."""
    folded = unicodedata.normalize("NFKC", text).strip().upper().replace("－", "-")
    match = _REF.match(folded)
    if match is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Not a case reference: {text} (expected e.g. REQ-2026-0042)"),
            text=text,
        )
    return format_case_ref(int(match.group(1)), int(match.group(2)))


def next_case_ref(session: Session, year: int) -> str:
    """The next case reference of `year` (services.core.counters)."""
    return format_case_ref(year, next_number(session, "case", year))


# -- reading the stored case -----------------------------------------------------------------------


def get_case(session: Session, case_id: int, *, lock: bool = False) -> Case:
    """`lock`: for a change — PostgreSQL holds the row until commit (SELECT … FOR UPDATE), so a second
    desk moving the same case waits and then sees this one's move; SQLite's write lock, taken first by
    `core.writing`, already orders the two."""
    case = session.get(Case, case_id, with_for_update=lock or None)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No request case with id {id}."), id=case_id)
    return case


def pauses_of(session: Session, case_id: int) -> list[CasePause]:
    return list(
        session.scalars(select(CasePause).where(CasePause.case_id == case_id).order_by(CasePause.start_on))
    )


def domain_pauses(pauses: Iterable[CasePause]) -> tuple[Pause, ...]:
    return tuple(Pause(p.start_on, p.end_on, PauseReason(p.reason)) for p in pauses)


def deadlines_of(
    request_type: RequestType,
    received_on: date,
    gdpr: bool,
    gdpr_extension_notice_on: date | None,
    pauses: Iterable[Pause],
    policy: CasePolicy,
    today: date,
) -> CaseDeadlines:
    return case_deadlines(
        request_type,
        received_on,
        calendar=policy.calendar,
        policy=policy.request_policy,
        pauses=pauses,
        today=today,
        gdpr=gdpr,
        gdpr_extension_notice_on=gdpr_extension_notice_on,
    )


def case_deadlines_now(session: Session, case: Case, policy: CasePolicy) -> CaseDeadlines:
    return deadlines_of(
        RequestType(case.request_type),
        case.received_on,
        case.gdpr,
        case.gdpr_extension_notice_on,
        domain_pauses(pauses_of(session, case.id)),
        policy,
        policy.today(),
    )


def facts(case: Case) -> CaseFacts:
    return CaseFacts(
        request_type=RequestType(case.request_type),
        identity_verified=case.identity_checked_at is not None,
        identity_override_reason=case.identity_override_reason or "",
        decision=Decision(case.decision) if case.decision else None,
        refusal_ground=RefusalGround(case.refusal_ground) if case.refusal_ground else None,
        explanation=case.explanation or "",
        decision_approved=case.approved_at is not None,
    )


def unmasked_my_number(session: Session, case_id: int) -> list[str]:
    """File names of attachments flagged as showing an individual number whose masking nobody has
    confirmed yet."""
    return list(
        session.scalars(
            select(CaseAttachment.filename)
            .where(
                CaseAttachment.case_id == case_id,
                CaseAttachment.shows_my_number.is_(True),
                CaseAttachment.masked_confirmed_at.is_(None),
            )
            .order_by(CaseAttachment.id)
        )
    )


def require_open(case: Case) -> None:
    if not CaseState(case.state).is_open:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Case {ref} is no longer open; it cannot be changed."), ref=case.ref
        )


def require_text(value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidInput(message)
    return value


# -- the timeline ----------------------------------------------------------------------------------


def enum_param(member: Enum) -> dict[str, str]:
    """A label parameter of an event: translated when the event is shown, in the viewer's language."""
    return {"enum": type(member).__name__, "value": member.value}


def date_param(day: date) -> dict[str, str]:
    return {"date": day.isoformat()}


def add_event(
    session: Session,
    actor: Actor,
    case: Case,
    kind: str,
    *,
    text: str = "",
    at: datetime | None = None,
    **params: object,
) -> CaseEvent:
    event = CaseEvent(
        case_id=case.id,
        at=at or datetime.now(UTC),
        actor_id=actor.id,
        actor_name=actor.display_name,
        kind=kind,
        params=params,
        text=text,
    )
    session.add(event)
    return event


def close_open_pauses(session: Session, case: Case, day: date) -> list[CasePause]:
    closed = []
    for pause in pauses_of(session, case.id):
        if pause.end_on is None:
            pause.end_on = max(day, pause.start_on)
            closed.append(pause)
    return closed


def snapshot(case: Case) -> dict[str, object]:
    """What the audit trail keeps of a case before and after a change."""

    def iso(value: date | datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "ref": case.ref,
        "request_type": case.request_type,
        "state": case.state,
        "gdpr": case.gdpr,
        "person_id": case.person_id,
        "requester_kind": case.requester_kind,
        "agent_name": case.agent_name,
        "agent_contact": case.agent_contact,
        "requested_items": case.requested_items,
        "delivery_method": case.delivery_method,
        "delivery_note": case.delivery_note,
        "received_on": iso(case.received_on),
        "assignee_id": case.assignee_id,
        "ticket_id": case.ticket_id,
        "identity_documents": list(case.identity_documents or []),
        "identity_note": case.identity_note,
        "identity_checked_by_id": case.identity_checked_by_id,
        "identity_checked_at": iso(case.identity_checked_at),
        "identity_override_reason": case.identity_override_reason,
        "identity_override_by_id": case.identity_override_by_id,
        "fee_amount": case.fee_amount,
        "fee_paid_on": iso(case.fee_paid_on),
        "gdpr_extension_notice_on": iso(case.gdpr_extension_notice_on),
        "decision": case.decision,
        "refusal_ground": case.refusal_ground,
        "explanation": case.explanation,
        "correction_details": case.correction_details,
        "systems_notified": list(case.systems_notified or []),
        "decided_by_id": case.decided_by_id,
        "decided_on": iso(case.decided_on),
        "approved_by_id": case.approved_by_id,
        "approved_at": iso(case.approved_at),
        "responded_on": iso(case.responded_on),
        "ended_on": iso(case.ended_on),
    }
