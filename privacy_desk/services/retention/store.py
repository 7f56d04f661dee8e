"""Reading the register's rows and turning them into the records the service returns: references,
the policy a call reads once, a holding with its category, rule, open hold and disposal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.config import COMPANY_NAME, OFFICE_TIMEZONE
from privacy_desk.domain.retention import (
    DisposalMethod,
    HoldReason,
    Period,
    PeriodUnit,
    TriggerEvent,
    holding_status,
    retention_end,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.counters import next_number
from privacy_desk.services.retention.records import (
    CategoryRecord,
    DisposalRecord,
    DisposedUnder,
    EvidenceFile,
    HoldingRow,
    HoldRecord,
    RuleRecord,
)
from privacy_desk.storage.models import (
    RetentionCategory,
    RetentionDisposal,
    RetentionEvidence,
    RetentionHold,
    RetentionHolding,
    RetentionRule,
)

HOLDING_PREFIX = "RET"
CERTIFICATE_PREFIX = "DSP"
_REF = re.compile(r"^RET-?(\d{4})-?(\d{1,9})$")
# Days a due holding may wait for its disposal before it counts as overdue: the policy says "without
# delay" (遅滞なく), so none.
GRACE_DAYS = 0


@dataclass(frozen=True)
class RetentionPolicy:
    """What a retention call reads from the office settings, once."""

    office_tz: ZoneInfo
    company: str
    grace_days: int = GRACE_DAYS

    def today(self, now: datetime | None = None) -> date:
        return (now or datetime.now(UTC)).astimezone(self.office_tz).date()


def load_policy(values: Mapping[str, object]) -> RetentionPolicy:
    return RetentionPolicy(
        office_tz=ZoneInfo(str(values[OFFICE_TIMEZONE.key])), company=str(values[COMPANY_NAME.key])
    )


# -- references ------------------------------------------------------------------------------------


def format_holding_ref(year: int, number: int) -> str:
    return f"{HOLDING_PREFIX}-{year:04d}-{number:04d}"


def normalize_holding_ref(text: str) -> str:
    """RET-2026-0001 from "ret-2026-1", "ＲＥＴ－２０２６－０００１" and the like; InvalidInput otherwise."""
    folded = unicodedata.normalize("NFKC", text).strip().upper().replace("－", "-")
    match = _REF.match(folded)
    if match is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Not a holding reference: {text} (expected e.g. RET-2026-0001)"),
            text=text,
        )
    return format_holding_ref(int(match.group(1)), int(match.group(2)))


def next_holding_ref(session: Session, year: int) -> str:
    return format_holding_ref(year, next_number(session, "retention_holding", year))


def next_certificate_no(session: Session, year: int) -> str:
    return f"{CERTIFICATE_PREFIX}-{year:04d}-{next_number(session, 'retention_disposal', year):04d}"


# -- reading ---------------------------------------------------------------------------------------


def get_holding(session: Session, holding_id: int, *, lock: bool = False) -> RetentionHolding:
    holding = session.get(RetentionHolding, holding_id, with_for_update=lock or None)
    if holding is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No holding with id {id}."), id=holding_id)
    return holding


def get_category(session: Session, category_id: int, *, lock: bool = False) -> RetentionCategory:
    category = session.get(RetentionCategory, category_id, with_for_update=lock or None)
    if category is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No data category with id {id}."), id=category_id)
    return category


def rule_of(session: Session, category_id: int) -> RetentionRule | None:
    return session.scalar(select(RetentionRule).where(RetentionRule.category_id == category_id))


def open_hold(session: Session, holding_id: int) -> RetentionHold | None:
    return session.scalar(
        select(RetentionHold).where(
            RetentionHold.holding_id == holding_id, RetentionHold.released_on.is_(None)
        )
    )


def rule_record(rule: RetentionRule) -> RuleRecord:
    return RuleRecord(
        id=rule.id,
        category_id=rule.category_id,
        period=Period(rule.period_count, PeriodUnit(rule.period_unit)),
        trigger=TriggerEvent(rule.trigger),
        legal_basis=rule.legal_basis,
        version=rule.version,
    )


def category_record(category: RetentionCategory, rule: RetentionRule | None, holdings: int) -> CategoryRecord:
    return CategoryRecord(
        id=category.id,
        name=category.name,
        purpose=category.purpose,
        systems=category.systems,
        owner=category.owner,
        rule=rule_record(rule) if rule is not None else None,
        holdings=holdings,
        version=category.version,
        name_en=category.name_en,
        purpose_en=category.purpose_en,
    )


def store_dates(holding: RetentionHolding, rule: RetentionRule | None) -> None:
    """The holding's stored `expires_on` and `delete_from` from its category's rule (None without one)."""
    if rule is None:
        holding.expires_on = holding.delete_from = None
        return
    end = retention_end(Period(rule.period_count, PeriodUnit(rule.period_unit)), holding.trigger_on)
    holding.expires_on, holding.delete_from = end.expires_on, end.delete_from


def holding_rows(
    session: Session, holdings: Sequence[RetentionHolding], *, as_of: date, policy: RetentionPolicy
) -> list[HoldingRow]:
    """The records of `holdings`, in their order, with what each needs read in one query per table."""
    ids = [h.id for h in holdings]
    if not ids:
        return []
    category_ids = {h.category_id for h in holdings}
    categories = {
        c.id: c
        for c in session.scalars(select(RetentionCategory).where(RetentionCategory.id.in_(category_ids)))
    }
    rules = {
        r.category_id: r
        for r in session.scalars(select(RetentionRule).where(RetentionRule.category_id.in_(category_ids)))
    }
    holds = {
        h.holding_id: h
        for h in session.scalars(
            select(RetentionHold).where(
                RetentionHold.holding_id.in_(ids), RetentionHold.released_on.is_(None)
            )
        )
    }
    disposals = {
        d.holding_id: d
        for d in session.scalars(select(RetentionDisposal).where(RetentionDisposal.holding_id.in_(ids)))
    }
    evidence: dict[int, list[RetentionEvidence]] = {}
    if disposals:
        disposal_ids = [d.id for d in disposals.values()]
        for file in session.scalars(
            select(RetentionEvidence)
            .where(RetentionEvidence.disposal_id.in_(disposal_ids))
            .order_by(RetentionEvidence.id)
        ):
            evidence.setdefault(file.disposal_id, []).append(file)
    return [
        _row(
            h,
            categories[h.category_id],
            rules.get(h.category_id),
            holds.get(h.id),
            disposals.get(h.id),
            evidence,
            as_of=as_of,
            policy=policy,
        )
        for h in holdings
    ]


def _row(
    holding: RetentionHolding,
    category: RetentionCategory,
    rule: RetentionRule | None,
    hold: RetentionHold | None,
    disposal: RetentionDisposal | None,
    evidence: Mapping[int, Iterable[RetentionEvidence]],
    *,
    as_of: date,
    policy: RetentionPolicy,
) -> HoldingRow:
    status = holding_status(
        as_of=as_of,
        delete_from=holding.delete_from,
        disposed=disposal is not None,
        review_on=hold.review_on if hold is not None else None,
        grace_days=policy.grace_days,
    )
    return HoldingRow(
        id=holding.id,
        ref=holding.ref,
        name=holding.name,
        category_id=category.id,
        category=category.name,
        systems=category.systems,
        owner=category.owner,
        location=holding.location,
        quantity=holding.quantity,
        trigger_on=holding.trigger_on,
        expires_on=holding.expires_on,
        delete_from=holding.delete_from,
        status=status,
        hold=_hold_record(hold) if hold is not None else None,
        disposal=_disposal_record(disposal, evidence.get(disposal.id, ())) if disposal is not None else None,
        version=holding.version,
        rule=rule_record(rule) if rule is not None else None,
        category_en=category.name_en,
    )


def _hold_record(hold: RetentionHold) -> HoldRecord:
    return HoldRecord(
        reason=HoldReason(hold.reason),
        note=hold.note,
        decided_by=hold.decided_by_name,
        decided_on=hold.decided_on,
        review_on=hold.review_on,
    )


def _disposal_record(disposal: RetentionDisposal, evidence: Iterable[RetentionEvidence]) -> DisposalRecord:
    return DisposalRecord(
        method=DisposalMethod(disposal.method),
        disposed_on=disposal.disposed_on,
        disposed_by=disposal.disposed_by_name,
        approved_by=disposal.approved_by_name,
        note=disposal.note,
        evidence=tuple(EvidenceFile(e.filename, e.size, e.sha256) for e in evidence),
        certificate_no=disposal.certificate_no,
        register=_disposed_under(disposal),
    )


def _disposed_under(disposal: RetentionDisposal) -> DisposedUnder:
    count = disposal.rule_period_count
    return DisposedUnder(
        category=disposal.category_name,
        category_en=disposal.category_name_en,
        systems=disposal.category_systems,
        owner=disposal.category_owner,
        company=disposal.company,
        period=Period(count, PeriodUnit(disposal.rule_period_unit)) if count is not None else None,
        trigger=TriggerEvent(disposal.rule_trigger) if count is not None else None,
        legal_basis=disposal.rule_legal_basis,
    )


def snapshot(holding: RetentionHolding) -> dict[str, object]:
    """What the audit trail keeps of a holding before and after a change."""
    return {
        "ref": holding.ref,
        "category_id": holding.category_id,
        "name": holding.name,
        "quantity": holding.quantity,
        "location": holding.location,
        "trigger_on": holding.trigger_on.isoformat(),
        "delete_from": holding.delete_from.isoformat() if holding.delete_from else None,
        "disposed": holding.disposed,
    }
