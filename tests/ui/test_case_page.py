"""The case page of the Requests view: header and deadlines, timeline, tasks, notes, attachments with the
My Number warning and the mask tool, the date received, the assignee, the case report, and languages.

Real services on a SQLite file, a synchronous operation helper, and no real file or print dialogs (the
page's file functions are replaced)."""

from __future__ import annotations

import functools
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.factories import add_desk_users, make_case, make_person, office_clock, today
from helpers.language import switch_language
from helpers.operations import ManualOperations
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget
from ticket_mail import HANAKO, mail

from privacy_desk.domain.case_deadlines import DeadlineStatus, PauseReason
from privacy_desk.domain.cases import CaseState, DeliveryMethod, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.cases.service import CaseDetails
from privacy_desk.services.tickets.service import TicketFilter
from privacy_desk.ui.dialogs.mask_image import MaskImageDialog
from privacy_desk.ui.hub import ChangeHub
from privacy_desk.ui.operations import Operations
from privacy_desk.ui.requests.case_dialogs import (
    AttachmentDialog,
    CaseDetailsDialog,
    CaseNoteDialog,
    ReceivedOnDialog,
    TaskDialog,
)
from privacy_desk.ui.requests.case_page import CasePage
from privacy_desk.ui.views import ViewContext
from privacy_desk.ui.widgets import due_soon_color, error_color

JA = catalogue("ja")


def png(width: int, height: int) -> bytes:
    """A light grey picture standing in for a scanned card."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8c8c8"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


class StandInBar(QWidget):
    """Takes the CaseActionBar's place where a test is about the page alone."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list = []

    def show_case(self, detail, moves) -> None:
        self.shown.append((detail, moves))

    def clear(self) -> None:
        self.shown.append(None)


@pytest.fixture
def desk(services):
    add_desk_users(services)
    person = make_person(services)
    return services, services.users.sign_in("tanaka"), person


open_case = functools.partial(make_case, days_ago=3)  # received three days ago unless a test says


@pytest.fixture
def make_page(qtbot, services):
    def make(case_id: int | None = None, *, bar: QWidget | None = None) -> CasePage:
        context = ViewContext(
            ChangeHub(), Operations(synchronous=True), clock=office_clock(services), services=services
        )
        page = CasePage(context, action_bar=bar or StandInBar())
        qtbot.addWidget(page)
        page.resize(1000, 760)
        page.show()
        if case_id is not None:
            page.load(case_id)
        return page

    return make


def accept(dialog) -> None:
    dialog.ok_button.click()


