"""Reading tickets: the Inbox's pages (filter, sort, search) and the agenda's part (one ticket with its
thread is thread.py).

Rows are plain frozen dataclasses, never ORM objects. A page is one query on `tickets` (whose row
summarises its thread) joined to users and persons by primary key, plus one count.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import (
    OPEN_STATUSES,
    REF_PATTERN,
    Channel,
    TicketCategory,
    TicketStatus,
    format_ref,
)
from privacy_desk.storage import search
from privacy_desk.storage.models import Message, Person, Ticket, User

# A search counts its matches up to this many (further when paged further); beyond, the Inbox says
# "more than".
SEARCH_COUNT_LIMIT = 1000


class TicketSort(StrEnum):
    RECEIVED_AT = "received_at"
    LAST_MESSAGE_AT = "last_message_at"
    REF = "ref"
    SUBJECT = "subject"
    STATUS = "status"
    CATEGORY = "category"
    CHANNEL = "channel"
    FROM = "from"
    DUE = "due"
    MESSAGES = "messages"


# The table's columns, not the ORM class's: an ORM-enabled select costs about twice as much to run.
_T = Ticket.__table__.c

_SORT_COLUMNS = {
    TicketSort.RECEIVED_AT: _T.received_at,
    TicketSort.LAST_MESSAGE_AT: _T.last_message_at,
    TicketSort.REF: _T.ref,
    TicketSort.SUBJECT: _T.subject,
    TicketSort.STATUS: _T.status,
    TicketSort.CATEGORY: _T.category,
    TicketSort.CHANNEL: _T.channel,
    TicketSort.FROM: _T.from_name,
    TicketSort.DUE: _T.first_response_due,
    TicketSort.MESSAGES: _T.message_count,
}


@dataclass(frozen=True)
class TicketFilter:
    """Which tickets a list shows. Empty sets mean "any"; `text` is searched in subject, sender and
    body of every message (words separated by spaces must all occur) or taken as a reference."""

    statuses: frozenset[TicketStatus] = frozenset()
    categories: frozenset[TicketCategory] = frozenset()
    channels: frozenset[Channel] = frozenset()
    assignee_id: int | None = None
    unassigned: bool = False
    overdue: bool = False
    unread_only: bool = False
    person_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class TicketListRow:
    id: int
    ref: str
    subject: str
    status: TicketStatus
    category: TicketCategory
    category_confirmed: bool
    suggested_category: TicketCategory | None
    channel: Channel
    from_address: str
    from_name: str
    person_id: int | None
    person_name: str | None
    assignee_id: int | None
    assignee_name: str | None
    received_at: datetime
    last_message_at: datetime
    first_response_due: date | None
    first_responded_at: datetime | None
    overdue: bool
    unread: bool
    message_count: int
    attachments_not_stored: int
    possibly_related_to_ref: str | None
    version: int = 1  # what a change sends back so that a stale one is refused (services.core.versions)


@dataclass(frozen=True)
class TicketPage:
    rows: list[TicketListRow]
    total: int
    total_exact: bool = True  # False: a search found more than `total` and stopped counting
    # Search words that were searched in a limited way: none any more, every word is searched in every
    # message (storage/search.py). Kept until the Inbox drops the tooltip that names them.
    short_terms: tuple[str, ...] = ()
    seek: bool = False  # the next page is asked for `after` this page's last row (keyset), not by offset


@cache  # built once: making the aliases and the select cost more than running it for a page
def _row_columns() -> Select[*tuple[Any, ...]]:
    # On the tables, not the ORM classes: an ORM-enabled select costs about twice as much to run, and
    # its rows are turned into TicketListRow here anyway.
    tickets = Ticket.__table__
    assignee = User.__table__.alias("assignee")
    person = Person.__table__.alias("person")
    related = tickets.alias("related")
    c = tickets.c
    columns = (
        c.id,
        c.ref,
        c.subject,
        c.status,
        c.category,
        c.category_confirmed,
        c.suggested_category,
        c.channel,
        c.from_address,
        c.from_name,
        c.person_id,
        person.c.name,
        c.assignee_id,
        assignee.c.display_name,
        c.received_at,
        c.last_message_at,
        c.first_response_due,
        c.first_responded_at,
        c.unread,
        c.message_count,
        c.attachments_not_stored,
        related.c.ref,
        c.version,
    )
    joined = (
        tickets.outerjoin(assignee, assignee.c.id == c.assignee_id)
        .outerjoin(person, person.c.id == c.person_id)
        .outerjoin(related, related.c.id == c.possibly_related_to_id)
    )
    return select(*columns).select_from(joined)


# The stored values' members, looked up in a dict: calling the enum for each column of each row was a
# fifth of building a page.
_STATUSES = {s.value: s for s in TicketStatus}
_CATEGORIES = {c.value: c for c in TicketCategory}
_CHANNELS = {c.value: c for c in Channel}


def _to_row(values: Sequence[Any], today: date) -> TicketListRow:
    (
        id_,
        ref,
        subject,
        status,
        category,
        confirmed,
        suggested,
        channel,
        from_address,
        from_name,
        person_id,
        person_name,
        assignee_id,
        assignee_name,
        received_at,
        last_message_at,
        due,
        responded_at,
        unread,
        message_count,
        not_stored,
        related_ref,
        version,
    ) = values
    status = _STATUSES[status]
    return TicketListRow(
        id=id_,
        ref=ref,
        subject=subject,
        status=status,
        category=_CATEGORIES[category],
        category_confirmed=confirmed,
        suggested_category=_CATEGORIES[suggested] if suggested else None,
        channel=_CHANNELS[channel],
        from_address=from_address,
        from_name=from_name,
        person_id=person_id,
        person_name=person_name,
        assignee_id=assignee_id,
        assignee_name=assignee_name,
        received_at=received_at,
        last_message_at=last_message_at,
        first_response_due=due,
        first_responded_at=responded_at,
        overdue=awaiting_first_response(status, responded_at) and due is not None and due < today,
        unread=unread,
        message_count=message_count,
        attachments_not_stored=not_stored,
        possibly_related_to_ref=related_ref,
        version=version,
    )


def awaiting_first_response(status: TicketStatus, responded_at: datetime | None) -> bool:
    return responded_at is None and status in OPEN_STATUSES


def _awaiting_condition() -> ColumnElement[bool]:
    return and_(_T.first_responded_at.is_(None), _T.status.in_([s.value for s in OPEN_STATUSES]))


def split_terms(text: str) -> list[str]:
    """Search words: separated by any space (also the full-width one), each once."""
    terms: list[str] = []
    for term in text.split():
        if term not in terms:
            terms.append(term)
    return terms


def _term_condition(session: Session, term: str) -> ColumnElement[bool]:
    normalized = unicodedata.normalize("NFKC", term)
    ref = REF_PATTERN.fullmatch(normalized.upper())
    if ref is not None:
        return _T.ref == format_ref(int(ref.group(1)), int(ref.group(2)))
    messages = search.message_condition(session, term)
    # A word in most mail (個人情報 at a privacy desk): better walk the list in its sort order and test
    # each ticket than fetch and sort every match. `+` keeps SQLite off the primary key.
    ticket_id = literal_column("+tickets.id") if search.is_common(session, term) else _T.id
    return ticket_id.in_(select(Message.__table__.c.ticket_id).where(messages))


def _conditions(session: Session, filters: TicketFilter, today: date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [_T.merged_into_id.is_(None)]
    if filters.statuses:
        conditions.append(_T.status.in_(sorted(s.value for s in filters.statuses)))
    else:  # junk only when asked for by name (the Inbox's Junk filter); `!=` keeps the sort's index
        conditions.append(_T.status != TicketStatus.JUNK.value)
    if filters.categories:
        conditions.append(_T.category.in_(sorted(c.value for c in filters.categories)))
    if filters.channels:
        conditions.append(_T.channel.in_(sorted(c.value for c in filters.channels)))
    if filters.unassigned:
        conditions.append(_T.assignee_id.is_(None))
    elif filters.assignee_id is not None:
        conditions.append(_T.assignee_id == filters.assignee_id)
    if filters.person_id is not None:
        conditions.append(_T.person_id == filters.person_id)
    if filters.unread_only:
        conditions.append(_T.unread.is_(True))
    if filters.overdue:
        conditions.append(_awaiting_condition())
        conditions.append(_T.first_response_due < today)
    conditions.extend(_term_condition(session, term) for term in split_terms(filters.text))
    return conditions


_ROW_VALUES = {
    TicketSort.RECEIVED_AT: lambda r: r.received_at,
    TicketSort.LAST_MESSAGE_AT: lambda r: r.last_message_at,
    TicketSort.REF: lambda r: r.ref,
    TicketSort.SUBJECT: lambda r: r.subject,
    TicketSort.STATUS: lambda r: r.status.value,
    TicketSort.CATEGORY: lambda r: r.category.value,
    TicketSort.CHANNEL: lambda r: r.channel.value,
    TicketSort.FROM: lambda r: r.from_name,
    TicketSort.DUE: lambda r: r.first_response_due,
    TicketSort.MESSAGES: lambda r: r.message_count,
}


def _order(sort: TicketSort, descending: bool) -> tuple[Any, Any]:
    """The list's order, the id breaking ties. A missing due date sorts lowest on both databases
    (SQLite's rule; PostgreSQL is told), so a page can seek past it the same way."""
    column = _SORT_COLUMNS[sort]
    if descending:
        key = column.desc().nulls_last() if sort is TicketSort.DUE else column.desc()
        return key, _T.id.desc()
    key = column.asc().nulls_first() if sort is TicketSort.DUE else column.asc()
    return key, _T.id.asc()


def _after(sort: TicketSort, descending: bool, row: TicketListRow) -> ColumnElement[bool]:
    """The rows after `row` in the list's order (keyset paging): one seek in the sort column's index
    instead of reading and dropping every row before it, as OFFSET does."""
    column, value = _SORT_COLUMNS[sort], _ROW_VALUES[sort](row)
    pair = tuple_(column, _T.id)
    if value is None:  # only a due date is ever missing: those rows come first ascending, last descending
        if descending:
            return and_(column.is_(None), _T.id < row.id)
        return or_(column.is_not(None), and_(column.is_(None), _T.id > row.id))
    key = tuple_(literal(value, column.type), literal(row.id))
    if not descending:
        return pair > key
    # Descending, the missing due dates come after every date (the other columns always have a value,
    # and an OR there would keep the planner from seeking).
    return or_(pair < key, column.is_(None)) if sort is TicketSort.DUE else pair < key


def page(
    session: Session,
    filters: TicketFilter,
    *,
    today: date,
    offset: int = 0,
    limit: int = 100,
    sort: TicketSort = TicketSort.RECEIVED_AT,
    descending: bool = True,
    after: TicketListRow | None = None,
) -> TicketPage:
    """A page of the list and its count. `after` (the last row of the page before): the next page by
    keyset, without a count (`total` 0, `seek` True: the list keeps the count of the first page); else
    the page at `offset`, counted."""
    conditions = _conditions(session, filters, today)
    order = _order(sort, descending)
    # Sort and cut on the narrow (key, id) pairs first, then fetch the page's rows by id: the joins
    # and the wide columns are read for one page, not for every ticket a search matched.
    statement = select(_T.id).where(*conditions).order_by(*order)
    offset, limit = max(offset, 0), max(limit, 0)
    if filters.text.strip():
        # A search answers page and count in one pass: the ids of the first SEARCH_COUNT_LIMIT + 1
        # matches (or up to this page), so the scan or index lookup behind each word runs once and
        # stops early when a word is common.
        wanted = max(offset + limit, SEARCH_COUNT_LIMIT + 1)
        found = list(session.scalars(statement.limit(wanted)))
        exact = len(found) < wanted
        total = len(found) if exact else wanted - 1
        return TicketPage(rows_by_id(session, found[offset : offset + limit], today=today), total, exact)
    if after is not None:
        # The next page in one statement: the seek walks the sort's index and stops after `limit` rows,
        # so the joins are made for this page's rows only.
        seek = _row_columns().where(*conditions, _after(sort, descending, after)).order_by(*order)
        rows = [_to_row(values, today) for values in session.execute(seek.limit(limit))]
        return TicketPage(rows, 0, seek=True)
    ids = list(session.scalars(statement.offset(offset).limit(limit)))
    return TicketPage(rows_by_id(session, ids, today=today), _count(session, conditions), seek=True)


def ticket_ids(
    session: Session,
    filters: TicketFilter,
    *,
    today: date,
    sort: TicketSort = TicketSort.RECEIVED_AT,
    descending: bool = True,
) -> list[int]:
    """The ids of every ticket the filter selects, in list order (for id-backed views and exports)."""
    conditions = _conditions(session, filters, today)
    return list(session.scalars(select(_T.id).where(*conditions).order_by(*_order(sort, descending))))


def _count(session: Session, conditions: Sequence[ColumnElement[bool]]) -> int:
    return session.execute(select(func.count()).select_from(Ticket.__table__).where(*conditions)).scalar_one()


_ROW_ID = Ticket.__table__.c.id


def rows_by_id(session: Session, ids: Sequence[int], *, today: date) -> list[TicketListRow]:
    """Fresh rows for these tickets, in the order given (missing ones left out): what a view asks for
    after a change notice names the tickets that changed."""
    if not ids:
        return []
    found = {
        row.id: row
        for row in (
            _to_row(values, today) for values in session.execute(_row_columns().where(_ROW_ID.in_(ids)))
        )
    }
    return [found[i] for i in ids if i in found]


# -- the Today page's part ---------------------------------------------------------------------------


def _agenda_conditions(start: date | None, end: date) -> list[ColumnElement[bool]]:
    """Open tickets whose first response is due from `start` (None: any day before) to `end`."""
    conditions = [
        _T.merged_into_id.is_(None),
        _T.first_responded_at.is_(None),
        _T.status.in_([s.value for s in OPEN_STATUSES]),  # never junk
        _T.first_response_due <= end,
    ]
    if start is not None:
        conditions.append(_T.first_response_due >= start)
    return conditions


def agenda_rows(
    session: Session, start: date | None, end: date, limit: int | None
) -> list[tuple[str, str, date, str]]:
    """(ref, subject, due, category) of the first `limit` tickets due in the span, by due date and
    reference: the index on the due date is walked in order and the walk stops after `limit`."""
    statement = (
        select(_T.ref, _T.subject, _T.first_response_due, _T.category)
        .where(*_agenda_conditions(start, end))
        .order_by(_T.first_response_due, _T.ref)
        .limit(limit)
    )
    rows = session.execute(statement)
    return [(ref, subject, due, category) for ref, subject, due, category in rows if due is not None]


def agenda_count(session: Session, start: date | None, end: date) -> int:
    return _count(session, _agenda_conditions(start, end))
