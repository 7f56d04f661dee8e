"""IncidentService: opening a breach, its deadlines from the rules, answers with their history, the
timeline's corrections, filings that stop a countdown, closing, evidence, tickets, the list by urgency
and Today's agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from helpers.factories import add_desk_users, make_ticket
from incident_samples import TOKYO, facts, make_incident

from privacy_desk import config
from privacy_desk.domain.breaches import BreachTrigger
from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentStatus,
    NoticeMethod,
    PersonsAffected,
    Question,
    ReportKind,
    TimelineKind,
)
from privacy_desk.errors import InvalidInput, NotFound, StaleEdit
from privacy_desk.services.core.agenda import AgendaKind
from privacy_desk.services.incidents import IncidentFilter, NewIncident, NoticeInput

NO, YES, UNKNOWN = Answer.NO, Answer.YES, Answer.UNKNOWN
SETTLED_NO = Assessment(
    sensitive=NO,
    financial=NO,
    malicious=NO,
    persons=PersonsAffected(exact=10),
    encrypted=NO,
    my_number=NO,
    eu_subjects=NO,
)


def office_today(services) -> date:
    return datetime.now(UTC).astimezone(TOKYO).date()


def test_an_incident_opens_with_a_reference_its_facts_and_its_first_answers(services):
    clerk, _ = add_desk_users(services)
    actor = services.users.sign_in("tanaka")
    first = make_incident(services, actor)
    second = make_incident(services, actor, title="二件目")
    year = first.facts.aware_at.astimezone(TOKYO).year
    assert (first.ref, second.ref) == (f"INC-{year}-0001", f"INC-{year}-0002")
    assert first.status is IncidentStatus.INVESTIGATING and first.created_by == clerk.display_name
    assert first.facts.title == "会員情報の漏えいのおそれ" and first.facts.systems == "会員サイト"
    assert {a.question for a in first.answers} == set(Question)
    assert all(a.changed_by == "田中 さくら" for a in first.answers)
    assert first.reporter is not None and first.reporter.name == "GMOコマース株式会社"
    assert services.incidents.id_of(f" inc-{year}-0002 ") == second.id
    with pytest.raises(NotFound):
        services.incidents.id_of("INC-1999-0001")


def test_a_malicious_access_aware_on_the_friday_before_the_new_year_holidays_gets_the_rules_deadlines(
    services,
):
    # Friday 2025-12-26, 10:00 in Tokyo. 速報: + 3 / + 5 calendar days. 確報 (malicious): day 60 is
    # Monday 2026-02-23, 天皇誕生日, so the next open day. Not malicious: day 30 is Saturday 2026-01-24.
    aware = datetime(2025, 12, 26, 10, 0, tzinfo=TOKYO)
    malicious = make_incident(services, assessment=Assessment(malicious=YES), aware_at=aware)
    d = malicious.deadlines
    assert d.aware_day == date(2025, 12, 26)
    assert (d.preliminary_target, d.preliminary_due) == (date(2025, 12, 29), date(2025, 12, 31))
    assert d.final_due == date(2026, 2, 24)
    assert d.gdpr_due == datetime(2025, 12, 29, 1, 0, tzinfo=UTC)
    plain = make_incident(services, assessment=SETTLED_NO, aware_at=aware)
    assert plain.deadlines.final_due == date(2026, 1, 26)
    # Malice not yet known: 60 days while nothing else makes it reportable (it is reportable only if it
    # was malicious); 30 while another trigger may apply, the period if it turns out not malicious.
    only_malice = replace(SETTLED_NO, malicious=UNKNOWN)
    malice_only = make_incident(services, assessment=only_malice, aware_at=aware)
    assert malice_only.deadlines.final_due == date(2026, 2, 24)
    unknown = make_incident(services, assessment=replace(only_malice, sensitive=YES), aware_at=aware)
    assert unknown.deadlines.final_due == date(2026, 1, 26)
    # The company's own closure days do not lengthen a period owed to the PPC
    # (行政機関の休日に関する法律 Art. 2).
    services.settings.set(services.actor, config.COMPANY_CLOSURES, ["2026-01-26"])
    assert services.incidents.detail(plain.id).deadlines.final_due == date(2026, 1, 26)


def test_each_change_of_an_answer_is_recorded_with_who_when_and_why(services):
    add_desk_users(services)
    clerk, manager = services.users.sign_in("tanaka"), services.users.sign_in("suzuki")
    incident = make_incident(services, clerk, assessment=SETTLED_NO)
    assert not incident.reportability.reportable
    detail = services.incidents.set_answer(manager, incident.id, Question.SENSITIVE, YES, "病歴を含む")
    assert detail.reportability.reportable and detail.reportability.triggers == (BreachTrigger.SENSITIVE,)
    last = detail.answers[-1]
    assert (last.question, last.answer, last.changed_by, last.note) == (
        Question.SENSITIVE,
        YES,
        "鈴木 一郎",
        "病歴を含む",
    )
    assert abs(last.changed_at - datetime.now(UTC)) < timedelta(minutes=1)
    again = services.incidents.set_answer(manager, incident.id, Question.SENSITIVE, YES)
    assert len(again.answers) == len(detail.answers)  # the same answer again is no change
    counted = services.incidents.set_answer(
        clerk, incident.id, Question.OVER_1000, YES, "ログ解析", PersonsAffected(exact=1000)
    )
    assert counted.answers[-1].answer is NO  # 1,000 is not over 1,000, whatever was ticked
    assert counted.answers[-1].persons == PersonsAffected(exact=1000)
    assert counted.assessment.persons == PersonsAffected(exact=1000)
    ranged = services.incidents.set_answer(
        clerk, incident.id, Question.OVER_1000, UNKNOWN, "", PersonsAffected(low=900, high=1500)
    )
    assert BreachTrigger.OVER_1000 in ranged.reportability.pending
    assert ranged.extra["persons_label"] == "900–1,500"
    with pytest.raises(InvalidInput):
        services.incidents.set_answer(
            clerk, incident.id, Question.OVER_1000, YES, "", PersonsAffected(low=5, high=2)
        )


def test_a_correction_is_a_new_entry_and_the_original_stays(services):
    incident = make_incident(services)
    when = datetime.now(UTC) - timedelta(hours=2)
    first = services.incidents.add_timeline_entry(
        services.actor, incident.id, TimelineKind.FACT, "対象は1,200件", at=when
    ).timeline[-1]
    detail = services.incidents.add_timeline_entry(
        services.actor, incident.id, TimelineKind.FACT, "対象は2,340件", corrects_id=first.id
    )
    original, correction = detail.timeline
    assert (
        original.text == "対象は1,200件" and original.at == when and original.corrected_by_id == correction.id
    )
    assert correction.kind is TimelineKind.CORRECTION and correction.corrects_id == original.id
    other = make_incident(services, title="別件")
    with pytest.raises(NotFound):
        services.incidents.add_timeline_entry(
            services.actor, other.id, TimelineKind.FACT, "x", corrects_id=first.id
        )
    with pytest.raises(InvalidInput):
        services.incidents.add_timeline_entry(services.actor, incident.id, TimelineKind.CORRECTION, "x")
    with pytest.raises(InvalidInput):
        services.incidents.add_timeline_entry(services.actor, incident.id, TimelineKind.FACT, "  ")
    with pytest.raises(InvalidInput):
        services.incidents.add_timeline_entry(
            services.actor, incident.id, TimelineKind.FACT, "x", at=datetime.now(UTC) + timedelta(days=1)
        )


def test_filing_a_report_stops_its_countdown_and_moves_the_incident(services):
    aware = datetime.now(UTC) - timedelta(days=7)
    incident = make_incident(services, assessment=Assessment(malicious=YES), aware_at=aware)
    row = services.incidents.list()[0]
    assert (row.next_deadline_kind, row.overdue) == ("preliminary", True)
    assert row.next_deadline == incident.deadlines.preliminary_due
    today = office_today(services)
    filed = services.incidents.mark_filed(
        services.actor, incident.id, ReportKind.PRELIMINARY, today, "PPC-123"
    )
    assert filed.status is IncidentStatus.PRELIMINARY_FILED
    report = filed.filed_report(ReportKind.PRELIMINARY)
    assert report is not None and (report.filed_on, report.receipt_number) == (today, "PPC-123")
    row = services.incidents.list()[0]
    assert (row.next_deadline_kind, row.next_deadline, row.overdue) == (
        "final",
        incident.deadlines.final_due,
        False,
    )
    with pytest.raises(InvalidInput):
        services.incidents.mark_filed(services.actor, incident.id, ReportKind.PRELIMINARY, today, "again")
    with pytest.raises(InvalidInput):
        services.incidents.mark_filed(
            services.actor, incident.id, ReportKind.FINAL, today + timedelta(days=1), ""
        )
    final = services.incidents.mark_filed(services.actor, incident.id, ReportKind.FINAL, today, "PPC-124")
    assert final.status is IncidentStatus.FINAL_FILED
    assert services.incidents.list()[0].next_deadline is None


def test_closing_follows_the_assessment(services, tmp_path):
    reportable = make_incident(services, assessment=Assessment(sensitive=YES))
    with pytest.raises(InvalidInput):
        services.incidents.close(services.actor, reportable.id, reportable.version)
    with pytest.raises(InvalidInput):
        services.incidents.close(services.actor, reportable.id, reportable.version, not_reportable=True)
    exempt = make_incident(services, assessment=Assessment(sensitive=YES, encrypted=YES))
    closed = services.incidents.close(services.actor, exempt.id, exempt.version, not_reportable=True)
    assert closed.status is IncidentStatus.NOT_REPORTABLE and closed.closed_on == office_today(services)
    assert closed.reportability.exemption is Question.ENCRYPTED
    with pytest.raises(InvalidInput):
        services.incidents.set_answer(services.actor, exempt.id, Question.SENSITIVE, NO)
    # A closed incident is the record as closed: no new entry, notice, evidence or ticket link.
    evidence = tmp_path / "log.txt"
    evidence.write_text("log", encoding="utf-8")
    ticket = make_ticket(services)
    for write in (
        lambda: services.incidents.add_timeline_entry(services.actor, exempt.id, TimelineKind.FACT, "判明"),
        lambda: services.incidents.add_notice(
            services.actor, exempt.id, NoticeInput(NoticeMethod.MAIL, office_today(services), 1, 1, 0, "")
        ),
        lambda: services.incidents.add_evidence(services.actor, exempt.id, evidence),
        lambda: services.incidents.link_ticket(services.actor, exempt.id, ticket.ticket_id),
    ):
        with pytest.raises(InvalidInput) as refused:
            write()
        assert refused.value.params == {"ref": exempt.ref}
    assert services.incidents.detail(exempt.id) == closed
    today = office_today(services)
    services.incidents.mark_filed(services.actor, reportable.id, ReportKind.FINAL, today, "R-1")
    done = services.incidents.close(
        services.actor, reportable.id, services.incidents.detail(reportable.id).version
    )
    assert done.status is IncidentStatus.CLOSED
    assert services.incidents.list(IncidentFilter(open_only=True)) == []


def test_a_save_against_an_older_read_by_another_user_is_refused(services):
    add_desk_users(services)
    clerk, manager = services.users.sign_in("tanaka"), services.users.sign_in("suzuki")
    incident = make_incident(services, clerk)
    services.incidents.add_timeline_entry(manager, incident.id, TimelineKind.ACTION, "調査開始")
    with pytest.raises(StaleEdit):
        services.incidents.update_facts(clerk, incident.id, incident.version, facts(title="新しい件名"))
    fresh = services.incidents.detail(incident.id)
    saved = services.incidents.update_facts(clerk, incident.id, fresh.version, facts(title="新しい件名"))
    assert saved.facts.title == "新しい件名" and saved.version > fresh.version


def test_the_facts_are_checked(services):
    incident = make_incident(services)
    update = services.incidents.update_facts
    with pytest.raises(InvalidInput):
        update(services.actor, incident.id, incident.version, facts(title="  "))
    with pytest.raises(InvalidInput):
        update(
            services.actor,
            incident.id,
            incident.version,
            facts(aware_at=datetime.now(UTC) + timedelta(days=2)),
        )
    with pytest.raises(InvalidInput):  # only a contractor reports to the commissioning company
        update(
            services.actor,
            incident.id,
            incident.version,
            facts(destination=Destination.COMMISSIONING_COMPANY),
        )
    with pytest.raises(InvalidInput):  # a contractor names the commissioning company
        update(services.actor, incident.id, incident.version, facts(as_contractor=True))
    with pytest.raises(InvalidInput):  # a ministry is named
        update(services.actor, incident.id, incident.version, facts(destination=Destination.MINISTRY))
    services.settings.set_many(
        services.actor,
        {config.INCIDENT_DESTINATION: "ministry", config.INCIDENT_DESTINATION_NAME: "経済産業省"},
    )
    named = update(services.actor, incident.id, incident.version, facts(destination=Destination.MINISTRY))
    assert named.facts.destination_name == "経済産業省"
    contractor = update(
        services.actor,
        incident.id,
        named.version,
        facts(
            as_contractor=True,
            commissioning_company="株式会社みらい通販",
            destination=Destination.COMMISSIONING_COMPANY,
        ),
    )
    assert contractor.facts.destination is Destination.COMMISSIONING_COMPANY


def test_notices_are_recorded_with_their_counts(services):
    incident = make_incident(services)
    today = office_today(services)
    detail = services.incidents.add_notice(
        services.actor, incident.id, NoticeInput(NoticeMethod.MAIL, today, 100, 95, 5, "不達は郵送")
    )
    notice = detail.notices[0]
    assert (notice.method, notice.planned, notice.reached, notice.unreachable) == (
        NoticeMethod.MAIL,
        100,
        95,
        5,
    )
    with pytest.raises(InvalidInput):
        services.incidents.add_notice(
            services.actor, incident.id, NoticeInput(NoticeMethod.LETTER, today, 10, 9, 2, "")
        )


def test_evidence_is_kept_with_its_hash(services, tmp_path):
    import hashlib

    incident = make_incident(services)
    path = tmp_path / "access.log"
    path.write_bytes(b"203.0.113.7 POST /login 401\n" * 3)
    detail = services.incidents.add_evidence(services.actor, incident.id, path)
    evidence = detail.evidence[0]
    assert evidence.filename == "access.log" and evidence.size == path.stat().st_size
    assert evidence.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert services.incidents.evidence_bytes(evidence.id) == ("access.log", path.read_bytes())
    services.settings.set(services.actor, config.ATTACHMENT_MAX_BYTES, 10)
    with pytest.raises(InvalidInput):
        services.incidents.add_evidence(services.actor, incident.id, path)


def test_an_incident_opened_from_a_ticket_is_linked_both_ways(services):
    ticket = make_ticket(services, "leak@example.jp", subject="他人の注文内容が届きました")
    detail = services.incidents.create(services.actor, NewIncident(facts(), ticket_id=ticket.ticket_id))
    assert [t.id for t in detail.tickets] == [ticket.ticket_id]
    assert [r.id for r in services.incidents.for_ticket(ticket.ticket_id)] == [detail.id]
    other = make_incident(services, title="別件")
    linked = services.incidents.link_ticket(services.actor, other.id, ticket.ticket_id)
    again = services.incidents.link_ticket(services.actor, other.id, ticket.ticket_id)
    assert [t.id for t in linked.tickets] == [t.id for t in again.tickets] == [ticket.ticket_id]
    assert {r.id for r in services.incidents.for_ticket(ticket.ticket_id)} == {detail.id, other.id}


def test_the_list_puts_overdue_first_then_the_next_deadline(services):
    now = datetime.now(UTC)
    calm = make_incident(
        services, title="not reportable", assessment=SETTLED_NO, aware_at=now - timedelta(days=9)
    )
    soon = make_incident(
        services, title="soon", assessment=Assessment(sensitive=YES), aware_at=now - timedelta(hours=1)
    )
    late = make_incident(
        services, title="late", assessment=Assessment(sensitive=YES), aware_at=now - timedelta(days=8)
    )
    rows = services.incidents.list()
    assert [r.id for r in rows] == [late.id, soon.id, calm.id]
    assert rows[0].overdue and not rows[1].overdue and rows[2].next_deadline is None
    assert [r.id for r in services.incidents.list(IncidentFilter(overdue=True))] == [late.id]
    assert [r.id for r in services.incidents.list(IncidentFilter(reportable_only=True))] == [late.id, soon.id]
    assert [r.id for r in services.incidents.list(IncidentFilter(text="SOON"))] == [soon.id]


def test_today_shows_each_open_reportable_incident_on_its_next_deadline(services):
    now = datetime.now(UTC)
    late = make_incident(
        services, title="late", assessment=Assessment(sensitive=YES), aware_at=now - timedelta(days=8)
    )
    make_incident(services, title="calm", assessment=SETTLED_NO)
    today = office_today(services)
    agenda = services.agenda.agenda_page(today, days_ahead=90)
    overdue = [i for i in agenda.overdue.items if i.kind is AgendaKind.INCIDENT]
    assert [(i.ref, i.day, i.category, i.statutory) for i in overdue] == [
        (late.ref, late.deadlines.preliminary_due, "preliminary", False)
    ]
    services.incidents.mark_filed(services.actor, late.id, ReportKind.PRELIMINARY, today, "R-9")
    agenda = services.agenda.agenda_page(today, days_ahead=90)
    assert not [i for i in agenda.overdue.items if i.kind is AgendaKind.INCIDENT]
    coming = [i for i in agenda.coming.items if i.kind is AgendaKind.INCIDENT]
    assert [(i.ref, i.day, i.category, i.statutory) for i in coming] == [
        (late.ref, late.deadlines.final_due, "final", True)
    ]


def test_the_company_on_the_report_comes_from_the_office_settings(services):
    services.settings.set_many(
        services.actor,
        {
            config.COMPANY_ADDRESS: "東京都渋谷区桜丘町26-1",
            config.COMPANY_REPRESENTATIVE: "代表取締役 山名 正人",
        },
    )
    company = services.incidents.company()
    assert (company.name, company.address, company.representative) == (
        "GMOコマース株式会社",
        "東京都渋谷区桜丘町26-1",
        "代表取締役 山名 正人",
    )
    with pytest.raises(InvalidInput):
        services.settings.set(services.actor, config.INCIDENT_DESTINATION, "nowhere")
