"""Office settings shared by every desk of a database, and the closure days they define.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.settings.closures import ClosureDays
from privacy_desk.services.settings.service import OfficeSettingsService, office_tz, stored_setting

__all__ = ["ClosureDays", "OfficeSettingsService", "office_tz", "stored_setting"]
