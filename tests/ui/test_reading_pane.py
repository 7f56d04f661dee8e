"""The reading pane in the real main window (Japanese, then English): a bounce reads as a delivery
failure linked to the reply it returns; a forwarded message shows inline with its sender, date, subject,
text and its own files, which open; the parser's notes on a mail are said in the reader's language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.tickets import MessageKind
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.container import open_services

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bounce_mail import postfix_bounce
from ticket_mail import HANAKO, mail

JA, EN = catalogue("ja"), catalogue("en")
ADDRESS = "hanako@example.jp"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


def imported(url: str, *raws: bytes) -> tuple[int, object]:
    """The mails imported (the first makes the ticket): (ticket id, the office's today)."""
    services = open_services(url, login="tester")
    first = services.ticket_import.import_raw_result(services.actor, raws[0], "t")
    for raw in raws[1:]:
        services.ticket_import.import_raw(services.actor, raw, "t")
    today = services.cases.policy().today()
    services.close()
    return first.ticket_id, today


def show(window, ticket_id: int, kind: MessageKind | None = None, subject: str | None = None):
    """The Inbox with the ticket open and the first message of `kind` (or `subject`) being read."""
    window.open_item("ticket", ticket_id)
    pane = window.view_widget("inbox").detail
    for row in range(pane.thread.count()):
        message = pane.thread.item(row).data(Qt.ItemDataRole.UserRole)
        if (kind is None or message.kind is kind) and (subject is None or message.subject == subject):
            pane.thread.setCurrentRow(row)
            return pane, message
    raise AssertionError("no such message in the thread")


def test_a_bounce_reads_as_a_delivery_failure_linked_to_the_reply(make_window, url):
    services = open_services(url, login="tester")
    ticket = services.ticket_import.import_raw_result(
        services.actor, mail("q1@example.jp", HANAKO, "開示請求", "開示してください。"), "t"
    )
    draft = services.tickets.draft_reply(ticket.ticket_id, ReplyTemplate.ACKNOWLEDGEMENT, "ja")
    reply = services.tickets.log_reply(services.actor, draft)
    services.ticket_import.import_raw(services.actor, postfix_bounce(reply.eml, ADDRESS), "bounce")
    today = services.cases.policy().today()
    services.close()
    window = make_window(url, day=today)

    pane, _bounce = show(window, ticket.ticket_id, MessageKind.BOUNCE)
    label = pane.bounce_label
    assert label.isVisible()
    diagnostic = f"550 5.1.1 <{ADDRESS}>: Recipient address rejected: User unknown"
    said = JA("Inbox", "Delivery failed to {address}: {status} (the server said: {diagnostic})")
    assert said != "Delivery failed to {address}: {status} (the server said: {diagnostic})"
    expected = said.format(address=ADDRESS, status="5.1.1", diagnostic=diagnostic)
    assert expected.replace("<", "&lt;").replace(">", "&gt;") in label.text()  # quoted text is escaped
    thread_item = pane.thread.currentItem()
    assert thread_item.text().startswith(JA("MessageKind", "Delivery failure"))

    label.linkActivated.emit(f"message:{reply.message_id}")
    assert pane.current_message().id == reply.message_id and not label.isVisible()

    window.commands.apply_language("en")
    pane, _ = show(window, ticket.ticket_id, MessageKind.BOUNCE)
    english = f"Delivery failed to {ADDRESS}: 5.1.1 (the server said: {diagnostic})"
    assert english.replace("<", "&lt;").replace(">", "&gt;") in pane.bounce_label.text()


def forwarded_mail() -> bytes:
    inner = (
        b"From: =?utf-8?b?5bGx55Sw?= <yamada@example.co.jp>\n"
        b"To: hanako@example.jp\n"
        b"Subject: =?utf-8?b?44GU5aWR57SE44Gu44GU5qGI5YaF?=\n"  # ご契約のご案内
        b"Date: Tue, 31 Mar 2026 09:30:00 +0900\n"
        b"Message-ID: <inner-1@example.co.jp>\n"
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="I"\n\n'
        b"--I\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + "花子様の会員情報をご案内します。\n".encode()
        + b'--I\nContent-Type: text/plain; name="meibo.txt"\n'
        b'Content-Disposition: attachment; filename="meibo.txt"\n\n'
        b"member list\n"
        b"--I--\n"
    )
    return (
        b"From: " + HANAKO.encode() + b"\n"
        b"To: info@gmo-c.jp\n"
        b"Subject: Fw: mail I received\n"
        b"Date: Wed, 01 Apr 2026 10:00:00 +0900\n"
        b"Message-ID: <fw-1@example.jp>\n"
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="F"\n\n'
        b"--F\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + "このメールが届きました。\n".encode()
        + b"--F\nContent-Type: message/rfc822\n\n"
        + inner
        + b"\n--F--\n"
    )


def test_a_forwarded_message_shows_inline_with_its_files(make_window, url, qtbot):
    ticket_id, today = imported(url, forwarded_mail())
    window = make_window(url, day=today)
    pane, _message = show(window, ticket_id)
    [panel] = pane.forwarded_panels
    facts = panel.facts.text()
    assert "山田 <yamada@example.co.jp>" in facts and "ご契約のご案内" in facts
    assert JA("Inbox", "From: {sender}").split("{")[0] in facts and "2026" in facts
    assert panel.title() == JA("Inbox", "Forwarded message") != "Forwarded message"
    assert panel.text.toPlainText().strip() == "花子様の会員情報をご案内します。"
    assert panel.files.count() == 1 and panel.files.item(0).text().startswith("meibo.txt")
    inbox = window.view_widget("inbox")
    opened: list[Path] = []
    inbox.open_path = lambda path: opened.append(Path(path)) or True
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in opened] == ["meibo.txt"] and opened[0].read_bytes().strip() == b"member list"


def test_mail_problems_are_said_in_the_readers_language(make_window, url):
    raw = b"From: " + HANAKO.encode() + b"\nTo: info@gmo-c.jp\nSubject: no id\n\nbody\n"
    ticket_id, today = imported(url, raw)
    window = make_window(url, day=today)
    pane, message = show(window, ticket_id)
    assert "Message-ID: missing; derived from the message bytes" in message.defects
    header = pane.message_header.text()
    assert JA("MailProblems", "Message-ID: missing; made from the file's contents") in header
    assert "derived from the message bytes" not in header
