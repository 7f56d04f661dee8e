"""Purge Old Records… as a manager uses it: the dry run lists exactly what the run then removes, Cancel
in the progress dialog stops between batches and leaves the rest, and the outcome is said. A real
database (SQLite, and PostgreSQL when configured), the real window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QPushButton

from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.ui.retention.purge import PurgeDialog
from tests.helpers.factories import add_desk_users, make_ticket

LATER = timedelta(days=60)  # junk is deleted 30 days after it was marked (the seeded purge rule)


@pytest.fixture
def junk(services, language, monkeypatch):
    from privacy_desk.services.retention.store import RetentionPolicy

    # The office's today is the window's day: the run purges as of today, never a later plan's day.
    monkeypatch.setattr(RetentionPolicy, "today", lambda self, now=None: date.today() + LATER)
    add_desk_users(services)  # 鈴木 一郎 (suzuki), a manager: only a manager runs a purge
    language("en")
    ids = [
        make_ticket(services, f"m{n}@spam.example", subject=f"当選のお知らせ {n}").ticket_id for n in range(4)
    ]
    services.tickets.mark_junk(services.actor, ids)
    return ids


def open_purge(make_window, db_url) -> tuple[object, PurgeDialog]:
    window = make_window(db_url, day=date.today() + LATER, login="suzuki")
    window.show_view("retention")
    view = window.view_widget("retention")
    view.purge_records()
    dialog = view.dialog
    assert isinstance(dialog, PurgeDialog)
    return view, dialog


def shown_refs(dialog: PurgeDialog) -> list[str]:
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def remaining(services, ids: list[int]) -> set[int]:
    present = set()
    for ticket_id in ids:
        try:
            services.tickets.get(ticket_id)
        except Exception:  # NotFound: the purge deleted it
            continue
        present.add(ticket_id)
    return present


def test_the_dry_run_lists_exactly_what_the_run_removes(make_window, db_url, services, junk):
    refs = {services.tickets.get(i).ticket.ref for i in junk}
    _view, dialog = open_purge(make_window, db_url)
    assert set(shown_refs(dialog)) >= refs
    listed = set(shown_refs(dialog))
    assert not dialog.run_button.isEnabled()  # a manager confirms first
    dialog.confirm_check.setChecked(True)
    dialog.run_button.click()
    assert dialog.outcome is not None and not dialog.outcome.cancelled, dialog.message.text()
    assert dialog.outcome.deleted + dialog.outcome.anonymised == len(listed)
    assert remaining(services, junk) == set()
    assert not dialog.run_button.isEnabled()  # done: nothing to run again
    assert services.retention.purge_plan(date.today() + LATER).candidates == ()


def test_cancel_stops_between_batches_and_keeps_the_rest(make_window, db_url, services, junk, monkeypatch):
    monkeypatch.setattr("privacy_desk.services.retention.purge.BATCH", 1)
    _view, dialog = open_purge(make_window, db_url)
    real = services.retention.__class__.purge
    calls = []

    def purge_then_cancel(self, actor, plan, *, progress=None):
        def report(done: int, total: int) -> bool:
            calls.append(done)
            if done == 1:  # the user presses Cancel after the first batch
                dialog.running.progress_dialog.findChild(QPushButton).click()
            return progress(done, total)

        return real(self, actor, plan, progress=report)

    monkeypatch.setattr(services.retention.__class__, "purge", purge_then_cancel)
    dialog.confirm_check.setChecked(True)
    dialog.run_button.click()
    assert dialog.outcome is not None and dialog.outcome.cancelled
    assert dialog.outcome.deleted == 1
    assert len(remaining(services, junk)) == len(junk) - 1
    assert dialog.running is None and "Cancelled" in dialog.message.text()


def test_the_dialog_says_what_is_kept_and_why(make_window, db_url, services, junk):
    ticket = services.tickets.get(junk[0]).ticket
    assert ticket.status is TicketStatus.JUNK
    _view, dialog = open_purge(make_window, db_url)
    assert "Kept: 0 on a hold" in dialog.kept_label.text()
    assert f"{len(shown_refs(dialog))} records would be purged" in dialog.kept_label.text()


def test_a_desk_user_sees_the_dry_run_but_cannot_run_it(make_window, db_url, services, junk):
    window = make_window(db_url, day=date.today() + LATER, login="tanaka")  # 田中 さくら, desk staff
    window.show_view("retention")
    view = window.view_widget("retention")
    view.purge_records()
    dialog = view.dialog
    assert shown_refs(dialog)  # what would go is shown
    assert not dialog.confirm_check.isEnabled() and not dialog.run_button.isEnabled()
    assert "Only a user whose role is “Manager”" in dialog.message.text()
    assert "whose role is “Desk staff”" in dialog.message.text()
    assert "An administrator" not in dialog.message.text()
    assert len(remaining(services, junk)) == len(junk)


@pytest.mark.parametrize("code", ["en", "ja"])
def test_an_administrator_is_told_theirs_is_not_the_managers_role(
    make_window, db_url, services, language, code
):
    """管理者 and 管理職 read alike: the refusal names both roles as the Users dialog does."""
    add_desk_users(services)
    window = make_window(db_url, login="tester")  # the database's first user: its administrator
    language(code)
    window.show_view("retention")
    view = window.view_widget("retention")
    view.purge_records()
    text = view.dialog.message.text()
    assert not view.dialog.run_button.isEnabled()
    if code == "en":
        assert "role is “Manager”" in text and "role is “Administrator”" in text
        assert "An administrator sets up the office" in text
    else:
        assert "ロールが「管理職」" in text and "ロールは「管理者」" in text
        assert "消去などの決定は承認しません" in text


@pytest.mark.parametrize(("code", "day_text"), [("en", "Dec 28, 2026"), ("ja", "2026/12/28")])
def test_nothing_to_purge_is_said_in_the_tables_place(
    make_window, db_url, services, language, code, day_text
):
    add_desk_users(services)
    make_ticket(services, "ok@example.jp", subject="ご質問")  # open: nothing is past its rule
    window = make_window(db_url, day=date(2026, 12, 28), login="suzuki")
    language(code)
    window.show_view("retention")
    view = window.view_widget("retention")
    view.purge_records()
    dialog = view.dialog
    assert dialog.plan is not None and dialog.plan.candidates == ()
    assert not dialog.table.isVisibleTo(dialog) and dialog.nothing_label.isVisibleTo(dialog)
    said = dialog.nothing_label.text()
    assert day_text in said
    assert ("Nothing to purge as of" in said) if code == "en" else ("消去の対象はありません" in said)
    assert ("Kept: 0 on a hold, 0 linked" if code == "en" else "保留中 0 件") in dialog.kept_label.text()
    assert not dialog.confirm_check.isEnabled() and not dialog.run_button.isEnabled()


def test_the_table_comes_back_once_there_is_something_to_purge(make_window, db_url, services, junk):
    _view, dialog = open_purge(make_window, db_url)
    assert dialog.table.isVisibleTo(dialog) and not dialog.nothing_label.isVisibleTo(dialog)
