"""Inbox search at 100,000 tickets: words of one, two and three or more characters.

Each word is searched as the Inbox searches it (`TicketService.page`, the first page and the count of up
to 1,001 matches) and compared with (a) the same question put to the index in hand-written SQL, the
floor the query layer can reach, and (b) a plain scan of every message's text, what an index saves.
Every search must also be complete: all the tickets the scan finds (`ticket_ids` against the scan's
count, for words that folding leaves as they are). Target (issue 10): a search ≤ 100 ms.

The tickets are bulk-inserted and indexed with `search.rebuild`, as after a large import; the searches
run once before `search.optimize` (ANALYZE / PRAGMA optimize: what a desk had after an import until
now) and then after it. SQLite always; PostgreSQL too when PRIVACY_DESK_BENCH_PG_URL names a database
(it is emptied first).

python benchmarks/bench_search.py [N]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from privacy_desk.services.container import open_services
from privacy_desk.services.tickets.service import TicketFilter
from privacy_desk.storage import search

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_tickets import _empty_postgresql, build

TICKETS = 100_000
RUNS = 5
LIMIT = 1_001  # what a search page fetches: the first page and the count up to 1,000
WORDS = {
    "1 character, a surname": "林",
    "1 character, in most mail": "の",
    "2 characters, a surname": "佐藤",
    "2 characters": "退会",
    "3+ characters, in most mail": "個人情報",
    "3+ characters, in a sixth": "配信停止",
    "3+ characters, full-width for GDPR": "ＧＤＰＲ",
    "an address": "hanako.suzuki4",
}
BUDGET_S = 0.1
_FIELDS = ("subject", "from_name", "from_address", "body_text")


def median_time(call) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _index_sql(dialect: str, word: str) -> tuple[str, dict[str, object]]:
    """The search's question in hand-written SQL: the first LIMIT tickets, newest first, with a message
    containing the folded word, as the index answers it."""
    folded = search.fold(word)
    if dialect == "sqlite":
        if len(folded) >= search.MIN_INDEXED_LENGTH:
            table, query = "message_search", '"' + folded.replace('"', '""') + '"'
        else:
            table, query = "message_search_grams", '"' + folded.encode().hex() + '"'
        found = f"SELECT rowid FROM {table} WHERE {table} MATCH :q"
        value: object = query
    elif len(folded) >= search.MIN_INDEXED_LENGTH:
        found, value = "SELECT message_id FROM message_search WHERE text LIKE :q", f"%{folded}%"
    else:
        found, value = "SELECT message_id FROM message_search WHERE grams && ARRAY[CAST(:q AS text)]", folded
    sql = (
        "SELECT id FROM tickets WHERE merged_into_id IS NULL AND id IN "
        f"(SELECT ticket_id FROM messages WHERE id IN ({found})) "
        f"ORDER BY received_at DESC, id DESC LIMIT {LIMIT}"
    )
    return sql, {"q": value}


def _scan_sql(dialect: str) -> str:
    """Every ticket with a message containing the word as stored (not folded): a scan of all text."""
    position = "instr({0}, :w) > 0" if dialect == "sqlite" else "strpos({0}, :w) > 0"
    found = " OR ".join(position.format(name) for name in _FIELDS)
    return f"SELECT count(DISTINCT ticket_id) FROM messages WHERE {found}"


def measure(services, label: str, words: dict[str, str]) -> dict[str, float]:
    tickets = services.tickets
    dialect = services.db.engine.dialect.name
    results: dict[str, float] = {}
    with services.db.engine.connect() as connection:
        for what, word in words.items():
            elapsed, page = median_time(lambda word=word: tickets.page(TicketFilter(text=word), limit=100))
            sql, params = _index_sql(dialect, word)
            raw, _ = median_time(lambda sql=sql, params=params: connection.execute(text(sql), params).all())
            start = time.perf_counter()
            scanned = connection.execute(text(_scan_sql(dialect)), {"w": word}).scalar_one()
            scan = time.perf_counter() - start
            every = len(tickets.ticket_ids(TicketFilter(text=word)))
            complete = "" if search.fold(word) != word else ("complete" if every == scanned else "INCOMPLETE")
            results[what] = elapsed
            print(
                f"[{label}] {word} ({what}): {'' if page.total_exact else 'more than '}{page.total} "
                f"in {elapsed * 1000:.1f} ms; raw SQL on the index {raw * 1000:.1f} ms "
                f"(×{elapsed / raw:.2f}); scan of all text {scan * 1000:.0f} ms; "
                f"all {every} tickets vs scan {scanned} {complete}"
            )
    return results


def run(url: str, label: str, count: int) -> dict[str, float]:
    services = open_services(url, login="bench")
    try:
        start = time.perf_counter()
        build(services, count, analyze=False)
        print(f"[{label}] built {count} tickets in {time.perf_counter() - start:.1f} s")
        before = {w: WORDS[w] for w in ("1 character, a surname", "3+ characters, in a sixth")}
        measure(services, f"{label}, before optimize", before)
        start = time.perf_counter()
        search.optimize(services.db.engine)
        print(f"[{label}] search.optimize in {time.perf_counter() - start:.1f} s")
        return measure(services, label, WORDS)
    finally:
        services.close()


def main(count: int = TICKETS) -> dict[str, float]:
    results = {}
    with tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("PRIVACY_DESK_HOME", home)
        sqlite = run(f"sqlite:///{Path(home) / 'bench.sqlite3'}", "SQLite", count)
        results.update({f"sqlite {k}": v for k, v in sqlite.items()})
    pg_url = os.environ.get("PRIVACY_DESK_BENCH_PG_URL")
    if pg_url:
        _empty_postgresql(pg_url)
        results.update({f"postgresql {k}": v for k, v in run(pg_url, "PostgreSQL", count).items()})
    worst = max(results, key=results.__getitem__)
    print(f"ratio: slowest search ({worst}) {results[worst] / BUDGET_S:.2f} of the 100 ms budget")
    return results


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else TICKETS)
