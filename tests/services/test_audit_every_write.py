"""Every public service method that changes data leaves an audit entry saying what was and what is.

The method lists are read from the classes: a new public method fails the first test until it is named
here as a read or given a scenario below, so no write can be added without its audit being tested.
"""

from __future__ import annotations

import inspect
import typing
from datetime import timedelta

import pytest
from helpers.factories import today
from incident_samples import facts, make_incident
from retention_samples import RETENTION_READS, RETENTION_SCENARIOS
from ticket_mail import mail

from privacy_desk.config import DUE_SOON_DAYS
from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState, Decision
from privacy_desk.domain.incidents import Answer, Assessment, NoticeMethod, Question, ReportKind, TimelineKind
from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.services.cases.service import CaseDetails, DecisionInput, NewCase
from privacy_desk.services.container import Services
from privacy_desk.services.incidents import IncidentDetail, NoticeInput
from privacy_desk.services.persons.service import PersonData
from privacy_desk.services.tickets.intake import CallLog, LetterLog
from privacy_desk.services.tickets.messages import NewAttachment

READS = {
    "users": {"list", "signature"},
    "settings": {"calendar", "get", "office_tz", "request_policy", "values"},
    "persons": {"get", "list"},
    "audit": {"entries"},
    "deadlines": {"breach", "request"},
    "agenda": {"agenda", "agenda_page"},
    "tickets": {
        "attachment",
        "draft_reply",
        "export_csv",  # writes a file, changes no data
        "find_persons",
        "forwarded",
        "get",
        "get_by_ref",
        "id_of",
        "original",
        "page",
        "policy",
        "reply_templates",
        "rows",
        "ticket_ids",
    },
    "ticket_import": set(),
    "cases": {
        "attachment",
        "case_ids",
        "cases_for_ticket",
        "fee_yen",
        "get",
        "get_by_ref",
        "id_of",
        "identity_documents",
        "moves",
        "page",
        "policy",
        "report_data",
        "rows",
        "write_report",
    },
    "incidents": {
        "company",
        "detail",
        "evidence_bytes",
        "for_ticket",
        "id_of",
        "list",
        "report_text",
        "write_notice",  # writes files, change no data
        "write_notice_csv",
        "write_report",
    },
    "retention": RETENTION_READS,
}

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


class Desk:
    """The services with a clerk, a manager and a requester; each helper makes what a scenario needs."""

    def __init__(self, services: Services) -> None:
        self.s = services
        services.users.add(services.actor, "tanaka", "田中 さくら", Role.DESK)
        services.users.add(services.actor, "suzuki", "鈴木 一郎", Role.MANAGER)
        self.clerk = services.users.sign_in("tanaka")
        self.manager = services.users.sign_in("suzuki")
        self.person = services.persons.create(self.clerk, PersonData("山田 太郎", email="taro@example.jp"))
        self.mails = 0

    def ticket(self) -> int:
        self.mails += 1
        raw = mail(f"m{self.mails}@example.jp", f"sender{self.mails}@example.jp", f"問い合わせ {self.mails}")
        self.s.ticket_import.import_raw(self.s.actor, raw, "test")
        return self.s.tickets.page(limit=1).rows[0].id

    def case(self, state: CaseState = CaseState.RECEIVED) -> int:
        cases, clerk = self.s.cases, self.clerk
        today = cases.policy().today()
        case_id = cases.create(
            clerk, NewCase(RequestType.DISCLOSURE, self.person.id, today - timedelta(days=1), CaseDetails())
        ).row.id
        if state is not CaseState.RECEIVED:
            cases.verify_identity(clerk, case_id, ["運転免許証"])
            cases.move(clerk, case_id, CaseState.IN_PROGRESS)
        if state is CaseState.DECISION:
            cases.record_decision(clerk, case_id, DecisionInput(Decision.FULL))
        return case_id

    def attachment(self, case_id: int) -> int:
        detail = self.s.cases.add_attachment(self.clerk, case_id, "免許証.png", "image/png", PNG)
        return detail.attachments[-1].id


