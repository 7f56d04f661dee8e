"""The mail composer of a ticket: a reply to its last mail, or a new mail on a ticket that has none
(one logged from a call or a letter), sent through the office's SMTP server (docs/ARCHITECTURE.md §11).

The form opens with the template's reply in the requester's language, the user's signature and the
quoted original, all in one text that goes out as shown. Send (Ctrl+Return) sends on the worker and
records the mail on the ticket; a refused send keeps everything typed and says why, the server's own
words under Details. A desk without sending set up still opens the reply in its mail client or saves it
as .eml (both log it in the thread), and the form says what to set up; a read-only database allows
neither.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import InlineMessage, MessageKind, forms, translated_error
from privacy_desk.ui.widgets.forms import EnumCombo, FormDialog, FormRows, error_text, open_form

if TYPE_CHECKING:
    from privacy_desk.services.tickets.replies import ReplyDraft
    from privacy_desk.services.tickets.sending import Composition
    from privacy_desk.ui.inbox.host import InboxHost
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "Inbox"


def split_addresses(text: str) -> tuple[str, ...]:
    """Addresses as typed, separated by commas or semicolons (Outlook's separator)."""
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class ReplyDialog(FormDialog):
    """`result_value` is what the service returned: a SentMail after Send, a LoggedReply after opening
    the reply in the mail client or saving it; `action` says which."""

    TITLE = ("Inbox", QT_TRANSLATE_NOOP("Inbox", "Mail on {ref}"))
    SEND, OPEN, SAVE = "send", "open", "save"

    def __init__(
        self,
        operations: FormRunner,
        *,
        compose: Callable[[Any, str, bool], Composition],
        send: Callable[[ReplyDraft], Any],
        log: Callable[[ReplyDraft], Any],
        edit_signature: Callable[[], None] | None = None,
        language: str,
        ref: str,
        parent=None,
    ) -> None:
        super().__init__(operations, parent, ref=ref)
        self._compose, self._send, self._log = compose, send, log
        self.draft: ReplyDraft | None = None
        self.sent_unrecorded = False  # the server took it but the ticket did not record it
        self.composition: Composition | None = None
        self.action = self.SEND
        self._detail = ""
        self.rows = FormRows("Inbox", self, QFormLayout())
        self.template_combo = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "Tem&plate:"), EnumCombo(ReplyTemplate, self)
        )
        self.language_combo = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "&Language of the reply:"), QComboBox(self)
        )
        self.language_combo.addItem("日本語", "ja")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if language == "ja" else 1)
        self.new_mail_check = QCheckBox(self)
        self.rows.form.addRow("", self.new_mail_check)
        self.to_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&To:"), QLineEdit(self))
        self.cc_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&Cc:"), QLineEdit(self))
        self.subject_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Su&bject:"), QLineEdit(self))
        self.body_edit = forms.text_edit(self)
        self.sending_note = InlineMessage(self)  # what to set up before Send can be used
        self.details_button = QPushButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_text = QPlainTextEdit(self)
        self.details_text.setReadOnly(True)
        self.details_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.details_button.toggled.connect(self.details_text.setVisible)
        self.name_ok("Inbox", QT_TRANSLATE_NOOP("Inbox", "&Send"))
        self.open_button = self.action_button(
            "Inbox", QT_TRANSLATE_NOOP("Inbox", "Open in &Mail Client"), lambda: self._submit_as(self.OPEN)
        )
        self.save_button = self.action_button(
            "Inbox", QT_TRANSLATE_NOOP("Inbox", "Save as .&eml…"), lambda: self._submit_as(self.SAVE)
        )
        self.signature_button = QPushButton(self)  # beside the body: the lines under it are the user's
        self.signature_button.setAutoDefault(False)
        self.signature_button.setVisible(edit_signature is not None)
        if edit_signature is not None:
            self.signature_button.clicked.connect(lambda _checked=False: edit_signature())
        for button in (self.ok_button, self.open_button, self.save_button, self.cancel_button):
            # Enter in a field must not send the mail: Ctrl+Return does
            button.setDefault(False)
            button.setAutoDefault(False)
        self.body_edit.installEventFilter(self)  # the text edit would take Ctrl+Return as a new line
        self._layout()
        self.template_combo.currentIndexChanged.connect(self.load_draft)
        self.language_combo.currentIndexChanged.connect(self.load_draft)
        self.new_mail_check.toggled.connect(self.load_draft)
        self.retranslate()
        self._show_detail("")
        self._apply_readiness()
        self.load_draft()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.body_edit and isinstance(event, QKeyEvent) and self._is_send_key(event):
            if event.type() == QEvent.Type.KeyPress:
                self._submit_as(self.SEND)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Ctrl+Return in a line edit
        if self._is_send_key(event):
            self._submit_as(self.SEND)
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_send_key(event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows.form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.sending_note)
        layout.addWidget(self.message)
        details = QHBoxLayout()
        details.addWidget(self.details_button)
        details.addStretch(1)
        details.addWidget(self.signature_button)
        layout.addLayout(details)
        layout.addWidget(self.details_text)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    # -- the draft -------------------------------------------------------------------------------------

    def load_draft(self) -> None:
        template = ReplyTemplate(self.template_combo.currentData())
        language, new_mail = self.language_combo.currentData(), self.new_mail_check.isChecked()
        self._operations.run(
            lambda: self._compose(template, language, new_mail), self._composed, self.refused, parent=self
        )

    def _composed(self, composition: Composition) -> None:
        previous, typed = self.draft, self.body_edit.toPlainText()
        self.composition = composition
        draft = self.draft = composition.draft
        self.to_edit.setText(", ".join(draft.to))
        self.cc_edit.setText(", ".join(draft.cc))
        self.subject_edit.setText(draft.subject)
        if previous is not None and typed.strip() and typed != previous.body:
            # A new template, language or signature must not lose what the user wrote: the new draft
            # replaces it as one edit that Ctrl+Z takes back (setPlainText would clear the undo history).
            cursor = self.body_edit.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(draft.body)
            self.message.show_message(
                translate("Inbox", "Your text was replaced by the new draft; Ctrl+Z brings it back."),
                MessageKind.INFO,
            )
        else:
            self.body_edit.setPlainText(draft.body)
        self.body_edit.moveCursor(self.body_edit.textCursor().MoveOperation.Start)
        self.body_edit.setFocus()
        self.new_mail_check.blockSignals(True)  # no second draft: this one already says which it is
        self.new_mail_check.setChecked(draft.in_reply_to is None)
        self.new_mail_check.setEnabled(composition.replyable)
        self.new_mail_check.blockSignals(False)
        self._apply_readiness()

    def _apply_readiness(self) -> None:
        """Send only when this desk can send; the others only when the database takes the record."""
        composition = self.composition
        problem = composition.problem if composition is not None else None
        read_only = composition is not None and composition.read_only
        loaded = composition is not None and not self.busy
        self.ok_button.setEnabled(loaded and problem is None and not self.sent_unrecorded)
        self.open_button.setEnabled(loaded and not read_only)
        self.save_button.setEnabled(loaded and not read_only)
        if problem is None:
            self.sending_note.clear()
        else:
            self.sending_note.show_message(translated_error(problem), MessageKind.INFO)

    def edited_draft(self) -> ReplyDraft | None:
        if self.draft is None:
            return None
        return replace(
            self.draft,
            to=split_addresses(self.to_edit.text()),
            cc=split_addresses(self.cc_edit.text()),
            subject=" ".join(self.subject_edit.text().split()),
            body=self.body_edit.toPlainText(),
        )

    # -- the buttons -----------------------------------------------------------------------------------

    def _submit_as(self, action: str) -> None:
        if self.busy:
            return
        button = {self.SEND: self.ok_button, self.OPEN: self.open_button, self.SAVE: self.save_button}[action]
        if not button.isEnabled():
            return
        self.action = action
        FormDialog.submit(self)

    def submit(self) -> None:  # OK (Send) and Enter in a line edit
        self._submit_as(self.SEND)

    def prepare(self):
        draft = self.edited_draft()
        if draft is None:
            return None
        if not draft.to:
            self.missing(self.to_edit, translate("Inbox", "Enter the address the mail goes to."))
            return None
        self._show_detail("")
        work = self._send if self.action == self.SEND else self._log
        return lambda: work(draft)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self._apply_readiness()

    def refused(self, error: BaseException) -> None:
        from privacy_desk.services.tickets.sending import SentNotRecorded

        # The server took the mail but the ticket could not record it: sending again would mail the
        # requester twice, so only logging (or closing) is left.
        self.sent_unrecorded = self.sent_unrecorded or isinstance(error, SentNotRecorded)
        super().refused(error)
        self._show_detail(str(getattr(error, "detail", "") or ""))
        self._apply_readiness()

    def _show_detail(self, detail: str) -> None:
        """What the server said, under a Details button (not translated: the server's own words)."""
        self._detail = detail
        self.details_text.setPlainText(detail)
        self.details_button.setVisible(bool(detail))
        self.details_button.setChecked(False)
        self.details_text.setVisible(False)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        texts = (  # each widget's words, said once here (lupdate reads the QT_TRANSLATE_NOOP marks)
            (
                self.new_mail_check.setText,
                QT_TRANSLATE_NOOP("Inbox", "&New mail (not a reply to the last message)"),
            ),
            (
                self.new_mail_check.setToolTip,
                QT_TRANSLATE_NOOP(
                    "Inbox", "Without the quote and threading headers, for example after a call."
                ),
            ),
            (self.cc_edit.setPlaceholderText, QT_TRANSLATE_NOOP("Inbox", "Addresses separated by commas")),
            (
                self.ok_button.setToolTip,
                QT_TRANSLATE_NOOP("Inbox", "Send now through the office's mail server (Ctrl+Return)"),
            ),
            (
                self.open_button.setToolTip,
                QT_TRANSLATE_NOOP(
                    "Inbox", "Log the mail and open it in your mail client, to send it from there"
                ),
            ),
            (self.details_button.setText, QT_TRANSLATE_NOOP("Inbox", "&Details")),
            (self.signature_button.setText, QT_TRANSLATE_NOOP("Inbox", "My Si&gnature…")),
            (
                self.signature_button.setToolTip,
                QT_TRANSLATE_NOOP("Inbox", "The lines under every mail you send"),
            ),
        )
        for say, text in texts:
            say(translate("Inbox", text))
        self._apply_readiness()


