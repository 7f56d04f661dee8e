"""Working a ticket: status, category, people, notes, calls, letters, merge/undo/split, replies, CSV."""

from __future__ import annotations

import csv
import email
import email.policy
import io
from datetime import UTC, date, datetime
from functools import partial

import pytest
from helpers.factories import make_ticket
from ticket_mail import HANAKO, KEN, mail

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.roles import Role
from privacy_desk.domain.tickets import Channel, MessageKind, TicketCategory, TicketStatus
from privacy_desk.errors import InvalidInput, NotFound
from privacy_desk.services.container import open_services
from privacy_desk.services.persons.service import PersonData
from privacy_desk.services.tickets.messages import NewAttachment
from privacy_desk.services.tickets.service import CallLog, LetterLog, TicketFilter


@pytest.fixture
def two(services):
    """Hanako's thread of two mails (PD-…001) and Ken's single mail (PD-…002)."""
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("h1@example.jp", HANAKO, "開示請求", "保有個人データの開示を請求します。"), "h1")
    imp(
        mail("h2@example.jp", HANAKO, "Re: 開示請求", "住所も含めてください。", in_reply_to="h1@example.jp"),
        "h2",
    )
    imp(mail("k1@example.jp", KEN, "配信停止", "メルマガの配信停止をお願いします。"), "k1")
    return services, services.tickets.id_of("PD-2026-000001"), services.tickets.id_of("PD-2026-000002")


def actions(services, ticket_id) -> list[str]:
    return [e.action for e in reversed(services.audit.entries(entity="ticket", entity_id=ticket_id))]


def test_status_changes_follow_the_machine_and_are_audited(two):
    services, hanako, _ = two
    tickets = services.tickets
    assert tickets.set_status(services.actor, hanako, TicketStatus.RESOLVED).status is TicketStatus.RESOLVED
    with pytest.raises(InvalidInput):
        tickets.set_status(services.actor, hanako, TicketStatus.WAITING)
    tickets.set_status(services.actor, hanako, TicketStatus.CLOSED)
    tickets.set_status(services.actor, hanako, TicketStatus.OPEN)
    entries = [
        e for e in services.audit.entries(entity="ticket", entity_id=hanako) if e.action == "set_status"
    ]
    assert [(e.before["status"], e.after["status"]) for e in reversed(entries)] == [
        ("new", "resolved"),
        ("resolved", "closed"),
        ("closed", "open"),
    ]


def test_confirming_or_changing_the_suggested_category(two):
    services, hanako, ken = two
    row = services.tickets.confirm_category(services.actor, ken)
    assert (row.category, row.category_confirmed) == (TicketCategory.OPT_OUT, True)
    row = services.tickets.set_category(services.actor, hanako, TicketCategory.COMPLAINT)
    assert (row.category, row.suggested_category) == (
        TicketCategory.COMPLAINT,
        TicketCategory.DATA_SUBJECT_REQUEST,
    )


def test_assignee_and_person_can_be_set_and_cleared(two):
    services, hanako, _ = two
    manager = services.users.add(services.actor, "suzuki", "鈴木 一郎", Role.MANAGER)
    row = services.tickets.set_assignee(services.actor, hanako, manager.id)
    assert row.assignee_name == "鈴木 一郎"
    assert services.tickets.set_assignee(services.actor, hanako, None).assignee_id is None
    with pytest.raises(NotFound):
        services.tickets.set_assignee(services.actor, hanako, 999)
    other = services.persons.create(
        services.actor, PersonData("髙橋 花子（旧姓 山﨑）", "ヤマザキ ハナコ", "hanako2@example.jp")
    )
    assert services.tickets.set_person(services.actor, hanako, other.id).person_name == other.name


def test_person_search_tolerates_japanese_name_variants(two):
    services, _, _ = two
    services.persons.create(services.actor, PersonData("山﨑 翔太", "ヤマザキ ショウタ", "shota@example.jp"))
    assert [p.name for p in services.tickets.find_persons("山崎")] == ["山﨑 翔太"]
    assert [p.name for p in services.tickets.find_persons("やまざき")] == ["山﨑 翔太"]
    assert [p.name for p in services.tickets.find_persons("高橋")] == ["髙橋 花子"]
    assert [p.name for p in services.tickets.find_persons("ｻﾄｳ")] == []  # 佐藤 健 has no reading stored


