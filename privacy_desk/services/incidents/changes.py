"""The changes one incident goes through, inside the caller's unit of work: its answers (each change a
row of the append-only history), timeline entries, notices, filings, evidence and ticket links."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.incidents import (
    PERSONS_THRESHOLD,
    Answer,
    Assessment,
    IncidentStatus,
    PersonsAffected,
    Question,
    ReportKind,
    TimelineKind,
    over_1000,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Text
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.incidents.records import NoticeInput
from privacy_desk.services.incidents.store import (
    TEXT_MAX,
    assessment_of,
    check_persons,
    require_text,
    set_answer_column,
    set_persons,
)
from privacy_desk.services.tickets import get_ticket, live_ticket
from privacy_desk.storage.models import (
    Incident,
    IncidentAnswer,
    IncidentFiledReport,
    IncidentNotice,
    IncidentTicket,
    IncidentTimelineEntry,
    Ticket,
)

NOTE_MAX = 2_000
RECEIPT_MAX = 100


def now() -> datetime:
    return datetime.now(UTC)


def require_open(incident: Incident) -> None:
    if not IncidentStatus(incident.status).is_open:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Incident {ref} is closed: it can no longer be changed."),
            ref=incident.ref,
        )


# -- answers ----------------------------------------------------------------------------------------


def persons_for(answer: Answer, persons: PersonsAffected | None) -> PersonsAffected:
    """The count behind an OVER_1000 answer: the one given, or the widest range the answer says."""
    if persons is not None:
        return check_persons(persons)
    if answer is Answer.YES:
        return PersonsAffected(low=PERSONS_THRESHOLD + 1)
    if answer is Answer.NO:
        return PersonsAffected(low=0, high=PERSONS_THRESHOLD)
    return PersonsAffected()


def record_answer(
    session: Session,
    actor: Actor,
    incident: Incident,
    question: Question,
    answer: Answer,
    note: str = "",
    persons: PersonsAffected | None = None,
) -> bool:
    """Set one answer and append it to the history; False when nothing changed. For OVER_1000 the
    answer follows from the count (a count of 1,000 is "no" whatever was ticked)."""
    note = (note or "").strip()[:NOTE_MAX]
    answer = Answer(answer)
    question = Question(question)
    if question is Question.OVER_1000:
        counted = persons_for(answer, persons)
        answer = over_1000(counted)
        if counted == PersonsAffected(incident.persons_exact, incident.persons_low, incident.persons_high):
            return False
        set_persons(incident, counted)
    else:
        counted = PersonsAffected()
        if Answer(getattr(assessment_of(incident), question.value)) is answer:
            return False
        set_answer_column(incident, question, answer)
    _append_answer(session, actor, incident, question, answer, note, counted)
    return True


def _append_answer(
    session: Session,
    actor: Actor,
    incident: Incident,
    question: Question,
    answer: Answer,
    note: str,
    persons: PersonsAffected,
) -> None:
    session.add(
        IncidentAnswer(
            incident_id=incident.id,
            question=question.value,
            answer=answer.value,
            persons_exact=persons.exact,
            persons_low=persons.low,
            persons_high=persons.high,
            note=note,
            changed_at=now(),
            changed_by_id=actor.id,
            changed_by_name=actor.display_name,
        )
    )


def record_first_answers(session: Session, actor: Actor, incident: Incident, assessment: Assessment) -> None:
    """The answers an incident is opened with start its history."""
    for question in Question:
        if question is Question.OVER_1000:
            persons = assessment.persons
            _append_answer(session, actor, incident, question, over_1000(persons), "", persons)
        else:
            answer = Answer(getattr(assessment, question.value))
            _append_answer(session, actor, incident, question, answer, "", PersonsAffected())


# -- timeline, notices, filings, tickets ------------------------------------------------------------


def add_entry(
    session: Session,
    actor: Actor,
    incident: Incident,
    kind: TimelineKind,
    text: str,
    at: datetime | None,
    corrects_id: int | None,
) -> IncidentTimelineEntry:
    """A new entry; a correction names the entry it corrects (of the same incident), which stays."""
    kind = TimelineKind(kind)
    text = require_text(text, TEXT_MAX)
    if corrects_id is not None:
        corrected = session.get(IncidentTimelineEntry, corrects_id)
        if corrected is None or corrected.incident_id != incident.id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No timeline entry with id {id}."), id=corrects_id)
        kind = TimelineKind.CORRECTION
    elif kind is TimelineKind.CORRECTION:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the timeline entry this corrects."))
    moment = now()
    if at is not None and at.tzinfo is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The time of the entry needs its time zone."))
    if at is not None and at > moment:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A timeline entry may not be in the future."))
    entry = IncidentTimelineEntry(
        incident_id=incident.id,
        kind=kind.value,
        at=at or moment,
        recorded_at=moment,
        recorded_by_id=actor.id,
        recorded_by_name=actor.display_name,
        text=text,
        corrects_id=corrects_id,
    )
    session.add(entry)
    return entry


def add_notice(session: Session, actor: Actor, incident: Incident, notice: NoticeInput, today: date) -> None:
    counts = (notice.planned, notice.reached, notice.unreachable)
    if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in counts):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The numbers of persons must be 0 or more."))
    if notice.reached + notice.unreachable > notice.planned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Reached and unreachable persons add up to more than the notice was for."
            )
        )
    if notice.sent_on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A notice cannot be recorded before it is sent."))
    session.add(
        IncidentNotice(
            incident_id=incident.id,
            method=notice.method.value,
            sent_on=notice.sent_on,
            planned=notice.planned,
            reached=notice.reached,
            unreachable=notice.unreachable,
            note=(notice.note or "").strip()[:TEXT_MAX],
            recorded_at=now(),
            recorded_by_id=actor.id,
            recorded_by_name=actor.display_name,
        )
    )


def mark_filed(
    session: Session,
    actor: Actor,
    incident: Incident,
    kind: ReportKind,
    filed_on: date,
    receipt_number: str,
    today: date,
) -> None:
    """Record a report filed: its countdown stops and the incident moves on (a final report also ends
    the preliminary one's countdown)."""
    kind = ReportKind(kind)
    receipt = (receipt_number or "").strip()
    if len(receipt) > RECEIPT_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A receipt number may be up to {high} characters."), high=RECEIPT_MAX
        )
    if filed_on > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A report cannot be marked filed before the day it is filed.")
        )
    # aware_at is UTC here: its date may be the day before the office's aware day, never after it.
    if filed_on < incident.aware_at.date() - timedelta(days=1):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A report cannot have been filed before the company became aware of it."
            )
        )
    existing = session.scalar(
        select(IncidentFiledReport).where(
            IncidentFiledReport.incident_id == incident.id, IncidentFiledReport.kind == kind.value
        )
    )
    if existing is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {kind} of {ref} is already recorded as filed."),
            kind=Text("ReportKind", kind.label),
            ref=incident.ref,
        )
    session.add(
        IncidentFiledReport(
            incident_id=incident.id,
            kind=kind.value,
            filed_on=filed_on,
            receipt_number=receipt,
            recorded_at=now(),
            filed_by_id=actor.id,
            filed_by_name=actor.display_name,
        )
    )
    if kind is ReportKind.FINAL:
        incident.status = IncidentStatus.FINAL_FILED.value
    elif incident.status == IncidentStatus.INVESTIGATING.value:
        incident.status = IncidentStatus.PRELIMINARY_FILED.value


def link_ticket(session: Session, actor: Actor, incident: Incident, ticket_id: int) -> Ticket | None:
    """Link a ticket (the one its messages live in after a merge); None when it was linked already."""
    ticket = live_ticket(session, get_ticket(session, ticket_id))
    if session.get(IncidentTicket, (incident.id, ticket.id)) is not None:
        return None
    session.add(
        IncidentTicket(incident_id=incident.id, ticket_id=ticket.id, linked_at=now(), linked_by_id=actor.id)
    )
    return ticket
