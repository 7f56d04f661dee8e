"""The intake form of a request case: by hand (a letter, the counter, a phone call), or converted from an
Inbox ticket ("Convert to Request Case…").

The requester is a person record, found or made with the person form (ui/dialogs/person_dialog.py);
from a ticket it is the ticket's person or, when none is linked, its sender (the service makes the
record). The date received
defaults to today on the office's clock (or to the ticket's arrival) and may be earlier: it sets every
deadline running. The form saves through the operation helper and stays open, as typed, when the service
says no.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.cases import DeliveryMethod, RequesterKind
from privacy_desk.domain.requests import DELIVERY_TYPES, FEE_ALLOWED_TYPES, RequestType
from privacy_desk.ui.dialogs.person_dialog import PersonDialog
from privacy_desk.ui.hub import CasesChanged, Changed, TicketsChanged
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.widgets.forms import FormDialog, open_form

if TYPE_CHECKING:
    from privacy_desk.services.persons.service import PersonRow
    from privacy_desk.services.tickets.service import TicketListRow
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
CONTEXT = "Requests"
NOT_SAID = "*none"  # no delivery method asked for


@dataclass(frozen=True)
class TicketSource:
    """The ticket a case is converted from: what the form shows and prefills."""

    id: int
    ref: str
    person_id: int | None
    person_name: str | None
    sender_name: str
    sender_address: str
    received_on: date

    @classmethod
    def of(cls, row: TicketListRow, office_tz: tzinfo | None) -> TicketSource:
        """From the Inbox's ticket row; the date received is the ticket's arrival on the office's clock."""
        return cls(
            row.id,
            row.ref,
            row.person_id,
            row.person_name,
            row.from_name,
            row.from_address,
            row.received_at.astimezone(office_tz).date(),
        )


