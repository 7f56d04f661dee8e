"""`privacy-desk report incident REF --kind preliminary|final --out FILE [--lang ja|en]` through main()."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from privacy_desk.cli import main
from privacy_desk.domain.incidents import Answer, Assessment, Destination, IncidentKind, PersonsAffected
from privacy_desk.services.incidents import IncidentFacts, NewIncident

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")


@pytest.fixture
def incident_ref(services) -> str:
    aware = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    facts = IncidentFacts(
        title="配送伝票の誤送付",
        kind=IncidentKind.LEAK,
        suspected=False,
        occurred_at=aware - timedelta(days=1),
        discovered_at=aware,
        aware_at=aware,
        reported_by="物流センター",
        summary="配送伝票を別の顧客に誤って同封した。",
        data_items="氏名、住所、電話番号",
        cause="封入作業の確認漏れ",
        secondary_damage="",
        response_to_persons="",
        public_announcement="",
        prevention="",
        other="",
        systems="",
        contractors="",
        as_contractor=False,
        commissioning_company="",
        destination=Destination.PPC,
        destination_name="",
    )
    assessment = Assessment(
        sensitive=Answer.NO,
        financial=Answer.NO,
        malicious=Answer.NO,
        persons=PersonsAffected(exact=1500),
        encrypted=Answer.NO,
    )
    return services.incidents.create(services.actor, NewIncident(facts, assessment)).ref


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return "".join(done.stdout.decode("utf-8").split())


@pytest.mark.parametrize(
    ("kind", "lang", "title"),
    [
        ("final", "ja", "漏えい等報告書（確報）"),
        ("preliminary", "en", "Personaldatabreachreport(preliminary)"),
    ],
)
def test_report_incident_writes_the_pdf(db_url, incident_ref, tmp_path, capsys, kind, lang, title) -> None:
    out = tmp_path / "report.pdf"
    code = main(
        [
            "--db",
            db_url,
            "report",
            "incident",
            incident_ref.lower(),
            "--kind",
            kind,
            "--out",
            str(out),
            "--lang",
            lang,
        ]
    )

    assert code == 0, capsys.readouterr().err
    text = pdf_text(out)
    assert title in text and incident_ref in text and "配送伝票の誤送付" in text
    assert ("1,500人" if lang == "ja" else "1,500persons") in text


def test_an_unknown_reference_is_a_translated_error(db_url, incident_ref, tmp_path, capsys) -> None:
    out = tmp_path / "report.pdf"
    args = ["report", "incident", "INC-1999-0001", "--kind", "final", "--out", str(out)]

    assert main(["--lang", "en", "--db", db_url, *args]) == 1
    assert "No incident INC-1999-0001." in capsys.readouterr().err
    assert main(["--lang", "ja", "--db", db_url, *args]) == 1
    error = capsys.readouterr().err
    assert "INC-1999-0001" in error and "No incident" not in error
    assert not out.exists()


def test_the_kind_is_required_and_checked(db_url, incident_ref, tmp_path, capsys) -> None:
    out = tmp_path / "report.pdf"
    with pytest.raises(SystemExit) as exited:
        main(
            [
                "--lang",
                "en",
                "--db",
                db_url,
                "report",
                "incident",
                incident_ref,
                "--kind",
                "draft",
                "--out",
                str(out),
            ]
        )
    assert exited.value.code == 1 and "draft" in capsys.readouterr().err
