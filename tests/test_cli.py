"""The command-line contract administrators script against (docs/ARCHITECTURE.md §5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(*args: str, db_url: str | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "privacy_desk"]
    if db_url:
        command += ["--db", db_url]
    return subprocess.run([*command, *args], capture_output=True, env={**os.environ}, timeout=120)


@pytest.fixture
def cli_db(tmp_path):
    (tmp_path / "cli.sqlite3").touch()  # an existing file: one named that does not exist is refused
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_deadline_request_json(cli_db):
    done = run_cli(
        "deadline", "request", "--type", "disclosure", "--received", "2026-04-01", "--json", db_url=cli_db
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout) == {
        "due": "2026-04-15",
        "lawsuit_possible_from": "2026-04-16",
        "fee_allowed": True,
    }


def test_deadline_request_accepts_wareki_and_purpose_has_no_lawsuit_date(cli_db):
    done = run_cli(
        "deadline", "request", "--type", "purpose", "--received", "R8.4.1", "--json", db_url=cli_db
    )
    assert json.loads(done.stdout) == {
        "due": "2026-04-15",
        "lawsuit_possible_from": None,
        "fee_allowed": True,
    }


def test_deadline_breach_json(cli_db):
    done = run_cli(
        "deadline", "breach", "--aware", "2026-12-01T10:00+09:00", "--malicious", "--json", db_url=cli_db
    )
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads(done.stdout)
    assert result["preliminary_target"] == "2026-12-04"
    assert result["preliminary_due"] == "2026-12-06"
    assert result["final_due"] == "2027-01-29"  # aware + 59 days: a Friday
    assert result["final_due_ja"] == "令和9年1月29日（金）"
    assert result["gdpr_due"] == "2026-12-04T01:00:00+00:00"


def test_errors_are_in_japanese_on_stderr_with_a_non_zero_exit(cli_db):
    done = run_cli(
        "deadline", "request", "--type", "nonsense", "--received", "2026-04-01", "--json", db_url=cli_db
    )
    assert done.returncode == 1
    assert done.stdout == b""
    assert "nonsense" in done.stderr.decode("utf-8")
    assert "エラー" in done.stderr.decode("utf-8")


def test_errors_follow_the_lang_option(cli_db):
    done = run_cli(
        "--lang",
        "en",
        "deadline",
        "request",
        "--type",
        "disclosure",
        "--received",
        "2026-02-30",
        db_url=cli_db,
    )
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").startswith("Error:")


def test_db_upgrade_then_up_to_date(cli_db):
    first = run_cli("--lang", "en", "db", "upgrade", db_url=cli_db)
    second = run_cli("--lang", "en", "db", "upgrade", db_url=cli_db)
    assert first.returncode == second.returncode == 0
    assert b"Upgraded" in first.stdout
    assert b"up to date" in second.stdout


def test_demo_is_idempotent(cli_db):
    first = json.loads(run_cli("demo", "--tickets", "12", db_url=cli_db).stdout)
    second = json.loads(run_cli("demo", "--tickets", "12", db_url=cli_db).stdout)
    assert first["persons"] > 0 and first["users"] > 0 and first["tickets"] == 12
    assert second == {"persons": 0, "users": 0, "tickets": 0, "cases": 0, "incidents": 0, "holdings": 0}
    listed = json.loads(run_cli("tickets", "list", "--json", db_url=cli_db).stdout)
    assert len(listed) == 12
    assert {t["channel"] for t in listed} == {"mail", "phone", "letter"}


def test_version():
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.decode().startswith("privacy-desk ")


def test_the_feature_table_names_each_module_and_the_commands_it_adds():
    """The CLI imports only the module of the command given (privacy_desk/cli/__init__.py): its table
    must say exactly what each module adds, and the frozen app must bundle every module it names."""
    import argparse
    import importlib

    from privacy_desk.cli import FEATURES, _chosen_features

    for feature, commands in FEATURES.items():
        module = importlib.import_module(f"privacy_desk.cli.{feature}")
        subparsers = argparse.ArgumentParser().add_subparsers()
        assert tuple(module.add_commands(subparsers, lambda _c, text, *a: text)) == commands
    spec = (Path(__file__).parents[1] / "packaging" / "privacy_desk.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("privacy_desk")' in spec  # the modules imported by name are bundled
    assert _chosen_features([]) == [] and _chosen_features(["--db", "x", "--lang", "ja"]) == []
    assert _chosen_features(["--db", "report", "selftest", "--startup"]) == ["selftest"]
    assert _chosen_features(["report", "case"]) == ["cases"]
    assert _chosen_features(["nonsense"]) == _chosen_features(["tickets", "-h"]) == list(FEATURES)


def test_help_and_a_mistyped_command_still_list_every_command(cli_db):
    done = run_cli("--help")
    assert done.returncode == 0
    for command in ("selftest", "import-mail", "tickets", "report", "deadline", "demo"):
        assert command in done.stdout.decode()
    wrong = run_cli("tickts", db_url=cli_db)
    assert wrong.returncode != 0 and "tickets" in wrong.stderr.decode()
