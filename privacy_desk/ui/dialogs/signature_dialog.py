"""My Signature: the lines each user puts under the mail they send, written by the user themself and
kept in the database with their user (migration 0008). Until they write one, the default is their name,
the desk's name and its address in the reply's language (mail/templates.default_signature); "Use the
Default" goes back to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import forms
from privacy_desk.ui.widgets.forms import FormDialog

if TYPE_CHECKING:
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate


class SignatureDialog(FormDialog):
    """`load()` gives (own signature or None, the default); `save(text or None)` stores it.
    `result_value` is the signature stored (None: the default)."""

    TITLE = ("Signature", QT_TRANSLATE_NOOP("Signature", "My Signature"))

    def __init__(
        self,
        operations: FormRunner,
        *,
        load: Callable[[], tuple[str | None, str]],
        save: Callable[[str | None], Any],
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._save = save
        self.default = ""
        self.explanation = forms.explanation_label(self)
        self.text_edit = forms.text_edit(self)
        self.name_ok("Signature", QT_TRANSLATE_NOOP("Signature", "&Save"))
        self.default_button = self.action_button(
            "Signature", QT_TRANSLATE_NOOP("Signature", "Use the &Default"), self.use_default
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text_edit, 1)
        self.finish(layout, (520, 320), self.text_edit)
        self.ok_button.setEnabled(False)  # until the stored signature is shown
        operations.run(load, self._loaded, self.refused, parent=self)

    def _loaded(self, texts: tuple[str | None, str]) -> None:
        own, self.default = texts
        self.text_edit.setPlainText(self.default if own is None else own)
        self.ok_button.setEnabled(True)

    def use_default(self) -> None:
        self.text_edit.setPlainText(self.default)

    def prepare(self):
        text = self.text_edit.toPlainText()
        value = None if text.strip() == self.default.strip() else text
        return lambda: self._save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.explanation.setText(
            translate(
                "Signature",
                'These lines go under every mail you send, after the separator "-- ". '
                "Only you can change them.",
            )
        )


__all__ = ["SignatureDialog"]
