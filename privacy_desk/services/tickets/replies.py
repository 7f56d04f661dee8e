"""Replies from templates: a draft to edit, then an .eml for the user's mail client, logged in the thread.

The .eml carries `X-Unsent: 1`, so Outlook and Thunderbird open it as a message ready to send. Japanese
text that fits ISO-2022-JP (JIS X 0208) is sent in it, as Japanese mail traditionally is; anything else
(①, ～, 髙 …) goes as UTF-8 rather than being damaged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from email import policy as email_policy
from email.charset import Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.reply_templates import DESK_ADDRESS, DESK_NAME, REPLY_LANGUAGES, ReplyTemplate, fill
from privacy_desk.domain.tickets import MessageKind, TicketStatus, tag_subject
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets.messages import add_message, new_message_id
from privacy_desk.services.tickets.policy import TicketPolicy
from privacy_desk.services.tickets.store import get_ticket, snapshot
from privacy_desk.storage.models import Message, Person, Ticket

JAPANESE_MAIL_CHARSET = "iso-2022-jp"


@dataclass(frozen=True)
class ReplyDraft:
    """What the reply editor shows and the user may change before it is logged."""

    ticket_id: int
    language: str
    to: tuple[str, ...]
    subject: str
    body: str
    cc: tuple[str, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    template: ReplyTemplate | None = None


@dataclass(frozen=True)
class LoggedReply:
    message_id: int  # the thread entry
    eml: bytes  # to save as .eml or hand to the mail client


def requester_name(session: Session, ticket: Ticket) -> str:
    if ticket.person_id is not None:
        person = session.get(Person, ticket.person_id)
        if person is not None and person.name.strip():
            return person.name
    return ticket.from_name


def requester_address(session: Session, ticket: Ticket) -> str:
    if ticket.from_address:
        return ticket.from_address
    if ticket.person_id is not None:
        person = session.get(Person, ticket.person_id)
        if person is not None:
            return person.email
    return ""


def draft(session: Session, ticket_id: int, template: ReplyTemplate, language: str) -> ReplyDraft:
    if language not in REPLY_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "No reply templates in the language {language}."), language=language
        )
    ticket = get_ticket(session, ticket_id)
    filled = fill(template, language, name=requester_name(session, ticket), ref=ticket.ref)
    last_in = session.scalars(
        select(Message)
        .where(Message.ticket_id == ticket.id, Message.kind == MessageKind.CORRESPONDENCE_IN)
        .order_by(Message.id.desc())
        .limit(1)
    ).first()
    address = requester_address(session, ticket)
    references: list[str] = []
    if last_in is not None:
        # RFC 5322 3.6.4: the parent's References, else its In-Reply-To, then the parent itself.
        references = list(last_in.references or ()) or ([last_in.in_reply_to] if last_in.in_reply_to else [])
        references.append(last_in.message_id)
    return ReplyDraft(
        ticket_id=ticket.id,
        language=language,
        to=(str(Address(display_name=" ".join(requester_name(session, ticket).split()), addr_spec=address)),)
        if address
        else (),
        subject=tag_subject(filled.subject, ticket.ref),
        body=filled.body,
        in_reply_to=last_in.message_id if last_in else None,
        references=tuple(references[-20:]),
        template=template,
    )


def _fits_iso_2022_jp(*texts: str) -> bool:
    try:
        for text in texts:
            text.encode(JAPANESE_MAIL_CHARSET)
    except UnicodeEncodeError:
        return False
    return True


def _address_header(addresses: tuple[str, ...], charset: str) -> str:
    return ", ".join(
        formataddr((name, address), charset=charset) for name, address in getaddresses(addresses)
    )


def build_eml(reply: ReplyDraft, *, ref: str, message_id: str, sent_at: datetime, office_tz: tzinfo) -> bytes:
    from_name = DESK_NAME.get(reply.language, DESK_NAME["en"])
    names = [name for name, _ in getaddresses([*reply.to, *reply.cc])]
    if reply.language == "ja" and _fits_iso_2022_jp(reply.subject, reply.body, from_name, *names):
        message = EmailMessage(policy=email_policy.compat32)
        subject = Header(charset=JAPANESE_MAIL_CHARSET)
        tag = f"[{ref}] "
        if reply.subject.startswith(tag):
            subject.append(tag, "us-ascii")
            subject.append(reply.subject[len(tag) :], JAPANESE_MAIL_CHARSET)
        else:
            subject.append(reply.subject, JAPANESE_MAIL_CHARSET)
        message["From"] = formataddr((from_name, DESK_ADDRESS), charset=JAPANESE_MAIL_CHARSET)
        message["To"] = _address_header(reply.to, JAPANESE_MAIL_CHARSET)
        if reply.cc:
            message["Cc"] = _address_header(reply.cc, JAPANESE_MAIL_CHARSET)
        message["Subject"] = subject
        _common_headers(message, reply, message_id, sent_at, office_tz)
        message["MIME-Version"] = "1.0"
        message.set_payload(reply.body.replace("\r\n", "\n"), charset=Charset(JAPANESE_MAIL_CHARSET))
        return message.as_bytes(policy=email_policy.compat32.clone(linesep="\r\n"))
    message = EmailMessage(policy=email_policy.SMTP)
    message["From"] = formataddr((from_name, DESK_ADDRESS))
    message["To"] = ", ".join(reply.to)
    if reply.cc:
        message["Cc"] = ", ".join(reply.cc)
    message["Subject"] = reply.subject
    _common_headers(message, reply, message_id, sent_at, office_tz)
    message.set_content(reply.body, charset="utf-8")
    return message.as_bytes()


def _common_headers(
    message: EmailMessage, reply: ReplyDraft, message_id: str, sent_at: datetime, office_tz: tzinfo
) -> None:
    message["Date"] = format_datetime(sent_at.astimezone(office_tz))
    message["Message-ID"] = f"<{message_id}>"
    if reply.in_reply_to:
        message["In-Reply-To"] = f"<{reply.in_reply_to}>"
    if reply.references:
        message["References"] = " ".join(f"<{reference}>" for reference in reply.references)
    message["X-Unsent"] = "1"


def check_reply(reply: ReplyDraft) -> None:
    if not reply.to:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the address the reply goes to."))
    if not reply.body.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The reply is empty."))


@dataclass(frozen=True)
class OutgoingRecord:
    """What went out (or was handed to the mail client), as the thread keeps it."""

    message_id: str  # the Message-ID, without angle brackets: a reply to it threads back by In-Reply-To
    subject: str
    from_address: str
    from_name: str
    sent_at: datetime
    raw: bytes


def record_outgoing(
    work: Work,
    policy: TicketPolicy,
    reply: ReplyDraft,
    record: OutgoingRecord,
    *,
    action: str,
    **audited: object,
) -> Message:
    """The outgoing message in the ticket's thread, the first response set, a new ticket opened and the
    audit entry `action` (with `audited` beside the ticket's snapshot), in the caller's unit of work."""
    session = work.session
    ticket = get_ticket(session, reply.ticket_id, lock=True)
    before = snapshot(ticket)
    addresses = tuple(address for _, address in getaddresses(reply.to) if address)
    copies = tuple(address for _, address in getaddresses(reply.cc) if address)
    message = add_message(
        session,
        policy,
        ticket,
        kind=MessageKind.CORRESPONDENCE_OUT,
        message_id=record.message_id,
        outgoing=True,
        subject=record.subject,
        body_text=reply.body,
        from_address=record.from_address,
        from_name=record.from_name,
        to=addresses,
        cc=copies,
        sent_at=record.sent_at,
        in_reply_to=reply.in_reply_to,
        references=reply.references,
        raw=record.raw,
        author_id=work.actor.id,
    )
    if ticket.first_responded_at is None:
        ticket.first_responded_at = record.sent_at
    if ticket.status == TicketStatus.NEW:
        ticket.status = TicketStatus.OPEN
    work.audit(
        "ticket",
        ticket.id,
        action,
        before=before,
        after={
            **snapshot(ticket),
            "message": message.id,
            "template": reply.template.value if reply.template else None,
            "language": reply.language,
            "to": list(addresses),
            **audited,
        },
    )
    return message


def log_reply(work: Work, policy: TicketPolicy, reply: ReplyDraft) -> LoggedReply:
    """A reply the user sends from their own mail client: logged, and its .eml to hand over."""
    check_reply(reply)
    ticket = get_ticket(work.session, reply.ticket_id)
    now = datetime.now(UTC)
    message_id = new_message_id(DESK_ADDRESS.split("@", 1)[1])
    eml = build_eml(reply, ref=ticket.ref, message_id=message_id, sent_at=now, office_tz=policy.office_tz)
    from_name = DESK_NAME.get(reply.language, DESK_NAME["en"])
    record = OutgoingRecord(message_id, reply.subject, DESK_ADDRESS, from_name, now, eml)
    message = record_outgoing(work, policy, reply, record, action="reply")
    return LoggedReply(message.id, eml)
