"""Mail import: once per Message-ID, threaded by headers, never into a stranger's ticket, crash-safe."""

from __future__ import annotations

import mailbox
from datetime import UTC, date, datetime
from functools import partial

import pytest
from helpers.factories import make_ticket
from sqlalchemy import func, select
from ticket_mail import HANAKO, KEN, STRANGER, mail

from privacy_desk.config import ATTACHMENT_MAX_BYTES
from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.intake.parse import parse_message
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets import import_message as tickets_import
from privacy_desk.services.tickets.service import TicketFilter
from privacy_desk.storage.models import Blob, Message, Ticket


def write(folder, name: str, raw: bytes):
    path = folder / name
    path.write_bytes(raw)
    return path


def counts(services) -> tuple[int, int]:
    with services.db.transaction() as session:
        return (
            session.scalar(select(func.count()).select_from(Ticket)),
            session.scalar(select(func.count()).select_from(Message)),
        )


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    write(folder, "01.eml", mail("q1@example.jp", HANAKO, "個人情報の開示について", "開示を請求します。"))
    write(
        folder,
        "02.eml",
        mail(
            "q2@example.jp", HANAKO, "Re: 個人情報の開示について", "追記です。", in_reply_to="q1@example.jp"
        ),
    )
    write(
        folder,
        "03.eml",
        mail("q3@example.ne.jp", KEN, "配信停止のお願い", "メルマガの配信停止を希望します。"),
    )
    return folder


def test_a_folder_becomes_tickets_and_importing_it_again_adds_nothing(services, inbox):
    first = services.ticket_import.import_paths(services.actor, [inbox])
    assert (first.imported, first.new_tickets, first.threaded, first.duplicates) == (3, 2, 1, 0)
    assert first.failed == []
    second = services.ticket_import.import_paths(services.actor, [inbox])
    assert (second.imported, second.duplicates) == (0, 3)
    assert counts(services) == (2, 3)
    assert second.as_json() == {
        "imported": 0,
        "duplicates": 3,
        "threaded": 0,
        "new_tickets": 0,
        "possibly_related": 0,
        "failed": [],
        "cancelled": False,
    }


def test_a_new_ticket_has_a_reference_a_suggested_category_a_due_date_and_a_person(services, inbox):
    services.ticket_import.import_paths(services.actor, [inbox / "01.eml"])
    (row,) = services.tickets.page().rows
    assert row.ref == "PD-2026-000001"
    assert row.status is TicketStatus.NEW and row.unread
    assert row.category is TicketCategory.DATA_SUBJECT_REQUEST and not row.category_confirmed
    assert row.suggested_category is TicketCategory.DATA_SUBJECT_REQUEST
    assert (row.from_name, row.from_address) == ("髙橋 花子", "hanako@example.jp")
    # Received Wednesday 1 April 2026 (10:00 in Tokyo): three business days later is Monday 6 April.
    assert row.received_at == datetime(2026, 4, 1, 1, 0, tzinfo=UTC)
    assert row.first_response_due == date(2026, 4, 6)
    assert row.person_name == "髙橋 花子"
    (person,) = services.persons.list()
    assert person.email == "hanako@example.jp"


def test_the_sender_is_linked_to_the_existing_person_with_that_address(services, inbox):
    from privacy_desk.services.persons.service import PersonData

    known = services.persons.create(services.actor, PersonData("髙橋 花子", email="Hanako@example.jp"))
    services.ticket_import.import_paths(services.actor, [inbox / "01.eml"])
    assert services.tickets.page().rows[0].person_id == known.id
    assert len(services.persons.list()) == 1


def test_references_tie_a_reply_to_its_thread(services, tmp_path):
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("a@example.jp", HANAKO, "質問"), "a")
    imp(
        mail("b@example.jp", HANAKO, "別件のように見える件名", references=("zzz@nowhere", "a@example.jp")),
        "b",
    )
    (row,) = services.tickets.page().rows
    assert row.message_count == 2


def test_a_reply_imported_before_the_message_it_answers_still_shares_its_ticket(services):
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("late@example.jp", HANAKO, "Re: 質問", in_reply_to="early@example.jp"), "2")
    imp(mail("early@example.jp", HANAKO, "質問"), "1")
    (row,) = services.tickets.page().rows
    assert row.message_count == 2


