"""Opening an attachment that can run (issue #8, item 7): the Inbox and the case page ask first, naming
the real type, with Cancel as the default; cancelled, nothing reaches the system's opener. Names show in
full (a .pdf.exe never passes for a .pdf), and Save As… keeps the whole extension without a question.

The system's opener is always replaced here (`open_path`): tests never launch a program."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ticket_mail import KEN, mail

from privacy_desk.domain.attachments import RunKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.cases.service import NewCase
from privacy_desk.services.container import open_services
from privacy_desk.services.persons.service import PersonData
from privacy_desk.ui.widgets.opening import RiskBox

JA = catalogue("ja")
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48) + b"PE\x00\x00"
TRICK = "請求書.pdf.exe"
LONG = "2026年度_保有個人データ開示請求_添付資料_" * 4 + ".pdf.exe"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


@pytest.fixture
def inbox(make_window, url):
    """The Inbox showing a mail with a program named like a PDF, a long one and a real PDF."""
    services = open_services(url, login="tester")
    files = ((TRICK, "application/pdf", PE), (LONG, "application/octet-stream", PE))
    files += (("委任状.pdf", "application/pdf", b"%PDF-1.4 x"),)
    services.ticket_import.import_raw(
        services.actor, mail("t1@example.jp", KEN, "開示請求", attachments=files), "t1"
    )
    services.close()
    window = make_window(url)
    window.resize(900, 700)
    window.show_view("inbox")
    view = window.view_widget("inbox")
    view.status_combo.setCurrentIndex(view.status_combo.findData("*all"))
    view.apply_filters()
    view.select_ticket(view.model.rows[0].id)
    view.opened = []
    view.open_path = lambda path: view.opened.append(Path(path)) or True
    return view


def attachment_row(view, name: str) -> int:
    files = view.detail.attachments
    return next(
        row for row in range(files.count()) if files.item(row).data(Qt.ItemDataRole.UserRole).filename == name
    )


def test_a_program_named_like_a_pdf_asks_first_and_cancel_opens_nothing(inbox, qtbot):
    pane = inbox.detail
    pane.attachments.setCurrentRow(attachment_row(inbox, TRICK))
    pane.open_attachment_button.click()
    box = inbox.dialog
    assert isinstance(box, RiskBox) and box.isVisible() and box.windowModality() != Qt.WindowModality.NonModal
    kind = JA("FileRisk", RunKind.PROGRAM.label)
    sentence = JA(
        "OpenFile", "{name} is {kind} (.{extension}), although its name looks like a .{disguise} file."
    )
    assert box.text() == sentence.format(name=TRICK, kind=kind, extension="exe", disguise="pdf")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.defaultButton() is box.cancel_button and box.escapeButton() is box.cancel_button
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: Cancel
    assert inbox.opened == [] and inbox.dialog is None

    pane.open_attachment_button.click()
    qtbot.keyClick(inbox.dialog, Qt.Key.Key_Escape)
    assert inbox.opened == []

    pane.open_attachment_button.click()
    inbox.dialog.open_button.click()  # the user knows what it is
    assert [path.name for path in inbox.opened] == [TRICK] and inbox.opened[0].read_bytes() == PE


def test_a_document_opens_without_a_question(inbox):
    inbox.detail.attachments.setCurrentRow(attachment_row(inbox, "委任状.pdf"))
    inbox.detail.open_attachment_button.click()
    assert inbox.dialog is None and [path.name for path in inbox.opened] == ["委任状.pdf"]


def test_the_attachment_list_shows_whole_names_and_save_as_keeps_the_extension(inbox, tmp_path):
    files = inbox.detail.attachments
    assert files.textElideMode() == Qt.TextElideMode.ElideNone
    row = attachment_row(inbox, LONG)
    item = files.item(row)
    assert item.text().startswith(LONG) and LONG in item.toolTip()
    width = files.fontMetrics().horizontalAdvance(item.text())
    assert files.visualItemRect(item).width() >= width > files.viewport().width()  # scrolled, not cut
    suggested = []
    inbox.ask_save_path = lambda _parent, _title, name, _filters: (
        suggested.append(name) or str(tmp_path / name)
    )
    files.setCurrentRow(row)
    inbox.detail.save_attachment_button.click()
    assert inbox.dialog is None and suggested[0].endswith(".pdf.exe") and len(suggested[0]) <= 150
    assert (tmp_path / suggested[0]).read_bytes() == PE
    files.setCurrentRow(row)
    inbox.detail.open_attachment_button.click()
    inbox.dialog.open_button.click()
    assert inbox.opened[0].suffix == ".exe"  # the copy opened keeps the type it was judged by


def test_the_case_page_asks_before_it_opens_a_file_that_is_a_program(make_window, url, qtbot):
    services = open_services(url, login="tester")
    person = services.persons.create(services.actor, PersonData("山田 太郎"))
    today = services.cases.policy().today()
    case = services.cases.create(services.actor, NewCase(RequestType.DISCLOSURE, person.id, today))
    services.cases.add_attachment(services.actor, case.row.id, "本人確認書類.pdf", "application/pdf", PE)
    services.close()
    window = make_window(url)
    window.show_view("requests")
    requests = window.view_widget("requests")
    requests.select_case(case.row.id)
    page = requests.page
    opened = []
    page.open_path = lambda path: opened.append(path) or True
    page.tabs.setCurrentWidget(page.attachments)
    page.attachments.open_button.click()
    box = page.dialog
    assert isinstance(box, RiskBox)
    sentence = JA("OpenFile", "{name} is {kind}, although its name ends in .{extension}.")
    kind = JA("FileRisk", RunKind.PROGRAM.label)
    assert box.text() == sentence.format(name="本人確認書類.pdf", kind=kind, extension="pdf")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == [] and page.dialog is None


def test_a_name_with_a_direction_override_shows_the_mark_and_asks(make_window, url):
    """Mail intake takes such marks out; a file added to a case by hand (or stored by an older version)
    still shows where one is."""
    services = open_services(url, login="tester")
    person = services.persons.create(services.actor, PersonData("山田 太郎"))
    today = services.cases.policy().today()
    case = services.cases.create(services.actor, NewCase(RequestType.DISCLOSURE, person.id, today))
    spoof = "請求書\u202efdp.exe"  # on screen without the mark: 請求書exe.pdf
    services.cases.add_attachment(services.actor, case.row.id, spoof, "application/pdf", PE)
    services.close()
    window = make_window(url)
    window.show_view("requests")
    requests = window.view_widget("requests")
    requests.select_case(case.row.id)
    page = requests.page
    page.open_path = lambda _path: pytest.fail("opened without asking")
    item = page.attachments.tree.topLevelItem(0)
    assert item.text(0) == "請求書[U+202E]fdp.exe" and "請求書[U+202E]fdp.exe" in item.toolTip(0)
    page.attachments.open_button.click()
    assert "請求書[U+202E]fdp.exe" in page.dialog.text()
    page.dialog.cancel_button.click()
