"""The live countdowns of an incident: the preliminary report's target and due day (PPC guideline
「概ね3～5日以内」), the final report's due day (Rule Art. 8(2), statutory) and, for EU data subjects,
GDPR Art. 33's 72 hours (docs/ARCHITECTURE.md §4).

The page hands over the IncidentDetail it read; a QTimer redraws the remaining time every minute from
that detail and the clock, with no service call per tick. A report marked filed stops its countdown
and shows the filing day and the PPC's receipt number instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from privacy_desk.domain.incidents import ReportKind
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import FollowsLanguage, current_language, due_soon_color, error_color
from privacy_desk.ui.widgets.countdown import end_of_day, remaining_text
from privacy_desk.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import FiledReport, IncidentDetail

translate = QCoreApplication.translate
CONTEXT = "Incidents"
TICK_MS = 60_000  # the countdowns say minutes: one redraw a minute
SOON = timedelta(hours=24)  # less than a day left: amber

# The kinds of deadline (IncidentListRow.next_deadline_kind and the countdown rows), said once.
DEADLINE_NAMES = {
    "preliminary_target": QT_TRANSLATE_NOOP("Incidents", "Preliminary report (target)"),
    "preliminary": QT_TRANSLATE_NOOP("Incidents", "Preliminary report"),
    "final": QT_TRANSLATE_NOOP("Incidents", "Final report"),
    "gdpr": QT_TRANSLATE_NOOP("Incidents", "GDPR 72 hours"),
}


def deadline_name(kind: str) -> str:
    return translate("Incidents", DEADLINE_NAMES[kind]) if kind in DEADLINE_NAMES else ""


@dataclass(frozen=True)
class Countdown:
    """One deadline of an incident: its kind (a DEADLINE_NAMES key), the moment it runs out, whether the
    law sets it, and the filing that stopped it (None: running)."""

    kind: str
    due: datetime
    statutory: bool
    filed: FiledReport | None = None
    day: date | None = None  # the deadline day (None for GDPR's moment)


def countdowns_of(detail: IncidentDetail, zone: tzinfo | None) -> list[Countdown]:
    """The deadlines that apply: none while the answers say not reportable (or the incident is closed)."""
    result = detail.reportability
    if not detail.status.is_open and not detail.filed:
        return []
    rows: list[Countdown] = []
    deadlines = detail.deadlines
    if result.reportable or detail.filed:
        final = detail.filed_report(ReportKind.FINAL)
        # A final report filed answers the preliminary one too (as the service's open deadlines say).
        preliminary = detail.filed_report(ReportKind.PRELIMINARY) or final
        rows += [
            Countdown(
                "preliminary_target",
                end_of_day(deadlines.preliminary_target, zone),
                False,
                preliminary,
                deadlines.preliminary_target,
            ),
            Countdown(
                "preliminary",
                end_of_day(deadlines.preliminary_due, zone),
                False,
                preliminary,
                deadlines.preliminary_due,
            ),
            Countdown("final", end_of_day(deadlines.final_due, zone), True, final, deadlines.final_due),
        ]
    if result.gdpr:
        # No filing of its own: the desk sends the GDPR notification with the preliminary report.
        filed = detail.filed_report(ReportKind.PRELIMINARY) or detail.filed_report(ReportKind.FINAL)
        rows.append(Countdown("gdpr", deadlines.gdpr_due, True, filed))
    return rows


class CountdownPanel(FollowsLanguage):
    """A row per deadline: its name, the day (or moment) and the time left, redrawn each minute.
    `now` is the clock (tests set it); `timer` the QTimer behind the redraw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.zone: tzinfo | None = None
        self.rows: list[Countdown] = []
        self.detail: IncidentDetail | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(3, 1)
        self.none_label = QLabel(self)
        self.none_label.setWordWrap(True)
        self._labels: list[tuple[QLabel, QLabel, QLabel]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def show_detail(self, detail: IncidentDetail | None, zone: tzinfo | None) -> None:
        self.detail, self.zone = detail, zone
        self.rows = countdowns_of(detail, zone) if detail is not None else []
        for labels in self._labels:
            for label in labels:
                self.grid.removeWidget(label)
                label.hide()  # gone from the page now, deleted once the event loop is back
                label.deleteLater()
        self._labels = []
        self.grid.removeWidget(self.none_label)
        if not self.rows:
            self.grid.addWidget(self.none_label, 0, 0, 1, 4)
        self.none_label.setVisible(not self.rows)
        for number, _row in enumerate(self.rows):
            labels = (QLabel(self), plain_label(self), plain_label(self))
            for column, label in enumerate(labels):
                self.grid.addWidget(label, number, column)
            self._labels.append(labels)
        running = any(row.filed is None for row in self.rows)
        if running and detail is not None and detail.status.is_open:
            self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def texts(self) -> list[tuple[str, str, str]]:
        """What each row says now: (name, when, remaining or filed)."""
        return [(label[0].text(), label[1].text(), label[2].text()) for label in self._labels]

    def tick(self) -> None:
        now = self.now()
        language = current_language()
        palette = self.palette()
        for row, (name, when, left) in zip(self.rows, self._labels, strict=True):
            name.setText(deadline_name(row.kind))
            name.setToolTip(
                translate("Incidents", "Statutory deadline (Rule Art. 8(2)).")
                if row.statutory and row.kind == "final"
                else translate("Incidents", "GDPR Art. 33(1): 72 hours from awareness.")
                if row.kind == "gdpr"
                else translate("Incidents", "PPC guideline: about 3 to 5 days from awareness.")
            )
            when.setText(self._when(row, language))
            colour = None
            if row.filed is not None:
                left.setText(self._filed_text(row.filed, language))
            else:
                left.setText(remaining_text(row.due, now))
                if row.due <= now:
                    colour = error_color(palette)
                elif row.due - now <= SOON:
                    colour = due_soon_color(palette)
            style = f"color: {colour.name()}; font-weight: bold;" if colour is not None else ""
            left.setStyleSheet(style)
        self._none_text()

    def _when(self, row: Countdown, language: str) -> str:
        from privacy_desk.i18n.formatting import format_date, format_datetime

        if row.day is not None:
            return format_date(row.day, language)
        return format_datetime(row.due, language, self.zone or UTC)

    def _filed_text(self, filed: FiledReport, language: str) -> str:
        from privacy_desk.i18n.formatting import format_date

        when = format_date(filed.filed_on, language)
        if filed.receipt_number:
            return translate("Incidents", "Filed on {date} (receipt {number})").format(
                date=when, number=filed.receipt_number
            )
        return translate("Incidents", "Filed on {date}").format(date=when)

    def _none_text(self) -> None:
        detail = self.detail
        if detail is not None and not detail.status.is_open:
            text = translate("Incidents", "The incident is closed: no report is due.")
        else:
            text = translate("Incidents", "Not reportable on the answers so far: no report is due.")
        self.none_label.setText(text)
        self.none_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def retranslate(self) -> None:
        self.tick()
