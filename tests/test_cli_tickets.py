"""The tickets part of the command-line contract (docs/ARCHITECTURE.md §5): import-mail, tickets
list/show/export-csv."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_cli import run_cli
from ticket_mail import HANAKO, KEN, mail

LIST_FIELDS = {
    "ref",
    "subject",
    "status",
    "category",
    "channel",
    "from_address",
    "from_name",
    "received_at",
    "message_count",
}
MESSAGE_FIELDS = {"message_id", "from_address", "from_name", "subject", "sent_at", "body_text", "attachments"}
ATTACHMENT_FIELDS = {"filename", "content_type", "size", "sha256"}


@pytest.fixture
def cli_db(tmp_path):
    (tmp_path / "cli.sqlite3").touch()  # an existing file: one named that does not exist is refused
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


@pytest.fixture
def mail_folder(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1.eml").write_bytes(
        mail(
            "c1@example.jp",
            HANAKO,
            "個人情報の開示請求",
            "開示をお願いします。",
            attachments=(("本人確認.pdf", "application/pdf", b"%PDF-1.4"),),
        )
    )
    (folder / "2.eml").write_bytes(
        mail("c2@example.jp", HANAKO, "Re: 個人情報の開示請求", "追記です。", in_reply_to="c1@example.jp")
    )
    (folder / "3.eml").write_bytes(mail("c3@example.jp", KEN, "配信停止", "配信停止してください。"))
    return folder


def test_import_mail_prints_a_json_summary_and_is_idempotent(cli_db, mail_folder):
    first = run_cli("import-mail", str(mail_folder), db_url=cli_db)
    assert first.returncode == 0, first.stderr.decode()
    assert json.loads(first.stdout) == {
        "imported": 3,
        "duplicates": 0,
        "threaded": 1,
        "new_tickets": 2,
        "possibly_related": 0,
        "failed": [],
        "cancelled": False,
    }
    second = json.loads(run_cli("import-mail", str(mail_folder / "1.eml"), db_url=cli_db).stdout)
    assert (second["imported"], second["duplicates"]) == (0, 1)


def test_import_mail_names_broken_files_and_exits_non_zero(cli_db, mail_folder):
    (mail_folder / "broken.mbox").write_bytes(b"not an mbox at all\n")
    done = run_cli("--lang", "en", "import-mail", str(mail_folder), db_url=cli_db)
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert summary["imported"] == 3
    assert [f["origin"] for f in summary["failed"]] == [str(mail_folder / "broken.mbox")]
    assert b"could not be imported" in done.stderr


def test_tickets_list_json_has_exactly_the_contract_fields(cli_db, mail_folder):
    run_cli("import-mail", str(mail_folder), db_url=cli_db)
    done = run_cli("tickets", "list", "--json", db_url=cli_db)
    assert done.returncode == 0, done.stderr.decode()
    listed = json.loads(done.stdout.decode("utf-8"))
    assert all(set(ticket) == LIST_FIELDS for ticket in listed)
    assert [(t["ref"], t["message_count"]) for t in listed] == [("PD-2026-000002", 1), ("PD-2026-000001", 2)]
    hanako = listed[1]
    assert hanako == {
        "ref": "PD-2026-000001",
        "subject": "個人情報の開示請求",
        "status": "new",
        "category": "data_subject_request",
        "channel": "mail",
        "from_address": "hanako@example.jp",
        "from_name": "髙橋 花子",
        "received_at": "2026-04-01T01:00:00+00:00",
        "message_count": 2,
    }
    only = json.loads(run_cli("tickets", "list", "--json", "--category", "opt_out", db_url=cli_db).stdout)
    assert [t["ref"] for t in only] == ["PD-2026-000002"]
    found = json.loads(run_cli("tickets", "list", "--json", "--search", "開示", db_url=cli_db).stdout)
    assert [t["ref"] for t in found] == ["PD-2026-000001"]


def test_tickets_show_json_has_the_thread_with_attachments(cli_db, mail_folder):
    run_cli("import-mail", str(mail_folder), db_url=cli_db)
    done = run_cli("tickets", "show", "PD-2026-000001", "--json", db_url=cli_db)
    assert done.returncode == 0, done.stderr.decode()
    ticket = json.loads(done.stdout.decode("utf-8"))
    assert set(ticket) >= LIST_FIELDS and ticket["first_response_due"] == "2026-04-06"
    first, second = ticket["messages"]
    assert set(first) == MESSAGE_FIELDS
    assert (first["message_id"], first["from_address"], first["from_name"]) == (
        "c1@example.jp",
        "hanako@example.jp",
        "髙橋 花子",
    )
    assert first["sent_at"] == "2026-04-01T01:00:00+00:00" and first["body_text"] == "開示をお願いします。\n"
    (attachment,) = first["attachments"]
    assert set(attachment) == ATTACHMENT_FIELDS
    assert (attachment["filename"], attachment["content_type"], attachment["size"]) == (
        "本人確認.pdf",
        "application/pdf",
        8,
    )
    assert len(attachment["sha256"]) == 64
    assert second["subject"] == "Re: 個人情報の開示請求" and second["attachments"] == []


def test_tickets_show_of_an_unknown_ref_fails_on_stderr(cli_db):
    done = run_cli("--lang", "en", "tickets", "show", "PD-2026-999999", "--json", db_url=cli_db)
    assert done.returncode == 1 and done.stdout == b""
    assert done.stderr.decode("utf-8").startswith("Error:") and "PD-2026-999999" in done.stderr.decode()


def test_tickets_export_csv_writes_every_message(cli_db, mail_folder, tmp_path):
    run_cli("import-mail", str(mail_folder), db_url=cli_db)
    target = tmp_path / "export.csv"
    done = run_cli("tickets", "export-csv", str(target), db_url=cli_db)
    assert done.returncode == 0, done.stderr.decode()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(r["ref"], r["message_subject"]) for r in rows] == [
        ("PD-2026-000002", "配信停止"),
        ("PD-2026-000001", "個人情報の開示請求"),
        ("PD-2026-000001", "Re: 個人情報の開示請求"),
    ]
    assert rows[1]["attachments"] == "本人確認.pdf"
