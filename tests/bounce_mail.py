"""Delivery failures as mail servers write them, returning a message of the desk's: a Postfix report
(RFC 3464, the whole message returned) and an Exchange Online one (only its headers returned)."""

from __future__ import annotations

POSTFIX_STATUS = (
    "Reporting-MTA: dns; mx.gmo-c.jp\n"
    "Arrival-Date: Wed, 01 Apr 2026 10:00:01 +0900\n"
    "\n"
    "Final-Recipient: rfc822; {address}\n"
    "Original-Recipient: rfc822;{address}\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx.example.jp\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <{address}>: Recipient address\n"
    "    rejected: User unknown\n"
)
EXCHANGE_STATUS = (
    "Reporting-MTA: dns;TYAPR01MB0000.jpnprd01.prod.outlook.com\n\n"
    "Final-Recipient: rfc822;{address}\n"
    "Action: delayed\n"
    "Status: 4.4.7\n"
)


def postfix_bounce(returned: bytes, address: str, message_id: str = "bounce-1@mx.gmo-c.jp") -> bytes:
    return report(POSTFIX_STATUS.format(address=address), returned, "MAILER-DAEMON@mx.gmo-c.jp", message_id)


def exchange_bounce(returned: bytes, address: str, message_id: str = "bounce-2@outlook.com") -> bytes:
    headers = returned.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0] + b"\n"
    return report(
        EXCHANGE_STATUS.format(address=address),
        headers,
        "postmaster@outlook.com",
        message_id,
        returned_type="text/rfc822-headers",
    )


def report(
    status_blocks: str,
    returned: bytes,
    sender: str,
    message_id: str,
    *,
    returned_type: str = "message/rfc822",
) -> bytes:
    return (
        (
            f"From: {sender}\n"
            "To: info@gmo-c.jp\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "Date: Wed, 01 Apr 2026 10:00:05 +0900\n"
            f"Message-ID: <{message_id}>\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n'
            "\n"
            "--B\n"
            "Content-Type: text/plain; charset=us-ascii\n"
            "\n"
            "I'm sorry to have to inform you that your message could not be delivered.\n"
            "\n"
            "--B\n"
            "Content-Type: message/delivery-status\n"
            "\n"
            f"{status_blocks}\n"
            "--B\n"
            f"Content-Type: {returned_type}\n"
            "\n"
        ).encode()
        + returned
        + b"\n--B--\n"
    )
