"""The month grid of the Retention view: each day marked with how many holdings fall due for deletion,
are overdue, or have a hold to review on it, and the legend that says what the marks mean.

A mark is a shape and a number as well as a colour (● due, ▲ overdue, ◆ review), so it is not told by
colour alone; the colours come from the palette (`error_color`, `due_soon_color` and the palette's link
colour), readable on light and dark windows alike. Keyboard: the arrows move the day, Page Up and Page
Down the month (QCalendarWidget's own keys), Home goes to today.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QWidget

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import FollowsLanguage, due_soon_color, error_color

translate = QCoreApplication.translate

DUE, OVERDUE, REVIEW = "due", "overdue", "review"
SHAPES = {DUE: "●", OVERDUE: "▲", REVIEW: "◆"}
LEGEND = {
    DUE: QT_TRANSLATE_NOOP("Retention", "Due for deletion"),
    OVERDUE: QT_TRANSLATE_NOOP("Retention", "Overdue"),
    REVIEW: QT_TRANSLATE_NOOP("Retention", "Hold to review"),
}


def mark_color(kind: str, palette: QPalette) -> QColor:
    """The colour of a kind of mark on this palette's window (readable in light and dark themes)."""
    if kind == OVERDUE:
        return error_color(palette)
    if kind == DUE:
        return due_soon_color(palette)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Link)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MonthGrid(QCalendarWidget):
    """`set_counts` gives the marks of the days shown; `day_chosen(date)` follows the selection and
    `month_shown(year, month)` the page (the view reads that month's counts)."""

    day_chosen = Signal(object)  # a datetime.date
    month_shown = Signal(int, int)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionCalendar")
        self._today = today
        self._counts: dict[date, tuple[int, int, int]] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setMinimumSize(300, 250)
        self.selectionChanged.connect(lambda: self.day_chosen.emit(self.selected_day()))
        self.currentPageChanged.connect(self.month_shown.emit)
        # Home goes to today. A shortcut, not an event filter: a Python filter on the calendar's own grid
        # is called while Qt destroys the calendar, when the Python half is already gone (a crash).
        self.home_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Home), self)
        self.home_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.home_shortcut.activated.connect(self.go_today)

    def selected_day(self) -> date:
        return to_date(self.selectedDate())

    def select_day(self, day: date) -> None:
        self.setSelectedDate(to_qdate(day))
        self.setCurrentPage(day.year, day.month)

    def go_today(self) -> None:
        self.select_day(self._today())

    def shown_month(self) -> tuple[int, int]:
        return self.yearShown(), self.monthShown()

    def set_counts(self, counts: Iterable[tuple[date, int, int, int]]) -> None:
        """(day, due, overdue, review) for the days that have any."""
        self._counts = {day: (due, overdue, review) for day, due, overdue, review in counts}
        self.updateCells()

    def counts_on(self, day: date) -> tuple[int, int, int]:
        return self._counts.get(day, (0, 0, 0))

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802 - Qt's name
        super().paintCell(painter, rect, qdate)
        day = to_date(qdate)
        due, overdue, review = self.counts_on(day)
        marks = [(kind, n) for kind, n in ((OVERDUE, overdue), (DUE, due), (REVIEW, review)) if n]
        painter.save()
        if day == self._today():  # today is framed, whatever is selected
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if marks:
            font = QFont(self.font())
            font.setPointSizeF(max(6.5, font.pointSizeF() * 0.72))
            font.setBold(True)
            painter.setFont(font)
            selected = qdate == self.selectedDate()
            palette = self.palette()
            line = painter.fontMetrics().height()
            top = rect.bottom() - line * len(marks) - 1
            if top < rect.top() + line:  # a short cell: the marks side by side on the last line
                text_rect = QRect(rect.left() + 2, rect.bottom() - line - 1, rect.width() - 4, line)
                for kind, n in marks:
                    text = f"{SHAPES[kind]}{n}"
                    painter.setPen(self._pen_color(kind, palette, selected))
                    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, text)
                    text_rect.setLeft(text_rect.left() + painter.fontMetrics().horizontalAdvance(text) + 3)
            else:
                for index, (kind, n) in enumerate(marks):
                    painter.setPen(self._pen_color(kind, palette, selected))
                    row = QRect(rect.left() + 3, top + index * line, rect.width() - 6, line)
                    painter.drawText(row, Qt.AlignmentFlag.AlignLeft, f"{SHAPES[kind]} {n}")
        painter.restore()

    @staticmethod
    def _pen_color(kind: str, palette: QPalette, selected: bool) -> QColor:
        if selected:  # on the highlight the palette's own text colour stays readable
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return mark_color(kind, palette)


class Legend(FollowsLanguage):
    """What the marks mean, in the marks' own shapes and colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.labels: dict[str, QLabel] = {}
        for kind in (DUE, OVERDUE, REVIEW):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.labels[kind] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for kind, label in self.labels.items():
            label.setText(f"{SHAPES[kind]} {translate('Retention', LEGEND[kind])}")
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, mark_color(kind, self.palette()))
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self.retranslate()  # the colours follow a theme change
        super().changeEvent(event)
