"""The purge of the app's own records (issue #12, 6): tickets, request cases and incidents closed longer
than their rule keeps them, and junk tickets.

`plan` is the dry run: every record the rules make due on a day, and how many were kept because they
are on a hold or linked to an open case or incident. `run` removes what the plan lists in batches,
each its own unit of work that checks its records again under lock (a record reopened, held or linked
since the plan is left), so a cancel between batches leaves every batch done or not done, never half.
The statistics survive: tickets, cases and incidents are anonymised (purge_actions.py), and every
purged record is listed in `retention_purged` with the rule's action and its closing day."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, exists, false, select
from sqlalchemy.orm import Session

from privacy_desk.domain.cases import CaseState
from privacy_desk.domain.incidents import IncidentStatus
from privacy_desk.domain.retention import AppRecordKind, HoldReason, Period, PeriodUnit, retention_end
from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Text
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.versions import VersionedRow, check_version
from privacy_desk.services.core.writing import Work, writing
from privacy_desk.services.retention import purge_actions
from privacy_desk.services.retention.records import PurgeCandidate, PurgeOutcome, PurgePlan, PurgeRuleRecord
from privacy_desk.services.retention.store import RetentionPolicy
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import (
    Case,
    Incident,
    IncidentTicket,
    RetentionPurged,
    RetentionPurgeRule,
    RetentionRecordHold,
    Ticket,
)

BATCH = 100  # records per transaction: short locks, a cancel answered within a batch
ACTIONS = ("anonymise", "delete")
_ENDED_CASE_STATES = tuple(s.value for s in CaseState if not s.is_open and s is not CaseState.RESPONDED)
_OPEN_INCIDENT_STATES = tuple(s.value for s in IncidentStatus if s.is_open)
_OPEN_CASE_STATES = tuple(s.value for s in CaseState if s.value not in _ENDED_CASE_STATES)


def rules(session: Session) -> list[PurgeRuleRecord]:
    stored = {r.kind: r for r in session.scalars(select(RetentionPurgeRule))}
    return [_rule_record(stored[kind.value]) for kind in AppRecordKind if kind.value in stored]


def _rule_record(rule: RetentionPurgeRule) -> PurgeRuleRecord:
    return PurgeRuleRecord(
        kind=AppRecordKind(rule.kind),
        period=Period(rule.period_count, PeriodUnit(rule.period_unit)),
        action=rule.action,
        legal_basis=rule.legal_basis,
        version=rule.version,
    )


@dataclass(frozen=True)
class _RuleRow:
    """A purge rule as `check_version` reads it: its audit entity is the table's name less the "s",
    its audit id the kind (check_version compares ids as text)."""

    id: str
    version: int
    __tablename__ = "retention_purge_rules"


_RULE_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This purge rule"))


def set_rule(unit: Work, data: PurgeRuleRecord, policy: RetentionPolicy) -> PurgeRuleRecord:
    kind = AppRecordKind(data.kind)
    if data.action not in ACTIONS or (kind is not AppRecordKind.JUNK_TICKETS and data.action == "delete"):
        # Deleting a ticket, case or incident would take it out of the statistics (see the module).
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Only junk tickets are deleted; other records are anonymised.")
        )
    rule = unit.session.get(RetentionPurgeRule, kind.value, with_for_update=True)
    if rule is not None:
        stored = rule
        check_version(
            unit.session,
            unit.actor,
            cast(VersionedRow, _RuleRow(kind.value, rule.version)),
            data.version,
            what=_RULE_WORD,
            office_tz=policy.office_tz,
            current=lambda: _rule_record(stored),
        )
    before = _rule_snapshot(rule) if rule is not None else None
    if rule is None:
        rule = RetentionPurgeRule(kind=kind.value)
        unit.session.add(rule)
    rule.period_count, rule.period_unit = data.period.count, data.period.unit.value
    rule.action, rule.legal_basis = data.action, data.legal_basis.strip()
    unit.session.flush()
    unit.audit("retention_purge_rule", kind.value, "update", before=before, after=_rule_snapshot(rule))
    return _rule_record(rule)


def _rule_snapshot(rule: RetentionPurgeRule) -> dict[str, object]:
    return {"period": f"{rule.period_count}{rule.period_unit}", "action": rule.action}


# -- holds on the app's records ----------------------------------------------------------------------


def _record(session: Session, kind: AppRecordKind, record_id: int) -> Ticket | Case | Incident:
    models: dict[AppRecordKind, type[Ticket] | type[Case] | type[Incident]] = {
        AppRecordKind.TICKETS: Ticket,
        AppRecordKind.JUNK_TICKETS: Ticket,
        AppRecordKind.CASES: Case,
        AppRecordKind.INCIDENTS: Incident,
    }
    record = session.get(models[kind], record_id)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No record with id {id}."), id=record_id)
    assert isinstance(record, Ticket | Case | Incident)  # session.get types its answer as the base class
    return record


def _hold_kind(kind: AppRecordKind) -> str:
    return AppRecordKind.TICKETS.value if kind is AppRecordKind.JUNK_TICKETS else kind.value


def hold_record(
    unit: Work,
    kind: AppRecordKind,
    record_id: int,
    reason: HoldReason,
    note: str,
    review_on: date,
    policy: RetentionPolicy,
) -> None:
    kind = AppRecordKind(kind)
    _record(unit.session, kind, record_id)
    if review_on <= policy.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The review date of a hold must be after today ({today})."),
            today=policy.today().isoformat(),
        )
    key = (_hold_kind(kind), record_id)
    hold = unit.session.scalar(
        select(RetentionRecordHold).where(
            RetentionRecordHold.kind == key[0], RetentionRecordHold.record_id == record_id
        )
    )
    if hold is None:
        hold = RetentionRecordHold(kind=key[0], record_id=record_id)
        unit.session.add(hold)
    hold.reason, hold.note, hold.review_on = HoldReason(reason).value, note.strip(), review_on
    hold.decided_by_name, hold.decided_on = unit.actor.display_name, policy.today()
    unit.session.flush()
    unit.audit(
        key[0].removesuffix("s"),
        record_id,
        "retention_hold",
        after={"hold": hold.reason, "review_on": review_on.isoformat(), "note": hold.note},
    )


def release_record(unit: Work, kind: AppRecordKind, record_id: int) -> None:
    key = _hold_kind(AppRecordKind(kind))
    hold = unit.session.scalar(
        select(RetentionRecordHold).where(
            RetentionRecordHold.kind == key, RetentionRecordHold.record_id == record_id
        )
    )
    if hold is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "This record is not on a hold."))
    unit.session.delete(hold)
    unit.audit(
        key.removesuffix("s"),
        record_id,
        "retention_release",
        before={"hold": hold.reason, "review_on": hold.review_on.isoformat()},
        after={"hold": None},
    )


# -- the plan ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    candidates: list[PurgeCandidate]
    kept_on_hold: int
    kept_linked: int


def _held(kind: str, id_column: SQLColumnExpression[int]) -> ColumnElement[bool]:
    return exists().where(RetentionRecordHold.kind == kind, RetentionRecordHold.record_id == id_column)


def _purged(kind: str, model: type[Ticket] | type[Case] | type[Incident]) -> ColumnElement[bool]:
    """Purged already and not changed since. Matched by the reference, never the row id: SQLite hands a
    deleted junk ticket's id to the next ticket (no AUTOINCREMENT), which would then never be planned.
    A record changed after its purge (a reply threaded into an anonymised ticket brings new personal
    data) is purged again."""
    return exists().where(
        RetentionPurged.kind == kind,
        RetentionPurged.ref == model.ref,
        RetentionPurged.purged_at >= model.updated_at,
    )


def _ticket_linked(*, any_state: bool) -> ColumnElement[bool]:
    """A ticket linked to an open case or incident (`any_state`: to any case or incident at all)."""
    case = exists().where(Case.ticket_id == Ticket.id)
    incident = exists().where(IncidentTicket.ticket_id == Ticket.id)
    if not any_state:
        case = case.where(Case.state.in_(_OPEN_CASE_STATES))
        incident = incident.where(
            IncidentTicket.incident_id == Incident.id, Incident.status.in_(_OPEN_INCIDENT_STATES)
        )
    return case | incident


def _query(kind: AppRecordKind) -> Select[int, str, datetime | date | None, bool, bool]:
    """id, ref, the closing moment or day, on a hold, linked — of each closed record not yet purged."""
    if kind in (AppRecordKind.TICKETS, AppRecordKind.JUNK_TICKETS):
        junk = kind is AppRecordKind.JUNK_TICKETS
        status = TicketStatus.JUNK if junk else TicketStatus.CLOSED
        return select(
            Ticket.id,
            Ticket.ref,
            Ticket.updated_at,  # the status change that closed it, or anything later: kept longer
            _held("tickets", Ticket.id),
            _ticket_linked(any_state=junk),
        ).where(Ticket.status == status.value, ~_purged(kind.value, Ticket))
    if kind is AppRecordKind.CASES:
        return select(
            Case.id,
            Case.ref,
            Case.ended_on,
            _held("cases", Case.id),
            false(),
        ).where(
            Case.state.in_(_ENDED_CASE_STATES),
            Case.ended_on.is_not(None),
            ~_purged(kind.value, Case),
        )
    return select(
        Incident.id,
        Incident.ref,
        Incident.closed_on,
        _held("incidents", Incident.id),
        false(),
    ).where(
        Incident.status.in_([s.value for s in IncidentStatus if not s.is_open]),
        Incident.closed_on.is_not(None),
        ~_purged(kind.value, Incident),
    )


def _find(
    session: Session,
    as_of: date,
    policy: RetentionPolicy,
    *,
    only: dict[AppRecordKind, set[int]] | None = None,
) -> _Found:
    stored = {r.kind: _rule_record(r) for r in session.scalars(select(RetentionPurgeRule))}
    candidates: list[PurgeCandidate] = []
    held = linked = 0
    for kind in AppRecordKind:
        rule = stored.get(kind)
        if rule is None or (only is not None and kind not in only):
            continue
        query = _query(kind)
        if only is not None:
            id_column = query.selected_columns[0]
            query = query.where(id_column.in_(only[kind])).with_for_update(of=id_column.table)
        for record_id, ref, closed, on_hold, is_linked in session.execute(query):
            if closed is None:
                continue  # the queries keep only records with a closing day
            closed_on = closed.astimezone(policy.office_tz).date() if isinstance(closed, datetime) else closed
            delete_from = retention_end(rule.period, closed_on).delete_from
            if delete_from > as_of:
                continue
            if on_hold:
                held += 1
            elif is_linked:
                linked += 1
            else:
                candidates.append(PurgeCandidate(kind, record_id, ref, closed_on, delete_from, rule.action))
    candidates.sort(key=lambda c: (list(AppRecordKind).index(c.kind), c.delete_from, c.id))
    return _Found(candidates, held, linked)


def plan(session: Session, as_of: date, policy: RetentionPolicy) -> PurgePlan:
    found = _find(session, as_of, policy)
    return PurgePlan(as_of, tuple(found.candidates), found.kept_on_hold, found.kept_linked)


# -- the run -----------------------------------------------------------------------------------------


def _batches(items: Sequence[PurgeCandidate]) -> Iterable[Sequence[PurgeCandidate]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def run(
    db: Database,
    actor: Actor,
    purge_plan: PurgePlan,
    progress: Callable[[int, int], bool] | None,
    policy: RetentionPolicy,
) -> PurgeOutcome:
    # Never later than today: a plan made for a future day would purge what is not yet due.
    as_of = min(purge_plan.as_of, policy.today())
    total, done, deleted, anonymised = len(purge_plan.candidates), 0, 0, 0
    if progress is not None and not progress(0, total):
        return PurgeOutcome(0, 0, True, datetime.now(UTC))
    for batch in _batches(purge_plan.candidates):
        with writing(db, actor) as unit:
            d, a = _purge_batch(unit, batch, as_of, policy)
        deleted, anonymised, done = deleted + d, anonymised + a, done + len(batch)
        if progress is not None and not progress(done, total) and done < total:
            return PurgeOutcome(deleted, anonymised, True, datetime.now(UTC))
    return PurgeOutcome(deleted, anonymised, False, datetime.now(UTC))


def _purge_batch(
    unit: Work, batch: Sequence[PurgeCandidate], as_of: date, policy: RetentionPolicy
) -> tuple[int, int]:
    """Purge what of `batch` is still eligible now, under lock; (deleted, anonymised)."""
    session = unit.session
    wanted: dict[AppRecordKind, set[int]] = {}
    for candidate in batch:
        wanted.setdefault(candidate.kind, set()).add(candidate.id)
    still = _find(session, as_of, policy, only=wanted).candidates
    deleted = anonymised = 0
    # The record's last change and its purge share one moment: a later change is new data (`_purged`).
    stamp = datetime.now(UTC)
    for candidate in still:
        record = _record(session, candidate.kind, candidate.id)
        person_id = record.person_id if isinstance(record, Ticket | Case) else None
        if candidate.action == "delete" and isinstance(record, Ticket):
            purge_actions.delete_ticket(session, record)
            deleted += 1
        elif isinstance(record, Ticket):
            purge_actions.anonymise_ticket(session, record)
            anonymised += 1
        elif isinstance(record, Case):
            purge_actions.anonymise_case(session, record)
            anonymised += 1
        else:
            purge_actions.anonymise_incident(session, record)
            anonymised += 1
        if candidate.action != "delete":
            record.updated_at = stamp
        session.add(
            RetentionPurged(
                kind=candidate.kind.value,
                record_id=candidate.id,
                ref=candidate.ref,
                action=candidate.action,
                closed_on=candidate.closed_on,
                purged_at=stamp,
                purged_by_name=unit.actor.display_name,
            )
        )
        unit.audit(
            candidate.kind.value.removeprefix("junk_").removesuffix("s"),
            candidate.id,
            "purge",
            after={
                "ref": candidate.ref,
                "action": candidate.action,
                "closed_on": candidate.closed_on.isoformat(),
            },
        )
        session.flush()  # the purge's row first: the person's other cases are read with it
        if purge_actions.forget_person_if_unused(session, person_id):
            unit.audit("person", person_id, "purge", after={"ref": candidate.ref})
    session.flush()
    return deleted, anonymised
