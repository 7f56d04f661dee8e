"""Every change through a service leaves an audit entry in the same transaction; a refused one leaves none."""

from __future__ import annotations

import pytest

from privacy_desk.config import COMPANY_CLOSURES, INTERNAL_DUE_DAYS
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.errors import InvalidInput
from privacy_desk.services.persons.service import PersonData


def test_creating_and_changing_a_person_is_audited_with_before_and_after(services):
    person = services.persons.create(
        services.actor, PersonData("山田 太郎", "ヤマダ タロウ", "taro@example.jp")
    )
    services.persons.update(
        services.actor, person.id, PersonData("山田 太郎", "ヤマダ タロウ", "t.yamada@example.jp")
    )

    update, create = services.audit.entries(entity="person", entity_id=person.id)
    assert create.action == "create" and create.after["email"] == "taro@example.jp"
    assert update.action == "update"
    assert update.before["email"] == "taro@example.jp" and update.after["email"] == "t.yamada@example.jp"
    assert update.actor_login == "tester"
    assert update.occurred_at.tzinfo is not None


def test_the_first_sign_in_and_user_changes_are_audited(services):
    services.users.add(services.actor, "suzuki", "鈴木 一郎", Role.MANAGER)
    entries = services.audit.entries(entity="user")
    assert [(e.action, e.after["login"]) for e in entries] == [("create", "suzuki"), ("create", "tester")]


def test_a_refused_settings_change_writes_nothing(services):
    before = services.audit.entries()
    good = INTERNAL_DUE_DAYS[RequestType.DISCLOSURE]
    with pytest.raises(InvalidInput):
        services.settings.set_many(services.actor, {good: 10, COMPANY_CLOSURES: ["not a date"]})
    assert services.settings.get(good) == 14
    assert services.audit.entries() == before


def test_an_invalid_person_is_refused_and_not_stored(services):
    with pytest.raises(InvalidInput):
        services.persons.create(services.actor, PersonData("  "))
    assert services.persons.list() == []
    assert services.audit.entries(entity="person") == []
