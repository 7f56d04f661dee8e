"""Settings › Office deadlines: the internal due days per request type, the days that count as due
soon, the office's time zone and its company closure days (office settings, shared by every desk)."""

from __future__ import annotations

import zoneinfo
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.config import (
    COMPANY_CLOSURES,
    DUE_SOON_DAYS,
    INTERNAL_DUE_DAYS,
    OFFICE_TIMEZONE,
    OfficeSetting,
    setting_int,
    setting_texts,
)
from privacy_desk.domain.requests import RequestType
from privacy_desk.i18n.formatting import format_weekday_date
from privacy_desk.ui.dialogs.settings_pages import OfficePage, set_spin_editable, stored
from privacy_desk.ui.widgets import current_language
from privacy_desk.ui.widgets.date_edit import DateEdit

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DELETE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class DaysSpinBox(QSpinBox):
    """A whole number of days. The unit is in the column header or the label, not a suffix: a suffix
    would need a plural form per number in every language."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)


class DeadlinesPage(OfficePage):
    key = "deadlines"
    tab_alias = "office_tab"
    owns = (*INTERNAL_DUE_DAYS.values(), DUE_SOON_DAYS, OFFICE_TIMEZONE, COMPANY_CLOSURES)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office_note = self.note
        self._build_due_group()
        self._build_closure_group()
        self._build_other_group()
        left = QVBoxLayout()
        left.addWidget(self.due_group)
        left.addWidget(self.other_group)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.closure_group, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office_note)
        layout.addLayout(columns, 1)
        self.office_widgets = [self.due_group, self.closure_group, self.other_group]

    def _build_due_group(self) -> None:
        self.due_group = QGroupBox(self)
        self.due_note = QLabel(self.due_group)
        self.due_note.setWordWrap(True)
        self.due_header_type = QLabel(self.due_group)
        self.due_header_days = QLabel(self.due_group)
        for header in (self.due_header_type, self.due_header_days):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
        due_grid = QGridLayout(self.due_group)
        due_grid.addWidget(self.due_note, 0, 0, 1, 2)
        due_grid.addWidget(self.due_header_type, 1, 0)
        due_grid.addWidget(self.due_header_days, 1, 1, Qt.AlignmentFlag.AlignRight)
        due_grid.setColumnStretch(0, 1)
        self.due_spins: dict[RequestType, DaysSpinBox] = {}
        self.due_labels: dict[RequestType, QLabel] = {}
        for row, request_type in enumerate(RequestType, start=2):
            spin = DaysSpinBox(1, 365, self.due_group)
            label = QLabel(self.due_group)
            label.setWordWrap(True)
            label.setBuddy(spin)
            due_grid.addWidget(label, row, 0)
            due_grid.addWidget(spin, row, 1)
            self.due_spins[request_type] = spin
            self.due_labels[request_type] = label

    def _build_closure_group(self) -> None:
        self.closure_group = QGroupBox(self)
        self.closure_note = QLabel(self.closure_group)
        self.closure_note.setWordWrap(True)
        self.closure_list = QListWidget(self.closure_group)
        self.closure_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.closure_list.installEventFilter(self)
        self.closure_list.itemSelectionChanged.connect(self._update_closure_buttons)
        self.closure_list_label = QLabel(self.closure_group)
        self.closure_list_label.setBuddy(self.closure_list)
        self.closure_date_label = QLabel(self.closure_group)
        self.closure_date = DateEdit(self.closure_group)
        self.closure_date.line_edit.installEventFilter(self)  # Enter adds the day, not OK
        self.closure_date.date_did_change.connect(self._update_closure_buttons)
        self.closure_date_label.setBuddy(self.closure_date)
        self.add_closure_button = QPushButton(self.closure_group)
        self.add_closure_button.setAutoDefault(False)
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button = QPushButton(self.closure_group)
        self.remove_closure_button.setAutoDefault(False)
        self.remove_closure_button.clicked.connect(self.remove_selected_closures)
        add_row = QHBoxLayout()
        add_row.addWidget(self.closure_date, 1)
        add_row.addWidget(self.add_closure_button, 0, Qt.AlignmentFlag.AlignTop)
        closure_layout = QVBoxLayout(self.closure_group)
        closure_layout.addWidget(self.closure_note)
        closure_layout.addWidget(self.closure_list_label)
        closure_layout.addWidget(self.closure_list, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_closure_button)
        closure_layout.addLayout(remove_row)
        closure_layout.addWidget(self.closure_date_label)
        closure_layout.addLayout(add_row)

    def _build_other_group(self) -> None:
        self.other_group = QGroupBox(self)
        self.due_soon_label = QLabel(self.other_group)
        self.due_soon_spin = DaysSpinBox(0, 60, self.other_group)
        self.due_soon_label.setBuddy(self.due_soon_spin)
        self.timezone_label = QLabel(self.other_group)
        self.timezone_combo = QComboBox(self.other_group)
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone_combo.setMaxVisibleItems(15)
        completer = QCompleter(self.timezone_combo.model(), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self.timezone_label.setBuddy(self.timezone_combo)
        self.due_soon_label.setWordWrap(True)
        other_grid = QGridLayout(self.other_group)
        other_grid.addWidget(self.due_soon_label, 0, 0)
        other_grid.addWidget(self.due_soon_spin, 0, 1)
        other_grid.addWidget(self.timezone_label, 1, 0)
        other_grid.addWidget(self.timezone_combo, 1, 1)
        other_grid.setColumnStretch(0, 1)

    # -- values ------------------------------------------------------------------------------------

    def tab_text(self) -> str:
        return QCoreApplication.translate("SettingsDialog", "Office &deadlines")

    def load(self, values: Mapping[str, object]) -> None:
        for request_type, spin in self.due_spins.items():
            spin.setValue(setting_int(stored(values, INTERNAL_DUE_DAYS[request_type])))
        self.due_soon_spin.setValue(setting_int(stored(values, DUE_SOON_DAYS)))
        self.timezone_combo.setCurrentText(str(stored(values, OFFICE_TIMEZONE)))
        self.closure_list.clear()
        for text in setting_texts(stored(values, COMPANY_CLOSURES)):
            self._add_closure_item(date.fromisoformat(text))

    def apply_access(self, available: bool, editable: bool) -> None:
        super().apply_access(available, editable)
        for spin in [*self.due_spins.values(), self.due_soon_spin]:
            set_spin_editable(spin, editable)
        self.timezone_combo.setEnabled(editable)
        for widget in (self.closure_date, self.closure_date_label, self.add_closure_button):
            widget.setVisible(editable)
        self.remove_closure_button.setVisible(editable)
        self._update_closure_buttons()

    def wanted(self) -> dict[OfficeSetting, object]:
        return {
            **{INTERNAL_DUE_DAYS[t]: spin.value() for t, spin in self.due_spins.items()},
            DUE_SOON_DAYS: self.due_soon_spin.value(),
            OFFICE_TIMEZONE: self.timezone_combo.currentText().strip(),
            COMPANY_CLOSURES: [day.isoformat() for day in self._closure_days()],
        }

    # -- closure days ------------------------------------------------------------------------------

    def _closure_days(self) -> list[date]:
        return [
            self.closure_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.closure_list.count())
        ]

    def _add_closure_item(self, day: date) -> QListWidgetItem:
        days = self._closure_days()
        if day in days:
            return self.closure_list.item(days.index(day))
        row = sum(1 for existing in days if existing < day)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, day)
        self._label_closure_item(item)
        self.closure_list.insertItem(row, item)
        return item

    def _label_closure_item(self, item: QListWidgetItem) -> None:
        day: date = item.data(Qt.ItemDataRole.UserRole)
        text = QCoreApplication.translate("SettingsDialog", "{iso}  ({date})").format(
            iso=day.isoformat(), date=format_weekday_date(day, current_language())
        )
        item.setText(text)

    def add_closure(self) -> None:
        day = self.closure_date.validate()
        if day is None:
            if not self.closure_date.has_error():
                self.closure_date.setFocus()
            return
        item = self._add_closure_item(day)
        # Only the new day is selected: the default command would add it to the selection, and Delete
        # would then remove earlier days too.
        self.closure_list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.closure_list.scrollToItem(item)
        self.closure_date.setDate(None)
        self.closure_date.setFocus()

    def remove_selected_closures(self) -> None:
        rows = sorted((self.closure_list.row(i) for i in self.closure_list.selectedItems()), reverse=True)
        for row in rows:
            self.closure_list.takeItem(row)
        if self.closure_list.count():
            row = min(rows[-1] if rows else 0, self.closure_list.count() - 1)
            self.closure_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_closure_buttons(self) -> None:
        editable = self.editable
        self.remove_closure_button.setEnabled(editable and bool(self.closure_list.selectedItems()))
        self.add_closure_button.setEnabled(editable and self.closure_date.date() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.closure_date.line_edit and event.key() in ENTER:
                self.add_closure()
                return True
            if watched is self.closure_list and event.key() in DELETE:
                if self.editable:
                    self.remove_selected_closures()
                return True
        return super().eventFilter(watched, event)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.due_group.setTitle(QCoreApplication.translate("SettingsDialog", "Internal due dates"))
        self.due_header_type.setText(QCoreApplication.translate("SettingsDialog", "Request type"))
        self.due_header_days.setText(QCoreApplication.translate("SettingsDialog", "Days after arrival"))
        self.due_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "The law sets no number of days for answering a request: it says 「遅滞なく」 (without "
                "delay). These are the office's own targets, counted from the day the request arrived "
                "and moved back to the last day the office is open.",
            )
        )
        for request_type, label in self.due_labels.items():
            label.setText(
                QCoreApplication.translate("SettingsDialog", "{request_type}:").format(
                    request_type=QCoreApplication.translate("RequestType", request_type.label)
                )
            )
        self.closure_group.setTitle(QCoreApplication.translate("SettingsDialog", "Company closure days"))
        self.closure_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "Days the office is closed on top of Saturdays, Sundays, national holidays and "
                "29 December – 3 January, which are always closure days.",
            )
        )
        self.closure_list_label.setText(QCoreApplication.translate("SettingsDialog", "C&losure days:"))
        self.closure_date_label.setText(QCoreApplication.translate("SettingsDialog", "Add a closure da&y:"))
        self.add_closure_button.setText(QCoreApplication.translate("SettingsDialog", "&Add"))
        self.remove_closure_button.setText(QCoreApplication.translate("SettingsDialog", "&Remove"))
        for row in range(self.closure_list.count()):
            self._label_closure_item(self.closure_list.item(row))
        self.other_group.setTitle(QCoreApplication.translate("SettingsDialog", "Other"))
        self.due_soon_label.setText(
            QCoreApplication.translate("SettingsDialog", "Days before a deadline that count as due &soon:")
        )
        self.timezone_label.setText(QCoreApplication.translate("SettingsDialog", "Office &time zone:"))
        self.timezone_combo.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "Dates of arrival and awareness are counted in this time zone."
            )
        )


__all__ = ["DaysSpinBox", "DeadlinesPage"]
