"""The Inbox's ticket page, below the list: one ticket's facts, its fields and actions, and its thread
with the message being read (ticket_thread.py).

The page holds plain rows from the service and emits what the user asked for; the Inbox view does it
(ticket_actions.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.tickets import TicketCategory, TicketStatus, allowed_transitions
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.inbox.ticket_thread import NOTE_TINT_LIGHT, ThreadReader
from privacy_desk.ui.widgets import FollowsLanguage, InlineMessage
from privacy_desk.ui.widgets import MessageKind as NoticeKind
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.captions import CaptionGrid
from privacy_desk.ui.widgets.flow import FlowLayout
from privacy_desk.ui.widgets.forms import EnumCombo
from privacy_desk.ui.widgets.list_page import ItemStack
from privacy_desk.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from privacy_desk.services.tickets.service import TicketDetail

translate = QCoreApplication.translate
__all__ = ["NOTE_TINT_LIGHT", "TicketDetailPane"]


class TicketDetailPane(ThreadReader, FollowsLanguage):
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
    incident_requested = Signal()  # "Open Incident…"
    incident_open_requested = Signal(int)  # an incident linked to this ticket, by id
    junk_requested = Signal(bool)  # True: Mark as Junk, False: Not Junk (Ctrl+J either way)
    forwarded_requested = Signal(int)  # a forwarded message's attachment id: the view reads it
    open_forwarded_file_requested = Signal(object)  # ForwardedFile

    def __init__(self, language, office_tz, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.office_tz = office_tz
        self.detail: TicketDetail | None = None
        self.users: list[tuple[int, str]] = []
        self._updating = False

        content = QWidget(self)
        self.ref_label = plain_label(content, selectable=True)
        self.subject_label = plain_label(content)  # the mail's own subject: never markup
        font = self.subject_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.subject_label.setFont(font)
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = plain_label(content, wrap=True, selectable=True)
        self.banner = InlineMessage(content)
        self.cases_label = QLabel(content)  # the request cases made from this ticket, as links
        self.cases_label.setTextFormat(Qt.TextFormat.RichText)
        self.cases_label.setWordWrap(True)
        self.cases_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.cases_label.linkActivated.connect(lambda link: self.case_open_requested.emit(int(link)))
        self.cases_label.hide()
        self.cases: list = []  # CaseListRow
        self.incidents_label = QLabel(content)  # the incidents linked to this ticket, as links
        self.incidents_label.setTextFormat(Qt.TextFormat.RichText)
        self.incidents_label.setWordWrap(True)
        self.incidents_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.incidents_label.linkActivated.connect(lambda link: self.incident_open_requested.emit(int(link)))
        self.incidents_label.hide()
        self.incidents: list = []  # IncidentListRow

        self.status_combo = QComboBox(content)  # made in the order Tab goes through them
        self.category_combo = EnumCombo(TicketCategory, content)
        self.category_row = ButtonRow("Inbox", content)  # the suggested category and its Confirm
        # Its own spacing: nested in the grid (whose two spacings differ) it would have none, and Confirm
        # touched the combo.
        self.category_row.setSpacing(8)
        self.category_row.addWidget(self.category_combo, 1)
        self.confirm_button = self.category_row.add(QT_TRANSLATE_NOOP("Inbox", "Conf&irm"))
        self.assignee_combo = QComboBox(content)
        self.person_value = plain_label(content)  # the requester's name, as the mail gave it
        self.person_button = QPushButton(content)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_value, 1)
        person_row.addWidget(self.person_button)
        fields = CaptionGrid("Inbox", content)
        fields.setHorizontalSpacing(8)
        fields.add(QT_TRANSLATE_NOOP("Inbox", "Stat&us:"), self.status_combo, 0, 0)
        fields.add(QT_TRANSLATE_NOOP("Inbox", "&Assignee:"), self.assignee_combo, 0, 2)
        fields.add(
            QT_TRANSLATE_NOOP("Inbox", "&Category:"), self.category_row, 1, 0, buddy=self.category_combo
        )
        fields.add(QT_TRANSLATE_NOOP("Inbox", "Requester:"), person_row, 1, 2, buddy=self.person_button)
        fields.setColumnStretch(4, 1)
        self.fields = fields
        for combo in (self.status_combo, self.category_combo, self.assignee_combo):
            combo.setMinimumWidth(190)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        # The view connects the actions (ticket_actions.py).
        self.action_row = ButtonRow("Inbox", content)
        self.reply_button = self.action_row.add(QT_TRANSLATE_NOOP("Inbox", "&Reply…"))
        self.note_button = self.action_row.add(QT_TRANSLATE_NOOP("Inbox", "Add &Note…"))
        self.responded_button = self.action_row.add(
            QT_TRANSLATE_NOOP("Inbox", "Answered Elsewhere"),
            tip=QT_TRANSLATE_NOOP(
                "Inbox", "The first response was given outside Privacy Desk: stop the first-response clock."
            ),
        )
        self.merge_button = self.action_row.add(QT_TRANSLATE_NOOP("Inbox", "&Merge…"))
        self.undo_merge_button = self.action_row.add(QT_TRANSLATE_NOOP("Inbox", "&Undo Merge"))
        self.split_button = self.action_row.add(
            QT_TRANSLATE_NOOP("Inbox", "S&plit Off…"),
            tip=QT_TRANSLATE_NOOP("Inbox", "Move the messages selected in the thread into a new ticket."),
        )
        self.convert_button = self.action_row.add(
            QT_TRANSLATE_NOOP("Inbox", "Convert to Re&quest Case…"),
            tip=QT_TRANSLATE_NOOP("Inbox", "Open a data-subject request case for this ticket, linked to it."),
        )
        self.incident_button = self.action_row.add(
            # No mnemonic: every letter of it is taken on the ticket's page (tests/ui/test_mnemonics.py).
            QT_TRANSLATE_NOOP("Inbox", "Open Incident…"),
            tip=QT_TRANSLATE_NOOP(
                "Inbox",
                "Record a breach this ticket tells of (someone received another's data), linked to it.",
            ),
        )
        self.junk_button = self.action_row.add(
            QT_TRANSLATE_NOOP("Inbox", "Mark as &Junk"),
            tip=QT_TRANSLATE_NOOP("Inbox", "Spam or no inquiry: out of Today and the lists (Ctrl+J)."),
        )
        self.not_junk_button = self.action_row.add(
            QT_TRANSLATE_NOOP("Inbox", "Not &Junk"),
            tip=QT_TRANSLATE_NOOP("Inbox", "Back to the Inbox as a new ticket (Ctrl+J)."),
        )
        self.junk_shortcut = QShortcut(QKeySequence("Ctrl+J"), self)
        self.junk_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.junk_shortcut.activated.connect(self._toggle_junk)

        self.splitter = self._build_reader(content)

        line = QFrame(content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        # The actions go on in a second line where the window is too narrow for them all (Japanese at
        # 1120 px), rather than making the window wider than the screen.
        self.action_flow = FlowLayout()
        while self.action_row.count():
            item = self.action_row.takeAt(0)
            if item is not None and (button := item.widget()) is not None:
                self.action_flow.addWidget(button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.ref_label)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.cases_label)
        layout.addWidget(self.incidents_label)
        layout.addLayout(fields)
        layout.addLayout(self.action_flow)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)
        self.content = content

        self.stack = ItemStack(self, content)
        self.placeholder = self.stack.placeholder

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
        self.incident_button.clicked.connect(self.incident_requested)
        self.junk_button.clicked.connect(lambda: self.junk_requested.emit(True))
        self.not_junk_button.clicked.connect(lambda: self.junk_requested.emit(False))

        self.retranslate()

    def set_users(self, users: list[tuple[int, str]]) -> None:
        self.users = users
        self._fill_assignees()

    def clear(self) -> None:
        self.detail = None
        self.show_cases([])
        self.show_incidents([])
        self.stack.show_placeholder()

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

    def show_incidents(self, incidents: list) -> None:
        """The incidents linked to this ticket (IncidentListRows), each a link that opens it."""
        self.incidents = list(incidents)
        self.incidents_label.setVisible(bool(self.incidents))
        self._label_incidents()

    def _label_incidents(self) -> None:
        from html import escape

        links = ", ".join(
            '<a href="{id}">{ref}</a> ({status})'.format(
                id=row.id, ref=escape(row.ref), status=escape(translate("IncidentStatus", row.status.label))
            )
            for row in self.incidents
        )
        self.incidents_label.setText(
            translate("Inbox", "Incidents of this ticket: {links}").format(links=links)
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
            self.show_incidents([])
        self.detail = detail
        self.stack.show_content()
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
            self.incident_button,
        ):
            widget.setEnabled(live)
        self.confirm_button.setVisible(live and not row.category_confirmed)
        self.responded_button.setVisible(live and row.first_responded_at is None and row.status.is_open)
        self.undo_merge_button.setVisible(bool(detail.merged_from) or not live)
        self.junk_button.setVisible(live and row.status is not TicketStatus.JUNK)
        self.not_junk_button.setVisible(live and row.status is TicketStatus.JUNK)
        self._update_split_button()

    def _toggle_junk(self) -> None:
        if self.detail is not None and self.detail.merged_into_ref is None:
            self.junk_requested.emit(self.detail.ticket.status is not TicketStatus.JUNK)

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

    def _undo_merge(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if detail.merged_into_ref is not None:
            self.undo_merge_requested.emit(detail.ticket.ref)
        elif detail.merged_from:
            self.undo_merge_requested.emit(detail.merged_from[-1])

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
        elif row.status is TicketStatus.JUNK:
            self.banner.show_message(
                translate("Inbox", "Junk: left out of Today and the lists. Not Junk puts it back."),
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
            self.person_button.setText(translate("Inbox", "E&dit…"))
        else:
            self.person_value.setText(translate("Inbox", "not linked"))
            self.person_button.setText(translate("Inbox", "Lin&k…"))
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
        self._relabel_reader()

    def retranslate(self) -> None:
        self.placeholder.setText(translate("Inbox", "Choose a ticket in the list to read and work on it."))
        self.fields.retranslate()
        self.category_row.retranslate()
        self.action_row.retranslate()
        self.cases_label.setAccessibleName(translate("Inbox", "Request cases from this ticket"))
        self._label_cases()
        self.incidents_label.setAccessibleName(translate("Inbox", "Incidents of this ticket"))
        self._label_incidents()
        self._retranslate_reader()
        if self.assignee_combo.count():
            self.assignee_combo.setItemText(0, translate("Inbox", "Nobody"))
        self._retranslate_detail()
