"""The Inbox's forms on a ticket: a note, a reply from a template, a merge, and the text viewers for
headers and the original message (the call and letter forms are in intake_forms.py, the person form in
ui/dialogs/person_dialog.py).

Every form saves through the operation helper (off the GUI thread) and stays open with everything the
user typed when the service says no, showing why above its buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import forms
from privacy_desk.ui.widgets.forms import EnumCombo, FormDialog, FormRows

if TYPE_CHECKING:
    from privacy_desk.services.tickets.replies import ReplyDraft
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "Inbox"


def plain_text_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


# -- note --------------------------------------------------------------------------------------------


class NoteDialog(forms.NoteDialog):
    """An internal note in a ticket's thread."""

    TITLE = ("Inbox", QT_TRANSLATE_NOOP("Inbox", "Internal note on {ref}"))
    EXPLANATION = (
        "Inbox",
        QT_TRANSLATE_NOOP(
            "Inbox", "An internal note stays in the thread for the desk. It is never sent to the requester."
        ),
    )


# -- reply -------------------------------------------------------------------------------------------


class ReplyDialog(FormDialog):
    """A reply from a template in the requester's language, filled with their name and the reference;
    the user edits it, then opens it in the mail client or saves it as .eml. Either logs it in the
    thread. `result_value` is the LoggedReply; `action` says which button was used."""

    TITLE = ("Inbox", QT_TRANSLATE_NOOP("Inbox", "Reply to {ref}"))

    OPEN, SAVE = "open", "save"

    def __init__(
        self,
        operations: FormRunner,
        *,
        draft: Callable[[Any, str], ReplyDraft],
        log: Callable[[ReplyDraft], Any],
        language: str,
        ref: str,
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._draft_for = draft
        self._log = log
        self.draft: ReplyDraft | None = None
        self.action = self.OPEN
        self.rows = FormRows("Inbox", self, QFormLayout())
        self.template_combo = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "&Template:"), EnumCombo(ReplyTemplate, self)
        )
        self.language_combo = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "&Language of the reply:"), QComboBox(self)
        )
        self.language_combo.addItem("日本語", "ja")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if language == "ja" else 1)
        self.to_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&To:"), QLineEdit(self))
        self.subject_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&Subject:"), QLineEdit(self))
        self.body_edit = forms.text_edit(self)
        self.note = forms.explanation_label(self)  # under the text: what the buttons do with it
        self.name_ok("Inbox", QT_TRANSLATE_NOOP("Inbox", "&Open in Mail Client"))
        self.save_button = self.action_button(
            "Inbox", QT_TRANSLATE_NOOP("Inbox", "Save as .&eml…"), self.save_as_eml
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows.form)
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
        self.rows.retranslate()
        self.note.setText(
            translate(
                "Inbox",
                "The reply is logged in the thread and opened in your mail client, ready to send. "
                "Check it there before you send it.",
            )
        )


# -- merge -------------------------------------------------------------------------------------------


class MergeDialog(FormDialog):
    """Merge this ticket into another, named by its reference. `result_value` is the target's row."""

    TITLE = ("Inbox", QT_TRANSLATE_NOOP("Inbox", "Merge {ref}"))

    def __init__(self, operations: FormRunner, merge: Callable[[str], Any], ref: str, parent=None) -> None:
        super().__init__(operations, parent, ref=ref)
        self._merge = merge
        self.explanation = forms.explanation_label(self)
        self.rows = FormRows("Inbox", self, QFormLayout())
        self.target_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Merge &into:"), QLineEdit(self))
        self.target_edit.setPlaceholderText("PD-2026-000123")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.rows.form)
        self.finish(layout, (480, 200), self.target_edit)

    def prepare(self):
        target = self.required(
            self.target_edit, translate("Inbox", "Enter the reference of the ticket to merge into.")
        )
        return None if target is None else lambda: self._merge(target)

    def retranslate(self) -> None:
        super().retranslate()
        self.explanation.setText(
            translate(
                "Inbox",
                "Every message of {ref} moves into the other ticket; {ref} then points to it. "
                "You can undo the merge later.",
            ).format(ref=self._ref)
        )
        self.rows.retranslate()
        self.ok_button.setText(translate("Inbox", "&Merge"))


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
    "MergeDialog",
    "NoteDialog",
    "ReplyDialog",
    "TextDialog",
    "decode_original",
]