def test_header_and_deadlines_show_the_case_and_an_overdue_date_stands_out(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(
        services,
        person,
        actor=clerk,
        days_ago=40,
        requester_kind=RequesterKind.APPOINTED_AGENT,
        agent_name="中村 聡（弁護士）",
        agent_contact="03-5555-0101",
        gdpr=True,
    )
    services.cases.set_assignee(clerk, case.row.id, clerk.id)
    services.cases.verify_identity(clerk, case.row.id, ["運転免許証"])
    case = services.cases.start_pause(
        clerk, case.row.id, PauseReason.CLARIFICATION, today(services) - timedelta(days=2), "範囲を確認中"
    )
    page = make_page(case.row.id)
    header = page.header
    assert page.stack.currentIndex() == 1
    assert header.ref_label.text() == case.row.ref
    assert header.ref_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert header.title_label.text() == "Disclosure — Identity check"
    assert header.gdpr_badge.isVisible()
    assert header.requester_value.text() == "山田 太郎（ヤマダ タロウ）"
    assert "Appointed agent (power of attorney)" in header.asks_value.text()
    assert "中村 聡（弁護士）　03-5555-0101" in header.asks_value.text()
    assert header.assignee_combo.currentText() == "田中 さくら"
    assert header.ticket_value.text() == "None (opened by hand)"
    strip = header.deadline_text()
    assert "— Overdue" in strip and "(+2 days paused)" in strip
    assert "Lawsuit possible from (Art. 39)" in strip
    assert "GDPR due" in strip
    assert (
        "Waiting for the requester since" in strip and "(Waiting for a clarification). 範囲を確認中" in strip
    )
    due = header.deadline_values["due"]
    assert due.palette().color(QPalette.ColorRole.WindowText) == error_color(header.strip.palette())
    assert due.font().bold() and header.status_icon.isVisibleTo(page)
    assert page.overview.values("identity")["Documents checked:"] == "運転免許証"
    assert page.overview.values("fee") == {"Fee:": "Not requested", "Paid on:": "Not paid yet"}


def test_a_case_on_track_is_not_marked_and_gdpr_lines_only_for_gdpr(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk, days_ago=1, request_type=RequestType.CORRECTION)
    page = make_page(case.row.id)
    header = page.header
    assert not header.gdpr_badge.isVisibleTo(page)
    assert "GDPR" not in header.deadline_text() and "Overdue" not in header.deadline_text()
    assert not header.deadline_values["due"].font().bold()
    assert not page.overview.groups["fee"].isVisibleTo(page)  # no fee for a correction (Art. 38)


def test_the_action_bar_gets_the_case_and_its_changes_reload_the_page(language, desk, make_page, qtbot):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    bar = StandInBar()
    page = make_page(case.row.id, bar=bar)
    detail, moves = bar.shown[-1]
    assert detail.row.id == case.row.id
    assert {m.target for m in moves} == {CaseState.IDENTITY_CHECK, CaseState.WITHDRAWN}
    changed = services.cases.verify_identity(clerk, case.row.id, ["運転免許証"])
    with qtbot.waitSignal(page.case_did_change) as signal:
        bar.changed.emit(changed)
    assert signal.args == [case.row.id]
    assert page.header.title_label.text() == "Disclosure — Identity check"
    assert "Identity verified" in page.timeline.text()
    bar.failed.emit("The fee is not paid yet.")
    assert page.notice.isVisible() and page.notice.text() == "The fee is not paid yet."
    page.clear()
    assert bar.shown[-1] is None and page.stack.currentIndex() == 0 and page.detail is None


def test_the_real_action_bar_is_embedded_and_its_steps_reload_the_page(language, desk, qtbot):
    actions = pytest.importorskip("privacy_desk.ui.requests.actions")
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    context = ViewContext(
        ChangeHub(), Operations(synchronous=True), clock=office_clock(services), services=services
    )
    page = CasePage(context)
    qtbot.addWidget(page)
    page.show()
    page.load(case.row.id)
    bar = page.action_bar
    assert isinstance(bar, actions.CaseActionBar) and bar.isVisibleTo(page)
    button = bar.control("start_identity_check")
    with qtbot.waitSignal(page.case_did_change) as signal:
        button.click()
    assert signal.args == [case.row.id]
    assert page.header.title_label.text() == "Disclosure — Identity check"
    assert "Status changed from Received to Identity check." in page.timeline.text()
    assert bar.control("start_identity_check") is None  # the bar shows the fresh case's steps
    page.clear()
    assert not bar.isVisibleTo(page)


def test_timeline_lists_events_with_actor_names_and_notes_are_added_there(language, desk, make_page, qtbot):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    services.cases.set_assignee(clerk, case.row.id, clerk.id)
    page = make_page(case.row.id)
    page.tabs.setCurrentWidget(page.timeline)
    lines = page.timeline.text()
    assert "田中 さくら" in lines and "Request case opened: Disclosure." in lines
    assert "Assigned to 田中 さくら." in lines
    assert page.tabs.tabText(1) == "Timeline (2)"
    page.timeline.note_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CaseNoteDialog)
    accept(dialog)  # empty: refused, the dialog stays
    assert dialog.isVisible() and dialog.message.text()
    dialog.text_edit.setPlainText("代理人から電話。\n委任状は郵送済み。")
    with qtbot.waitSignal(page.case_did_change):
        accept(dialog)
    assert not dialog.isVisible()
    text = page.timeline.text()
    assert "代理人から電話。" in text and "委任状は郵送済み。" in text
    assert services.cases.get(case.row.id).events[-1].kind == "note"
    page.timeline.notes_only.setChecked(True)
    only = page.timeline.text()
    assert "代理人から電話。" in only and "Request case opened" not in only
    page.timeline.notes_only.setChecked(False)
    assert "Request case opened" in page.timeline.text()


