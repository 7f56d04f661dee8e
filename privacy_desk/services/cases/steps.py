"""The steps of a request case: identity, files and My Number, fee, pauses, GDPR extension, decision,
approval and response — each through the write template of CaseWrites."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import RequesterKind
from privacy_desk.domain.roles import Permission
from privacy_desk.services.cases import files as case_files
from privacy_desk.services.cases import intake as cases_intake
from privacy_desk.services.cases import work as cases_work
from privacy_desk.services.cases.intake import CaseDetails
from privacy_desk.services.cases.records import CaseDetail
from privacy_desk.services.cases.store import (
    CasePolicy,
    add_event,
    require_open,
)
from privacy_desk.services.cases.work import DecisionInput
from privacy_desk.services.cases.writing import CaseWrites
from privacy_desk.services.core.actor import Actor
from privacy_desk.storage.models import Case


class CaseSteps(CaseWrites):
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
            attachment = case_files.add_attachment(
                session,
                actor,
                policy,
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
            attachment = case_files.get_attachment(session, attachment_id)
            case_files.flag_my_number(session, actor, case, attachment, shows)
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
            attachment = case_files.get_attachment(session, attachment_id)
            before = attachment.sha256
            case_files.confirm_masked(session, actor, case, attachment, masked_data, content_type)
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
            return case_files.get_attachment(session, attachment_id).case_id

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
