"""The Retention view as a desk uses it: the calendar's marks on the right days, the day's holdings, the
keyboard, a hold that takes a holding off the due list and brings it back on its review date, a disposal
that leaves the page read-only with a certificate to print, the ICS export, both languages, and the view
opened from Today through the hub. A real database (SQLite, and PostgreSQL when configured), the real
window."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from privacy_desk.domain.retention import DisposalMethod, HoldReason, Period, PeriodUnit, TriggerEvent
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.retention.records import CategoryInput, HoldingInput, RuleInput
from privacy_desk.ui.retention.dialogs import DisposeDialog, HoldDialog
from privacy_desk.ui.retention.view import DAY, MONTH

JA = catalogue("ja")
TODAY = date(2026, 12, 3)  # a Thursday


@pytest.fixture
def register(services):
    """A category of its own with a 30-day rule, so the tests choose each holding's day exactly."""
    actor, retention = services.actor, services.retention
    category = retention.add_category(
        actor, CategoryInput("テスト録音", "品質向上", "録音サーバー", "サポート部")
    )
    retention.set_rule(
        actor, RuleInput(category.id, Period(30, PeriodUnit.DAYS), TriggerEvent.COLLECTION, "社内規程")
    )
    probe = retention.add_holding(actor, HoldingInput(category.id, "probe", "", "", TODAY))
    offset = probe.delete_from - TODAY  # Civil Code Art. 140: the trigger day is not counted

    def due_on(day: date, name: str):
        row = retention.add_holding(
            actor, HoldingInput(category.id, name, "10 files", "rec-01", day - offset)
        )
        assert row.delete_from == day
        return row

    due_on.category = category
    due_on.probe = probe
    return due_on


def open_retention(make_window, db_url, day: date = TODAY):
    window = make_window(db_url, day=day)
    window.show_view("retention")
    view = window.view_widget("retention")
    view.grid.select_day(day)
    return window, view


def choose_day(view, day: date, scope: str = DAY) -> None:
    view.set_scope(scope)
    view.grid.select_day(day)


def test_the_grid_marks_each_day_and_a_day_lists_its_holdings(make_window, db_url, services, register):
    first = register(TODAY + timedelta(days=2), "通話録音 A")
    second = register(TODAY + timedelta(days=2), "通話録音 B")
    late = register(TODAY - timedelta(days=5), "通話録音 古い")
    _window, view = open_retention(make_window, db_url)
    assert view.grid.counts_on(TODAY + timedelta(days=2)) == (2, 0, 0)
    assert view.grid.counts_on(TODAY - timedelta(days=5))[1] == 1  # overdue, marked as such
    assert view.grid.counts_on(TODAY + timedelta(days=1)) == (0, 0, 0)
    choose_day(view, TODAY + timedelta(days=2))
    assert set(view.holding_ids()) == {first.id, second.id}
    assert late.id in view.overdue_ids()  # whatever day is chosen
    choose_day(view, TODAY + timedelta(days=1))
    assert view.holding_ids() == [] and late.id in view.overdue_ids()
    view.overdue_table.selectRow(view.overdue_ids().index(late.id))
    assert view.page.holding is not None and view.page.holding.id == late.id
    assert view.page.title.text().startswith(late.ref)


