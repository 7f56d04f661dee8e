"""Inbox with 100,000 tickets: first page, and Japanese search of one, two and three or more characters.

Targets (issue 3): first page ≤ 0.3 s, a search ≤ 100 ms. The tickets are bulk-inserted through the
storage layer (not 100,000 service calls); every query is then made through `TicketService` as the
Inbox makes it. SQLite always; PostgreSQL too when PRIVACY_DESK_BENCH_PG_URL names an empty database
(it is emptied first).

python benchmarks/bench_tickets.py [N]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

from privacy_desk.domain.tickets import Channel, MessageKind, TicketStatus, format_ref, suggest_category
from privacy_desk.services.container import open_services
from privacy_desk.services.demo.samples import sample_mail
from privacy_desk.services.tickets.service import TicketFilter, TicketSort
from privacy_desk.storage import search
from privacy_desk.storage.models import Counter, Message, Ticket

TICKETS = 100_000
RUNS = 7
CHUNK = 5_000
PAGE = 100
SEARCHES = {
    "1 character": "林",
    "2 characters": "佐藤",
    "3+ characters, in most mail": "個人情報",
    "3+ characters, in a sixth": "配信停止",
    "a full name": "山田 太郎",
    "an address": "hanako.suzuki4",
}
PAGE_BUDGET_S = 0.3
SEARCH_BUDGET_S = 0.1


def build(services, count: int, *, seed: int = 3, analyze: bool = True) -> None:
    """`count` tickets of one to three messages each, spread over two years, in a few bulk inserts, the
    search index rebuilt; `analyze`: the planner's statistics gathered too (bench_search measures
    before and after them)."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 6, tzinfo=UTC)
    span = timedelta(days=720).total_seconds()
    statuses = [s for s in TicketStatus if s is not TicketStatus.JUNK]  # junk is left out of every search
    message_id = 0
    with services.db.transaction() as session:
        for first in range(0, count, CHUNK):
            tickets, messages = [], []
            for number in range(first + 1, min(first + CHUNK, count) + 1):
                mail = sample_mail(rng)
                received = start + timedelta(seconds=span * number / count)
                category = suggest_category(mail.subject, mail.body)
                replies = rng.choice((1, 1, 1, 2, 3))
                tickets.append(
                    {
                        "id": number,
                        "ref": format_ref(received.year, number),
                        "subject": mail.subject,
                        "category": category or "inquiry",
                        "category_confirmed": rng.random() < 0.7,
                        "suggested_category": category,
                        "channel": Channel.MAIL,
                        "status": rng.choice(statuses),
                        "from_address": mail.from_address,
                        "from_name": mail.from_name,
                        "received_at": received,
                        "first_response_due": (received + timedelta(days=5)).date(),
                        "unread": rng.random() < 0.2,
                        "last_message_at": received + timedelta(hours=replies - 1),
                        "message_count": replies,
                    }
                )
                for reply in range(replies):
                    message_id += 1
                    messages.append(
                        {
                            "id": message_id,
                            "ticket_id": number,
                            "message_id": f"<bench-{message_id}@example.jp>",
                            "kind": MessageKind.CORRESPONDENCE_IN,
                            "from_address": mail.from_address,
                            "from_name": mail.from_name,
                            "subject": mail.subject if not reply else f"Re: {mail.subject}",
                            "sent_at": received + timedelta(hours=reply),
                            "body_text": mail.body,
                        }
                    )
            session.execute(insert(Ticket), tickets)
            session.execute(insert(Message), messages)
        years = {2025: 0, 2026: 0, 2027: 0}
        counters = [{"series": "ticket", "year": y, "last_number": count} for y in years]
        session.execute(insert(Counter), counters)
        search.rebuild(session)
    with services.db.engine.begin() as connection:
        if analyze:
            connection.execute(text("ANALYZE"))
        if services.db.engine.dialect.name == "postgresql":
            connection.execute(text("SELECT setval('tickets_id_seq', :n)"), {"n": count})
            connection.execute(text("SELECT setval('messages_id_seq', :n)"), {"n": message_id})


def median_time(call) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(services, label: str, count: int) -> dict[str, float]:
    tickets = services.tickets
    results: dict[str, float] = {}
    # The Inbox's first page: one page of rows plus the count, in a fresh service call.
    first, page = median_time(lambda: tickets.page(TicketFilter(), offset=0, limit=PAGE))
    results["first page"] = first
    print(f"[{label}] first page of {page.total} tickets: {first * 1000:.1f} ms (target ≤ 300 ms)")
    by_sender, _ = median_time(lambda: tickets.page(TicketFilter(), limit=PAGE, sort=TicketSort.FROM))
    results["page sorted by sender"] = by_sender
    print(f"[{label}] first page sorted by sender (no index): {by_sender * 1000:.1f} ms")
    deep, _ = median_time(lambda: tickets.page(TicketFilter(), offset=count // 2, limit=PAGE))
    results["page in the middle"] = deep
    print(f"[{label}] a page in the middle (offset {count // 2}): {deep * 1000:.1f} ms")
    overdue, page = median_time(lambda: tickets.page(TicketFilter(overdue=True), offset=0, limit=PAGE))
    results["overdue page"] = overdue
    print(f"[{label}] overdue filter ({page.total}): {overdue * 1000:.1f} ms")
    for what, term in SEARCHES.items():
        elapsed, page = median_time(
            lambda term=term: tickets.page(TicketFilter(text=term), offset=0, limit=PAGE)
        )
        results[what] = elapsed
        print(
            f"[{label}] search {term} ({what}): {'' if page.total_exact else 'more than '}{page.total} "
            f"tickets in {elapsed * 1000:.1f} ms "
            f"(target ≤ 100 ms)"
        )
    return results


def run(url: str, label: str, count: int) -> dict[str, float]:
    services = open_services(url, login="bench")
    try:
        start = time.perf_counter()
        build(services, count)
        print(f"[{label}] built {count} tickets in {time.perf_counter() - start:.1f} s")
        return measure(services, label, count)
    finally:
        services.close()


def _empty_postgresql(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main(count: int = TICKETS) -> dict[str, float]:
    results = {}
    with tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("PRIVACY_DESK_HOME", home)
        results.update(
            {
                f"sqlite {k}": v
                for k, v in run(f"sqlite:///{Path(home) / 'bench.sqlite3'}", "SQLite", count).items()
            }
        )
    pg_url = os.environ.get("PRIVACY_DESK_BENCH_PG_URL")
    if pg_url:
        _empty_postgresql(pg_url)
        results.update({f"postgresql {k}": v for k, v in run(pg_url, "PostgreSQL", count).items()})
    worst_page = max(v for k, v in results.items() if "page" in k)
    worst_search = max(v for k, v in results.items() if "page" not in k)
    print(
        f"ratios: first page {worst_page / PAGE_BUDGET_S:.2f} of budget, "
        f"search {worst_search / SEARCH_BUDGET_S:.2f} of budget"
    )
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else TICKETS)
