"""Drop the unused index on persons.search_key

Revision ID: 0013
Revises: 0012

The person search looks for the normalised query anywhere in the key (`search_key LIKE '%…%'`,
services/persons/search.py): a B-tree index cannot answer a pattern with a leading wildcard, so neither
SQLite (SCAN persons, in id order, stopping after the page) nor PostgreSQL ever read it, while every
insert and every change of a name, reading, address or phone wrote it.
"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_index("ix_persons_search_key", table_name="persons")


def downgrade() -> None:
    """Downgrade schema."""
    op.create_index("ix_persons_search_key", "persons", ["search_key"])