def test_the_keyboard_moves_the_day_and_the_month_and_home_comes_back(
    make_window, db_url, services, register
):
    soon = register(TODAY + timedelta(days=1), "翌日")
    _window, view = open_retention(make_window, db_url)
    view.set_scope(DAY)
    cells = view.grid.findChild(QTableView)
    cells.setFocus()
    QTest.keyClick(cells, Qt.Key.Key_Right)
    assert view.grid.selected_day() == TODAY + timedelta(days=1)
    assert view.holding_ids() == [soon.id]
    QTest.keyClick(cells, Qt.Key.Key_Down)
    assert view.grid.selected_day() == TODAY + timedelta(days=8)
    QTest.keyClick(cells, Qt.Key.Key_PageDown)
    assert view.grid.shown_month() == (2027, 1)
    QTest.keyClick(cells, Qt.Key.Key_Home)
    assert view.grid.selected_day() == TODAY and view.grid.shown_month() == (2026, 12)
    QTest.keyClick(cells, Qt.Key.Key_Right)  # tomorrow again: its holding listed
    view.scope_table.setFocus()
    view.scope_table.selectRow(0)
    QTest.keyClick(view.scope_table, Qt.Key.Key_Return)  # into the holding page
    assert view.page.holding.id == soon.id and view.page.isAncestorOf(view.focusWidget())
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Escape)  # and back to the list
    assert view.focusWidget() is view.scope_table


def test_a_hold_leaves_the_due_list_and_comes_back_on_its_review_date(
    make_window, db_url, services, register
):
    row = register(TODAY, "通話録音 今日")
    _window, view = open_retention(make_window, db_url)
    choose_day(view, TODAY)
    assert view.holding_ids() == [row.id]
    view.scope_table.selectRow(0)
    view.page.place_hold()
    dialog = view.page.dialog
    assert isinstance(dialog, HoldDialog)
    review = TODAY + timedelta(days=10)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(HoldReason.REQUIRED_BY_LAW))
    dialog.review_edit.setDate(review)
    dialog.note_edit.setPlainText("訴訟対応のため保存")
    dialog.submit()
    assert view.page.dialog is None
    assert view.page.holding.hold is not None and view.page.holding.hold.review_on == review
    assert row.id not in view.holding_ids()  # off the due list
    assert view.grid.counts_on(TODAY)[0] == 0
    assert view.grid.counts_on(review)[2] == 1  # marked for review on its review date
    choose_day(view, review)
    assert view.holding_ids() == [row.id]
    view.grid.select_day(TODAY)
    view.open_item(row.id)  # as Today or another view asks for it: shown on its review day
    assert view.grid.selected_day() == review and row.id in view.holding_ids()


def test_a_disposed_holding_refuses_edits_and_its_certificate_prints(
    make_window, db_url, services, register, tmp_path
):
    from tests.helpers.factories import add_desk_users

    _clerk, manager = add_desk_users(services)
    row = register(TODAY - timedelta(days=1), "通話録音 期限")
    evidence = tmp_path / "deletion-log.txt"
    evidence.write_text("rm -rf /archive/2025-11\n")
    _window, view = open_retention(make_window, db_url)
    view.open_item(row.id)
    page = view.page
    assert page.holding.id == row.id
    page.dispose()
    dialog = page.dialog
    assert isinstance(dialog, DisposeDialog)
    assert dialog.approver_combo.findData(manager.id) >= 0  # managers only
    dialog.approver_combo.setCurrentIndex(dialog.approver_combo.findData(manager.id))
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(DisposalMethod.DELETED))
    dialog.ask_paths = lambda *_args: [str(evidence)]
    dialog.add_evidence()
    dialog.note_edit.setPlainText("録音サーバーから削除")
    dialog.submit()
    assert page.dialog is None
    assert page.holding.disposal is not None
    # Read-only now: no Edit, Hold or Dispose; only the certificate.
    assert not page.edit_button.isVisibleTo(page) and not page.hold_button.isVisibleTo(page)
    assert not page.dispose_button.isVisibleTo(page) and page.print_button.isVisibleTo(page)
    page.edit()
    assert page.dialog is None
    assert row.id not in view.overdue_ids()
    printed = []
    page.print_pdf = lambda _parent, path, title: printed.append((path, title)) or True
    page.language_combo.setCurrentIndex(page.language_combo.findData("ja"))
    page.print_certificate()
    ((path, title),) = printed
    assert path.read_bytes().startswith(b"%PDF") and page.holding.disposal.certificate_no in title
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "消去証明書" in text and "deletion-log.txt" in text and "令和" in text


