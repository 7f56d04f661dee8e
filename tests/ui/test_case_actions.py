"""The workflow buttons of a request case (CaseActionBar) and their forms: what each state offers, the
reasons on disabled steps, the forms' required fields, manager-only steps, and the stored results.

Real services on a SQLite file and a synchronous operation helper; every step is taken by clicking the
bar's buttons (or its More menu's entries) and the open form's OK button."""

from __future__ import annotations

import functools
from datetime import timedelta

import pytest
from helpers.factories import add_desk_users, make_case, make_person, office_clock, today
from helpers.language import switch_language
from helpers.operations import ManualOperations
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState, Decision, RefusalGround, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.cases import DecisionInput
from privacy_desk.ui.hub import ChangeHub
from privacy_desk.ui.operations import Operations
from privacy_desk.ui.requests.action_dialogs import (
    ConfirmDialog,
    DateDialog,
    DecisionDialog,
    GdprExtensionDialog,
    PauseDialog,
    ReasonDialog,
    VerifyIdentityDialog,
)
from privacy_desk.ui.requests.actions import CaseActionBar
from privacy_desk.ui.views import ViewContext

JA = catalogue("ja")
FEE_KEYS = {"request_fee", "record_fee_paid", "set_fee"}


@pytest.fixture
def desk(services):
    """The services signed in as a desk clerk (a manager exists too) and one requester."""
    add_desk_users(services)
    person = make_person(services)
    services.actor = services.users.sign_in("tanaka")
    return services, person


def sign_in(services, login: str) -> None:
    services.actor = services.users.sign_in(login)


open_case = functools.partial(make_case, days_ago=3)  # received three days ago unless a test says


class Bar:
    """A CaseActionBar on one case, with what it emitted."""

    def __init__(self, qtbot, services, case_id: int) -> None:
        self.qtbot = qtbot
        self.services = services
        self.case_id = case_id
        context = ViewContext(
            ChangeHub(), Operations(synchronous=True), clock=office_clock(services), services=services
        )
        self.widget = CaseActionBar(context)
        qtbot.addWidget(self.widget)
        self.widget.resize(900, 40)
        self.widget.show()
        self.changes: list = []
        self.failures: list[str] = []
        self.widget.changed.connect(self.changes.append)
        self.widget.failed.connect(self.failures.append)
        self.reload()

    def reload(self) -> None:
        """What the case page does after a change elsewhere (or another user signing in)."""
        cases = self.services.cases
        self.widget.show_case(cases.get(self.case_id), cases.moves(self.case_id))

    def offered(self) -> set[str]:
        return set(self.widget.buttons) | set(self.widget.menu_actions)

    def control(self, key: str):
        control = self.widget.control(key)
        assert control is not None, f"{key} is not offered; offered: {sorted(self.offered())}"
        return control

    def enabled(self, key: str) -> bool:
        return self.control(key).isEnabled()

    def tooltip(self, key: str) -> str:
        return self.control(key).toolTip()

    def click(self, key: str):
        control = self.control(key)
        assert control.isEnabled(), f"{key} is disabled: {control.toolTip()}"
        if isinstance(control, QPushButton):
            self.qtbot.mouseClick(control, Qt.MouseButton.LeftButton)
        else:
            assert isinstance(control, QAction) and key in self.widget.menu_actions
            control.trigger()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        shown = {w for w in self.widget.findChildren(QPushButton, "", direct) if w.isVisible()}
        assert shown == set(self.widget.buttons.values())  # the buttons of the last state are gone
        return self.widget.dialog

    def ok(self) -> None:
        dialog = self.widget.dialog
        assert dialog is not None
        self.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    @property
    def detail(self):
        return self.services.cases.get(self.case_id)

    @property
    def state(self) -> CaseState:
        return self.detail.row.state


@pytest.fixture
def bar(qtbot, desk):
    services, _person = desk
    return lambda case_id: Bar(qtbot, services, case_id)


def plain(text: str) -> str:
    return text.replace("&", "")


