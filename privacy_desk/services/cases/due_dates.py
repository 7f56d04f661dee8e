"""Cases keep their computed due dates (migration 0010), so lists and the agenda filter, sort and page
in SQL instead of computing every case's dates on every read.

A stored date is right while three things hold: the case's own facts and pauses are as they were (every
write stores the dates again, `store_due_dates`, in its unit of work), the office settings the dates
depend on are the same (`due_stamp` names them: closure days, days allowed, the holiday calendar) and,
for a case whose clock depends on the day (a pause still open, or one dated ahead), the day is the same
(`due_as_of`). `refresh_due_dates` recomputes the rows that fail the last two before a list or the
agenda reads them: after an upgrade (every stamp is NULL), a settings change, or the first read of a day.
The dates are derived data: storing them is not a new version of the case and is not audited.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import holidays
from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from privacy_desk.domain.case_deadlines import Pause, PauseReason
from privacy_desk.domain.requests import RequestType
from privacy_desk.services.cases.store import CasePolicy, deadlines_of
from privacy_desk.storage.engine import is_read_only_refusal
from privacy_desk.storage.models import Case, CasePause

CHUNK = 900  # ids per IN list: under SQLite's old limit of 999 parameters


def policy_stamp(policy: CasePolicy) -> str:
    """What the stored dates were computed under: the days allowed per type, the company's closure days
    and the version of the national holiday calendar."""
    days = sorted((str(t), n) for t, n in policy.request_policy.internal_due_days.items())
    closures = sorted(d.isoformat() for d in policy.calendar.company_closures)
    text = repr((days, closures, holidays.__version__))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def pauses_by_case(session: Session, ids: Sequence[int]) -> dict[int, list[Pause]]:
    found: dict[int, list[Pause]] = defaultdict(list)
    for start in range(0, len(ids), CHUNK):
        for case_id, reason, start_on, end_on in session.execute(
            select(CasePause.case_id, CasePause.reason, CasePause.start_on, CasePause.end_on).where(
                CasePause.case_id.in_(ids[start : start + CHUNK])
            )
        ):
            found[case_id].append(Pause(start_on, end_on, PauseReason(reason)))
    return found


def _depends_on_day(pauses: Sequence[Pause], today: date) -> bool:
    """A pause counts up to today while open, and one dated ahead starts counting later."""
    return any(p.end is None or p.end > today or p.start > today for p in pauses)


def store_due_dates(session: Session, ids: Sequence[int], policy: CasePolicy, today: date) -> None:
    """Compute and store the due dates of these cases (the caller's transaction; no commit)."""
    ids = list(ids)
    if not ids:
        return
    stamp = policy_stamp(policy)
    pauses = pauses_by_case(session, ids)
    values = []
    for start in range(0, len(ids), CHUNK):
        for id_, kind, received, gdpr, extension in session.execute(
            select(
                Case.id, Case.request_type, Case.received_on, Case.gdpr, Case.gdpr_extension_notice_on
            ).where(Case.id.in_(ids[start : start + CHUNK]))
        ):
            own = pauses.get(id_, [])
            dates = deadlines_of(RequestType(kind), received, gdpr, extension, own, policy, today)
            values.append(
                {
                    "case_id": id_,
                    "due_on": dates.due,
                    "gdpr_due_on": dates.gdpr_due,
                    "due_stamp": stamp,
                    "due_waiting": _depends_on_day(own, today),
                    "due_as_of": today,
                }
            )
    table = Case.__table__
    # Core, not the ORM: the dates are derived, so the case's version (optimistic locking) stays.
    session.execute(
        update(table)
        .where(table.c.id == bindparam("case_id"))
        .values(
            due_on=bindparam("due_on"),
            gdpr_due_on=bindparam("gdpr_due_on"),
            due_stamp=bindparam("due_stamp"),
            due_waiting=bindparam("due_waiting"),
            due_as_of=bindparam("due_as_of"),
        )
        .execution_options(synchronize_session=False),
        values,
    )


def refresh_due_dates(session: Session, policy: CasePolicy, today: date) -> int:
    """Recompute the stored dates that are stale (other settings, or a day-dependent case of an earlier
    day); how many were. Cheap when none are: two index lookups."""
    stamp = policy_stamp(policy)
    stale = list(
        session.scalars(
            select(Case.id).where(
                or_(
                    Case.due_stamp.is_(None),
                    Case.due_stamp != stamp,
                    Case.due_waiting.is_(True) & (Case.due_as_of < today),
                )
            )
        )
    )
    if not stale:
        return 0
    try:
        with session.begin_nested():  # a savepoint: a refused write leaves the read's transaction usable
            store_due_dates(session, stale, policy, today)
    except DBAPIError as exc:
        if not (is_read_only_refusal(exc) or _another_writer(exc)):
            raise
        # A database opened for reading only, or (SQLite) another desk wrote since this read began, so
        # this read may not write (docs/ARCHITECTURE.md §6.4): the dates as last stored, this time; the
        # next read recomputes them.
        return 0
    return len(stale)


def _another_writer(exc: DBAPIError) -> bool:
    """SQLite's SQLITE_BUSY (and BUSY_SNAPSHOT): a transaction that read first cannot write now."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY
