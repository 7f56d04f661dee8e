"""Reading request cases: the Requests list (filter, sort, page) and one case with everything it holds.

Rows are plain frozen dataclasses, never ORM objects. A page filters, sorts and cuts in SQL on the
cases' stored due dates (services/cases/due_dates.py, refreshed first when stale), then computes the
full dates (domain/case_deadlines.py) of that one page's rows only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, case, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from privacy_desk.domain.case_deadlines import Pause, PauseReason, case_deadline_status
from privacy_desk.domain.cases import (
    OPEN_STATES,
    CaseState,
    Decision,
    DeliveryMethod,
    RefusalGround,
    RequesterKind,
)
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, RequestType
from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.services.cases.due_dates import pauses_by_case, refresh_due_dates
from privacy_desk.services.cases.records import (
    CaseAttachmentRow,
    CaseDetail,
    CaseEventRow,
    CaseFilter,
    CaseListRow,
    CasePage,
    CaseSort,
    PauseRow,
    TaskRow,
)
from privacy_desk.services.cases.store import CasePolicy, deadlines_of
from privacy_desk.storage.models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CasePause,
    CaseTask,
    Person,
    Ticket,
    User,
)

# -- conditions and the narrow projection ----------------------------------------------------------


def _conditions(filters: CaseFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.types:
        conditions.append(Case.request_type.in_(sorted(t.value for t in filters.types)))
    states = set(filters.states)
    if filters.open_only or filters.overdue or filters.due_soon:
        states = (states & OPEN_STATES) if states else set(OPEN_STATES)
        if not states:
            conditions.append(Case.id.is_(None))
    if states:
        conditions.append(Case.state.in_(sorted(s.value for s in states)))
    if filters.unassigned:
        conditions.append(Case.assignee_id.is_(None))
    elif filters.assignee_id is not None:
        conditions.append(Case.assignee_id == filters.assignee_id)
    if filters.person_id is not None:
        conditions.append(Case.person_id == filters.person_id)
    if filters.ticket_id is not None:
        conditions.append(Case.ticket_id == filters.ticket_id)
    if filters.gdpr is not None:
        conditions.append(Case.gdpr.is_(filters.gdpr))
    for term in unicodedata.normalize("NFKC", filters.text).split():
        pattern = f"%{term.lower()}%"
        conditions.append(
            or_(
                func.lower(Case.ref).like(pattern),
                func.lower(Person.name).like(pattern),
                func.lower(Person.name_kana).like(pattern),
                func.lower(Person.email).like(pattern),
                func.lower(Case.agent_name).like(pattern),
            )
        )
    return conditions


def _state_order() -> ColumnElement[int]:
    return case({s.value: n for n, s in enumerate(CaseState)}, value=Case.state, else_=len(CaseState))


def _type_order() -> ColumnElement[int]:
    return case(
        {t.value: n for n, t in enumerate(RequestType)}, value=Case.request_type, else_=len(RequestType)
    )


# A case whose dates were never stored (a read-only database not yet upgraded) sorts first, on both
# databases alike (PostgreSQL puts NULL last), and a keyset page can compare past it.
_NO_DUE = date(1, 1, 1)


def _order(sort: CaseSort, assignee: Any) -> list[ColumnElement[Any]]:
    """The list's order in SQL, each ending in the unique reference (a total order, as pages need)."""
    due, ref = func.coalesce(Case.due_on, literal(_NO_DUE, Date)), Case.ref
    orders: dict[CaseSort, list[Any]] = {
        CaseSort.DUE: [due, ref],
        CaseSort.RECEIVED_ON: [Case.received_on, ref],
        CaseSort.REF: [ref],
        CaseSort.STATE: [_state_order(), due, ref],
        CaseSort.TYPE: [_type_order(), due, ref],
        CaseSort.REQUESTER: [Person.name, ref],
        CaseSort.ASSIGNEE: [func.coalesce(assignee.display_name, ""), due, ref],
    }
    return orders[sort]


