"""The Inbox's forms on a ticket: a note, a merge, and the text viewers for headers and the original
message (the mail composer is in reply_form.py, the call and letter forms in intake_forms.py, the person
form in ui/dialogs/person_dialog.py).

Every form saves through the operation helper (off the GUI thread) and stays open with everything the
user typed when the service says no, showing why above its buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import forms
from privacy_desk.ui.widgets.forms import FormDialog, FormRows

if TYPE_CHECKING:
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
    "TextDialog",
    "decode_original",
]
