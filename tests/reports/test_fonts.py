"""The report font: the IPAex Gothic shipped in resources/fonts is embedded in the PDF whatever fonts the
desk's system has, and a system font still serves when the bundled file is gone."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from privacy_desk.domain.cases import CaseState
from privacy_desk.domain.requests import RequestType
from privacy_desk.reports import fonts
from privacy_desk.reports.case_report import render_case_report
from privacy_desk.reports.data import CaseReportData
from privacy_desk.resources_path import fonts_dir

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext")),
    reason="needs poppler-utils (pdffonts, pdftotext)",
)

BUNDLED = fonts_dir() / fonts.BUNDLED_GOTHIC


@pytest.fixture
def fresh_fonts(monkeypatch):
    """No office override, and the fonts chosen anew for the test and again after it."""
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    fonts.reset_for_tests()
    yield
    fonts.reset_for_tests()


def report(tmp_path: Path) -> Path:
    out = tmp_path / "report.pdf"
    data = CaseReportData(
        ref="REQ-2026-0007",
        request_type=RequestType.DISCLOSURE,
        state=CaseState.RECEIVED,
        requester_name="山田太郎",
        received_on=date(2026, 4, 1),
        due=date(2026, 4, 15),
        printed_at=datetime(2026, 4, 2, 1, 0, tzinfo=UTC),
    )
    render_case_report(data, out, lang="ja")
    return out


def font_rows(pdf: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in lines.splitlines()[2:] if line.strip()]


def test_without_any_system_font_the_report_embeds_the_bundled_ipaex_gothic(
    tmp_path, monkeypatch, fresh_fonts
):
    monkeypatch.setattr(fonts, "system_candidates", lambda: [])

    pdf = report(tmp_path)

    assert Path(fonts.report_fonts().source) == BUNDLED
    rows = font_rows(pdf)
    assert rows, "pdffonts lists no font"
    for row in rows:  # name, type…, emb, sub, uni, object, id
        assert re.fullmatch(r"[A-Z]{6}\+IPAexGothic", row[0]) and "TrueType" in row, row
        assert row[-5:-2] == ["yes", "yes", "yes"], row
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "山田太郎" in text and "REQ-2026-0007" in text


def test_the_bundled_font_comes_before_the_system_ones(fresh_fonts):
    assert fonts.candidates()[0] == (str(BUNDLED), "")
    assert fonts.report_fonts().source == str(BUNDLED)


def test_an_office_font_set_in_the_environment_still_comes_first(monkeypatch, fresh_fonts, tmp_path):
    office_font = tmp_path / "office-font.ttf"
    office_font.write_bytes(BUNDLED.read_bytes())
    monkeypatch.setenv(fonts.FONT_ENV, str(office_font))
    assert [regular for regular, _ in fonts.candidates()[:2]] == [str(office_font), str(BUNDLED)]
    assert fonts.report_fonts().source == str(office_font)


@pytest.mark.skipif(not Path(fonts.IPAEX_GOTHIC).is_file(), reason="IPAex Gothic not installed on the system")
def test_when_the_bundled_file_is_missing_a_system_font_is_embedded(tmp_path, monkeypatch, fresh_fonts):
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path / "no-fonts-here")

    pdf = report(tmp_path)

    assert fonts.report_fonts().source == fonts.IPAEX_GOTHIC and fonts.report_fonts().embedded
    assert all(row[-5] == "yes" for row in font_rows(pdf))
