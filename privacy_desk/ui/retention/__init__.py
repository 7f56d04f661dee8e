"""Retention (view key "retention"): the calendar of personal data due for deletion (保存期間), the holds
the privacy policy allows, disposal with its certificate, the register of categories and rules, and the
purge of the app's own records (issue #12)."""

from __future__ import annotations

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.views import ViewCommand, ViewSpec

KEY = "retention"
KINDS = ("holding",)
TITLE = QT_TRANSLATE_NOOP("Views", "Retention")
COMMANDS = (
    ViewCommand(
        "new_holding",
        "Retention",
        QT_TRANSLATE_NOOP("Retention", "New &Holding…"),
        lambda view: view.new_holding(),
        "Ctrl+Shift+H",
    ),
    ViewCommand(
        "export_ics",
        "Retention",
        QT_TRANSLATE_NOOP("Retention", "Export Retention Calendar (ICS)…"),
        lambda view: view.export_ics(),
    ),
    ViewCommand(
        "export_register",
        "Retention",
        QT_TRANSLATE_NOOP("Retention", "Export Retention Register (CSV/XLSX)…"),
        lambda view: view.export_register(),
    ),
    ViewCommand(
        "purge_records",
        "Retention",
        QT_TRANSLATE_NOOP("Retention", "Purge Old Records…"),
        lambda view: view.purge_records(),
    ),
)


def find(services, ref: str) -> int:
    return services.retention.id_of(ref)


def retention_view_spec(shortcut_index: int = 5) -> ViewSpec:
    return ViewSpec.declared_in(__name__, "RetentionView", shortcut_index)
