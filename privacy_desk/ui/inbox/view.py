"""The Inbox page: the ticket list with its filters and search above, the open ticket below.

Keyboard first: Ctrl+F searches, the arrows move through the list, Enter opens the ticket's thread,
Escape goes back to the list (and from the search field clears the search). Every query and change is
a service call run through the operation helper; the list asks for one page at a time.

The view is made of parts, as Requests is (docs/ARCHITECTURE.md §9): the list is a ListPage
(ui/widgets/list_page.py), the ticket page below it is TicketDetailPane (ticket_page.py), and the view
mixes in what it does with them — the actions on the open ticket (ticket_actions.py), mail, calls and
letters coming in (intake.py) and the shared mailbox's fetching (mailbox_schedule.py).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from privacy_desk.domain.tickets import OPEN_STATUSES, TicketCategory, TicketStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.inbox.bulk_actions import TicketBulk
from privacy_desk.ui.inbox.intake import MailIntake
from privacy_desk.ui.inbox.mailbox_schedule import MailboxSchedule
from privacy_desk.ui.inbox.model import Column, Role, TicketTableModel
from privacy_desk.ui.inbox.ticket_actions import TicketActions
from privacy_desk.ui.inbox.ticket_page import TicketDetailPane
from privacy_desk.ui.widgets import current_language
from privacy_desk.ui.widgets.files import FileHook, Files
from privacy_desk.ui.widgets.list_page import UNASSIGNED, ListPage, ListTexts
from privacy_desk.ui.widgets.lists import ListState
from privacy_desk.ui.widgets.paged_model import PageQuery
from privacy_desk.ui.work import Staleness

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from privacy_desk.services.tickets.service import TicketDetail, TicketFilter
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
ALL, OPEN = "*all", "*open"  # not a status value

TEXTS = ListTexts(
    context="Inbox",
    title=QT_TRANSLATE_NOOP("Inbox", "Inbox"),
    placeholder=QT_TRANSLATE_NOOP("Inbox", "Search subject, sender, text or reference (Ctrl+F)"),
    table=QT_TRANSLATE_NOOP("Inbox", "Tickets"),
)


class InboxView(TicketActions, TicketBulk, MailIntake, MailboxSchedule, ListPage):
    """Tests may replace `files` or one of its functions (`ask_save_path`, `open_path`, `confirm`), and
    `ask_import_paths`. `summary_box` is the import or fetch summary shown now, `progress` the progress
    dialog."""

    TEXTS = TEXTS
    ID_ROLE = Role.TICKET_ID
    DATE_COLUMNS = (Column.RECEIVED, Column.DUE)  # whole, in digits (the model's compact levels at 1120 px)
    WHOLE_COLUMNS = (Column.CATEGORY,)  # "(suggested)" where there is room
    STRETCH_SHARE = 0.25  # at 1120 px the other columns whole (in their short labels), the subject widest
    ask_save_path, open_path, confirm = FileHook(), FileHook(), FileHook()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("inbox")
        self.files = Files(self, self.notice)
        self.summary_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._showing = Staleness()  # renewed by each read of a ticket: the last one read is shown
        self._fetching = False
        self._fetch_scheduled = True  # False from the database's opening until the first page arrives
        self._office_tz = None
        self._build_title_row()
        self._build_filters()
        self._build_table()
        self.detail = TicketDetailPane(current_language, None, self)

        # The list above, the open ticket below with its thread beside the reading pane (three panes):
        # the ticket gets the larger share, so a message's text has room at 1120×720 too.
        self.finish_layout(self.detail, (2, 3), (250, 490))
        self.add_toolbar(self.build_bulk())
        self.setAcceptDrops(True)
        self._connect_detail()

        self._fetch_timer = QTimer(self)
        self._fetch_timer.timeout.connect(lambda: self.fetch_now(quiet=True))
        hub = context.hub
        hub.settings_did_change.connect(self.refresh)
        hub.users_did_change.connect(self._load_users)
        hub.tickets_did_change.connect(self._tickets_changed)
        hub.cases_did_change.connect(self._cases_changed)
        hub.incidents_did_change.connect(self._incidents_changed)
        self.start()

    def _build_title_row(self) -> None:
        self.drop_hint = QLabel(self)
        self.drop_hint.setEnabled(False)
        # a hint, not a reason for the window to be wider: it is cut where the buttons need the room
        self.drop_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_row.addSpacing(12)
        self.title_row.addWidget(self.drop_hint, 1, Qt.AlignmentFlag.AlignBottom)
        add = self.title_row.add
        self.fetch_button = add(
            QT_TRANSLATE_NOOP("Inbox", "Fetch No&w"),
            lambda: self.fetch_now(),
            tip=QT_TRANSLATE_NOOP("Inbox", "Fetch new mail from the shared mailbox."),
        )
        self.mailbox_button = add(QT_TRANSLATE_NOOP("Inbox", "Mailbox…"), self.open_mailbox_settings)
        self.call_button = add(QT_TRANSLATE_NOOP("Inbox", "Lo&g Call…"), self.log_call)
        self.letter_button = add(QT_TRANSLATE_NOOP("Inbox", "Log L&etter…"), self.log_letter)

    def _build_filters(self) -> None:
        self.search_edit.setMinimumWidth(200)
        self.status_combo = self.filter_combo(
            TicketStatus,
            (
                (OPEN, "Inbox", QT_TRANSLATE_NOOP("Inbox", "Open (new, open, waiting)")),
                (ALL, "Inbox", QT_TRANSLATE_NOOP("Inbox", "All statuses")),
            ),
            name=QT_TRANSLATE_NOOP("Inbox", "Status"),
        )
        self.category_combo = self.filter_combo(
            TicketCategory,
            ((ALL, "Inbox", QT_TRANSLATE_NOOP("Inbox", "All categories")),),
            name=QT_TRANSLATE_NOOP("Inbox", "Category"),
        )
        self.assignee_filter()
        self.overdue_check = self.filter_check(QT_TRANSLATE_NOOP("Inbox", "Overdue onl&y"))
        # The filters fit 1120 px beside the sidebar: each combo as wide as the choice it shows, not as its
        # longest (ListPage.filter_combo); the search field gives way down to its minimum.

    def _build_table(self) -> None:
        self.table.setObjectName("tickets")
        self.set_model(TicketTableModel, lambda services: services.tickets.page)
        header = self.size_columns(Column.SUBJECT)
        header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)

    # -- services ----------------------------------------------------------------------------------

    def _services_opened(self, services) -> None:
        self._fetch_scheduled = False  # after the first page: the list comes first
        self._context.work.query(lambda services: services.settings.office_tz()).success(
            self._office_tz_read
        ).run(self)
        super()._services_opened(services)

    def _office_tz_read(self, office_tz) -> None:
        """Times in the list and on the ticket page are the office's wall clock."""
        self._office_tz = self.model.office_tz = self.detail.office_tz = office_tz
        self.model.retranslate()  # the rows read before this show their times again

    def _services_closed(self) -> None:
        self._fetch_timer.stop()
        self.detail.clear()
        super()._services_closed()

    def users_loaded(self, users: list[tuple[int, str]]) -> None:
        self.detail.set_users(users)
        super().users_loaded(users)

    # -- the list ----------------------------------------------------------------------------------

    def current_filter(self) -> TicketFilter:
        from privacy_desk.services.tickets.service import TicketFilter

        status = self.status_combo.currentData()
        statuses = (
            frozenset(OPEN_STATUSES)
            if status == OPEN
            else frozenset()
            if status == ALL
            else frozenset({TicketStatus(status)})
        )
        category = self.category_combo.currentData()
        assignee = self.assignee_combo.currentData()
        return TicketFilter(
            statuses=statuses,
            categories=frozenset() if category == ALL else frozenset({TicketCategory(category)}),
            assignee_id=assignee if isinstance(assignee, int) else None,
            unassigned=assignee == UNASSIGNED,
            overdue=self.overdue_check.isChecked(),
            text=self.search_edit.text().strip(),
        )

    def current_query(self) -> PageQuery:
        from privacy_desk.services.tickets.service import TicketSort

        if self.model.query is not None:
            return PageQuery(self.current_filter(), self.model.query.sort, self.model.query.descending)
        return PageQuery(self.current_filter(), TicketSort.RECEIVED_AT, True)

    def reload_item(self) -> None:
        if self._current_id is not None:
            self._load_detail(self._current_id)

    def list_shown(self) -> None:
        if not self._fetch_scheduled:
            self._fetch_scheduled = True
            self._schedule_fetching()

    def count_text(self) -> str:
        total = self.model.total
        if self.model.total_exact:
            return translate("Inbox", "%n ticket(s)", None, total)
        return translate("Inbox", "more than %n ticket(s)", None, total)

    def count_tooltip(self) -> str:
        if not self.model.short_terms:
            return ""
        return translate(
            "Inbox",
            "Words of one or two characters ({words}) are looked for in subjects and senders, and "
            "in the text of the newest mail only. Longer words are searched everywhere.",
        ).format(words="、".join(self.model.short_terms))

    def show_empty(self, state: ListState) -> None:
        """An empty list says so in its tooltip."""
        empty = state is ListState.EMPTY
        self.table.setToolTip(translate("Inbox", "No tickets match the filter.") if empty else "")

    # -- the open ticket ---------------------------------------------------------------------------

    def _current_row_changed(self, current, _previous) -> None:
        ticket_id = current.data(Role.TICKET_ID) if current.isValid() else None
        if ticket_id is None or ticket_id == self._current_id:
            return
        self._current_id = ticket_id
        self._load_detail(ticket_id, mark_read=True)

    def open_current(self) -> None:
        """Enter: read the current ticket's thread."""
        if self._current_id is None:
            return
        thread = self.detail.thread
        if thread.count():
            thread.setFocus()
            if thread.currentRow() < 0:
                thread.setCurrentRow(thread.count() - 1)
        else:
            self.detail.setFocus()

    def open_item(self, item_id: int) -> None:
        """The view contract (ui/views.FeatureView): show this ticket, asked for through the hub."""
        self.select_ticket(item_id)

    def select_ticket(self, ticket_id: int) -> None:
        """Show `ticket_id` (selected in the list when it is there)."""
        if self.select_row_of(ticket_id) < 0:
            self._current_id = ticket_id
            self._load_detail(ticket_id)

    def _load_detail(self, ticket_id: int, *, mark_read: bool = False) -> None:
        self._context.work.query(lambda services: services.tickets.get(ticket_id)).fresh_for(
            self._showing, renew=True
        ).success(partial(self._detail_loaded, mark_read)).failure(self._show_error).run(self)

    def _detail_loaded(self, mark_read: bool, detail: TicketDetail) -> None:
        self.detail.show_detail(detail, keep_message=not mark_read)
        self._load_cases(detail.ticket.id)
        self._load_incidents(detail.ticket.id)
        if mark_read and detail.ticket.unread and detail.merged_into_ref is None:
            ticket_id = detail.ticket.id
            # reading is allowed to anyone; a failure to mark is not worth a box
            self._context.work.write(
                lambda services: services.tickets.mark_read(services.actor, ticket_id)
            ).success(lambda row: self.model.update_rows([row])).ignore_failure().run(self)

    def _load_cases(self, ticket_id: int) -> None:
        """The request cases made from the open ticket, listed as links on its pane."""
        self._context.work.query(lambda services: services.cases.cases_for_ticket(ticket_id)).fresh_for(
            self._showing
        ).success(self.detail.show_cases).ignore_failure().run(self)

    def _load_incidents(self, ticket_id: int) -> None:
        """The incidents linked to the open ticket, listed as links on its pane."""
        self._context.work.query(lambda services: services.incidents.for_ticket(ticket_id)).fresh_for(
            self._showing
        ).success(self.detail.show_incidents).ignore_failure().run(self)

    def _incidents_changed(self, _ids: list) -> None:
        if self.services is not None and self.detail.detail is not None:
            self._load_incidents(self.detail.detail.ticket.id)

    def _cases_changed(self, _ids: list) -> None:
        """A request case changed: the open ticket's links show its state again."""
        if self.services is not None and self.detail.detail is not None:
            self._load_cases(self.detail.detail.ticket.id)

    def _tickets_changed(self, _ids: list) -> None:
        if not self.is_echo():
            self.refresh()

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.drop_hint.setText(translate("Inbox", "Drop .eml, .msg or .mbox files here to import them."))
        super().retranslate()
