"""The register as the command line prints it (docs/ARCHITECTURE.md §5): `retention due --json` is
`[{holding, category, due, status, hold}]`, and `deadline retention --json` is
`{expires_on, delete_from, expires_on_ja}`."""

from __future__ import annotations

from datetime import date

from privacy_desk.domain.retention import Period, retention_end
from privacy_desk.domain.wareki import format_wareki
from privacy_desk.services.retention.records import HoldingRow


def due_rows(rows: list[HoldingRow], start: date, end: date) -> list[HoldingRow]:
    """The holdings whose deletion falls due in [start, end], not those disposed of; by due day and
    reference. A held holding leaves the list until its hold comes up for review: one whose review day
    is by `end` is listed with its hold, the decision the desk must take again."""
    found = [
        row
        for row in rows
        if row.delete_from is not None
        and start <= row.delete_from <= end
        and row.disposal is None
        and (row.hold is None or row.hold.review_on <= end)
    ]
    return sorted(found, key=lambda row: (row.delete_from, row.ref))


def due_json(row: HoldingRow) -> dict[str, object]:
    """`holding` is the holding's name as the register shows it; `hold` the exception's value or None."""
    assert row.delete_from is not None  # due_rows keeps only holdings with a due day
    return {
        "holding": row.name,
        "category": row.category,
        "due": row.delete_from.isoformat(),
        "status": row.status.value,
        "hold": row.hold.reason.value if row.hold is not None else None,
    }


def retention_deadline_json(period: Period, trigger_day: date) -> dict[str, object]:
    end = retention_end(period, trigger_day)
    return {
        "expires_on": end.expires_on.isoformat(),
        "delete_from": end.delete_from.isoformat(),
        "expires_on_ja": format_wareki(end.expires_on, weekday=True),
    }
