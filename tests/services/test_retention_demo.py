"""The demo's retention register: a holding in every status the calendar shows, in both languages, a
held one with its review date and a disposed one whose certificate renders; a second run adds nothing."""

from __future__ import annotations

from datetime import timedelta

from privacy_desk.domain.retention import HoldingStatus
from privacy_desk.services.demo.service import fill_demo


def test_the_demo_register_has_every_status_and_renders_a_certificate(services, tmp_path):
    first = fill_demo(services, tickets=4)
    retention = services.retention
    rows = retention.holdings()
    assert first["holdings"] == len(rows) >= 6
    statuses = {row.status for row in rows}
    assert {
        HoldingStatus.DUE,
        HoldingStatus.OVERDUE,
        HoldingStatus.HELD,
        HoldingStatus.DISPOSED,
        HoldingStatus.KEPT,
    } <= statuses
    assert any(row.name.isascii() for row in rows) and any(not row.name.isascii() for row in rows)
    held = next(row for row in rows if row.status is HoldingStatus.HELD)
    assert held.hold is not None and held.hold.review_on > retention.today()
    disposed = next(row for row in rows if row.status is HoldingStatus.DISPOSED)
    assert disposed.disposal is not None and disposed.disposal.certificate_no.startswith("DSP-")
    assert disposed.disposal.evidence and disposed.disposal.approved_by == "鈴木 一郎"
    today = retention.today()
    assert retention.due_between(today, today + timedelta(days=6))  # something due this week
    for lang in ("ja", "en"):
        out = tmp_path / f"certificate-{lang}.pdf"
        retention.write_certificate(disposed.id, out, lang)
        assert out.read_bytes().startswith(b"%PDF")
    assert fill_demo(services, tickets=4)["holdings"] == 0