class RequesterDialog(PersonDialog):
    """The person form, worded for choosing a case's requester."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unlink_button.hide()  # a case always has a requester

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("Requests", "Requester of the Case"))
        self.ok_button.setText(translate("Requests", "&Use This Person"))


class NewCaseDialog(FormDialog):
    """`result_value` is the new case's CaseDetail. `person_dialog` is the requester form open now."""

    def __init__(
        self, context: ViewContext, *, ticket: TicketSource | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context.work, parent)
        self._context = context
        self.ticket = ticket
        self.person: PersonRow | None = None
        self.person_dialog: RequesterDialog | None = None
        self.setObjectName("newCaseDialog")

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(ticket is not None)

        self.type_combo = QComboBox(self)
        for request_type in RequestType:
            self.type_combo.addItem("", request_type)
        self.type_combo.setCurrentIndex(self.type_combo.findData(RequestType.DISCLOSURE))
        self.gdpr_check = QCheckBox(self)

        self.person_value = QLabel(self)
        self.person_value.setTextFormat(Qt.TextFormat.PlainText)
        self.person_value.setWordWrap(True)
        self.person_value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.person_button = QPushButton(self)
        self.person_button.setAutoDefault(False)
        self.person_button.clicked.connect(self.choose_person)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_value, 1)
        person_row.addWidget(self.person_button)

        self.kind_combo = QComboBox(self)
        for kind in RequesterKind:
            self.kind_combo.addItem("", kind)
        self.agent_name_edit = QLineEdit(self)
        self.agent_contact_edit = QLineEdit(self)

        self.received_edit = DateEdit(self)
        self.received_edit.setDate(ticket.received_on if ticket is not None else context.clock())

        self.items_edit = QPlainTextEdit(self)
        self.items_edit.setTabChangesFocus(True)
        self.items_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.delivery_combo = QComboBox(self)
        self.delivery_combo.addItem("", NOT_SAID)
        for method in DeliveryMethod:
            self.delivery_combo.addItem("", method)
        self.delivery_note_edit = QLineEdit(self)

        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("type", self.type_combo),
            ("person", person_row),
            ("kind", self.kind_combo),
            ("agent_name", self.agent_name_edit),
            ("agent_contact", self.agent_contact_edit),
            ("gdpr", self.gdpr_check),
            ("received", self.received_edit),
            ("items", self.items_edit),
            ("delivery", self.delivery_combo),
            ("delivery_note", self.delivery_note_edit),
        ):
            label = QLabel(self)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
            self.labels[key] = label
        self.labels["person"].setBuddy(self.person_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form, 1)
        self.finish_layout(layout)

        self.type_combo.currentIndexChanged.connect(lambda _index: self._update_rows())
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._update_rows())
        self.delivery_combo.currentIndexChanged.connect(lambda _index: self._update_rows())
        self._update_rows()
        self.resize(620, 460)
        self.retranslate()
        self.type_combo.setFocus()

    # -- the form ----------------------------------------------------------------------------------

    @property
    def services(self):
        return self._context.services

    def request_type(self) -> RequestType:
        return RequestType(self.type_combo.currentData())

    def requester_kind(self) -> RequesterKind:
        return RequesterKind(self.kind_combo.currentData())

    def _update_rows(self) -> None:
        agent = self.requester_kind().is_agent
        self.form.setRowVisible(self.agent_name_edit, agent)
        self.form.setRowVisible(self.agent_contact_edit, agent)
        delivery = self.request_type() in DELIVERY_TYPES
        self.form.setRowVisible(self.delivery_combo, delivery)
        self.form.setRowVisible(self.delivery_note_edit, delivery)
        self.delivery_note_edit.setEnabled(self.delivery_combo.currentData() != NOT_SAID)
        self._retranslate_hints()

    def choose_person(self) -> None:
        """Find the requester's person record, or make one (the person form)."""
        services = self.services
        if services is None:
            self._database_closed()
            return
        ticket = self.ticket
        if self.person is not None:
            suggestion = (self.person.name, self.person.email)
        elif ticket is not None:
            suggestion = (ticket.person_name or ticket.sender_name, ticket.sender_address)
        else:
            suggestion = ("", "")
        bind = self._context.work.bind
        dialog = RequesterDialog(
            self._operations,
            find=bind(lambda services, text: services.tickets.find_persons(text)),
            create=bind(lambda services, data: services.persons.create(services.actor, data)),
            update=bind(
                lambda services, person_id, data, version: services.persons.update(
                    services.actor, person_id, data, version=version
                )
            ),
            current=self.person,
            suggestion=suggestion,
            parent=self,
        )

        def chosen(d) -> None:
            if d.result_value is not None:
                self.person = d.result_value
                self.message.clear()
                self._retranslate_person()

        open_form(self, dialog, chosen, attribute="person_dialog", after=self.person_button.setFocus)

    def person_id(self) -> int | None:
        if self.person is not None:
            return self.person.id
        return self.ticket.person_id if self.ticket is not None else None

    def _ticket_has_requester(self) -> bool:
        ticket = self.ticket
        return ticket is not None and (ticket.person_id is not None or bool(ticket.sender_address))

    def details(self):
        from privacy_desk.services.cases.service import CaseDetails

        delivery = self.delivery_combo.currentData()
        has_delivery = self.request_type() in DELIVERY_TYPES and delivery != NOT_SAID
        agent = self.requester_kind().is_agent
        return CaseDetails(
            requested_items=self.items_edit.toPlainText(),
            delivery_method=DeliveryMethod(delivery) if has_delivery else None,
            delivery_note=self.delivery_note_edit.text() if has_delivery else "",
            requester_kind=self.requester_kind(),
            agent_name=self.agent_name_edit.text() if agent else "",
            agent_contact=self.agent_contact_edit.text() if agent else "",
            gdpr=self.gdpr_check.isChecked(),
        )

    def _database_closed(self) -> None:
        self.message.show_error(
            translate("Requests", "The database is not open. Try again once it is open; nothing was saved.")
        )

    def prepare(self):
        services = self.services
        if services is None:
            self._database_closed()
            return None
        person_id = self.person_id()
        if person_id is None and not self._ticket_has_requester():
            self.message.show_error(translate("Requests", "Choose the person the request is about."))
            self.person_button.setFocus()
            return None
        if self.requester_kind().is_agent and not self.agent_name_edit.text().strip():
            self.message.show_error(
                translate("Requests", "Enter the name of the representative or agent who made the request.")
            )
            self.agent_name_edit.setFocus()
            return None
        received = self.received_edit.validate()
        if received is None:
            self.message.show_error(
                self.received_edit.error_text()
                or translate("Requests", "Enter the date the request was received.")
            )
            self.received_edit.setFocus()
            return None
        request_type = self.request_type()
        details = self.details()
        ticket = self.ticket
        from privacy_desk.services.cases.service import NewCase

        def create(services):
            """The case, and the notice for the other views: the case, and the ticket it came from."""
            if ticket is not None:
                detail = services.cases.create_from_ticket(
                    services.actor,
                    ticket.id,
                    request_type,
                    details,
                    person_id=person_id,
                    received_on=received,
                )
                return Changed.of(detail, TicketsChanged((ticket.id,)), CasesChanged((detail.row.id,)))
            assert person_id is not None
            detail = services.cases.create(
                services.actor, NewCase(request_type, person_id, received, details)
            )
            return Changed.of(detail, CasesChanged((detail.row.id,)))

        return self._context.work.bind(create)

    # -- language ----------------------------------------------------------------------------------

    def _retranslate_person(self) -> None:
        person, ticket = self.person, self.ticket
        if person is not None:
            details = " · ".join(v for v in (person.name_kana, person.email, person.phone) if v)
            text = f"{person.name}　{details}" if details else person.name
            self.person_button.setText(translate("Requests", "C&hange…"))
        elif ticket is not None and ticket.person_id is not None:
            text = ticket.person_name or ""
            self.person_button.setText(translate("Requests", "C&hange…"))
        elif ticket is not None and ticket.sender_address:
            sender = (
                f"{ticket.sender_name} <{ticket.sender_address}>"
                if ticket.sender_name
                else ticket.sender_address
            )
            text = translate(
                "Requests", "{sender}: the ticket's sender (a person record is made if none has this address)"
            ).format(sender=sender)
            self.person_button.setText(translate("Requests", "C&hange…"))
        else:
            text = translate("Requests", "Not chosen yet")
            self.person_button.setText(translate("Requests", "C&hoose…"))
        self.person_value.setText(text)
        self.person_button.setAccessibleName(translate("Requests", "Choose the requester"))

    def _retranslate_hints(self) -> None:
        if not getattr(self, "_built", False):
            return
        request_type = self.request_type()
        tips = []
        if request_type in FEE_ALLOWED_TYPES:
            tips.append(translate("Requests", "A fee may be charged for this type (Art. 38)."))
        if request_type is not RequestType.PURPOSE:
            tips.append(translate("Requests", "The requester may sue two weeks after it arrived (Art. 39)."))
        self.type_combo.setToolTip("\n".join(tips))

    def retranslate(self) -> None:
        super().retranslate()
        ticket = self.ticket
        if ticket is not None:
            self.setWindowTitle(
                translate("Requests", "Convert {ref} to a Request Case").format(ref=ticket.ref)
            )
            self.explanation.setText(
                translate(
                    "Requests",
                    "The new case is linked to ticket {ref}, and the files stored with its mail come along. "
                    "The ticket becomes a confirmed data-subject request.",
                ).format(ref=ticket.ref)
            )
            self.ok_button.setText(translate("Requests", "Conv&ert"))
        else:
            self.setWindowTitle(translate("Requests", "New Request Case"))
            self.ok_button.setText(translate("Requests", "&Open Case"))
        labels = {
            "type": translate("Requests", "Request &type:"),
            "gdpr": translate("Requests", "GDPR:"),
            "person": translate("Requests", "&Requester:"),
            "kind": translate("Requests", "&Who asks:"),
            "agent_name": translate("Requests", "Agent's na&me:"),
            "agent_contact": translate("Requests", "Agent's &contact:"),
            "received": translate("Requests", "Recei&ved on:"),
            "items": translate("Requests", "Requested &items:"),
            "delivery": translate("Requests", "&Delivery asked for:"),
            "delivery_note": translate("Requests", "Delivery &note:"),
        }
        for key, label in self.labels.items():
            label.setText(labels[key])
        for index in range(self.type_combo.count()):
            request_type = RequestType(self.type_combo.itemData(index))
            self.type_combo.setItemText(index, translate("RequestType", request_type.label))
        for index in range(self.kind_combo.count()):
            kind = RequesterKind(self.kind_combo.itemData(index))
            self.kind_combo.setItemText(index, translate("RequesterKind", kind.label))
        self.delivery_combo.setItemText(0, translate("Requests", "Not specified"))
        for index in range(1, self.delivery_combo.count()):
            method = DeliveryMethod(self.delivery_combo.itemData(index))
            self.delivery_combo.setItemText(index, translate("DeliveryMethod", method.label))
        self.gdpr_check.setText(translate("Requests", "An EU data subject: the &GDPR's month runs too"))
        self.agent_name_edit.setPlaceholderText(
            translate("Requests", "the legal representative or appointed agent who made the request")
        )
        self.agent_contact_edit.setPlaceholderText(translate("Requests", "address, e-mail or phone"))
        self.items_edit.setPlaceholderText(
            translate(
                "Requests", "What the requester asks for, in their words (e.g. purchase history since 2024)"
            )
        )
        self.received_edit.setToolTip(
            translate("Requests", "The office date the request arrived: every deadline runs from it.")
        )
        self._retranslate_person()
        self._retranslate_hints()


__all__ = ["NewCaseDialog", "RequesterDialog", "TicketSource"]
