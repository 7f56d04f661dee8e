"""Search finds every message with a word of any length, in folded text; an index for related tickets

Revision ID: 0007
Revises: 0006

Words of one or two characters were looked for only among the newest messages; now an index answers
them (storage/search.py says how). The indexed text is folded (NFKC, case folding), which neither
database can do the way Python does, so it is computed here and stored:
- SQLite: `message_search` becomes contentless (its text no longer equals the messages' columns) and
  case-sensitive over the folded text; `message_search_grams` holds each message's characters and pairs
  of characters as hex tokens.
- PostgreSQL: the table `message_search` (folded text, array of characters and pairs) with a trigram
  and an array GIN index replaces the trigram index on the messages' own text.
Both keep only the first 65,536 characters of each field (migration 0005). Opening a ticket lists the
tickets marked related to it and those merged into it: both lookups get an index.
The DDL and the folding are spelled out here: a migration must stay as it was when released.
"""

import operator
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXED_MAX = 65_536
FIELDS = ("subject", "from_name", "from_address", "body_text")
BATCH = 2_000
OLD_PG_EXPRESSION = (
    "(left(subject, 65536) || ' ' || left(from_name, 65536) || ' ' || left(from_address, 65536)"
    " || ' ' || left(body_text, 65536))"
)


def _fold(value: str) -> str:
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())


def _fields(values: Sequence[str]) -> list[str]:
    return [_fold(value[:INDEXED_MAX])[:INDEXED_MAX] for value in values]


def _grams(fields: list[str]) -> set[str]:
    found: set[str] = set()
    for value in fields:
        found.update(value)
        found.update(map(operator.add, value, value[1:]))
    return found


def _token(gram: str) -> str:
    return gram.encode("utf-8", "surrogatepass").hex()


def _batches(connection: sa.Connection) -> Iterator[Sequence[sa.Row[Any]]]:
    """Every message's id and searched fields, a batch at a time."""
    last = 0
    while True:
        rows = connection.execute(
            sa.text(
                "SELECT id, subject, from_name, from_address, body_text FROM messages"
                " WHERE id > :last ORDER BY id LIMIT :batch"
            ),
            {"last": last, "batch": BATCH},
        ).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _fill_sqlite(connection: sa.Connection) -> None:
    columns = ", ".join(FIELDS)
    values = ", ".join(f":{name}" for name in FIELDS)
    insert_text = sa.text(f"INSERT INTO message_search(rowid, {columns}) VALUES (:id, {values})")
    insert_grams = sa.text("INSERT INTO message_search_grams(rowid, grams) VALUES (:id, :grams)")
    for rows in _batches(connection):
        texts, tokens = [], []
        for row in rows:
            fields = _fields(row[1:])
            texts.append({"id": row[0], **dict(zip(FIELDS, fields, strict=True))})
            tokens.append({"id": row[0], "grams": " ".join(map(_token, _grams(fields)))})
        connection.execute(insert_text, texts)
        connection.execute(insert_grams, tokens)


def _fill_postgresql(connection: sa.Connection) -> None:
    insert = sa.text(
        "INSERT INTO message_search (message_id, text, grams) VALUES (:id, :text, :grams)"
    ).bindparams(sa.bindparam("grams", type_=sa.ARRAY(sa.Text)))
    for rows in _batches(connection):
        connection.execute(
            insert,
            [
                {"id": row[0], "text": "\n".join(fields), "grams": sorted(_grams(fields))}
                for row in rows
                for fields in (_fields(row[1:]),)
            ],
        )


def upgrade() -> None:
    """Upgrade schema."""
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        op.execute("DROP TABLE message_search")
        op.execute(
            "CREATE VIRTUAL TABLE message_search USING fts5("
            "subject, from_name, from_address, body_text, content='', tokenize='trigram case_sensitive 1')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE message_search_grams USING fts5("
            "grams, content='', detail=none, tokenize='ascii')"
        )
        _fill_sqlite(connection)
    else:
        op.execute("DROP INDEX IF EXISTS ix_messages_search_trgm")
        op.execute(
            "CREATE TABLE message_search ("
            " message_id INTEGER NOT NULL PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,"
            " text TEXT NOT NULL, grams TEXT[] NOT NULL)"
        )
        _fill_postgresql(connection)
        # Made after the rows are in: building a GIN index at once is much faster than growing it.
        op.execute("CREATE INDEX message_search_text_trgm ON message_search USING gin (text gin_trgm_ops)")
        op.execute("CREATE INDEX message_search_grams_gin ON message_search USING gin (grams)")
    op.create_index("ix_tickets_possibly_related_to_id", "tickets", ["possibly_related_to_id"])
    op.create_index("ix_ticket_merges_target_id", "ticket_merges", ["target_id"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_ticket_merges_target_id", table_name="ticket_merges")
    op.drop_index("ix_tickets_possibly_related_to_id", table_name="tickets")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE message_search_grams")
        op.execute("DROP TABLE message_search")
        op.execute(
            "CREATE VIRTUAL TABLE message_search USING fts5("
            "subject, from_name, from_address, body_text, "
            "content='messages', content_rowid='id', tokenize='trigram')"
        )
        prefixes = ", ".join(f"substr({name}, 1, {INDEXED_MAX})" for name in FIELDS)
        op.execute(
            "INSERT INTO message_search(rowid, subject, from_name, from_address, body_text) "
            f"SELECT id, {prefixes} FROM messages"
        )
    else:
        op.execute("DROP TABLE message_search")
        op.execute(
            f"CREATE INDEX ix_messages_search_trgm ON messages USING gin ({OLD_PG_EXPRESSION} gin_trgm_ops)"
        )
