"""Parsing RFC 5322 mail: bytes in, the plain frozen dataclasses of ``messages`` out.

``parse_message`` takes RFC 5322 bytes as they came from IMAP, an .eml or an mbox, and never raises:
the stdlib's ``BytesParser`` (compat32 policy, so it keeps the raw bytes) splits the MIME structure, and
everything Japanese mail gets wrong is decoded here (see ``charsets`` and ``headers``; the MIME parts in
``mime_parts``). Whatever was repaired or guessed is listed in ``ParsedMessage.defects`` for diagnostics.

Outlook .msg files are read by ``outlook``.
"""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import compat32

from privacy_desk.intake.addresses import parse_address_list
from privacy_desk.intake.body_limits import fit_body, fit_html
from privacy_desk.intake.body_text import text_clean
from privacy_desk.intake.bounces import read_bounce
from privacy_desk.intake.charsets import decode_text
from privacy_desk.intake.headers import (
    decode_header,
    header_name,
    header_text,
)
from privacy_desk.intake.mail_dates import parse_date
from privacy_desk.intake.message_ids import parse_msgid, parse_msgid_list
from privacy_desk.intake.messages import ParsedMessage, derived_message_id
from privacy_desk.intake.mime_parts import MimeBody, whole_body

__all__ = ["parse_message"]


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse RFC 5322 bytes. Never raises on any bytes: in the worst case the fields are empty and
    ``defects`` says why. (A non-bytes argument is a programming error and raises TypeError.)"""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"parse_message needs bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    try:
        return _parse(raw)
    except Exception as exc:  # RecursionError, a stdlib bug on hostile input, ...
        return _unparsed(raw, f"parser failed: {type(exc).__name__}: {exc}"[:200])


def _unparsed(raw: bytes, reason: str) -> ParsedMessage:
    try:
        body = decode_text(raw, None, [], "message")
        body = text_clean(body.replace("\r\n", "\n"))
    except Exception:
        body = ""
    return ParsedMessage(
        message_id=derived_message_id(raw),
        in_reply_to=None,
        references=(),
        from_address="",
        from_name="",
        to=(),
        cc=(),
        subject="",
        sent_at=None,
        body_text=body,
        body_html=None,
        attachments=(),
        headers=(),
        raw=raw,
        defects=(reason,),
    )


# --- RFC 5322 messages ----------------------------------------------------------------------------


def _parse(raw: bytes) -> ParsedMessage:
    defects: list[str] = []
    message = BytesParser(policy=compat32).parsebytes(raw)
    headers: list[tuple[str, str]] = []
    first: dict[str, str] = {}
    for name, value in message.raw_items():
        name = header_name(name)
        headers.append((name, decode_header(value, defects, name)))
        first.setdefault(name.lower(), value)
    decoded: dict[str, str] = {}
    for name, value in headers:
        decoded.setdefault(name.lower(), value)

    message_id = parse_msgid(header_text(first.get("message-id", ""), defects, "Message-ID"))
    if not message_id:
        message_id = derived_message_id(raw)
        defects.append("Message-ID: missing; derived from the message bytes")
    in_reply_to = parse_msgid(header_text(first.get("in-reply-to", ""), defects, "In-Reply-To"))
    references = parse_msgid_list(header_text(first.get("references", ""), defects, "References"))

    from_name, from_address = _sender(first, defects)
    to = header_addresses(first.get("to"), defects, "To")
    cc = header_addresses(first.get("cc"), defects, "Cc")
    subject = decoded.get("subject", "")
    sent_at = parse_date(first.get("date") and header_text(first["date"], defects, "Date"), defects)

    body = MimeBody(defects)
    body.walk(message)
    body_text = fit_body(body.text(), body.cut)
    bounce = read_bounce(message, from_address, defects)
    return ParsedMessage(
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        from_address=from_address,
        from_name=from_name,
        to=to,
        cc=cc,
        subject=subject,
        sent_at=sent_at,
        body_text=body_text,
        body_html=fit_html(body.html),
        attachments=(*body.attachments, *whole_body(body.cut)),
        headers=tuple(headers),
        raw=raw,
        defects=tuple(dict.fromkeys([*defects, *body.cut.notes])),
        bounce=bounce,
    )


def _sender(first: dict[str, str], defects: list[str]) -> tuple[str, str]:
    for key in ("from", "sender", "reply-to"):
        if key in first:
            text = header_text(first[key], defects, key.title())
            mailboxes = parse_address_list(text, defects, key.title())
            if mailboxes:
                if key != "from":
                    defects.append(f"From: missing; taken from {key.title()}")
                if not mailboxes[0][1]:
                    defects.append("From: no address")
                return mailboxes[0]
    defects.append("From: missing")
    return "", ""


def header_addresses(value: str | None, defects: list[str], name: str) -> tuple[str, ...]:
    if not value:
        return ()
    mailboxes = parse_address_list(header_text(value, defects, name), defects, name)
    return tuple(address for _, address in mailboxes if address)
