"""Retention records for tests, made through the service as the desk makes them.

- `category(services, name_en)`: a seeded data category by its English name.
- `make_holding(services, …)`: a holding of the call recordings (a 1-year rule from collection) whose
  deletion is due `due_in` days from the office's today (negative: in the past).
- `RETENTION_READS` and `RETENTION_SCENARIOS`: the service's reads and one audited scenario per write,
  for tests/services/test_audit_every_write.py.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

from privacy_desk.domain.retention import (
    AppRecordKind,
    DisposalMethod,
    HoldReason,
    Period,
    PeriodUnit,
    TriggerEvent,
)
from privacy_desk.services.retention import CategoryInput, CategoryRecord, HoldingInput, HoldingRow, RuleInput
from privacy_desk.services.retention.records import PurgeRuleRecord

RECORDINGS = "Support call recordings"  # seeded with a 1-year rule from collection


def category(services: Any, name_en: str = RECORDINGS) -> CategoryRecord:
    return next(c for c in services.retention.categories() if c.name_en == name_en)


def trigger_for(services: Any, due_in: int) -> date:
    """The trigger day of a 1-year holding whose deletion is due `due_in` days from today."""
    from privacy_desk.domain.retention import retention_end

    due = services.retention.today() + timedelta(days=due_in)
    trigger = date(due.year - 1, due.month, 1) + timedelta(days=due.day - 1) - timedelta(days=1)
    # Walk to the trigger whose delete_from is the wanted day (months differ in length).
    while retention_end(Period(1, PeriodUnit.YEARS), trigger).delete_from < due:
        trigger += timedelta(days=1)
    while retention_end(Period(1, PeriodUnit.YEARS), trigger).delete_from > due:
        trigger -= timedelta(days=1)
    return trigger


def make_holding(
    services: Any, name: str = "通話録音 2025年11月", *, due_in: int = 3, actor: Any = None
) -> HoldingRow:
    data = HoldingInput(category(services).id, name, "1,240 files", "rec-01", trigger_for(services, due_in))
    return services.retention.add_holding(actor or services.actor, data)


def desk_actors(services: Any) -> tuple[Any, Any]:
    """田中 さくら (desk) and 鈴木 一郎 (manager) as signed-in actors."""
    from helpers.factories import add_desk_users

    add_desk_users(services)
    return services.users.sign_in("tanaka"), services.users.sign_in("suzuki")


@contextmanager
def on_day(day: date) -> Iterator[None]:
    """The office's today is `day` inside the block (the purge runs as of today, never later)."""
    from privacy_desk.services.retention.store import RetentionPolicy

    with patch.object(RetentionPolicy, "today", lambda self, now=None: day):
        yield


def purge_on(services: Any, actor: Any, plan: Any, **options: Any) -> Any:
    """Run `plan` on the day it was made for."""
    with on_day(plan.as_of):
        return services.retention.purge(actor, plan, **options)


def evidence_file(text: str = "消去ログ") -> Path:
    path = Path(tempfile.mkdtemp()) / "erase-log.txt"
    path.write_text(text, encoding="utf-8")
    return path


RETENTION_READS = {
    "categories",
    "day_counts",
    "due_between",
    "evidence_data",
    "export_csv",  # write files, change no data
    "export_ics",
    "export_xlsx",
    "holding",
    "holdings",
    "id_of",
    "overdue",
    "policy",
    "purge_plan",
    "purge_rules",
    "reviews_between",
    "today",
    "write_certificate",
}


def _held(d: Any) -> HoldingRow:
    h = make_holding(d.s, due_in=-1)
    review = d.s.retention.today() + timedelta(days=30)
    return d.s.retention.place_hold(d.clerk, h.id, h.version, HoldReason.REQUIRED_BY_LAW, "訴訟対応", review)


def _purged_ticket(d: Any) -> int:
    from privacy_desk.domain.tickets import TicketStatus

    ticket_id = d.ticket()
    d.s.tickets.set_status(d.clerk, ticket_id, TicketStatus.CLOSED)
    plan = d.s.retention.purge_plan(d.s.retention.today() + timedelta(days=4 * 366))
    purge_on(d.s, d.manager, plan)
    return ticket_id


RETENTION_SCENARIOS = {
    ("retention", "add_category"): lambda d: (
        "retention_category",
        d.s.retention.add_category(
            d.clerk, CategoryInput("委託先連絡先", "利用目的5", "共有フォルダ", "総務部")
        ).id,
        False,
    ),
    ("retention", "update_category"): lambda d: (
        lambda c: (
            "retention_category",
            d.s.retention.update_category(
                d.clerk, c.id, c.version, CategoryInput("通話録音（品質管理）", c.purpose, c.systems, c.owner)
            ).id,
            True,
        )
    )(category(d.s)),
    ("retention", "set_rule"): lambda d: (
        "retention_category",
        d.s.retention.set_rule(
            d.clerk,
            RuleInput(category(d.s).id, Period(6, PeriodUnit.MONTHS), TriggerEvent.COLLECTION, "当社方針"),
        ).category_id,
        True,
    ),
    ("retention", "add_holding"): lambda d: ("retention_holding", make_holding(d.s, actor=d.clerk).id, False),
    ("retention", "update_holding"): lambda d: (
        lambda h: (
            "retention_holding",
            d.s.retention.update_holding(
                d.clerk,
                h.id,
                h.version,
                HoldingInput(h.category_id, "改名", h.quantity, h.location, h.trigger_on),
            ).id,
            True,
        )
    )(make_holding(d.s)),
    ("retention", "place_hold"): lambda d: ("retention_holding", _held(d).id, True),
    ("retention", "release_hold"): lambda d: (
        lambda h: ("retention_holding", d.s.retention.release_hold(d.clerk, h.id, h.version, "解除").id, True)
    )(_held(d)),
    ("retention", "dispose"): lambda d: (
        lambda h: (
            "retention_holding",
            d.s.retention.dispose(
                d.clerk,
                h.id,
                h.version,
                DisposalMethod.DELETED,
                d.s.retention.today(),
                d.manager.id,
                "消去",
                [evidence_file()],
            ).id,
            True,
        )
    )(make_holding(d.s, due_in=-1)),
    ("retention", "set_purge_rule"): lambda d: (
        "retention_purge_rule",
        d.s.retention.set_purge_rule(
            d.manager,
            PurgeRuleRecord(AppRecordKind.TICKETS, Period(2, PeriodUnit.YEARS), "anonymise", "当社方針"),
        ).kind.value,
        True,
    ),
    ("retention", "hold_record"): lambda d: (
        lambda t: (
            "ticket",
            d.s.retention.hold_record(
                d.clerk,
                AppRecordKind.TICKETS,
                t,
                HoldReason.CONSENT,
                "",
                d.s.retention.today() + timedelta(days=9),
            )
            or t,
            False,
        )
    )(d.ticket()),
    ("retention", "release_record"): lambda d: (
        lambda t: (
            "ticket",
            (
                d.s.retention.hold_record(
                    d.clerk,
                    AppRecordKind.TICKETS,
                    t,
                    HoldReason.CONSENT,
                    "",
                    d.s.retention.today() + timedelta(days=9),
                ),
                d.s.retention.release_record(d.clerk, AppRecordKind.TICKETS, t),
            )
            and t,
            True,
        )
    )(d.ticket()),
    ("retention", "purge"): lambda d: ("ticket", _purged_ticket(d), False),
}
