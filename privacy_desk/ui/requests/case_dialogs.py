"""The case page's forms: correct the date received, edit what the request says, add a task, add a
note, and keep a file with the case.

Each saves through the operation helper (FormDialog) and stays open with what was typed when the
service says no, showing why above its buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from privacy_desk.domain.attachments import visible_name
from privacy_desk.domain.cases import DeliveryMethod, RequesterKind
from privacy_desk.domain.requests import DELIVERY_TYPES
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.requests.action_dialogs import DateReasonDialog
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.forms import FormDialog, FormRows, NoteDialog, text_edit
from privacy_desk.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate


class ReceivedOnDialog(DateReasonDialog):
    """A new date received (every deadline runs from it) and why it was wrong: both go on the timeline."""

    CONTEXT = "CasePage"
    TEXTS = (
        QT_TRANSLATE_NOOP("CasePage", "Change Date Received — {ref}"),
        QT_TRANSLATE_NOOP(
            "CasePage",
            "Every deadline of the case runs from the date received. The change and its reason are "
            "kept on the timeline and in the audit trail.",
        ),
        QT_TRANSLATE_NOOP("CasePage", "&Date received:"),
        QT_TRANSLATE_NOOP("CasePage", "&Reason:"),
        "",
        QT_TRANSLATE_NOOP("CasePage", "Enter the date the request was received."),
        QT_TRANSLATE_NOOP("CasePage", "Say why the date received changes."),
    )


class CaseDetailsDialog(FormDialog):
    """What the request says: who asks, the requested items, how the answer is delivered, GDPR."""

    TITLE = ("CasePage", QT_TRANSLATE_NOOP("CasePage", "Request Details — {ref}"))

    def __init__(self, operations: FormRunner, save: Callable[[Any], Any], detail: CaseDetail, parent=None):
        super().__init__(operations, parent)
        self._save = save
        self._ref = detail.row.ref
        self.rows = FormRows("CasePage", self)
        self.kind_combo = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "&Who asks:"), QComboBox(self))
        for kind in RequesterKind:
            self.kind_combo.addItem("", kind.value)
        self.agent_edit = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "&Agent's name:"), QLineEdit(self))
        self.contact_edit = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "Agent's &contact:"), QLineEdit(self))
        self.items_edit = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "&Requested items:"), text_edit(self))
        self.delivery_combo = self.rows.add(
            QT_TRANSLATE_NOOP("CasePage", "&Delivery method:"), QComboBox(self)
        )
        self.delivery_combo.addItem("", None)
        for method in DeliveryMethod:
            self.delivery_combo.addItem("", method.value)
        self.note_edit = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "Delivery &note:"), QLineEdit(self))
        self.gdpr_check = QCheckBox(self)
        form = self.rows.form
        form.addRow("", self.gdpr_check)
        # Only a disclosure is delivered: the other types keep what is stored (nothing) and do not ask.
        self.asks_delivery = detail.row.request_type in DELIVERY_TYPES
        form.setRowVisible(self.delivery_combo, self.asks_delivery)
        form.setRowVisible(self.note_edit, self.asks_delivery)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        self.finish_layout(layout)

        row = detail.row
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(row.requester_kind.value))
        self.agent_edit.setText(row.agent_name)
        self.contact_edit.setText(detail.agent_contact)
        self.items_edit.setPlainText(detail.requested_items)
        chosen = detail.delivery_method
        self.delivery_combo.setCurrentIndex(
            max(self.delivery_combo.findData(chosen.value if chosen else None), 0)
        )
        self.note_edit.setText(detail.delivery_note)
        self.gdpr_check.setChecked(row.gdpr)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(600, 440)
        self.retranslate()
        self.items_edit.setFocus()

    def _kind_changed(self) -> None:
        agent = self.requester_kind().is_agent
        for field in (self.agent_edit, self.contact_edit):
            field.setEnabled(agent)
            self.rows.label(field).setEnabled(agent)

    def requester_kind(self) -> RequesterKind:
        return RequesterKind(self.kind_combo.currentData())

    def delivery_method(self) -> DeliveryMethod | None:
        value = self.delivery_combo.currentData()
        return DeliveryMethod(value) if value else None

    def details(self):
        from privacy_desk.services.cases.service import CaseDetails

        return CaseDetails(
            requested_items=self.items_edit.toPlainText(),
            delivery_method=self.delivery_method(),
            delivery_note=self.note_edit.text(),
            requester_kind=self.requester_kind(),
            agent_name=self.agent_edit.text(),
            agent_contact=self.contact_edit.text(),
            gdpr=self.gdpr_check.isChecked(),
        )

    def prepare(self):
        details = self.details()
        if details.requester_kind.is_agent and not details.agent_name.strip():
            self.message.show_error(
                translate("CasePage", "Enter the name of the representative or agent who made the request.")
            )
            self.agent_edit.setFocus()
            return None
        return lambda: self._save(details)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        for index in range(self.kind_combo.count()):
            kind = RequesterKind(self.kind_combo.itemData(index))
            self.kind_combo.setItemText(index, translate("RequesterKind", kind.label))
        self.items_edit.setPlaceholderText(
            translate("CasePage", "What the requester asks for, in their words (e.g. purchase history)")
        )
        self.delivery_combo.setItemText(0, translate("CasePage", "Not specified"))
        for index in range(1, self.delivery_combo.count()):
            method = DeliveryMethod(self.delivery_combo.itemData(index))
            self.delivery_combo.setItemText(index, translate("DeliveryMethod", method.label))
        self.gdpr_check.setText(translate("CasePage", "The requester is an EU data subject (&GDPR applies)"))


class TaskDialog(FormDialog):
    """A task on the case: a title, an optional due date and who does it."""

    TITLE = ("CasePage", QT_TRANSLATE_NOOP("CasePage", "New Task — {ref}"))

    def __init__(
        self,
        operations: FormRunner,
        save: Callable[[str, date | None, int | None], Any],
        users: list[tuple[int, str]],
        assignee_id: int | None,
        ref: str,
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.rows = FormRows("CasePage", self)
        self.title_edit = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "&Task:"), QLineEdit(self))
        self.due_edit = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "&Due date:"), DateEdit(self))
        self.assignee_combo = self.rows.add(QT_TRANSLATE_NOOP("CasePage", "&Assigned to:"), QComboBox(self))
        self.assignee_combo.addItem("", None)
        for user_id, name in users:
            self.assignee_combo.addItem(name, user_id)
        self.assignee_combo.setCurrentIndex(max(self.assignee_combo.findData(assignee_id), 0))
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows.form)
        layout.addStretch(1)
        self.finish(layout, (520, 220), self.title_edit)

    def prepare(self):
        title = self.required(self.title_edit, translate("CasePage", "Give the task a title."))
        if title is None:
            return None
        due = self.due_edit.validate()
        if self.due_edit.has_error():
            self.missing(self.due_edit, self.due_edit.error_text())
            return None
        assignee = self.assignee_combo.currentData()
        return lambda: self._save(title, due, assignee)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        self.assignee_combo.setItemText(0, translate("CasePage", "Nobody"))


class CaseNoteDialog(NoteDialog):
    """A note on the case's timeline."""

    TITLE = ("CasePage", QT_TRANSLATE_NOOP("CasePage", "Internal Note — {ref}"))
    EXPLANATION = (
        "CasePage",
        QT_TRANSLATE_NOOP(
            "CasePage",
            "The note goes on the case's timeline for the desk and is printed in the case report. "
            "It is never sent to the requester.",
        ),
    )