def _ticket_with_two_messages(d: Desk) -> tuple[int, list[int]]:
    ticket_id = d.ticket()
    d.s.tickets.add_note(d.clerk, ticket_id, "メモ")
    return ticket_id, [m.id for m in d.s.tickets.get(ticket_id).messages]


def _merged(d: Desk) -> int:
    source = d.ticket()
    d.s.tickets.merge(d.clerk, source, d.ticket())
    return source


def _reply(d: Desk):
    ticket_id = d.ticket()
    draft = d.s.tickets.draft_reply(ticket_id, next(iter(ReplyTemplate)), "ja")
    return ticket_id, draft


def _incident(d: Desk) -> IncidentDetail:
    return make_incident(d.s, d.clerk)


def _evidence_file():
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "access.log"
    path.write_bytes(b"203.0.113.7 POST /login 401\n")
    return path


def _closable(d: Desk) -> IncidentDetail:
    detail = make_incident(d.s, d.clerk, assessment=Assessment(encrypted=Answer.YES))
    return d.s.incidents.detail(detail.id)


INCIDENT_SCENARIOS = {
    ("incidents", "create"): lambda d: ("incident", _incident(d).id, False),
    ("incidents", "update_facts"): lambda d: (
        lambda i: (
            "incident",
            d.s.incidents.update_facts(d.clerk, i.id, i.version, facts(title="改題")).id,
            True,
        )
    )(_incident(d)),
    ("incidents", "set_answer"): lambda d: (
        "incident",
        d.s.incidents.set_answer(d.clerk, _incident(d).id, Question.SENSITIVE, Answer.YES, "病歴").id,
        True,
    ),
    ("incidents", "add_timeline_entry"): lambda d: (
        "incident",
        d.s.incidents.add_timeline_entry(d.clerk, _incident(d).id, TimelineKind.FACT, "検知").id,
        True,
    ),
    ("incidents", "add_notice"): lambda d: (
        "incident",
        d.s.incidents.add_notice(
            d.clerk, _incident(d).id, NoticeInput(NoticeMethod.MAIL, today(d.s), 3, 3, 0, "")
        ).id,
        True,
    ),
    ("incidents", "mark_filed"): lambda d: (
        "incident",
        d.s.incidents.mark_filed(d.clerk, _incident(d).id, ReportKind.PRELIMINARY, today(d.s), "R-1").id,
        True,
    ),
    ("incidents", "close"): lambda d: (
        lambda i: ("incident", d.s.incidents.close(d.clerk, i.id, i.version, not_reportable=True).id, True)
    )(_closable(d)),
    ("incidents", "add_evidence"): lambda d: (
        "incident",
        d.s.incidents.add_evidence(d.clerk, _incident(d).id, _evidence_file()).id,
        True,
    ),
    ("incidents", "link_ticket"): lambda d: (
        "incident",
        d.s.incidents.link_ticket(d.clerk, _incident(d).id, d.ticket()).id,
        True,
    ),
}

