"""Tools › Deadline calculator: what is due when, for a request or a breach, and on what basis.

Every answer says whether it is statutory, a PPC guideline or the office's own policy
(docs/ARCHITECTURE.md §4):
staff must never mistake an internal target for a legal deadline, or the other way round.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.config import OFFICE_TIMEZONE
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, RequestType
from privacy_desk.errors import PrivacyDeskError
from privacy_desk.i18n.formatting import DASH, format_date, format_datetime, format_weekday_date
from privacy_desk.ui.dialogs.deadline_results import ResultsTable
from privacy_desk.ui.widgets import InlineMessage, current_language, translated_error
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.work import Staleness, Work

if TYPE_CHECKING:
    from privacy_desk.services.deadlines.service import DeadlineService


def format_day(day: date, language: str) -> str:
    """A result date: in Japanese the long date over the 和暦 with the weekday (2026年4月15日 /
    令和8年4月15日（水）); otherwise the weekday and the long date (Wednesday, April 15, 2026)."""
    if language == "ja":
        return f"{format_date(day, 'ja', style='long')}\n{format_weekday_date(day, 'ja')}"
    return format_weekday_date(day, language, long=True)


class DeadlineCalculatorDialog(QDialog):
    """A modeless tool window. `today`/`now` and `office_tz` are injectable for tests; the main window
    passes `office_tz=services.settings.office_tz()`."""

    def __init__(
        self,
        deadlines: DeadlineService,
        language: str,
        parent: QWidget | None = None,
        *,
        office_tz: tzinfo | None = None,
        today: date | None = None,
        now: datetime | None = None,
        work: Work | None = None,
    ) -> None:
        super().__init__(parent)
        self._deadlines = deadlines
        # The main window's operation helper; made alone (a test) the dialog answers at once.
        self._work = work or Work.inline(deadlines)
        self._request_answer, self._breach_answer = Staleness(), Staleness()  # the latest answer wins
        self.language = language
        self.office_tz = office_tz or ZoneInfo(str(OFFICE_TIMEZONE.default))
        today = today or datetime.now(self.office_tz).date()
        now = (now or datetime.now(self.office_tz)).astimezone(self.office_tz)
        self._request_error: PrivacyDeskError | None = None
        self._breach_error: PrivacyDeskError | None = None

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_request_tab(today), "")
        self.tabs.addTab(self._build_breach_tab(now), "")
        self.tabs.currentChanged.connect(lambda _index: self._update_copy_button())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_results)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter in a date field must not close the tool or copy: no default button at all.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # every button of a QDialogButtonBox is one
                button.setAutoDefault(False)
                button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.setMinimumSize(820, 560)
        self.received_edit.setFocus()

    # -- building ----------------------------------------------------------------------------------

    def _build_request_tab(self, today: date) -> QWidget:
        page = QWidget(self)
        self.type_label = QLabel(page)
        self.type_combo = QComboBox(page)
        for request_type in RequestType:
            self.type_combo.addItem("", request_type.value)
        self.type_combo.setCurrentIndex(self.type_combo.findData(RequestType.DISCLOSURE.value))
        self.type_label.setBuddy(self.type_combo)
        self.received_label = QLabel(page)
        self.received_edit = DateEdit(page)
        self.received_edit.setDate(today)
        self.received_label.setBuddy(self.received_edit)
        self.gdpr_check = QCheckBox(page)
        inputs = QGridLayout()
        inputs.addWidget(self.type_label, 0, 0)
        inputs.addWidget(self.type_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        inputs.addWidget(self.received_label, 1, 0)
        inputs.addWidget(self.received_edit, 1, 1)
        inputs.addWidget(self.gdpr_check, 2, 1)
        inputs.setColumnStretch(1, 1)

        self.request_results = ResultsTable(page, 5)
        (self.due_row, self.lawsuit_row, self.fee_row, self.gdpr_row, self.gdpr_extended_row) = (
            self.request_results.rows
        )
        self.request_message = InlineMessage(page)
        self.request_footnote = QLabel(page)
        self.request_footnote.setWordWrap(True)

        layout = QVBoxLayout(page)
        layout.addLayout(inputs)
        layout.addSpacing(6)
        layout.addWidget(self.request_results, 1)
        layout.addWidget(self.request_message)
        layout.addWidget(self.request_footnote)

        self.type_combo.currentIndexChanged.connect(self.update_request)
        self.received_edit.date_did_change.connect(self.update_request)
        self.gdpr_check.toggled.connect(self.update_request)
        self.request_tab = page
        return page

    def _build_breach_tab(self, now: datetime) -> QWidget:
        page = QWidget(self)
        self.aware_label = QLabel(page)
        self.aware_date_edit = DateEdit(page)
        self.aware_date_edit.setDate(now.date())
        self.aware_time_edit = QTimeEdit(page)
        self.aware_time_edit.setDisplayFormat("HH:mm")
        self.aware_time_edit.setTime(QTime(now.hour, now.minute))
        self.aware_zone = QLabel(page)
        self.aware_time_label = QLabel(page)  # for screen readers: the time field's own name
        self.aware_time_label.setVisible(False)
        self.aware_time_label.setBuddy(self.aware_time_edit)
        self.aware_label.setBuddy(self.aware_date_edit)
        self.aware_date_edit.add_widget_after_field(self.aware_time_edit)
        self.aware_date_edit.add_widget_after_field(self.aware_zone)
        self.malicious_check = QCheckBox(page)
        self.malicious_note = QLabel(page)
        self.malicious_note.setWordWrap(True)
        self.malicious_note.setContentsMargins(24, 0, 0, 0)
        inputs = QGridLayout()
        inputs.addWidget(self.aware_label, 0, 0)
        inputs.addWidget(self.aware_date_edit, 0, 1)
        inputs.addWidget(self.malicious_check, 1, 1)
        inputs.addWidget(self.malicious_note, 2, 1)
        inputs.setColumnStretch(1, 1)

        self.breach_results = ResultsTable(page, 4)
        (self.preliminary_target_row, self.preliminary_due_row, self.final_due_row, self.gdpr_72_row) = (
            self.breach_results.rows
        )
        self.breach_message = InlineMessage(page)
        self.breach_footnote = QLabel(page)
        self.breach_footnote.setWordWrap(True)

        layout = QVBoxLayout(page)
        layout.addLayout(inputs)
        layout.addSpacing(6)
        layout.addWidget(self.breach_results, 1)
        layout.addWidget(self.breach_message)
        layout.addWidget(self.breach_footnote)

        self.aware_date_edit.date_did_change.connect(self.update_breach)
        self.aware_time_edit.timeChanged.connect(self.update_breach)
        self.malicious_check.toggled.connect(self.update_breach)
        self.breach_tab = page
        return page

    def refresh(self, office_tz: tzinfo | None = None) -> None:
        """Answer again after the office settings changed (closure days, due days, time zone); the
        main window calls this on the hub's settings notice while the calculator is open."""
        if office_tz is not None:
            self.office_tz = office_tz
            self._show_zone()
        self.update_request()
        self.update_breach()

    # -- answers -----------------------------------------------------------------------------------

    def request_type(self) -> RequestType:
        return RequestType(self.type_combo.currentData())

    def aware_at(self) -> datetime | None:
        day = self.aware_date_edit.date()
        if day is None:
            return None
        moment = self.aware_time_edit.time()
        return datetime.combine(day, time(moment.hour(), moment.minute()), tzinfo=self.office_tz)

    def _answer(self, token: Staleness, compute, show) -> None:
        """`show(compute(), None)`: the deadline service reads the office's closure days and policy, so
        it answers on the worker; an answer overtaken by a newer question is dropped."""

        def failed(error: BaseException) -> None:
            if not isinstance(error, PrivacyDeskError):
                raise error
            show(None, error)

        self._work.query(lambda _services: compute()).fresh_for(token, renew=True).success(
            lambda result: show(result, None)
        ).failure(failed).run(self)

    def update_request(self) -> None:
        request_type, received, gdpr = (
            self.request_type(),
            self.received_edit.date(),
            self.gdpr_check.isChecked(),
        )
        deadlines = self._deadlines
        self._answer(
            self._request_answer,
            lambda: deadlines.request(request_type, received, gdpr=gdpr) if received is not None else None,
            self._show_request,
        )

    def _show_request(self, result, error: PrivacyDeskError | None) -> None:
        request_type, gdpr = self.request_type(), self.gdpr_check.isChecked()
        self.gdpr_row.set_visible(gdpr)
        self.gdpr_extended_row.set_visible(gdpr)
        self._request_error = error
        language = self.language

        self.due_row.value.setText(format_day(result.due, language) if result else DASH)

        lawsuit = result.lawsuit_possible_from if result else None
        self.lawsuit_row.value.setText(format_day(lawsuit, language) if lawsuit else DASH)
        self.lawsuit_row.basis.setText(
            self.tr("APPI Art. 39: two weeks after the request arrived.")
            if result is None or lawsuit is not None
            else self.tr("APPI Art. 39 does not apply to this kind of request.")
        )

        fee_allowed = result.fee_allowed if result is not None else request_type in FEE_ALLOWED_TYPES
        self.fee_row.value.setText(
            self.tr("Yes", "a fee may be charged") if fee_allowed else self.tr("No", "no fee may be charged")
        )
        self.fee_row.basis.setText(
            self.tr("APPI Art. 38: only for notification of purpose, disclosure and provision records.")
        )

        self.gdpr_row.value.setText(self._optional_day(result, "gdpr_due"))
        self.gdpr_extended_row.value.setText(self._optional_day(result, "gdpr_extended_due"))
        self._show_error(self.request_message, self._request_error)
        self._update_copy_button()

    def _optional_day(self, result: object, field: str) -> str:
        day = getattr(result, field, None) if result is not None else None
        return format_day(day, self.language) if day else DASH

    def update_breach(self) -> None:
        aware_at, malicious, deadlines = self.aware_at(), self.malicious_check.isChecked(), self._deadlines
        self._answer(
            self._breach_answer,
            lambda: deadlines.breach(aware_at, malicious=malicious) if aware_at is not None else None,
            self._show_breach,
        )

    def _show_breach(self, result, error: PrivacyDeskError | None) -> None:
        self._breach_error = error
        language = self.language
        self.preliminary_target_row.value.setText(
            format_day(result.preliminary_target, language) if result else DASH
        )
        self.preliminary_due_row.value.setText(
            format_day(result.preliminary_due, language) if result else DASH
        )
        self.final_due_row.value.setText(format_day(result.final_due, language) if result else DASH)
        if result is not None:
            gdpr_due = result.gdpr_due.astimezone(self.office_tz)
            self.gdpr_72_row.value.setText(
                self.tr("{datetime} ({zone})").format(
                    datetime=format_datetime(gdpr_due, language, self.office_tz), zone=self._zone_name()
                )
            )
        else:
            self.gdpr_72_row.value.setText(DASH)
        self.final_due_row.basis.setText(
            self.tr(
                "Enforcement Rules Art. 8(2): within 60 days for a malicious act, counting the day of "
                "awareness as day 1; a closure day moves it to the next open day."
            )
            if self.malicious_check.isChecked()
            else self.tr(
                "Enforcement Rules Art. 8(2): within 30 days, counting the day of awareness as day 1; "
                "a closure day moves it to the next open day."
            )
        )
        self._show_error(self.breach_message, self._breach_error)
        self._update_copy_button()

    def _show_zone(self) -> None:
        zone = self._zone_name()
        self.aware_zone.setText(zone)
        self.breach_footnote.setText(
            self.tr("Dates and times are in the office time zone ({zone}).").format(zone=zone)
        )

    def _zone_name(self) -> str:
        return getattr(self.office_tz, "key", None) or str(self.office_tz)

    def _show_error(self, message: InlineMessage, error: PrivacyDeskError | None) -> None:
        if error is None:
            message.clear()
        else:
            message.show_error(translated_error(error))

    # -- copying -----------------------------------------------------------------------------------

    def results_text(self) -> str:
        """The current tab's answers as plain text, one per line, for an e-mail or a case note."""
        if self.tabs.currentWidget() is self.request_tab:
            received = self.received_edit.date()
            title = self.tr("Deadlines for a request ({request_type}) received on {date}").format(
                request_type=self.type_combo.currentText(),
                date=format_date(received, self.language) if received else DASH,
            )
            rows = [r for r in self.request_results.rows if r.what.isVisibleTo(self.request_results)]
        else:
            aware_at = self.aware_at()
            title = self.tr("Breach deadlines, aware since {datetime} ({zone})").format(
                datetime=format_datetime(aware_at, self.language, self.office_tz) if aware_at else DASH,
                zone=self._zone_name(),
            )
            if self.malicious_check.isChecked():
                title = self.tr("{title}; malicious act").format(title=title)
            rows = self.breach_results.rows
        return "\n".join([title, *(row.plain_text() for row in rows)]) + "\n"

    def copy_results(self) -> None:
        QGuiApplication.clipboard().setText(self.results_text())

    def _update_copy_button(self) -> None:
        if not hasattr(self, "copy_button"):
            return
        if self.tabs.currentWidget() is self.request_tab:
            self.copy_button.setEnabled(self.received_edit.date() is not None)
        else:
            self.copy_button.setEnabled(self.aware_at() is not None)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deadline Calculator"))
        self.tabs.setTabText(self.tabs.indexOf(self.request_tab), self.tr("&Request"))
        self.tabs.setTabText(self.tabs.indexOf(self.breach_tab), self.tr("&Breach"))
        self.copy_button.setText(self.tr("&Copy Results"))
        self.copy_button.setToolTip(self.tr("Copy this tab's answers as plain text."))

        self.type_label.setText(self.tr("Request &type:"))
        for index in range(self.type_combo.count()):
            request_type = RequestType(self.type_combo.itemData(index))
            self.type_combo.setItemText(index, QCoreApplication.translate("RequestType", request_type.label))
        self.received_label.setText(self.tr("Rec&eived on:"))
        self.gdpr_check.setText(self.tr("The person is in the EU (&GDPR applies)"))
        headers = (self.tr("Deadline"), self.tr("Date"), self.tr("Kind"), self.tr("Basis"))
        self.request_results.setTitle(self.tr("Answers"))
        self.request_results.set_headers(*headers)
        self.due_row.what.setText(self.tr("Internal due date"))
        self.due_row.basis.setText(
            self.tr(
                "Days from arrival set by an administrator in Settings, moved back to the last day the "
                "office is open. The law itself says 「遅滞なく」 (without delay)."
            )
        )
        self.lawsuit_row.what.setText(self.tr("Lawsuit possible from"))
        self.fee_row.what.setText(self.tr("Fee may be charged"))
        self.gdpr_row.what.setText(self.tr("GDPR answer due"))
        self.gdpr_extended_row.what.setText(self.tr("GDPR answer due, if extended"))
        self.gdpr_row.basis.setText(self.tr("GDPR Art. 12(3): one month from receipt."))
        self.gdpr_extended_row.basis.setText(
            self.tr("GDPR Art. 12(3): two more months, if the person is told why within the first month.")
        )
        self.request_footnote.setText(
            self.tr(
                "Closure days: Saturdays, Sundays, national holidays, 29 December – 3 January and the "
                "company's own closure days."
            )
        )

        self.aware_label.setText(self.tr("Became &aware on:"))
        self.aware_time_label.setText(self.tr("Time of awareness"))
        self.aware_time_edit.setAccessibleName(self.tr("Time of awareness"))
        self.malicious_check.setText(self.tr("&Malicious act (不正の目的), actual or suspected"))
        self.malicious_note.setText(
            self.tr(
                "For example unauthorised access, theft or an insider taking data; since April 2024 this "
                "also covers personal information the company is acquiring."
            )
        )
        self.breach_results.setTitle(self.tr("Reports to the PPC (個人情報保護委員会)"))
        self.breach_results.set_headers(*headers)
        self.preliminary_target_row.what.setText(self.tr("Preliminary report (速報), target"))
        self.preliminary_due_row.what.setText(self.tr("Preliminary report (速報), at the latest"))
        self.final_due_row.what.setText(self.tr("Final report (確報) due"))
        self.gdpr_72_row.what.setText(self.tr("GDPR: supervisory authority"))
        guideline_basis = self.tr(
            "PPC general guideline 3-5-3-3: 「速やかに」, about 3 to 5 days from the day of awareness."
        )
        self.preliminary_target_row.basis.setText(guideline_basis)
        self.preliminary_due_row.basis.setText(guideline_basis)
        self.gdpr_72_row.basis.setText(
            self.tr("GDPR Art. 33(1): within 72 hours of awareness, if EU data subjects are affected.")
        )
        self._show_zone()

        kinds = {
            "statutory": self.tr("Statutory"),
            "guideline": self.tr("Guideline"),
            "policy": self.tr("Office policy"),
        }
        for row, kind in (
            (self.due_row, "policy"),
            (self.lawsuit_row, "statutory"),
            (self.fee_row, "statutory"),
            (self.gdpr_row, "statutory"),
            (self.gdpr_extended_row, "statutory"),
            (self.preliminary_target_row, "guideline"),
            (self.preliminary_due_row, "guideline"),
            (self.final_due_row, "statutory"),
            (self.gdpr_72_row, "statutory"),
        ):
            row.kind.setText(kinds[kind])
            row.kind.setProperty("deadline_kind", kind)
            font = row.kind.font()
            font.setBold(kind == "statutory")  # legal deadlines stand out, in type as well as in words
            row.kind.setFont(font)

        self.received_edit.set_language(self.language)
        self.aware_date_edit.set_language(self.language)
        self.update_request()
        self.update_breach()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
        super().changeEvent(event)
