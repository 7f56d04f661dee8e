"""Whether a file read for import is mail at all, before it becomes a ticket.

The parser never refuses bytes (``parse_message`` turns anything into a message, in the worst case with
empty headers), which is right for what a mail server hands over, but a file a person picked may be a
text file, random bytes or a copy cut short. Such a file would become a "(no subject)" ticket with a
garbled body that sits on Today; so a file is taken as mail only when

- it starts with RFC 5322 header lines (RFC 5322 §2.2: "name: value"),
- one of them is From, Date or Message-ID (every mail a server delivers has From and Date, RFC 5322
  §3.6; a saved draft or an exported message keeps at least one of the three), and
- it does not end in the middle of a line while its header block or its top-level MIME multipart is
  still open (RFC 5322 §2.1 ends the header block with an empty line; RFC 2046 §5.1.1 ends a multipart
  with "--boundary--"). A complete file that merely lacks a closing boundary (some mailers omit it) ends
  with a line end and is kept.
"""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.policy import compat32

from privacy_desk.errors import QT_TRANSLATE_NOOP

__all__ = ["CUT_IN_HEADERS", "CUT_IN_PART", "NO_HEADERS", "NO_MAIL_HEADER", "refusal"]

NO_HEADERS = QT_TRANSLATE_NOOP("Errors", "not a mail message: it does not start with mail headers")
NO_MAIL_HEADER = QT_TRANSLATE_NOOP("Errors", "not a mail message: it has no From, Date or Message-ID header")
CUT_IN_HEADERS = QT_TRANSLATE_NOOP("Errors", "the message is cut short: the file ends inside its headers")
CUT_IN_PART = QT_TRANSLATE_NOOP(
    "Errors", "the message is cut short: the file ends inside an attachment or part"
)

_MAIL_HEADERS = ("from", "date", "message-id")
_BLANK_LINES = (b"\n\n", b"\r\n\r\n", b"\n\r\n")


def refusal(raw: bytes, *, whole_file: bool = True) -> str | None:
    """Why `raw` is not taken as mail (one of the messages above), or None when it is. `whole_file`:
    `raw` is a whole file, so ending mid-line means it was cut (an mbox message is not: the mbox
    reader drops the line end before the next From_ line)."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    names = {name.lower() for name in headers}
    if not names:
        return NO_HEADERS
    if not names.intersection(_MAIL_HEADERS):
        return NO_MAIL_HEADER
    if whole_file and not raw.endswith((b"\n", b"\r")):
        if not any(blank in raw for blank in _BLANK_LINES):
            return CUT_IN_HEADERS
        boundary = headers.get_boundary() if headers.get_content_maintype() == "multipart" else None
        if boundary and b"--" + boundary.encode("ascii", "replace") + b"--" not in raw:
            return CUT_IN_PART
    return None
