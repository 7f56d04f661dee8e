"""A mistyped database path never becomes a new, empty database, and a read-only one says so (issue #10
item 6): the command line refuses (translated, exit 1, nothing made) unless told to create; the storage
opens a file this desk may not change for reading only and refuses changes in the user's language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_desk.errors import DatabaseMissing, ReadOnlyDatabase
from privacy_desk.i18n.qt import catalogue

JA = catalogue("ja")


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "privacy_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


@pytest.fixture
def typo(tmp_path: Path) -> Path:
    return tmp_path / "shraed" / "cases.sqlite3"  # neither the folder nor the file exists


@pytest.mark.parametrize("command", [["tickets", "list", "--json"], ["demo", "--tickets", "2"]])
def test_the_cli_refuses_a_named_file_that_does_not_exist_and_makes_nothing(typo, command):
    done = cli("--db", f"sqlite:///{typo}", *command)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("エラー") and str(typo) in done.stderr
    assert "--create" in done.stderr and "Traceback" not in done.stderr
    assert not typo.parent.exists()


def test_the_refusal_follows_lang_and_covers_privacy_desk_db(typo):
    done = cli("--lang", "en", "tickets", "list", env={"PRIVACY_DESK_DB": f"sqlite:///{typo}"})
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: There is no database at {typo}.")
    assert not typo.parent.exists()


def test_create_and_db_upgrade_make_the_database(tmp_path, typo):
    made = cli("--db", f"sqlite:///{typo}", "--create", "tickets", "list", "--json")
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "[]" and typo.is_file()

    upgraded = tmp_path / "new" / "office.sqlite3"
    done = cli("--lang", "en", "--db", f"sqlite:///{upgraded}", "db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert "Upgraded the database" in done.stdout and upgraded.is_file()


def test_the_default_database_is_made_on_the_first_start_without_asking(isolated_home):
    done = cli("tickets", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert (isolated_home / "data" / "privacy_desk.sqlite3").is_file()


def test_the_storage_makes_nothing_when_told_not_to_create(typo):
    from privacy_desk.services.container import open_services
    from privacy_desk.ui.dialogs.settings_pages.local import check_database_url

    with pytest.raises(DatabaseMissing) as missing:
        open_services(f"sqlite:///{typo}", create=False)
    assert missing.value.path == str(typo)
    said = missing.value.translated(JA)
    assert said == f"{typo} にデータベースがありません。何も作成していません。パスを確認してください。"
    with pytest.raises(DatabaseMissing):  # Settings › Test Connection
        check_database_url(f"sqlite:///{typo}")
    assert not typo.parent.exists()


@pytest.fixture
def read_only_file(tmp_path: Path) -> Path:
    from privacy_desk.services.container import open_services

    path = tmp_path / "desk #1 100%.sqlite3"  # characters a file: URI must escape
    for login in ("tester", None):  # None: the computer's login, as the CLI signs in
        open_services(f"sqlite:///{path}", login=login).close()
    path.chmod(0o444)
    return path


def test_a_read_only_file_opens_for_reading_and_refuses_a_change_in_japanese(read_only_file):
    from privacy_desk.services.container import open_services

    services = open_services(f"sqlite:///{read_only_file}", login="tester")
    try:
        assert services.db.read_only
        assert services.database_label == str(read_only_file)
        assert services.tickets.page(limit=1).total == 0  # reading works
        with pytest.raises(ReadOnlyDatabase) as refused:
            services.users.add(services.actor, "sato", "佐藤", services.actor.role)
        assert "読み取り専用" in refused.value.translated(JA)
        assert refused.value.params["detail"] == "attempt to write a readonly database"
    finally:
        services.close()
    assert not os.access(read_only_file, os.W_OK) or not read_only_file.stat().st_mode & 0o222


def test_the_cli_reads_a_read_only_file_and_says_why_a_change_fails(read_only_file):
    url = f"sqlite:///{read_only_file}"
    listed = cli("--db", url, "tickets", "list", "--json")
    assert listed.returncode == 0 and listed.stdout.strip() == "[]", listed.stderr
    demo = cli("--db", url, "demo", "--tickets", "1")
    assert demo.returncode == 1 and "読み取り専用" in demo.stderr and "Traceback" not in demo.stderr
