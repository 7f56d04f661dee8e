"""After a large import the planner gets fresh statistics (`search.optimize`): without them PostgreSQL
chose a plan that took a second for a one-character search at 100,000 tickets."""

from __future__ import annotations

from helpers.factories import make_ticket
from sqlalchemy import text

from privacy_desk.services.tickets.service import TicketFilter
from privacy_desk.storage import search


def _statistics(services) -> set[str]:
    """The tables the planner has statistics for."""
    with services.db.engine.connect() as connection:
        if services.db.engine.dialect.name == "sqlite":
            exists = connection.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"))
            if exists.first() is None:
                return set()
            return set(connection.execute(text("SELECT tbl FROM sqlite_stat1")).scalars())
        analysed = "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
        return set(connection.execute(text(analysed)).scalars())


def test_optimize_gives_the_planner_statistics_of_the_tables_a_search_reads(services):
    for n in range(3):
        make_ticket(services, f"o{n}@example.jp", subject=f"開示請求 {n}", origin=str(n))
    assert not {"tickets", "messages"} & _statistics(services)

    search.optimize(services.db.engine)

    assert {"tickets", "messages"} <= _statistics(services)
    if services.db.engine.dialect.name == "postgresql":
        assert search.POSTGRESQL_TABLE in _statistics(services)
    assert len(services.tickets.ticket_ids(TicketFilter(text="開示"))) == 3  # and search still answers
