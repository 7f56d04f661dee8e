"""The Requests area's use cases: open, read and work data-subject request cases.

One transaction per call, the acting user's permission checked first, every change audited in the same
transaction and written to the case's timeline, plain data out. The work is done by the sibling modules
(cases_intake, cases_work, cases_queries); this class is what the GUI and the CLI call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from os import PathLike
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState, RequesterKind, allowed_transitions
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, RequestType
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PrivacyDeskError
from privacy_desk.services.cases import intake as cases_intake
from privacy_desk.services.cases import queries as cases_queries
from privacy_desk.services.cases import work as cases_work
from privacy_desk.services.cases.events import event_text
from privacy_desk.services.cases.intake import CaseDetails, NewCase
from privacy_desk.services.cases.queries import (
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
from privacy_desk.services.cases.store import (
    CasePolicy,
    add_event,
    enum_param,
    get_case,
    load_policy,
    normalize_case_ref,
    require_open,
    snapshot,
)
from privacy_desk.services.cases.work import DecisionInput, now
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.agenda import AgendaItem, AgendaKind
from privacy_desk.services.core.audit import record
from privacy_desk.services.core.versions import CASE_WORD, check_version
from privacy_desk.services.core.writing import writing
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Blob, Case, User

if TYPE_CHECKING:
    from privacy_desk.reports.data import CaseReportData

__all__ = [
    "CaseAgenda",
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

ALL_CASES = CaseFilter()
NO_DETAILS = CaseDetails()


@dataclass(frozen=True)
class MoveOption:
    """A status the case could move to; `reason` (an error to show, translated by the GUI) when it may
    not move there yet."""

    target: CaseState
    reason: PrivacyDeskError | None = None

    @property
    def allowed(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class CaseAttachmentData:
    attachment: CaseAttachmentRow
    data: bytes


class CaseService:
    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def policy(self) -> CasePolicy:
        return load_policy(self._settings)

    def identity_documents(self) -> tuple[str, ...]:
        """The documents the office accepts (office setting), in its order: what the GUI offers."""
        return self.policy().identity_documents

    def fee_yen(self) -> int:
        return self.policy().fee_yen

    # -- reading ----------------------------------------------------------------------------------

    def page(
        self,
        filters: CaseFilter = ALL_CASES,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: CaseSort = CaseSort.DUE,
        descending: bool = False,
    ) -> CasePage:
        """One page of the Requests list and the number of cases the filter selects."""
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.page(
                session,
                filters,
                policy=policy,
                today=policy.today(),
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
            )

    def case_ids(
        self, filters: CaseFilter = ALL_CASES, *, sort: CaseSort = CaseSort.DUE, descending: bool = False
    ) -> list[int]:
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.case_ids(
                session, filters, policy=policy, today=policy.today(), sort=sort, descending=descending
            )

    def rows(self, ids: Sequence[int]) -> list[CaseListRow]:
        """Fresh rows of these cases in the given order (for an id-backed model's cache)."""
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.rows_by_id(session, list(ids), policy=policy, today=policy.today())

    def get(self, case_id: int) -> CaseDetail:
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.detail(
                session, get_case(session, case_id), policy=policy, today=policy.today()
            )

    def id_of(self, ref: str) -> int:
        ref = normalize_case_ref(ref)
        with self._db.transaction() as session:
            case_id = session.scalar(select(Case.id).where(Case.ref == ref))
        if case_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No request case {ref}."), ref=ref)
        return case_id

    def get_by_ref(self, ref: str) -> CaseDetail:
        return self.get(self.id_of(ref))

    def cases_for_ticket(self, ticket_id: int) -> list[CaseListRow]:
        """The cases converted from this ticket (the ticket's side of the link)."""
        return self.rows(self.case_ids(CaseFilter(ticket_id=ticket_id), sort=CaseSort.REF))

    def moves(self, case_id: int) -> list[MoveOption]:
        """Every status the state machine offers from here, each with the reason it is not allowed yet
        (identity, My Number masking, fee, decision, approval), for buttons shown disabled with a tip."""
        with self._db.transaction() as session:
            case = get_case(session, case_id)
            state = CaseState(case.state)
            options = []
            targets = allowed_transitions(
                state, fee_applies=RequestType(case.request_type) in FEE_ALLOWED_TYPES
            )
            for target in sorted(targets, key=list(CaseState).index):
                try:
                    cases_work.check_move(session, case, target)
                except InvalidInput as error:
                    options.append(MoveOption(target, error))
                else:
                    options.append(MoveOption(target))
            return options

    def attachment(self, attachment_id: int) -> CaseAttachmentData:
        with self._db.transaction() as session:
            a = cases_work.get_attachment(session, attachment_id)
            blob = session.get(Blob, a.sha256)
            row = CaseAttachmentRow(
                a.id,
                a.filename,
                a.content_type,
                a.size,
                a.sha256,
                a.identity_document,
                a.shows_my_number,
                user_name(session, a.masked_confirmed_by_id) or None,
                a.masked_confirmed_at,
                user_name(session, a.added_by_id) or None,
                a.added_at,
            )
            return CaseAttachmentData(row, blob.data if blob is not None else b"")

    # -- the case report --------------------------------------------------------------------------

    def report_data(
        self, case_id: int, lang: str, translate: Callable[..., str] | None = None
    ) -> CaseReportData:
        """The case report's contents in `lang` ("ja" or "en"), e.g. for a preview."""
        from privacy_desk.services.cases import report as cases_report

        return cases_report.report_data(
            self.get(case_id), lang=lang, office_tz=self.policy().office_tz, translate=translate
        )

    def write_report(self, case_id: int, out: str | PathLike[str] | BinaryIO, lang: str) -> None:
        """Render the case report PDF to a path (written whole or not at all) or a binary stream."""
        from privacy_desk.services.cases import report as cases_report

        cases_report.render(self.report_data(case_id, lang), out, lang=lang)

    # -- writing ----------------------------------------------------------------------------------

    def _write(
        self,
        actor: Actor,
        case_id: int,
        action: str,
        work: Callable[[Session, Case, CasePolicy], object],
        *,
        permission: Permission = Permission.WORK_CASES,
        extra: dict[str, object] | None = None,
        version: int | None = None,
    ) -> CaseDetail:
        """Lock the case, refuse when it is no longer at `version` (the one the desk's form showed), do
        `work`, audit what changed, and return the case as it now is. Any change counts as a new version
        of the case, its tasks, pauses and files included: they are edited on the case's page."""
        actor.require(permission)
        policy = self.policy()
        with writing(self._db) as session:
            case = get_case(session, case_id, lock=True)
            check_version(
                session,
                actor,
                case,
                version,
                what=CASE_WORD,
                office_tz=policy.office_tz,
                current=lambda: cases_queries.detail(session, case, policy=policy, today=policy.today()),
            )
            before = snapshot(case)
            result = work(session, case, policy)
            session.flush()
            after = snapshot(case)
            detail = {**(extra or {}), **(result if isinstance(result, dict) else {})}
            if after != before or detail:
                case.updated_at = now()  # a new version even when only a task, pause or file changed
                record(session, actor, "case", case.id, action, before=before, after={**after, **detail})
                session.flush()
            return cases_queries.detail(session, case, policy=policy, today=policy.today())

    def create(self, actor: Actor, new: NewCase) -> CaseDetail:
        """Open a case by hand (letter, counter, phone) for an existing person record."""
        actor.require(Permission.WORK_CASES)
        policy = self.policy()
        with writing(self._db) as session:
            case = cases_intake.create(session, actor, policy, new)
            add_event(session, actor, case, "created", type=enum_param(RequestType(new.request_type)))
            record(session, actor, "case", case.id, "create", after=snapshot(case))
            return cases_queries.detail(session, case, policy=policy, today=policy.today())

    def create_from_ticket(
        self,
        actor: Actor,
        ticket_id: int,
        request_type: RequestType,
        details: CaseDetails = NO_DETAILS,
        *,
        person_id: int | None = None,
        received_on: date | None = None,
        assignee_id: int | None = None,
    ) -> CaseDetail:
        """ "Convert to request case": a case linked to the ticket (both ways: `CaseListRow.ticket_ref`,
        `cases_for_ticket`). Requester, date received and assignee default to the ticket's; the thread's
        stored attachments come along."""
        actor.require(Permission.WORK_CASES)
        policy = self.policy()
        with writing(self._db) as session:
            case = cases_intake.create_from_ticket(
                session,
                actor,
                policy,
                ticket_id,
                RequestType(request_type),
                details,
                person_id=person_id,
                received_on=received_on,
                assignee_id=assignee_id,
            )
            record(session, actor, "case", case.id, "create", after=snapshot(case))
            return cases_queries.detail(session, case, policy=policy, today=policy.today())

    def update_details(
        self, actor: Actor, case_id: int, details: CaseDetails, *, version: int | None = None
    ) -> CaseDetail:
        """Requested items, delivery method, who is asking (the person, a representative, an agent), GDPR."""

        def work(session: Session, case: Case, policy: CasePolicy) -> None:
            require_open(case)
            clean = cases_intake.clean_details(details)
            before = snapshot(case)
            cases_intake.apply_details(case, clean)
            if snapshot(case) != before:
                add_event(session, actor, case, "details")

        return self._write(actor, case_id, "update_details", work, version=version)

    def set_requester(
        self, actor: Actor, case_id: int, person_id: int, *, version: int | None = None
    ) -> CaseDetail:
        def work(session: Session, case: Case, policy: CasePolicy) -> None:
            person = cases_intake.check_person(session, person_id)
            if case.person_id != person.id:
                case.person_id = person.id
                add_event(session, actor, case, "requester", name=person.name)

        return self._write(actor, case_id, "set_requester", work, version=version)

    def set_received_on(
        self, actor: Actor, case_id: int, received_on: date, reason: str = "", *, version: int | None = None
    ) -> CaseDetail:
        """Correct the date received (it sets every deadline running): audited, on the timeline."""
        return self._write(
            actor,
            case_id,
            "set_received_on",
            lambda session, case, policy: cases_intake.set_received_on(
                session, actor, policy, case, received_on, reason
            ),
            version=version,
        )

    def set_assignee(
        self, actor: Actor, case_id: int, user_id: int | None, *, version: int | None = None
    ) -> CaseDetail:
        def work(session: Session, case: Case, policy: CasePolicy) -> None:
            user = cases_intake.check_user(session, user_id)
            if case.assignee_id == user_id:
                return
            case.assignee_id = user_id
            if user is None:
                add_event(session, actor, case, "unassigned")
            else:
                add_event(session, actor, case, "assigned", name=user.display_name)

        return self._write(actor, case_id, "set_assignee", work, version=version)

    def move(
        self, actor: Actor, case_id: int, target: CaseState, reason: str = "", *, version: int | None = None
    ) -> CaseDetail:
        """Any status move the state machine allows (see `moves`); withdrawn and rejected need a reason.
        Prefer the dedicated calls below where one exists (they record what the move needs)."""
        return self._write(
            actor,
            case_id,
            "move",
            lambda session, case, policy: cases_work.move(
                session, actor, policy, case, CaseState(target), reason
            ),
            version=version,
        )

    def withdraw(self, actor: Actor, case_id: int, reason: str, *, version: int | None = None) -> CaseDetail:
        return self.move(actor, case_id, CaseState.WITHDRAWN, reason, version=version)

    def reject_identity(
        self, actor: Actor, case_id: int, reason: str, *, version: int | None = None
    ) -> CaseDetail:
        """The requester's identity could not be verified: the case ends."""
        return self.move(actor, case_id, CaseState.REJECTED_IDENTITY, reason, version=version)

    def close(self, actor: Actor, case_id: int, *, version: int | None = None) -> CaseDetail:
        return self.move(actor, case_id, CaseState.CLOSED, version=version)

    # identity

    def verify_identity(
        self,
        actor: Actor,
        case_id: int,
        documents: Sequence[str],
        note: str = "",
        checked_at: datetime | None = None,
        *,
        requester: tuple[RequesterKind, str, str] | None = None,
        version: int | None = None,
    ) -> CaseDetail:
        """Who checked (the actor), which documents (from `identity_documents()`), when (now unless
        given). Who is asking is the case's `requester_kind` (`update_details`); `requester` = (kind,
        agent's name, agent's contact) sets it in the same transaction, so a refused check stores
        neither."""

        def work(session: Session, case: Case, policy: CasePolicy) -> None:
            if requester is not None:
                require_open(case)
                kind, agent_name, agent_contact = requester
                clean = cases_intake.clean_details(
                    CaseDetails(requester_kind=kind, agent_name=agent_name, agent_contact=agent_contact)
                )
                new = (clean.requester_kind.value, clean.agent_name, clean.agent_contact)
                if (case.requester_kind, case.agent_name, case.agent_contact) != new:
                    case.requester_kind, case.agent_name, case.agent_contact = new
                    add_event(session, actor, case, "details")
            cases_work.verify_identity(session, actor, policy, case, documents, note, checked_at)

        return self._write(actor, case_id, "verify_identity", work, version=version)

    def override_identity(
        self, actor: Actor, case_id: int, reason: str, *, version: int | None = None
    ) -> CaseDetail:
        """A manager lets the case proceed unverified, with a reason (needs "approve decisions")."""
        return self._write(
            actor,
            case_id,
            "override_identity",
            lambda session, case, policy: cases_work.override_identity(session, actor, policy, case, reason),
            permission=Permission.APPROVE_DECISIONS,
            version=version,
        )

    # attachments and My Number

    def add_attachment(
        self,
        actor: Actor,
        case_id: int,
        filename: str,
        content_type: str,
        data: bytes,
        *,
        identity_document: bool = False,
        shows_my_number: bool = False,
        version: int | None = None,
    ) -> CaseDetail:
        """Keep a file with the case (stored once by SHA-256). `shows_my_number`: the document shows an
        individual number, so the case stops before work until its masking is confirmed."""

        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            attachment = cases_work.add_attachment(
                session,
                actor,
                case,
                filename,
                content_type,
                data,
                identity_document=identity_document,
                shows_my_number=shows_my_number,
            )
            return {
                "attachment": {
                    "id": attachment.id,
                    "filename": attachment.filename,
                    "sha256": attachment.sha256,
                    "shows_my_number": shows_my_number,
                }
            }

        return self._write(actor, case_id, "add_attachment", work, version=version)

    def set_shows_my_number(
        self, actor: Actor, attachment_id: int, shows: bool, *, version: int | None = None
    ) -> CaseDetail:
        case_id = self._attachment_case(attachment_id)

        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            attachment = cases_work.get_attachment(session, attachment_id)
            cases_work.flag_my_number(session, actor, case, attachment, shows)
            return {"attachment": {"id": attachment_id, "shows_my_number": shows}}

        return self._write(actor, case_id, "flag_my_number", work, version=version)

    def confirm_my_number_masked(
        self,
        actor: Actor,
        attachment_id: int,
        masked_data: bytes | None = None,
        content_type: str | None = None,
        *,
        version: int | None = None,
    ) -> CaseDetail:
        """The desk's confirmation that the individual number is masked; with `masked_data` (e.g. the
        mask tool's PNG) the attachment is replaced by it and the unmasked original is not kept."""
        case_id = self._attachment_case(attachment_id)

        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            attachment = cases_work.get_attachment(session, attachment_id)
            before = attachment.sha256
            cases_work.confirm_masked(session, actor, case, attachment, masked_data, content_type)
            return {
                "attachment": {
                    "id": attachment_id,
                    "masked": True,
                    "sha256_before": before,
                    "sha256": attachment.sha256,
                }
            }

        return self._write(actor, case_id, "confirm_my_number_masked", work, version=version)

    def _attachment_case(self, attachment_id: int) -> int:
        with self._db.transaction() as session:
            return cases_work.get_attachment(session, attachment_id).case_id

    # fee, pauses, GDPR

    def set_fee_amount(
        self, actor: Actor, case_id: int, amount_yen: int, *, version: int | None = None
    ) -> CaseDetail:
        return self._write(
            actor,
            case_id,
            "set_fee_amount",
            lambda session, case, policy: cases_work.set_fee_amount(session, actor, case, amount_yen),
            version=version,
        )

    def record_fee_paid(
        self, actor: Actor, case_id: int, paid_on: date, *, version: int | None = None
    ) -> CaseDetail:
        """The fee arrived (the fee pause ends; a case at "fee pending" goes on to "in progress")."""
        return self._write(
            actor,
            case_id,
            "record_fee_paid",
            lambda session, case, policy: cases_work.record_fee_paid(session, actor, policy, case, paid_on),
            version=version,
        )

    def start_pause(
        self,
        actor: Actor,
        case_id: int,
        reason: PauseReason,
        start_on: date,
        note: str = "",
        *,
        version: int | None = None,
    ) -> CaseDetail:
        """The desk waits for the requester from `start_on`: the internal due date moves by the days."""

        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            pause = cases_work.start_pause(session, actor, policy, case, reason, start_on, note)
            return {"pause": {"id": pause.id, "reason": pause.reason, "start_on": start_on.isoformat()}}

        return self._write(actor, case_id, "start_pause", work, version=version)

    def end_pause(
        self, actor: Actor, case_id: int, pause_id: int, end_on: date, *, version: int | None = None
    ) -> CaseDetail:
        """The requester answered on `end_on` (the clock runs again that day)."""

        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            cases_work.end_pause(session, actor, policy, case, pause_id, end_on)
            return {"pause": {"id": pause_id, "end_on": end_on.isoformat()}}

        return self._write(actor, case_id, "end_pause", work, version=version)

    def notify_gdpr_extension(
        self, actor: Actor, case_id: int, notice_on: date, reason: str, *, version: int | None = None
    ) -> CaseDetail:
        """GDPR Art. 12(3): the requester was told on `notice_on` that the answer takes two more months."""
        return self._write(
            actor,
            case_id,
            "gdpr_extension",
            lambda session, case, policy: cases_work.notify_gdpr_extension(
                session, actor, policy, case, notice_on, reason
            ),
            version=version,
        )

    # decision, approval, response

    def record_decision(
        self, actor: Actor, case_id: int, decision: DecisionInput, *, version: int | None = None
    ) -> CaseDetail:
        """Draft decision (the case moves to "decision"); partial/refusal need an Art. 33(2) ground for
        disclosure and provision records and an Art. 36 explanation. Clears an earlier approval."""
        return self._write(
            actor,
            case_id,
            "record_decision",
            lambda session, case, policy: cases_work.record_decision(session, actor, policy, case, decision),
            version=version,
        )

    def approve_decision(self, actor: Actor, case_id: int, *, version: int | None = None) -> CaseDetail:
        """A manager approves the decision (needs "approve decisions"); required before a refusal goes out."""
        return self._write(
            actor,
            case_id,
            "approve_decision",
            lambda session, case, policy: cases_work.approve(session, actor, case),
            permission=Permission.APPROVE_DECISIONS,
            version=version,
        )

    def send_back(
        self, actor: Actor, case_id: int, reason: str = "", *, version: int | None = None
    ) -> CaseDetail:
        """The decision goes back to "in progress" (its approval is cleared)."""
        return self._write(
            actor,
            case_id,
            "send_back",
            lambda session, case, policy: cases_work.send_back(session, actor, policy, case, reason),
            version=version,
        )

    def respond(
        self, actor: Actor, case_id: int, responded_on: date | None = None, *, version: int | None = None
    ) -> CaseDetail:
        """The answer went out (today unless given): decision → responded."""
        return self._write(
            actor,
            case_id,
            "respond",
            lambda session, case, policy: cases_work.respond(session, actor, policy, case, responded_on),
            version=version,
        )

    # tasks and notes

    def add_task(
        self,
        actor: Actor,
        case_id: int,
        title: str,
        due_on: date | None = None,
        assignee_id: int | None = None,
        *,
        version: int | None = None,
    ) -> CaseDetail:
        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            cases_intake.check_user(session, assignee_id)
            task = cases_work.add_task(session, actor, case, title, due_on, assignee_id)
            return {
                "task": {"id": task.id, "title": task.title, "due_on": due_on.isoformat() if due_on else None}
            }

        return self._write(actor, case_id, "add_task", work, version=version)

    def set_task_done(
        self, actor: Actor, task_id: int, done: bool = True, *, version: int | None = None
    ) -> CaseDetail:
        with self._db.transaction() as session:
            case_id = cases_work.get_task(session, task_id).case_id

        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            task = cases_work.get_task(session, task_id)
            cases_work.set_task_done(session, actor, case, task, done)
            return {"task": {"id": task_id, "done": done}}

        return self._write(actor, case_id, "set_task_done", work, version=version)

    def add_note(self, actor: Actor, case_id: int, text: str, *, version: int | None = None) -> CaseDetail:
        """An internal note on the timeline (never sent to the requester)."""

        def work(session: Session, case: Case, policy: CasePolicy) -> dict[str, object]:
            cases_work.add_note(session, actor, case, text)
            return {"note": text.strip()}

        return self._write(actor, case_id, "add_note", work, version=version)


class CaseAgenda:
    """The Today page's part: each open case on its internal due date (overdue ones included), and the
    GDPR date of a GDPR request (statutory)."""

    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def agenda_items(self, today: date, until: date) -> list[AgendaItem]:
        policy = load_policy(self._settings)
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


def user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.display_name if user else ""
