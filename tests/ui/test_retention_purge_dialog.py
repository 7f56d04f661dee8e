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
    assert "Only a manager" in dialog.message.text()
    assert len(remaining(services, junk)) == len(junk)
