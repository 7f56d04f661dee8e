"""What a delivery failure reports, kept with the bounce message that brought it

Revision ID: 0009
Revises: 0008

messages.bounce (JSON text, NULL for every other message): the Message-ID of the desk's mail that
could not be delivered and, per recipient, the action (failed or delayed), the RFC 3463 status and the
server's diagnostic — what the reading pane says ("Delivery failed to …: 5.1.1"). The message's kind
is "bounce". The DDL is spelled out here: a migration must stay as it was when released.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("bounce", sa.Text(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("bounce")
