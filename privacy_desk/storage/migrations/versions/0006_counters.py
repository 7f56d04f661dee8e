"""One counter table: the numbers of every series (tickets, cases, and later ones) per year

Revision ID: 0006
Revises: 0005

The last numbers given out are carried over, so no reference is given out twice.
The DDL is spelled out here rather than imported: a migration must stay as it was when released.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = {"ticket": "ticket_counters", "case": "case_counters"}


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "counters",
        sa.Column("series", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_counters")),
    )
    for series, table in OLD.items():
        op.execute(
            f"INSERT INTO counters (series, year, last_number)"
            f" SELECT '{series}', year, last_number FROM {table}"
        )
        op.drop_table(table)


def downgrade() -> None:
    """Downgrade schema."""
    for series, table in OLD.items():
        op.create_table(
            table,
            sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("last_number", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("year", name=op.f(f"pk_{table}")),
        )
        op.execute(
            f"INSERT INTO {table} (year, last_number)"
            f" SELECT year, last_number FROM counters WHERE series = '{series}'"
        )
    op.drop_table("counters")
