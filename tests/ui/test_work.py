"""The operation builder (docs/ARCHITECTURE.md §6.5, ui/work.py): the callable gets the services and
nothing runs while the database is closed; a staleness token drops results that arrive late; a write's
change notice reaches the hub after its result, with the echo guard knowing its origin; a progress
dialog follows the work and its Cancel is seen by the work."""

from __future__ import annotations

import pytest
from helpers.operations import ManualOperations
from PySide6.QtWidgets import QPushButton, QWidget

from privacy_desk.errors import InvalidInput, StorageError
from privacy_desk.ui.hub import CasesChanged, Changed, ChangeHub, TicketsChanged
from privacy_desk.ui.operations import Operations
from privacy_desk.ui.views import ViewContext
from privacy_desk.ui.work import Progress, Staleness

SERVICES = object()  # what the callables get: the builder does not look inside


@pytest.fixture
def manual():
    return ViewContext(ChangeHub(), ManualOperations(), services=SERVICES)


@pytest.fixture
def inline():
    return ViewContext(ChangeHub(), Operations(synchronous=True), services=SERVICES)


def test_the_callable_gets_the_services_on_the_worker_and_the_result_comes_back(manual):
    got = []
    assert manual.work.query(lambda services: ("read", services)).success(got.append).run()
    assert got == []  # not before the worker answers
    manual.operations.flush()
    assert got == [("read", SERVICES)]


def test_nothing_runs_while_the_database_is_closed(manual):
    manual.services = None
    closed = []
    op = manual.work.query(lambda services: pytest.fail("ran without services")).closed(
        lambda: closed.append(1)
    )
    assert op.run() is False and closed == [1] and manual.operations.queue == []
    with pytest.raises(StorageError):
        manual.work.bind(lambda services: None)()
    with pytest.raises(StorageError):
        manual.work.page_loader(lambda services, query, offset, limit: None)(None, 0, 10)


def test_a_bound_callable_keeps_the_services_of_when_it_was_made(inline):
    save = inline.work.bind(lambda services, text: (services, text))
    inline.services = None  # the database closes while the form is open
    assert save("note") == (SERVICES, "note")


def test_a_result_the_token_was_renewed_for_is_late(manual):
    token, shown, late, failed = Staleness(), [], [], []
    manual.work.query(lambda services: "A").fresh_for(token, renew=True).success(shown.append).late(
        late.append
    ).run()
    manual.work.query(lambda services: "B").fresh_for(token, renew=True).success(shown.append).run()
    manual.work.query(lambda services: 1 / 0).fresh_for(token).failure(failed.append).run()
    token.renew()  # the page turned away before the failure arrived
    manual.operations.flush(1)  # B answers first
    manual.operations.flush_all()
    assert shown == [] and late == ["A"] and failed == []  # B and the failure are about the old page


def test_a_guard_runs_the_callback_only_while_fresh():
    token, calls = Staleness(), []
    guarded = token.guard(
        lambda value: calls.append(("now", value)), lambda value: calls.append(("late", value))
    )
    guarded(1)
    token.renew()
    guarded(2)
    assert calls == [("now", 1), ("late", 2)]


def test_a_write_tells_the_hub_after_its_result_from_its_origin(qtbot, inline):
    view = QWidget()
    qtbot.addWidget(view)
    form = QWidget(view)  # a form the view opened
    hub, order = inline.hub, []

    def heard(ids: list) -> None:
        order.append(("tickets", ids, hub.is_echo(view), hub.is_echo(QWidget())))

    hub.tickets_did_change.connect(heard)
    hub.cases_did_change.connect(lambda ids: order.append(("cases", ids)))
    inline.work.write(lambda services: Changed.of("row", TicketsChanged((7,)), CasesChanged((3,)))).success(
        lambda value: order.append(("result", value))
    ).run(form)
    assert order == [("result", "row"), ("tickets", [7], True, False), ("cases", [3])]
    assert not hub.is_echo(view)  # only while the notice is delivered


def test_a_failed_write_tells_nobody(inline):
    told, failed = [], []
    inline.hub.tickets_did_change.connect(told.append)

    def refuse(services):
        raise InvalidInput("no")

    inline.work.write(refuse).failure(failed.append).run()
    assert told == [] and isinstance(failed[0], InvalidInput)


def test_progress_is_determinate_and_its_cancel_reaches_the_work(qtbot, inline):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen, finished = [], []

    def work(services, progress: Progress) -> int:
        progress(1, 4)
        dialog = op.progress_dialog
        seen.append((dialog.maximum(), dialog.value(), progress.cancelled()))
        dialog.findChild(QPushButton).click()  # the user presses Cancel between two steps
        seen.append(progress.cancelled())
        return 1

    op = inline.work.write(work).progress("Importing…", title="Inbox").always(lambda: finished.append(1))
    op.success(seen.append).run(parent)
    assert seen == [(4, 1, False), True, 1] and finished == [1]
    assert op.progress_dialog is None  # closed once the work answered
