"""The Inbox's table model: tickets a page at a time, never all of them (the paging is
ui/widgets/paged_model.py's). Texts are formatted for the current language when asked, so a language
switch needs no query.
"""

from __future__ import annotations

from datetime import tzinfo
from enum import IntEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import error_color
from privacy_desk.ui.widgets.paged_model import ListColumn, ListColumns, PagedTableModel

if TYPE_CHECKING:
    from privacy_desk.services.tickets.service import TicketListRow, TicketPage, TicketSort

translate = QCoreApplication.translate


class Column(ListColumns):  # the sort is the TicketSort value
    REFERENCE = ListColumn(QT_TRANSLATE_NOOP("Inbox", "Reference"), "ref", 130)
    SUBJECT = ListColumn(QT_TRANSLATE_NOOP("Inbox", "Subject"), "subject")  # stretches: no width of its own
    REQUESTER = ListColumn(QT_TRANSLATE_NOOP("Inbox", "Requester"), "from", 140)
    CATEGORY = ListColumn(QT_TRANSLATE_NOOP("Inbox", "Category"), "category", 150)
    STATUS = ListColumn(QT_TRANSLATE_NOOP("Inbox", "Status"), "status", 125)
    ASSIGNEE = ListColumn(QT_TRANSLATE_NOOP("Inbox", "Assignee"), width=100)
    RECEIVED = ListColumn(QT_TRANSLATE_NOOP("Inbox", "Received"), "received_at", 140)
    DUE = ListColumn(  # a header short enough to stay whole at 1120 px beside a subject that has room
        QT_TRANSLATE_NOOP("Inbox", "Response due"),
        "due",
        145,
        QT_TRANSLATE_NOOP("Inbox", "The first response to the requester is due by this day (office policy)."),
    )


SHORT_LABELS = 3  # the compact level of the short labels
# A status's label where the list has no room for the whole one (its tooltip has it).
SHORT_STATUS = {TicketStatus.WAITING: QT_TRANSLATE_NOOP("Inbox", "Waiting")}
SHORT_CATEGORY = {TicketCategory.DATA_SUBJECT_REQUEST: QT_TRANSLATE_NOOP("Inbox", "Request")}


class Role(IntEnum):
    TICKET_ID = PagedTableModel.ID_ROLE
    OVERDUE = PagedTableModel.OVERDUE_ROLE
    UNREAD = PagedTableModel.OWN_ROLE


def requester_text(row: TicketListRow) -> str:
    name = row.person_name or row.from_name
    if name and row.from_address:
        return f"{name} <{row.from_address}>"
    return name or row.from_address


class TicketTableModel(PagedTableModel):
    """The tickets of a query, a page at a time (ui/widgets/paged_model.py). A search's total may be a
    lower bound (`total_exact` False: "more than N"), so only a short page says there is no more;
    `short_terms` are the search words too short for the full-text index."""

    CONTEXT, COLUMNS, DUE_COLUMN = "Inbox", Column.specs(), Column.DUE
    # Where the list has no room: 1, the received day without its time; 2, no "(overdue)"; 3, the short
    # labels (a suggested category in italics without "(suggested)", "Request", "Waiting").
    COMPACT_LEVELS = 3

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.total_exact = True
        self.short_terms: tuple[str, ...] = ()
        self.office_tz: tzinfo | None = None

    def _cleared(self) -> None:
        self.total_exact, self.short_terms = True, ()

    def _took_first_page(self, page: TicketPage) -> bool:
        self.total_exact, self.short_terms = page.total_exact, page.short_terms
        return len(page.rows) < self.page_size

    def _took_page(self, page: TicketPage) -> bool:
        if len(page.rows) < self.page_size:
            self.total, self.total_exact = len(self.rows), True
            return True
        self.total = max(self.total, page.total, len(self.rows))
        self.total_exact = page.total_exact
        return False

    def sort_value(self, key: str) -> TicketSort:
        from privacy_desk.services.tickets.service import TicketSort

        return TicketSort(key)

    def bold(self, row: TicketListRow, column: int) -> bool:
        return row.unread or (row.overdue and column == Column.DUE)

    def italic(self, row: TicketListRow, column: int) -> bool:
        return self.compact >= SHORT_LABELS and column == Column.CATEGORY and not row.category_confirmed

    def cell(self, row: TicketListRow, column: int, role: int):
        column = Column.at(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Role.UNREAD:
            return row.unread
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DUE:
            if row.overdue:
                return error_color(QApplication.palette())
            if row.first_responded_at is not None or not row.status.is_open:
                palette = QApplication.palette()  # answered: the date no longer matters
                return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, row: TicketListRow, column: Column, accessible: bool = False) -> str:
        language = self._language()
        if column == Column.REFERENCE:
            return row.ref
        if column == Column.SUBJECT:
            subject = row.subject or translate("Inbox", "(no subject)")
            if accessible and row.unread:
                return translate("Inbox", "Unread: {subject}").format(subject=subject)
            return subject
        if column == Column.REQUESTER:
            return row.person_name or row.from_name or row.from_address
        short = self.compact >= SHORT_LABELS and not accessible
        if column == Column.CATEGORY:
            if short and row.category in SHORT_CATEGORY:
                text = translate("Inbox", SHORT_CATEGORY[row.category])
            else:
                text = translate("TicketCategory", row.category.label)
            if not row.category_confirmed and not short:  # short: in italics (`italic`)
                return translate("Inbox", "{category} (suggested)").format(category=text)
            return text
        if column == Column.STATUS:
            if short and row.status in SHORT_STATUS:
                return translate("Inbox", SHORT_STATUS[row.status])
            return translate("TicketStatus", row.status.label)
        if column == Column.ASSIGNEE:
            return row.assignee_name or ""
        from privacy_desk.i18n.formatting import OFFICE_TIMEZONE, format_date, format_datetime

        # In digits (12/3/2026 in English): the dates are kept whole and leave the subject its room.
        if column == Column.RECEIVED:
            zone = self.office_tz or OFFICE_TIMEZONE
            if self.compact >= 1 and not accessible:  # no room: the day (its tooltip has the time)
                local = row.received_at.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone)
                return format_date(local.date(), language, style="short")
            return format_datetime(row.received_at, language, zone, style="short")
        if row.first_response_due is None:
            return ""
        due = format_date(row.first_response_due, language, style="short")
        if row.overdue and (accessible or self.compact < 2):
            return translate("Inbox", "{date} (overdue)").format(date=due)
        return due

    def tooltip(self, row: TicketListRow, column: int) -> str | None:
        if column == Column.RECEIVED and self.compact >= 1:
            return self._text(row, Column.RECEIVED, accessible=True)  # with the time the cell leaves out
        if column == Column.REQUESTER:
            return requester_text(row)
        if column == Column.SUBJECT:
            return row.subject
        if column == Column.DUE and row.overdue:
            return translate("Inbox", "The first response is overdue: answer the requester.")
        if column == Column.DUE and row.first_responded_at is not None:
            return translate("Inbox", "The first response has been given.")
        if column == Column.CATEGORY:
            whole = self._text(row, Column.CATEGORY, accessible=True)
            if row.category_confirmed:  # the whole label where the cell shows the short one
                return whole if self.compact >= SHORT_LABELS and row.category in SHORT_CATEGORY else None
            said = translate("Inbox", "Suggested from the words of the mail; confirm or change it.")
            return f"{whole}\n{said}" if self.compact >= SHORT_LABELS else said
        if column == Column.STATUS and self.compact >= SHORT_LABELS and row.status in SHORT_STATUS:
            return translate("TicketStatus", row.status.label)
        return None
