"""The Inbox page: the ticket list with its filters and search, the detail pane, and mail intake.

Keyboard first: Ctrl+F searches, the arrows move through the list, Enter opens the ticket's thread,
Escape goes back to the list (and from the search field clears the search). Every query and change is
a service call run through the operation helper; the list asks for one page at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.tickets import OPEN_STATUSES, TicketCategory, TicketStatus
from privacy_desk.errors import PrivacyDeskError
from privacy_desk.ui.inbox.detail import TicketDetailPane
from privacy_desk.ui.inbox.model import Column, Query, Role, TicketTableModel
from privacy_desk.ui.widgets import InlineMessage, MessageKind, current_language, translated_error
from privacy_desk.ui.widgets.files import FileHook, Files
from privacy_desk.ui.widgets.forms import error_text, open_form
from privacy_desk.ui.widgets.lists import ListState, OpenableTable, SearchEdit

if TYPE_CHECKING:
    from privacy_desk.services.tickets.service import TicketDetail, TicketFilter, TicketListRow, TicketPage
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300
MAIL_SUFFIXES = (".eml", ".msg", ".mbox")
ALL, OPEN = "*all", "*open"  # not a status value
ANYONE, UNASSIGNED = "*anyone", "*unassigned"


DETAILS_SHOWN = 1000


def _reason_text(reason: str) -> str:
    """Why a file or message was not imported, in the user's language where the reason knows how."""
    problem = getattr(reason, "problem", None)
    return translated_error(problem) if isinstance(problem, PrivacyDeskError) else reason


class _ProgressRelay(QObject):
    """Carries progress(done, total) from a worker thread to the GUI thread (queued)."""

    progressed = Signal(int, int)


