"""Delivery-status notifications ("bounces"): which message of ours could not be delivered, to whom and why.

A bounce is recognised by its structure, not by its wording (which every mail server, and every
Japanese carrier, words differently):
- RFC 3464 / RFC 6522: ``multipart/report; report-type=delivery-status`` with a
  ``message/delivery-status`` part (per-recipient fields Final-Recipient, Action, Status,
  Diagnostic-Code) and the returned message (``message/rfc822``) or its headers
  (``text/rfc822-headers``);
- older servers (qmail, some carriers) without the report: a message from MAILER-DAEMON or postmaster
  that returns a message as ``message/rfc822`` or ``text/rfc822-headers``.
Only actions "failed" and "delayed" make a bounce (RFC 3464 §2.3.3: "delivered", "relayed" and
"expanded" are successes, sent when the sender asked for them).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32

from privacy_desk.intake.headers import decode_header, header_text
from privacy_desk.intake.message_ids import parse_msgid

__all__ = ["Bounce", "BouncedRecipient", "read_bounce"]

_DAEMONS = ("mailer-daemon", "postmaster")
_FAILURES = ("failed", "delayed")
_RETURNED = ("message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers")


@dataclass(frozen=True)
class BouncedRecipient:
    address: str
    action: str  # "failed" or "delayed"
    status: str  # the RFC 3463 code, e.g. "5.1.1"
    diagnostic: str  # the remote server's words, e.g. "550 5.1.1 User unknown"


@dataclass(frozen=True)
class Bounce:
    returned_message_id: str | None  # the Message-ID of the message that could not be delivered
    returned_subject: str
    recipients: tuple[BouncedRecipient, ...]

    @property
    def permanent(self) -> bool:
        """A permanent failure (5.x.x, RFC 3463): sending again will not help."""
        return any(r.action == "failed" for r in self.recipients) or not self.recipients


def read_bounce(message: Message, from_address: str, defects: list[str]) -> Bounce | None:
    """The bounce `message` is, or None when it is ordinary mail."""
    is_report = (
        message.get_content_type() == "multipart/report"
        and (message.get_param("report-type") or "").lower() == "delivery-status"  # type: ignore[union-attr]
    )
    from_daemon = from_address.partition("@")[0].lower() in _DAEMONS
    if not is_report and not from_daemon:
        return None
    recipients: list[BouncedRecipient] = []
    returned: Message | None = None
    for part in message.walk():
        ctype = part.get_content_type()
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            recipients.extend(_recipients(part, defects))
        elif ctype in _RETURNED and returned is None:
            returned = _returned_headers(part)
    if not is_report and returned is None:
        return None  # a message from postmaster that returns nothing is a person writing
    if is_report and recipients and not any(r.action in _FAILURES for r in recipients):
        return None  # a delivery receipt, not a failure
    failed = tuple(r for r in recipients if r.action in _FAILURES)
    message_id = subject = None
    if returned is not None:
        message_id = parse_msgid(header_text(returned.get("message-id", ""), defects, "Message-ID")) or None
        subject = decode_header(returned.get("subject", ""), defects, "Subject")
    return Bounce(message_id, subject or "", failed)


def _recipients(part: Message, defects: list[str]) -> list[BouncedRecipient]:
    """The per-recipient blocks of a delivery-status part (the first block is per-message)."""
    blocks = part.get_payload()
    if isinstance(blocks, str):  # the stdlib leaves it unparsed when the part was encoded
        blocks = [HeaderParser(policy=compat32).parsestr(chunk) for chunk in blocks.split("\n\n")]
    found = []
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, Message):
            continue
        recipient = block.get("final-recipient") or block.get("original-recipient")
        if not recipient:
            continue
        found.append(
            BouncedRecipient(
                address=_typed_value(header_text(recipient, defects, "Final-Recipient")),
                action=header_text(block.get("action", ""), defects, "Action").strip().lower(),
                status=header_text(block.get("status", ""), defects, "Status").strip().split(" ")[0],
                diagnostic=_typed_value(header_text(block.get("diagnostic-code", ""), defects, "Diagnostic")),
            )
        )
    return found


def _typed_value(value: str) -> str:
    """`rfc822; a@example.jp` → `a@example.jp` (RFC 3464 §2.3.2: address-type ";" generic-address)."""
    kind, semicolon, rest = value.partition(";")
    return " ".join((rest if semicolon else kind).split()).strip("<>")


def _returned_headers(part: Message) -> Message | None:
    payload = part.get_payload()
    if isinstance(payload, list):
        return payload[0] if payload and isinstance(payload[0], Message) else None
    if isinstance(payload, str):
        return HeaderParser(policy=compat32).parsestr(payload)
    return None
