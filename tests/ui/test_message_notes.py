"""A note the parser leaves on a message (its text cut to size) is shown in the desk's language."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from privacy_desk.i18n.qt import catalogue
from privacy_desk.intake.body_limits import TEXT_CUT, TEXT_MAX
from privacy_desk.services.container import open_services

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

JA = catalogue("ja")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


def test_a_cut_body_says_so_in_japanese_and_lists_the_whole_text(make_window, url):
    message = EmailMessage()
    message["From"] = "long@example.jp"
    message["Subject"] = "長い問い合わせ"
    message["Message-ID"] = "<long@example.jp>"
    message.set_content("開示を請求します。\n" * (TEXT_MAX // 10 + 10), charset="utf-8", cte="8bit")
    services = open_services(url, login="tester")
    try:
        services.ticket_import.import_raw(services.actor, bytes(message), "long")
    finally:
        services.close()
    window = make_window(url)
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    inbox.select_ticket(inbox.model.rows[0].id)
    header = inbox.detail.message_header.text()
    assert JA("Errors", TEXT_CUT) != TEXT_CUT
    assert JA("Errors", TEXT_CUT) in header
    names = [inbox.detail.attachments.item(n).text() for n in range(inbox.detail.attachments.count())]
    assert any(name.startswith("message-body.txt") for name in names)