class InboxView(QWidget):
    """Tests may replace `files` or one of its functions (`ask_save_path`, `open_path`, `confirm`), and
    `ask_import_paths`."""

    ask_save_path, open_path, confirm = FileHook(), FileHook(), FileHook()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self._context = context
        self.state = ListState.WAITING
        self.dialog: QWidget | None = None  # the form open now (tests reach it here)
        self.summary_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._current_id: int | None = None
        self._detail_generation = 0
        self._fetching = False
        self._office_tz = None

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.drop_hint = QLabel(self)
        self.drop_hint.setEnabled(False)

        self.search_edit = SearchEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("", OPEN)
        self.status_combo.addItem("", ALL)
        for status in TicketStatus:
            self.status_combo.addItem("", status)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem("", ALL)
        for category in TicketCategory:
            self.category_combo.addItem("", category)
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.addItem("", ANYONE)
        self.assignee_combo.addItem("", UNASSIGNED)
        for combo in (self.status_combo, self.category_combo, self.assignee_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.overdue_check = QCheckBox(self)
        self.count_label = QLabel(self)
        self.fetch_button = QPushButton(self)
        self.mailbox_button = QPushButton(self)
        self.call_button = QPushButton(self)
        self.letter_button = QPushButton(self)
        for button in (self.fetch_button, self.mailbox_button, self.call_button, self.letter_button):
            button.setAutoDefault(False)
        self.notice = InlineMessage(self)
        self.files = Files(self, self.notice)

        self.table = OpenableTable(self)
        self.table.setObjectName("tickets")
        self.model = TicketTableModel(self._load_page, context.operations, current_language, self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        widths = {
            Column.REFERENCE: 130,
            Column.REQUESTER: 140,
            Column.CATEGORY: 150,
            Column.STATUS: 125,
            Column.ASSIGNEE: 100,
            Column.RECEIVED: 140,
            Column.DUE: 145,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setMinimumSectionSize(60)

        self.detail = TicketDetailPane(current_language, None, self)

        # The list above, the open ticket below: every column of the list fits, and a thread has room.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 440])

        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addSpacing(12)
        title_row.addWidget(self.drop_hint, 1, Qt.AlignmentFlag.AlignBottom)
        title_row.addWidget(self.fetch_button)
        title_row.addWidget(self.mailbox_button)
        title_row.addWidget(self.call_button)
        title_row.addWidget(self.letter_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search_edit, 2)
        filter_row.addWidget(self.status_combo)
        filter_row.addWidget(self.category_combo)
        filter_row.addWidget(self.assignee_combo)
        filter_row.addWidget(self.overdue_check)
        filter_row.addStretch(1)
        filter_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)
        self.setAcceptDrops(True)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.search_edit.escape_pressed.connect(self._search_escape)
        for combo in (self.status_combo, self.category_combo, self.assignee_combo):
            combo.activated.connect(lambda _index: self.apply_filters())
        self.overdue_check.toggled.connect(lambda _on: self.apply_filters())
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self.fetch_button.clicked.connect(lambda: self.fetch_now())
        self.mailbox_button.clicked.connect(self.open_mailbox_settings)
        self.call_button.clicked.connect(self.log_call)
        self.letter_button.clicked.connect(self.log_letter)

        self.model.query_did_finish.connect(self._query_finished)
        self.model.page_did_load.connect(self._show_count)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.open_requested.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self._connect_detail()

        self._fetch_timer = QTimer(self)
        self._fetch_timer.timeout.connect(lambda: self.fetch_now(quiet=True))

        hub = context.hub
        hub.services_did_open.connect(self._services_opened)
        hub.services_did_close.connect(self._services_closed)
        hub.settings_did_change.connect(self.refresh)
        hub.users_did_change.connect(self._load_users)
        hub.tickets_did_change.connect(self._tickets_changed)
        hub.cases_did_change.connect(self._cases_changed)
        self.retranslate()
        if context.services is not None:
            self._services_opened(context.services)

    # -- services ----------------------------------------------------------------------------------

    @property
    def services(self):
        return self._context.services

    def _services_opened(self, services) -> None:
        self._office_tz = services.settings.office_tz()
        self.model.office_tz = self._office_tz
        self.detail.office_tz = self._office_tz
        self._fill_assignee_filter([])
        self._load_users()
        self._fetch_scheduled = False  # after the first page: the list comes first
        self.apply_filters()

    def _services_closed(self) -> None:
        self._fetch_timer.stop()
        self.model.clear()
        self.detail.clear()
        self._current_id = None
        self._set_state(ListState.WAITING)

    def _load_users(self) -> None:
        services = self.services
        if services is None:
            return
        self._context.operations.run(
            lambda: [(u.id, u.display_name) for u in services.users.list() if u.active],
            self._users_loaded,
            lambda _error: None,  # the list still works; only the assignee choices are missing
        )

    def _users_loaded(self, users: list[tuple[int, str]]) -> None:
        self.detail.set_users(users)
        self._fill_assignee_filter(users)

    def _fill_assignee_filter(self, users: list[tuple[int, str]]) -> None:
        current = self.assignee_combo.currentData()
        while self.assignee_combo.count() > 2:
            self.assignee_combo.removeItem(2)
        for user_id, name in users:
            self.assignee_combo.addItem(name, user_id)
        index = self.assignee_combo.findData(current)
        self.assignee_combo.setCurrentIndex(max(index, 0))

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

    def current_query(self) -> Query:
        from privacy_desk.services.tickets.service import TicketSort

        if self.model.query is not None:
            return Query(self.current_filter(), self.model.query.sort, self.model.query.descending)
        return Query(self.current_filter(), TicketSort.RECEIVED_AT, True)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.services is None:
            self._set_state(ListState.WAITING)
            return
        if self.state not in (ListState.READY, ListState.EMPTY):
            self._set_state(ListState.LOADING)
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        """F5 and change notices: the same query again (the open ticket too)."""
        if self.services is None:
            return
        self.apply_filters()
        if self._current_id is not None:
            self._load_detail(self._current_id)

    def _load_page(self, query: Query, offset: int, limit: int) -> TicketPage:
        services = self.services
        if services is None:
            from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError

            raise StorageError(QT_TRANSLATE_NOOP("Errors", "The database is not open."))
        return services.tickets.page(
            query.filters, offset=offset, limit=limit, sort=query.sort, descending=query.descending
        )

    def _query_finished(self, ok: bool) -> None:
        if not ok:
            error = self.model.error
            if error is not None and not isinstance(error, PrivacyDeskError):
                from privacy_desk.ui.errors import log_exception

                log_exception(error)
            self._set_state(ListState.FAILED)
            return
        self._set_state(ListState.READY if self.model.rows else ListState.EMPTY)
        if self.model.rows and not getattr(self, "_dates_fitted", False):
            self._fit_date_columns()
        if not getattr(self, "_fetch_scheduled", True):
            self._fetch_scheduled = True
            self._schedule_fetching()

    def _fit_date_columns(self) -> None:
        """Dates are as wide as the language writes them (Nov 29, 2026, 7:12 AM vs 2026/11/29 7:12)."""
        self._dates_fitted = True
        for column in (Column.RECEIVED, Column.DUE):
            self.table.resizeColumnToContents(column)

    def _restore_selection(self) -> None:
        if self._current_id is None:
            return
        row = self.model.row_of(self._current_id)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, Column.REFERENCE))
            self.table.selectionModel().blockSignals(False)
            self.table.selectRow(row)

    def _set_state(self, state: ListState) -> None:
        self.state = state
        self._show_count()

    def _show_count(self) -> None:
        model = self.model
        state = self.state
        if state is ListState.WAITING:
            self.count_label.setText(translate("Inbox", "Opening the database…"))
        elif state is ListState.LOADING:
            self.count_label.setText(translate("Inbox", "Loading…"))
        elif state is ListState.FAILED:
            self.count_label.setText("")
            error = model.error
            reason = error_text(error) if error is not None else ""
            self.notice.show_error(
                translate("Inbox", "The list could not be loaded: {reason}").format(reason=reason)
            )
        elif model.total_exact:
            total = model.total
            self.count_label.setText(translate("Inbox", "%n ticket(s)", None, total))
        else:
            total = model.total
            self.count_label.setText(translate("Inbox", "more than %n ticket(s)", None, total))
        if state in (ListState.READY, ListState.EMPTY) and model.short_terms:
            self.count_label.setToolTip(
                translate(
                    "Inbox",
                    "Words of one or two characters ({words}) are looked for in subjects and senders, and "
                    "in the text of the newest mail only. Longer words are searched everywhere.",
                ).format(words="、".join(model.short_terms))
            )
        else:
            self.count_label.setToolTip("")
        if state is ListState.EMPTY:
            self.table.setToolTip(translate("Inbox", "No tickets match the filter."))
        else:
            self.table.setToolTip("")

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_escape(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
            self.apply_filters()
        self.table.setFocus()

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
        if self.detail.thread.count():
            self.detail.thread.setFocus()
            if self.detail.thread.currentRow() < 0:
                self.detail.thread.setCurrentRow(self.detail.thread.count() - 1)
        else:
            self.detail.setFocus()

    def back_to_list(self) -> None:
        self.table.setFocus()

    def open_item(self, item_id: int) -> None:
        """The view contract (ui/views.FeatureView): show this ticket, asked for through the hub."""
        self.select_ticket(item_id)

    def select_ticket(self, ticket_id: int) -> None:
        """Show `ticket_id` (selected in the list when it is there)."""
        row = self.model.row_of(ticket_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._current_id = ticket_id
            self._load_detail(ticket_id)

    def _load_detail(self, ticket_id: int, *, mark_read: bool = False) -> None:
        services = self.services
        if services is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        self._context.operations.run(
            lambda: services.tickets.get(ticket_id),
            partial(self._detail_loaded, generation, mark_read),
            self._show_error,
        )

    def _detail_loaded(self, generation: int, mark_read: bool, detail: TicketDetail) -> None:
        if generation != self._detail_generation:
            return
        self.detail.show_detail(detail, keep_message=not mark_read)
        self._load_cases(detail.ticket.id)
        if mark_read and detail.ticket.unread and detail.merged_into_ref is None:
            services = self.services
            actor = services.actor
            ticket_id = detail.ticket.id
            self._context.operations.run(
                lambda: services.tickets.mark_read(actor, ticket_id),
                lambda row: self.model.update_rows([row]),
                lambda _error: None,  # reading is allowed to anyone; a failure to mark is not worth a box
            )

    def _load_cases(self, ticket_id: int) -> None:
        """The request cases made from the open ticket, listed as links on its pane."""
        services, generation = self.services, self._detail_generation

        def loaded(cases: list) -> None:
            if generation == self._detail_generation:
                self.detail.show_cases(cases)

        self._context.operations.run(
            lambda: services.cases.cases_for_ticket(ticket_id), loaded, lambda _error: None
        )

    def convert_to_case(self) -> None:
        """Convert to Request Case…: the intake form Requests offers (ViewSpec.forms), filled from the
        ticket; then the Requests view shows the new case."""
        views = self._context.views
        make = views.form("case_from_ticket") if views is not None else None
        if (found := self._ticket()) is None or make is None:
            return
        _services, ticket_id = found
        dialog = make(self._context, self.detail.detail.ticket, self._office_tz, parent=self)

        def accepted(d) -> None:
            case_id = d.result_value.row.id
            self._changed(also=[ticket_id])
            self._context.hub.cases_did_change.emit([case_id])
            self._context.hub.open_requested.emit("case", case_id)

        self._open_dialog(dialog, accepted)

    def _show_error(self, error: BaseException) -> None:
        self.notice.show_error(error_text(error))

    def _changed(
        self,
        rows: list[TicketListRow] | None = None,
        *,
        reload_list: bool = False,
        select: int | None = None,
        also: list[int] = (),
    ) -> None:
        """After a change the service confirmed: rows refreshed in place, the open ticket read again,
        and the other views told."""
        if rows:
            self.model.update_rows(rows)
        services = self.services
        if also and services is not None:
            self._context.operations.run(
                lambda: services.tickets.rows(also), self.model.update_rows, lambda _error: None
            )
        if select is not None:
            self._current_id = select
        if reload_list:
            self.model.reload()
        if self._current_id is not None:
            self._load_detail(self._current_id)
        ids = [row.id for row in rows or []] + list(also)
        self._emitting = True
        try:
            self._context.hub.tickets_did_change.emit(ids)
        finally:
            self._emitting = False

    def _cases_changed(self, _ids: list) -> None:
        """A request case changed: the open ticket's links show its state again."""
        if self.services is not None and self.detail.detail is not None:
            self._load_cases(self.detail.detail.ticket.id)

    def _tickets_changed(self, _ids: list) -> None:
        if getattr(self, "_emitting", False):
            return
        self.refresh()

    def _run_change(
        self,
        work: Callable[[], Any],
        *,
        reload_list: bool = False,
        after: Callable[[Any], None] | None = None,
    ) -> None:
        def done(result: Any) -> None:
            from privacy_desk.services.tickets.service import TicketListRow

            rows = [result] if isinstance(result, TicketListRow) else []
            self.notice.clear()
            self._changed(rows, reload_list=reload_list)
            if after is not None:
                after(result)

        def failed(error: BaseException) -> None:
            self._show_error(error)
            if self._current_id is not None:
                self._load_detail(self._current_id)  # put the pane back to what is stored

        self._context.operations.run(work, done, failed, parent=self)

    def _connect_detail(self) -> None:
        pane = self.detail
        pane.status_chosen.connect(self.set_status)
        pane.category_chosen.connect(self.set_category)
        pane.category_confirmed.connect(self.confirm_category)
        pane.assignee_chosen.connect(self.set_assignee)
        pane.person_requested.connect(self.edit_person)
        pane.note_requested.connect(self.add_note)
        pane.reply_requested.connect(self.reply)
        pane.merge_requested.connect(self.merge)
        pane.undo_merge_requested.connect(self.undo_merge)
        pane.split_requested.connect(self.split)
        pane.responded_requested.connect(self.mark_responded)
        pane.open_attachment_requested.connect(self.open_attachment)
        pane.save_attachment_requested.connect(self.save_attachment)
        pane.original_requested.connect(self.show_original)
        pane.headers_requested.connect(self.show_headers)
        pane.back_requested.connect(self.back_to_list)
        pane.convert_requested.connect(self.convert_to_case)
        pane.case_open_requested.connect(
            lambda case_id: self._context.hub.open_requested.emit("case", case_id)
        )

    def _ticket(self) -> tuple[Any, int] | None:
        services = self.services
        if services is None or self.detail.detail is None:
            return None
        return services, self.detail.detail.ticket.id

    # -- actions on the open ticket ----------------------------------------------------------------

    def _change_ticket(self, change: Callable[[Any, int, int], Any]) -> None:
        """Run `change(services, ticket_id, version)` for the open ticket; `version` is the one shown, so
        a change made over another desk's later one is refused (and the pane shows what is stored)."""
        if (found := self._ticket()) is not None:
            services, ticket_id = found
            version = self.detail.detail.ticket.version
            self._run_change(lambda: change(services, ticket_id, version))

    def set_status(self, status: TicketStatus) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.set_status(s.actor, t, status, version=v))

    def set_category(self, category: TicketCategory) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.set_category(s.actor, t, category, version=v))

    def confirm_category(self) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.confirm_category(s.actor, t, version=v))

    def set_assignee(self, user_id: int | None) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.set_assignee(s.actor, t, user_id, version=v))

    def mark_responded(self) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.mark_responded(s.actor, t, version=v))

    def _open_dialog(self, dialog, on_accept: Callable[[Any], None]) -> None:
        open_form(self, dialog, on_accept)

    def add_note(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        from privacy_desk.ui.inbox.dialogs import NoteDialog

        dialog = NoteDialog(
            self._context.operations,
            lambda text: services.tickets.add_note(services.actor, ticket_id, text),
            self.detail.detail.ticket.ref,
            self,
        )
        self._open_dialog(dialog, lambda _d: self._changed(also=[ticket_id]))

    def edit_person(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        row = self.detail.detail.ticket
        from privacy_desk.ui.dialogs.person_dialog import PersonDialog

        current = None
        if row.person_id is not None:
            try:
                current = services.persons.get(row.person_id)
            except PrivacyDeskError as error:
                self._show_error(error)
                return
        actor = services.actor
        dialog = PersonDialog(
            self._context.operations,
            find=services.tickets.find_persons,
            create=lambda data: services.persons.create(actor, data),
            update=lambda person_id, data, version: services.persons.update(
                actor, person_id, data, version=version
            ),
            current=current,
            suggestion=(row.from_name, row.from_address),
            parent=self,
        )

        def accepted(d) -> None:
            person = d.result_value
            person_id = person.id if person is not None else None
            self._run_change(lambda: services.tickets.set_person(actor, ticket_id, person_id))

        self._open_dialog(dialog, accepted)

    def reply(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        row = self.detail.detail.ticket
        from privacy_desk.ui.inbox.dialogs import ReplyDialog

        language = "ja" if _has_japanese(row.subject + row.from_name + (row.person_name or "")) else "en"
        dialog = ReplyDialog(
            self._context.operations,
            templates=services.tickets.reply_templates(),
            draft=lambda template, lang: services.tickets.draft_reply(ticket_id, template, lang),
            log=lambda draft: services.tickets.log_reply(services.actor, draft),
            language=language,
            ref=row.ref,
            parent=self,
        )

        def accepted(d) -> None:
            logged = d.result_value
            self._changed(also=[ticket_id])
            name = f"{row.ref}-reply.eml"
            if d.action == ReplyDialog.SAVE:
                self.files.save_as(
                    logged.eml,
                    name,
                    title=translate("Inbox", "Save Reply"),
                    filters=translate("Inbox", "Mail (*.eml)"),
                )
            else:
                path = self.files.temp_copy(name, logged.eml)
                if path is not None and not self.open_path(path):
                    self.notice.show_error(
                        translate("Inbox", "No mail program opened the reply. It is saved as {path}.").format(
                            path=path
                        )
                    )
                elif path is not None:
                    self.notice.show_message(
                        translate("Inbox", "The reply is logged and open in your mail program."),
                        MessageKind.SUCCESS,
                    )

        self._open_dialog(dialog, accepted)

    def merge(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        from privacy_desk.ui.inbox.dialogs import MergeDialog

        actor = services.actor
        dialog = MergeDialog(
            self._context.operations,
            lambda ref: services.tickets.merge(actor, ticket_id, services.tickets.id_of(ref)),
            self.detail.detail.ticket.ref,
            self,
        )

        def accepted(d) -> None:
            target = d.result_value
            self.notice.show_message(
                translate("Inbox", "Merged into {ref}.").format(ref=target.ref), MessageKind.SUCCESS
            )
            self._changed([target], reload_list=True, select=target.id)

        self._open_dialog(dialog, accepted)

    def undo_merge(self, ref: str) -> None:
        services = self.services
        if services is None:
            return
        if not self.confirm(
            self,
            translate("Inbox", "Undo Merge"),
            translate("Inbox", "Give {ref} its messages back as a ticket of its own?").format(ref=ref),
        ):
            return
        actor = services.actor

        def done(row) -> None:
            self.notice.show_message(
                translate("Inbox", "{ref} is a ticket of its own again.").format(ref=ref), MessageKind.SUCCESS
            )
            self._changed([row], reload_list=True, select=row.id)

        self._context.operations.run(
            lambda: services.tickets.undo_merge(actor, services.tickets.id_of(ref)),
            done,
            self._show_error,
            parent=self,
        )

    def split(self, message_ids: list[int]) -> None:
        if (found := self._ticket()) is None or not message_ids:
            return
        services, ticket_id = found
        chosen = len(message_ids)
        if not self.confirm(
            self,
            translate("Inbox", "Split Off"),
            translate("Inbox", "Move the %n selected message(s) into a new ticket?", None, chosen),
        ):
            return

        def done(row) -> None:
            self.notice.show_message(
                translate("Inbox", "The messages are now in {ref}.").format(ref=row.ref), MessageKind.SUCCESS
            )
            self._changed([row], reload_list=True, also=[ticket_id])

        self._context.operations.run(
            lambda: services.tickets.split(services.actor, ticket_id, message_ids),
            done,
            self._show_error,
            parent=self,
        )

    # -- attachments and originals -----------------------------------------------------------------

    def _with_attachment(self, attachment, use: Callable[[Any], None]) -> None:
        services = self.services
        if services is not None:
            self._context.operations.run(
                lambda: services.tickets.attachment(attachment.id), use, self._show_error
            )

    def open_attachment(self, attachment) -> None:
        """A temporary copy, opened by the system's program; one that can run only once the user said so."""

        def use(found) -> None:
            if found.data is not None:
                self.files.open_copy(found.attachment.filename, found.data)

        self._with_attachment(attachment, use)

    def save_attachment(self, attachment) -> None:
        def use(found) -> None:
            if found.data is not None:
                self.files.save_as(
                    found.data,
                    found.attachment.filename,
                    title=translate("Inbox", "Save Attachment"),
                    filters=translate("Inbox", "All files (*)"),
                )

        self._with_attachment(attachment, use)

    def show_headers(self, message) -> None:
        from privacy_desk.ui.inbox.dialogs import TextDialog

        text = "\n".join(f"{name}: {value}" for name, value in message.headers)
        dialog = TextDialog(translate("Inbox", "Headers"), text, self)
        self._open_dialog(dialog, lambda _d: None)

    def show_original(self, message) -> None:
        services = self.services
        if services is None:
            return
        from privacy_desk.ui.inbox.dialogs import TextDialog, decode_original

        def use(raw: bytes | None) -> None:
            if raw is None:
                self.notice.show_error(translate("Inbox", "The original of this message is not stored."))
                return
            dialog = TextDialog(
                translate("Inbox", "Original Message (plain text)"), decode_original(raw), self
            )
            self._open_dialog(dialog, lambda _d: None)

        self._context.operations.run(lambda: services.tickets.original(message.id), use, self._show_error)

    # -- intake ------------------------------------------------------------------------------------

    def log_call(self) -> None:
        from privacy_desk.ui.inbox.dialogs import CallDialog

        self._log_intake(CallDialog, lambda services: services.tickets.log_call)

    def log_letter(self) -> None:
        from privacy_desk.ui.inbox.dialogs import LetterDialog

        self._log_intake(LetterDialog, lambda services: services.tickets.log_letter)

    def _log_intake(self, dialog_class, log_method) -> None:
        """Open a call or letter form; it files into the open ticket's thread when the user asks."""
        services = self.services
        if services is None:
            return
        log = log_method(services)
        current = self.detail.detail
        ticket_id = current.ticket.id if current is not None and current.merged_into_ref is None else None
        dialog = dialog_class(
            self._context.operations,
            lambda entry, in_thread: log(services.actor, entry, ticket_id if in_thread else None),
            current_ref=current.ticket.ref if ticket_id is not None else None,
            office_tz=self._office_tz,
            parent=self,
        )
        self._open_dialog(dialog, self._logged)

    def _logged(self, dialog) -> None:
        row = dialog.result_value
        self.notice.show_message(
            translate("Inbox", "Logged in {ref}.").format(ref=row.ref), MessageKind.SUCCESS
        )
        self._changed([row], reload_list=True, select=row.id)

    def ask_import_paths(self, parent: QWidget, title: str) -> list[str]:
        return self.files.ask_open_paths(
            parent, title, translate("Inbox", "Mail (*.eml *.msg *.mbox);;All files (*)")
        )

    def import_mail(self) -> None:
        """File › Import Mail…"""
        if self.services is None:
            return
        paths = self.ask_import_paths(self, translate("Inbox", "Import Mail"))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        services = self.services
        if services is None or self._fetching:
            return
        importer = services.ticket_import
        self._run_with_progress(
            translate("Inbox", "Importing mail…"),
            lambda progress, cancel: importer.import_paths(paths, progress=progress, cancel=cancel),
            self._imported,
        )

    def _run_with_progress(
        self, text: str, work, done: Callable[[Any], None], *, quiet: bool = False
    ) -> None:
        """`work(progress, cancel)` on a worker thread, with a progress dialog whose Cancel is asked
        between messages (what is in stays in)."""
        cancelled = threading.Event()
        relay = _ProgressRelay(self)
        dialog: QProgressDialog | None = None
        if not quiet:
            dialog = QProgressDialog(text, translate("Inbox", "Cancel"), 0, 0, self)
            dialog.setWindowTitle(translate("Inbox", "Inbox"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(cancelled.set)
            relay.progressed.connect(
                lambda done_, total: (dialog.setMaximum(max(total, 1)), dialog.setValue(done_))
            )
            dialog.show()
            self.progress = dialog
        self._fetching = True
        self.fetch_button.setEnabled(False)

        def finish() -> None:
            self._fetching = False
            self.fetch_button.setEnabled(True)
            relay.deleteLater()
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
                if self.progress is dialog:
                    self.progress = None

        def succeeded(result: Any) -> None:
            finish()
            done(result)

        def failed(error: BaseException) -> None:
            finish()
            if quiet:
                self.notice.show_error(
                    translate("Inbox", "Fetching mail failed: {reason}").format(reason=error_text(error))
                )
            else:
                self._failed_intake(error)

        self._context.operations.run(lambda: work(relay.progressed.emit, cancelled.is_set), succeeded, failed)

    def _failed_intake(self, error: BaseException) -> None:
        from privacy_desk.services.tickets.mail_fetch import MailNotConfigured

        if isinstance(error, MailNotConfigured):
            self.open_mailbox_settings(reason=error_text(error))
            return
        self._show_error(error)

    def _imported(self, summary) -> None:
        imported = summary.imported
        lines = [
            translate("Inbox", "%n message(s) imported.", None, imported),
            translate(
                "Inbox",
                "New tickets: {new}. Added to existing threads: {threaded}. Already there: {duplicates}.",
            ).format(new=summary.new_tickets, threaded=summary.threaded, duplicates=summary.duplicates),
        ]
        if summary.cancelled:
            lines.append(translate("Inbox", "Cancelled: the rest was not imported. Import again to add it."))
        self._summarize(translate("Inbox", "Import Mail"), lines, summary.failed)
        if summary.imported:
            self._changed(reload_list=True)

    def _summarize(self, title: str, lines: list[str], failed: list[tuple[str, str]]) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(title)
        box.setIcon(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if failed:
            broken = len(failed)
            lines.append(translate("Inbox", "%n file(s) or message(s) could not be read:", None, broken))
            lines.extend(f"• {Path(origin).name}: {_reason_text(reason)}" for origin, reason in failed[:10])
            if len(failed) > 10:
                more = broken - 10
                lines.append(translate("Inbox", "… and %n more (see Show Details).", None, more))
            # The first ones only: the box would take minutes to lay out an mbox of 200,000 empty messages.
            details = [f"{origin}: {_reason_text(reason)}" for origin, reason in failed[:DETAILS_SHOWN]]
            if broken > DETAILS_SHOWN:
                rest = broken - DETAILS_SHOWN
                details.append(translate("Inbox", "… and %n more.", None, rest))
            box.setDetailedText("\n".join(details))
        box.setText("\n".join(lines))
        self.summary_box = box
        box.finished.connect(box.deleteLater)
        box.open()

    def fetch_now(self, *, quiet: bool = False) -> None:
        """Fetch new mail from the shared mailbox; unconfigured, the mailbox settings open."""
        services = self.services
        if services is None or self._fetching:
            return
        fetch = self.mail_fetch()

        def done(summary) -> None:
            fetched = summary.imported
            if summary.imported or not quiet:
                self._changed(reload_list=True)
            if quiet:
                if summary.imported:
                    self.notice.show_message(
                        translate("Inbox", "%n new message(s) fetched.", None, fetched),
                        MessageKind.INFO,
                    )
                return
            lines = [
                translate("Inbox", "%n new message(s) fetched.", None, fetched),
                translate(
                    "Inbox", "Already there: {duplicates}. Failed (tried again next time): {failed}."
                ).format(duplicates=summary.duplicates, failed=summary.failed),
            ]
            if summary.cancelled:
                lines.append(translate("Inbox", "Cancelled: the rest is fetched next time."))
            self._summarize(translate("Inbox", "Fetch Mail"), lines, [])

        self._run_with_progress(
            translate("Inbox", "Fetching mail…"),
            lambda progress, cancel: fetch.fetch_now(progress, cancel),
            done,
            quiet=quiet,
        )

    def mail_fetch(self):
        from privacy_desk.services.tickets.mail_fetch import open_mail_fetch

        return open_mail_fetch(self.services, **self._context.extra.get("mail_fetch_options", {}))

    def open_mailbox_settings(self, reason: str | None = None) -> None:
        services = self.services
        if services is None:
            return
        from privacy_desk.ui.inbox.mailbox import MailboxDialog

        dialog = MailboxDialog(self._context.operations, self.mail_fetch(), services.actor, self)
        if reason:
            dialog.message.show_message(reason, MessageKind.INFO)

        def saved(_d) -> None:
            self.notice.show_message(
                translate("Inbox", "The mailbox settings are saved."), MessageKind.SUCCESS
            )
            self._schedule_fetching()

        self._open_dialog(dialog, saved)

    def _schedule_fetching(self) -> None:
        """Fetch every N minutes when the office set an interval and this desk has the password."""
        services = self.services
        if services is None:
            return
        mail_fetch = self.mail_fetch  # the module loads on the worker thread, not before the first paint

        def polls(interval: int) -> None:
            if interval > 0:
                self._fetch_timer.start(interval * 60_000)
            else:
                self._fetch_timer.stop()

        def interval() -> int:
            fetch = mail_fetch()
            return fetch.settings().interval_minutes if fetch.polls_here() else 0

        self._context.operations.run(
            interval,
            polls,
            lambda _error: self._fetch_timer.stop(),  # no keychain here: fetch on request only
        )

    def export_csv(self) -> None:
        """File › Export Inbox as CSV…: the filtered list, every message, for Excel."""
        services = self.services
        if services is None:
            return
        path = self.ask_save_path(
            self, translate("Inbox", "Export Inbox as CSV"), "inbox.csv", translate("Inbox", "CSV (*.csv)")
        )
        if not path:
            return
        query = self.current_query()

        def done(count: int) -> None:
            self.notice.show_message(
                translate("Inbox", "%n row(s) exported to {path}.", None, count).format(path=path),
                MessageKind.SUCCESS,
            )

        self._context.operations.run(
            lambda: services.tickets.export_csv(path, query.filters, sort=query.sort),
            done,
            self._show_error,
            progress=translate("Inbox", "Exporting…"),
            parent=self,
        )

    # -- drag and drop -----------------------------------------------------------------------------

    @staticmethod
    def droppable_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        return [p for p in paths if Path(p).is_dir() or p.lower().endswith(MAIL_SUFFIXES)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.services is not None and self.droppable_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = self.droppable_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate("Inbox", "Inbox"))
        self.drop_hint.setText(translate("Inbox", "Drop .eml, .msg or .mbox files here to import them."))
        self.search_edit.setPlaceholderText(
            translate("Inbox", "Search subject, sender, text or reference (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(translate("Inbox", "Search"))
        labels = {
            OPEN: translate("Inbox", "Open (new, open, waiting)"),
            ALL: translate("Inbox", "All statuses"),
        }
        for index in range(self.status_combo.count()):
            value = self.status_combo.itemData(index)
            text = labels.get(value) or translate("TicketStatus", TicketStatus(value).label)
            self.status_combo.setItemText(index, text)
        self.status_combo.setAccessibleName(translate("Inbox", "Status"))
        self.category_combo.setItemText(0, translate("Inbox", "All categories"))
        for index in range(1, self.category_combo.count()):
            self.category_combo.setItemText(
                index, translate("TicketCategory", TicketCategory(self.category_combo.itemData(index)).label)
            )
        self.category_combo.setAccessibleName(translate("Inbox", "Category"))
        self.assignee_combo.setItemText(0, translate("Inbox", "Anyone"))
        self.assignee_combo.setItemText(1, translate("Inbox", "Unassigned"))
        self.assignee_combo.setAccessibleName(translate("Inbox", "Assignee"))
        self.overdue_check.setText(translate("Inbox", "&Overdue only"))
        self.fetch_button.setText(translate("Inbox", "&Fetch Now"))
        self.fetch_button.setToolTip(translate("Inbox", "Fetch new mail from the shared mailbox."))
        self.mailbox_button.setText(translate("Inbox", "Mailbox…"))
        self.call_button.setText(translate("Inbox", "Log &Call…"))
        self.letter_button.setText(translate("Inbox", "Log &Letter…"))
        self.table.setAccessibleName(translate("Inbox", "Tickets"))
        self.model.retranslate()
        if getattr(self, "_dates_fitted", False):
            self._fit_date_columns()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _has_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)
