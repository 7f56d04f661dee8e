"""The Inbox (view key "inbox"): inquiries and complaints by mail, phone and letter, worked one by one."""

from __future__ import annotations

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.views import ViewCommand, ViewSpec, imported

KEY = "inbox"
TITLE = QT_TRANSLATE_NOOP("Views", "Inbox")
KINDS = ("ticket",)
COMMANDS = (
    ViewCommand(
        "import_mail",
        "Inbox",
        QT_TRANSLATE_NOOP("Inbox", "&Import Mail…"),
        lambda v: v.import_mail(),
        "Ctrl+I",
    ),
    ViewCommand(
        "export_csv", "Inbox", QT_TRANSLATE_NOOP("Inbox", "&Export Inbox as CSV…"), lambda v: v.export_csv()
    ),
)


def find(services, ref: str) -> int:
    return services.tickets.id_of(ref)


def inbox_view_spec(shortcut_index: int = 2) -> ViewSpec:
    # Settings › Sending Mail: the SMTP server and the desk's address (office settings).
    sending = imported("privacy_desk.ui.dialogs.settings_pages.sending", "SendingPage")
    return ViewSpec.declared_in(__name__, "InboxView", shortcut_index, settings_pages=(sending,))