def test_a_task_is_added_and_ticked_done(language, desk, make_page, qtbot):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    page = make_page(case.row.id)
    page.tabs.setCurrentWidget(page.tasks)
    page.tasks.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TaskDialog)
    accept(dialog)
    assert dialog.message.text() == "Give the task a title."
    dialog.title_edit.setText("開示データの抽出を依頼")
    dialog.due_edit.setText((today(services) - timedelta(days=1)).isoformat())
    dialog.assignee_combo.setCurrentIndex(dialog.assignee_combo.findText("田中 さくら"))
    accept(dialog)
    tree = page.tasks.tree
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert item.text(0) == "開示データの抽出を依頼" and item.text(2) == "田中 さくら"
    assert item.foreground(1).color() == error_color(page.tasks.palette())  # due yesterday
    assert page.tabs.tabText(2) == "Tasks (1 open)"
    with qtbot.waitSignal(page.case_did_change):
        item.setCheckState(0, Qt.CheckState.Checked)
    task = services.cases.get(case.row.id).tasks[0]
    assert task.done and task.done_by_name == services.actor.display_name
    item = tree.topLevelItem(0)
    assert item.checkState(0) == Qt.CheckState.Checked and item.font(0).strikeOut()
    assert services.actor.display_name in item.text(3)
    assert "Task done: 開示データの抽出を依頼" in page.timeline.text()
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not services.cases.get(case.row.id).tasks[0].done


def test_attachment_with_my_number_warns_until_its_masking_is_confirmed(language, desk, make_page, tmp_path):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    page = make_page(case.row.id)
    scan = tmp_path / "住民票.pdf"
    scan.write_bytes(b"%PDF-1.4 residence certificate")
    page.ask_open_path = lambda parent, title: str(scan)
    section = page.attachments
    section.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AttachmentDialog)
    dialog.identity_check.setChecked(True)
    dialog.my_number_check.setChecked(True)
    accept(dialog)
    assert page.tabs.currentWidget() is section
    stored = services.cases.get(case.row.id).attachments[0]
    assert stored.filename == "住民票.pdf" and stored.content_type == "application/pdf"
    assert stored.identity_document and stored.needs_masking
    item = section.tree.topLevelItem(0)
    assert item.text(2) == "Identity document" and item.text(3) == "Shows My Number — not masked"
    assert section.warning.isVisible() and "住民票.pdf" in section.warning.text()
    assert "not masked yet" in section.warning.text()
    assert not page.tabs.tabIcon(3).isNull()
    assert section.flag_button.isChecked() and section.confirm_button.isEnabled()
    assert not section.mask_button.isEnabled()  # a PDF is confirmed, not masked here
    asked = []
    page.confirm = lambda parent, title, text: asked.append(text) or False
    section.confirm_button.click()
    assert asked and services.cases.get(case.row.id).attachments[0].needs_masking
    page.confirm = lambda parent, title, text: True
    section.confirm_button.click()
    stored = services.cases.get(case.row.id).attachments[0]
    assert not stored.needs_masking and stored.masked_confirmed_by_name == services.actor.display_name
    assert not section.warning.isVisible() and page.tabs.tabIcon(3).isNull()
    assert section.tree.topLevelItem(0).text(3) == "My Number masked"
    assert "Confirmed that the individual number in 住民票.pdf is masked." in page.timeline.text()
    section.flag_button.click()  # it does not show a number after all
    assert not services.cases.get(case.row.id).attachments[0].shows_my_number
    assert section.tree.topLevelItem(0).text(3) == ""


