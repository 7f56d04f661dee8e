"""Alembic environment: always run by privacy_desk.storage.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from privacy_desk.storage.models import Base
from privacy_desk.storage.search import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table instead
    compare_type=True,
    include_name=include_name,  # the full-text search objects are made by hand in their migration
)
with context.begin_transaction():
    context.run_migrations()
