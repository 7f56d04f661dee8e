"""Text from mail, files and requesters is shown as text, never as Qt rich text (issue #8, item 1).

A subject, sender, person, agent, user or file name that holds markup such as `<img src=…>` would make Qt
read that file (or, on Windows, reach another host through a UNC path) the moment a label or tooltip
shows it. Every view is walked with such names: each label and tooltip that shows one must show it as
text, and the file the markup names must not be read (its access time stays in the past).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import formataddr
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QAction, QHelpEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid
from ticket_mail import mail

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.services.cases.service import CaseDetails
from privacy_desk.services.container import open_services
from privacy_desk.services.persons.service import PersonData

BAIT = "bait.png"  # relative: Qt resolves it in the working folder, which is the test's tmp_path
SUBJECT = f'<img src="{BAIT}">開示請求'
SENDER = f"<b>bold</b><img src={BAIT}>"
PERSON = f'<a href="file:///etc/passwd">x</a><img src="{BAIT}">'
AGENT = f"<qt><img src={BAIT}>代理人"
USER = f'<img src="{BAIT}">田中'
FILE = f'<img src="{BAIT}">請求書.pdf'
NOTE = f"<b>メモ</b><img src={BAIT}>"
# Every hostile name holds an image: rendered as markup anywhere, its `<img` reaches Qt unescaped (the
# app's own links, `<a href="ticket:1">`, are markup on purpose and hold no image).
RAW = "<img"
SENTINEL = "no tooltip of its own"


@pytest.fixture
def bait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A picture the markup names; its access time is set before its change time, so that reading it
    (relatime) moves it."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / BAIT
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    stat = path.stat()
    os.utime(path, ns=(stat.st_mtime_ns - 10**12, stat.st_mtime_ns))
    return path


def read_since(bait: Path, atime: int) -> bool:
    return bait.stat().st_atime_ns != atime


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


def plant(url: str, tmp_path: Path) -> tuple[int, int]:
    """A ticket and a request case made of hostile names; (ticket id, case id)."""
    services = open_services(url, login="tester")
    try:
        evil = services.users.add(services.actor, "evil", USER, Role.MANAGER)
        actor = services.users.sign_in("evil")  # whose name shows as author, assignee, "added by"
        person = services.persons.create(actor, PersonData(PERSON, AGENT, "evil@example.jp", "03-0000", NOTE))
        sent = datetime.now(UTC) - timedelta(days=1)
        raw = mail(
            "evil@example.jp",
            formataddr((SENDER, "evil@example.jp")),
            SUBJECT,
            f"{NOTE}\n本文",
            sent=sent,
            attachments=((FILE, "application/pdf", b"%PDF-1.4 x"),),
        )
        services.ticket_import.import_raw(services.actor, raw, "evil")
        ticket_id = services.tickets.page().rows[0].id
        services.tickets.set_assignee(actor, ticket_id, evil.id)
        services.tickets.add_note(actor, ticket_id, NOTE)
        details = CaseDetails(
            requested_items=NOTE,
            delivery_note=NOTE,
            requester_kind=RequesterKind.APPOINTED_AGENT,
            agent_name=AGENT,
            agent_contact=NOTE,
        )
        case = services.cases.create_from_ticket(
            actor, ticket_id, RequestType.DISCLOSURE, details, person_id=person.id, assignee_id=evil.id
        )
        case_id = case.row.id
        today = services.cases.policy().today()
        services.cases.add_task(actor, case_id, NOTE, today, evil.id)
        services.cases.add_note(actor, case_id, NOTE)
        services.cases.add_attachment(actor, case_id, FILE, "application/pdf", b"%PDF-1.4 y")
        services.cases.start_pause(actor, case_id, PauseReason.CLARIFICATION, today, NOTE)
        return ticket_id, case_id
    finally:
        services.close()


# -- what the user sees ------------------------------------------------------------------------------


def as_markup(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether Qt would render `text` as rich text with a hostile tag in it (not escaped)."""
    if not text or text_format == Qt.TextFormat.PlainText:
        return False
    rich = text_format == Qt.TextFormat.RichText or Qt.mightBeRichText(text)
    return rich and RAW in text


def model_indexes(model, parent: QModelIndex | None = None, depth: int = 0) -> Iterator[QModelIndex]:
    parent = parent if parent is not None else QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model's column count is private in PySide6: it has one
        columns = 1
    for row in range(min(model.rowCount(parent), 50)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and depth < 2:
                yield from model_indexes(model, index, depth + 1)


def hover(view: QAbstractItemView, index: QModelIndex) -> str:
    """The tooltip the view shows when the pointer rests on `index`."""
    rect = view.visualRect(index)
    if not rect.isValid() or not view.viewport().rect().intersects(rect):
        return ""
    point = rect.center()
    at = view.viewport().mapToGlobal(point)
    QToolTip.showText(at, SENTINEL)  # still there afterwards: the view showed no tooltip of its own
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, at))
    shown = QToolTip.text() if QToolTip.isVisible() else SENTINEL
    QToolTip.hideText()
    return "" if shown == SENTINEL else shown