def test_desk_staff_work_tickets_and_are_named_in_the_audit_trail(two, db_url):
    services, hanako, _ = two
    desk = open_services(db_url, login="newcomer")
    try:
        assert desk.actor.role is Role.DESK
        desk.tickets.add_note(desk.actor, hanako, "本人確認済み")
    finally:
        desk.close()
    note = services.audit.entries(entity="ticket", entity_id=hanako)[0]
    assert (note.action, note.actor_login) == ("add_note", "newcomer")


def test_reading_is_shared_by_the_desk_and_audited_when_it_changes(two):
    services, hanako, _ = two
    assert services.tickets.mark_read(services.actor, hanako).unread is False
    services.tickets.mark_read(services.actor, hanako)
    assert services.tickets.mark_read(services.actor, hanako, read=False).unread is True
    assert [a for a in actions(services, hanako) if a.startswith("mark")] == ["mark_read", "mark_unread"]


def test_internal_notes_are_in_the_thread_but_not_correspondence(two):
    services, hanako, _ = two
    services.tickets.add_note(services.actor, hanako, "電話で本人確認済み。")
    kinds = [m.kind for m in services.tickets.get(hanako).messages]
    assert kinds == [MessageKind.CORRESPONDENCE_IN, MessageKind.CORRESPONDENCE_IN, MessageKind.INTERNAL_NOTE]
    with pytest.raises(InvalidInput):
        services.tickets.add_note(services.actor, hanako, "  ")
    assert "add_note" in actions(services, hanako)


def test_a_phone_call_opens_a_ticket_with_its_recording_reference(services):
    known = services.persons.create(services.actor, PersonData("山田 太郎", phone="03-1234-5678"))
    call = CallLog(
        "山田 太郎",
        "開示請求の方法を知りたいとのこと。\n書面で案内する。",
        phone_number="０３(1234)5678",
        duration_seconds=420,
        recording_ref="rec://pbx/2026/04/01/0930-1234",
        occurred_at=datetime(2026, 4, 1, 0, 30, tzinfo=UTC),
    )
    row = services.tickets.log_call(services.actor, call)
    assert (row.channel, row.subject, row.person_id) == (
        Channel.PHONE,
        "開示請求の方法を知りたいとのこと。",
        known.id,
    )
    assert row.suggested_category is TicketCategory.DATA_SUBJECT_REQUEST
    assert row.first_responded_at is not None and not row.overdue  # the caller spoke with the desk
    (message,) = services.tickets.get(row.id).messages
    assert (message.kind, message.from_name, message.duration_seconds) == (
        MessageKind.PHONE_CALL,
        "山田 太郎",
        420,
    )
    assert message.recording_ref == "rec://pbx/2026/04/01/0930-1234"
    entry = next(
        e for e in services.audit.entries(entity="ticket", entity_id=row.id) if e.action == "log_call"
    )
    assert entry.after["recording_ref"] == "rec://pbx/2026/04/01/0930-1234"
    with pytest.raises(InvalidInput):
        services.tickets.log_call(services.actor, CallLog("", "x"))
    with pytest.raises(InvalidInput):
        services.tickets.log_call(services.actor, CallLog("誰か", "x", phone_number="call me"))


def test_a_call_back_goes_into_an_existing_thread(two):
    services, hanako, _ = two
    services.tickets.log_call(services.actor, CallLog("髙橋 花子", "折り返し連絡。", incoming=False), hanako)
    detail = services.tickets.get(hanako)
    assert detail.messages[-1].kind is MessageKind.PHONE_CALL and detail.messages[-1].to == ("髙橋 花子",)
    assert detail.ticket.first_responded_at is not None


def test_a_letter_with_its_scan(services):
    scan = NewAttachment("請求書.pdf", "application/pdf", b"%PDF scanned letter")
    row = services.tickets.log_letter(
        services.actor,
        LetterLog("佐藤 健", "開示請求書（郵送）", postal_address="横浜市西区…", scans=(scan,)),
    )
    assert row.channel is Channel.LETTER and row.first_responded_at is None
    (message,) = services.tickets.get(row.id).messages
    (attachment,) = message.attachments
    assert services.tickets.attachment(attachment.id).data == b"%PDF scanned letter"
    assert ("X-Postal-Address", "横浜市西区…") in message.headers


