"""The Incidents list's table model: the incidents of a filter as `IncidentService.list` gives them,
most urgent first (an overdue report, then the nearest deadline), a page at a time.

A company logs a handful of incidents a year, so the service returns a filter's rows in one read and
`incident_page` (run on the worker) cuts the page and applies another sort the user clicked. Texts are
formatted for the current language when asked: a language switch needs no query. An overdue deadline
is red (the palette's readable red), bold, has a warning icon and says so in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.incidents.countdowns import deadline_name
from privacy_desk.ui.widgets import error_color
from privacy_desk.ui.widgets.paged_model import ListColumn, ListColumns, PagedTableModel

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import IncidentFilter, IncidentListRow

translate = QCoreApplication.translate
URGENCY, REFERENCE, AWARE, TITLE, STATE = "urgency", "ref", "aware_at", "title", "status"


class Column(ListColumns):  # the sort is one of the values above
    REFERENCE = ListColumn(QT_TRANSLATE_NOOP("Incidents", "Reference"), REFERENCE, 112)
    TITLE = ListColumn(QT_TRANSLATE_NOOP("Incidents", "Title"), TITLE, 220)
    STATE = ListColumn(QT_TRANSLATE_NOOP("Incidents", "State"), STATE, 130)
    REPORTABLE = ListColumn(
        QT_TRANSLATE_NOOP("Incidents", "Reportable"),
        None,
        90,
        QT_TRANSLATE_NOOP(
            "Incidents",
            "Rule Art. 7: yes when a trigger applies and no exemption does; pending while an answer is not "
            "yet known (counted as reportable for the deadlines).",
        ),
    )
    PERSONS = ListColumn(QT_TRANSLATE_NOOP("Incidents", "Persons"), None, 90)
    AWARE = ListColumn(QT_TRANSLATE_NOOP("Incidents", "Aware"), AWARE, 95)  # a day in digits
    NEXT = ListColumn(  # the last column stretches
        QT_TRANSLATE_NOOP("Incidents", "Next deadline"),
        URGENCY,
        tooltip=QT_TRANSLATE_NOOP(
            "Incidents", "The nearest report still due: the list is sorted by it, overdue first."
        ),
    )


class Role(IntEnum):
    INCIDENT_ID = PagedTableModel.ID_ROLE
    OVERDUE = PagedTableModel.OVERDUE_ROLE


@dataclass(frozen=True)
class IncidentPage:
    """A page of the list as the paged model takes it."""

    rows: tuple[Any, ...]
    total: int


SORTS = {
    REFERENCE: lambda row: row.ref,
    AWARE: lambda row: row.aware_at,
    TITLE: lambda row: row.title.casefold(),
    STATE: lambda row: row.status.value,
}


def incident_page(
    services, filters: IncidentFilter, *, offset: int, limit: int, sort: str, descending: bool
) -> IncidentPage:
    """One page of the filter's incidents in the order asked for (on the worker thread): the service's
    own order is the urgency (overdue first, then the nearest open deadline)."""
    rows = list(services.incidents.list(filters))
    if sort in SORTS:
        rows.sort(key=SORTS[sort], reverse=descending)
    elif descending:
        rows.reverse()
    return IncidentPage(tuple(rows[offset : offset + limit]), len(rows))


def reportable_text(row: IncidentListRow) -> str:
    if not row.reportable:
        return translate("Incidents", "No")
    return translate("Incidents", "Yes") if row.settled else translate("Incidents", "Pending")


def persons_text(label: str) -> str:
    return label or translate("Incidents", "Not yet known")


class IncidentTableModel(PagedTableModel):
    CONTEXT, COLUMNS, DUE_COLUMN = "Incidents", Column.specs(), Column.NEXT
    COMPACT_LEVELS = 1  # no room (1120 px): the next deadline without "(overdue)", the icon and red say it
    office_tz: Any = None  # the view sets the office's zone once it is read

    def sort_value(self, key: str) -> str:
        return key

    def bold(self, row: IncidentListRow, column: int) -> bool:
        return (column == Column.NEXT and row.overdue) or (column == Column.REPORTABLE and row.reportable)

    def cell(self, row: IncidentListRow, column: int, role: int):
        column = Column.at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column, whole=True)
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            if not row.status.is_open:
                return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            if column == Column.NEXT and row.overdue:
                return error_color(palette)
        return None

    def _text(self, row: IncidentListRow, column: Column, *, whole: bool = False) -> str:
        """The cell's text; `whole`: the words a compact list leaves out too (the accessible text, the
        tooltip). The dates in digits (11/26/2026, 2026/11/26) as the Inbox's and Requests'."""
        from privacy_desk.i18n.formatting import format_date

        language = self._language()
        if column == Column.REFERENCE:
            return row.ref
        if column == Column.TITLE:
            return row.title
        if column == Column.STATE:
            return translate("IncidentStatus", row.status.label)
        if column == Column.REPORTABLE:
            return reportable_text(row)
        if column == Column.PERSONS:
            return persons_text(row.persons_label)
        if column == Column.AWARE:
            return format_date(row.aware_at.astimezone(self.office_tz or UTC).date(), language, style="short")
        if column == Column.NEXT:
            if row.next_deadline is None:
                return ""
            text = translate("Incidents", "{kind}: {date}").format(
                kind=deadline_name(row.next_deadline_kind),
                date=format_date(row.next_deadline, language, style="short"),
            )
            if row.overdue and (whole or not self.compact):
                return translate("Incidents", "{deadline} (overdue)").format(deadline=text)
            return text
        return ""

    def tooltip(self, row: IncidentListRow, column: int) -> str | None:
        if column == Column.REPORTABLE and row.triggers:
            names = [translate("BreachTrigger", trigger.label) for trigger in row.triggers]
            return "\n".join(names)
        if column == Column.AWARE:  # the day in the list, the moment here (the clock of every deadline)
            from privacy_desk.i18n.formatting import format_datetime

            return format_datetime(row.aware_at, self._language(), self.office_tz or UTC)
        if column in (Column.TITLE, Column.NEXT, Column.STATE, Column.PERSONS):  # whole where cut short
            return self._text(row, Column.at(column), whole=True) or None
        return None
