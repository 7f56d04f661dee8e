"""Issue #10 item 1's acceptance, in the real main window and in Japanese: a case answered from the
Requests view shows its source ticket answered in the Inbox and gone from Today; the case page shows the
ticket's state; Settings › Requests chooses what the ticket does. Junk from the ticket page (Ctrl+J)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from privacy_desk.config import CASE_TICKET_FOLLOW
from privacy_desk.domain.cases import CaseState, Decision, TicketFollow
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.cases import DecisionInput
from privacy_desk.services.container import open_services
from privacy_desk.ui.requests.settings_page import RequestsSettingsPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ticket_mail import HANAKO, mail

JA = catalogue("ja")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


def case_awaiting_response(url: str):
    """A ticket converted to a disclosure case whose decision is recorded: (ticket id and ref, case id,
    the office's today)."""
    services = open_services(url, login="tester")
    result = services.ticket_import.import_raw_result(
        services.actor, mail("life@example.jp", HANAKO, "保有個人データの開示請求", "開示してください。"), "t"
    )
    cases, actor = services.cases, services.actor
    case = cases.create_from_ticket(actor, result.ticket_id, RequestType.DISCLOSURE)
    cases.verify_identity(actor, case.row.id, ["運転免許証"])
    cases.move(actor, case.row.id, CaseState.IN_PROGRESS)
    cases.record_decision(actor, case.row.id, DecisionInput(Decision.FULL))
    today = cases.policy().today()
    services.close()
    return result.ticket_id, result.ticket_ref, case.row.id, today


def today_refs(window) -> set[str]:
    model = window.view_widget("today").model
    refs = set()
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        refs |= {model.index(child, 1, heading).data() for child in range(model.rowCount(heading))}
    return refs


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_case_answered_from_requests_shows_its_ticket_answered_and_off_today(make_window, url, qtbot):
    ticket_id, ticket_ref, case_id, today = case_awaiting_response(url)
    window = make_window(url, day=today)
    window.show_view("today")
    assert ticket_ref in today_refs(window)

    window.open_item("case", case_id)
    page = window.view_widget("requests").page
    header = page.header.ticket_value.text()
    assert ticket_ref in header and JA("TicketStatus", "New") in header
    click(qtbot, page.action_bar.buttons["respond"])
    click(qtbot, page.action_bar.dialog.ok_button)
    assert page.detail.row.state is CaseState.RESPONDED
    header = page.header.ticket_value.text()
    assert JA("TicketStatus", "Resolved") in header and JA("TicketStatus", "Resolved") != "Resolved"

    window.show_view("today")
    assert ticket_ref not in today_refs(window)
    window.open_item("ticket", ticket_id)
    inbox = window.view_widget("inbox")
    pane = inbox.detail
    assert pane.detail.ticket.status is TicketStatus.RESOLVED and pane.detail.ticket.first_responded_at
    assert pane.status_combo.currentText() == JA("TicketStatus", "Resolved")
    assert page.detail.row.ref in pane.cases_label.text()
    assert JA("CaseState", "Responded") in pane.cases_label.text()
    assert inbox.model.row_of(ticket_id) < 0  # the Inbox's default list: tickets still to be answered
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    row = inbox.model.rows[inbox.model.row_of(ticket_id)]
    assert row.status is TicketStatus.RESOLVED

    # The link on the case page opens the ticket through the hub.
    window.open_item("case", case_id)
    page.header.ticket_value.linkActivated.emit(f"ticket:{ticket_id}")
    assert window.current_view_key() == "inbox" and inbox.detail.detail.ticket.id == ticket_id


def test_junk_from_the_ticket_page_leaves_the_list_and_today(make_window, url, qtbot):
    ticket_id, ticket_ref, _case_id, today = case_awaiting_response(url)
    window = make_window(url, day=today)
    window.open_item("ticket", ticket_id)
    inbox = window.view_widget("inbox")
    pane = inbox.detail
    assert not pane.not_junk_button.isVisible()
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    assert inbox.model.row_of(ticket_id) >= 0
    assert pane.junk_button.text().replace("(&J)", "") == JA("Inbox", "Mark as &Junk").replace("(&J)", "")
    pane.thread.setFocus()
    qtbot.keyClick(pane.thread, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert pane.detail.ticket.status is TicketStatus.JUNK and pane.not_junk_button.isVisible()
    assert inbox.model.row_of(ticket_id) < 0  # out of "every status": only the Junk filter lists it
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData(TicketStatus.JUNK))
    inbox.apply_filters()
    assert inbox.model.row_of(ticket_id) >= 0  # the Inbox's Junk filter lists it
    window.show_view("today")
    assert ticket_ref not in today_refs(window)
    window.open_item("ticket", ticket_id)
    click(qtbot, pane.not_junk_button)
    assert pane.detail.ticket.status is TicketStatus.NEW
    window.show_view("today")
    assert ticket_ref in today_refs(window)


def test_settings_chooses_what_a_converted_ticket_does(qtbot, ui_translators):
    page = RequestsSettingsPage()
    qtbot.addWidget(page)
    page.load({CASE_TICKET_FOLLOW.key: "close"})
    assert page.ticket_combo.currentData() == TicketFollow.CLOSE
    assert page.ticket_combo.currentText() == JA("TicketFollow", TicketFollow.CLOSE.label)
    page.ticket_combo.setCurrentIndex(page.ticket_combo.findData(TicketFollow.RESPONSE_ONLY))
    assert page.wanted()[CASE_TICKET_FOLLOW] == "response_only"
