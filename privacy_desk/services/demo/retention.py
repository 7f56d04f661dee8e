"""Demo holdings of the retention register, in Japanese and English, one in every situation the desk
meets: due today and later this week, overdue, kept for years, held on one of the policy's exceptions
with a review date, and disposed of with the manager's approval, evidence and a certificate number.

Trigger days are counted back from the office's today so the calendar always has something this week.
Everything goes through RetentionService as staff would do it; nothing is added when the register
already holds holdings."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from privacy_desk.domain.retention import DisposalMethod, HoldReason, Period, retention_end
from privacy_desk.services.retention import CategoryRecord, HoldingInput
from privacy_desk.storage.models import RetentionHolding, User

if TYPE_CHECKING:
    from privacy_desk.services.container import Services

# (category's English name, holding name, quantity, location, due in days; None: long kept)
DEMO_HOLDINGS = (
    ("Support call recordings", "通話録音 2025年12月分", "1,240件", "録音サーバー rec-01", 0),
    ("Support call recordings", "Call recordings, December 2025 (English line)", "86 files", "rec-01", 3),
    ("Communication logs", "メールサーバーのアクセスログ 2025年12月", "31ファイル", "ログサーバー log-02", 5),
    ("Job applicants", "2026年度春採用 不採用者の応募書類", "42名分", "人事部キャビネットB", -12),
    ("Job applicants", "Applications, autumn 2025 intern programme", "18 applicants", "ATS export", -3),
    ("Employees", "退職者の労働者名簿（2025年度退職）", "7名分", "人事システム", None),
    ("Billing and credit", "請求データ 2019年度", "12,400件", "請求システム", -1),
    ("Customers and contracts", "解約済み顧客の契約書（2021年解約）", "320件", "書庫 3F-2", 2),
)
HELD = "請求データ 2019年度"  # kept for a tax audit on an exception of the policy
DISPOSED = "Applications, autumn 2025 intern programme"


def _trigger_for(period: Period, due: date) -> date:
    """The latest trigger day whose retention under `period` ends the day before `due`."""
    trigger = due - timedelta(days=1)
    while retention_end(period, trigger).delete_from > due:
        trigger -= timedelta(days=1)
    return trigger


def fill_demo_retention(services: Services) -> int:
    retention, actor = services.retention, services.actor
    with services.db.transaction() as session:
        if session.scalar(select(func.count()).select_from(RetentionHolding)):
            return 0
        manager_id = session.scalar(
            select(User.id).where(User.role == "manager", User.active).order_by(User.id)
        )
    categories: dict[str, CategoryRecord] = {c.name_en: c for c in retention.categories() if c.name_en}
    today = retention.today()
    made = {}
    for category_name, name, quantity, location, due_in in DEMO_HOLDINGS:
        category = categories[category_name]
        assert category.rule is not None  # every seeded category has its rule
        period = category.rule.period
        if due_in is None:
            trigger = today - timedelta(days=200)
        else:
            trigger = _trigger_for(period, today + timedelta(days=due_in))
        made[name] = retention.add_holding(
            actor, HoldingInput(category.id, name, quantity, location, trigger)
        )
    held = made[HELD]
    retention.place_hold(
        actor,
        held.id,
        held.version,
        HoldReason.REQUIRED_BY_LAW,
        "税務調査の対象年度のため、調査の終了まで保存する（国税通則法第74条の2）。",
        today + timedelta(days=45),
    )
    if manager_id is not None:
        disposed = made[DISPOSED]
        evidence = Path(tempfile.mkdtemp()) / "erase-log.txt"
        evidence.write_text(
            f"{today.isoformat()} ATS export deleted (18 records), recycle bin emptied.\n", encoding="utf-8"
        )
        retention.dispose(
            actor,
            disposed.id,
            disposed.version,
            DisposalMethod.DELETED,
            today,
            manager_id,
            "Deleted from the ATS and its export share; confirmed by search.",
            [evidence],
        )
        evidence.unlink()
        evidence.parent.rmdir()
    return len(made)
