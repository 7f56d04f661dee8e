"""Inbox pages: Japanese full-text search of every length, filters, sorting, paging."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from helpers.factories import make_ticket

from privacy_desk.domain.roles import Role
from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.services.tickets.service import TicketFilter, TicketSort
from privacy_desk.storage import search

START = datetime(2026, 4, 1, 1, 0, tzinfo=UTC)

MAILS = (
    # (sender, subject, body)
    ("林 美咲 <misaki.hayashi@example.com>", "ご相談", "登録内容について確認させてください。"),
    ("小林 一郎 <ichiro@example.jp>", "退会について", "退会の手続きを教えてください。"),
    ("佐藤 健 <ken.sato@example.ne.jp>", "個人情報の開示請求", "保有個人データの開示を請求します。"),
    ("Yamada <yamada@example.jp>", "問い合わせ", "先日、御社の佐藤様からお電話をいただきました。"),
    ("Anna Schmidt <anna@example.de>", "Data subject access request", "Please send me my data. 個人情報"),
    ("鈴木 一郎 <suzuki@example.jp>", "営業時間", "何時まで開いていますか。"),
)


@pytest.fixture
def inbox(services):
    for n, (sender, subject, body) in enumerate(MAILS, 1):
        make_ticket(
            services,
            f"s{n}@example.jp",
            sender,
            subject,
            body,
            sent=START + timedelta(hours=n),
            origin=str(n),
        )
    return services


def refs(page) -> list[str]:
    return [row.ref for row in page.rows]


def found(services, text: str) -> set[str]:
    return {row.from_name for row in services.tickets.page(TicketFilter(text=text)).rows}


def test_one_character_finds_every_name_containing_it(inbox):
    assert found(inbox, "林") == {"林 美咲", "小林 一郎"}


def test_two_characters_find_sender_names_and_bodies(inbox):
    assert found(inbox, "佐藤") == {"佐藤 健", "Yamada"}  # the sender, and a body that mentions 佐藤様
    page = inbox.tickets.page(TicketFilter(text="佐藤"))
    assert page.total == 2 and page.total_exact


def test_three_or_more_characters_use_the_trigram_index(inbox):
    assert found(inbox, "個人情報") == {"佐藤 健", "Anna Schmidt"}
    assert found(inbox, "開示請求") == {"佐藤 健"}
    assert found(inbox, "ACCESS request") == {"Anna Schmidt"}  # any case
    assert found(inbox, "ichiro@example") == {"小林 一郎"}  # the sender's address
    assert found(inbox, "存在しない言葉") == set()


def test_a_word_in_most_mail_gives_the_same_answer_by_the_other_plan(inbox, monkeypatch):
    monkeypatch.setattr(search, "COMMON_MATCHES", 1)
    assert found(inbox, "個人情報") == {"佐藤 健", "Anna Schmidt"}
    assert inbox.tickets.page(TicketFilter(text="個人情報")).total == 2


def test_all_words_must_occur_and_wildcards_are_literal(inbox):
    assert found(inbox, "林 退会") == {"小林 一郎"}
    assert found(inbox, "個人情報　Schmidt") == {"Anna Schmidt"}  # a full-width space separates too
    assert found(inbox, "%") == set()
    assert found(inbox, "_") == set()


def test_a_reference_finds_its_ticket(inbox):
    assert refs(inbox.tickets.page(TicketFilter(text="PD-2026-000003"))) == ["PD-2026-000003"]
    assert refs(inbox.tickets.page(TicketFilter(text="ｐｄ－２０２６－０００００３"))) == ["PD-2026-000003"]


def test_a_new_message_is_searchable_at_once_and_merging_keeps_it_found(inbox):
    tickets = inbox.tickets
    assert found(inbox, "マイナンバー") == set()
    make_ticket(
        inbox,
        "late@example.jp",
        "鈴木 一郎 <suzuki@example.jp>",
        "追記",
        "マイナンバーカードの写し",
        origin="x",
    )
    late = tickets.page(TicketFilter(text="マイナンバー")).rows[0]
    target = tickets.page(TicketFilter(text="営業時間")).rows[0]
    tickets.merge(inbox.actor, late.id, target.id)
    assert refs(tickets.page(TicketFilter(text="マイナンバー"))) == [target.ref]


def test_filters_combine_with_search(inbox):
    tickets = inbox.tickets
    dsr = tickets.page(TicketFilter(categories=frozenset({TicketCategory.DATA_SUBJECT_REQUEST})))
    assert {r.from_name for r in dsr.rows} == {"佐藤 健", "Anna Schmidt"}
    first = tickets.page(TicketFilter(text="個人情報")).rows[0]
    tickets.set_status(inbox.actor, first.id, TicketStatus.RESOLVED)
    assert tickets.page(TicketFilter(text="個人情報", statuses=frozenset({TicketStatus.NEW}))).total == 1
    users = inbox.users.add(inbox.actor, "tanaka", "田中 さくら", Role.DESK)
    tickets.set_assignee(inbox.actor, first.id, users.id)
    assert refs(tickets.page(TicketFilter(assignee_id=users.id))) == [first.ref]
    assert tickets.page(TicketFilter(unassigned=True)).total == len(MAILS) - 1
    tickets.mark_read(inbox.actor, first.id)
    assert tickets.page(TicketFilter(unread_only=True)).total == len(MAILS) - 1


def test_overdue_means_no_first_response_by_the_due_day(inbox, monkeypatch):
    from privacy_desk.services.tickets import policy as tickets_policy

    tickets = inbox.tickets
    monkeypatch.setattr(tickets_policy.TicketPolicy, "today", lambda self, now=None: date(2026, 4, 7))
    overdue = tickets.page(TicketFilter(overdue=True))
    assert overdue.total == len(MAILS) and all(r.overdue for r in overdue.rows)
    answered = overdue.rows[0]
    tickets.mark_responded(inbox.actor, answered.id)
    assert answered.ref not in refs(tickets.page(TicketFilter(overdue=True)))
    monkeypatch.setattr(tickets_policy.TicketPolicy, "today", lambda self, now=None: date(2026, 4, 6))
    assert tickets.page(TicketFilter(overdue=True)).total == 0  # due today is not overdue yet


def test_pages_sort_and_page_through_everything_once(inbox):
    tickets = inbox.tickets
    newest_first = tickets.page(sort=TicketSort.RECEIVED_AT)
    assert refs(newest_first) == [f"PD-2026-{n:06}" for n in range(len(MAILS), 0, -1)]
    assert refs(tickets.page(sort=TicketSort.REF, descending=False)) == sorted(refs(newest_first))
    pages = [tickets.page(offset=offset, limit=4) for offset in (0, 4)]
    assert [len(p.rows) for p in pages] == [4, 2] and all(p.total == len(MAILS) for p in pages)
    assert refs(pages[0]) + refs(pages[1]) == refs(newest_first)
    for sort in TicketSort:
        assert len(tickets.page(sort=sort).rows) == len(MAILS)
    assert tickets.ticket_ids() == [r.id for r in newest_first.rows]
    ids = [newest_first.rows[2].id, newest_first.rows[0].id]
    assert [r.id for r in tickets.rows(ids)] == ids


def test_a_search_counts_up_to_a_limit_or_as_far_as_it_was_paged(inbox, monkeypatch):
    from privacy_desk.services.tickets import queries as tickets_queries

    monkeypatch.setattr(tickets_queries, "SEARCH_COUNT_LIMIT", 1)
    page = inbox.tickets.page(TicketFilter(text="林"), limit=1)
    assert (page.total, page.total_exact, len(page.rows)) == (1, False, 1)  # "more than one"
    everything = inbox.tickets.page(TicketFilter(text="林"), limit=10)
    assert (everything.total, everything.total_exact, len(everything.rows)) == (2, True, 2)
    second = inbox.tickets.page(TicketFilter(text="林"), offset=1, limit=1)
    assert len(second.rows) == 1 and second.rows[0].ref != page.rows[0].ref
