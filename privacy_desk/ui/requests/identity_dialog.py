"""Verify Identity…: who asks for the case (the person, a legal representative, an appointed agent) and
the identity documents checked (本人確認), a FormDialog of the case's workflow (action_dialogs.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from privacy_desk.domain.cases import RequesterKind
from privacy_desk.ui.widgets.forms import FormDialog, explanation_label, form_layout, text_edit

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "CaseActions"


class VerifyIdentityDialog(FormDialog):
    """Who asks (the person, a legal representative, an appointed agent — saved with the check when
    changed), the documents checked from the office's list, other documents and a note.

    `save(documents, note, requester_or_None)`: requester is (kind, agent's name, agent's contact) when
    the user changed who asks (CaseService.verify_identity's `requester`)."""

    def __init__(
        self,
        operations: FormRunner,
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
