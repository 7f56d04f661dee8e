"""Settings › Incidents: the company as the reporter of a breach report (Rule Art. 8's form names the
business, not the clerk: name, address, representative, contact) and where reports go by default (the
PPC, a delegated ministry, an accredited organisation, or the commissioning company). Office settings,
shared by every desk; the Incidents feature registers the page (`settings_pages` of its ViewSpec)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from privacy_desk.config import (
    COMPANY_ADDRESS,
    COMPANY_CONTACT,
    COMPANY_NAME,
    COMPANY_REPRESENTATIVE,
    INCIDENT_DESTINATION,
    INCIDENT_DESTINATION_NAME,
    OfficeSetting,
)
from privacy_desk.domain.incidents import Destination
from privacy_desk.ui.dialogs.settings_pages import OfficePage, stored
from privacy_desk.ui.widgets.forms import EnumCombo

translate = QCoreApplication.translate
COMPANY_FIELDS = (COMPANY_NAME, COMPANY_ADDRESS, COMPANY_REPRESENTATIVE, COMPANY_CONTACT)
NAMED = (Destination.MINISTRY, Destination.ACCREDITED_ORG)  # a destination that needs its name


class IncidentsSettingsPage(OfficePage):
    key = "incidents"
    tab_alias = "incidents_tab"
    owns = (*COMPANY_FIELDS, INCIDENT_DESTINATION, INCIDENT_DESTINATION_NAME)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_group = QGroupBox(self)
        self.company_note = QLabel(self.company_group)
        self.company_note.setWordWrap(True)
        company_form = QFormLayout(self.company_group)
        company_form.addRow(self.company_note)
        self.company_edits: dict[OfficeSetting, QLineEdit] = {}
        self.company_labels: dict[OfficeSetting, QLabel] = {}
        for setting in COMPANY_FIELDS:
            label, edit = QLabel(self.company_group), QLineEdit(self.company_group)
            label.setBuddy(edit)
            company_form.addRow(label, edit)
            self.company_edits[setting], self.company_labels[setting] = edit, label
        self.destination_group = QGroupBox(self)
        self.destination_note = QLabel(self.destination_group)
        self.destination_note.setWordWrap(True)
        self.destination_label = QLabel(self.destination_group)
        self.destination_combo = EnumCombo(Destination, self.destination_group)
        self.destination_label.setBuddy(self.destination_combo)
        self.destination_name_label = QLabel(self.destination_group)
        self.destination_name_edit = QLineEdit(self.destination_group)
        self.destination_name_label.setBuddy(self.destination_name_edit)
        destination_form = QFormLayout(self.destination_group)
        destination_form.addRow(self.destination_note)
        destination_form.addRow(self.destination_label, self.destination_combo)
        destination_form.addRow(self.destination_name_label, self.destination_name_edit)
        self.destination_combo.currentIndexChanged.connect(lambda _index: self._destination_changed())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.company_group)
        layout.addWidget(self.destination_group)
        layout.addStretch(1)
        self.office_widgets = [self.company_group, self.destination_group]
        self.retranslate()

    def tab_text(self) -> str:
        return translate("SettingsDialog", "Incide&nts")

    def load(self, values: Mapping[str, object]) -> None:
        for setting, edit in self.company_edits.items():
            edit.setText(str(stored(values, setting) or ""))
        found = self.destination_combo.findData(Destination(str(stored(values, INCIDENT_DESTINATION))))
        self.destination_combo.setCurrentIndex(max(found, 0))
        self.destination_name_edit.setText(str(stored(values, INCIDENT_DESTINATION_NAME) or ""))
        self._destination_changed()

    def apply_access(self, available: bool, editable: bool) -> None:
        super().apply_access(available, editable)
        for edit in (*self.company_edits.values(), self.destination_name_edit):
            edit.setReadOnly(not editable)
        self.destination_combo.setEnabled(editable)

    def _destination_changed(self) -> None:
        self.destination_name_edit.setEnabled(self.destination_combo.currentData() in NAMED)

    def wanted(self) -> dict[OfficeSetting, object]:
        values: dict[OfficeSetting, object] = {
            setting: edit.text().strip() for setting, edit in self.company_edits.items()
        }
        destination = Destination(self.destination_combo.currentData())
        values[INCIDENT_DESTINATION] = str(destination)
        values[INCIDENT_DESTINATION_NAME] = (
            self.destination_name_edit.text().strip() if destination in NAMED else ""
        )
        return values

    def set_initial_focus(self) -> None:
        self.company_edits[COMPANY_NAME].setFocus()

    def retranslate(self) -> None:
        self.company_group.setTitle(translate("SettingsDialog", "The company as the reporter"))
        self.company_note.setText(
            translate(
                "SettingsDialog",
                "A breach report names the business that reports, not the clerk who files it (Rule Art. 8). "
                "These appear on the preliminary and final reports and on the notices to the persons.",
            )
        )
        self.company_labels[COMPANY_NAME].setText(translate("SettingsDialog", "Compan&y name:"))
        self.company_labels[COMPANY_ADDRESS].setText(translate("SettingsDialog", "Add&ress:"))
        self.company_labels[COMPANY_REPRESENTATIVE].setText(translate("SettingsDialog", "Re&presentative:"))
        self.company_labels[COMPANY_CONTACT].setText(translate("SettingsDialog", "Con&tact:"))
        self.destination_group.setTitle(translate("SettingsDialog", "Where breach reports go"))
        self.destination_note.setText(
            translate(
                "SettingsDialog",
                "To the Personal Information Protection Commission, unless the PPC has delegated its "
                "authority for the company's sector to a ministry, or the company belongs to an accredited "
                "personal information protection organization. Each incident may choose another.",
            )
        )
        self.destination_label.setText(translate("SettingsDialog", "Reports &go to:"))
        self.destination_name_label.setText(translate("SettingsDialog", "Ministry or organi&zation:"))


__all__ = ["IncidentsSettingsPage"]
