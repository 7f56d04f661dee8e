"""What the reading pane says above a message besides its headers: a delivery failure (a bounce, linked
to the desk's mail it returns) and a forwarded message shown inline with its own files."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from privacy_desk.domain.attachments import visible_name
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.files import human_size
from privacy_desk.ui.widgets.plain_text import plain_label, safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from privacy_desk.services.tickets.forwarded import ForwardedMessage
    from privacy_desk.services.tickets.service import MessageRow

translate = QCoreApplication.translate
FORWARDED_TYPES = ("message/rfc822", "message/global")  # services/tickets/forwarded.py reads these


def is_forwarded(content_type: str) -> bool:
    return content_type.lower() in FORWARDED_TYPES


def bounce_html(message: MessageRow, thread: Sequence[MessageRow]) -> str:
    """The delivery failure a bounce reports, as rich text the app builds (what it quotes escaped,
    docs/ARCHITECTURE.md §6.13), with a link (`message:ID`) to the desk's mail that was not delivered."""
    bounce = message.bounce
    if bounce is None:
        return ""
    lines = []
    for recipient in bounce.recipients:
        failed = recipient.action != "delayed"
        if recipient.diagnostic:
            text = (
                translate("Inbox", "Delivery failed to {address}: {status} (the server said: {diagnostic})")
                if failed
                else translate(
                    "Inbox", "Delivery delayed to {address}: {status} (the server said: {diagnostic})"
                )
            )
        else:
            text = (
                translate("Inbox", "Delivery failed to {address}: {status}")
                if failed
                else translate("Inbox", "Delivery delayed to {address}: {status}")
            )
        lines.append(
            html.escape(
                text.format(
                    address=recipient.address, status=recipient.status or "?", diagnostic=recipient.diagnostic
                )
            )
        )
    if not lines:
        lines.append(html.escape(translate("Inbox", "A mail of the desk's could not be delivered.")))
    returned = next((m for m in thread if m.message_id == bounce.returned_message_id), None)
    if returned is not None:
        link = html.escape(translate("Inbox", "Show the mail that was not delivered"))
        lines.append(f'<a href="message:{returned.id}">{link}</a>')
    return "<br>".join(lines)


class ForwardedPanel(QGroupBox):
    """One forwarded message under the mail that carries it: sender, date, subject, text and files."""

    open_file_requested = Signal(object)  # ForwardedFile

    def __init__(self, forwarded: ForwardedMessage, when: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.forwarded = forwarded
        self._when = when
        self.setObjectName("forwarded")
        self.facts = plain_label(self, wrap=True, selectable=True)  # the sender's own words: never markup
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(forwarded.body_text)
        self.text.setMaximumHeight(160)
        self.files = QListWidget(self)
        self.files.setMaximumHeight(60)
        self.files.setTextElideMode(Qt.TextElideMode.ElideNone)
        for file in forwarded.files:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, file)
            item.setToolTip(safe_tooltip(visible_name(file.filename)))
            self.files.addItem(item)
        self.files.itemActivated.connect(
            lambda item: self.open_file_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.buttons = ButtonRow("Inbox", self)
        self.open_button = self.buttons.add(QT_TRANSLATE_NOOP("Inbox", "Open &File"), self._open_current)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for part in (self.facts, self.text, self.files):  # the forwarded mail as a mail reader shows it
            layout.addWidget(part)
        layout.addLayout(self.buttons)
        shown = bool(forwarded.files)
        self.files.setVisible(shown)
        self.open_button.setVisible(shown)
        if shown:
            self.files.setCurrentRow(0)
        self.relabel()

    def _open_current(self) -> None:
        item = self.files.currentItem()
        if item is not None:
            self.open_file_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def relabel(self) -> None:
        f = self.forwarded
        self.setTitle(translate("Inbox", "Forwarded message"))
        sender = (
            f"{f.from_name} <{f.from_address}>"
            if f.from_name and f.from_address
            else f.from_name or f.from_address
        )
        lines = [
            translate("Inbox", "From: {sender}").format(sender=sender),
            translate("Inbox", "Date: {when}").format(when=self._when()),
            translate("Inbox", "Subject: {subject}").format(subject=f.subject),
        ]
        self.facts.setText("\n".join(lines))
        self.text.setAccessibleName(translate("Inbox", "Text of the forwarded message"))
        self.files.setAccessibleName(translate("Inbox", "Files of the forwarded message"))
        for index in range(self.files.count()):
            item = self.files.item(index)
            file = item.data(Qt.ItemDataRole.UserRole)
            item.setText(
                translate("Inbox", "{name} ({size})").format(
                    name=visible_name(file.filename), size=human_size(file.size)
                )
            )
        self.buttons.retranslate()
