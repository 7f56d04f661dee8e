"""A large import: statements per imported message stay within a bound (counted with SQLAlchemy's events
on a real database), and the planners' statistics are renewed after it (SQLite, and PostgreSQL when
configured)."""

from __future__ import annotations

from sqlalchemy import event, text
from ticket_mail import mail

from privacy_desk.services.tickets import importing

MESSAGES = 60
# A batch stores its messages without savepoints first: each new message costs its ticket and, when
# new, its sender's person; its lookups (Message-ID, thread, sender) are read for a batch at once, and its
# message, attachment and blob rows, the ticket numbers, the audit and search entries of a batch go in a
# statement each. Measured: 2.0 on SQLite, 1.7 on PostgreSQL (8.9 before issue #10, 6.3 with a
# savepoint per message); the bound keeps it from growing.
STATEMENTS_PER_MESSAGE = 2.2


def _write_mails(folder, count: int, offset: int = 0) -> list:
    paths = []
    for n in range(offset, offset + count):
        path = folder / f"m{n}.eml"
        reply = {"in_reply_to": f"m{n - 1}@example.jp"} if n % 3 == 2 else {}
        sender = f"差出人 {n % 7} <p{n % 7}@example.jp>"
        path.write_bytes(mail(f"m{n}@example.jp", sender, f"件名 {n}", f"本文 {n} 個人情報", **reply))
        paths.append(path)
    return paths


def test_statements_per_imported_message_are_bounded(services, tmp_path):
    paths = _write_mails(tmp_path, MESSAGES)
    counted = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        counted.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        summary = services.ticket_import.import_paths(services.actor, paths)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count)
    assert summary.imported == MESSAGES and not summary.failed
    per_message = len(counted) / MESSAGES
    assert per_message <= STATEMENTS_PER_MESSAGE, per_message


def test_a_batch_threads_its_own_replies_and_reuses_its_own_senders(services, tmp_path):
    summary = services.ticket_import.import_paths(services.actor, _write_mails(tmp_path, MESSAGES))
    assert summary.imported == MESSAGES and not summary.failed
    with services.db.engine.connect() as connection:
        tickets = connection.execute(text("SELECT count(*) FROM tickets")).scalar_one()
        senders = connection.execute(
            text("SELECT count(*) FROM persons WHERE email LIKE 'p_@example.jp'")
        ).scalar_one()
        orphans = connection.execute(
            text(
                "SELECT count(*) FROM messages r JOIN messages p ON p.message_id = r.in_reply_to"
                " WHERE p.ticket_id != r.ticket_id"
            )
        ).scalar_one()
    assert tickets == MESSAGES - MESSAGES // 3  # each reply joined its parent, stored in the same batch
    assert senders == 7 and orphans == 0
    again = services.ticket_import.import_paths(services.actor, _write_mails(tmp_path, MESSAGES))
    assert again.imported == 0 and again.duplicates == MESSAGES


def test_a_large_import_renews_the_planners_statistics(services, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "OPTIMIZE_AFTER", 5)
    dialect = services.db.engine.dialect.name
    stats = (
        "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'tickets'"
        if dialect == "sqlite"
        else "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'tickets' AND last_analyze IS NOT NULL"
    )

    def analysed() -> int:
        with services.db.engine.connect() as connection:
            try:
                return connection.execute(text(stats)).scalar_one()
            except Exception:  # sqlite_stat1 exists only once ANALYZE ran
                return 0

    services.ticket_import.import_paths(services.actor, _write_mails(tmp_path, 4))
    assert analysed() == 0  # a small import leaves the statistics alone
    services.ticket_import.import_paths(services.actor, _write_mails(tmp_path, 5, offset=10))
    assert analysed() > 0
