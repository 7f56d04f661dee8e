"""Finding or creating the person a mail address belongs to (exact match first, then any case)."""

from __future__ import annotations

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import (
    normalize_address,
)
from privacy_desk.services.core.rows import insert_row
from privacy_desk.services.core.writing import Work
from privacy_desk.services.tickets.policy import NAME_MAX, clip
from privacy_desk.storage.models import Person

_P = Person.__table__  # the table, not the ORM class: an ORM-enabled select costs twice as much to run
_PERSON_BY_EMAIL = (
    select(_P.c.id).where(_P.c.email.in_(bindparam("emails", expanding=True))).order_by(_P.c.id).limit(1)
)
_PERSON_BY_EMAIL_ANY_CASE = (
    select(_P.c.id).where(func.lower(_P.c.email) == bindparam("key")).order_by(_P.c.id).limit(1)
)


def mixed_case_emails(session: Session) -> dict[str, int] | None:
    """For matching many senders in one transaction on SQLite (which has no index on lower(email)):
    the lower-cased address → the first person, of the few persons whose address is not stored in lower
    case. None on PostgreSQL, which looks that up in its index."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    found: dict[str, int] = {}
    rows = session.execute(
        select(Person.id, Person.email).where(Person.email != func.lower(Person.email)).order_by(Person.id)
    )
    for person_id, email in rows:
        found.setdefault(email.lower(), person_id)
    return found


def person_for_address(
    work: Work, address: str, name: str, *, mixed_case: dict[str, int] | None = None
) -> Person | None:
    """The person with this e-mail address; a new one when nobody has it (staff correct it later)."""
    person_id = person_id_for_address(work, address, name, mixed_case=mixed_case)
    return work.session.get(Person, person_id) if person_id is not None else None


def person_id_for_address(
    work: Work, address: str, name: str, *, mixed_case: dict[str, int] | None = None
) -> int | None:
    """`person_for_address`, the id only (no ORM object for a new person). `mixed_case`:
    `mixed_case_emails` read in this transaction, for many senders in a row."""
    session = work.session
    key = normalize_address(address)
    if not key:
        return None
    # The indexed exact match first (the import stores addresses in lower case); then any case:
    # indexed on PostgreSQL (migration 0002), a scan of the desk's own file on SQLite (or the few
    # mixed-case addresses read once for a batch).
    person_id = session.scalar(_PERSON_BY_EMAIL, {"emails": sorted({address.strip(), key})})
    if person_id is None:
        if mixed_case is None:
            person_id = session.scalar(_PERSON_BY_EMAIL_ANY_CASE, {"key": key})
        else:
            person_id = mixed_case.get(key)
    if person_id is not None:
        return person_id
    person_name = clip(name.strip() or key.split("@")[0], NAME_MAX)
    person_id = insert_row(session, Person.__table__, {"name": person_name, "email": key})
    work.audit("person", person_id, "create", after={"name": person_name, "email": key, "source": "mail"})
    return person_id
