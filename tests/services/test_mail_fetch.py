"""Polling the shared mailbox: incremental by UID, UIDVALIDITY handled, crash-safe, password in keychain."""

from __future__ import annotations

import email
import email.policy
import json
import os
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from privacy_desk.config import IMAP_HOST, IMAP_PORT, LocalConfig
from privacy_desk.errors import InvalidInput, PermissionDenied
from privacy_desk.intake.imap import MailLoginFailed, Security
from privacy_desk.services.container import open_services
from privacy_desk.services.tickets import mail_fetch
from privacy_desk.services.tickets.mail_fetch import (
    KEYRING_SERVICE,
    KeychainError,
    MailFetchService,
    MailNotConfigured,
    PasswordStore,
    state_key,
)
from privacy_desk.storage.engine import sqlite_path
from privacy_desk.storage.models import Setting

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("imap_server", "keyring_backends")
from imap_server import sample_message  # noqa: E402
from keyring_backends import FileKeyring, MemoryKeyring  # noqa: E402

pytest_plugins = ["imap_server"]  # the imap_server and imap_mailbox fixtures


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing may swallow it."""


class RecordingSink:
    """Stands in for the tickets import: one transaction per message, each Message-ID stored once."""

    def __init__(self) -> None:
        self.stored: dict[str, bytes] = {}
        self.calls: list[str] = []
        self.fail_on: dict[int, BaseException] = {}

    def import_raw(self, actor, raw: bytes, origin: str) -> bool:
        self.calls.append(origin)
        failure = self.fail_on.pop(len(self.calls), None)
        if failure is not None:
            raise failure
        message_id = email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"]
        if message_id in self.stored:
            return False
        self.stored[message_id] = raw
        return True


@pytest.fixture
def keychain():
    """An in-memory keychain, also installed as keyring's backend so nothing reaches the real one."""
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


def make_service(services, sink, **kwargs) -> MailFetchService:
    return MailFetchService(services.db, services.settings, services.actor, sink, **kwargs)


@pytest.fixture
def fetcher(services, sink, keychain, imap_mailbox) -> MailFetchService:
    service = make_service(services, sink)
    account = imap_mailbox.account()
    service.configure(
        services.actor,
        host=account.host,
        port=account.port,
        security=account.security.value,
        user=account.user,
        password=imap_mailbox.password,
    )
    return service


def deliver(mailbox, numbers) -> list[bytes]:
    sent = [sample_message(n) for n in numbers]
    for raw in sent:
        mailbox.deliver(raw)
    return sent


def stored_state(services, fetcher) -> dict | None:
    with services.db.transaction() as session:
        row = session.get(Setting, state_key(fetcher.settings().account))
        return None if row is None else row.value


def test_first_fetch_imports_everything_and_the_second_nothing(fetcher, sink, imap_mailbox):
    sent = deliver(imap_mailbox, range(1, 6))
    first = fetcher.fetch_now()
    assert (first.fetched, first.imported, first.duplicates, first.failed) == (5, 5, 0, 0)
    assert sorted(sink.stored.values()) == sorted(sent)
    assert all(origin.startswith(f"imap://{imap_mailbox.user}@127.0.0.1:") for origin in sink.calls)
    second = fetcher.fetch_now()
    assert (second.fetched, second.imported, second.duplicates, second.failed) == (0, 0, 0, 0)
    assert len(sink.calls) == 5
    assert fetcher.last_checked() is not None


def test_a_new_message_is_the_only_one_fetched_next_time(fetcher, sink, imap_mailbox):
    deliver(imap_mailbox, range(1, 4))
    fetcher.fetch_now()
    (new,) = deliver(imap_mailbox, [4])
    summary = fetcher.fetch_now()
    assert (summary.fetched, summary.imported) == (1, 1)
    assert len(sink.calls) == 4
    assert sink.stored[f"<inquiry-4-{os.getpid()}@example.jp>"] == new


def test_a_new_uidvalidity_reads_the_folder_again_without_duplicates(services, fetcher, sink, imap_mailbox):
    deliver(imap_mailbox, range(1, 4))
    fetcher.fetch_now()
    before = stored_state(services, fetcher)
    imap_mailbox.recreate()
    deliver(imap_mailbox, [4])
    summary = fetcher.fetch_now()
    after = stored_state(services, fetcher)
    assert after["uidvalidity"] != before["uidvalidity"]
    assert summary.rescanned
    assert (summary.fetched, summary.imported, summary.duplicates) == (4, 1, 3)
    assert len(sink.stored) == 4
    assert fetcher.fetch_now().fetched == 0


