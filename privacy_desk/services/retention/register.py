"""Writing the register: data categories, their rules and holdings (RetentionService's own writes).

Each call checks the actor, opens one unit of work, locks what it changes, refuses a stale version
(docs/ARCHITECTURE.md §7) and audits the change; a disposed holding refuses every edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Text
from privacy_desk.services.core.versions import check_version
from privacy_desk.services.core.writing import Work
from privacy_desk.services.retention.records import (
    CategoryInput,
    CategoryRecord,
    HoldingInput,
    HoldingRow,
    RuleInput,
    RuleRecord,
)
from privacy_desk.services.retention.store import (
    RetentionPolicy,
    category_record,
    get_category,
    get_holding,
    holding_rows,
    next_holding_ref,
    rule_of,
    rule_record,
    snapshot,
    store_dates,
)
from privacy_desk.storage.models import RetentionCategory, RetentionHolding, RetentionRule

HOLDING_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This holding"))
CATEGORY_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This data category"))
RULE_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This retention rule"))
HOLDING_ENTITY = "retention_holding"
CATEGORY_ENTITY = "retention_category"
MAX_TEXT = 2000  # a name, place or note longer than this is a paste gone wrong


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class _Entity:
    """A row as `check_version` reads it, named for its audit entity: `check_version` takes the entity
    from the table's name less its final "s", which "retention_categories" does not end in."""

    entity: str
    id: int
    version: int

    @property
    def __tablename__(self) -> str:
        return self.entity + "s"


def check_row_version(
    unit: Work,
    entity: str,
    row: RetentionHolding | RetentionCategory,
    expected: int | None,
    *,
    what: Text,
    policy: RetentionPolicy,
    current: Callable[[], object],
) -> None:
    """Refuse (StaleEdit) a change made against an older read, unless the newer version is the actor's
    own (services/core/versions.check_version)."""
    named = _Entity(entity, row.id, row.version)
    check_version(
        unit.session, unit.actor, named, expected, what=what, office_tz=policy.office_tz, current=current
    )


def refuse_disposed(holding: RetentionHolding) -> None:
    if holding.disposed:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{ref} has been disposed of: its record can no longer be changed."),
            ref=holding.ref,
        )


def _text(value: str, label: str, *, required: bool = False) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{field} is required."), field=Text("Retention", label)
        )
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{field} is longer than {max} characters."),
            field=Text("Retention", label),
            max=MAX_TEXT,
        )
    return text


_NAME = QT_TRANSLATE_NOOP("Retention", "Name")
_PURPOSE = QT_TRANSLATE_NOOP("Retention", "Purpose of use")
_SYSTEMS = QT_TRANSLATE_NOOP("Retention", "Systems")
_OWNER = QT_TRANSLATE_NOOP("Retention", "Owner")
_QUANTITY = QT_TRANSLATE_NOOP("Retention", "Quantity")
_LOCATION = QT_TRANSLATE_NOOP("Retention", "Location")
_LEGAL_BASIS = QT_TRANSLATE_NOOP("Retention", "Legal basis")


def _category_snapshot(category: RetentionCategory) -> dict[str, object]:
    return {
        "name": category.name,
        "purpose": category.purpose,
        "systems": category.systems,
        "owner": category.owner,
    }


def _fill_category(category: RetentionCategory, data: CategoryInput) -> None:
    category.name = _text(data.name, _NAME, required=True)
    category.purpose = _text(data.purpose, _PURPOSE)
    category.systems = _text(data.systems, _SYSTEMS)
    category.owner = _text(data.owner, _OWNER)


def category_of(session: Session, category: RetentionCategory) -> CategoryRecord:
    count = session.scalar(select(func.count()).where(RetentionHolding.category_id == category.id)) or 0
    return category_record(category, rule_of(session, category.id), count)


def add_category(unit: Work, data: CategoryInput) -> CategoryRecord:
    unit.actor.require(Permission.WORK_CASES)
    category = RetentionCategory()
    _fill_category(category, data)
    unit.session.add(category)
    unit.session.flush()
    unit.audit(CATEGORY_ENTITY, category.id, "create", after=_category_snapshot(category))
    return category_of(unit.session, category)


