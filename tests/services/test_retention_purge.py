"""The purge of the app's own records: the dry run lists exactly what the real run removes, holds and
links to an open case or incident protect, the run checks again under lock, a cancel between batches
leaves the database consistent, and the statistics (the tickets' counts) survive anonymisation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers.factories import make_case, make_person, make_ticket
from retention_samples import desk_actors, purge_on
from sqlalchemy import func, select

from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.retention import AppRecordKind, HoldReason
from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.errors import NotFound
from privacy_desk.services.retention import purge as purge_module
from privacy_desk.services.tickets.queries import TicketFilter
from privacy_desk.storage.models import Blob, Message, RetentionPurged, Ticket

PNG = b"\x89PNG\r\n\x1a\n" + b"\1" * 64


class Office:
    """Tickets and cases in every situation the purge tells apart."""

    def __init__(self, services) -> None:
        self.s = services
        self.clerk, self.manager = desk_actors(services)
        self.mails = 0
        self.closed = self.ticket(TicketStatus.CLOSED, attachments=(("scan.png", "image/png", PNG),))
        self.open = self.ticket(TicketStatus.OPEN)
        self.held = self.ticket(TicketStatus.CLOSED)
        services.retention.hold_record(
            self.clerk, AppRecordKind.TICKETS, self.held, HoldReason.REQUIRED_BY_LAW, "訴訟", self.later(9000)
        )
        self.linked = self.ticket(TicketStatus.OPEN)
        services.cases.create_from_ticket(self.clerk, self.linked, RequestType.DISCLOSURE)  # an open case
        services.tickets.set_status(self.clerk, self.linked, TicketStatus.CLOSED)
        self.junk = self.ticket(TicketStatus.NEW)
        services.tickets.mark_junk(self.clerk, [self.junk])
        self.case = self.closed_case()

    def later(self, days: int):
        return self.s.retention.today() + timedelta(days=days)

    def ticket(self, status: TicketStatus, **options) -> int:
        self.mails += 1
        ticket_id = make_ticket(
            self.s,
            f"p{self.mails}@example.jp",
            f"山田花子{self.mails} <h{self.mails}@example.jp>",
            "退会の件",
            **options,
        ).ticket_id
        if status is TicketStatus.CLOSED:
            self.s.tickets.set_status(self.clerk, ticket_id, TicketStatus.OPEN)
        if status is not TicketStatus.NEW:
            self.s.tickets.set_status(self.clerk, ticket_id, status)
        return ticket_id

    def closed_case(self) -> int:
        case_id = make_case(self.s, make_person(self.s), actor=self.clerk, requested_items="会員情報").row.id
        self.s.cases.withdraw(self.clerk, case_id, "本人より取下げ")
        return case_id


def purged(services) -> set[tuple[str, int]]:
    with services.db.transaction() as session:
        return {(p.kind, p.record_id) for p in session.scalars(select(RetentionPurged))}


def planned(plan) -> set[tuple[str, int]]:
    return {(c.kind.value, c.id) for c in plan.candidates}


@pytest.fixture
def office(services) -> Office:
    return Office(services)


def test_the_dry_run_lists_exactly_what_the_run_removes(services, office):
    retention = services.retention
    assert retention.purge_plan().candidates == ()  # nothing is past its period today
    junk_only = retention.purge_plan(office.later(31))
    assert planned(junk_only) == {("junk_tickets", office.junk)}
    plan = retention.purge_plan(office.later(3 * 366 + 2))
    expected = {("tickets", office.closed), ("junk_tickets", office.junk), ("cases", office.case)}
    assert planned(plan) == expected
    assert (plan.kept_on_hold, plan.kept_linked) == (1, 1)
    counted_before = services.tickets.page(TicketFilter(), limit=100).total
    outcome = purge_on(services, office.manager, plan)
    assert purged(services) == expected
    assert (outcome.deleted, outcome.anonymised, outcome.cancelled) == (1, len(expected) - 1, False)
    assert retention.purge_plan(plan.as_of).candidates == ()  # the same day again: nothing left
    # the statistics: the anonymised ticket still counts; the junk one was never counted
    assert services.tickets.page(TicketFilter(), limit=100).total == counted_before
    with pytest.raises(NotFound):
        services.tickets.get(office.junk)
    kept = services.tickets.get(office.held)
    assert kept.messages[0].body_text  # on a hold: untouched
    assert services.tickets.get(office.linked).messages[0].body_text  # linked to an open case: untouched
    assert services.tickets.get(office.open).messages[0].body_text


def test_an_anonymised_ticket_keeps_what_the_statistics_count_and_loses_the_person(services, office):
    before = services.tickets.get(office.closed)
    purge_on(services, office.manager, services.retention.purge_plan(office.later(3 * 366 + 2)))
    after = services.tickets.get(office.closed)
    assert (after.ticket.category, after.ticket.channel, after.ticket.status) == (
        before.ticket.category,
        before.ticket.channel,
        before.ticket.status,
    )
    assert (
        after.ticket.received_at == before.ticket.received_at
        and after.ticket.message_count == before.ticket.message_count
    )
    assert after.ticket.from_address == "" and "退会" not in after.ticket.subject
    assert all(m.body_text == "" and m.from_address == "" and not m.attachments for m in after.messages)
    found = {row.id for row in services.tickets.page(TicketFilter(text="退会"), limit=10).rows}
    assert found == {office.open, office.held, office.linked}  # the anonymised one is out of the index
    with services.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Blob).where(Blob.size == len(PNG))) == 0
    audits = [e for e in services.audit.entries(entity="ticket") if e.action == "purge"]
    assert {e.entity_id for e in audits} == {str(office.closed), str(office.junk)}


def test_the_run_checks_again_and_leaves_what_became_protected(services, office):
    retention = services.retention
    plan = retention.purge_plan(office.later(3 * 366 + 2))
    retention.hold_record(
        office.clerk, AppRecordKind.TICKETS, office.closed, HoldReason.CONSENT, "", office.later(5000)
    )
    services.tickets.restore_junk(office.clerk, [office.junk])  # no longer junk
    purge_on(services, office.manager, plan)
    assert ("tickets", office.closed) not in purged(services)
    assert ("junk_tickets", office.junk) not in purged(services)
    assert services.tickets.get(office.closed).messages[0].body_text
    retention.release_record(office.clerk, AppRecordKind.TICKETS, office.closed)
    assert ("tickets", office.closed) in planned(retention.purge_plan(plan.as_of))


def test_a_cancel_between_batches_leaves_every_batch_done_or_not(services, office, monkeypatch):
    monkeypatch.setattr(purge_module, "BATCH", 1)
    retention = services.retention
    plan = retention.purge_plan(office.later(3 * 366 + 2))
    assert len(plan.candidates) >= 2
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1  # cancel once the first batch is done

    outcome = purge_on(services, office.manager, plan, progress=progress)
    assert outcome.cancelled and calls == [(0, len(plan.candidates)), (1, len(plan.candidates))]
    done = purged(services)
    assert len(done) == 1 and done <= planned(plan)
    rest = retention.purge_plan(plan.as_of)
    assert planned(rest) == planned(plan) - done  # the rest is still there, whole
    with services.db.transaction() as session:  # no half-anonymised ticket: every message blank or whole
        for ticket_id in (office.closed, office.junk):
            bodies = session.scalars(select(Message.body_text).where(Message.ticket_id == ticket_id)).all()
            gone = session.get(Ticket, ticket_id) is None
            assert gone or all(bodies) or not any(bodies)


def test_cancel_before_the_first_batch_removes_nothing(services, office):
    plan = services.retention.purge_plan(office.later(3 * 366 + 2))
    outcome = purge_on(services, office.manager, plan, progress=lambda done, total: False)
    assert outcome.cancelled and (outcome.deleted, outcome.anonymised) == (0, 0)
    assert purged(services) == set()


def _harmless():
    from privacy_desk.domain.incidents import Answer, Assessment, PersonsAffected

    no = Answer.NO
    return Assessment(no, no, no, PersonsAffected(exact=3), no, no, no, no)


def test_closed_incidents_are_anonymised_and_an_open_one_protects_its_tickets(services, office, tmp_path):
    from incident_samples import make_incident

    retention, incidents = services.retention, services.incidents
    closed = make_incident(services, office.clerk, _harmless(), reported_by="山田 花子（総務部）")
    evidence = tmp_path / "log.txt"
    evidence.write_bytes(b"access log of the mis-sent mail")
    closed = incidents.add_evidence(office.clerk, closed.id, evidence)
    closed = incidents.close(office.clerk, closed.id, closed.version, not_reportable=True)
    still_open = make_incident(services, office.clerk)
    mail = office.ticket(TicketStatus.CLOSED)
    incidents.link_ticket(office.clerk, still_open.id, mail)
    plan = retention.purge_plan(office.later(5 * 366 + 2))
    assert ("incidents", closed.id) in planned(plan) and ("incidents", still_open.id) not in planned(plan)
    assert ("tickets", mail) not in planned(plan) and plan.kept_linked == 2  # the case's ticket and this one
    purge_on(services, office.manager, plan)
    after = incidents.detail(closed.id)
    assert after.status == closed.status and after.facts.title == closed.facts.title  # the breach record
    assert after.facts.reported_by == "" and not after.evidence
    assert services.tickets.get(mail).messages[0].body_text
