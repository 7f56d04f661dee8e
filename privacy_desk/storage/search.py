"""Full-text search over messages (subject, sender name and address, body) that finds every message
containing a word of any length, Japanese included.

What is searched: of each field, the first INDEXED_MAX characters, folded (`fold`: NFKC and case
folding, so ｱ and ア, Ａ and A, a and A are one). A message matches a word when the folded word occurs in
one of its folded fields. Both databases answer exactly that (tests/storage/test_search_corpus.py
compares them with a scan in Python); Japanese has no spaces between words, so both index characters:
- SQLite: two contentless FTS5 tables whose row id is the message id. `message_search` (tokenizer
  `trigram`, case-sensitive: the text is folded already) answers a word of three or more characters as
  a phrase of trigrams. `message_search_grams` (detail=none: which messages, not where) holds every
  distinct character and pair of characters of a message, each written as one ASCII token, its UTF-8
  bytes in hex (`_token`), and answers a word of one or two characters. They are not kept by triggers:
  `index_message` is called by the service in the transaction that stores the message, and `rebuild`
  recreates them from `messages`. Contentless, so taking a message out (`unindex_message`) needs the
  values that were indexed: they are computed again from the message.
- PostgreSQL: the table `message_search` (message id, the folded fields, the array of those characters
  and pairs). A pg_trgm GIN index on the text answers LIKE '%word%' for three or more characters, a GIN
  index on the array answers `grams && ARRAY[word]` for one or two; a rare one of those is looked up
  before the tickets are walked (`_rare_on_postgresql`, the planner would test every walked ticket's
  arrays instead).

Only the first INDEXED_MAX characters of each field are indexed: a trigram (or pair) index keeps every
distinct trigram of what it indexes, so a long body of random text (a pasted dump, binary read as
text) cost a minute and a gigabyte to index (PostgreSQL: migration 0005).

`optimize` refreshes the planners' statistics after a large import: without them PostgreSQL took 221 ms
instead of 10 ms for a search (and 1.2 s instead of 0.3 s for 林 at 100,000 tickets).
"""

from __future__ import annotations

import functools
import operator
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Select,
    Text,
    column,
    false,
    func,
    insert,
    literal,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from privacy_desk.storage.models import Message

if TYPE_CHECKING:  # Alembic only for the type: importing it is slow, and only migrations need it
    from alembic.runtime.environment import NameFilterParentNames, NameFilterType

# Words this long are looked up by trigram; shorter ones by their character or pair.
MIN_INDEXED_LENGTH = 3
# Indexed of each subject and body: 64 K characters are some 30 pages of Japanese, more than an
# inquiry's own text (a reply's quoted history is in the messages it quotes, indexed there), and index
# in 50 ms even as random text (a million characters took 2 s, ten million 83 s and 1 GB).
INDEXED_MAX = 65_536
# A word in this many messages is "common": see `is_common`.
COMMON_MATCHES = 5_000
# PostgreSQL: a word of one or two characters in fewer than this share of the messages is looked up
# once, in the array index, before the tickets are walked (`_rare_on_postgresql`). Where the two plans
# cost the same at 100,000 tickets: the walk tests each ticket's messages' arrays (some 8 µs a message)
# until 1,001 tickets matched, 1,001 / share tickets; the lookup reads every match (some 3 µs each).
RARE_SHARE = 0.15
# Rows of each index SQLite's ANALYZE reads (`optimize`); SQLite suggests 100 to 1000.
ANALYZE_LIMIT = 1_000
# Messages read at a time by `rebuild`.
REBUILD_BATCH = 2_000

SQLITE_TABLE = "message_search"
SQLITE_GRAMS = "message_search_grams"
POSTGRESQL_TABLE = "message_search"
# What `optimize` vacuums on PostgreSQL: the tables a search reads.
_VACUUMED = ("tickets", "messages", POSTGRESQL_TABLE)
# PostgreSQL's folded fields are joined by a line break, which no search word contains (words are split
# at white space), so a word never matches across two fields.
FIELD_SEPARATOR = "\n"
_FIELDS = ("subject", "from_name", "from_address", "body_text")

# Made by hand in migration 0002 as well (PostgreSQL): the index for matching mail to people.
PERSONS_EMAIL_LOWER = "ix_persons_email_lower"
_SEARCH_NAMES = {SQLITE_TABLE, POSTGRESQL_TABLE, PERSONS_EMAIL_LOWER}

_PG_SEARCH = table(
    POSTGRESQL_TABLE,
    column("message_id", Integer),
    column("text", Text),
    column("grams", ARRAY(Text)),
)