def test_merge_moves_the_thread_and_undo_gives_it_back(two):
    services, hanako, ken = two
    tickets = services.tickets
    row = tickets.merge(services.actor, ken, hanako)
    assert row.message_count == 3
    assert tickets.page().total == 1
    merged = tickets.get(ken)
    assert merged.merged_into_ref == "PD-2026-000001" and merged.messages == ()
    assert tickets.get(hanako).merged_from == ("PD-2026-000002",)
    # More mail arrives in the merged thread before the merge is undone: it stays.
    make_ticket(services, "h3@example.jp", HANAKO, "Re: 開示請求", in_reply_to="h2@example.jp", origin="h3")
    restored = tickets.undo_merge(services.actor, ken)
    assert (restored.ref, restored.message_count) == ("PD-2026-000002", 1)
    assert tickets.get(hanako).ticket.message_count == 3
    assert tickets.page().total == 2
    assert "merge_in" in actions(services, hanako) and "undo_merge" in actions(services, ken)
    with pytest.raises(InvalidInput):
        tickets.undo_merge(services.actor, ken)


def test_merges_refuse_nonsense_and_undo_in_order(two):
    services, hanako, ken = two
    tickets = services.tickets
    with pytest.raises(InvalidInput):
        tickets.merge(services.actor, hanako, hanako)
    third = tickets.log_letter(services.actor, LetterLog("第三者", "別件")).id
    tickets.merge(services.actor, ken, hanako)
    with pytest.raises(InvalidInput):
        tickets.merge(services.actor, ken, third)  # already merged
    tickets.merge(services.actor, hanako, third)
    with pytest.raises(InvalidInput, match="First undo"):
        tickets.undo_merge(services.actor, ken)
    tickets.undo_merge(services.actor, hanako)
    tickets.undo_merge(services.actor, ken)
    assert [tickets.get(t).ticket.message_count for t in (hanako, ken, third)] == [2, 1, 1]


def test_a_merge_keeps_the_earlier_first_response_due_and_undo_restores_it(services):
    imp = partial(services.ticket_import.import_raw, services.actor)
    imp(mail("old@example.jp", HANAKO, "最初", sent=datetime(2026, 4, 1, 1, tzinfo=UTC)), "1")
    imp(mail("new@example.jp", HANAKO, "二通目", sent=datetime(2026, 4, 8, 1, tzinfo=UTC)), "2")
    old, new = services.tickets.id_of("PD-2026-000001"), services.tickets.id_of("PD-2026-000002")
    assert services.tickets.merge(services.actor, old, new).first_response_due == date(2026, 4, 6)
    assert services.tickets.undo_merge(services.actor, old).first_response_due == date(2026, 4, 6)
    assert services.tickets.get(new).ticket.first_response_due == date(2026, 4, 13)


def test_split_moves_chosen_messages_to_a_new_ticket(two):
    services, hanako, _ = two
    tickets = services.tickets
    make_ticket(
        services,
        "x@example.jp",
        KEN,
        "Re: 開示請求",
        "間違えて返信しました",
        in_reply_to="h2@example.jp",
        origin="x",
    )
    wrong = tickets.get(hanako).messages[-1]
    assert wrong.from_address == "ken.sato@example.ne.jp"
    new = tickets.split(services.actor, hanako, [wrong.id])
    assert (new.message_count, new.from_address, new.possibly_related_to_ref) == (
        1,
        "ken.sato@example.ne.jp",
        "PD-2026-000001",
    )
    assert new.person_name == "佐藤 健"
    assert tickets.get(hanako).ticket.message_count == 2
    with pytest.raises(InvalidInput):
        tickets.split(services.actor, hanako, [m.id for m in tickets.get(hanako).messages])
    with pytest.raises(InvalidInput):
        tickets.split(services.actor, hanako, [wrong.id])  # no longer in this ticket
    assert "split" in actions(services, hanako)


