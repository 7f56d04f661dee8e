"""PostgreSQL's trigram index covers the first 64 K characters of each field, as SQLite's does

Revision ID: 0005
Revises: 0004

A message body of random text (a pasted dump) filled the index with every distinct trigram it held;
SQLite's FTS5 index already gets only the first 65,536 characters of each field (storage/search.py).
The expression must stay the search's own (`search.SEARCH_TEXT_SQL`) for PostgreSQL to use the index.
The DDL is spelled out here: a migration must stay as it was when released.
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHOLE = "(subject || ' ' || from_name || ' ' || from_address || ' ' || body_text)"
PREFIX = (
    "(left(subject, 65536) || ' ' || left(from_name, 65536) || ' ' || left(from_address, 65536)"
    " || ' ' || left(body_text, 65536))"
)


def _index(expression: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_messages_search_trgm")
    op.execute(f"CREATE INDEX ix_messages_search_trgm ON messages USING gin ({expression} gin_trgm_ops)")


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_bind().dialect.name == "postgresql":
        _index(PREFIX)


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "postgresql":
        _index(WHOLE)
