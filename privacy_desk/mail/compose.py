"""A reply or a new mail from the desk as an `email.message.EmailMessage`, ready for SMTP.

Threading: the subject carries the ticket tag `[PD-YYYY-NNNNNN]` that the import recognises
(`domain.tickets.subject_tags`), after one "Re: " for a reply; In-Reply-To and References follow
RFC 5322 §3.6.4, so a reply to our reply joins the same ticket by its headers, and by the tag when a
client drops them.

Charset: UTF-8, body in base64. ISO-2022-JP was the convention for Japanese mail while clients (above
all the carriers' feature phones, whose 3G networks are now switched off) could read nothing else;
every current client reads UTF-8, and ISO-2022-JP (JIS X 0208) cannot carry what requesters write and
the quoted original repeats — ①, 髙, emoji. Base64 keeps the message 7-bit for any relay and is a third
the size of quoted-printable for Japanese text.

Layout: the reply, then the signature after the RFC 3676 separator "-- ", then the quoted original, as
Japanese business mail places them (the answer first). A client that trims the signature when quoting
our mail trims the older quote with it, which keeps a long exchange short.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from typing import Protocol

from privacy_desk.domain.tickets import subject_tags, tag_subject
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.mail.templates import quote_header

__all__ = [
    "MAX_REFERENCES",
    "Desk",
    "Original",
    "Outgoing",
    "compose",
    "message_id_of",
    "new_message_id",
    "parse_addresses",
    "quoted",
    "references_for",
    "reply_subject",
]

SIGNATURE_SEPARATOR = "-- "
MAX_REFERENCES = 20  # the thread's first message and the newest ones: enough for every client to thread

# 7-bit output: the stdlib then encodes non-ASCII headers as RFC 2047 words and picks base64 or
# quoted-printable for a body; ``compose`` asks for base64 itself.
MAIL_POLICY = email_policy.SMTP.clone(cte_type="7bit")

# "Re:" as clients write it: Re: RE: Re[2]: Re^2: AW: (German) SV: (Nordic) 返信: and full-width Ｒｅ：.
_REPLY_PREFIX = re.compile(
    r"^\s*(?:re|ｒｅ|aw|sv|antw|返信)\s*(?:\[\d+\]|［\d+］|\^\d+)?\s*[:：]\s*", re.IGNORECASE
)
_LEADING_TAG = re.compile(r"^\s*[\[［]([^\]］]{1,40})[\]］]\s*")


@dataclass(frozen=True)
class Desk:
    """Who the mail is from: the desk's address (the office setting) and its name in the reply's language."""

    address: str
    name: str = ""

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2] or "privacy-desk.invalid"


class MessageLike(Protocol):
    """A parsed message (intake) or a stored one (storage): what a reply needs of it."""

    @property
    def message_id(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def from_name(self) -> str: ...
    @property
    def from_address(self) -> str: ...
    @property
    def sent_at(self) -> datetime | None: ...
    @property
    def body_text(self) -> str: ...
    @property
    def in_reply_to(self) -> str | None: ...
    @property
    def references(self) -> Sequence[str] | None: ...


@dataclass(frozen=True)
class Original:
    """The message a reply answers, as far as the reply needs it."""

    message_id: str  # without angle brackets
    subject: str = ""
    from_name: str = ""
    from_address: str = ""
    sent_at: datetime | None = None  # aware
    body_text: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()

    @classmethod
    def of(cls, message: MessageLike) -> Original:
        """From a parsed message or a stored one (the same field names; a stored message's references
        are a list)."""
        fields = ("message_id", "subject", "from_name", "from_address", "sent_at", "body_text", "in_reply_to")
        return cls(
            **{name: getattr(message, name) for name in fields},
            references=tuple(message.references or ()),
        )


@dataclass(frozen=True)
class Outgoing:
    """What the staff member wrote: the mail to send, before it becomes a message."""

    language: str  # the reply's: "ja" or "en"
    ref: str  # the ticket reference the subject is tagged with
    to: tuple[str, ...]  # "Name <address>" or a bare address
    subject: str
    body: str
    cc: tuple[str, ...] = ()
    original: Original | None = None  # None: a new mail, not a reply
    signature: str = ""  # the staff member's; empty: none
    quote_original: bool = True


def new_message_id(domain: str) -> str:
    """A fresh Message-ID on the desk's domain, without angle brackets (as the import stores ids)."""
    return f"pd.{uuid.uuid4().hex}@{domain}"


def _strip_leading_tag(subject: str, ref: str) -> str | None:
    match = _LEADING_TAG.match(subject)
    if match and subject_tags(f"[{match.group(1)}]") == [ref]:
        return subject[match.end() :]
    return None


