"""The case report PDF, read back with poppler's tools as a manager's viewer would read it."""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.domain.cases import CaseState, Decision, DeliveryMethod, RefusalGround, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.i18n.qt import catalogue
from privacy_desk.reports import fonts
from privacy_desk.reports.case_report import render_case_report
from privacy_desk.reports.data import CaseReportData, DecisionData, FeeData, IdentityCheckData, TimelineEvent

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext", "pdfinfo")),
    reason="needs poppler-utils (pdffonts, pdftotext, pdfinfo)",
)

START = datetime(2026, 4, 1, 0, 30, tzinfo=UTC)  # 09:30 in Tokyo


def case(events: int = 6, **changes) -> CaseReportData:
    data = CaseReportData(
        ref="REQ-2026-0042",
        request_type=RequestType.DISCLOSURE,
        state=CaseState.DECISION,
        requester_name="山田太郎",
        requester_kana="ヤマダタロウ",
        requester_kind=RequesterKind.LEGAL_REPRESENTATIVE,
        agent_name="山田花子",
        received_on=date(2026, 4, 1),
        due=date(2026, 4, 17),
        paused_days=2,
        lawsuit_possible_from=date(2026, 4, 16),
        requested_items="購入履歴",
        delivery_method=DeliveryMethod.PAPER,
        assignee="佐藤",
        identity=IdentityCheckData(
            checked_by="佐藤",
            checked_at=START + timedelta(days=2),
            documents=("戸籍謄本", "運転免許証（写し）"),
            my_number_shown=True,
            my_number_masked=True,
        ),
        fee=FeeData(amount=1000, paid_on=date(2026, 4, 6)),
        decision=DecisionData(
            decision=Decision.REFUSAL,
            ground=RefusalGround.SERIOUS_BUSINESS_HINDRANCE,
            explanation="業務の適正な実施に著しい支障を及ぼすおそれがあるため。",
            decided_by="佐藤",
            decided_on=date(2026, 4, 14),
        ),
        timeline=tuple(
            TimelineEvent(START + timedelta(hours=7 * i), "鈴木", f"対応記録 {i + 1:03d}")
            for i in range(events)
        ),
        printed_at=START + timedelta(days=20),
    )
    return CaseReportData(**{**vars(data), **changes})


def render(tmp_path: Path, data: CaseReportData, lang: str, **kwargs) -> Path:
    out = tmp_path / f"{data.ref}-{lang}.pdf"
    render_case_report(data, out, lang=lang, **kwargs)
    return out


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def font_rows(pdf: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in lines.splitlines()[2:] if line.strip()]


@pytest.fixture
def embedded_font():
    if not fonts.report_fonts().embedded:
        pytest.skip("no embeddable Japanese TrueType font on this machine")
    return fonts.report_fonts()