# (service, method): what the scenario does → (audited entity, its id or None for "any new one",
# whether the entry must hold a `before` — False for what did not exist before the call)
SCENARIOS = {
    ("users", "add"): lambda d: ("user", d.s.users.add(d.s.actor, "ito", "伊藤", Role.DESK).id, False),
    ("users", "sign_in"): lambda d: ("user", d.s.users.sign_in("newcomer").id, False),
    ("users", "update"): lambda d: (
        "user",
        d.s.users.update(d.s.actor, d.clerk.id, role=Role.MANAGER).id,
        True,
    ),
    ("users", "set_signature"): lambda d: (
        d.s.users.set_signature(d.clerk, "田中 さくら\n内線 1234"),
        ("user", d.clerk.id, True),
    )[1],
    ("settings", "set"): lambda d: (
        d.s.settings.set(d.s.actor, DUE_SOON_DAYS, 5),
        ("setting", DUE_SOON_DAYS.key, True),
    )[1],
    ("settings", "set_many"): lambda d: (
        d.s.settings.set_many(d.s.actor, {DUE_SOON_DAYS: 6}),
        ("setting", DUE_SOON_DAYS.key, True),
    )[1],
    ("persons", "create"): lambda d: (
        "person",
        d.s.persons.create(d.clerk, PersonData("佐藤 花子")).id,
        False,
    ),
    ("persons", "update"): lambda d: (
        "person",
        d.s.persons.update(d.clerk, d.person.id, PersonData("山田 太郎", phone="03-0000-0000")).id,
        True,
    ),
    ("ticket_import", "import_raw"): lambda d: (
        d.s.ticket_import.import_raw(d.s.actor, mail("x1@example.jp", "a@example.jp", "件名"), "t"),
        ("ticket", None, False),
    )[1],
    ("ticket_import", "import_raw_result"): lambda d: (
        "ticket",
        d.s.ticket_import.import_raw_result(
            d.s.actor, mail("x2@example.jp", "b@example.jp", "件名"), "t"
        ).ticket_id,
        False,
    ),
    ("ticket_import", "import_parsed"): lambda d: (
        d.s.ticket_import.import_parsed(
            d.s.actor, _parsed(mail("x3@example.jp", "c@example.jp", "件名")), "t"
        ),
        ("ticket", None, False),
    )[1],
    ("ticket_import", "import_paths"): lambda d: (
        d.s.ticket_import.import_paths(d.s.actor, [_eml(d, mail("x4@example.jp", "e@example.jp", "件名"))]),
        ("ticket", None, False),
    )[1],
    ("ticket_import", "import_raw_many"): lambda d: (
        "ticket",
        d.s.ticket_import.import_raw_many(
            d.s.actor, [(mail("x5@example.jp", "f@example.jp", "件名"), "t")]
        ).new_ticket_ids[0],
        False,
    ),
    ("tickets", "mark_read"): lambda d: ("ticket", d.s.tickets.mark_read(d.clerk, d.ticket()).id, True),
    ("tickets", "mark_junk"): lambda d: ("ticket", d.s.tickets.mark_junk(d.clerk, [d.ticket()])[0].id, True),
    ("tickets", "restore_junk"): lambda d: (
        "ticket",
        d.s.tickets.restore_junk(d.clerk, [d.s.tickets.mark_junk(d.clerk, [d.ticket()])[0].id])[0].id,
        True,
    ),
    ("tickets", "mark_responded"): lambda d: (
        "ticket",
        d.s.tickets.mark_responded(d.clerk, d.ticket()).id,
        True,
    ),
    ("tickets", "set_status"): lambda d: (
        "ticket",
        d.s.tickets.set_status(d.clerk, d.ticket(), TicketStatus.OPEN).id,
        True,
    ),
    ("tickets", "set_category"): lambda d: (
        "ticket",
        d.s.tickets.set_category(d.clerk, d.ticket(), TicketCategory.COMPLAINT).id,
        True,
    ),
    ("tickets", "confirm_category"): lambda d: (
        "ticket",
        d.s.tickets.confirm_category(d.clerk, d.ticket()).id,
        True,
    ),
    ("tickets", "set_assignee"): lambda d: (
        "ticket",
        d.s.tickets.set_assignee(d.clerk, d.ticket(), d.clerk.id).id,
        True,
    ),
    ("tickets", "set_person"): lambda d: (
        "ticket",
        d.s.tickets.set_person(d.clerk, d.ticket(), d.person.id).id,
        True,
    ),
    ("tickets", "add_note"): lambda d: (
        "ticket",
        (t := d.ticket(), d.s.tickets.add_note(d.clerk, t, "メモ"))[0],
        False,
    ),
    ("tickets", "log_call"): lambda d: (
        "ticket",
        d.s.tickets.log_call(d.clerk, CallLog("山田 太郎", "開示の手続きを聞かれた")).id,
        False,
    ),
    ("tickets", "log_letter"): lambda d: (
        "ticket",
        d.s.tickets.log_letter(
            d.clerk,
            LetterLog("山田 太郎", "開示請求書", scans=(NewAttachment("scan.png", "image/png", PNG),)),
        ).id,
        False,
    ),
    ("tickets", "merge"): lambda d: ("ticket", _merged(d), True),
    ("tickets", "undo_merge"): lambda d: ("ticket", d.s.tickets.undo_merge(d.clerk, _merged(d)).id, True),
    ("tickets", "split"): lambda d: (
        "ticket",
        (lambda t, ids: d.s.tickets.split(d.clerk, t, ids[-1:]).id)(*_ticket_with_two_messages(d)),
        False,
    ),
    ("tickets", "log_reply"): lambda d: (
        "ticket",
        (lambda t, draft: (d.s.tickets.log_reply(d.clerk, draft), t)[1])(*_reply(d)),
        False,
    ),
    ("cases", "create"): lambda d: ("case", d.case(), False),
    ("cases", "create_from_ticket"): lambda d: (
        "case",
        d.s.cases.create_from_ticket(d.clerk, d.ticket(), RequestType.DISCLOSURE).row.id,
        False,
    ),
    ("cases", "update_details"): lambda d: (
        "case",
        d.s.cases.update_details(d.clerk, d.case(), CaseDetails(requested_items="購入履歴")).row.id,
        True,
    ),
    ("cases", "set_requester"): lambda d: (
        "case",
        d.s.cases.set_requester(d.clerk, d.case(), d.s.persons.create(d.clerk, PersonData("佐藤")).id).row.id,
        True,
    ),
    ("cases", "set_received_on"): lambda d: (
        "case",
        (
            lambda c: d.s.cases.set_received_on(
                d.clerk, c, d.s.cases.get(c).row.received_on - timedelta(days=1), "誤記"
            )
        )(d.case()).row.id,
        True,
    ),
    ("cases", "set_assignee"): lambda d: (
        "case",
        d.s.cases.set_assignee(d.clerk, d.case(), d.clerk.id).row.id,
        True,
    ),
    ("cases", "move"): lambda d: (
        "case",
        d.s.cases.move(d.clerk, d.case(), CaseState.IDENTITY_CHECK).row.id,
        True,
    ),
    ("cases", "withdraw"): lambda d: ("case", d.s.cases.withdraw(d.clerk, d.case(), "取り下げ").row.id, True),
    ("cases", "reject_identity"): lambda d: (
        "case",
        (
            lambda c: (
                d.s.cases.move(d.clerk, c, CaseState.IDENTITY_CHECK),
                d.s.cases.reject_identity(d.clerk, c, "確認できず"),
            )[1]
        )(d.case()).row.id,
        True,
    ),
    ("cases", "close"): lambda d: (
        "case",
        (lambda c: (d.s.cases.respond(d.clerk, c), d.s.cases.close(d.clerk, c))[1])(
            d.case(CaseState.DECISION)
        ).row.id,
        True,
    ),
    ("cases", "verify_identity"): lambda d: (
        "case",
        d.s.cases.verify_identity(d.clerk, d.case(), ["運転免許証"]).row.id,
        True,
    ),
    ("cases", "override_identity"): lambda d: (
        "case",
        d.s.cases.override_identity(d.manager, d.case(), "窓口で確認").row.id,
        True,
    ),
    ("cases", "add_attachment"): lambda d: (
        "case",
        d.s.cases.add_attachment(d.clerk, d.case(), "a.png", "image/png", PNG).row.id,
        True,
    ),
    ("cases", "set_shows_my_number"): lambda d: (
        "case",
        (lambda c: d.s.cases.set_shows_my_number(d.clerk, d.attachment(c), True))(d.case()).row.id,
        True,
    ),
    ("cases", "confirm_my_number_masked"): lambda d: (
        "case",
        (
            lambda c: (
                lambda a: (
                    d.s.cases.set_shows_my_number(d.clerk, a, True),
                    d.s.cases.confirm_my_number_masked(d.clerk, a),
                )[1]
            )(d.attachment(c))
        )(d.case()).row.id,
        True,
    ),
    ("cases", "set_fee_amount"): lambda d: (
        "case",
        d.s.cases.set_fee_amount(d.clerk, d.case(), 500).row.id,
        True,
    ),
    ("cases", "record_fee_paid"): lambda d: (
        "case",
        (lambda c: d.s.cases.record_fee_paid(d.clerk, c, d.s.cases.policy().today()))(d.case()).row.id,
        True,
    ),
    ("cases", "start_pause"): lambda d: (
        "case",
        (lambda c: d.s.cases.start_pause(d.clerk, c, PauseReason.CLARIFICATION, d.s.cases.policy().today()))(
            d.case(CaseState.IN_PROGRESS)
        ).row.id,
        True,
    ),
    ("cases", "end_pause"): lambda d: ("case", _ended_pause(d), True),
    ("cases", "notify_gdpr_extension"): lambda d: ("case", _gdpr_extension(d), True),
    ("cases", "record_decision"): lambda d: (
        "case",
        d.s.cases.record_decision(
            d.clerk, d.case(CaseState.IN_PROGRESS), DecisionInput(Decision.FULL)
        ).row.id,
        True,
    ),
    ("cases", "approve_decision"): lambda d: (
        "case",
        d.s.cases.approve_decision(d.manager, d.case(CaseState.DECISION)).row.id,
        True,
    ),
    ("cases", "send_back"): lambda d: (
        "case",
        d.s.cases.send_back(d.manager, d.case(CaseState.DECISION), "再検討").row.id,
        True,
    ),
    ("cases", "respond"): lambda d: (
        "case",
        d.s.cases.respond(d.clerk, d.case(CaseState.DECISION)).row.id,
        True,
    ),
    ("cases", "add_task"): lambda d: (
        "case",
        d.s.cases.add_task(d.clerk, d.case(), "台帳を確認").row.id,
        True,
    ),
    ("cases", "set_task_done"): lambda d: (
        "case",
        (lambda c: d.s.cases.set_task_done(d.clerk, d.s.cases.add_task(d.clerk, c, "台帳").tasks[0].id))(
            d.case()
        ).row.id,
        True,
    ),
    ("cases", "add_note"): lambda d: ("case", d.s.cases.add_note(d.clerk, d.case(), "メモ").row.id, True),
    **INCIDENT_SCENARIOS,
    **RETENTION_SCENARIOS,
}


