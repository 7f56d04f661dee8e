"""Finding a person by name, reading, e-mail or phone, in SQL on the stored search key.

`persons.search_key` holds each field normalised as `domain.tickets.normalize_name` compares names (full
and half width, 異体字 such as 髙/高 and 﨑/崎, katakana as hiragana, case and spaces ignored), joined by a
separator no normalised field holds (storage/models/core.py, migration 0010): a person matches when the
normalised query occurs in one of the fields, exactly when it occurs in the key.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import normalize_name
from privacy_desk.services.persons.service import PersonRow
from privacy_desk.storage.models import Person

FIELDS = ("name", "name_kana", "email", "phone", "address", "id", "version")


def find_persons(session: Session, text: str, *, limit: int = 50) -> list[PersonRow]:
    """The first `limit` people (by id) whose name, reading, e-mail or phone holds `text`."""
    key = normalize_name(text)
    if not key:
        return []
    # The table's columns, not ORM objects: rows to hand out, nothing to track.
    table = Person.__table__
    statement = (
        select(*(table.c[f] for f in FIELDS))
        .where(table.c.search_key.contains(key, autoescape=True))
        .order_by(table.c.id)
        .limit(limit)
    )
    return [PersonRow(**values) for values in session.execute(statement).mappings()]