def test_a_japanese_reply_is_iso_2022_jp_tagged_threaded_and_logged(two):
    services, hanako, _ = two
    draft = services.tickets.draft_reply(hanako, ReplyTemplate.ACKNOWLEDGEMENT, "ja")
    assert draft.to == ("髙橋 花子 <hanako@example.jp>",)
    assert draft.subject == "[PD-2026-000001] お問い合わせを受け付けました"
    assert draft.body.startswith("髙橋 花子 様") and "PD-2026-000001" in draft.body
    assert draft.in_reply_to == "h2@example.jp" and draft.references == ("h1@example.jp", "h2@example.jp")
    # 髙 is not in ISO-2022-JP: the whole message goes as UTF-8 rather than damaged.
    logged = services.tickets.log_reply(services.actor, draft)
    parsed = email.message_from_bytes(logged.eml, policy=email.policy.default)
    assert parsed.get_content_charset() == "utf-8"
    assert parsed["Subject"] == draft.subject and parsed["X-Unsent"] == "1"
    assert parsed["In-Reply-To"] == "<h2@example.jp>"
    assert "髙橋 花子 様" in parsed.get_content()
    plain = services.tickets.draft_reply(hanako, ReplyTemplate.COMPLETED, "ja")
    plain = type(plain)(
        **{**plain.__dict__, "to": ("高橋 花子 <hanako@example.jp>",), "body": plain.body.replace("髙", "高")}
    )
    eml = services.tickets.log_reply(services.actor, plain).eml
    assert b'charset="iso-2022-jp"' in eml and b"Subject: [PD-2026-000001] =?iso-2022-jp?" in eml
    parsed = email.message_from_bytes(eml, policy=email.policy.default)
    assert parsed["Subject"] == "[PD-2026-000001] お問い合わせへの対応完了のご連絡"
    assert parsed.get_content().startswith("高橋 花子 様")
    detail = services.tickets.get(hanako)
    sent = [m for m in detail.messages if m.kind is MessageKind.CORRESPONDENCE_OUT]
    assert (
        len(sent) == 2
        and sent[0].to == ("hanako@example.jp",)
        and services.tickets.original(sent[0].id) == logged.eml
    )
    assert detail.ticket.first_responded_at is not None and detail.ticket.status is TicketStatus.OPEN


def test_an_english_reply_and_a_requester_without_a_name(services):
    make_ticket(services, "e@example.com", "anna@example.de", "Access request", origin="e")
    ticket = services.tickets.id_of("PD-2026-000001")
    draft = services.tickets.draft_reply(ticket, ReplyTemplate.IDENTITY_DOCUMENTS, "en")
    assert draft.body.startswith("Dear Sir or Madam,") or draft.body.startswith("Dear anna")
    eml = services.tickets.log_reply(services.actor, draft).eml
    parsed = email.message_from_bytes(eml, policy=email.policy.default)
    assert parsed["Subject"] == "[PD-2026-000001] Please send us a copy of your identity document"
    with pytest.raises(InvalidInput):
        services.tickets.draft_reply(ticket, ReplyTemplate.ACKNOWLEDGEMENT, "fr")


def test_csv_export_has_every_message_for_excel(two, tmp_path):
    services, _, _ = two
    make_ticket(services, "f@example.jp", KEN, '=HYPERLINK("http://evil")', "=1+1", origin="f")
    target = tmp_path / "tickets.csv"
    rows = services.tickets.export_csv(target, TicketFilter())
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == len(table) == 4
    assert [r["ref"] for r in table] == [
        "PD-2026-000003",
        "PD-2026-000002",
        "PD-2026-000001",
        "PD-2026-000001",
    ]
    assert table[2]["message_body"] == "保有個人データの開示を請求します。\n"
    assert table[0]["subject"].startswith("'=") and table[0]["message_body"].startswith("'=")
    assert table[3]["received_at"] == "2026-04-01T10:00:00+09:00"  # office time
    only = services.tickets.export_csv(tmp_path / "dsr.csv", TicketFilter(text="開示"))
    assert only == 2 and not list(tmp_path.glob("*.part"))


def test_first_responses_due_appear_on_the_agenda_until_answered(two):
    services, hanako, ken = two
    items = [i for day in services.agenda.agenda(date(2026, 4, 2)) for i in day.items if i.kind == "ticket"]
    assert [(i.day, i.ref) for i in items] == [
        (date(2026, 4, 6), "PD-2026-000001"),
        (date(2026, 4, 6), "PD-2026-000002"),
    ]
    services.tickets.mark_responded(services.actor, hanako)
    services.tickets.set_status(services.actor, ken, TicketStatus.CLOSED)
    assert not [
        i for day in services.agenda.agenda(date(2026, 4, 2)) for i in day.items if i.kind == "ticket"
    ]


def test_first_response_days_follow_the_office_setting_and_calendar(services):
    from privacy_desk.config import TICKET_FIRST_RESPONSE_DAYS

    services.settings.set(services.actor, TICKET_FIRST_RESPONSE_DAYS, 1)
    # Tuesday 28 April 2026, 10:00 in Tokyo; the 29th is 昭和の日: one business day later is the 30th.
    make_ticket(services, "g@example.jp", KEN, "質問", sent=datetime(2026, 4, 28, 1, tzinfo=UTC), origin="g")
    assert services.tickets.page().rows[0].first_response_due == date(2026, 4, 30)
    with pytest.raises(InvalidInput):
        services.settings.set(services.actor, TICKET_FIRST_RESPONSE_DAYS, 0)
