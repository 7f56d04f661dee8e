"""Delivery-status notifications are recognised by structure (RFC 3464 / RFC 6522, and older servers that
return the message from MAILER-DAEMON), with the Message-ID of our message that bounced."""

from __future__ import annotations

from bounce_mail import exchange_bounce, postfix_bounce, report
from ticket_mail import HANAKO, mail

from privacy_desk.intake.parse import parse_message

OUR_REPLY = mail(
    "reply-1@desk.gmo-c.jp",
    "個人情報問い合わせ係 <info@gmo-c.jp>",
    "Re: 開示請求 [PD-T-2026-0007]",
    "ご連絡ありがとうございます。",
    to="hanako@example.invalid",
)


def test_a_postfix_bounce_names_the_reply_the_recipient_and_the_reason():
    parsed = parse_message(postfix_bounce(OUR_REPLY, "hanako@example.invalid"))
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
    raw = exchange_bounce(OUR_REPLY, "hanako@example.invalid")
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
    assert (
        parse_message(
            report(status, OUR_REPLY, "MAILER-DAEMON@mx.example.jp", "receipt-1@mx.example.jp")
        ).bounce
        is None
    )


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
