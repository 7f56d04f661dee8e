"""Numbers given out per series and year (PD-2026-000042, REQ-2026-0042): one counter table for every
feature, so a new one (incidents, holdings) adds a series, not a table."""

from __future__ import annotations

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from privacy_desk.services.core.rows import insert_ignoring_conflict
from privacy_desk.storage.models import Counter

_COUNTERS = Counter.__table__
_BUMP = (
    update(_COUNTERS)
    .where(_COUNTERS.c.series == bindparam("bump_series"), _COUNTERS.c.year == bindparam("bump_year"))
    .values(last_number=_COUNTERS.c.last_number + 1)
    .returning(_COUNTERS.c.last_number)
)


def next_number(session: Session, series: str, year: int) -> int:
    """The next number of `series` in `year`. The UPDATE locks the counter's row until commit
    (PostgreSQL) or takes the database's write lock (SQLite), so two desks never get the same number."""
    params = {"bump_series": series, "bump_year": year}
    number = session.execute(_BUMP, params).scalar()
    if number is None:
        row = {"series": series, "year": year, "last_number": 0}
        insert_ignoring_conflict(session, _COUNTERS, row, ("series", "year"))
        number = session.execute(_BUMP, params).scalar_one()
    return int(number)


_WRITE_BACK = (
    update(_COUNTERS)
    .where(_COUNTERS.c.series == bindparam("bump_series"), _COUNTERS.c.year == bindparam("bump_year"))
    .values(last_number=bindparam("last"))
)


class NumberBlock:
    """Numbers of one series handed out within one transaction, counted in Python and written back in
    one statement (`write`) before it commits: a mail import's batch numbers its new tickets without an
    UPDATE each. The first number of a year takes the counter as `next_number` does (its row locked
    until commit, or SQLite's write lock), so no other desk numbers in between. Only for a transaction
    that is committed or rolled back whole: a savepoint rolled back would not take a number back."""

    def __init__(self, series: str) -> None:
        self._series = series
        self._last: dict[int, int] = {}

    def next(self, session: Session, year: int) -> int:
        last = self._last.get(year)
        if last is None:
            last = next_number(session, self._series, year)  # taken (and locked) here, counted on below
        else:
            last += 1
        self._last[year] = last
        return last

    def write(self, session: Session) -> None:
        """Store the last number of each year handed out (the first was stored when it was taken)."""
        rows = [{"bump_series": self._series, "bump_year": y, "last": n} for y, n in self._last.items()]
        if rows:
            session.execute(_WRITE_BACK, rows)
        self._last = {}
