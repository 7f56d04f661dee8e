"""The Inbox's table model: tickets a page at a time (`canFetchMore`/`fetchMore`), never all of them.

The model asks a `PageLoader` (the ticket service's `page`, through the operation helper) for one page
of plain `TicketListRow`s at a time; the view scrolling towards the end asks for the next one. A new
filter, search or sort order starts again from the first page (`beginResetModel`/`endResetModel`
around it). Rows that changed are replaced in place (`update_rows`), without a new query. Texts are
formatted for the current language when asked, so a language switch needs no query either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import error_color

if TYPE_CHECKING:
    from privacy_desk.services.tickets import TicketFilter, TicketListRow, TicketPage, TicketSort
    from privacy_desk.ui.operations import Operations

CONTEXT = "Inbox"
PAGE_SIZE = 100
ROOT = QModelIndex()

translate = QCoreApplication.translate


class Column(IntEnum):
    REFERENCE = 0
    SUBJECT = 1
    REQUESTER = 2
    CATEGORY = 3
    STATUS = 4
    ASSIGNEE = 5
    RECEIVED = 6
    DUE = 7


HEADERS = {
    Column.REFERENCE: QT_TRANSLATE_NOOP("Inbox", "Reference"),
    Column.SUBJECT: QT_TRANSLATE_NOOP("Inbox", "Subject"),
    Column.REQUESTER: QT_TRANSLATE_NOOP("Inbox", "Requester"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("Inbox", "Category"),
    Column.STATUS: QT_TRANSLATE_NOOP("Inbox", "Status"),
    Column.ASSIGNEE: QT_TRANSLATE_NOOP("Inbox", "Assignee"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("Inbox", "Received"),
    Column.DUE: QT_TRANSLATE_NOOP("Inbox", "First response due"),
}


class Role(IntEnum):
    TICKET_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    OVERDUE = Qt.ItemDataRole.UserRole + 3
    UNREAD = Qt.ItemDataRole.UserRole + 4


def sort_of(column: int) -> str | None:
    """The TicketSort value behind a column (None: the list cannot be sorted by it)."""
    return {
        Column.REFERENCE: "ref",
        Column.SUBJECT: "subject",
        Column.REQUESTER: "from",
        Column.CATEGORY: "category",
        Column.STATUS: "status",
        Column.RECEIVED: "received_at",
        Column.DUE: "due",
    }.get(Column(column))


@dataclass(frozen=True)
class Query:
    filters: TicketFilter
    sort: TicketSort
    descending: bool = True


PageLoader = Callable[[Query, int, int], "TicketPage"]


def requester_text(row: TicketListRow) -> str:
    name = row.person_name or row.from_name
    if name and row.from_address:
        return f"{name} <{row.from_address}>"
    return name or row.from_address


class TicketTableModel(QAbstractTableModel):
    """`query_did_finish(bool)` after the first page of a new query arrived (True) or failed (False);
    `error` then holds the exception."""

    query_did_finish = Signal(bool)
    page_did_load = Signal()

    def __init__(
        self,
        loader: PageLoader,
        operations: Operations,
        language: Callable[[], str],
        parent=None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._operations = operations
        self._language = language
        self.page_size = page_size
        self.query: Query | None = None
        self.rows: list[TicketListRow] = []
        self.total = 0
        self.total_exact = True
        self.short_terms: tuple[str, ...] = ()
        self.error: BaseException | None = None
        self.loading = False
        self._fetching = False
        self._generation = 0
        self._complete = True  # the last page came back short: nothing more to fetch
        self.office_tz: tzinfo | None = None
        self.pages_loaded = 0

    # -- queries -----------------------------------------------------------------------------------

    def set_query(self, query: Query) -> None:
        """Start again from the first page of `query`; rows already shown stay until it arrives."""
        self.query = query
        self._generation += 1
        self.loading = True
        self._fetching = False
        self._operations.run(
            partial(self._loader, query, 0, self.page_size),
            partial(self._first_page, self._generation),
            partial(self._failed, self._generation),
        )

    def reload(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows, self.total, self.total_exact, self.short_terms = [], 0, True, ()
        self._complete, self.loading, self._fetching = True, False, False
        self.endResetModel()

    def _first_page(self, generation: int, page: TicketPage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = list(page.rows)
        self.total, self.total_exact, self.short_terms = page.total, page.total_exact, page.short_terms
        self._complete = len(page.rows) < self.page_size
        self.loading = False
        self.error = None
        self.pages_loaded = 1
        self.endResetModel()
        self.query_did_finish.emit(True)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = self._fetching = False
        self.error = error
        self.query_did_finish.emit(False)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:  # noqa: N802
        return (
            not parent.isValid()
            and self.query is not None
            and not self.loading
            and not self._fetching
            and not self._complete
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        assert self.query is not None
        self._fetching = True
        offset = len(self.rows)
        self._operations.run(
            partial(self._loader, self.query, offset, self.page_size),
            partial(self._more, self._generation, offset),
            partial(self._failed, self._generation),
        )

    def _more(self, generation: int, offset: int, page: TicketPage) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        known = {row.id for row in self.rows}
        new = [row for row in page.rows if row.id not in known]  # a ticket arriving meanwhile shifts pages
        self._complete = len(page.rows) < self.page_size
        if new:
            self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()
        self.pages_loaded += 1
        if self._complete:
            self.total, self.total_exact = len(self.rows), True
        else:
            self.total = max(self.total, page.total, len(self.rows))
            self.total_exact = page.total_exact
        self.page_did_load.emit()

    # -- rows --------------------------------------------------------------------------------------

    def row_of(self, ticket_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == ticket_id:
                return number
        return -1

    def ticket(self, row: int) -> TicketListRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def update_rows(self, rows: Sequence[TicketListRow]) -> None:
        """Fresh rows from a change: replaced where shown (a row that left the filter stays until the
        next query, so the user's place in the list is not pulled away)."""
        for fresh in rows:
            number = self.row_of(fresh.id)
            if number >= 0:
                self.rows[number] = fresh
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))

    # -- Qt's model interface ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Inbox", HEADERS[Column(section)])
        tooltip = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
        if tooltip and sort_of(section) is None:
            return translate("Inbox", "The list cannot be sorted by this column.")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = sort_of(column)
        if key is None or self.query is None:
            return
        from privacy_desk.services.tickets import TicketSort

        self.set_query(Query(self.query.filters, TicketSort(key), order == Qt.SortOrder.DescendingOrder))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Role.TICKET_ID:
            return row.id
        if role == Role.ROW:
            return row
        if role == Role.OVERDUE:
            return row.overdue
        if role == Role.UNREAD:
            return row.unread
        if role == Qt.ItemDataRole.FontRole and (row.unread or (row.overdue and column == Column.DUE)):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DUE:
            if row.overdue:
                return error_color(QApplication.palette())
            if row.first_responded_at is not None or not row.status.is_open:
                palette = QApplication.palette()  # answered: the date no longer matters
                return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and row.overdue and column == Column.DUE:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: TicketListRow, column: Column, accessible: bool = False) -> str:
        language = self._language()
        if column == Column.REFERENCE:
            return row.ref
        if column == Column.SUBJECT:
            subject = row.subject or translate("Inbox", "(no subject)")
            if accessible and row.unread:
                return translate("Inbox", "Unread: {subject}").format(subject=subject)
            return subject
        if column == Column.REQUESTER:
            return row.person_name or row.from_name or row.from_address
        if column == Column.CATEGORY:
            text = translate("TicketCategory", row.category.label)
            if not row.category_confirmed:
                return translate("Inbox", "{category} (suggested)").format(category=text)
            return text
        if column == Column.STATUS:
            return translate("TicketStatus", row.status.label)
        if column == Column.ASSIGNEE:
            return row.assignee_name or ""
        from privacy_desk.i18n.formatting import format_date, format_datetime

        if column == Column.RECEIVED:
            return format_datetime(row.received_at, language, self.office_tz or "Asia/Tokyo")
        if row.first_response_due is None:
            return ""
        due = format_date(row.first_response_due, language)
        if row.overdue:
            return translate("Inbox", "{date} (overdue)").format(date=due)
        return due

    def _tooltip(self, row: TicketListRow, column: Column) -> str | None:
        if column == Column.REQUESTER:
            return requester_text(row)
        if column == Column.SUBJECT:
            return row.subject
        if column == Column.DUE and row.overdue:
            return translate("Inbox", "The first response is overdue: answer the requester.")
        if column == Column.DUE and row.first_responded_at is not None:
            return translate("Inbox", "The first response has been given.")
        if column == Column.CATEGORY and not row.category_confirmed:
            return translate("Inbox", "Suggested from the words of the mail; confirm or change it.")
        return None
