"""The Inbox's actions on many tickets at once (ui/widgets/bulk.py): assign, status, category and junk,
from the toolbar above the list or its context menu. Each is one write through the operation helper with
a progress dialog; the changed rows are shown in place, the selection stays and the current row is kept
in view, and the other views hear of it through the hub."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

from privacy_desk.domain.tickets import LISTED_STATUSES, TicketCategory, TicketStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.hub import Changed, TicketsChanged
from privacy_desk.ui.inbox.host import InboxHost
from privacy_desk.ui.widgets.bulk import BulkActions, BulkChoice, BulkOutcome, bulk_write

if TYPE_CHECKING:
    from privacy_desk.services.container import Services

translate = QCoreApplication.translate


# What a bulk write says: how many changed, how many not and why (ListPage.show_bulk_outcome).
BULK_WORDS = (
    QT_TRANSLATE_NOOP("Inbox", "%n ticket(s) changed."),
    QT_TRANSLATE_NOOP("Inbox", "%n ticket(s) not changed: {reason}"),
)


class TicketBulk(InboxHost):
    """Mixed into InboxView; `bulk` is the toolbar and context menu (`bulk.menu` the one open now)."""

    def build_bulk(self) -> BulkActions:
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.bulk = BulkActions(
            self,
            (
                BulkChoice(
                    "Inbox", QT_TRANSLATE_NOOP("Inbox", "Assign To"), self.bulk_assign, self._assignees
                ),
                BulkChoice(
                    "Inbox", QT_TRANSLATE_NOOP("Inbox", "Set Status"), self.bulk_status, self._statuses
                ),
                BulkChoice(
                    "Inbox", QT_TRANSLATE_NOOP("Inbox", "Set Category"), self.bulk_category, self._categories
                ),
                BulkChoice("Inbox", QT_TRANSLATE_NOOP("Inbox", "Mark Selected as Junk"), self.bulk_junk),
            ),
        )
        return self.bulk

    def _assignees(self) -> list[tuple[str, object]]:
        return [
            (translate("Inbox", "Nobody"), None),
            *((name, user_id) for user_id, name in self.detail.users),
        ]

    def _statuses(self) -> list[tuple[str, object]]:
        listed = [status for status in TicketStatus if status in LISTED_STATUSES]
        return [(translate("TicketStatus", status.label), status) for status in listed]

    def _categories(self) -> list[tuple[str, object]]:
        return [(translate("TicketCategory", category.label), category) for category in TicketCategory]

    # -- the writes --------------------------------------------------------------------------------

    def bulk_assign(self, ids: list[int], user_id: object) -> None:
        assignee = user_id if isinstance(user_id, int) else None
        self._bulk(ids, lambda services, t: services.tickets.set_assignee(services.actor, t, assignee))

    def bulk_status(self, ids: list[int], status: object) -> None:
        chosen = TicketStatus(str(status))
        self._bulk(ids, lambda services, t: services.tickets.set_status(services.actor, t, chosen))

    def bulk_category(self, ids: list[int], category: object) -> None:
        chosen = TicketCategory(str(category))
        self._bulk(ids, lambda services, t: services.tickets.set_category(services.actor, t, chosen))

    def bulk_junk(self, ids: list[int], _value: object = None) -> None:
        """One call for all of them (the service marks many tickets in one transaction)."""

        def change(services: Services) -> Changed:
            rows = services.tickets.mark_junk(services.actor, ids)
            return Changed.of(BulkOutcome(rows), TicketsChanged(tuple(ids)))

        self._context.work.write(change).success(self._bulk_done).failure(self._show_error).run(self)

    def _bulk(self, ids: list[int], change: Callable[[Any, int], Any]) -> None:
        def write(services: Services, progress) -> Changed:
            outcome = bulk_write(services, progress, ids, change)
            return Changed.of(outcome, TicketsChanged(tuple(row.id for row in outcome.rows)))

        count = len(ids)  # a name: lupdate takes no call as the number
        text = translate("Inbox", "Changing %n ticket(s)…", None, count)
        self._context.work.write(write).progress(text, title=translate("Inbox", "Inbox")).success(
            self._bulk_done
        ).failure(self._show_error).run(self)

    def _bulk_done(self, outcome: BulkOutcome) -> None:
        self.show_bulk_outcome(outcome, "Inbox", *BULK_WORDS)