def test_the_mask_tool_stores_the_masked_image_in_place_of_the_original(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    original = png(40, 30)
    case = services.cases.add_attachment(
        clerk, case.row.id, "マイナンバーカード.png", "image/png", original, shows_my_number=True
    )
    page = make_page(case.row.id)
    section = page.attachments
    section.select(case.attachments[0].id)
    assert section.mask_button.isEnabled()
    section.mask_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MaskImageDialog)
    dialog.canvas.masks.append(QRect(0, 0, 20, 10))
    dialog.canvas.masks_changed.emit()
    dialog.save_button.click()
    stored = services.cases.get(case.row.id).attachments[0]
    assert not stored.needs_masking and stored.content_type == "image/png"
    data = services.cases.attachment(stored.id).data
    assert data != original
    image = QImage.fromData(data)
    assert QColor(image.pixel(5, 5)) == QColor(Qt.GlobalColor.black)
    assert QColor(image.pixel(30, 25)) != QColor(Qt.GlobalColor.black)
    assert not section.warning.isVisible()


def test_an_attachment_opens_from_a_temporary_copy_and_is_saved_where_asked(
    language, desk, make_page, tmp_path
):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    case = services.cases.add_attachment(clerk, case.row.id, "委任状.pdf", "application/pdf", b"%PDF-1.4 x")
    page = make_page(case.row.id)
    opened = []
    page.open_path = lambda path: opened.append(path) or True
    page.attachments.open_button.click()
    assert Path(opened[0]).name == "委任状.pdf" and Path(opened[0]).read_bytes() == b"%PDF-1.4 x"
    target = tmp_path / "copy.pdf"
    page.ask_save_path = lambda parent, title, suggested, filters: str(target)
    page.attachments.save_button.click()
    assert target.read_bytes() == b"%PDF-1.4 x"
    assert str(target) in page.notice.text()
    page.open_path = lambda path: False
    page.attachments.open_button.click()
    assert "No program on this computer opens 委任状.pdf" in page.notice.text()


def test_a_file_larger_than_the_office_allows_is_refused_before_it_is_read(
    language, desk, make_page, tmp_path
):
    from privacy_desk.config import ATTACHMENT_MAX_BYTES

    services, clerk, person = desk
    services.settings.set_many(services.actor, {ATTACHMENT_MAX_BYTES: 1024 * 1024})
    case = open_case(services, person, actor=clerk)
    page = make_page(case.row.id)
    scan = tmp_path / "big.pdf"
    scan.write_bytes(b"x" * (1024 * 1024 + 1))
    page.ask_open_path = lambda parent, title: str(scan)
    page.attachments.add_button.click()
    too_big = "big.pdf is 1.1 MB. The office stores files of up to 1 MB with a case."
    assert page.dialog is None and page.notice.isVisible() and page.notice.text() == too_big
    scan.write_bytes(b"x" * 1024 * 1024)  # it fits now
    page.attachments.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AttachmentDialog) and not page.notice.isVisible()
    scan.write_bytes(b"x" * (1024 * 1024 + 1))  # changed again while the form is open: the service says no
    accept(dialog)
    assert dialog.isVisible() and dialog.message.text() == too_big
    assert services.cases.get(case.row.id).attachments == ()
    scan.unlink()
    accept(dialog)
    assert dialog.isVisible() and dialog.message.text().startswith(f"Could not read {scan}: ")
    dialog.reject()


def test_temporary_copies_go_when_the_page_turns_to_another_case(language, desk, make_page):
    services, clerk, person = desk
    a = open_case(services, person, actor=clerk)
    a = services.cases.add_attachment(clerk, a.row.id, "個人番号カード.png", "image/png", png(8, 8))
    b = open_case(services, person, actor=clerk)
    page = make_page(a.row.id)
    opened = []
    page.open_path = lambda path: opened.append(Path(path)) or True
    page.attachments.open_button.click()
    page.reload()  # the same case again: the copy stays (it may be open in a viewer)
    assert opened[0].exists()
    page.load(b.row.id)
    assert not opened[0].exists()
    page.load(a.row.id)
    page.attachments.open_button.click()
    assert opened[1].exists()
    page.clear()  # e.g. the database closed
    assert not opened[1].exists()


