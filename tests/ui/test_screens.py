"""The Inbox and Requests fit a working day's screen (issue #10): at the default 1120×720 every column is
on screen with the subject (the name) the widest, the ticket's reading pane has at least half the height,
the layout the user made comes back after a restart, and a new case is scrolled into view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from privacy_desk.domain.requests import RequestType
from privacy_desk.services.cases.service import NewCase
from privacy_desk.services.demo import fill_demo
from privacy_desk.services.persons.service import PersonData
from privacy_desk.ui.inbox.model import Column as TicketColumn
from privacy_desk.ui.requests.model import Column as CaseColumn

# What the screen shows does not depend on the database: these run on SQLite only (the PostgreSQL
# variant of the demo data behind them costs seconds a test and checks nothing more).
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

SMALL = QSize(1120, 720)


@pytest.fixture
def demo_window(make_window, services, db_url):
    fill_demo(services, tickets=30)

    def make():
        window = make_window(db_url)
        window.resize(SMALL)
        return window

    return make


def widths(view) -> list[int]:
    header = view.table.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count())]


def shown(window, key: str, row: int = 0):
    window.show_view(key)
    view = window.view_widget(key)
    view.table.selectRow(row)
    return view


@pytest.mark.parametrize("code", ["ja", "en"])
def test_at_1120_the_subject_is_the_widest_column_and_every_column_is_on_screen(demo_window, language, code):
    window = demo_window()
    language(code)
    assert window.size() == SMALL  # nothing makes the window wider than the screen it was made for
    inbox = shown(window, "inbox")
    sizes = widths(inbox)
    assert sizes[TicketColumn.SUBJECT] == max(sizes) > 200
    assert sum(sizes) <= inbox.table.viewport().width()
    header = inbox.table.horizontalHeader()
    for column in (TicketColumn.REFERENCE, TicketColumn.RECEIVED):  # never cut
        assert header.sectionSize(column) >= inbox.table.sizeHintForColumn(column) - 2, column


@pytest.mark.parametrize("code", ["ja", "en"])
def test_the_dates_of_the_lists_are_whole_at_1120_and_overdue_is_said_in_words_where_there_is_room(
    demo_window, language, code
):
    window = demo_window()
    language(code)
    for key, columns in (
        ("inbox", (TicketColumn.RECEIVED, TicketColumn.DUE)),
        ("requests", (CaseColumn.RECEIVED, CaseColumn.DUE, CaseColumn.LAWSUIT)),
    ):
        view = shown(window, key)
        model, header = view.model, view.table.horizontalHeader()
        overdue = [n for n, row in enumerate(model.rows) if row.overdue]
        assert overdue, key  # the demo has overdue items to show
        for column in columns:  # as wide as the widest date, its warning sign included: nothing cut
            assert header.sectionSize(column) >= view.table.sizeHintForColumn(column) - 2, (key, column)
        assert sum(widths(view)) <= view.table.viewport().width()
        due = model.index(overdue[0], columns[1])
        words = due.data(Qt.ItemDataRole.AccessibleTextRole)
        assert due.data() in words and due.data(Qt.ItemDataRole.DecorationRole) is not None
    inbox = shown(window, "inbox")
    sizes = widths(inbox)
    assert sizes[TicketColumn.SUBJECT] == max(sizes)  # the subject keeps stretching
    window.resize(1920, 1080)
    row = next(n for n, r in enumerate(inbox.model.rows) if r.overdue)
    due = inbox.model.index(row, TicketColumn.DUE)
    assert due.data() == due.data(Qt.ItemDataRole.AccessibleTextRole)  # "(overdue)" in words with room


@pytest.mark.parametrize("code", ["ja", "en"])
def test_the_reading_pane_has_at_least_half_the_height(demo_window, language, code):
    window = demo_window()
    language(code)
    inbox = shown(window, "inbox")
    assert inbox.detail.height() >= inbox.splitter.height() // 2
    assert inbox.detail.isVisible() and inbox.detail.stack.currentWidget() is inbox.detail.content


@pytest.mark.parametrize("code", ["ja", "en"])
def test_the_requests_state_and_name_show_their_content(demo_window, language, code):
    window = demo_window()
    language(code)
    requests = shown(window, "requests")
    sizes = widths(requests)
    assert sum(sizes) <= requests.table.viewport().width()  # the last column is on screen, not 600 px
    assert sizes[CaseColumn.REQUESTER] >= 100 and sizes[CaseColumn.STATE] >= 75
    window.resize(1366, 768)
    sizes = widths(requests)
    state = requests.table.sizeHintForColumn(CaseColumn.STATE)
    assert sizes[CaseColumn.STATE] >= min(state, 2 * CaseColumn.STATE.spec.width) - 2  # the whole state
    assert sizes[CaseColumn.REQUESTER] >= sizes[CaseColumn.TYPE]
    assert sum(sizes) <= requests.table.viewport().width()


def test_the_splitter_and_the_columns_survive_a_restart(demo_window):
    window = demo_window()
    inbox = shown(window, "inbox")
    header = inbox.table.horizontalHeader()
    header.resizeSection(TicketColumn.CATEGORY, 130)  # as the user drags it
    assert inbox.user_sized
    inbox.splitter.setSizes([300, 300])
    splitter = inbox.splitter.sizes()
    window.close()

    again = demo_window()
    inbox = shown(again, "inbox")
    assert inbox.table.horizontalHeader().sectionSize(TicketColumn.CATEGORY) == 130
    assert inbox.splitter.sizes() == splitter


def test_a_saved_layout_wider_than_the_window_gives_way_to_the_default(demo_window):
    window = demo_window()
    window.resize(1920, 1080)
    inbox = shown(window, "inbox")
    for column in range(inbox.table.horizontalHeader().count()):
        inbox.table.horizontalHeader().resizeSection(column, 240)
    window.close()

    again = demo_window()
    inbox = shown(again, "inbox")
    assert not inbox.user_sized
    assert sum(widths(inbox)) <= inbox.table.viewport().width()


def test_a_new_case_is_scrolled_into_view(demo_window, services):
    person = services.persons.create(services.actor, PersonData("新規 花子"))
    today = services.cases.policy().today()
    for _ in range(25):  # more than the list shows at once
        services.cases.create(services.actor, NewCase(RequestType.DISCLOSURE, person.id, today))
    window = demo_window()
    requests = shown(window, "requests")
    table = requests.table
    last = services.cases.create(services.actor, NewCase(RequestType.DISCLOSURE, person.id, today))
    requests.sort_by("ref", descending=False)  # the new case is the last row
    table.scrollToTop()
    requests._created(last)  # what the intake form's OK leads to
    row = requests.model.row_of(last.row.id)
    assert row > 0 and table.currentIndex().row() == row
    assert table.viewport().rect().contains(table.visualRect(requests.model.index(row, 0)))
