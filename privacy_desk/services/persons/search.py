"""Finding a person by name, reading, e-mail or phone, in SQL on the stored search key.

`persons.search_key` holds each field normalised as `domain.tickets.normalize_name` compares names (full
and half width, 異体字 such as 髙/高 and 﨑/崎, katakana as hiragana, case and spaces ignored), joined by a
separator no normalised field holds (storage/models/core.py, migration 0010): a person matches when the
normalised query occurs in one of the fields, exactly when it occurs in the key.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
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
    # The pattern is made here and bound whole: `contains()` has the database join '%' to the value
    # for every row it tests.
    escaped = key.replace("/", "//").replace("%", "/%").replace("_", "/_")
    rows = session.execute(_STATEMENT, {"pattern": f"%{escaped}%", "limit": limit})
    return [PersonRow(*values) for values in rows]  # FIELDS in PersonRow's order


# The table's columns, not ORM objects: rows to hand out, nothing to track. Built once: building the
# statement for each search cost as much as running it.
_TABLE = Person.__table__
_STATEMENT = (
    select(*(_TABLE.c[f] for f in FIELDS))
    .where(_TABLE.c.search_key.like(bindparam("pattern"), escape="/"))
    .order_by(_TABLE.c.id)
    .limit(bindparam("limit"))
)