def _selection(filters: CaseFilter, policy: CasePolicy, today: date) -> tuple[list[ColumnElement[bool]], Any]:
    """The conditions on the stored due dates (refreshed first, due_dates.py) and the assignee alias."""
    conditions = _conditions(filters)
    if filters.overdue:
        conditions.append(Case.due_on < today)
    elif filters.due_soon:
        conditions.append(Case.due_on <= today + timedelta(days=policy.due_soon_days))
    return conditions, aliased(User)


def _joined(statement: Select[Any], assignee: Any) -> Select[Any]:
    return statement.join(Person, Person.id == Case.person_id).outerjoin(
        assignee, assignee.id == Case.assignee_id
    )


def _after(
    session: Session, keys: list[ColumnElement[Any]], assignee: Any, after_id: int, descending: bool
) -> ColumnElement[bool] | None:
    """The cases after case `after_id` in the list's order (keyset paging): its sort key is read again
    (the row shown may be older than the database), then compared as one row value, every key going the
    same way. None when that case is gone: the caller pages by offset then."""
    marking = _joined(select(*keys).select_from(Case), assignee).where(Case.id == after_id)
    mark = session.execute(marking).first()
    if mark is None:
        return None
    pair = tuple_(*keys)
    marked = tuple_(*(literal(value, key.type) for value, key in zip(mark, keys, strict=True)))
    return pair < marked if descending else pair > marked


def case_ids(
    session: Session,
    filters: CaseFilter,
    *,
    policy: CasePolicy,
    today: date,
    sort: CaseSort = CaseSort.DUE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    after_id: int | None = None,
) -> list[int]:
    """The ids in list order; `after_id`: those after that case (keyset), else from `offset`."""
    refresh_due_dates(session, policy, today)
    conditions, assignee = _selection(filters, policy, today)
    keys = _order(sort, assignee)
    seek = _after(session, keys, assignee, after_id, descending) if after_id is not None else None
    statement = _joined(select(Case.id), assignee).where(*conditions)
    statement = statement.where(seek) if seek is not None else statement.offset(max(offset, 0))
    order = [c.desc() if descending else c.asc() for c in keys]
    return list(session.scalars(statement.order_by(*order).limit(limit)))


def count(session: Session, filters: CaseFilter, *, policy: CasePolicy, today: date) -> int:
    """How many cases the filter selects (after `case_ids` or `page` refreshed the stored dates)."""
    conditions, _ = _selection(filters, policy, today)
    statement = select(func.count()).select_from(Case).where(*conditions)
    if filters.text.strip():
        statement = statement.join(Person, Person.id == Case.person_id)
    return session.execute(statement).scalar_one()


def page(
    session: Session,
    filters: CaseFilter,
    *,
    policy: CasePolicy,
    today: date,
    offset: int = 0,
    limit: int = 100,
    sort: CaseSort = CaseSort.DUE,
    descending: bool = False,
    after: CaseListRow | None = None,
) -> CasePage:
    """One page in SQL on the stored dates. `after` (the last row of the page before): the next page by
    keyset, one seek instead of reading and dropping every row before it; else the page at `offset`.
    One count per query: with the first page (no `after`, offset 0); a further page says 0 and the list
    keeps the count it had."""
    offset, limit = max(offset, 0), max(limit, 0)
    ids = case_ids(
        session,
        filters,
        policy=policy,
        today=today,
        sort=sort,
        descending=descending,
        offset=offset,
        limit=limit,
        after_id=after.id if after is not None else None,
    )
    first = after is None and offset == 0
    total = count(session, filters, policy=policy, today=today) if first else 0
    return CasePage(rows_by_id(session, ids, policy=policy, today=today), total, seek=True)


# -- rows and detail -------------------------------------------------------------------------------


