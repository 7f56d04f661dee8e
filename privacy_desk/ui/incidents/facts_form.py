"""The incident's facts as a form: a new incident (by hand, or opened from an Inbox ticket: "a customer
received someone else's data") and Edit Facts… on the incident page, which sends the version it showed
(a StaleEdit is told to the page behind, docs/ARCHITECTURE.md §7).

Moments are typed in the office's time zone and sent aware. When the company became aware starts every
deadline, so it is required; when it happened and when it was discovered may be not known yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.incidents import Destination, IncidentKind
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.hub import Changed, IncidentsChanged, TicketsChanged
from privacy_desk.ui.widgets.forms import EnumCombo, FormDialog, FormRows, explanation_label, text_edit

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import IncidentDetail, IncidentFacts
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
CONTEXT = "Incidents"
EDIT_FORMAT = "yyyy-MM-dd HH:mm"  # one unambiguous form for both languages
REPORT_ITEMS = (  # Rule Art. 8(1)'s items the report lays out, in its order: (field, label)
    ("summary", QT_TRANSLATE_NOOP("Incidents", "Summary:")),
    ("data_items", QT_TRANSLATE_NOOP("Incidents", "Personal data items:")),
    ("cause", QT_TRANSLATE_NOOP("Incidents", "Cause:")),
    ("secondary_damage", QT_TRANSLATE_NOOP("Incidents", "Secondary damage:")),
    ("response_to_persons", QT_TRANSLATE_NOOP("Incidents", "Response to the persons:")),
    ("public_announcement", QT_TRANSLATE_NOOP("Incidents", "Public announcement:")),
    ("prevention", QT_TRANSLATE_NOOP("Incidents", "Prevention of recurrence:")),
    ("other", QT_TRANSLATE_NOOP("Incidents", "Other information:")),
)


@dataclass(frozen=True)
class TicketSource:
    """The Inbox ticket an incident is opened from: what the form prefills."""

    id: int
    ref: str
    subject: str
    sender: str
    received_at: datetime

    @classmethod
    def of(cls, row, office_tz: tzinfo | None) -> TicketSource:
        """From the Inbox's ticket row (subject, sender's name and address, arrival)."""
        name, address = getattr(row, "from_name", "") or "", getattr(row, "from_address", "") or ""
        sender = f"{name} <{address}>" if name and address else name or address
        return cls(row.id, row.ref, row.subject, sender, row.received_at)


class MomentEdit(QWidget):
    """A moment in the office's zone; `optional` adds "Known" (unticked: None)."""

    def __init__(self, parent: QWidget, zone: tzinfo | None, *, optional: bool) -> None:
        super().__init__(parent)
        self.zone = zone or UTC
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(EDIT_FORMAT)
        self._show(datetime.now(UTC))  # a moment not known yet starts from now when it becomes known
        self.known = QCheckBox(self) if optional else None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        if self.known is not None:
            row.addWidget(self.known)
            self.known.toggled.connect(self.edit.setEnabled)
            self.known.setChecked(False)
            self.edit.setEnabled(False)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def _show(self, moment: datetime) -> None:
        local = moment.astimezone(self.zone)
        self.edit.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def set_value(self, moment: datetime | None) -> None:
        if moment is not None:
            self._show(moment)
        if self.known is not None:
            self.known.setChecked(moment is not None)

    def value(self) -> datetime | None:
        if self.known is not None and not self.known.isChecked():
            return None
        local = self.edit.dateTime().toPython()
        assert isinstance(local, datetime)
        return local.replace(tzinfo=self.zone, second=0, microsecond=0)

    def retranslate(self) -> None:
        if self.known is not None:
            self.known.setText(translate("Incidents", "Known"))


