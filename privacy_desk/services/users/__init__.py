"""Users and roles.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.users.service import UserRow, UserService, os_login

__all__ = ["UserRow", "UserService", "os_login"]
