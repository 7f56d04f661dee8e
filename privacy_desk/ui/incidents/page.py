"""One incident, as the Incidents view shows it beside its list: the header (reference, title, what and
when, where the report goes, the My Number flag, the linked tickets), the actions, the live countdowns,
and tabs for the assessment, the facts, the timeline, the notices and the evidence.

The page reads the IncidentDetail in one operation and keeps it; a language switch redraws everything
from it without a query. Every change goes through `run_change`, which shows the incident the service
returns and emits `incident_did_change(id)` so the list refreshes its row. The print and save functions
and the `files` seam are attributes, so tests replace them and no real dialog opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.incidents import Destination, ReportKind
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.hub import Changed, IncidentsChanged, TicketsChanged
from privacy_desk.ui.incidents.assessment_panel import AssessmentPanel
from privacy_desk.ui.incidents.countdowns import CountdownPanel
from privacy_desk.ui.incidents.facts_form import REPORT_ITEMS
from privacy_desk.ui.incidents.incident_files import IncidentFiles
from privacy_desk.ui.incidents.page_actions import IncidentActions
from privacy_desk.ui.incidents.records_panels import EvidencePanel, NoticesPanel
from privacy_desk.ui.incidents.timeline_panel import TimelinePanel
from privacy_desk.ui.printing import print_pdf, save_pdf_as
from privacy_desk.ui.widgets import FollowsLanguage, InlineMessage, current_language
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.files import Files
from privacy_desk.ui.widgets.flow import FlowLayout
from privacy_desk.ui.widgets.forms import EnumCombo, error_text
from privacy_desk.ui.widgets.list_page import ItemStack
from privacy_desk.ui.widgets.plain_text import plain_label
from privacy_desk.ui.work import Staleness

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import IncidentDetail
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
LANGUAGES = (("ja", "日本語"), ("en", "English"))  # each language named in itself


def _plain(label: str) -> str:
    """A form label without its mnemonic ("報告者(&R)：" → "報告者：", "&Reported by:" → "Reported by:")."""
    return re.sub(r"\(&\w\)", "", label).replace("&", "")


def _captioned(box: QComboBox, parent: QWidget) -> tuple[QLabel, QWidget]:
    """A caption and its box side by side in one widget (its mnemonic moves the focus to the box)."""
    pair = QWidget(parent)
    caption = QLabel(pair)
    caption.setBuddy(box)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(caption)
    row.addWidget(box)
    return caption, pair


class IncidentPage(IncidentActions, IncidentFiles, FollowsLanguage):
    """`dialog` is the form open now (tests reach it there); `now` the clock of the countdowns."""

    incident_did_change = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: int | None = None
        self.detail: IncidentDetail | None = None
        self.office_tz: Any = None
        self.dialog: QWidget | None = None
        self._reading = Staleness()
        self._showing = Staleness()
        self.print_pdf: Callable[[QWidget, Path, str], bool] = print_pdf
        self.save_pdf_as: Callable[[QWidget, Path, str], Path | None] = save_pdf_as

        content = QWidget(self)
        self.ref_label = plain_label(content, selectable=True)
        self.title_label = plain_label(content, wrap=True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.facts_label = plain_label(content, wrap=True, selectable=True)
        self.my_number_banner = InlineMessage(content)
        self.tickets_label = QLabel(content)  # the linked tickets, as links (markup escapes what it quotes)
        self.tickets_label.setTextFormat(Qt.TextFormat.RichText)
        self.tickets_label.setWordWrap(True)
        self.tickets_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.tickets_label.linkActivated.connect(
            lambda link: context.hub.open_requested.emit("ticket", int(link))
        )
        self.notice = InlineMessage(content)
        self.files = Files(self, self.notice)

        self.actions_row = ButtonRow("Incidents", content)
        self.edit_button = self.actions_row.add(
            QT_TRANSLATE_NOOP("Incidents", "&Edit Facts…"), self.edit_facts
        )
        self.filed_button = self.actions_row.add(
            QT_TRANSLATE_NOOP("Incidents", "&Mark Filed…"),
            self.mark_filed,
            tip=QT_TRANSLATE_NOOP(
                "Incidents", "Record the day a report was filed and its PPC receipt number."
            ),
        )
        self.close_button = self.actions_row.add(
            QT_TRANSLATE_NOOP("Incidents", "Close Incident…"), self.close_incident
        )
        self.report_combo = EnumCombo(ReportKind, content)
        self.language_combo = QComboBox(content)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        # Named, so a new clerk knows what they choose: each caption stays with its box when the row wraps.
        self.report_caption, report_choice = _captioned(self.report_combo, content)
        self.language_caption, language_choice = _captioned(self.language_combo, content)
        self.print_button = self.actions_row.add(QT_TRANSLATE_NOOP("Incidents", "&Print…"), self.print_report)
        self.save_button = self.actions_row.add(
            QT_TRANSLATE_NOOP("Incidents", "Save as P&DF…"), self.save_report
        )
        self.copy_button = self.actions_row.add(
            QT_TRANSLATE_NOOP("Incidents", "Copy Text for the PPC Form"),
            self.copy_report_text,
            tip=QT_TRANSLATE_NOOP(
                "Incidents",
                "The report's items as plain text on the clipboard, to paste into the PPC's online form.",
            ),
        )
        self.action_flow = FlowLayout()
        while self.actions_row.count():  # the buttons go on in a second line where the page is narrow
            self.actions_row.takeAt(0)
        for widget in (
            self.edit_button,
            self.filed_button,
            self.close_button,
            report_choice,
            language_choice,
            self.print_button,
            self.save_button,
            self.copy_button,
        ):
            self.action_flow.addWidget(widget)

        self.countdown_box = QGroupBox(content)
        self.countdowns = CountdownPanel(self.countdown_box)
        QVBoxLayout(self.countdown_box).addWidget(self.countdowns)

        self.tabs = QTabWidget(content)
        self.assessment = AssessmentPanel(self.tabs)
        self.overview = QPlainTextEdit(self.tabs)
        self.overview.setReadOnly(True)
        self.timeline = TimelinePanel(self.tabs)
        self.notices = NoticesPanel(self.tabs)
        self.evidence = EvidencePanel(self.tabs)
        for section in (self.assessment, self.overview, self.timeline, self.notices, self.evidence):
            self.tabs.addTab(section, "")
        self.assessment.answer_chosen.connect(self.set_answer)
        self.assessment.persons_requested.connect(self.change_persons)
        self.timeline.add_requested.connect(self.add_entry)
        self.timeline.correct_requested.connect(self.correct_entry)
        self.notices.record_requested.connect(self.add_notice)
        self.notices.pdf_requested.connect(self.save_notice_pdf)
        self.notices.csv_requested.connect(self.save_notice_csv)
        self.evidence.add_requested.connect(self.add_evidence)
        self.evidence.open_requested.connect(self.open_evidence)
        self.evidence.save_requested.connect(self.save_evidence)

        header = QVBoxLayout()  # what the incident is, with its deadlines beside it
        header.setSpacing(2)
        for label in (self.ref_label, self.title_label, self.facts_label, self.tickets_label):
            header.addWidget(label)
        header.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(header, 3)
        top.addWidget(self.countdown_box, 2)
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 4, 4)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.my_number_banner)
        column.addWidget(self.notice)
        column.addLayout(self.action_flow)
        column.addWidget(self.tabs, 1)
        # The page scrolls where the window is too short for it (1120×720): nothing in it is cut off.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self.stack = ItemStack(self, scroll)
        self.placeholder = self.stack.placeholder
        context.hub.services_did_close.connect(self.clear)
        context.hub.settings_did_change.connect(self.reload)
        self.retranslate()
        self.clear()

    @property
    def now(self) -> Callable[[], datetime]:
        return self.countdowns.now

    @now.setter
    def now(self, clock: Callable[[], datetime]) -> None:
        self.countdowns.now = clock

    # -- reading -----------------------------------------------------------------------------------

    def load(self, incident_id: int, *, error: str = "") -> None:
        if self.context.services is None:
            return
        if incident_id != self.incident_id:
            self._showing.renew()
        self.incident_id = incident_id

        def loaded(result) -> None:
            detail, zone = result
            self.office_tz = zone
            self.show_incident(detail)
            if error:
                self.notice.show_error(error)
            else:
                self.notice.clear()

        self.context.work.query(
            lambda services: (services.incidents.detail(incident_id), services.settings.office_tz())
        ).fresh_for(self._reading, renew=True).success(loaded).failure(self.show_error).run(self)

    def reload(self) -> None:
        if self.incident_id is not None:
            self.load(self.incident_id)

    def clear(self) -> None:
        self._reading.renew()
        self._showing.renew()
        self.incident_id, self.detail = None, None
        self.notice.clear()
        self.countdowns.show_detail(None, None)
        self.stack.show_placeholder()

    def show_incident(self, detail: IncidentDetail) -> None:
        if detail.id != self.incident_id:
            self._showing.renew()
        self._reading.renew()
        self.detail, self.incident_id = detail, detail.id
        self.stack.show_content()
        self._render()

    def _render(self) -> None:
        detail, zone = self.detail, self.office_tz
        if detail is None:
            self._tab_titles()
            return
        self.ref_label.setText(detail.ref)
        self.title_label.setText(detail.facts.title)
        self.facts_label.setText(self._facts_line(detail))
        if detail.reportability.my_number:
            self.my_number_banner.show_error(
                translate(
                    "Incidents",
                    "My Number: individual numbers are or may be involved. The PPC's form asks first; "
                    "the My Number Act's rules apply.",
                )
            )
        else:
            self.my_number_banner.clear()
        self._tickets(detail)
        self.countdowns.show_detail(detail, zone)
        for panel in (self.assessment, self.timeline, self.notices, self.evidence):
            panel.show_detail(detail, zone)
        self.overview.setPlainText(self._overview_text(detail))
        editable = detail.status.is_open
        for panel in (self.assessment, self.timeline, self.notices, self.evidence):
            panel.set_editable(editable)
        for button in (self.edit_button, self.filed_button, self.close_button):
            button.setEnabled(editable)
        self._tab_titles()

    def _facts_line(self, detail: IncidentDetail) -> str:
        from privacy_desk.i18n.formatting import format_datetime

        facts = detail.facts
        language = current_language()
        kind = translate("IncidentKind", facts.kind.label)
        happened = (
            translate("Incidents", "{kind}, suspected").format(kind=kind)
            if facts.suspected
            else translate("Incidents", "{kind}, actual").format(kind=kind)
        )
        destination = translate("Destination", facts.destination.label)
        if facts.destination_name and facts.destination in (Destination.MINISTRY, Destination.ACCREDITED_ORG):
            destination = f"{destination} ({facts.destination_name})"
        if facts.as_contractor and facts.commissioning_company:
            destination = translate("Incidents", "{destination}: {company}").format(
                destination=destination, company=facts.commissioning_company
            )
        return translate(
            "Incidents", "{status} · {happened} · aware {aware} · report to {destination}"
        ).format(
            status=translate("IncidentStatus", detail.status.label),
            happened=happened,
            aware=format_datetime(facts.aware_at, language, self.office_tz or UTC),
            destination=destination,
        )

    def _tickets(self, detail: IncidentDetail) -> None:
        links = [
            f'<a href="{ticket.id}">{escape(ticket.ref)}</a> {escape(ticket.subject)}'
            for ticket in detail.tickets
        ]
        self.tickets_label.setVisible(bool(links))
        if links:
            self.tickets_label.setText(
                escape(translate("Incidents", "Linked tickets:")) + " " + " · ".join(links)
            )

    def _overview_text(self, detail: IncidentDetail) -> str:
        from privacy_desk.i18n.formatting import format_datetime

        facts, language, zone = detail.facts, current_language(), self.office_tz or UTC
        unknown = translate("Incidents", "Not yet known")

        def moment(value) -> str:
            return format_datetime(value, language, zone) if value is not None else unknown

        lines = [
            (QT_TRANSLATE_NOOP("Incidents", "It happened:"), moment(facts.occurred_at)),
            (QT_TRANSLATE_NOOP("Incidents", "Discovered:"), moment(facts.discovered_at)),
            (QT_TRANSLATE_NOOP("Incidents", "The company became &aware:"), moment(facts.aware_at)),
            (QT_TRANSLATE_NOOP("Incidents", "&Reported by:"), facts.reported_by),
            (QT_TRANSLATE_NOOP("Incidents", "&Systems and places:"), facts.systems),
            (QT_TRANSLATE_NOOP("Incidents", "C&ontractors involved:"), facts.contractors),
        ] + [(label, getattr(facts, field)) for field, label in REPORT_ITEMS]
        return "\n\n".join(
            f"{_plain(translate('Incidents', label))}\n{value or unknown}" for label, value in lines
        )

    def _tab_titles(self) -> None:
        detail = self.detail
        count = (lambda items: len(items)) if detail else (lambda _items: 0)
        self.tabs.setTabText(0, translate("Incidents", "&Assessment"))
        self.tabs.setTabText(1, translate("Incidents", "Fa&cts"))
        self.tabs.setTabText(
            2,
            translate("Incidents", "Timeli&ne ({count})").format(
                count=count(detail.timeline if detail else ())
            ),
        )
        self.tabs.setTabText(
            3,
            translate("Incidents", "N&otices ({count})").format(
                count=count(detail.notices if detail else ())
            ),
        )
        self.tabs.setTabText(
            4,
            translate("Incidents", "Evidence ({count})").format(
                count=count(detail.evidence if detail else ())
            ),
        )

    # -- changing ----------------------------------------------------------------------------------

    def run_change(
        self, change: Callable[[Any], IncidentDetail], then: Callable[[], None] | None = None
    ) -> None:
        """Run a write; show the incident it returns and tell the list. On a refusal show why and read
        the stored incident again (a choice the user made in a box is put back)."""
        incident_id = self.incident_id

        def write(services) -> Changed:
            detail = change(services)
            tickets = tuple(ticket.id for ticket in detail.tickets)
            return Changed.of(
                detail, IncidentsChanged((detail.id,)), *((TicketsChanged(tickets),) if tickets else ())
            )

        def failed(error: BaseException) -> None:
            self.show_error(error)
            if incident_id is not None:
                self.load(incident_id, error=self.notice.text())

        def done(detail: IncidentDetail) -> None:
            self.apply_change(detail)
            if then is not None:
                then()

        self.context.work.write(write).fresh_for(self._showing).success(done).late(
            lambda detail: self.incident_did_change.emit(detail.id)
        ).failure(failed).run(self)

    def apply_change(self, detail: IncidentDetail) -> None:
        self.notice.clear()
        self.show_incident(detail)
        self.incident_did_change.emit(detail.id)

    def show_error(self, error: BaseException) -> None:
        self.notice.show_error(error_text(error))

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.placeholder.setText(translate("Incidents", "Choose an incident in the list to see it here."))
        self.actions_row.retranslate()
        self.countdown_box.setTitle(translate("Incidents", "Deadlines"))
        self.report_caption.setText(translate("Incidents", "Report &kind:"))
        self.language_caption.setText(translate("Incidents", "Lan&guage:"))
        self.report_combo.setToolTip(translate("Incidents", "The report that Print, Save and Copy give."))
        self.language_combo.setToolTip(translate("Incidents", "The language of the report and the notice."))
        self.report_combo.setAccessibleName(translate("Incidents", "Report"))
        self.language_combo.setAccessibleName(translate("Incidents", "Report language"))
        self._render()
