"""Row versions: every editable record counts its changes, so a stale save is refused, not applied

Revision ID: 0004
Revises: 0003

A desk that opened a form before another desk saved sends the version it read; the service refuses
the save when the row has moved on. Existing rows start at 1. Office settings need none: a save is
refused when a value it changes is no longer the value the form showed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("users", "persons", "tickets", "cases")


def upgrade() -> None:
    """Upgrade schema."""
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
