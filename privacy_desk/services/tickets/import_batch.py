"""How a file import writes: messages parsed ahead with no transaction open, then stored in short
write transactions (batches).

Parsing is the slow part of an import, and on SQLite a write transaction holds the database's one write
lock from its first statement (`begin_writing`): another desk's save waits for it. So messages are
parsed a chunk at a time first (`parsed_ahead`), and only then stored, in a transaction that holds at
most BATCH_MESSAGES of them, is committed once it has been open BATCH_SECONDS, and also once the text
it will index (written at its commit, see `Deferred`) reaches BATCH_INDEXED characters. The next chunk
is parsed after the commit: that gap is where a waiting desk gets the lock. (SQLite's busy wait polls,
up to every 100 ms: a lock let go and taken back at once may never be seen free by the other desk.)
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError, Reason, StorageError
from privacy_desk.services.core.writing import begin_writing
from privacy_desk.services.tickets.messages import Deferred
from privacy_desk.services.tickets.persons import mixed_case_emails
from privacy_desk.storage import search
from privacy_desk.storage.engine import Database, storage_error

if TYPE_CHECKING:
    from privacy_desk.intake.sources import SourceItem
    from privacy_desk.services.tickets.import_results import ImportResult, ImportSummary

# A batch is committed when it has been open this long, or holds this many messages, or this many
# characters to index (at most a quarter of a second of FTS5 work even for random text).
BATCH_SECONDS = 0.25
BATCH_MESSAGES = 200
BATCH_INDEXED = 262_144
# A chunk parsed ahead holds at most this many bytes of mail, so memory stays bounded.
AHEAD_BYTES = 32 * 1024 * 1024

# Each message of a batch is stored in a savepoint of its own. Plain SQL rather than
# Session.begin_nested(): the ORM's savepoint bookkeeping cost a tenth of the import. The import writes
# with Core statements only, so the session has no changes of its own to take back with a savepoint.
SAVEPOINT = text("SAVEPOINT pd_import_message")
RELEASE = text("RELEASE SAVEPOINT pd_import_message")
_ROLLBACK_TO = text("ROLLBACK TO SAVEPOINT pd_import_message")


def connection_lost(error: StorageError) -> bool:
    return isinstance(error.__cause__, OperationalError | InterfaceError) and not isinstance(
        error.__cause__, IntegrityError
    )


def worth_retrying(error: StorageError) -> bool:
    cause = error.__cause__
    if isinstance(cause, IntegrityError):
        return True
    text = str(getattr(cause, "orig", cause)).lower()
    # SQLite: another desk holds the write lock. PostgreSQL: two desks waited on each other (one batch
    # holding the year's ticket counter, the other a Message-ID both import); the retry commits first.
    return isinstance(cause, OperationalError) and any(
        word in text for word in ("locked", "busy", "deadlock")
    )


def reason(error: BaseException) -> Reason:
    """Why a message was not stored: the English text for the JSON summary and scripts, which still
    knows a translatable problem for the screen (a failure that is not the project's own is wrapped)."""
    if isinstance(error, PrivacyDeskError):
        return Reason(error.english(), error)
    detail = str(error).strip() or type(error).__name__
    return Reason(
        detail,
        StorageError(QT_TRANSLATE_NOOP("Errors", "the message could not be stored: {detail}"), detail=detail),
    )


def indexed_length(item: SourceItem) -> int:
    parsed = item.parsed
    if parsed is None:
        return 0
    return search.indexed_length(parsed.subject, parsed.from_name, parsed.from_address, parsed.body_text)


def parsed_ahead(items: Iterable[SourceItem]) -> Iterator[list[SourceItem]]:
    """The items in chunks of about one batch: as many as parse in BATCH_SECONDS, within the batch's
    other limits and AHEAD_BYTES. Each chunk is parsed when the next one is asked for: after the caller
    committed the one before."""
    chunk: list[SourceItem] = []
    started, size, indexed = time.monotonic(), 0, 0
    for item in items:
        chunk.append(item)
        size += len(item.raw or b"")
        indexed += indexed_length(item)
        if (
            len(chunk) >= BATCH_MESSAGES
            or size >= AHEAD_BYTES
            or indexed >= BATCH_INDEXED
            or time.monotonic() - started >= BATCH_SECONDS
        ):
            yield chunk
            chunk, size, indexed = [], 0, 0
            started = time.monotonic()
    if chunk:
        yield chunk


class Batch:
    """The transaction a file import writes its messages in (see the module's docstring). The messages
    count in the summary once they are committed."""

    def __init__(self, db: Database, summary: ImportSummary) -> None:
        self._db = db
        self.summary = summary
        self.session: Session | None = None
        self.pending: list[tuple[str, ImportResult]] = []  # (origin, result) of the stored messages
        self.mixed_case: dict[str, int] | None = None
        self.deferred = Deferred()  # search and audit entries, written just before the commit
        self.indexed = 0  # characters the deferred search entries index
        self._opened = 0.0

    def open(self) -> Session:
        if self.session is None:
            session = self._db.session()
            try:
                session.begin()
                begin_writing(session)
            except DBAPIError as exc:
                session.close()
                raise storage_error(exc) from exc
            except BaseException:
                session.close()
                raise
            self.session, self._opened, self.indexed = session, time.monotonic(), 0
            # Read once per batch: this transaction holds SQLite's write lock, so no other desk
            # changes a person's address meanwhile (and the import stores addresses in lower case).
            try:
                self.mixed_case = mixed_case_emails(session)
            except DBAPIError as exc:
                self.session = None
                session.close()
                raise storage_error(exc) from exc
        return self.session

    def roll_back_message(self) -> None:
        """Take back the message being stored (to its savepoint). The ORM objects it loaded or changed
        are expired: the session does not know about the import's own savepoints."""
        session = self.session
        if session is None:
            return
        try:
            session.execute(_ROLLBACK_TO)
            session.execute(RELEASE)
        except DBAPIError:
            # The transaction itself is gone (a lost connection): nothing of the batch can be kept.
            self.session, self.pending, self.deferred = None, [], Deferred()
            session.close()
            return
        session.expire_all()
        for added in list(session.new):
            session.expunge(added)

    def due(self) -> bool:
        return self.session is not None and (
            len(self.pending) >= BATCH_MESSAGES
            or self.indexed >= BATCH_INDEXED
            or time.monotonic() - self._opened >= BATCH_SECONDS
        )

    def commit(self) -> None:
        session, self.session = self.session, None
        pending, self.pending = self.pending, []
        if session is None:
            return
        deferred, self.deferred = self.deferred, Deferred()
        try:
            deferred.write(session)
            session.commit()
        except DBAPIError as exc:
            error = storage_error(exc)
            error.__cause__ = exc
            if connection_lost(error):
                raise error from exc
            self.summary.failed.extend((origin, reason(error)) for origin, _ in pending)
            return
        finally:
            session.close()
        for _, result in pending:
            self.summary.add(result)

    def close(self) -> None:
        """When the import ends by an exception (an interrupt, a lost connection, a failing callback):
        keep the messages that were complete if the database still can, never a part of one (the
        message being stored was rolled back to its savepoint)."""
        with contextlib.suppress(Exception):  # the exception that ended the import is the one to report
            self.commit()
