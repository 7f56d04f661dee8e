"""The purge after the code review of issue #12: a record is known by its reference, not a row id the
database hands out again; the run never purges as of a later day than today; a record changed after
its purge (a reply threaded into an anonymised ticket) is purged again, and the old mail does not come
back; an anonymised case keeps no requester's name in its timeline."""

from __future__ import annotations

from datetime import timedelta

from helpers.factories import make_case, make_person, make_ticket
from retention_samples import desk_actors, purge_on
from sqlalchemy import select

from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.storage.models import CaseEvent, Message, RetentionPurged

JUNK_DAYS = 31  # the seeded junk rule deletes 30 days after marking
TICKET_DAYS = 3 * 366 + 2  # past the seeded three years for tickets


def planned(plan) -> set[tuple[str, int]]:
    return {(c.kind.value, c.id) for c in plan.candidates}


def closed_ticket(services, clerk, message_id: str, subject: str = "退会の件", **options) -> int:
    ticket_id = make_ticket(
        services, message_id, "山田花子 <hanako@example.jp>", subject, "会員番号 12345", **options
    ).ticket_id
    services.tickets.set_status(clerk, ticket_id, TicketStatus.OPEN)
    services.tickets.set_status(clerk, ticket_id, TicketStatus.CLOSED)
    return ticket_id


def test_a_new_ticket_with_a_deleted_junk_tickets_id_is_still_purged(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    junk = make_ticket(services, "junk1@example.jp", "spam <s@spam.example>", "当選").ticket_id
    services.tickets.mark_junk(clerk, [junk])
    later = retention.today() + timedelta(days=JUNK_DAYS)
    purge_on(services, manager, retention.purge_plan(later))
    # SQLite hands the highest id out again after a delete (no AUTOINCREMENT); PostgreSQL never does.
    again = make_ticket(services, "junk2@example.jp", "spam <s@spam.example>", "当選").ticket_id
    services.tickets.mark_junk(clerk, [again])
    assert ("junk_tickets", again) in planned(retention.purge_plan(later))
    outcome = purge_on(services, manager, retention.purge_plan(later))
    assert outcome.deleted == 1
    with services.db.transaction() as session:
        refs = [p.ref for p in session.scalars(select(RetentionPurged).order_by(RetentionPurged.id))]
    assert len(refs) == 2 and refs[0] != refs[1]  # each purge names the ticket it took


def test_a_plan_for_a_later_day_purges_only_what_is_due_today(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    ticket_id = closed_ticket(services, clerk, "today@example.jp")
    plan = retention.purge_plan(retention.today() + timedelta(days=20 * 366))
    assert ("tickets", ticket_id) in planned(plan)  # the dry run may look ahead
    outcome = retention.purge(manager, plan)  # … the run purges as of today
    assert (outcome.deleted, outcome.anonymised) == (0, 0)
    assert "会員番号 12345" in services.tickets.get(ticket_id).messages[0].body_text


def test_a_reply_after_the_purge_brings_no_old_data_back_and_is_purged_next_time(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    ticket_id = closed_ticket(services, clerk, "first@example.jp")
    purge_day = retention.today() + timedelta(days=TICKET_DAYS)
    purge_on(services, manager, retention.purge_plan(purge_day))
    with services.db.transaction() as session:
        first = session.scalar(select(Message).where(Message.ticket_id == ticket_id))
        assert first is not None and first.in_reply_to is None and first.references == []
    # The same mail fetched again is still the duplicate it was: it does not come back.
    make_ticket(services, "first@example.jp", "山田花子 <hanako@example.jp>", "退会の件", "会員番号 12345")
    reply = make_ticket(
        services,
        "reply@example.jp",
        "山田花子 <hanako@example.jp>",
        "Re: 退会の件",
        "新しい住所は東京都港区1-2-3です",
        in_reply_to="first@example.jp",
    ).ticket_id
    assert reply == ticket_id  # threaded into the anonymised ticket by its Message-ID
    detail = services.tickets.get(ticket_id)
    bodies = [m.body_text for m in detail.messages]
    assert "会員番号 12345" not in "".join(bodies) and "退会" not in detail.ticket.subject
    services.tickets.set_status(clerk, ticket_id, TicketStatus.CLOSED)
    plan = retention.purge_plan(purge_day)
    assert ("tickets", ticket_id) in planned(plan)  # changed since its purge: due again
    purge_on(services, manager, plan)
    assert all(m.body_text == "" for m in services.tickets.get(ticket_id).messages)
    assert ("tickets", ticket_id) not in planned(retention.purge_plan(purge_day))  # and not a third time


def test_an_anonymised_case_keeps_no_names_in_its_timeline(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    case_id = make_case(services, make_person(services), actor=clerk, requested_items="会員情報").row.id
    services.cases.add_task(clerk, case_id, "山田様へ電話")
    services.cases.withdraw(clerk, case_id, "本人より取下げ")
    purge_on(services, manager, retention.purge_plan(retention.today() + timedelta(days=TICKET_DAYS)))
    with services.db.transaction() as session:
        events = list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)))
    assert events and all(e.text == "" for e in events)
    texts = [v for e in events for v in e.params.values() if isinstance(v, str)]
    assert "山田様へ電話" not in texts
    assert any(e.kind == "state" and isinstance(e.params.get("new"), dict) for e in events)  # still reads


def test_the_person_of_purged_records_only_is_blanked_and_one_still_in_use_is_kept(services):
    from privacy_desk.services.persons.service import PersonData

    clerk, manager = desk_actors(services)
    retention = services.retention
    alone = make_person(services)
    case_id = make_case(services, alone, actor=clerk).row.id
    services.cases.withdraw(clerk, case_id, "取下げ")
    busy = make_person(services, PersonData("佐藤 花子", "サトウ ハナコ", "hanako.sato@example.jp"))
    ended = make_case(services, busy, actor=clerk).row.id
    services.cases.withdraw(clerk, ended, "取下げ")
    make_case(services, busy, actor=clerk)  # still open: the person is still needed
    purge_on(services, manager, retention.purge_plan(retention.today() + timedelta(days=TICKET_DAYS)))
    blank = services.persons.get(alone.id)
    assert "山田" not in blank.name and blank.email == "" and blank.name_kana == ""
    assert services.persons.get(busy.id).email == "hanako.sato@example.jp"
    audits = [e for e in services.audit.entries(entity="person") if e.action == "purge"]
    assert [e.entity_id for e in audits] == [str(alone.id)]
