"""A ticket converted to a request case follows its case (issue #10 item 1): answering the case records
the ticket's first response and resolves or closes it as the office chose, withdrawing or closing the
case closes it, in the case step's own transaction and audited (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

import pytest
from helpers.factories import add_desk_users, make_ticket, today

from privacy_desk.config import CASE_TICKET_FOLLOW
from privacy_desk.domain.cases import CaseState, Decision, TicketFollow
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.services.cases import DecisionInput


@pytest.fixture
def desk(services):
    """The services, a desk clerk, and a ticket converted to a disclosure case (identity verified)."""
    add_desk_users(services)
    clerk = services.users.sign_in("tanaka")
    ticket = make_ticket(services, "req1@example.jp", body="保有個人データの開示を請求します。")
    case = services.cases.create_from_ticket(clerk, ticket.ticket_id, RequestType.DISCLOSURE)
    case = services.cases.verify_identity(clerk, case.row.id, ["運転免許証"])
    case = services.cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    return services, clerk, ticket.ticket_id, case.row.id


def decided(services, clerk, case_id: int) -> None:
    services.cases.record_decision(clerk, case_id, DecisionInput(Decision.FULL))


def agenda_refs(services) -> set[str]:
    days = services.agenda.agenda(today(services), days_ahead=30)
    return {item.ref for day in days for item in day.items}


def test_answering_the_case_resolves_its_ticket_and_takes_it_off_today(desk):
    services, clerk, ticket_id, case_id = desk
    ref = services.tickets.get(ticket_id).ticket.ref
    assert ref in agenda_refs(services)
    decided(services, clerk, case_id)
    assert services.tickets.get(ticket_id).ticket.status is TicketStatus.NEW  # a decision is no answer
    services.cases.respond(clerk, case_id)
    row = services.tickets.get(ticket_id).ticket
    assert row.status is TicketStatus.RESOLVED and row.first_responded_at is not None
    assert ref not in agenda_refs(services)
    entry = services.audit.entries(entity="ticket", entity_id=ticket_id)[0]
    assert entry.action == "follow_case" and entry.actor_login == "tanaka"
    assert entry.before["status"] == "new" and entry.after["status"] == "resolved"
    assert entry.after["case"] == services.cases.get(case_id).row.ref
    assert services.cases.get(case_id).row.ticket_status is TicketStatus.RESOLVED  # the case page shows it
    services.cases.close(clerk, case_id)
    assert services.tickets.get(ticket_id).ticket.status is TicketStatus.CLOSED


def test_the_office_may_close_the_ticket_at_once(desk):
    services, clerk, ticket_id, case_id = desk
    services.settings.set(services.actor, CASE_TICKET_FOLLOW, TicketFollow.CLOSE.value)
    decided(services, clerk, case_id)
    services.cases.respond(clerk, case_id)
    assert services.tickets.get(ticket_id).ticket.status is TicketStatus.CLOSED


def test_response_only_records_the_first_response_and_keeps_the_status(desk):
    services, clerk, ticket_id, case_id = desk
    services.settings.set(services.actor, CASE_TICKET_FOLLOW, TicketFollow.RESPONSE_ONLY.value)
    decided(services, clerk, case_id)
    services.cases.respond(clerk, case_id)
    row = services.tickets.get(ticket_id).ticket
    assert row.status is TicketStatus.NEW and row.first_responded_at is not None
    assert row.ref not in agenda_refs(services)
    services.cases.close(clerk, case_id)
    assert services.tickets.get(ticket_id).ticket.status is TicketStatus.NEW


def test_withdrawal_closes_the_ticket_without_a_first_response(desk):
    services, clerk, ticket_id, case_id = desk
    services.cases.withdraw(clerk, case_id, "本人から取り下げの連絡")
    row = services.tickets.get(ticket_id).ticket
    assert row.status is TicketStatus.CLOSED and row.first_responded_at is None
    assert row.ref not in agenda_refs(services)
    assert services.audit.entries(entity="ticket", entity_id=ticket_id)[0].action == "follow_case"


def test_a_refused_step_changes_neither_case_nor_ticket(desk):
    services, clerk, ticket_id, case_id = desk
    before = services.audit.entries(entity="ticket", entity_id=ticket_id)
    with pytest.raises(InvalidInput):
        services.cases.respond(clerk, case_id)  # no decision yet
    row = services.tickets.get(ticket_id).ticket
    assert row.status is TicketStatus.NEW and row.first_responded_at is None
    assert services.audit.entries(entity="ticket", entity_id=ticket_id) == before


def test_a_junk_ticket_stays_junk(desk):
    services, clerk, ticket_id, case_id = desk
    services.tickets.mark_junk(clerk, [ticket_id])
    decided(services, clerk, case_id)
    services.cases.respond(clerk, case_id)
    assert services.tickets.get(ticket_id).ticket.status is TicketStatus.JUNK


def test_the_setting_refuses_an_unknown_choice(services):
    with pytest.raises(InvalidInput):
        services.settings.set(services.actor, CASE_TICKET_FOLLOW, "forget")
    assert services.settings.get(CASE_TICKET_FOLLOW) == "resolve"
    services.settings.set(services.actor, CASE_TICKET_FOLLOW, "close")
    entry = services.audit.entries(entity="setting", entity_id="case_ticket_follow")[0]
    assert entry.before == {"value": "resolve"} and entry.after == {"value": "close"}
