"""The register after the code review of issue #12: a disposal certificate states the rule, category
and company the holding was disposed under, whatever the register says later; a rule or purge rule
edited on two desks at once is refused on the second."""

from __future__ import annotations

import pytest
from retention_samples import category, desk_actors, make_holding

from privacy_desk.config import COMPANY_NAME
from privacy_desk.domain.retention import AppRecordKind, DisposalMethod, Period, PeriodUnit, TriggerEvent
from privacy_desk.domain.roles import Role
from privacy_desk.errors import StaleEdit
from privacy_desk.reports import disposal_certificate
from privacy_desk.services.retention import CategoryInput, RuleInput


def certificate_data(services, holding_id: int, monkeypatch, lang: str = "ja"):
    """What the certificate of `holding_id` states (the data handed to the PDF's drawing)."""
    drawn = []
    monkeypatch.setattr(
        disposal_certificate, "render_disposal_certificate", lambda data, out, lang: drawn.append(data)
    )
    services.retention.write_certificate(holding_id, "unused.pdf", lang)
    (data,) = drawn
    return data


def test_the_certificate_keeps_the_rule_category_and_company_it_was_disposed_under(services, monkeypatch):
    clerk, manager = desk_actors(services)
    retention = services.retention
    holding = make_holding(services, due_in=-1)
    retention.dispose(
        clerk, holding.id, holding.version, DisposalMethod.DELETED, retention.today(), manager.id, "", []
    )
    before = certificate_data(services, holding.id, monkeypatch, "en")
    assert before.period == Period(1, PeriodUnit.YEARS) and before.category == "Support call recordings"
    cat = category(services)
    assert cat.rule is not None
    retention.set_rule(
        manager,
        RuleInput(
            cat.id, Period(3, PeriodUnit.MONTHS), TriggerEvent.CONTRACT_END, "新規程", cat.rule.version
        ),
    )
    retention.update_category(
        manager, cat.id, cat.version, CategoryInput("録音（改称）", "", "別システム", "別部署")
    )
    services.settings.set(services.actor, COMPANY_NAME, "新社名株式会社")
    after = certificate_data(services, holding.id, monkeypatch, "en")
    assert after == before
    ja = certificate_data(services, holding.id, monkeypatch, "ja")
    assert (ja.category, ja.systems, ja.owner, ja.legal_basis) == (
        cat.name,
        cat.systems,
        cat.owner,
        cat.rule.legal_basis,
    )
    assert ja.company != "新社名株式会社" and ja.period == Period(1, PeriodUnit.YEARS)


def test_a_rule_changed_on_another_desk_is_not_overwritten(services):
    clerk, manager = desk_actors(services)
    retention = services.retention
    cat = category(services)
    assert cat.rule is not None
    read = cat.rule.version
    retention.set_rule(
        manager, RuleInput(cat.id, Period(2, PeriodUnit.YEARS), TriggerEvent.COLLECTION, "A", read)
    )
    with pytest.raises(StaleEdit) as stale:
        retention.set_rule(
            clerk, RuleInput(cat.id, Period(5, PeriodUnit.YEARS), TriggerEvent.COLLECTION, "B", read)
        )
    assert "鈴木 一郎" in stale.value.english() and stale.value.current.legal_basis == "A"
    assert category(services).rule.period == Period(2, PeriodUnit.YEARS)


def test_a_purge_rule_changed_on_another_desk_is_not_overwritten(services):
    _clerk, manager = desk_actors(services)
    retention = services.retention
    services.users.add(services.actor, "sato", "佐藤 次郎", Role.MANAGER)
    second = services.users.sign_in("sato")
    (read,) = [r for r in retention.purge_rules() if r.kind is AppRecordKind.TICKETS]
    assert read.version is not None
    changed = retention.set_purge_rule(manager, _with(read, Period(2, PeriodUnit.YEARS)))
    assert changed.version == read.version + 1
    with pytest.raises(StaleEdit) as stale:
        retention.set_purge_rule(second, _with(read, Period(10, PeriodUnit.YEARS)))
    assert stale.value.current.period == Period(2, PeriodUnit.YEARS)
    (now,) = [r for r in retention.purge_rules() if r.kind is AppRecordKind.TICKETS]
    assert now.period == Period(2, PeriodUnit.YEARS)


def _with(rule, period):
    from dataclasses import replace

    return replace(rule, period=period)
