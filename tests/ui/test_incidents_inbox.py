"""An incident opened from an Inbox ticket ("a customer received someone else's data"): the Incidents
view's form, prefilled from the ticket, made through the view registry (the Inbox does not import the
Incidents view); the two are linked both ways and each opens the other through the hub."""

from __future__ import annotations

import sys
from pathlib import Path

from privacy_desk.i18n.qt import catalogue
from privacy_desk.ui.incidents.facts_form import NewIncidentDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from helpers.factories import make_ticket
from ticket_mail import HANAKO

JA = catalogue("ja")


def test_an_incident_opened_from_a_ticket_is_linked_both_ways(make_window, db_url, services):
    subject = "他人の注文確認メールが届きました"
    make_ticket(services, "leak@example.jp", HANAKO, subject, "私宛ではないメールです。")
    window = make_window(db_url)
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    ticket = inbox.model.rows[0]
    inbox.select_ticket(ticket.id)
    pane = inbox.detail
    assert not pane.incidents_label.isVisible()
    assert pane.incident_button.text() == JA("Inbox", "Open Incident…")
    pane.incident_button.click()

    dialog = inbox.dialog
    assert isinstance(dialog, NewIncidentDialog)
    assert dialog.title_edit.text() == subject
    assert ticket.from_address in dialog.reported_edit.text()
    assert dialog.aware_edit.value() == ticket.received_at.replace(second=0, microsecond=0)
    assert ticket.ref in dialog.explanation.text()
    dialog.ok_button.click()

    assert window.current_view_key() == "incidents"
    incidents = window.view_widget("incidents")
    detail = incidents.page.detail
    assert detail is not None and [t.id for t in detail.tickets] == [ticket.id]
    assert [row.id for row in services.incidents.for_ticket(ticket.id)] == [detail.id]
    assert ticket.ref in incidents.page.tickets_label.text()

    # From the incident back to the ticket, and from the ticket's link to the incident.
    incidents.page.tickets_label.linkActivated.emit(str(ticket.id))
    assert window.current_view_key() == "inbox"
    assert pane.incidents_label.isVisible() and detail.ref in pane.incidents_label.text()
    pane.incidents_label.linkActivated.emit(str(detail.id))
    assert window.current_view_key() == "incidents"
    assert incidents.page.incident_id == detail.id
