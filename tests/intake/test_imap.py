"""The read-only IMAP client against a real dovecot on loopback (tests/imap_server.py)."""

from __future__ import annotations

import ssl
import sys
from pathlib import Path

import pytest

from privacy_desk.errors import InvalidInput
from privacy_desk.intake.imap import (
    ImapAccount,
    MailFolderMissing,
    MailInsecureConnection,
    MailLoginFailed,
    MailServerUnreachable,
    MailTlsFailed,
    Security,
    is_loopback,
)
from privacy_desk.intake.imap_connection import encode_folder
from privacy_desk.intake.imap_mailbox import ImapMailbox, batches, uid_set

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("imap_server")
from imap_server import free_port, sample_message  # noqa: E402

pytest_plugins = ["imap_server"]  # the imap_server and imap_mailbox fixtures


def trusting(server) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.cafile))


def flags_of(path: Path) -> str:
    return path.name.split(":2,")[1] if ":2," in path.name else ""


def test_reads_every_message_byte_for_byte_and_leaves_it_unread(imap_mailbox):
    sent = [sample_message(n) for n in range(1, 4)]
    for raw in sent:
        imap_mailbox.deliver(raw)
    with ImapMailbox(imap_mailbox.account(), imap_mailbox.password) as box:
        assert box.uidvalidity > 0
        assert box.exists == 3
        uids = box.uids_from(1)
        assert uids == sorted(uids) and len(uids) == 3
        fetched = list(box.fetch(uids))
    assert [uid for uid, _ in fetched] == uids
    assert sorted(raw for _, raw in fetched) == sorted(sent)
    files = imap_mailbox.message_files()
    assert len(files) == 3  # nothing moved away or deleted
    assert all("S" not in flags_of(path) for path in files)  # nothing marked as read


def test_uids_from_past_the_last_message_is_empty(imap_mailbox):
    imap_mailbox.deliver(sample_message(1))
    with ImapMailbox(imap_mailbox.account(), imap_mailbox.password) as box:
        (last,) = box.uids_from(1)
        # "UID n:*" matches the highest UID even when n is larger: the client filters it out.
        assert box.uids_from(last + 1) == []
        assert box.uids_from(last) == [last]


def test_small_batches_fetch_everything_in_order(imap_mailbox):
    for n in range(1, 8):
        imap_mailbox.deliver(sample_message(n))
    account = imap_mailbox.account()
    with ImapMailbox(account, imap_mailbox.password, batch_count=2) as box:
        uids = box.uids_from(1)
        fetched = list(box.fetch(uids))
    assert [uid for uid, _ in fetched] == uids and len(uids) == 7


def test_an_empty_folder(imap_mailbox):
    with ImapMailbox(imap_mailbox.account(), imap_mailbox.password) as box:
        assert box.exists == 0
        assert box.uids_from(1) == []
        assert list(box.fetch([])) == []


def test_a_folder_with_a_japanese_name(imap_mailbox):
    folder = imap_mailbox.maildir / ("." + encode_folder("問い合わせ").strip('"'))
    for part in ("", "tmp", "new", "cur"):
        (folder / part).mkdir(exist_ok=True)
        imap_mailbox.server.own(folder / part)
    staged = folder / "tmp" / "1.jp"
    staged.write_bytes(sample_message(1))
    imap_mailbox.server.own(staged)
    staged.rename(folder / "new" / "1.jp")
    account = imap_mailbox.account(folder="問い合わせ")
    with ImapMailbox(account, imap_mailbox.password) as box:
        assert [raw for _, raw in box.fetch(box.uids_from(1))] == [sample_message(1)]


def test_imaps_with_a_trusted_certificate(imap_mailbox):
    imap_mailbox.deliver(sample_message(1))
    server = imap_mailbox.server
    with ImapMailbox(
        imap_mailbox.account(Security.IMAPS), imap_mailbox.password, ssl_context=trusting(server)
    ) as box:
        assert len(box.uids_from(1)) == 1


def test_starttls_with_a_trusted_certificate(imap_mailbox):
    imap_mailbox.deliver(sample_message(1))
    server = imap_mailbox.server
    if server.cafile is None:
        pytest.skip("no TLS certificate for the test IMAP server")
    with ImapMailbox(
        imap_mailbox.account(Security.STARTTLS), imap_mailbox.password, ssl_context=trusting(server)
    ) as box:
        assert len(box.uids_from(1)) == 1


@pytest.mark.parametrize("security", [Security.IMAPS, Security.STARTTLS])
def test_an_untrusted_certificate_is_refused(imap_mailbox, security):
    if imap_mailbox.server.cafile is None:
        pytest.skip("no TLS certificate for the test IMAP server")
    with pytest.raises(MailTlsFailed) as raised:
        ImapMailbox(imap_mailbox.account(security), imap_mailbox.password).open()
    assert "127.0.0.1" in raised.value.english()
    assert "certificate" in raised.value.english()


def test_imaps_against_a_plain_port_is_a_tls_error(imap_mailbox):
    account = imap_mailbox.account()
    wrong = ImapAccount(account.host, account.port, Security.IMAPS, account.user)
    with pytest.raises(MailTlsFailed):
        ImapMailbox(wrong, imap_mailbox.password, timeout=10).open()


def test_a_wrong_password_is_a_login_error(imap_mailbox):
    with pytest.raises(MailLoginFailed) as raised:
        ImapMailbox(imap_mailbox.account(), "wrong").open()
    assert isinstance(raised.value, InvalidInput)
    assert imap_mailbox.user in raised.value.english()
    assert "wrong" not in raised.value.english()


def test_a_missing_folder(imap_mailbox):
    with pytest.raises(MailFolderMissing) as raised:
        ImapMailbox(imap_mailbox.account(folder="Nowhere"), imap_mailbox.password).open()
    assert "Nowhere" in raised.value.english()


def test_nobody_listening_is_unreachable():
    account = ImapAccount("127.0.0.1", free_port(), Security.NONE, "desk")
    with pytest.raises(MailServerUnreachable) as raised:
        ImapMailbox(account, "x", timeout=5).open()
    assert str(account.port) in raised.value.english()


def test_plain_imap_is_only_for_this_computer():
    account = ImapAccount("mail.example.com", 143, Security.NONE, "desk")
    with pytest.raises(MailInsecureConnection):
        ImapMailbox(account, "x").open()  # refused before any connection is attempted


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("127.8.0.1", True),
        ("mail.example.com", False),
        ("10.0.0.1", False),
        ("localhost.example.com", False),
    ],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_folder_names_are_quoted_in_modified_utf7():
    assert encode_folder("INBOX") == '"INBOX"'
    assert encode_folder("受信箱") == '"&U9dP4Xux-"'
    assert encode_folder("A&B") == '"A&-B"'
    assert encode_folder('say "hi"\\') == '"say \\"hi\\"\\\\"'
    assert encode_folder("~peter/mail/台北/日本語") == '"~peter/mail/&U,BTFw-/&ZeVnLIqe-"'  # RFC 3501


def test_uid_sets_and_batches():
    assert uid_set([7, 1, 2, 3, 3, 9, 10]) == "1:3,7,9:10"
    assert uid_set([]) == ""
    sizes = {1: 10, 2: 10, 3: 100, 4: 1, 5: 1}
    assert list(batches(sizes, max_bytes=25, max_count=10)) == [[1, 2], [3], [4, 5]]
    assert list(batches(sizes, max_bytes=1000, max_count=2)) == [[1, 2], [3, 4], [5]]
