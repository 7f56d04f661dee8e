"""The incident reports of an incident recorded through IncidentService, on SQLite and PostgreSQL: what
the desk recorded (facts, a corrected timeline entry, a notice, the preliminary filing) is what the final
report, its text export and the notice's CSV say."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.factories import make_ticket

from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentKind,
    NoticeMethod,
    PersonsAffected,
    ReportKind,
    TimelineKind,
)
from privacy_desk.services.incidents import IncidentFacts, NewIncident, NoticeInput

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")


@pytest.fixture
def incident(services):
    incidents, actor = services.incidents, services.actor
    aware = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(days=3)
    facts = IncidentFacts(
        title="会員サイトへの不正アクセス",
        kind=IncidentKind.LEAK,
        suspected=True,
        occurred_at=aware - timedelta(days=2),
        discovered_at=aware - timedelta(hours=2),
        aware_at=aware,
        reported_by="情報システム部",
        summary="リスト型攻撃により会員情報が閲覧されたおそれがある。",
        data_items="氏名、メールアドレス",
        cause="他サービスから流出したパスワードの使い回し",
        secondary_damage="",
        response_to_persons="",
        public_announcement="",
        prevention="多要素認証を導入する。",
        other="",
        systems="会員サイト",
        contractors="",
        as_contractor=False,
        commissioning_company="",
        destination=Destination.PPC,
        destination_name="",
    )
    assessment = Assessment(
        sensitive=Answer.NO, malicious=Answer.YES, persons=PersonsAffected(low=500, high=3000)
    )
    made = incidents.create(actor, NewIncident(facts, assessment))
    made = incidents.add_timeline_entry(actor, made.id, TimelineKind.FACT, "不正ログイン 1,200件", aware)
    first = made.timeline[-1].id
    incidents.add_timeline_entry(
        actor, made.id, TimelineKind.CORRECTION, "再集計で 2,340件", aware, corrects_id=first
    )
    day = aware.date() + timedelta(days=1)
    incidents.add_notice(actor, made.id, NoticeInput(NoticeMethod.MAIL, day, 2340, 2298, 42, ""))
    incidents.mark_filed(actor, made.id, ReportKind.PRELIMINARY, day, "PPC-0001-777")
    return incidents.detail(made.id), first


def text_of(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return "".join(done.stdout.decode("utf-8").split())


def test_the_final_report_says_what_the_desk_recorded(services, incident, tmp_path: Path) -> None:
    detail, first = incident
    out = tmp_path / "final.pdf"
    services.incidents.write_report(detail.id, ReportKind.FINAL, out, "ja")

    text = text_of(out)
    assert "漏えい等報告書（確報）" in text and detail.ref in text
    assert "リスト型攻撃により会員情報が閲覧されたおそれがある。" in text
    assert "500～3,000人（調査中）" in text  # a range while the count is established
    assert "受付番号PPC-0001-777" in text  # the preliminary report's filing
    assert f"#{first}の訂正：再集計で2,340件" in text and f"（#{first + 1}で訂正）" in text
    assert services.incidents.company().name in text  # the company reports, not the clerk
    assert "未確定" in text  # the public announcement is not known yet


def test_the_text_export_and_the_notice_csv_come_from_the_same_record(services, incident, tmp_path) -> None:
    detail, _first = incident
    text = services.incidents.report_text(detail.id, ReportKind.PRELIMINARY, "en")
    assert text.startswith("Personal data breach report (preliminary)\n")
    assert "【8. Measures to prevent recurrence】\n多要素認証を導入する。\n" in text
    assert "【7. Status of public announcement】\nNot yet determined\n" in text
    assert "receipt number PPC-0001-777" in text

    out = tmp_path / "notice.csv"
    services.incidents.write_notice_csv(detail.id, out, "ja")
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == ["name", "email", "ticket", "subject", "body"]
    assert "氏名、メールアドレス" in rows[1][4] and detail.ref in rows[1][3]


def test_the_notice_csv_writes_to_the_sender_of_each_linked_ticket(services, incident, tmp_path) -> None:
    detail, _first = incident
    for number, sender in enumerate(("髙橋 花子 <hanako@example.jp>", "John Smith <john@example.com>")):
        ticket = make_ticket(services, f"leak{number}@example.jp", sender, "他人の情報が届きました")
        services.incidents.link_ticket(services.actor, detail.id, ticket.ticket_id)
    out = tmp_path / "notice.csv"
    services.incidents.write_notice_csv(detail.id, out, "ja")
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert [(row["name"], row["email"]) for row in rows] == [
        ("髙橋 花子", "hanako@example.jp"),
        ("John Smith", "john@example.com"),
    ]
    assert all(row["body"].startswith(row["name"]) for row in rows)


def test_a_sender_name_that_looks_like_a_formula_stays_text_in_the_csv(services, incident, tmp_path) -> None:
    detail, _first = incident
    ticket = make_ticket(services, "formula@example.jp", '"=HYPERLINK(""http://x"")" <evil@example.jp>')
    services.incidents.link_ticket(services.actor, detail.id, ticket.ticket_id)
    out = tmp_path / "notice.csv"
    services.incidents.write_notice_csv(detail.id, out, "en")
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0]["name"].startswith("'=HYPERLINK") and rows[0]["email"] == "evil@example.jp"
