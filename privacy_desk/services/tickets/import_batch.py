"""How a file import writes: messages parsed ahead with no transaction open, then stored in short
write transactions (batches).

Parsing is the slow part of an import, and on SQLite a write transaction holds the database's one write
lock from its first statement (`core.writing.begin_work`): another desk's save waits for it. So messages are
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
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.writing import Work, begin_work
from privacy_desk.services.tickets.import_lookups import Lookups
from privacy_desk.services.tickets.import_message import store_parsed
from privacy_desk.services.tickets.import_rows import HeldRows
from privacy_desk.services.tickets.messages import Deferred
from privacy_desk.services.tickets.persons import mixed_case_emails
from privacy_desk.services.tickets.policy import TicketPolicy, load_policy
from privacy_desk.storage import search
from privacy_desk.storage.engine import Database, storage_error

if TYPE_CHECKING:
    from privacy_desk.intake.messages import ParsedMessage
    from privacy_desk.intake.sources import SourceItem
    from privacy_desk.services.tickets.import_results import ImportResult, ImportSummary

# A batch is committed when it has been open this long, or holds this many messages, or this many
# characters to index (at most a quarter of a second of FTS5 work even for random text).
BATCH_SECONDS = 0.25
BATCH_MESSAGES = 200
BATCH_INDEXED = 262_144
# A chunk parsed ahead holds at most this many bytes of mail, so memory stays bounded.
AHEAD_BYTES = 32 * 1024 * 1024

# A message that another desk's write lock (or the same Message-ID) kept out is tried this often.
ATTEMPTS = 5

# A batch stores its messages optimistically first: without savepoints, the messages, attachments and
# blobs held for one bulk insert each at its end (`import_rows`). When a message fails, or the bulk
# insert does, the batch is rolled back and stored again with each message in a savepoint of its own
# (the rest of that transaction too), which takes back only the message that fails. Plain SQL rather than
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
    """The transaction a file import writes its messages in (see the module's docstring), a unit of work
    that holds its audit entries back until the commit. The messages count in the summary once they are
    committed."""

    def __init__(self, db: Database, actor: Actor, summary: ImportSummary) -> None:
        self._db = db
        self._actor = actor
        self.summary = summary
        self.session: Session | None = None
        self.work: Work | None = None
        self.policy: TicketPolicy | None = None  # built from the batch's own read of the settings
        self.pending: list[tuple[str, ImportResult]] = []  # (origin, result) of the stored messages
        self.mixed_case: dict[str, int] | None = None
        self.deferred = Deferred()  # search entries, written just before the commit
        self.indexed = 0  # characters the deferred search entries index
        self.lookups: Lookups | None = None  # read ahead for the chunk's messages, in this transaction
        self._expected: list[ParsedMessage] = []  # the messages of the chunk being stored
        self._opened = 0.0
        self.held: HeldRows | None = None  # what this transaction stores optimistically, written at its end
        self.careful = False  # this transaction stores each message in a savepoint (after a failure)
        self._stored: list[tuple[ParsedMessage, str]] = []  # the messages stored in this transaction

    def open(self) -> tuple[Work, TicketPolicy]:
        """The batch's unit of work, begun if need be, and the ticket policy read in it."""
        if self.work is None or self.policy is None:
            session = self._db.session()
            try:
                session.begin()
                work = begin_work(session, self._actor, hold_audit=True)
                policy = load_policy(work.settings())
            except DBAPIError as exc:
                session.close()
                raise storage_error(exc) from exc
            except BaseException:
                session.close()
                raise
            self.session, self.work, self.policy = session, work, policy
            self._opened, self.indexed = time.monotonic(), 0
            # Read once per batch: this transaction holds SQLite's write lock, so no other desk
            # changes a person's address meanwhile (and the import stores addresses in lower case).
            try:
                self.mixed_case = mixed_case_emails(session)
            except DBAPIError as exc:
                self.session = self.work = self.policy = None
                session.close()
                raise storage_error(exc) from exc
            self.lookups = Lookups(session, self.mixed_case)
            self.held, self.careful, self._stored = HeldRows(), False, []
        return self.work, self.policy

    # -- storing a message -------------------------------------------------------------------------------

    def store(self, parsed: ParsedMessage, origin: str) -> None:
        """Store one message in the batch: all of it or none of it (see ATTEMPTS' comment). A failure
        is counted in the summary; an interrupt keeps the messages stored before it."""
        if not self.careful:
            try:
                work, policy = self.open()
                result = store_parsed(
                    work,
                    parsed,
                    origin,
                    policy,
                    self.mixed_case,
                    self.deferred,
                    self.lookups_for(parsed),
                    self.held,
                )
            except BaseException as exc:
                self._again_carefully()
                if not isinstance(exc, Exception):
                    raise
            else:
                self._stored.append((parsed, origin))
                self.pending.append((origin, result))
                return
        self._store_carefully(parsed, origin)

    def _again_carefully(self) -> None:
        """Roll the transaction back and store its messages again, each in a savepoint."""
        stored = self._stored
        self._drop()
        for parsed, origin in stored:
            try:
                self._store_carefully(parsed, origin)
            except StorageError as error:
                if connection_lost(error):
                    raise
                self.summary.failed.append((origin, reason(error)))

    def _store_carefully(self, parsed: ParsedMessage, origin: str) -> None:
        """Store one message in the batch's transaction, in a savepoint: all of it or none of it."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                work, policy = self.open()
                self.careful = True
                mark = self.mark()
                try:
                    work.session.execute(SAVEPOINT)
                    lookups = self.lookups_for(parsed)
                    result = store_parsed(
                        work, parsed, origin, policy, self.mixed_case, self.deferred, lookups
                    )
                    work.session.execute(RELEASE)
                except BaseException as exc:
                    self.take_back(mark)  # as the savepoint is
                    self.roll_back_message()
                    if isinstance(exc, DBAPIError):
                        raise storage_error(exc) from exc
                    raise
                self._stored.append((parsed, origin))
                self.pending.append((origin, result))
                return
            except StorageError as error:
                # As for a single message (`import_parsed`); and a lock another desk holds is only let go
                # once this batch ends: commit what is in, then once more in a batch of its own.
                if attempt == ATTEMPTS or not worth_retrying(error):
                    raise
                self.commit()
            except Exception as error:  # one bad message never stops the import
                self.summary.failed.append((origin, reason(error)))
                return

    def _drop(self) -> None:
        """Roll the transaction back, and forget all it held."""
        session = self.session
        self.session, self.work, self.policy, self.lookups, self.held = None, None, None, None, None
        self.pending, self.deferred, self._stored = [], Deferred(), []
        if session is not None:
            with contextlib.suppress(Exception):  # a lost connection: nothing to roll back
                session.rollback()
            session.close()

    def expect(self, messages: list[ParsedMessage]) -> None:
        """The messages about to be stored (a parsed chunk): read ahead for all of them at once."""
        self._expected = messages

    def lookups_for(self, parsed: ParsedMessage) -> Lookups | None:
        """The batch's lookups, knowing what `parsed` asks (read for the whole chunk when it does not)."""
        lookups = self.lookups
        if lookups is not None and not lookups.knows(parsed):
            lookups.read(self._expected if any(p is parsed for p in self._expected) else [parsed])
        return lookups

    def mark(self) -> tuple[int, int, int]:
        """Where the batch's held entries stand, before a message: `take_back` returns to it."""
        return (
            self.deferred.mark(),
            self.work.audit_mark() if self.work is not None else 0,
            self.lookups.mark() if self.lookups is not None else 0,
        )

    def take_back(self, mark: tuple[int, int, int]) -> None:
        self.deferred.take_back(mark[0])
        if self.work is not None:
            self.work.take_back_audit(mark[1])
        if self.lookups is not None:
            self.lookups.take_back(mark[2])

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
            self._drop()
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
        if self.session is not None and self.held is not None and not self.careful:
            try:
                self.held.write(self.session, self.deferred)
            except Exception:  # another desk stored one of its Message-IDs meanwhile, a value refused…
                self._again_carefully()  # … and each message is tried alone
        session, work, self.session, self.work, self.policy = self.session, self.work, None, None, None
        self.lookups, self.held, self._stored = None, None, []
        pending, self.pending = self.pending, []
        if session is None or work is None:
            return
        deferred, self.deferred = self.deferred, Deferred()
        try:
            work.write_held_audit()
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
