"""The Incidents area's use cases: open a breach, record its facts, answers, timeline, notices, filings
and evidence, read it, list incidents by urgency, and hand the reports to services/incidents/report.py.

One unit of work per write (docs/ARCHITECTURE.md §6.4): the actor's permission first, the incident
read under its lock, the version the form showed checked, the change and its audit entry together,
the incident as it now is out."""

from __future__ import annotations

import builtins
import mimetypes
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.incidents import (
    Answer,
    IncidentStatus,
    PersonsAffected,
    Question,
    ReportKind,
    TimelineKind,
    assess,
)
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.counters import next_number
from privacy_desk.services.core.rows import store_blob
from privacy_desk.services.core.versions import check_version
from privacy_desk.services.core.writing import Work, writing
from privacy_desk.services.incidents import changes, queries
from privacy_desk.services.incidents.records import (
    CompanyReporter,
    IncidentDetail,
    IncidentFacts,
    IncidentFilter,
    IncidentListRow,
    NewIncident,
    NoticeInput,
)
from privacy_desk.services.incidents.store import (
    INCIDENT_WORD,
    REF_PREFIX,
    SERIES,
    IncidentPolicy,
    apply_assessment,
    apply_facts,
    assessment_of,
    clean_facts,
    format_ref,
    get_incident,
    load_policy,
    snapshot,
)
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Blob, Incident, IncidentEvidence

FILENAME_MAX = 255
T = TypeVar("T")