def test_a_disclosure_walks_from_received_to_closed_with_the_bar_alone(desk, bar):
    services, person = desk
    case = open_case(services, person)
    b = bar(case.row.id)
    assert set(b.widget.buttons) == {"start_identity_check", "verify_identity"}
    assert {"withdraw", "start_pause", "override_identity", "set_fee"} <= set(b.widget.menu_actions)
    assert plain(b.control("start_identity_check").text()) == "Start Identity Check"

    b.click("start_identity_check")
    assert b.state is CaseState.IDENTITY_CHECK and len(b.changes) == 1
    assert b.changes[0].row.state is CaseState.IDENTITY_CHECK
    # Past the identity check only once identity is settled: the moves are there, disabled, with why.
    for key in ("request_fee", "start_work"):
        assert not b.enabled(key)
        assert "identity is not verified" in b.tooltip(key)
    assert "reject_identity" in b.widget.menu_actions

    dialog = b.click("verify_identity")
    assert isinstance(dialog, VerifyIdentityDialog)
    names = [plain(check.text()) for check in dialog.document_checks]
    assert names == list(services.cases.identity_documents())
    b.ok()  # nothing ticked
    assert b.widget.dialog is dialog and "Tick the documents" in dialog.message.text()
    dialog.document_checks[0].setChecked(True)
    dialog.note_edit.setPlainText("原本を窓口で確認")
    b.ok()
    assert b.widget.dialog is None
    detail = b.detail
    assert detail.identity_documents == ("運転免許証",) and detail.identity_note == "原本を窓口で確認"
    assert detail.identity_checked_by_name == "田中 さくら"
    assert b.enabled("request_fee") and b.enabled("start_work")

    b.click("request_fee")
    assert b.state is CaseState.FEE_PENDING and b.detail.fee_amount == 1000
    # Waiting for the fee: paying it is the step; moving on by hand says why it cannot yet.
    assert b.enabled("record_fee_paid") and not b.enabled("start_work")
    assert "payment of the fee" in b.tooltip("start_work")
    dialog = b.click("record_fee_paid")
    assert isinstance(dialog, DateDialog) and dialog.date_edit.date() == today(services)
    assert "1,000 yen" in dialog.explanation.text()
    b.ok()
    assert b.state is CaseState.IN_PROGRESS and b.detail.fee_paid_on == today(services)
    assert not FEE_KEYS & b.offered()  # paid: nothing left to do about the fee

    dialog = b.click("record_decision")
    assert isinstance(dialog, DecisionDialog) and not dialog.ground_box.isVisibleTo(dialog)
    dialog.decision_buttons[Decision.FULL].click()
    assert not dialog.ground_box.isVisibleTo(dialog)  # no ground for a full disclosure
    b.ok()
    assert b.state is CaseState.DECISION and b.detail.row.decision is Decision.FULL
    assert b.enabled("respond") and "approve" in b.widget.menu_actions  # approval optional here

    dialog = b.click("respond")
    assert dialog.date_edit.date() == today(services) and "Granted in full" in dialog.explanation.text()
    b.ok()
    assert b.state is CaseState.RESPONDED and b.detail.responded_on == today(services)
    assert set(b.widget.buttons) == {"close"} and not b.widget.more_button.isVisible()

    dialog = b.click("close")
    assert isinstance(dialog, ConfirmDialog) and case.row.ref in dialog.explanation.text()
    b.ok()
    assert b.state is CaseState.CLOSED
    assert b.offered() == set() and b.widget.status.text() == "Closed: no further steps."
    assert [d.row.state for d in b.changes][-1] is CaseState.CLOSED and len(b.changes) == 7
    assert b.failures == []


def in_progress(services, person, **kwargs):
    case = open_case(services, person, **kwargs)
    services.cases.verify_identity(services.actor, case.row.id, ["運転免許証"])
    return services.cases.move(services.actor, case.row.id, CaseState.IN_PROGRESS)