def test_a_japanese_report_embeds_its_japanese_truetype_font(tmp_path, embedded_font):
    pdf = render(tmp_path, case(), "ja")
    rows = font_rows(pdf)
    assert rows, "pdffonts lists no font"
    # name, type…, emb, sub, uni, object, id: every font is an embedded TrueType subset
    for row in rows:
        emb, sub, uni = row[-5:-2]
        assert "TrueType" in row and (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert re.match(r"[A-Z]{6}\+", row[0]), row


def test_the_japanese_text_holds_reference_requester_and_reiwa_dates(tmp_path):
    text = text_of(render(tmp_path, case(), "ja"))
    assert "REQ-2026-0042" in text
    assert "山田太郎" in text and "ヤマダタロウ" in text
    assert "令和8年4月1日（水）" in text  # received, with the weekday
    assert "令和8年4月17日（金）" in text  # internal due date
    assert "令和8年4月16日（木）" in text  # Art. 39
    assert "令和8年4月1日 09:30" in text  # a timeline event in office time
    translate = catalogue("ja")
    assert translate("CaseReport", "2. Identity verification") in text


def test_a_translator_passed_in_labels_the_report(tmp_path):
    japanese = {
        "2. Identity verification": "2. 本人確認",
        "Confidential — contains personal data": "社外秘 — 個人情報を含む",
        "Department head": "部長",
        "Section chief": "課長",
        "Staff": "担当",
    }

    def translate(context, text, disambiguation=None, n=-1):
        return japanese.get(text, text)

    text = text_of(render(tmp_path, case(), "ja", translate=translate))
    for label in japanese.values():
        assert label in text


def test_an_english_report_has_english_labels_and_iso_dates(tmp_path):
    text = " ".join(text_of(render(tmp_path, case(), "en")).split())  # labels may wrap in their cells
    for label in (
        "Data-subject request case report",
        "1. Request",
        "2. Identity verification",
        "3. Fee",
        "4. Decision and grounds",
        "5. Timeline",
        "Department head",
        "Section chief",
        "Staff",
        "Confidential — contains personal data",
        "Legal representative (of a minor or adult ward)",
        "Likely to seriously hinder the proper conduct of the company's business",
    ):
        assert label in text, label
    # the dates the screen shows (i18n/formatting.py), not ISO
    assert "Wed, Apr 1, 2026" in text and "Fri, Apr 17, 2026" in text
    assert "Apr 1, 2026, 9:30 AM" in text
    assert "1,000 yen" in text
    assert "令和" not in text


def test_a_long_timeline_runs_over_pages_numbered_n_of_total(tmp_path):
    pdf = render(tmp_path, case(events=100), "ja")
    total = page_count(pdf)
    assert total >= 3
    for page in range(1, total + 1):
        assert re.search(rf"\b{page}\s*/\s*{total}\b", text_of(pdf, page))
    text = text_of(pdf)
    assert "対応記録 001" in text and "対応記録 100" in text
    # The timeline header row is repeated on the pages it continues to.
    translate = catalogue("ja")
    header = translate("CaseReport", "Date and time")
    assert all(header in text_of(pdf, page) for page in range(2, total + 1))


def test_a_short_case_fits_on_fewer_pages(tmp_path):
    assert page_count(render(tmp_path, case(events=1), "en")) < page_count(
        render(tmp_path, case(events=100), "en")
    )


def test_the_report_renders_into_a_binary_stream():
    out = io.BytesIO()
    render_case_report(case(), out, lang="en")
    assert out.getvalue().startswith(b"%PDF-")


def test_timeline_times_are_shown_in_the_office_time_zone(tmp_path):
    text = text_of(render(tmp_path, case(office_tz=ZoneInfo("Europe/Berlin")), "en"))
    assert "Apr 1, 2026, 2:30 AM" in text  # 00:30 UTC in summer time
    assert "Europe/Berlin" in text


def test_what_a_manager_must_not_miss_stands_out(tmp_path):
    data = case(
        identity=IdentityCheckData(checked_by="佐藤", my_number_shown=True, my_number_masked=False),
        request_type=RequestType.CORRECTION,
        decision=DecisionData(decision=Decision.REFUSAL, explanation="保有する内容は事実です。"),
    )
    text = text_of(render(tmp_path, data, "en"))
    assert "Not confirmed: the individual number must be masked and must not be kept" in text
    assert "Not applicable: no fee may be charged for this request (APPI Art. 38)" in text
    assert "Not approved yet" in text  # a refusal without a manager's approval
    assert "Ground (APPI Art. 33(2))" not in " ".join(
        text.split()
    )  # a correction is refused on its own terms


def test_an_undecided_case_says_so(tmp_path):
    text = text_of(render(tmp_path, case(decision=DecisionData(), timeline=()), "en"))
    assert "Not decided yet" in text


def test_without_a_truetype_font_the_cid_font_is_used_with_a_warning(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(fonts, "candidates", lambda: [])
    fonts.reset_for_tests()
    try:
        with caplog.at_level(logging.WARNING, logger=fonts.__name__):
            pdf = render(tmp_path, case(), "ja")
    finally:
        fonts.reset_for_tests()
    assert "HeiseiKakuGo-W5" in caplog.text
    assert any(row[0].startswith("HeiseiKakuGo-W5") and row[-5] == "no" for row in font_rows(pdf))
    assert "REQ-2026-0042" in text_of(pdf)


def test_a_font_reportlab_cannot_embed_is_skipped(tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"OTTO" + bytes(200))  # a CFF-flavoured header, no usable tables
    assert fonts._load_ttf("Broken", str(broken)) is None
    assert fonts._load_ttf("Missing", str(tmp_path / "missing.ttc")) is None


@pytest.mark.skipif(not Path(fonts.IPAEX_GOTHIC).is_file(), reason="IPAex Gothic not installed")
def test_on_linux_ipaex_gothic_is_found():
    assert fonts.IPAEX_GOTHIC in [regular for regular, _ in fonts.candidates()]
    assert fonts._load_ttf("PrivacyDeskTest", fonts.IPAEX_GOTHIC) is not None