def _parsed(raw: bytes):
    from privacy_desk.intake.parse import parse_message

    return parse_message(raw)


def _eml(d: Desk, raw: bytes):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "message.eml"
    path.write_bytes(raw)
    return path


def _ended_pause(d: Desk) -> int:
    cases = d.s.cases
    case_id = d.case(CaseState.IN_PROGRESS)
    today = cases.policy().today()
    detail = cases.start_pause(d.clerk, case_id, PauseReason.CLARIFICATION, today - timedelta(days=1))
    return cases.end_pause(d.clerk, case_id, detail.pauses[-1].id, today).row.id


def _gdpr_extension(d: Desk) -> int:
    cases = d.s.cases
    case_id = d.case()
    cases.update_details(d.clerk, case_id, CaseDetails(gdpr=True))
    return cases.notify_gdpr_extension(d.clerk, case_id, cases.policy().today(), "調査に時間を要する").row.id


def public_methods() -> set[tuple[str, str]]:
    found = set()
    for attribute, cls in typing.get_type_hints(Services).items():
        if attribute in ("db", "actor", "upgrade"):
            continue
        for name, _ in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_"):
                found.add((attribute, name))
    return found


def test_every_public_service_method_is_known_as_a_read_or_has_an_audit_scenario():
    reads = {(service, name) for service, names in READS.items() for name in names}
    assert public_methods() - reads - set(SCENARIOS) == set()
    assert reads & set(SCENARIOS) == set()


@pytest.mark.parametrize("method", sorted(SCENARIOS), ids=lambda m: ".".join(m))
def test_each_write_is_audited_with_what_was_and_what_is(services, method):
    d = Desk(services)
    last = max((e.id for e in services.audit.entries(limit=1)), default=0)
    entity, entity_id, needs_before = SCENARIOS[method](d)
    new = [e for e in services.audit.entries(limit=10_000) if e.id > last and e.entity == entity]
    if entity_id is not None:
        new = [e for e in new if e.entity_id == str(entity_id)]
    assert new, f"{method}: no audit entry for {entity} {entity_id}"
    entry = new[0]  # the newest
    assert entry.after, entry
    if needs_before:
        assert entry.before, entry
        assert entry.before != entry.after, entry
