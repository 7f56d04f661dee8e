"""Writing request cases: the write template every change goes through, opening a case, its details,
requester, date received, assignee and state, tasks and notes (CaseService's own writes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from privacy_desk.domain.cases import CaseState
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Permission
from privacy_desk.services.cases import intake as cases_intake
from privacy_desk.services.cases import queries as cases_queries
from privacy_desk.services.cases import work as cases_work
from privacy_desk.services.cases.due_dates import store_due_dates
from privacy_desk.services.cases.intake import CaseDetails, NewCase
from privacy_desk.services.cases.lifecycle import ticket_follows
from privacy_desk.services.cases.reading import NO_DETAILS, CaseReads
from privacy_desk.services.cases.records import CaseDetail
from privacy_desk.services.cases.store import (
    CasePolicy,
    add_event,
    enum_param,
    get_case,
    load_policy,
    require_open,
    snapshot,
)
from privacy_desk.services.cases.work import now
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.versions import CASE_WORD, check_version
from privacy_desk.services.core.writing import writing
from privacy_desk.storage.models import Case


class CaseWrites(CaseReads):
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
        with writing(self._db, actor) as unit:
            session, policy = unit.session, load_policy(unit.settings())
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
            state_before = CaseState(case.state)
            result = work(session, case, policy)
            session.flush()
            after = snapshot(case)
            detail = {**(extra or {}), **(result if isinstance(result, dict) else {})}
            if after != before or detail:
                case.updated_at = now()  # a new version even when only a task, pause or file changed
                unit.audit("case", case.id, action, before=before, after={**after, **detail})
                session.flush()
            ticket_follows(unit, case, state_before)
            store_due_dates(session, [case.id], policy, policy.today())  # the list's sort and filter
            return cases_queries.detail(session, case, policy=policy, today=policy.today())

    def create(self, actor: Actor, new: NewCase) -> CaseDetail:
        """Open a case by hand (letter, counter, phone) for an existing person record."""
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            session, policy = unit.session, load_policy(unit.settings())
            case = cases_intake.create(session, actor, policy, new)
            add_event(session, actor, case, "created", type=enum_param(RequestType(new.request_type)))
            unit.audit("case", case.id, "create", after=snapshot(case))
            store_due_dates(session, [case.id], policy, policy.today())  # the list's sort and filter
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
        with writing(self._db, actor) as unit:
            session, policy = unit.session, load_policy(unit.settings())
            case = cases_intake.create_from_ticket(
                unit,
                policy,
                ticket_id,
                RequestType(request_type),
                details,
                person_id=person_id,
                received_on=received_on,
                assignee_id=assignee_id,
            )
            unit.audit("case", case.id, "create", after=snapshot(case))
            store_due_dates(session, [case.id], policy, policy.today())  # the list's sort and filter
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
