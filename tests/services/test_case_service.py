"""Request cases through the services: intake, identity, My Number, fee, pauses, decision, approval,
the list, the Today agenda and the audit trail (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers.factories import add_desk_users, make_case, make_person, make_ticket, today
from ticket_mail import HANAKO

from privacy_desk.domain.case_deadlines import DeadlineStatus, PauseReason
from privacy_desk.domain.cases import CaseState, Decision, DeliveryMethod, RefusalGround, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.tickets import TicketCategory
from privacy_desk.errors import InvalidInput, NotFound, PermissionDenied
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.cases.service import (
    CaseDetails,
    CaseFilter,
    CaseSort,
    DecisionInput,
    event_text,
)
from privacy_desk.services.core.agenda import AgendaKind

EN = catalogue("en")


@pytest.fixture
def desk(services):
    """The services, a desk clerk, a manager and one requester."""
    clerk, manager = add_desk_users(services)
    person = make_person(services)
    users = services.users
    return services, users.sign_in("tanaka"), users.sign_in("suzuki"), person, clerk, manager


def texts(detail) -> list[str]:
    return [event_text(e.kind, e.params, e.text, translate=EN) for e in detail.events]


def test_a_disclosure_runs_from_intake_to_closing(desk):
    services, clerk, _manager, person, *_ = desk
    cases = services.cases
    case = make_case(
        services, person, actor=clerk, requested_items="購入履歴", delivery_method=DeliveryMethod.ELECTRONIC
    )
    assert case.row.ref == f"REQ-{case.row.received_on.year}-0001"
    assert case.row.state is CaseState.RECEIVED and case.row.requester_name == "山田 太郎"
    case = cases.verify_identity(clerk, case.row.id, ["運転免許証"])
    assert case.row.state is CaseState.IDENTITY_CHECK
    assert case.identity_checked_by_name == "田中 さくら" and case.identity_documents == ("運転免許証",)
    case = cases.move(clerk, case.row.id, CaseState.FEE_PENDING)
    assert case.fee_amount == 1000 and case.row.waiting_for is PauseReason.FEE
    case = cases.record_fee_paid(clerk, case.row.id, today(services))
    assert case.row.state is CaseState.IN_PROGRESS and case.row.waiting_for is None
    case = cases.record_decision(clerk, case.row.id, DecisionInput(Decision.FULL))
    assert case.row.state is CaseState.DECISION and case.decided_by_name == "田中 さくら"
    case = cases.respond(clerk, case.row.id)
    assert case.row.state is CaseState.RESPONDED and case.responded_on == today(services)
    case = cases.close(clerk, case.row.id)
    assert case.row.state is CaseState.CLOSED and case.row.deadline_status is None
    lines = texts(case)
    assert lines[0] == "Request case opened: Disclosure."
    assert "Status changed from Identity check to Fee pending." in lines
    assert "Fee of 1,000 yen requested." in lines
    assert any(line.startswith("Response sent on") for line in lines)
    actions = [e.action for e in reversed(services.audit.entries(entity="case", entity_id=case.row.id))]
    assert actions == [
        "create",
        "verify_identity",
        "move",
        "record_fee_paid",
        "record_decision",
        "respond",
        "move",
    ]


def test_illegal_moves_are_refused_with_a_reason(desk):
    services, clerk, _manager, person, *_ = desk
    case = make_case(services, person, RequestType.CORRECTION, actor=clerk)
    with pytest.raises(InvalidInput, match="cannot move"):
        services.cases.move(clerk, case.row.id, CaseState.RESPONDED)
    services.cases.move(clerk, case.row.id, CaseState.IDENTITY_CHECK)
    with pytest.raises(InvalidInput, match="not verified"):
        services.cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    with pytest.raises(InvalidInput, match=r"Art\. 38"):
        services.cases.move(clerk, case.row.id, CaseState.FEE_PENDING)
    with pytest.raises(InvalidInput, match=r"Art\. 38"):
        services.cases.record_fee_paid(clerk, case.row.id, today(services))
    moves = {m.target: m for m in services.cases.moves(case.row.id)}
    assert CaseState.FEE_PENDING not in moves  # no fee for a correction
    assert not moves[CaseState.IN_PROGRESS].allowed
    assert "not verified" in moves[CaseState.IN_PROGRESS].reason.english()
    assert moves[CaseState.WITHDRAWN].allowed
    with pytest.raises(InvalidInput, match="reason"):
        services.cases.withdraw(clerk, case.row.id, "  ")
    case = services.cases.withdraw(clerk, case.row.id, "本人から取り下げの連絡あり")
    assert case.row.state is CaseState.WITHDRAWN and case.ended_on == today(services)
    with pytest.raises(InvalidInput, match="no longer open"):
        services.cases.add_task(clerk, case.row.id, "確認")
    assert (
        services.cases.add_note(clerk, case.row.id, "後日、本人から再度連絡あり").row.state
        is CaseState.WITHDRAWN
    )


def test_identity_override_needs_a_manager_and_a_reason(desk):
    services, clerk, manager, person, *_ = desk
    case = make_case(services, person, actor=clerk)
    with pytest.raises(PermissionDenied):
        services.cases.override_identity(clerk, case.row.id, "面談で確認済み")
    with pytest.raises(InvalidInput, match="reason"):
        services.cases.override_identity(manager, case.row.id, "")
    case = services.cases.override_identity(manager, case.row.id, "窓口で本人と面談し確認した")
    assert case.identity_settled and case.identity_override_by_name == "鈴木 一郎"
    case = services.cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    assert case.row.state is CaseState.IN_PROGRESS


def test_identity_documents_come_from_the_office_list(desk):
    services, clerk, _manager, person, *_ = desk
    case = make_case(services, person, actor=clerk)
    with pytest.raises(InvalidInput, match="not on the office's list"):
        services.cases.verify_identity(clerk, case.row.id, ["社員証"])
    with pytest.raises(InvalidInput, match="Choose the documents"):
        services.cases.verify_identity(clerk, case.row.id, [])
    from privacy_desk.config import IDENTITY_DOCUMENTS

    services.settings.set(services.actor, IDENTITY_DOCUMENTS, ["社員証", "運転免許証"])
    assert services.cases.identity_documents() == ("社員証", "運転免許証")
    case = services.cases.verify_identity(clerk, case.row.id, ["社員証"])
    assert case.identity_documents == ("社員証",)


def test_who_asks_is_recorded_with_the_identity_check_or_not_at_all(desk):
    services, clerk, _manager, person, *_ = desk
    case = make_case(services, person, actor=clerk, requested_items="購入履歴")
    agent = (RequesterKind.APPOINTED_AGENT, " 弁護士 中村 聡 ", "03-5555-0000")
    with pytest.raises(InvalidInput, match="not on the office's list"):
        services.cases.verify_identity(clerk, case.row.id, ["社員証"], requester=agent)
    stored = services.cases.get(case.row.id)  # the refused check stored neither
    assert stored.row.requester_kind is RequesterKind.PERSON and stored.row.agent_name == ""
    assert stored.row.state is CaseState.RECEIVED and len(stored.events) == len(case.events)
    with pytest.raises(InvalidInput, match="representative or agent"):
        services.cases.verify_identity(
            clerk, case.row.id, ["委任状"], requester=(RequesterKind.APPOINTED_AGENT, " ", "")
        )
    case = services.cases.verify_identity(clerk, case.row.id, ["委任状"], requester=agent)
    assert (
        case.row.requester_kind is RequesterKind.APPOINTED_AGENT and case.row.agent_name == "弁護士 中村 聡"
    )
    assert case.agent_contact == "03-5555-0000" and case.requested_items == "購入履歴"
    assert case.identity_documents == ("委任状",) and case.row.state is CaseState.IDENTITY_CHECK
    kinds = [e.kind for e in case.events]
    assert "details" in kinds and "identity_verified" in kinds
    entry = services.audit.entries(entity="case", entity_id=case.row.id)[0]
    assert entry.action == "verify_identity" and entry.before["requester_kind"] == "person"
    assert entry.after["requester_kind"] == "appointed_agent" and entry.after["identity_documents"] == [
        "委任状"
    ]
    # the same requester again: no details event
    again = services.cases.verify_identity(clerk, case.row.id, ["委任状"], requester=agent)
    assert [e.kind for e in again.events].count("details") == 1


def test_an_agent_must_be_named_and_is_shown_on_the_row(desk):
    services, clerk, _manager, person, *_ = desk
    with pytest.raises(InvalidInput, match="representative or agent"):
        make_case(services, person, actor=clerk, requester_kind=RequesterKind.APPOINTED_AGENT)
    case = make_case(
        services,
        person,
        actor=clerk,
        requester_kind=RequesterKind.APPOINTED_AGENT,
        agent_name="弁護士 中村 聡",
        agent_contact="03-5555-0000",
    )
    assert (
        case.row.requester_kind is RequesterKind.APPOINTED_AGENT and case.row.agent_name == "弁護士 中村 聡"
    )
    case = services.cases.update_details(clerk, case.row.id, CaseDetails(requested_items="全部"))
    assert case.row.requester_kind is RequesterKind.PERSON and case.row.agent_name == ""
    assert case.agent_contact == "" and case.requested_items == "全部"


def test_my_number_must_be_confirmed_masked_before_the_case_proceeds(desk):
    services, clerk, _manager, person, *_ = desk
    cases = services.cases
    case = make_case(services, person, RequestType.STOP_USE, actor=clerk)
    case = cases.add_attachment(
        clerk, case.row.id, "card.png", "image/png", b"PNG original 1234 5678 9012", identity_document=True
    )
    original = case.attachments[0]
    case = cases.set_shows_my_number(clerk, original.id, True)
    case = cases.verify_identity(clerk, case.row.id, ["マイナンバーカード（表面）"])
    moves = {m.target: m for m in cases.moves(case.row.id)}
    assert not moves[CaseState.IN_PROGRESS].allowed
    with pytest.raises(InvalidInput, match=r"card\.png shows an individual number"):
        cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    case = cases.confirm_my_number_masked(clerk, original.id, b"PNG masked", "image/png")
    masked = case.attachments[0]
    assert masked.masked_confirmed_by_name == "田中 さくら" and not masked.needs_masking
    assert masked.sha256 != original.sha256 and cases.attachment(masked.id).data == b"PNG masked"
    with services.db.transaction() as session:
        from privacy_desk.storage.models import Blob

        assert session.get(Blob, original.sha256) is None  # the number is not kept
    case = cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    assert case.row.state is CaseState.IN_PROGRESS
    assert "Confirmed that the individual number in card.png is masked." in texts(case)


def test_a_file_larger_than_the_office_allows_is_refused(desk):
    services, clerk, _manager, person, *_ = desk
    from privacy_desk.config import ATTACHMENT_MAX_BYTES

    services.settings.set_many(services.actor, {ATTACHMENT_MAX_BYTES: 1024 * 1024})
    case = make_case(services, person, actor=clerk)
    too_big = b"x" * (1024 * 1024 + 1)
    message = r"^big\.pdf is 1\.1 MB\. The office stores files of up to 1 MB with a case\.$"
    with pytest.raises(InvalidInput, match=message):
        services.cases.add_attachment(clerk, case.row.id, "big.pdf", "application/pdf", too_big)
    assert services.cases.get(case.row.id).attachments == ()
    case = services.cases.add_attachment(clerk, case.row.id, "fits.pdf", "application/pdf", too_big[:-1])
    assert [a.filename for a in case.attachments] == ["fits.pdf"]


def test_pauses_move_the_due_date_and_show_on_the_row(desk):
    services, clerk, _manager, person, *_ = desk
    cases = services.cases
    case = make_case(services, person, actor=clerk, days_ago=10)
    due_before = case.row.due
    start = today(services) - timedelta(days=6)
    case = cases.start_pause(clerk, case.row.id, PauseReason.IDENTITY_DOCUMENTS, start, "免許証の写しを依頼")
    assert case.row.waiting_for is PauseReason.IDENTITY_DOCUMENTS and case.row.paused_days == 6
    with pytest.raises(InvalidInput, match="already waiting"):
        cases.start_pause(clerk, case.row.id, PauseReason.CLARIFICATION, start)
    # Verifying identity ends the wait for documents on that day.
    case = cases.verify_identity(clerk, case.row.id, ["運転免許証"], checked_at=datetime.now(UTC))
    assert case.row.waiting_for is None and case.pauses[0].end_on == today(services)
    assert case.row.paused_days == 6
    assert case.row.policy_due == due_before
    assert case.row.due >= due_before + timedelta(days=6) - timedelta(days=3)  # then back to an open day
    assert any("Waiting for identity documents" in line for line in texts(case))


def test_a_refusal_needs_ground_explanation_and_a_managers_approval(desk):
    services, clerk, manager, person, *_ = desk
    cases = services.cases
    case = make_case(services, person, actor=clerk)
    cases.verify_identity(clerk, case.row.id, ["パスポート"])
    cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    with pytest.raises(InvalidInput, match=r"Art\. 33"):
        cases.record_decision(clerk, case.row.id, DecisionInput(Decision.REFUSAL, explanation="理由"))
    with pytest.raises(InvalidInput, match=r"Art\. 36"):
        cases.record_decision(
            clerk, case.row.id, DecisionInput(Decision.REFUSAL, RefusalGround.SERIOUS_BUSINESS_HINDRANCE)
        )
    case = cases.record_decision(
        clerk,
        case.row.id,
        DecisionInput(
            Decision.REFUSAL,
            RefusalGround.SERIOUS_BUSINESS_HINDRANCE,
            "業務の適正な実施に著しい支障を及ぼすおそれがあるため。",
        ),
    )
    assert (
        case.row.state is CaseState.DECISION
        and case.refusal_ground is RefusalGround.SERIOUS_BUSINESS_HINDRANCE
    )
    with pytest.raises(InvalidInput, match="approval"):
        cases.respond(clerk, case.row.id)
    with pytest.raises(PermissionDenied):
        cases.approve_decision(clerk, case.row.id)
    case = cases.approve_decision(manager, case.row.id)
    assert case.approved_by_name == "鈴木 一郎"
    # A changed decision needs approving again.
    case = cases.record_decision(
        clerk,
        case.row.id,
        DecisionInput(Decision.REFUSAL, RefusalGround.SERIOUS_BUSINESS_HINDRANCE, "改めて検討した結果。"),
    )
    assert case.approved_at is None
    case = cases.approve_decision(manager, case.row.id)
    case = cases.respond(clerk, case.row.id)
    assert case.row.state is CaseState.RESPONDED
    ja = catalogue("ja")
    line = event_text("decision_ground", case.events[-4].params, translate=EN)
    assert "Ground: Likely to seriously hinder" in line
    assert event_text(
        "state",
        {"old": {"enum": "CaseState", "value": "received"}, "new": {"enum": "CaseState", "value": "closed"}},
        translate=ja,
    )


def test_send_back_clears_the_approval(desk):
    services, clerk, manager, person, *_ = desk
    cases = services.cases
    case = make_case(services, person, RequestType.PURPOSE, actor=clerk)
    cases.override_identity(manager, case.row.id, "既存顧客の登録メールアドレスからの請求")
    cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    cases.record_decision(clerk, case.row.id, DecisionInput(Decision.FULL))
    cases.approve_decision(manager, case.row.id)
    case = cases.send_back(manager, case.row.id, "回答文を見直してください")
    assert case.row.state is CaseState.IN_PROGRESS and case.approved_at is None
    assert "Decision sent back for more work.\n回答文を見直してください" in texts(case)


def test_correction_and_stop_requests_record_what_was_done(desk):
    services, clerk, manager, person, *_ = desk
    cases = services.cases
    for request_type, decision, missing in (
        (RequestType.CORRECTION, DecisionInput(Decision.FULL), "corrected"),
        (RequestType.STOP_PROVISION, DecisionInput(Decision.PARTIAL, explanation="一部のみ停止"), "systems"),
    ):
        case = make_case(services, person, request_type, actor=clerk)
        cases.override_identity(manager, case.row.id, "確認済み")
        cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
        cases.record_decision(clerk, case.row.id, decision)
        with pytest.raises(InvalidInput, match=missing):
            cases.respond(clerk, case.row.id)
    case = make_case(services, person, RequestType.STOP_USE, actor=clerk)
    cases.override_identity(manager, case.row.id, "確認済み")
    cases.move(clerk, case.row.id, CaseState.IN_PROGRESS)
    case = cases.record_decision(
        clerk,
        case.row.id,
        DecisionInput(Decision.FULL, systems_notified=("顧客管理システム", "メール配信システム")),
    )
    assert case.systems_notified == ("顧客管理システム", "メール配信システム")
    assert cases.respond(clerk, case.row.id).row.state is CaseState.RESPONDED


def test_a_ticket_converts_to_a_case_linked_both_ways(desk):
    services, clerk, _manager, _person, *_ = desk
    make_ticket(
        services,
        "h1@example.jp",
        HANAKO,
        "開示請求",
        "保有個人データの開示を請求します。",
        attachments=(("req.pdf", "application/pdf", b"%PDF-1.4 form"),),
        origin="h1",
    )
    ticket_id = services.tickets.id_of("PD-2026-000001")
    case = services.cases.create_from_ticket(
        clerk, ticket_id, RequestType.DISCLOSURE, CaseDetails(delivery_method=DeliveryMethod.PAPER)
    )
    ticket = services.tickets.get(ticket_id).ticket
    assert case.row.ticket_ref == ticket.ref and case.row.ticket_id == ticket_id
    assert case.row.requester_name == ticket.person_name
    assert case.row.received_on == ticket.received_at.astimezone(services.cases.policy().office_tz).date()
    assert [a.filename for a in case.attachments] == ["req.pdf"]
    assert ticket.category is TicketCategory.DATA_SUBJECT_REQUEST and ticket.category_confirmed
    assert [c.ref for c in services.cases.cases_for_ticket(ticket_id)] == [case.row.ref]
    assert texts(case)[0] == f"Request case opened from ticket {ticket.ref}: Disclosure."
    assert services.audit.entries(entity="ticket", entity_id=ticket_id)[0].after["case"] == case.row.ref


def test_received_date_is_editable_and_audited(desk):
    services, clerk, _manager, person, *_ = desk
    case = make_case(services, person, actor=clerk, days_ago=2)
    new_day = today(services) - timedelta(days=5)
    case = services.cases.set_received_on(clerk, case.row.id, new_day, "消印の日付に訂正")
    assert case.row.received_on == new_day
    entry = services.audit.entries(entity="case", entity_id=case.row.id)[0]
    assert entry.action == "set_received_on" and entry.after["received_on"] == new_day.isoformat()
    with pytest.raises(InvalidInput, match="future"):
        services.cases.set_received_on(clerk, case.row.id, today(services) + timedelta(days=1))


def test_the_list_filters_sorts_and_pages(desk):
    services, clerk, _manager, person, clerk_row, _ = desk
    cases = services.cases
    old = make_case(services, person, RequestType.STOP_USE, actor=clerk, days_ago=40)
    recent = make_case(services, person, RequestType.PURPOSE, actor=clerk, days_ago=0)
    middle = make_case(services, person, RequestType.CORRECTION, actor=clerk, days_ago=13)
    cases.set_assignee(clerk, middle.row.id, clerk_row.id)
    page = cases.page(limit=2)
    assert page.total == 3 and [r.ref for r in page.rows] == [old.row.ref, middle.row.ref]
    assert [r.ref for r in cases.page(offset=2).rows] == [recent.row.ref]
    assert next(r.ref for r in cases.page(sort=CaseSort.DUE, descending=True).rows) == recent.row.ref
    overdue = cases.page(CaseFilter(overdue=True))
    assert [r.ref for r in overdue.rows] == [old.row.ref] and overdue.rows[0].overdue
    assert old.row.deadline_status is DeadlineStatus.OVERDUE
    assert [r.ref for r in cases.page(CaseFilter(types=frozenset({RequestType.PURPOSE}))).rows] == [
        recent.row.ref
    ]
    assert [r.ref for r in cases.page(CaseFilter(assignee_id=clerk_row.id)).rows] == [middle.row.ref]
    assert cases.page(CaseFilter(unassigned=True)).total == 2
    assert cases.page(CaseFilter(text="やまだ")).total == 0  # a reading is matched as written
    assert cases.page(CaseFilter(text="ヤマダ")).total == 3
    assert cases.page(CaseFilter(text=old.row.ref.lower())).rows[0].ref == old.row.ref
    cases.withdraw(clerk, old.row.id, "取り下げ")
    assert cases.page(CaseFilter(overdue=True)).total == 0
    assert cases.page(CaseFilter(states=frozenset({CaseState.WITHDRAWN}))).total == 1
    assert cases.page(CaseFilter(open_only=True)).total == 2


def test_overdue_and_gdpr_cases_appear_on_the_today_agenda(desk):
    services, clerk, _manager, person, *_ = desk
    overdue = make_case(services, person, actor=clerk, days_ago=30)
    gdpr = make_case(services, person, RequestType.STOP_USE, actor=clerk, days_ago=25, gdpr=True)
    day = today(services)
    items = [i for d in services.agenda.agenda(day, 14) for i in d.items if i.kind is AgendaKind.CASE]
    refs = {(i.ref, i.statutory) for i in items}
    assert (overdue.row.ref, False) in refs
    assert (gdpr.row.ref, True) in refs  # one month from receipt: within the next two weeks
    assert all(i.title == "山田 太郎" for i in items)
    case = services.cases.notify_gdpr_extension(clerk, gdpr.row.id, day, "調査対象システムが多いため")
    assert case.row.gdpr_due > gdpr.row.gdpr_due
    with pytest.raises(InvalidInput, match="GDPR"):
        services.cases.notify_gdpr_extension(clerk, overdue.row.id, day, "理由")


def test_tasks_notes_and_permissions(desk):
    services, clerk, _manager, person, clerk_row, _ = desk
    cases = services.cases
    case = make_case(services, person, actor=clerk)
    due = today(services) + timedelta(days=3)
    case = cases.add_task(clerk, case.row.id, "顧客管理システムを照会", due, clerk_row.id)
    task = case.tasks[0]
    assert task.assignee_name == "田中 さくら" and not task.done
    case = cases.set_task_done(clerk, task.id)
    assert case.tasks[0].done and case.tasks[0].done_by_name == "田中 さくら"
    case = cases.add_note(clerk, case.row.id, "電話で進捗を説明した。")
    assert texts(case)[-1] == "電話で進捗を説明した。" and case.events[-1].actor_name == "田中 さくら"
    with pytest.raises(InvalidInput):
        cases.add_note(clerk, case.row.id, " ")
    with pytest.raises(NotFound):
        cases.get(9999)
    with pytest.raises(NotFound):
        cases.id_of("REQ-2099-0001")
    with pytest.raises(InvalidInput):
        cases.id_of("PD-2026-000001")
    assert cases.id_of(case.row.ref.lower()) == case.row.id