def test_date_received_is_changed_with_a_reason_that_shows_in_the_timeline(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk, days_ago=3)
    page = make_page(case.row.id)
    page.header.received_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReceivedOnDialog)
    new_day = today(services) - timedelta(days=5)
    dialog.date_edit.setText(new_day.isoformat())
    accept(dialog)
    assert dialog.isVisible() and dialog.message.text() == "Say why the date received changes."
    dialog.reason_edit.setPlainText("消印の日付で受付")
    accept(dialog)
    assert not dialog.isVisible()
    assert services.cases.get(case.row.id).row.received_on == new_day
    assert page.header.received_value.text() == new_day.strftime("%b %-d, %Y")
    assert "Date received changed from" in page.timeline.text() and "消印の日付で受付" in page.timeline.text()
    actions = [e.action for e in services.audit.entries(entity="case", entity_id=case.row.id)]
    assert "set_received_on" in actions


def test_a_refused_change_is_shown_and_the_page_keeps_what_is_stored(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk, days_ago=3)
    page = make_page(case.row.id)
    page.header.received_button.click()
    dialog = page.dialog
    dialog.date_edit.setText((today(services) + timedelta(days=3)).isoformat())
    dialog.reason_edit.setPlainText("誤入力")
    accept(dialog)
    assert dialog.isVisible() and dialog.message.text() == "The date received cannot be in the future."
    dialog.reject()


def test_the_assignee_is_changed_from_the_header(language, desk, make_page, qtbot):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    page = make_page(case.row.id)
    combo = page.header.assignee_combo
    assert combo.currentText() == "Nobody"
    assert combo.findText("鈴木 一郎") > 0 and combo.findText("田中 さくら") > 0
    index = combo.findText("鈴木 一郎")
    combo.setCurrentIndex(index)
    with qtbot.waitSignal(page.case_did_change):
        combo.activated.emit(index)
    assert services.cases.get(case.row.id).row.assignee_name == "鈴木 一郎"
    assert "Assigned to 鈴木 一郎." in page.timeline.text()
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert services.cases.get(case.row.id).row.assignee_id is None


def test_details_are_edited_in_a_form(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk, requested_items="購入履歴")
    page = make_page(case.row.id)
    assert page.overview.values("request")["Requested items:"] == "購入履歴"
    page.overview.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CaseDetailsDialog)
    assert dialog.items_edit.toPlainText() == "購入履歴" and not dialog.agent_edit.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RequesterKind.LEGAL_REPRESENTATIVE.value))
    assert dialog.agent_edit.isEnabled()
    accept(dialog)
    assert dialog.message.text() == "Enter the name of the representative or agent who made the request."
    dialog.agent_edit.setText("山田 花子（母）")
    dialog.items_edit.setPlainText("購入履歴と問い合わせ履歴")
    dialog.delivery_combo.setCurrentIndex(dialog.delivery_combo.findData(DeliveryMethod.PAPER.value))
    dialog.note_edit.setText("簡易書留で送付")
    accept(dialog)
    stored = services.cases.get(case.row.id)
    assert stored.requested_items == "購入履歴と問い合わせ履歴" and stored.row.agent_name == "山田 花子（母）"
    assert stored.delivery_method is DeliveryMethod.PAPER
    request = page.overview.values("request")
    assert request["Delivery method:"] == "Paper document\n簡易書留で送付"
    assert "山田 花子（母）" in page.header.asks_value.text()


def test_the_linked_ticket_opens_in_the_inbox(language, desk, make_page, qtbot):
    services, clerk, _person = desk
    services.ticket_import.import_raw(
        services.actor, mail("h1@example.jp", HANAKO, "開示請求", "開示を請求します。"), "h1"
    )
    ticket = services.tickets.page(TicketFilter()).rows[0]
    case = services.cases.create_from_ticket(clerk, ticket.id, RequestType.DISCLOSURE)
    page = make_page(case.row.id)
    label = page.header.ticket_value
    assert ticket.ref in label.text() and label.toolTip() == "Show the ticket in the Inbox"
    with qtbot.waitSignal(page.context.hub.open_requested) as signal:
        label.linkActivated.emit(f"ticket:{ticket.id}")
    assert signal.args == ["ticket", ticket.id]


