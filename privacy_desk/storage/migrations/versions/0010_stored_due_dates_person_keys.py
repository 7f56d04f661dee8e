"""Stored due dates of cases and the search key of persons

Revision ID: 0010
Revises: 0009

cases.due_on, cases.gdpr_due_on: the internal and GDPR due dates (domain/case_deadlines.py), so the
Requests list and the Today page filter, sort and page in SQL instead of computing every case's dates.
They depend on the office settings (closure days, days allowed) and, while the desk waits for the
requester, on the day: cases.due_stamp names the settings they were computed under and
cases.due_as_of the day, for a case with an open pause (cases.due_waiting). Rows whose stamp is NULL
(all of them after this upgrade) or stale are recomputed before the next list or agenda read
(services/cases/due_dates.py), which has the settings this migration cannot know.

persons.search_key: the person's name, reading, e-mail and phone, each normalised as the person search
compares them (domain.tickets.normalize_name: NFKC, 異体字, katakana as hiragana, case folded, no
spaces), joined by U+001F, which no normalised field holds; the search is one LIKE on it. It is filled
here with the domain's function, which the model also uses on every change of those fields.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from privacy_desk.domain.tickets import normalize_name

# revision identifiers, used by Alembic.
revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEPARATOR = "\x1f"
BATCH = 2_000


def _key(*fields: str | None) -> str:
    return SEPARATOR.join(normalize_name(field or "") for field in fields)


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("gdpr_due_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("due_stamp", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("due_waiting", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("due_as_of", sa.Date(), nullable=True))
    op.create_index("ix_cases_state_due_on", "cases", ["state", "due_on"])
    op.create_index("ix_cases_gdpr_due_on", "cases", ["gdpr_due_on"])
    op.create_index("ix_cases_due_stamp", "cases", ["due_stamp"])
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_persons_search_key", "persons", ["search_key"])
    _fill_person_keys()


def _fill_person_keys() -> None:
    connection = op.get_bind()
    persons = sa.table(
        "persons",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("name_kana", sa.String),
        sa.column("email", sa.String),
        sa.column("phone", sa.String),
        sa.column("search_key", sa.Text),
    )
    last = 0
    while True:
        rows = connection.execute(
            sa.select(persons.c.id, persons.c.name, persons.c.name_kana, persons.c.email, persons.c.phone)
            .where(persons.c.id > last)
            .order_by(persons.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        update = persons.update().where(persons.c.id == sa.bindparam("pid"))
        connection.execute(
            update.values(search_key=sa.bindparam("key")),
            [{"pid": row[0], "key": _key(*row[1:])} for row in rows],
        )
        last = rows[-1][0]


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_persons_search_key", table_name="persons")
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("search_key")
    op.drop_index("ix_cases_due_stamp", table_name="cases")
    op.drop_index("ix_cases_gdpr_due_on", table_name="cases")
    op.drop_index("ix_cases_state_due_on", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        for column in ("due_as_of", "due_waiting", "due_stamp", "gdpr_due_on", "due_on"):
            batch.drop_column(column)
