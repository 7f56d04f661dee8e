"""The top of the case page: the reference, what is asked and where it stands, who asks, the linked
ticket, the assignee and the date received — and a strip with the deadlines, where an overdue or nearly
due date stands out by its words and icon as well as its colour."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.case_deadlines import DeadlineStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.requests.case_sections import DASH, day_text, value_label
from privacy_desk.ui.widgets import due_soon_color, error_color
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.captions import CaptionGrid

if TYPE_CHECKING:
    from privacy_desk.services.cases import CaseDetail
    from privacy_desk.ui.requests.case_page import CasePage

translate = QCoreApplication.translate


class CaseHeader(QWidget):
    def __init__(self, page: CasePage, parent: QWidget) -> None:
        super().__init__(parent)
        self._page = page
        self._detail: CaseDetail | None = None
        self._users: list[tuple[int, str]] = []
        self._filling = False

        self.ref_label = QLabel(self)
        font = self.ref_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.ref_label.setFont(font)
        self.ref_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gdpr_badge = QLabel(self)
        self.gdpr_badge.setStyleSheet(
            "QLabel { border: 1px solid palette(link); border-radius: 4px; padding: 1px 6px;"
            " color: palette(link); }"
        )
        self.top_row = ButtonRow("CasePage", self)  # the reference and its badge, the report's buttons
        self.top_row.addWidget(self.ref_label)
        self.top_row.addWidget(self.gdpr_badge)
        self.top_row.addStretch(1)
        self.print_button = self.top_row.add(
            QT_TRANSLATE_NOOP("CasePage", "&Print…"),
            page.print_report,
            tip=QT_TRANSLATE_NOOP("CasePage", "Print the case report"),
        )
        self.pdf_button = self.top_row.add(
            QT_TRANSLATE_NOOP("CasePage", "Save as P&DF…"),
            page.save_report,
            tip=QT_TRANSLATE_NOOP("CasePage", "Save the case report as a PDF file"),
        )

        self.title_label = value_label(self)
        title_font = self.title_label.font()
        title_font.setBold(True)
        self.title_label.setFont(title_font)

        self.requester_value = value_label(self)
        self.asks_value = value_label(self)
        self.ticket_value = QLabel(self)
        self.ticket_value.setTextFormat(Qt.TextFormat.RichText)
        self.ticket_value.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.ticket_value.linkActivated.connect(self._open_ticket)
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assignee_combo.activated.connect(self._assignee_chosen)
        self.received_value = value_label(self)
        self.received_row = ButtonRow("CasePage", self)  # the date and its correction
        self.received_row.setContentsMargins(0, 0, 0, 0)
        self.received_row.setSpacing(12)
        self.received_row.addWidget(self.received_value)
        self.received_button = self.received_row.add(
            QT_TRANSLATE_NOOP("CasePage", "&Change…"),
            page.change_received_on,
            tip=QT_TRANSLATE_NOOP("CasePage", "Correct the date received (with a reason)"),
        )
        self.received_row.addStretch(1)
        assignee = QHBoxLayout()
        assignee.setContentsMargins(0, 0, 0, 0)
        assignee.addWidget(self.assignee_combo)
        assignee.addStretch(1)

        grid = CaptionGrid("CasePage", self, top=True)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.captions = {
            "requester": grid.add(QT_TRANSLATE_NOOP("CasePage", "Data subject:"), self.requester_value, 0, 0),
            "asks": grid.add(QT_TRANSLATE_NOOP("CasePage", "Requested by:"), self.asks_value, 1, 0),
            "ticket": grid.add(QT_TRANSLATE_NOOP("CasePage", "Ticket:"), self.ticket_value, 2, 0),
            "assignee": grid.add(
                QT_TRANSLATE_NOOP("CasePage", "Assi&gned to:"), assignee, 0, 2, buddy=self.assignee_combo
            ),
            "received": grid.add(
                QT_TRANSLATE_NOOP("CasePage", "Received:"),
                self.received_row,
                1,
                2,
                buddy=self.received_button,
            ),
        }
        self.grid = grid
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        # The deadline strip: a caption over each date; the waiting line under them.
        self.strip = QFrame(self)
        self.strip.setFrameShape(QFrame.Shape.StyledPanel)
        self.strip.setAutoFillBackground(True)
        self.strip.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        strip = QGridLayout(self.strip)
        strip.setHorizontalSpacing(18)
        strip.setVerticalSpacing(2)
        self.deadline_captions: dict[str, QLabel] = {}
        self.deadline_values: dict[str, QLabel] = {}
        self.status_icon = QLabel(self.strip)
        for column, key in enumerate(("due", "lawsuit", "gdpr")):
            caption = QLabel(self.strip)
            value = value_label(self.strip)
            value.setWordWrap(key == "gdpr")  # the one that may be long: it wraps, the others never
            self.deadline_captions[key], self.deadline_values[key] = caption, value
            strip.addWidget(caption, 0, column)
            if key == "due":
                cell = QHBoxLayout()
                cell.setContentsMargins(0, 0, 0, 0)
                cell.setSpacing(4)
                cell.addWidget(self.status_icon)
                cell.addWidget(value)
                cell.addStretch(1)
                strip.addLayout(cell, 1, column)
            else:
                strip.addWidget(value, 1, column)
        strip.setColumnStretch(2, 1)
        self.waiting_label = value_label(self.strip)
        strip.addWidget(self.waiting_label, 2, 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(self.top_row)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        layout.addWidget(self.strip)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    # -- showing -----------------------------------------------------------------------------------

    def show_detail(self, detail: CaseDetail, users: list[tuple[int, str]]) -> None:
        self._detail, self._users = detail, users
        row = detail.row
        self.ref_label.setText(row.ref)
        self.gdpr_badge.setVisible(row.gdpr)
        self.title_label.setText(
            translate("CasePage", "{type} — {state}").format(
                type=translate("RequestType", row.request_type.label),
                state=translate("CaseState", row.state.label),
            )
        )
        name = f"{row.requester_name}（{row.requester_kana}）" if row.requester_kana else row.requester_name
        self.requester_value.setText(name)
        asks = translate("RequesterKind", row.requester_kind.label)
        if row.requester_kind.is_agent:
            agent = row.agent_name or DASH
            if detail.agent_contact:
                agent = f"{agent}　{detail.agent_contact}"
            asks = f"{asks}\n{agent}"
        self.asks_value.setText(asks)
        if row.ticket_id is not None:
            link = f'<a href="ticket:{row.ticket_id}">{html.escape(row.ticket_ref or "")}</a>'
            if row.ticket_status is not None:  # the ticket follows the case (services/cases/lifecycle.py)
                status = html.escape(translate("TicketStatus", row.ticket_status.label))
                link = translate("CasePage", "{ticket} ({status})").format(ticket=link, status=status)
            self.ticket_value.setText(link)
            self.ticket_value.setToolTip(translate("CasePage", "Show the ticket in the Inbox"))
        else:
            self.ticket_value.setText(html.escape(translate("CasePage", "None (opened by hand)")))
            self.ticket_value.setToolTip("")
        self._fill_assignees(detail)
        self.received_value.setText(day_text(row.received_on))
        self.received_button.setEnabled(row.state.is_open)
        self._show_deadlines(detail)

    def _fill_assignees(self, detail: CaseDetail) -> None:
        row = detail.row
        self._filling = True
        try:
            self.assignee_combo.clear()
            self.assignee_combo.addItem(translate("CasePage", "Nobody"), None)
            for user_id, name in self._users:
                self.assignee_combo.addItem(name, user_id)
            if row.assignee_id is not None and self.assignee_combo.findData(row.assignee_id) < 0:
                self.assignee_combo.addItem(row.assignee_name or DASH, row.assignee_id)  # e.g. deactivated
            self.assignee_combo.setCurrentIndex(max(self.assignee_combo.findData(row.assignee_id), 0))
        finally:
            self._filling = False

    def _show_deadlines(self, detail: CaseDetail) -> None:
        row = detail.row
        status = row.deadline_status
        due = day_text(row.due)
        paused = row.paused_days
        if paused:
            due = translate("CasePage", "{date} (+%n day(s) paused)", None, paused).format(date=due)
        if status is not None and status is not DeadlineStatus.ON_TRACK:
            due = f"{due} — {translate('DeadlineStatus', status.label)}"
        elif status is None:
            due = translate("CasePage", "{date} (case no longer open)").format(date=day_text(row.due))
        value = self.deadline_values["due"]
        value.setText(due)
        palette = self.strip.palette()
        colour = None
        if status is DeadlineStatus.OVERDUE:
            colour = error_color(palette)
        elif status is DeadlineStatus.DUE_SOON:
            colour = due_soon_color(palette)
        label_palette = value.palette()
        label_palette.setColor(
            QPalette.ColorRole.WindowText, colour or palette.color(QPalette.ColorRole.WindowText)
        )
        value.setPalette(label_palette)
        font = value.font()
        font.setBold(status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON))
        value.setFont(font)
        if status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON):
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.status_icon.setPixmap(icon.pixmap(size, size))
            self.status_icon.setToolTip(translate("DeadlineStatus", status.label))
        else:
            self.status_icon.clear()
            self.status_icon.setToolTip("")
        self.status_icon.setVisible(status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON))

        self.deadline_values["lawsuit"].setText(
            day_text(row.lawsuit_possible_from)
            if row.lawsuit_possible_from
            else translate("CasePage", "Not applicable")
        )
        gdpr = row.gdpr_due is not None
        self.deadline_captions["gdpr"].setVisible(gdpr)
        self.deadline_values["gdpr"].setVisible(gdpr)
        if gdpr:
            text = day_text(row.gdpr_due)
            if detail.gdpr_extension_notice_on:
                text = translate("CasePage", "{date} (extended; requester told on {notice})").format(
                    date=text, notice=day_text(detail.gdpr_extension_notice_on)
                )
            self.deadline_values["gdpr"].setText(text)
        waiting = next((p for p in detail.pauses if p.end_on is None), None)
        self.waiting_label.setVisible(waiting is not None)
        if waiting is not None:
            text = translate("CasePage", "Waiting for the requester since {date} ({reason}).").format(
                date=day_text(waiting.start_on), reason=translate("PauseReason", waiting.reason.label)
            )
            self.waiting_label.setText(f"{text} {waiting.note}" if waiting.note else text)
        self.strip.setAccessibleDescription(self.deadline_text())

    def deadline_text(self) -> str:
        """What the strip says, line by line (tests; also the strip's accessible description)."""
        parts = []
        for key in ("due", "lawsuit", "gdpr"):
            if self.deadline_values[key].isVisibleTo(self):
                parts.append(f"{self.deadline_captions[key].text()} {self.deadline_values[key].text()}")
        if self.waiting_label.isVisibleTo(self):
            parts.append(self.waiting_label.text())
        return "\n".join(parts)

    # -- doing -------------------------------------------------------------------------------------

    def _open_ticket(self, link: str) -> None:
        if link.startswith("ticket:"):
            self._page.context.hub.open_requested.emit("ticket", int(link.split(":", 1)[1]))

    def _assignee_chosen(self, index: int) -> None:
        if self._filling or self._detail is None:
            return
        user_id = self.assignee_combo.itemData(index)
        if user_id != self._detail.row.assignee_id:
            self._page.set_assignee(user_id)

    def retranslate(self) -> None:
        self.gdpr_badge.setText(translate("CasePage", "GDPR"))
        self.gdpr_badge.setToolTip(translate("CasePage", "An EU data subject: the GDPR deadline applies too"))
        self.top_row.retranslate()
        self.grid.retranslate()
        self.received_row.retranslate()
        self.assignee_combo.setAccessibleName(translate("CasePage", "Assigned to"))
        self.deadline_captions["due"].setText(translate("CasePage", "Internal due date"))
        self.deadline_captions["lawsuit"].setText(translate("CasePage", "Lawsuit possible from (Art. 39)"))
        self.deadline_captions["gdpr"].setText(translate("CasePage", "GDPR due"))
        for caption in self.deadline_captions.values():
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.strip.setAccessibleName(translate("CasePage", "Deadlines"))
        if self._detail is not None:
            self.show_detail(self._detail, self._users)
