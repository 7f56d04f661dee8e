"""The forms behind the case's workflow buttons: the fee, pauses, the GDPR extension, the response, and
the reasons a case is sent back, withdrawn, rejected or let through unverified (identity and the decision
have modules of their own, identity_dialog.py and decision_dialog.py, and are importable from here).

Each is a FormDialog: OK checks what is required and says what is missing above the buttons, then runs
`save(...)` through the operation helper; a refusal from the service shows there too and the form keeps
what was typed. `save` returns what the bar needs afterwards (the fresh case and its moves).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.i18n.formatting import format_date
from privacy_desk.ui.requests.decision_dialog import DecisionDialog  # importable from here too
from privacy_desk.ui.requests.identity_dialog import VerifyIdentityDialog  # importable from here too
from privacy_desk.ui.widgets import current_language
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.forms import FormDialog, explanation_label, form_layout, text_edit

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import PauseRow
    from privacy_desk.ui.widgets.forms import FormRunner

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
        operations: FormRunner,
        save: Callable[[str], Any],
        ref: str,
        texts: tuple[str, str, str, str, str],
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
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
        operations: FormRunner,
        save: Callable[[], Any],
        ref: str,
        texts: tuple[str, str, str],
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
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
        operations: FormRunner,
        save: Callable[[date], Any],
        ref: str,
        day: date,
        texts: tuple[str, str, str, str, str],
        detail: Callable[[], str] = lambda: "",
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
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


# -- fee ---------------------------------------------------------------------------------------------


class FeeAmountDialog(FormDialog):
    TITLE = ("CaseActions", QT_TRANSLATE_NOOP("CaseActions", "Fee — {ref}"))

    def __init__(
        self, operations: FormRunner, save: Callable[[int], Any], ref: str, amount: int, parent=None
    ):
        super().__init__(operations, parent, ref=ref)
        self._save = save
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

    TITLE = ("CaseActions", QT_TRANSLATE_NOOP("CaseActions", "Wait for the Requester — {ref}"))

    def __init__(
        self,
        operations: FormRunner,
        save: Callable[[PauseReason, date, str], Any],
        ref: str,
        today: date,
        reasons: Sequence[PauseReason],
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
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
        self, operations: FormRunner, save: Callable[[date, str], Any], ref: str, day: date, parent=None
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
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


__all__ = [
    "ConfirmDialog",
    "DateDialog",
    "DateReasonDialog",
    "DecisionDialog",
    "FeeAmountDialog",
    "GdprExtensionDialog",
    "PauseDialog",
    "ReasonDialog",
    "VerifyIdentityDialog",
    "pause_line",
]
