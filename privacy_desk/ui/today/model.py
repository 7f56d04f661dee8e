"""The Today page's item model: one heading row per day, the day's items as its children.

It holds the service's plain `AgendaDay` rows (frozen dataclasses), never ORM objects, and formats them
for the current language when asked: a language switch is a `dataChanged` over every row plus a
`headerDataChanged`, with no new query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import error_color

if TYPE_CHECKING:
    from privacy_desk.services.core.agenda import AgendaDay, AgendaItem

CONTEXT = "Today"
ROOT = QModelIndex()  # the invisible root, as a default argument
HEADING = 0  # internalId of a heading row; an item's is its day's row + 1

# AgendaKind values (a StrEnum in services.agenda, which imports SQLAlchemy: compared as strings here).
CLOSURE, TICKET, CASE, INCIDENT, RETENTION = "closure", "ticket", "case", "incident", "retention"


class Column(IntEnum):
    KIND = 0
    REFERENCE = 1
    TITLE = 2
    DEADLINE = 3


class Role(IntEnum):
    DAY = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    OVERDUE = Qt.ItemDataRole.UserRole + 3
    STATUTORY = Qt.ItemDataRole.UserRole + 4
    IS_HEADING = Qt.ItemDataRole.UserRole + 5


translate = QCoreApplication.translate

KIND_LABELS = {
    CLOSURE: QT_TRANSLATE_NOOP("Today", "Office closed"),
    TICKET: QT_TRANSLATE_NOOP("Today", "Inquiry"),
    CASE: QT_TRANSLATE_NOOP("Today", "Data-subject request"),
    INCIDENT: QT_TRANSLATE_NOOP("Today", "Breach"),
    RETENTION: QT_TRANSLATE_NOOP("Today", "Retention"),
}
# A breach report's deadline by its AgendaItem category (services/incidents: the next open deadline's kind).
INCIDENT_DEADLINES = {
    "preliminary": QT_TRANSLATE_NOOP("Today", "Preliminary breach report due"),
    "final": QT_TRANSLATE_NOOP("Today", "Final breach report due"),
    "gdpr": QT_TRANSLATE_NOOP("Today", "GDPR 72 hours end"),
}
COUNTDOWN_WINDOW = timedelta(hours=72)  # a breach deadline this close shows the time left
HEADERS = {
    Column.KIND: QT_TRANSLATE_NOOP("Today", "What"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("Today", "Reference"),
    Column.TITLE: QT_TRANSLATE_NOOP("Today", "Title"),
    Column.DEADLINE: QT_TRANSLATE_NOOP("Today", "Deadline"),
}


def format_day(day: date, language: str, *, with_year: bool = False) -> str:
    """i18n/formatting.py's agenda day; babel loads on first use, after paint."""
    from privacy_desk.i18n.formatting import format_agenda_day

    return format_agenda_day(day, language, with_year=with_year)


def day_heading(day: date, today: date, language: str) -> str:
    """ "Today — 11月28日（土）", "Overdue — …", "Tomorrow — …", "In 5 days — …"."""
    when = format_day(day, language)
    delta = (day - today).days
    if delta < 0:
        return translate("Today", "Overdue — {date}").format(date=when)
    if delta == 0:
        return translate("Today", "Today — {date}").format(date=when)
    if delta == 1:
        return translate("Today", "Tomorrow — {date}").format(date=when)
    return translate("Today", "In %n days — {date}", None, delta).format(date=when)


def closure_title(item: AgendaItem, language: str) -> str:
    """A national holiday's name in the UI language (from `holidays`); other reasons are source texts."""
    from privacy_desk.domain.closures import holiday_name

    return holiday_name(item.day, language) or QCoreApplication.translate("Closure", item.title)


