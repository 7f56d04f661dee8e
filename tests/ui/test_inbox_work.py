"""Working a ticket in the Inbox: status, category, assignee, requester, notes, replies, merge and
split, attachments and originals, calls and letters, importing, fetching and exporting mail."""

from __future__ import annotations

import csv
import io
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from privacy_desk.domain.tickets import MessageKind, TicketCategory, TicketStatus
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.container import open_services
from privacy_desk.services.persons.service import PersonData
from privacy_desk.services.tickets.mail_fetch import PasswordStore
from privacy_desk.ui.dialogs.person_dialog import PersonDialog
from privacy_desk.ui.inbox.dialogs import (
    MergeDialog,
    NoteDialog,
    TextDialog,
)
from privacy_desk.ui.inbox.intake_forms import CallDialog, LetterDialog
from privacy_desk.ui.inbox.mailbox import MailboxDialog
from privacy_desk.ui.inbox.model import Column
from privacy_desk.ui.inbox.reply_form import ReplyDialog
from privacy_desk.ui.inbox.ticket_thread import NOTE_TINT_LIGHT

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest.register_assert_rewrite("imap_server", "keyring_backends")
from helpers.operations import ManualOperations  # noqa: E402
from imap_server import PASSWORD, sample_message  # noqa: E402
from keyring_backends import MemoryKeyring  # noqa: E402
from ticket_mail import HANAKO, KEN, mail  # noqa: E402

pytest_plugins = ["imap_server"]
JA = catalogue("ja")


def html_mail() -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = "Mallory <mallory@example.com>"
    message["To"] = "info@gmo-c.jp"
    message["Subject"] = "Track me"
    message["Date"] = "Wed, 01 Apr 2026 10:00:00 +0900"
    message["Message-ID"] = "<html@example.com>"
    message.set_content('<p>Hello <img src="http://tracker.example/pixel.png"></p>', subtype="html")
    return message.as_bytes()


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


@pytest.fixture
def desk(url):
    services = open_services(url, login="tester")
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("h1@example.jp", HANAKO, "開示請求", "保有個人データの開示を請求します。"), "h1")
    imp(
        mail(
            "h2@example.jp",
            HANAKO,
            "Re: 開示請求",
            "本人確認書類を添付します。",
            in_reply_to="h1@example.jp",
            attachments=(("免許証.pdf", "application/pdf", b"%PDF-1.4 licence"),),
            sent=datetime(2026, 4, 2, 1, tzinfo=UTC),
        ),
        "h2",
    )
    imp(mail("k1@example.jp", KEN, "配信停止", "メルマガの配信停止をお願いします。"), "k1")
    yield services
    services.close()


def open_ticket(make_window, url, ref: str, *, extra=None):
    window = make_window(url, open_database=extra is None)
    if extra is not None:
        window.context.extra.update(extra)
        window.open_database()
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    inbox.select_ticket(inbox.model.rows[inbox.model.row_of(_id(inbox, ref))].id)
    assert inbox.detail.detail.ticket.ref == ref
    return window, inbox


def _id(inbox, ref: str) -> int:
    return next(row.id for row in inbox.model.rows if row.ref == ref)


def accept(dialog: QDialog) -> None:
    dialog.ok_button.click()


