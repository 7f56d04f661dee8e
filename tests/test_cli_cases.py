"""`privacy-desk cases list --json` and `privacy-desk report case` (docs/ARCHITECTURE.md §5) on the
demo's cases."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from test_cli import run_cli

from privacy_desk.reports import fonts

FIELDS = {"ref", "type", "status", "requester", "received_on", "due", "ticket_ref"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('cases') / 'cli.sqlite3'}"
    done = run_cli("--create", "demo", "--tickets", "12", db_url=url)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["cases"] == 11
    return url


def test_cases_list_json_is_the_contract(demo_db):
    done = run_cli("cases", "list", "--json", db_url=demo_db)
    assert done.returncode == 0, done.stderr.decode()
    cases = json.loads(done.stdout.decode("utf-8"))
    assert len(cases) == 11 and all(set(c) == FIELDS for c in cases)
    assert [c["due"] for c in cases] == sorted(c["due"] for c in cases)
    assert {c["type"] for c in cases} == {
        "purpose",
        "disclosure",
        "provision_record",
        "correction",
        "stop_use",
        "stop_provision",
    }
    assert {
        "received",
        "identity_check",
        "fee_pending",
        "in_progress",
        "decision",
        "responded",
        "closed",
    } <= {c["status"] for c in cases}
    converted = [c for c in cases if c["ticket_ref"]]
    assert len(converted) == 1 and re.fullmatch(r"PD-\d{4}-\d{6}", converted[0]["ticket_ref"])
    assert all(re.fullmatch(r"REQ-\d{4}-\d{4}", c["ref"]) for c in cases)
    assert "山田 太郎" in {c["requester"] for c in cases} and "Anna Schmidt" in {
        c["requester"] for c in cases
    }
    overdue = json.loads(run_cli("cases", "list", "--overdue", "--json", db_url=demo_db).stdout)
    assert overdue and {c["status"] for c in overdue} <= {
        "in_progress",
        "fee_pending",
        "identity_check",
        "received",
    }
    refused = json.loads(run_cli("cases", "list", "--type", "correction", "--json", db_url=demo_db).stdout)
    assert [c["type"] for c in refused] == ["correction"]


def test_cases_list_refuses_an_unknown_status(demo_db):
    done = run_cli("--lang", "en", "cases", "list", "--status", "lost", db_url=demo_db)
    assert done.returncode == 1 and "lost" in done.stderr.decode()


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext")), reason="needs poppler-utils"
)
def test_report_case_writes_a_japanese_pdf_with_embedded_font(demo_db, tmp_path):
    cases = json.loads(run_cli("cases", "list", "--type", "disclosure", "--json", db_url=demo_db).stdout)
    refused = next(c for c in cases if c["status"] == "responded")
    out = tmp_path / "case.pdf"
    done = run_cli(
        "report", "case", refused["ref"].lower(), "--out", str(out), "--lang", "ja", db_url=demo_db
    )
    assert done.returncode == 0, done.stderr.decode()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert refused["ref"] in text and refused["requester"] in text
    assert re.search(r"令和\d+年\d+月\d+日（.）", text)
    assert "鈴木 一郎" in text  # the manager who approved the refusal
    if fonts.report_fonts().embedded:
        rows = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        body = [line.split() for line in rows.splitlines()[2:] if line.strip()]
        assert body and all(row[-5:-2] == ["yes", "yes", "yes"] for row in body), rows


def test_report_case_in_english_and_errors(demo_db, tmp_path):
    out = tmp_path / "case-en.pdf"
    first = json.loads(run_cli("cases", "list", "--json", db_url=demo_db).stdout)[0]["ref"]
    done = run_cli("report", "case", first, "--out", str(out), "--lang", "en", db_url=demo_db)
    assert done.returncode == 0, done.stderr.decode()
    assert out.read_bytes().startswith(b"%PDF-")
    missing = run_cli("--lang", "en", "report", "case", "REQ-1999-0001", "--out", str(out), db_url=demo_db)
    assert missing.returncode == 1 and "No request case REQ-1999-0001" in missing.stderr.decode()
    wrong = run_cli("--lang", "en", "report", "case", "PD-2026-000001", "--out", str(out), db_url=demo_db)
    assert wrong.returncode == 1 and "Not a case reference" in wrong.stderr.decode()