def test_a_refusal_needs_its_ground_explanation_and_a_managers_approval(desk, bar):
    services, person = desk
    case = in_progress(services, person)
    b = bar(case.row.id)
    dialog = b.click("record_decision")
    dialog.decision_buttons[Decision.REFUSAL].click()
    assert dialog.ground_box.isVisibleTo(dialog) and dialog.approval_note.isVisibleTo(dialog)
    labels = [plain(button.text()) for button in dialog.ground_buttons.values()]
    assert labels == [ground.label for ground in RefusalGround]
    b.ok()
    assert b.widget.dialog is dialog and "one of the three of APPI Art. 33(2)" in dialog.message.text()
    dialog.ground_buttons[RefusalGround.SERIOUS_BUSINESS_HINDRANCE].click()
    b.ok()
    assert "(APPI Art. 36)" in dialog.message.text() and b.state is CaseState.IN_PROGRESS
    dialog.reasons_edit.setPlainText("業務の適正な実施に著しい支障を及ぼすおそれがあるため。")
    b.ok()
    assert b.widget.dialog is None
    detail = b.detail
    assert detail.row.state is CaseState.DECISION and detail.row.decision is Decision.REFUSAL
    assert detail.refusal_ground is RefusalGround.SERIOUS_BUSINESS_HINDRANCE

    assert not b.enabled("respond")
    assert b.tooltip("respond") == "A refusal needs a manager's approval before responding."
    assert "approve" in b.widget.buttons and not b.enabled("approve")  # a refusal waits for it
    assert "not allowed to approve decisions" in b.tooltip("approve")
    assert not b.enabled("send_back") and "not allowed" in b.tooltip("send_back")

    sign_in(services, "suzuki")
    b.reload()
    assert b.enabled("approve")
    b.click("approve")
    assert b.detail.approved_by_name == "鈴木 一郎"
    assert "approve" not in b.offered() and b.enabled("respond")
    sign_in(services, "tanaka")
    b.reload()
    b.click("respond")
    b.ok()
    assert b.state is CaseState.RESPONDED


def test_a_manager_sends_a_decision_back_with_a_reason(desk, bar):
    services, person = desk
    case = in_progress(services, person)
    services.cases.record_decision(services.actor, case.row.id, DecisionInput(Decision.FULL))
    sign_in(services, "suzuki")
    b = bar(case.row.id)
    dialog = b.click("send_back")
    assert isinstance(dialog, ReasonDialog)
    b.ok()
    assert dialog.message.text() == "Say why the decision goes back."
    dialog.reason_edit.setPlainText("開示範囲を再確認してください")
    b.ok()
    assert b.state is CaseState.IN_PROGRESS and "record_decision" in b.widget.buttons
    assert b.detail.events[-1].text == "開示範囲を再確認してください"


def test_a_correction_case_offers_no_fee_and_asks_what_changed(desk, bar):
    services, person = desk
    case = open_case(services, person, request_type=RequestType.CORRECTION)
    b = bar(case.row.id)
    assert not FEE_KEYS & b.offered()
    dialog = b.click("start_pause")
    assert isinstance(dialog, PauseDialog)
    reasons = [dialog.reason_combo.itemData(i) for i in range(dialog.reason_combo.count())]
    assert PauseReason.FEE.value not in reasons
    dialog.reject()
    b.click("verify_identity")
    b.widget.dialog.document_checks[1].setChecked(True)
    b.ok()
    assert b.state is CaseState.IDENTITY_CHECK and not FEE_KEYS & b.offered()
    assert "move_fee_pending" not in b.offered()
    b.click("start_work")
    assert b.state is CaseState.IN_PROGRESS and not FEE_KEYS & b.offered()
    dialog = b.click("record_decision")
    assert dialog.correction_edit.isVisibleTo(dialog) and not dialog.systems.isVisibleTo(dialog)
    dialog.decision_buttons[Decision.REFUSAL].click()
    assert not dialog.ground_box.isVisibleTo(dialog)  # Art. 33(2) is about disclosure only
    dialog.decision_buttons[Decision.FULL].click()
    dialog.correction_edit.setPlainText("住所を新住所に訂正")
    b.ok()
    assert b.detail.correction_details == "住所を新住所に訂正"


