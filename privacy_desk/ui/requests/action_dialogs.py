"""The forms behind the case's workflow buttons: identity, fee, pauses, the GDPR extension, the decision,
the response, and the reasons a case is sent back, withdrawn, rejected or let through unverified.

Each is a FormDialog: OK checks what is required and says what is missing above the buttons, then runs
`save(...)` through the operation helper; a refusal from the service shows there too and the form keeps
what was typed. `save` returns what the bar needs afterwards (the fresh case and its moves).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import Decision, RefusalGround, RequesterKind, ground_required
from privacy_desk.domain.requests import STOP_TYPES, RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.i18n.formatting import format_date
from privacy_desk.ui.widgets import InlineMessage, MessageKind, current_language
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.forms import FormDialog, explanation_label, form_layout, text_edit

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail, PauseRow
    from privacy_desk.ui.operations import Operations

translate = QCoreApplication.translate
CONTEXT = "CaseActions"


def _date_field(parent: QWidget, day: date) -> DateEdit:
    edit = DateEdit(parent)
    edit.setDate(day)
    return edit


# -- a reason ----------------------------------------------------------------------------------------


class ReasonDialog(FormDialog):
    """One required reason (withdraw, reject for identity, override the identity check, send back).
    `texts` are English sources in the CaseActions context: title (with {ref}), explanation, the field's
    label, the OK button, and the message when the reason is empty."""

    def __init__(
        self,
        operations: Operations,
        save: Callable[[str], Any],
        ref: str,
        texts: tuple[str, str, str, str, str],
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self._ref = ref
        self._texts = texts
        self.explanation = explanation_label(self)
        self.reason_label, self.reason_edit = QLabel(self), text_edit(self, 120)
        self.reason_label.setBuddy(self.reason_edit)
        form = form_layout()
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form, 1)
        self.finish_layout(layout)
        self.resize(520, 280)
        self.retranslate()
        self.reason_edit.setFocus()

    def prepare(self):
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.message.show_error(translate(CONTEXT, self._texts[4]))
            self.reason_edit.setFocus()
            return None
        return lambda: self._save(reason)

    def retranslate(self) -> None:
        super().retranslate()
        title, explanation, label, ok, _missing = self._texts
        self.setWindowTitle(translate(CONTEXT, title).format(ref=self._ref))
        self.explanation.setText(translate(CONTEXT, explanation))
        self.reason_label.setText(translate(CONTEXT, label))
        self.ok_button.setText(translate(CONTEXT, ok))


class ConfirmDialog(FormDialog):
    """A plain yes/no for a step that cannot be undone (closing a case)."""

    def __init__(
        self,
        operations: Operations,
        save: Callable[[], Any],
        ref: str,
        texts: tuple[str, str, str],
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self._ref = ref
        self._texts = texts
        self.explanation = explanation_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self.finish_layout(layout)
        self.resize(440, 160)
        self.retranslate()
        self.ok_button.setFocus()

    def prepare(self):
        return self._save

    def retranslate(self) -> None:
        super().retranslate()
        title, explanation, ok = self._texts
        self.setWindowTitle(translate(CONTEXT, title).format(ref=self._ref))
        self.explanation.setText(translate(CONTEXT, explanation).format(ref=self._ref))
        self.ok_button.setText(translate(CONTEXT, ok))


# -- a date ------------------------------------------------------------------------------------------


class DateDialog(FormDialog):
    """One required date (the fee paid, the requester answered, the response sent). `texts`: title (with
    {ref}), explanation (may use {ref}, {detail}), the field's label, the OK button, the message when the
    date is missing; `detail` is a line already translated (what the date is about)."""

    def __init__(
        self,
        operations: Operations,
        save: Callable[[date], Any],
        ref: str,
        day: date,
        texts: tuple[str, str, str, str, str],
        detail: Callable[[], str] = lambda: "",
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self._ref = ref
        self._texts = texts
        self._detail = detail
        self.explanation = explanation_label(self)
        self.date_label, self.date_edit = QLabel(self), _date_field(self, day)
        self.date_label.setBuddy(self.date_edit)
        form = form_layout()
        form.addRow(self.date_label, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        self.finish_layout(layout)
        self.resize(520, 220)
        self.retranslate()
        self.date_edit.setFocus()

    def prepare(self):
        day = self.date_edit.validate()
        if day is None:
            self.message.show_error(translate(CONTEXT, self._texts[4]))
            self.date_edit.setFocus()
            return None
        return lambda: self._save(day)

    def retranslate(self) -> None:
        super().retranslate()
        title, explanation, label, ok, _missing = self._texts
        self.setWindowTitle(translate(CONTEXT, title).format(ref=self._ref))
        self.explanation.setText(translate(CONTEXT, explanation).format(ref=self._ref, detail=self._detail()))
        self.date_label.setText(translate(CONTEXT, label))
        self.ok_button.setText(translate(CONTEXT, ok))


# -- identity ----------------------------------------------------------------------------------------


class VerifyIdentityDialog(FormDialog):
    """Who asks (the person, a legal representative, an appointed agent — saved with the check when
    changed), the documents checked from the office's list, other documents and a note.

    `save(documents, note, requester_or_None)`: requester is (kind, agent's name, agent's contact) when
    the user changed who asks (CaseService.verify_identity's `requester`)."""

    def __init__(
        self,
        operations: Operations,
        save: Callable[[list[str], str, Any], Any],
        detail: CaseDetail,
        documents: Sequence[str],
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self._detail = detail
        self.explanation = explanation_label(self)
        self.kind_label, self.kind_combo = QLabel(self), QComboBox(self)
        for kind in RequesterKind:
            self.kind_combo.addItem("", kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(detail.row.requester_kind.value))
        self.agent_label, self.agent_edit = QLabel(self), QLineEdit(self)
        self.agent_edit.setText(detail.row.agent_name)
        self.kind_label.setBuddy(self.kind_combo)
        self.agent_label.setBuddy(self.agent_edit)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.documents_box = QGroupBox(self)
        self.document_checks: list[QCheckBox] = []
        box = QVBoxLayout(self.documents_box)
        already = set(detail.identity_documents)
        for name in documents:
            check = QCheckBox(name.replace("&", "&&"), self.documents_box)  # "&" is not a mnemonic here
            check.setProperty("document", name)
            check.setChecked(name in already)
            self.document_checks.append(check)
            box.addWidget(check)
        other_row = QHBoxLayout()
        self.other_check = QCheckBox(self.documents_box)
        self.other_edit = QLineEdit(self.documents_box)
        self.other_edit.setEnabled(False)
        self.other_check.toggled.connect(self.other_edit.setEnabled)
        self.other_check.toggled.connect(lambda on: on and self.other_edit.setFocus())
        other_row.addWidget(self.other_check)
        other_row.addWidget(self.other_edit, 1)
        box.addLayout(other_row)
        self.note_label, self.note_edit = QLabel(self), text_edit(self, 70)
        self.note_edit.setPlainText(detail.identity_note)
        self.note_label.setBuddy(self.note_edit)
        form = form_layout()
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.agent_label, self.agent_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.documents_box)
        notes = form_layout()
        notes.addRow(self.note_label, self.note_edit)
        layout.addLayout(notes)
        self.finish_layout(layout)
        self.resize(560, 200 + 26 * len(documents))
        self._kind_changed()
        self.retranslate()
        (self.document_checks[0] if self.document_checks else self.kind_combo).setFocus()

    def requester_kind(self) -> RequesterKind:
        return RequesterKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        agent = self.requester_kind().is_agent
        self.agent_label.setVisible(agent)
        self.agent_edit.setVisible(agent)

    def chosen_documents(self) -> list[str]:
        return [check.property("document") for check in self.document_checks if check.isChecked()]

    def _requester(self) -> tuple[RequesterKind, str, str] | None:
        """(kind, agent's name, agent's contact) when who asks changed, else None."""
        detail, kind = self._detail, self.requester_kind()
        agent = self.agent_edit.text().strip() if kind.is_agent else ""
        if kind is detail.row.requester_kind and agent == detail.row.agent_name:
            return None
        return kind, agent, detail.agent_contact

    def prepare(self):
        kind = self.requester_kind()
        if kind.is_agent and not self.agent_edit.text().strip():
            self.message.show_error(
                translate(
                    "CaseActions", "Enter the name of the representative or agent who made the request."
                )
            )
            self.agent_edit.setFocus()
            return None
        other = self.other_edit.text().strip() if self.other_check.isChecked() else ""
        if self.other_check.isChecked() and not other:
            self.message.show_error(translate("CaseActions", "Name the other document that was checked."))
            self.other_edit.setFocus()
            return None
        documents = self.chosen_documents()
        if not documents:
            self.message.show_error(
                translate(
                    "CaseActions",
                    "Tick the documents from the office's list that were checked. A document that is "
                    "not on the list does not verify identity on its own: a manager can let the case "
                    "proceed with a reason.",
                )
                if other
                else translate("CaseActions", "Tick the documents that were checked.")
            )
            return None
        note = self.note_edit.toPlainText().strip()
        if other:
            line = translate("CaseActions", "Also checked: {document}").format(document=other)
            note = f"{line}\n{note}" if note else line
        requester = self._requester()
        return lambda: self._save(documents, note, requester)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            translate("CaseActions", "Verify Identity — {ref}").format(ref=self._detail.row.ref)
        )
        self.explanation.setText(
            translate(
                "CaseActions",
                "Record who asks and which documents you checked. You are recorded as the person who "
                "checked, with the time of saving.",
            )
        )
        self.kind_label.setText(translate("CaseActions", "&Who asks:"))
        for index in range(self.kind_combo.count()):
            kind = RequesterKind(self.kind_combo.itemData(index))
            self.kind_combo.setItemText(index, translate("RequesterKind", kind.label))
        self.agent_label.setText(translate("CaseActions", "&Agent's name:"))
        self.documents_box.setTitle(translate("CaseActions", "Documents checked"))
        self.other_check.setText(translate("CaseActions", "&Other:"))
        self.other_edit.setPlaceholderText(translate("CaseActions", "a document not on the office's list"))
        self.note_label.setText(translate("CaseActions", "&Note:"))
        self.ok_button.setText(translate("CaseActions", "&Verify"))