class IncidentService:
    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    # -- reads ------------------------------------------------------------------------------------

    def _read(self, read: Callable[[Session, IncidentPolicy], T]) -> T:
        with self._db.transaction() as session:
            return read(session, load_policy(self._settings.values()))

    def detail(self, incident_id: int) -> IncidentDetail:
        return self._read(lambda s, p: queries.detail(s, get_incident(s, incident_id), p))

    def list(self, filter: IncidentFilter | None = None) -> builtins.list[IncidentListRow]:
        """Sorted by urgency: overdue first, then by the next open deadline, then the rest."""
        return self._read(lambda s, p: queries.listed(s, p, filter or IncidentFilter()))

    def for_ticket(self, ticket_id: int) -> builtins.list[IncidentListRow]:
        return self._read(lambda s, p: queries.for_ticket(s, p, ticket_id))

    def id_of(self, ref: str) -> int:
        wanted = ref.strip().upper()
        with self._db.transaction() as session:
            found = session.scalar(select(Incident.id).where(Incident.ref == wanted))
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No incident {ref}."), ref=ref.strip())
        return found

    def company(self) -> CompanyReporter:
        return load_policy(self._settings.values()).company

    def evidence_bytes(self, evidence_id: int) -> tuple[str, bytes]:
        """A piece of evidence's file name and contents."""
        with self._db.transaction() as session:
            evidence = session.get(IncidentEvidence, evidence_id)
            if evidence is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No evidence with id {id}."), id=evidence_id)
            blob = session.get(Blob, evidence.sha256)
            return evidence.filename, blob.data if blob is not None else b""

    # -- writes -----------------------------------------------------------------------------------

    def _write(
        self,
        actor: Actor,
        incident_id: int,
        action: str,
        change: Callable[[Work, Incident, IncidentPolicy], dict[str, object] | None],
        *,
        version: int | None = None,
    ) -> IncidentDetail:
        """Lock the incident, refuse a stale version, `change` it, audit, return it as it now is."""
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as work:
            session, policy = work.session, load_policy(work.settings())
            incident = get_incident(session, incident_id, lock=True)
            check_version(
                session,
                actor,
                incident,
                version,
                what=INCIDENT_WORD,
                office_tz=policy.office_tz,
                current=lambda: queries.detail(session, incident, policy),
            )
            before = snapshot(incident)
            detail = change(work, incident, policy)
            session.flush()
            after = snapshot(incident)
            if after != before or detail:
                incident.updated_at = changes.now()  # a new version for every change on its page
                work.audit("incident", incident.id, action, before=before, after={**after, **(detail or {})})
                session.flush()
            return queries.detail(session, incident, policy)

    def create(self, actor: Actor, new: NewIncident) -> IncidentDetail:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as work:
            session, policy = work.session, load_policy(work.settings())
            facts = clean_facts(new.facts, policy, changes.now())
            year = facts.aware_at.astimezone(policy.office_tz).year
            incident = Incident(
                ref=format_ref(year, next_number(session, SERIES, year)),
                status=IncidentStatus.INVESTIGATING.value,
                created_by_id=actor.id,
                created_by_name=actor.display_name,
            )
            apply_facts(incident, facts)
            apply_assessment(incident, new.assessment)
            session.add(incident)
            session.flush()
            changes.record_first_answers(session, actor, incident, new.assessment)
            linked = ""
            if new.ticket_id is not None:
                ticket = changes.link_ticket(session, actor, incident, new.ticket_id)
                linked = ticket.ref if ticket is not None else ""
                if ticket is not None:
                    work.audit("ticket", ticket.id, "link_incident", after={"incident": incident.ref})
            session.flush()
            work.audit("incident", incident.id, "create", after={**snapshot(incident), "ticket": linked})
            return queries.detail(session, incident, policy)

    def update_facts(
        self, actor: Actor, incident_id: int, version: int, facts: IncidentFacts
    ) -> IncidentDetail:
        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> None:
            changes.require_open(incident)
            apply_facts(incident, clean_facts(facts, policy, changes.now()))

        return self._write(actor, incident_id, "update_facts", change, version=version)

    def set_answer(
        self,
        actor: Actor,
        incident_id: int,
        question: Question,
        answer: Answer,
        note: str = "",
        persons: PersonsAffected | None = None,
    ) -> IncidentDetail:
        """Change one answer (recorded with who and when); OVER_1000 takes the count in `persons`."""

        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> dict[str, object] | None:
            changes.require_open(incident)
            if changes.record_answer(work.session, actor, incident, question, answer, note, persons):
                return {"question": Question(question).value, "note": note.strip()}
            return None

        return self._write(actor, incident_id, "set_answer", change)

    def add_timeline_entry(
        self,
        actor: Actor,
        incident_id: int,
        kind: TimelineKind,
        text: str,
        at: datetime | None = None,
        corrects_id: int | None = None,
    ) -> IncidentDetail:
        """A fact, action or decision; a correction is a new entry naming the one it corrects."""

        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> dict[str, object]:
            changes.require_open(incident)
            entry = changes.add_entry(work.session, actor, incident, kind, text, at, corrects_id)
            work.session.flush()
            return {"timeline_entry": entry.id, "kind": entry.kind, "corrects": corrects_id}

        return self._write(actor, incident_id, "add_timeline_entry", change)

    def add_notice(self, actor: Actor, incident_id: int, notice: NoticeInput) -> IncidentDetail:
        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> dict[str, object]:
            changes.require_open(incident)
            changes.add_notice(work.session, actor, incident, notice, policy.today())
            return {"notice": notice.method.value, "sent_on": notice.sent_on.isoformat()}

        return self._write(actor, incident_id, "add_notice", change)

    def mark_filed(
        self, actor: Actor, incident_id: int, kind: ReportKind, filed_on: date, receipt_number: str
    ) -> IncidentDetail:
        """The report was filed (its countdown stops): the day, and the PPC's receipt number."""

        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> dict[str, object]:
            changes.require_open(incident)
            changes.mark_filed(work.session, actor, incident, kind, filed_on, receipt_number, policy.today())
            return {
                "filed": ReportKind(kind).value,
                "filed_on": filed_on.isoformat(),
                "receipt": receipt_number,
            }

        return self._write(actor, incident_id, "mark_filed", change)

    def close(
        self, actor: Actor, incident_id: int, version: int, *, not_reportable: bool = False
    ) -> IncidentDetail:
        """Close: a reportable incident once its final report is filed; `not_reportable` when the
        assessment says no report is due (its reasons stay on record)."""

        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> None:
            changes.require_open(incident)
            reportable = assess(assessment_of(incident)).reportable
            if not_reportable and reportable:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{ref} must be reported by its assessment: it cannot be closed as not reportable.",
                    ),
                    ref=incident.ref,
                )
            if not not_reportable and reportable and incident.status != IncidentStatus.FINAL_FILED.value:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "{ref} is closed once its final report is filed."),
                    ref=incident.ref,
                )
            incident.status = (
                IncidentStatus.NOT_REPORTABLE if not_reportable else IncidentStatus.CLOSED
            ).value
            incident.closed_on = policy.today()

        return self._write(actor, incident_id, "close", change, version=version)

    def add_evidence(self, actor: Actor, incident_id: int, path: Path) -> IncidentDetail:
        """Keep a file as evidence (a blob by its SHA-256, like a case's attachments)."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{name} could not be read: {reason}"),
                name=path.name,
                reason=exc.strerror or type(exc).__name__,
            ) from exc

        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> dict[str, object]:
            changes.require_open(incident)
            name = path.name[:FILENAME_MAX]
            if len(data) > policy.attachment_max_bytes:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} is {size} bytes. The office stores files of up to {limit} bytes."
                    ),
                    name=name,
                    size=f"{len(data):,}",
                    limit=f"{policy.attachment_max_bytes:,}",
                )
            evidence = IncidentEvidence(
                incident_id=incident.id,
                filename=name,
                content_type=(mimetypes.guess_type(name)[0] or "application/octet-stream")[:200],
                size=len(data),
                sha256=store_blob(work.session, data),
                added_at=changes.now(),
                added_by_id=actor.id,
                added_by_name=actor.display_name,
            )
            work.session.add(evidence)
            return {"evidence": name, "sha256": evidence.sha256}

        return self._write(actor, incident_id, "add_evidence", change)

    def link_ticket(self, actor: Actor, incident_id: int, ticket_id: int) -> IncidentDetail:
        """Link an Inbox ticket both ways (the ticket's page lists its incidents: `for_ticket`)."""

        def change(work: Work, incident: Incident, policy: IncidentPolicy) -> dict[str, object] | None:
            changes.require_open(incident)
            ticket = changes.link_ticket(work.session, actor, incident, ticket_id)
            if ticket is None:
                return None
            work.audit("ticket", ticket.id, "link_incident", after={"incident": incident.ref})
            return {"ticket": ticket.ref}

        return self._write(actor, incident_id, "link_ticket", change)

    # -- reports (services/incidents/report.py, loaded when first asked for) ------------------------

    def write_report(self, incident_id: int, kind: ReportKind, out: Path, lang: str = "ja") -> None:
        from privacy_desk.services.incidents import report

        detail, tz = self._detail_and_tz(incident_id)
        report.write_report(detail, kind, out, lang=lang, office_tz=tz)

    def report_text(self, incident_id: int, kind: ReportKind, lang: str = "ja") -> str:
        from privacy_desk.services.incidents import report

        detail, tz = self._detail_and_tz(incident_id)
        text: str = report.report_text(detail, kind, lang=lang, office_tz=tz)
        return text

    def write_notice(self, incident_id: int, out: Path, lang: str = "ja") -> None:
        from privacy_desk.services.incidents import report

        detail, tz = self._detail_and_tz(incident_id)
        report.write_notice(detail, out, lang=lang, office_tz=tz)

    def write_notice_csv(self, incident_id: int, out: Path, lang: str = "ja") -> None:
        from privacy_desk.services.incidents import report

        detail, tz = self._detail_and_tz(incident_id)
        report.write_notice_csv(detail, out, lang=lang, office_tz=tz)

    def _detail_and_tz(self, incident_id: int) -> tuple[IncidentDetail, ZoneInfo]:
        def read(session: Session, policy: IncidentPolicy) -> tuple[IncidentDetail, ZoneInfo]:
            return queries.detail(session, get_incident(session, incident_id), policy), policy.office_tz

        return self._read(read)


__all__ = ["REF_PREFIX", "IncidentService"]