def test_a_stop_request_lists_the_systems_told(desk, bar, qtbot):
    services, person = desk
    case = in_progress(services, person, request_type=RequestType.STOP_USE)
    b = bar(case.row.id)
    dialog = b.click("record_decision")
    assert dialog.systems.isVisibleTo(dialog) and not dialog.correction_edit.isVisibleTo(dialog)
    dialog.decision_buttons[Decision.FULL].click()
    for name in ("会員DB", "メール配信システム", "会員DB"):
        dialog.system_edit.setText(name)
        qtbot.keyClick(dialog.system_edit, Qt.Key.Key_Return)
    assert dialog.systems_notified() == ("会員DB", "メール配信システム")
    assert b.widget.dialog is dialog  # Enter in the field adds, it does not save
    dialog.systems_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_system_button, Qt.MouseButton.LeftButton)
    b.ok()
    assert b.detail.systems_notified == ("メール配信システム",)


def test_waiting_for_the_requester_moves_the_due_date(desk, bar):
    services, person = desk
    case = open_case(services, person, days_ago=6)
    b = bar(case.row.id)
    policy_due = case.row.policy_due
    assert case.row.due == policy_due and "end_pause" not in b.offered()
    dialog = b.click("start_pause")
    assert "internal due date moves back by the days" in dialog.explanation.text()
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(PauseReason.CLARIFICATION.value))
    dialog.date_edit.setText((today(services) - timedelta(days=4)).isoformat())
    dialog.note_edit.setPlainText("請求対象の期間を確認中")
    b.ok()
    row = b.detail.row
    assert row.waiting_for is PauseReason.CLARIFICATION and row.paused_days == 4 and row.due > policy_due
    assert "start_pause" not in b.offered() and "end_pause" in b.widget.buttons

    dialog = b.click("end_pause")
    assert "Waiting for a clarification since" in dialog.explanation.text()
    dialog.date_edit.setText("")
    b.ok()
    assert dialog.message.text() == "Enter the day the requester answered."
    dialog.date_edit.setText((today(services) - timedelta(days=1)).isoformat())
    b.ok()
    row = b.detail.row
    assert row.waiting_for is None and row.paused_days == 3 and row.due > policy_due
    assert "start_pause" in b.widget.menu_actions


def test_only_a_manager_overrides_the_identity_check_and_with_a_reason(desk, bar):
    services, person = desk
    case = open_case(services, person)
    b = bar(case.row.id)
    assert not b.enabled("override_identity")
    assert b.tooltip("override_identity") == ("田中 さくら (Desk staff) is not allowed to approve decisions.")
    sign_in(services, "suzuki")
    b.reload()
    dialog = b.click("override_identity")
    b.ok()
    assert dialog.message.text() == "Give the reason for proceeding without identity verification."
    dialog.reason_edit.setPlainText("窓口で本人と面談し確認した")
    b.ok()
    detail = b.detail
    assert detail.identity_override_reason == "窓口で本人と面談し確認した"
    assert detail.identity_override_by_name == "鈴木 一郎" and detail.row.state is CaseState.IDENTITY_CHECK
    assert "override_identity" not in b.offered() and b.enabled("start_work")


def test_who_asks_is_saved_with_the_identity_check(desk, bar):
    services, person = desk
    case = open_case(services, person)
    b = bar(case.row.id)
    dialog = b.click("verify_identity")
    assert not dialog.agent_edit.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RequesterKind.APPOINTED_AGENT.value))
    dialog.document_checks[-2].setChecked(True)
    b.ok()
    assert "name of the representative or agent" in dialog.message.text()
    dialog.agent_edit.setText("佐藤 弁護士")
    dialog.other_check.setChecked(True)
    b.ok()
    assert dialog.message.text() == "Name the other document that was checked."
    dialog.other_edit.setText("弁護士登録番号の確認書")
    b.ok()
    detail = b.detail
    assert (
        detail.row.requester_kind is RequesterKind.APPOINTED_AGENT and detail.row.agent_name == "佐藤 弁護士"
    )
    assert detail.identity_documents == ("委任状",)
    assert detail.identity_note == "Also checked: 弁護士登録番号の確認書"


