"""Incidents (view key "incidents"): the breach log (漏えい等, APPI Art. 26), listed by urgency and worked
one by one on the incident page beside the list: the facts, the assessment of Rule Art. 7, the
countdowns to the reports of Rule Art. 8, the append-only timeline, the notices and the evidence."""

from __future__ import annotations

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.views import ViewCommand, ViewContext, ViewSpec, imported

KEY = "incidents"
KINDS = ("incident",)
TITLE = QT_TRANSLATE_NOOP("Views", "Incidents")
COMMANDS = (
    ViewCommand(
        "new_incident",
        "Incidents",
        QT_TRANSLATE_NOOP("Incidents", "New Inci&dent…"),
        lambda view: view.new_incident(),
        "Ctrl+Shift+I",
    ),
)


def find(services, ref: str) -> int:
    return services.incidents.id_of(ref)


def incident_from_ticket(context: ViewContext, ticket, office_tz, *, parent=None):
    """The new-incident form filled from an Inbox ticket (its TicketListRow or TicketRow: subject, sender,
    arrival); `result_value` is the new incident's IncidentDetail, linked to the ticket both ways. The
    Inbox opens it as its own form (Open Incident…)."""
    from privacy_desk.ui.incidents.facts_form import NewIncidentDialog, TicketSource

    return NewIncidentDialog(context, office_tz, ticket=TicketSource.of(ticket, office_tz), parent=parent)


FORMS = (("incident_from_ticket", incident_from_ticket),)  # the Inbox opens it for a ticket


def incidents_view_spec(shortcut_index: int = 4) -> ViewSpec:
    # Settings › Incidents: the company as the reporter and the default destination of the reports.
    settings = imported("privacy_desk.ui.incidents.settings_page", "IncidentsSettingsPage")
    return ViewSpec.declared_in(__name__, "IncidentsView", shortcut_index, settings_pages=(settings,))
