"""The Inbox's forms: a note, the requester's person record, a reply from a template, a merge, a phone
call, a letter, and the text viewers for headers and the original message.

Every form saves through the operation helper (off the GUI thread) and stays open with everything the
user typed when the service says no, showing why above its buttons.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import forms
from privacy_desk.ui.widgets.files import read_file
from privacy_desk.ui.widgets.forms import FormDialog
from privacy_desk.ui.widgets.plain_text import safe_tooltip

if TYPE_CHECKING:
    from privacy_desk.services.tickets.replies import ReplyDraft
    from privacy_desk.ui.operations import Operations

translate = QCoreApplication.translate
CONTEXT = "Inbox"


def plain_text_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


# -- note --------------------------------------------------------------------------------------------


class NoteDialog(forms.NoteDialog):
    """An internal note in a ticket's thread."""

    MISSING = ("Inbox", QT_TRANSLATE_NOOP("Inbox", "Write the note first."))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("Inbox", "Internal note on {ref}").format(ref=self._ref))
        self.explanation.setText(
            translate(
                "Inbox",
                "An internal note stays in the thread for the desk. It is never sent to the requester.",
            )
        )


# -- reply -------------------------------------------------------------------------------------------


class ReplyDialog(FormDialog):
    """A reply from a template in the requester's language, filled with their name and the reference;
    the user edits it, then opens it in the mail client or saves it as .eml. Either logs it in the
    thread. `result_value` is the LoggedReply; `action` says which button was used."""

    OPEN, SAVE = "open", "save"

    def __init__(
        self,
        operations: Operations,
        *,
        templates: list,
        draft: Callable[[Any, str], ReplyDraft],
        log: Callable[[ReplyDraft], Any],
        language: str,
        ref: str,
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._draft_for = draft
        self._log = log
        self._ref = ref
        self.draft: ReplyDraft | None = None
        self.action = self.OPEN
        self.template_label = QLabel(self)
        self.template_combo = QComboBox(self)
        for template in templates:
            self.template_combo.addItem("", template)
        self.template_label.setBuddy(self.template_combo)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("日本語", "ja")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if language == "ja" else 1)
        self.language_label.setBuddy(self.language_combo)
        self.to_label = QLabel(self)
        self.to_edit = QLineEdit(self)
        self.to_label.setBuddy(self.to_edit)
        self.subject_label = QLabel(self)
        self.subject_edit = QLineEdit(self)
        self.subject_label.setBuddy(self.subject_edit)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.template_label, self.template_combo)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.to_label, self.to_edit)
        form.addRow(self.subject_label, self.subject_edit)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_as_eml)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.note)
        self.finish_layout(layout)
        self.resize(700, 620)
        self.template_combo.currentIndexChanged.connect(self.load_draft)
        self.language_combo.currentIndexChanged.connect(self.load_draft)
        self.retranslate()
        self.load_draft()

    def load_draft(self) -> None:
        template = ReplyTemplate(self.template_combo.currentData())
        language = self.language_combo.currentData()
        self._operations.run(
            lambda: self._draft_for(template, language), self._drafted, self.refused, parent=self
        )

    def _drafted(self, draft: ReplyDraft) -> None:
        self.draft = draft
        self.to_edit.setText(", ".join(draft.to))
        self.subject_edit.setText(draft.subject)
        self.body_edit.setPlainText(draft.body)
        self.body_edit.setFocus()

    def edited_draft(self) -> ReplyDraft | None:
        if self.draft is None:
            return None
        from dataclasses import replace

        to = tuple(part.strip() for part in self.to_edit.text().split(",") if part.strip())
        return replace(
            self.draft, to=to, subject=self.subject_edit.text().strip(), body=self.body_edit.toPlainText()
        )

    def prepare(self):
        draft = self.edited_draft()
        if draft is None:
            return None
        return lambda: self._log(draft)

    def save_as_eml(self) -> None:
        if self.busy:
            return
        self.action = self.SAVE
        self.submit()

    def submit(self) -> None:
        if self.sender() is self.buttons:
            self.action = self.OPEN
        super().submit()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("Inbox", "Reply to {ref}").format(ref=self._ref))
        for row in range(self.template_combo.count()):
            template = ReplyTemplate(self.template_combo.itemData(row))
            self.template_combo.setItemText(row, translate("ReplyTemplate", template.label))
        self.template_label.setText(translate("Inbox", "&Template:"))
        self.language_label.setText(translate("Inbox", "&Language of the reply:"))
        self.to_label.setText(translate("Inbox", "&To:"))
        self.subject_label.setText(translate("Inbox", "&Subject:"))
        self.note.setText(
            translate(
                "Inbox",
                "The reply is logged in the thread and opened in your mail client, ready to send. "
                "Check it there before you send it.",
            )
        )
        self.ok_button.setText(translate("Inbox", "&Open in Mail Client"))
        self.save_button.setText(translate("Inbox", "Save as .&eml…"))


