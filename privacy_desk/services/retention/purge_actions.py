"""What the purge does to one of the app's records (docs/ARCHITECTURE.md, Retention).

Anonymising keeps the row and what the statistics count (a ticket's category, channel, status, dates
and message count; a case's type, state and dates; an incident's kind, status, answers and dates) and
blanks every text that names or describes a person; the files go, and a blob no record uses any more
goes with them. A junk ticket is deleted with its messages: no statistic counts junk. An incident's
timeline and answer history are append-only by design (migration 0011) and stay as the breach record."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from privacy_desk.storage import search
from privacy_desk.storage.models import (
    Blob,
    Case,
    CaseAttachment,
    CaseEvent,
    CasePause,
    CaseTask,
    Incident,
    IncidentEvidence,
    IncidentNotice,
    IncidentTicket,
    Message,
    MessageAttachment,
    Person,
    RetentionEvidence,
    RetentionPurged,
    Ticket,
    TicketMerge,
)

REDACTED = "—"  # what a blanked required text shows (a title, a subject)


def _drop_unused_blobs(session: Session, digests: Iterable[str | None]) -> None:
    """Delete the blobs of `digests` that no attachment, raw message or evidence refers to any more."""
    for digest in {d for d in digests if d}:
        used = session.scalar(
            select(
                exists().where(MessageAttachment.sha256 == digest)
                | exists().where(Message.raw_sha256 == digest)
                | exists().where(CaseAttachment.sha256 == digest)
                | exists().where(IncidentEvidence.sha256 == digest)
                | exists().where(RetentionEvidence.sha256 == digest)
            )
        )
        if not used:
            session.execute(delete(Blob).where(Blob.sha256 == digest))


def _messages(session: Session, ticket_id: int) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.ticket_id == ticket_id).with_for_update()))


def _drop_attachments(session: Session, message_ids: list[int]) -> list[str]:
    digests = list(
        session.scalars(select(MessageAttachment.sha256).where(MessageAttachment.message_id.in_(message_ids)))
    )
    session.execute(delete(MessageAttachment).where(MessageAttachment.message_id.in_(message_ids)))
    return digests


def _unindex(session: Session, message: Message) -> None:
    """Out of the search index before its text changes, unless an earlier purge blanked it already:
    SQLite's contentless index takes the values indexed, and deleting what it does not hold breaks it."""
    if message.subject or message.from_name or message.from_address or message.body_text:
        search.unindex_message(session, message)


def anonymise_ticket(session: Session, ticket: Ticket) -> None:
    messages = _messages(session, ticket.id)
    digests = [m.raw_sha256 for m in messages]
    for message in messages:
        _unindex(session, message)
        message.from_address = message.from_name = ""
        message.to_addresses, message.cc_addresses, message.headers, message.defects = [], [], [], []
        message.subject, message.body_text, message.body_html = "", "", None
        message.bounce, message.raw_sha256 = None, None
        message.origin = message.phone_number = message.recording_ref = ""
        # The threading keys to other mail go; the message's own Message-ID stays, as the import's
        # duplicate check: blanked, a mailbox fetched again would bring the purged mail back whole. A
        # reply to it still joins this ticket, and the next purge takes that new mail (purge._purged).
        message.in_reply_to, message.references = None, []
    digests += _drop_attachments(session, [m.id for m in messages])
    ticket.subject, ticket.from_address, ticket.from_name, ticket.person_id = REDACTED, "", "", None
    ticket.attachments_not_stored = 0
    session.flush()
    _drop_unused_blobs(session, digests)


def delete_ticket(session: Session, ticket: Ticket) -> None:
    messages = _messages(session, ticket.id)
    ids = [m.id for m in messages]
    digests = [m.raw_sha256 for m in messages]
    for message in messages:
        _unindex(session, message)
    digests += _drop_attachments(session, ids)
    # Tickets that point at this one (merged into it, possibly related to it) lose the pointer only.
    session.execute(update(Ticket).where(Ticket.merged_into_id == ticket.id).values(merged_into_id=None))
    session.execute(
        update(Ticket).where(Ticket.possibly_related_to_id == ticket.id).values(possibly_related_to_id=None)
    )
    session.execute(
        delete(TicketMerge).where((TicketMerge.source_id == ticket.id) | (TicketMerge.target_id == ticket.id))
    )
    session.execute(delete(IncidentTicket).where(IncidentTicket.ticket_id == ticket.id))
    session.execute(delete(Message).where(Message.ticket_id == ticket.id))
    session.delete(ticket)
    session.flush()
    _drop_unused_blobs(session, digests)


def anonymise_case(session: Session, case: Case) -> None:
    digests = list(session.scalars(select(CaseAttachment.sha256).where(CaseAttachment.case_id == case.id)))
    session.execute(delete(CaseAttachment).where(CaseAttachment.case_id == case.id))
    for event in session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)):
        event.text, event.params = "", _blank_params(event.params)
    session.execute(update(CaseTask).where(CaseTask.case_id == case.id).values(title=REDACTED))
    session.execute(update(CasePause).where(CasePause.case_id == case.id).values(note=""))
    case.agent_name = case.agent_contact = case.requested_items = case.delivery_note = ""
    case.identity_documents, case.identity_note, case.identity_override_reason = [], "", ""
    case.explanation = case.correction_details = ""
    case.systems_notified = []
    session.flush()
    _drop_unused_blobs(session, digests)


def forget_person_if_unused(session: Session, person_id: int | None) -> bool:
    """Blank the person a purged record named once no ticket or case refers to them any more; True
    when it did. A case keeps its `person_id` (the column is required, migration 0003): it then names
    a blank person. Whether a person is still in use is read under the purge's lock of the record."""
    if person_id is None:
        return False
    used = session.scalar(
        select(
            exists().where(Ticket.person_id == person_id)
            | exists().where(Case.person_id == person_id, ~Case.id.in_(_purged_case_ids(session, person_id)))
        )
    )
    person = session.get(Person, person_id, with_for_update=True)
    if used or person is None or person.name == REDACTED:
        return False
    person.name, person.name_kana, person.email, person.phone, person.address = REDACTED, "", "", "", ""
    session.flush()
    return True


def _purged_case_ids(session: Session, person_id: int) -> list[int]:
    """The person's cases already anonymised (their texts blank): these no longer need the person."""
    return list(
        session.scalars(
            select(Case.id).where(
                Case.person_id == person_id,
                exists().where(RetentionPurged.kind == "cases", RetentionPurged.ref == Case.ref),
            )
        )
    )


def _blank_params(params: dict[str, object]) -> dict[str, object]:
    """A timeline sentence's placeholders with every plain text blanked (a requester's name, a file's
    or a task's title); the sentence still reads, and typed values (an enum, a date, an amount) stay."""
    return {
        key: REDACTED if isinstance(value, str) and key != "amount" else value
        for key, value in params.items()
    }


def anonymise_incident(session: Session, incident: Incident) -> None:
    digests = list(
        session.scalars(select(IncidentEvidence.sha256).where(IncidentEvidence.incident_id == incident.id))
    )
    session.execute(delete(IncidentEvidence).where(IncidentEvidence.incident_id == incident.id))
    session.execute(update(IncidentNotice).where(IncidentNotice.incident_id == incident.id).values(note=""))
    incident.reported_by = incident.data_items = incident.response_to_persons = ""
    incident.secondary_damage = incident.other = incident.contractors = ""
    session.flush()
    _drop_unused_blobs(session, digests)