def open_composer(view: Any, ticket_id: int, row: Any) -> None:
    """Open the composer on the Inbox's open ticket `row` (InboxView's action) and handle its result."""
    from privacy_desk.ui.inbox.ticket_actions import _has_japanese, told

    bind = view._context.work.bind
    options = view._context.extra.get("sending_options", {})
    language = "ja" if _has_japanese(row.subject + row.from_name + (row.person_name or "")) else "en"
    dialog = ReplyDialog(
        view._context.work,
        compose=bound_read(
            view._context.work,
            lambda services, template, lang, new_mail: sending(services, options).compose(
                ticket_id, template, lang, new_mail=new_mail
            ),
        ),
        send=bind(lambda services, draft: told(sending(services, options).send(draft), ticket_id)),
        log=bind(lambda services, draft: told(services.tickets.log_reply(services.actor, draft), ticket_id)),
        edit_signature=lambda: edit_signature(view, dialog, options),
        language=language,
        ref=row.ref,
        parent=view,
    )

    def accepted(d: ReplyDialog) -> None:
        view._changed(also=[ticket_id])
        if d.action == ReplyDialog.SEND:
            show_sent(view, d.result_value)
        else:
            view._deliver_reply(
                f"{row.ref}-reply.eml", d.result_value.eml, saved=d.action == ReplyDialog.SAVE
            )

    view._open_dialog(dialog, accepted)


