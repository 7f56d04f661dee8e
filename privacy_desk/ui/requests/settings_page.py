"""Settings › Requests: the fee and the identity documents staff can tick (office settings, shared by
every desk). The Requests feature registers the page (`settings_pages` of its ViewSpec); the settings
dialog shows it as one of its tabs."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.config import (
    CASE_TICKET_FOLLOW,
    IDENTITY_DOCUMENTS,
    MAX_FEE_YEN,
    REQUEST_FEE_YEN,
    OfficeSetting,
    setting_int,
    setting_texts,
)
from privacy_desk.domain.cases import TicketFollow
from privacy_desk.ui.dialogs.settings_pages import OfficePage, list_edit_triggers, set_spin_editable, stored
from privacy_desk.ui.widgets import InlineMessage
from privacy_desk.ui.widgets.forms import EnumCombo

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DELETE = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class YenSpinBox(QSpinBox):
    """An amount in whole yen, thousands grouped, with the unit as each language writes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_FEE_YEN)
        self.setSingleStep(100)
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        # The locale follows the language too: the group separator is the language's own.
        self.setLocale(QLocale())
        self.setSuffix(QCoreApplication.translate("SettingsDialog", " yen"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(f"0,000,000{self.suffix()}") + 48)


def document_key(name: str) -> str:
    """What makes two document names the same: width, case and surrounding spaces do not count."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


class RequestsSettingsPage(OfficePage):
    key = "requests"
    tab_alias = "requests_tab"
    owns = (REQUEST_FEE_YEN, IDENTITY_DOCUMENTS, CASE_TICKET_FOLLOW)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests_note = self.note
        self._documents_error: tuple[str, str] | None = None  # (what went wrong, the name concerned)
        self._documents_updating = False

        self.fee_group = QGroupBox(self)
        self.fee_note = QLabel(self.fee_group)
        self.fee_note.setWordWrap(True)
        self.fee_label = QLabel(self.fee_group)
        self.fee_spin = YenSpinBox(self.fee_group)
        self.fee_label.setBuddy(self.fee_spin)
        fee_grid = QGridLayout(self.fee_group)
        fee_grid.addWidget(self.fee_note, 0, 0, 1, 3)
        fee_grid.addWidget(self.fee_label, 1, 0)
        fee_grid.addWidget(self.fee_spin, 1, 1)
        fee_grid.setColumnStretch(2, 1)
        self._build_documents_group()
        self.ticket_group = QGroupBox(self)
        self.ticket_note = QLabel(self.ticket_group)
        self.ticket_note.setWordWrap(True)
        self.ticket_label = QLabel(self.ticket_group)
        self.ticket_combo = EnumCombo(TicketFollow, self.ticket_group)
        self.ticket_label.setBuddy(self.ticket_combo)
        ticket_grid = QGridLayout(self.ticket_group)
        ticket_grid.addWidget(self.ticket_note, 0, 0, 1, 2)
        ticket_grid.addWidget(self.ticket_label, 1, 0)
        ticket_grid.addWidget(self.ticket_combo, 1, 1)
        ticket_grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.requests_note)
        layout.addWidget(self.fee_group)
        layout.addWidget(self.ticket_group)
        layout.addWidget(self.documents_group, 1)
        self.office_widgets = [self.fee_group, self.ticket_group, self.documents_group]

    def _build_documents_group(self) -> None:
        self.documents_group = QGroupBox(self)
        self.documents_note = QLabel(self.documents_group)
        self.documents_note.setWordWrap(True)
        self.documents_label = QLabel(self.documents_group)
        self.documents_list = QListWidget(self.documents_group)
        self.documents_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_list.installEventFilter(self)
        self.documents_list.itemSelectionChanged.connect(self._update_document_buttons)
        self.documents_list.itemChanged.connect(self._on_document_renamed)
        self.documents_label.setBuddy(self.documents_list)
        self.documents_message = InlineMessage(self.documents_group)
        self.rename_document_button = QPushButton(self.documents_group)
        self.remove_document_button = QPushButton(self.documents_group)
        self.move_up_button = QPushButton(self.documents_group)
        self.move_down_button = QPushButton(self.documents_group)
        self.new_document_label = QLabel(self.documents_group)
        self.new_document_edit = QLineEdit(self.documents_group)
        self.new_document_edit.setClearButtonEnabled(True)
        self.new_document_edit.installEventFilter(self)  # Enter adds the document, not OK
        self.new_document_edit.textChanged.connect(self._update_document_buttons)
        self.new_document_label.setBuddy(self.new_document_edit)
        self.add_document_button = QPushButton(self.documents_group)
        self.rename_document_button.clicked.connect(self.rename_selected_document)
        self.remove_document_button.clicked.connect(self.remove_selected_document)
        self.move_up_button.clicked.connect(lambda: self.move_selected_document(-1))
        self.move_down_button.clicked.connect(lambda: self.move_selected_document(1))
        self.add_document_button.clicked.connect(self.add_document)
        self.document_edit_buttons = [
            self.rename_document_button,
            self.remove_document_button,
            self.move_up_button,
            self.move_down_button,
            self.add_document_button,
        ]
        for button in self.document_edit_buttons:
            button.setAutoDefault(False)

        side = QVBoxLayout()
        for button in self.document_edit_buttons[:4]:
            side.addWidget(button)
        side.addStretch(1)
        documents_grid = QGridLayout(self.documents_group)
        documents_grid.addWidget(self.documents_note, 0, 0, 1, 2)
        documents_grid.addWidget(self.documents_label, 1, 0, 1, 2)
        documents_grid.addWidget(self.documents_list, 2, 0)
        documents_grid.addLayout(side, 2, 1)
        documents_grid.addWidget(self.documents_message, 3, 0, 1, 2)
        documents_grid.addWidget(self.new_document_label, 4, 0, 1, 2)
        documents_grid.addWidget(self.new_document_edit, 5, 0)
        documents_grid.addWidget(self.add_document_button, 5, 1)
        documents_grid.setColumnStretch(0, 1)
        documents_grid.setRowStretch(2, 1)

    # -- values ------------------------------------------------------------------------------------

    def tab_text(self) -> str:
        return QCoreApplication.translate("SettingsDialog", "Re&quests")

    def load(self, values: Mapping[str, object]) -> None:
        self.fee_spin.setValue(setting_int(stored(values, REQUEST_FEE_YEN)))
        follow = self.ticket_combo.findData(str(stored(values, CASE_TICKET_FOLLOW)))
        self.ticket_combo.setCurrentIndex(max(follow, 0))
        self.documents_list.clear()
        for name in setting_texts(stored(values, IDENTITY_DOCUMENTS)):
            self.documents_list.addItem(self._document_item(str(name)))

    def apply_access(self, available: bool, editable: bool) -> None:
        super().apply_access(available, editable)
        set_spin_editable(self.fee_spin, editable)
        self.ticket_combo.setEnabled(editable)
        for widget in [*self.document_edit_buttons, self.new_document_label, self.new_document_edit]:
            widget.setVisible(editable)
        self.documents_list.setEditTriggers(list_edit_triggers(editable))
        self._update_document_buttons()

    def wanted(self) -> dict[OfficeSetting, object]:
        return {
            REQUEST_FEE_YEN: self.fee_spin.value(),
            IDENTITY_DOCUMENTS: self.identity_documents(),
            CASE_TICKET_FOLLOW: str(self.ticket_combo.currentData()),
        }

    # -- identity documents ------------------------------------------------------------------------

    def _document_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, name)  # the accepted name: a refused rename goes back to it
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def identity_documents(self) -> list[str]:
        return [
            self.documents_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.documents_list.count())
        ]

    def _document_problem(self, name: str, ignore_row: int = -1) -> tuple[str, str] | None:
        if not name:
            return ("empty", "")
        key = document_key(name)
        for row, existing in enumerate(self.identity_documents()):
            if row != ignore_row and document_key(existing) == key:
                return ("duplicate", existing)
        return None

    def _show_documents_error(self, problem: tuple[str, str] | None) -> None:
        self._documents_error = problem
        if problem is None:
            self.documents_message.clear()
            return
        what, name = problem
        if what == "empty":
            text = QCoreApplication.translate("SettingsDialog", "Enter the name of the document.")
        elif what == "duplicate":
            text = QCoreApplication.translate("SettingsDialog", "“{name}” is already in the list.").format(
                name=name
            )
        else:
            text = QCoreApplication.translate(
                "SettingsDialog",
                "At least one identity document is needed: add another before removing this one.",
            )
        self.documents_message.show_error(text)

    def add_document(self) -> None:
        name = self.new_document_edit.text().strip()
        problem = self._document_problem(name)
        self._show_documents_error(problem)
        if problem is not None:
            self.new_document_edit.setFocus()
            self.new_document_edit.selectAll()
            return
        item = self._document_item(name)
        self.documents_list.addItem(item)
        self.documents_list.setCurrentItem(item)
        self.documents_list.scrollToItem(item)
        self.new_document_edit.clear()
        self.new_document_edit.setFocus()

    def rename_selected_document(self) -> None:
        item = self.documents_list.currentItem()
        if item is not None and self.editable:
            self.documents_list.setFocus()
            self.documents_list.editItem(item)

    def _on_document_renamed(self, item: QListWidgetItem) -> None:
        if self._documents_updating:
            return
        accepted: str = item.data(Qt.ItemDataRole.UserRole)
        name = item.text().strip()
        if name == item.text() and name == accepted:
            return
        problem = None if name == accepted else self._document_problem(name, self.documents_list.row(item))
        self._documents_updating = True
        try:
            if problem is None:
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setText(name)
            else:
                item.setText(accepted)
        finally:
            self._documents_updating = False
        self._show_documents_error(problem)

    def remove_selected_document(self) -> None:
        row = self.documents_list.currentRow()
        if row < 0 or not self.documents_list.currentItem().isSelected():
            return
        if self.documents_list.count() == 1:
            self._show_documents_error(("last", ""))
            return
        self.documents_list.takeItem(row)
        self._show_documents_error(None)
        self.documents_list.setCurrentRow(min(row, self.documents_list.count() - 1))

    def move_selected_document(self, step: int) -> None:
        row = self.documents_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.documents_list.count():
            return
        item = self.documents_list.takeItem(row)
        self.documents_list.insertItem(target, item)
        self.documents_list.setCurrentItem(item)
        self._update_document_buttons()

    def _update_document_buttons(self) -> None:
        editable = self.editable
        row = self.documents_list.currentRow()
        item = self.documents_list.currentItem()
        selected = editable and item is not None and item.isSelected()
        self.rename_document_button.setEnabled(selected)
        self.remove_document_button.setEnabled(selected)
        self.move_up_button.setEnabled(selected and row > 0)
        self.move_down_button.setEnabled(selected and row < self.documents_list.count() - 1)
        self.add_document_button.setEnabled(editable and bool(self.new_document_edit.text().strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.new_document_edit and event.key() in ENTER:
                self.add_document()
                return True
            if (
                watched is self.documents_list
                and event.key() in DELETE
                and self.documents_list.state() != QAbstractItemView.State.EditingState
            ):
                if self.editable:
                    self.remove_selected_document()
                return True
        return super().eventFilter(watched, event)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.fee_group.setTitle(QCoreApplication.translate("SettingsDialog", "Fee"))
        self.fee_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "Charged for a notification of the purpose of use, a disclosure and a disclosure of "
                "third-party provision records (APPI Art. 38), within what the actual cost justifies. "
                "Enter 0 if the office charges no fee.",
            )
        )
        self.fee_label.setText(QCoreApplication.translate("SettingsDialog", "&Fee per request:"))
        self.fee_spin.retranslate()
        self.ticket_group.setTitle(QCoreApplication.translate("SettingsDialog", "Converted tickets"))
        self.ticket_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "When a case opened from a ticket is answered, its ticket records the first response "
                "and leaves Today. Choose what else the ticket does when the case is answered, "
                "withdrawn or closed.",
            )
        )
        self.ticket_label.setText(QCoreApplication.translate("SettingsDialog", "&Ticket of a case:"))
        self.documents_group.setTitle(QCoreApplication.translate("SettingsDialog", "Identity verification"))
        self.documents_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "The documents staff can tick when they verify a requester's identity, shown in this "
                "order. Names are written as the office writes them.",
            )
        )
        self.documents_label.setText(
            QCoreApplication.translate("SettingsDialog", "Accepted &identity documents:")
        )
        self.documents_list.setToolTip(
            QCoreApplication.translate("SettingsDialog", "Double-click a name or press F2 to rename it.")
            if self.editable
            else ""
        )
        self.rename_document_button.setText(QCoreApplication.translate("SettingsDialog", "&Rename"))
        self.remove_document_button.setText(QCoreApplication.translate("SettingsDialog", "R&emove"))
        self.move_up_button.setText(QCoreApplication.translate("SettingsDialog", "Move &up"))
        self.move_down_button.setText(QCoreApplication.translate("SettingsDialog", "Move do&wn"))
        self.new_document_label.setText(QCoreApplication.translate("SettingsDialog", "New d&ocument:"))
        self.add_document_button.setText(QCoreApplication.translate("SettingsDialog", "&Add"))
        self._show_documents_error(self._documents_error)


__all__ = ["RequestsSettingsPage", "YenSpinBox", "document_key"]
