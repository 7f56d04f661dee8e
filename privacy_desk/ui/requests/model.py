"""The Requests list's table model: request cases a page at a time, as `CaseService.page` gives them.

Requests are few (hundreds a year), but the list still reads one page of plain `CaseListRow`s at a
time (ui/widgets/paged_model.py). Texts are formatted for the current language when asked: a language
switch needs no query.

The due date is the office's internal due date (after the days the desk waited for the requester): an
overdue one is red, bold, has a warning icon and says so in words; one due soon is amber and bold. Cases
no longer open are greyed.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from privacy_desk.domain.case_deadlines import DeadlineStatus
from privacy_desk.domain.cases import RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import due_soon_color, error_color
from privacy_desk.ui.widgets.paged_model import ListColumn, ListColumns, PagedTableModel

if TYPE_CHECKING:
    from privacy_desk.i18n.formatting import DateStyle
    from privacy_desk.services.cases.service import CaseListRow, CaseSort

translate = QCoreApplication.translate


class Column(ListColumns):  # the sort is the CaseSort value
    REFERENCE = ListColumn(QT_TRANSLATE_NOOP("Requests", "Reference"), "ref", 112)
    TYPE = ListColumn(
        QT_TRANSLATE_NOOP("Requests", "Type"),
        "type",
        140,
        QT_TRANSLATE_NOOP(
            "Requests", "GDPR marks a request of an EU data subject: the GDPR's month runs too (Art. 12(3))."
        ),
    )
    REQUESTER = ListColumn(QT_TRANSLATE_NOOP("Requests", "Requester"), "requester", 165)
    STATE = ListColumn(QT_TRANSLATE_NOOP("Requests", "State"), "state", 105)
    ASSIGNEE = ListColumn(QT_TRANSLATE_NOOP("Requests", "Assignee"), "assignee", 85)
    RECEIVED = ListColumn(QT_TRANSLATE_NOOP("Requests", "Received"), "received_on", 95)
    DUE = ListColumn(
        QT_TRANSLATE_NOOP("Requests", "Due"),
        "due",
        140,
        QT_TRANSLATE_NOOP(
            "Requests",
            "The office's internal due date: the policy's days after arrival, moved by the days the desk "
            "waited for the requester.",
        ),
    )
    LAWSUIT = ListColumn(  # the last column stretches; it cannot be sorted by
        QT_TRANSLATE_NOOP("Requests", "Suit possible"),
        tooltip=QT_TRANSLATE_NOOP(
            "Requests",
            "Statutory: from this day the requester may sue (APPI Art. 39, two weeks after the request "
            "arrived). Waiting for the requester does not move it.",
        ),
    )


SHORT_LABELS = 2  # the compact level of the short labels
# A type's label where the list has no room for the whole one (its tooltip has it).
SHORT_TYPES = {
    RequestType.PURPOSE: QT_TRANSLATE_NOOP("Requests", "Purpose of use"),
    RequestType.DISCLOSURE: QT_TRANSLATE_NOOP("Requests", "Disclosure"),
    RequestType.PROVISION_RECORD: QT_TRANSLATE_NOOP("Requests", "Provision records"),
    RequestType.CORRECTION: QT_TRANSLATE_NOOP("Requests", "Correction"),
    RequestType.STOP_USE: QT_TRANSLATE_NOOP("Requests", "Stop use"),
    RequestType.STOP_PROVISION: QT_TRANSLATE_NOOP("Requests", "Stop provision"),
}


class Role(IntEnum):
    CASE_ID = PagedTableModel.ID_ROLE
    OVERDUE = PagedTableModel.OVERDUE_ROLE
    DUE_SOON = PagedTableModel.OWN_ROLE


def due_soon(row: CaseListRow) -> bool:
    return row.deadline_status is DeadlineStatus.DUE_SOON


def requester_text(row: CaseListRow) -> str:
    """The person, and who asked for them when it was not the person."""
    if not row.agent_name or not row.requester_kind.is_agent:
        return row.requester_name
    if row.requester_kind is RequesterKind.LEGAL_REPRESENTATIVE:
        return translate("Requests", "{name} (representative: {agent})").format(
            name=row.requester_name, agent=row.agent_name
        )
    return translate("Requests", "{name} (agent: {agent})").format(
        name=row.requester_name, agent=row.agent_name
    )


class CaseTableModel(PagedTableModel):
    """The cases of a query, a page at a time (ui/widgets/paged_model.py)."""

    CONTEXT, COLUMNS, DUE_COLUMN = "Requests", Column.specs(), Column.DUE
    # Where the list has no room: 1, the due date without "(overdue)"; 2, the short labels of the type and
    # the state (their tooltips and accessible texts say them whole).
    COMPACT_LEVELS = 2

    def sort_value(self, key: str) -> CaseSort:
        from privacy_desk.services.cases.service import CaseSort

        return CaseSort(key)

    def bold(self, row: CaseListRow, column: int) -> bool:
        return column == Column.DUE and (row.overdue or due_soon(row))

    def cell(self, row: CaseListRow, column: int, role: int):
        column = Column.at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, column, whole=True)
            if column == Column.DUE and due_soon(row):
                return translate("Requests", "{date}, due soon").format(date=text)
            return text
        if role == Role.DUE_SOON:
            return due_soon(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        return None

    def _colour(self, row: CaseListRow, column: Column) -> QColor | None:
        palette = QApplication.palette()
        if not row.state.is_open:
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        if column == Column.DUE and row.overdue:
            return error_color(palette)
        if column == Column.DUE and due_soon(row):
            return due_soon_color(palette)
        return None

    def _date(self, day, style: DateStyle = "medium") -> str:
        from privacy_desk.i18n.formatting import format_date

        return format_date(day, self._language(), style=style) if day is not None else ""

    def _text(self, row: CaseListRow, column: Column, *, whole: bool = False) -> str:
        """The cell's text; `whole`: the words a compact list leaves out too (for the accessible text)."""
        if column == Column.REFERENCE:
            return row.ref
        short = self.compact >= SHORT_LABELS and not whole
        if column == Column.TYPE:
            if short:
                text = translate("Requests", SHORT_TYPES[row.request_type])
            else:
                text = translate("RequestType", row.request_type.label)
            return translate("Requests", "{type} · GDPR").format(type=text) if row.gdpr else text
        if column == Column.REQUESTER:
            return requester_text(row)
        if column == Column.STATE:
            state = translate("CaseState", row.state.label)
            if row.waiting_for is not None and row.state.is_open:
                if short:
                    return translate("Requests", "{state} (waiting)").format(state=state)
                return translate("Requests", "{state} (waiting for requester)").format(state=state)
            return state
        if column == Column.ASSIGNEE:
            return row.assignee_name or ""
        # The cells' dates in digits (12/3/2026 in English), as the Inbox's: the columns are kept whole.
        if column == Column.RECEIVED:
            return self._date(row.received_on, "short")
        if column == Column.DUE:
            due = self._date(row.due, "short")
            if row.overdue and (whole or not self.compact):  # no room: the icon and colour say it
                return translate("Requests", "{date} (overdue)").format(date=due)
            return due
        if column == Column.LAWSUIT:
            return self._date(row.lawsuit_possible_from, "short")
        return ""

    def tooltip(self, row: CaseListRow, column: int) -> str | None:
        if column == Column.DUE:
            return self.due_tooltip(row)
        if column == Column.STATE and row.waiting_for is not None and row.state.is_open:
            return translate("Requests", "{reason}. The due date moves on while the desk waits.").format(
                reason=translate("PauseReason", row.waiting_for.label)
            )
        if column == Column.LAWSUIT:
            if row.lawsuit_possible_from is None:
                return translate(
                    "Requests", "Art. 39 does not apply to a notification of the purpose of use."
                )
            return translate("Requests", Column.LAWSUIT.spec.tooltip or "")
        if column == Column.TYPE and row.gdpr and row.gdpr_due is not None:
            return translate(
                "Requests", "An EU data subject: under GDPR Art. 12(3) the answer is due by {date}."
            ).format(date=self._date(row.gdpr_due))
        if column == Column.REQUESTER and row.requester_kana:
            return f"{requester_text(row)}\n{row.requester_kana}"
        if column == Column.REFERENCE and row.ticket_ref:
            return translate("Requests", "Opened from ticket {ref}.").format(ref=row.ticket_ref)
        if column in (Column.TYPE, Column.REQUESTER, Column.STATE, Column.ASSIGNEE):
            # the whole text where the column cuts it short or shows the short label
            return self._text(row, Column.at(column), whole=True) or None
        return None

    def due_tooltip(self, row: CaseListRow) -> str:
        """What the due date is and how it came about, in sentences."""
        due = self._date(row.due)
        lines = []
        if not row.state.is_open:
            lines.append(
                translate("Requests", "Internal due date {date}; the case is no longer open.").format(
                    date=due
                )
            )
        elif row.overdue:
            lines.append(translate("Requests", "Overdue: the internal due date was {date}.").format(date=due))
        elif due_soon(row):
            lines.append(translate("Requests", "Due soon: the internal due date is {date}.").format(date=due))
        else:
            lines.append(translate("Requests", "Internal due date (office policy): {date}.").format(date=due))
        paused = row.paused_days
        if paused:
            lines.append(
                translate(
                    "Requests",
                    "Moved from {date} by %n day(s) of waiting for the requester.",
                    None,
                    paused,
                ).format(date=self._date(row.policy_due))
            )
        if row.gdpr and row.gdpr_due is not None:
            lines.append(
                translate("Requests", "GDPR (statutory): the answer is due by {date}.").format(
                    date=self._date(row.gdpr_due)
                )
            )
        return "\n".join(lines)
