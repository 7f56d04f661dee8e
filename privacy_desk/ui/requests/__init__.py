"""Requests (view key "requests"): data-subject request cases (開示等の請求), listed by due date and worked
one by one on the case page beside the list."""

from __future__ import annotations

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.views import ViewCommand, ViewContext, ViewSpec, imported

KEY = "requests"
KINDS = ("case",)
TITLE = QT_TRANSLATE_NOOP("Views", "Requests")
COMMANDS = (
    ViewCommand(
        "new_case",
        "Requests",
        QT_TRANSLATE_NOOP("Requests", "&New Request Case…"),
        lambda view: view.new_case(),
        "Ctrl+Shift+N",
    ),
)


def find(services, ref: str) -> int:
    return services.cases.id_of(ref)


def case_from_ticket(context: ViewContext, ticket, office_tz, *, parent=None):
    """The intake form filled from an Inbox ticket (its TicketListRow); `result_value` is the new case's
    CaseDetail. The Inbox opens it as its own form (Convert to Request Case…)."""
    from privacy_desk.ui.requests.new_case import NewCaseDialog, TicketSource

    return NewCaseDialog(context, ticket=TicketSource.of(ticket, office_tz), parent=parent)


FORMS = (("case_from_ticket", case_from_ticket),)  # the Inbox opens it to convert a ticket


def requests_view_spec(shortcut_index: int = 3) -> ViewSpec:
    # Settings › Requests: the fee, the identity documents and what a converted ticket does.
    settings = imported("privacy_desk.ui.requests.settings_page", "RequestsSettingsPage")
    return ViewSpec.declared_in(__name__, "RequestsView", shortcut_index, settings_pages=(settings,))
