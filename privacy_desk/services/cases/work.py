"""Working a request case: status moves, identity verification, My Number masking, fee, pauses, the GDPR
extension, the decision and its approval, the response, tasks and notes.

Each function works inside the caller's transaction on a case the caller loaded, writes its timeline
events and leaves the audit entry to the caller. Legal rules come from domain/cases.py; the rules that
depend on stored records (an unmasked individual number, an unpaid fee) are checked here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import (
    PAST_IDENTITY,
    CaseState,
    Decision,
    RefusalGround,
    RequesterKind,
    check_decision_complete,
    check_transition,
    ground_required,
)
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, STOP_TYPES, RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Text
from privacy_desk.services.cases.store import (
    CasePolicy,
    add_event,
    close_open_pauses,
    date_param,
    enum_param,
    facts,
    pauses_of,
    require_open,
    require_text,
    unmasked_my_number,
)
from privacy_desk.services.core.actor import Actor
from privacy_desk.storage.models import Case, CasePause, CaseTask

FILENAME_MAX = 255
ENDING_STATES = frozenset({CaseState.CLOSED, CaseState.WITHDRAWN, CaseState.REJECTED_IDENTITY})


def now() -> datetime:
    return datetime.now(UTC)


# -- status ----------------------------------------------------------------------------------------


def check_move(session: Session, case: Case, target: CaseState) -> None:
    """Everything that must hold before `case` moves to `target`; InvalidInput with the reason."""
    state = CaseState(case.state)
    case_facts = facts(case)
    check_transition(state, target, facts=case_facts)
    if target in PAST_IDENTITY and state not in PAST_IDENTITY:
        unmasked = unmasked_my_number(session, case.id)
        if unmasked:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{files} shows an individual number (My Number): mask it and confirm the masking "
                    "before the case proceeds.",
                ),
                files=", ".join(unmasked),
            )
    if state is CaseState.FEE_PENDING and target is CaseState.IN_PROGRESS and case.fee_paid_on is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Record the payment of the fee before work goes on."))
    if target is CaseState.RESPONDED:
        check_decision_details(case)


def check_decision_details(case: Case) -> None:
    """What a granted correction or stop request must say before the answer goes out."""
    decision = Decision(case.decision) if case.decision else None
    granted = decision in (Decision.FULL, Decision.PARTIAL)
    request_type = RequestType(case.request_type)
    if granted and request_type is RequestType.CORRECTION and not (case.correction_details or "").strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Record what was corrected, added or deleted before responding.")
        )
    if granted and request_type in STOP_TYPES and not case.systems_notified:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Record which systems were told to stop using or providing the data before responding.",
            )
        )


def move(
    session: Session, actor: Actor, policy: CasePolicy, case: Case, target: CaseState, reason: str = ""
) -> None:
    target = CaseState(target)
    old = CaseState(case.state)
    if target is old:
        return
    if target in (CaseState.WITHDRAWN, CaseState.REJECTED_IDENTITY):
        reason = require_text(reason, QT_TRANSLATE_NOOP("Errors", "Give the reason."))
    check_move(session, case, target)
    today = policy.today()
    case.state = target.value
    if target is CaseState.FEE_PENDING:
        if case.fee_amount is None:
            case.fee_amount = policy.fee_yen
        add_event(session, actor, case, "fee_requested", amount=f"{case.fee_amount:,}")
        if not any(p.end_on is None for p in pauses_of(session, case.id)):
            session.add(CasePause(case_id=case.id, reason=PauseReason.FEE.value, start_on=today))
    if target is CaseState.IN_PROGRESS and old is CaseState.DECISION:
        case.approved_at = None
        case.approved_by_id = None
    if target is CaseState.RESPONDED and case.responded_on is None:
        case.responded_on = today
    if target in ENDING_STATES:
        case.ended_on = today
    if target is CaseState.RESPONDED or target in ENDING_STATES:
        close_open_pauses(session, case, today)
    add_event(session, actor, case, "state", text=reason.strip(), old=enum_param(old), new=enum_param(target))


def send_back(session: Session, actor: Actor, policy: CasePolicy, case: Case, reason: str) -> None:
    """The approver returns a draft decision to the desk (decision → in progress, approval cleared)."""
    if CaseState(case.state) is not CaseState.DECISION:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Only a decision awaiting approval can be sent back."))
    move(session, actor, policy, case, CaseState.IN_PROGRESS)
    add_event(session, actor, case, "sent_back", text=reason.strip())


def respond(
    session: Session, actor: Actor, policy: CasePolicy, case: Case, responded_on: date | None
) -> None:
    day = responded_on or policy.today()
    if day > policy.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The response date cannot be in the future."))
    if day < case.received_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The response date cannot be before the date received.")
        )
    check_move(session, case, CaseState.RESPONDED)
    case.responded_on = day
    move(session, actor, policy, case, CaseState.RESPONDED)
    assert case.decision is not None, "a case is answered only after its decision (check_move)"
    add_event(
        session, actor, case, "responded", date=date_param(day), decision=enum_param(Decision(case.decision))
    )


# -- identity --------------------------------------------------------------------------------------


def verify_identity(
    session: Session,
    actor: Actor,
    policy: CasePolicy,
    case: Case,
    documents: Sequence[str],
    note: str = "",
    checked_at: datetime | None = None,
) -> None:
    """Record who checked which documents, and when. A case still at "received" moves to the identity
    check; moving past it stays a separate step (the fee, My Number masking)."""
    require_open(case)
    if CaseState(case.state) not in (CaseState.RECEIVED, CaseState.IDENTITY_CHECK):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The identity check of this case is already over."))
    chosen = []
    for name in documents:
        name = str(name).strip()
        if name and name not in chosen:
            chosen.append(name)
    if not chosen:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the documents that were checked."))
    unknown = [d for d in chosen if d not in policy.identity_documents]
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{documents} is not on the office's list of identity documents (Settings)."
            ),
            documents=", ".join(unknown),
        )
    moment = checked_at or now()
    if moment.tzinfo is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A time zone is required for {value}."), value=moment)
    if moment > now():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The time of the check cannot be in the future."))
    if CaseState(case.state) is CaseState.RECEIVED:
        move(session, actor, policy, case, CaseState.IDENTITY_CHECK)
    case.identity_documents = chosen
    case.identity_note = note.strip()
    case.identity_checked_by_id = actor.id
    case.identity_checked_at = moment
    for pause in pauses_of(session, case.id):
        if pause.end_on is None and pause.reason == PauseReason.IDENTITY_DOCUMENTS.value:
            pause.end_on = max(moment.astimezone(policy.office_tz).date(), pause.start_on)
            add_event(
                session,
                actor,
                case,
                "pause_ended",
                date=date_param(pause.end_on),
                reason=enum_param(PauseReason(pause.reason)),
            )
    add_event(
        session,
        actor,
        case,
        "identity_verified",
        text=case.identity_note,
        requester=enum_param(RequesterKind(case.requester_kind)),
        documents=chosen,
    )


def override_identity(session: Session, actor: Actor, policy: CasePolicy, case: Case, reason: str) -> None:
    """A manager lets the case proceed without verification (the caller checks the permission)."""
    require_open(case)
    reason = require_text(
        reason, QT_TRANSLATE_NOOP("Errors", "Give the reason for proceeding without identity verification.")
    )
    if CaseState(case.state) not in (CaseState.RECEIVED, CaseState.IDENTITY_CHECK):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The identity check of this case is already over."))
    if CaseState(case.state) is CaseState.RECEIVED:
        move(session, actor, policy, case, CaseState.IDENTITY_CHECK)
    case.identity_override_reason = reason
    case.identity_override_by_id = actor.id
    case.identity_override_at = now()
    add_event(session, actor, case, "identity_override", text=reason)


# -- fee, pauses, GDPR -----------------------------------------------------------------------------


def require_fee_type(case: Case) -> None:
    if RequestType(case.request_type) not in FEE_ALLOWED_TYPES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A fee may be charged only for a notification of the purpose of use, a disclosure or a "
                "disclosure of third-party provision records (APPI Art. 38).",
            )
        )


def set_fee_amount(session: Session, actor: Actor, case: Case, amount: int) -> None:
    require_open(case)
    require_fee_type(case)
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 <= amount <= 1_000_000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter a fee in yen from 0 to {high}."), high=1_000_000
        )
    if case.fee_amount == amount:
        return
    case.fee_amount = amount
    add_event(session, actor, case, "fee_amount", amount=f"{amount:,}")


def record_fee_paid(session: Session, actor: Actor, policy: CasePolicy, case: Case, paid_on: date) -> None:
    """The fee arrived: a fee pause ends that day, and a case waiting for it goes on to work."""
    require_open(case)
    require_fee_type(case)
    if paid_on > policy.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The payment date cannot be in the future."))
    if paid_on < case.received_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The payment date cannot be before the date received.")
        )
    if case.fee_amount is None:
        case.fee_amount = policy.fee_yen
    case.fee_paid_on = paid_on
    add_event(session, actor, case, "fee_paid", date=date_param(paid_on))
    for pause in pauses_of(session, case.id):
        if pause.end_on is None and pause.reason == PauseReason.FEE.value:
            pause.end_on = max(paid_on, pause.start_on)
            add_event(
                session,
                actor,
                case,
                "pause_ended",
                date=date_param(pause.end_on),
                reason=enum_param(PauseReason.FEE),
            )
    if CaseState(case.state) is CaseState.FEE_PENDING:
        move(session, actor, policy, case, CaseState.IN_PROGRESS)


def start_pause(
    session: Session,
    actor: Actor,
    policy: CasePolicy,
    case: Case,
    reason: PauseReason,
    start_on: date,
    note: str = "",
) -> CasePause:
    require_open(case)
    reason = PauseReason(reason)
    if start_on < case.received_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A pause cannot start before the date received."))
    if start_on > policy.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A pause cannot start in the future."))
    if any(p.end_on is None for p in pauses_of(session, case.id)):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The desk is already waiting for the requester: end that pause first."
            )
        )
    pause = CasePause(case_id=case.id, reason=reason.value, start_on=start_on, note=note.strip())
    session.add(pause)
    session.flush()
    add_event(
        session,
        actor,
        case,
        "pause_started",
        text=note.strip(),
        reason=enum_param(reason),
        date=date_param(start_on),
    )
    return pause


def end_pause(
    session: Session, actor: Actor, policy: CasePolicy, case: Case, pause_id: int, end_on: date
) -> None:
    pause = session.get(CasePause, pause_id)
    if pause is None or pause.case_id != case.id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No pause with id {id}."), id=pause_id)
    if pause.end_on is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "This pause has already ended."))
    if end_on > policy.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A pause cannot end in the future."))
    if end_on < pause.start_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A pause cannot end before it starts."))
    pause.end_on = end_on
    add_event(
        session,
        actor,
        case,
        "pause_ended",
        date=date_param(end_on),
        reason=enum_param(PauseReason(pause.reason)),
    )


def notify_gdpr_extension(
    session: Session, actor: Actor, policy: CasePolicy, case: Case, notice_on: date, reason: str
) -> None:
    require_open(case)
    if not case.gdpr:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Only a GDPR request can have its period extended."))
    if case.gdpr_extension_notice_on is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The GDPR period has already been extended."))
    reason = require_text(
        reason, QT_TRANSLATE_NOOP("Errors", "Give the reason for the extension (GDPR Art. 12(3)).")
    )
    if notice_on > policy.today() or notice_on < case.received_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The notice date must lie between the date received and today.")
        )
    case.gdpr_extension_notice_on = notice_on
    add_event(session, actor, case, "gdpr_extension", text=reason, date=date_param(notice_on))


# -- the decision ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionInput:
    decision: Decision
    ground: RefusalGround | None = None  # Art. 33(2): disclosure / provision records, partial or refused
    explanation: str = ""  # Art. 36: the reasons given to the requester (partial or refused)
    correction_details: str = ""  # correction: what was corrected, added or deleted
    systems_notified: tuple[str, ...] = ()  # stop-use / stop-provision: the systems that were told


def record_decision(
    session: Session, actor: Actor, policy: CasePolicy, case: Case, decision: DecisionInput
) -> None:
    """The draft decision: it moves the case to "decision" (from in progress) and clears any approval,
    since a manager approved what was there before."""
    require_open(case)
    state = CaseState(case.state)
    if state not in (CaseState.IN_PROGRESS, CaseState.DECISION):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A decision is recorded once the case is in progress (now: {state})."
            ),
            state=Text("CaseState", state.label),
        )
    kind = Decision(decision.decision)
    request_type = RequestType(case.request_type)
    ground = RefusalGround(decision.ground) if decision.ground else None
    if not ground_required(request_type, kind):
        ground = None  # the three Art. 33(2) grounds belong to disclosure and provision records
    systems = []
    for name in decision.systems_notified:
        name = str(name).strip()
        if name and name not in systems:
            systems.append(name)
    case.decision = kind.value
    case.refusal_ground = ground.value if ground else None
    case.explanation = decision.explanation.strip()
    case.correction_details = (
        decision.correction_details.strip() if request_type is RequestType.CORRECTION else ""
    )
    case.systems_notified = systems if request_type in STOP_TYPES else []
    # The ground and the explanation are needed now; the approval only before the response.
    check_decision_complete(replace(facts(case), decision_approved=True))
    case.decided_by_id = actor.id
    case.decided_on = policy.today()
    case.approved_at = None
    case.approved_by_id = None
    if state is CaseState.IN_PROGRESS:
        move(session, actor, policy, case, CaseState.DECISION)
    if ground is not None:
        add_event(
            session,
            actor,
            case,
            "decision_ground",
            text=case.explanation,
            decision=enum_param(kind),
            ground=enum_param(ground),
        )
    else:
        add_event(session, actor, case, "decision", text=case.explanation, decision=enum_param(kind))


def approve(session: Session, actor: Actor, case: Case) -> None:
    """A manager approves the recorded decision (the caller checks the permission); a refusal cannot be
    sent without it."""
    if CaseState(case.state) is not CaseState.DECISION or not case.decision:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no decision awaiting approval."))
    case.approved_by_id = actor.id
    case.approved_at = now()
    add_event(session, actor, case, "approved", decision=enum_param(Decision(case.decision)))


# -- tasks and notes -------------------------------------------------------------------------------


def add_task(
    session: Session, actor: Actor, case: Case, title: str, due_on: date | None, assignee_id: int | None
) -> CaseTask:
    require_open(case)
    title = require_text(title, QT_TRANSLATE_NOOP("Errors", "The task needs a title."))
    task = CaseTask(case_id=case.id, title=title, due_on=due_on, assignee_id=assignee_id)
    session.add(task)
    session.flush()
    add_event(session, actor, case, "task_added", title=title)
    return task


def get_task(session: Session, task_id: int) -> CaseTask:
    task = session.get(CaseTask, task_id)
    if task is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No task with id {id}."), id=task_id)
    return task


def set_task_done(session: Session, actor: Actor, case: Case, task: CaseTask, done: bool) -> None:
    if (task.done_at is not None) == done:
        return
    task.done_at = now() if done else None
    task.done_by_id = actor.id if done else None
    add_event(session, actor, case, "task_done" if done else "task_reopened", title=task.title)


def add_note(session: Session, actor: Actor, case: Case, text: str) -> None:
    text = require_text(text, QT_TRANSLATE_NOOP("Errors", "The note is empty."))
    add_event(session, actor, case, "note", text=text)
