"""Who is acting, and the one permission check every service uses."""

from __future__ import annotations

from dataclasses import dataclass

from privacy_desk.domain.roles import Permission, Role, role_allows
from privacy_desk.errors import QT_TRANSLATE_NOOP, PermissionDenied, Text


@dataclass(frozen=True)
class Actor:
    id: int | None
    login: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "{user} ({role}) is not allowed to {action}."),
                user=self.display_name,
                role=Text("Role", self.role.label),
                action=Text("Permission", permission.label),
            )


SYSTEM = Actor(None, "system", "Privacy Desk", Role.ADMIN)
