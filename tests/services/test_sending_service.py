"""Sending a reply from a ticket through a real SMTP server (aiosmtpd, tests/smtp_server.py): what
arrives, what the ticket records, the first response and the audit entry; a refused send records
nothing; the copy in the mailbox's Sent folder (the tests' dovecot); the signature each user writes."""

from __future__ import annotations

import imaplib
import sys
from pathlib import Path

import pytest

from privacy_desk.config import (
    IMAP_HOST,
    IMAP_PORT,
    IMAP_SECURITY,
    IMAP_USER,
    SMTP_FROM_ADDRESS,
    SMTP_FROM_NAME,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
)
from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.tickets import MessageKind, TicketStatus
from privacy_desk.errors import InvalidInput, PermissionDenied, ReadOnlyDatabase
from privacy_desk.intake.parse import parse_message
from privacy_desk.mail import smtp
from privacy_desk.services.container import open_services
from privacy_desk.services.tickets.import_results import ImportOutcome
from privacy_desk.services.tickets.mail_fetch import PasswordStore
from privacy_desk.services.tickets.sending import SendingNotSetUp, SendingService, smtp_settings_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("smtp_server", "keyring_backends", "imap_server")
from helpers.factories import make_ticket  # noqa: E402
from imap_server import sample_message  # noqa: E402
from keyring_backends import MemoryKeyring  # noqa: E402
from smtp_server import PASSWORD, USER  # noqa: E402
from ticket_mail import HANAKO, mail  # noqa: E402

pytest_plugins = ["smtp_server", "imap_server"]
DESK_ADDRESS = "info@gmo-c.jp"


def configure(services, server, *, security="starttls", user=USER) -> None:
    services.settings.set_many(
        services.actor,
        {
            SMTP_HOST: server.host,
            SMTP_PORT: server.port,
            SMTP_SECURITY: security,
            SMTP_USER: user,
            SMTP_FROM_ADDRESS: DESK_ADDRESS,
        },
    )


def sending(services, client_context, *, password=PASSWORD, **options) -> SendingService:
    keychain = PasswordStore(MemoryKeyring(), service=smtp.KEYRING_SERVICE)
    service = SendingService(
        services.db, services.actor, passwords=keychain, ssl_context=client_context, **options
    )
    if password is not None:
        keychain.set(USER, "127.0.0.1", password)
    return service


@pytest.fixture
def ticket(services):
    return make_ticket(services, "q1@example.jp", HANAKO, "開示請求", "保有個人データの開示を請求します。")


def test_a_reply_arrives_threaded_is_recorded_and_its_answer_joins_the_ticket(
    services, ticket, smtp_server, client_context
):
    configure(services, smtp_server)
    service = sending(services, client_context)
    composed = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja")
    assert composed.problem is None
    draft = composed.draft
    assert draft.subject == f"Re: [{ticket.ticket_ref}] 開示請求"
    assert "-- \n" in draft.body and "> 保有個人データの開示を請求します。" in draft.body
    sent = service.send(draft)

    (received,) = smtp_server.received
    assert received.recipients == ["hanako@example.jp"]
    parsed = parse_message(received.raw)
    assert parsed.in_reply_to == "q1@example.jp" and parsed.references == ("q1@example.jp",)
    assert ticket.ticket_ref in parsed.subject and parsed.message_id == sent.header_id
    assert parsed.body_text.count("-- \n") == 1  # the signature once: the body went as written

    detail = services.tickets.get(ticket.ticket_id)
    out = detail.messages[-1]
    assert out.kind is MessageKind.CORRESPONDENCE_OUT and out.message_id == sent.header_id
    assert detail.ticket.first_responded_at is not None and detail.ticket.status is TicketStatus.OPEN
    (entry,) = [
        e for e in services.audit.entries(entity="ticket", entity_id=ticket.ticket_id) if e.action == "send"
    ]
    assert entry.after["accepted"] == ["hanako@example.jp"]

    answer = mail("a1@example.jp", HANAKO, "Re: 開示請求", "書類を送ります。", in_reply_to=sent.header_id)
    result = services.ticket_import.import_raw_result(services.actor, answer, "answer")
    assert result.outcome is ImportOutcome.THREADED and result.ticket_id == ticket.ticket_id


def test_a_refused_login_records_nothing_and_says_why(services, ticket, smtp_server, client_context):
    configure(services, smtp_server)
    service = sending(services, client_context, password="wrong")
    draft = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja").draft
    with pytest.raises(smtp.SmtpLoginRefused) as refused:
        service.send(draft)
    assert "535" in refused.value.detail
    detail = services.tickets.get(ticket.ticket_id)
    assert [m.kind for m in detail.messages] == [MessageKind.CORRESPONDENCE_IN]
    assert detail.ticket.first_responded_at is None
    assert not [
        e for e in services.audit.entries(entity="ticket", entity_id=ticket.ticket_id) if e.action == "send"
    ]
    assert not smtp_server.received


def test_without_settings_or_password_the_composer_says_what_to_set_up(
    services, ticket, smtp_server, client_context
):
    service = sending(services, client_context, password=None)
    composed = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "en")
    assert isinstance(composed.problem, SendingNotSetUp) and "Settings" in composed.problem.english()
    with pytest.raises(SendingNotSetUp):
        service.send(composed.draft)
    configure(services, smtp_server)
    problem = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "en").problem
    assert isinstance(problem, SendingNotSetUp) and "keychain" in problem.english()
    settings = smtp_settings_of(services.settings.values())
    service.store_password(settings, PASSWORD)
    assert service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "en").problem is None