def test_withdraw_and_a_refusal_from_the_service_reach_the_page(desk, bar):
    services, person = desk
    case = open_case(services, person)
    b = bar(case.row.id)
    services.cases.withdraw(services.actor, case.row.id, "電話で取り下げ")  # someone else, meanwhile
    b.click("start_identity_check")
    assert b.failures == ["A case in state Withdrawn cannot move to Identity check."] and b.changes == []

    other = open_case(services, person)
    b = bar(other.row.id)
    dialog = b.click("withdraw")
    b.ok()
    assert dialog.message.text() == "Give the reason the request was withdrawn."
    dialog.reason_edit.setPlainText("本人から取り下げの連絡")
    b.ok()
    assert b.state is CaseState.WITHDRAWN and b.offered() == set()
    assert b.widget.status.text() == "Withdrawn: no further steps."


def test_the_gdpr_extension_is_offered_once_for_a_gdpr_request(desk, bar):
    services, person = desk
    b = bar(open_case(services, person).row.id)
    assert "gdpr_extension" not in b.offered()
    b = bar(open_case(services, person, gdpr=True).row.id)
    dialog = b.click("gdpr_extension")
    assert isinstance(dialog, GdprExtensionDialog)
    b.ok()
    assert dialog.message.text() == "Give the reason for the extension."
    dialog.reason_edit.setPlainText("請求対象が多岐にわたるため")
    b.ok()
    assert b.detail.gdpr_extension_notice_on == today(services)
    assert not b.enabled("gdpr_extension")
    assert b.tooltip("gdpr_extension").startswith("The requester was told of the extension on")


def test_a_failed_save_keeps_the_form_open_with_the_reason(desk, bar):
    services, person = desk
    case = open_case(services, person, days_ago=2)
    b = bar(case.row.id)
    dialog = b.click("start_pause")
    dialog.date_edit.setText((today(services) - timedelta(days=10)).isoformat())
    dialog.note_edit.setPlainText("メモ")
    b.ok()
    assert b.widget.dialog is dialog and dialog.message.text() == (
        "A pause cannot start before the date received."
    )
    assert dialog.note_edit.toPlainText() == "メモ" and b.detail.pauses == ()


def test_the_bar_and_its_forms_speak_japanese(desk, bar, ui_translators):
    services, person = desk
    case = open_case(services, person)
    b = bar(case.row.id)
    verify = b.control("verify_identity")
    assert verify.text() == JA("CaseActions", "Verif&y Identity…") != "Verif&y Identity…"
    assert b.widget.more_button.text() == JA("CaseActions", "&More")
    assert b.tooltip("override_identity") == JA(
        "Errors", "{user} ({role}) is not allowed to {action}."
    ).format(user="田中 さくら", role=JA("Role", "Desk staff"), action=JA("Permission", "approve decisions"))
    b.click("start_identity_check")
    assert "identity is not verified" not in b.tooltip("start_work")
    assert b.tooltip("start_work") == JA(
        "Errors",
        "The requester's identity is not verified: verify it, or a manager overrides the check "
        "with a reason.",
    )
    dialog = b.click("verify_identity")
    assert dialog.windowTitle() == JA("CaseActions", "Verify Identity — {ref}").format(ref=case.row.ref)
    b.ok()
    assert dialog.message.text() == JA("CaseActions", "Tick the documents that were checked.")
    dialog.reject()

    switch_language(ui_translators, "en")
    assert plain(b.control("verify_identity").text()) == "Verify Identity…"
    switch_language(ui_translators, "ja")
    assert b.control("verify_identity").text() == JA("CaseActions", "Verif&y Identity…")


def test_an_empty_bar_offers_nothing(qtbot, desk):
    services, _person = desk
    widget = CaseActionBar(
        ViewContext(
            ChangeHub(), Operations(synchronous=True), clock=office_clock(services), services=services
        )
    )
    qtbot.addWidget(widget)
    widget.clear()
    assert widget.buttons == {} and widget.menu_actions == {} and widget.dialog is None
    assert widget.isHidden()