def test_status_category_and_assignee_are_changed_from_the_pane(make_window, url, desk):
    manager = desk.users.add(desk.actor, "suzuki", "鈴木 一郎", desk.actor.role.MANAGER)
    _, inbox = open_ticket(make_window, url, "PD-2026-000002")
    pane = inbox.detail
    pane.status_combo.setCurrentIndex(pane.status_combo.findData(TicketStatus.WAITING))
    pane.status_combo.activated.emit(pane.status_combo.currentIndex())
    row = inbox.model.rows[inbox.model.row_of(pane.detail.ticket.id)]
    assert row.status is TicketStatus.WAITING
    assert inbox.model.index(inbox.model.row_of(row.id), Column.STATUS).data() == JA(
        "TicketStatus", "Waiting for requester"
    )
    assert pane.confirm_button.isVisible()
    pane.confirm_button.click()
    assert pane.detail.ticket.category_confirmed and not pane.confirm_button.isVisible()
    pane.category_combo.setCurrentIndex(pane.category_combo.findData(TicketCategory.COMPLAINT))
    pane.category_combo.activated.emit(pane.category_combo.currentIndex())
    assert pane.detail.ticket.category is TicketCategory.COMPLAINT
    pane.assignee_combo.setCurrentIndex(pane.assignee_combo.findData(manager.id))
    pane.assignee_combo.activated.emit(pane.assignee_combo.currentIndex())
    assert inbox.model.index(inbox.model.row_of(row.id), Column.ASSIGNEE).data() == "鈴木 一郎"
    actions = [e.action for e in desk.audit.entries(entity="ticket", entity_id=row.id)]
    assert {"set_status", "confirm_category", "set_category", "set_assignee"} <= set(actions)


def test_a_refused_change_says_why_and_shows_what_is_stored(make_window, url, desk):
    _, inbox = open_ticket(make_window, url, "PD-2026-000002")
    inbox.set_status(TicketStatus.NEW)  # not a transition the machine allows from NEW
    assert inbox.notice.isVisible() and inbox.notice.kind.value == "error"
    assert inbox.detail.detail.ticket.status is TicketStatus.NEW


def test_internal_notes_look_different_from_correspondence(make_window, url, desk):
    _, inbox = open_ticket(make_window, url, "PD-2026-000001")
    inbox.detail.note_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, NoteDialog)
    accept(dialog)  # empty: refused, nothing lost
    assert dialog.isVisible() and dialog.message.text() == JA("Forms", "Write the note first.")
    dialog.text_edit.setPlainText("電話で本人確認済み。")
    accept(dialog)
    assert not dialog.isVisible()
    thread = inbox.detail.thread
    kinds = [thread.item(i).data(Qt.ItemDataRole.UserRole).kind for i in range(thread.count())]
    assert kinds == [MessageKind.CORRESPONDENCE_IN, MessageKind.CORRESPONDENCE_IN, MessageKind.INTERNAL_NOTE]
    note, mail_item = thread.item(2), thread.item(0)
    assert note.background().color() == NOTE_TINT_LIGHT and note.font().italic()
    assert mail_item.background().color() != NOTE_TINT_LIGHT
    thread.setCurrentRow(2)
    assert not inbox.detail.note_banner.isHidden()
    assert "電話で本人確認済み。" in inbox.detail.body.toPlainText()
    thread.setCurrentRow(0)
    assert inbox.detail.note_banner.isHidden()


def test_a_form_stays_open_while_it_saves_and_its_result_shows(make_window, url, desk, qtbot):
    window, inbox = open_ticket(make_window, url, "PD-2026-000001")
    window.context.operations = later = ManualOperations()
    inbox.detail.note_button.click()
    dialog = inbox.dialog
    dialog.text_edit.setPlainText("折り返し電話の予定。")
    accept(dialog)
    assert later.queue and not dialog.ok_button.isEnabled() and not dialog.cancel_button.isEnabled()
    # Escape, the window's close button, a reject from elsewhere: the note may already be stored.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dialog.isVisible() and inbox.dialog is dialog
    later.flush_all()  # the save answers, then the ticket reloads
    assert not dialog.isVisible() and inbox.dialog is None
    thread = inbox.detail.thread
    assert thread.item(thread.count() - 1).data(Qt.ItemDataRole.UserRole).kind is MessageKind.INTERNAL_NOTE