def test_the_calendar_export_is_one_event_per_due_holding_on_its_day(
    make_window, db_url, services, register, tmp_path
):
    rows = [register(TODAY + timedelta(days=n), f"録音 {n}") for n in (3, 9)]
    _window, view = open_retention(make_window, db_url)
    target = tmp_path / "retention.ics"
    view.files.ask_save_path = lambda *_args: str(target)
    view.export_ics()
    calendar = Calendar.from_ical(target.read_bytes())
    events = [event for event in calendar.walk("VEVENT")]
    days = {}
    for event in events:
        days.setdefault(str(event.get("SUMMARY")), set()).add(event.decoded("DTSTART"))
    for row in rows:
        summary = next(s for s in days if row.name in s or row.ref in s)
        assert days[summary] == {row.delete_from}
    assert len({str(event.get("UID")) for event in events}) == len(events)
    assert "retention.ics" in view.notice.text()


def test_the_view_follows_the_language(make_window, db_url, services, register, language):
    register(TODAY, "今日")
    _window, view = open_retention(make_window, db_url)
    language("ja")
    assert view.title.text() == JA("Retention", "Retention")
    assert view.scope_buttons[MONTH].text() == JA("Retention", "&Month") == "月(&M)"
    assert JA("Retention", "Due for deletion") in view.legend.labels["due"].text()
    assert view.scope_model.headerData(1, Qt.Orientation.Horizontal) == JA("Retention", "Holding")
    language("en")
    assert view.title.text() == "Retention" and view.scope_buttons[MONTH].text() == "&Month"
    assert "Due for deletion" in view.legend.labels["due"].text()


@pytest.mark.parametrize(("code", "written"), [("ja", "2026/12/05"), ("en", "Dec 5, 2026")])
def test_the_lists_write_dates_as_the_other_views_lists_do(
    make_window, db_url, services, register, language, code, written
):
    """2026/12/05 as in the Requests and Incidents lists, not 令和8年…; 和暦 stays on the certificate."""
    register(TODAY + timedelta(days=2), "今週の録音")
    _window, view = open_retention(make_window, db_url)
    language(code)
    view.scope_table.selectRow(0)
    assert view.scope_model.index(0, 3).data() == written
    assert "令和" not in view.scope_label.text() and view.page.values["delete"].text() == written


@pytest.mark.parametrize("code", ["ja", "en"])
def test_every_button_of_the_view_and_its_page_has_a_letter(
    make_window, db_url, services, register, language, code
):
    from PySide6.QtWidgets import QAbstractButton

    register(TODAY, "今日")
    _window, view = open_retention(make_window, db_url)
    language(code)
    view.scope_table.selectRow(0)  # the holding page with Edit…, Place Hold…, Dispose…
    shown = [  # the calendar's own month and year buttons are Qt's
        b
        for b in view.findChildren(QAbstractButton)
        if b.isVisibleTo(view) and b.text() and not view.grid.isAncestorOf(b)
    ]
    assert len(shown) >= 10  # 4 actions, 3 scopes, 3 on the page
    without = [b.text() for b in shown if "&" not in b.text().replace("&&", "")]
    assert without == []


def test_the_view_opens_a_holding_from_today_through_the_hub(make_window, db_url, services, register):
    row = register(TODAY + timedelta(days=2), "今週の録音")
    window = make_window(db_url, day=TODAY)
    window.show_view("today")
    today = window.view_widget("today")
    model = today.model
    refs = [
        model.index(child, 1, model.index(day, 0)).data()
        for day in range(model.rowCount())
        for child in range(model.rowCount(model.index(day, 0)))
    ]
    assert row.ref in refs  # due this week: on the agenda
    today.open_agenda_item("retention", row.ref)
    assert window.current_view_key() == "retention"
    view = window.view_widget("retention")
    assert view.page.holding is not None and view.page.holding.id == row.id
    assert view.grid.selected_day() == row.delete_from
