"""What the mail parsers hand out: frozen dataclasses for a parsed message and its attachments, and the
stable id given to a message that has none."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from privacy_desk.intake.bounces import Bounce

__all__ = ["Attachment", "ParsedMessage", "derived_message_id"]

DERIVED_ID_DOMAIN = "privacy-desk.invalid"


MAX_DEPTH = 40  # MIME nesting deeper than this is not walked (it is never legitimate)


@dataclass(frozen=True)
class Attachment:
    filename: str  # a safe base name: no directories, no control or bidi characters, never empty
    content_type: str  # lower-case type/subtype as declared
    data: bytes  # transfer encoding removed
    size: int
    sha256: str  # hex

    @classmethod
    def of(cls, filename: str, content_type: str, data: bytes) -> Attachment:
        return cls(filename, content_type, data, len(data), hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str  # without angle brackets; "derived-<sha256>@privacy-desk.invalid" when missing
    in_reply_to: str | None
    references: tuple[str, ...]
    from_address: str
    from_name: str
    to: tuple[str, ...]  # addresses
    cc: tuple[str, ...]
    subject: str
    sent_at: datetime | None  # aware, UTC; None when Date is missing or unreadable
    body_text: str  # plain text to show (for HTML-only mail the safe text of the HTML)
    body_html: str | None  # the HTML body as sent, for "view original"; None when there is none
    attachments: tuple[Attachment, ...]
    headers: tuple[tuple[str, str], ...]  # decoded, in order, for the detail pane
    raw: bytes
    defects: tuple[str, ...]  # what was repaired or guessed
    bounce: Bounce | None = None  # set when the message reports that one of ours was not delivered


def derived_message_id(raw: bytes) -> str:
    """A stable id for a message without one: the SHA-256 of its bytes, with line endings made LF and
    trailing white space dropped, so the same mail read from IMAP (CRLF), an .eml or an mbox (LF) gets
    the same id and a re-import finds it."""
    normal = raw.replace(b"\r\n", b"\n").rstrip()
    return f"derived-{hashlib.sha256(normal).hexdigest()}@{DERIVED_ID_DOMAIN}"
