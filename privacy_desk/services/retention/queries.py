"""The register's lists and the calendar: holdings by filter, what falls due, what is overdue, which
holds come up for review, and each day's counts. Dates are the stored ones (store.store_dates), so
each list is one query, and the statuses are the domain's (domain.retention.holding_status)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from privacy_desk.domain.retention import HoldingStatus
from privacy_desk.services.retention.records import DayCounts, HoldingFilter, HoldingRow
from privacy_desk.services.retention.store import RetentionPolicy, holding_rows
from privacy_desk.storage.models import RetentionCategory, RetentionHold, RetentionHolding

_OPEN_HOLD = exists().where(
    RetentionHold.holding_id == RetentionHolding.id, RetentionHold.released_on.is_(None)
)


def _contains(column: SQLColumnExpression[str], text: str) -> ColumnElement[bool]:
    """Case-insensitive "contains" on both databases (LIKE with the wildcards of `text` escaped)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped.lower()}%", escape="\\")


def filtered(holding_filter: HoldingFilter) -> Select[RetentionHolding]:
    """The holdings the filter's category, system, owner and text keep, in reference order."""
    query = select(RetentionHolding).join(
        RetentionCategory, RetentionCategory.id == RetentionHolding.category_id
    )
    if holding_filter.category_id is not None:
        query = query.where(RetentionHolding.category_id == holding_filter.category_id)
    if holding_filter.system.strip():
        query = query.where(_contains(RetentionCategory.systems, holding_filter.system.strip()))
    if holding_filter.owner.strip():
        query = query.where(_contains(RetentionCategory.owner, holding_filter.owner.strip()))
    text = holding_filter.text.strip()
    if text:
        query = query.where(
            or_(
                *(
                    _contains(column, text)
                    for column in (
                        RetentionHolding.ref,
                        RetentionHolding.name,
                        RetentionHolding.location,
                        RetentionCategory.name,
                        RetentionCategory.name_en,
                    )
                )
            )
        )
    return query.order_by(RetentionHolding.ref)


def _rows(
    session: Session,
    query: Select[RetentionHolding],
    holding_filter: HoldingFilter,
    *,
    as_of: date,
    policy: RetentionPolicy,
) -> list[HoldingRow]:
    rows = holding_rows(session, list(session.scalars(query)), as_of=as_of, policy=policy)
    if holding_filter.statuses:
        rows = [row for row in rows if row.status in holding_filter.statuses]
    return rows


def holdings(
    session: Session, holding_filter: HoldingFilter, *, as_of: date, policy: RetentionPolicy
) -> list[HoldingRow]:
    return _rows(session, filtered(holding_filter), holding_filter, as_of=as_of, policy=policy)


def _due_query(holding_filter: HoldingFilter) -> Select[RetentionHolding]:
    """Holdings that fall due and are neither disposed of nor on a hold."""
    return filtered(holding_filter).where(
        RetentionHolding.delete_from.is_not(None), not_(RetentionHolding.disposed), not_(_OPEN_HOLD)
    )


def due_between(
    session: Session,
    start: date,
    end: date,
    holding_filter: HoldingFilter,
    *,
    as_of: date,
    policy: RetentionPolicy,
) -> list[HoldingRow]:
    """Holdings whose deletion is due from a day in [start, end], by that day."""
    query = _due_query(holding_filter).where(RetentionHolding.delete_from.between(start, end))
    rows = _rows(session, query, holding_filter, as_of=as_of, policy=policy)
    return sorted(rows, key=lambda row: (row.delete_from, row.ref))


def overdue(
    session: Session, as_of: date, holding_filter: HoldingFilter, *, policy: RetentionPolicy
) -> list[HoldingRow]:
    """Holdings overdue on `as_of`: due longer than the grace, not disposed of, not on a hold."""
    last_due = as_of - timedelta(days=policy.grace_days + 1)
    query = _due_query(holding_filter).where(RetentionHolding.delete_from <= last_due)
    rows = _rows(session, query, holding_filter, as_of=as_of, policy=policy)
    return sorted(rows, key=lambda row: (row.delete_from, row.ref))


def _review_query(holding_filter: HoldingFilter, start: date, end: date) -> Select[RetentionHolding]:
    return (
        filtered(holding_filter)
        .join(
            RetentionHold,
            and_(RetentionHold.holding_id == RetentionHolding.id, RetentionHold.released_on.is_(None)),
        )
        .where(not_(RetentionHolding.disposed), RetentionHold.review_on.between(start, end))
    )


def reviews_between(
    session: Session,
    start: date,
    end: date,
    holding_filter: HoldingFilter,
    *,
    as_of: date,
    policy: RetentionPolicy,
) -> list[HoldingRow]:
    """Held holdings whose review date is in [start, end], by that date."""
    rows = _rows(
        session, _review_query(holding_filter, start, end), holding_filter, as_of=as_of, policy=policy
    )
    return sorted(rows, key=lambda row: (row.hold.review_on if row.hold else row.trigger_on, row.ref))


def day_counts(
    session: Session,
    start: date,
    end: date,
    holding_filter: HoldingFilter,
    *,
    as_of: date,
    policy: RetentionPolicy,
) -> list[DayCounts]:
    """Per day of [start, end] with anything: holdings due from it (still due, or overdue now when the
    day has passed without a disposal) and holds to review on it."""
    due: Counter[date] = Counter()
    late: Counter[date] = Counter()
    for row in due_between(session, start, end, holding_filter, as_of=as_of, policy=policy):
        assert row.delete_from is not None  # the due query keeps only holdings with a date
        (late if row.status is HoldingStatus.OVERDUE else due)[row.delete_from] += 1
    review: Counter[date] = Counter()
    for row in reviews_between(session, start, end, holding_filter, as_of=as_of, policy=policy):
        assert row.hold is not None
        review[row.hold.review_on] += 1
    days = sorted(set(due) | set(late) | set(review))
    return [DayCounts(day, due[day], late[day], review[day]) for day in days]


def agenda_rows(session: Session, start: date | None, end: date) -> list[tuple[date, str, str, str]]:
    """(day, ref, name, kind) of what Today lists: a due holding on its delete_from, a hold on its
    review date ("due" or "review"), not disposed of. `start` None: however long ago."""
    due = select(RetentionHolding.delete_from, RetentionHolding.ref, RetentionHolding.name).where(
        RetentionHolding.delete_from.is_not(None),
        RetentionHolding.delete_from <= end,
        not_(RetentionHolding.disposed),
        not_(_OPEN_HOLD),
    )
    review = (
        select(RetentionHold.review_on, RetentionHolding.ref, RetentionHolding.name)
        .join(RetentionHolding, RetentionHolding.id == RetentionHold.holding_id)
        .where(
            RetentionHold.released_on.is_(None),
            RetentionHold.review_on <= end,
            not_(RetentionHolding.disposed),
        )
    )
    if start is not None:
        due = due.where(RetentionHolding.delete_from >= start)
        review = review.where(RetentionHold.review_on >= start)
    rows = [(day, ref, name, "due") for day, ref, name in session.execute(due) if day is not None]
    rows += [(day, ref, name, "review") for day, ref, name in session.execute(review)]
    return sorted(rows)
