"""The retention register through its service: seeded categories, rules, holdings and their Civil Code
dates, the calendar, holds, disposal approved by a manager, and the refusals a desk meets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from retention_samples import RECORDINGS, category, desk_actors, evidence_file, make_holding

from privacy_desk.domain.retention import (
    DisposalMethod,
    HoldingStatus,
    HoldReason,
    Period,
    PeriodUnit,
    TriggerEvent,
    retention_end,
)
from privacy_desk.errors import InvalidInput, NotFound, PermissionDenied, StaleEdit
from privacy_desk.services.core.agenda import AgendaKind
from privacy_desk.services.retention import CategoryInput, HoldingFilter, HoldingInput, RuleInput


def test_the_register_is_seeded_from_the_policys_purposes_of_use(services):
    categories = {c.name_en: c for c in services.retention.categories()}
    for name in (
        "Customers and contracts",
        "Billing and credit",
        RECORDINGS,
        "Communication logs",
        "Job applicants",
        "Employees",
        "Payroll and social insurance",
        "Inquiry-desk records (tickets, request cases, incidents)",
    ):
        assert categories[name].name and categories[name].systems and categories[name].owner
        assert categories[name].rule is not None and categories[name].rule.legal_basis
    employees = categories["Employees"].rule
    assert employees is not None and "労働基準法第109条" in employees.legal_basis
    assert employees.trigger is TriggerEvent.EMPLOYMENT_END
    billing = categories["Billing and credit"].rule
    assert (
        billing is not None
        and billing.period == Period(7, PeriodUnit.YEARS)
        and "法人税法" in billing.legal_basis
    )


def test_a_holding_gets_its_dates_from_its_categorys_rule(services):
    trigger = date(2025, 11, 30)
    holding = services.retention.add_holding(
        services.actor,
        HoldingInput(category(services).id, "通話録音 2025年11月", "1,240 files", "rec-01", trigger),
    )
    expected = retention_end(Period(1, PeriodUnit.YEARS), trigger)
    assert (holding.expires_on, holding.delete_from) == (expected.expires_on, expected.delete_from)
    assert holding.ref.startswith("RET-") and services.retention.id_of(holding.ref.lower()) == holding.id
    assert holding.rule is not None and holding.category_en == RECORDINGS


def test_changing_the_rule_moves_the_dates_of_its_holdings(services):
    holding = make_holding(services, due_in=30)
    cat = category(services)
    services.retention.set_rule(
        services.actor, RuleInput(cat.id, Period(6, PeriodUnit.MONTHS), TriggerEvent.COLLECTION, "当社方針")
    )
    moved = services.retention.holding(holding.id)
    assert moved.delete_from == retention_end(Period(6, PeriodUnit.MONTHS), holding.trigger_on).delete_from
    assert moved.version > holding.version


def test_statuses_and_the_calendar(services):
    retention = services.retention
    today = retention.today()
    soon = make_holding(services, "soon", due_in=3)
    late = make_holding(services, "late", due_in=-5)
    kept = make_holding(services, "kept", due_in=200)
    assert (soon.status, late.status, kept.status) == (
        HoldingStatus.KEPT,
        HoldingStatus.OVERDUE,
        HoldingStatus.KEPT,
    )
    assert retention.holding(soon.id, as_of=soon.delete_from).status is HoldingStatus.DUE
    assert [h.name for h in retention.due_between(today, today + timedelta(days=7))] == ["soon"]
    assert [h.name for h in retention.overdue(today)] == ["late"]
    counts = {c.day: c for c in retention.day_counts(today - timedelta(days=10), today + timedelta(days=10))}
    assert set(counts) == {soon.delete_from, late.delete_from}
    assert (counts[late.delete_from].overdue, counts[late.delete_from].due) == (1, 0)
    assert (counts[soon.delete_from].due, counts[soon.delete_from].overdue) == (1, 0)
    only_late = HoldingFilter(statuses=frozenset({HoldingStatus.OVERDUE}))
    assert [h.name for h in retention.holdings(only_late)] == ["late"]
    assert [h.name for h in retention.holdings(HoldingFilter(text="KEP"))] == ["kept"]
    other = next(c for c in retention.categories() if c.name_en == "Employees")
    assert retention.holdings(HoldingFilter(category_id=other.id)) == []
    assert [h.name for h in retention.holdings(HoldingFilter(system="REC-01"))] == ["soon", "late", "kept"]
    assert retention.holdings(HoldingFilter(owner="人事部")) == []


def test_a_hold_removes_a_holding_from_the_due_list_until_its_review_date(services):
    retention = services.retention
    today = retention.today()
    holding = make_holding(services, due_in=-2)
    review = today + timedelta(days=20)
    held = retention.place_hold(
        services.actor, holding.id, holding.version, HoldReason.REQUIRED_BY_LAW, "訴訟のため保存", review
    )
    assert held.status is HoldingStatus.HELD and held.hold is not None and held.hold.review_on == review
    assert retention.overdue(today) == []
    assert retention.due_between(today - timedelta(days=30), today + timedelta(days=30)) == []
    assert [h.id for h in retention.reviews_between(review, review)] == [holding.id]
    assert retention.holding(holding.id, as_of=review).status is HoldingStatus.REVIEW
    assert {c.day: c.review for c in retention.day_counts(today, review)} == {review: 1}
    released = retention.release_hold(services.actor, held.id, held.version, "訴訟終了")
    assert released.hold is None and released.status is HoldingStatus.OVERDUE
    assert [h.id for h in retention.overdue(today)] == [holding.id]


def test_a_hold_needs_a_future_review_date_and_a_reason(services):
    retention = services.retention
    holding = make_holding(services)
    with pytest.raises(InvalidInput):
        retention.place_hold(
            services.actor, holding.id, holding.version, HoldReason.BUSINESS_NEED, "x", retention.today()
        )
    with pytest.raises(InvalidInput):
        retention.place_hold(
            services.actor,
            holding.id,
            holding.version,
            HoldReason.BUSINESS_NEED,
            "  ",
            retention.today() + timedelta(days=1),
        )


def test_disposal_is_approved_by_a_manager_and_a_disposed_holding_refuses_edits(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    today = retention.today()
    holding = make_holding(services, due_in=-1)
    with pytest.raises(InvalidInput):  # a desk user is no approver
        retention.dispose(clerk, holding.id, holding.version, DisposalMethod.DELETED, today, clerk.id, "", [])
    evidence = evidence_file("rm -rf /rec/2025-11")
    disposed = retention.dispose(
        clerk,
        holding.id,
        holding.version,
        DisposalMethod.DELETED,
        today,
        manager.id,
        "消去ツールで削除",
        [evidence],
    )
    assert disposed.status is HoldingStatus.DISPOSED and disposed.disposal is not None
    assert disposed.disposal.approved_by == "鈴木 一郎" and disposed.disposal.disposed_by == "田中 さくら"
    assert disposed.disposal.certificate_no == f"DSP-{today.year}-0001"
    (file,) = disposed.disposal.evidence
    assert (
        retention.evidence_data(file.sha256) == evidence.read_bytes() and file.size == evidence.stat().st_size
    )
    assert retention.overdue(today) == []  # gone from the lists, kept on record
    assert [h.id for h in retention.holdings()] == [holding.id]
    edits = [
        lambda: retention.update_holding(
            clerk,
            holding.id,
            disposed.version,
            HoldingInput(holding.category_id, "x", "", "", holding.trigger_on),
        ),
        lambda: retention.place_hold(
            clerk, holding.id, disposed.version, HoldReason.CONSENT, "", today + timedelta(days=5)
        ),
        lambda: retention.release_hold(clerk, holding.id, disposed.version, ""),
        lambda: retention.dispose(
            clerk, holding.id, disposed.version, DisposalMethod.SHREDDED, today, manager.id, "", []
        ),
    ]
    for edit in edits:
        with pytest.raises(InvalidInput) as refused:
            edit()
        assert "disposed of" in refused.value.english()


def test_a_held_holding_cannot_be_disposed_of_and_a_future_disposal_date_is_refused(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    today = retention.today()
    holding = make_holding(services, due_in=-1)
    with pytest.raises(InvalidInput):
        retention.dispose(
            clerk,
            holding.id,
            holding.version,
            DisposalMethod.DELETED,
            today + timedelta(days=1),
            manager.id,
            "",
            [],
        )
    held = retention.place_hold(
        clerk, holding.id, holding.version, HoldReason.CONSENT, "", today + timedelta(days=3)
    )
    with pytest.raises(InvalidInput):
        retention.dispose(clerk, held.id, held.version, DisposalMethod.DELETED, today, manager.id, "", [])
    with pytest.raises(InvalidInput):  # a missing evidence file changes nothing
        retention.release_hold(clerk, held.id, held.version, "")
        retention.dispose(
            clerk,
            held.id,
            None,
            DisposalMethod.DELETED,
            today,
            manager.id,
            "",
            [evidence_file().with_name("no")],
        )
    assert retention.holding(holding.id).disposal is None


def test_a_stale_edit_is_refused_with_the_record_as_stored(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    holding = make_holding(services)
    retention.update_holding(
        manager,
        holding.id,
        holding.version,
        HoldingInput(holding.category_id, "別名", "", "", holding.trigger_on),
    )
    with pytest.raises(StaleEdit) as stale:
        retention.update_holding(
            clerk,
            holding.id,
            holding.version,
            HoldingInput(holding.category_id, "上書き", "", "", holding.trigger_on),
        )
    assert stale.value.current.name == "別名"
    assert "鈴木 一郎" in stale.value.english()
    cat = category(services)
    retention.update_category(
        manager, cat.id, cat.version, CategoryInput("録音", cat.purpose, cat.systems, cat.owner)
    )
    with pytest.raises(StaleEdit):
        retention.update_category(clerk, cat.id, cat.version, CategoryInput("録音2", "", "", ""))
    renamed = next(c for c in retention.categories() if c.id == cat.id)
    assert (renamed.name, renamed.name_en) == ("録音", "")  # renamed by hand: the seeded English name goes


def test_a_disposal_against_an_older_read_is_refused(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    today = retention.today()
    holding = make_holding(services, due_in=-1)
    retention.place_hold(
        clerk, holding.id, holding.version, HoldReason.CONSENT, "", today + timedelta(days=9)
    )
    with pytest.raises(StaleEdit) as stale:  # the manager's page still shows it due, not held
        retention.dispose(
            manager, holding.id, holding.version, DisposalMethod.DELETED, today, manager.id, "", []
        )
    assert stale.value.current.status is HoldingStatus.HELD
    assert retention.holding(holding.id).disposal is None


def test_bad_input_is_refused(services):
    retention = services.retention
    with pytest.raises(InvalidInput):
        retention.add_category(services.actor, CategoryInput("  ", "", "", ""))
    with pytest.raises(NotFound):
        retention.add_holding(services.actor, HoldingInput(9999, "x", "", "", date(2026, 1, 1)))
    with pytest.raises(InvalidInput):
        retention.id_of("REQ-2026-0001")
    with pytest.raises(NotFound):
        retention.id_of("RET-2026-0999")


def test_only_a_manager_purges(services):
    clerk, _ = desk_actors(services)
    with pytest.raises(PermissionDenied):
        services.retention.purge(clerk, services.retention.purge_plan())


def test_today_lists_holdings_due_this_week_and_holds_to_review(services):
    retention = services.retention
    today = retention.today()
    soon = make_holding(services, "今週の消去", due_in=2)
    held = make_holding(services, "保留中", due_in=-3)
    review = today + timedelta(days=5)
    retention.place_hold(services.actor, held.id, held.version, HoldReason.CONSENT, "", review)
    make_holding(services, "来月", due_in=40)
    agenda = services.agenda.agenda_page(today, days_ahead=7)
    items = [i for i in agenda.coming.items if i.kind is AgendaKind.RETENTION]
    assert [(i.day, i.ref, i.category) for i in items] == [
        (soon.delete_from, soon.ref, "due"),
        (review, held.ref, "review"),
    ]
    assert not [i for i in agenda.overdue.items if i.kind is AgendaKind.RETENTION]  # the held one waits
