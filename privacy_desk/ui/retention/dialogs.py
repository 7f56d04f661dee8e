"""The Retention view's forms: a holding (new or edited), a hold (one of the policy's four exceptions),
releasing a hold, and disposal (method, date, the approving manager, note, evidence files).

Each form's OK runs its `save` (a `context.work.bind` callable, on the worker) through FormDialog; the
lists it offers (categories, managers) were read before it opened, so opening costs no service call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.retention import DisposalMethod, HoldReason
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.files import choose_files_to_open
from privacy_desk.ui.widgets.forms import (
    EnumCombo,
    FormDialog,
    FormRows,
    NoteDialog,
    explanation_label,
    text_edit,
)

if TYPE_CHECKING:
    from privacy_desk.services.retention.records import CategoryRecord, HoldingRow
    from privacy_desk.services.users.service import UserRow
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "RetentionForms"


def _date_field(parent: QWidget, value: date | None) -> DateEdit:
    edit = DateEdit(parent)
    edit.setDate(value)
    return edit


def _checked_date(form: FormDialog, edit: DateEdit, missing: str) -> date | None:
    day = edit.validate()
    if day is None:
        form.missing(edit, edit.error_text() or translate(CONTEXT, missing))
    return day


class HoldingDialog(FormDialog):
    """A new holding, or one edited (`holding` given): its category, name, quantity, where it is kept and
    the day its retention period is counted from. `save(HoldingInput)` stores it."""

    def __init__(
        self,
        operations: FormRunner,
        save: Callable[[Any], Any],
        categories: Sequence[CategoryRecord],
        holding: HoldingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, parent, ref=holding.ref if holding else "")
        self._editing = holding is not None
        self._save = save
        self.explanation = explanation_label(self)
        rows = FormRows(CONTEXT, self)
        self.rows = rows
        self.category_combo = rows.add(QT_TRANSLATE_NOOP("RetentionForms", "&Category:"), QComboBox(self))
        from privacy_desk.ui.retention.model import category_text
        from privacy_desk.ui.widgets import current_language

        for category in categories:
            self.category_combo.addItem(
                category_text(category.name, category.name_en, current_language()), category.id
            )
        self.name_edit = rows.add(QT_TRANSLATE_NOOP("RetentionForms", "&Name:"), QLineEdit(self))
        self.quantity_edit = rows.add(QT_TRANSLATE_NOOP("RetentionForms", "&Quantity:"), QLineEdit(self))
        self.location_edit = rows.add(QT_TRANSLATE_NOOP("RetentionForms", "&Location:"), QLineEdit(self))
        self.trigger_edit = rows.add(
            QT_TRANSLATE_NOOP("RetentionForms", "&Trigger date:"),
            _date_field(self, holding.trigger_on if holding else None),
        )
        if holding is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(holding.category_id)))
            self.name_edit.setText(holding.name)
            self.quantity_edit.setText(holding.quantity)
            self.location_edit.setText(holding.location)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(rows.form)
        layout.addStretch(1)
        self.finish(layout, (520, 340), self.name_edit if holding else self.category_combo)

    def prepare(self):
        from privacy_desk.services.retention.records import HoldingInput

        category = self.category_combo.currentData()
        if not isinstance(category, int):
            self.missing(
                self.category_combo, translate("RetentionForms", "Choose a category (Register… adds one).")
            )
            return None
        name = self.required(self.name_edit, translate("RetentionForms", "Name the holding."))
        if name is None:
            return None
        trigger = _checked_date(
            self, self.trigger_edit, QT_TRANSLATE_NOOP("RetentionForms", "Enter the trigger date.")
        )
        if trigger is None:
            return None
        data = HoldingInput(
            category, name, self.quantity_edit.text().strip(), self.location_edit.text().strip(), trigger
        )
        return lambda: self._save(data)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        title = (
            translate("RetentionForms", "Edit Holding {ref}")
            if self._editing
            else translate("RetentionForms", "New Holding")
        )
        self.setWindowTitle(title.format(ref=self._ref))
        self.explanation.setText(
            translate(
                "RetentionForms",
                "A holding is one batch of personal data kept somewhere (e.g. a month of call recordings). "
                "Its category's rule counts the retention period from the trigger date.",
            )
        )


class HoldDialog(FormDialog):
    """A hold: which of the policy's four exceptions keeps the holding, why, and when to review it."""

    TITLE = (CONTEXT, QT_TRANSLATE_NOOP("RetentionForms", "Place Hold on {ref}"))

    def __init__(
        self, operations: FormRunner, save: Callable[..., Any], ref: str, today: date, parent=None
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.explanation = explanation_label(self)
        rows = FormRows(CONTEXT, self)
        self.rows = rows
        self.reason_combo = rows.add(
            QT_TRANSLATE_NOOP("RetentionForms", "&Reason:"), EnumCombo(HoldReason, self)
        )
        self.review_edit = rows.add(
            QT_TRANSLATE_NOOP("RetentionForms", "Re&view on:"), _date_field(self, None)
        )
        self.note_edit = rows.add(QT_TRANSLATE_NOOP("RetentionForms", "N&ote:"), text_edit(self, 120))
        self._today = today
        self.name_ok(CONTEXT, QT_TRANSLATE_NOOP("RetentionForms", "Place Hold"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(rows.form)
        self.finish(layout, (540, 360), self.reason_combo)

    def prepare(self):
        review = _checked_date(
            self, self.review_edit, QT_TRANSLATE_NOOP("RetentionForms", "Enter the review date.")
        )
        if review is None:
            return None
        if review <= self._today:
            self.missing(
                self.review_edit, translate("RetentionForms", "The review date must be after today.")
            )
            return None
        note = self.note_edit.toPlainText().strip()
        if not note:
            self.missing(self.note_edit, translate("RetentionForms", "Say why the data must be kept."))
            return None
        reason = HoldReason(self.reason_combo.currentData())
        return lambda: self._save(reason, note, review)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        self.explanation.setText(
            translate(
                "RetentionForms",
                "The privacy policy keeps data past its period only when the law requires it, the person "
                "consented, the business needs it with good reason, or for another special reason. A held "
                "holding leaves the due list and comes back for review on the review date.",
            )
        )


class ReleaseHoldDialog(NoteDialog):
    TITLE = (CONTEXT, QT_TRANSLATE_NOOP("RetentionForms", "Release Hold on {ref}"))
    EXPLANATION = (
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "RetentionForms",
            "Say why the hold ends. The holding is due for deletion again from its end of retention.",
        ),
    )


class DisposeDialog(FormDialog):
    """Disposal: how and when, the manager who approved it, a note and the evidence files. Once saved the
    holding refuses every edit; its certificate can be printed."""

    TITLE = (CONTEXT, QT_TRANSLATE_NOOP("RetentionForms", "Dispose of {ref}"))

    def __init__(
        self,
        operations: FormRunner,
        save: Callable[..., Any],
        ref: str,
        managers: Sequence[UserRow],
        today: date,
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.ask_paths: Callable[[QWidget, str, str], list[str]] = choose_files_to_open  # tests replace it
        self.explanation = explanation_label(self)
        rows = FormRows(CONTEXT, self)
        self.rows = rows
        self.method_combo = rows.add(
            QT_TRANSLATE_NOOP("RetentionForms", "&Method:"), EnumCombo(DisposalMethod, self)
        )
        self.date_edit = rows.add(
            QT_TRANSLATE_NOOP("RetentionForms", "&Disposed on:"), _date_field(self, today)
        )
        self.approver_combo = rows.add(QT_TRANSLATE_NOOP("RetentionForms", "&Approved by:"), QComboBox(self))
        for user in managers:
            self.approver_combo.addItem(user.display_name, user.id)
        self.note_edit = rows.add(QT_TRANSLATE_NOOP("RetentionForms", "N&ote:"), text_edit(self, 90))
        self.evidence_list = QListWidget(self)
        self.evidence_list.setMaximumHeight(90)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_evidence)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_evidence)
        evidence = QVBoxLayout()
        evidence.addWidget(self.evidence_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        evidence.addLayout(buttons)
        rows.add(QT_TRANSLATE_NOOP("RetentionForms", "Evidence:"), evidence)
        self.name_ok(CONTEXT, QT_TRANSLATE_NOOP("RetentionForms", "Dispose"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(rows.form)
        self.finish(layout, (560, 480), self.method_combo)

    def evidence_paths(self) -> list[Path]:
        return [Path(self.evidence_list.item(i).text()) for i in range(self.evidence_list.count())]

    def add_evidence(self) -> None:
        for path in self.ask_paths(self, translate("RetentionForms", "Evidence Files"), ""):
            if path not in {str(p) for p in self.evidence_paths()}:
                self.evidence_list.addItem(path)

    def remove_evidence(self) -> None:
        for item in self.evidence_list.selectedItems():
            self.evidence_list.takeItem(self.evidence_list.row(item))

    def prepare(self):
        disposed_on = _checked_date(
            self, self.date_edit, QT_TRANSLATE_NOOP("RetentionForms", "Enter the day it was disposed of.")
        )
        if disposed_on is None:
            return None
        approver = self.approver_combo.currentData()
        if not isinstance(approver, int):
            self.missing(
                self.approver_combo,
                translate("RetentionForms", "A manager must approve the disposal; none is set up."),
            )
            return None
        method = DisposalMethod(self.method_combo.currentData())
        note, evidence = self.note_edit.toPlainText().strip(), self.evidence_paths()
        return lambda: self._save(method, disposed_on, approver, note, evidence)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        self.add_button.setText(translate("RetentionForms", "Add &Files…"))
        self.remove_button.setText(translate("RetentionForms", "Remo&ve"))
        self.explanation.setText(
            translate(
                "RetentionForms",
                "Record how the data was destroyed and who approved it. A disposed holding stays on record "
                "and can no longer be changed; its certificate of disposal lists the evidence files.",
            )
        )
