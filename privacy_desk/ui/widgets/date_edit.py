"""A date field for keyboard users: ISO or 和暦 typed (R8.4.1, 令和8年4月1日, H31.4.30), or a calendar."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.wareki import parse_date
from privacy_desk.errors import InvalidInput
from privacy_desk.i18n.formatting import format_weekday_date
from privacy_desk.ui.widgets import InlineMessage, current_language, translated_error

Day = date  # for annotations inside DateEdit, whose date() method hides the class name there


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _calendar_icon(palette: QPalette, size: int = 16) -> QIcon:
    """A small calendar drawn in the palette's text colour, so it suits light and dark themes."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = palette.color(QPalette.ColorRole.ButtonText)
        painter.setPen(QPen(colour, 1.2))
        body = QRectF(1.5, 3.0, size - 3.0, size - 4.5)
        painter.drawRoundedRect(body, 1.5, 1.5)
        painter.fillRect(QRectF(body.left(), body.top(), body.width(), 3.0), colour)
        painter.drawLine(5, 1, 5, 4)
        painter.drawLine(size - 5, 1, size - 5, 4)
        dot = QColor(colour)
        for row in range(2):
            for column in range(3):
                x = 4.0 + column * (size - 8.0) / 2
                y = 8.5 + row * 3.5
                painter.fillRect(QRectF(x - 1.0, y - 1.0, 2.0, 2.0), dot)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class _CalendarPopup(QFrame):
    """A QCalendarWidget in a popup window: closes on a pick, on Esc or on a click outside."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def popup_below(self, anchor: QWidget, selected: date) -> None:
        self.calendar.setLocale(QLocale())
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.calendar.setSelectedDate(QDate(selected.year, selected.month, selected.day))
        self.adjustSize()
        position = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        if position.y() + self.height() > screen.bottom():
            position.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - self.height())
        position.setX(max(screen.left(), min(position.x(), screen.right() - self.width())))
        self.move(position)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class DateEdit(QWidget):
    """A line edit for one date.

    What the user typed is never replaced: the date it was read as appears beside the field (in the UI
    language), and input that is not a date shows the reason under it, in words and with a warning icon.
    Up/Down step a day, Page Up/Page Down a month; Alt+Down or F4 opens the calendar.
    """

    date_did_change = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None, *, show_hint: bool = True) -> None:
        super().__init__(parent)
        self._date: date | None = None
        self._error: InvalidInput | None = None
        self._show_hint = show_hint
        self._language: str | None = None

        self.line_edit = QLineEdit(self)
        self.line_edit.setClearButtonEnabled(False)
        self.line_edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.line_edit.installEventFilter(self)
        self.line_edit.textChanged.connect(self._on_text_changed)
        self.line_edit.editingFinished.connect(self._on_editing_finished)
        self._error_action = self.line_edit.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self._error_action.setVisible(False)

        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(_calendar_icon(self.palette()))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down does it from the field
        self.calendar_button.clicked.connect(self.open_calendar)

        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(show_hint)

        self.message = InlineMessage(self)

        self._row = row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line_edit)
        row.addWidget(self.calendar_button)
        row.addSpacing(6)
        row.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.calendar_popup: _CalendarPopup | None = None  # built on first use
        self.setFocusProxy(self.line_edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def add_widget_after_field(self, widget: QWidget) -> None:
        """Put `widget` (a time field, a unit) right after the calendar button, before the hint."""
        self._row.insertWidget(self._row.indexOf(self.hint) - 1, widget)

    # -- the value ---------------------------------------------------------------------------------

    def date(self) -> date | None:
        """The date the current text means, or None when it is empty or not a date."""
        return self._date

    def setDate(self, day: Day | None) -> None:  # noqa: N802 — Qt naming, like QDateEdit.setDate
        """Show `day` (ISO, which every user reads the same way) or clear the field for None."""
        self.line_edit.setText(day.isoformat() if day is not None else "")
        self._show_error(None)

    set_date = setDate

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:  # noqa: N802
        """Put `text` in the field as if typed, then check it like a finished edit."""
        self.line_edit.setText(text)
        self._on_editing_finished()

    def language(self) -> str:
        """The language the date is described in: the UI language unless `set_language` chose one."""
        return self._language or current_language()

    def set_language(self, language: str | None) -> None:
        self._language = language
        self._update_hint(self._date)

    def error_text(self) -> str:
        """The message shown under the field, or "" when the text is a date (or empty)."""
        return self.message.text() if self._error is not None else ""

    def has_error(self) -> bool:
        return self._error is not None

    def validate(self) -> Day | None:
        """Check the text now (as leaving the field does) and return its date."""
        self._on_editing_finished()
        return self._date

    # -- behaviour ---------------------------------------------------------------------------------

    def _parse(self, text: str) -> tuple[Day | None, InvalidInput | None]:
        if not text.strip():
            return None, None
        try:
            return parse_date(text), None
        except InvalidInput as error:
            return None, error

    def _on_text_changed(self, text: str) -> None:
        day, error = self._parse(text)
        if error is None or self._error is not None:
            # A date again clears the message; while a message shows, it follows the text. A half-typed
            # date gets no message until the user leaves the field.
            self._show_error(error)
        self._set_value(day)

    def _on_editing_finished(self) -> None:
        day, error = self._parse(self.line_edit.text())
        self._show_error(error)
        self._set_value(day)

    def _set_value(self, day: Day | None) -> None:
        self._update_hint(day)
        if day != self._date:
            self._date = day
            self.date_did_change.emit(day)

    def _update_hint(self, day: Day | None) -> None:
        self.hint.setText(format_weekday_date(day, self.language()) if day is not None else "")
        self._describe_for_screen_readers()

    def _describe_for_screen_readers(self) -> None:
        self.line_edit.setAccessibleDescription(self.error_text() or self.hint.text())

    def _show_error(self, error: InvalidInput | None) -> None:
        self._error = error
        self._error_action.setVisible(error is not None)
        if error is None:
            self.message.clear()
            self.line_edit.setToolTip("")
        else:
            text = translated_error(error)
            self.message.show_error(text)
            self.line_edit.setToolTip(text)
            self._error_action.setToolTip(text)
        self._describe_for_screen_readers()

    def open_calendar(self) -> None:
        if self.calendar_popup is None:
            self.calendar_popup = _CalendarPopup(self)
            self.calendar_popup.picked.connect(self._on_picked)
        self.calendar_popup.popup_below(self.line_edit, self._date or date.today())

    def _on_picked(self, day: QDate) -> None:
        self.setDate(_from_qdate(day))
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _step(self, days: int = 0, months: int = 0) -> None:
        if self._date is None:
            return
        if months:
            moved = _from_qdate(QDate(self._date.year, self._date.month, self._date.day).addMonths(months))
        else:
            moved = self._date + timedelta(days=days)
        self.setDate(moved)
        self.line_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.line_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
                self.open_calendar()
                return True
            steps: dict[int, tuple[int, int]] = {  # Qt.Key values, as QKeyEvent.key() gives them
                Qt.Key.Key_Up: (1, 0),
                Qt.Key.Key_Down: (-1, 0),
                Qt.Key.Key_PageUp: (0, 1),
                Qt.Key.Key_PageDown: (0, -1),
            }
            if key in steps and not alt and self._date is not None:
                self._step(*steps[key])
                return True
        return super().eventFilter(watched, event)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.line_edit.setPlaceholderText(self.tr("2026-04-01 or R8.4.1"))
        metrics = self.line_edit.fontMetrics()
        self.line_edit.setMinimumWidth(
            max(
                metrics.horizontalAdvance(self.line_edit.placeholderText()),
                metrics.horizontalAdvance("0000-00-00"),
            )
            + 24
        )
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Choose from a calendar"))
        if self._error is not None:
            self._show_error(self._error)
        self._update_hint(self._date)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.calendar_button.setIcon(_calendar_icon(self.palette()))
        super().changeEvent(event)


__all__ = ["DateEdit"]
