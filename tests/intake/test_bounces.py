"""Delivery-status notifications are recognised by structure (RFC 3464 / RFC 6522, and older servers that
return the message from MAILER-DAEMON), with the Message-ID of our message that bounced."""

from __future__ import annotations

from ticket_mail import HANAKO, mail

from privacy_desk.intake.parse import parse_message

OUR_REPLY = mail(
    "reply-1@desk.gmo-c.jp",
    "個人情報問い合わせ係 <info@gmo-c.jp>",
    "Re: 開示請求 [PD-T-2026-0007]",
    "ご連絡ありがとうございます。",
    to="hanako@example.invalid",
)


def report(
    status_blocks: str, returned: bytes, *, returned_type: str = "message/rfc822", sender: str
) -> bytes:
    return (
        (
            f"From: {sender}\n"
            "To: info@gmo-c.jp\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "Date: Wed, 01 Apr 2026 10:00:05 +0900\n"
            "Message-ID: <bounce-1@mx.gmo-c.jp>\n"
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


POSTFIX_STATUS = (
    "Reporting-MTA: dns; mx.gmo-c.jp\n"
    "Arrival-Date: Wed, 01 Apr 2026 10:00:01 +0900\n"
    "\n"
    "Final-Recipient: rfc822; hanako@example.invalid\n"
    "Original-Recipient: rfc822;hanako@example.invalid\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx.example.invalid\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <hanako@example.invalid>: Recipient address\n"
    "    rejected: User unknown\n"
)


def test_a_postfix_bounce_names_the_reply_the_recipient_and_the_reason():
    parsed = parse_message(
        report(POSTFIX_STATUS, OUR_REPLY, sender="MAILER-DAEMON@mx.gmo-c.jp (Mail Delivery System)")
    )
    bounce = parsed.bounce
    assert bounce is not None and bounce.permanent
    assert bounce.returned_message_id == "reply-1@desk.gmo-c.jp"
    assert bounce.returned_subject == "Re: 開示請求 [PD-T-2026-0007]"
    [recipient] = bounce.recipients
    assert (recipient.address, recipient.action, recipient.status) == (
        "hanako@example.invalid",
        "failed",
        "5.1.1",
    )
    assert (
        recipient.diagnostic == "550 5.1.1 <hanako@example.invalid>: Recipient address rejected: User unknown"
    )


def test_an_exchange_report_with_only_the_returned_headers():
    headers_only = OUR_REPLY.split(b"\n\n", 1)[0] + b"\n"
    status = (
        "Reporting-MTA: dns;TYAPR01MB0000.jpnprd01.prod.outlook.com\n\n"
        "Final-Recipient: rfc822;hanako@example.invalid\n"
        "Action: delayed\n"
        "Status: 4.4.7\n"
    )
    raw = report(status, headers_only, returned_type="text/rfc822-headers", sender="postmaster@outlook.com")
    bounce = parse_message(raw).bounce
    assert bounce is not None and not bounce.permanent
    assert bounce.returned_message_id == "reply-1@desk.gmo-c.jp"
    assert [r.action for r in bounce.recipients] == ["delayed"]


def test_an_old_server_without_a_report_returning_the_message():
    raw = (
        b"From: MAILER-DAEMON@mail.example.ne.jp\n"
        b"Subject: Returned mail: see transcript for details\n"
        b"Date: Wed, 01 Apr 2026 10:00:05 +0900\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="R"\n\n'
        b"--R\nContent-Type: text/plain\n\n----- The following addresses had permanent fatal errors -----\n"
        b"--R\nContent-Type: message/rfc822\n\n" + OUR_REPLY + b"\n--R--\n"
    )
    bounce = parse_message(raw).bounce
    assert bounce is not None and bounce.returned_message_id == "reply-1@desk.gmo-c.jp"
    assert bounce.recipients == () and bounce.permanent


def test_a_delivery_receipt_is_not_a_bounce():
    status = (
        "Reporting-MTA: dns; mx.example.jp\n\n"
        "Final-Recipient: rfc822; hanako@example.jp\nAction: delivered\nStatus: 2.0.0\n"
    )
    assert parse_message(report(status, OUR_REPLY, sender="MAILER-DAEMON@mx.example.jp")).bounce is None


def test_ordinary_mail_is_no_bounce_even_from_postmaster_or_with_a_forwarded_message():
    assert parse_message(mail("p@example.jp", "postmaster@example.jp", "ご質問", "本文")).bounce is None
    forwarded = (
        (
            f"From: {HANAKO}\nSubject: Fw: 届いたメール\nDate: Wed, 01 Apr 2026 10:00:05 +0900\n"
            'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="F"\n\n'
            "--F\nContent-Type: text/plain; charset=utf-8\n\n転送します。\n"
            "--F\nContent-Type: message/rfc822\n\n"
        ).encode()
        + OUR_REPLY
        + b"\n--F--\n"
    )
    assert parse_message(forwarded).bounce is None
