"""The breach reports (速報 / 確報, Rules Art. 8), their text for the PPC's form, and the notice to the
persons affected (Rules Art. 10), read back with poppler's tools as a reviewer's viewer would."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.domain.breaches import breach_deadlines
from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentKind,
    IncidentStatus,
    NoticeMethod,
    PersonsAffected,
    ReportKind,
    TimelineKind,
    assess,
)
from privacy_desk.errors import InvalidInput
from privacy_desk.services.incidents import report
from privacy_desk.services.incidents.records import (
    CompanyReporter,
    FiledReport,
    IncidentDetail,
    IncidentFacts,
    LinkedTicket,
    NoticeRecord,
    TimelineEntry,
)

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext")),
    reason="needs poppler-utils (pdffonts, pdftotext)",
)

TOKYO = ZoneInfo("Asia/Tokyo")
AWARE = datetime(2026, 12, 25, 1, 30, tzinfo=UTC)  # 令和8年12月25日 10:30 in Tokyo, a Friday
HEADINGS_JA = (
    "概要",
    "漏えい等が発生し、又は発生したおそれがある個人データの項目",
    "漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数",
    "原因",
    "二次被害又はそのおそれの有無及びその内容",
    "本人への対応の実施状況",
    "公表の実施状況",
    "再発防止のための措置",
    "その他参考となる事項",
)
HEADINGS_EN = (
    "Summary",
    "Items of the personal data leaked, lost or damaged, or possibly so",
    "Number of persons whose personal data was leaked, lost or damaged, or possibly so",
    "Cause",
    "Whether there is or may be secondary damage, and its nature",
    "Status of the response to the persons concerned",
    "Status of public announcement",
    "Measures to prevent recurrence",
    "Other matters for reference",
)


def facts(**changes) -> IncidentFacts:
    base = IncidentFacts(
        title="会員サイトへの不正アクセス",
        kind=IncidentKind.LEAK,
        suspected=True,
        occurred_at=datetime(2026, 12, 20, 15, 0, tzinfo=UTC),
        discovered_at=datetime(2026, 12, 24, 23, 0, tzinfo=UTC),
        aware_at=AWARE,
        reported_by="情報システム部",
        summary="会員サイトのログイン機能に対するリスト型攻撃により会員情報が閲覧された可能性がある。",
        data_items="氏名、メールアドレス、購入履歴",
        cause="パスワードの使い回しを狙ったリスト型攻撃",
        secondary_damage="現時点で二次被害の報告はない。",
        response_to_persons="対象会員へ個別にメールで通知",
        public_announcement="",
        prevention="",
        other="警察へ相談済み",
        systems="会員サイト web-01",
        contractors="株式会社サンプル保守",
        as_contractor=False,
        commissioning_company="",
        destination=Destination.PPC,
        destination_name="",
    )
    return replace(base, **changes)


def detail(**changes) -> IncidentDetail:
    assessment = changes.pop(
        "assessment",
        Assessment(
            sensitive=Answer.NO,
            financial=Answer.UNKNOWN,
            malicious=Answer.YES,
            persons=PersonsAffected(exact=1240),
            encrypted=Answer.NO,
            my_number=Answer.NO,
        ),
    )
    made = IncidentDetail(
        id=1,
        ref="INC-2026-0007",
        version=3,
        status=IncidentStatus.PRELIMINARY_FILED,
        facts=changes.pop("facts", facts()),
        assessment=assessment,
        reportability=assess(assessment),
        deadlines=breach_deadlines(AWARE, malicious=True, calendar=ClosureCalendar(), office_tz=TOKYO),
        answers=(),
        timeline=(
            TimelineEntry(1, TimelineKind.FACT, AWARE, AWARE, "田中 さくら", "不審なログインを検知", None, 2),
            TimelineEntry(
                2, TimelineKind.CORRECTION, AWARE, AWARE, "田中 さくら", "検知は12月24日23時", 1, None
            ),
            TimelineEntry(
                3, TimelineKind.ACTION, AWARE, AWARE, "鈴木 一郎", "ログイン機能を停止", None, None
            ),
        ),
        notices=(
            NoticeRecord(1, NoticeMethod.MAIL, date(2026, 12, 28), 1240, 1200, 40, "", "田中 さくら", AWARE),
        ),
        filed=(FiledReport(ReportKind.PRELIMINARY, date(2026, 12, 28), "PPC-2026-123456", "鈴木 一郎"),),
        evidence=(),
        tickets=(LinkedTicket(5, "TKT-2026-0042", "他人の注文履歴が見える"),),
        created_at=AWARE,
        created_by="田中 さくら",
        reporter=CompanyReporter("GMOコマース株式会社", "", "代表取締役社長 山名 正人", "info@gmo-c.jp"),
    )
    return replace(made, **changes)


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return text.decode("utf-8")


def flat(text: str) -> str:
    """The text without layout: headings wrapped over lines still read whole."""
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_final_report_holds_the_nine_items_and_the_facts(tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"final-{lang}.pdf"
    report.write_report(detail(), ReportKind.FINAL, out, lang=lang, office_tz=TOKYO)

    text = flat(pdf_text(out))
    headings = HEADINGS_JA if lang == "ja" else HEADINGS_EN
    for number, heading in enumerate(headings, start=1):
        assert flat(f"{number}. {heading}") in text
    for fact in (
        "会員サイトへの不正アクセス",
        "氏名、メールアドレス、購入履歴",
        "リスト型攻撃",
        "警察へ相談済み",
    ):
        assert fact in text
    assert "GMOコマース株式会社" in text and "PPC-2026-123456" in text
    if lang == "ja":
        assert "漏えい等報告書（確報）" in text
        assert "1,240人" in text
        assert "令和8年12月25日10:30" in text  # the aware moment, 和暦, office time
        assert "個人情報保護委員会" in text
    else:
        assert flat("Personal data breach report (final)") in text
        assert "1,240persons" in text
        assert flat("Dec 25, 2026, 10:30 AM") in text
        assert flat("Personal Information Protection Commission") in text


@pytest.mark.parametrize(("lang", "unknown"), [("ja", "未確定"), ("en", "Not yet determined")])
def test_facts_not_known_read_not_yet_determined(tmp_path: Path, lang: str, unknown: str) -> None:
    out = tmp_path / "final.pdf"
    unknown_persons = Assessment(malicious=Answer.YES, persons=PersonsAffected())
    report.write_report(detail(assessment=unknown_persons), ReportKind.FINAL, out, lang=lang, office_tz=TOKYO)

    text = flat(pdf_text(out))
    headings = HEADINGS_JA if lang == "ja" else HEADINGS_EN
    for number in (3, 7, 8):  # the persons count, the public announcement, the prevention measures
        assert flat(f"{number}. {headings[number - 1]}{unknown}") in text
    known = tmp_path / "known.pdf"
    filled = facts(public_announcement="ウェブサイトで公表", prevention="多要素認証を導入")
    report.write_report(
        detail(assessment=unknown_persons, facts=filled), ReportKind.FINAL, known, lang=lang, office_tz=TOKYO
    )
    known_text = flat(pdf_text(known))
    assert known_text.count(flat(unknown)) == text.count(flat(unknown)) - 2
    assert flat(f"7. {headings[6]}ウェブサイトで公表") in known_text


def test_the_preliminary_report_says_what_it_is_and_the_timeline_annex_shows_corrections(
    tmp_path: Path,
) -> None:
    out = tmp_path / "preliminary.pdf"
    report.write_report(detail(), ReportKind.PRELIMINARY, out, lang="ja", office_tz=TOKYO)

    text = flat(pdf_text(out))
    assert "漏えい等報告書（速報）" in text
    assert "別紙：経緯" in text
    assert "#1の訂正：検知は12月24日23時" in text
    assert "（#2で訂正）" in text


def test_the_font_is_embedded(tmp_path: Path) -> None:
    out = tmp_path / "final.pdf"
    report.write_report(detail(), ReportKind.FINAL, out, lang="ja", office_tz=TOKYO)

    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, check=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # the "emb" column


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_text_export_holds_the_same_items(lang: str) -> None:
    text = report.report_text(detail(), ReportKind.FINAL, lang=lang, office_tz=TOKYO)

    headings = HEADINGS_JA if lang == "ja" else HEADINGS_EN
    for number, heading in enumerate(headings, start=1):
        assert f"【{number}. {heading}】" in text
    assert "氏名、メールアドレス、購入履歴" in text
    assert ("未確定" if lang == "ja" else "Not yet determined") in text
    if lang == "ja":
        assert "令和8年12月25日 10:30" in text


def test_the_notice_letter_has_the_rule_items_and_the_contact(tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    report.write_notice(detail(), out, lang="ja", office_tz=TOKYO)

    text = flat(pdf_text(out))
    for heading in ("1.概要", "3.原因", "4.二次被害又はそのおそれの有無及びその内容", "5.その他"):
        assert heading in text
    assert "お客様各位" in text and "info@gmo-c.jp" in text and "代表取締役社長山名正人" in text
    assert "警察へ相談済み" in text


def test_the_mail_merge_csv_has_a_bom_and_one_row_per_person(tmp_path: Path) -> None:
    out = tmp_path / "notice.csv"
    senders = (
        LinkedTicket(5, "TKT-2026-0042", "件名", "山田 花子", "hanako@example.jp"),
        LinkedTicket(6, "TKT-2026-0043", "件名", "山田 花子", "HANAKO@example.jp"),
        LinkedTicket(7, "TKT-2026-0044", "件名", "John Smith", "john@example.com"),
    )
    report.write_notice_csv(detail(tickets=senders), out, lang="ja", office_tz=TOKYO)

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [(r["name"], r["email"], r["ticket"]) for r in rows] == [
        ("山田 花子", "hanako@example.jp", "TKT-2026-0042"),
        ("John Smith", "john@example.com", "TKT-2026-0044"),
    ]
    assert rows[0]["body"].startswith("山田 花子 様")
    assert "INC-2026-0007" in rows[0]["subject"]
    assert "氏名、メールアドレス、購入履歴" in rows[1]["body"]


def test_without_known_persons_the_csv_has_one_row_to_all(tmp_path: Path) -> None:
    out = tmp_path / "notice.csv"
    report.write_notice_csv(detail(), out, lang="en", office_tz=TOKYO)

    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert len(rows) == 1 and rows[0]["name"] == "" and rows[0]["body"].startswith("Dear customer,")


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        report.write_report(detail(), ReportKind.FINAL, tmp_path / "x.pdf", lang="fr", office_tz=TOKYO)
    assert not (tmp_path / "x.pdf").exists()
