"""The time left to a deadline in words, as the incident page and Today say it ("2 days 5 h left",
"overdue by 3 h"): days and hours, minutes in the last hours (what a desk acts on). A deadline day runs to
midnight at its end in the office's time zone (docs/ARCHITECTURE.md §4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def end_of_day(day: date, zone: tzinfo | None) -> datetime:
    """The moment a deadline day runs out: midnight at its end in `zone` (UTC when not known yet)."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone or UTC)


def remaining_text(due: datetime, now: datetime) -> str:
    left = due - now
    days, rest = divmod(int(abs(left).total_seconds()), 86_400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        amount = (
            translate("Countdown", "%n day(s)", None, days)
            + " "
            + translate("Countdown", "%n h", None, hours)
        )
    elif hours:
        amount = (
            translate("Countdown", "%n h", None, hours)
            + " "
            + translate("Countdown", "%n min", None, minutes)
        )
    else:
        amount = translate("Countdown", "%n min", None, minutes)
    if left < timedelta(0):
        return translate("Countdown", "overdue by {time}").format(time=amount)
    return translate("Countdown", "{time} left").format(time=amount)


__all__ = ["end_of_day", "remaining_text"]
