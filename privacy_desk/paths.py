"""Where Privacy Desk keeps its files: one place, so tests can point everything at a temporary folder.

`PRIVACY_DESK_HOME` overrides the platform folders (tests, portable installs); otherwise platformdirs
gives the per-user data, config, log and backup folders of Windows, macOS or Linux.

What is in them is personal data (the database, its backups, the log), so on POSIX systems the folders are
the user's only (0700) and the files too (0600), whatever the umask: set when they are made and repaired
on start. Windows gives a user's profile folders to that user already; nothing is changed there.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

APP_NAME = "PrivacyDesk"
APP_AUTHOR = "PrivacyDesk"
DB_FILENAME = "privacy_desk.sqlite3"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


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
    _set_mode(path, PRIVATE_FOLDER)
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
    _set_mode(path, PRIVATE_FOLDER)
    return path


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / DB_FILENAME).as_posix()}"


def _set_mode(path: Path, mode: int) -> None:
    if not _POSIX:
        return
    try:
        current = os.lstat(path).st_mode
        if not stat.S_ISLNK(current) and stat.S_IMODE(current) != mode:
            os.chmod(path, mode)
    except OSError:  # gone meanwhile, or another user's: nothing of ours to repair
        pass


def make_private_folders(folder: Path) -> None:
    """`folder` and its missing parents; those made here are the user's only."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(exist_ok=True)
        _set_mode(path, PRIVATE_FOLDER)


def create_private_file(path: Path) -> bool:
    """Create `path` empty and the user's only, unless it exists; True when it was created."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    try:
        if _POSIX:
            os.fchmod(descriptor, PRIVATE_FILE)  # the umask may have taken more than asked
    finally:
        os.close(descriptor)
    return True


def private_opener(path: str, flags: int) -> int:
    """For `open(..., opener=private_opener)`: a file created (or reopened) as the user's only."""
    descriptor = os.open(path, flags, PRIVATE_FILE)
    if _POSIX:
        try:
            os.fchmod(descriptor, PRIVATE_FILE)
        except OSError:
            os.close(descriptor)
            raise
    return descriptor


def repair_private_modes(folders: Iterable[Path] | None = None) -> None:
    """Folders 0700 and files 0600 in the app's folders (all of them by default), for what an earlier
    version, another tool or a permissive umask left readable to others. Symbolic links are left alone."""
    if not _POSIX:
        return
    for top in folders if folders is not None else (data_dir(), config_dir(), log_dir()):
        _set_mode(top, PRIVATE_FOLDER)
        for root, dirs, files in os.walk(top):
            for name in dirs:
                _set_mode(Path(root) / name, PRIVATE_FOLDER)
            for name in files:
                _set_mode(Path(root) / name, PRIVATE_FILE)