def test_the_case_links_of_the_last_ticket_go_while_the_next_one_loads(make_window, url, desk):
    from privacy_desk.domain.requests import RequestType
    from privacy_desk.services.cases.service import CaseDetails

    first = desk.tickets.id_of("PD-2026-000001")
    case = desk.cases.create_from_ticket(desk.actor, first, RequestType.DISCLOSURE, CaseDetails())
    window, inbox = open_ticket(make_window, url, "PD-2026-000001")
    pane = inbox.detail
    assert pane.cases_label.isVisible() and case.row.ref in pane.cases_label.text()
    window.context.operations = later = ManualOperations()
    inbox.select_ticket(_id(inbox, "PD-2026-000002"))
    task, on_success, _failure = later.queue.pop(0)  # the ticket answers; its cases are not read yet
    on_success(task())
    assert pane.detail.ticket.ref == "PD-2026-000002"
    assert not pane.cases_label.isVisible() and case.row.ref not in pane.cases_label.text()
    later.flush_all()
    assert not pane.cases_label.isVisible() and pane.cases == []


def test_linking_the_requester_finds_variant_spellings(make_window, url, desk):
    person = desk.persons.create(desk.actor, PersonData("山﨑 翔太", "ヤマザキ ショウタ", "shota@example.jp"))
    _, inbox = open_ticket(make_window, url, "PD-2026-000002")  # Ken's ticket, linked to 佐藤 健
    inbox.detail.person_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.search_edit.setText("山崎")
    dialog.search()
    assert dialog.results.count() == 1
    dialog.search_edit.setText("やまざき")
    dialog.search()
    dialog.results.setCurrentRow(0)
    assert dialog.fields["name"].text() == "山﨑 翔太"
    dialog.fields["phone"].setText("03-1234-5678")  # edited with the link
    accept(dialog)
    assert inbox.detail.detail.ticket.person_id == person.id
    assert inbox.detail.person_value.text() == "山﨑 翔太"
    assert desk.persons.get(person.id).phone == "03-1234-5678"
    inbox.detail.person_button.click()
    inbox.dialog.unlink_button.click()
    assert inbox.detail.detail.ticket.person_id is None


def test_a_reply_from_a_template_is_saved_as_eml_and_logged(make_window, url, desk, tmp_path):
    _, inbox = open_ticket(make_window, url, "PD-2026-000002")
    target = tmp_path / "reply.eml"
    inbox.ask_save_path = lambda *_args: str(target)
    inbox.detail.reply_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, ReplyDialog)
    assert dialog.language_combo.currentData() == "ja"
    assert dialog.subject_edit.text().startswith("Re: [PD-2026-000002]")
    assert dialog.body_edit.toPlainText().startswith("佐藤 健 様")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert "PD-2026-000002" in dialog.body_edit.toPlainText() and "Sato" not in dialog.subject_edit.text()
    dialog.body_edit.setPlainText(dialog.body_edit.toPlainText() + "\nP.S. edited")
    dialog.save_button.click()
    assert b"X-Unsent: 1" in target.read_bytes()
    thread = inbox.detail.detail.messages
    assert thread[-1].kind is MessageKind.CORRESPONDENCE_OUT and thread[-1].body_text.endswith("P.S. edited")


def test_a_reply_opens_in_the_mail_client(make_window, url, desk):
    _, inbox = open_ticket(make_window, url, "PD-2026-000001")
    opened = []
    inbox.open_path = lambda path: opened.append(path) or True
    inbox.detail.reply_button.click()
    assert not inbox.dialog.ok_button.isEnabled()  # sending is not set up: the mail client it is
    inbox.dialog.open_button.click()
    assert opened and opened[0].endswith(".eml") and Path(opened[0]).read_bytes().count(b"PD-2026-000001")
    assert inbox.detail.detail.messages[-1].kind is MessageKind.CORRESPONDENCE_OUT


