"""Engine and session factory: SQLite on the user's machine by default, any SQLAlchemy URL otherwise."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, unquote

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import ConnectionPoolEntry

from privacy_desk.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseMissing,
    InvalidInput,
    StorageError,
    read_only_database,
)
from privacy_desk.paths import create_private_file, make_private_folders
from privacy_desk.redact import driver_text

SQLITE_BUSY_TIMEOUT_MS = 10_000


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.query.get("uri") == "true" and parsed.database.startswith("file:"):  # a read-only open
        return Path(unquote(parsed.database[len("file:") :]))
    return Path(parsed.database)


def sqlite_read_only(path: Path) -> bool:
    """True when this desk may read the SQLite file but not change it: the file is marked read-only
    (no write permission bit: also what Windows' read-only attribute shows), this user may not write it,
    or may not write its folder (SQLite makes its journal files there)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _read_only_url(parsed: URL, path: Path) -> URL:
    """The same file opened by SQLite for reading only (its `mode=ro` URI): no write can reach it."""
    return parsed.set(database="file:" + quote(path.as_posix()), query={"mode": "ro", "uri": "true"})


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # Take transaction control from pysqlite so DDL (migrations) is transactional too: the
        # recipe from SQLAlchemy's SQLite dialect documentation.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # Not journal_mode=WAL here: it rewrites the file's header, and a database this app refuses
        # (a newer schema) must be left exactly as it was. `use_wal` switches after the version check.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")


def use_wal(engine: Engine) -> None:
    """Put a SQLite file in WAL mode (readers and the writer do not block each other); kept in the file,
    so later connections use it too. Nothing for other databases."""
    if engine.dialect.name != "sqlite" or engine.url.query.get("mode") == "ro":
        return  # a read-only file stays in the mode it has (SQLite reads WAL files read-only too)
    # A raw connection: the mode cannot change inside the transaction SQLAlchemy would begin.
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
    finally:
        connection.close()


def make_engine(url: str, *, create: bool = True, read_only: bool = False) -> Engine:
    """An engine for `url`; a missing SQLite file and its folder are created, the user's only, when
    `create` (else DatabaseMissing, and nothing is made). `read_only` opens a SQLite file for reading
    only. Bad URLs raise a translated InvalidInput."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Not a database URL: {url}"), url=url) from exc
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise DatabaseMissing(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no database at {path}, and nothing was created there. Check the path.",
                ),
                path=str(path),
            )
        # Made here rather than by SQLite, which would make the file readable to all (0644 less the
        # umask); its -wal and -shm files take the database file's mode.
        make_private_folders(path.parent)
        create_private_file(path)
    elif path is not None and read_only:
        parsed = _read_only_url(parsed, path)
    # hide_parameters: an error's text (shown, logged) must not carry the row's personal data.
    try:
        if parsed.get_backend_name() == "sqlite":
            # The GUI opens the database on a worker thread and queries it from others; the pool
            # still hands each connection to one thread at a time.
            engine = create_engine(parsed, hide_parameters=True, connect_args={"check_same_thread": False})
        elif parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            # An unreachable server must fail in seconds with a message, not hang the desk for minutes.
            engine = create_engine(
                parsed, hide_parameters=True, pool_pre_ping=True, connect_args={"connect_timeout": 10}
            )
        else:
            engine = create_engine(parsed, hide_parameters=True, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This kind of database is not supported: {url}"),
            url=parsed.render_as_string(hide_password=True),
        ) from exc
    except ModuleNotFoundError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The database driver {driver} is not installed."), driver=exc.name
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


def describe_url(url: str) -> str:
    """The URL as shown to users: a file path for SQLite, the URL without password otherwise."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


# SQLite's primary result codes for a file that is not a database, or one whose pages are broken.
_DAMAGED_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_damaged(exc: BaseException | None) -> bool:
    """True when `exc` (a DBAPIError) says the SQLite file is damaged or no database at all."""
    code = getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _DAMAGED_CODES


# PostgreSQL's SQLSTATEs for a read-only transaction (a standby, default_transaction_read_only) and for
# a role without the privilege to change a table.
_PG_READ_ONLY_STATES = ("25006", "42501")


def is_read_only_refusal(exc: BaseException | None) -> bool:
    """True when the driver refused a change because the database may only be read."""
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == sqlite3.SQLITE_READONLY)
    return getattr(orig, "sqlstate", None) in _PG_READ_ONLY_STATES


def storage_error(exc: DBAPIError, url: str | None = None) -> StorageError:
    """The translated error for what the database driver reported (its cause set by the caller); a
    damaged SQLite file is named as such, by its path when `url` is given."""
    detail = driver_text(exc.orig if exc.orig is not None else exc)
    if is_read_only_refusal(exc):
        return read_only_database(detail)
    if is_damaged(exc):
        if url is not None:
            return StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is not a Privacy Desk database, or it is damaged ({detail}). "
                    "Restore it from a backup, or choose another database.",
                ),
                path=describe_url(url),
                detail=detail,
            )
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database file is not a Privacy Desk database, or it is damaged ({detail}). "
                "Restore it from a backup, or choose another database.",
            ),
            detail=detail,
        )
    return StorageError(
        QT_TRANSLATE_NOOP("Errors", "The database reported an error: {detail}"), detail=detail
    )


class Database:
    """One engine and its session factory; `transaction()` is the unit of work of every service call."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        """`create`: a missing SQLite file is made (the app's own default database); False raises
        DatabaseMissing instead. A file this desk may not change opens read-only (`read_only`)."""
        self.url = url
        path = sqlite_path(url)
        self.read_only = path is not None and sqlite_read_only(path)
        self.engine = make_engine(url, create=create, read_only=self.read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._unit = threading.local()  # the session of a `one_unit` block on this thread, if any

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A transaction of its own; inside `one_unit` on the same thread, a savepoint of that one."""
        try:
            shared: Session | None = getattr(self._unit, "session", None)
            if shared is not None:
                with shared.begin_nested():
                    yield shared
            else:
                with self._sessions.begin() as session:
                    yield session
        except DBAPIError as exc:
            if is_read_only_refusal(exc):
                self.read_only = True  # what the file or server said: later changes are refused first
            raise storage_error(exc) from exc
        except StaleDataError as exc:
            # A row changed between this transaction's read and its UPDATE (the services lock what they
            # change, so only a write outside them gets here); nothing was written.
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Another desk changed this record at the same moment; nothing was saved. Try again.",
                )
            ) from exc

    @contextmanager
    def one_unit(self) -> Iterator[Session]:
        """One transaction for many service calls on this thread (a list's bulk action): each call's
        `transaction()` is a savepoint in it, so a call that raises undoes only itself, and the block
        commits all of them at its end or, when it raises (Cancel), none."""
        with self.transaction() as session:
            self._unit.session = session
            try:
                yield session
            finally:
                self._unit.session = None

    def session(self) -> Session:
        """A session whose transactions the caller manages itself (a bulk import committing a batch
        of messages at a time); DBAPIError from it is the caller's to turn into `storage_error`."""
        return self._sessions()

    def check_connection(self) -> None:
        """Raise StorageError with the driver's reason when the database cannot be reached."""
        with self.transaction() as session:
            connection = session.connection()
            if connection.dialect.name == "postgresql":  # a standby, or a read-only default for the role
                self.read_only = (
                    self.read_only or connection.execute(text("SHOW transaction_read_only")).scalar() == "on"
                )

    def dispose(self) -> None:
        self.engine.dispose()
