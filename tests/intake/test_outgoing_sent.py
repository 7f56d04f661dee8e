"""The copy of a sent reply in the mailbox's Sent folder (privacy_desk/mail/sent_folder.py), against the
real dovecot the tests start (tests/imap_server.py; skipped with the reason when it is not installed)."""

from __future__ import annotations

import imaplib
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.intake.imap import MailFolderMissing, MailLoginFailed
from privacy_desk.intake.imap_connection import encode_folder
from privacy_desk.intake.parse import parse_message
from privacy_desk.mail.compose import Desk, Original, Outgoing, compose, message_id_of
from privacy_desk.mail.sent_folder import append_to_sent, choose_sent, decode_folder, parse_list

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("imap_server")
from imap_server import sample_message  # noqa: E402

pytest_plugins = ["imap_server"]


def reply():
    outgoing = Outgoing(
        language="ja",
        ref="PD-2026-000007",
        to=("hanako@example.jp",),
        subject="開示請求",
        body="髙橋 花子 様\n\nお問い合わせを受け付けました。",
        original=Original("q1@example.jp", subject="開示請求", body_text="お願いします。"),
    )
    return compose(
        outgoing,
        Desk("info@gmo-c.jp", "問い合わせ係"),
        now=datetime.now(UTC),
        office_tz=ZoneInfo("Asia/Tokyo"),
    )


def imap(mailbox) -> imaplib.IMAP4:
    """A plain imaplib session of the test's own, to set up and look at the folders."""
    conn = imaplib.IMAP4(mailbox.server.host, mailbox.server.port)
    token = b"\0" + mailbox.user.encode() + b"\0" + mailbox.password.encode("utf-8")  # non-ASCII
    conn.authenticate("PLAIN", lambda _challenge: token)
    return conn


def create(mailbox, name: str) -> None:
    conn = imap(mailbox)
    try:
        status, data = conn.create(encode_folder(name))
        assert status == "OK", data
    finally:
        conn.logout()


def stored(mailbox, name: str) -> list[tuple[bytes, bytes]]:
    """(FLAGS line, raw message) of every message in folder `name`."""
    conn = imap(mailbox)
    try:
        status, count = conn.select(encode_folder(name), readonly=True)
        assert status == "OK"
        if count[0] == b"0":
            return []
        _, data = conn.fetch("1:*", "(FLAGS BODY.PEEK[])")
        return [(item[0], item[1]) for item in data if isinstance(item, tuple)]
    finally:
        conn.logout()


def test_the_copy_goes_to_the_folder_named_sent_marked_as_read(imap_mailbox):
    imap_mailbox.deliver(sample_message(1))
    create(imap_mailbox, "Sent")
    message = reply()
    folder = append_to_sent(message, imap_mailbox.account(), imap_mailbox.password)
    assert folder == "Sent"
    ((flags, raw),) = stored(imap_mailbox, "Sent")
    assert b"\\Seen" in flags
    parsed = parse_message(raw)
    assert parsed.message_id == message_id_of(message)
    assert parsed.subject == "Re: [PD-2026-000007] 開示請求"
    assert len(stored(imap_mailbox, "INBOX")) == 1  # the fetched folder is left as it was


def test_the_folder_the_server_marks_sent_wins_over_one_named_sent(imap_mailbox):
    create(imap_mailbox, "Sent")
    create(imap_mailbox, "送信済みアイテム")  # the test server marks it \Sent (tests/imap_server.py)
    assert append_to_sent(reply(), imap_mailbox.account(), imap_mailbox.password) == "送信済みアイテム"
    assert len(stored(imap_mailbox, "送信済みアイテム")) == 1
    assert stored(imap_mailbox, "Sent") == []


def test_without_a_sent_folder_the_user_is_told_and_nothing_is_created(imap_mailbox):
    create(imap_mailbox, "Drafts")
    with pytest.raises(MailFolderMissing) as missing:
        append_to_sent(reply(), imap_mailbox.account(), imap_mailbox.password)
    assert "has no Sent folder" in missing.value.english()
    conn = imap(imap_mailbox)
    try:
        _, listed = conn.list()
    finally:
        conn.logout()
    assert sorted(name for _, _, name in parse_list(listed)) == ["Drafts", "INBOX"]


def test_a_wrong_password_is_the_fetchs_login_error(imap_mailbox):
    with pytest.raises(MailLoginFailed):
        append_to_sent(reply(), imap_mailbox.account(), "wrong")


def test_list_lines_as_imaplib_hands_them_over():
    lines = [
        b'(\\HasNoChildren) "." INBOX',
        b'(\\HasNoChildren \\Sent) "." "&kAFP4W4IMH8wojCkMMYw4A-"',
        (b'(\\HasNoChildren) "/" {12}', b'Sent "quote"'),
        b"(\\Noselect \\HasChildren) NIL Archive",
        b"not a list line",
    ]
    assert parse_list(lines) == [
        (frozenset({"\\hasnochildren"}), ".", "INBOX"),
        (frozenset({"\\hasnochildren", "\\sent"}), ".", "&kAFP4W4IMH8wojCkMMYw4A-"),
        (frozenset({"\\hasnochildren"}), "/", 'Sent "quote"'),
        (frozenset({"\\noselect", "\\haschildren"}), "", "Archive"),
    ]
    assert decode_folder("&kAFP4W4IMH8wojCkMMYw4A-") == "送信済みアイテム"
    assert decode_folder("A&-B") == "A&B"


def test_the_sent_folder_is_chosen_by_its_mark_then_by_its_name():
    def folder(name, *flags, delimiter="."):
        return (frozenset(flags), delimiter, name)

    assert choose_sent([folder("Sent"), folder("Outbox", "\\sent")]) == "Outbox"
    assert choose_sent([folder("INBOX.Sent"), folder("Sent Items")]) == "INBOX.Sent"  # "Sent" first
    assert choose_sent([folder("INBOX.Sent"), folder("Sent")]) == "Sent"  # the top level first
    assert choose_sent([folder("Sent", "\\noselect"), folder("Archive.Sent")]) is None
    assert choose_sent([folder("&kAFP4W4IMH8wojCkMMYw4A-")]) == "&kAFP4W4IMH8wojCkMMYw4A-"  # 送信済みアイテム