def test_merge_then_undo_then_split(make_window, url, desk):
    _, inbox = open_ticket(make_window, url, "PD-2026-000002")
    inbox.confirm = lambda *_args: True
    inbox.detail.merge_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, MergeDialog)
    dialog.target_edit.setText("PD-2026-999999")
    accept(dialog)
    assert dialog.isVisible() and dialog.message.text()  # no such ticket: said, not lost
    dialog.target_edit.setText("pd-2026-000001")
    accept(dialog)
    assert inbox.detail.detail.ticket.ref == "PD-2026-000001"
    assert [row.ref for row in inbox.model.rows] == ["PD-2026-000001"]
    assert inbox.detail.undo_merge_button.isVisible()
    inbox.detail.undo_merge_button.click()
    assert sorted(row.ref for row in inbox.model.rows) == ["PD-2026-000001", "PD-2026-000002"]
    inbox.select_ticket(_id(inbox, "PD-2026-000001"))
    thread = inbox.detail.thread
    thread.selectAll()
    assert thread.count() == 2 and not inbox.detail.split_button.isEnabled()  # one must stay
    thread.setCurrentRow(1)  # the second mail was filed here by mistake
    assert inbox.detail.selected_message_ids() == [thread.item(1).data(Qt.ItemDataRole.UserRole).id]
    assert inbox.detail.split_button.isEnabled()
    inbox.detail.split_button.click()
    refs = sorted(row.ref for row in inbox.model.rows)
    assert refs == ["PD-2026-000001", "PD-2026-000002", "PD-2026-000003"]
    assert "PD-2026-000003" in inbox.notice.text()


def test_attachments_open_and_save_and_originals_show_as_plain_text(make_window, url, desk, tmp_path):
    desk.ticket_import.import_raw(desk.actor, html_mail(), "html")
    _, inbox = open_ticket(make_window, url, "PD-2026-000001")
    pane = inbox.detail
    pane.thread.setCurrentRow(1)
    assert pane.attachments.count() == 1 and "免許証.pdf" in pane.attachments.item(0).text()
    opened = []
    inbox.open_path = lambda path: opened.append(path) or True
    pane.open_attachment_button.click()
    assert Path(opened[0]).name == "免許証.pdf" and Path(opened[0]).read_bytes() == b"%PDF-1.4 licence"
    inbox.ask_save_path = lambda *_args: str(tmp_path / "saved.pdf")
    pane.save_attachment_button.click()
    assert (tmp_path / "saved.pdf").read_bytes() == b"%PDF-1.4 licence"
    pane.headers_button.click()
    assert (
        isinstance(inbox.dialog, TextDialog)
        and "Message-ID: <h2@example.jp>" in inbox.dialog.text_edit.toPlainText()
    )
    inbox.dialog.reject()
    inbox.select_ticket(_id(inbox, "PD-2026-000003"))
    pane.original_button.click()
    original = inbox.dialog
    assert isinstance(original, TextDialog)
    assert (
        '<img src="http://tracker.example/pixel.png">' in original.text_edit.toPlainText()
    )  # text, not markup


def test_a_phone_call_and_a_letter_are_logged(make_window, url, desk, tmp_path):
    scan = tmp_path / "請求書.pdf"
    scan.write_bytes(b"%PDF scanned")
    _, inbox = open_ticket(make_window, url, "PD-2026-000001")
    inbox.call_button.click()
    call = inbox.dialog
    assert isinstance(call, CallDialog) and call.thread_check.isChecked()
    call.caller_edit.setText("髙橋 花子")
    call.number_edit.setText("電話して")
    call.summary_edit.setPlainText("本人確認書類の送付方法の確認。")
    accept(call)
    assert call.isVisible() and call.message.text()  # not a number: said, nothing lost
    call.number_edit.setText("03-1234-5678")
    call.recording_edit.setText("rec://pbx/0930")
    call.duration_edit.setTime(call.duration_edit.time().addSecs(185))
    accept(call)
    last = inbox.detail.detail.messages[-1]
    assert (last.kind, last.duration_seconds, last.recording_ref) == (
        MessageKind.PHONE_CALL,
        185,
        "rec://pbx/0930",
    )
    assert "3:05" in inbox.detail.message_header.text()

    inbox.letter_button.click()
    letter = inbox.dialog
    assert isinstance(letter, LetterDialog)
    letter.thread_check.setChecked(False)  # a new ticket
    letter.sender_edit.setText("佐藤 健")
    letter.address_edit.setText("横浜市西区…")
    letter.summary_edit.setPlainText("開示請求書（郵送）")
    letter.add_paths([str(scan)])
    accept(letter)
    detail = inbox.detail.detail
    assert detail.ticket.channel.value == "letter" and detail.ticket.ref == "PD-2026-000003"
    assert detail.messages[0].attachments[0].filename == "請求書.pdf"


