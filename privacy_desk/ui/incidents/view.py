"""The Incidents page: the breach log with its filters and search above, the open incident below.

Keyboard first, as Requests: Ctrl+F searches (Escape clears it), the arrows move through the list and
open each incident on the page below, Enter moves into the page and Escape there comes back to the
list. Ctrl+Shift+I (File › New Incident…) opens the form. The list is a ListPage
(ui/widgets/list_page.py), most urgent first; every query runs through the operation helper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from privacy_desk.domain.incidents import IncidentStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.incidents.model import URGENCY, Column, IncidentTableModel, Role, incident_page
from privacy_desk.ui.incidents.page import IncidentPage
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.forms import open_form
from privacy_desk.ui.widgets.list_page import ListPage, ListTexts
from privacy_desk.ui.widgets.paged_model import PageQuery

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import IncidentDetail, IncidentFilter
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
ALL, OPEN = "*all", "*open"  # not a status value

TEXTS = ListTexts(
    context="Incidents",
    title=QT_TRANSLATE_NOOP("Incidents", "Incidents"),
    placeholder=QT_TRANSLATE_NOOP("Incidents", "Search reference or title (Ctrl+F)"),
    table=QT_TRANSLATE_NOOP("Incidents", "Incidents"),
    unreadable=QT_TRANSLATE_NOOP("Incidents", "The list could not be loaded."),
)


class IncidentsView(ListPage):
    """The Incidents view. `dialog` is the new-incident form open now (tests reach it here)."""

    TEXTS = TEXTS
    ID_ROLE = Role.INCIDENT_ID
    DATE_COLUMNS = (Column.AWARE, Column.NEXT)
    WHOLE_COLUMNS = (Column.STATE, Column.REPORTABLE)
    STRETCH_SHARE = 0.15  # the title gives way first (its tooltip is whole)
    model: IncidentTableModel

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("incidents")
        self.office_tz = None
        self.title_row.addStretch(1)
        self.new_button = self.title_row.add(
            QT_TRANSLATE_NOOP("Incidents", "New &Incident…"),
            lambda: self.new_incident(),
            tip=QT_TRANSLATE_NOOP(
                "Incidents", "Record a leak, loss or damage of personal data (Ctrl+Shift+I)."
            ),
        )
        self.search_edit.setMinimumWidth(220)
        self.state_combo = self.filter_combo(
            IncidentStatus,
            (
                (OPEN, "Incidents", QT_TRANSLATE_NOOP("Incidents", "Open incidents")),
                (ALL, "Incidents", QT_TRANSLATE_NOOP("Incidents", "All states")),
            ),
            name=QT_TRANSLATE_NOOP("Incidents", "State"),
        )
        self.state_combo.setMinimumContentsLength(8)
        self.assignee_combo = self.state_combo  # ListPage names an assignee filter; incidents have none
        self.reportable_check = self.filter_check(QT_TRANSLATE_NOOP("Incidents", "&Reportable only"))
        self.overdue_check = self.filter_check(QT_TRANSLATE_NOOP("Incidents", "Overd&ue only"))
        self.table.setObjectName("incidentList")
        self.set_model(
            IncidentTableModel,
            lambda services: lambda filters, **page: incident_page(services, filters, **page),
        )
        self.table.setTabKeyNavigation(False)
        header = self.size_columns(Column.TITLE)
        header.setSortIndicator(Column.NEXT, Qt.SortOrder.AscendingOrder)
        self.empty_state()
        self.page = IncidentPage(context, self)
        self.page.setObjectName("incidentPage")
        self.finish_layout(self.page, (1, 4), (160, 560))  # a handful of incidents: the page gets the room
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.page)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut.activated.connect(self.back_to_list)
        self.page.incident_did_change.connect(self._page_changed)
        context.hub.incidents_did_change.connect(self._incidents_changed)
        context.hub.settings_did_change.connect(self.apply_filters)
        self.start()

    # -- services ----------------------------------------------------------------------------------

    def _services_opened(self, _services) -> None:
        self._context.work.query(lambda services: services.settings.office_tz()).success(
            self._zone_read
        ).ignore_failure().run(self)
        self.apply_filters()

    def _zone_read(self, zone) -> None:
        self.office_tz = zone
        self.model.office_tz = zone
        self.model.retranslate()

    def _load_users(self) -> None:
        """Incidents have no assignee: no users to read."""

    def users_loaded(self, users) -> None:
        """No assignee filter here (ListPage's hook)."""

    def _services_closed(self) -> None:
        if isinstance(self.dialog, QDialog):
            self.dialog.reject()
        self.notice.clear()
        super()._services_closed()

    # -- the list ----------------------------------------------------------------------------------

    def current_filter(self) -> IncidentFilter:
        from privacy_desk.services.incidents.records import IncidentFilter

        state = self.state_combo.currentData()
        return IncidentFilter(
            text=self.search_edit.text().strip(),
            open_only=state == OPEN,
            statuses=frozenset() if state in (ALL, OPEN) else frozenset({IncidentStatus(state)}),
            reportable_only=self.reportable_check.isChecked(),
            overdue=self.overdue_check.isChecked(),
        )

    def current_query(self) -> PageQuery:
        header = self.table.horizontalHeader()
        sort = IncidentTableModel.sort_of(header.sortIndicatorSection()) or URGENCY
        return PageQuery(
            self.current_filter(), sort, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )

    def reload_item(self) -> None:
        self.page.reload()

    def count_text(self) -> str:
        total = self.model.total
        return translate("Incidents", "%n incident(s)", None, total)

    def empty_text(self) -> str:
        filters = self.current_filter()
        if filters.text or filters.statuses or filters.reportable_only or filters.overdue:
            return translate("Incidents", "No incidents match the filter.")
        if filters.open_only:
            return translate("Incidents", "No open incidents. New Incident… (Ctrl+Shift+I) records one.")
        return translate("Incidents", "No incidents yet. New Incident… (Ctrl+Shift+I) records one.")

    # -- the open incident -------------------------------------------------------------------------

    def _current_row_changed(self, current, _previous) -> None:
        incident_id = current.data(Role.INCIDENT_ID) if current.isValid() else None
        if incident_id is None or (incident_id == self._current_id and self.page.incident_id == incident_id):
            return
        self._current_id = incident_id
        self.page.load(incident_id)

    def open_current(self) -> None:
        if self.page.incident_id is not None:
            self.page.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_item(self, item_id: int) -> None:
        """The view contract: show this incident, asked for through the hub (Today, the Inbox)."""
        self._current_id = item_id
        row = self.select_row_of(item_id)
        if row < 0:
            self.table.clearSelection()
        if self.page.incident_id != item_id or row < 0:
            self.page.load(item_id)

    def _page_changed(self, _incident_id: int) -> None:
        self.model.reload()  # the urgency order may move the row

    def _incidents_changed(self, ids: list) -> None:
        if self.is_echo() or self.services is None:
            return
        self.apply_filters()
        if self.page.incident_id is not None and (not ids or self.page.incident_id in ids):
            self.page.reload()

    # -- new incident ------------------------------------------------------------------------------

    def new_incident(self) -> None:
        """File › New Incident… and the New Incident button: the form, then the new incident."""
        if self.services is None:
            return
        from privacy_desk.ui.incidents.facts_form import NewIncidentDialog

        open_form(
            self,
            NewIncidentDialog(self._context, self.office_tz, parent=self),
            lambda d: self._created(d.result_value),
        )

    def _created(self, detail: IncidentDetail) -> None:
        self.notice.show_message(
            translate("Incidents", "Incident {ref} recorded.").format(ref=detail.ref), MessageKind.SUCCESS
        )
        self._current_id = detail.id
        self.model.reload()
        self.page.show_incident(detail)

    def retranslate(self) -> None:
        super().retranslate()
        self.state_combo.setAccessibleName(
            translate("Incidents", "State")
        )  # ListPage names its assignee filter