def include_name(name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames) -> bool:
    """For Alembic's comparison with the models: the search tables (their FTS5 shadow tables, their
    indexes) and the lower(email) index are made by hand in the migrations, not from the models."""
    if name is None:
        return True
    return name not in _SEARCH_NAMES and not name.startswith(f"{SQLITE_TABLE}_")


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def fold(value: str) -> str:
    """The form both the index and a search word are compared in: NFKC, case folded, NFKC again (case
    folding can undo a normal form), so half- and full-width forms and upper and lower case are one."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())


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


def searched_fields(message: Indexed) -> tuple[str, ...]:
    """What a search looks in: each field's first INDEXED_MAX characters, folded (a folded character
    can be several, so the folded text is cut to the same length again)."""
    return tuple(fold(getattr(message, name)[:INDEXED_MAX])[:INDEXED_MAX] for name in _FIELDS)


def grams(fields: Iterable[str]) -> set[str]:
    """Every distinct character and pair of neighbouring characters within each field."""
    found: set[str] = set()
    for value in fields:
        found.update(value)
        found.update(map(operator.add, value, value[1:]))
    return found


# Kept for the characters and pairs seen most (Japanese mail shares most of them): indexing a message
# looked up each of its hundreds of grams anew, a fifth of a batch's commit.
@functools.lru_cache(maxsize=1 << 16)
def _token(gram: str) -> str:
    """A character or pair as one token of the ASCII tokenizer: its UTF-8 bytes in hex (one string,
    UTF-8 being a prefix code, so each gram has a token of its own)."""
    return gram.encode("utf-8", "surrogatepass").hex()


def _sqlite_rows(messages: Sequence[Indexed]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    texts, tokens = [], []
    for message in messages:
        fields = searched_fields(message)
        texts.append({"id": message.id, **dict(zip(_FIELDS, fields, strict=True))})
        tokens.append({"id": message.id, "grams": " ".join(map(_token, grams(fields)))})
    return texts, tokens


def _pg_rows(messages: Sequence[Indexed]) -> list[dict[str, object]]:
    rows = []
    for message in messages:
        fields = searched_fields(message)
        joined = FIELD_SEPARATOR.join(fields)
        rows.append({"message_id": message.id, "text": joined, "grams": sorted(grams(fields))})
    return rows


_COLUMNS = ", ".join(_FIELDS)
_VALUES = ", ".join(f":{name}" for name in _FIELDS)
_SQLITE_INSERT_TEXT = text(f"INSERT INTO {SQLITE_TABLE}(rowid, {_COLUMNS}) VALUES (:id, {_VALUES})")
_SQLITE_INSERT_GRAMS = text(f"INSERT INTO {SQLITE_GRAMS}(rowid, grams) VALUES (:id, :grams)")
_SQLITE_DELETE_TEXT = text(
    f"INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', :id, {_VALUES})"
)
_SQLITE_DELETE_GRAMS = text(
    f"INSERT INTO {SQLITE_GRAMS}({SQLITE_GRAMS}, rowid, grams) VALUES ('delete', :id, :grams)"
)
_PG_INSERT = insert(_PG_SEARCH)


def indexed_length(*texts: str) -> int:
    """How many characters of these fields of a message the index gets: the work of indexing it."""
    return sum(min(len(value), INDEXED_MAX) for value in texts)


def index_message(session: Session, message: Indexed) -> None:
    """Add a newly stored message (flushed, so it has its id) to the search index."""
    index_messages(session, [message])


def index_messages(session: Session, messages: Sequence[Indexed]) -> None:
    """`index_message` for many messages at once: the way to index messages stored in savepoints.
    (FTS5 writes out its pending entries at every savepoint: indexing each message inside its own
    savepoint costs more than storing it.)"""
    if not messages:
        return
    if _dialect(session) == "sqlite":
        texts, tokens = _sqlite_rows(messages)
        session.execute(_SQLITE_INSERT_TEXT, texts)
        session.execute(_SQLITE_INSERT_GRAMS, tokens)
    else:
        session.execute(_PG_INSERT, _pg_rows(messages))


def unindex_message(session: Session, message: Indexed) -> None:
    """Take a message out of the index before its text changes or it is deleted (SQLite's contentless
    tables are given the values that were indexed, computed again from the message)."""
    if _dialect(session) == "sqlite":
        texts, tokens = _sqlite_rows([message])
        session.execute(_SQLITE_DELETE_TEXT, texts)
        session.execute(_SQLITE_DELETE_GRAMS, tokens)
    else:
        session.execute(text(f"DELETE FROM {POSTGRESQL_TABLE} WHERE message_id = :id"), {"id": message.id})


def rebuild(session: Session) -> None:
    """Recreate the whole index from the messages table (after a bulk load, or to repair), a batch of
    messages at a time."""
    if _dialect(session) == "sqlite":
        for name in (SQLITE_TABLE, SQLITE_GRAMS):
            session.execute(text(f"INSERT INTO {name}({name}) VALUES ('delete-all')"))
    else:
        session.execute(text(f"DELETE FROM {POSTGRESQL_TABLE}"))
    last = 0
    while True:
        batch = [
            IndexedText(*row)
            for row in session.execute(
                select(Message.id, *(getattr(Message, name) for name in _FIELDS))
                .where(Message.id > last)
                .order_by(Message.id)
                .limit(REBUILD_BATCH)
            )
        ]
        if not batch:
            return
        index_messages(session, batch)
        last = batch[-1].id


def optimize(bind: Session | Engine | Connection) -> None:
    """Refresh the query planner's statistics after a large import (autovacuum would, but only minutes
    later). Given an engine, on PostgreSQL `VACUUM (ANALYZE)` of the tables a search reads, outside any
    transaction: it also writes the GIN indexes' pending entries into them, which every search would
    otherwise read one by one, and marks the pages all-visible, so that `messages` (ticket_id, id) is
    read from its index alone; given a session or connection (inside a transaction), ANALYZE only.
    On SQLite ANALYZE with a bound on the rows read per index (`ANALYZE_LIMIT`), so it takes a fraction
    of a second however large the file: what `PRAGMA optimize` does from SQLite 3.46 on; before (Python
    bundles 3.40), `PRAGMA optimize` analyses only the tables this connection's own queries used."""
    if isinstance(bind, Engine):
        if bind.dialect.name == "postgresql":
            with bind.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text(f"VACUUM (ANALYZE) {', '.join(_VACUUMED)}"))
            return
        with bind.begin() as connection:
            optimize(connection)
        return
    dialect = bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name
    if dialect == "sqlite":
        bind.execute(text(f"PRAGMA analysis_limit = {ANALYZE_LIMIT}"))
    bind.execute(text("ANALYZE"))


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _sqlite_matches(word: str) -> Select[int]:
    """The ids of the messages an FTS5 table finds for a folded word."""
    if len(word) >= MIN_INDEXED_LENGTH:
        name, query = SQLITE_TABLE, _fts_phrase(word)
    else:
        name, query = SQLITE_GRAMS, _fts_phrase(_token(word))
    return (
        select(literal_column("rowid", Integer))
        .select_from(table(name))
        .where(literal_column(name).op("MATCH")(literal(query)))
    )