class FactsDialog(FormDialog):
    """The fields of IncidentFacts in two tabs: what happened, and the report's items."""

    TITLE = (CONTEXT, QT_TRANSLATE_NOOP("Incidents", "Incident Facts — {ref}"))

    def __init__(
        self, context: ViewContext, zone: tzinfo | None, parent: QWidget | None, *, ref: str
    ) -> None:
        super().__init__(context.work, parent, ref=ref)
        self._context = context
        self.zone = zone
        self.explanation = explanation_label(self)
        self.tabs = QTabWidget(self)
        facts, items = QWidget(self.tabs), QWidget(self.tabs)
        self.tabs.addTab(facts, "")
        self.tabs.addTab(items, "")
        rows = FormRows(CONTEXT, facts)
        self.rows = rows
        self.title_edit = rows.add(QT_TRANSLATE_NOOP("Incidents", "&Title:"), QLineEdit(facts))
        self.kind_combo = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "&What happened:"), EnumCombo(IncidentKind, facts)
        )
        self.suspected_check = rows.add("", QCheckBox(facts))
        self.occurred_edit = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "It happened:"), MomentEdit(facts, zone, optional=True)
        )
        self.discovered_edit = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "Discovered:"), MomentEdit(facts, zone, optional=True)
        )
        self.aware_edit = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "The company became &aware:"),
            MomentEdit(facts, zone, optional=False),
        )
        self.reported_edit = rows.add(QT_TRANSLATE_NOOP("Incidents", "&Reported by:"), QLineEdit(facts))
        self.systems_edit = rows.add(QT_TRANSLATE_NOOP("Incidents", "&Systems and places:"), QLineEdit(facts))
        self.contractors_edit = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "C&ontractors involved:"), QLineEdit(facts)
        )
        self.contractor_check = rows.add("", QCheckBox(facts))
        self.commissioning_edit = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "Commissioning &company:"), QLineEdit(facts)
        )
        self.destination_combo = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "Report &goes to:"), EnumCombo(Destination, facts)
        )
        self.destination_edit = rows.add(
            QT_TRANSLATE_NOOP("Incidents", "Ministry or organi&zation:"), QLineEdit(facts)
        )
        facts.setLayout(rows.form)
        item_rows = FormRows(CONTEXT, items)
        self.item_rows = item_rows
        self.item_edits = {field: item_rows.add(label, text_edit(items, 64)) for field, label in REPORT_ITEMS}
        items.setLayout(item_rows.form)
        self.contractor_check.toggled.connect(self._contractor_toggled)
        self.destination_combo.currentIndexChanged.connect(lambda _i: self._destination_changed())
        self._contractor_toggled(
            False
        )  # the commissioning company and the ministry's name wait for their choice
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.explanation)
        self.column.addWidget(self.tabs, 1)

    def show_facts(self, facts: IncidentFacts) -> None:
        self.title_edit.setText(facts.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(facts.kind))
        self.suspected_check.setChecked(facts.suspected)
        self.occurred_edit.set_value(facts.occurred_at)
        self.discovered_edit.set_value(facts.discovered_at)
        self.aware_edit.set_value(facts.aware_at)
        self.reported_edit.setText(facts.reported_by)
        self.systems_edit.setText(facts.systems)
        self.contractors_edit.setText(facts.contractors)
        self.contractor_check.setChecked(facts.as_contractor)
        self.commissioning_edit.setText(facts.commissioning_company)
        self.destination_combo.setCurrentIndex(self.destination_combo.findData(facts.destination))
        self.destination_edit.setText(facts.destination_name)
        for field, edit in self.item_edits.items():
            edit.setPlainText(getattr(facts, field))
        self._contractor_toggled(facts.as_contractor)

    def _contractor_toggled(self, on: bool) -> None:
        self.commissioning_edit.setEnabled(on)
        if on:  # Art. 26(1) proviso: a contractor may notify the commissioning company instead
            self.destination_combo.setCurrentIndex(
                self.destination_combo.findData(Destination.COMMISSIONING_COMPANY)
            )
        self._destination_changed()

    def _destination_changed(self) -> None:
        destination = Destination(self.destination_combo.currentData())
        self.destination_edit.setEnabled(destination in (Destination.MINISTRY, Destination.ACCREDITED_ORG))

    def facts(self) -> IncidentFacts | None:
        """The facts typed, or None after saying what is missing."""
        from privacy_desk.services.incidents.records import IncidentFacts

        title = self.required(self.title_edit, translate("Incidents", "Give the incident a title."))
        if title is None:
            return None
        aware = self.aware_edit.value()
        assert aware is not None
        as_contractor = self.contractor_check.isChecked()
        commissioning = self.commissioning_edit.text().strip()
        if as_contractor and not commissioning:
            self.missing(self.commissioning_edit, translate("Incidents", "Name the commissioning company."))
            return None
        return IncidentFacts(
            title=title,
            kind=IncidentKind(self.kind_combo.currentData()),  # Qt gives a StrEnum back as its text
            suspected=self.suspected_check.isChecked(),
            occurred_at=self.occurred_edit.value(),
            discovered_at=self.discovered_edit.value(),
            aware_at=aware,
            reported_by=self.reported_edit.text().strip(),
            systems=self.systems_edit.text().strip(),
            contractors=self.contractors_edit.text().strip(),
            as_contractor=as_contractor,
            commissioning_company=commissioning if as_contractor else "",
            destination=Destination(self.destination_combo.currentData()),
            destination_name=self.destination_edit.text().strip()
            if self.destination_edit.isEnabled()
            else "",
            **{field: edit.toPlainText().strip() for field, edit in self.item_edits.items()},
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        self.item_rows.retranslate()
        self.tabs.setTabText(0, translate("Incidents", "What Happened"))
        self.tabs.setTabText(1, translate("Incidents", "Report Items"))
        self.suspected_check.setText(translate("Incidents", "Suspected, not confirmed"))
        self.contractor_check.setText(
            translate("Incidents", "We handle the data as a contractor of another company")
        )
        for edit in (self.occurred_edit, self.discovered_edit, self.aware_edit):
            edit.retranslate()
        self.aware_edit.setToolTip(
            translate("Incidents", "Every deadline counts from this moment (office time zone).")
        )


def _default_destination(services) -> tuple[str, str]:
    from privacy_desk.config import INCIDENT_DESTINATION, INCIDENT_DESTINATION_NAME

    return str(services.settings.get(INCIDENT_DESTINATION)), str(
        services.settings.get(INCIDENT_DESTINATION_NAME)
    )


class NewIncidentDialog(FactsDialog):
    """`result_value` is the new incident's IncidentDetail."""

    TITLE = (CONTEXT, QT_TRANSLATE_NOOP("Incidents", "New Incident"))

    def __init__(
        self,
        context: ViewContext,
        zone: tzinfo | None,
        *,
        ticket: TicketSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, zone, parent, ref="")
        self.setObjectName("newIncidentDialog")
        self.ticket = ticket
        now = datetime.now(UTC)
        self.aware_edit.set_value(ticket.received_at if ticket is not None else now)
        if ticket is not None:
            self.title_edit.setText(ticket.subject)
            self.reported_edit.setText(ticket.sender)
        self.name_ok(CONTEXT, QT_TRANSLATE_NOOP("Incidents", "Open Incident"))
        self.finish(self.column, (680, 560), self.title_edit)
        context.work.query(_default_destination).success(self._show_default).ignore_failure().run(self)

    def _show_default(self, default: tuple[str, str]) -> None:
        """The office's default destination (Settings › Incidents), unless the contractor box chose."""
        destination, name = default
        if not self.contractor_check.isChecked():
            self.destination_combo.setCurrentIndex(
                max(self.destination_combo.findData(Destination(destination)), 0)
            )
            self.destination_edit.setText(name)

    def prepare(self):
        from privacy_desk.services.incidents.records import NewIncident

        facts = self.facts()
        if facts is None:
            return None
        ticket_id = self.ticket.id if self.ticket is not None else None
        new = NewIncident(facts=facts, ticket_id=ticket_id)

        def create(services) -> Changed:
            detail = services.incidents.create(services.actor, new)
            notices = (TicketsChanged((ticket_id,)),) if ticket_id is not None else ()
            return Changed.of(detail, IncidentsChanged((detail.id,)), *notices)

        return self._context.work.bind(create)

    def retranslate(self) -> None:
        super().retranslate()
        if self.ticket is not None:
            self.explanation.setText(
                translate(
                    "Incidents",
                    "Open an incident from ticket {ref}; the two are linked. The moment the company "
                    "became aware defaults to the ticket's arrival.",
                ).format(ref=self.ticket.ref)
            )
        else:
            self.explanation.setText(
                translate(
                    "Incidents",
                    "Record a leak, loss or damage of personal data, actual or suspected. The deadlines "
                    "of the reports count from the moment the company became aware.",
                )
            )


class EditFactsDialog(FactsDialog):
    """Edit Facts… of an incident shown: sends the version the page showed."""

    def __init__(
        self, context: ViewContext, detail: IncidentDetail, zone: tzinfo | None, parent=None
    ) -> None:
        super().__init__(context, zone, parent, ref=detail.ref)
        self.incident_id, self.version = detail.id, detail.version
        self.show_facts(detail.facts)
        self.name_ok(CONTEXT, QT_TRANSLATE_NOOP("Incidents", "Save Facts"))
        self.finish(self.column, (680, 560), self.title_edit)

    def prepare(self):
        facts = self.facts()
        if facts is None:
            return None
        incident_id, version = self.incident_id, self.version

        def update(services) -> Changed:
            detail = services.incidents.update_facts(services.actor, incident_id, version, facts)
            return Changed.of(detail, IncidentsChanged((incident_id,)))

        return self._context.work.bind(update)

    def retranslate(self) -> None:
        super().retranslate()
        self.explanation.setText(
            translate(
                "Incidents",
                "Change the facts as they emerge; the assessment's answers and the timeline keep their "
                "own history.",
            )
        )
