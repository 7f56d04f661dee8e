"""The disposal certificate PDF (消去証明書), read back with poppler's tools as an auditor's viewer would."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.domain.retention import (
    DisposalMethod,
    HoldingStatus,
    Period,
    PeriodUnit,
    TriggerEvent,
)
from privacy_desk.errors import InvalidInput
from privacy_desk.services.retention.certificate import write_certificate
from privacy_desk.services.retention.records import DisposalRecord, EvidenceFile, HoldingRow, RuleRecord

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext", "pdftoppm")),
    reason="needs poppler-utils (pdffonts, pdftotext, pdftoppm)",
)

TOKYO = ZoneInfo("Asia/Tokyo")
DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
RULE = RuleRecord(1, 3, Period(1, PeriodUnit.YEARS), TriggerEvent.COLLECTION, "社内規程（通話録音の保存）")


def holding(**changes) -> HoldingRow:
    disposal = DisposalRecord(
        method=DisposalMethod.DELETED,
        disposed_on=date(2026, 12, 3),
        disposed_by="佐藤一郎",
        approved_by="鈴木部長",
        note="録音サーバーから完全削除（復元不可）",
        evidence=(
            EvidenceFile("deletion-log.txt", 12345, DIGEST),
            EvidenceFile("screenshot.png", 99, "ab" * 32),
        ),
        certificate_no="DSP-2026-0007",
    )
    row = HoldingRow(
        id=1,
        ref="RET-2026-0042",
        name="通話録音 2025年11月",
        category_id=3,
        category="サポート通話録音",
        systems="録音サーバー rec-01",
        owner="カスタマーサポート部",
        location="rec-01:/archive/2025-11",
        quantity="1,240 files",
        trigger_on=date(2025, 11, 30),
        expires_on=date(2026, 11, 30),
        delete_from=date(2026, 12, 1),
        status=HoldingStatus.DISPOSED,
        hold=None,
        disposal=disposal,
        version=3,
    )
    return HoldingRow(**{**row.__dict__, **changes})


def render(tmp_path: Path, lang: str, row: HoldingRow | None = None, rule: RuleRecord | None = RULE) -> Path:
    out = tmp_path / f"certificate-{lang}.pdf"
    write_certificate(
        row or holding(),
        out,
        lang=lang,
        office_tz=TOKYO,
        company="GMOコマース株式会社",
        rule=rule,
        printed_at=datetime(2026, 12, 3, 1, 0, tzinfo=UTC),
    )
    return out


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def keep_pictures(pdf: Path, lang: str) -> list[Path]:
    """The pages as a reader sees them, kept for a look (/tmp/shots/certificate_<lang>-N.png)."""
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    prefix = shots / f"certificate_{lang}"
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(prefix)], check=True)
    return sorted(shots.glob(f"certificate_{lang}-*.png"))


def test_japanese_certificate_states_the_facts_with_wareki_dates(tmp_path):
    pdf = render(tmp_path, "ja")
    text = " ".join(text_of(pdf).split())
    for fact in (
        "消去証明書",
        "DSP-2026-0007",
        "RET-2026-0042",
        "通話録音 2025年11月",
        "サポート通話録音",
        "1,240 files",
        "rec-01:/archive/2025-11",
        "社内規程（通話録音の保存）",
        "佐藤一郎",
        "鈴木部長",
        "deletion-log.txt",
        DIGEST,
        "GMOコマース株式会社",
    ):
        assert fact in text.replace(" ", "") or fact in text, fact
    assert "令和8年12月3日" in text  # disposed on, in the era calendar
    assert "令和8年11月30日" in text  # kept until
    assert "令和8年12月1日" in text  # deletion due from
    assert "令和7年11月30日" in text  # trigger date
    assert "1年" in text and "削除" in text
    assert keep_pictures(pdf, "ja")


def test_english_certificate_says_the_same_in_english(tmp_path):
    pdf = render(tmp_path, "en")
    text = " ".join(text_of(pdf).split())
    for fact in ("Certificate of disposal", "DSP-2026-0007", "Dec 3, 2026", "Nov 30, 2026", "Dec 1, 2026"):
        assert fact in text, fact
    assert "1 year" in text and "Deleted" in text and "Collection" in text
    assert "12,345" in text
    assert "令和" not in text
    assert keep_pictures(pdf, "en")


def test_every_font_is_embedded(tmp_path):
    for lang in ("ja", "en"):
        fonts = subprocess.run(
            ["pdffonts", str(render(tmp_path, lang))], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert fonts, lang
        assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_without_a_rule_or_evidence_the_certificate_says_so(tmp_path):
    row = holding()
    assert row.disposal is not None
    bare = holding(disposal=DisposalRecord(**{**row.disposal.__dict__, "evidence": (), "note": ""}))
    text = " ".join(text_of(render(tmp_path, "en", bare, rule=None)).split())
    assert "None attached" in text
    assert "Legal basis —" in text


def test_a_holding_not_disposed_of_has_no_certificate(tmp_path):
    with pytest.raises(InvalidInput):
        render(tmp_path, "en", holding(disposal=None, status=HoldingStatus.DUE))
