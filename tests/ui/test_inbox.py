"""The Inbox list as a desk uses it: pages, sorting, filters, Japanese search, keyboard, languages."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest
from helpers.language import deliver_language_change
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.container import open_services
from privacy_desk.ui.inbox.model import Column, Role
from privacy_desk.ui.widgets.lists import ListState

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ticket_mail import HANAKO, KEN, mail

JA = catalogue("ja")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


def fill(url: str, extra: int = 0) -> None:
    services = open_services(url, login="tester")
    try:
        imp = partial(services.ticket_import.import_raw, services.actor)
        imp(mail("h1@example.jp", HANAKO, "開示請求", "保有個人データの開示を請求します。"), "h1")
        imp(mail("k1@example.jp", KEN, "配信停止", "メルマガの配信停止をお願いします。林"), "k1")
        for number in range(extra):
            sent = datetime(2026, 5, 1 + number % 28, 1, tzinfo=UTC)
            imp(mail(f"x{number}@example.jp", KEN, f"質問 {number}", "ご質問です。", sent=sent), f"x{number}")
    finally:
        services.close()


def open_inbox(make_window, url: str):
    window = make_window(url)
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    return window, inbox


def refs(inbox) -> list[str]:
    model = inbox.model
    return [model.index(row, Column.REFERENCE).data() for row in range(model.rowCount())]


def test_the_inbox_is_the_second_view_and_lists_tickets_newest_first(make_window, url, qtbot):
    fill(url)
    window = make_window(url)
    assert window.views.keys()[:2] == ["today", "inbox"]
    assert window.current_view_key() == "today"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "inbox"
    inbox = window.view_widget("inbox")
    assert inbox.state is ListState.READY
    assert refs(inbox) == ["PD-2026-000002", "PD-2026-000001"]
    model = inbox.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert header[0] == JA("Inbox", "Reference") and header[-1] == JA("Inbox", "Response due")
    row = [model.index(0, c).data() for c in Column]
    assert row[1] == "配信停止" and row[2] == "佐藤 健"
    assert row[3] == JA("Inbox", "{category} (suggested)").format(category=JA("TicketCategory", "Opt-out"))
    assert row[4] == JA("TicketStatus", "New")
    assert inbox.count_label.text() == JA("Inbox", "%n ticket(s)", None, 2)


def test_unread_rows_are_bold_and_an_overdue_first_response_stands_out(make_window, url):
    fill(url)
    _, inbox = open_inbox(make_window, url)
    model = inbox.model
    first = model.index(0, Column.SUBJECT)
    assert first.data(Role.UNREAD) and first.data(Qt.ItemDataRole.FontRole).bold()
    due = model.index(0, Column.DUE)
    assert due.data(Role.OVERDUE)  # mail of April 2026, due five business days later, never answered
    assert isinstance(due.data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None  # a sign, not colour alone
    words = JA("Inbox", "{date} (overdue)").format(date="")
    assert due.data(Qt.ItemDataRole.AccessibleTextRole).endswith(words)  # said in words, whatever the width
    model.set_compact(0)  # a list with room: the words beside the date
    assert due.data().endswith(words)
    model.set_compact(model.COMPACT_LEVELS)  # no room: the date whole, its sign and colour say it
    assert not due.data().endswith(words) and due.data() in due.data(Qt.ItemDataRole.AccessibleTextRole)
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None


def test_pages_are_fetched_as_the_list_scrolls(make_window, url):
    fill(url, extra=7)
    _window, inbox = open_inbox(make_window, url)
    calls = []
    loader = inbox.model._loader
    inbox.model._loader = lambda query, offset, limit: (
        calls.append((offset, limit)) or loader(query, offset, limit)
    )
    inbox.model.page_size = 4
    inbox.apply_filters()
    assert inbox.model.rowCount() == 4 and inbox.model.total == 9
    assert inbox.model.canFetchMore()
    inbox.table.scrollToBottom()  # the view asks for more as the end comes into sight
    QApplication.processEvents()
    while inbox.model.canFetchMore():
        inbox.model.fetchMore()
    assert inbox.model.rowCount() == 9 and not inbox.model.canFetchMore()
    assert calls[0] == (0, 4) and (4, 4) in calls and all(limit == 4 for _, limit in calls)
    assert len(set(refs(inbox))) == 9


def test_sorting_by_a_column_asks_the_service_again(make_window, url):
    fill(url, extra=2)
    _, inbox = open_inbox(make_window, url)
    inbox.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert refs(inbox) == ["PD-2026-000001", "PD-2026-000002", "PD-2026-000003", "PD-2026-000004"]
    inbox.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert refs(inbox)[0] == "PD-2026-000004"
    inbox.table.sortByColumn(Column.ASSIGNEE, Qt.SortOrder.AscendingOrder)  # not sortable: unchanged
    assert refs(inbox)[0] == "PD-2026-000004"


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("林", ["PD-2026-000002"]),  # one character: in the body
        ("開示", ["PD-2026-000001"]),  # two
        ("配信停止", ["PD-2026-000002"]),  # three or more
        ("ｐｄ－２０２６－０００００１", ["PD-2026-000001"]),  # a reference, typed full width
        ("見つからない言葉", []),
    ],
)
def test_ctrl_f_searches_japanese_words_of_any_length(make_window, url, qtbot, term, expected):
    fill(url)
    _, inbox = open_inbox(make_window, url)
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert inbox.search_edit.hasFocus()
    inbox.search_edit.setText(term)
    qtbot.keyClick(inbox.search_edit, Qt.Key.Key_Return)
    assert refs(inbox) == expected
    assert inbox.state is (ListState.READY if expected else ListState.EMPTY)
    qtbot.keyClick(inbox.search_edit, Qt.Key.Key_Escape)  # clears the search, back to the list
    assert inbox.search_edit.text() == "" and len(refs(inbox)) == 2 and inbox.table.hasFocus()


def test_typing_searches_after_a_pause(make_window, url, qtbot):
    fill(url)
    _, inbox = open_inbox(make_window, url)
    qtbot.keyClicks(inbox.search_edit, "kensato")
    assert len(refs(inbox)) == 2  # not yet: waiting for the user to stop typing
    with qtbot.waitSignal(inbox.model.query_did_finish, timeout=3000):
        pass
    assert refs(inbox) == []


def test_filters_by_status_category_assignee_and_overdue(make_window, url):
    fill(url)
    services = open_services(url, login="tester")
    try:
        hanako = services.tickets.id_of("PD-2026-000001")
        services.tickets.set_status(
            services.actor, hanako, services.tickets.get(hanako).ticket.status.RESOLVED
        )
        services.tickets.set_assignee(
            services.actor, services.tickets.id_of("PD-2026-000002"), services.actor.id
        )
        me = services.actor.id
    finally:
        services.close()
    _, inbox = open_inbox(make_window, url)
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*open"))
    inbox.apply_filters()
    assert refs(inbox) == ["PD-2026-000002"]
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("resolved"))
    inbox.apply_filters()
    assert refs(inbox) == ["PD-2026-000001"]
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.category_combo.setCurrentIndex(inbox.category_combo.findData("data_subject_request"))
    inbox.apply_filters()
    assert refs(inbox) == ["PD-2026-000001"]
    inbox.category_combo.setCurrentIndex(0)
    inbox.assignee_combo.setCurrentIndex(inbox.assignee_combo.findData(me))
    inbox.apply_filters()
    assert refs(inbox) == ["PD-2026-000002"]
    inbox.assignee_combo.setCurrentIndex(inbox.assignee_combo.findData("*unassigned"))
    inbox.apply_filters()
    assert refs(inbox) == ["PD-2026-000001"]
    inbox.assignee_combo.setCurrentIndex(0)
    inbox.overdue_check.setChecked(True)  # the resolved one no longer waits for an answer
    assert refs(inbox) == ["PD-2026-000002"]


def test_keyboard_arrows_open_enter_reads_escape_goes_back(make_window, url, qtbot):
    fill(url)
    _, inbox = open_inbox(make_window, url)
    table = inbox.table
    table.setFocus()  # the list takes the keyboard on its first row
    assert table.currentIndex().row() == 0
    assert inbox.detail.detail.ticket.ref == "PD-2026-000002"
    assert not inbox.model.index(0, 0).data(Role.UNREAD)  # opened: read for the whole desk
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert inbox.detail.detail.ticket.ref == "PD-2026-000001"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert inbox.detail.thread.hasFocus()
    assert "保有個人データの開示を請求します。" in inbox.detail.body.toPlainText()
    qtbot.keyClick(inbox.detail.thread, Qt.Key.Key_Escape)
    assert table.hasFocus()


def test_the_list_follows_the_language(make_window, url):
    fill(url)
    window, inbox = open_inbox(make_window, url)
    window.commands.switch_language("en")
    deliver_language_change()
    model = inbox.model
    assert model.headerData(Column.DUE, Qt.Orientation.Horizontal) == "Response due"
    assert model.index(0, Column.STATUS).data() == "New"
    assert inbox.title.text() == "Inbox"
    assert inbox.count_label.text() == "2 tickets"
    assert model.index(0, Column.RECEIVED).data().split(",")[0].endswith("/2026")  # 4/1/2026 (ja: 2026/04/01)
    window.commands.switch_language("ja")
    deliver_language_change()
    assert inbox.title.text() == JA("Inbox", "Inbox")