def test_a_wrong_password_is_a_translated_error_and_changes_nothing(
    services, fetcher, sink, keychain, imap_mailbox
):
    deliver(imap_mailbox, range(1, 3))
    fetcher.passwords.set(imap_mailbox.user, "127.0.0.1", "not the password")
    with pytest.raises(MailLoginFailed) as raised:
        fetcher.fetch_now()
    seen = []

    def translate(context, text):
        seen.append((context, text))
        return "【" + text + "】"

    shown = raised.value.translated(translate)
    assert seen == [("Errors", raised.value.message)]
    assert shown.startswith("【The mail server 127.0.0.1 refused the login for")
    assert sink.calls == []
    assert stored_state(services, fetcher) is None
    assert [path.name for path in imap_mailbox.message_files()]  # the mail is all still there
    assert len(imap_mailbox.message_files()) == 2


def test_the_password_is_only_in_the_keychain(services, fetcher, sink, keychain, imap_mailbox, db_url):
    from sqlalchemy import select

    from privacy_desk.storage.models import Base

    deliver(imap_mailbox, [1])
    fetcher.fetch_now()
    LocalConfig.load().save()  # the local settings file exists too, and must not have it either
    secret = imap_mailbox.password
    assert keychain.entries == {(KEYRING_SERVICE, f"{imap_mailbox.user}@127.0.0.1"): secret}
    with services.db.transaction() as session:  # every row of every table, on any database
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                assert secret not in repr(tuple(row)), table.name
    services.close()  # SQLite: checkpoint the WAL so every byte is in the files read below
    files = [p for p in LocalConfig.path().parent.rglob("*") if p.is_file()]
    assert LocalConfig.path() in files
    database = sqlite_path(db_url)
    if database is not None:
        files += [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
        assert database in files
    # as typed, and as JSON would spell it (the test password has quotes and non-ASCII letters)
    spellings = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    for path in files:
        data = path.read_bytes()
        for spelling in spellings:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert spelling.encode(encoding) not in data, path


def test_a_failed_message_is_retried_until_it_is_in(services, fetcher, sink, imap_mailbox):
    deliver(imap_mailbox, range(1, 6))
    sink.fail_on[3] = RuntimeError("the import broke on message 3")
    first = fetcher.fetch_now()
    assert (first.fetched, first.imported, first.failed) == (5, 4, 1)
    assert len(stored_state(services, fetcher)["retry"]) == 1
    second = fetcher.fetch_now()
    assert (second.fetched, second.imported, second.duplicates, second.failed) == (1, 1, 0, 0)
    assert len(sink.stored) == 5
    assert stored_state(services, fetcher)["retry"] == []
    assert fetcher.fetch_now().fetched == 0


def test_a_crash_mid_batch_then_a_rerun_imports_each_message_exactly_once(
    services, fetcher, sink, imap_mailbox
):
    sent = deliver(imap_mailbox, range(1, 8))
    sink.fail_on[3] = Crash()
    with pytest.raises(Crash):
        fetcher.fetch_now()
    assert len(sink.stored) == 2
    summary = fetcher.fetch_now()
    assert summary.imported == 5 and summary.duplicates == 0
    assert sorted(sink.stored.values()) == sorted(sent)


def test_a_crash_before_the_state_is_written_only_repeats_messages(
    services, fetcher, sink, imap_mailbox, monkeypatch
):
    """The worst moment: messages are in, the state that covers them is not."""
    sent = deliver(imap_mailbox, range(1, 6))
    calls = []

    def dying_save(*args, **kwargs):
        calls.append(1)
        raise Crash()

    with monkeypatch.context() as patch:
        patch.setattr(MailFetchService, "_save_state", dying_save)
        patch.setattr(mail_fetch, "SAVE_EVERY", 2)
        with pytest.raises(Crash):
            fetcher.fetch_now()
    assert len(sink.stored) == 2 and stored_state(services, fetcher) is None
    summary = fetcher.fetch_now()
    assert (summary.fetched, summary.imported, summary.duplicates) == (5, 3, 2)
    assert sorted(sink.stored.values()) == sorted(sent)


def test_state_is_saved_along_the_way(services, fetcher, sink, imap_mailbox, monkeypatch):
    deliver(imap_mailbox, range(1, 6))
    monkeypatch.setattr(mail_fetch, "SAVE_EVERY", 2)
    sink.fail_on[5] = Crash()
    with pytest.raises(Crash):
        fetcher.fetch_now()
    assert stored_state(services, fetcher)["last_uid"] == 4  # saved after 2 and 4, and in the crash


def test_a_message_the_server_does_not_send_is_fetched_next_time(fetcher, sink, imap_mailbox, monkeypatch):
    from privacy_desk.intake.imap_mailbox import ImapMailbox

    sent = deliver(imap_mailbox, range(1, 4))
    real = ImapMailbox.fetch_batch

    def hiccup(self, uids):
        found = real(self, uids)
        found.pop(sorted(found)[1])
        return found

    with monkeypatch.context() as patch:
        patch.setattr(ImapMailbox, "fetch_batch", hiccup)
        first = fetcher.fetch_now()
    assert (first.fetched, first.imported, first.failed) == (2, 2, 0)
    second = fetcher.fetch_now()
    assert (second.fetched, second.imported) == (1, 1)
    assert sorted(sink.stored.values()) == sorted(sent)
    assert fetcher.fetch_now().fetched == 0


def test_a_failed_message_deleted_on_the_server_is_not_retried(services, fetcher, sink, imap_mailbox):
    deliver(imap_mailbox, range(1, 4))
    sink.fail_on[2] = RuntimeError("broken")
    assert fetcher.fetch_now().failed == 1
    (failed_uid,) = stored_state(services, fetcher)["retry"]
    for path in imap_mailbox.message_files():
        if b"<inquiry-2-" in path.read_bytes():
            path.unlink()
    summary = fetcher.fetch_now()
    assert (summary.fetched, summary.failed) == (0, 0)
    assert stored_state(services, fetcher)["retry"] == []
    assert failed_uid


def test_cancel_keeps_what_is_done_and_the_next_fetch_continues(fetcher, sink, imap_mailbox):
    sent = deliver(imap_mailbox, range(1, 6))
    progress = []
    summary = fetcher.fetch_now(
        progress=lambda done, total: progress.append((done, total)), cancel=lambda: len(sink.calls) >= 2
    )
    assert summary.cancelled and summary.imported == 2
    assert progress == [(0, 5), (1, 5), (2, 5)]
    rest = fetcher.fetch_now()
    assert (rest.fetched, rest.imported, rest.cancelled) == (3, 3, False)
    assert sorted(sink.stored.values()) == sorted(sent)


def test_an_import_that_always_fails_stops_the_fetch(fetcher, sink, imap_mailbox, monkeypatch):
    monkeypatch.setattr(mail_fetch, "MAX_FAILURES_IN_A_ROW", 2)
    deliver(imap_mailbox, range(1, 6))
    for n in range(1, 6):
        sink.fail_on[n] = RuntimeError("broken")
    with pytest.raises(Exception, match="3 messages in a row"):
        fetcher.fetch_now()
    assert len(sink.calls) == 3


def test_imaps_with_the_servers_certificate(services, sink, keychain, imap_mailbox):
    import ssl

    server = imap_mailbox.server
    if server.cafile is None:
        pytest.skip("no TLS certificate for the test IMAP server")
    service = make_service(services, sink, ssl_context=ssl.create_default_context(cafile=str(server.cafile)))
    account = imap_mailbox.account(Security.IMAPS)
    service.configure(
        services.actor,
        host="localhost",
        port=account.port,
        security="imaps",
        user=account.user,
        password=imap_mailbox.password,
    )
    deliver(imap_mailbox, [1, 2])
    assert service.check_connection() == 2
    assert service.fetch_now().imported == 2


def test_not_set_up_and_no_password_are_explained(services, sink, keychain):
    service = make_service(services, sink)
    with pytest.raises(MailNotConfigured):
        service.fetch_now()
    service.configure(services.actor, host="imap.example.jp", port=993, security="imaps", user="info")
    assert not service.has_password()
    with pytest.raises(MailNotConfigured) as raised:
        service.fetch_now()
    assert "keychain" in raised.value.english()


def test_settings_are_checked_and_audited(services, sink, keychain):
    service = make_service(services, sink)
    service.configure(
        services.actor,
        host=" imap.example.jp ",
        port=993,
        security="imaps",
        user="info@gmo-c.jp",
        folder="受信箱",
        interval_minutes=5,
        password="秘密",
    )
    current = service.settings()
    assert (current.host, current.folder, current.interval_minutes) == ("imap.example.jp", "受信箱", 5)
    assert service.polls_here()
    assert services.audit.entries(entity="setting", entity_id=IMAP_HOST.key)
    for bad in (
        {"host": "imaps://imap.example.jp"},
        {"host": "imap.example.jp:993"},
        {"port": 0},
        {"port": "993"},
        {"security": "ssl"},
        {"interval_minutes": -1},
        {"interval_minutes": 1441},
    ):
        values = {"host": "other.example.jp", "port": 143, "security": "starttls", "user": "x"} | bad
        with pytest.raises(InvalidInput):
            service.configure(services.actor, password="new secret", **values)
    assert service.settings() == current
    assert service.passwords.get("info@gmo-c.jp", "imap.example.jp") == "秘密"
    assert keychain.entries.keys() == {(KEYRING_SERVICE, "info@gmo-c.jp@imap.example.jp")}
    with pytest.raises(InvalidInput):
        services.settings.set(services.actor, IMAP_PORT, 70000)


def test_a_new_account_replaces_the_old_password_and_an_empty_one_removes_it(services, sink, keychain):
    service = make_service(services, sink)
    service.configure(services.actor, host="a.example.jp", port=993, security="imaps", user="u", password="1")
    service.configure(services.actor, host="b.example.jp", port=993, security="imaps", user="u", password="2")
    assert keychain.entries == {(KEYRING_SERVICE, "u@b.example.jp"): "2"}
    service.configure(services.actor, host="b.example.jp", port=993, security="imaps", user="u", password="")
    assert keychain.entries == {}


def test_desk_staff_fetch_but_do_not_configure(services, sink, keychain, imap_mailbox, db_url):
    admin = make_service(services, sink)
    account = imap_mailbox.account()
    admin.configure(
        services.actor,
        host=account.host,
        port=account.port,
        security="none",
        user=account.user,
        password=imap_mailbox.password,
    )
    desk = open_services(db_url, login="desk-person")
    try:
        staff = make_service(desk, sink)
        with pytest.raises(PermissionDenied):
            staff.configure(desk.actor, host="x.example.jp", port=993, security="imaps", user="x")
        deliver(imap_mailbox, [1])
        assert staff.fetch_now().imported == 1
    finally:
        desk.close()


def test_an_unusable_keychain_is_a_translated_error(services, sink):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = PasswordStore()
        with pytest.raises(KeychainError) as raised:
            store.get("info", "imap.example.jp")
        assert raised.value.message == "The system keychain could not be used: {detail}"
        service = make_service(services, sink)
        with pytest.raises(KeychainError):
            service.configure(
                services.actor, host="imap.example.jp", port=993, security="imaps", user="i", password="p"
            )
        assert service.settings().host == ""  # the settings were not saved without the password
    finally:
        keyring.set_keyring(previous)


def test_another_desks_progress_is_never_undone(services, fetcher, sink, imap_mailbox):
    deliver(imap_mailbox, range(1, 4))
    fetcher.fetch_now()
    key = state_key(fetcher.settings().account)

    def other_desk(**changes):
        with services.db.transaction() as session:
            row = session.get(Setting, key)
            row.value = {**row.value, **changes}

    other_desk(last_uid=99, retry=[2])  # another desk got further, and failed on UID 2
    deliver(imap_mailbox, [4])
    real_import = sink.import_raw

    def meanwhile(actor, raw, origin):  # while this fetch runs, the other desk records a failure
        other_desk(retry=[2, 77])
        return real_import(actor, raw, origin)

    sink.import_raw = meanwhile
    summary = fetcher.fetch_now()  # UID 2 is tried again (a duplicate now); UID 4 < 99 is left to them
    assert (summary.fetched, summary.duplicates) == (1, 1)
    state = stored_state(services, fetcher)
    assert state["last_uid"] == 99 and state["retry"] == [77]


# -- with the real tickets import, and from the command line -----------------------------------------


class FaultySink:
    """The tickets import, made to fail on chosen calls."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.calls = 0
        self.fail_on: dict[int, BaseException] = {}

    def import_raw(self, actor, raw: bytes, origin: str) -> bool:
        self.calls += 1
        failure = self.fail_on.pop(self.calls, None)
        if failure is not None:
            raise failure
        return self.inner.import_raw(actor, raw, origin)


def stored_messages(services) -> dict[str, str]:
    from sqlalchemy import select

    from privacy_desk.storage.models import Message

    with services.db.transaction() as session:
        rows = session.execute(select(Message.message_id, Message.origin)).all()
    assert len(rows) == len({message_id for message_id, _ in rows})
    return dict(rows)


def configure_for(service, services, imap_mailbox) -> None:
    account = imap_mailbox.account()
    service.configure(
        services.actor,
        host=account.host,
        port=account.port,
        security="none",
        user=account.user,
        password=imap_mailbox.password,
    )


def test_fetched_mail_becomes_tickets_exactly_once_even_after_a_crash(services, keychain, imap_mailbox):
    sink = FaultySink(services.ticket_import)
    service = make_service(services, sink)
    configure_for(service, services, imap_mailbox)
    deliver(imap_mailbox, range(1, 7))
    sink.fail_on[3] = Crash()
    with pytest.raises(Crash):
        service.fetch_now()
    assert len(stored_messages(services)) == 2
    summary = service.fetch_now()
    assert (summary.imported, summary.duplicates, summary.failed) == (4, 0, 0)
    messages = stored_messages(services)
    expected = {f"inquiry-{n}-{os.getpid()}@example.jp" for n in range(1, 7)}
    assert {message_id.strip("<>") for message_id in messages} == expected
    assert all(origin.startswith("imap://") and ";UID=" in origin for origin in messages.values())
    imap_mailbox.recreate()
    again = service.fetch_now()
    assert again.rescanned and (again.imported, again.duplicates) == (0, 6)
    assert len(stored_messages(services)) == 6


def test_open_mail_fetch_uses_the_tickets_import(services, keychain, imap_mailbox):
    service = mail_fetch.open_mail_fetch(services)
    configure_for(service, services, imap_mailbox)
    deliver(imap_mailbox, [1])
    assert service.fetch_now().imported == 1
    assert len(stored_messages(services)) == 1


@pytest.fixture
def cli_keychain(tmp_path, monkeypatch):
    """A keychain file shared with the CLI subprocess (keyring_backends.FileKeyring)."""
    tests = Path(__file__).resolve().parents[1]
    monkeypatch.setenv("PRIVACY_DESK_TEST_KEYRING", str(tmp_path / "keychain.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring_backends.FileKeyring")
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(tests), os.environ.get("PYTHONPATH")]))
    )
    return FileKeyring()


def run_fetch_mail(db_url: str, *options: str):
    import subprocess

    command = [sys.executable, "-m", "privacy_desk", *options, "--db", db_url, "fetch-mail"]
    return subprocess.run(command, capture_output=True, env={**os.environ}, timeout=120)


def test_the_fetch_mail_command_for_a_scheduled_task(services, db_url, cli_keychain, imap_mailbox):
    service = make_service(services, RecordingSink(), passwords=PasswordStore(cli_keychain))
    configure_for(service, services, imap_mailbox)
    deliver(imap_mailbox, range(1, 4))
    first = run_fetch_mail(db_url)
    assert first.returncode == 0, first.stderr.decode()
    assert json.loads(first.stdout) == {
        "fetched": 3,
        "imported": 3,
        "duplicates": 0,
        "failed": 0,
        "cancelled": False,
        "rescanned": False,
    }
    second = run_fetch_mail(db_url)
    assert json.loads(second.stdout)["fetched"] == 0
    assert len(stored_messages(services)) == 3


def test_the_fetch_mail_command_fails_loudly(services, db_url, cli_keychain, imap_mailbox):
    service = make_service(services, RecordingSink(), passwords=PasswordStore(cli_keychain))
    configure_for(service, services, imap_mailbox)
    service.passwords.set(imap_mailbox.user, "127.0.0.1", "wrong")
    deliver(imap_mailbox, [1])
    failed = run_fetch_mail(db_url, "--lang", "en")
    assert failed.returncode == 1 and failed.stdout == b""
    assert failed.stderr.decode("utf-8").startswith(
        f"Error: The mail server 127.0.0.1 refused the login for {imap_mailbox.user}."
    )
    in_japanese = run_fetch_mail(db_url, "--lang", "ja")
    assert in_japanese.returncode == 1 and "エラー" in in_japanese.stderr.decode("utf-8")
    assert stored_messages(services) == {}
