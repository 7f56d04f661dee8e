"""The composer's first text: a reply to the ticket's last incoming mail (or a new mail on a ticket that
has none, such as one logged from a call), in the reply's language, as it will go out.

The body is the whole mail — the template's reply, the staff member's signature after "-- " and the
quoted original (docs/ARCHITECTURE.md §11) — so the user sees and edits exactly what is sent; `compose`
then adds neither again. To and Cc come from the ticket: the requester, and whoever else the last mail
was copied to except the desk itself.
"""

from __future__ import annotations

from datetime import tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.reply_templates import DESK_ADDRESS, REPLY_LANGUAGES, ReplyTemplate
from privacy_desk.domain.tickets import MessageKind, tag_subject
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.mail.compose import (
    SIGNATURE_SEPARATOR,
    Desk,
    Original,
    quoted,
    references_for,
    reply_subject,
)
from privacy_desk.mail.templates import reply_text
from privacy_desk.services.tickets.replies import ReplyDraft, requester_address, requester_name
from privacy_desk.services.tickets.store import get_ticket
from privacy_desk.storage.models import Message


def last_incoming(session: Session, ticket_id: int) -> Message | None:
    return session.scalars(
        select(Message)
        .where(Message.ticket_id == ticket_id, Message.kind == MessageKind.CORRESPONDENCE_IN)
        .order_by(Message.id.desc())
        .limit(1)
    ).first()


def original_of(message: Message) -> Original:
    return Original.of(message)


def _mailbox(name: str, address: str) -> str:
    from email.headerregistry import Address

    return str(Address(display_name=" ".join(name.split()), addr_spec=address))


def _copies(message: Message, *, skip: set[str]) -> tuple[str, ...]:
    """The last mail's other addressees (its To beyond the desk, and its Cc): a reply to all."""
    seen = set(skip)
    copies = []
    for address in [*(message.to_addresses or ()), *(message.cc_addresses or ())]:
        if address and address.lower() not in seen:
            seen.add(address.lower())
            copies.append(address)
    return tuple(copies)


def compose_draft(
    session: Session,
    ticket_id: int,
    template: ReplyTemplate,
    language: str,
    *,
    desk: Desk,
    signature: str,
    office_tz: tzinfo,
    new_mail: bool = False,
) -> ReplyDraft:
    """The draft the composer opens with; `new_mail`: no reply to the last mail even when there is one."""
    if language not in REPLY_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "No reply templates in the language {language}."), language=language
        )
    ticket = get_ticket(session, ticket_id)
    name = requester_name(session, ticket)
    text = reply_text(template, language, name=name, ref=ticket.ref, desk=desk.name)
    parent = None if new_mail else last_incoming(session, ticket.id)
    address = requester_address(session, ticket)
    to = (_mailbox(name, address),) if address else ()
    parts = [text.body.rstrip("\n")]
    if signature.strip():
        parts.append(f"{SIGNATURE_SEPARATOR}\n{signature.strip(chr(10))}")
    if parent is None:
        return ReplyDraft(
            ticket_id=ticket.id,
            language=language,
            to=to,
            subject=tag_subject(text.subject, ticket.ref),
            body="\n\n".join(parts) + "\n",
            template=template,
        )
    original = original_of(parent)
    if original.body_text.strip():
        parts.append(quoted(language, original, office_tz))
    desk_addresses = {desk.address.lower(), DESK_ADDRESS, address.lower()}
    return ReplyDraft(
        ticket_id=ticket.id,
        language=language,
        to=to,
        cc=_copies(parent, skip=desk_addresses),
        subject=reply_subject(parent.subject or ticket.subject, ticket.ref),
        body="\n\n".join(parts) + "\n",
        in_reply_to=parent.message_id,
        references=references_for(original),
        template=template,
    )


__all__ = ["compose_draft", "last_incoming", "original_of"]