def test_save_as_pdf_writes_the_case_report(language, desk, make_page, tmp_path):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    page = make_page(case.row.id)
    saved = []

    def save_pdf_as(parent, pdf, suggested):
        target = tmp_path / suggested
        target.write_bytes(Path(pdf).read_bytes())
        saved.append(target)
        return target

    page.save_pdf_as = save_pdf_as
    page.header.pdf_button.click()
    assert saved[0].name == f"{case.row.ref}.pdf"
    text = subprocess.run(
        ["pdftotext", str(saved[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert case.row.ref in text and "山田 太郎" in text
    assert str(saved[0]) in page.notice.text()


def test_print_hands_the_report_pdf_to_the_print_function(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    page = make_page(case.row.id)
    printed = []
    page.print_pdf = lambda parent, pdf, title: printed.append((Path(pdf), title)) or True
    page.header.print_button.click()
    ((pdf, title),) = printed
    assert pdf.read_bytes().startswith(b"%PDF") and title == f"Request case {case.row.ref}"


def test_japanese_texts_and_a_language_switch_without_a_query(ui_translators, desk, make_page, monkeypatch):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk, days_ago=40)
    services.cases.add_note(clerk, case.row.id, "電話で確認済み")
    page = make_page(case.row.id)
    header = page.header
    assert header.print_button.text() == JA("CasePage", "&Print…")
    assert header.captions["requester"].text() == JA("CasePage", "Data subject:")
    assert header.title_label.text().startswith(JA("RequestType", "Disclosure"))
    assert JA("DeadlineStatus", "Overdue") in header.deadline_text()
    assert page.tabs.tabText(0) == JA("CasePage", "Overview")
    assert JA("CaseEvent", "Request case opened: {type}.").format(type=JA("RequestType", "Disclosure")) in (
        page.timeline.text()
    )
    assert page.timeline.note_button.text() == JA("CasePage", "&Add Note…")
    assert page.attachments.confirm_button.text() == JA("CasePage", "Conf&irm Masked")

    def no_query(*_args):
        raise AssertionError("a language switch must not query")

    monkeypatch.setattr(services.cases, "get", no_query)
    monkeypatch.setattr(services.cases, "moves", no_query)
    switch_language(ui_translators, "en")
    assert header.print_button.text() == "&Print…"
    assert header.title_label.text() == "Disclosure — Received"
    assert "Request case opened: Disclosure." in page.timeline.text()
    assert page.overview.values("decision") == {"Decision:": "No decision yet"}


def test_no_case_shows_a_hint(language, make_page):
    page = make_page()
    assert page.stack.currentIndex() == 0 and page.case_id is None
    assert page.placeholder.text() == "Choose a request case in the list to see it here."


def test_a_refused_tick_is_explained_and_undone(language, desk, make_page, monkeypatch):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    case = services.cases.add_task(clerk, case.row.id, "書類の確認")
    page = make_page(case.row.id)

    def refuse(*_args):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The task needs a title."))

    monkeypatch.setattr(services.cases, "set_task_done", refuse)
    page.tasks.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert page.notice.isVisible() and page.notice.text() == "The task needs a title."
    assert page.tasks.tree.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked
    assert not services.cases.get(case.row.id).tasks[0].done


def test_a_closed_case_keeps_its_details_date_and_tasks(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    case = services.cases.withdraw(clerk, case.row.id, "本人から取り下げ")
    page = make_page(case.row.id)
    assert not page.overview.edit_button.isEnabled()
    assert page.overview.edit_button.toolTip() == "A case that is no longer open keeps its details."
    assert not page.header.received_button.isEnabled()
    assert not page.tasks.add_button.isEnabled()
    assert "(case no longer open)" in page.header.deadline_text()
    assert page.timeline.note_button.isEnabled()  # a note may still be written


def test_the_page_follows_users_and_the_database(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    page = make_page(case.row.id)
    services.users.add(services.actor, "ito", "伊藤 大輔", Role.DESK)
    assert page.header.assignee_combo.findText("伊藤 大輔") < 0
    page.context.hub.users_did_change.emit()
    assert page.header.assignee_combo.findText("伊藤 大輔") > 0
    page.context.hub.services_did_close.emit()
    assert page.detail is None and page.stack.currentIndex() == 0 and page.users is None


def test_a_date_due_soon_stands_out_too(language, desk, make_page):
    services, clerk, person = desk
    case = None
    for days_ago in range(15):  # the first arrival date that puts the due date within the due-soon days
        candidate = open_case(services, person, actor=clerk, days_ago=days_ago)
        if candidate.row.deadline_status is DeadlineStatus.DUE_SOON:
            case = candidate
            break
    assert case is not None
    page = make_page(case.row.id)
    header = page.header
    assert "— Due soon" in header.deadline_text()
    assert header.deadline_values["due"].palette().color(QPalette.ColorRole.WindowText) == due_soon_color(
        header.strip.palette()
    )
    assert header.status_icon.isVisibleTo(page) and header.status_icon.toolTip() == "Due soon"


@pytest.fixture
def late_page(qtbot, services):
    """A page with the real action bar whose operations answer only when the test says."""
    operations = ManualOperations()
    hub = ChangeHub()
    page = CasePage(ViewContext(hub, operations, clock=office_clock(services), services=services))
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    told: list[int] = []
    page.case_did_change.connect(told.append)
    return page, operations, told


def test_a_late_result_does_not_bring_back_the_case_the_user_left(language, desk, late_page):
    services, clerk, person = desk
    page, operations, told = late_page
    a = open_case(services, person, actor=clerk).row
    b = open_case(services, person, actor=clerk, request_type=RequestType.CORRECTION).row
    page.load(a.id)
    operations.flush_all()
    page.action_bar.control("start_identity_check").click()  # a step of the bar, still running
    page.set_assignee(clerk.id)  # a change of the page, still running
    page.load(b.id)  # the user picks case B in the list
    operations.flush(2)  # B arrives first
    operations.flush_all()  # then the changes of A
    assert page.case_id == b.id and page.detail.row.id == b.id and page.action_bar.detail.row.id == b.id
    assert page.header.ref_label.text() == b.ref and "Correction" in page.header.title_label.text()
    assert page.action_bar.control("start_identity_check") is not None  # B's steps, not A's
    stored = services.cases.get(a.id).row
    assert stored.state is CaseState.IDENTITY_CHECK and stored.assignee_id == clerk.id
    assert told == [a.id, a.id]  # the list still refreshes A's row
    assert operations.queue == []  # and nothing reads A again


def test_a_late_refusal_does_not_reload_the_case_the_user_left(language, desk, late_page):
    services, clerk, person = desk
    page, operations, told = late_page
    a = open_case(services, person, actor=clerk).row
    b = open_case(services, person, actor=clerk).row
    page.load(a.id)
    operations.flush_all()
    services.cases.withdraw(clerk, a.id, "電話で取り下げ")  # someone else, meanwhile
    page.set_assignee(9999)  # no such user: refused once it runs
    page.action_bar.control("start_identity_check").click()  # refused too: the case is withdrawn
    page.load(b.id)
    operations.flush_all()
    assert page.case_id == b.id and page.detail.row.id == b.id and operations.queue == []
    assert not page.notice.isVisible() and told == []


def test_a_result_after_the_database_closed_shows_nothing(language, desk, late_page):
    services, clerk, person = desk
    page, operations, told = late_page
    a = open_case(services, person, actor=clerk).row
    page.load(a.id)
    operations.flush_all()
    page.action_bar.control("start_identity_check").click()
    page.context.hub.services_did_close.emit()
    operations.flush_all()
    assert page.detail is None and page.case_id is None and page.stack.currentIndex() == 0
    assert page.action_bar.detail is None and not page.action_bar.isVisibleTo(page)
    assert told == [a.id]


def test_back_on_the_case_a_late_change_is_read_again(language, desk, late_page):
    services, clerk, person = desk
    page, operations, told = late_page
    a = open_case(services, person, actor=clerk).row
    b = open_case(services, person, actor=clerk).row
    page.load(a.id)
    operations.flush_all()
    page.action_bar.control("start_identity_check").click()
    page.load(b.id)
    operations.flush(1)
    page.load(a.id)  # back on A, read before the step is stored
    operations.flush(1)
    assert page.detail.row.state is CaseState.RECEIVED
    operations.flush_all()  # the step answers, then A is read again
    assert page.case_id == a.id and page.detail.row.state is CaseState.IDENTITY_CHECK
    assert page.action_bar.control("start_identity_check") is None and told == [a.id]


def test_a_step_of_the_bar_shows_its_fresh_case_without_reading_it_again(language, desk, late_page):
    services, clerk, person = desk
    page, operations, told = late_page
    a = open_case(services, person, actor=clerk).row
    page.load(a.id)
    operations.flush_all()
    page.action_bar.control("start_identity_check").click()
    operations.flush(0)
    assert operations.queue == []  # no second read after the step
    assert page.detail.row.state is CaseState.IDENTITY_CHECK and told == [a.id]
    assert page.header.title_label.text() == "Disclosure — Identity check"
    assert page.detail is page.action_bar.detail


def test_delivery_is_shown_and_asked_only_for_a_disclosure(language, desk, make_page):
    services, clerk, person = desk
    disclosure = open_case(services, person, actor=clerk)
    correction = open_case(services, person, actor=clerk, request_type=RequestType.CORRECTION)
    page = make_page(correction.row.id)
    assert "Delivery method:" not in page.overview.values("request")  # the overview does not show it
    page.edit_details()
    dialog = page.dialog
    assert isinstance(dialog, CaseDetailsDialog)
    assert not dialog.delivery_combo.isVisibleTo(dialog) and not dialog.note_edit.isVisibleTo(dialog)
    dialog.reject()
    page.load(disclosure.row.id)
    assert page.overview.values("request")["Delivery method:"] == "—"
    page.edit_details()
    dialog = page.dialog
    assert dialog.delivery_combo.isVisibleTo(dialog) and dialog.note_edit.isVisibleTo(dialog)
    dialog.reject()


def test_the_tasks_of_a_closed_case_cannot_be_ticked(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk)
    services.cases.add_task(clerk, case.row.id, "台帳を確認", None, None)
    page = make_page(case.row.id)
    item = page.tasks.tree.topLevelItem(0)
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    services.cases.withdraw(clerk, case.row.id, "本人から取り下げ")
    page.reload()
    item = page.tasks.tree.topLevelItem(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert item.checkState(0) == Qt.CheckState.Unchecked  # the state still shows


def test_a_change_shown_during_a_reread_keeps_the_users_the_reread_brought(language, desk, late_page):
    services, clerk, person = desk
    page, operations, _told = late_page
    a = open_case(services, person, actor=clerk).row
    page.load(a.id)
    operations.flush_all()
    services.users.add(services.actor, "ito", "伊藤 大輔", Role.DESK)
    page.context.hub.users_did_change.emit()  # rereads the case and the users
    page.set_assignee(clerk.id)
    operations.flush(1)  # the change is shown first
    operations.flush_all()  # then the reread, which is older than the change
    assert page.detail.row.assignee_id == clerk.id
    assert page.header.assignee_combo.findText("伊藤 大輔") > 0


def test_a_details_form_opened_before_another_desks_save_does_not_revert_it(language, desk, make_page):
    services, clerk, person = desk
    case = open_case(services, person, actor=clerk, requested_items="購入履歴")
    page = make_page(case.row.id)  # this desk (the tester) shows the case…
    page.edit_details()
    dialog = page.dialog
    dialog.items_edit.setPlainText("購入履歴と問い合わせ履歴")
    # …while 田中 adds to the request on her desk and saves first.
    services.cases.update_details(clerk, case.row.id, CaseDetails(requested_items="購入履歴、配送先"))
    dialog.ok_button.click()
    assert dialog.isVisible()  # refused: what the user typed is still there to copy
    assert dialog.message.text().startswith("This request case was changed by 田中 さくら at ")
    assert dialog.items_edit.toPlainText() == "購入履歴と問い合わせ履歴"
    assert services.cases.get(case.row.id).requested_items == "購入履歴、配送先"
    dialog.reject()
    assert page.overview.values("request")["Requested items:"] == "購入履歴、配送先"
