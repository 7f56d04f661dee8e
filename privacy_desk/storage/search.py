"""Full-text search over messages (subject, sender name and address, body) that works for Japanese.

Japanese has no spaces between words, so both databases index character trigrams:
- SQLite: the FTS5 table `message_search` (tokenizer `trigram`, external content = `messages`, so the
  text is stored once). It is not maintained by triggers: `index_message` is called by the service in
  the transaction that stores the message, and `rebuild` recreates it from `messages` (after a bulk
  load, or to repair). A SQLite batch migration of `messages` keeps row ids, so the index stays valid.
- PostgreSQL: pg_trgm and a GIN trigram index on the concatenated text (`SEARCH_TEXT_SQL`), which
  ILIKE '%term%' uses.

Of each message, the first INDEXED_MAX characters of each field are indexed, on both databases: a
trigram index keeps every distinct trigram of what it indexes, so a long body of random text (a pasted
dump, binary read as text) cost a minute and a gigabyte to index (PostgreSQL: migration 0005).

A trigram index cannot answer a term of one or two characters (林, 佐藤): nothing that short is in it.
Such a term is looked for by a plain scan instead, bounded so that it answers in the same time however
large the database grows: every field of the newest `SHORT_TERM_SCAN` messages, and (added by the
ticket queries) the summary each ticket row keeps — subject and first sender — of every ticket. So a
short surname finds every requester of that name; only an old message's body is not searched for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, Protocol

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    and_,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from privacy_desk.storage.models import Message

if TYPE_CHECKING:  # Alembic only for the type: importing it is slow, and only migrations need it
    from alembic.runtime.environment import NameFilterParentNames, NameFilterType

MIN_INDEXED_LENGTH = 3
# Indexed of each subject and body (SQLite): 64 K characters are some 30 pages of Japanese, more than
# an inquiry's own text (a reply's quoted history is in the messages it quotes, indexed there), and
# index in 50 ms even as random text (a million characters took 2 s, ten million 83 s and 1 GB).
INDEXED_MAX = 65_536
# This many newest messages are scanned whole for a one- or two-character term.
SHORT_TERM_SCAN = 10_000
# A term in this many messages is "common": see `is_common`.
COMMON_MATCHES = 5_000

SQLITE_TABLE = "message_search"
POSTGRESQL_INDEX = "ix_messages_search_trgm"
# Must be the very expression of the index (migration 0005) for PostgreSQL to use it: the same
# INDEXED_MAX characters of each field that SQLite indexes, so both find the same messages.
SEARCH_TEXT_SQL = (
    f"(left(messages.subject, {INDEXED_MAX}) || ' ' || left(messages.from_name, {INDEXED_MAX})"
    f" || ' ' || left(messages.from_address, {INDEXED_MAX})"
    f" || ' ' || left(messages.body_text, {INDEXED_MAX}))"
)

# Made by hand in migration 0002 as well (PostgreSQL): the index for matching mail to people.
PERSONS_EMAIL_LOWER = "ix_persons_email_lower"
_SEARCH_NAMES = {SQLITE_TABLE, POSTGRESQL_INDEX, PERSONS_EMAIL_LOWER}


def include_name(name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames) -> bool:
    """For Alembic's comparison with the models: the search table, its FTS5 shadow tables, the
    trigram index and the lower(email) index are made by hand in the migration, not from the models."""
    if name is None:
        return True
    return name not in _SEARCH_NAMES and not name.startswith(f"{SQLITE_TABLE}_")


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


_INDEX_MESSAGE = text(
    f"INSERT INTO {SQLITE_TABLE}(rowid, subject, from_name, from_address, body_text) "
    "VALUES (:id, :subject, :from_name, :from_address, :body_text)"
)


class Indexed(Protocol):
    """What the index keeps of a message: a `Message`, or the same fields of one stored without an
    ORM object (`IndexedText`). Read only, so a NamedTuple matches."""

    @property
    def id(self) -> int: ...
    @property
    def subject(self) -> str: ...
    @property
    def from_name(self) -> str: ...
    @property
    def from_address(self) -> str: ...
    @property
    def body_text(self) -> str: ...


class IndexedText(NamedTuple):
    id: int
    subject: str
    from_name: str
    from_address: str
    body_text: str


def _indexed(message: Indexed) -> dict[str, object]:
    """What the index gets of a message. FTS5 with external content must be given these very values
    again to take a message out (`unindex_message`)."""
    return {
        "id": message.id,
        "subject": message.subject[:INDEXED_MAX],
        "from_name": message.from_name[:INDEXED_MAX],
        "from_address": message.from_address[:INDEXED_MAX],
        "body_text": message.body_text[:INDEXED_MAX],
    }


def indexed_length(*texts: str) -> int:
    """How many characters of these fields of a message the index gets: the work of indexing it."""
    return sum(min(len(value), INDEXED_MAX) for value in texts)


def index_message(session: Session, message: Indexed) -> None:
    """Add a newly stored message (flushed, so it has its id) to the search index."""
    if _dialect(session) != "sqlite":
        return  # PostgreSQL's index is part of the table
    session.execute(_INDEX_MESSAGE, _indexed(message))


def index_messages(session: Session, messages: Sequence[Indexed]) -> None:
    """`index_message` for many messages at once: the way to index messages stored in savepoints.
    (FTS5 writes out its pending entries at every savepoint: indexing each message inside its own
    savepoint costs more than storing it.)"""
    if not messages or _dialect(session) != "sqlite":
        return
    session.execute(_INDEX_MESSAGE, [_indexed(m) for m in messages])


def unindex_message(session: Session, message: Message) -> None:
    """Take a message out of the index before its text changes or it is deleted: FTS5 with external
    content needs the values that were indexed."""
    if _dialect(session) != "sqlite":
        return
    session.execute(
        text(
            f"INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}, rowid, subject, from_name, from_address, body_text) "
            "VALUES ('delete', :id, :subject, :from_name, :from_address, :body_text)"
        ),
        _indexed(message),
    )


def rebuild(session: Session) -> None:
    """Recreate the whole index from the messages table (SQLite; PostgreSQL needs nothing). Not FTS5's
    own 'rebuild', which would index every body whole."""
    if _dialect(session) != "sqlite":
        return
    session.execute(text(f"INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}) VALUES ('delete-all')"))
    columns = ", ".join(
        f"substr({name}, 1, {INDEXED_MAX})" for name in ("subject", "from_name", "from_address", "body_text")
    )
    session.execute(
        text(
            f"INSERT INTO {SQLITE_TABLE}(rowid, subject, from_name, from_address, body_text) "
            f"SELECT id, {columns} FROM messages"
        )
    )


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def contains(column: SQLColumnExpression[str], term: str, session: Session) -> ColumnElement[bool]:
    """`column` contains `term`, ignoring case (Japanese has none: then a plain LIKE, which
    PostgreSQL evaluates much faster than ILIKE)."""
    if not term:
        return false()
    pattern = literal(_like_pattern(term))
    if _dialect(session) == "postgresql" and term.lower() != term.upper():
        return column.ilike(pattern, escape="\\")
    return column.like(pattern, escape="\\")


@dataclass(frozen=True)
class ShortTermScan:
    """Where a one- or two-character term is looked for in messages: those from id `from_id` on (the
    newest SHORT_TERM_SCAN), or all when None. The caller adds the ticket rows' own summary (subject,
    first sender) for every ticket."""

    from_id: int | None


def short_term_scan(session: Session) -> ShortTermScan:
    boundary = session.scalar(
        select(Message.id).order_by(Message.id.desc()).offset(SHORT_TERM_SCAN - 1).limit(1)
    )
    return ShortTermScan(boundary)


def is_common(session: Session, term: str) -> bool:
    """Whether an indexed term occurs in at least COMMON_MATCHES messages (SQLite; PostgreSQL's
    planner weighs that itself from the index statistics)."""
    if len(term) < MIN_INDEXED_LENGTH or _dialect(session) != "sqlite":
        return False
    found = (
        select(literal_column("rowid"))
        .select_from(text(SQLITE_TABLE))
        .where(text(f"{SQLITE_TABLE} MATCH :phrase").bindparams(phrase=_fts_phrase(term)))
        .limit(COMMON_MATCHES)
        .subquery()
    )
    return session.execute(select(func.count()).select_from(found)).scalar_one() >= COMMON_MATCHES


def message_condition(session: Session, term: str, scan: ShortTermScan | None = None) -> ColumnElement[bool]:
    """A condition on `messages`: the subject, sender or body contains `term` (any case). For a term
    too short for the trigram index: only among the messages `scan` names."""
    if len(term) >= MIN_INDEXED_LENGTH:
        if _dialect(session) == "sqlite":
            return Message.id.in_(
                select(literal_column("rowid"))
                .select_from(text(SQLITE_TABLE))
                .where(text(f"{SQLITE_TABLE} MATCH :phrase").bindparams(phrase=_fts_phrase(term)))
            )
        return contains(literal_column(SEARCH_TEXT_SQL), term, session)
    scan = scan or short_term_scan(session)
    found = or_(
        *(
            contains(column, term, session)
            for column in (Message.subject, Message.from_name, Message.from_address, Message.body_text)
        )
    )
    return found if scan.from_id is None else and_(Message.id >= scan.from_id, found)
