"""Requests (view key "requests"): data-subject request cases (開示等の請求), listed by due date and worked
one by one on the case page beside the list."""

from __future__ import annotations

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.views import ViewCommand, ViewContext, ViewSpec

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


def requests_view_spec(shortcut_index: int = 3) -> ViewSpec:
    def create(context: ViewContext):
        from privacy_desk.ui.requests.view import RequestsView

        return RequestsView(context)

    return ViewSpec(
        KEY, TITLE, create, shortcut_index, icon="requests", commands=COMMANDS, opens=KINDS, find=find
    )
