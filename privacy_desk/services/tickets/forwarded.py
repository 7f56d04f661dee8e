"""A forwarded message (a message/rfc822 attachment) read for the reading pane: its sender, date,
subject and text, and its own files, parsed from the stored attachment as an arriving mail is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.storage.models import Blob, MessageAttachment

# What a mail client attaches a forwarded message as (RFC 2046 §5.2.1; RFC 6532 for message/global).
FORWARDED_TYPES = frozenset({"message/rfc822", "message/global"})


@dataclass(frozen=True)
class ForwardedFile:
    filename: str
    content_type: str
    size: int
    data: bytes  # the reading pane opens it through the page's Files seam


@dataclass(frozen=True)
class ForwardedMessage:
    attachment_id: int  # the forwarded message's attachment in the outer mail
    from_name: str
    from_address: str
    sent_at: datetime | None
    subject: str
    body_text: str
    files: tuple[ForwardedFile, ...]
    defects: tuple[str, ...]


def is_forwarded(content_type: str) -> bool:
    return content_type.lower() in FORWARDED_TYPES


def read_forwarded(session: Session, attachment_id: int) -> ForwardedMessage:
    """The forwarded message an attachment holds; NotFound or InvalidInput (translated) otherwise."""
    from privacy_desk.intake.parse import parse_message  # the email package loads on first use

    attachment = session.get(MessageAttachment, attachment_id)
    if attachment is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No attachment with id {id}."), id=attachment_id)
    if not is_forwarded(attachment.content_type):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The attachment {name} is no forwarded message."),
            name=attachment.filename,
        )
    blob = session.get(Blob, attachment.sha256) if attachment.stored else None
    if blob is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The forwarded message {name} was larger than the office's limit and not stored."
            ),
            name=attachment.filename,
        )
    parsed = parse_message(blob.data)
    return ForwardedMessage(
        attachment_id=attachment.id,
        from_name=parsed.from_name,
        from_address=parsed.from_address,
        sent_at=parsed.sent_at,
        subject=parsed.subject,
        body_text=parsed.body_text,
        files=tuple(ForwardedFile(a.filename, a.content_type, a.size, a.data) for a in parsed.attachments),
        defects=parsed.defects,
    )