def test_the_subject_tag_threads_mail_from_someone_already_in_the_thread(services):
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("a@example.jp", HANAKO, "開示請求"), "a")
    imp(
        mail("b@example.jp", "Hanako <HANAKO@example.jp>", "Re: [PD-2026-000001] 開示請求", "書類を送ります"),
        "b",
    )
    (row,) = services.tickets.page().rows
    assert row.message_count == 2


def test_a_stranger_using_the_subject_tag_gets_a_new_ticket_marked_possibly_related(services):
    imp = services.ticket_import
    imp.import_raw(services.actor, mail("a@example.jp", HANAKO, "開示請求", "私の住所は東京都…"), "a")
    result = imp.import_parsed(
        services.actor,
        parse_message(
            mail("b@example.com", STRANGER, "Re: [PD-2026-000001] 開示請求", "その方の情報を見せて")
        ),
        "b",
    )
    assert result.outcome == "possibly_related" and result.ticket_ref == "PD-2026-000002"
    original = services.tickets.get_by_ref("PD-2026-000001")
    assert len(original.messages) == 1  # nothing of the stranger's in Hanako's thread
    assert original.possibly_related == ("PD-2026-000002",)
    stranger = services.tickets.get_by_ref("PD-2026-000002")
    assert stranger.ticket.possibly_related_to_ref == "PD-2026-000001"
    assert [m.from_address for m in stranger.messages] == ["mallory@example.com"]


def test_copied_addresses_do_not_count_as_part_of_the_thread(services):
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("a@example.jp", HANAKO, "開示請求", cc="mallory@example.com"), "a")
    imp(mail("b@example.com", STRANGER, "Re: [PD-2026-000001] 開示請求"), "b")
    assert services.tickets.page().total == 2


def test_a_reply_to_a_desk_reply_joins_by_header_and_reopens_a_waiting_ticket(services):
    from privacy_desk.domain.reply_templates import ReplyTemplate

    make_ticket(services, "a@example.jp", HANAKO, "開示請求", origin="a")
    ticket_id = services.tickets.id_of("PD-2026-000001")
    draft = services.tickets.draft_reply(ticket_id, ReplyTemplate.IDENTITY_DOCUMENTS, "ja")
    services.tickets.log_reply(services.actor, draft)
    services.tickets.set_status(services.actor, ticket_id, TicketStatus.WAITING)
    reply_id = services.tickets.get(ticket_id).messages[-1].message_id
    make_ticket(
        services, "c@example.jp", "hanako@example.jp", "Re: 本人確認書類", in_reply_to=reply_id, origin="c"
    )
    row = services.tickets.get(ticket_id).ticket
    assert row.message_count == 3 and row.status is TicketStatus.OPEN and row.unread


def test_mail_into_a_merged_ticket_goes_to_the_ticket_it_was_merged_into(services):
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("a@example.jp", HANAKO, "質問1"), "a")
    imp(mail("b@example.jp", HANAKO, "質問2"), "b")
    first, second = services.tickets.id_of("PD-2026-000001"), services.tickets.id_of("PD-2026-000002")
    services.tickets.merge(services.actor, second, first)
    imp(mail("c@example.jp", HANAKO, "Re: 質問2", in_reply_to="b@example.jp"), "c")
    assert services.tickets.get(first).ticket.message_count == 3


def test_broken_files_are_reported_by_name_and_the_batch_goes_on(services, inbox):
    empty = write(inbox, "00-empty.eml", b"")
    write(inbox, "99-bad.mbox", b"this is not an mbox\n")
    summary = services.ticket_import.import_paths(services.actor, [inbox, inbox / "missing.eml"])
    assert summary.imported == 3
    failed = dict(summary.failed)
    assert set(failed) == {str(empty), str(inbox / "99-bad.mbox"), str(inbox / "missing.eml")}
    assert all(reason for reason in failed.values())


def test_an_mbox_imports_each_message_with_progress_and_can_be_cancelled(services, tmp_path):
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    for n in range(1, 6):
        box.add(mail(f"m{n}@example.jp", KEN, f"問い合わせ {n}"))
    box.flush()
    box.close()
    seen = []
    first = services.ticket_import.import_paths(
        services.actor,
        [path],
        progress=lambda done, total: seen.append((done, total)),
        cancel=lambda: len(seen) > 2,
    )
    assert first.cancelled and first.imported == 2
    assert seen == [(0, 5), (1, 5), (2, 5)]
    rest = services.ticket_import.import_paths(services.actor, [path])
    assert (rest.imported, rest.duplicates, rest.cancelled) == (3, 2, False)


