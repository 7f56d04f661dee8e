"""The Requests page: the list of request cases with its filters and search above, the open case below.

Keyboard first: Ctrl+F searches (Escape clears the search), the arrows move through the list and open
each case on the page below, Enter moves into the case page and Escape there comes back to the list.
Ctrl+Shift+N (File › New Request Case…) opens the intake form. Every query is a service call run
through the operation helper; the list asks for one page at a time and the first page sorts by due date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.cases import CaseState
from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import PrivacyDeskError
from privacy_desk.ui.inbox.dialogs import open_form
from privacy_desk.ui.requests.case_page import CasePage
from privacy_desk.ui.requests.model import CaseTableModel, Column, Query, Role, column_of, sort_of
from privacy_desk.ui.widgets import InlineMessage, MessageKind, current_language, translated_error
from privacy_desk.ui.widgets.lists import ListState, OpenableTable, SearchEdit

if TYPE_CHECKING:
    from privacy_desk.services.cases import CaseDetail, CaseFilter, CaseListRow
    from privacy_desk.services.cases import CasePage as CaseRowsPage
    from privacy_desk.ui.requests.new_case import NewCaseDialog
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300
ALL, OPEN = "*all", "*open"  # not a state or type value
ANYONE, UNASSIGNED = "*anyone", "*unassigned"


def _focus_first(widget: QWidget) -> bool:
    """Give the focus to the first widget inside `widget`, in Tab order, that takes it from the keyboard."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget and widget.isAncestorOf(candidate):
        if (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
        ):
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        candidate = candidate.nextInFocusChain()
    return False