# -- fee ---------------------------------------------------------------------------------------------


class FeeAmountDialog(FormDialog):
    def __init__(
        self, operations: Operations, save: Callable[[int], Any], ref: str, amount: int, parent=None
    ):
        super().__init__(operations, parent)
        self._save = save
        self._ref = ref
        self.explanation = explanation_label(self)
        self.amount_label, self.amount_spin = QLabel(self), QSpinBox(self)
        self.amount_spin.setRange(0, 1_000_000)
        self.amount_spin.setSingleStep(100)
        self.amount_spin.setGroupSeparatorShown(True)
        self.amount_spin.setValue(amount)
        self.amount_label.setBuddy(self.amount_spin)
        form = form_layout()
        form.addRow(self.amount_label, self.amount_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        self.finish_layout(layout)
        self.resize(480, 200)
        self.retranslate()
        self.amount_spin.setFocus()
        self.amount_spin.selectAll()

    def prepare(self):
        amount = self.amount_spin.value()
        return lambda: self._save(amount)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("CaseActions", "Fee — {ref}").format(ref=self._ref))
        self.explanation.setText(
            translate(
                "CaseActions",
                "The fee must be within what is reasonable considering the actual cost (APPI Art. 38). "
                "The office's standard amount is filled in.",
            )
        )
        self.amount_label.setText(translate("CaseActions", "&Amount:"))
        self.amount_spin.setSuffix(translate("CaseActions", " yen"))
        self.ok_button.setText(translate("CaseActions", "&Save Fee"))


