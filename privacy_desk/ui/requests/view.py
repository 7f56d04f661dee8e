"""The Requests page: the list of request cases with its filters and search above, the open case below.

Keyboard first: Ctrl+F searches (Escape clears the search), the arrows move through the list and open
each case on the page below, Enter moves into the case page and Escape there comes back to the list.
Ctrl+Shift+N (File › New Request Case…) opens the intake form. Every query is a service call run
through the operation helper; the list asks for one page at a time and the first page sorts by due date.
The list itself is a ListPage (ui/widgets/list_page.py), as the Inbox's is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from privacy_desk.domain.cases import CaseState
from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.hub import CasesChanged, Changed, TicketsChanged
from privacy_desk.ui.requests.case_page import CasePage
from privacy_desk.ui.requests.model import CaseTableModel, Column, Role
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.bulk import BulkActions, BulkChoice, BulkOutcome, bulk_write
from privacy_desk.ui.widgets.forms import open_form
from privacy_desk.ui.widgets.list_page import UNASSIGNED, ListPage, ListTexts
from privacy_desk.ui.widgets.paged_model import PageQuery

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail, CaseFilter, CaseListRow
    from privacy_desk.ui.requests.new_case import NewCaseDialog
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
ALL, OPEN = "*all", "*open"  # not a state or type value

TEXTS = ListTexts(
    context="Requests",
    title=QT_TRANSLATE_NOOP("Requests", "Requests"),
    placeholder=QT_TRANSLATE_NOOP("Requests", "Search reference, requester or agent (Ctrl+F)"),
    table=QT_TRANSLATE_NOOP("Requests", "Request cases"),
    unreadable=QT_TRANSLATE_NOOP("Requests", "The list could not be loaded."),
)


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


# What a bulk write says: how many changed, how many not and why (ListPage.show_bulk_outcome).
BULK_WORDS = (
    QT_TRANSLATE_NOOP("Requests", "%n case(s) assigned."),
    QT_TRANSLATE_NOOP("Requests", "%n case(s) not changed: {reason}"),
)


class RequestsView(ListPage):
    """The Requests view. `dialog` is the intake form open now (tests reach it here)."""

    TEXTS = TEXTS
    ID_ROLE = Role.CASE_ID
    DATE_COLUMNS = (Column.RECEIVED, Column.DUE, Column.LAWSUIT)
    WHOLE_COLUMNS = (Column.STATE,)
    STRETCH_SHARE = 0.15  # a name needs less room than a subject: the state has it

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("requests")
        self.title_row.addStretch(1)
        self.new_button = self.title_row.add(
            QT_TRANSLATE_NOOP("Requests", "&New Case…"),
            lambda: self.new_case(),
            tip=QT_TRANSLATE_NOOP(
                "Requests",
                "Open a request case received by letter, at the counter or by phone (Ctrl+Shift+N).",
            ),
        )
        self._build_filters()
        self._build_table()
        self.page = CasePage(context, self)
        self.page.setObjectName("casePage")

        # The list above, the open case below: every column of the list fits, and the case (its header,
        # then the tab being read) has the larger share, three quarters of what the window gains.
        self.finish_layout(self.page, (1, 3), (170, 570))
        self._build_bulk()

        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.page)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self.back_to_list)
        self.page.case_did_change.connect(self._page_changed)
        hub = context.hub
        hub.settings_did_change.connect(self.apply_filters)  # the page reloads itself
        hub.users_did_change.connect(self._users_changed)
        hub.cases_did_change.connect(self._cases_changed)
        self.start()

    def _build_filters(self) -> None:
        # The field gives way first: at 1120 px the filters beside it show their choices whole (the
        # longest type too), and the search words are short.
        self.search_edit.setMinimumWidth(150)
        self.type_combo = self.filter_combo(
            RequestType,
            ((ALL, "Requests", QT_TRANSLATE_NOOP("Requests", "All types")),),
            name=QT_TRANSLATE_NOOP("Requests", "Type"),
        )
        self.state_combo = self.filter_combo(
            CaseState,
            (
                (OPEN, "Requests", QT_TRANSLATE_NOOP("Requests", "Open cases")),
                (ALL, "Requests", QT_TRANSLATE_NOOP("Requests", "All states")),
            ),
            name=QT_TRANSLATE_NOOP("Requests", "State"),
        )
        self.assignee_filter()
        # Letters the case page's tabs, header and sections and the menu bar leave free. English has none
        # left that no workflow button uses: Y and U are those of Verify Identity and Request Fee, shown
        # only in the first steps of a case.
        self.overdue_check = self.filter_check(QT_TRANSLATE_NOOP("Requests", "Overdue onl&y"))
        self.due_soon_check = self.filter_check(
            QT_TRANSLATE_NOOP("Requests", "D&ue soon"),
            tip=QT_TRANSLATE_NOOP(
                "Requests", "Open cases that are overdue or due within the office's due-soon days."
            ),
        )

    def _build_table(self) -> None:
        self.table.setObjectName("cases")
        self.set_model(CaseTableModel, lambda services: services.cases.page)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the case page
        header = self.size_columns(Column.REQUESTER)  # the name takes the room; states show whole
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.empty_state()  # no cases match, or the list could not be read: said in the list itself
        self._sort_column, self._sort_order = int(Column.DUE), Qt.SortOrder.AscendingOrder
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

    def _build_bulk(self) -> None:
        """Cases chosen together are assigned together (the toolbar above the list, its context menu)."""
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        assign = QT_TRANSLATE_NOOP("Requests", "Assign To")
        self.bulk = BulkActions(self, (BulkChoice("Requests", assign, self.bulk_assign, self._assignees),))
        self.add_toolbar(self.bulk)

    def _assignees(self) -> list[tuple[str, object]]:
        combo = self.assignee_combo  # Anyone, Unassigned, then the users
        nobody: list[tuple[str, object]] = [(translate("Requests", "Nobody"), None)]
        return nobody + [(combo.itemText(i), combo.itemData(i)) for i in range(2, combo.count())]

    def bulk_assign(self, ids: list[int], user_id: object) -> None:
        assignee = user_id if isinstance(user_id, int) else None

        def write(services, progress) -> Changed:
            outcome = bulk_write(
                services, progress, ids, lambda s, c: s.cases.set_assignee(s.actor, c, assignee).row
            )
            return Changed.of(outcome, CasesChanged(tuple(row.id for row in outcome.rows)))

        self._context.work.write(write).progress(translate("Requests", "Assigning the cases…")).success(
            self._bulk_done
        ).run(self)

    def _bulk_done(self, outcome: BulkOutcome) -> None:
        self.show_bulk_outcome(outcome, "Requests", *BULK_WORDS)

    # -- services ----------------------------------------------------------------------------------

    def _services_closed(self) -> None:
        if isinstance(self.dialog, QDialog):
            self.dialog.reject()  # the intake form cannot save now (one still saving waits for its answer)
        self.notice.clear()
        super()._services_closed()

    def _users_changed(self) -> None:
        self._load_users()
        self.apply_filters()  # assignee names

    # -- the list ----------------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        from privacy_desk.services.cases.service import CaseFilter

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

    def current_query(self) -> PageQuery:
        from privacy_desk.services.cases.service import CaseSort

        sort = CaseTableModel.sort_of(self._sort_column) or CaseSort.DUE.value
        return PageQuery(
            self.current_filter(), CaseSort(sort), self._sort_order == Qt.SortOrder.DescendingOrder
        )

    def reload_item(self) -> None:
        if self.page.case_id is not None:
            self.page.reload()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column the list cannot be sorted by leaves the arrow where it was."""
        if CaseTableModel.sort_of(column) is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._sort_column, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_column, self._sort_order = column, order

    def sort_by(self, sort: str, descending: bool = False) -> None:
        """Sort the list by a CaseSort value (as a click on its column header does)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(CaseTableModel.column_of(sort), order)

    def count_text(self) -> str:
        total = self.model.total
        return translate("Requests", "%n case(s)", None, total)

    def empty_text(self) -> str:
        filters = self.current_filter()
        narrowed = (
            filters.text or filters.types or filters.states or filters.overdue or filters.due_soon
        ) or (filters.assignee_id is not None or filters.unassigned)
        if narrowed:
            return translate("Requests", "No request cases match the filter.")
        if filters.open_only:
            return translate("Requests", "No open request cases. New Case… (Ctrl+Shift+N) opens one.")
        return translate("Requests", "No request cases yet. New Case… (Ctrl+Shift+N) opens one.")

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

    def open_item(self, item_id: int) -> None:
        """The view contract (ui/views.FeatureView): show this case, asked for through the hub."""
        self.select_case(item_id)

    def select_case(self, case_id: int) -> None:
        """Show `case_id`: selected in the list when it is there, on the page below in any case."""
        self._current_id = case_id
        row = self.select_row_of(case_id)
        if row < 0:
            self.table.clearSelection()
        if self.page.case_id != case_id or row < 0:
            self.page.load(case_id)

    def _page_changed(self, case_id: int) -> None:
        """The case page changed a case: its row is read again, and the notice that comes with it tells
        the other views (the page's own writes carry none: it speaks for the view through this)."""
        self._context.work.write(
            lambda services: _with_notices(case_id, services.cases.rows([case_id]))
        ).success(self.model.update_rows).ignore_failure().run(self)

    def _cases_changed(self, ids: list) -> None:
        if self.is_echo() or self.services is None:
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
        self.select_case(case_id)  # the form's write tells the other views (new_case.py)

    def case_row(self, case_id: int) -> CaseListRow | None:
        return self.model.row_at(self.model.row_of(case_id))


def _with_notices(case_id: int, rows: list[CaseListRow]) -> Changed:
    """A case's fresh rows with the notices: its source ticket follows it (services/cases/lifecycle.py),
    so the Inbox and Today read that ticket again too."""
    tickets = tuple(row.ticket_id for row in rows if row.ticket_id is not None)
    notices = (TicketsChanged(tickets),) if tickets else ()  # empty ids would mean "every ticket"
    return Changed.of(rows, CasesChanged((case_id,)), *notices)