def markup_shown(where: str) -> list[str]:
    """Every label, tooltip and list tooltip on screen that would render hostile markup, after painting
    every window once (painting is when a label's images are read)."""
    found = []
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.grab()
    for widget in QApplication.allWidgets():
        if not isValid(widget):  # deleted meanwhile (a form closed a moment ago)
            continue
        name = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and as_markup(widget.text(), widget.textFormat()):
            found.append(f"{name} text {widget.text()!r}")
        if isinstance(widget, QMessageBox) and as_markup(widget.text(), widget.textFormat()):
            found.append(f"{name} message {widget.text()!r}")
        if as_markup(widget.toolTip()):
            found.append(f"{name} tooltip {widget.toolTip()!r}")
        for action in widget.actions():
            if isinstance(action, QAction) and as_markup(action.toolTip()):
                found.append(f"{name} action tooltip {action.toolTip()!r}")
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.isVisible()
        ):
            for index in model_indexes(widget.model()):
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and as_markup(tip):
                    found.append(f"{name} item tooltip {tip!r}")
                if as_markup(hover(widget, index)):
                    found.append(f"{name} shown tooltip {QToolTip.text()!r}")
    return found


def close_dialog(owner) -> None:
    dialog = owner.dialog
    assert isinstance(dialog, QDialog)
    dialog.reject()


def test_every_view_shows_hostile_names_as_text_and_reads_no_file(make_window, url, bait, tmp_path):
    ticket_id, case_id = plant(url, tmp_path)
    atime = bait.stat().st_atime_ns
    window = make_window(url, day=datetime.now(UTC).date(), login="evil")
    window.resize(1400, 900)
    found = markup_shown("today")

    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    inbox.select_ticket(ticket_id)
    pane = inbox.detail
    for row in range(pane.thread.count()):
        pane.thread.setCurrentRow(row)
        found += markup_shown(f"inbox, message {row}")
    for button in (pane.convert_button, pane.merge_button, pane.person_button, pane.reply_button):
        button.click()
        found += markup_shown(f"inbox, {button.text()}")
        close_dialog(inbox)

    window.show_view("requests")
    requests = window.view_widget("requests")
    requests.select_case(case_id)
    page = requests.page
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        found += markup_shown(f"case page, tab {tab}")
    page.edit_details()
    found += markup_shown("case page, details")
    close_dialog(page)
    scan = tmp_path / FILE
    scan.write_bytes(b"%PDF-1.4 z")
    page.ask_open_path = lambda _parent, _title: str(scan)
    page.add_attachment()
    found += markup_shown("case page, attach")
    close_dialog(page)

    assert sorted(set(p.split(": ", 1)[1] for p in found)) == []
    assert not read_since(bait, atime), "a label or tooltip read the file its markup names"


def test_message_boxes_show_their_text_as_text(qtbot, bait):
    from privacy_desk.errors import InvalidInput
    from privacy_desk.ui.errors import error_box
    from privacy_desk.ui.widgets.plain_text import yes_no_box

    atime = bait.stat().st_atime_ns
    boxes = [
        error_box(InvalidInput("{path} could not be read", path=FILE)),
        error_box(RuntimeError(SUBJECT), logged_to=Path(FILE)),  # the error's own text, as it is
        yes_no_box(None, SUBJECT, f"{FILE}: keep it?"),
    ]
    for box in boxes:
        qtbot.addWidget(box)
        box.show()
    assert markup_shown("message boxes") == []
    assert FILE in boxes[0].text() and FILE in boxes[2].text()
    assert not read_since(bait, atime)


def test_a_tooltip_made_safe_shows_the_text_itself(qapp):
    from PySide6.QtGui import QTextDocument

    from privacy_desk.ui.widgets.plain_text import safe_tooltip

    assert safe_tooltip("開示請求 <hanako@example.jp>") == "開示請求 <hanako@example.jp>"  # no tag: as it is
    assert safe_tooltip("") == "" and safe_tooltip(None) is None
    for text in (SUBJECT, SENDER, f"{PERSON}\nヤマダ", "a &lt; b"):
        tip = safe_tooltip(text)
        assert not as_markup(tip)
        document = QTextDocument()
        document.setHtml(tip)
        assert document.toPlainText() == text


def test_walk_finds_markup_in_a_plain_qlabel(qtbot, bait):
    """The walk itself: an unguarded label with a subject in it is found, and reads the file."""
    atime = bait.stat().st_atime_ns
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel(SUBJECT, widget)
    label.setObjectName("unguarded")
    widget.show()
    assert any("'unguarded'" in problem for problem in markup_shown("test"))
    assert read_since(bait, atime)
