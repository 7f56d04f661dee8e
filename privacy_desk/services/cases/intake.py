"""Opening a request case — by hand, or from a ticket ("Convert to request case") — and editing what
the request says. Works inside the caller's transaction; the caller audits (a conversion audits the
ticket's side itself, through the caller's unit of work)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.cases import CaseState, DeliveryMethod, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.tickets import TicketCategory
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.cases.store import (
    CasePolicy,
    add_event,
    date_param,
    enum_param,
    next_case_ref,
    require_open,
)
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets import get_ticket, live_ticket, person_for_address
from privacy_desk.services.tickets import snapshot as ticket_snapshot
from privacy_desk.storage.models import (
    Case,
    CaseAttachment,
    Message,
    MessageAttachment,
    Person,
    User,
)

AGENT_NAME_MAX = 200


@dataclass(frozen=True)
class CaseDetails:
    """What the request says; the same fields when a case is opened and when it is edited."""

    requested_items: str = ""
    delivery_method: DeliveryMethod | None = None
    delivery_note: str = ""
    requester_kind: RequesterKind = RequesterKind.PERSON
    agent_name: str = ""  # the legal representative or appointed agent who asked, if not the person
    agent_contact: str = ""
    gdpr: bool = False  # an EU data subject: the GDPR month runs too


@dataclass(frozen=True)
class NewCase:
    request_type: RequestType
    person_id: int  # the person whose data it is (PersonService.create or find_persons first)
    received_on: date  # the office date the request arrived
    details: CaseDetails = CaseDetails()
    assignee_id: int | None = None


def clean_details(details: CaseDetails) -> CaseDetails:
    agent = details.agent_name.strip()
    if details.requester_kind.is_agent and not agent:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the name of the representative or agent who made the request.")
        )
    if not details.requester_kind.is_agent:
        agent = ""
    if details.delivery_method is not None and not isinstance(details.delivery_method, DeliveryMethod):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Unknown delivery method."))
    return CaseDetails(
        requested_items=details.requested_items.strip(),
        delivery_method=details.delivery_method,
        delivery_note=details.delivery_note.strip(),
        requester_kind=RequesterKind(details.requester_kind),
        agent_name=agent[:AGENT_NAME_MAX],
        agent_contact=details.agent_contact.strip() if agent else "",
        gdpr=bool(details.gdpr),
    )


def check_received_on(day: date, policy: CasePolicy) -> date:
    if not isinstance(day, date):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the date the request was received."))
    if day > policy.today():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The date received cannot be in the future."))
    return day


def check_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No person with id {id}."), id=person_id)
    return person


def check_user(session: Session, user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No user with id {id}."), id=user_id)
    return user


def apply_details(case: Case, details: CaseDetails) -> None:
    case.requested_items = details.requested_items
    case.delivery_method = details.delivery_method.value if details.delivery_method else None
    case.delivery_note = details.delivery_note
    case.requester_kind = details.requester_kind.value
    case.agent_name = details.agent_name
    case.agent_contact = details.agent_contact
    case.gdpr = details.gdpr


def create(
    session: Session, actor: Actor, policy: CasePolicy, new: NewCase, *, ticket_id: int | None = None
) -> Case:
    request_type = RequestType(new.request_type)
    received = check_received_on(new.received_on, policy)
    details = clean_details(new.details)
    check_person(session, new.person_id)
    check_user(session, new.assignee_id)
    case = Case(
        ref=next_case_ref(session, received.year),
        request_type=request_type.value,
        state=CaseState.RECEIVED.value,
        person_id=new.person_id,
        received_on=received,
        assignee_id=new.assignee_id,
        ticket_id=ticket_id,
        identity_documents=[],
        systems_notified=[],
    )
    apply_details(case, details)
    session.add(case)
    session.flush()
    return case


def create_from_ticket(
    work: Work,
    policy: CasePolicy,
    ticket_id: int,
    request_type: RequestType,
    details: CaseDetails,
    *,
    person_id: int | None = None,
    received_on: date | None = None,
    assignee_id: int | None = None,
) -> Case:
    """A case for the request a ticket holds. The requester is the ticket's person (or the person with
    its sender's address, made when there is none); the date received is the ticket's; stored
    attachments of the thread come along (by hash, nothing copied); the ticket becomes a confirmed
    data-subject request and its audit trail names the case."""
    session, actor = work.session, work.actor
    ticket = live_ticket(session, get_ticket(session, ticket_id))
    if person_id is None:
        person_id = ticket.person_id
    if person_id is None:
        person = person_for_address(work, ticket.from_address, ticket.from_name)
        if person is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Ticket {ref} has no requester: choose the person the request is about."
                ),
                ref=ticket.ref,
            )
        person_id = person.id
    received = received_on or ticket.received_at.astimezone(policy.office_tz).date()
    case = create(
        session,
        actor,
        policy,
        NewCase(
            request_type, person_id, received, details, assignee_id if assignee_id else ticket.assignee_id
        ),
        ticket_id=ticket.id,
    )
    for attachment in session.scalars(
        select(MessageAttachment)
        .join(Message, Message.id == MessageAttachment.message_id)
        .where(Message.ticket_id == ticket.id, MessageAttachment.stored.is_(True))
        .order_by(Message.id, MessageAttachment.position)
    ):
        session.add(
            CaseAttachment(
                case_id=case.id,
                filename=attachment.filename,
                content_type=attachment.content_type,
                size=attachment.size,
                sha256=attachment.sha256,
                added_by_id=actor.id,
            )
        )
    before = ticket_snapshot(ticket)
    if ticket.person_id is None:
        ticket.person_id = person_id
    ticket.category = TicketCategory.DATA_SUBJECT_REQUEST.value
    ticket.category_confirmed = True
    work.audit(
        "ticket",
        ticket.id,
        "convert_to_case",
        before=before,
        after={**ticket_snapshot(ticket), "case": case.ref},
    )
    add_event(
        session,
        actor,
        case,
        "created_from_ticket",
        ticket=ticket.ref,
        type=enum_param(request_type),
    )
    return case


def set_received_on(
    session: Session, actor: Actor, policy: CasePolicy, case: Case, day: date, reason: str
) -> None:
    require_open(case)
    day = check_received_on(day, policy)
    if day == case.received_on:
        return
    old = case.received_on
    case.received_on = day
    add_event(
        session, actor, case, "received_on", text=reason.strip(), old=date_param(old), new=date_param(day)
    )
