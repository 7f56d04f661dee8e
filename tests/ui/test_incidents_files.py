"""The incident page's files: the report saved as PDF in the language chosen, its text on the clipboard
for the PPC's form, the notice as PDF and as a mail-merge CSV, and evidence kept with its SHA-256 and
handed back byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from privacy_desk.domain.incidents import ReportKind
from tests.ui.test_incidents_view import open_incidents, record


def saver(folder: Path, saved: list[tuple[Path, str]]):
    """A stand-in for the Save as PDF dialog: the copy goes into `folder` under the name suggested."""

    def save_pdf_as(_parent, pdf: Path, suggested: str) -> Path:
        target = folder / suggested
        target.write_bytes(pdf.read_bytes())
        saved.append((target, suggested))
        return target

    return save_pdf_as


def test_the_report_is_saved_as_pdf_and_its_text_copied_for_the_ppc_form(
    make_window, db_url, services, tmp_path
):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    page = view.page
    saved: list[tuple[Path, str]] = []
    page.save_pdf_as = saver(tmp_path, saved)
    page.report_combo.setCurrentIndex(page.report_combo.findData(ReportKind.FINAL))
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.save_button.click()
    [(target, suggested)] = saved
    assert suggested == f"{incident.ref}-final.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.notice.text()

    QGuiApplication.clipboard().clear()
    page.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text == services.incidents.report_text(incident.id, ReportKind.FINAL, "en")
    assert incident.facts.summary in text


def test_the_notice_is_saved_as_pdf_and_as_a_mail_merge_csv(make_window, db_url, services, tmp_path):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    page = view.page
    saved: list[tuple[Path, str]] = []
    page.save_pdf_as = saver(tmp_path, saved)
    page.notices.pdf_button.click()
    assert [name for _path, name in saved] == [f"{incident.ref}-notice.pdf"]
    assert saved[0][0].read_bytes().startswith(b"%PDF")
    page.files.ask_save_path = lambda _parent, _title, suggested, _filters: str(tmp_path / suggested)
    page.notices.csv_button.click()
    csv = (tmp_path / f"{incident.ref}-notice.csv").read_bytes()
    assert csv and b"\n" in csv


def test_evidence_is_kept_with_its_hash_and_given_back_as_it_was(make_window, db_url, services, tmp_path):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    page = view.page
    source = tmp_path / "access.log"
    source.write_bytes(b"2026-11-27 20:00 login failures x 5000\n")
    page.files.ask_open_path = lambda _parent, _title: str(source)
    page.evidence.add_button.click()

    [record_] = page.detail.evidence
    assert record_.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    tree = page.evidence.tree
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(2) == record_.sha256
    assert page.tabs.currentWidget() is page.evidence
    page.files.ask_save_path = lambda _parent, _title, suggested, _filters: str(
        tmp_path / f"copy-{suggested}"
    )
    page.evidence.save_button.click()
    assert (tmp_path / "copy-access.log").read_bytes() == source.read_bytes()