def update_category(
    unit: Work, category_id: int, version: int | None, data: CategoryInput, policy: RetentionPolicy
) -> CategoryRecord:
    session = unit.session
    category = get_category(session, category_id, lock=True)
    check_row_version(
        unit,
        CATEGORY_ENTITY,
        category,
        version,
        what=CATEGORY_WORD,
        policy=policy,
        current=lambda: category_of(session, category),
    )
    before = _category_snapshot(category)
    _fill_category(category, data)
    if category.name != before["name"] and category.name_en:
        category.name_en = ""  # renamed by hand: the seeded English name no longer says it
    after = _category_snapshot(category)
    if after != before:
        session.flush()
        unit.audit(CATEGORY_ENTITY, category.id, "update", before=before, after=after)
    return category_of(session, category)


def set_rule(unit: Work, data: RuleInput, policy: RetentionPolicy) -> RuleRecord:
    """Set (or replace) a category's rule; its holdings not yet disposed of get their dates again (a
    disposed one keeps the rule it was disposed under, copied into its disposal)."""
    session = unit.session
    category = get_category(session, data.category_id, lock=True)
    rule = rule_of(session, category.id)
    if rule is not None:
        stored = rule
        # The rule is audited as its category's change: the category names who changed it last.
        named = _Entity(CATEGORY_ENTITY, category.id, rule.version)
        check_version(
            session,
            unit.actor,
            named,
            data.version,
            what=RULE_WORD,
            office_tz=policy.office_tz,
            current=lambda: rule_record(stored),
        )
    before = _rule_snapshot(rule) if rule is not None else None
    if rule is None:
        rule = RetentionRule(category_id=category.id)
        session.add(rule)
    rule.period_count, rule.period_unit = data.period.count, data.period.unit.value
    rule.trigger = data.trigger.value
    rule.legal_basis = _text(data.legal_basis, _LEGAL_BASIS)
    session.flush()
    for holding in session.scalars(
        select(RetentionHolding)
        .where(RetentionHolding.category_id == category.id, RetentionHolding.disposed.is_(False))
        .with_for_update()
    ):
        store_dates(holding, rule)
    unit.audit(CATEGORY_ENTITY, category.id, "set_rule", before=before, after=_rule_snapshot(rule))
    return rule_record(rule)


def _rule_snapshot(rule: RetentionRule) -> dict[str, object]:
    return {
        "period": f"{rule.period_count}{rule.period_unit}",
        "trigger": rule.trigger,
        "legal_basis": rule.legal_basis,
    }


def _fill_holding(session: Session, holding: RetentionHolding, data: HoldingInput) -> None:
    get_category(session, data.category_id)  # NotFound for a category that is not there
    holding.category_id = data.category_id
    holding.name = _text(data.name, _NAME, required=True)
    holding.quantity = _text(data.quantity, _QUANTITY)
    holding.location = _text(data.location, _LOCATION)
    holding.trigger_on = data.trigger_on
    store_dates(holding, rule_of(session, data.category_id))


def add_holding(unit: Work, data: HoldingInput, policy: RetentionPolicy) -> HoldingRow:
    session = unit.session
    holding = RetentionHolding(created_by_id=unit.actor.id, disposed=False)
    _fill_holding(session, holding, data)
    holding.ref = next_holding_ref(session, policy.today().year)
    session.add(holding)
    session.flush()
    unit.audit(HOLDING_ENTITY, holding.id, "create", after=snapshot(holding))
    return holding_rows(session, [holding], as_of=policy.today(), policy=policy)[0]


def locked_holding(
    unit: Work, holding_id: int, version: int | None, policy: RetentionPolicy
) -> RetentionHolding:
    """The holding under the caller's lock, refused when disposed of or changed since `version`."""
    session = unit.session
    holding = get_holding(session, holding_id, lock=True)
    check_row_version(
        unit,
        HOLDING_ENTITY,
        holding,
        version,
        what=HOLDING_WORD,
        policy=policy,
        current=lambda: holding_rows(session, [holding], as_of=policy.today(), policy=policy)[0],
    )
    refuse_disposed(holding)
    return holding


def update_holding(
    unit: Work, holding_id: int, version: int | None, data: HoldingInput, policy: RetentionPolicy
) -> HoldingRow:
    session = unit.session
    holding = locked_holding(unit, holding_id, version, policy)
    before = snapshot(holding)
    _fill_holding(session, holding, data)
    after = snapshot(holding)
    if after != before:
        holding.updated_at = now()
        session.flush()
        unit.audit(HOLDING_ENTITY, holding.id, "update", before=before, after=after)
    return holding_rows(session, [holding], as_of=policy.today(), policy=policy)[0]
