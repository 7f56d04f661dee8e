"""The issue's large database, built once and kept in /tmp: 100,000 tickets (one message each, most of
them overdue), 55,000 persons and 10,000 request cases (some waiting, some closed), bulk-inserted through
the storage layer. Rebuilt when the file is missing or its schema is older than the app's.

python benchmarks/scale_db.py        build it (or say where it is)
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from privacy_desk.domain.cases import CaseState, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.tickets import Channel, MessageKind, TicketStatus, format_ref, suggest_category
from privacy_desk.services.container import open_services
from privacy_desk.services.demo.samples import sample_mail
from privacy_desk.storage import migrate, search
from privacy_desk.storage.models import Case, CasePause, Counter, Message, Person, Ticket
from privacy_desk.storage.models.core import person_search_key

PATH = Path("/tmp/privacy_desk_scale_100k.sqlite3")
URL = f"sqlite:///{PATH}"
TICKETS, PERSONS, CASES = 100_000, 55_000, 10_000
CHUNK = 5_000
FAMILY = [
    "山田",
    "髙橋",
    "佐藤",
    "鈴木",
    "田中",
    "伊藤",
    "渡辺",
    "山﨑",
    "中村",
    "小林",
    "林",
    "Schmidt",
    "Carter",
]
GIVEN = ["太郎", "花子", "翔太", "健", "美咲", "一郎", "さくら", "大輔", "Anna", "John"]
KANA = {
    "山田": "ヤマダ",
    "髙橋": "タカハシ",
    "佐藤": "サトウ",
    "鈴木": "スズキ",
    "田中": "タナカ",
    "林": "ハヤシ",
}


def _persons(session, rng: random.Random) -> None:
    for first in range(0, PERSONS, CHUNK):
        rows = []
        for number in range(first + 1, min(first + CHUNK, PERSONS) + 1):
            family, given = rng.choice(FAMILY), rng.choice(GIVEN)
            name, kana = f"{family} {given}", KANA.get(family, "")
            email, phone = f"p{number}@example.jp", f"090-{number // 10000:04d}-{number % 10000:04d}"
            rows.append(
                {
                    "id": number,
                    "name": name,
                    "name_kana": kana,
                    "email": email,
                    "phone": phone,
                    "search_key": person_search_key(name, kana, email, phone),
                }
            )
        session.execute(insert(Person), rows)


def _tickets(session, rng: random.Random, today: date) -> None:
    start = datetime.combine(today - timedelta(days=730), datetime.min.time(), UTC)
    span = timedelta(days=729).total_seconds()
    statuses = [TicketStatus.NEW] * 6 + [TicketStatus.OPEN, TicketStatus.WAITING, TicketStatus.RESOLVED]
    for first in range(0, TICKETS, CHUNK):
        tickets, messages = [], []
        for number in range(first + 1, min(first + CHUNK, TICKETS) + 1):
            mail = sample_mail(rng)
            received = start + timedelta(seconds=span * number / TICKETS)
            category = suggest_category(mail.subject, mail.body)
            tickets.append(
                {
                    "id": number,
                    "ref": format_ref(received.year, number),
                    "subject": mail.subject,
                    "category": category or "inquiry",
                    "suggested_category": category,
                    "channel": Channel.MAIL,
                    "status": rng.choice(statuses),
                    "from_address": mail.from_address,
                    "from_name": mail.from_name,
                    "person_id": rng.randrange(1, PERSONS + 1),
                    "received_at": received,
                    "first_response_due": (received + timedelta(days=5)).date(),
                    "unread": rng.random() < 0.2,
                    "last_message_at": received,
                    "message_count": 1,
                }
            )
            messages.append(
                {
                    "id": number,
                    "ticket_id": number,
                    "message_id": f"<scale-{number}@example.jp>",
                    "kind": MessageKind.CORRESPONDENCE_IN,
                    "from_address": mail.from_address,
                    "from_name": mail.from_name,
                    "subject": mail.subject,
                    "sent_at": received,
                    "body_text": mail.body,
                }
            )
        session.execute(insert(Ticket), tickets)
        session.execute(insert(Message), messages)


def _cases(session, rng: random.Random, today: date) -> None:
    states = [CaseState.RECEIVED, CaseState.IDENTITY_CHECK, CaseState.CLOSED, CaseState.CLOSED]
    cases, pauses = [], []
    for number in range(1, CASES + 1):
        received = today - timedelta(days=rng.randrange(720))
        cases.append(
            {
                "id": number,
                "ref": f"REQ-{received.year:04d}-{number:05d}",
                "request_type": rng.choice(list(RequestType)),
                "state": rng.choice(states),
                "gdpr": rng.random() < 0.1,
                "person_id": rng.randrange(1, PERSONS + 1),
                "requester_kind": RequesterKind.PERSON,
                "received_on": received,
            }
        )
        if rng.random() < 0.1:
            end = None if rng.random() < 0.3 else received + timedelta(days=rng.randrange(1, 10))
            pauses.append({"case_id": number, "reason": "fee", "start_on": received, "end_on": end})
    session.execute(insert(Case), cases)
    session.execute(insert(CasePause), pauses)


def ensure() -> str:
    """The database's URL, built first when missing or from an older schema."""
    if PATH.exists():
        services = open_services(URL, login="bench")
        try:
            if migrate.current_revision(services.db.engine) == migrate.SCHEMA_HEAD:
                return URL
        finally:
            services.close()
        PATH.unlink()
    started = time.perf_counter()
    services = open_services(URL, login="bench", create=True)
    try:
        rng, today = random.Random(10), services.cases.policy().today()
        with services.db.transaction() as session:
            _persons(session, rng)
            _tickets(session, rng, today)
            _cases(session, rng, today)
            years = range(today.year - 3, today.year + 1)
            session.execute(
                insert(Counter), [{"series": "ticket", "year": y, "last_number": TICKETS} for y in years]
            )
            search.rebuild(session)
        services.cases.page()  # stores every case's due dates (a fresh database's one-time backfill)
        search.optimize(services.db.engine)
    finally:
        services.close()
    print(f"built {PATH} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return URL


if __name__ == "__main__":
    print(ensure())
