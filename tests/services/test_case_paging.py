"""Keyset paging of the Requests list: page after page, every case once and in the list's order, for
every sort in both directions (ties of names, dates, states and no assignee included), with a case
arriving between pages; the count is made once per query, with the first page (SQLite, and PostgreSQL
when configured)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, update

from privacy_desk.domain.cases import CaseState
from privacy_desk.domain.requests import RequestType
from privacy_desk.services.cases.records import CaseFilter, CaseSort
from privacy_desk.services.persons import PersonData
from privacy_desk.storage.models import Case

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from helpers.factories import add_desk_users, make_case, make_person

PAGE = 6
ALL = CaseFilter()


def _cases(services, count: int, rng: random.Random) -> None:
    """`count` cases of three requesters (two share a name), on few days, some assigned, in every state."""
    clerk, manager = add_desk_users(services)
    taro = [PersonData("山田 太郎", "ヤマダ タロウ", f"taro{n}@example.jp") for n in range(2)]
    persons = [make_person(services, data) for data in taro]
    persons.append(make_person(services, PersonData("Anna Schmidt", "", "anna@example.de")))
    for _ in range(count):
        make_case(services, rng.choice(persons), rng.choice(list(RequestType)), days_ago=rng.randrange(1, 6))
    with services.db.transaction() as session:
        for case_id in session.scalars(Case.__table__.select().with_only_columns(Case.id)):
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(
                    state=rng.choice(list(CaseState)).value,
                    assignee_id=rng.choice([None, None, clerk.id, manager.id]),
                )
            )


def _all_pages(services, sort: CaseSort, descending: bool, *, between=None) -> list[int]:
    seen: list[int] = []
    page = services.cases.page(ALL, limit=PAGE, sort=sort, descending=descending)
    assert page.seek and page.total == len(services.cases.case_ids(ALL))
    while True:
        seen.extend(row.id for row in page.rows)
        if len(page.rows) < PAGE:
            return seen
        if between is not None:
            between()
        page = services.cases.page(ALL, limit=PAGE, sort=sort, descending=descending, after=page.rows[-1])
        assert page.total == 0  # no count for a further page


@pytest.mark.parametrize("descending", [False, True])
def test_every_case_once_in_order_across_pages_for_every_sort(services, descending):
    _cases(services, 40, random.Random(3))
    for sort in CaseSort:
        expected = services.cases.case_ids(ALL, sort=sort, descending=descending)
        assert len(expected) == 40
        assert _all_pages(services, sort, descending) == expected, sort


def test_a_case_arriving_between_pages_does_not_shift_or_repeat_rows(services):
    rng = random.Random(7)
    _cases(services, 30, rng)
    person = make_person(services, PersonData("佐藤 健", "サトウ ケン", "ken@example.jp"))
    before = services.cases.case_ids(ALL, sort=CaseSort.DUE)
    seen = _all_pages(services, CaseSort.DUE, False, between=lambda: make_case(services, person, days_ago=3))
    assert len(seen) == len(set(seen))  # none twice
    assert [i for i in seen if i in set(before)] == before  # every earlier case, in its order


def test_the_first_page_counts_once_and_a_further_page_seeks(services):
    _cases(services, 20, random.Random(1))
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        first = services.cases.page(ALL, limit=PAGE, sort=CaseSort.REQUESTER)
        counts_first = sum("count(" in s.lower() for s in statements)
        statements.clear()
        services.cases.page(ALL, limit=PAGE, sort=CaseSort.REQUESTER, after=first.rows[-1])
        counts_next = sum("count(" in s.lower() for s in statements)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)
    assert (counts_first, counts_next) == (1, 0)
    assert any("(persons.name, cases.ref) >" in s for s in statements)  # a seek past the last row