class AttachmentDialog(FormDialog):
    """Keep a file with the case: is it an identity document, does it show an individual number?"""

    def __init__(
        self, operations: FormRunner, save: Callable[[bool, bool], Any], file_name: str, parent=None
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self.file_name = file_name
        self.name_label = plain_label(self, wrap=True)  # the file's name is not ours: never markup
        self.identity_check = QCheckBox(self)
        self.my_number_check = QCheckBox(self)
        self.my_number_hint = QLabel(self)
        self.my_number_hint.setWordWrap(True)
        self.my_number_hint.setIndent(24)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.identity_check)
        layout.addWidget(self.my_number_check)
        layout.addWidget(self.my_number_hint)
        layout.addStretch(1)
        self.finish_layout(layout)
        self.resize(520, 240)
        self.retranslate()
        self.identity_check.setFocus()

    def prepare(self):
        identity, my_number = self.identity_check.isChecked(), self.my_number_check.isChecked()
        return lambda: self._save(identity, my_number)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("CasePage", "Attach File"))
        self.name_label.setText(
            translate("CasePage", "Keep {name} with the case.").format(name=visible_name(self.file_name))
        )
        self.identity_check.setText(translate("CasePage", "This is an &identity document"))
        self.my_number_check.setText(translate("CasePage", "It shows an individual number (&My Number)"))
        self.my_number_hint.setText(
            translate(
                "CasePage",
                "The number must not be kept: the case cannot go on until the file is masked and the "
                "masking confirmed.",
            )
        )
