"""The first-run page (issue #10 item 5): on an empty database the main window offers to set up the
mailbox, add users and load demo data, in both languages; each action works end to end, the page can be
closed, and it does not come back once there is data."""

from __future__ import annotations

import pytest
from helpers.factories import make_ticket
from helpers.language import switch_language
from PySide6.QtCore import Qt

from privacy_desk.i18n.qt import catalogue

JA = catalogue("ja")


@pytest.fixture
def desk_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


def first_run_window(make_window, url: str):
    return make_window(url, first_run=True)


def page_of(window):
    first_run = window.first_run
    assert first_run.showing and window.central.currentWidget() is first_run.page
    return first_run.page


def test_an_empty_database_shows_the_page_in_japanese_and_english(make_window, desk_url, ui_translators):
    window = first_run_window(make_window, desk_url)
    page = page_of(window)
    assert page.isVisible()
    assert page.heading.text() == "Privacy Desk へようこそ"
    assert page.mailbox_button.text() == "メールボックスを設定(&M)…"
    assert page.demo_button.text() == "デモデータを読み込む(&D)"

    switch_language(ui_translators, "en")
    assert page.heading.text() == "Welcome to Privacy Desk"
    assert [t.text() for t in page.titles] == ["1. Set up the mailbox", "2. Add users", "3. Load demo data"]
    assert page.close_button.text() == "&Close This Page"


def test_set_up_the_mailbox_opens_the_mailbox_form_over_the_inbox(make_window, desk_url, qtbot):
    window = first_run_window(make_window, desk_url)
    qtbot.mouseClick(page_of(window).mailbox_button, Qt.MouseButton.LeftButton)

    assert window.current_view_key() == "inbox" and window.central.currentWidget() is window.splitter
    form = window.view_widget("inbox").dialog
    assert form is not None and form.isVisible() and type(form).__name__ == "MailboxDialog"
    form.reject()


def test_add_users_opens_the_users_tool(make_window, desk_url, qtbot):
    window = first_run_window(make_window, desk_url)
    qtbot.mouseClick(page_of(window).users_button, Qt.MouseButton.LeftButton)

    dialog = window.commands.users_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_load_demo_data_fills_the_database_and_the_page_steps_aside_for_good(make_window, desk_url, qtbot):
    window = first_run_window(make_window, desk_url)
    qtbot.mouseClick(page_of(window).demo_button, Qt.MouseButton.LeftButton)

    services = window.context.services
    assert services.tickets.page(limit=1).total > 0 and services.cases.page(limit=1).total > 0
    assert not window.first_run.showing and window.central.currentWidget() is window.splitter
    assert window.current_view_key() == "today"

    window.open_database()  # opened again (or the next start): there is data now, so no page
    assert not window.first_run.showing and window.central.currentWidget() is window.splitter


def test_the_page_once_closed_does_not_come_back_for_that_database(make_window, desk_url, qtbot):
    window = first_run_window(make_window, desk_url)
    qtbot.mouseClick(page_of(window).close_button, Qt.MouseButton.LeftButton)
    assert window.central.currentWidget() is window.splitter
    window.close()

    again = first_run_window(make_window, desk_url)  # a new start on the still empty database
    assert not again.first_run.showing and again.central.currentWidget() is again.splitter


def test_choosing_a_view_from_the_menu_moves_the_page_aside(make_window, desk_url):
    window = first_run_window(make_window, desk_url)
    page_of(window)
    window.menus.view_actions["requests"].trigger()
    assert window.current_view_key() == "requests" and window.central.currentWidget() is window.splitter


def test_a_database_with_tickets_shows_no_page(make_window, desk_url, services_for):
    make_ticket(services_for(desk_url))
    window = first_run_window(make_window, desk_url)
    assert not window.first_run.showing and window.central.currentWidget() is window.splitter


@pytest.fixture
def services_for():
    from privacy_desk.services.container import open_services

    opened = []

    def make(url: str):
        services = open_services(url, login="tester")
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()
