"""Two desks on one database: no lost updates (SQLite, and PostgreSQL when configured).

Each desk is its own `open_services` (its own engine and connections), as two PCs of an office are.
"""

from __future__ import annotations

import threading

import pytest
from helpers.factories import make_case, make_person, make_ticket
from sqlalchemy import event

from privacy_desk.config import DUE_SOON_DAYS, TICKET_FIRST_RESPONSE_DAYS
from privacy_desk.domain.cases import CaseState
from privacy_desk.domain.roles import Role
from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.errors import InvalidInput, StaleEdit
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.cases.service import CaseDetails
from privacy_desk.services.container import open_services
from privacy_desk.services.persons.service import PersonData

EN = catalogue("en")
JA = catalogue("ja")


@pytest.fixture
def desks(db_url):
    """Two desks with their own connections: 田中 (desk A) and 佐藤 (desk B), and one requester."""
    first = open_services(db_url, login="admin")
    first.users.add(first.actor, "tanaka", "田中 さくら", Role.ADMIN)
    first.users.add(first.actor, "sato", "佐藤 健", Role.ADMIN)
    first.close()
    a = open_services(db_url, login="tanaka")
    b = open_services(db_url, login="sato")
    person = make_person(a, PersonData("山田 太郎", "ヤマダ タロウ", "taro@example.jp"))
    yield a, b, person
    a.close()
    b.close()


def run_at_once(*calls):
    """Run the calls on their own threads; what each returned or raised."""
    results: list[object] = [None] * len(calls)

    def run(n: int) -> None:
        try:
            results[n] = calls[n]()
        except Exception as error:
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_desks_ending_the_same_case_at_once_one_wins_and_the_timeline_shows_one_end(desks):
    """Desk A has withdrawn the case but not committed yet when desk B rejects it. B must not act on the
    state it read before A's commit: it waits for A's row lock and then finds the case ended. A holds its
    commit until B has read the case (which without the lock happens at once) or for a second (B is
    waiting for the lock, the right behaviour, which cannot be observed from here)."""
    a, b, person = desks
    case_id = make_case(a, person).row.id
    a.cases.move(a.actor, case_id, CaseState.IDENTITY_CHECK)
    a_wrote, a_commits, b_has_read = threading.Event(), threading.Event(), threading.Event()

    def note_write(_connection, _cursor, statement, *_args) -> None:
        if statement.startswith("UPDATE cases"):
            a_wrote.set()

    def hold_commit(_connection) -> None:
        if a_wrote.is_set():  # the withdrawal's transaction, not the reads before it
            a_commits.set()
            b_has_read.wait(timeout=1.0)

    def note_read(_connection, _cursor, statement, *_args) -> None:
        if "FROM cases" in statement and "case_events" not in statement:
            b_has_read.set()

    event.listen(a.db.engine, "after_cursor_execute", note_write)
    event.listen(a.db.engine, "commit", hold_commit)
    event.listen(b.db.engine, "after_cursor_execute", note_read)
    try:
        results = run_at_once(
            lambda: a.cases.withdraw(a.actor, case_id, "本人から取り下げ"),
            lambda: (
                b_has_read.wait(timeout=1.0) or b.cases.reject_identity(b.actor, case_id, "本人確認できず")
            ),
        )
    finally:
        event.remove(a.db.engine, "after_cursor_execute", note_write)
        event.remove(a.db.engine, "commit", hold_commit)
        event.remove(b.db.engine, "after_cursor_execute", note_read)
    assert not isinstance(results[0], Exception), results
    assert isinstance(results[1], InvalidInput), results
    stored = a.cases.get(case_id)
    assert stored.row.state is CaseState.WITHDRAWN
    assert [e.kind for e in stored.events].count("state") == 2  # to identity check, then withdrawn


