"""The holdings a list of the Retention view shows: the service's plain `HoldingRow`s (frozen
dataclasses), formatted in the current language when asked; a language switch is a `dataChanged`."""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Sequence
from datetime import date, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QWidget

from privacy_desk.domain.retention import HoldingStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.retention.calendar import DUE, OVERDUE, REVIEW, SHAPES, mark_color
from privacy_desk.ui.widgets.lists import OpenableTable

if TYPE_CHECKING:
    from privacy_desk.services.retention.records import HoldingRow

translate = QCoreApplication.translate
ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DAY, WEEK, MONTH = "day", "week", "month"  # what the list beside the calendar holds


class Column(IntEnum):
    REF = 0
    NAME = 1
    CATEGORY = 2
    WHEN = 3
    STATUS = 4


HEADERS = {
    Column.REF: QT_TRANSLATE_NOOP("Retention", "Reference"),
    Column.NAME: QT_TRANSLATE_NOOP("Retention", "Holding"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("Retention", "Category"),
    Column.WHEN: QT_TRANSLATE_NOOP("Retention", "Due or review"),
    Column.STATUS: QT_TRANSLATE_NOOP("Retention", "Status"),
}
MARK_OF = {HoldingStatus.DUE: DUE, HoldingStatus.OVERDUE: OVERDUE, HoldingStatus.REVIEW: REVIEW}


def category_text(name: str, name_en: str, language: str) -> str:
    """A seeded category's name in English where it has one; a category a user added, as typed."""
    return name_en if language != "ja" and name_en else name


def date_text(day, language: str) -> str:
    """A date as every other view's lists and pages write it (2026/12/04, Dec 4, 2026); 和暦 is kept for
    the forms that expect it (the certificate of disposal, reports/)."""
    from privacy_desk.i18n.formatting import DASH, format_date

    return DASH if day is None else format_date(day, language)


class HoldingsModel(QAbstractTableModel):
    def __init__(self, language, parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[HoldingRow] = []

    def set_rows(self, rows: Sequence[HoldingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[HoldingRow]:
        return list(self._rows)

    def row_at(self, row: int) -> HoldingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, holding_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == holding_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Retention", HEADERS[Column(section)])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.STATUS):
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS and row.status in MARK_OF:
            return mark_color(MARK_OF[row.status], QApplication.palette())
        return None

    def _text(self, row: HoldingRow, column: Column) -> str:
        if column == Column.REF:
            return row.ref
        if column == Column.NAME:
            return row.name
        if column == Column.CATEGORY:
            return category_text(row.category, row.category_en, self._language())
        if column == Column.WHEN:
            if row.hold is not None and row.disposal is None:  # a held holding comes back on its review date
                return date_text(row.hold.review_on, self._language())
            return date_text(row.delete_from, self._language())
        status = translate("HoldingStatus", row.status.label)
        mark = MARK_OF.get(row.status)
        return f"{SHAPES[mark]} {status}" if mark else status

    def _tooltip(self, row: HoldingRow) -> str:
        from privacy_desk.ui.widgets.plain_text import safe_tooltip

        parts = [row.name, row.location, row.quantity]
        if row.hold is not None:
            parts.append(
                translate("Retention", "On hold ({reason}) until {date}").format(
                    reason=translate("HoldReason", row.hold.reason.label),
                    date=date_text(row.hold.review_on, self._language()),
                )
            )
        return safe_tooltip("\n".join(part for part in parts if part))


def scope_range(day: date, scope: str) -> tuple[date, date]:
    """The first and last day of the day, the week (Monday to Sunday) or the month around `day`."""
    if scope == DAY:
        return day, day
    if scope == WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    last = month_calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def grid_range(year: int, month: int) -> tuple[date, date]:
    """Every day a month page of the calendar can show (it shows six weeks around the month)."""
    first = date(year, month, 1)
    return first - timedelta(days=7), first + timedelta(days=48)


def holdings_table(parent: QWidget, model: HoldingsModel, name: str) -> OpenableTable:
    table = OpenableTable(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (Column.NAME, Column.CATEGORY):  # the two texts share the room; the rest fit whole
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table
