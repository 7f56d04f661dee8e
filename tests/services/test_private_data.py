"""Personal data stays out of the log and out of error texts when the database refuses a message."""

from __future__ import annotations

import json
import logging
import sys
from email.header import Header
from pathlib import Path

import pytest
from sqlalchemy import text

from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.tickets.mail_fetch import MailFetchService, PasswordStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("imap_server", "keyring_backends")
from keyring_backends import MemoryKeyring  # noqa: E402

pytest_plugins = ["imap_server"]  # the imap_server and imap_mailbox fixtures

SUBJECT = "マイナンバー 123456789018 の件"
PERSONAL = ("hanako.yamada@example.jp", "山田 花子", "123456789018", SUBJECT, "東京都千代田区丸の内")


def message(number: int, sender: str) -> bytes:
    lines = [
        f"Message-ID: <private-{number}@example.jp>",
        f"From: {sender}",
        "To: info@example.co.jp",
        f"Subject: {Header(SUBJECT, 'utf-8').encode()}",
        "Date: Mon, 01 Jun 2026 10:00:00 +0900",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "私のマイナンバーは 123456789018 です。住所は東京都千代田区丸の内です。",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


FIRST = message(1, "=?UTF-8?B?5L2Q6JekIOWBpQ==?= <ken.sato@example.jp>")  # 佐藤 健
SECOND = message(2, "=?UTF-8?B?5bGx55SwIOiKseWtkA==?= <hanako.yamada@example.jp>")  # 山田 花子


def refuse_a_second_message_with_the_same_subject(services) -> None:
    """A real constraint the database enforces, so the second message fails in the INSERT that carries
    its sender, name, subject and body (and PostgreSQL names the duplicate value in its DETAIL)."""
    with services.db.transaction() as session:
        session.execute(text("CREATE UNIQUE INDEX pd_test_one_subject ON messages (subject)"))


@pytest.fixture
def app_log():
    from privacy_desk.ui.errors import configure_logging, log

    target = configure_logging()
    yield target
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == target:
            log.removeHandler(handler)
            handler.close()


def configured_fetcher(services, imap_mailbox, keyring) -> MailFetchService:
    """The mail fetch set up for the test mailbox, its password in `keyring`."""
    passwords = PasswordStore(keyring)
    fetcher = MailFetchService(
        services.db, services.settings, services.actor, services.ticket_import, passwords=passwords
    )
    account = imap_mailbox.account()
    fetcher.configure(
        services.actor,
        host=account.host,
        port=account.port,
        security=account.security.value,
        user=account.user,
        password=imap_mailbox.password,
    )
    return fetcher


def test_a_message_the_database_refuses_leaves_no_personal_data_in_the_log(services, imap_mailbox, app_log):
    refuse_a_second_message_with_the_same_subject(services)
    for raw in (FIRST, SECOND):
        imap_mailbox.deliver(raw)
    fetcher = configured_fetcher(services, imap_mailbox, MemoryKeyring())

    summary = fetcher.fetch_now()

    assert (summary.imported, summary.failed) == (1, 1)
    logged = app_log.read_text(encoding="utf-8")
    assert "Could not import UID 2" in logged and "IntegrityError" in logged  # the failure is logged
    for value in PERSONAL:
        assert value not in logged


def test_the_reason_a_message_was_refused_names_no_personal_data(services, tmp_path):
    refuse_a_second_message_with_the_same_subject(services)
    (tmp_path / "1.eml").write_bytes(FIRST)
    (tmp_path / "2.eml").write_bytes(SECOND)

    summary = services.ticket_import.import_paths(services.actor, [tmp_path])

    assert summary.imported == 1
    ((origin, reason),) = summary.failed
    assert origin.endswith("2.eml")
    assert "pd_test_one_subject" in reason or "messages.subject" in reason  # which rule, not which values
    for value in PERSONAL:
        assert value not in reason
    # and the Inbox's summary can say it in Japanese
    japanese = reason.problem.translated(catalogue("ja"))
    assert japanese != str(reason) and "データベース" in japanese


def test_the_fetch_mail_command_logs_a_refused_message_to_the_log_not_as_a_traceback(
    services, imap_mailbox, tmp_path, monkeypatch
):
    import os
    import subprocess

    from keyring_backends import FileKeyring

    from privacy_desk import paths

    tests = Path(__file__).resolve().parents[1]
    monkeypatch.setenv("PRIVACY_DESK_TEST_KEYRING", str(tmp_path / "keychain.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring_backends.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", str(tests))
    refuse_a_second_message_with_the_same_subject(services)
    for raw in (FIRST, SECOND):
        imap_mailbox.deliver(raw)
    configured_fetcher(services, imap_mailbox, FileKeyring())

    done = subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--lang", "en", "--db", str(services.db.url), "fetch-mail"],
        capture_output=True,
        env={**os.environ},
        timeout=120,
    )

    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1 and json.loads(done.stdout)["failed"] == 1
    assert "Traceback" not in stderr and "could not be imported" in stderr
    logged = (paths.log_dir() / "privacy-desk.log").read_text(encoding="utf-8")
    assert "Could not import UID 2" in logged
    for value in PERSONAL:
        assert value not in stderr and value not in logged


def test_an_unexpected_database_error_box_shows_no_row_values(services, qapp):
    """A raw driver error (one no service turned into a StorageError) still says which rule failed."""
    from sqlalchemy.exc import IntegrityError

    from privacy_desk.ui.errors import error_box

    with services.db.engine.connect() as connection:
        connection.execute(text("CREATE TABLE pd_test_people (email VARCHAR(100) UNIQUE)"))
        connection.execute(text("INSERT INTO pd_test_people VALUES ('hanako.yamada@example.jp')"))
        with pytest.raises(IntegrityError) as raised:
            connection.execute(
                text("INSERT INTO pd_test_people VALUES (:email)"), {"email": "hanako.yamada@example.jp"}
            )
        connection.rollback()

    box = error_box(raised.value)
    shown = box.informativeText() + box.detailedText()
    assert "IntegrityError" in shown
    assert "hanako.yamada@example.jp" not in shown
    box.deleteLater()