def reply_subject(subject: str, ref: str) -> str:
    """ "Re: [ref] subject": whatever reply prefixes and copies of this ticket's tag the subject starts
    with are taken off first, so replying to a reply never gives "Re: Re:" or two tags."""
    text = " ".join(subject.split())
    while True:
        match = _REPLY_PREFIX.match(text)
        if match:
            text = text[match.end() :]
            continue
        untagged = _strip_leading_tag(text, ref)
        if untagged is None:
            break
        text = untagged
    return f"Re: {tag_subject(text, ref)}".rstrip()


def references_for(original: Original) -> tuple[str, ...]:
    """RFC 5322 §3.6.4: the parent's References (or, without them, its In-Reply-To) and then the
    parent's own Message-ID; when long, the thread's first id and the newest ones are kept."""
    chain = list(original.references) or ([original.in_reply_to] if original.in_reply_to else [])
    chain = [*dict.fromkeys(item for item in chain if item and item != original.message_id)]
    chain.append(original.message_id)
    if len(chain) > MAX_REFERENCES:
        chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
    return tuple(chain)


def quoted(language: str, original: Original, office_tz: tzinfo) -> str:
    """The original under its "… wrote:" line, every line prefixed "> " (">" alone when empty)."""
    sent_at = original.sent_at.astimezone(office_tz) if original.sent_at else None
    header = quote_header(language, sent_at=sent_at, name=original.from_name, address=original.from_address)
    lines = _lines(original.body_text.rstrip())
    return "\n".join([header, *(f"> {line}" if line else ">" for line in lines)])


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _body(outgoing: Outgoing, office_tz: tzinfo) -> str:
    parts = ["\n".join(line.rstrip() for line in _lines(outgoing.body.strip("\n")))]
    signature = outgoing.signature.strip("\n")
    if signature.strip():
        signature_lines = _lines(signature)
        if signature_lines[0].rstrip() in ("--", SIGNATURE_SEPARATOR):
            signature_lines = signature_lines[1:]
        parts.append("\n".join([SIGNATURE_SEPARATOR, *signature_lines]))
    if outgoing.original is not None and outgoing.quote_original and outgoing.original.body_text.strip():
        parts.append(quoted(outgoing.language, outgoing.original, office_tz))
    return "\n\n".join(parts) + "\n"


def parse_addresses(values: Sequence[str]) -> list[Address]:
    """Addresses as typed ("Name <address>" or bare), checked: InvalidInput for one that is not."""
    result = []
    for value in values:
        if any(char in value for char in "\r\n\0"):
            raise _bad_address(value)
        for name, address in getaddresses([value]):
            local, at, domain = address.partition("@")
            if not (local and at and domain) or any(c.isspace() for c in address):
                raise _bad_address(value)
            result.append(Address(display_name=" ".join(name.split()), addr_spec=address))
    return result


def _bad_address(value: str) -> InvalidInput:
    return InvalidInput(QT_TRANSLATE_NOOP("Errors", "Not a mail address: {address}"), address=value.strip())


def _check(outgoing: Outgoing) -> None:
    if not outgoing.to:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the address the reply goes to."))
    if not outgoing.body.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The reply is empty."))
    if any(char in outgoing.subject for char in "\r\n\0"):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The subject must be a single line."))


def compose(
    outgoing: Outgoing, desk: Desk, *, now: datetime, office_tz: tzinfo, message_id: str | None = None
) -> EmailMessage:
    """The message to send. `now` is aware; the Date is written in the office's time zone."""
    _check(outgoing)
    message = EmailMessage(policy=MAIL_POLICY)
    message["From"] = Address(display_name=desk.name, addr_spec=desk.address)
    message["To"] = parse_addresses(outgoing.to)
    if outgoing.cc:
        message["Cc"] = parse_addresses(outgoing.cc)
    original = outgoing.original
    if original is not None:
        message["Subject"] = reply_subject(outgoing.subject, outgoing.ref)
    else:
        message["Subject"] = tag_subject(" ".join(outgoing.subject.split()), outgoing.ref)
    message["Date"] = format_datetime(now.astimezone(office_tz))
    message["Message-ID"] = f"<{message_id or new_message_id(desk.domain)}>"
    if original is not None:
        message["In-Reply-To"] = f"<{original.message_id}>"
        message["References"] = " ".join(f"<{item}>" for item in references_for(original))
    body = _body(outgoing, office_tz)
    message.set_content(body, charset="utf-8", cte=None if body.isascii() else "base64")
    message["Content-Language"] = outgoing.language  # after set_content, which drops Content-* headers
    return message


def message_id_of(message: EmailMessage) -> str:
    """The Message-ID of a composed message, without angle brackets."""
    return str(message["Message-ID"]).strip().strip("<>")
