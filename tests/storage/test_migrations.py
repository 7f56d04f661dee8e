"""Schema upgrades: from empty to head, matching the models, and never harming a newer database."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from privacy_desk import paths
from privacy_desk.errors import SchemaTooNew
from privacy_desk.services.container import open_services
from privacy_desk.storage import migrate, search
from privacy_desk.storage.engine import Database, sqlite_path
from privacy_desk.storage.models import Base


def test_empty_database_upgrades_to_head_matching_the_models(db_url):
    db = Database(db_url)
    result = migrate.upgrade(db.engine)
    assert result.from_revision is None
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": search.include_name}
            ),
            Base.metadata,
        )
    db.dispose()
    assert differences == []


def test_the_start_up_shortcut_knows_the_real_head():
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_a_database_from_a_newer_app_is_refused_and_left_untouched(db_url):
    open_services(db_url, login="alice").close()
    db = Database(db_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.dispose()
    path = sqlite_path(db_url)
    before = hashlib.sha256(path.read_bytes()).hexdigest() if path else None

    with pytest.raises(SchemaTooNew) as raised:
        open_services(db_url, login="alice")

    assert "9999_from_the_future" in raised.value.english()
    db = Database(db_url)
    assert migrate.current_revision(db.engine) == "9999_from_the_future"
    db.dispose()
    if path:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_existing_sqlite_file_is_copied_aside_before_an_upgrade(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    services = open_services(url, login="alice")
    services.close()
    # Pretend this app knows a newer head, so the file at the current head must be upgraded.
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "next")

    db = Database(url)
    result = migrate.upgrade(db.engine, backup_dir=paths.backup_dir())
    db.dispose()

    assert result.backup is not None and result.backup.parent == paths.backup_dir()
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT login FROM users").fetchall() == [("alice",)]


def test_a_newer_database_in_rollback_journal_mode_is_refused_byte_for_byte_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_services(f"sqlite:///{path}", login="alice").close()
    with sqlite3.connect(path) as connection:  # as a newer app might leave it: no WAL
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = path.read_bytes()
    stat = path.stat()
    files = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(SchemaTooNew):
        open_services(f"sqlite:///{path}", login="alice")

    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # no -wal, -shm or -journal left
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()


def test_the_one_counter_table_carries_on_from_the_numbers_given_out(db_url):
    """Migration 0006 merges the ticket and case counters: the next reference of each follows the last
    one given out before the upgrade, on both back-ends."""
    from alembic import command

    from privacy_desk.services.core.counters import next_number

    db = Database(db_url)
    config = migrate._config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(text("INSERT INTO ticket_counters (year, last_number) VALUES (2026, 41)"))
        connection.execute(text("INSERT INTO case_counters (year, last_number) VALUES (2026, 7)"))
    migrate.upgrade(db.engine)
    with db.transaction() as session:
        assert next_number(session, "ticket", 2026) == 42
        assert next_number(session, "case", 2026) == 8
        assert next_number(session, "case", 2027) == 1
    db.dispose()