# -- pause -------------------------------------------------------------------------------------------


class PauseDialog(FormDialog):
    """The desk starts waiting for the requester: why, since when, and a note."""

    def __init__(
        self,
        operations: Operations,
        save: Callable[[PauseReason, date, str], Any],
        ref: str,
        today: date,
        reasons: Sequence[PauseReason],
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self._ref = ref
        self.explanation = explanation_label(self)
        self.reason_label, self.reason_combo = QLabel(self), QComboBox(self)
        for reason in reasons:
            self.reason_combo.addItem("", reason.value)
        self.date_label, self.date_edit = QLabel(self), _date_field(self, today)
        self.note_label, self.note_edit = QLabel(self), text_edit(self, 90)
        for label, field in (
            (self.reason_label, self.reason_combo),
            (self.date_label, self.date_edit),
            (self.note_label, self.note_edit),
        ):
            label.setBuddy(field)
        form = form_layout()
        form.addRow(self.reason_label, self.reason_combo)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.note_label, self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form, 1)
        self.finish_layout(layout)
        self.resize(540, 300)
        self.retranslate()
        self.reason_combo.setFocus()

    def prepare(self):
        day = self.date_edit.validate()
        if day is None:
            self.message.show_error(translate("CaseActions", "Enter the day the desk asked the requester."))
            self.date_edit.setFocus()
            return None
        reason = PauseReason(self.reason_combo.currentData())
        note = self.note_edit.toPlainText().strip()
        return lambda: self._save(reason, day, note)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("CaseActions", "Wait for the Requester — {ref}").format(ref=self._ref))
        self.explanation.setText(
            translate(
                "CaseActions",
                "While the desk waits for the requester, the internal due date moves back by the days "
                "of the wait. The statutory dates (APPI Art. 39, GDPR) do not move.",
            )
        )
        self.reason_label.setText(translate("CaseActions", "&Waiting for:"))
        for index in range(self.reason_combo.count()):
            reason = PauseReason(self.reason_combo.itemData(index))
            self.reason_combo.setItemText(index, translate("PauseReason", reason.label))
        self.date_label.setText(translate("CaseActions", "&Asked on:"))
        self.note_label.setText(translate("CaseActions", "&Note:"))
        self.ok_button.setText(translate("CaseActions", "&Start Waiting"))


