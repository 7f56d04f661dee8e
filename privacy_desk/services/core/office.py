"""The office settings as stored, read in the caller's transaction (docs/ARCHITECTURE.md §6.7).

Core reads them itself, not through the settings feature (core imports no feature): a unit of work
reads them once for every policy it builds (`Work.settings`), and the settings service's reads use the
same query."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk import config
from privacy_desk.storage.models import Setting


def read_office_settings(session: Session) -> Mapping[str, object]:
    """Every office setting with its stored value or its default, in one query."""
    keys = [s.key for s in config.OFFICE_SETTINGS]
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    stored: dict[str, object] = {key: value for key, value in rows}
    return {s.key: stored.get(s.key, s.default) for s in config.OFFICE_SETTINGS}