def test_a_read_only_database_is_said_before_sending(services, ticket, smtp_server, client_context):
    configure(services, smtp_server)
    service = sending(services, client_context)
    services.db.read_only = True  # what the engine sets when the file or server refuses writes
    composed = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja")
    assert isinstance(composed.problem, ReadOnlyDatabase) and composed.read_only
    with pytest.raises(ReadOnlyDatabase):
        service.send(composed.draft)
    assert not smtp_server.received


def test_a_new_mail_on_a_ticket_from_a_call_has_only_the_tag(services, ticket, smtp_server, client_context):
    configure(services, smtp_server)
    service = sending(services, client_context)
    draft = service.compose(ticket.ticket_id, ReplyTemplate.IDENTITY_DOCUMENTS, "en", new_mail=True).draft
    assert draft.in_reply_to is None and draft.subject.startswith(f"[{ticket.ticket_ref}] ")
    service.send(draft)
    parsed = parse_message(smtp_server.received[0].raw)
    assert parsed.in_reply_to is None and parsed.subject == draft.subject


def test_the_signature_is_the_users_own_and_defaults_to_their_name(
    services, ticket, smtp_server, client_context
):
    configure(services, smtp_server)
    service = sending(services, client_context)
    assert services.users.signature(services.actor) is None
    body = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja").draft.body
    assert "-- \n個人情報" not in body and services.actor.display_name in body.split("-- \n")[1]
    services.users.set_signature(services.actor, "問い合わせ係 田中\n内線 1234\n")
    body = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja").draft.body
    assert "-- \n問い合わせ係 田中\n内線 1234\n" in body
    (entry,) = [
        e
        for e in services.audit.entries(entity="user", entity_id=services.actor.id)
        if e.action == "signature"
    ]
    assert entry.after == {"signature": "問い合わせ係 田中\n内線 1234"}
    services.users.set_signature(services.actor, "  \n")
    assert services.users.signature(services.actor) is None
    with pytest.raises(InvalidInput):
        services.users.set_signature(services.actor, "x" * 2001)


def test_the_test_mail_uses_the_settings_as_typed(services, smtp_server, client_context):
    service = sending(services, client_context, password=None)
    typed = smtp.SmtpSettings(
        smtp_server.host, smtp_server.port, smtp.SmtpSecurity.STARTTLS, USER, DESK_ADDRESS
    )
    with pytest.raises(SendingNotSetUp):
        service.send_test_mail("tanaka@gmo-c.jp", "ja", typed)
    report = service.send_test_mail("tanaka@gmo-c.jp", "ja", typed, PASSWORD)
    assert report.accepted == ("tanaka@gmo-c.jp",)


def test_only_who_may_change_the_sending_settings_sends_the_test_mail(
    services, db_url, smtp_server, client_context
):
    desk = open_services(db_url, login="desk-person")  # a later user: desk staff
    try:
        typed = smtp.SmtpSettings(
            smtp_server.host, smtp_server.port, smtp.SmtpSecurity.STARTTLS, USER, DESK_ADDRESS
        )
        with pytest.raises(PermissionDenied):
            sending(desk, client_context).send_test_mail("tanaka@gmo-c.jp", "ja", typed, PASSWORD)
        assert smtp_server.received == []
    finally:
        desk.close()


def test_a_desk_name_on_two_lines_is_refused_in_words(services):
    for name in ("個人情報\n問い合わせ窓口", "Desk\rName", "Desk\tName", "Desk\x00"):
        with pytest.raises(InvalidInput) as refused:
            services.settings.set_many(services.actor, {SMTP_FROM_NAME: name})
        assert str(refused.value) == "Write the desk's name on one line, without line breaks or tabs."
    services.settings.set_many(services.actor, {SMTP_FROM_NAME: "  個人情報  問い合わせ窓口 "})
    assert services.settings.get(SMTP_FROM_NAME) == "個人情報 問い合わせ窓口"


def test_a_copy_goes_to_sent_and_a_sent_failure_is_only_a_warning(
    services, ticket, smtp_server, client_context, imap_mailbox
):
    configure(services, smtp_server)
    account = imap_mailbox.account()
    services.settings.set_many(
        services.actor,
        {IMAP_HOST: account.host, IMAP_PORT: account.port, IMAP_SECURITY: "none", IMAP_USER: account.user},
    )
    imap_mailbox.deliver(sample_message(1))
    conn = imaplib.IMAP4(imap_mailbox.server.host, imap_mailbox.server.port)
    token = b"\0" + account.user.encode() + b"\0" + imap_mailbox.password.encode("utf-8")
    conn.authenticate("PLAIN", lambda _challenge: token)
    assert conn.create("Sent")[0] == "OK"
    conn.logout()
    imap_keys = PasswordStore(MemoryKeyring())
    service = sending(services, client_context, imap_passwords=imap_keys)
    draft = service.compose(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja").draft
    first = service.send(draft)
    assert first.sent_folder is None and "keychain" in first.sent_warning.english()  # no IMAP password here
    imap_keys.set(account.user, account.host, imap_mailbox.password)
    second = service.send(draft)
    assert second.sent_warning is None and second.sent_folder == "Sent"
    assert len(services.tickets.get(ticket.ticket_id).messages) == 3  # both were sent and recorded