def rows_by_id(session: Session, ids: Sequence[int], *, policy: CasePolicy, today: date) -> list[CaseListRow]:
    """Fresh rows for these cases in the order given (missing ones left out)."""
    if not ids:
        return []
    assignee = aliased(User)
    statement = (
        select(Case, Person.name, Person.name_kana, assignee.display_name, Ticket.ref, Ticket.status)
        .join(Person, Person.id == Case.person_id)
        .outerjoin(assignee, assignee.id == Case.assignee_id)
        .outerjoin(Ticket, Ticket.id == Case.ticket_id)
        .where(Case.id.in_(list(ids)))
    )
    results = session.execute(statement).all()
    pauses = pauses_by_case(session, [r[0].id for r in results])
    found = {
        case.id: _row(case, name, kana, assignee_name, ticket, pauses.get(case.id, []), policy, today)
        for case, name, kana, assignee_name, *ticket in results
    }
    return [found[i] for i in ids if i in found]


def _row(
    case: Case,
    name: str,
    kana: str,
    assignee_name: str | None,
    ticket: Sequence[str | None],  # the source ticket's ref and status (None, None: opened by hand)
    pauses: list[Pause],
    policy: CasePolicy,
    today: date,
) -> CaseListRow:
    state = CaseState(case.state)
    request_type = RequestType(case.request_type)
    dates = deadlines_of(
        request_type, case.received_on, case.gdpr, case.gdpr_extension_notice_on, pauses, policy, today
    )
    waiting = next((p.reason for p in pauses if p.end is None), None)
    return CaseListRow(
        id=case.id,
        ref=case.ref,
        request_type=request_type,
        state=state,
        gdpr=case.gdpr,
        person_id=case.person_id,
        requester_name=name,
        requester_kana=kana,
        requester_kind=RequesterKind(case.requester_kind),
        agent_name=case.agent_name,
        received_on=case.received_on,
        due=dates.due,
        policy_due=dates.policy_due,
        paused_days=dates.paused_days,
        waiting_for=waiting,
        lawsuit_possible_from=dates.lawsuit_possible_from,
        gdpr_due=dates.gdpr_due,
        deadline_status=case_deadline_status(dates.due, today, policy.due_soon_days)
        if state.is_open
        else None,
        assignee_id=case.assignee_id,
        assignee_name=assignee_name,
        ticket_id=case.ticket_id,
        ticket_ref=ticket[0],
        ticket_status=TicketStatus(ticket[1]) if ticket[1] else None,
        decision=Decision(case.decision) if case.decision else None,
        updated_at=case.updated_at,
        version=case.version,
    )


def _user_names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())