def test_screens_of_the_bar_and_the_decision_form(desk, bar, ui_translators, tmp_path):
    services, person = desk
    case = in_progress(services, person)
    services.cases.record_decision(
        services.actor,
        case.row.id,
        DecisionInput(
            Decision.REFUSAL, RefusalGround.HARM_TO_PERSON_OR_THIRD_PARTY, "第三者の権利利益を害するおそれ"
        ),
    )
    for language in ("ja", "en"):
        switch_language(ui_translators, language)
        b = bar(case.row.id)
        assert not b.widget.grab().isNull()
        b.widget.grab().save(str(tmp_path / f"bar-{language}.png"))
        dialog = b.click("record_decision")
        dialog.show()
        image = dialog.grab()
        assert image.width() >= 600 and image.save(str(tmp_path / f"decision-{language}.png"))
        for label in (dialog.reasons_label, dialog.correction_label, dialog.systems_label):
            assert label.sizeHint().width() <= dialog.width()
        dialog.reject()


def test_only_the_moves_the_service_gives_are_offered(desk, bar):
    services, person = desk
    case = in_progress(services, person)
    case = services.cases.record_decision(services.actor, case.row.id, DecisionInput(Decision.FULL))
    b = bar(case.row.id)
    assert {"respond", "withdraw", "send_back"} <= b.offered()
    b.widget.show_case(case, [])  # a state machine that offers nothing from here
    assert not {"respond", "withdraw", "send_back", "close"} & b.offered()
    responded = services.cases.respond(services.actor, case.row.id)
    b.widget.show_case(responded, [])
    assert b.offered() == set() and b.widget.status.text() == "Responded: no further steps."


def test_on_the_case_page_a_step_refreshes_the_page_and_the_list(qtbot, desk):
    from privacy_desk.ui.requests.case_page import CasePage

    services, person = desk
    case = open_case(services, person)
    page = CasePage(
        ViewContext(
            ChangeHub(), Operations(synchronous=True), clock=office_clock(services), services=services
        )
    )
    qtbot.addWidget(page)
    page.show()
    page.load(case.row.id)
    assert isinstance(page.action_bar, CaseActionBar)
    with qtbot.waitSignal(page.case_did_change) as signal:
        qtbot.mouseClick(page.action_bar.buttons["start_identity_check"], Qt.MouseButton.LeftButton)
    assert signal.args == [case.row.id] and page.detail.row.state is CaseState.IDENTITY_CHECK
    services.cases.withdraw(services.actor, case.row.id, "電話で取り下げ")
    qtbot.mouseClick(page.action_bar.buttons["verify_identity"], Qt.MouseButton.LeftButton)
    page.action_bar.dialog.document_checks[0].setChecked(True)
    qtbot.mouseClick(page.action_bar.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "no longer open" in page.action_bar.dialog.message.text()
    page.action_bar.dialog.reject()
    other = open_case(services, person)
    page.load(other.row.id)
    services.cases.withdraw(services.actor, other.row.id, "電話で取り下げ")
    qtbot.mouseClick(page.action_bar.buttons["start_identity_check"], Qt.MouseButton.LeftButton)
    assert page.notice.text() == "A case in state Withdrawn cannot move to Identity check."
    # The page shows the case as it is stored now, so the refused step is no longer offered.
    assert page.detail.row.state is CaseState.WITHDRAWN and page.action_bar.buttons == {}


def test_a_wait_for_the_fee_ends_with_the_payment_not_with_requester_answered(desk, bar):
    services, person = desk
    case = open_case(services, person)
    services.cases.verify_identity(services.actor, case.row.id, ["運転免許証"])
    b = bar(case.row.id)
    b.click("request_fee")
    assert b.detail.row.waiting_for is PauseReason.FEE
    assert "end_pause" not in b.offered() and "start_pause" not in b.offered()
    assert b.enabled("record_fee_paid") and "record_fee_paid" in b.widget.buttons

    # A fee wait started by hand while the work goes on: paying ends it too.
    other = in_progress(services, person)
    b = bar(other.row.id)
    dialog = b.click("start_pause")
    assert dialog.reason_combo.findData(PauseReason.FEE.value) >= 0
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(PauseReason.FEE.value))
    b.ok()
    assert b.detail.row.waiting_for is PauseReason.FEE and "end_pause" not in b.offered()
    b.click("record_fee_paid")
    b.ok()
    detail = b.detail
    assert detail.row.waiting_for is None and detail.fee_paid_on == today(services)
    assert "start_pause" in b.offered()
    dialog = b.click("start_pause")  # the fee is paid: no more waiting for it
    assert dialog.reason_combo.findData(PauseReason.FEE.value) < 0
    dialog.reject()


