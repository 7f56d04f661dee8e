"""Many tickets at once (issue #10): choose rows, then assign, set the status or the category, or mark them
as junk from the toolbar above the list or the list's context menu; one write, the rows shown again in
place, the selection kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtWidgets import QMenu

from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.services.demo import fill_demo
from privacy_desk.ui.inbox.model import Column
from privacy_desk.ui.widgets.bulk import bulk_write
from privacy_desk.ui.work import Progress

ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def inbox(make_window, services, db_url, language):
    fill_demo(services, tickets=30)
    window = make_window(db_url)
    language("en")
    window.show_view("inbox")
    return window.view_widget("inbox")


def choose(inbox, rows: list[int]) -> list[int]:
    selection = inbox.table.selectionModel()
    inbox.table.selectRow(rows[0])
    for row in rows[1:]:
        selection.select(inbox.model.index(row, 0), ROWS)
    return inbox.bulk.selected_ids()


def pick(menu: QMenu, *path: str) -> None:
    """Trigger the action at `path` (submenu titles, then the action's text) of `menu`."""
    for title in path[:-1]:
        submenu = next(a.menu() for a in menu.actions() if a.text() == title)
        submenu.aboutToShow.emit()
        menu = submenu
    next(a for a in menu.actions() if a.text() == path[-1]).trigger()


def test_three_tickets_are_assigned_set_open_and_categorised_at_once(inbox, services):
    ids = choose(inbox, [0, 2, 4])
    assert len(ids) == 3
    user = next(u for u in services.users.list() if u.active)
    pick(inbox.bulk.make_menu(), "Assign To", user.display_name)
    pick(inbox.bulk.make_menu(), "Set Status", "Open")
    pick(inbox.bulk.make_menu(), "Set Category", "Complaint")
    for row in services.tickets.rows(ids):
        assert row.assignee_name == user.display_name
        assert row.status is TicketStatus.OPEN
        assert row.category is TicketCategory.COMPLAINT and row.category_confirmed
    shown = [inbox.model.row_at(inbox.model.row_of(i)) for i in ids]  # the list shows it, no new query
    assert {row.category for row in shown} == {TicketCategory.COMPLAINT}
    assert sorted(inbox.bulk.selected_ids()) == sorted(ids)  # the selection stays
    assert "3 tickets changed." in inbox.notice.text()
    assert inbox.model.index(4, Column.CATEGORY).data() == "Complaint"


def test_a_refused_ticket_is_counted_and_the_others_change(inbox, services):
    ids = choose(inbox, [0, 1, 2])
    services.tickets.set_status(services.actor, ids[1], TicketStatus.CLOSED)  # closed cannot go to waiting
    pick(inbox.bulk.make_menu(), "Set Status", "Waiting for requester")
    statuses = {row.id: row.status for row in services.tickets.rows(ids)}
    assert statuses[ids[0]] is TicketStatus.WAITING and statuses[ids[2]] is TicketStatus.WAITING
    assert statuses[ids[1]] is TicketStatus.CLOSED
    assert "2 tickets changed." in inbox.notice.text() and "1 ticket not changed" in inbox.notice.text()


def test_cancel_leaves_every_chosen_ticket_as_it_was(inbox, services):
    """One unit of work per bulk action: Cancel after two of four rows rolls those two back too."""
    ids = choose(inbox, [0, 1, 2, 3])
    before = {row.id: row.category for row in services.tickets.rows(ids)}
    done: list[int] = []
    progress = Progress(lambda n, _total: done.append(n), lambda: len(done) >= 2)

    def change(s, t):
        return s.tickets.set_category(s.actor, t, TicketCategory.COMPLAINT)

    outcome = bulk_write(services, progress, ids, change)
    assert done == [1, 2] and outcome.cancelled and outcome.rows == []
    assert {row.id: row.category for row in services.tickets.rows(ids)} == before
    audit = [e for e in services.audit.entries(entity="ticket") if e.action == "set_category"]
    assert audit == []  # the audit entries went with the changes
    inbox.show_bulk_outcome(outcome, "Inbox", "%n ticket(s) changed.", "%n ticket(s) not changed: {reason}")
    assert inbox.notice.text() == "Cancelled: none of the selected rows was changed."


def test_without_cancel_the_bulk_commits_every_row(inbox, services):
    ids = choose(inbox, [0, 1, 2])
    progress = Progress(lambda _n, _total: None, lambda: False)
    outcome = bulk_write(
        services, progress, ids, lambda s, t: s.tickets.set_category(s.actor, t, TicketCategory.OPT_OUT)
    )
    assert not outcome.cancelled and len(outcome.rows) == 3
    assert {row.category for row in services.tickets.rows(ids)} == {TicketCategory.OPT_OUT}


def test_the_toolbar_offers_the_same_and_junk_takes_them_out(inbox, services):
    buttons = {button.text(): button for button in inbox.bulk.buttons}
    assert not any(button.isEnabled() for button in buttons.values())  # nothing chosen yet
    ids = choose(inbox, [1, 3])
    assert all(button.isEnabled() for button in buttons.values())
    menu = buttons["Set Category"].menu()
    menu.aboutToShow.emit()  # filled as it opens
    pick(menu, "Opt-out")
    assert {row.category for row in services.tickets.rows(ids)} == {TicketCategory.OPT_OUT}
    buttons["Mark Selected as Junk"].click()
    assert {row.status for row in services.tickets.rows(ids)} == {TicketStatus.JUNK}


def test_the_context_menu_opens_on_the_chosen_rows(inbox, qtbot):
    choose(inbox, [0, 1])
    inbox.bulk.show_menu(QPoint(10, 10))
    menu = inbox.bulk.menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == [
        "Assign To",
        "Set Status",
        "Set Category",
        "Mark Selected as Junk",
    ]
    menu.close()


def test_cases_chosen_together_are_assigned_together(make_window, services, db_url, language):
    fill_demo(services, tickets=5)
    window = make_window(db_url)
    language("en")
    window.show_view("requests")
    requests = window.view_widget("requests")
    ids = choose(requests, [0, 1, 2])
    assert len(ids) == 3
    user = next(u for u in services.users.list() if u.active)
    pick(requests.bulk.make_menu(), "Assign To", user.display_name)
    assert {services.cases.rows([i])[0].assignee_name for i in ids} == {user.display_name}
    assert "3 cases assigned." in requests.notice.text()
    pick(requests.bulk.make_menu(), "Assign To", "Nobody")
    assert {services.cases.rows([i])[0].assignee_name for i in ids} == {None}
