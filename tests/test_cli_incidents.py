"""`privacy-desk incidents list` and `privacy-desk deadline breach`'s assessment (docs/ARCHITECTURE.md
§5), through the CLI's main() as a script calls it: an absent flag is "no", an absent
--persons is not yet known and counts as more than 1,000."""

from __future__ import annotations

import json

import pytest

from privacy_desk.cli import main

FIELDS = {
    "ref",
    "title",
    "aware_at",
    "reportable",
    "triggers",
    "persons_affected",
    "preliminary_due",
    "final_due",
    "status",
}
FRIDAY = "2026-12-25T10:00+09:00"  # the Friday before 年末年始


@pytest.fixture
def cli_db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def breach(capsys, cli_db, *flags: str) -> dict:
    code, out, err = run(
        capsys, "--db", cli_db, "--create", "deadline", "breach", "--aware", FRIDAY, *flags, "--json"
    )
    assert code == 0, err
    return json.loads(out)


def test_the_breach_deadlines_of_a_malicious_access_with_its_assessment(capsys, cli_db):
    result = breach(capsys, cli_db, "--malicious")
    assert result == {
        "preliminary_target": "2026-12-28",
        "preliminary_due": "2026-12-30",
        "final_due": "2027-02-22",  # day 60, a Monday
        "final_due_ja": "令和9年2月22日（月）",
        "gdpr_due": "2026-12-28T01:00:00+00:00",
        "reportable": True,
        "triggers": ["malicious", "over_1000"],  # no --persons: not yet known, counted as over 1,000
    }


@pytest.mark.parametrize(
    ("flags", "reportable", "triggers"),
    [
        (("--persons", "1000"), False, []),
        (("--persons", "1001"), True, ["over_1000"]),
        (("--persons", "3", "--sensitive"), True, ["sensitive"]),
        (("--persons", "3", "--financial", "--malicious"), True, ["financial", "malicious"]),
        (("--persons", "5000", "--sensitive", "--encrypted"), False, ["sensitive", "over_1000"]),
        (("--encrypted",), False, ["over_1000"]),
    ],
)
def test_reportable_and_triggers_follow_rule_art_7(capsys, cli_db, flags, reportable, triggers):
    result = breach(capsys, cli_db, *flags)
    assert (result["reportable"], result["triggers"]) == (reportable, triggers)
    assert result["final_due"] == ("2027-02-22" if "--malicious" in flags else "2027-01-25")  # Sat → Mon


def test_the_breach_text_says_whether_a_report_is_required_in_the_chosen_language(capsys, cli_db):
    code, out, err = run(
        capsys,
        "--db",
        cli_db,
        "--create",
        "--lang",
        "en",
        "deadline",
        "breach",
        "--aware",
        FRIDAY,
        "--sensitive",
        "--persons",
        "10",
    )
    assert code == 0, err
    assert "Report to the authority (Rule Art. 7): required" in out
    assert "Sensitive personal information" in out
    code, out, err = run(
        capsys, "--db", cli_db, "--lang", "ja", "deadline", "breach", "--aware", FRIDAY, "--persons", "10"
    )
    assert code == 0, err
    assert "個人情報保護委員会等への報告（規則7条）: 不要" in out


def test_a_negative_number_of_persons_is_refused(capsys, cli_db):
    code, out, err = run(
        capsys,
        "--db",
        cli_db,
        "--create",
        "--lang",
        "en",
        "deadline",
        "breach",
        "--aware",
        FRIDAY,
        "--persons",
        "-1",
    )
    assert code == 1 and out == ""
    assert "0 or more" in err


def test_incidents_list_json_is_the_contract_on_the_demo(capsys, cli_db):
    code, _, err = run(capsys, "--db", cli_db, "--create", "demo", "--tickets", "12")
    assert code == 0, err
    code, out, err = run(capsys, "--db", cli_db, "incidents", "list", "--json")
    assert code == 0, err
    incidents = json.loads(out)
    assert len(incidents) == 4 and all(set(i) == FIELDS for i in incidents)
    first = incidents[0]  # the overdue malicious access leads
    assert first["reportable"] and first["triggers"] == ["financial", "malicious", "over_1000"]
    assert first["persons_affected"] == 2340 and first["status"] == "investigating"
    by_status = {i["status"]: i for i in incidents}
    exempt = by_status["not_reportable"]
    assert not exempt["reportable"] and exempt["title"].startswith("Laptop lost")
    assert by_status["preliminary_filed"]["title"] == "受託業務における配送伝票の誤封入"
    pending = next(i for i in incidents if i["title"] == "お客様宛てメールの誤送信")
    assert pending["reportable"] and pending["triggers"] == ["sensitive"]  # not yet known counts
    code, out, err = run(capsys, "--db", cli_db, "incidents", "list", "--overdue", "--json")
    assert [i["ref"] for i in json.loads(out)] == [first["ref"]]
    code, out, err = run(capsys, "--db", cli_db, "--lang", "ja", "incidents", "list", "--open")
    assert code == 0 and len(out.splitlines()) == 3 and "報告対象" in out
    code, out, err = run(capsys, "--db", cli_db, "--lang", "en", "incidents", "list", "--status", "nonsense")
    assert code == 1 and "nonsense" in err
