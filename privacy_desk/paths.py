"""Where Privacy Desk keeps its files: one place, so tests can point everything at a temporary folder.

`PRIVACY_DESK_HOME` overrides the platform folders (tests, portable installs); otherwise platformdirs
gives the per-user data, config, log and backup folders of Windows, macOS or Linux.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "PrivacyDesk"
APP_AUTHOR = "PrivacyDesk"
DB_FILENAME = "privacy_desk.sqlite3"


def _home() -> Path | None:
    value = os.environ.get("PRIVACY_DESK_HOME")
    return Path(value) if value else None


def _folder(kind: str) -> Path:
    home = _home()
    if home is not None:
        path = home / kind
    else:
        import platformdirs  # not needed (nor loaded) at start-up when PRIVACY_DESK_HOME is set

        finder = getattr(platformdirs, f"user_{kind}_path")
        path = finder(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _folder("data")


def config_dir() -> Path:
    return _folder("config")


def log_dir() -> Path:
    return _folder("log")


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / DB_FILENAME).as_posix()}"