class RequestsView(QWidget):
    """The Requests view. `dialog` is the intake form open now (tests reach it here)."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requests")
        self._context = context
        self.state = ListState.WAITING
        self.dialog: QWidget | None = None
        self._current_id: int | None = None
        self._emitting = False
        self._columns_fitted = False
        self._list_failed = False

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.new_button = QPushButton(self)
        self.new_button.setAutoDefault(False)

        self.search_edit = SearchEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem("", ALL)
        for request_type in RequestType:
            self.type_combo.addItem("", request_type)
        self.state_combo = QComboBox(self)
        self.state_combo.addItem("", OPEN)
        self.state_combo.addItem("", ALL)
        for state in CaseState:
            self.state_combo.addItem("", state)
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.addItem("", ANYONE)
        self.assignee_combo.addItem("", UNASSIGNED)
        for combo in (self.type_combo, self.state_combo, self.assignee_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
        self.type_combo.setMaximumWidth(260)
        self.overdue_check = QCheckBox(self)
        self.due_soon_check = QCheckBox(self)
        self.count_label = QLabel(self)
        self.notice = InlineMessage(self)

        self.table = OpenableTable(self)
        self.table.setObjectName("cases")
        self.model = CaseTableModel(self._load_page, context.operations, current_language, self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the case page
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        widths = {
            Column.REFERENCE: 112,
            Column.TYPE: 140,
            Column.REQUESTER: 165,
            Column.STATE: 105,
            Column.ASSIGNEE: 85,
            Column.RECEIVED: 95,
            Column.DUE: 140,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        # Said in the list itself when it has no rows: no cases match, or the list could not be read.
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        overlay = QVBoxLayout(self.table.viewport())
        overlay.addWidget(self.empty_label)
        self._sort_column, self._sort_order = int(Column.DUE), Qt.SortOrder.AscendingOrder
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

        self.page = CasePage(context, self)
        self.page.setObjectName("casePage")

        # The list above, the open case below: every column of the list fits, and the case has room.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 480])

        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        title_row.addWidget(self.new_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search_edit, 2)
        filter_row.addWidget(self.type_combo)
        filter_row.addWidget(self.state_combo)
        filter_row.addWidget(self.assignee_combo)
        filter_row.addWidget(self.overdue_check)
        filter_row.addWidget(self.due_soon_check)
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

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.search_edit.escape_pressed.connect(self._search_escape)
        for combo in (self.type_combo, self.state_combo, self.assignee_combo):
            combo.activated.connect(lambda _index: self.apply_filters())
        self.overdue_check.toggled.connect(lambda _on: self.apply_filters())
        self.due_soon_check.toggled.connect(lambda _on: self.apply_filters())
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.page)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self.back_to_list)
        self.new_button.clicked.connect(self.new_case)

        self.model.query_did_finish.connect(self._query_finished)
        self.model.page_did_load.connect(self._show_count)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.open_requested.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.page.case_did_change.connect(self._page_changed)

        hub = context.hub
        hub.services_did_open.connect(self._services_opened)
        hub.services_did_close.connect(self._services_closed)
        hub.settings_did_change.connect(self.apply_filters)  # the page reloads itself
        hub.users_did_change.connect(self._users_changed)
        hub.cases_did_change.connect(self._cases_changed)
        self.retranslate()
        if context.services is not None:
            self._services_opened(context.services)

    # -- services ----------------------------------------------------------------------------------

    @property
    def services(self):
        return self._context.services

    def _services_opened(self, _services) -> None:
        self._fill_assignee_filter([])
        self._load_users()
        self.apply_filters()

    def _services_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # the intake form cannot save now (one still saving waits for its answer)
        self.model.clear()
        self._current_id = None
        self.notice.clear()
        self._set_state(ListState.WAITING)

    def _users_changed(self) -> None:
        self._load_users()
        self.apply_filters()  # assignee names

    def _load_users(self) -> None:
        services = self.services
        if services is None:
            return
        self._context.operations.run(
            lambda: [(u.id, u.display_name) for u in services.users.list() if u.active],
            self._fill_assignee_filter,
            lambda _error: None,  # the list still works; only the assignee choices are missing
        )

    def _fill_assignee_filter(self, users: list[tuple[int, str]]) -> None:
        current = self.assignee_combo.currentData()
        while self.assignee_combo.count() > 2:
            self.assignee_combo.removeItem(2)
        for user_id, name in users:
            self.assignee_combo.addItem(name, user_id)
        self.assignee_combo.setCurrentIndex(max(self.assignee_combo.findData(current), 0))

    # -- the list ----------------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        from privacy_desk.services.cases import CaseFilter

        request_type = self.type_combo.currentData()
        state = self.state_combo.currentData()
        assignee = self.assignee_combo.currentData()
        return CaseFilter(
            types=frozenset() if request_type == ALL else frozenset({RequestType(request_type)}),
            states=frozenset() if state in (ALL, OPEN) else frozenset({CaseState(state)}),
            open_only=state == OPEN,
            assignee_id=assignee if isinstance(assignee, int) else None,
            unassigned=assignee == UNASSIGNED,
            overdue=self.overdue_check.isChecked(),
            due_soon=self.due_soon_check.isChecked(),
            text=self.search_edit.text().strip(),
        )

    def current_query(self) -> Query:
        from privacy_desk.services.cases import CaseSort

        sort = sort_of(self._sort_column) or CaseSort.DUE.value
        return Query(self.current_filter(), CaseSort(sort), self._sort_order == Qt.SortOrder.DescendingOrder)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.services is None:
            self._set_state(ListState.WAITING)
            return
        if self.state not in (ListState.READY, ListState.EMPTY):
            self._set_state(ListState.LOADING)
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        """F5 and change notices: the same query again, and the open case read again."""
        if self.services is None:
            return
        self.apply_filters()
        if self.page.case_id is not None:
            self.page.reload()

    def _load_page(self, query: Query, offset: int, limit: int) -> CaseRowsPage:
        services = self.services
        if services is None:
            from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError

            raise StorageError(QT_TRANSLATE_NOOP("Errors", "The database is not open."))
        return services.cases.page(
            query.filters, offset=offset, limit=limit, sort=query.sort, descending=query.descending
        )

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column the list cannot be sorted by leaves the arrow where it was."""
        if sort_of(column) is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._sort_column, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_column, self._sort_order = column, order

    def sort_by(self, sort: str, descending: bool = False) -> None:
        """Sort the list by a CaseSort value (as a click on its column header does)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column_of(sort), order)

    def _query_finished(self, ok: bool) -> None:
        if not ok:
            error = self.model.error
            if error is not None and not isinstance(error, PrivacyDeskError):
                from privacy_desk.ui.errors import log_exception

                log_exception(error)
            self._list_failed = True  # the notice above the list says why until a query succeeds
            self._set_state(ListState.FAILED)
            return
        if self._list_failed:  # the failure said above the list is over
            self._list_failed = False
            self.notice.clear()
        self._set_state(ListState.READY if self.model.rows else ListState.EMPTY)
        if self.model.rows and not self._columns_fitted:
            self._fit_date_columns()

    def _fit_date_columns(self) -> None:
        """Dates are as wide as the language writes them (Nov 29, 2026 vs 2026/11/29)."""
        self._columns_fitted = True
        for column in (Column.RECEIVED, Column.DUE, Column.LAWSUIT):
            self.table.resizeColumnToContents(column)

    def _restore_selection(self) -> None:
        if self._current_id is None:
            return
        row = self.model.row_of(self._current_id)
        if row >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, Column.REFERENCE))
            selection.blockSignals(False)
            self.table.selectRow(row)

    def _set_state(self, state: ListState) -> None:
        self.state = state
        self._show_count()

    def _show_count(self) -> None:
        state = self.state
        if state is ListState.WAITING:
            self.count_label.setText(translate("Requests", "Opening the database…"))
        elif state is ListState.LOADING:
            self.count_label.setText(translate("Requests", "Loading…"))
        elif state is ListState.FAILED:
            self.count_label.setText("")
            error = self.model.error
            if isinstance(error, PrivacyDeskError):
                reason = translated_error(error)
            else:  # logged once, when it happened (error_text would log it on every language switch)
                reason = translate("Requests", "unexpected error ({error})").format(
                    error=type(error).__name__
                )
            self.notice.show_error(
                translate("Requests", "The list could not be loaded: {reason}").format(reason=reason)
            )
        else:
            total = self.model.total
            self.count_label.setText(translate("Requests", "%n case(s)", None, total))
        if state is ListState.EMPTY:
            self.empty_label.setText(self._empty_text())
        elif state is ListState.WAITING:
            self.empty_label.setText(translate("Requests", "Opening the database…"))
        elif state is ListState.FAILED and not self.model.rows:
            self.empty_label.setText(translate("Requests", "The list could not be loaded."))
        self.empty_label.setVisible(
            state in (ListState.EMPTY, ListState.WAITING)
            or (state is ListState.FAILED and not self.model.rows)
        )

    def _empty_text(self) -> str:
        filters = self.current_filter()
        narrowed = (
            filters.text or filters.types or filters.states or filters.overdue or filters.due_soon
        ) or (filters.assignee_id is not None or filters.unassigned)
        if narrowed:
            return translate("Requests", "No request cases match the filter.")
        if filters.open_only:
            return translate("Requests", "No open request cases. New Case… (Ctrl+Shift+N) opens one.")
        return translate("Requests", "No request cases yet. New Case… (Ctrl+Shift+N) opens one.")

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_escape(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
            self.apply_filters()
        self.table.setFocus()

    # -- the open case -----------------------------------------------------------------------------

    def _current_row_changed(self, current, _previous) -> None:
        case_id = current.data(Role.CASE_ID) if current.isValid() else None
        if case_id is None or (case_id == self._current_id and self.page.case_id == case_id):
            return
        self._current_id = case_id
        self.page.load(case_id)

    def open_current(self) -> None:
        """Enter: move into the case page."""
        if self.page.case_id is None:
            return
        if self.page.focusProxy() is not None:  # the page knows where work on a case starts
            self.page.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            _focus_first(self.page)

    def back_to_list(self) -> None:
        self.table.setFocus()

    def open_item(self, item_id: int) -> None:
        """The view contract (ui/views.FeatureView): show this case, asked for through the hub."""
        self.select_case(item_id)

    def select_case(self, case_id: int) -> None:
        """Show `case_id`: selected in the list when it is there, on the page below in any case."""
        self._current_id = case_id
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        if self.page.case_id != case_id or row < 0:
            self.page.load(case_id)

    def _page_changed(self, case_id: int) -> None:
        """The case page changed a case: its row is read again, and the other views are told."""
        services = self.services
        if services is not None:
            self._context.operations.run(
                lambda: services.cases.rows([case_id]), self.model.update_rows, lambda _error: None
            )
        self._emit_changed([case_id])

    def _emit_changed(self, ids: list[int]) -> None:
        self._emitting = True
        try:
            self._context.hub.cases_did_change.emit(ids)
        finally:
            self._emitting = False

    def _cases_changed(self, ids: list) -> None:
        if self._emitting or self.services is None:
            return
        self.apply_filters()
        if self.page.case_id is not None and (not ids or self.page.case_id in ids):
            self.page.reload()

    # -- intake ------------------------------------------------------------------------------------

    def make_new_case_dialog(self) -> NewCaseDialog:
        from privacy_desk.ui.requests.new_case import NewCaseDialog

        return NewCaseDialog(self._context, parent=self)

    def new_case(self) -> None:
        """File › New Request Case… and the New Case button: the intake form, then the new case."""
        if self.services is None:
            return
        open_form(self, self.make_new_case_dialog(), lambda d: self._created(d.result_value))

    def _created(self, detail: CaseDetail) -> None:
        case_id = detail.row.id
        self.notice.show_message(
            translate("Requests", "Request case {ref} opened.").format(ref=detail.row.ref),
            MessageKind.SUCCESS,
        )
        self._current_id = case_id
        self.model.reload()
        self.select_case(case_id)
        self._emit_changed([case_id])

    def case_row(self, case_id: int) -> CaseListRow | None:
        return self.model.row_at(self.model.row_of(case_id))

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate("Requests", "Requests"))
        self.new_button.setText(translate("Requests", "&New Case…"))
        self.new_button.setToolTip(
            translate(
                "Requests",
                "Open a request case received by letter, at the counter or by phone (Ctrl+Shift+N).",
            )
        )
        self.search_edit.setPlaceholderText(
            translate("Requests", "Search reference, requester or agent (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(translate("Requests", "Search"))
        self.type_combo.setItemText(0, translate("Requests", "All types"))
        for index in range(1, self.type_combo.count()):
            request_type = RequestType(self.type_combo.itemData(index))
            self.type_combo.setItemText(index, translate("RequestType", request_type.label))
        self.type_combo.setAccessibleName(translate("Requests", "Type"))
        labels = {OPEN: translate("Requests", "Open cases"), ALL: translate("Requests", "All states")}
        for index in range(self.state_combo.count()):
            value = self.state_combo.itemData(index)
            text = labels.get(value) or translate("CaseState", CaseState(value).label)
            self.state_combo.setItemText(index, text)
        self.state_combo.setAccessibleName(translate("Requests", "State"))
        self.assignee_combo.setItemText(0, translate("Requests", "Anyone"))
        self.assignee_combo.setItemText(1, translate("Requests", "Unassigned"))
        self.assignee_combo.setAccessibleName(translate("Requests", "Assignee"))
        # Letters the case page's tabs, header and sections and the menu bar leave free. English has none
        # left that no workflow button uses: Y and U are those of Verify Identity and Request Fee, shown
        # only in the first steps of a case.
        self.overdue_check.setText(translate("Requests", "Overdue onl&y"))
        self.due_soon_check.setText(translate("Requests", "D&ue soon"))
        self.due_soon_check.setToolTip(
            translate("Requests", "Open cases that are overdue or due within the office's due-soon days.")
        )
        self.table.setAccessibleName(translate("Requests", "Request cases"))
        self.model.retranslate()
        if self._columns_fitted:
            self._fit_date_columns()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
