"""Inbox: tickets, messages, attachments, blobs, ticket counters and merges; full-text search

Revision ID: 0002
Revises: 0001

Search over subject, sender and body that works for Japanese (no spaces between words):
- SQLite: an FTS5 table with the trigram tokenizer over `messages` (external content, so the text is
  not stored twice). The ticket service keeps it in step in the same transaction as each message.
- PostgreSQL: pg_trgm and a GIN trigram index on the same text, used by ILIKE '%term%'.
The DDL is spelled out here rather than imported: a migration must stay as it was when released.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSONS_EMAIL_LOWER = "ix_persons_email_lower"
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE message_search USING fts5("
    "subject, from_name, from_address, body_text, "
    "content='messages', content_rowid='id', tokenize='trigram')"
)
POSTGRESQL_SEARCH = (
    "CREATE INDEX ix_messages_search_trgm ON messages USING gin "
    "((subject || ' ' || from_name || ' ' || from_address || ' ' || body_text) gin_trgm_ops)"
)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "ticket_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_ticket_counters")),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("category_confirmed", sa.Boolean(), nullable=False),
        sa.Column("suggested_category", sa.String(length=30), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_response_due", sa.Date(), nullable=True),
        sa.Column("first_responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unread", sa.Boolean(), nullable=False),
        sa.Column("possibly_related_to_id", sa.Integer(), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("last_message_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message_count", sa.Integer(), nullable=False),
        sa.Column("attachments_not_stored", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"], name=op.f("fk_tickets_assignee_id_users")),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["tickets.id"], name=op.f("fk_tickets_merged_into_id_tickets")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_tickets_person_id_persons")),
        sa.ForeignKeyConstraint(
            ["possibly_related_to_id"],
            ["tickets.id"],
            name=op.f("fk_tickets_possibly_related_to_id_tickets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint("ref", name=op.f("uq_tickets_ref")),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tickets_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_tickets_first_response_due"), ["first_response_due"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_tickets_last_message_at"), ["last_message_at"], unique=False)
        batch_op.create_index(
            "ix_tickets_merged_into_id_received_at", ["merged_into_id", "received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_tickets_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_received_at"), ["received_at"], unique=False)
        batch_op.create_index("ix_tickets_status_received_at", ["status", "received_at"], unique=False)

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=1000), nullable=False),
        sa.Column("in_reply_to", sa.String(length=1000), nullable=True),
        sa.Column("reference_ids", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("outgoing", sa.Boolean(), nullable=False),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("to_addresses", sa.Text(), nullable=False),
        sa.Column("cc_addresses", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        sa.Column("headers", sa.Text(), nullable=False),
        sa.Column("defects", sa.Text(), nullable=False),
        sa.Column("raw_sha256", sa.String(length=64), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("phone_number", sa.String(length=50), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("recording_ref", sa.String(length=500), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_messages_author_id_users")),
        sa.ForeignKeyConstraint(["raw_sha256"], ["blobs.sha256"], name=op.f("fk_messages_raw_sha256_blobs")),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_messages_ticket_id_tickets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("message_id", name=op.f("uq_messages_message_id")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_in_reply_to"), ["in_reply_to"], unique=False)
        batch_op.create_index("ix_messages_id_ticket_id", ["id", "ticket_id"], unique=False)
        batch_op.create_index("ix_messages_ticket_id_id", ["ticket_id", "id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(length=200), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("stored", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_attachments_message_id_messages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_message_id"), ["message_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "ticket_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("message_ids", sa.Text(), nullable=False),
        sa.Column("target_due_before", sa.Date(), nullable=True),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["tickets.id"], name=op.f("fk_ticket_merges_source_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["target_id"], ["tickets.id"], name=op.f("fk_ticket_merges_target_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_merges")),
    )
    with op.batch_alter_table("ticket_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_merges_source_id"), ["source_id"], unique=False)

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(SQLITE_SEARCH)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(POSTGRESQL_SEARCH)
        # Mail is matched to people by address in any case. (Not on SQLite: its reflection warns
        # about expression indexes, and a desk's own file is small enough to scan.)
        op.execute(f"CREATE INDEX {PERSONS_EMAIL_LOWER} ON persons (lower(email))")


def downgrade() -> None:
    """Downgrade schema."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS message_search")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_messages_search_trgm")
        op.execute(f"DROP INDEX IF EXISTS {PERSONS_EMAIL_LOWER}")
    # pg_trgm stays: other databases objects may use it, and it holds no data.
    op.drop_table("ticket_merges")
    op.drop_table("attachments")
    op.drop_table("messages")
    op.drop_table("tickets")
    op.drop_table("ticket_counters")
    op.drop_table("blobs")
