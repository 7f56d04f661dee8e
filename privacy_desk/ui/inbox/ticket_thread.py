"""The thread and the message being read, the lower half of the Inbox's ticket page.

The thread lists every entry (mail received and sent, calls, letters, internal notes); internal notes
are tinted and labelled so they are never mistaken for correspondence. The message beside it is shown as
plain text only: an HTML mail's markup is never rendered and nothing is fetched from the network.
`ThreadReader` is a part of TicketDetailPane (ticket_page.py), which emits what the user asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.attachments import visible_name
from privacy_desk.domain.tickets import MessageKind
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.intake.defect_texts import translated_defect
from privacy_desk.ui.inbox.reading_notes import ForwardedPanel, bounce_html, is_forwarded
from privacy_desk.ui.widgets import error_color
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.files import human_size
from privacy_desk.ui.widgets.lists import EscapeKey
from privacy_desk.ui.widgets.plain_text import plain_label, safe_tooltip

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import tzinfo

    from PySide6.QtCore import SignalInstance

    from privacy_desk.services.tickets.forwarded import ForwardedMessage
    from privacy_desk.services.tickets.service import AttachmentRow, MessageRow, TicketDetail

    _Pane = QWidget  # the mixin is typed as the widget it is mixed into
else:
    _Pane = object

translate = QCoreApplication.translate
NOTE_TINT_LIGHT, NOTE_TINT_DARK = QColor("#fff4c2"), QColor("#4a4020")
OUT_TINT_LIGHT, OUT_TINT_DARK = QColor("#eaf2fb"), QColor("#22303f")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _duration(seconds: int | None) -> str:
    if not seconds:
        return ""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


class ThreadReader(_Pane):
    """The thread beside the message it shows (mixed into TicketDetailPane, which holds `detail`,
    `split_button` and the signals)."""

    detail: TicketDetail | None
    # The message list hides QObject.thread() on the pane; it has long had this name (tests use it).
    thread: QListWidget  # type: ignore[assignment]
    # TicketDetailPane's:
    split_button: QPushButton
    office_tz: tzinfo
    _language: Callable[[], str]
    open_attachment_requested: SignalInstance
    save_attachment_requested: SignalInstance
    original_requested: SignalInstance
    headers_requested: SignalInstance
    back_requested: SignalInstance
    forwarded_requested: SignalInstance
    open_forwarded_file_requested: SignalInstance

    def _build_reader(self, content: QWidget) -> QSplitter:
        self.thread = QListWidget(content)  # Enter reads the current message, Escape goes back
        self.thread.setObjectName("thread")
        self.thread.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.thread.setAlternatingRowColors(False)
        self.thread.setSpacing(1)
        self.thread.setWordWrap(True)
        self.thread.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.thread.currentItemChanged.connect(self._show_current_message)
        self.thread.itemSelectionChanged.connect(self._update_split_button)
        EscapeKey(self.thread).pressed.connect(self.back_requested)
        reader = self.reader = QWidget(content)
        self.message_header = QLabel(reader)
        self.message_header.setWordWrap(True)
        self.message_header.setTextFormat(Qt.TextFormat.PlainText)
        self.message_header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_banner = plain_label(reader, wrap=True)  # names its author, a user's own name
        self.note_banner.setAutoFillBackground(True)
        self.note_banner.setMargin(4)
        self.bounce_label = QLabel(reader)  # a delivery failure: built markup, its quotes escaped
        self.bounce_label.setObjectName("bounce")
        self.bounce_label.setTextFormat(Qt.TextFormat.RichText)
        self.bounce_label.setWordWrap(True)
        self.bounce_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.bounce_label.linkActivated.connect(self._show_linked_message)
        self.bounce_label.hide()
        self.forwarded_panels: list[ForwardedPanel] = []
        self.body = QPlainTextEdit(reader)
        self.body.setObjectName("messageBody")
        self.body.setReadOnly(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._build_attachments(reader)
        self.source_row = ButtonRow("Inbox", reader)  # the message as it came
        self.source_row.addStretch(1)
        self.headers_button = self.source_row.add(
            QT_TRANSLATE_NOOP("Inbox", "Header&s"), lambda: self._emit_for_message(self.headers_requested)
        )
        self.original_button = self.source_row.add(
            QT_TRANSLATE_NOOP("Inbox", "View &Original"),
            lambda: self._emit_for_message(self.original_requested),
        )
        header_row = QHBoxLayout()
        header_row.addWidget(self.message_header, 1)
        header_row.addLayout(self.source_row)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addLayout(header_row)
        reader_layout.addWidget(self.note_banner)
        reader_layout.addWidget(self.bounce_label)
        reader_layout.addWidget(self.body, 1)
        self.forwarded_layout = QVBoxLayout()  # forwarded messages, under the text that carries them
        reader_layout.addLayout(self.forwarded_layout)
        reader_layout.addWidget(self.attachments_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.thread)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 480])
        return splitter

    def _build_attachments(self, reader: QWidget) -> None:
        self.attachments = QListWidget(reader)
        self.attachments.setMaximumHeight(72)
        # The whole name, scrolled sideways if need be: cut short, 請求書.pdf.exe would pass for a PDF.
        self.attachments.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.attachments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.attachments.currentItemChanged.connect(self._update_attachment_buttons)
        self.attachments.itemActivated.connect(lambda _item: self._open_attachment())
        self.attachment_buttons = ButtonRow("Inbox", reader, vertical=True)
        self.open_attachment_button = self.attachment_buttons.add(
            QT_TRANSLATE_NOOP("Inbox", "&Open"), self._open_attachment
        )
        self.save_attachment_button = self.attachment_buttons.add(
            QT_TRANSLATE_NOOP("Inbox", "Save &As…"), self._save_attachment
        )
        self.attachment_buttons.addStretch(1)
        self.attachments_row = QWidget(reader)
        row = QHBoxLayout(self.attachments_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attachments, 1)
        row.addLayout(self.attachment_buttons)

    def _fill_thread(self) -> None:
        detail = self.detail
        assert detail is not None
        self.thread.clear()
        dark = is_dark(self.thread.palette())
        for message in detail.messages:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, message)
            if message.kind is MessageKind.INTERNAL_NOTE:
                item.setBackground(QBrush(NOTE_TINT_DARK if dark else NOTE_TINT_LIGHT))
                font = QFont(self.thread.font())
                font.setItalic(True)
                item.setFont(font)
            elif message.kind is MessageKind.CORRESPONDENCE_OUT:
                item.setBackground(QBrush(OUT_TINT_DARK if dark else OUT_TINT_LIGHT))
            item.setIcon(self._kind_icon(message.kind))
            item.setSizeHint(QSize(0, self.thread.fontMetrics().height() * 2 + 10))
            self.thread.addItem(item)
        self._label_thread()

    def _kind_icon(self, kind: MessageKind):
        style = self.style()
        pixmap = {
            MessageKind.CORRESPONDENCE_IN: QStyle.StandardPixmap.SP_ArrowLeft,
            MessageKind.CORRESPONDENCE_OUT: QStyle.StandardPixmap.SP_ArrowRight,
            MessageKind.INTERNAL_NOTE: QStyle.StandardPixmap.SP_FileDialogInfoView,
            MessageKind.PHONE_CALL: QStyle.StandardPixmap.SP_MediaVolume,
            MessageKind.LETTER: QStyle.StandardPixmap.SP_FileIcon,
            MessageKind.BOUNCE: QStyle.StandardPixmap.SP_MessageBoxWarning,
        }[kind]
        return style.standardIcon(pixmap)

    def _when(self, message: MessageRow) -> str:
        from privacy_desk.i18n.formatting import format_datetime

        return format_datetime(message.sent_at or message.created_at, self._language(), self.office_tz)

    def _label_thread(self) -> None:
        for row in range(self.thread.count()):
            item = self.thread.item(row)
            message: MessageRow = item.data(Qt.ItemDataRole.UserRole)
            kind = translate("MessageKind", message.kind.label)
            who = message.from_name or message.from_address or message.author_name or ""
            first_line = next((line.strip() for line in message.body_text.splitlines() if line.strip()), "")
            extra = ""
            if message.attachments:
                attached = len(message.attachments)
                extra = "  " + translate("Inbox", "📎 %n attachment(s)", None, attached)
            item.setText(
                translate("Inbox", "{kind} · {who} · {when}{extra}\n{first_line}").format(
                    kind=kind, who=who, when=self._when(message), extra=extra, first_line=first_line
                )
            )
            item.setToolTip(
                translate("Inbox", "Internal note: never sent to the requester.")
                if message.kind is MessageKind.INTERNAL_NOTE
                else kind
            )

    def current_message(self) -> MessageRow | None:
        item = self.thread.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_message_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole).id for item in self.thread.selectedItems()]

    def _update_split_button(self) -> None:
        detail = self.detail
        count = len(self.thread.selectedItems())
        self.split_button.setEnabled(
            detail is not None and detail.merged_into_ref is None and 0 < count < len(detail.messages)
        )

    def _show_current_message(self, item: QListWidgetItem | None, _previous=None) -> None:
        message: MessageRow | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.attachments.clear()
        self._clear_forwarded()
        if message is None:
            self.message_header.setText("")
            self.note_banner.hide()
            self.bounce_label.hide()
            self.body.setPlainText("")
            self.attachments_row.hide()
            self.headers_button.setEnabled(False)
            self.original_button.setEnabled(False)
            return
        self._label_message(message)
        text = message.body_text
        if not text.strip() and message.body_html:
            text = message.body_html  # the markup as text: never rendered, nothing fetched
        self.body.setPlainText(text)
        for attachment in message.attachments:
            entry = QListWidgetItem(self._attachment_text(attachment))
            entry.setData(Qt.ItemDataRole.UserRole, attachment)
            entry.setToolTip(safe_tooltip(visible_name(attachment.filename)))
            if not attachment.stored:
                entry.setForeground(error_color(self.palette()))
            self.attachments.addItem(entry)
        self.attachments_row.setVisible(bool(message.attachments))
        if message.attachments:
            self.attachments.setCurrentRow(0)
        self._update_attachment_buttons()
        self.headers_button.setEnabled(bool(message.headers))
        self.original_button.setEnabled(message.has_raw)
        for attachment in message.attachments:  # the view reads each and hands it to show_forwarded
            if attachment.stored and is_forwarded(attachment.content_type):
                self.forwarded_requested.emit(attachment.id)

    def show_forwarded(self, forwarded: ForwardedMessage) -> None:
        """A forwarded message the view read, shown if the message carrying it is still the one shown."""
        message = self.current_message()
        if message is None or forwarded.attachment_id not in {a.id for a in message.attachments}:
            return
        if any(p.forwarded.attachment_id == forwarded.attachment_id for p in self.forwarded_panels):
            return
        from privacy_desk.i18n.formatting import format_datetime

        def when() -> str:
            moment = forwarded.sent_at
            return format_datetime(moment, self._language(), self.office_tz) if moment else ""

        panel = ForwardedPanel(forwarded, when, self.reader)
        panel.open_file_requested.connect(self.open_forwarded_file_requested)
        self.forwarded_panels.append(panel)
        self.forwarded_layout.addWidget(panel)

    def _clear_forwarded(self) -> None:
        for panel in self.forwarded_panels:
            panel.hide()
            panel.deleteLater()
        self.forwarded_panels = []

    def _show_linked_message(self, link: str) -> None:
        """The bounce's link: the desk's mail that was not delivered, selected in the thread."""
        if not link.startswith("message:"):
            return
        message_id = int(link.split(":", 1)[1])
        for row in range(self.thread.count()):
            if self.thread.item(row).data(Qt.ItemDataRole.UserRole).id == message_id:
                self.thread.setCurrentRow(row)
                return

    def _attachment_text(self, attachment: AttachmentRow) -> str:
        if not attachment.stored:
            return translate("Inbox", "{name} ({size}, not stored: larger than the office's limit)").format(
                name=visible_name(attachment.filename), size=human_size(attachment.size)
            )
        return translate("Inbox", "{name} ({size})").format(
            name=visible_name(attachment.filename), size=human_size(attachment.size)
        )

    def _label_message(self, message: MessageRow) -> None:
        lines = [
            translate("Inbox", "From: {sender}").format(
                sender=f"{message.from_name} <{message.from_address}>"
                if message.from_name and message.from_address
                else (message.from_name or message.from_address or message.author_name or "")
            ),
        ]
        if message.to:
            lines.append(translate("Inbox", "To: {recipients}").format(recipients=", ".join(message.to)))
        if message.cc:
            lines.append(translate("Inbox", "Cc: {recipients}").format(recipients=", ".join(message.cc)))
        lines.append(translate("Inbox", "Date: {when}").format(when=self._when(message)))
        if message.subject:
            lines.append(translate("Inbox", "Subject: {subject}").format(subject=message.subject))
        if message.kind is MessageKind.PHONE_CALL:
            details = []
            if message.phone_number:
                details.append(translate("Inbox", "number {number}").format(number=message.phone_number))
            if message.duration_seconds:
                details.append(
                    translate("Inbox", "duration {duration}").format(
                        duration=_duration(message.duration_seconds)
                    )
                )
            if message.recording_ref:
                details.append(translate("Inbox", "recording {ref}").format(ref=message.recording_ref))
            if details:
                lines.append(translate("Inbox", "Call: {details}").format(details=", ".join(details)))
        if message.defects:
            lines.append(
                # The parser's sentences said again in the reader's language (intake/defect_texts.py).
                translate("Inbox", "Problems in this mail: {defects}").format(
                    defects="; ".join(translated_defect(defect, translate) for defect in message.defects)
                )
            )
        self.message_header.setText("\n".join(lines))
        bounce = bounce_html(message, self.detail.messages if self.detail is not None else ())
        self.bounce_label.setText(bounce)
        self.bounce_label.setVisible(bool(bounce))
        note = message.kind is MessageKind.INTERNAL_NOTE
        self.note_banner.setVisible(note)
        if note:
            palette = self.note_banner.palette()
            palette.setColor(
                QPalette.ColorRole.Window, NOTE_TINT_DARK if is_dark(palette) else NOTE_TINT_LIGHT
            )
            self.note_banner.setPalette(palette)
            self.note_banner.setText(
                translate(
                    "Inbox", "Internal note by {author} — for the desk only, never sent to the requester."
                ).format(author=message.author_name or message.from_name)
            )

    def _update_attachment_buttons(self, *_args) -> None:
        attachment = self.current_attachment()
        stored = attachment is not None and attachment.stored
        self.open_attachment_button.setEnabled(stored)
        self.save_attachment_button.setEnabled(stored)

    def current_attachment(self) -> AttachmentRow | None:
        item = self.attachments.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _open_attachment(self) -> None:
        attachment = self.current_attachment()
        if attachment is not None and attachment.stored:
            self.open_attachment_requested.emit(attachment)

    def _save_attachment(self) -> None:
        attachment = self.current_attachment()
        if attachment is not None and attachment.stored:
            self.save_attachment_requested.emit(attachment)

    def _emit_for_message(self, signal) -> None:
        message = self.current_message()
        if message is not None:
            signal.emit(message)

    def _relabel_reader(self) -> None:
        """The thread's entries and the message shown, in the current language (no query)."""
        self._label_thread()
        message = self.current_message()
        if message is not None:
            self._label_message(message)
            for panel in self.forwarded_panels:
                panel.relabel()
            for index in range(self.attachments.count()):
                entry = self.attachments.item(index)
                entry.setText(self._attachment_text(entry.data(Qt.ItemDataRole.UserRole)))

    def _retranslate_reader(self) -> None:
        self.thread.setAccessibleName(translate("Inbox", "Thread"))
        self.body.setAccessibleName(translate("Inbox", "Message text"))
        self.attachments.setAccessibleName(translate("Inbox", "Attachments"))
        self.attachment_buttons.retranslate()
        self.source_row.retranslate()