def edit_signature(view: Any, composer: ReplyDialog, options: dict) -> None:
    """My Signature… from the composer; once saved, the draft is made again with it."""
    from privacy_desk.ui.dialogs.signature_dialog import SignatureDialog

    bind, language = view._context.work.bind, composer.language_combo.currentData()
    form = SignatureDialog(
        view._context.work,
        load=bound_read(view._context.work, lambda services: sending(services, options).signatures(language)),
        save=bind(lambda services, text: services.users.set_signature(services.actor, text)),
        parent=composer,
    )
    open_form(composer, form, lambda _form: composer.load_draft())


def bound_read(work: Any, read: Callable[..., Any]) -> Callable[..., Any]:
    """`read` with the services open now, for a form's own reads on the worker (`work.bind` is for its
    OK, which a read-only database refuses; the composer still reads there, to say why it cannot send)."""
    services = work.context.services

    def bound(*args: Any) -> Any:
        assert services is not None, "the composer opens on a ticket shown, so with the database open"
        return read(services, *args)

    return bound


def sending(services, options: dict):
    """The sending service on these services (on the worker, where its modules load)."""
    from privacy_desk.services.tickets.sending import open_sending

    return open_sending(services, **options)


def show_sent(view: InboxHost, sent: Any) -> None:
    """Say in the Inbox's notice to whom the mail went, and what did not go as wished."""
    recipients = ", ".join(sent.report.accepted)
    if sent.refused:
        text = translate("Inbox", "Sent to {recipients}; the server refused {refused}.").format(
            recipients=recipients, refused=", ".join(sent.refused)
        )
        view.notice.show_message(text, MessageKind.INFO)
    elif sent.sent_warning is not None:
        text = translate("Inbox", "Sent to {recipients}. {warning}").format(
            recipients=recipients, warning=error_text(sent.sent_warning)
        )
        view.notice.show_message(text, MessageKind.INFO)
    elif sent.sent_folder:
        text = translate("Inbox", "Sent to {recipients}. A copy is in the folder {folder}.").format(
            recipients=recipients, folder=sent.sent_folder
        )
        view.notice.show_message(text, MessageKind.SUCCESS)
    else:
        view.notice.show_message(
            translate("Inbox", "Sent to {recipients}.").format(recipients=recipients), MessageKind.SUCCESS
        )


__all__ = ["ReplyDialog", "open_composer", "show_sent", "split_addresses"]
