"""Refusing a save made against an older read of a record (a lost update).

Every editable record has a `version` the ORM raises with each UPDATE (storage.models.Versioned). A
form sends the version it showed; when the stored row has moved on, the change is refused with who
changed it and when, read from the audit trail, and with the record as stored now.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.errors import QT_TRANSLATE_NOOP, StaleEdit, Text
from privacy_desk.services.core.actor import Actor
from privacy_desk.storage.models import AuditEntry, User

if TYPE_CHECKING:
    from sqlalchemy import Row

    # Who changed a record last and when, from the audit trail (SQLAlchemy 2.1's Row takes the types).
    _LastChange = Row[int | None, str, datetime]

CASE_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This request case"))
TICKET_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This ticket"))
PERSON_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This person's record"))
USER_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This user"))
SETTINGS_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "These settings"))


class VersionedRow(Protocol):
    """A record with a version (storage.models.Versioned) and an id, mapped to its table."""

    @property
    def __tablename__(self) -> str: ...
    @property
    def id(self) -> int: ...
    @property
    def version(self) -> int: ...


_STALE = QT_TRANSLATE_NOOP(
    "Errors",
    "{what} was changed by {name} at {time} after you opened it. Your change was not saved; "
    "what is stored now is shown.",
)
_STALE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors",
    "{what} was changed on another desk after you opened it. Your change was not saved; "
    "what is stored now is shown.",
)


def check_version(
    session: Session,
    actor: Actor,
    row: VersionedRow,
    expected: int | None,
    *,
    what: Text,
    office_tz: ZoneInfo,
    current: Callable[[], object] = lambda: None,
) -> None:
    """Refuse (StaleEdit) when `expected` is given and `row`, read under the caller's lock, is past it
    because of someone else: the user's own changes still under way (two clicks in quick succession)
    do not make their own next change stale."""
    if expected is None or row.version == expected:
        return
    entity = row.__tablename__.removesuffix("s")  # the audit trail's name: "case", "ticket", …
    last = _last_change(session, entity, row.id)
    if last is not None and last[0] is not None and last[0] == actor.id:
        return
    _refuse(last, what=what, office_tz=office_tz, current=current(), session=session)


def refuse_stale(
    session: Session, entity: str, entity_id: object, *, what: Text, office_tz: ZoneInfo, current: object
) -> None:
    """Raise StaleEdit naming who changed the record last and when, from the audit trail."""
    _refuse(
        _last_change(session, entity, entity_id),
        what=what,
        office_tz=office_tz,
        current=current,
        session=session,
    )


def _last_change(session: Session, entity: str, entity_id: object) -> _LastChange | None:
    return session.execute(
        select(AuditEntry.actor_id, AuditEntry.actor_login, AuditEntry.occurred_at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()


def _refuse(
    last: _LastChange | None, *, what: Text, office_tz: ZoneInfo, current: object, session: Session
) -> None:
    if last is None:
        raise StaleEdit(_STALE_UNKNOWN, what=what, current=current)
    actor_id, login, moment = last
    user = session.get(User, actor_id) if actor_id is not None else None
    name = user.display_name if user else login
    raise StaleEdit(_STALE, what=what, name=name, time=_when(moment, office_tz), current=current)


def _when(moment: datetime, office_tz: ZoneInfo) -> str:
    """HH:MM in the office's time zone; with the date when it was not today there."""
    local = moment.astimezone(office_tz)
    if local.date() == datetime.now(UTC).astimezone(office_tz).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