def pause_line(pause: PauseRow) -> str:
    return translate("CaseActions", "{reason} since {date}.").format(
        reason=translate("PauseReason", pause.reason.label),
        date=format_date(pause.start_on, current_language()),
    )


# -- GDPR --------------------------------------------------------------------------------------------


class DateReasonDialog(FormDialog):
    """A day and a required reason, both kept on the timeline. Subclasses name their `CONTEXT` and
    `TEXTS`, English sources: title (with {ref}), explanation, the date's label, the reason's label, the
    OK button ("" keeps the default), and the messages when the date or the reason is missing."""

    CONTEXT = CONTEXT
    TEXTS: tuple[str, str, str, str, str, str, str]

    def __init__(
        self, operations: Operations, save: Callable[[date, str], Any], ref: str, day: date, parent=None
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self._ref = ref
        self.explanation = explanation_label(self)
        self.date_label, self.date_edit = QLabel(self), _date_field(self, day)
        self.reason_label, self.reason_edit = QLabel(self), text_edit(self, 90)
        self.date_label.setBuddy(self.date_edit)
        self.reason_label.setBuddy(self.reason_edit)
        form = form_layout()
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form, 1)
        self.finish_layout(layout)
        self.resize(540, 280)
        self.retranslate()
        self.date_edit.setFocus()

    def prepare(self):
        missing_date, missing_reason = self.TEXTS[5:]
        day = self.date_edit.validate()
        if day is None:
            self.message.show_error(translate(self.CONTEXT, missing_date))
            self.date_edit.setFocus()
            return None
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.message.show_error(translate(self.CONTEXT, missing_reason))
            self.reason_edit.setFocus()
            return None
        return lambda: self._save(day, reason)

    def retranslate(self) -> None:
        super().retranslate()
        title, explanation, date_label, reason_label, ok = self.TEXTS[:5]
        self.setWindowTitle(translate(self.CONTEXT, title).format(ref=self._ref))
        self.explanation.setText(translate(self.CONTEXT, explanation))
        self.date_label.setText(translate(self.CONTEXT, date_label))
        self.reason_label.setText(translate(self.CONTEXT, reason_label))
        if ok:
            self.ok_button.setText(translate(self.CONTEXT, ok))


class GdprExtensionDialog(DateReasonDialog):
    TEXTS = (
        QT_TRANSLATE_NOOP("CaseActions", "GDPR Extension — {ref}"),
        QT_TRANSLATE_NOOP(
            "CaseActions",
            "GDPR Art. 12(3): the answer may take two more months when the requester is told so, with "
            "the reasons, within the first month. The extension can be recorded once.",
        ),
        QT_TRANSLATE_NOOP("CaseActions", "&Requester told on:"),
        QT_TRANSLATE_NOOP("CaseActions", "&Reason given:"),
        QT_TRANSLATE_NOOP("CaseActions", "Record E&xtension"),
        QT_TRANSLATE_NOOP("CaseActions", "Enter the day the requester was told."),
        QT_TRANSLATE_NOOP("CaseActions", "Give the reason for the extension."),
    )


# -- decision ----------------------------------------------------------------------------------------


class DecisionDialog(FormDialog):
    """The draft decision: full, partial, refused, no data; for a partial answer or a refusal of a
    disclosure or provision-record request one of the three Art. 33(2) grounds; the explanation given to
    the requester (Art. 36); what was corrected; the systems told to stop."""

    def __init__(self, operations: Operations, save: Callable[[Any], Any], detail: CaseDetail, parent=None):
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


__all__ = [
    "ConfirmDialog",
    "DateDialog",
    "DecisionDialog",
    "FeeAmountDialog",
    "GdprExtensionDialog",
    "PauseDialog",
    "ReasonDialog",
    "VerifyIdentityDialog",
    "pause_line",
]
