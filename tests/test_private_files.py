"""Files at rest are the user's only: the data folder, the database (and its -wal/-shm), the backups made
before an upgrade and the log; modes left open by an earlier version are repaired on start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from privacy_desk import paths
from privacy_desk.services.container import open_services
from privacy_desk.storage import migrate
from privacy_desk.storage.engine import Database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask():
    """The common default, which leaves new files readable to everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def everything_under(folder: Path) -> list[Path]:
    return [folder, *folder.rglob("*")]


def test_the_database_and_its_wal_and_shm_files_are_created_the_users_only():
    services = open_services(paths.default_db_url(), login="alice")
    try:
        database = paths.data_dir() / paths.DB_FILENAME
        with services.db.transaction() as session:  # the -wal and -shm files exist while in use
            session.connection().exec_driver_sql("SELECT count(*) FROM users")
            wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
            assert wal.exists() and shm.exists()
            assert (mode(wal), mode(shm)) == (0o600, 0o600)
    finally:
        services.close()
    assert mode(paths.data_dir()) == 0o700
    assert mode(database) == 0o600


def test_a_database_elsewhere_is_created_the_users_only_in_a_private_new_folder(tmp_path):
    database = tmp_path / "new" / "desk.sqlite3"
    open_services(f"sqlite:///{database}", login="alice").close()
    assert (mode(database.parent), mode(database)) == (0o700, 0o600)


def test_a_backup_before_an_upgrade_is_the_users_only(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_services(url, login="alice").close()
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "next")  # as if this app knew a newer schema
    db = Database(url)
    result = migrate.upgrade(db.engine, backup_dir=paths.backup_dir())
    db.dispose()
    assert result.backup is not None
    assert (mode(paths.backup_dir()), mode(result.backup)) == (0o700, 0o600)


def test_only_the_newest_backups_are_kept(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_services(url, login="alice").close()
    older = [
        paths.backup_dir() / f"desk-2026010{day}T090000Z-before-upgrade-from-000{day % 3}.sqlite3"
        for day in range(1, 8)
    ]
    for path in older:
        path.write_bytes(b"")
    other_database = paths.backup_dir() / "other-20250101T090000Z-before-upgrade-from-0001.sqlite3"
    other_database.write_bytes(b"")
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "next")

    db = Database(url)
    result = migrate.upgrade(db.engine, backup_dir=paths.backup_dir())
    db.dispose()

    kept = sorted(p.name for p in paths.backup_dir().iterdir())
    assert kept == sorted([result.backup.name, *(p.name for p in older[-4:]), other_database.name])
    assert migrate.BACKUPS_KEPT == 5


def test_the_log_and_its_rotated_files_are_the_users_only():
    from privacy_desk.ui.errors import configure_logging, log

    target = configure_logging()
    (handler,) = [h for h in log.handlers if getattr(h, "baseFilename", None) == str(target)]
    try:
        log.warning("a line")
        handler.doRollover()
        log.warning("another line")
    finally:
        log.removeHandler(handler)
        handler.close()
    assert mode(target.parent) == 0o700
    assert {p.name: mode(p) for p in target.parent.iterdir()} == {
        target.name: 0o600,
        f"{target.name}.1": 0o600,
    }


def test_modes_left_open_are_repaired_on_start(isolated_home):
    from privacy_desk.ui.errors import configure_logging, log

    open_services(paths.default_db_url(), login="alice").close()
    (paths.backup_dir() / "privacy_desk-20260101T090000Z-before-upgrade-from-0001.sqlite3").write_bytes(b"")
    (paths.log_dir() / "privacy-desk.log").write_text("old\n", encoding="utf-8")
    (paths.log_dir() / "privacy-desk.log.1").write_text("older\n", encoding="utf-8")
    (paths.config_dir() / "config.json").write_text("{}", encoding="utf-8")
    for path in everything_under(isolated_home):
        path.chmod(0o755 if path.is_dir() else 0o644)
    isolated_home.chmod(0o755)

    started = subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--lang", "en", "db", "upgrade"],
        capture_output=True,
        env={**os.environ},
        timeout=120,
    )
    assert started.returncode == 0, started.stderr.decode()
    target = configure_logging()  # the GUI's start
    for handler in [h for h in log.handlers if getattr(h, "baseFilename", None) == str(target)]:
        log.removeHandler(handler)
        handler.close()

    for top in (paths.data_dir(), paths.config_dir(), paths.log_dir()):
        modes = {str(p.relative_to(isolated_home)): mode(p) for p in everything_under(top)}
        assert modes == {name: 0o700 if (isolated_home / name).is_dir() else 0o600 for name in modes}
    assert len(list(everything_under(paths.data_dir()))) >= 4  # the folder, the database, backups/, a backup
