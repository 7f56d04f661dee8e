"""The Inbox's intake forms: a phone call and a letter (with its scanned pages), logged into the open
ticket's thread or as a new ticket. Each saves through the operation helper and stays open, as typed,
when the service says no.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.files import choose_files_to_open, read_file
from privacy_desk.ui.widgets.forms import FormDialog, FormRows, text_edit
from privacy_desk.ui.widgets.plain_text import safe_tooltip

if TYPE_CHECKING:
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate


def _direction_buttons(parent: QWidget) -> tuple[QRadioButton, QRadioButton, QButtonGroup]:
    incoming, outgoing = QRadioButton(parent), QRadioButton(parent)
    incoming.setChecked(True)
    group = QButtonGroup(parent)
    group.addButton(incoming)
    group.addButton(outgoing)
    return incoming, outgoing, group


class _IntakeDialog(FormDialog):
    """Common part of the call and letter forms: when it happened, in which thread, and a summary."""

    def __init__(self, operations: FormRunner, *, current_ref: str | None, office_tz, parent=None) -> None:
        super().__init__(operations, parent)
        self._current_ref = current_ref
        self._office_tz = office_tz
        self.rows = FormRows("Inbox", self, QFormLayout())
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = datetime.now(office_tz)
        # The office's wall clock, whatever this computer's zone.
        self.when_edit.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.incoming, self.outgoing, self._direction = _direction_buttons(self)
        self.thread_check = QCheckBox(self)
        self.thread_check.setVisible(current_ref is not None)
        self.thread_check.setChecked(current_ref is not None)
        self.summary_edit = text_edit(self)

    # The rows both forms have, each put where the form's own rows leave its place.

    def add_direction_row(self) -> None:
        direction = QHBoxLayout()
        direction.addWidget(self.incoming)
        direction.addWidget(self.outgoing)
        direction.addStretch(1)
        self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Direction:"), direction)

    def add_when_row(self) -> None:
        self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&When:"), self.when_edit)

    def add_summary_row(self) -> None:
        self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&Summary:"), self.summary_edit)

    def finish_form(self, width: int, height: int) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows.form, 1)
        layout.addWidget(self.thread_check)
        self.finish_layout(layout)
        self.resize(width, height)
        self.retranslate()

    def when(self) -> datetime:
        moment = self.when_edit.dateTime()
        day, clock = moment.date(), moment.time()
        local = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._office_tz
        )
        return local.astimezone(UTC)

    def in_current_thread(self) -> bool:
        return self._current_ref is not None and self.thread_check.isChecked()

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        if self._current_ref is not None:
            self.thread_check.setText(
                translate("Inbox", "Add to the thread of {ref} (otherwise a new ticket)").format(
                    ref=self._current_ref
                )
            )


class CallDialog(_IntakeDialog):
    """Log a phone call: caller, number, duration, the recording's reference in the phone system."""

    def __init__(
        self, operations: FormRunner, save: Callable[[Any, bool], Any], *, current_ref, office_tz, parent=None
    ):
        super().__init__(operations, current_ref=current_ref, office_tz=office_tz, parent=parent)
        self._save = save
        self.add_direction_row()
        self.caller_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&Caller:"), QLineEdit(self))
        self.number_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Phone &number:"), QLineEdit(self))
        self.add_when_row()
        self.duration_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&Duration:"), QTimeEdit(self))
        self.duration_edit.setDisplayFormat("HH:mm:ss")
        self.duration_edit.setTime(QTime(0, 0, 0))
        self.recording_edit = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "&Recording reference:"), QLineEdit(self)
        )
        self.add_summary_row()
        self.finish_form(560, 520)
        self.caller_edit.setFocus()

    def prepare(self):
        from privacy_desk.services.tickets.service import CallLog

        if not self.summary_edit.toPlainText().strip():
            self.message.show_error(translate("Inbox", "Write what the call was about."))
            self.summary_edit.setFocus()
            return None
        duration = QTime(0, 0, 0).secsTo(self.duration_edit.time())
        call = CallLog(
            caller_name=self.caller_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            phone_number=self.number_edit.text().strip(),
            duration_seconds=duration or None,
            recording_ref=self.recording_edit.text().strip(),
            occurred_at=self.when(),
            incoming=self.incoming.isChecked(),
        )
        in_thread = self.in_current_thread()
        return lambda: self._save(call, in_thread)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("Inbox", "Log a Phone Call"))
        self.incoming.setText(translate("Inbox", "The requester called the desk"))
        self.outgoing.setText(translate("Inbox", "The desk called the requester"))
        self.recording_edit.setPlaceholderText(
            translate("Inbox", "where the phone system stored the recording")
        )
        self.ok_button.setText(translate("Inbox", "&Log Call"))