def test_a_form_opened_before_another_desks_save_is_refused_with_who_and_when(desks):
    a, b, person = desks
    case = make_case(a, person)
    opened_on_a = a.cases.get(case.row.id)  # desk A opens "Edit details"…
    b.cases.update_details(
        b.actor,
        case.row.id,
        CaseDetails(requested_items="購入履歴"),
        version=b.cases.get(case.row.id).row.version,
    )
    with pytest.raises(StaleEdit) as refused:  # …and saves after desk B did
        a.cases.update_details(
            a.actor, case.row.id, CaseDetails(requested_items="全部"), version=opened_on_a.row.version
        )
    assert refused.value.current.requested_items == "購入履歴"
    stored = a.cases.get(case.row.id)
    assert stored.requested_items == "購入履歴"
    japanese = refused.value.translated(JA)
    assert "佐藤 健" in japanese and "この請求案件" in japanese
    assert refused.value.translated(EN).startswith("This request case was changed by 佐藤 健 at ")
    # The desk that read the current version saves.
    saved = a.cases.update_details(
        a.actor, case.row.id, CaseDetails(requested_items="全部"), version=stored.row.version
    )
    assert saved.requested_items == "全部" and saved.row.version > stored.row.version


def test_a_state_move_against_an_older_read_is_refused(desks):
    a, b, person = desks
    case = make_case(a, person)
    b.cases.add_note(b.actor, case.row.id, "電話で確認")  # any change is a new version of the case
    with pytest.raises(StaleEdit):
        a.cases.close(a.actor, case.row.id, version=case.row.version)
    assert a.cases.get(case.row.id).row.state is CaseState.RECEIVED


def test_ticket_changes_check_the_version_but_reading_does_not_make_a_form_stale(desks):
    a, b, _person = desks
    make_ticket(a, "m1@example.jp", "hanako@example.jp", "開示のお願い", origin="test")
    row = a.tickets.page().rows[0]
    b.tickets.mark_read(b.actor, row.id)  # desk B only opens it
    row = a.tickets.set_category(a.actor, row.id, TicketCategory.COMPLAINT, version=row.version)
    b.tickets.set_status(b.actor, row.id, TicketStatus.OPEN, version=row.version)
    with pytest.raises(StaleEdit) as refused:
        a.tickets.set_status(a.actor, row.id, TicketStatus.RESOLVED, version=row.version)
    assert refused.value.current.status is TicketStatus.OPEN
    assert a.tickets.get(row.id).ticket.status is TicketStatus.OPEN


def test_a_person_edit_over_another_desks_edit_is_refused(desks):
    a, b, person = desks
    b.persons.update(
        b.actor, person.id, PersonData("山田 太郎", email="new@example.jp"), version=person.version
    )
    with pytest.raises(StaleEdit) as refused:
        a.persons.update(
            a.actor, person.id, PersonData("山田 たろう", email="taro@example.jp"), version=person.version
        )
    assert refused.value.current.email == "new@example.jp"
    assert a.persons.get(person.id).email == "new@example.jp"


def test_a_user_change_over_another_administrators_change_is_refused(desks):
    a, b, _person = desks
    user = next(u for u in a.users.list() if u.login == "sato")
    a.users.update(a.actor, user.id, role=Role.MANAGER, version=user.version)
    with pytest.raises(StaleEdit):
        b.users.update(b.actor, user.id, active=False, version=user.version)
    assert next(u for u in a.users.list() if u.login == "sato").active


def test_a_settings_form_saved_over_another_desks_save_changes_nothing(desks):
    a, b, _person = desks
    shown = a.settings.values()
    b.settings.set(b.actor, DUE_SOON_DAYS, 5)
    with pytest.raises(StaleEdit) as refused:
        a.settings.set_many(a.actor, {DUE_SOON_DAYS: 2, TICKET_FIRST_RESPONSE_DAYS: 4}, read=shown)
    assert refused.value.current[DUE_SOON_DAYS.key] == 5
    assert a.settings.get(DUE_SOON_DAYS) == 5
    assert a.settings.get(TICKET_FIRST_RESPONSE_DAYS) == shown[TICKET_FIRST_RESPONSE_DAYS.key]
    # A setting the other desk did not touch saves from the same form.
    a.settings.set_many(a.actor, {TICKET_FIRST_RESPONSE_DAYS: 4}, read=shown)
    assert a.settings.get(TICKET_FIRST_RESPONSE_DAYS) == 4