def detail(session: Session, case: Case, *, policy: CasePolicy, today: date) -> CaseDetail:
    (row,) = rows_by_id(session, [case.id], policy=policy, today=today)
    person = session.get(Person, case.person_id)
    pauses = list(
        session.scalars(
            select(CasePause).where(CasePause.case_id == case.id).order_by(CasePause.start_on, CasePause.id)
        )
    )
    tasks = list(
        session.scalars(
            select(CaseTask)
            .where(CaseTask.case_id == case.id)
            .order_by(CaseTask.done_at.is_not(None), CaseTask.due_on.is_(None), CaseTask.due_on, CaseTask.id)
        )
    )
    attachments = list(
        session.scalars(
            select(CaseAttachment).where(CaseAttachment.case_id == case.id).order_by(CaseAttachment.id)
        )
    )
    events = list(
        session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at, CaseEvent.id)
        )
    )
    names = _user_names(
        session,
        {
            case.identity_checked_by_id,
            case.identity_override_by_id,
            case.decided_by_id,
            case.approved_by_id,
            *(t.assignee_id for t in tasks),
            *(t.done_by_id for t in tasks),
            *(a.masked_confirmed_by_id for a in attachments),
            *(a.added_by_id for a in attachments),
        },
    )
    return CaseDetail(
        row=row,
        requester_email=person.email if person else "",
        requester_phone=person.phone if person else "",
        requester_address=person.address if person else "",
        agent_contact=case.agent_contact,
        requested_items=case.requested_items,
        delivery_method=DeliveryMethod(case.delivery_method) if case.delivery_method else None,
        delivery_note=case.delivery_note,
        identity_documents=tuple(case.identity_documents or ()),
        identity_note=case.identity_note,
        identity_checked_by_name=names.get(case.identity_checked_by_id),
        identity_checked_at=case.identity_checked_at,
        identity_override_reason=case.identity_override_reason,
        identity_override_by_name=names.get(case.identity_override_by_id),
        identity_override_at=case.identity_override_at,
        fee_allowed=row.request_type in FEE_ALLOWED_TYPES,
        fee_amount=case.fee_amount,
        fee_paid_on=case.fee_paid_on,
        gdpr_extension_notice_on=case.gdpr_extension_notice_on,
        refusal_ground=RefusalGround(case.refusal_ground) if case.refusal_ground else None,
        explanation=case.explanation,
        correction_details=case.correction_details,
        systems_notified=tuple(case.systems_notified or ()),
        decided_by_name=names.get(case.decided_by_id),
        decided_on=case.decided_on,
        approved_by_name=names.get(case.approved_by_id),
        approved_at=case.approved_at,
        responded_on=case.responded_on,
        ended_on=case.ended_on,
        pauses=tuple(PauseRow(p.id, PauseReason(p.reason), p.start_on, p.end_on, p.note) for p in pauses),
        tasks=tuple(
            TaskRow(
                t.id,
                t.title,
                t.due_on,
                t.assignee_id,
                names.get(t.assignee_id),
                t.done_at,
                names.get(t.done_by_id),
                t.created_at,
            )
            for t in tasks
        ),
        attachments=tuple(
            CaseAttachmentRow(
                a.id,
                a.filename,
                a.content_type,
                a.size,
                a.sha256,
                a.identity_document,
                a.shows_my_number,
                names.get(a.masked_confirmed_by_id),
                a.masked_confirmed_at,
                names.get(a.added_by_id),
                a.added_at,
            )
            for a in attachments
        ),
        events=tuple(
            CaseEventRow(e.id, e.at, e.actor_name, e.kind, dict(e.params or {}), e.text) for e in events
        ),
    )


# -- the Today page's part -------------------------------------------------------------------------


_DATES = (Case.due_on, Case.gdpr_due_on)


def _agenda_span(column: Any, start: date | None, end: date) -> list[ColumnElement[bool]]:
    conditions = [Case.state.in_(sorted(s.value for s in OPEN_STATES)), column <= end]
    if start is not None:
        conditions.append(column >= start)
    return conditions


def agenda_rows(
    session: Session, policy: CasePolicy, today: date, start: date | None, end: date, limit: int | None
) -> list[tuple[date, str, str, bool]]:
    """(day, ref, requester, statutory) of the first `limit` open cases' dates in the span, by day and
    reference: the internal due date of each, and the GDPR date of a GDPR request (statutory)."""
    refresh_due_dates(session, policy, today)
    found: list[tuple[date, str, str, bool]] = []
    for column, statutory in ((Case.due_on, False), (Case.gdpr_due_on, True)):
        statement = (
            select(column, Case.ref, Person.name)
            .join(Person, Person.id == Case.person_id)
            .where(*_agenda_span(column, start, end))
            .order_by(column, Case.ref)
            .limit(limit)
        )
        rows = session.execute(statement)
        found.extend((day, ref, name, statutory) for day, ref, name in rows if day is not None)
    found.sort(key=lambda row: (row[0], row[1], row[3]))
    return found if limit is None else found[:limit]


def agenda_count(session: Session, policy: CasePolicy, today: date, start: date | None, end: date) -> int:
    refresh_due_dates(session, policy, today)
    counts = (select(func.count()).select_from(Case).where(*_agenda_span(c, start, end)) for c in _DATES)
    return sum(session.execute(statement).scalar_one() for statement in counts)