class Killed(BaseException):
    """The process dying half-way through a message (not an error the batch could catch)."""


def test_an_import_killed_half_way_leaves_no_half_ticket_and_a_rerun_completes_it(
    services, tmp_path, monkeypatch
):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(1, 6):
        write(
            folder,
            f"{n:02}.eml",
            mail(
                f"k{n}@example.jp",
                KEN,
                f"問い合わせ {n}",
                attachments=(("a.txt", "text/plain", f"添付{n}".encode()),),
            ),
        )
    real = Work.audit
    calls = []

    def dies_on_the_third(work, entity, entity_id, action, **values):
        if action == "import_message":  # a message's last step
            calls.append(entity_id)
            if len(calls) == 3:  # the ticket, the message and its attachment are written, not committed
                raise Killed()
        real(work, entity, entity_id, action, **values)

    monkeypatch.setattr(Work, "audit", dies_on_the_third)
    with pytest.raises(Killed):
        services.ticket_import.import_paths(services.actor, [folder])
    monkeypatch.setattr(Work, "audit", real)
    assert counts(services) == (2, 2)
    assert [r.ref for r in services.tickets.page(TicketFilter(text="問い合わせ")).rows] == [
        "PD-2026-000002",
        "PD-2026-000001",
    ]
    again = services.ticket_import.import_paths(services.actor, [folder])
    assert (again.imported, again.duplicates) == (3, 2)
    assert counts(services) == (5, 5)
    refs = sorted(r.ref for r in services.tickets.page().rows)
    assert refs == [f"PD-2026-{n:06}" for n in range(1, 6)]  # no number lost to the crash
    assert services.tickets.page(TicketFilter(text="問い合わせ 3")).total == 1


def test_a_message_failing_half_way_is_taken_back_alone_and_the_rest_of_its_batch_goes_in(
    services, tmp_path, monkeypatch
):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(1, 4):
        write(folder, f"{n:02}.eml", mail(f"b{n}@example.jp", KEN, f"相談 {n}", f"本文その{n}"))
    real = tickets_import.store_message

    def fails_for_the_second(session, policy, ticket_id, values, *args):
        if values["subject"] == "相談 2":  # its ticket and blob are written already
            raise ValueError("disk on fire")
        return real(session, policy, ticket_id, values, *args)

    # Stored optimistically first (no savepoints), then again a message per savepoint once one fails.
    monkeypatch.setattr(tickets_import, "store_message", fails_for_the_second)
    summary = services.ticket_import.import_paths(services.actor, [folder])
    assert (summary.imported, [reason for _, reason in summary.failed]) == (2, ["disk on fire"])
    assert counts(services) == (2, 2)
    assert sorted(r.ref for r in services.tickets.page().rows) == ["PD-2026-000001", "PD-2026-000002"]
    assert services.tickets.page(TicketFilter(text="本文その3")).total == 1  # indexed with its batch
    assert services.tickets.page(TicketFilter(text="本文その2")).total == 0
    created = [e for e in services.audit.entries(entity="ticket") if e.action == "create"]
    assert len(created) == 2
    monkeypatch.setattr(tickets_import, "store_message", real)
    again = services.ticket_import.import_paths(services.actor, [folder])
    assert (again.imported, again.duplicates) == (1, 2)