# -- merge -------------------------------------------------------------------------------------------


class MergeDialog(FormDialog):
    """Merge this ticket into another, named by its reference. `result_value` is the target's row."""

    def __init__(self, operations: Operations, merge: Callable[[str], Any], ref: str, parent=None) -> None:
        super().__init__(operations, parent)
        self._merge = merge
        self._ref = ref
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.target_label = QLabel(self)
        self.target_edit = QLineEdit(self)
        self.target_edit.setPlaceholderText("PD-2026-000123")
        self.target_label.setBuddy(self.target_edit)
        row = QHBoxLayout()
        row.addWidget(self.target_label)
        row.addWidget(self.target_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        self.finish_layout(layout)
        self.resize(480, 200)
        self.retranslate()
        self.target_edit.setFocus()

    def prepare(self):
        target = self.target_edit.text().strip()
        if not target:
            self.message.show_error(translate("Inbox", "Enter the reference of the ticket to merge into."))
            return None
        return lambda: self._merge(target)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("Inbox", "Merge {ref}").format(ref=self._ref))
        self.explanation.setText(
            translate(
                "Inbox",
                "Every message of {ref} moves into the other ticket; {ref} then points to it. "
                "You can undo the merge later.",
            ).format(ref=self._ref)
        )
        self.target_label.setText(translate("Inbox", "Merge &into:"))
        self.ok_button.setText(translate("Inbox", "&Merge"))


# -- phone call and letter ---------------------------------------------------------------------------


def _direction_buttons(parent: QWidget) -> tuple[QRadioButton, QRadioButton, QButtonGroup]:
    incoming, outgoing = QRadioButton(parent), QRadioButton(parent)
    incoming.setChecked(True)
    group = QButtonGroup(parent)
    group.addButton(incoming)
    group.addButton(outgoing)
    return incoming, outgoing, group


class _IntakeDialog(FormDialog):
    """Common part of the call and letter forms: when it happened, in which thread, and a summary."""

    def __init__(self, operations: Operations, *, current_ref: str | None, office_tz, parent=None) -> None:
        super().__init__(operations, parent)
        self._current_ref = current_ref
        self._office_tz = office_tz
        self.form = QFormLayout()
        self.when_label = QLabel(self)
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = datetime.now(office_tz)
        # The office's wall clock, whatever this computer's zone.
        self.when_edit.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.when_label.setBuddy(self.when_edit)
        self.incoming, self.outgoing, self._direction = _direction_buttons(self)
        self.direction_label = QLabel(self)
        direction = QHBoxLayout()
        direction.addWidget(self.incoming)
        direction.addWidget(self.outgoing)
        direction.addStretch(1)
        self.thread_check = QCheckBox(self)
        self.thread_check.setVisible(current_ref is not None)
        self.thread_check.setChecked(current_ref is not None)
        self.summary_label = QLabel(self)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_label.setBuddy(self.summary_edit)
        self._direction_row = direction

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
        self.when_label.setText(translate("Inbox", "&When:"))
        self.direction_label.setText(translate("Inbox", "Direction:"))
        if self._current_ref is not None:
            self.thread_check.setText(
                translate("Inbox", "Add to the thread of {ref} (otherwise a new ticket)").format(
                    ref=self._current_ref
                )
            )
        self.summary_label.setText(translate("Inbox", "&Summary:"))


class CallDialog(_IntakeDialog):
    """Log a phone call: caller, number, duration, the recording's reference in the phone system."""

    def __init__(
        self, operations: Operations, save: Callable[[Any, bool], Any], *, current_ref, office_tz, parent=None
    ):
        super().__init__(operations, current_ref=current_ref, office_tz=office_tz, parent=parent)
        self._save = save
        self.caller_label, self.caller_edit = QLabel(self), QLineEdit(self)
        self.number_label, self.number_edit = QLabel(self), QLineEdit(self)
        self.duration_label, self.duration_edit = QLabel(self), QTimeEdit(self)
        self.duration_edit.setDisplayFormat("HH:mm:ss")
        self.duration_edit.setTime(QTime(0, 0, 0))
        self.recording_label, self.recording_edit = QLabel(self), QLineEdit(self)
        for label, edit in (
            (self.caller_label, self.caller_edit),
            (self.number_label, self.number_edit),
            (self.duration_label, self.duration_edit),
            (self.recording_label, self.recording_edit),
        ):
            label.setBuddy(edit)
        form = self.form
        form.addRow(self.direction_label, self._direction_row)
        form.addRow(self.caller_label, self.caller_edit)
        form.addRow(self.number_label, self.number_edit)
        form.addRow(self.when_label, self.when_edit)
        form.addRow(self.duration_label, self.duration_edit)
        form.addRow(self.recording_label, self.recording_edit)
        form.addRow(self.summary_label, self.summary_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.thread_check)
        self.finish_layout(layout)
        self.resize(560, 520)
        self.retranslate()
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
        self.caller_label.setText(translate("Inbox", "&Caller:"))
        self.number_label.setText(translate("Inbox", "Phone &number:"))
        self.duration_label.setText(translate("Inbox", "&Duration:"))
        self.recording_label.setText(translate("Inbox", "&Recording reference:"))
        self.recording_edit.setPlaceholderText(
            translate("Inbox", "where the phone system stored the recording")
        )
        self.ok_button.setText(translate("Inbox", "&Log Call"))


