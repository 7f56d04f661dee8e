"""Roles and what each may do. Pure data: services check it, the GUI hides what a role cannot use."""

from __future__ import annotations

from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP


class Role(StrEnum):
    DESK = "desk"
    MANAGER = "manager"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.DESK: QT_TRANSLATE_NOOP("Role", "Desk staff"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


class Permission(StrEnum):
    WORK_CASES = "work_cases"
    APPROVE_DECISIONS = "approve_decisions"
    EDIT_OFFICE_SETTINGS = "edit_office_settings"
    MANAGE_USERS = "manage_users"

    @property
    def label(self) -> str:
        return _PERMISSION_LABELS[self]


_PERMISSION_LABELS = {
    Permission.WORK_CASES: QT_TRANSLATE_NOOP("Permission", "work on inquiries and cases"),
    Permission.APPROVE_DECISIONS: QT_TRANSLATE_NOOP("Permission", "approve decisions"),
    Permission.EDIT_OFFICE_SETTINGS: QT_TRANSLATE_NOOP("Permission", "change office settings"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Permission", "manage users and roles"),
}

# An administrator configures the office but is not, by that role alone, an approver of legal decisions.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.DESK: frozenset({Permission.WORK_CASES}),
    Role.MANAGER: frozenset({Permission.WORK_CASES, Permission.APPROVE_DECISIONS}),
    Role.ADMIN: frozenset({Permission.WORK_CASES, Permission.EDIT_OFFICE_SETTINGS, Permission.MANAGE_USERS}),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