def test_a_reply_failing_half_way_leaves_its_ticket_as_it_was_for_the_next_reply(
    services, tmp_path, monkeypatch
):
    folder = tmp_path / "thread"
    folder.mkdir()
    write(folder, "01.eml", mail("t1@example.jp", HANAKO, "開示請求", "最初"))
    write(
        folder, "02.eml", mail("t2@example.jp", HANAKO, "Re: 開示請求", "二通目", in_reply_to="t1@example.jp")
    )
    write(
        folder, "03.eml", mail("t3@example.jp", HANAKO, "Re: 開示請求", "三通目", in_reply_to="t1@example.jp")
    )
    real = Work.audit

    def fails_for_the_second(work, entity, entity_id, action, **values):
        if action == "import_message" and values["after"]["message_id"] == "t2@example.jp":
            raise ValueError("no room")  # its message is stored and its ticket updated already
        real(work, entity, entity_id, action, **values)

    monkeypatch.setattr(Work, "audit", fails_for_the_second)
    summary = services.ticket_import.import_paths(services.actor, [folder])
    assert (summary.imported, summary.threaded, len(summary.failed)) == (2, 1, 1)
    detail = services.tickets.get(services.tickets.id_of("PD-2026-000001"))
    assert detail.ticket.message_count == 2
    assert [m.body_text.strip() for m in detail.messages] == ["最初", "三通目"]


def test_an_attachment_over_the_cap_is_recorded_but_not_stored_and_the_ticket_says_so(services):
    services.settings.set(services.actor, ATTACHMENT_MAX_BYTES, 1000)
    small, large = b"s" * 10, b"L" * 1001
    make_ticket(
        services,
        "att@example.jp",
        HANAKO,
        "本人確認書類",
        attachments=(("免許証.jpg", "image/jpeg", small), ("動画.mp4", "video/mp4", large)),
        origin="x",
    )
    detail = services.tickets.get(services.tickets.id_of("PD-2026-000001"))
    assert detail.ticket.attachments_not_stored == 1
    kept, dropped = detail.messages[0].attachments
    assert (kept.filename, kept.size, kept.stored) == ("免許証.jpg", 10, True)
    assert (dropped.filename, dropped.size, dropped.stored) == ("動画.mp4", 1001, False)
    assert services.tickets.attachment(kept.id).data == small
    assert services.tickets.attachment(dropped.id).data is None
    assert not detail.messages[0].has_raw  # the whole mail is over the cap too
    with services.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Blob).where(Blob.size > 1000)) == 0


def test_the_same_attachment_twice_is_stored_once(services):
    data = b"%PDF-1.4 the same scan"
    for n in (1, 2):
        make_ticket(
            services,
            f"s{n}@example.jp",
            HANAKO,
            f"書類{n}",
            attachments=(("scan.pdf", "application/pdf", data),),
            origin=str(n),
        )
    with services.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Blob).where(Blob.data == data)) == 1


def test_the_original_mail_is_kept_byte_for_byte(services):
    raw = mail("orig@example.jp", HANAKO, "原文")
    services.ticket_import.import_raw(services.actor, raw, "x")
    (message,) = services.tickets.get(services.tickets.id_of("PD-2026-000001")).messages
    assert message.has_raw and services.tickets.original(message.id) == raw


def test_every_import_is_audited(services, inbox):
    services.ticket_import.import_paths(services.actor, [inbox])
    entries = services.audit.entries(entity="ticket")
    assert sorted(e.action for e in entries) == [
        "create",
        "create",
        "import_message",
        "import_message",
        "import_message",
    ]
    assert {e.actor_login for e in entries} == {"tester"}
    assert any(e.after.get("threaded_by") == "in_reply_to" for e in entries if e.action == "import_message")


def test_a_batch_whose_bulk_insert_fails_is_stored_again_message_by_message(services, tmp_path, monkeypatch):
    from privacy_desk.services.tickets import import_rows

    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(1, 4):
        write(folder, f"{n:02}.eml", mail(f"c{n}@example.jp", KEN, f"照会 {n}", f"本文その{n}"))
    real, calls = import_rows._insert_messages, []

    def another_desk_stored_one_meanwhile(session, rows):
        calls.append(len(rows))
        raise ValueError("duplicate key value violates unique constraint")

    monkeypatch.setattr(import_rows, "_insert_messages", another_desk_stored_one_meanwhile)
    summary = services.ticket_import.import_paths(services.actor, [folder])
    monkeypatch.setattr(import_rows, "_insert_messages", real)
    assert calls == [3]  # the optimistic batch, then each message in its savepoint
    assert (summary.imported, summary.failed) == (3, [])
    assert counts(services) == (3, 3)
    assert sorted(r.ref for r in services.tickets.page().rows) == [f"PD-2026-{n:06}" for n in range(1, 4)]
    assert services.tickets.page(TicketFilter(text="本文その2")).total == 1
