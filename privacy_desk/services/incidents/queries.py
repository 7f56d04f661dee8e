"""Reading incidents: one incident as its page and reports show it, the list sorted by urgency, the
next open deadline of each (what the list, Today and the CLI show)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.breaches import BreachDeadlines
from privacy_desk.domain.incidents import (
    Answer,
    IncidentStatus,
    NoticeMethod,
    PersonsAffected,
    Question,
    Reportability,
    ReportKind,
    TimelineKind,
    assess,
)
from privacy_desk.services.incidents.records import (
    AnswerChange,
    EvidenceRecord,
    FiledReport,
    IncidentDetail,
    IncidentFilter,
    IncidentListRow,
    LinkedTicket,
    NoticeRecord,
    TimelineEntry,
)
from privacy_desk.services.incidents.store import (
    IncidentPolicy,
    assessment_of,
    deadlines_of,
    facts_of,
    persons_label,
    persons_of,
)
from privacy_desk.storage.models import (
    Incident,
    IncidentAnswer,
    IncidentEvidence,
    IncidentFiledReport,
    IncidentNotice,
    IncidentTicket,
    IncidentTimelineEntry,
    Ticket,
)


@dataclass(frozen=True)
class NextDeadline:
    day: date
    kind: str  # "preliminary" | "final" | "gdpr"
    statutory: bool


def open_deadlines(
    status: IncidentStatus,
    reportability: Reportability,
    deadlines: BreachDeadlines,
    filed: Iterable[str],
    policy: IncidentPolicy,
) -> list[NextDeadline]:
    """The deadlines still running: none once closed or when not reportable; a filed report stops its
    own (a final report filed stops the preliminary one too). The GDPR day has no filing of its own
    here: it runs until the preliminary report is filed, which the desk sends with it."""
    if not status.is_open or not reportability.reportable:
        return []
    kinds = set(filed)
    running: list[NextDeadline] = []
    if not kinds:
        running.append(NextDeadline(deadlines.preliminary_due, "preliminary", False))
        if reportability.gdpr:
            running.append(NextDeadline(deadlines.gdpr_due.astimezone(policy.office_tz).date(), "gdpr", True))
    if ReportKind.FINAL.value not in kinds:
        running.append(NextDeadline(deadlines.final_due, "final", True))
    return sorted(running, key=lambda d: (d.day, d.kind))


def next_deadline(incident: Incident, filed: Iterable[str], policy: IncidentPolicy) -> NextDeadline | None:
    running = open_deadlines(
        IncidentStatus(incident.status),
        assess(assessment_of(incident)),
        deadlines_of(incident, policy),
        filed,
        policy,
    )
    return running[0] if running else None


def _filed_kinds(session: Session, ids: list[int]) -> dict[int, list[str]]:
    kinds: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        rows = session.execute(
            select(IncidentFiledReport.incident_id, IncidentFiledReport.kind).where(
                IncidentFiledReport.incident_id.in_(ids)
            )
        )
        for incident_id, kind in rows:
            kinds[incident_id].append(kind)
    return kinds


def list_row(incident: Incident, filed: list[str], policy: IncidentPolicy, today: date) -> IncidentListRow:
    reportability = assess(assessment_of(incident))
    upcoming = next_deadline(incident, filed, policy)
    return IncidentListRow(
        id=incident.id,
        ref=incident.ref,
        title=incident.title,
        status=IncidentStatus(incident.status),
        aware_at=incident.aware_at,
        reportable=reportability.reportable,
        settled=reportability.settled,
        triggers=reportability.triggers,
        persons_label=persons_label(persons_of(incident)),
        next_deadline=upcoming.day if upcoming else None,
        next_deadline_kind=upcoming.kind if upcoming else "",
        overdue=upcoming is not None and upcoming.day < today,
        version=incident.version,
    )


def urgency(row: IncidentListRow) -> tuple[int, date, float]:
    """Overdue first, then by the next deadline, then the ones without one (newest first)."""
    if row.next_deadline is None:
        return (2, date.max, -row.aware_at.timestamp())
    return (0 if row.overdue else 1, row.next_deadline, -row.aware_at.timestamp())


def rows(session: Session, incidents: list[Incident], policy: IncidentPolicy) -> list[IncidentListRow]:
    today = policy.today()
    filed = _filed_kinds(session, [i.id for i in incidents])
    return sorted((list_row(i, filed[i.id], policy, today) for i in incidents), key=urgency)


def listed(session: Session, policy: IncidentPolicy, wanted: IncidentFilter) -> list[IncidentListRow]:
    """The incidents a filter selects, by urgency. Incidents are few (tens a year): the deadlines are
    computed from the rule for each rather than stored."""
    query = select(Incident)
    if wanted.statuses:
        query = query.where(Incident.status.in_([s.value for s in wanted.statuses]))
    if wanted.open_only:
        query = query.where(Incident.status.in_([s.value for s in IncidentStatus if s.is_open]))
    found = list(session.scalars(query))
    text = wanted.text.strip().casefold()
    if text:
        found = [i for i in found if text in i.ref.casefold() or text in i.title.casefold()]
    result = rows(session, found, policy)
    if wanted.reportable_only:
        result = [r for r in result if r.reportable]
    if wanted.overdue:
        result = [r for r in result if r.overdue]
    return result


def for_ticket(session: Session, policy: IncidentPolicy, ticket_id: int) -> list[IncidentListRow]:
    found = session.scalars(
        select(Incident)
        .join(IncidentTicket, IncidentTicket.incident_id == Incident.id)
        .where(IncidentTicket.ticket_id == ticket_id)
    )
    return rows(session, list(found), policy)


def detail(session: Session, incident: Incident, policy: IncidentPolicy) -> IncidentDetail:
    assessment = assessment_of(incident)
    timeline = list(
        session.scalars(
            select(IncidentTimelineEntry)
            .where(IncidentTimelineEntry.incident_id == incident.id)
            .order_by(IncidentTimelineEntry.at, IncidentTimelineEntry.id)
        )
    )
    corrected: dict[int, int] = {}
    for entry in sorted(timeline, key=lambda e: e.id):
        if entry.corrects_id is not None:
            corrected[entry.corrects_id] = entry.id  # the newest correction wins
    tickets = session.execute(
        select(Ticket.id, Ticket.ref, Ticket.subject, Ticket.from_name, Ticket.from_address)
        .join(IncidentTicket, IncidentTicket.ticket_id == Ticket.id)
        .where(IncidentTicket.incident_id == incident.id)
        .order_by(IncidentTicket.linked_at, Ticket.id)
    )
    return IncidentDetail(
        id=incident.id,
        ref=incident.ref,
        version=incident.version,
        status=IncidentStatus(incident.status),
        facts=facts_of(incident),
        assessment=assessment,
        reportability=assess(assessment),
        deadlines=deadlines_of(incident, policy),
        answers=tuple(
            _answer(a)
            for a in session.scalars(
                select(IncidentAnswer)
                .where(IncidentAnswer.incident_id == incident.id)
                .order_by(IncidentAnswer.id)
            )
        ),
        timeline=tuple(
            TimelineEntry(
                e.id,
                TimelineKind(e.kind),
                e.at,
                e.recorded_at,
                e.recorded_by_name,
                e.text,
                e.corrects_id,
                corrected.get(e.id),
            )
            for e in timeline
        ),
        notices=tuple(
            NoticeRecord(
                n.id,
                NoticeMethod(n.method),
                n.sent_on,
                n.planned,
                n.reached,
                n.unreachable,
                n.note,
                n.recorded_by_name,
                n.recorded_at,
            )
            for n in session.scalars(
                select(IncidentNotice)
                .where(IncidentNotice.incident_id == incident.id)
                .order_by(IncidentNotice.sent_on, IncidentNotice.id)
            )
        ),
        filed=tuple(
            FiledReport(ReportKind(f.kind), f.filed_on, f.receipt_number, f.filed_by_name)
            for f in session.scalars(
                select(IncidentFiledReport)
                .where(IncidentFiledReport.incident_id == incident.id)
                .order_by(IncidentFiledReport.filed_on)
            )
        ),
        evidence=tuple(
            EvidenceRecord(e.id, e.filename, e.content_type, e.size, e.sha256, e.added_by_name, e.added_at)
            for e in session.scalars(
                select(IncidentEvidence)
                .where(IncidentEvidence.incident_id == incident.id)
                .order_by(IncidentEvidence.id)
            )
        ),
        tickets=tuple(LinkedTicket(*row) for row in tickets),
        created_at=incident.created_at,
        created_by=incident.created_by_name,
        closed_on=incident.closed_on,
        reporter=policy.company,
        extra={"persons_label": persons_label(persons_of(incident))},
    )


def _answer(row: IncidentAnswer) -> AnswerChange:
    persons = None
    if row.question == Question.OVER_1000.value:
        persons = PersonsAffected(row.persons_exact, row.persons_low, row.persons_high)
    return AnswerChange(
        Question(row.question), Answer(row.answer), row.changed_at, row.changed_by_name, row.note, persons
    )
