"""The Inbox's detail pane: one ticket's facts, its actions, its thread and the message being read.

The thread lists every entry (mail received and sent, calls, letters, internal notes); internal notes
are tinted and labelled so they are never mistaken for correspondence. The message below is shown as
plain text only: an HTML mail's markup is never rendered and nothing is fetched from the network.
The pane holds plain rows from the service and emits what the user asked for; the Inbox view does it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.attachments import visible_name
from privacy_desk.domain.tickets import MessageKind, TicketCategory, TicketStatus, allowed_transitions
from privacy_desk.ui.widgets import InlineMessage, error_color
from privacy_desk.ui.widgets import MessageKind as NoticeKind
from privacy_desk.ui.widgets.files import human_size
from privacy_desk.ui.widgets.plain_text import plain_label, safe_tooltip

if TYPE_CHECKING:
    from privacy_desk.services.tickets.service import AttachmentRow, MessageRow, TicketDetail

translate = QCoreApplication.translate
NOTE_TINT_LIGHT, NOTE_TINT_DARK = QColor("#fff4c2"), QColor("#4a4020")
OUT_TINT_LIGHT, OUT_TINT_DARK = QColor("#eaf2fb"), QColor("#22303f")


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _duration(seconds: int | None) -> str:
    if not seconds:
        return ""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


class ThreadList(QListWidget):
    """Enter reads the current message; Escape goes back to the list (handled by the view)."""

    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class TicketDetailPane(QWidget):
    status_chosen = Signal(object)  # TicketStatus
    category_chosen = Signal(object)  # TicketCategory
    category_confirmed = Signal()
    assignee_chosen = Signal(object)  # user id or None
    person_requested = Signal()
    note_requested = Signal()
    reply_requested = Signal()
    merge_requested = Signal()
    undo_merge_requested = Signal(str)  # the ref of the merged ticket to give its messages back
    split_requested = Signal(list)  # message ids
    responded_requested = Signal()
    open_attachment_requested = Signal(object)  # AttachmentRow
    save_attachment_requested = Signal(object)
    original_requested = Signal(object)  # MessageRow
    headers_requested = Signal(object)
    back_requested = Signal()
    convert_requested = Signal()  # "Convert to Request Case…"
    case_open_requested = Signal(int)  # a request case made from this ticket, by id

    def __init__(self, language, office_tz, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.office_tz = office_tz
        self.detail: TicketDetail | None = None
        self.users: list[tuple[int, str]] = []
        self._updating = False

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        content = QWidget(self)
        self.ref_label = plain_label(content, selectable=True)
        self.subject_label = plain_label(content)  # the mail's own subject: never markup
        font = self.subject_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.subject_label.setFont(font)
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(content)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = InlineMessage(content)
        self.cases_label = QLabel(content)  # the request cases made from this ticket, as links
        self.cases_label.setTextFormat(Qt.TextFormat.RichText)
        self.cases_label.setWordWrap(True)
        self.cases_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.cases_label.linkActivated.connect(lambda link: self.case_open_requested.emit(int(link)))
        self.cases_label.hide()
        self.cases: list = []  # CaseListRow

        self.status_label, self.status_combo = QLabel(content), QComboBox(content)
        self.category_label, self.category_combo = QLabel(content), QComboBox(content)
        for category in TicketCategory:
            self.category_combo.addItem("", category)
        self.confirm_button = QPushButton(content)
        self.assignee_label, self.assignee_combo = QLabel(content), QComboBox(content)
        self.person_label, self.person_value = QLabel(content), QLabel(content)
        self.person_value.setTextFormat(Qt.TextFormat.PlainText)
        self.person_button = QPushButton(content)
        for label, widget in (
            (self.status_label, self.status_combo),
            (self.category_label, self.category_combo),
            (self.assignee_label, self.assignee_combo),
            (self.person_label, self.person_button),
        ):
            label.setBuddy(widget)
        fields = QGridLayout()
        fields.setHorizontalSpacing(8)
        fields.addWidget(self.status_label, 0, 0)
        fields.addWidget(self.status_combo, 0, 1)
        fields.addWidget(self.assignee_label, 0, 2)
        fields.addWidget(self.assignee_combo, 0, 3)
        fields.addWidget(self.category_label, 1, 0)
        category_row = QHBoxLayout()
        category_row.addWidget(self.category_combo, 1)
        category_row.addWidget(self.confirm_button)
        fields.addLayout(category_row, 1, 1)
        fields.addWidget(self.person_label, 1, 2)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_value, 1)
        person_row.addWidget(self.person_button)
        fields.addLayout(person_row, 1, 3)
        fields.setColumnStretch(4, 1)
        for combo in (self.status_combo, self.category_combo, self.assignee_combo):
            combo.setMinimumWidth(190)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.reply_button = QPushButton(content)
        self.note_button = QPushButton(content)
        self.responded_button = QPushButton(content)
        self.merge_button = QPushButton(content)
        self.undo_merge_button = QPushButton(content)
        self.split_button = QPushButton(content)
        self.convert_button = QPushButton(content)
        actions = QHBoxLayout()
        for button in (
            self.reply_button,
            self.note_button,
            self.responded_button,
            self.merge_button,
            self.undo_merge_button,
            self.split_button,
            self.convert_button,
        ):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)

        self.thread = ThreadList(content)
        self.thread.setObjectName("thread")
        self.thread.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.thread.setAlternatingRowColors(False)
        self.thread.setSpacing(1)
        self.thread.setWordWrap(True)
        self.thread.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.thread.currentItemChanged.connect(self._show_current_message)
        self.thread.itemSelectionChanged.connect(self._update_split_button)
        self.thread.escape_pressed.connect(self.back_requested)

        reader = QWidget(content)
        self.message_header = QLabel(reader)
        self.message_header.setWordWrap(True)
        self.message_header.setTextFormat(Qt.TextFormat.PlainText)
        self.message_header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_banner = plain_label(reader, wrap=True)  # names its author, a user's own name
        self.note_banner.setAutoFillBackground(True)
        self.note_banner.setMargin(4)
        self.body = QPlainTextEdit(reader)
        self.body.setObjectName("messageBody")
        self.body.setReadOnly(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.attachments = QListWidget(reader)
        self.attachments.setMaximumHeight(72)
        # The whole name, scrolled sideways if need be: cut short, 請求書.pdf.exe would pass for a PDF.
        self.attachments.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.attachments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.attachments.currentItemChanged.connect(self._update_attachment_buttons)
        self.attachments.itemActivated.connect(lambda _item: self._open_attachment())
        self.open_attachment_button = QPushButton(reader)
        self.save_attachment_button = QPushButton(reader)
        self.headers_button = QPushButton(reader)
        self.original_button = QPushButton(reader)
        for button in (
            self.open_attachment_button,
            self.save_attachment_button,
            self.headers_button,
            self.original_button,
        ):
            button.setAutoDefault(False)
        self.open_attachment_button.clicked.connect(self._open_attachment)
        self.save_attachment_button.clicked.connect(self._save_attachment)
        self.headers_button.clicked.connect(lambda: self._emit_for_message(self.headers_requested))
        self.original_button.clicked.connect(lambda: self._emit_for_message(self.original_requested))
        attachment_buttons = QVBoxLayout()
        attachment_buttons.addWidget(self.open_attachment_button)
        attachment_buttons.addWidget(self.save_attachment_button)
        attachment_buttons.addStretch(1)
        self.attachments_row = QWidget(reader)
        attachments_layout = QHBoxLayout(self.attachments_row)
        attachments_layout.setContentsMargins(0, 0, 0, 0)
        attachments_layout.addWidget(self.attachments, 1)
        attachments_layout.addLayout(attachment_buttons)
        source_row = QHBoxLayout()
        source_row.addStretch(1)
        source_row.addWidget(self.headers_button)
        source_row.addWidget(self.original_button)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        header_row = QHBoxLayout()
        header_row.addWidget(self.message_header, 1)
        header_row.addLayout(source_row)
        reader_layout.addLayout(header_row)
        reader_layout.addWidget(self.note_banner)
        reader_layout.addWidget(self.body, 1)
        reader_layout.addWidget(self.attachments_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, content)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.thread)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 480])

        line = QFrame(content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.ref_label)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.cases_label)
        layout.addLayout(fields)
        layout.addLayout(actions)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)
        self.content = content

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.status_combo.activated.connect(self._status_activated)
        self.category_combo.activated.connect(self._category_activated)
        self.assignee_combo.activated.connect(self._assignee_activated)
        self.confirm_button.clicked.connect(self.category_confirmed)
        self.person_button.clicked.connect(self.person_requested)
        self.note_button.clicked.connect(self.note_requested)
        self.reply_button.clicked.connect(self.reply_requested)
        self.responded_button.clicked.connect(self.responded_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        self.undo_merge_button.clicked.connect(self._undo_merge)
        self.split_button.clicked.connect(lambda: self.split_requested.emit(self.selected_message_ids()))
        self.convert_button.clicked.connect(self.convert_requested)

        self.retranslate()

    # -- content -----------------------------------------------------------------------------------

    def set_users(self, users: list[tuple[int, str]]) -> None:
        self.users = users
        self._fill_assignees()

    def clear(self) -> None:
        self.detail = None
        self.show_cases([])
        self.stack.setCurrentWidget(self.placeholder)

    def show_cases(self, cases: list) -> None:
        """The request cases made from this ticket (CaseListRows), each a link that opens it."""
        self.cases = list(cases)
        self.cases_label.setVisible(bool(self.cases))
        self._label_cases()

    def _label_cases(self) -> None:
        from html import escape

        links = ", ".join(
            f'<a href="{case.id}">{escape(case.ref)}</a> ({escape(translate("CaseState", case.state.label))})'
            for case in self.cases
        )
        self.cases_label.setText(
            translate("Inbox", "Request cases from this ticket: {links}").format(links=links)
        )

    def show_detail(self, detail: TicketDetail, *, keep_message: bool = True) -> None:
        previous = self.current_message()
        before = self.detail
        grew = (
            before is not None
            and before.ticket.id == detail.ticket.id
            and len(detail.messages) > len(before.messages)
        )
        if grew:
            keep_message = False  # something was just added: show it
        if before is None or before.ticket.id != detail.ticket.id:
            self.show_cases([])  # the last ticket's links go; this one's are read next
        self.detail = detail
        self.stack.setCurrentWidget(self.content)
        self._updating = True
        try:
            self._fill_fields()
            self._fill_thread()
        finally:
            self._updating = False
        target = 0
        if keep_message and previous is not None:
            ids = [m.id for m in detail.messages]
            if previous.id in ids:
                target = ids.index(previous.id)
        elif detail.messages:
            target = len(detail.messages) - 1  # the newest entry
        if detail.messages:
            self.thread.setCurrentRow(target)
        else:
            self._show_current_message(None)
        self._retranslate_detail()

    def _fill_fields(self) -> None:
        detail = self.detail
        assert detail is not None
        row = detail.ticket
        self.status_combo.clear()
        for status in [row.status, *sorted(allowed_transitions(row.status), key=list(TicketStatus).index)]:
            self.status_combo.addItem(translate("TicketStatus", status.label), status)
        self.status_combo.setCurrentIndex(0)
        self.category_combo.setCurrentIndex(self.category_combo.findData(row.category))
        self._fill_assignees()
        live = detail.merged_into_ref is None
        for widget in (
            self.status_combo,
            self.category_combo,
            self.assignee_combo,
            self.person_button,
            self.reply_button,
            self.note_button,
            self.merge_button,
            self.convert_button,
        ):
            widget.setEnabled(live)
        self.confirm_button.setVisible(live and not row.category_confirmed)
        self.responded_button.setVisible(live and row.first_responded_at is None and row.status.is_open)
        self.undo_merge_button.setVisible(bool(detail.merged_from) or not live)
        self._update_split_button()

    def _fill_assignees(self) -> None:
        self.assignee_combo.clear()
        self.assignee_combo.addItem(translate("Inbox", "Nobody"), None)
        for user_id, name in self.users:
            self.assignee_combo.addItem(name, user_id)
        if self.detail is not None:
            row = self.detail.ticket
            index = self.assignee_combo.findData(row.assignee_id) if row.assignee_id is not None else 0
            if index < 0 and row.assignee_id is not None:  # an inactive user still shows as assigned
                self.assignee_combo.addItem(row.assignee_name or "?", row.assignee_id)
                index = self.assignee_combo.count() - 1
            self.assignee_combo.setCurrentIndex(index)

    def _fill_thread(self) -> None:
        detail = self.detail
        assert detail is not None
        self.thread.clear()
        dark = _is_dark(self.thread.palette())
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
        if message is None:
            self.message_header.setText("")
            self.note_banner.hide()
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
                # The parser's notes (a body cut to size) are source texts of "Errors"; its other
                # findings are English diagnostics, which have no translation and stay as they are.
                translate("Inbox", "Problems in this mail: {defects}").format(
                    defects="; ".join(translate("Errors", defect) for defect in message.defects)
                )
            )
        self.message_header.setText("\n".join(lines))
        note = message.kind is MessageKind.INTERNAL_NOTE
        self.note_banner.setVisible(note)
        if note:
            palette = self.note_banner.palette()
            palette.setColor(
                QPalette.ColorRole.Window, NOTE_TINT_DARK if _is_dark(palette) else NOTE_TINT_LIGHT
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

    def _undo_merge(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if detail.merged_into_ref is not None:
            self.undo_merge_requested.emit(detail.ticket.ref)
        elif detail.merged_from:
            self.undo_merge_requested.emit(detail.merged_from[-1])

    # -- user choices ------------------------------------------------------------------------------

    def _status_activated(self, index: int) -> None:
        status = TicketStatus(self.status_combo.itemData(index))
        if not self._updating and self.detail is not None and status != self.detail.ticket.status:
            self.status_chosen.emit(status)

    def _category_activated(self, index: int) -> None:
        category = TicketCategory(self.category_combo.itemData(index))
        if not self._updating and self.detail is not None and category != self.detail.ticket.category:
            self.category_chosen.emit(category)

    def _assignee_activated(self, index: int) -> None:
        user_id = self.assignee_combo.itemData(index)
        if not self._updating and self.detail is not None and user_id != self.detail.ticket.assignee_id:
            self.assignee_chosen.emit(user_id)

    # -- language ----------------------------------------------------------------------------------

    def _retranslate_detail(self) -> None:
        detail = self.detail
        if detail is None:
            return
        row = detail.ticket
        from privacy_desk.i18n.formatting import format_date, format_datetime

        language = self._language()
        self.ref_label.setText(
            translate("Inbox", "{ref} · {channel}").format(
                ref=row.ref, channel=translate("Channel", row.channel.label)
            )
        )
        self.subject_label.setText(row.subject or translate("Inbox", "(no subject)"))
        requester = row.from_name or row.from_address
        if row.from_name and row.from_address:
            requester = f"{row.from_name} <{row.from_address}>"
        facts = [
            translate("Inbox", "From {requester}").format(requester=requester or "—"),
            translate("Inbox", "received {when}").format(
                when=format_datetime(row.received_at, language, self.office_tz)
            ),
        ]
        if row.first_response_due is not None:
            due = format_date(row.first_response_due, language)
            if row.first_responded_at is not None:
                facts.append(translate("Inbox", "first response given"))
            elif row.overdue:
                facts.append(translate("Inbox", "first response overdue since {date}").format(date=due))
            else:
                facts.append(translate("Inbox", "first response due {date}").format(date=due))
        self.facts_label.setText(" · ".join(facts))
        if detail.merged_into_ref is not None:
            self.banner.show_message(
                translate(
                    "Inbox", "This ticket was merged into {ref}. Undo the merge to work on it here."
                ).format(ref=detail.merged_into_ref),
                NoticeKind.INFO,
            )
        elif row.overdue:
            self.banner.show_error(translate("Inbox", "The first response is overdue: answer the requester."))
        elif detail.merged_from:
            self.banner.show_message(
                translate("Inbox", "Merged in: {refs}").format(refs=", ".join(detail.merged_from)),
                NoticeKind.INFO,
            )
        elif row.possibly_related_to_ref or detail.possibly_related:
            refs = [r for r in (row.possibly_related_to_ref, *detail.possibly_related) if r]
            self.banner.show_message(
                translate("Inbox", "Possibly related: {refs}").format(refs=", ".join(refs)), NoticeKind.INFO
            )
        else:
            self.banner.clear()
        for index in range(self.status_combo.count()):
            status = TicketStatus(self.status_combo.itemData(index))
            self.status_combo.setItemText(index, translate("TicketStatus", status.label))
        if row.person_name:
            self.person_value.setText(row.person_name)
            self.person_button.setText(translate("Inbox", "&Edit…"))
        else:
            self.person_value.setText(translate("Inbox", "not linked"))
            self.person_button.setText(translate("Inbox", "&Link…"))
        if not row.category_confirmed:
            self.confirm_button.setToolTip(
                translate(
                    "Inbox", "Suggested from the words of the mail; confirm or choose another category."
                )
            )
        if detail.merged_into_ref is not None:
            self.undo_merge_button.setText(translate("Inbox", "&Undo Merge"))
        elif detail.merged_from:
            self.undo_merge_button.setText(
                translate("Inbox", "&Undo Merge of {ref}").format(ref=detail.merged_from[-1])
            )
        self._label_thread()
        message = self.current_message()
        if message is not None:
            self._label_message(message)
            for index in range(self.attachments.count()):
                entry = self.attachments.item(index)
                entry.setText(self._attachment_text(entry.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self.placeholder.setText(translate("Inbox", "Choose a ticket in the list to read and work on it."))
        self.status_label.setText(translate("Inbox", "S&tatus:"))
        self.category_label.setText(translate("Inbox", "&Category:"))
        self.confirm_button.setText(translate("Inbox", "Con&firm"))
        self.assignee_label.setText(translate("Inbox", "Assi&gnee:"))
        self.person_label.setText(translate("Inbox", "Requester:"))
        self.reply_button.setText(translate("Inbox", "&Reply…"))
        self.note_button.setText(translate("Inbox", "Add &Note…"))
        self.responded_button.setText(translate("Inbox", "Answered Elsewhere"))
        self.responded_button.setToolTip(
            translate(
                "Inbox", "The first response was given outside Privacy Desk: stop the first-response clock."
            )
        )
        self.merge_button.setText(translate("Inbox", "&Merge…"))
        self.undo_merge_button.setText(translate("Inbox", "&Undo Merge"))
        self.split_button.setText(translate("Inbox", "S&plit Off…"))
        self.split_button.setToolTip(
            translate("Inbox", "Move the messages selected in the thread into a new ticket.")
        )
        self.convert_button.setText(translate("Inbox", "Con&vert to Request Case…"))
        self.convert_button.setToolTip(
            translate("Inbox", "Open a data-subject request case for this ticket, linked to it.")
        )
        self.cases_label.setAccessibleName(translate("Inbox", "Request cases from this ticket"))
        self._label_cases()
        self.thread.setAccessibleName(translate("Inbox", "Thread"))
        self.body.setAccessibleName(translate("Inbox", "Message text"))
        self.attachments.setAccessibleName(translate("Inbox", "Attachments"))
        self.open_attachment_button.setText(translate("Inbox", "&Open"))
        self.save_attachment_button.setText(translate("Inbox", "Save &As…"))
        self.headers_button.setText(translate("Inbox", "&Headers"))
        self.original_button.setText(translate("Inbox", "View &Original"))
        for index in range(self.category_combo.count()):
            category = TicketCategory(self.category_combo.itemData(index))
            self.category_combo.setItemText(index, translate("TicketCategory", category.label))
        if self.assignee_combo.count():
            self.assignee_combo.setItemText(0, translate("Inbox", "Nobody"))
        self._retranslate_detail()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
