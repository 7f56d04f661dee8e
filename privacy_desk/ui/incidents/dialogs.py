"""The small forms of the incident page: the number of persons, a timeline entry (or a correction), a
notice to the persons, and a report marked filed. Each saves through `save` (a `context.work.bind`
callable the page builds for the incident shown) and stays open, as typed, when the service says no."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.incidents import NoticeMethod, PersonsAffected, ReportKind, TimelineKind
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.incidents.facts_form import MomentEdit
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.forms import EnumCombo, FormDialog, FormRows, explanation_label, text_edit

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import NoticeInput, TimelineEntry
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
MAX_PERSONS = 2_000_000_000
Save = Callable[..., Any]


def _count(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, MAX_PERSONS)
    box.setGroupSeparatorShown(True)
    return box


class PersonsDialog(FormDialog):
    """How many persons: an exact number, a range while it is being established, or not yet known.
    More than 1,000 is a trigger of Rule Art. 7(4); a range decides it only when both ends agree."""

    TITLE = ("Incidents", QT_TRANSLATE_NOOP("Incidents", "Persons Affected — {ref}"))

    def __init__(self, operations: FormRunner, save: Save, ref: str, persons: PersonsAffected, parent=None):
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.explanation = explanation_label(self)
        self.exact_radio, self.range_radio, self.unknown_radio = (QRadioButton(self) for _ in range(3))
        group = QButtonGroup(self)
        for radio in (self.exact_radio, self.range_radio, self.unknown_radio):
            group.addButton(radio)
        self.exact_box, self.low_box, self.high_box = _count(self), _count(self), _count(self)
        self.high_box.setSpecialValueText(translate("Incidents", "no upper bound"))
        exact_row, range_row = QHBoxLayout(), QHBoxLayout()
        exact_row.addWidget(self.exact_radio)
        exact_row.addWidget(self.exact_box, 1)
        range_row.addWidget(self.range_radio)
        range_row.addWidget(self.low_box, 1)
        range_row.addWidget(self.high_box, 1)
        self.note_edit = QLineEdit(self)
        rows = FormRows("Incidents", self)
        self.rows = rows
        rows.add(QT_TRANSLATE_NOOP("Incidents", "Count:"), exact_row)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "Range:"), range_row)
        rows.add("", self.unknown_radio)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Note:"), self.note_edit)
        if persons.exact is not None:
            self.exact_radio.setChecked(True)
            self.exact_box.setValue(persons.exact)
        elif persons.low is not None:
            self.range_radio.setChecked(True)
            self.low_box.setValue(persons.low)
            self.high_box.setValue(persons.high or 0)
        else:
            self.unknown_radio.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(rows.form)
        self.finish(layout, (520, 280), self.exact_box)

    def persons(self) -> PersonsAffected | None:
        if self.exact_radio.isChecked():
            return PersonsAffected(exact=self.exact_box.value())
        if self.range_radio.isChecked():
            low, high = self.low_box.value(), self.high_box.value() or None
            if high is not None and high < low:
                self.missing(self.high_box, translate("Incidents", "The upper bound is below the lower one."))
                return None
            return PersonsAffected(low=low, high=high)
        return PersonsAffected()

    def prepare(self):
        persons = self.persons()
        if persons is None:
            return None
        note = self.note_edit.text().strip()
        return lambda: self._save(persons, note)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        self.explanation.setText(
            translate(
                "Incidents",
                "More than 1,000 persons makes the incident reportable (Rule Art. 7(4)). While the count is "
                "not known, give a range: it decides only when both ends are on the same side of 1,000.",
            )
        )
        self.exact_radio.setText(translate("Incidents", "E&xactly"))
        self.range_radio.setText(translate("Incidents", "Bet&ween"))
        self.unknown_radio.setText(translate("Incidents", "Not yet &known"))


class TimelineEntryDialog(FormDialog):
    """A fact, action or decision with when it happened; with `corrects`, a correction of that entry."""

    TITLE = ("Incidents", QT_TRANSLATE_NOOP("Incidents", "Timeline Entry — {ref}"))

    def __init__(
        self,
        operations: FormRunner,
        save: Save,
        ref: str,
        kind: TimelineKind,
        zone: tzinfo | None,
        now: datetime,
        corrects: TimelineEntry | None = None,
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.kind = TimelineKind.CORRECTION if corrects is not None else kind
        self.corrects = corrects
        self.explanation = explanation_label(self)
        self.at_edit = MomentEdit(self, zone, optional=False)
        self.at_edit.set_value(corrects.at if corrects is not None else now)
        self.text_edit = text_edit(self)
        if corrects is not None:
            self.text_edit.setPlainText(corrects.text)
        rows = FormRows("Incidents", self)
        self.rows = rows
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&When:"), self.at_edit)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "W&hat:"), self.text_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(rows.form, 1)
        self.finish(layout, (560, 340), self.text_edit)

    def prepare(self):
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.missing(self.text_edit, translate("Incidents", "Write what happened first."))
            return None
        if self.corrects is not None and text == self.corrects.text.strip():
            self.missing(self.text_edit, translate("Incidents", "The correction says the same as the entry."))
            return None
        at = self.at_edit.value()
        corrects_id = self.corrects.id if self.corrects is not None else None
        return lambda: self._save(self.kind, text, at, corrects_id)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        if self.corrects is not None:
            self.explanation.setText(
                translate(
                    "Incidents",
                    "A correction is a new entry that refers to this one; the original stays in the "
                    "timeline as it was recorded, marked as corrected.",
                )
            )
        else:
            self.explanation.setText(
                translate(
                    "Incidents", "Add a {kind} to the timeline. Entries cannot be changed later."
                ).format(kind=translate("TimelineKind", self.kind.label).lower())
            )


class NoticeDialog(FormDialog):
    """A notice to the persons affected (Rule Art. 10)."""

    TITLE = ("Incidents", QT_TRANSLATE_NOOP("Incidents", "Notice to the Persons — {ref}"))

    def __init__(self, operations: FormRunner, save: Save, ref: str, today: date, planned: int, parent=None):
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.explanation = explanation_label(self)
        self.method_combo = EnumCombo(NoticeMethod, self)
        self.sent_edit = DateEdit(self)
        self.sent_edit.setDate(today)
        self.planned_box, self.reached_box, self.unreachable_box = _count(self), _count(self), _count(self)
        self.planned_box.setValue(planned)
        self.note_edit = QLineEdit(self)
        rows = FormRows("Incidents", self)
        self.rows = rows
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Method:"), self.method_combo)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Sent on:"), self.sent_edit)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&For how many persons:"), self.planned_box)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Reached:"), self.reached_box)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Unreachable:"), self.unreachable_box)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(rows.form)
        self.finish(layout, (520, 340), self.method_combo)

    def notice(self) -> NoticeInput | None:
        from privacy_desk.services.incidents.records import NoticeInput

        sent = self.sent_edit.validate()
        if sent is None:
            self.missing(
                self.sent_edit, self.sent_edit.error_text() or translate("Incidents", "Give the date.")
            )
            return None
        planned, reached, unreachable = (
            self.planned_box.value(),
            self.reached_box.value(),
            self.unreachable_box.value(),
        )
        if reached + unreachable > planned:
            self.missing(
                self.reached_box,
                translate(
                    "Incidents", "Reached and unreachable together exceed the persons the notice was for."
                ),
            )
            return None
        return NoticeInput(
            NoticeMethod(self.method_combo.currentData()),
            sent,
            planned,
            reached,
            unreachable,
            self.note_edit.text().strip(),
        )

    def prepare(self):
        notice = self.notice()
        return None if notice is None else (lambda: self._save(notice))

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        self.explanation.setText(
            translate(
                "Incidents",
                "Record a notice sent to the persons affected. When notice is impossible, a public "
                "announcement stands in for it.",
            )
        )


class MarkFiledDialog(FormDialog):
    """A report filed with the destination: the day and the PPC's receipt number stop its countdown."""

    TITLE = ("Incidents", QT_TRANSLATE_NOOP("Incidents", "Mark Report Filed — {ref}"))

    def __init__(
        self, operations: FormRunner, save: Save, ref: str, kind: ReportKind, today: date, parent=None
    ):
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.explanation = explanation_label(self)
        self.kind_combo = EnumCombo(ReportKind, self)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.filed_edit = DateEdit(self)
        self.filed_edit.setDate(today)
        self.receipt_edit = QLineEdit(self)
        rows = FormRows("Incidents", self)
        self.rows = rows
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Report:"), self.kind_combo)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "&Filed on:"), self.filed_edit)
        rows.add(QT_TRANSLATE_NOOP("Incidents", "Receipt &number:"), self.receipt_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(rows.form)
        self.name_ok("Incidents", QT_TRANSLATE_NOOP("Incidents", "Mark Filed"))
        self.finish(layout, (520, 260), self.receipt_edit)

    def prepare(self):
        filed = self.filed_edit.validate()
        if filed is None:
            self.missing(
                self.filed_edit, self.filed_edit.error_text() or translate("Incidents", "Give the date.")
            )
            return None
        receipt = self.receipt_edit.text().strip()
        kind = ReportKind(self.kind_combo.currentData())  # Qt gives a StrEnum back as its text
        return lambda: self._save(kind, filed, receipt)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        self.explanation.setText(
            translate(
                "Incidents",
                "The day the report was filed and the receipt number the PPC's form gave. Its countdown "
                "stops.",
            )
        )
