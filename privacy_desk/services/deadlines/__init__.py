"""The deadline calculator's answers for a request or a breach (docs/ARCHITECTURE.md §4).

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.deadlines.service import DeadlineService

__all__ = ["DeadlineService"]
