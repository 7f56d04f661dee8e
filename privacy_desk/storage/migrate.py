"""Schema upgrades with Alembic, guarded against data loss.

Two promises: an older app never touches a database whose schema is newer than it knows (it refuses
and says so), and an existing SQLite file is copied aside before any upgrade changes it.
"""

from __future__ import annotations

import glob
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from privacy_desk.errors import QT_TRANSLATE_NOOP, SchemaTooNew
from privacy_desk.paths import create_private_file
from privacy_desk.storage.engine import sqlite_path, use_wal

if TYPE_CHECKING:  # Alembic is imported only when a migration runs (see below)
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration's revision. Knowing it without Alembic keeps Alembic's import (a third of a
# second) off the start-up path when, as on most days, there is nothing to upgrade. A test keeps it true.
SCHEMA_HEAD = "0013"
# Copies made before an upgrade that are kept (the newest); each is a whole database of personal data.
BACKUPS_KEPT = 5


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The head as Alembic sees it (slow: reads every migration script)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the project always ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def _backup_sqlite(source: Path, backup_dir: Path, revision: str) -> Path:
    """Copy with SQLite's online backup, which includes pages still in the WAL file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{source.stem}-{stamp}-before-upgrade-from-{revision}.sqlite3"
    create_private_file(target)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    prune_backups(source, backup_dir, keep=BACKUPS_KEPT)
    return target


def prune_backups(source: Path, backup_dir: Path, *, keep: int) -> list[Path]:
    """Delete all but the `keep` newest pre-upgrade copies of `source`; the deleted ones."""
    copies = sorted(
        backup_dir.glob(f"{glob.escape(source.stem)}-*-before-upgrade-from-*.sqlite3"),
        key=lambda path: (path.name[len(source.stem) + 1 :].split("-", 1)[0], path.stat().st_mtime_ns),
        reverse=True,
    )
    for old in copies[keep:]:
        old.unlink(missing_ok=True)
    return copies[keep:]


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> UpgradeResult:
    """Bring the schema to head. Raises SchemaTooNew, without writing, for a newer database."""
    before = current_revision(engine)
    if before == SCHEMA_HEAD:
        use_wal(engine)
        return UpgradeResult(before, SCHEMA_HEAD, None)
    if before is not None and before not in _known_revisions():
        raise SchemaTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was written by a newer version of Privacy Desk (schema {revision}). "
                "Install the newer version; this one has not changed the database.",
            ),
            revision=before,
        )
    backup = None
    path = sqlite_path(str(engine.url))
    if before is not None and path is not None and backup_dir is not None:
        backup = _backup_sqlite(path, backup_dir, before)
    use_wal(engine)
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return UpgradeResult(before, SCHEMA_HEAD, backup)