def write_mail_folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.eml").write_bytes(mail("a@example.jp", KEN, "新しい問い合わせ", "よろしくお願いします。"))
    (folder / "b.eml").write_bytes(mail("k1@example.jp", KEN, "配信停止"))  # already there
    (folder / "broken.msg").write_bytes(b"not an outlook message")
    return folder


def test_importing_a_folder_reports_broken_files_by_name(make_window, url, desk, tmp_path):
    folder = write_mail_folder(tmp_path / "mail")
    window, inbox = open_ticket(make_window, url, "PD-2026-000001")
    inbox.ask_import_paths = lambda *_args: [str(folder)]
    action = next(a for key, c, a in window.menus.command_actions if c.key == "import_mail")
    assert action.text() == JA("Inbox", "&Import Mail…")
    action.trigger()
    box = inbox.summary_box
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert JA("Inbox", "%n message(s) imported.", None, 1) in box.text()
    assert "broken.msg" in box.text()
    assert "PD-2026-000003" in [row.ref for row in inbox.model.rows]
    box.close()


def test_dropping_mail_files_imports_them(make_window, url, desk, tmp_path):
    folder = write_mail_folder(tmp_path / "mail")
    _, inbox = open_ticket(make_window, url, "PD-2026-000001")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder / "a.eml")), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert inbox.droppable_paths(event) == [str(folder / "a.eml")]
    inbox.dropEvent(event)
    assert "PD-2026-000003" in [row.ref for row in inbox.model.rows]
    assert inbox.summary_box.icon() == QMessageBox.Icon.Information
    inbox.summary_box.close()  # OK, as the desk would: the box is a window of its own
    _ = QPoint


def test_export_writes_the_filtered_list_as_csv(make_window, url, desk, tmp_path):
    window, inbox = open_ticket(make_window, url, "PD-2026-000001")
    target = tmp_path / "inbox.csv"
    inbox.ask_save_path = lambda *_args: str(target)
    inbox.search_edit.setText("開示")
    inbox.apply_filters()
    next(a for key, c, a in window.menus.command_actions if c.key == "export_csv").trigger()
    table = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert {row["ref"] for row in table} == {"PD-2026-000001"} and len(table) == 2
    assert str(target) in inbox.notice.text()


def test_fetch_now_asks_for_the_mailbox_then_fetches(make_window, url, desk, imap_mailbox):
    imap_mailbox.deliver(sample_message(1, subject="IMAPからの問い合わせ"))
    keychain = MemoryKeyring()
    _, inbox = open_ticket(
        make_window,
        url,
        "PD-2026-000001",
        extra={"mail_fetch_options": {"passwords": PasswordStore(keychain)}},
    )
    inbox.fetch_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, MailboxDialog) and dialog.admin
    assert dialog.message.text()  # why it opened: not set up yet
    account = imap_mailbox.account()
    dialog.host_edit.setText(account.host)
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    dialog.port_spin.setValue(account.port)
    dialog.user_edit.setText(account.user)
    dialog.password_edit.setText(PASSWORD)
    dialog.test_button.click()
    assert dialog.test_result.kind.value == "success"
    accept(dialog)
    assert keychain.entries  # the password went to the keychain, not the database
    inbox.fetch_button.click()
    assert "IMAPからの問い合わせ" in [row.subject for row in inbox.model.rows]
    assert JA("Inbox", "%n new message(s) fetched.", None, 1) in inbox.summary_box.text()
    inbox.summary_box.close()
