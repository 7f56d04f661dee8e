"""`privacy-desk retention due|export-ics` and `privacy-desk deadline retention` (docs/ARCHITECTURE.md §5),
through main() as a script runs them."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from icalendar import Calendar
from retention_samples import make_holding

from privacy_desk.cli import main
from privacy_desk.domain.retention import HoldReason

FIELDS = {"holding", "category", "due", "status", "hold"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_deadline_retention_json_is_the_contract(capsys):
    status, out, _ = run(capsys, "deadline", "retention", "--period", "7y", "--from", "2025-03-31", "--json")
    assert status == 0
    assert json.loads(out) == {
        "expires_on": "2032-03-31",
        "delete_from": "2032-04-01",
        "expires_on_ja": "令和14年3月31日（水）",
    }


@pytest.mark.parametrize(
    ("period", "trigger", "expires_on", "delete_from"),
    [
        ("6m", "2026-08-31", "2027-02-28", "2027-03-01"),  # starts 1 Sep, ends the day before 1 Mar
        ("2w", "2026-12-03", "2026-12-17", "2026-12-18"),
        ("90d", "2026-01-01", "2026-04-01", "2026-04-02"),
        ("１ｙ", "R6.2.29", "2025-02-28", "2025-03-01"),  # full-width period, 和暦 leap day
    ],
)
def test_deadline_retention_by_unit(capsys, period, trigger, expires_on, delete_from):
    status, out, _ = run(capsys, "deadline", "retention", "--period", period, "--from", trigger, "--json")
    assert status == 0
    result = json.loads(out)
    assert (result["expires_on"], result["delete_from"]) == (expires_on, delete_from)


def test_deadline_retention_text_is_translated(capsys):
    status, out, _ = run(
        capsys, "--lang", "ja", "deadline", "retention", "--period", "1y", "--from", "2026-01-01"
    )
    assert status == 0 and "令和9年1月1日" in out and "Kept until" not in out
    status, out, _ = run(
        capsys, "--lang", "en", "deadline", "retention", "--period", "1y", "--from", "2026-01-01"
    )
    assert status == 0 and "Kept until" in out


def test_a_bad_period_is_a_translated_error_with_status_1(capsys):
    status, out, err = run(
        capsys, "--lang", "ja", "deadline", "retention", "--period", "7x", "--from", "2026-01-01"
    )
    assert status == 1 and out == "" and "Traceback" not in err
    assert "7x" in err and "retention period" not in err  # said in Japanese


def test_retention_due_json_is_the_contract(services, db_url, capsys):
    retention = services.retention
    today = retention.today()
    soon = make_holding(services, "今週の録音", due_in=2)
    held = make_holding(services, "保留の録音", due_in=4)
    retention.place_hold(
        services.actor, held.id, held.version, HoldReason.REQUIRED_BY_LAW, "訴訟", today + timedelta(days=6)
    )
    kept_back = make_holding(services, "同意で保存中の録音", due_in=3)
    review_later = today + timedelta(days=90)
    retention.place_hold(  # reviewed after the range: it leaves the due list
        services.actor, kept_back.id, kept_back.version, HoldReason.CONSENT, "同意", review_later
    )
    make_holding(services, "来月の録音", due_in=40)
    start, end = today.isoformat(), (today + timedelta(days=7)).isoformat()
    status, out, err = run(capsys, "--db", db_url, "retention", "due", "--from", start, "--to", end, "--json")
    assert status == 0, err
    rows = json.loads(out)
    assert all(set(row) == FIELDS for row in rows)
    assert rows == [
        {
            "holding": "今週の録音",
            "category": "サポート通話録音",
            "due": soon.delete_from.isoformat(),
            "status": "kept",
            "hold": None,
        },
        {
            "holding": "保留の録音",
            "category": "サポート通話録音",
            "due": held.delete_from.isoformat(),
            "status": "held",
            "hold": "required_by_law",
        },
    ]
    status, out, _ = run(
        capsys, "--db", db_url, "--lang", "en", "retention", "due", "--from", start, "--to", end
    )
    assert status == 0 and soon.ref in out and "On hold (Required by law)" in out


def test_retention_export_ics_writes_a_calendar(services, db_url, capsys, tmp_path):
    holding = make_holding(services, due_in=3)
    path = tmp_path / "due.ics"
    status, out, err = run(capsys, "--db", db_url, "--lang", "en", "retention", "export-ics", str(path))
    assert status == 0, err
    assert str(path) in out
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART") == holding.delete_from


def test_retention_due_refuses_a_range_backwards(services, db_url, capsys):
    status, _, err = run(
        capsys,
        "--db",
        db_url,
        "--lang",
        "en",
        "retention",
        "due",
        "--from",
        "2026-12-10",
        "--to",
        "2026-12-01",
    )
    assert status == 1 and "before the first day" in err