def test_a_document_name_with_an_ampersand_is_shown_and_stored_as_it_is(desk, bar):
    from privacy_desk.config import IDENTITY_DOCUMENTS

    services, person = desk
    services.settings.set(
        services.users.sign_in("tester"), IDENTITY_DOCUMENTS, ["R&D 部の社員証", "運転免許証"]
    )
    case = open_case(services, person)
    b = bar(case.row.id)
    dialog = b.click("verify_identity")
    check = dialog.document_checks[0]
    assert check.text() == "R&&D 部の社員証"  # "&" shows, not a mnemonic
    check.setChecked(True)
    b.ok()
    assert b.detail.identity_documents == ("R&D 部の社員証",)


def test_a_refused_identity_check_does_not_store_who_asks(desk, bar):
    from privacy_desk.config import IDENTITY_DOCUMENTS

    services, person = desk
    case = open_case(services, person)
    b = bar(case.row.id)
    dialog = b.click("verify_identity")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RequesterKind.APPOINTED_AGENT.value))
    dialog.agent_edit.setText("中村 弁護士")
    dialog.document_checks[0].setChecked(True)
    services.settings.set(services.users.sign_in("tester"), IDENTITY_DOCUMENTS, ["パスポート"])  # an admin
    b.ok()
    assert "not on the office's list" in dialog.message.text() and b.widget.dialog is dialog
    stored = b.detail
    assert stored.row.requester_kind is RequesterKind.PERSON and stored.row.agent_name == ""
    assert stored.row.state is CaseState.RECEIVED and b.changes == []


def test_a_late_result_is_not_shown_on_another_case_or_after_clear(desk, qtbot):
    services, person = desk
    a = open_case(services, person)
    b = open_case(services, person, request_type=RequestType.CORRECTION)
    operations = ManualOperations()
    context = ViewContext(ChangeHub(), operations, clock=office_clock(services), services=services)
    widget = CaseActionBar(context)
    qtbot.addWidget(widget)
    changes, failures = [], []
    widget.changed.connect(changes.append)
    widget.failed.connect(failures.append)
    cases = services.cases
    widget.show_case(cases.get(a.row.id), cases.moves(a.row.id))
    widget.control("start_identity_check").click()
    widget.control("verify_identity").click()  # reads the office's document list before its form opens
    widget.show_case(cases.get(b.row.id), cases.moves(b.row.id))
    operations.flush_all()
    assert widget.detail.row.id == b.row.id and widget.dialog is None  # no form of A opens over B
    assert cases.get(a.row.id).row.state is CaseState.IDENTITY_CHECK
    assert [d.row.id for d in changes] == [a.row.id] and widget.detail is not changes[0]
    assert widget.control("start_identity_check") is not None and failures == []

    widget.control("start_identity_check").click()
    widget.clear()
    operations.flush_all()
    assert widget.detail is None and widget.buttons == {} and widget.isHidden()
    assert [d.row.id for d in changes] == [a.row.id, b.row.id]  # the page still refreshes the list


def test_a_step_still_shows_its_result_when_the_database_closes_meanwhile(desk, qtbot):
    services, person = desk
    case = open_case(services, person)
    operations = ManualOperations()
    context = ViewContext(ChangeHub(), operations, clock=office_clock(services), services=services)
    widget = CaseActionBar(context)
    qtbot.addWidget(widget)
    failures: list[str] = []
    widget.failed.connect(failures.append)
    widget.show_case(services.cases.get(case.row.id), services.cases.moves(case.row.id))
    widget.control("start_identity_check").click()
    context.services = None  # the database is closed before the worker runs the step
    operations.flush_all()
    assert failures == [] and widget.detail.row.state is CaseState.IDENTITY_CHECK
    assert services.cases.get(case.row.id).row.state is CaseState.IDENTITY_CHECK