class AgendaModel(QAbstractItemModel):
    def __init__(self, language: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._days: list[AgendaDay] = []
        self._today: date | None = None
        self._blank_icon: QIcon | None = None
        self.zone: tzinfo | None = None  # the office's zone (a breach deadline day ends at its midnight)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)

    # -- content -----------------------------------------------------------------------------------

    @property
    def today(self) -> date | None:
        return self._today

    def set_agenda(self, today: date, days: Sequence[AgendaDay]) -> None:
        self.beginResetModel()
        self._today = today
        self._days = list(days)
        self.endResetModel()

    def clear(self) -> None:
        self.set_agenda(self._today or date.today(), [])

    def day_count(self) -> int:
        return len(self._days)

    def item_count(self) -> int:
        return sum(len(day.items) for day in self._days)

    def retranslate(self) -> None:
        """Every text depends on the language: say so to the views without a new query."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        last = len(Column) - 1
        for row, day in enumerate(self._days):
            heading = self.index(row, 0)
            self.dataChanged.emit(heading, self.index(row, last))
            if day.items:
                self.dataChanged.emit(
                    self.index(0, 0, heading), self.index(len(day.items) - 1, last, heading)
                )

    # -- structure ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = ROOT):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, HEADING)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child=None):  # both QObject.parent() and QAbstractItemModel.parent(index)
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == HEADING:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, HEADING)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == HEADING and parent.column() == 0:
            return len(self._days[parent.row()].items)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return len(Column)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == HEADING:
            return Qt.ItemFlag.ItemIsEnabled  # a label for the rows under it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, HEADERS[Column(section)])
        return None

    # -- data --------------------------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == HEADING:
            return self._heading_data(self._days[index.row()], index.column(), role)
        day = self._days[index.internalId() - 1]
        return self._item_data(day.items[index.row()], index.column(), role)

    def _overdue(self, day: date) -> bool:
        return self._today is not None and day < self._today

    def _heading_data(self, day: AgendaDay, column: int, role: int):
        overdue = self._overdue(day.day)
        if role == Role.IS_HEADING:
            return True
        if role == Role.DAY:
            return day.day
        if role == Role.OVERDUE:
            return overdue
        if column != Column.KIND:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return day_heading(day.day, self._today or day.day, self._language())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return error_color(QApplication.palette())
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _item_data(self, item: AgendaItem, column: int, role: int):
        overdue = self._overdue(item.day) and not item.done
        closure = item.kind == CLOSURE
        if role == Role.IS_HEADING:
            return False
        if role == Role.DAY:
            return item.day
        if role == Role.KIND:
            return str(item.kind)
        if role == Role.OVERDUE:
            return overdue
        if role == Role.STATUTORY:
            return item.statutory
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._item_text(item, column, overdue)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DEADLINE and not closure:
            if item.statutory:
                return translate("Today", "The law sets this date; it cannot be moved by office policy.")
            return translate("Today", "The office's own target date (office policy), not a legal deadline.")
        if role == Qt.ItemDataRole.ToolTipRole and closure:
            return translate("Today", "The office is closed: deadlines that fall on this day move.")
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return error_color(QApplication.palette())
            if closure or item.done:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
                )
        if role == Qt.ItemDataRole.FontRole and (
            item.done or (column == Column.DEADLINE and (item.statutory or overdue))
        ):
            font = QFont(QApplication.font())
            font.setStrikeOut(item.done)
            font.setBold(not item.done)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return self._item_icon(item, overdue)
        return None

    def _item_icon(self, item: AgendaItem, overdue: bool) -> QIcon:
        """Overdue work carries a warning sign (not colour alone), a closure an information sign, done
        work a tick; the others an empty icon of the same size, so every row's text lines up."""
        if overdue:
            name = QStyle.StandardPixmap.SP_MessageBoxWarning
        elif item.kind == CLOSURE:
            name = QStyle.StandardPixmap.SP_MessageBoxInformation
        elif item.done:
            name = QStyle.StandardPixmap.SP_DialogApplyButton
        else:
            if self._blank_icon is None:
                blank = QPixmap(16, 16)
                blank.fill(QColor(0, 0, 0, 0))
                self._blank_icon = QIcon(blank)
            return self._blank_icon
        return QApplication.style().standardIcon(name)

    def _incident_text(self, item: AgendaItem, overdue: bool) -> str:
        """The breach report the day is for, and within the last 72 hours the time left (the day runs
        to midnight in the office's zone)."""
        from privacy_desk.ui.widgets.countdown import end_of_day, remaining_text

        name = translate("Today", INCIDENT_DEADLINES[item.category])
        if overdue:
            return translate("Today", "{deadline}, overdue").format(deadline=name)
        due = end_of_day(item.day, self.zone)
        if due - self.now() <= COUNTDOWN_WINDOW:
            return translate("Today", "{deadline} · {left}").format(
                deadline=name, left=remaining_text(due, self.now())
            )
        return name

    def refresh_countdowns(self) -> None:
        """The countdowns say minutes: the deadline column again (no query), each minute."""
        last = len(Column) - 1
        for row, day in enumerate(self._days):
            if day.items and any(item.kind == INCIDENT for item in day.items):
                heading = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, last, heading), self.index(len(day.items) - 1, last, heading)
                )

    def _item_text(self, item: AgendaItem, column: int, overdue: bool) -> str:
        closure = item.kind == CLOSURE
        if column == Column.KIND:
            if item.kind == TICKET and item.category:  # the ticket's own category, as the Inbox names it
                from privacy_desk.domain.tickets import TicketCategory

                return translate("TicketCategory", TicketCategory(item.category).label)
            return translate(CONTEXT, KIND_LABELS.get(str(item.kind), str(item.kind)))
        if column == Column.REFERENCE:
            return "" if closure else item.ref
        if column == Column.TITLE:
            return closure_title(item, self._language()) if closure else item.title
        if closure:
            return ""
        if item.done:
            return translate("Today", "Done")
        if item.kind == TICKET:  # the Inbox's name of the same date
            if overdue:
                return translate("Today", "First response due, overdue")
            return translate("Today", "First response due")
        if item.kind == INCIDENT and item.category in INCIDENT_DEADLINES:
            return self._incident_text(item, overdue)
        if item.kind == RETENTION:  # services/retention/agenda.py: category "due" or "review"
            if item.category == "review":
                return translate("Today", "Hold to review")
            return (
                translate("Today", "Due for deletion, overdue")
                if overdue
                else translate("Today", "Due for deletion")
            )
        if overdue:
            if item.statutory:
                return translate("Today", "Statutory deadline, overdue")
            return translate("Today", "Internal deadline, overdue")
        return (
            translate("Today", "Statutory deadline")
            if item.statutory
            else translate("Today", "Internal deadline")
        )
