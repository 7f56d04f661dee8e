"""Users and roles: the first user administers, newcomers start with the least privilege."""

from __future__ import annotations

import pytest

from privacy_desk.domain.roles import Role
from privacy_desk.errors import InvalidInput, PermissionDenied
from privacy_desk.services.container import open_services


def test_first_user_of_an_empty_database_is_an_administrator(services):
    assert services.actor.login == "tester"
    assert services.actor.role is Role.ADMIN


def test_later_newcomers_start_as_desk_staff(services, db_url):
    other = open_services(db_url, login="newcomer")
    try:
        assert other.actor.role is Role.DESK
    finally:
        other.close()


def test_desk_staff_cannot_manage_users(services, db_url):
    other = open_services(db_url, login="newcomer")
    try:
        with pytest.raises(PermissionDenied) as raised:
            other.users.add(other.actor, "mallory", "Mallory", Role.ADMIN)
        assert "newcomer" in raised.value.english()
    finally:
        other.close()
    assert [u.login for u in services.users.list()] == ["newcomer", "tester"]


def test_the_last_active_administrator_cannot_be_demoted(services):
    me = next(u for u in services.users.list() if u.login == "tester")
    with pytest.raises(InvalidInput):
        services.users.update(services.actor, me.id, role=Role.DESK)
    assert services.users.list()[0].role is Role.ADMIN


def test_a_deactivated_user_cannot_sign_in(services, db_url):
    manager = services.users.add(services.actor, "suzuki", "鈴木 一郎", Role.MANAGER)
    services.users.update(services.actor, manager.id, active=False)
    with pytest.raises(InvalidInput):
        open_services(db_url, login="suzuki")


def test_duplicate_login_is_refused(services):
    services.users.add(services.actor, "suzuki", "鈴木 一郎", Role.MANAGER)
    with pytest.raises(InvalidInput):
        services.users.add(services.actor, "suzuki", "別の人", Role.DESK)