def _matches(session: Session, word: str) -> Select[int]:
    if _dialect(session) == "sqlite":
        return _sqlite_matches(word)
    # The word is written into the statement, not bound: PostgreSQL plans a prepared statement once for
    # any value after a few runs, and the plan good for 林 took 450 ms for の (in 80 % of the mail).
    if len(word) >= MIN_INDEXED_LENGTH:
        found = _PG_SEARCH.c.text.like(literal(_like_pattern(word), Text, literal_execute=True), escape="\\")
    else:
        # `&&` (overlap), not `@>`: the same for one element, and GIN answers it without reading each
        # row's array again (for `@>` it rechecks every match)
        found = _PG_SEARCH.c.grams.overlap(literal([word], ARRAY(Text), literal_execute=True))
        if _rare_on_postgresql(session, word):
            # OFFSET 0 keeps the planner from merging the lookup into the walk: it reads the index's
            # matches once and the walk tests each ticket's messages against them
            return select(_PG_SEARCH.c.message_id).where(found).offset(0)
    return select(_PG_SEARCH.c.message_id).where(found)


# The share of the messages a word is in, from the planner's statistics of the arrays (the most common
# elements and their frequencies; a word not among them is rarer than all of them). Null: no statistics.
_PG_SHARE = text(
    "SELECT coalesce(most_common_elem_freqs[array_position(most_common_elems::text::text[], :word)], 0)"
    " FROM pg_stats WHERE schemaname = current_schema() AND tablename = :table AND attname = 'grams'"
    " AND most_common_elem_freqs IS NOT NULL"
)


def _rare_on_postgresql(session: Session, word: str) -> bool:
    """Whether a word of one or two characters is in fewer than RARE_SHARE of the messages. The planner
    walks the tickets newest first and tests each one's messages' arrays for any word that is not in
    most tickets, since it stops after the first 1,001 matches; but testing an array costs it more than
    it reckons: 林 (in 8 % of the messages) tested 18,600 arrays, 160 ms at 100,000 tickets (under
    load), where the index's 12,800 matches read once and hashed took 40 ms. Unknown (no statistics
    yet, as before `optimize`): not rare, the planner's own choice."""
    share = session.execute(_PG_SHARE, {"word": word, "table": POSTGRESQL_TABLE}).scalar()
    return share is not None and share < RARE_SHARE


def is_common(session: Session, term: str) -> bool:
    """Whether a word occurs in at least COMMON_MATCHES messages (SQLite; PostgreSQL's planner weighs
    that itself from the index statistics)."""
    word = fold(term)
    if not word or _dialect(session) != "sqlite":
        return False
    found = _sqlite_matches(word).limit(COMMON_MATCHES).subquery()
    return session.execute(select(func.count()).select_from(found)).scalar_one() >= COMMON_MATCHES


def message_condition(session: Session, term: str) -> ColumnElement[bool]:
    """A condition on `messages`: the subject, sender or body contains `term`, folded (`fold`)."""
    word = fold(term)
    if not word:
        return false()
    return Message.__table__.c.id.in_(_matches(session, word))
