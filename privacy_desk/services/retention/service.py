"""The Retention area's use cases (issue #12): the register of data categories, rules and holdings, the
calendar of what falls due, holds, disposals, the purge of the app's own records and the exports.

One transaction per call; a write checks the actor, runs in one unit of work with its audit entry and
refuses a stale version (docs/ARCHITECTURE.md §6.4, §7). The work is done by the sibling modules."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select

from privacy_desk.domain.retention import AppRecordKind, DisposalMethod, HoldReason
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, NotFound
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.writing import writing
from privacy_desk.services.retention import disposal, export, purge, queries, register
from privacy_desk.services.retention.records import (
    CategoryInput,
    CategoryRecord,
    DayCounts,
    HoldingFilter,
    HoldingInput,
    HoldingRow,
    PurgeOutcome,
    PurgePlan,
    PurgeRuleRecord,
    RuleInput,
    RuleRecord,
)
from privacy_desk.services.retention.store import (
    RetentionPolicy,
    category_record,
    get_holding,
    holding_rows,
    load_policy,
    normalize_holding_ref,
)
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import RetentionCategory, RetentionHolding, RetentionRule

ALL = HoldingFilter()


class RetentionService:
    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def policy(self) -> RetentionPolicy:
        return load_policy(self._settings.values())

    def today(self) -> date:
        """The office's today (the day a view asks its lists for)."""
        return self.policy().today()

    # -- categories and rules ----------------------------------------------------------------------

    def categories(self) -> list[CategoryRecord]:
        with self._db.transaction() as session:
            counts: dict[int, int] = {
                category_id: count
                for category_id, count in session.execute(
                    select(RetentionHolding.category_id, func.count()).group_by(RetentionHolding.category_id)
                )
            }
            rules = {r.category_id: r for r in session.scalars(select(RetentionRule))}
            return [
                category_record(c, rules.get(c.id), counts.get(c.id, 0))
                for c in session.scalars(select(RetentionCategory).order_by(RetentionCategory.id))
            ]

    def add_category(self, actor: Actor, data: CategoryInput) -> CategoryRecord:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            return register.add_category(unit, data)

    def update_category(
        self, actor: Actor, category_id: int, version: int | None, data: CategoryInput
    ) -> CategoryRecord:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            return register.update_category(unit, category_id, version, data, load_policy(unit.settings()))

    def set_rule(self, actor: Actor, data: RuleInput) -> RuleRecord:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            return register.set_rule(unit, data, load_policy(unit.settings()))

    # -- holdings ----------------------------------------------------------------------------------

    def holdings(self, holding_filter: HoldingFilter = ALL, *, as_of: date | None = None) -> list[HoldingRow]:
        policy = self.policy()
        with self._db.transaction() as session:
            return queries.holdings(session, holding_filter, as_of=as_of or policy.today(), policy=policy)

    def holding(self, holding_id: int, *, as_of: date | None = None) -> HoldingRow:
        policy = self.policy()
        with self._db.transaction() as session:
            holding = get_holding(session, holding_id)
            return holding_rows(session, [holding], as_of=as_of or policy.today(), policy=policy)[0]

    def id_of(self, ref: str) -> int:
        ref = normalize_holding_ref(ref)
        with self._db.transaction() as session:
            holding_id = session.scalar(select(RetentionHolding.id).where(RetentionHolding.ref == ref))
        if holding_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No holding {ref}."), ref=ref)
        return holding_id

    def add_holding(self, actor: Actor, data: HoldingInput) -> HoldingRow:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            return register.add_holding(unit, data, load_policy(unit.settings()))

    def update_holding(
        self, actor: Actor, holding_id: int, version: int | None, data: HoldingInput
    ) -> HoldingRow:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            return register.update_holding(unit, holding_id, version, data, load_policy(unit.settings()))

    # -- the calendar ------------------------------------------------------------------------------

    def day_counts(
        self, start: date, end: date, holding_filter: HoldingFilter = ALL, *, as_of: date | None = None
    ) -> list[DayCounts]:
        """One entry per day of [start, end] with anything due, overdue or to review; `as_of` (default
        today) decides whether a past day's holding still due counts as overdue."""
        policy = self.policy()
        with self._db.transaction() as session:
            return queries.day_counts(
                session, start, end, holding_filter, as_of=as_of or policy.today(), policy=policy
            )

    def due_between(
        self, start: date, end: date, holding_filter: HoldingFilter = ALL, *, as_of: date | None = None
    ) -> list[HoldingRow]:
        policy = self.policy()
        with self._db.transaction() as session:
            return queries.due_between(
                session, start, end, holding_filter, as_of=as_of or policy.today(), policy=policy
            )

    def overdue(self, as_of: date | None = None, holding_filter: HoldingFilter = ALL) -> list[HoldingRow]:
        policy = self.policy()
        with self._db.transaction() as session:
            return queries.overdue(session, as_of or policy.today(), holding_filter, policy=policy)

    def reviews_between(
        self, start: date, end: date, holding_filter: HoldingFilter = ALL, *, as_of: date | None = None
    ) -> list[HoldingRow]:
        policy = self.policy()
        with self._db.transaction() as session:
            return queries.reviews_between(
                session, start, end, holding_filter, as_of=as_of or policy.today(), policy=policy
            )

    # -- holds and disposal ------------------------------------------------------------------------

    def place_hold(
        self,
        actor: Actor,
        holding_id: int,
        version: int | None,
        reason: HoldReason,
        note: str,
        review_on: date,
    ) -> HoldingRow:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            policy = load_policy(unit.settings())
            return disposal.place_hold(unit, holding_id, version, reason, note, review_on, policy)

    def release_hold(self, actor: Actor, holding_id: int, version: int | None, note: str) -> HoldingRow:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            return disposal.release_hold(unit, holding_id, version, note, load_policy(unit.settings()))

    def dispose(
        self,
        actor: Actor,
        holding_id: int,
        version: int | None,
        method: DisposalMethod,
        disposed_on: date,
        approved_by_user_id: int,
        note: str,
        evidence: Sequence[Path] = (),
    ) -> HoldingRow:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            policy = load_policy(unit.settings())
            return disposal.dispose(
                unit, holding_id, version, method, disposed_on, approved_by_user_id, note, evidence, policy
            )

    def evidence_data(self, sha256: str) -> bytes:
        """The stored bytes of an evidence file (to open or save a copy)."""
        return export.blob_data(self._db, sha256)

    # -- the app's own records ---------------------------------------------------------------------

    def purge_rules(self) -> list[PurgeRuleRecord]:
        with self._db.transaction() as session:
            return purge.rules(session)

    def set_purge_rule(self, actor: Actor, rule: PurgeRuleRecord) -> PurgeRuleRecord:
        actor.require(Permission.APPROVE_DECISIONS)
        with writing(self._db, actor) as unit:
            return purge.set_rule(unit, rule, load_policy(unit.settings()))

    def hold_record(
        self,
        actor: Actor,
        kind: AppRecordKind,
        record_id: int,
        reason: HoldReason,
        note: str,
        review_on: date,
    ) -> None:
        """Keep one ticket, case or incident out of every purge until the hold is released."""
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            purge.hold_record(unit, kind, record_id, reason, note, review_on, load_policy(unit.settings()))

    def release_record(self, actor: Actor, kind: AppRecordKind, record_id: int) -> None:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as unit:
            purge.release_record(unit, kind, record_id)

    def purge_plan(self, as_of: date | None = None) -> PurgePlan:
        """The dry run: what `purge` would delete or anonymise on `as_of`, and what it keeps and why."""
        policy = self.policy()
        with self._db.transaction() as session:
            return purge.plan(session, as_of or policy.today(), policy)

    def purge(
        self, actor: Actor, plan: PurgePlan, *, progress: Callable[[int, int], bool] | None = None
    ) -> PurgeOutcome:
        """Remove what `plan` lists and is still eligible, in batches of one transaction each; a manager
        only. `progress(done, total)` returning False cancels after the batch under way."""
        actor.require(Permission.APPROVE_DECISIONS)
        return purge.run(self._db, actor, plan, progress, self.policy())

    # -- exports -----------------------------------------------------------------------------------

    def export_ics(
        self, out_path: Path | str, *, start: date | None = None, end: date | None = None, lang: str = "ja"
    ) -> int:
        """An iCalendar file of due and review dates in [start, end] (None: unbounded), all-day events
        with stable UIDs, their titles in `lang`; how many events."""
        policy = self.policy()
        with self._db.transaction() as session:
            return export.write_ics(session, Path(out_path), start=start, end=end, lang=lang, policy=policy)

    def export_csv(self, out_path: Path | str, lang: str) -> int:
        policy = self.policy()
        with self._db.transaction() as session:
            return export.write_csv(session, Path(out_path), lang, policy=policy)

    def export_xlsx(self, out_path: Path | str, lang: str) -> int:
        policy = self.policy()
        with self._db.transaction() as session:
            return export.write_xlsx(session, Path(out_path), lang, policy=policy)

    def write_certificate(self, holding_id: int, out: str | os.PathLike[str] | BinaryIO, lang: str) -> None:
        """The disposal certificate PDF (消去証明書) of a disposed holding."""
        from privacy_desk.services.retention.certificate import write_certificate

        policy = self.policy()
        write_certificate(
            self.holding(holding_id), out, lang=lang, office_tz=policy.office_tz, company=policy.company
        )
