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