class LetterDialog(_IntakeDialog):
    """Log a letter with its scanned pages (files chosen here are stored as attachments)."""

    def __init__(
        self,
        operations: Operations,
        save: Callable[[Any, bool], Any],
        *,
        current_ref,
        office_tz,
        ask_open_paths: Callable[[QWidget, str], list[str]] | None = None,
        parent=None,
    ):
        super().__init__(operations, current_ref=current_ref, office_tz=office_tz, parent=parent)
        self._save = save
        self._ask_open_paths = ask_open_paths or _ask_open_paths
        self.sender_label, self.sender_edit = QLabel(self), QLineEdit(self)
        self.address_label, self.address_edit = QLabel(self), QLineEdit(self)
        self.subject_label, self.subject_edit = QLabel(self), QLineEdit(self)
        for label, edit in (
            (self.sender_label, self.sender_edit),
            (self.address_label, self.address_edit),
            (self.subject_label, self.subject_edit),
        ):
            label.setBuddy(edit)
        self.scans_label = QLabel(self)
        self.scans = QListWidget(self)
        self.scans.setMaximumHeight(90)
        self.add_scan_button = QPushButton(self)
        self.add_scan_button.setAutoDefault(False)
        self.add_scan_button.clicked.connect(self.add_scans)
        self.remove_scan_button = QPushButton(self)
        self.remove_scan_button.setAutoDefault(False)
        self.remove_scan_button.clicked.connect(lambda: self.scans.takeItem(self.scans.currentRow()))
        scan_buttons = QVBoxLayout()
        scan_buttons.addWidget(self.add_scan_button)
        scan_buttons.addWidget(self.remove_scan_button)
        scan_buttons.addStretch(1)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scans, 1)
        scan_row.addLayout(scan_buttons)
        form = self.form
        form.addRow(self.direction_label, self._direction_row)
        form.addRow(self.sender_label, self.sender_edit)
        form.addRow(self.address_label, self.address_edit)
        form.addRow(self.when_label, self.when_edit)
        form.addRow(self.subject_label, self.subject_edit)
        form.addRow(self.summary_label, self.summary_edit)
        form.addRow(self.scans_label, scan_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.thread_check)
        self.finish_layout(layout)
        self.resize(600, 560)
        self.retranslate()
        self.sender_edit.setFocus()

    def add_paths(self, paths: list[str]) -> None:
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(safe_tooltip(path))  # a folder or file name may look like markup
            self.scans.addItem(item)

    def add_scans(self) -> None:
        self.add_paths(self._ask_open_paths(self, translate("Inbox", "Scanned Letter")))

    def scan_paths(self) -> list[str]:
        return [self.scans.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.scans.count())]

    def prepare(self):
        from privacy_desk.services.tickets.service import LetterLog
        from privacy_desk.services.tickets.store import NewAttachment

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
        self.sender_label.setText(translate("Inbox", "&Sender:"))
        self.address_label.setText(translate("Inbox", "Postal &address:"))
        self.subject_label.setText(translate("Inbox", "Su&bject:"))
        self.scans_label.setText(translate("Inbox", "Scanned pages:"))
        self.add_scan_button.setText(translate("Inbox", "Add &File…"))
        self.remove_scan_button.setText(translate("Inbox", "Remove"))
        self.ok_button.setText(translate("Inbox", "&Log Letter"))


def _ask_open_paths(parent: QWidget, title: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, title, "", translate("Inbox", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")
    )
    return paths


# -- read-only text ----------------------------------------------------------------------------------


class TextDialog(QDialog):
    """Headers or an original message, as plain text only: nothing is rendered and nothing is fetched
    (an HTML mail shows its source, remote images stay on their server)."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setReadOnly(True)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.setFont(plain_text_font())
        self.text_edit.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Inbox", "Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)


def decode_original(raw: bytes) -> str:
    """Raw mail bytes as text for reading: UTF-8 where it is, Latin-1 byte for byte elsewhere (8-bit
    parts stay visible instead of failing)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


__all__ = [
    "CallDialog",
    "LetterDialog",
    "MergeDialog",
    "NoteDialog",
    "ReplyDialog",
    "TextDialog",
    "decode_original",
]
