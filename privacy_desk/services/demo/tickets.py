"""Demo tickets: bilingual inquiry mail through the real import (ISO-2022-JP and UTF-8), a few replies,
a phone call, a letter, a stranger using a reference tag, and tickets at every stage of work.

Message-IDs are fixed, so running the demo again adds nothing: the import skips mail it already has,
and the work done on the tickets is only done for tickets this run created.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.charset import Charset
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP, compat32
from email.utils import format_datetime, formataddr
from typing import TYPE_CHECKING

from privacy_desk.domain.tickets import TicketStatus, format_ref
from privacy_desk.services.demo.samples import sample_mail
from privacy_desk.services.tickets import CallLog, LetterLog

if TYPE_CHECKING:
    from privacy_desk.services.container import Services

DEFAULT_DEMO_TICKETS = 40
WORKED_AT_MOST = 2_000  # tickets the demo assigns, categorises and moves on: each is a few writes
DESK = "info@gmo-c.jp"
DOMAIN = "demo.privacy-desk.invalid"


def demo_message(
    number: int,
    sender: tuple[str, str],
    subject: str,
    body: str,
    sent: datetime,
    *,
    in_reply_to: str | None = None,
    japanese_charset: bool = False,
) -> bytes:
    """An RFC 5322 message as a mail client would send it; ISO-2022-JP when asked and possible."""
    message_id = f"<demo-{number}@{DOMAIN}>"
    if japanese_charset:
        try:
            for text in (subject, body, sender[0]):
                text.encode("iso-2022-jp")
        except UnicodeEncodeError:
            japanese_charset = False
    if japanese_charset:
        message = EmailMessage(policy=compat32)
        message["From"] = formataddr(sender, charset="iso-2022-jp")
        message["Subject"] = Header(subject, "iso-2022-jp")
    else:
        message = EmailMessage(policy=SMTP)
        message["From"] = formataddr(sender)
        message["Subject"] = subject
    message["To"] = DESK
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    if japanese_charset:
        message["MIME-Version"] = "1.0"
        message.set_payload(body, charset=Charset("iso-2022-jp"))
        return message.as_bytes(policy=compat32.clone(linesep="\r\n"))
    message.set_content(body)
    return message.as_bytes()


def _demo_mails(rng: random.Random, now: datetime, mails: int) -> Iterator[tuple[bytes, str]]:
    """The demo's inquiries over the last 30 days, and a requester's follow-up for about a third. A
    follow-up is numbered 10,000 + n, as the first demos did; from 10,000 mails on that would be a mail's
    own number (and its Message-ID a duplicate), so a large demo numbers them from 10,000,000."""
    for n in range(1, mails + 1):
        sample = sample_mail(rng)
        sent = now - timedelta(days=30 * (mails - n) / mails, minutes=rng.randrange(600))
        sender = (sample.from_name, sample.from_address)
        japanese = rng.random() < 0.5
        first = demo_message(n, sender, sample.subject, sample.body, sent, japanese_charset=japanese)
        yield first, f"demo:{n}"
        if rng.random() < 0.3:  # the requester writes again
            reply = demo_message(
                n + (10_000 if mails < 10_000 else 10_000_000),
                sender,
                f"Re: {sample.subject}",
                "追加のご連絡です。先日の件、どうぞよろしくお願いいたします。"
                if sample.reading
                else "Just following up on my message. Thank you.",
                sent + timedelta(hours=rng.randrange(1, 48)),
                in_reply_to=f"<demo-{n}@{DOMAIN}>",
            )
            yield reply, f"demo:{n}:reply"


def fill_demo_tickets(
    services: Services, count: int = DEFAULT_DEMO_TICKETS, *, now: datetime | None = None
) -> int:
    """Create up to `count` demo tickets (fewer when an earlier run made them); the number created."""
    if count <= 0:
        return 0
    now = now or datetime.now(UTC)
    rng = random.Random(20260401)
    importer, tickets, actor = services.ticket_import, services.tickets, services.actor
    users = {u.login: u.id for u in services.users.list()}
    staff = [users[login] for login in ("tanaka", "ito", "suzuki") if login in users]
    mails = max(count - 3, 1) if count >= 8 else count
    # Stored in batches as an import of files is (a transaction per batch): 100,000 mails in minutes.
    summary = importer.import_raw_many(actor, _demo_mails(rng, now, mails))
    created = list(summary.new_ticket_ids)
    if not created:
        return 0
    # Work at every stage on the newest tickets; a large demo leaves the rest new, as a backlog is.
    for ticket_id in created[-WORKED_AT_MOST:]:
        stage = rng.random()
        if staff and stage < 0.7:
            tickets.set_assignee(actor, ticket_id, rng.choice(staff))
        if stage < 0.5:
            tickets.confirm_category(actor, ticket_id)
        if stage < 0.15:
            tickets.set_status(actor, ticket_id, TicketStatus.RESOLVED)
        elif stage < 0.3:
            tickets.set_status(actor, ticket_id, TicketStatus.WAITING)
            tickets.add_note(actor, ticket_id, "本人確認書類の提出を依頼済み。返信待ち。")
        elif stage < 0.45:
            tickets.set_status(actor, ticket_id, TicketStatus.OPEN)
    if count >= 8:
        created.extend(_manual_intake(services, now, created[0], mails))
    return len(created)


def _manual_intake(services: Services, now: datetime, first_ticket: int, mails: int) -> list[int]:
    """A phone call, a letter and a stranger replying with someone else's reference."""
    tickets, actor = services.tickets, services.actor
    call = tickets.log_call(
        actor,
        CallLog(
            "山田 太郎",
            "登録されている個人情報の利用目的を知りたいとのこと。\nプライバシーポリシーの該当箇所を案内し、"
            "書面での回答を希望されたため郵送で回答する。",
            phone_number="03-1234-5678",
            duration_seconds=540,
            recording_ref="PBX-2026-0417-0932",
            occurred_at=now - timedelta(days=2, hours=3),
        ),
    )
    letter = tickets.log_letter(
        actor,
        LetterLog(
            "林 美咲",
            "保有個人データ開示請求書（当社所定様式）と運転免許証の写しが郵送で届いた。",
            postal_address="福岡県福岡市中央区天神1-8-1",
            received_at=now - timedelta(days=1),
        ),
    )
    ref = tickets.rows([first_ticket])[0].ref if first_ticket else format_ref(now.year, 1)
    stranger = services.ticket_import.import_raw_result(
        services.actor,
        demo_message(
            mails + 1,
            ("Unknown", "someone@example.net"),
            f"Re: [{ref}] お問い合わせの件",
            "この件について私にも詳細を教えてください。",
            now - timedelta(hours=5),
        ),
        "demo:stranger",
    )
    return [call.id, letter.id, stranger.ticket_id]
