"""Record Decision…: granted in full or in part, refused (on one of the three grounds of APPI Art. 33(2),
with the explanation Art. 36 asks for), or no data; what was corrected; the systems told to stop. A
FormDialog of the case's workflow (action_dialogs.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.cases import Decision, RefusalGround, ground_required
from privacy_desk.domain.requests import STOP_TYPES, RequestType
from privacy_desk.ui.widgets import InlineMessage, MessageKind
from privacy_desk.ui.widgets.forms import FormDialog, explanation_label, form_layout, text_edit

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "CaseActions"


class DecisionDialog(FormDialog):
    """The draft decision: full, partial, refused, no data; for a partial answer or a refusal of a
    disclosure or provision-record request one of the three Art. 33(2) grounds; the explanation given to
    the requester (Art. 36); what was corrected; the systems told to stop."""

    def __init__(self, operations: FormRunner, save: Callable[[Any], Any], detail: CaseDetail, parent=None):
        super().__init__(operations, parent)
        self._save = save
        self._detail = detail
        self.request_type: RequestType = detail.row.request_type
        self.explanation = explanation_label(self)
        self.decision_box = QGroupBox(self)
        self.decision_buttons: dict[Decision, QRadioButton] = {}
        self._decisions = QButtonGroup(self)
        row = QHBoxLayout(self.decision_box)
        for decision in Decision:
            button = QRadioButton(self.decision_box)
            self.decision_buttons[decision] = button
            self._decisions.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.ground_box = QGroupBox(self)
        self.ground_buttons: dict[RefusalGround, QRadioButton] = {}
        self._grounds = QButtonGroup(self)
        grounds = QVBoxLayout(self.ground_box)
        for ground in RefusalGround:
            button = QRadioButton(self.ground_box)
            self.ground_buttons[ground] = button
            self._grounds.addButton(button)
            grounds.addWidget(button)
        self.reasons_label, self.reasons_edit = QLabel(self), text_edit(self, 110)
        self.reasons_label.setBuddy(self.reasons_edit)
        self.reasons_label.setWordWrap(True)
        self.correction_label, self.correction_edit = QLabel(self), text_edit(self, 90)
        self.correction_label.setBuddy(self.correction_edit)
        self.correction_label.setWordWrap(True)
        self.systems_label = QLabel(self)
        self.systems_label.setWordWrap(True)
        self.system_edit = QLineEdit(self)
        self.systems_label.setBuddy(self.system_edit)
        self.add_system_button = QPushButton(self)
        self.add_system_button.setAutoDefault(False)
        self.remove_system_button = QPushButton(self)
        self.remove_system_button.setAutoDefault(False)
        self.systems_list = QListWidget(self)
        self.systems_list.setMaximumHeight(90)
        self.systems_list.addItems(list(detail.systems_notified))
        self.add_system_button.clicked.connect(self.add_system)
        self.system_edit.returnPressed.connect(self.add_system)
        self.remove_system_button.clicked.connect(self.remove_system)
        self.systems_list.currentRowChanged.connect(self._systems_changed)
        entry = QHBoxLayout()
        entry.addWidget(self.system_edit, 1)
        entry.addWidget(self.add_system_button)
        entry.addWidget(self.remove_system_button)
        self.systems = QWidget(self)
        systems = QVBoxLayout(self.systems)
        systems.setContentsMargins(0, 0, 0, 0)
        systems.addLayout(entry)
        systems.addWidget(self.systems_list)
        self.approval_note = InlineMessage(self)

        form = form_layout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.reasons_label, self.reasons_edit)
        form.addRow(self.correction_label, self.correction_edit)
        form.addRow(self.systems_label, self.systems)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.decision_box)
        layout.addWidget(self.ground_box)
        layout.addLayout(form)
        layout.addWidget(self.approval_note)
        layout.addStretch(1)
        self.finish_layout(layout)

        self._stop = self.request_type in STOP_TYPES
        form.setRowVisible(self.correction_edit, self.request_type is RequestType.CORRECTION)
        form.setRowVisible(self.systems, self._stop)
        if detail.row.decision is not None:
            self.decision_buttons[detail.row.decision].setChecked(True)
        if detail.refusal_ground is not None:
            self.ground_buttons[detail.refusal_ground].setChecked(True)
        self.reasons_edit.setPlainText(detail.explanation)
        self.correction_edit.setPlainText(detail.correction_details)
        self._decisions.buttonToggled.connect(lambda *_: self._decision_changed())
        self._decision_changed()
        self._systems_changed()
        self.retranslate()
        self.resize(680, self.sizeHint().height())
        checked = self.decision()
        (self.decision_buttons[checked] if checked else self.decision_buttons[Decision.FULL]).setFocus()

    def decision(self) -> Decision | None:
        for decision, button in self.decision_buttons.items():
            if button.isChecked():
                return decision
        return None

    def ground(self) -> RefusalGround | None:
        for ground, button in self.ground_buttons.items():
            if button.isChecked():
                return ground
        return None

    def systems_notified(self) -> tuple[str, ...]:
        return tuple(self.systems_list.item(row).text() for row in range(self.systems_list.count()))

    def add_system(self) -> None:
        name = self.system_edit.text().strip()
        if name and name not in self.systems_notified():
            self.systems_list.addItem(name)
        self.system_edit.clear()
        self.system_edit.setFocus()
        self._systems_changed()

    def remove_system(self) -> None:
        row = self.systems_list.currentRow()
        if row >= 0:
            self.systems_list.takeItem(row)
        self._systems_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter in the system field adds the system (returnPressed); it must not also save the form.
        if self.focusWidget() is self.system_edit and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _systems_changed(self, *_args) -> None:
        self.remove_system_button.setEnabled(self.systems_list.currentRow() >= 0)

    def _decision_changed(self) -> None:
        decision = self.decision()
        self.ground_box.setVisible(ground_required(self.request_type, decision))
        self.reasons_edit.setEnabled(decision is not None)
        self.approval_note.setVisible(decision is Decision.REFUSAL)
        self.message.clear()
        if self.isVisible() and self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def prepare(self):
        from privacy_desk.services.cases.service import DecisionInput

        decision = self.decision()
        if decision is None:
            self.message.show_error(translate("CaseActions", "Choose the decision."))
            self.decision_buttons[Decision.FULL].setFocus()
            return None
        ground = self.ground() if ground_required(self.request_type, decision) else None
        if ground_required(self.request_type, decision) and ground is None:
            self.message.show_error(
                translate(
                    "CaseActions",
                    "Choose the ground for not disclosing everything: one of the three of APPI Art. 33(2).",
                )
            )
            self.ground_buttons[RefusalGround.HARM_TO_PERSON_OR_THIRD_PARTY].setFocus()
            return None
        explanation = self.reasons_edit.toPlainText().strip()
        if decision.needs_ground and not explanation:
            self.message.show_error(
                translate(
                    "CaseActions",
                    "Write the explanation of the reasons that the requester is given (APPI Art. 36).",
                )
            )
            self.reasons_edit.setFocus()
            return None
        data = DecisionInput(
            decision,
            ground,
            explanation,
            self.correction_edit.toPlainText().strip(),
            self.systems_notified(),
        )
        return lambda: self._save(data)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("CaseActions", "Decision — {ref}").format(ref=self._detail.row.ref))
        self.explanation.setText(
            translate(
                "CaseActions",
                "{type}: record the decision. A partial answer or a refusal needs the explanation of its "
                "reasons given to the requester; saving clears an earlier approval.",
            ).format(type=translate("RequestType", self.request_type.label))
        )
        self.decision_box.setTitle(translate("CaseActions", "Decision"))
        for decision, button in self.decision_buttons.items():
            button.setText(translate("Decision", decision.label))
        self.ground_box.setTitle(translate("CaseActions", "Ground for not disclosing (APPI Art. 33(2))"))
        for ground, button in self.ground_buttons.items():
            button.setText(translate("RefusalGround", ground.label))
        self.reasons_label.setText(translate("CaseActions", "&Explanation to the requester (Art. 36):"))
        self.reasons_edit.setPlaceholderText(
            translate("CaseActions", "required for a partial answer or a refusal")
        )
        self.correction_label.setText(translate("CaseActions", "What was &corrected, added or deleted:"))
        self.correction_edit.setPlaceholderText(
            translate("CaseActions", "needed before the response goes out")
        )
        self.systems_label.setText(translate("CaseActions", "S&ystems told to stop:"))
        self.system_edit.setPlaceholderText(translate("CaseActions", "a system or department; Enter adds it"))
        self.add_system_button.setText(translate("CaseActions", "A&dd"))
        self.remove_system_button.setText(translate("CaseActions", "&Remove"))
        self.approval_note.show_message(
            translate("CaseActions", "A refusal goes out only after a manager has approved it."),
            MessageKind.INFO,
        )
        self.approval_note.setVisible(self.decision() is Decision.REFUSAL)
        self.ok_button.setText(translate("CaseActions", "&Save Decision"))


__all__ = ["DecisionDialog"]
