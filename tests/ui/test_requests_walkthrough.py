"""Issue 4's acceptance walk, in the real main window and in Japanese: a disclosure request arrives by
mail, is converted from its Inbox ticket into a request case, goes through the identity check, the fee,
the decision and the response using only the case page's buttons and forms, and its case report is
printed (the pages drawn onto a PDF printer, as the system print dialog's printer would get them).

The refusal that the workflow blocks until a ground and a manager's approval exist is walked in
tests/ui/test_case_actions.py (test_a_refusal_needs_its_ground_explanation_and_a_managers_approval)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from privacy_desk.domain.cases import CaseState, Decision
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.container import open_services
from privacy_desk.ui.printing import paint_pdf
from privacy_desk.ui.requests.action_dialogs import DateDialog, DecisionDialog, VerifyIdentityDialog
from privacy_desk.ui.requests.new_case import NewCaseDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ticket_mail import HANAKO, mail

JA = catalogue("ja")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@needs_poppler
def test_a_disclosure_request_goes_from_its_ticket_to_a_printed_report(make_window, url, qtbot, tmp_path):
    services = open_services(url, login="tester")
    services.ticket_import.import_raw(
        services.actor,
        mail("walk@example.jp", HANAKO, "保有個人データの開示請求", "購入履歴を開示してください。"),
        "walk",
    )
    today = services.cases.policy().today()
    services.close()
    window = make_window(url, day=today)

    # The Inbox: the ticket is converted; the Requests view opens on the new case.
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    ticket = inbox.model.rows[0]
    inbox.select_ticket(ticket.id)
    click(qtbot, inbox.detail.convert_button)
    dialog = inbox.dialog
    assert isinstance(dialog, NewCaseDialog) and dialog.person_value.text() == "髙橋 花子"
    dialog.items_edit.setPlainText("購入履歴")
    click(qtbot, dialog.ok_button)
    assert window.current_view_key() == "requests"
    view = window.view_widget("requests")
    page = view.page
    ref = page.detail.row.ref
    assert page.detail.row.ticket_ref == ticket.ref and page.detail.row.state is CaseState.RECEIVED
    assert ref in page.header.ref_label.text()

    # The workflow, with the case page's own buttons and forms.
    bar = page.action_bar
    click(qtbot, bar.buttons["start_identity_check"])
    click(qtbot, bar.buttons["verify_identity"])
    verify = bar.dialog
    assert isinstance(verify, VerifyIdentityDialog)
    verify.document_checks[0].setChecked(True)
    click(qtbot, verify.ok_button)
    click(qtbot, bar.buttons["request_fee"])
    assert page.detail.row.state is CaseState.FEE_PENDING
    click(qtbot, bar.buttons["record_fee_paid"])
    assert isinstance(bar.dialog, DateDialog)
    click(qtbot, bar.dialog.ok_button)
    assert page.detail.row.state is CaseState.IN_PROGRESS and page.detail.fee_paid_on is not None
    click(qtbot, bar.buttons["record_decision"])
    decision = bar.dialog
    assert isinstance(decision, DecisionDialog)
    decision.decision_buttons[Decision.FULL].click()
    click(qtbot, decision.ok_button)
    click(qtbot, bar.buttons["respond"])
    click(qtbot, bar.dialog.ok_button)
    assert page.detail.row.state is CaseState.RESPONDED

    # The list shows the case as the page left it, and the timeline tells the whole story.
    row = view.model.rows[view.model.row_of(page.case_id)]
    assert row.state is CaseState.RESPONDED
    timeline = page.timeline.text()
    assert ticket.ref in "\n".join(timeline.strip().splitlines()[:3])  # the first event: made from it
    assert JA("Decision", "Granted in full") in timeline
    assert timeline.count("tester") == len(page.detail.events) >= 10  # who, for every event

    # Print…: the report's pages go to the printer the print dialog returns.
    printed: list[tuple[Path, str]] = []
    out = tmp_path / "printed.pdf"

    def printer_chosen(_parent, pdf: Path, title: str) -> bool:
        printed.append((pdf, title))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        paint_pdf(printer, pdf)
        return True

    page.print_pdf = printer_chosen
    click(qtbot, page.header.print_button)
    [(report, title)] = printed
    assert ref in title
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    assert ref in text and "髙橋 花子" in text and "令和" in text
    fonts = subprocess.run(["pdffonts", str(report)], capture_output=True, text=True, check=True).stdout
    assert any(line.split()[-5:-4] == ["yes"] for line in fonts.splitlines()[2:])  # embedded
    assert out.stat().st_size > 10_000  # the printer got the drawn pages
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    report_pages = subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True, check=True).stdout
    assert _pages(pages) == _pages(report_pages) >= 1


def _pages(info: str) -> int:
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
