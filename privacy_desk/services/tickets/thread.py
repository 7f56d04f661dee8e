"""One ticket with its thread, as the Inbox's ticket page shows it (rows are plain frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from privacy_desk.domain.tickets import MessageKind
from privacy_desk.services.tickets.messages import BounceRow
from privacy_desk.services.tickets.queries import TicketListRow, rows_by_id
from privacy_desk.storage.models import Message, MessageAttachment, Ticket, TicketMerge, User


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    stored: bool


@dataclass(frozen=True)
class MessageRow:
    id: int
    message_id: str
    kind: MessageKind
    from_address: str
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    sent_at: datetime | None
    created_at: datetime
    body_text: str
    body_html: str | None
    headers: tuple[tuple[str, str], ...]
    defects: tuple[str, ...]
    attachments: tuple[AttachmentRow, ...]
    has_raw: bool
    origin: str
    author_name: str | None
    phone_number: str
    duration_seconds: int | None
    recording_ref: str
    in_reply_to: str | None
    references: tuple[str, ...]
    bounce: BounceRow | None = None  # kind "bounce": what the delivery failure reports


@dataclass(frozen=True)
class TicketDetail:
    ticket: TicketListRow
    messages: tuple[MessageRow, ...]
    merged_into_ref: str | None = None
    merged_from: tuple[str, ...] = ()  # refs of tickets merged into this one (undoable)
    possibly_related: tuple[str, ...] = field(default=())  # refs of tickets marked related to this one


def detail(session: Session, ticket: Ticket, *, today: date) -> TicketDetail:
    (row,) = rows_by_id(session, [ticket.id], today=today)
    author = aliased(User)
    moment = func.coalesce(Message.sent_at, Message.created_at)
    messages = session.execute(
        select(Message, author.display_name, Message.raw_sha256.is_not(None))
        .outerjoin(author, author.id == Message.author_id)
        .where(Message.ticket_id == ticket.id)
        .order_by(moment, Message.id)
    ).all()
    attachments: dict[int, list[AttachmentRow]] = {}
    if messages:
        for a in session.scalars(
            select(MessageAttachment)
            .where(MessageAttachment.message_id.in_([m.id for m, _, _ in messages]))
            .order_by(MessageAttachment.message_id, MessageAttachment.position)
        ):
            attachments.setdefault(a.message_id, []).append(
                AttachmentRow(a.id, a.filename, a.content_type, a.size, a.sha256, a.stored)
            )
    merged_into = (
        session.scalar(select(Ticket.ref).where(Ticket.id == ticket.merged_into_id))
        if ticket.merged_into_id
        else None
    )
    merged_from = tuple(
        session.scalars(
            select(Ticket.ref)
            .join(TicketMerge, TicketMerge.source_id == Ticket.id)
            .where(TicketMerge.target_id == ticket.id, TicketMerge.undone_at.is_(None))
            .order_by(TicketMerge.id)
        )
    )
    related = tuple(
        session.scalars(
            select(Ticket.ref).where(Ticket.possibly_related_to_id == ticket.id).order_by(Ticket.id)
        )
    )
    return TicketDetail(
        ticket=row,
        messages=tuple(
            _message_row(m, name, has_raw, attachments.get(m.id, [])) for m, name, has_raw in messages
        ),
        merged_into_ref=merged_into,
        merged_from=merged_from,
        possibly_related=related,
    )


def _message_row(
    m: Message, author_name: str | None, has_raw: bool, attachments: list[AttachmentRow]
) -> MessageRow:
    return MessageRow(
        id=m.id,
        message_id=m.message_id,
        kind=MessageKind(m.kind),
        from_address=m.from_address,
        from_name=m.from_name,
        to=tuple(m.to_addresses or ()),
        cc=tuple(m.cc_addresses or ()),
        subject=m.subject,
        sent_at=m.sent_at,
        created_at=m.created_at,
        body_text=m.body_text,
        body_html=m.body_html,
        headers=tuple((str(k), str(v)) for k, v in (m.headers or ())),
        defects=tuple(m.defects or ()),
        attachments=tuple(attachments),
        has_raw=bool(has_raw),
        origin=m.origin,
        author_name=author_name,
        phone_number=m.phone_number,
        duration_seconds=m.duration_seconds,
        recording_ref=m.recording_ref,
        in_reply_to=m.in_reply_to,
        references=tuple(m.references or ()),
        bounce=BounceRow.of(m.bounce),
    )