class LetterDialog(_IntakeDialog):
    """Log a letter with its scanned pages (files chosen here are stored as attachments)."""

    def __init__(
        self,
        operations: FormRunner,
        save: Callable[[Any, bool], Any],
        *,
        current_ref,
        office_tz,
        ask_open_paths: Callable[[QWidget, str, str], list[str]] = choose_files_to_open,
        parent=None,
    ):
        super().__init__(operations, current_ref=current_ref, office_tz=office_tz, parent=parent)
        self._save = save
        self._ask_open_paths = ask_open_paths
        self.add_direction_row()
        self.sender_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Se&nder:"), QLineEdit(self))
        self.address_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Postal &address:"), QLineEdit(self))
        self.add_when_row()
        self.subject_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Su&bject:"), QLineEdit(self))
        self.add_summary_row()
        self.scans = QListWidget(self)
        self.scans.setMaximumHeight(90)
        self.scan_buttons = ButtonRow("Inbox", self, vertical=True)
        self.add_scan_button = self.scan_buttons.add(QT_TRANSLATE_NOOP("Inbox", "Add &File…"), self.add_scans)
        self.remove_scan_button = self.scan_buttons.add(
            QT_TRANSLATE_NOOP("Inbox", "Remove"), lambda: self.scans.takeItem(self.scans.currentRow())
        )
        self.scan_buttons.addStretch(1)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scans, 1)
        scan_row.addLayout(self.scan_buttons)
        self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Scanned pages:"), scan_row)
        self.finish_form(600, 560)
        self.sender_edit.setFocus()

    def add_paths(self, paths: list[str]) -> None:
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(safe_tooltip(path))  # a folder or file name may look like markup
            self.scans.addItem(item)

    def add_scans(self) -> None:
        filters = translate("Inbox", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")
        self.add_paths(self._ask_open_paths(self, translate("Inbox", "Scanned Letter"), filters))

    def scan_paths(self) -> list[str]:
        return [self.scans.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.scans.count())]

    def prepare(self):
        from privacy_desk.services.tickets.messages import NewAttachment
        from privacy_desk.services.tickets.service import LetterLog

        if not self.sender_edit.text().strip():
            self.message.show_error(translate("Inbox", "Enter who wrote the letter."))
            self.sender_edit.setFocus()
            return None
        scans = []
        for path in self.scan_paths():
            content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
            scans.append(NewAttachment(Path(path).name, content_type, read_file(path)))
        letter = LetterLog(
            sender_name=self.sender_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            postal_address=self.address_edit.text().strip(),
            received_at=self.when(),
            incoming=self.incoming.isChecked(),
            subject=self.subject_edit.text().strip(),
            scans=tuple(scans),
        )
        in_thread = self.in_current_thread()
        return lambda: self._save(letter, in_thread)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("Inbox", "Log a Letter"))
        self.incoming.setText(translate("Inbox", "Received from the requester"))
        self.outgoing.setText(translate("Inbox", "Sent by the desk"))
        self.scan_buttons.retranslate()
        self.ok_button.setText(translate("Inbox", "&Log Letter"))
