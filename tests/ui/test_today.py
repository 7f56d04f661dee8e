"""The Today page: what a desk sees coming, day by day, in Japanese and in English."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor

from privacy_desk.app import build_views
from privacy_desk.errors import QT_TRANSLATE_NOOP, NotFound, StorageError
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.core.agenda import (
    Agenda,
    AgendaDay,
    AgendaItem,
    AgendaKind,
    AgendaSection,
    by_day,
    order_key,
)
from privacy_desk.ui.hub import ChangeHub
from privacy_desk.ui.operations import Operations
from privacy_desk.ui.today.model import Role
from privacy_desk.ui.today.view import DAYS_AHEAD, FIRST_ITEMS, TodayState, TodayView
from privacy_desk.ui.views import ViewContext

JA = catalogue("ja")
EN = catalogue("en")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


def agenda_rows(view: TodayView) -> list[tuple[str, list[tuple[str, str, str, str]]]]:
    """(heading, [(what, reference, title, deadline)…]) per day, as the tree shows them."""
    model = view.model
    rows = []
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        items = [
            tuple(model.index(child, column, heading).data() for column in range(4))
            for child in range(model.rowCount(heading))
        ]
        rows.append((heading.data(), items))
    return rows


def closures(view: TodayView) -> dict[date, str]:
    model = view.model
    found = {}
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        for child in range(model.rowCount(heading)):
            if model.index(child, 0, heading).data(Role.KIND) == "closure":
                found[heading.data(Role.DAY)] = model.index(child, 2, heading).data()
    return found


def test_the_year_end_closures_are_listed_with_japanese_headings(make_window, url):
    window = make_window(url, day=date(2026, 12, 28))
    today = window.view_widget("today")
    assert today.state is TodayState.READY
    year_end = JA("Closure", "Year-end and New Year holidays")
    assert closures(today) == {
        date(2026, 12, 29): year_end,
        date(2026, 12, 30): year_end,
        date(2026, 12, 31): year_end,
        date(2027, 1, 1): "元日",
        date(2027, 1, 11): "成人の日",
    }  # 2 and 3 January are a weekend: not news
    headings = [heading for heading, _items in agenda_rows(today)]
    assert headings[0] == JA("Today", "Tomorrow — {date}").format(date="12月29日（火）")
    assert headings[-1] == JA("Today", "In %n days — {date}", None, 14).format(date="1月11日（月）")
    assert today.date_label.text() == "2026年12月28日（月）"
    what = agenda_rows(today)[0][1][0]
    assert what[0] == JA("Today", "Office closed") and what[1] == "" and what[3] == ""


def test_silver_week_shows_each_holiday(make_window, url):
    window = make_window(url, day=date(2026, 9, 18))
    assert closures(window.view_widget("today")) == {
        date(2026, 9, 21): "敬老の日",
        date(2026, 9, 22): "国民の休日",
        date(2026, 9, 23): "秋分の日",
    }


def test_nothing_due_says_so(make_window, url):
    window = make_window(url, day=date(2026, 6, 1))
    today = window.view_widget("today")
    assert today.state is TodayState.EMPTY
    assert today.message.isVisible()
    assert today.message.text() == JA("Today", "Nothing due in the next %n days.", None, DAYS_AHEAD)
    assert not today.retry_button.isVisible()


def test_english_headings_and_holiday_names_follow_the_language(make_window, url):
    window = make_window(url, day=date(2026, 9, 18))
    today = window.view_widget("today")
    with_signal = []
    today.model.headerDataChanged.connect(lambda *args: with_signal.append(args))
    window.commands.switch_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert with_signal, "the header must be told to repaint"
    assert [h for h, _ in agenda_rows(today)] == [
        "In 3 days — Monday, September 21",
        "In 4 days — Tuesday, September 22",
        "In 5 days — Wednesday, September 23",
    ]
    assert closures(today)[date(2026, 9, 21)] == "Respect for the Aged Day"
    assert today.model.headerData(2, Qt.Orientation.Horizontal) == "Title"
    assert today.date_label.text() == "Friday, September 18, 2026"


# -- with a stand-in agenda: overdue work, statutory deadlines, failures ------------------------------


@dataclass
class FakeAgenda:
    days: list[AgendaDay] = field(default_factory=list)
    error: Exception | None = None
    calls: list[date] = field(default_factory=list)

    limits: list[int | None] = field(default_factory=list)

    def agenda_page(self, today: date, days_ahead: int = 14, limit: int | None = 100) -> Agenda:
        """As AgendaService cuts its sections: the first `limit` items before today and from today."""
        self.calls.append(today)
        self.limits.append(limit)
        if self.error is not None:
            raise self.error
        items = sorted((i for d in self.days for i in d.items), key=order_key)
        overdue = [i for i in items if i.day < today]
        coming = [i for i in items if i.day >= today]
        return Agenda(
            AgendaSection(tuple(overdue[:limit]), len(overdue)),
            AgendaSection(tuple(coming[:limit]), len(coming)),
        )


TODAY = date(2026, 11, 27)


def sample_days() -> list[AgendaDay]:
    overdue = TODAY - timedelta(days=2)
    return [
        AgendaDay(
            overdue, (AgendaItem(overdue, AgendaKind.CASE, "R-2026-0012", "開示請求 山田 太郎", True),)
        ),
        AgendaDay(
            TODAY,
            (
                AgendaItem(
                    TODAY, AgendaKind.TICKET, "T-0042", "退会後のデータ削除について", category="complaint"
                ),
                AgendaItem(TODAY, AgendaKind.INCIDENT, "V-0003", "誤送信", statutory=True),
            ),
        ),
    ]


@pytest.fixture
def fake_view(qtbot, ui_translators):
    def make(agenda: FakeAgenda, *, clock=lambda: TODAY) -> TodayView:
        context = ViewContext(ChangeHub(), Operations(synchronous=True), clock, views=build_views())
        context.services = SimpleNamespace(agenda=agenda)
        view = TodayView(context)
        view.context_for_test = context
        qtbot.addWidget(view)
        view.show()
        return view

    return make


def test_overdue_work_stands_out_in_words_and_colour(fake_view):
    view = fake_view(FakeAgenda(sample_days()))
    model = view.model
    overdue = model.index(0, 0)
    assert overdue.data() == JA("Today", "Overdue — {date}").format(date="11月25日（水）")
    assert overdue.data(Role.OVERDUE) is True
    assert isinstance(overdue.data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None  # a warning sign, not colour alone
    case = model.index(0, 3, overdue)
    assert case.data() == JA("Today", "Statutory deadline, overdue")
    assert model.index(0, 1, overdue).data() == "R-2026-0012"
    assert model.index(0, 0, overdue).data() == JA("Today", "Data-subject request")

    today = model.index(1, 0)
    assert today.data() == JA("Today", "Today — {date}").format(date="11月27日（金）")
    assert today.data(Role.OVERDUE) is False
    ticket, incident = model.index(0, 3, today), model.index(1, 3, today)
    assert ticket.data() == JA("Today", "First response due")  # the Inbox's name of the date
    assert model.index(0, 0, today).data() == JA("TicketCategory", "Complaint")  # not every ticket an inquiry
    assert incident.data() == JA("Today", "Statutory deadline")
    assert incident.data(Qt.ItemDataRole.FontRole).bold()
    assert incident.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(today) & Qt.ItemFlag.ItemIsSelectable  # headings are labels


def test_refreshes_on_f5_settings_and_a_new_day(fake_view, qtbot):
    agenda = FakeAgenda(sample_days())
    current = {"day": TODAY}

    def clock() -> date:
        return current["day"]

    view = fake_view(agenda, clock=clock)
    assert agenda.calls == [TODAY]
    view.refresh()  # what View › Refresh (F5) calls
    view.context_for_test.hub.settings_did_change.emit()
    assert agenda.calls == [TODAY, TODAY, TODAY]
    view._clock_timer.timeout.emit()  # same day: nothing to do
    assert len(agenda.calls) == 3
    current["day"] = TODAY + timedelta(days=1)
    view._clock_timer.timeout.emit()  # midnight has passed
    assert agenda.calls[-1] == TODAY + timedelta(days=1)


def test_a_failed_query_says_why_and_can_be_retried(fake_view, qtbot):
    agenda = FakeAgenda(
        sample_days(), error=StorageError(QT_TRANSLATE_NOOP("Errors", "The database is busy."))
    )
    view = fake_view(agenda)
    assert view.state is TodayState.FAILED
    assert view.retry_button.isVisible()
    assert JA("Errors", "The database is busy.") in view.message.text()
    agenda.error = None
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert view.state is TodayState.READY
    assert view.stack.currentWidget() is view.tree


def test_waiting_for_the_database_and_losing_it(fake_view):
    view = fake_view(FakeAgenda(sample_days()))
    assert view.state is TodayState.READY
    view.context_for_test.services = None
    view.context_for_test.hub.services_did_close.emit()
    assert view.state is TodayState.WAITING
    assert view.message.text() == JA("Today", "Opening the database…")
    assert view.model.rowCount(QModelIndex()) == 0


def test_an_item_that_cannot_be_opened_says_why(fake_view, qtbot):
    def missing(ref: str) -> int:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No request case {ref}."), ref=ref)

    view = fake_view(FakeAgenda(sample_days()))
    services = view.context_for_test.services
    services.cases = SimpleNamespace(id_of=missing)
    services.tickets = SimpleNamespace(id_of=lambda ref: 42)
    opened = []
    view.context_for_test.hub.open_requested.connect(lambda kind, item_id: opened.append((kind, item_id)))
    tree = view.tree
    tree.setFocus()
    tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))  # the overdue case
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert view.notice is not None and view.notice.isVisible()
    assert view.notice.text() == JA("Errors", "No request case {ref}.").format(ref="R-2026-0012")
    assert view.stack.currentWidget() is tree  # the agenda stays
    tree.setCurrentIndex(view.model.index(0, 0, view.model.index(1, 0)))  # a ticket that is there
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened == [("ticket", 42)] and not view.notice.isVisible()


def test_the_agenda_is_keyboard_navigable(fake_view, qtbot):
    view = fake_view(FakeAgenda(sample_days()))
    tree = view.tree
    tree.setFocus()
    tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # onto the next day's heading (read out by screen readers)…
    assert tree.currentIndex().data(Role.IS_HEADING)
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # …and into its first item
    current = tree.currentIndex()
    assert current.siblingAtColumn(1).data() == "T-0042"
    assert tree.selectionModel().isRowSelected(current.row(), current.parent())


def test_many_overdue_items_show_their_count_and_the_first_ones_and_more_on_demand(fake_view, qtbot):
    overdue = TODAY - timedelta(days=30)
    many = [
        AgendaItem(overdue + timedelta(days=n % 29), AgendaKind.TICKET, f"PD-2026-{n:06d}", f"件名 {n}")
        for n in range(250)
    ]
    agenda = FakeAgenda([*by_day(many), *sample_days()])
    view = fake_view(agenda)
    model = view.model
    assert model.item_count() == FIRST_ITEMS + 2  # the first overdue items, and what is due from today
    assert view.summary.text() == JA(
        "Today", "Overdue: {overdue}. Due in the next %n days: {coming}.", None, 14
    ).format(overdue="251", coming="2")
    assert view.more_button.isVisible()
    first_refs = [model.index(0, 1, model.index(0, 0)).data()]
    assert first_refs == ["PD-2026-000000"]  # the oldest first, as the full agenda lists them

    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert agenda.limits == [FIRST_ITEMS, 2 * FIRST_ITEMS]
    assert model.item_count() == 2 * FIRST_ITEMS + 2
    view.show_more()
    assert model.item_count() == 251 + 2  # all there is
    assert not view.more_button.isVisible()
