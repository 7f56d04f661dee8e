"""Bad input gets a translated error on stderr and exit status 1: never a traceback, never a hang.

Each command runs in a subprocess with a timeout, so a regression that hangs fails instead."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import run_cli
from ticket_mail import KEN, mail

sys.path.insert(0, str(Path(__file__).resolve().parent / "intake"))
from msgbuild import MsgSpec, build_msg

TIMEOUT = 60


def cli(*args: str, db_url: str, lang: str = "en", cwd: Path | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "privacy_desk", "--lang", lang, "--db", db_url, *args]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1])])}
    return subprocess.run(command, capture_output=True, env=env, timeout=TIMEOUT, cwd=cwd)


def refused(done: subprocess.CompletedProcess) -> str:
    """The stderr of a command that failed as it should: exit status 1, no traceback."""
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1, (done.returncode, stderr)
    assert "Traceback" not in stderr, stderr
    return stderr


@pytest.fixture
def cli_db(tmp_path):
    (tmp_path / "cli.sqlite3").touch()  # an existing file: one named that does not exist is refused
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


# -- deadlines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("deadline", "request", "--type", "disclosure", "--received", "9999-12-31"),
        ("deadline", "request", "--type", "disclosure", "--received", "9999-12-31", "--gdpr"),
        ("deadline", "breach", "--aware", "9999-12-31T10:00+09:00"),
        ("deadline", "breach", "--aware", "9999-12-31T23:59:59-12:00", "--malicious"),
    ],
)
def test_a_date_too_far_ahead_is_an_error(cli_db, args):
    assert refused(cli(*args, db_url=cli_db)).startswith("Error: ")
    assert "9999" in refused(cli(*args, db_url=cli_db, lang="ja"))


# -- damaged databases -------------------------------------------------------------------------------


def damage_alembic_version(path: Path) -> None:
    """Overwrite the first page of the table the version check reads: the file still opens."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\x55" * page_size
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["garbage", "table page"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_damaged_database_file_is_named_as_such(tmp_path, damage, lang):
    path = tmp_path / "damaged.sqlite3"
    if damage == "garbage":
        path.write_bytes(b"this is not a database, just text " * 200)
    else:
        assert cli("db", "upgrade", db_url=f"sqlite:///{path}").returncode == 0
        damage_alembic_version(path)
    stderr = refused(cli("tickets", "list", db_url=f"sqlite:///{path}", lang=lang))
    assert str(path) in stderr
    if lang == "en":
        assert "not a Privacy Desk database, or it is damaged" in stderr
    else:
        assert "壊れて" in stderr


# -- import-mail -------------------------------------------------------------------------------------


def test_a_device_is_refused_without_reading_it(cli_db):
    stderr = refused(cli("import-mail", "/dev/zero", db_url=cli_db))
    assert "/dev/zero" in stderr and "not a regular file" in stderr


def test_a_fifo_is_refused_without_waiting_for_a_writer(cli_db, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    os.mkfifo(folder / "pipe.eml")
    os.mkfifo(tmp_path / "pipe.mbox")
    (folder / "1.eml").write_bytes(mail("ok@example.jp", KEN, "件名", "本文"))
    done = cli("import-mail", str(folder), str(tmp_path / "pipe.mbox"), db_url=cli_db)
    stderr = refused(done)
    summary = json.loads(done.stdout)
    assert summary["imported"] == 1
    assert sorted(f["origin"] for f in summary["failed"]) == [
        str(folder / "pipe.eml"),
        str(tmp_path / "pipe.mbox"),
    ]
    assert "not a regular file" in stderr


def test_an_empty_mbox_says_so(cli_db, tmp_path):
    (tmp_path / "empty.mbox").write_bytes(b"")
    (tmp_path / "blank.mbox").write_bytes(b"\n\n")
    done = cli("import-mail", str(tmp_path / "empty.mbox"), str(tmp_path / "blank.mbox"), db_url=cli_db)
    stderr = refused(done)
    failed = json.loads(done.stdout)["failed"]
    assert [f["reason"] for f in failed] == [f"{f['origin']}: the file holds no message" for f in failed]
    assert "holds no message" in stderr


def test_a_folder_with_no_mail_file_says_so(cli_db, tmp_path):
    (tmp_path / "looks like a file.eml").mkdir()
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("not mail", encoding="utf-8")
    paths = [tmp_path / "looks like a file.eml", tmp_path / "empty", tmp_path / "other"]
    done = cli("import-mail", *map(str, paths), db_url=cli_db)
    stderr = refused(done)
    failed = json.loads(done.stdout)["failed"]
    assert [f["origin"] for f in failed] == [str(p) for p in paths]
    assert all(f["reason"].endswith(": the folder holds no .eml, .msg or .mbox file") for f in failed)
    assert "no .eml, .msg or .mbox file" in stderr
    ja = refused(cli("import-mail", str(tmp_path / "empty"), db_url=cli_db, lang="ja"))
    assert "フォルダー" in ja


def test_many_failures_are_summarised(cli_db, tmp_path):
    mbox = tmp_path / "empty-messages.mbox"
    mbox.write_bytes(b"From x@example.jp Mon Jan  1 00:00:00 2024\n\n" * 20_000)
    done = cli("import-mail", str(mbox), db_url=cli_db)
    stderr = refused(done)
    summary = json.loads(done.stdout)
    assert summary["failed_total"] == 20_000
    assert len(summary["failed"]) == 100
    assert summary["failed"][0] == {"origin": f"{mbox}#1", "reason": f"{mbox}#1: empty message"}
    assert summary["failed_reasons"] == [{"reason": "empty message", "count": 20_000}]
    assert len(done.stdout) < 50_000  # not a line per failure
    assert len(stderr.splitlines()) <= 3 and "20000" in stderr.replace(",", "")


def test_a_short_msg_is_read_as_bytes_never_as_a_file_name(cli_db, tmp_path):
    # Below 1,536 bytes olefile takes a bytes argument for a path: these bytes name a real .msg here.
    short = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"x" * 40
    work = tmp_path / "work"
    work.mkdir()
    (work / os.fsdecode(short)).write_bytes(build_msg(MsgSpec(subject="another file", sender_email="a@b.jp")))
    (tmp_path / "short.msg").write_bytes(short)
    done = cli("import-mail", str(tmp_path / "short.msg"), db_url=cli_db, cwd=work)
    refused(done)
    summary = json.loads(done.stdout)
    assert summary["imported"] == 0
    (failure,) = summary["failed"]
    assert failure["reason"].endswith(": the file is damaged or is not an Outlook message")


@pytest.mark.parametrize(
    "data",
    [
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 3000,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 12,
    ],
    ids=["zeros", "noise"],
)
def test_a_broken_msg_gets_a_translated_reason(cli_db, tmp_path, data):
    (tmp_path / "broken.msg").write_bytes(data)
    done = cli("import-mail", str(tmp_path / "broken.msg"), db_url=cli_db, lang="ja")
    stderr = refused(done)
    (failure,) = json.loads(done.stdout)["failed"]
    assert failure["reason"].endswith(": the file is damaged or is not an Outlook message")
    assert "Outlook" in stderr and "壊れて" in stderr


# -- demo ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["-5", "lots"])
def test_a_negative_or_non_numeric_count_is_refused(cli_db, value):
    done = run_cli("--lang", "en", "demo", "--tickets", value, db_url=cli_db)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in stderr
    assert "--tickets" in stderr and value in stderr
    ja = run_cli("--lang", "ja", "demo", "--tickets", value, db_url=cli_db).stderr.decode("utf-8")
    assert "0 以上の整数" in ja
    assert json.loads(run_cli("tickets", "list", "--json", db_url=cli_db).stdout or b"[]") == []
