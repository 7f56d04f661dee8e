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

Each word's two timings are medians over RUNS rounds in which every word is searched once (interleaved:
the load of a shared machine changes from one second to the next). `--postgresql-only` skips SQLite,
`--reuse` measures a PostgreSQL database an earlier run built (of as many tickets) instead of emptying
and building it again (minutes), `--explain` prints EXPLAIN (ANALYZE, BUFFERS) of each search's query,
the statement the Inbox sends, captured as it is sent.

python benchmarks/bench_search.py [N] [--postgresql-only] [--reuse] [--explain]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event, text

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


def interleaved_medians(calls: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The median time of each call over RUNS rounds, each round calling every one once: on a shared
    machine the load changes from second to second, and one call timed RUNS times in a row would be
    measured under a different load than the next."""
    times: dict[str, list[float]] = {key: [] for key in calls}
    for _ in range(RUNS):
        for key, call in calls.items():
            start = time.perf_counter()
            call()
            times[key].append(time.perf_counter() - start)
    return {key: statistics.median(values) for key, values in times.items()}


class Statements:
    """The SQL statements a call sends, as the driver gets them (for EXPLAIN of the Inbox's own query)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sent: list[tuple[str, object]] = []

    def _record(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.sent.append((statement, parameters))

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


def explain_search(services, word: str) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of the statement that finds a search's tickets (PostgreSQL): which plan,
    how many pages of which table (the brief of issue 10 §9 asks each idea to be measured so)."""
    engine = services.db.engine
    with Statements(engine) as statements:
        services.tickets.page(TicketFilter(text=word), limit=100)
    found = [(sql, params) for sql, params in statements.sent if search.POSTGRESQL_TABLE in sql]
    with engine.connect() as connection:
        for sql, params in found[:1]:
            plan = connection.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params).scalars()
            print(f"--- EXPLAIN (ANALYZE, BUFFERS) for {word}:\n" + "\n".join(plan))


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


def measure(services, label: str, words: dict[str, str], *, explain: bool = False) -> dict[str, float]:
    """Each word's search timed as the Inbox makes it and as hand-written SQL on the index, interleaved
    (`interleaved_medians`); then checked complete against a scan of all text."""
    tickets = services.tickets
    dialect = services.db.engine.dialect.name
    with services.db.engine.connect() as connection:
        calls: dict[str, Callable[[], object]] = {}
        for what, word in words.items():
            sql, params = _index_sql(dialect, word)
            calls[f"page {what}"] = lambda word=word: tickets.page(TicketFilter(text=word), limit=100)
            calls[f"raw {what}"] = lambda sql=sql, params=params: connection.execute(text(sql), params).all()
        medians = interleaved_medians(calls)
        results: dict[str, float] = {}
        for what, word in words.items():
            page = tickets.page(TicketFilter(text=word), limit=100)
            elapsed, raw = medians[f"page {what}"], medians[f"raw {what}"]
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
    if explain and dialect == "postgresql":
        for word in words.values():
            explain_search(services, word)
    return results


def _built(services, count: int) -> bool:
    """Whether the database holds `count` tickets already (from an earlier run kept with --reuse)."""
    with services.db.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM tickets")).scalar_one() == count


def run(url: str, label: str, count: int, *, reuse: bool = False, explain: bool = False) -> dict[str, float]:
    services = open_services(url, login="bench")
    try:
        if reuse and _built(services, count):
            print(f"[{label}] reusing the {count} tickets built before")
            return measure(services, label, WORDS, explain=explain)
        start = time.perf_counter()
        build(services, count, analyze=False)
        print(f"[{label}] built {count} tickets in {time.perf_counter() - start:.1f} s")
        before = {w: WORDS[w] for w in ("1 character, a surname", "3+ characters, in a sixth")}
        measure(services, f"{label}, before optimize", before)
        start = time.perf_counter()
        search.optimize(services.db.engine)
        print(f"[{label}] search.optimize in {time.perf_counter() - start:.1f} s")
        return measure(services, label, WORDS, explain=explain)
    finally:
        services.close()


def main(count: int = TICKETS, *, postgresql_only: bool = False, reuse: bool = False, explain: bool = False):
    results = {}
    with tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("PRIVACY_DESK_HOME", home)
        if not postgresql_only:
            sqlite = run(f"sqlite:///{Path(home) / 'bench.sqlite3'}", "SQLite", count)
            results.update({f"sqlite {k}": v for k, v in sqlite.items()})
        pg_url = os.environ.get("PRIVACY_DESK_BENCH_PG_URL")
        if pg_url:
            if not reuse:
                _empty_postgresql(pg_url)
            measured = run(pg_url, "PostgreSQL", count, reuse=reuse, explain=explain)
            results.update({f"postgresql {k}": v for k, v in measured.items()})
    worst = max(results, key=results.__getitem__)
    print(f"ratio: slowest search ({worst}) {results[worst] / BUDGET_S:.2f} of the 100 ms budget")
    return results


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=TICKETS, help="tickets to build")
    parser.add_argument("--postgresql-only", action="store_true", help="skip SQLite")
    parser.add_argument(
        "--reuse", action="store_true", help="keep a PostgreSQL database that holds COUNT tickets already"
    )
    parser.add_argument("--explain", action="store_true", help="EXPLAIN (ANALYZE, BUFFERS) each search")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    main(
        arguments.count,
        postgresql_only=arguments.postgresql_only,
        reuse=arguments.reuse,
        explain=arguments.explain,
    )
