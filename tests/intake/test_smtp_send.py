"""Sending through a real SMTP server (aiosmtpd, tests/smtp_server.py): STARTTLS and TLS with a
certificate made in the test, AUTH, what a user is told when the server refuses or is not there, and a
sent reply that threads back into its ticket when it is imported."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.errors import InvalidInput
from privacy_desk.i18n.qt import catalogue
from privacy_desk.intake.parse import parse_message
from privacy_desk.mail import smtp
from privacy_desk.mail.compose import Desk, Original, Outgoing, compose, message_id_of
from privacy_desk.services.tickets.import_results import ImportOutcome

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("smtp_server", "keyring_backends")
from keyring_backends import MemoryKeyring  # noqa: E402
from smtp_server import PASSWORD, REFUSED_DOMAIN, USER  # noqa: E402
from ticket_mail import HANAKO, mail  # noqa: E402

pytest_plugins = ["smtp_server"]

DESK = Desk("info@gmo-c.jp", "GMOコマース株式会社 個人情報問い合わせ係")
TOKYO = ZoneInfo("Asia/Tokyo")
QUICK = 5.0  # seconds: a loopback server answers at once; only the silent one waits this long


def settings(server_or_port, security=smtp.SmtpSecurity.STARTTLS, user=USER) -> smtp.SmtpSettings:
    port = server_or_port if isinstance(server_or_port, int) else server_or_port.port
    return smtp.SmtpSettings("127.0.0.1", port, security, user, DESK.address)


def reply(ref: str = "PD-2026-000001", to: tuple[str, ...] = ("髙橋 花子 <hanako@example.jp>",)):
    original = Original(
        message_id="q1@example.jp",
        subject="開示請求",
        from_name="髙橋 花子",
        from_address="hanako@example.jp",
        sent_at=datetime(2026, 4, 1, 1, 0, tzinfo=UTC),
        body_text="お世話になっております。",
    )
    outgoing = Outgoing(
        language="ja",
        ref=ref,
        to=to,
        subject=original.subject,
        body="髙橋 花子 様\n\nお問い合わせを受け付けました。",
        original=original,
        signature="田中 さくら\n個人情報問い合わせ係",
    )
    return compose(outgoing, DESK, now=datetime.now(UTC), office_tz=TOKYO)


def test_a_reply_goes_out_over_starttls_with_a_login_and_arrives_as_composed(smtp_server, client_context):
    message = reply()
    report = smtp.send(message, settings(smtp_server), PASSWORD, ssl_context=client_context, timeout=QUICK)
    assert report.accepted == ("hanako@example.jp",) and report.refused == {}
    assert report.message_id == message_id_of(message)
    assert smtp_server.handler.logins == [USER]
    (received,) = smtp_server.received
    assert received.sender == DESK.address
    assert received.recipients == ["hanako@example.jp"]
    parsed = parse_message(received.raw)
    assert parsed.subject == "Re: [PD-2026-000001] 開示請求"
    assert parsed.in_reply_to == "q1@example.jp" and parsed.references == ("q1@example.jp",)
    assert parsed.message_id == report.message_id
    assert "\n-- \n田中 さくら\n個人情報問い合わせ係\n" in parsed.body_text
    assert "髙橋 花子 <hanako@example.jp> さんは書きました:\n> お世話になっております。" in parsed.body_text


def test_tls_from_the_first_byte_works_too(smtp_tls_server, client_context):
    report = smtp.send(
        reply(), settings(smtp_tls_server, smtp.SmtpSecurity.TLS), PASSWORD, ssl_context=client_context
    )
    assert report.accepted == ("hanako@example.jp",)
    assert len(smtp_tls_server.received) == 1


def test_the_sent_reply_and_the_requesters_answer_thread_into_the_ticket(
    services, smtp_server, client_context
):
    question = services.ticket_import.import_raw_result(
        services.actor, mail("q1@example.jp", HANAKO, "開示請求"), "test"
    )
    smtp.send(reply(question.ticket_ref), settings(smtp_server), PASSWORD, ssl_context=client_context)
    (received,) = smtp_server.received
    ours = services.ticket_import.import_raw_result(services.actor, received.raw, "sent")
    assert (ours.outcome, ours.ticket_id) == (ImportOutcome.THREADED, question.ticket_id)
    # The requester's client dropped In-Reply-To and References: the tag alone brings it back.
    subject = str(message_from_bytes(received.raw, policy=policy.default)["Subject"])
    answer = mail("a1@example.jp", HANAKO, f"Re: {subject}", "身分証を添付します。")
    theirs = services.ticket_import.import_raw_result(services.actor, answer, "test")
    assert (theirs.outcome, theirs.ticket_id) == (ImportOutcome.THREADED, question.ticket_id)


def test_a_wrong_password_is_refused_and_nothing_is_sent(smtp_server, client_context):
    with pytest.raises(smtp.SmtpLoginRefused) as refused:
        smtp.send(reply(), settings(smtp_server), "wrong", ssl_context=client_context, timeout=QUICK)
    assert refused.value.english() == (
        f"The mail server 127.0.0.1 refused the login for {USER}. Check the user name and the password."
    )
    assert refused.value.detail.startswith("535")  # the server's answer, kept apart
    assert isinstance(refused.value, InvalidInput)
    assert smtp_server.received == []


def test_the_failures_read_in_japanese_with_the_servers_words_left_out(
    smtp_server, client_context, closed_port
):
    with pytest.raises(smtp.SmtpLoginRefused) as refused:
        smtp.send(reply(), settings(smtp_server), "wrong", ssl_context=client_context, timeout=QUICK)
    assert refused.value.translated(catalogue("ja")) == (
        f"メールサーバー 127.0.0.1 が {USER} のログインを拒否しました。"
        "ユーザー名とパスワードを確認してください。"
    )
    with pytest.raises(smtp.SmtpUnreachable) as unreachable:
        smtp.send(reply(), settings(closed_port), PASSWORD, timeout=QUICK)
    japanese = unreachable.value.translated(catalogue("ja"))
    assert japanese.startswith(f"メールサーバー 127.0.0.1（ポート {closed_port}）に接続できませんでした。")
    assert "Errno" not in japanese and "Errno" in unreachable.value.detail


def test_a_refused_recipient_is_named_and_nothing_is_sent(smtp_server, client_context):
    message = reply(to=(f"nobody@{REFUSED_DOMAIN}",))
    with pytest.raises(smtp.SmtpRecipientRefused) as refused:
        smtp.send(message, settings(smtp_server), PASSWORD, ssl_context=client_context, timeout=QUICK)
    assert f"nobody@{REFUSED_DOMAIN}" in refused.value.english()
    assert "550" in refused.value.detail and "550" not in refused.value.english()
    assert smtp_server.received == []


def test_one_refused_recipient_among_others_is_reported_while_the_mail_goes_out(smtp_server, client_context):
    message = reply(to=("hanako@example.jp", f"nobody@{REFUSED_DOMAIN}"))
    report = smtp.send(message, settings(smtp_server), PASSWORD, ssl_context=client_context, timeout=QUICK)
    assert report.accepted == ("hanako@example.jp",)
    assert list(report.refused) == [f"nobody@{REFUSED_DOMAIN}"]
    assert report.refused[f"nobody@{REFUSED_DOMAIN}"].startswith("550")
    assert smtp_server.received[0].recipients == ["hanako@example.jp"]


def test_a_server_that_is_down_cannot_be_reached(closed_port):
    with pytest.raises(smtp.SmtpUnreachable) as failed:
        smtp.send(reply(), settings(closed_port), PASSWORD, timeout=QUICK)
    assert failed.value.english().startswith(
        f"Could not connect to the mail server 127.0.0.1 (port {closed_port})"
    )
    assert "ConnectionRefusedError" in failed.value.detail


def test_a_server_that_never_answers_times_out(silent_port):
    with pytest.raises(smtp.SmtpTimedOut) as failed:
        smtp.send(reply(), settings(silent_port), PASSWORD, timeout=0.5)
    assert "did not answer in time" in failed.value.english()


def test_a_certificate_the_computer_does_not_trust_fails_the_tls_and_sends_no_password(smtp_server):
    with pytest.raises(smtp.SmtpTlsFailed) as failed:
        smtp.send(reply(), settings(smtp_server), PASSWORD, timeout=QUICK)  # the system's trust store
    assert "certificate" in failed.value.detail
    assert smtp_server.handler.logins == [] and smtp_server.received == []


def test_a_server_without_starttls_is_not_used_in_the_clear(smtp_plain_server, client_context):
    with pytest.raises(smtp.SmtpTlsFailed) as failed:
        smtp.send(reply(), settings(smtp_plain_server), PASSWORD, ssl_context=client_context, timeout=QUICK)
    assert failed.value.english() == "The mail server 127.0.0.1 does not offer STARTTLS. Try TLS."
    assert smtp_plain_server.received == []


def test_no_security_is_allowed_only_to_this_computer(smtp_plain_server):
    local = settings(smtp_plain_server, smtp.SmtpSecurity.NONE, user="")
    assert smtp.send(reply(), local, "", timeout=QUICK).accepted == ("hanako@example.jp",)
    remote = smtp.SmtpSettings("smtp.example.jp", 25, smtp.SmtpSecurity.NONE, USER, DESK.address)
    with pytest.raises(smtp.SmtpInsecureConnection):
        smtp.send(reply(), remote, PASSWORD, timeout=QUICK)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_test_mail_arrives_in_the_chosen_language(smtp_server, client_context, language):
    report = smtp.send_test_mail(
        settings(smtp_server),
        PASSWORD,
        "Tanaka <tanaka@gmo-c.jp>",
        desk=DESK,
        language=language,
        ssl_context=client_context,
    )
    assert report.accepted == ("tanaka@gmo-c.jp",)
    parsed = parse_message(smtp_server.received[0].raw)
    assert parsed.subject == {"ja": "Privacy Desk 送信テスト", "en": "Privacy Desk test mail"}[language]
    assert DESK.name in parsed.body_text and DESK.address in parsed.body_text


def test_the_test_mail_refuses_an_address_that_is_none(smtp_server):
    with pytest.raises(InvalidInput):
        smtp.send_test_mail(settings(smtp_server), PASSWORD, "tanaka", desk=DESK, language="ja")


def test_the_password_is_read_from_the_keychain_under_the_smtp_service():
    keychain = MemoryKeyring()
    keychain.set_password("Privacy Desk SMTP", "desk@gmo-c.jp@smtp.example.jp", PASSWORD)
    keychain.set_password("Privacy Desk IMAP", "desk@gmo-c.jp@smtp.example.jp", "the IMAP one")
    found = smtp.SmtpSettings("SMTP.example.jp", 587, smtp.SmtpSecurity.STARTTLS, USER, DESK.address)
    assert smtp.stored_password(found, keychain) == PASSWORD
    other = smtp.SmtpSettings("smtp.example.jp", 587, smtp.SmtpSecurity.STARTTLS, "other", DESK.address)
    assert smtp.stored_password(other, keychain) is None


def test_a_keychain_that_fails_is_said_in_words():
    class Broken(MemoryKeyring):
        def get_password(self, service, username):
            raise RuntimeError("the keychain is locked")

    found = smtp.SmtpSettings("smtp.example.jp", 587, smtp.SmtpSecurity.STARTTLS, USER, DESK.address)
    with pytest.raises(smtp.SmtpKeychainFailed) as failed:
        smtp.stored_password(found, Broken())
    assert "the keychain is locked" in failed.value.english()
