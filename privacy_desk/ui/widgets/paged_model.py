"""A table model that reads its rows a page at a time through the operation helper (`canFetchMore` /
`fetchMore`), never all of them: the Inbox's tickets and the Requests list's cases.

A `PageLoader(query, offset, limit)` returns a page with `rows` (frozen dataclasses with an `id`) and a
`total`. A new query starts again from the first page (a model reset when it arrives; the rows shown
stay until then); the view scrolling towards the end asks for the next page. Rows that changed are
replaced in place (`update_rows`), without a query. A result that arrives after a newer query started is
dropped (a `Staleness` token, renewed by each new query). Subclasses give their `COLUMNS` (a
`ListColumn` each: header, sort value, width, tooltip, said once), `cell` and `sort_value`, and may
refine how a page tells the total and whether more pages exist (`_took_first_page`, `_took_page`). The
loader is a `context.work.page_loader` (it gets the services).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from privacy_desk.ui.widgets.plain_text import safe_tooltip
from privacy_desk.ui.work import Staleness

if TYPE_CHECKING:
    from privacy_desk.ui.operations import Operations

ROOT = QModelIndex()
PAGE_SIZE = 100

PageLoader = Callable[[Any, int, int], Any]
ItemRole = Qt.ItemDataRole


@dataclass(frozen=True)
class ListColumn:
    """One column of a list, said once: its header (an English source text in the model's CONTEXT), the
    service's sort value (None: the list cannot be sorted by it), its width in pixels when the list is
    first shown (None: the header's default) and the header's tooltip (a source text of CONTEXT)."""

    header: str
    sort: str | None = None
    width: int | None = None
    tooltip: str | None = None


class ListColumns(IntEnum):
    """A list's columns, each said once, in their order: `REFERENCE = ListColumn(...)`. A member is its
    column's number (0, 1, …: what Qt's model and header take) and its `spec` says what the column is."""

    spec: ListColumn

    def __new__(cls, spec: ListColumn) -> ListColumns:
        number = len(cls.__members__)  # numbered as listed (the Python docs' AutoNumber)
        member = int.__new__(cls, number)
        member._value_ = number
        member.spec = spec
        return member

    @classmethod
    def specs(cls) -> tuple[ListColumn, ...]:
        return tuple(column.spec for column in cls)

    @classmethod
    def at(cls, number: int) -> Self:
        """The column numbered `number` (as Qt gives it)."""
        return cast(Self, cls._value2member_map_[number])


@dataclass(frozen=True)
class PageQuery:
    """What a list asks its service for: the filters, the sort (the service's sort value) and the order;
    `after`, for a further page of a service that pages by keyset, the last row shown."""

    filters: Any
    sort: Any
    descending: bool = False
    after: Any = None

    def seek(self) -> dict[str, Any]:
        """The keyword a keyset page takes (none for a first page or a service that pages by offset)."""
        return {} if self.after is None else {"after": self.after}


class PagedTableModel(QAbstractTableModel):
    """`query_did_finish(bool)` after the first page of a new query arrived (True) or failed (False);
    `error` then holds the exception. `page_did_load` after a further page."""

    query_did_finish = Signal(bool)
    page_did_load = Signal()
    # The translation context of the headers and tooltips; the columns in their order (a ListColumns').
    CONTEXT: ClassVar[str] = ""
    COLUMNS: ClassVar[Sequence[ListColumn]] = ()
    ID_ROLE: ClassVar[int] = ItemRole.UserRole + 1  # a row's item id
    ROW_ROLE: ClassVar[int] = ItemRole.UserRole + 2  # the row itself
    OVERDUE_ROLE: ClassVar[int] = ItemRole.UserRole + 3  # whether the row is overdue
    OWN_ROLE: ClassVar[int] = ItemRole.UserRole + 4  # the first role a subclass may give a meaning
    DUE_COLUMN: ClassVar[int] = -1  # where an overdue row shows its warning icon
    COMPACT_LEVELS: ClassVar[int] = 0  # how many shorter forms the cells have (`compact`)

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
        self.query: Any = None
        self.rows: list[Any] = []
        self.total = 0
        self.error: BaseException | None = None
        self.loading = False
        self._fetching = False
        self._complete = True  # nothing more to fetch
        self._seek = False  # the service pages by keyset: a further page is asked `after` the last row
        self._query = Staleness()  # renewed by a new query: the pages of the last one arrive late
        # How much less the cells say where the list has no room (0: everything; up to COMPACT_LEVELS),
        # set by the list's layout (list_layout.py); the tooltips and accessible texts say it all.
        self.compact = 0

    # -- queries -----------------------------------------------------------------------------------

    def set_query(self, query: Any) -> None:
        """Start again from the first page of `query`; the rows shown stay until it arrives."""
        self.query = query
        self._query.renew()
        self.loading, self._fetching = True, False
        self._operations.run(
            partial(self._loader, query, 0, self.page_size),
            self._query.guard(self._first_page),
            self._query.guard(self._failed),
        )

    def reload(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def clear(self) -> None:
        self._query.renew()
        self.beginResetModel()
        self.rows, self.total = [], 0
        self._complete, self.loading, self._fetching = True, False, False
        self._cleared()
        self.endResetModel()

    def _cleared(self) -> None:
        """What a subclass keeps about the query goes too."""

    def _first_page(self, page: Any) -> None:
        self.beginResetModel()
        self.rows, self.total = list(page.rows), page.total
        self._seek = bool(getattr(page, "seek", False))
        self._complete = self._took_first_page(page)
        self.loading, self.error = False, None
        self.endResetModel()
        self.query_did_finish.emit(True)

    def _took_first_page(self, page: Any) -> bool:
        """After the first page is in `rows`: True when there is no further page."""
        return len(page.rows) < self.page_size or len(self.rows) >= page.total

    def _failed(self, error: BaseException) -> None:
        self.loading = self._fetching = False
        self.error = error
        self.query_did_finish.emit(False)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:  # noqa: N802
        return not (
            parent.isValid() or self.query is None or self.loading or self._fetching or self._complete
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        offset = len(self.rows)
        # Keyset: the service seeks past the last row shown instead of reading every row before it, and
        # counts once per query (the first page), not once per page.
        query = replace(self.query, after=self.rows[-1]) if self._seek and self.rows else self.query
        self._operations.run(
            partial(self._loader, query, offset, self.page_size),
            self._query.guard(partial(self._more, offset)),
            self._query.guard(self._failed),
        )

    def _more(self, offset: int, page: Any) -> None:
        if offset != len(self.rows):
            return
        self._fetching = False
        known = {row.id for row in self.rows}
        new = [row for row in page.rows if row.id not in known]  # a row added meanwhile shifts pages
        if new:
            self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()
        self._complete = self._took_page(page)
        self.page_did_load.emit()

    def _took_page(self, page: Any) -> bool:
        """After a further page is in `rows`: update `total` (a further page may not be counted: 0);
        True when there is no further page."""
        self.total = max(self.total, page.total, len(self.rows))
        return len(page.rows) < self.page_size or len(self.rows) >= self.total

    # -- rows --------------------------------------------------------------------------------------

    def row_of(self, item_id: int) -> int:
        return next((number for number, row in enumerate(self.rows) if row.id == item_id), -1)

    def row_at(self, number: int) -> Any:
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def update_rows(self, rows: Sequence[Any]) -> None:
        """Fresh rows after a change, replaced where shown (a row that left the filter stays until the
        next query, so the user's place in the list is not pulled away)."""
        for fresh in rows:
            number = self.row_of(fresh.id)
            if number >= 0:
                self.rows[number] = fresh
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.COLUMNS) - 1))

    def set_compact(self, compact: int) -> bool:
        """Shorter cells (a level of COMPACT_LEVELS) or all the words (0); True when that changed them."""
        if compact == self.compact:
            return False
        self.compact = compact
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))
        return True

    def retranslate(self) -> None:
        last = len(self.COLUMNS) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))

    # -- cells ---------------------------------------------------------------------------------------

    def cell(self, row: Any, column: int, role: int) -> Any:
        """A subclass's part of `data`: the text, colours and its own roles of a cell."""
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def bold(self, row: Any, column: int) -> bool:
        return False

    def italic(self, row: Any, column: int) -> bool:
        """In italics: a compact cell that leaves a word out says so (its tooltip has the word)."""
        return False

    def sort_value(self, key: str) -> Any:
        """The service's sort enum member for `key` (a column's `sort`)."""
        raise NotImplementedError

    # -- Qt's model interface ----------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = ItemRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == self.ID_ROLE:
            return row.id
        if role == self.ROW_ROLE:
            return row
        if role == self.OVERDUE_ROLE:
            return row.overdue
        if role == ItemRole.ToolTipRole:  # subjects and names from outside: never markup
            return safe_tooltip(self.tooltip(row, column))
        if role == ItemRole.FontRole and (self.bold(row, column) or self.italic(row, column)):
            font = QFont(QApplication.font())
            font.setBold(self.bold(row, column))
            font.setItalic(self.italic(row, column))
            return font
        if role == ItemRole.DecorationRole and column == self.DUE_COLUMN and row.overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self.cell(row, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = ItemRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        translate = QCoreApplication.translate
        spec = self.COLUMNS[section]
        if role == ItemRole.DisplayRole:
            return translate(self.CONTEXT, spec.header)
        if role == ItemRole.ToolTipRole:
            tips = [translate(self.CONTEXT, spec.tooltip)] if spec.tooltip else []
            if spec.sort is None:
                tips.append(translate("Lists", "The list cannot be sorted by this column."))
            return "\n".join(tips) or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_of(column)
        if key is None or self.query is None:
            return
        self.set_query(
            PageQuery(self.query.filters, self.sort_value(key), order == Qt.SortOrder.DescendingOrder)
        )

    @classmethod
    def sort_of(cls, column: int) -> str | None:
        """The service's sort value behind `column` (None: the list cannot be sorted by it)."""
        return cls.COLUMNS[column].sort if 0 <= column < len(cls.COLUMNS) else None

    @classmethod
    def column_of(cls, sort: str) -> int:
        return next(column for column, spec in enumerate(cls.COLUMNS) if spec.sort == sort)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
